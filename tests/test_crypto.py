"""Encryption at rest: the file holds no readable phrase, the key is checked,
rotation keeps the data, and every reader of the store sees plain values."""
from __future__ import annotations

from pathlib import Path

import pytest

from chronicle import audit, crypto
from chronicle.records import Analysis, Document, Source
from chronicle.store import Store, StoreError

from conftest import keyword_pipeline

# Small argon2id cost: the tests exercise the code, not the attacker's bill.
FAST = {"time_cost": 1, "memory_kib": 1024, "parallelism": 1}
PHRASES = ["Kim Kwang Ho", "Hoeryong", "김철수", "the bridge over the Tumen", "Tumen"]
TEXT = ("Agents visited Kim Kwang Ho at home in Hoeryong. They warned his wife near the bridge "
        "over the Tumen. 보위부는 김철수 씨의 집을 찾아갔다.")


def _doc(text: str = TEXT, title: str = "Kim Kwang Ho's family pressed") -> Document:
    return Document(raw=text.encode("utf-8"), text=text, origin="/reports/hoeryong.txt",
                    media_type="text/plain", source=Source(title=title, language="en"))


def _file_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def _encrypted_store(tmp_path, monkeypatch, secret="correct horse") -> tuple[Store, Path]:
    monkeypatch.setenv("CHRONICLE_PASSPHRASE", secret)
    db = tmp_path / "enc.db"
    s = Store.open(str(db))
    crypto.enable(s.engine, secret, FAST)
    s.close()
    return Store.open(str(db)), db


def test_plain_store_holds_the_phrase_so_the_grep_test_can_fail(tmp_path, monkeypatch):
    monkeypatch.delenv("CHRONICLE_PASSPHRASE", raising=False)
    db = tmp_path / "plain.db"
    s = Store.open(str(db))
    s.save(keyword_pipeline(_doc()))
    s.close()
    assert b"Kim Kwang Ho" in _file_bytes(db)


def test_encrypted_store_file_holds_no_phrase(tmp_path, monkeypatch):
    s, db = _encrypted_store(tmp_path, monkeypatch)
    assert s.save(keyword_pipeline(_doc()))
    with s.engine.begin() as conn:  # the review desk's audit payloads are sealed too
        audit.append(conn, actor="ana", action="edit", event_id="e1",
                     before={"text": "Kim Kwang Ho"}, after={"text": "the bridge over the Tumen"})
    s.close()
    blob = _file_bytes(db)
    for phrase in PHRASES:
        assert phrase.encode("utf-8") not in blob, phrase
    # ... and with the key, every reader sees plain values.
    s = Store.open(str(db))
    doc = s.document(_doc().document_id)
    assert doc["text"] == TEXT and doc["raw"] == TEXT.encode() and doc["title"].startswith("Kim")
    recs = list(s.event_records())
    assert {r["type"] for r in recs} == {"VISIT", "THREATEN"}
    assert audit.verify(s.engine) is None
    assert [h["ref"] for h in s.search("Tumen bridge")] == [r["event_id"] for r in recs if "Tumen" in r["evidence"]["text"]]
    assert s.search("Tumen", kind="document")[0]["document_id"] == doc["document_id"]
    s.close()


def test_existing_plain_contents_are_sealed_on_enable(tmp_path, monkeypatch):
    monkeypatch.setenv("CHRONICLE_PASSPHRASE", "pw-1")
    db = tmp_path / "later.db"
    s = Store.open(str(db))
    s.save(keyword_pipeline(_doc()))
    crypto.enable(s.engine, "pw-1", FAST)
    s.close()
    blob = _file_bytes(db)
    for phrase in PHRASES:
        assert phrase.encode("utf-8") not in blob, phrase
    s = Store.open(str(db))
    assert s.document(_doc().document_id)["text"] == TEXT
    assert len(list(s.event_records())) == 2


def test_wrong_or_missing_passphrase_cannot_open(tmp_path, monkeypatch):
    s, db = _encrypted_store(tmp_path, monkeypatch)
    s.save(keyword_pipeline(_doc()))
    s.close()
    monkeypatch.setenv("CHRONICLE_PASSPHRASE", "wrong")
    with pytest.raises(StoreError, match="wrong passphrase"):
        Store.open(str(db))
    monkeypatch.delenv("CHRONICLE_PASSPHRASE")
    with pytest.raises(StoreError, match="CHRONICLE_PASSPHRASE"):
        Store.open(str(db))


def test_rekey_rotates_the_key_and_keeps_the_data(tmp_path, monkeypatch):
    s, db = _encrypted_store(tmp_path, monkeypatch, secret="old-pass")
    s.save(keyword_pipeline(_doc()))
    old_blob = _file_bytes(db)
    crypto.rekey(s.engine, "old-pass", "new-pass", FAST)
    s.close()
    monkeypatch.setenv("CHRONICLE_PASSPHRASE", "old-pass")
    with pytest.raises(StoreError, match="wrong passphrase"):
        Store.open(str(db))
    monkeypatch.setenv("CHRONICLE_PASSPHRASE", "new-pass")
    s = Store.open(str(db))
    assert s.document(_doc().document_id)["text"] == TEXT
    assert len(list(s.event_records())) == 2
    assert _file_bytes(db) != old_blob


def test_sealed_value_is_bound_to_its_column_and_tamper_evident():
    c = crypto.derive("pw", crypto.new_kdf(FAST))
    sealed = c.seal_text("Kim Kwang Ho", "events.record")
    assert c.open_text(sealed, "events.record") == "Kim Kwang Ho"
    with pytest.raises(crypto.CryptoError):
        c.open_text(sealed, "documents.text")  # moved to another column
    flipped = sealed[:-4] + ("AAAA" if sealed[-4:] != "AAAA" else "BBBB")
    with pytest.raises(crypto.CryptoError):
        c.open_text(flipped, "events.record")


def test_enable_twice_and_rekey_of_plain_store_are_refused(tmp_path, monkeypatch):
    s, _ = _encrypted_store(tmp_path, monkeypatch)
    with pytest.raises(crypto.CryptoError, match="already encrypted"):
        crypto.enable(s.engine, "x", FAST)
    plain = Store.open(str(tmp_path / "p.db"))
    with pytest.raises(crypto.CryptoError, match="not encrypted"):
        crypto.rekey(plain.engine, "a", "b", FAST)
