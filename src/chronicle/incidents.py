"""Incidents: one act, many reports.

Events from different documents that describe the same act are grouped into
an incident. Candidates are found by blocking (same type family, same or
unknown province, overlapping time window), never by comparing all pairs, so
the cost grows near-linearly with the number of events. Each pair is scored
field by field and every grouping keeps its reasons. Analysts' decisions
("same" / "different" for a pair of events) are constraints that every later
run obeys. Grouping is incremental: a run places only events that have no
incident yet, in the blocks they touch.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional

from sqlalchemy import delete, insert, select, update

from . import data
from .store import Store, _now, _user
from .store.schema import documents, events, incident_decisions, incidents

THRESHOLD = 0.62
WINDOW_DAYS = 31  # acts told by different outlets are dated within a month of each other
WEIGHTS = {"type": 0.2, "actor": 0.2, "place": 0.2, "time": 0.15, "target": 0.1, "wording": 0.15}
GENERIC_ACTORS = {"KP.gov"}
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
STOP = frozenset("the and that with from have has had were was this they them their for said "
                 "according source sources told reported also been into over after about".split())


@lru_cache(maxsize=1)
def families() -> dict[str, str]:
    return {row["type"]: row["family"] for row in data.read_tsv("incidents/families.tsv")}


@dataclass
class Member:
    """What grouping needs of one event."""
    event_id: str
    document_id: str
    type: str
    actor: Optional[str]
    target: Optional[str]
    admin1: Optional[str]
    place_id: Optional[str]
    place_precision: Optional[str]
    start: Optional[dt.date]
    end: Optional[dt.date]
    language: Optional[str]
    words: frozenset[str]
    tactics: frozenset[str]
    record: dict[str, Any] = field(repr=False, default_factory=dict)

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> "Member":
        loc, tm = rec.get("location") or {}, rec.get("time") or {}
        return cls(
            event_id=rec["event_id"], document_id=rec["document_id"], type=rec["type"],
            actor=(rec.get("perpetrator") or {}).get("actor"),
            target=(rec.get("target") or {}).get("category"),
            admin1=loc.get("admin1"), place_id=loc.get("gazetteer_id"),
            place_precision=loc.get("precision"),
            start=_date(tm.get("start")), end=_date(tm.get("end") or tm.get("start")),
            language=(rec.get("source") or {}).get("language"),
            words=frozenset(w for w in (x.lower() for x in _WORD.findall(rec["evidence"]["text"]))
                            if w not in STOP),
            tactics=frozenset(rec.get("tactics") or ()), record=rec)


def _date(value: Optional[str]) -> Optional[dt.date]:
    return dt.date.fromisoformat(value) if value else None


def pair_score(a: Member, b: Member) -> Optional[tuple[float, dict[str, float]]]:
    """How likely two events are one act: (score, per-field agreement), or
    None when a field rules it out (another province, months apart,
    two different organisations, one document)."""
    if a.document_id == b.document_id:
        return None  # one report's two events are two acts: extraction merges restatements
    fam = families()
    if fam[a.type] != fam[b.type]:
        return None
    parts: dict[str, float] = {"type": 1.0 if a.type == b.type else 0.4}
    # actor: the same organisation, one under the other (KP.MSS / KP.MSS.anti_espionage),
    # or "the authorities" against a named one; two named organisations differ.
    if a.actor and b.actor:
        if a.actor == b.actor:
            parts["actor"] = 1.0
        elif a.actor.startswith(b.actor + ".") or b.actor.startswith(a.actor + "."):
            parts["actor"] = 0.8
        elif a.actor in GENERIC_ACTORS or b.actor in GENERIC_ACTORS:
            parts["actor"] = 0.6
        else:
            return None
    else:
        parts["actor"] = 0.5
    if a.admin1 and b.admin1:
        if a.admin1 != b.admin1:
            return None
        if a.place_id and a.place_id == b.place_id:
            parts["place"] = 1.0
        elif a.place_precision in ("admin1", "region") or b.place_precision in ("admin1", "region"):
            parts["place"] = 0.75  # one is the province the other lies in
        else:
            return None  # two different towns of one province
    else:
        parts["place"] = 0.4
    if a.start and b.start:
        gap = max((a.start - b.end).days, (b.start - a.end).days, 0)
        if gap > WINDOW_DAYS:
            return None
        parts["time"] = 1.0 if gap == 0 else 0.6
    else:
        parts["time"] = 0.4
    parts["target"] = 1.0 if a.target and a.target == b.target else (0.5 if not (a.target and b.target) else 0.0)
    if a.language == b.language and a.words and b.words:
        parts["wording"] = len(a.words & b.words) / len(a.words | b.words)
    else:  # across English and Korean the words cannot be compared; the tactics can
        parts["wording"] = (len(a.tactics & b.tactics) / len(a.tactics | b.tactics)
                            if a.tactics and b.tactics else 0.3)
    score = sum(WEIGHTS[k] * v for k, v in parts.items())
    return round(score, 3), {k: round(v, 3) for k, v in parts.items()}


@dataclass
class Incident:
    incident_id: str
    members: list[Member]
    reasons: list[dict[str, Any]] = field(default_factory=list)

    @property
    def family(self) -> str:
        return families()[self.members[0].type]


def _block_keys(m: Member) -> list[tuple[str, Optional[str]]]:
    return [(families()[m.type], m.admin1)]


def _decisions(store: Store) -> tuple[set[frozenset[str]], set[frozenset[str]]]:
    same, different = set(), set()
    with store.engine.connect() as conn:
        for a, b, d in conn.execute(select(incident_decisions.c.event_id,
                                           incident_decisions.c.other_event_id,
                                           incident_decisions.c.decision)):
            (same if d == "same" else different).add(frozenset((a, b)))
    return same, different


def _load(store: Store, where) -> list[Member]:
    q = select(events.c.record, events.c.incident_id).where(where).where(
        events.c.review_state.notin_(["rejected", "superseded"]))
    out = []
    with store.engine.connect() as conn:
        for record, incident_id in conn.execute(q):
            m = Member.from_record(json.loads(record))
            m.record["_incident_id"] = incident_id
            out.append(m)
    return out


@dataclass
class GroupingReport:
    placed: int = 0
    incidents_touched: int = 0
    incidents_total: int = 0


def group(store: Store, *, rebuild: bool = False) -> GroupingReport:
    """Place every event without an incident (all events with ``rebuild``)."""
    if rebuild:
        with store.engine.begin() as conn:
            conn.execute(update(events).values(incident_id=None))
            conn.execute(delete(incidents))
    new = _load(store, events.c.incident_id.is_(None))
    new.sort(key=lambda m: (m.start or dt.date.max, m.event_id))
    blocks_needed = {(families()[m.type], m.admin1) for m in new} | {(families()[m.type], None) for m in new}
    # Existing incidents of the touched blocks, with their members.
    existing: dict[str, Incident] = {}
    fams = {f for f, _ in blocks_needed}
    if fams and not rebuild:
        fam_types = [t for t, f in families().items() if f in fams]
        for m in _load(store, events.c.incident_id.isnot(None) & events.c.type.in_(fam_types)):
            iid = m.record["_incident_id"]
            existing.setdefault(iid, Incident(iid, [])).members.append(m)
    same, different = _decisions(store)
    # block -> incidents in it
    blocks: dict[tuple[str, Optional[str]], list[Incident]] = defaultdict(list)
    for inc in existing.values():
        for key in {(inc.family, m.admin1) for m in inc.members}:
            blocks[key].append(inc)
    touched: dict[str, Incident] = {}
    for m in new:
        fam = families()[m.type]
        keys = [(fam, m.admin1), (fam, None)] if m.admin1 else [k for k in blocks if k[0] == fam]
        candidates = {id(inc): inc for k in keys for inc in blocks.get(k, [])}
        best, best_score, best_reason = None, 0.0, None
        for inc in candidates.values():
            if any(frozenset((m.event_id, o.event_id)) in different for o in inc.members):
                continue
            forced = any(frozenset((m.event_id, o.event_id)) in same for o in inc.members)
            scored = [(pair_score(m, o), o) for o in inc.members]
            scored = [(s, o) for s, o in scored if s is not None]
            if not scored and not forced:
                continue
            (score, parts), other = max(scored, key=lambda t: t[0][0]) if scored else ((1.0, {"analyst": 1.0}), inc.members[0])
            if forced:
                score, parts = 1.0, {**parts, "analyst": 1.0}
            if score >= THRESHOLD and score > best_score:
                best, best_score, best_reason = inc, score, {"event_id": m.event_id, "with": other.event_id,
                                                              "score": score, "fields": parts}
        if best is None:
            best = Incident(_incident_id(m.event_id), [])
            best_reason = {"event_id": m.event_id, "with": None, "score": None, "fields": {"first": 1.0}}
        best.members.append(m)
        best.reasons.append(best_reason)
        for key in {(best.family, m.admin1)}:
            if best not in blocks[key]:
                blocks[key].append(best)
        touched[best.incident_id] = best
    _write(store, touched.values(), existing)
    with store.engine.connect() as conn:
        total = conn.execute(select(incidents.c.incident_id)).all()
    return GroupingReport(placed=len(new), incidents_touched=len(touched), incidents_total=len(total))


def _incident_id(first_event_id: str) -> str:
    return hashlib.sha256(f"incident:{first_event_id}".encode()).hexdigest()[:32]


def _write(store: Store, touched: Iterable[Incident], existing: dict[str, Incident]) -> None:
    touched = list(touched)
    if not touched:
        return
    doc_ids = {m.document_id for inc in touched for m in inc.members}
    with store.engine.begin() as conn:
        docs = {r.document_id: r for r in conn.execute(
            select(documents.c.document_id, documents.c.outlet, documents.c.published,
                   documents.c.duplicate_of, documents.c.url)
            .where(documents.c.document_id.in_(doc_ids)))}
        copies: dict[str, int] = defaultdict(int)
        for orig, in conn.execute(select(documents.c.duplicate_of)
                                  .where(documents.c.duplicate_of.in_(doc_ids))):
            copies[orig] += 1
        for inc in touched:
            old_reasons = []
            if inc.incident_id in existing:
                row = conn.execute(select(incidents.c.summary)
                                   .where(incidents.c.incident_id == inc.incident_id)).first()
                old_reasons = json.loads(row[0])["reasons"] if row else []
            summary = summarise(inc, docs, copies, old_reasons)
            values = dict(family=inc.family, admin1=summary["place"]["admin1"] if summary["place"] else None,
                          time_start=summary["time"]["start"] if summary["time"] else None,
                          time_end=summary["time"]["end"] if summary["time"] else None,
                          summary=json.dumps(summary, ensure_ascii=False), updated_at=_now())
            if inc.incident_id in existing or conn.execute(
                    select(incidents.c.incident_id).where(incidents.c.incident_id == inc.incident_id)).first():
                conn.execute(update(incidents).where(incidents.c.incident_id == inc.incident_id).values(**values))
            else:
                conn.execute(insert(incidents).values(incident_id=inc.incident_id, **values))
            conn.execute(update(events).where(events.c.event_id.in_([m.event_id for m in inc.members]))
                         .values(incident_id=inc.incident_id))


_PRECISION_RANK = {"point": 0, "county": 1, "admin1": 2, "region": 3, "country": 4, None: 5}


def summarise(inc: Incident, docs: dict[str, Any], copies: dict[str, int],
              old_reasons: list[dict[str, Any]]) -> dict[str, Any]:
    member_docs = sorted({m.document_id for m in inc.members})
    outlets = sorted({docs[d].outlet for d in member_docs if d in docs and docs[d].outlet})
    # Independent sources: a report's own source (its attribution), counted
    # once however many outlets re-tell it; re-posts never count.
    sources = set()
    for m in inc.members:
        att = (m.record.get("attribution") or {})
        outlet = docs[m.document_id].outlet if m.document_id in docs else None
        if att.get("kind") in ("named_person", "official", "document") and att.get("text"):
            sources.add(("who", att["text"].lower()))
        else:
            sources.add(("outlet", outlet or m.document_id))
    located = [m for m in inc.members if m.record.get("location")]
    best_place = min(located, key=lambda m: _PRECISION_RANK.get(m.place_precision, 5), default=None)
    timed = [m for m in inc.members if m.start]
    best_time = min(timed, key=lambda m: ((m.end - m.start).days, m.start), default=None)
    published = sorted(docs[d].published for d in member_docs if d in docs and docs[d].published)
    seen = {r["event_id"] for r in old_reasons}
    return {
        "incident_id": inc.incident_id,
        "family": inc.family,
        "types": sorted({m.type for m in inc.members}),
        "members": sorted(m.event_id for m in inc.members),
        "documents": len(member_docs),
        "outlets": len(outlets),
        "outlet_names": outlets,
        "independent_sources": len(sources),
        "reposts": sum(copies.get(d, 0) for d in member_docs),
        "earliest_report": published[0] if published else None,
        "place": dict(best_place.record["location"], event_id=best_place.event_id) if best_place else None,
        "time": dict(best_time.record["time"], event_id=best_time.event_id) if best_time else None,
        "reasons": old_reasons + [r for r in inc.reasons if r["event_id"] not in seen],
    }


def decide(store: Store, event_id: str, other_event_id: str, decision: str, *,
           note: Optional[str] = None, by: Optional[str] = None) -> None:
    """An analyst's split ("different") or merge ("same") of two events; the
    affected incidents are regrouped at once and every later run obeys it."""
    if decision not in ("same", "different"):
        raise ValueError("decision must be 'same' or 'different'")
    a, b = sorted((event_id, other_event_id))
    with store.engine.begin() as conn:
        found = {r[0] for r in conn.execute(select(events.c.event_id).where(events.c.event_id.in_([a, b])))}
        missing = {a, b} - found
        if missing:
            raise ValueError(f"no event {', '.join(sorted(missing))}")
        conn.execute(delete(incident_decisions).where(
            (incident_decisions.c.event_id == a) & (incident_decisions.c.other_event_id == b)))
        conn.execute(insert(incident_decisions).values(event_id=a, other_event_id=b, decision=decision,
                                                       decided_by=by or _user(), at=_now(), note=note))
        # Regroup the incidents the two events are in.
        ids = {r[0] for r in conn.execute(select(events.c.incident_id).where(events.c.event_id.in_([a, b])))
               if r[0]}
        if ids:
            conn.execute(update(events).where(events.c.incident_id.in_(ids)).values(incident_id=None))
            conn.execute(delete(incidents).where(incidents.c.incident_id.in_(ids)))
    group(store)


def incident_records(store: Store) -> Iterator[dict[str, Any]]:
    with store.engine.connect() as conn:
        for (summary,) in conn.execute(select(incidents.c.summary).order_by(incidents.c.time_start,
                                                                            incidents.c.incident_id)):
            yield json.loads(summary)
