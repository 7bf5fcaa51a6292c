"""The store: documents (raw bytes, content-addressed), events and the ingest
log, behind SQLAlchemy so the embedded SQLite default and a shared database
speak the same code. The schema is created and evolved by Alembic migrations,
run on open."""
from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import bindparam, create_engine, event, func, insert, select, text as sql, update
from sqlalchemy.engine import Engine

from ..records import Analysis
from .schema import documents, events, ingest_log

DEFAULT_DB = "chronicle.db"


class StoreError(RuntimeError):
    pass


def database_url(target: Optional[str]) -> str:
    """A path means the embedded SQLite store; anything with '://' is a database URL."""
    target = target or os.environ.get("CHRONICLE_DB") or DEFAULT_DB
    if "://" in target:
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("chronicle.store").joinpath("migrations")))
    return cfg


@dataclass
class EventFilter:
    """The filters every listing, search and export takes."""
    types: Sequence[str] = ()
    actor: Optional[str] = None  # a key or a key prefix (KP.MSS matches KP.MSS.anti_espionage)
    admin1: Optional[str] = None
    since: Optional[str] = None  # ISO date: events whose time ends on or after it
    until: Optional[str] = None  # ISO date: events whose time starts on or before it
    review_states: Sequence[str] = ()
    document_id: Optional[str] = None

    def apply(self, query, *, longest_span: Optional[int] = None):
        """``longest_span``: the store's ``longest_span()``; given, a time window
        also bounds time_start from below, so an index reads the window alone."""
        if self.types:
            query = query.where(events.c.type.in_([t.upper() for t in self.types]))
        if self.actor:
            query = query.where((events.c.actor == self.actor) | events.c.actor.like(self.actor + ".%"))
        if self.admin1:
            query = query.where(func.lower(events.c.admin1) == self.admin1.lower())
        if self.since:
            query = query.where(func.coalesce(events.c.time_end, events.c.time_start) >= self.since)
            earliest = _earliest_start(self.since, longest_span)
            if earliest:  # implied by the line above (see _earliest_start): only a faster path
                query = query.where(events.c.time_start >= earliest)
        if self.until:
            query = query.where(events.c.time_start <= self.until)
        if self.review_states:
            query = query.where(events.c.review_state.in_(list(self.review_states)))
        if self.document_id:
            query = query.where(events.c.document_id == self.document_id)
        return query


UNKNOWN_SPAN = 100_000  # time_span of a time that is not two ISO dates: no lower bound then
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def time_span(start: Optional[str], end: Optional[str]) -> Optional[int]:
    """Days from time.start to time.end (0 without an end); UNKNOWN_SPAN when
    either is not a plain ISO date (or there is an end and no start)."""
    if start is None and end is None:
        return None
    try:
        if not _ISO_DAY.fullmatch(start) or (end and not _ISO_DAY.fullmatch(end)):
            return UNKNOWN_SPAN
        a = dt.date.fromisoformat(start)
        return max(0, (dt.date.fromisoformat(end) - a).days) if end else 0
    except (TypeError, ValueError):
        return UNKNOWN_SPAN


def _earliest_start(since: str, longest_span: Optional[int]) -> Optional[str]:
    """The earliest time_start an event ending on or after ``since`` can have:
    its end (or start) is >= since and it spans at most ``longest_span`` days.
    Every stored span is below UNKNOWN_SPAN only when every stored time is a
    plain ISO date, so the string comparison is a date comparison."""
    if longest_span is None or longest_span >= UNKNOWN_SPAN or not _ISO_DAY.fullmatch(since):
        return None
    try:
        return (dt.date.fromisoformat(since) - dt.timedelta(days=longest_span)).isoformat()
    except (ValueError, OverflowError):
        return None


def longest_span(conn) -> Optional[int]:
    """The longest time_span stored (one index lookup); pass it to EventFilter.apply."""
    return conn.execute(select(func.max(events.c.time_span))).scalar()


# Matches a full-text search ranks at most: the first found (in storage order). Finding
# and scoring every match of a common word over 1M events takes most of a second on
# either engine; past this the best are chosen among the first matches.
RANKED_MATCHES = 5000


# Built once: the ingest asks this of every item it reads.
_HAS_DOCUMENT = select(documents.c.document_id).where(documents.c.document_id == bindparam("id"))


