"""Chain of custody: an audit entry per ingested or imported document, and
``verify`` finding altered originals, a broken chain, and reference documents."""
from __future__ import annotations

import json

import sqlalchemy as sa

from chronicle import audit
from chronicle.custody import history, verify
from chronicle.records import Document, Source

from conftest import keyword_pipeline


def _doc(text="Agents visited the family in Musan. They warned the mother.", origin="/r/musan.txt"):
    return Document(raw=text.encode(), text=text, origin=origin, media_type="text/plain",
                    source=Source(url="https://example.org/musan", language="en"))


def test_ingest_writes_a_custody_entry_with_hash_origin_and_actor(store):
    doc = _doc()
    store.save(keyword_pipeline(doc), ingested_by="analyst-1")
    [entry] = history(store, doc.document_id)
    assert (entry["action"], entry["actor"], entry["document_id"]) == ("ingest", "analyst-1", doc.document_id)
    after = json.loads(entry["after"])
    assert after["sha256"] == doc.document_id and after["origin"] == "/r/musan.txt"
    assert after["url"] == "https://example.org/musan" and after["bytes"] == len(doc.raw)
    rep = verify(store)
    assert rep.ok and rep.verified == 1 and rep.audit_entries == 1 and not rep.no_custody


def test_later_actions_on_events_join_the_history(store):
    doc = _doc()
    store.save(keyword_pipeline(doc))
    ev = next(store.event_records())
    with store.engine.begin() as conn:
        audit.append(conn, actor="rev", action="accept", event_id=ev["event_id"])
    assert [e["action"] for e in history(store, doc.document_id)] == ["ingest", "accept"]


def test_verify_reports_altered_bytes(store):
    doc = _doc()
    store.save(keyword_pipeline(doc))
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE documents SET raw = :r"), {"r": b"tampered"})
    rep = verify(store)
    assert not rep.ok and rep.mismatches and doc.document_id in rep.mismatches[0]


def test_verify_reports_a_broken_chain(store):
    store.save(keyword_pipeline(_doc()))
    store.save(keyword_pipeline(_doc("Agents arrested a broker in Hyesan.", "/r/hyesan.txt")))
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET actor = 'someone else' WHERE id = 1"))
    rep = verify(store)
    assert not rep.ok and "entry 1" in rep.audit_problem


def test_reference_documents_are_not_held_not_mismatched(store):
    rec = {"event_id": "e" * 32, "document_id": "d" * 64, "type": "VISIT", "status": "reported",
           "certainty": "stated", "evidence": {"text": "agents visited", "start": 0, "end": 14},
           "source": {"url": "https://example.org/x"}}
    assert store.import_record(rec, "hand-coded.jsonl")
    rep = verify(store)
    assert rep.ok and rep.not_held == ["d" * 64] and rep.verified == 0
    assert history(store, "d" * 64)[0]["action"] == "import"
    assert any("original not held" in line for line in rep.lines())
