"""Incidents: one act, many reports.

Events from different documents that describe the same act are grouped into
an incident. Candidates are found by blocking (same type family, same or
unknown province, overlapping time window), never by comparing all pairs, so
the cost grows near-linearly with the number of events. Each pair is scored
field by field and every grouping keeps its reasons. Analysts' decisions
("same" / "different" for a pair of events) are constraints that every later
run obeys. Grouping is incremental: a run places only events that have no
incident yet, in the blocks they touch.

Grouping streams: events are placed family by family in time order, a chunk
at a time, and only the incidents a coming event could still join (those with
a member within the time window) are held; the others are written and let go.
Memory therefore stays flat however large the store. Undated events are swept
by their report's publication date instead: two undated tellings of one act
are published within the window of each other, and an undated telling meets
the dated incidents whose time lies within the window of its publication.
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

from sqlalchemy import bindparam, delete, func, insert, select, tuple_, update

from . import data
from .store import Store, _now, _user, longest_span
from .store.schema import documents, events, incident_decisions, incidents

THRESHOLD = 0.72
WINDOW_DAYS = 31  # acts told by different outlets are dated within a month of each other
# Tuned on bench/devset/incidents.jsonl (python3 bench/quality.py --incidents). The type
# weighs most: two reports of one story usually both tell its neighbouring acts (the arrest
# and the beating, the forced call and the threat), which agree on actor, place and time and
# differ only in type. Target category and wording vary most between outlets telling one act.
WEIGHTS = {"type": 0.3, "actor": 0.2, "place": 0.2, "time": 0.15, "target": 0.05, "wording": 0.1}
GENERIC_ACTORS = {"KP.gov"}
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
STOP = frozenset("the and that with from have has had were was this they them their for said "
                 "according source sources told reported also been into over after about".split())


@lru_cache(maxsize=1)
def families() -> dict[str, str]:
    return {row["type"]: row["family"] for row in data.read_tsv("incidents/families.tsv")}


@dataclass(slots=True)  # slots: pair scoring reads these fields millions of times
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
    family: str = ""
    published: Optional[dt.date] = None
    # Only what an incident's summary reads of the record: a member holds no more.
    record: dict[str, Any] = field(repr=False, default_factory=dict)
    incident_id: Optional[str] = None
    # the dates as day numbers: pair scoring compares them for every candidate pair
    start_day: Optional[int] = field(init=False, repr=False, default=None)
    end_day: Optional[int] = field(init=False, repr=False, default=None)
    published_day: Optional[int] = field(init=False, repr=False, default=None)
    actor_dot: Optional[str] = field(init=False, repr=False, default=None)  # "KP.MSS." : its sub-units' prefix
    coarse: bool = field(init=False, repr=False, default=False)  # placed at province level or above

    def __post_init__(self) -> None:
        self.start_day = self.start.toordinal() if self.start else None
        self.end_day = self.end.toordinal() if self.end else None
        self.published_day = self.published.toordinal() if self.published else None
        self.actor_dot = self.actor + "." if self.actor else None
        self.coarse = self.place_precision in ("admin1", "region")

    @property
    def sweep(self) -> tuple[Optional[dt.date], Optional[dt.date]]:
        """The dates a member is swept and blocked by: its time, or for an undated
        act the date its report was published."""
        if self.start:
            return self.start, self.end
        return self.published, self.published

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> "Member":
        loc, tm = rec.get("location") or {}, rec.get("time") or {}
        source = rec.get("source") or {}
        return cls(
            event_id=rec["event_id"], document_id=rec["document_id"], type=rec["type"],
            actor=(rec.get("perpetrator") or {}).get("actor"),
            target=(rec.get("target") or {}).get("category"),
            admin1=loc.get("admin1"), place_id=loc.get("gazetteer_id"),
            place_precision=loc.get("precision"),
            start=_date(tm.get("start")), end=_date(tm.get("end") or tm.get("start")),
            language=source.get("language"), published=_date(source.get("published")),
            words=frozenset(map(str.lower, _WORD.findall(rec["evidence"]["text"]))).difference(STOP),
            tactics=frozenset(rec.get("tactics") or ()), family=families()[rec["type"]],
            record={k: rec.get(k) for k in ("location", "time", "attribution")})


def _date(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:  # a published date with no day ("2014-09") dates nothing
        return None


FIELDS = ("type", "actor", "place", "time", "target", "wording")
_W = tuple(WEIGHTS[f] for f in FIELDS)


def _weighted(parts: tuple[float, ...]) -> float:
    # spelled out: the hot loop of grouping calls this for every candidate pair
    w0, w1, w2, w3, w4, w5 = _W
    return w0 * parts[0] + w1 * parts[1] + w2 * parts[2] + w3 * parts[3] + w4 * parts[4] + w5 * parts[5]


def pair_score(a: Member, b: Member) -> Optional[tuple[float, dict[str, float]]]:
    """How likely two events are one act: (score, per-field agreement), or
    None when a field rules it out (another province, months apart,
    two different organisations, one document)."""
    parts = _agreement(a, b)
    if parts is None:
        return None
    return round(_weighted(parts), 3), dict(zip(FIELDS, (round(v, 3) for v in parts)))


def _agreement(a: Member, b: Member) -> Optional[tuple[float, ...]]:
    # Hot path of grouping: cheap vetoes first (any veto gives None, so their order
    # does not change a result), day numbers, plain tuples, no allocation until needed.
    if a.document_id == b.document_id or a.family != b.family:
        return None  # one report's two events are two acts: extraction merges restatements
    if a.admin1 and b.admin1:
        if a.admin1 != b.admin1:
            return None
        if a.place_id and a.place_id == b.place_id:
            place = 1.0
        elif a.coarse or b.coarse:
            place = 0.75  # one is the province the other lies in
        else:
            return None  # two different towns of one province
    else:
        place = 0.4
    # actor: the same organisation, one under the other (KP.MSS / KP.MSS.anti_espionage),
    # or "the authorities" against a named one; two named organisations differ.
    if a.actor and b.actor:
        if a.actor == b.actor:
            actor = 1.0
        elif a.actor.startswith(b.actor_dot) or b.actor.startswith(a.actor_dot):
            actor = 0.8
        elif a.actor in GENERIC_ACTORS or b.actor in GENERIC_ACTORS:
            actor = 0.6
        else:
            return None
    else:
        actor = 0.5
    if a.start_day is not None and b.start_day is not None:
        gap = max(a.start_day - b.end_day, b.start_day - a.end_day, 0)
        if gap > WINDOW_DAYS:
            return None
        time = 1.0 if gap == 0 else 0.6
    elif a.start_day is not None or b.start_day is not None:  # an undated telling meets a dated one reported near its time
        dated, undated = (a, b) if a.start_day is not None else (b, a)
        if undated.published_day is None or not (
                dated.start_day - WINDOW_DAYS <= undated.published_day <= dated.end_day + WINDOW_DAYS):
            return None
        time = 0.4
    else:
        if a.published_day is not None and b.published_day is not None \
                and abs(a.published_day - b.published_day) > WINDOW_DAYS:
            return None  # undated tellings of one act are published close together
        time = 0.4
    target = 1.0 if a.target and a.target == b.target else (0.5 if not (a.target and b.target) else 0.0)
    if a.language == b.language and a.words and b.words:
        shared = len(a.words & b.words)
        wording = shared / (len(a.words) + len(b.words) - shared)  # the Jaccard of the two
    else:  # across English and Korean the words cannot be compared; the tactics can
        wording = (len(a.tactics & b.tactics) / len(a.tactics | b.tactics)
                   if a.tactics and b.tactics else 0.3)
    return (1.0 if a.type == b.type else 0.4, actor, place, time, target, wording)


@dataclass
class Incident:
    incident_id: str
    members: list[Member]
    reasons: list[dict[str, Any]] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    last_month: Optional[int] = None  # the latest month a member is swept by: when it can be let go

    @property
    def family(self) -> str:
        return families()[self.members[0].type]

    def add(self, m: Member) -> None:
        self.members.append(m)
        self.documents.add(m.document_id)
        hi = m.sweep[1]
        if hi and (self.last_month is None or _month(hi) > self.last_month):
            self.last_month = _month(hi)

    def sample(self) -> list[Member]:
        """The members a new event is scored against: the first few (the act as
        first reported) and the latest few; bounds the cost of big incidents."""
        if len(self.members) <= MAX_COMPARED:
            return self.members
        half = MAX_COMPARED // 2
        return self.members[:half] + self.members[-half:]


MAX_COMPARED = 12  # members of one incident scored against a new event: bounds the cost
SWEEP_CHUNK = 5000  # new events placed between two loads of the incidents they may join


def _month(d: dt.date) -> int:
    return d.year * 12 + d.month - 1


def _month_start(month: int) -> dt.date:
    return dt.date(month // 12, month % 12 + 1, 1)


class _Blocks:
    """Incidents by blocking key, so a new event meets only incidents it could
    belong to: (type family, admin1, county-level place or None) and the month
    of their members' times (publication for undated acts). A county-level
    event meets its county and the province-level incidents of its province; a
    province-level event meets every place of its province."""

    def __init__(self) -> None:
        self.by_key: dict[tuple, dict[Optional[int], list[Incident]]] = defaultdict(lambda: defaultdict(list))
        # places per (family, province), in the order first seen: a set's order changes with
        # the hash seed, and candidates' order breaks ties, so grouping would differ per run
        self.places: dict[tuple[str, Optional[str]], dict[Optional[str], None]] = defaultdict(dict)

    @staticmethod
    def _place(m: Member) -> Optional[str]:
        return m.place_id if m.place_precision in ("county", "point") else None

    def add(self, inc: Incident, m: Member) -> None:
        place = self._place(m)
        self.places[(m.family, m.admin1)][place] = None
        buckets = self.by_key[(m.family, m.admin1, place)]
        lo, hi = m.sweep
        months = range(_month(lo), _month(hi) + 1) if lo and hi else [None]
        for b in months:
            bucket = buckets[b]
            if not bucket or bucket[-1] is not inc and inc not in bucket:
                bucket.append(inc)

    def forget_before(self, month: int) -> None:
        """Drop the months no coming event can reach (events come in time order)."""
        for buckets in self.by_key.values():
            for b in [b for b in buckets if b is not None and b < month]:
                del buckets[b]

    def _keys(self, m: Member) -> list[tuple]:
        place = self._place(m)
        if m.admin1 is None:  # placed nowhere: any province may hold it
            return [(m.family, a, p) for (f, a), ps in self.places.items() if f == m.family for p in ps]
        if place is None:
            return [(m.family, m.admin1, p) for p in self.places.get((m.family, m.admin1), ())] + \
                   [(m.family, None, None)]
        return [(m.family, m.admin1, place), (m.family, m.admin1, None), (m.family, None, None)]

    def candidates(self, m: Member) -> list[Incident]:
        lo, hi = m.sweep
        if lo and hi:
            window = dt.timedelta(days=WINDOW_DAYS)
            months: list[Optional[int]] = list(range(_month(lo - window), _month(hi + window) + 1))
        else:
            months = [None]
        seen: dict[int, Incident] = {}
        for key in self._keys(m):
            buckets = self.by_key.get(key)
            if not buckets:
                continue
            for b in months:
                for inc in buckets.get(b, ()):
                    seen.setdefault(id(inc), inc)
        return list(seen.values())


def _decisions(store: Store) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Analysts' decisions as event -> the events it must (not) share an incident with."""
    same: dict[str, set[str]] = defaultdict(set)
    different: dict[str, set[str]] = defaultdict(set)
    with store.engine.connect() as conn:
        for a, b, d in conn.execute(select(incident_decisions.c.event_id,
                                           incident_decisions.c.other_event_id,
                                           incident_decisions.c.decision)):
            target = same if d == "same" else different
            target[a].add(b)
            target[b].add(a)
    return same, different


