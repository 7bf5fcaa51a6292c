"""Typed records that flow between pipeline stages.

The field names follow ``shared/spec/record-format.md`` (schema 1). Stages
exchange these dataclasses, never loose dicts; ``Event.to_record`` is the one
place where an event becomes the exported contract object.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Optional

SCHEMA_VERSION = 1

EVENT_TYPES = (
    "SURVEIL", "THREATEN", "COERCE", "INDUCE", "VISIT", "DETAIN", "PUNISH",
    "EXPEL", "REPATRIATE", "ABDUCT", "ASSAULT", "RESTRICT", "PROPAGANDA", "RETURN",
)
STATUSES = ("occurred", "ongoing", "expected", "denied")
CERTAINTIES = ("reported", "rumor", "confirmed")
ATTRIBUTION_KINDS = ("anonymous_source", "named_person", "official", "outlet", "rumor", "document")
TARGET_CATEGORIES = (
    "defector_family", "defector", "returnee", "resident", "official", "broker",
    "worker_abroad", "other",
)
LOCATION_PRECISIONS = ("point", "county", "admin1", "region", "country")
TIME_PRECISIONS = ("day", "month", "season", "year", "unknown")


@dataclass
class Source:
    """Where a document came from, as the contract's ``source`` object."""
    url: Optional[str] = None
    outlet: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None  # ISO date (YYYY-MM-DD) or None when unknown
    language: Optional[str] = None


@dataclass
class Document:
    """One ingested document: its raw bytes and the text extraction runs on.

    ``document_id`` is the sha256 of ``raw``; offsets of every evidence span
    index ``text`` exactly.
    """
    raw: bytes
    text: str
    source: Source
    origin: str  # file path, path:line for JSON Lines, or feed entry link
    media_type: str  # text/plain, text/html, application/pdf, ...
    document_id: str = ""

    def __post_init__(self) -> None:
        if not self.document_id:
            self.document_id = hashlib.sha256(self.raw).hexdigest()


@dataclass
class Perpetrator:
    text: Optional[str] = None
    actor: Optional[str] = None  # dotted key, e.g. KP.MSS
    name: Optional[str] = None  # canonical name of the actor key


@dataclass
class Target:
    text: Optional[str] = None
    category: Optional[str] = None


@dataclass
class Location:
    text: Optional[str] = None
    name: Optional[str] = None
    admin1: Optional[str] = None
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    precision: Optional[str] = None
    gazetteer_id: Optional[str] = None
    # Offsets of ``text`` in the document, when it came from the text; not exported
    # in the contract object but kept so every field traces to its words.
    start: Optional[int] = None
    end: Optional[int] = None
    basis: Optional[str] = None  # evidence | paragraph | source | document | country


@dataclass
class TimeSpan:
    text: Optional[str] = None
    start: Optional[str] = None  # ISO date
    end: Optional[str] = None  # ISO date
    precision: str = "unknown"
    begin: Optional[int] = None  # offsets of ``text`` in the document
    stop: Optional[int] = None
    basis: Optional[str] = None  # evidence | paragraph


@dataclass
class Attribution:
    text: Optional[str] = None
    kind: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Extractor:
    name: str
    version: str
    rule: str
    # Fields a learned reader read again after the rule (chronicle.extraction.learned_fields):
    # field name -> the reader, e.g. {"target": "model.target@2026-11-29"}.
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class Event:
    """One act, stated in one passage of one document."""
    document_id: str
    type: str
    evidence: Evidence
    extractor: Extractor
    status: str = "occurred"
    certainty: str = "reported"
    perpetrator: Optional[Perpetrator] = None
    target: Optional[Target] = None
    location: Optional[Location] = None
    time: Optional[TimeSpan] = None
    attribution: Optional[Attribution] = None
    tactics: list[str] = field(default_factory=list)
    # Offsets of the trigger word(s) inside the document; used for dedup and display.
    trigger_start: Optional[int] = None
    trigger_end: Optional[int] = None

    @property
    def event_id(self) -> str:
        # Stable: same document + same evidence span (+ type, so two acts read
        # from one sentence stay two records) gives the same id.
        key = f"{self.document_id}:{self.evidence.start}:{self.evidence.end}:{self.type}"
        return hashlib.sha256(key.encode()).hexdigest()[:32]

    def to_record(self, source: Source) -> dict[str, Any]:
        """The contract object (schema 1) for this event."""
        loc = self.location
        tm = self.time
        return {
            "schema": SCHEMA_VERSION,
            "event_id": self.event_id,
            "document_id": self.document_id,
            "source": asdict(source),
            "type": self.type,
            "status": self.status,
            "perpetrator": _public(self.perpetrator, ("text", "actor", "name")),
            "target": _public(self.target, ("text", "category")),
            "location": _public(loc, ("text", "name", "admin1", "country", "lat", "lon",
                                      "precision", "gazetteer_id")),
            "time": _public(tm, ("text", "start", "end", "precision")),
            "attribution": _public(self.attribution, ("text", "kind")),
            "certainty": self.certainty,
            "evidence": {"text": self.evidence.text, "start": self.evidence.start,
                         "end": self.evidence.end},
            "tactics": list(self.tactics),
            "extractor": asdict(self.extractor),
        }


def _public(obj: Any, keys: tuple[str, ...]) -> Optional[dict[str, Any]]:
    if obj is None:
        return None
    return {k: getattr(obj, k) for k in keys}


@dataclass
class Analysis:
    """What the pipeline knows about one document as it passes the stages."""
    document: Document
    events: list[Event] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)  # stage-to-stage hints
