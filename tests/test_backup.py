"""Backup and restore: a consistent, verified copy taken while a writer is busy."""
from __future__ import annotations

import threading

import pytest

from chronicle import crypto
from chronicle.backup import BackupError, backup, restore
from chronicle.records import Document, Source
from chronicle.store import Store

from conftest import keyword_pipeline


def _doc(i: int) -> Document:
    text = f"Report {i}: agents visited family {i} in Hoeryong. They warned them."
    return Document(raw=text.encode(), text=text, origin=f"/r/{i}.txt", media_type="text/plain",
                    source=Source(language="en"))


def test_backup_while_writing_is_consistent_and_restores(tmp_path):
    live = Store.open(str(tmp_path / "live.db"))
    for i in range(5):
        live.save(keyword_pipeline(_doc(i)))
    stop = threading.Event()

    def writer():  # the app keeps ingesting during the copy
        i = 100
        while not stop.is_set() and i < 400:
            live.save(keyword_pipeline(_doc(i)))
            i += 1

    t = threading.Thread(target=writer)
    t.start()
    try:
        rep = backup(live, tmp_path / "copy.db")
    finally:
        stop.set()
        t.join()
    assert rep.ok and rep.verified >= 5 and rep.audit_entries == rep.documents  # one custody entry each
    with pytest.raises(BackupError, match="exists"):
        backup(live, tmp_path / "copy.db")
    restored = restore(tmp_path / "copy.db", tmp_path / "restored.db")
    s = Store.open(str(tmp_path / "restored.db"))
    assert restored.ok and len(s.documents()) == rep.documents
    assert s.count_events() == 2 * rep.documents  # no document without its events
    with pytest.raises(BackupError, match="--force"):
        restore(tmp_path / "copy.db", tmp_path / "restored.db")


def test_encrypted_backup_stays_sealed_and_needs_the_passphrase(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONICLE_PASSPHRASE", "pw")
    live = Store.open(str(tmp_path / "live.db"))
    crypto.enable(live.engine, "pw", {"time_cost": 1, "memory_kib": 1024, "parallelism": 1})
    live.save(keyword_pipeline(_doc(1)))
    backup(live, tmp_path / "b.db")
    assert b"Hoeryong" not in (tmp_path / "b.db").read_bytes()
    monkeypatch.setenv("CHRONICLE_PASSPHRASE", "nope")
    with pytest.raises(BackupError, match="wrong passphrase"):
        restore(tmp_path / "b.db", tmp_path / "r.db")


def test_backup_refuses_a_damaged_store(tmp_path):
    import sqlalchemy as sa

    live = Store.open(str(tmp_path / "live.db"))
    live.save(keyword_pipeline(_doc(1)))
    with live.engine.begin() as conn:
        conn.execute(sa.text("UPDATE documents SET raw = x'00'"))
    with pytest.raises(BackupError, match="does not verify"):
        backup(live, tmp_path / "b.db")
    assert not (tmp_path / "b.db").exists()