_LIVE = events.c.review_state.notin_(["rejected", "superseded"])


def _member(record: str, incident_id: Optional[str]) -> Member:
    m = Member.from_record(json.loads(record))
    m.incident_id = incident_id
    return m


@dataclass
class GroupingReport:
    placed: int = 0
    incidents_touched: int = 0
    incidents_total: int = 0
    held_peak: int = 0  # the most incidents held in memory at once: flat, whatever the store's size


class _Stream:
    """The new events of one type family, in the order they are placed, a chunk
    at a time: dated acts by time, undated ones by their report's publication
    date, and last those with neither (held together: nothing bounds them)."""

    def __init__(self, types: list[str], kind: str) -> None:
        self.types, self.kind = types, kind

    def _base(self, new: bool):
        q = select(events.c.record, events.c.incident_id).where(events.c.type.in_(self.types), _LIVE)
        q = q.where(events.c.incident_id.is_(None) if new else events.c.incident_id.isnot(None))
        if self.kind == "dated":
            return q.where(events.c.time_start.isnot(None)), events.c.time_start
        q = q.join(documents, documents.c.document_id == events.c.document_id).where(
            events.c.time_start.is_(None))
        if self.kind == "published":
            return q.where(documents.c.published.isnot(None)), documents.c.published
        return q.where(documents.c.published.is_(None)), None

    def chunks(self, store: Store) -> Iterator[list[Member]]:
        q, key = self._base(new=True)
        if key is None:
            with store.engine.connect() as conn:
                members = [_member(*row) for row in conn.execute(q.order_by(events.c.event_id))]
            if members:
                yield members
            return
        after: Optional[tuple[str, str]] = None
        while True:  # keyset pages: placing a chunk writes incident ids, so no open cursor
            page = q
            if after:  # a row value: the index seeks to it (an OR of two tests made each page a scan)
                page = page.where(tuple_(key, events.c.event_id) > tuple_(*after))
            with store.engine.connect() as conn:
                rows = conn.execute(page.add_columns(key, events.c.event_id)
                                    .order_by(key, events.c.event_id).limit(SWEEP_CHUNK)).all()
            if not rows:
                return
            after = (rows[-1][2], rows[-1][3])
            yield [_member(record, incident_id) for record, incident_id, _key, _id in rows]

    def placed_ids(self, store: Store, lo: Optional[dt.date], hi: Optional[dt.date], *,
                   across: bool = True) -> set[str]:
        """Incidents already in the store with a member swept between lo and hi (with
        ``across``, also those of the other kind: a dated act and an undated telling
        of it meet whichever was stored first)."""
        q, key = self._base(new=False)
        q = q.with_only_columns(events.c.incident_id).distinct()
        if key is not None:
            if self.kind == "dated":
                with store.engine.connect() as conn:
                    span = longest_span(conn) or 0
                q = q.where(events.c.time_start <= hi.isoformat(),
                            events.c.time_start >= (lo - dt.timedelta(days=span)).isoformat(),
                            _END_OR_START >= lo.isoformat())
            else:
                q = q.where(documents.c.published <= hi.isoformat(), documents.c.published >= lo.isoformat())
        with store.engine.connect() as conn:
            ids = {r[0] for r in conn.execute(q)}
        if across and key is not None:
            other = "published" if self.kind == "dated" else "dated"
            ids |= _Stream(self.types, other).placed_ids(store, lo, hi, across=False)
        return ids


