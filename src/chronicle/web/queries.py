"""Read-side queries of the review desk: filtered, faceted, paged event lists
and the aggregates the map and timeline draw. Filters, facets and charts run
on indexed columns of ``events`` (place, outlet, lat/lon and month mirror the
record since migration 0005), never on the JSON record; full text goes
through the store's FTS5 index, capped at SEARCH_CAP matches so a word that
is in every document stays fast."""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from sqlalchemy import func, select, text as sql
from sqlalchemy.engine import Engine

from ..search import fts_query
from ..store import EventFilter, longest_span
from ..store.schema import documents, events

PAGE_SIZE = 50
# Full-text matches taken per search (events, and documents, each): beyond
# this the list says "at least" and the analyst narrows the search.
SEARCH_CAP = 2000
# Filtered facets are counted in one pass over at most this many matching
# rows (an unfiltered page counts on covering indexes instead); past it the
# page says the counts come from the first FACET_CAP matches.
FACET_CAP = 5000
FACETS = ("type", "actor", "admin1", "outlet", "certainty", "review_state")


@dataclass
class EventQuery:
    q: str = ""
    types: list[str] = field(default_factory=list)
    actor: str = ""
    admin1: str = ""
    county: str = ""
    since: str = ""
    until: str = ""
    outlet: str = ""
    certainty: str = ""
    review: list[str] = field(default_factory=list)
    document_id: str = ""
    page: int = 1

    @classmethod
    def from_params(cls, params) -> "EventQuery":
        """From a request's query parameters (a Starlette ``QueryParams``)."""
        def one(name: str) -> str:
            return (params.get(name) or "").strip()[:200]
        try:
            page = max(1, min(int(params.get("page") or 1), 100000))
        except ValueError:
            page = 1
        return cls(q=one("q"), types=[t for t in params.getlist("type") if t][:20],
                   actor=one("actor"), admin1=one("admin1"), county=one("county"),
                   since=one("since"), until=one("until"), outlet=one("outlet"),
                   certainty=one("certainty"), review=[r for r in params.getlist("review") if r][:5],
                   document_id=one("document"), page=page)

    def params(self, **change: Any) -> list[tuple[str, str]]:
        """The query as URL parameters, with some changed (for facet and page links)."""
        values = {"q": self.q, "type": self.types, "actor": self.actor, "admin1": self.admin1,
                  "county": self.county, "since": self.since, "until": self.until,
                  "outlet": self.outlet, "certainty": self.certainty, "review": self.review,
                  "document": self.document_id, "page": self.page}
        values.update(change)
        out: list[tuple[str, str]] = []
        for k, v in values.items():
            for item in (v if isinstance(v, list) else [v]):
                if item not in ("", None) and not (k == "page" and item == 1):
                    out.append((k, str(item)))
        return out

    def unfiltered(self) -> bool:
        return not (self.q or self.types or self.actor or self.admin1 or self.county or self.since
                    or self.until or self.outlet or self.certainty or self.review or self.document_id)

    def matched(self, engine: Engine) -> tuple[list[str], bool]:
        """The events a full-text search finds (at most SEARCH_CAP: evidence
        matches first, then events of matching documents) and whether there
        were more. Worked out once per request: every count, facet and the
        page then filter on this list instead of running the search again."""
        if getattr(self, "_matched", None) is None:
            self._matched = _search_ids(engine, self.q)
        return self._matched

    def apply(self, query, engine: Engine):
        admin1 = _admin1_exact(self.admin1)
        flt = EventFilter(types=self.types, actor=self.actor or None,
                          admin1=None if admin1 else (self.admin1 or None),
                          since=self.since or None, until=self.until or None,
                          review_states=self.review, document_id=self.document_id or None)
        span = None
        if flt.since:  # bounds the window's earliest start (see EventFilter.apply)
            with engine.connect() as conn:
                span = longest_span(conn)
        query = flt.apply(query, longest_span=span)
        if not self.review:  # split and merged originals stay out of sight unless asked for
            query = query.where(events.c.review_state != "superseded")
        if self.certainty:
            query = query.where(events.c.certainty == self.certainty)
        if self.outlet:
            query = query.where(events.c.outlet == self.outlet)
        if admin1:  # the stored spelling: compared as is, the index answers
            query = query.where(events.c.admin1 == admin1)
        if self.county:
            query = query.where(events.c.place == self.county)
        if self.q:
            if engine.dialect.name != "sqlite":
                query = query.where(events.c.record.ilike(f"%{self.q}%"))
            else:
                query = query.where(events.c.event_id.in_(self.matched(engine)[0]))
        return query