class Store:
    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            self.migrate()
        from ..crypto import CryptoError, attach  # encryption at rest: a key for an encrypted store

        try:
            self.cipher = attach(self.engine)
        except CryptoError as exc:
            raise StoreError(str(exc)) from None

    @classmethod
    def open(cls, target: Optional[str] = None, *, migrate: bool = True) -> "Store":
        url = database_url(target)
        if url.startswith("sqlite:///"):
            parent = Path(url[len("sqlite:///"):]).parent
            if not parent.exists():
                raise StoreError(f"cannot create the store: folder {parent} does not exist")
        return cls(url, migrate=migrate)

    # -- schema -------------------------------------------------------------
    def migrate(self) -> None:
        cfg = _alembic_config()
        with self.engine.begin() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            head = ScriptDirectory.from_config(cfg).get_current_head()
            if current == head:
                return
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def revision(self) -> Optional[str]:
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    # -- documents ----------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(_HAS_DOCUMENT, {"id": document_id}).first() is not None

    def save(self, analysis: Analysis, *, ingested_by: Optional[str] = None) -> bool:
        """Store a document and its events in one transaction. Returns False
        when the same bytes were stored before (re-ingesting is a no-op)."""
        return self.save_many([analysis], ingested_by=ingested_by)[0]

    def save_many(self, analyses: list[Analysis], *, ingested_by: Optional[str] = None) -> list[bool]:
        """Store several documents, each with its events, in one transaction: a
        commit costs more than storing a small document, so a batch pays it once.
        When any of them fails, the transaction stores none and they are saved one
        by one instead: every document before the bad one lands, and the error is
        that document's own."""
        from .writer import save_batch  # one statement per table for the whole batch

        analyses = list(analyses)
        if not analyses:
            return []
        try:
            with self.engine.begin() as conn:
                return save_batch(conn, analyses, ingested_by or _user(), _now())
        except Exception:
            if len(analyses) <= 1:
                raise
            return [self.save(a, ingested_by=ingested_by) for a in analyses]

    def search(self, query: str, *, kind: str = "event", limit: int = 50) -> list[dict[str, Any]]:
        """Full-text search over event evidence (kind="event") or whole documents
        (kind="document"); best matches first, with a highlighted snippet."""
        from ..search import fts_query

        if self.cipher is not None:  # an encrypted store keeps no plain index: scan instead
            from ..crypto import scan_search

            return scan_search(self, query, kind=kind, limit=limit)
        match = fts_query(query)
        if not match:
            return []
        with self.engine.connect() as conn:
            if self.engine.dialect.name == "sqlite":
                # FTS5 scores every match before it sorts: a word in a sixth of a 1M-event
                # store costs most of a second. Past RANKED_MATCHES matches the best are
                # chosen among the first RANKED_MATCHES stored (the rowid bound is one seek).
                last = conn.execute(sql(
                    "SELECT rowid FROM search_index WHERE search_index MATCH :m "
                    "ORDER BY rowid LIMIT 1 OFFSET :o"), {"m": match, "o": RANKED_MATCHES - 1}).scalar()
                bound = "" if last is None else "AND rowid <= :hi "
                rows = conn.execute(sql(
                    "SELECT ref, document_id, snippet(search_index, 3, '[', ']', '…', 12) AS snippet "
                    f"FROM search_index WHERE search_index MATCH :m {bound}AND kind = :k "
                    "ORDER BY rank LIMIT :n"), {"m": match, "k": kind, "n": limit, "hi": last})
            elif self.engine.dialect.name == "postgresql":  # tsvector + trigrams (migration 0007)
                from .postgres import search as pg_search

                return pg_search(conn, query, kind, limit, RANKED_MATCHES)
            else:
                like = "%" + query.replace("%", "").replace("_", "") + "%"
                rows = conn.execute(sql(
                    "SELECT ref, document_id, substr(body, 1, 200) AS snippet FROM search_index "
                    "WHERE kind = :k AND body ILIKE :q LIMIT :n"), {"k": kind, "q": like, "n": limit})
            return [dict(r) for r in rows.mappings()]

    def import_record(self, rec: dict[str, Any], origin: str, *,
                      document: Optional[dict[str, Any]] = None) -> bool:
        """Store one contract record coded elsewhere, in one transaction.
        ``document`` (raw, text) is the text it came from when the importer has
        it; otherwise a reference row stands for a document the store does not
        hold. Returns False when the event is already stored."""
        from ..interchange import REFERENCE_MEDIA_TYPE

        now = _now()
        src = rec.get("source") or {}
        with self.engine.begin() as conn:
            if conn.execute(select(events.c.event_id).where(events.c.event_id == rec["event_id"])).first():
                return False
            if not conn.execute(select(documents.c.document_id)
                                .where(documents.c.document_id == rec["document_id"])).first():
                conn.execute(insert(documents).values(
                    document_id=rec["document_id"],
                    raw=document["raw"] if document else b"",
                    text=document["text"] if document else "",
                    media_type="text/plain" if document else REFERENCE_MEDIA_TYPE,
                    origin=origin, url=src.get("url"), outlet=src.get("outlet"),
                    title=src.get("title"), published=src.get("published"),
                    language=src.get("language"), ingested_at=now, ingested_by=_user()))
                from ..custody import IMPORT, record_arrival

                record_arrival(conn, document_id=rec["document_id"],
                               raw=document["raw"] if document else b"",
                               media_type="text/plain" if document else REFERENCE_MEDIA_TYPE,
                               origin=origin, url=src.get("url"), actor=_user(), action=IMPORT)
            conn.execute(insert(events), [_event_row(rec, now)])
            from ..search import index_body

            conn.execute(sql("INSERT INTO search_index (kind, ref, document_id, body) "
                             "VALUES ('event', :ref, :document_id, :body)"),
                         {"ref": rec["event_id"], "document_id": rec["document_id"],
                          "body": index_body(rec["evidence"]["text"])})
            _log(conn, origin, "imported", rec["document_id"], f"event {rec['event_id']}")
        return True

    def log_error(self, origin: str, message: str) -> None:
        with self.engine.begin() as conn:
            _log(conn, origin, "error", None, message)

    def log_duplicate(self, origin: str, document_id: str) -> None:
        """Record that these bytes came in again (the batch skips them before
        the pipeline runs, so ``save`` never sees them)."""
        with self.engine.begin() as conn:
            _log(conn, origin, "duplicate", document_id, "same bytes already stored")

    def document(self, document_id: str) -> Optional[dict[str, Any]]:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.document_id == document_id)).mappings().first()
            return dict(row) if row else None

    def documents(self, limit: Optional[int] = None) -> list[dict[str, Any]]:
        cols = [c for c in documents.c if c.name not in ("raw", "text")]
        with self.engine.connect() as conn:
            q = select(*cols).order_by(documents.c.ingested_at, documents.c.document_id)
            if limit:
                q = q.limit(limit)
            return [dict(r) for r in conn.execute(q).mappings()]

    # -- events ------------------------------------------------------------
    def event_records(self, flt: Optional[EventFilter] = None, *, limit: Optional[int] = None,
                      offset: int = 0, with_review: bool = False) -> Iterator[dict[str, Any]]:
        """Contract records (schema 1) of stored events, streamed in a stable order."""
        q = select(events.c.record, events.c.review_state, events.c.incident_id)
        with self.engine.connect() as conn:
            q = (flt or EventFilter()).apply(q, longest_span=longest_span(conn)).order_by(
                events.c.document_id, events.c.evidence_start, events.c.event_id)
            if limit is not None:
                q = q.limit(limit).offset(offset)
            for record, review_state, incident_id in conn.execution_options(stream_results=True).execute(q):
                rec = json.loads(record)
                rec["incident_id"] = incident_id  # an added field (the contract allows additions)
                if with_review:
                    rec["review_state"] = review_state
                yield rec

    def count_events(self, flt: Optional[EventFilter] = None, by: Optional[str] = None) -> Any:
        with self.engine.connect() as conn:
            span = longest_span(conn)
            if by is None:
                q = (flt or EventFilter()).apply(select(func.count()).select_from(events), longest_span=span)
                return conn.execute(q).scalar_one()
            col = events.c[by]
            flt = flt or EventFilter()
            if by in PER_VALUE_FACETS and (flt.since or flt.until):
                return _count_per_value(conn, col, flt, span)
            key = col
            if (flt.since or flt.until) and self.engine.dialect.name == "sqlite":
                # SQLite's planner prefers an index that orders the GROUP BY and
                # then reads every event; grouping on an expression (col || '')
                # lets it read the time window from the covering time indexes
                # (migration 0008) instead.
                key = col.concat("").label(by)
            q = flt.apply(select(key, func.count()).select_from(events), longest_span=span)
            q = q.group_by(key).order_by(func.count().desc())
            return [(k, n) for k, n in conn.execute(q)]

    def set_review_state(self, event_id: str, state: str) -> None:
        with self.engine.begin() as conn:
            done = conn.execute(update(events).where(events.c.event_id == event_id)
                                .values(review_state=state, updated_at=_now()))
            if done.rowcount != 1:
                raise StoreError(f"no event {event_id!r}")

    def ingest_log(self, limit: int = 100) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = select(ingest_log).order_by(ingest_log.c.id.desc()).limit(limit)
            return [dict(r) for r in conn.execute(q).mappings()]

    def close(self) -> None:
        self.engine.dispose()