_END_OR_START = func.coalesce(events.c.time_end, events.c.time_start)


def _load_incidents(store: Store, ids: Iterable[str], placed: Optional[dict[str, Member]] = None) -> list[Incident]:
    """The incidents ``ids`` with their live members. ``placed``: members this run has
    placed and written, by event id; they are taken as they are instead of parsed again
    from their records (the record is the one they were made from, the incident id the one
    just written)."""
    ids = sorted(ids)
    placed = placed or {}
    out: dict[str, Incident] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            q = select(events.c.event_id, events.c.record, events.c.incident_id).where(
                events.c.incident_id.in_(ids[i:i + 500]), _LIVE).order_by(events.c.event_id)
            for event_id, record, incident_id in conn.execute(q):
                m = placed.get(event_id)
                if m is None or m.incident_id != incident_id:
                    m = _member(record, incident_id)
                out.setdefault(m.incident_id, Incident(m.incident_id, [])).add(m)
    return list(out.values())


# Members of this run kept for reloading: bounds grouping's memory (about 4 KiB a member;
# 50,000 grew grouping by 206 MiB at 100,000 events, against 61 MiB with none kept).
PLACED_KEPT = 10_000


def group(store: Store, *, rebuild: bool = False) -> GroupingReport:
    """Place every event without an incident (all events with ``rebuild``)."""
    if rebuild:
        with store.engine.begin() as conn:
            conn.execute(update(events).values(incident_id=None))
            conn.execute(delete(incidents))
    same, different = _decisions(store)
    report = GroupingReport()
    by_family: dict[str, list[str]] = defaultdict(list)
    for t, f in families().items():
        by_family[f].append(t)
    for fam in sorted(by_family):
        kept: dict[str, Member] = {}  # a family's sweeps meet each other's incidents, no other family's
        for kind in ("dated", "published", "timeless"):
            placed, touched, peak = _sweep(store, _Stream(by_family[fam], kind), same, different, kept)
            report.placed += placed
            report.incidents_touched += touched
            report.held_peak = max(report.held_peak, peak)
    with store.engine.connect() as conn:
        report.incidents_total = conn.execute(select(func.count()).select_from(incidents)).scalar()
    return report


