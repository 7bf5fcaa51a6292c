"""Tables of the store (SQLAlchemy Core). Alembic migrations in
``migrations/versions`` create and evolve them; this module is what the code
queries through and must agree with the latest migration (a test checks)."""
from __future__ import annotations

from sqlalchemy import (Column, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData,
                        String, Table, Text)

from ..crypto import SealedBytes, SealedText  # noqa: E402  (encryption at rest, see crypto.py)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("document_id", String(64), primary_key=True),  # sha256 of raw
    Column("raw", SealedBytes("documents.raw"), nullable=False),  # sealed in an encrypted store
    Column("text", SealedText("documents.text"), nullable=False),
    Column("media_type", String(64), nullable=False),
    Column("origin", Text, nullable=False),  # file path, path:line, feed entry
    Column("url", Text),
    Column("outlet", String(200)),
    Column("title", SealedText("documents.title")),
    Column("published", String(10)),
    Column("language", String(8)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("ingested_by", String(100), nullable=False),
    Column("duplicate_of", String(64)),  # near-duplicate of another document
)

events = Table(
    "events", metadata,
    Column("event_id", String(32), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.document_id", ondelete="CASCADE"),
           nullable=False),
    Column("type", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("certainty", String(16), nullable=False),
    Column("actor", String(64)),
    Column("target_category", String(32)),
    Column("admin1", String(64)),
    Column("country", String(2)),
    Column("time_start", String(10)),
    Column("time_end", String(10)),
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("review_state", String(16), nullable=False, server_default="pending"),
    Column("record", SealedText("events.record"), nullable=False),  # the contract object (schema 1) as JSON
    Column("incident_id", String(32)),  # the incident this act belongs to (migration 0004)
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_events_document", "document_id"),
    Index("ix_events_type", "type"),
    Index("ix_events_actor", "actor"),
    Index("ix_events_admin1", "admin1"),
    Index("ix_events_time", "time_start", "time_end"),
    Index("ix_events_review", "review_state"),
)

ingest_log = Table(
    "ingest_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("origin", Text, nullable=False),
    Column("outcome", String(16), nullable=False),  # stored | duplicate | error
    Column("document_id", String(64)),
    Column("message", Text),
    Index("ix_ingest_log_origin", "origin"),
)

# -- review desk (migration 0003) -------------------------------------------
from sqlalchemy import Boolean  # noqa: E402  (appended section)

events.append_column(Column("superseded_by", Text))  # ids that replaced a split/merged event

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(16), nullable=False),  # admin | analyst | viewer
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, server_default="1"),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

settings = Table(
    "settings", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

audit_log = Table(
    "audit_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("actor", String(100), nullable=False),
    Column("action", String(32), nullable=False),
    Column("event_id", String(32)),
    Column("note", Text),
    Column("before", SealedText("audit_log.before")),
    Column("after", SealedText("audit_log.after")),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Index("ix_audit_event", "event_id"),
)


# -- incidents (migration 0004) ---------------------------------------------
incidents = Table(
    "incidents", metadata,
    Column("incident_id", String(32), primary_key=True),
    Column("family", String(16), nullable=False),  # type family: the blocking key
    Column("admin1", String(64)),
    Column("time_start", String(10)),
    Column("time_end", String(10)),
    Column("summary", Text, nullable=False),  # JSON: members, counts, best place/time, reasons
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_incidents_block", "family", "admin1"),
)

incident_decisions = Table(
    "incident_decisions", metadata,
    Column("event_id", String(32), primary_key=True),
    Column("other_event_id", String(32), primary_key=True),
    Column("decision", String(16), nullable=False),  # same | different
    Column("decided_by", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("note", Text),
)

document_signatures = Table(
    "document_signatures", metadata,
    Column("document_id", String(64), ForeignKey("documents.document_id", ondelete="CASCADE"),
           primary_key=True),
    Column("minhash", LargeBinary, nullable=False),  # datasketch MinHash hash values
)


# -- review desk, round 2 (migration 0005) ------------------------------------
# Mirrors of record fields, so the map, facets and timeline group on indexes.
from sqlalchemy import Float  # noqa: E402  (appended section)

for _col in (Column("lat", Float), Column("lon", Float), Column("place", String(200)),
             Column("outlet", String(200)), Column("time_month", String(7))):
    events.append_column(_col)
# Covering indexes for facets, charts and the list order (see migration 0005).
_rs = events.c.review_state
Index("ix_events_facet_type", events.c.type, _rs)
Index("ix_events_facet_actor", events.c.actor, _rs)
Index("ix_events_facet_admin1", events.c.admin1, _rs, events.c.place)
Index("ix_events_facet_certainty", events.c.certainty, _rs)
Index("ix_events_place", events.c.place, _rs)
Index("ix_events_outlet", events.c.outlet, _rs)
Index("ix_events_month", events.c.time_month, events.c.type, _rs)
Index("ix_events_latlon", events.c.lat, events.c.lon, _rs)
Index("ix_events_order", events.c.time_start, events.c.event_id, _rs)
Index("ix_documents_published", documents.c.published, documents.c.document_id)
Index("ix_incidents_time", incidents.c.time_start, incidents.c.incident_id)


# -- safety: chain of custody (migration 0006) --------------------------------
# The document an audit entry is about (ingest, import): custody history is a
# lookup, not a scan. The hashed payload carries the same id; verify compares.
audit_log.append_column(Column("document_id", String(64)))
Index("ix_audit_document", audit_log.c.document_id)

# -- facet counts over a time window (migration 0008) -------------------------
Index("ix_events_time_type", events.c.time_start, events.c.time_end, events.c.type)
Index("ix_events_time_admin1", events.c.time_start, events.c.time_end, events.c.admin1)

# -- desk lists and time windows on large stores (migration 0009) -------------
# time_span: days from time_start to time_end, so a window can bound time_start
# from below (EventFilter.apply); lower(admin1) is what the province filter reads.
from sqlalchemy import func  # noqa: E402  (appended section)

events.append_column(Column("time_span", Integer))
Index("ix_events_time_span", events.c.time_span)
Index("ix_events_admin1_lower", func.lower(events.c.admin1), events.c.type, events.c.time_start,
      events.c.time_end)

# -- facet counts per value over a time window (migration 0010) ---------------
# Store.count_events(by=type|admin1) counts each value's window as one range.
Index("ix_events_type_time", events.c.type, events.c.time_start, events.c.time_end)
Index("ix_events_admin1_time", events.c.admin1, events.c.time_start, events.c.time_end)
# Grouping pages through the events without an incident in time order (keyset on
# time_start, event_id): one seek per page. Replaces ix_events_incident (its prefix).
Index("ix_events_incident_order", events.c.incident_id, events.c.time_start, events.c.event_id,
      events.c.type)

# -- near-duplicate LSH buckets of stored originals (migration 0010) ----------
# One row per (band key, original): chronicle.duplicates looks a new document's
# band keys up here instead of holding every signature in memory.
from sqlalchemy import BigInteger  # noqa: E402  (appended section)

document_bands = Table(
    "document_bands", metadata,
    Column("band_key", BigInteger, primary_key=True),  # duplicates.band_keys
    Column("document_id", String(64), ForeignKey("documents.document_id", ondelete="CASCADE"),
           primary_key=True),
)
