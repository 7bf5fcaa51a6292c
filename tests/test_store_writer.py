"""The batched ingest writer (store/writer.py): a batch stored in one statement
per table leaves the store as saving its documents one by one does, writes
the custody entries ``custody.record_arrival`` writes, and a batch that fails
midway stores nothing and can simply be saved again."""
from __future__ import annotations

import sqlalchemy as sa

import chronicle.store.writer as writer_mod
from chronicle import audit, custody
from chronicle.records import Document, Source
from chronicle.store import Store, event_rows_of

from conftest import keyword_pipeline

TEXTS = ["Agents visited the home of a defector's mother in Musan. They warned her twice.",
         "Police arrested two traders in Hoeryong. Guards forced them to confess.",
         "Officials visited a school. Nothing else happened."]
# Values that legitimately differ between two runs.
VOLATILE = {"ingested_at", "created_at", "updated_at", "at", "hash", "prev_hash"}


def doc(text: str, origin: str) -> Document:
    return Document(raw=text.encode("utf-8"), text=text, source=Source(language="en", outlet="Test Wire"),
                    origin=origin, media_type="text/plain")


def contents(store: Store) -> dict[str, list]:
    out = {}
    with store.engine.connect() as conn:
        for table, order in (("documents", "document_id"), ("events", "event_id"), ("ingest_log", "id"),
                             ("audit_log", "id"), ("search_index", "rowid")):
            rows = conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY {order}")).mappings()
            out[table] = [{k: v for k, v in r.items() if k not in VOLATILE} for r in rows]
    return out


def batch() -> list:
    docs = [doc(t, f"{i}.txt") for i, t in enumerate(TEXTS)]
    return [keyword_pipeline(d) for d in docs] + [keyword_pipeline(doc(TEXTS[0], "again.txt"))]


def test_a_batch_leaves_the_store_as_one_by_one_saves_do(tmp_path):
    batched, single = Store.open(str(tmp_path / "a.db")), Store.open(str(tmp_path / "b.db"))
    assert batched.save_many(batch()) == [True, True, True, False]
    assert [single.save(a) for a in batch()] == [True, True, True, False]
    got, want = contents(batched), contents(single)
    assert got == want
    assert len(got["events"]) == 5 and len(got["audit_log"]) == 3
    assert [r["outcome"] for r in got["ingest_log"]] == ["stored", "stored", "stored", "duplicate"]
    assert audit.verify(batched.engine) is None  # the chain built in one go holds


def test_custody_entries_are_those_record_arrival_writes(tmp_path):
    batched, by_hand = Store.open(str(tmp_path / "a.db")), Store.open(str(tmp_path / "b.db"))
    analyses = batch()[:3]
    batched.save_many(analyses, ingested_by="analyst")
    with by_hand.engine.begin() as conn:
        for a in analyses:
            d = a.document
            custody.record_arrival(conn, document_id=d.document_id, raw=d.raw, media_type=d.media_type,
                                   origin=d.origin, url=d.source.url, actor="analyst")
    assert contents(batched)["audit_log"] == contents(by_hand)["audit_log"]
    report = custody.verify(batched)
    assert report.ok and report.verified == 3 and not report.no_custody


def test_a_batch_failing_midway_stores_nothing_and_is_saved_on_a_rerun(tmp_path, monkeypatch):
    store = Store.open(str(tmp_path / "a.db"))
    store.save(keyword_pipeline(doc("Agents arrested a broker.", "first.txt")))
    before = contents(store)
    # Fails after the documents, custody and events rows of the batch went in.
    monkeypatch.setattr(writer_mod, "_INDEX", sa.text(
        "INSERT INTO no_such_index (kind, ref, document_id, body) VALUES (:kind, :ref, :document_id, :body)"))
    try:
        store.save_many(batch())
        raise AssertionError("the failing index insert was not reached")
    except sa.exc.OperationalError:
        pass
    assert contents(store) == before  # no document half-written, no custody entry without its document
    monkeypatch.undo()
    assert store.save_many(batch()) == [True, True, True, False]
    assert len(contents(store)["documents"]) == 4
    assert audit.verify(store.engine) is None


def test_event_rows_made_by_a_worker_are_stored_as_made_here(tmp_path):
    sent, here = Store.open(str(tmp_path / "a.db")), Store.open(str(tmp_path / "b.db"))
    analyses = batch()[:3]
    for a in analyses:
        a.notes["event_rows"] = [event_rows_of(ev.to_record(a.document.source)) for ev in a.events]
    sent.save_many(analyses)
    here.save_many(batch()[:3])
    assert contents(sent)["events"] == contents(here)["events"]
    assert len(contents(sent)["events"]) == 5


def test_rows_written_through_the_driver_are_those_sqlalchemy_writes(tmp_path):
    # SQLite inserts skip SQLAlchemy's per-row work (writer._insert); every column type's
    # converter still applies: the same values, types and timestamp format, read back raw.
    import datetime as dt

    from chronicle.store.schema import documents

    now = dt.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=dt.timezone.utc)
    rows = [dict(document_id=f"{i:064x}", raw=b"\x00raw\xff", text="본문 text", media_type="text/plain",
                 origin=f"{i}.txt", url=None, outlet="Test Wire", title=None, published="2014-09-01",
                 language="ko", ingested_at=now, ingested_by="analyst", duplicate_of=None) for i in range(3)]
    fast, plain = Store.open(str(tmp_path / "a.db")), Store.open(str(tmp_path / "b.db"))
    with fast.engine.begin() as conn:
        writer_mod._insert(conn, documents, rows)
    with plain.engine.begin() as conn:
        conn.execute(sa.insert(documents), rows)

    def raw(store):
        with store.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT *, typeof(raw), typeof(ingested_at) FROM documents "
                                        "ORDER BY document_id").all()
    got = raw(fast)
    assert got == raw(plain) and len(got) == 3
    assert got[0][-2:] == ("blob", "text") and got[0][1] == b"\x00raw\xff"