def _sweep(store: Store, stream: _Stream, same: dict[str, set[str]],
           different: dict[str, set[str]], kept: Optional[dict[str, Member]] = None) -> tuple[int, int, int]:
    """Place one stream's new events; hold only the incidents they can still join."""
    blocks = _Blocks()
    held: dict[str, Incident] = {}  # incidents in memory, by id
    touched: dict[str, Incident] = {}  # of those, the ones this run changed
    placed = written = peak = 0
    window = dt.timedelta(days=WINDOW_DAYS)
    for chunk in stream.chunks(store):
        dates = [m.sweep for m in chunk]
        if dates[0][0] is not None:
            horizon = _month(dates[0][0] - window)  # no event of this chunk or later reaches before
            gone = [iid for iid, inc in held.items() if inc.last_month is not None and inc.last_month < horizon]
            written += _let_go(store, gone, held, touched)
            blocks.forget_before(horizon)
            lo = _month_start(horizon)
            hi = max(h for _, h in dates) + window
            hi = _month_start(_month(hi) + 1) - dt.timedelta(days=1)
            ids = stream.placed_ids(store, lo, hi) - held.keys()
        else:
            ids = stream.placed_ids(store, None, None) - held.keys()
        for inc in _load_incidents(store, ids, kept):
            held[inc.incident_id] = inc
            for m in inc.members:
                blocks.add(inc, m)
        if kept is not None:
            if len(kept) + len(chunk) > PLACED_KEPT:
                kept.clear()
            kept.update((m.event_id, m) for m in chunk)
        for m in chunk:
            inc = _place(m, blocks, same, different)
            held[inc.incident_id] = touched[inc.incident_id] = inc
            blocks.add(inc, m)
        placed += len(chunk)
        peak = max(peak, len(held))
    written += _let_go(store, list(held), held, touched)
    return placed, written, peak