# Facets with a (column, time_start, time_end) index (migration 0010): over a time
# window they are counted value by value, each value's window one index range.
PER_VALUE_FACETS = ("type", "admin1")


def _count_per_value(conn, col, flt: EventFilter, span: Optional[int]) -> list[tuple[Any, int]]:
    """(value, count) of a facet over a time window, most first. Grouping the
    window's rows sorts them all (~180 ms for a year of 1M events); walking the
    column's few distinct values (one index seek each, a recursive query) and
    counting each value's window from the index reads no row twice and sorts
    nothing. Exact: every count is the filter's own, plus ``col = value``."""
    step = select(func.min(col).label("v")).cte("facet_values", recursive=True)
    step = step.union_all(select(select(func.min(col)).where(col > step.c.v).scalar_subquery())
                          .where(step.c.v.isnot(None)))
    counted = flt.apply(select(func.count()).select_from(events), longest_span=span)
    per_value = select(step.c.v, counted.where(col == step.c.v).scalar_subquery()).where(step.c.v.isnot(None))
    rows = list(conn.execute(per_value)) + [(None, conn.execute(counted.where(col.is_(None))).scalar_one())]
    out = [(v, n) for v, n in rows if n]
    out.sort(key=lambda kv: (-kv[1], kv[0] is None, kv[0] or ""))
    return out