def _admin1_exact(name: str) -> Optional[str]:
    from .geo import admin1_names

    wanted = name.strip().lower()
    return next((n for n in admin1_names() if n.lower() == wanted), None) if wanted else None


def _search_ids(engine: Engine, q: str) -> tuple[list[str], bool]:
    match = fts_query(q)
    if not match:
        return [], False
    with engine.connect() as conn:
        # LIMIT: FTS5 stops after the cap instead of listing every row of a
        # word that is everywhere.
        found = [r[0] for r in conn.execute(sql(
            "SELECT ref FROM search_index WHERE search_index MATCH :m AND kind = 'event' LIMIT :n"),
            {"m": match, "n": SEARCH_CAP + 1})]
        if len(found) <= SEARCH_CAP:
            docs = [r[0] for r in conn.execute(sql(
                "SELECT ref FROM search_index WHERE search_index MATCH :m AND kind = 'document' LIMIT :n"),
                {"m": match, "n": SEARCH_CAP + 1})]
            seen = set(found)
            for i in range(0, len(docs), 500):
                for (eid,) in conn.execute(select(events.c.event_id)
                                           .where(events.c.document_id.in_(docs[i:i + 500]))):
                    if eid not in seen:
                        seen.add(eid)
                        found.append(eid)
                if len(found) > SEARCH_CAP:
                    break
    return found[:SEARCH_CAP], len(found) > SEARCH_CAP