def _place(m: Member, blocks: _Blocks, same: dict[str, set[str]], different: dict[str, set[str]]) -> Incident:
    """The incident a new event joins (the best-scoring candidate over the
    threshold, or one an analyst tied it to), or a new one."""
    best, best_score, best_reason = None, 0.0, None
    apart, together = different.get(m.event_id), same.get(m.event_id)
    for inc in blocks.candidates(m):
        if apart and any(o.event_id in apart for o in inc.members):
            continue
        forced = bool(together) and any(o.event_id in together for o in inc.members)
        if not forced and m.document_id in inc.documents:
            continue  # one report's two events are two acts, whichever member they meet
        best_here, other = None, inc.members[0]
        for o in inc.sample():
            agreement = _agreement(m, o)
            if agreement is not None:
                sc = _weighted(agreement)
                if best_here is None or sc > best_here[0]:
                    best_here, other = (sc, agreement), o
        if best_here is None and not forced:
            continue
        score = 1.0 if forced or best_here is None else round(best_here[0], 3)
        if score >= THRESHOLD and score > best_score:
            # the reason is spelled out for a new best only: most candidates fall short
            parts = {} if best_here is None else dict(zip(FIELDS, (round(v, 3) for v in best_here[1])))
            if forced:
                parts["analyst"] = 1.0
            best, best_score, best_reason = inc, score, {"event_id": m.event_id, "with": other.event_id,
                                                          "score": score, "fields": parts}
    if best is None:
        best = Incident(_incident_id(m.event_id), [])
        best_reason = {"event_id": m.event_id, "with": None, "score": None, "fields": {"first": 1.0}}
    best.add(m)
    best.reasons.append(best_reason)
    return best