def event_columns(rec: dict[str, Any]) -> dict[str, Any]:
    """The indexed columns that mirror a contract record (and the record itself);
    every write of an event, at ingest or in review, goes through here."""
    loc = rec.get("location") or {}
    tm = rec.get("time") or {}
    return dict(
        type=rec["type"], status=rec["status"], certainty=rec["certainty"],
        actor=(rec.get("perpetrator") or {}).get("actor"),
        target_category=(rec.get("target") or {}).get("category"),
        admin1=loc.get("admin1"), country=loc.get("country"),
        time_start=tm.get("start"), time_end=tm.get("end"), time_span=time_span(tm.get("start"), tm.get("end")),
        evidence_start=rec["evidence"]["start"], evidence_end=rec["evidence"]["end"],
        # indexed mirrors for the review desk (migration 0005)
        lat=loc.get("lat"), lon=loc.get("lon"), place=loc.get("name"),
        outlet=(rec.get("source") or {}).get("outlet"), time_month=(tm.get("start") or "")[:7] or None,
        record=json.dumps(rec, ensure_ascii=False))


def _event_row(rec: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    return dict(event_rows_of(rec), created_at=now, updated_at=now)


def event_rows_of(rec: dict[str, Any]) -> dict[str, Any]:
    """An ``events`` row for a new event, less its timestamps: what a worker
    process sends (chronicle.parallel), so the single writer only inserts it."""
    return dict(event_columns(rec), event_id=rec["event_id"], document_id=rec["document_id"],
                review_state="pending")


def _log(conn, origin: str, outcome: str, document_id: Optional[str], message: str) -> None:
    conn.execute(insert(ingest_log).values(**_log_row(origin, outcome, document_id, message)))


def _log_row(origin: str, outcome: str, document_id: Optional[str], message: str) -> dict[str, Any]:
    """An ``ingest_log`` row (the batch writer inserts many at once)."""
    return {"at": _now(), "origin": origin, "outcome": outcome, "document_id": document_id, "message": message}


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")  # readers (the web app) never block the ingest
    cur.execute("PRAGMA synchronous=NORMAL")
    # An event row touches ~25 indexes: with the default 2 MiB page cache the ingest
    # re-reads index pages from the OS on every batch. 32 MiB, taken only as used.
    cur.execute("PRAGMA cache_size=-32768")
    cur.close()
