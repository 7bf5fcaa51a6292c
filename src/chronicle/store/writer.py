"""The ingest writer: a batch of analysed documents stored with one statement
per table (executemany) instead of ~11 statements per document.

The ingest parent is the single writer while worker processes analyse, so
its cost per document caps how far ``--workers N`` scales. Building each
statement (SQLAlchemy constructs, compiled-cache lookups) cost more than
SQLite's own work; here every table gets one prepared statement and a list
of rows. The rows, their order and their values are the ones a document-by-
document save writes (the ingest log and audit chain keep input order), so a
store written either way holds the same data.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, insert, select, text as sql

from .. import audit
from ..records import Analysis
from .schema import document_bands, document_signatures, documents, events, ingest_log

_INDEX = sql("INSERT INTO search_index (kind, ref, document_id, body) VALUES (:kind, :ref, :document_id, :body)")
_STORED = select(documents.c.document_id).where(documents.c.document_id.in_(bindparam("ids", expanding=True)))


def save_batch(conn, analyses: list[Analysis], user: str, now: dt.datetime) -> list[bool]:
    """Store each document with its events, custody entry, signature, index and
    log rows, inside the caller's transaction. False for a document whose bytes
    are already stored (or came earlier in this batch): logged as a duplicate."""
    from ..duplicates import band_keys
    from ..search import index_bodies
    from . import _event_row, _log_row

    ids = list({a.document.document_id for a in analyses})
    seen = {r[0] for r in conn.execute(_STORED, {"ids": ids})} if ids else set()
    docs, arrivals, event_rows, sigs, bands, index, log, out = [], [], [], [], [], [], [], []
    for analysis in analyses:
        doc, notes = analysis.document, analysis.notes
        if doc.document_id in seen:
            log.append(_log_row(doc.origin, "duplicate", doc.document_id, "same bytes already stored"))
            out.append(False)
            continue
        seen.add(doc.document_id)
        out.append(True)
        docs.append(dict(
            document_id=doc.document_id, raw=doc.raw, text=doc.text, media_type=doc.media_type,
            origin=doc.origin, url=doc.source.url, outlet=doc.source.outlet,
            title=doc.source.title, published=doc.source.published,
            language=doc.source.language, ingested_at=now, ingested_by=user,
            duplicate_of=notes.get("duplicate_of")))
        arrivals.append(doc)
        # Rows a worker process already made (chronicle.parallel) are used as sent.
        rows = notes.get("event_rows")
        if rows is None or len(rows) != len(analysis.events):
            rows = [_event_row(ev.to_record(doc.source), now) for ev in analysis.events]
        else:
            rows = [dict(r, created_at=now, updated_at=now) for r in rows]
        event_rows += rows
        if notes.get("minhash"):
            sigs.append({"document_id": doc.document_id, "minhash": notes["minhash"]})
            if not notes.get("duplicate_of"):  # originals only: a copy links to its original
                bands += [{"band_key": k, "document_id": doc.document_id}
                          for k in sorted(set(band_keys(notes["minhash"])))]
        if notes.get("duplicate_of"):
            notes["extract"] = (f"near-duplicate of {notes['duplicate_of']} "
                                f"(Jaccard {notes['near_duplicate_score']}); not extracted again")
        bodies = notes.get("index_bodies")
        if not bodies or len(bodies) != len(analysis.events) + 1:
            bodies = index_bodies(doc, analysis.events)
        index.append({"kind": "document", "ref": doc.document_id, "document_id": doc.document_id,
                      "body": bodies[0]})
        index += [{"kind": "event", "ref": row["event_id"], "document_id": doc.document_id, "body": body}
                  for row, body in zip(rows, bodies[1:])]
        log.append(_log_row(doc.origin, "stored", doc.document_id,
                            f"{len(rows)} events" + (f"; {notes['extract']}" if "extract" in notes else "")))
    if docs:
        _insert(conn, documents, docs)
        _record_arrivals(conn, arrivals, user)
    for table, rows in ((events, event_rows), (document_signatures, sigs), (document_bands, bands)):
        if rows:
            _insert(conn, table, rows)
    if index:
        if conn.dialect.name == "sqlite":  # see _insert
            compiled = _INDEX.compile(dialect=conn.dialect)
            names = compiled.positiontup
            conn.exec_driver_sql(str(compiled), [tuple(r[n] for n in names) for r in index])
        else:
            conn.execute(_INDEX, index)
    if log:
        _insert(conn, ingest_log, log)
    return out


def _insert(conn, table, rows: list[dict]) -> None:
    """``insert(table)`` of ``rows`` (dicts with the same keys), on SQLite run through
    the driver: SQLAlchemy processes each row's parameters one by one in Python, which
    was most of the writer's cost. The statement is SQLAlchemy's own, compiled once per
    call, and each value goes through its column type's converter (dates, sealed
    columns), so the stored values are the ones SQLAlchemy would write."""
    stmt = insert(table)
    if conn.dialect.name != "sqlite" or any(r.keys() != rows[0].keys() for r in rows):
        conn.execute(stmt, rows)
        return
    dialect = conn.dialect
    compiled = stmt.compile(dialect=dialect, column_keys=list(rows[0]))
    names = compiled.positiontup
    procs = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    pairs = list(zip(names, procs))
    conn.exec_driver_sql(str(compiled), [tuple(r[n] if p is None else p(r[n]) for n, p in pairs)
                                         for r in rows])


def _record_arrivals(conn, docs: list, user: str) -> None:
    """The custody entries ``custody.record_arrival`` writes, one per document,
    chained in one read of the chain's head and one insert."""
    from ..custody import arrival

    audit.append_many(conn, [arrival(document_id=doc.document_id, raw=doc.raw, media_type=doc.media_type,
                                     origin=doc.origin, url=doc.source.url, actor=user) for doc in docs])