def list_events(engine: Engine, eq: EventQuery, *, page_size: int = PAGE_SIZE) -> dict[str, Any]:
    # Page over the narrow index columns first, then fetch only that page's
    # records: sorting 100k rows with their JSON attached is what makes deep
    # pages slow.
    ids_q = eq.apply(select(events.c.event_id), engine)
    ids_q = ids_q.order_by(events.c.time_start.desc().nulls_last(), events.c.event_id)
    ids_q = ids_q.limit(page_size).offset((eq.page - 1) * page_size)
    with engine.connect() as conn:
        total = conn.execute(eq.apply(select(func.count()).select_from(events), engine)).scalar_one()
        ids = [r[0] for r in conn.execute(ids_q)]
        q = (select(events.c.event_id, events.c.record, events.c.review_state, documents.c.title,
                    documents.c.outlet)
             .join(documents, documents.c.document_id == events.c.document_id)
             .where(events.c.event_id.in_(ids)))
        found = {r["event_id"]: r for r in conn.execute(q).mappings()}
    rows = [{"rec": json.loads(found[i]["record"]), "review_state": found[i]["review_state"],
             "title": found[i]["title"], "outlet": found[i]["outlet"]} for i in ids if i in found]
    pages = max(1, -(-total // page_size))
    return {"total": total, "rows": rows, "page": eq.page, "pages": pages,
            "capped": bool(eq.q) and engine.dialect.name == "sqlite" and eq.matched(engine)[1]}


def facets(engine: Engine, eq: EventQuery, limit: int = 15) -> dict[str, Any]:
    """Counts per value of each facet, under the filters in force; "sampled"
    is the cap when they were counted over the first matches only."""
    names = FACETS + (("place",) if eq.admin1 else ())  # counties only make sense inside one province
    out: dict[str, Any] = {}
    sampled = False
    with engine.connect() as conn:
        if eq.unfiltered():
            # Each facet from its covering index (migration 0005): no table rows read.
            for name in names:
                col = events.c[name]
                q = eq.apply(select(col, func.count()).select_from(events), engine)
                q = q.group_by(col).order_by(func.count().desc()).limit(limit)
                out[name] = [(k, n) for k, n in conn.execute(q)]
        else:
            # Under filters the matching rows are read once and counted here:
            # one pass instead of one table walk per facet.
            counters = {name: Counter() for name in names}
            q = eq.apply(select(*(events.c[n] for n in names)), engine).limit(FACET_CAP + 1)
            rows = conn.execute(q).all()
            for row in rows[:FACET_CAP]:
                for name, value in zip(names, row):
                    counters[name][value] += 1
            out = {name: c.most_common(limit) for name, c in counters.items()}
            sampled = len(rows) > FACET_CAP
    if "place" in out:
        out["county"] = out.pop("place")
    out["sampled"] = FACET_CAP if sampled else None
    return out


def monthly(engine: Engine, eq: EventQuery) -> tuple[list[tuple[str, str, int]], int]:
    """(month, type, count) for dated events, and the number of undated ones."""
    month = events.c.time_month
    with engine.connect() as conn:
        q = eq.apply(select(month, events.c.type, func.count()).select_from(events), engine)
        q = q.where(month.is_not(None)).group_by(month, events.c.type).order_by(month)
        rows = [(m, t, n) for m, t, n in conn.execute(q)]
        nq = eq.apply(select(func.count()).select_from(events), engine).where(month.is_(None))
        undated = conn.execute(nq).scalar_one()
    return rows, undated


def points(engine: Engine, eq: EventQuery) -> dict[str, Any]:
    """Event counts per coordinate and per province, and how many have no place."""
    lat, lon = events.c.lat, events.c.lon
    with engine.connect() as conn:
        q = eq.apply(select(lat, lon, func.count()).select_from(events), engine)
        q = q.where(lat.is_not(None)).group_by(lat, lon)
        pts = [(float(a), float(b), n) for a, b, n in conn.execute(q)]
        q = eq.apply(select(events.c.admin1, func.count()).select_from(events), engine)
        q = q.group_by(events.c.admin1).order_by(func.count().desc())
        by_admin1 = [(k, n) for k, n in conn.execute(q)]
    return {"points": pts, "admin1": [(k, n) for k, n in by_admin1 if k],
            "unplaced": sum(n for k, n in by_admin1 if not k)}


def document_events(engine: Engine, document_id: str) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.record, events.c.review_state)
                            .where(events.c.document_id == document_id)
                            .where(events.c.review_state != "superseded")
                            .order_by(events.c.evidence_start)).all()
    return [{**json.loads(r.record), "review_state": r.review_state} for r in rows]


def event_row(engine: Engine, event_id: str) -> Optional[dict[str, Any]]:
    with engine.connect() as conn:
        row = conn.execute(select(events.c.record, events.c.review_state, events.c.superseded_by)
                           .where(events.c.event_id == event_id)).first()
    if not row:
        return None
    return {"rec": json.loads(row.record), "review_state": row.review_state,
            "superseded_by": (row.superseded_by or "").split() }


