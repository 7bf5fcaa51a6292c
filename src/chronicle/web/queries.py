"""Read-side queries of the review desk: filtered, faceted, paged event lists
and the aggregates the map and timeline draw. Filters run on the indexed
columns of ``events``; full text goes through the store's FTS5 index."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Optional

from sqlalchemy import func, literal_column, select, text as sql
from sqlalchemy.engine import Engine

from ..search import fts_query
from ..store import EventFilter
from ..store.schema import documents, events

PAGE_SIZE = 50
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

    def apply(self, query, engine: Engine):
        flt = EventFilter(types=self.types, actor=self.actor or None, admin1=self.admin1 or None,
                          since=self.since or None, until=self.until or None,
                          review_states=self.review, document_id=self.document_id or None)
        query = flt.apply(query)
        if not self.review:  # split and merged originals stay out of sight unless asked for
            query = query.where(events.c.review_state != "superseded")
        if self.certainty:
            query = query.where(events.c.certainty == self.certainty)
        if self.outlet:
            query = query.where(events.c.document_id.in_(
                select(documents.c.document_id).where(documents.c.outlet == self.outlet)))
        if self.county:
            query = query.where(_json(engine, "$.location.name") == self.county)
        if self.q:
            query = _fulltext(query, self.q, engine)
        return query


def _json(engine: Engine, path: str):
    if engine.dialect.name == "sqlite":
        return func.json_extract(events.c.record, path)
    return func.jsonb_extract_path_text(func.cast(events.c.record, literal_column("jsonb")),
                                        *path.strip("$.").split("."))


def _fulltext(query, q: str, engine: Engine):
    """Events whose evidence, or whose document (title and text), matches."""
    if engine.dialect.name != "sqlite":
        return query.where(events.c.record.ilike(f"%{q}%"))
    match = fts_query(q)
    if not match:
        return query
    ev_refs = sql("SELECT ref FROM search_index WHERE search_index MATCH :m_ev AND kind = 'event'"
                  ).bindparams(m_ev=match).columns(literal_column("ref"))
    doc_refs = sql("SELECT ref FROM search_index WHERE search_index MATCH :m_doc AND kind = 'document'"
                   ).bindparams(m_doc=match).columns(literal_column("ref"))
    return query.where(events.c.event_id.in_(ev_refs.subquery().select())
                       | events.c.document_id.in_(doc_refs.subquery().select()))


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
    return {"total": total, "rows": rows, "page": eq.page, "pages": pages}


def facets(engine: Engine, eq: EventQuery, limit: int = 15) -> dict[str, list[tuple[Any, int]]]:
    """Counts per value of each facet, under the other filters in force."""
    out: dict[str, list[tuple[Any, int]]] = {}
    with engine.connect() as conn:
        for name in FACETS:
            if name == "outlet":
                col = documents.c.outlet
                q = select(col, func.count()).select_from(
                    events.join(documents, documents.c.document_id == events.c.document_id))
            else:
                col = events.c[name]
                q = select(col, func.count()).select_from(events)
            q = eq.apply(q, engine).group_by(col).order_by(func.count().desc()).limit(limit)
            out[name] = [(k, n) for k, n in conn.execute(q)]
        if eq.admin1:  # counties only make sense inside one province
            col = _json(engine, "$.location.name")
            q = eq.apply(select(col, func.count()).select_from(events), engine)
            q = q.group_by(col).order_by(func.count().desc()).limit(limit)
            out["county"] = [(k, n) for k, n in conn.execute(q)]
    return out


def monthly(engine: Engine, eq: EventQuery) -> tuple[list[tuple[str, str, int]], int]:
    """(month, type, count) for dated events, and the number of undated ones."""
    month = func.substr(events.c.time_start, 1, 7)
    with engine.connect() as conn:
        q = eq.apply(select(month, events.c.type, func.count()).select_from(events), engine)
        q = q.where(events.c.time_start.is_not(None)).group_by(month, events.c.type).order_by(month)
        rows = [(m, t, n) for m, t, n in conn.execute(q)]
        nq = eq.apply(select(func.count()).select_from(events), engine).where(events.c.time_start.is_(None))
        undated = conn.execute(nq).scalar_one()
    return rows, undated


def points(engine: Engine, eq: EventQuery) -> dict[str, Any]:
    """Event counts per coordinate and per province, and how many have no place."""
    lat, lon = _json(engine, "$.location.lat"), _json(engine, "$.location.lon")
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
    q = (select(documents.c.document_id, documents.c.title, documents.c.outlet, documents.c.published,
                documents.c.language, cnt.label("n_events"))
         .order_by(documents.c.published.desc().nulls_last(), documents.c.document_id)
         .limit(page_size).offset((page - 1) * page_size))
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        rows = [dict(r) for r in conn.execute(q).mappings()]
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