def _let_go(store: Store, ids: list[str], held: dict[str, Incident], touched: dict[str, Incident]) -> int:
    """Write the changed ones of these incidents and stop holding them."""
    out = [touched.pop(i) for i in ids if i in touched]
    for i in ids:
        held.pop(i, None)
    _write(store, out)
    return len(out)


def _incident_id(first_event_id: str) -> str:
    return hashlib.sha256(f"incident:{first_event_id}".encode()).hexdigest()[:32]


def _write(store: Store, touched: Iterable[Incident]) -> None:
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
        known = {r[0] for r in conn.execute(select(incidents.c.incident_id).where(
            incidents.c.incident_id.in_([inc.incident_id for inc in touched])))}
        old = {r[0]: json.loads(r[1])["reasons"] for r in conn.execute(
            select(incidents.c.incident_id, incidents.c.summary).where(incidents.c.incident_id.in_(known)))}
        new_rows, changed_rows, member_rows = [], [], []
        for inc in touched:
            summary = summarise(inc, docs, copies, old.get(inc.incident_id, []))
            row = dict(iid=inc.incident_id, family=inc.family,
                       admin1=summary["place"]["admin1"] if summary["place"] else None,
                       time_start=summary["time"]["start"] if summary["time"] else None,
                       time_end=summary["time"]["end"] if summary["time"] else None,
                       summary=json.dumps(summary, ensure_ascii=False), updated_at=_now())
            (changed_rows if inc.incident_id in known else new_rows).append(row)
            # members read from the store already carry this id: only the new ones are written
            member_rows += [{"eid": m.event_id, "iid": inc.incident_id} for m in inc.members
                            if m.incident_id != inc.incident_id]
        if conn.dialect.name == "sqlite":  # the same rows, without SQLAlchemy's work per row
            _write_sqlite(conn, new_rows, changed_rows, member_rows)
            new_rows = changed_rows = member_rows = []
        if new_rows:
            conn.execute(insert(incidents).values(
                incident_id=bindparam("iid"), family=bindparam("family"), admin1=bindparam("admin1"),
                time_start=bindparam("time_start"), time_end=bindparam("time_end"),
                summary=bindparam("summary"), updated_at=bindparam("updated_at")), new_rows)
        if changed_rows:
            conn.execute(update(incidents).where(incidents.c.incident_id == bindparam("iid")).values(
                family=bindparam("family"), admin1=bindparam("admin1"), time_start=bindparam("time_start"),
                time_end=bindparam("time_end"), summary=bindparam("summary"),
                updated_at=bindparam("updated_at")), changed_rows)
        if member_rows:
            conn.execute(update(events).where(events.c.event_id == bindparam("eid"))
                         .values(incident_id=bindparam("iid")), member_rows)
    for inc in touched:
        for m in inc.members:
            m.incident_id = inc.incident_id


def _write_sqlite(conn, new_rows: list[dict], changed_rows: list[dict], member_rows: list[dict]) -> None:
    """``_write``'s statements through the driver: grouping ends every ingest and the
    ingest process is the single writer, so per-row statement building (parameter dicts
    processed one by one) counted. Times go through the column type's own converter."""
    kind = incidents.c.updated_at.type.dialect_impl(conn.dialect)
    stamp = kind.bind_processor(conn.dialect) or (lambda v: v)
    cols = ("family", "admin1", "time_start", "time_end", "summary")
    if new_rows:
        conn.exec_driver_sql(
            "INSERT INTO incidents (incident_id, family, admin1, time_start, time_end, summary, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r["iid"], *(r[c] for c in cols), stamp(r["updated_at"])) for r in new_rows])
    if changed_rows:
        conn.exec_driver_sql(
            "UPDATE incidents SET family = ?, admin1 = ?, time_start = ?, time_end = ?, summary = ?, "
            "updated_at = ? WHERE incident_id = ?",
            [(*(r[c] for c in cols), stamp(r["updated_at"]), r["iid"]) for r in changed_rows])
    if member_rows:
        conn.exec_driver_sql("UPDATE events SET incident_id = ? WHERE event_id = ?",
                             [(r["iid"], r["eid"]) for r in member_rows])


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
