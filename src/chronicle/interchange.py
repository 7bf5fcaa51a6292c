"""Importing events coded elsewhere: chronicle's own JSON Lines (schema 1) and
ACLED-style CSV, so a team can merge hand-coded records with extracted ones.

A contract record names a document by its sha256. When the store holds that
document the event joins it; when it does not, a *reference* row stands for
the document (media type ``REFERENCE_MEDIA_TYPE``, no bytes held), so the
record comes back out exactly as it went in. An ACLED row has no document of
its own: its ``notes`` become one, content-addressed like any other, and the
event's evidence is the whole note.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from .export.acled import GEO_PRECISION, type_mapping as acled_types
from .ingest.dates import iso_date
from .ingest.errors import IngestError, ReadError
from .records import SCHEMA_VERSION
from .schema import validate_record
from .store import Store

REFERENCE_MEDIA_TYPE = "application/vnd.chronicle.reference"


@dataclass
class ImportReport:
    imported: int = 0
    skipped: int = 0  # the same event_id is already stored
    failed: int = 0
    errors: list[IngestError] = field(default_factory=list)


def read_jsonl_records(path: Path) -> Iterator[tuple[str, Any]]:
    with path.open("rb") as fh:
        for lineno, line in enumerate(fh, start=1):
            origin = f"{path}:{lineno}"
            if not line.strip():
                continue
            try:
                rec = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield origin, ReadError(f"not a JSON line ({exc})")
                continue
            if not isinstance(rec, dict):
                yield origin, ReadError("expected a JSON object (one event record)")
                continue
            problems = validate_record(rec)
            if problems:
                yield origin, ReadError("not a schema-1 event record: " + "; ".join(problems[:3]))
                continue
            yield origin, rec


# ACLED (event_type, sub_event_type) pairs that name exactly one chronicle type.
def _acled_reverse() -> dict[tuple[str, str], Optional[str]]:
    reverse: dict[tuple[str, str], Optional[str]] = {}
    for (ctype, _tactic), row in acled_types().items():
        key = (row["event_type"], row["sub_event_type"])
        reverse[key] = ctype if reverse.get(key, ctype) == ctype else None
    return reverse


_ACLED_TIME = {"1": "day", "2": "day", "3": "month"}
_GEO_BACK = {v: k for k, v in GEO_PRECISION.items() if k in ("county", "admin1")}


def acled_row_to_record(row: dict[str, str], origin: str) -> dict[str, Any]:
    from .extraction.actors import ActorLexicon

    notes = (row.get("notes") or "").strip()
    if not notes:
        raise ReadError('row has no "notes": chronicle keeps the text every event comes from')
    ctype = (row.get("chronicle_type") or "").strip().upper()
    if not ctype:
        key = ((row.get("event_type") or "").strip(), (row.get("sub_event_type") or "").strip())
        ctype = _acled_reverse().get(key) or ""
        if not ctype:
            raise ReadError(f"ACLED type {key[0]!r}/{key[1]!r} maps to no single chronicle type; "
                            f"add a chronicle_type column")
    raw = json.dumps(row, ensure_ascii=False, sort_keys=True).encode("utf-8")
    document_id = hashlib.sha256(raw).hexdigest()
    lexicon = ActorLexicon.load()
    actor_text = (row.get("actor1") or "").strip() or None
    actor = None
    if actor_text:
        bare = actor_text.split(" (")[0]
        alias = lexicon.lookup(bare) or next(
            (a for a in lexicon.aliases if lexicon.name(a.key) == bare), None)
        actor = alias.key if alias else None
    date = iso_date(row.get("event_date") or None, "event_date")
    tprec = _ACLED_TIME.get((row.get("time_precision") or "").strip(), "day")
    end = date
    if date and tprec == "month":
        import calendar
        y, m = int(date[:4]), int(date[5:7])
        date, end = f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"

    def num(name: str) -> Optional[float]:
        value = (row.get(name) or "").strip()
        try:
            return float(value) if value else None
        except ValueError:
            raise ReadError(f"{name} {value!r} is not a number") from None

    lat, lon = num("latitude"), num("longitude")
    place = (row.get("location") or "").strip() or None
    admin1 = (row.get("admin1") or "").strip() or None
    country_names = {"North Korea": "KP", "South Korea": "KR", "China": "CN", "Russia": "RU"}
    location = None
    if place or admin1 or lat is not None:
        location = {"text": place or admin1, "name": place or admin1, "admin1": admin1,
                    "country": country_names.get((row.get("country") or "").strip()),
                    "lat": lat, "lon": lon,
                    "precision": _GEO_BACK.get(int(num("geo_precision") or 3), "admin1"),
                    "gazetteer_id": None}
    tactics = [t for t in (row.get("tags") or "").split(";") if t.strip()]
    event_key = f"{document_id}:0:{len(notes)}:{ctype}"
    return {
        "schema": SCHEMA_VERSION,
        "event_id": hashlib.sha256(event_key.encode()).hexdigest()[:32],
        "document_id": document_id,
        "source": {"url": (row.get("source_url") or "").strip() or None,
                   "outlet": (row.get("source") or "").strip() or None, "title": None,
                   "published": None, "language": None},
        "type": ctype,
        "status": (row.get("status") or "occurred").strip() or "occurred",
        "perpetrator": {"text": actor_text, "actor": actor, "name": lexicon.name(actor) or actor_text}
        if actor_text else None,
        "target": {"text": (row.get("assoc_actor_2") or row.get("actor2") or "").strip() or None,
                   "category": None} if (row.get("actor2") or "").strip() else None,
        "location": location,
        "time": {"text": row.get("event_date"), "start": date, "end": end, "precision": tprec}
        if date else None,
        "attribution": {"text": (row.get("source") or "").strip(), "kind": "outlet"}
        if (row.get("source") or "").strip() else None,
        "certainty": (row.get("certainty") or "reported").strip() or "reported",
        "evidence": {"text": notes, "start": 0, "end": len(notes)},
        "tactics": tactics,
        "extractor": {"name": "import-acled", "version": "1", "rule": f"acled:{origin}"},
        "_document": {"raw": raw, "text": notes},
    }


def read_acled_csv(path: Path) -> Iterator[tuple[str, Any]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"event_type", "notes"} - set(reader.fieldnames or ())
        if missing:
            yield str(path), ReadError(f"not an ACLED-style CSV: missing columns {', '.join(sorted(missing))}")
            return
        for lineno, row in enumerate(reader, start=2):
            origin = f"{path}:{lineno}"
            try:
                rec = acled_row_to_record(row, origin)
                problems = validate_record({k: v for k, v in rec.items() if k != "_document"})
                if problems:
                    raise ReadError("; ".join(problems[:3]))
                yield origin, rec
            except ReadError as exc:
                yield origin, exc


READERS = {"jsonl": read_jsonl_records, "acled-csv": read_acled_csv}


def import_events(path: Path, store: Store, fmt: str) -> ImportReport:
    if fmt not in READERS:
        raise ValueError(f"unknown import format {fmt!r}; known: {', '.join(READERS)}")
    report = ImportReport()
    for origin, item in READERS[fmt](path):
        if isinstance(item, ReadError):
            report.failed += 1
            report.errors.append(IngestError(origin, str(item)))
            store.log_error(origin, str(item))
            continue
        document = item.pop("_document", None)
        if store.import_record(item, origin, document=document):
            report.imported += 1
        else:
            report.skipped += 1
    return report