def list_documents(engine: Engine, page: int = 1, page_size: int = PAGE_SIZE) -> dict[str, Any]:
    cnt = (select(func.count()).select_from(events).where(events.c.document_id == documents.c.document_id)
           .where(events.c.review_state != "superseded").scalar_subquery())
    # Page over the (published, document_id) index first: document rows hold
    # the whole text, so sorting them to reach a deep page reads everything.
    ids_q = (select(documents.c.document_id)
             .order_by(documents.c.published.desc().nulls_last(), documents.c.document_id)
             .limit(page_size).offset((page - 1) * page_size))
    q = select(documents.c.document_id, documents.c.title, documents.c.outlet, documents.c.published,
               documents.c.language, cnt.label("n_events"))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        ids = [r[0] for r in conn.execute(ids_q)]
        found = {r["document_id"]: dict(r) for r in conn.execute(q.where(documents.c.document_id.in_(ids))).mappings()}
        rows = [found[i] for i in ids if i in found]
    return {"rows": rows, "total": total, "page": page, "pages": max(1, -(-total // page_size))}


def segments(text: str, evs: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """The document text cut at every evidence boundary: (piece, ids of the
    events whose evidence covers it). Overlapping spans give pieces with
    several ids, so every span can be highlighted in place."""
    cuts = {0, len(text)}
    for ev in evs:
        e = ev["evidence"]
        if 0 <= e["start"] < e["end"] <= len(text):
            cuts.update((e["start"], e["end"]))
    bounds = sorted(cuts)
    out = []
    for a, b in zip(bounds, bounds[1:]):
        ids = [ev["event_id"] for ev in evs if ev["evidence"]["start"] <= a and b <= ev["evidence"]["end"]]
        out.append((text[a:b], ids))
    return out


# -- incidents ----------------------------------------------------------------

def list_incidents(engine: Engine, page: int = 1, page_size: int = PAGE_SIZE) -> dict[str, Any]:
    """Incidents, newest act first, a page at a time (their summaries are stored)."""
    from ..store.schema import incidents

    # ids from the (time_start, incident_id) index first, then their summaries
    ids_q = (select(incidents.c.incident_id).order_by(incidents.c.time_start.desc().nulls_last(),
                                                      incidents.c.incident_id)
             .limit(page_size).offset((page - 1) * page_size))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(incidents)).scalar_one()
        ids = [r[0] for r in conn.execute(ids_q)]
        found = dict(conn.execute(select(incidents.c.incident_id, incidents.c.summary)
                                  .where(incidents.c.incident_id.in_(ids))).all())
        rows = [json.loads(found[i]) for i in ids if i in found]
    return {"rows": rows, "total": total, "page": page, "pages": max(1, -(-total // page_size))}


def incident(engine: Engine, incident_id: str) -> Optional[dict[str, Any]]:
    """One incident's summary with its member events (record, review state,
    document title and outlet) and nearby incidents it could be merged with."""
    from ..store.schema import incidents

    with engine.connect() as conn:
        row = conn.execute(select(incidents).where(incidents.c.incident_id == incident_id)).mappings().first()
        if not row:
            return None
        summary = json.loads(row["summary"])
        q = (select(events.c.record, events.c.review_state, documents.c.title, documents.c.outlet,
                    documents.c.published)
             .join(documents, documents.c.document_id == events.c.document_id)
             .where(events.c.incident_id == incident_id).order_by(events.c.time_start, events.c.event_id))
        members = [{"rec": json.loads(r.record), "review_state": r.review_state, "title": r.title,
                    "outlet": r.outlet, "published": r.published} for r in conn.execute(q)]
        # Merge candidates: same type family, same or unknown province, time near.
        near = select(incidents.c.summary).where(incidents.c.family == row["family"],
                                                 incidents.c.incident_id != incident_id)
        if row["admin1"]:
            near = near.where((incidents.c.admin1 == row["admin1"]) | incidents.c.admin1.is_(None))
        if row["time_start"]:  # ISO dates compare as text, on any database
            day = dt.date.fromisoformat(row["time_start"])
            lo, hi = (day - dt.timedelta(days=62)).isoformat(), (day + dt.timedelta(days=62)).isoformat()
            near = near.where(incidents.c.time_start.is_(None) | incidents.c.time_start.between(lo, hi))
        nearby = [json.loads(s) for (s,) in conn.execute(near.limit(10))]
    return {"summary": summary, "members": members, "nearby": nearby, "family": row["family"]}
