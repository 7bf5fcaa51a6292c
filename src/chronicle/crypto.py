"""Encryption at rest (opt-in: ``chronicle init --encrypt``).

A key is derived from a passphrase with argon2id; values are sealed with
AES-256-GCM (a fresh 96-bit nonce per value, the column name as associated
data so a sealed value cannot be moved to another column unnoticed).

What is sealed: documents.raw, documents.text, documents.title, events.record
(it holds evidence text and names) and the audit log's before/after payloads.
The columns are declared with ``SealedText``/``SealedBytes`` in
``store/schema.py``: they seal on write and open on read whenever a key is
attached to the engine, so every module that reads the store through
SQLAlchemy Core sees plain values and the file holds none.

The full-text index cannot be both searchable and unreadable, so an
encrypted store indexes nothing: a guard drops every write to
``search_index`` and ``Store.search`` falls back to a scan of opened records
(slower, fine for the few thousand reports a small team keeps).

The ``settings`` table keeps the KDF parameters (``crypto.kdf``) and a
key-check value (``crypto.check``): a wrong passphrase is told apart from
damaged data. There is no recovery: a lost passphrase loses the store.
"""
from __future__ import annotations

import base64
import getpass
import json
import os
import sys
import weakref
from dataclasses import dataclass
from typing import Any, Optional

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import LargeBinary, Text, event, text as sql
from sqlalchemy.engine import Engine
from sqlalchemy.types import TypeDecorator

TEXT_PREFIX = "chronicle:enc1:"
BYTES_PREFIX = b"\x00chronicle:enc1:"
KDF_KEY, CHECK_KEY = "crypto.kdf", "crypto.check"
_CHECK_PLAIN = "chronicle key check"
# argon2id at RFC 9106's second recommended setting (64 MiB, 3 passes).
DEFAULT_KDF = {"alg": "argon2id", "time_cost": 3, "memory_kib": 65536, "parallelism": 4}
# (table, key column, sealed column) for every sealed value: what rekey rewrites.
SEALED_COLUMNS = (("documents", "document_id", "raw"), ("documents", "document_id", "text"),
                  ("documents", "document_id", "title"), ("events", "event_id", "record"),
                  ("audit_log", "id", "before"), ("audit_log", "id", "after"))


class CryptoError(RuntimeError):
    """Wrong passphrase, missing passphrase, or a sealed value that fails its tag."""


@dataclass(frozen=True)
class Cipher:
    key: bytes

    def seal(self, data: bytes, label: str) -> bytes:
        nonce = os.urandom(12)
        return nonce + AESGCM(self.key).encrypt(nonce, data, label.encode())

    def open(self, blob: bytes, label: str) -> bytes:
        try:
            return AESGCM(self.key).decrypt(blob[:12], blob[12:], label.encode())
        except InvalidTag:
            raise CryptoError(f"a sealed value in {label} fails its check: wrong key or altered data") from None

    def seal_text(self, value: str, label: str) -> str:
        return TEXT_PREFIX + base64.b64encode(self.seal(value.encode("utf-8"), label)).decode("ascii")

    def open_text(self, value: str, label: str) -> str:
        return self.open(base64.b64decode(value[len(TEXT_PREFIX):]), label).decode("utf-8")


def derive(passphrase: str, kdf: dict[str, Any]) -> Cipher:
    from argon2.low_level import Type, hash_secret_raw

    if kdf.get("alg") != "argon2id":
        raise CryptoError(f"unknown key derivation {kdf.get('alg')!r}")
    key = hash_secret_raw(passphrase.encode("utf-8"), base64.b64decode(kdf["salt"]),
                          time_cost=kdf["time_cost"], memory_cost=kdf["memory_kib"],
                          parallelism=kdf["parallelism"], hash_len=32, type=Type.ID)
    return Cipher(key)


def new_kdf(params: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    return {**DEFAULT_KDF, **(params or {}), "salt": base64.b64encode(os.urandom(16)).decode()}


# -- the key attached to an engine ---------------------------------------------
# Keyed by the engine's dialect object: a TypeDecorator sees only the dialect,
# and each engine has its own.
_ciphers: "weakref.WeakKeyDictionary[Any, Cipher]" = weakref.WeakKeyDictionary()


def cipher_of(engine: Engine) -> Optional[Cipher]:
    return _ciphers.get(engine.dialect)


def is_encrypted(engine: Engine) -> bool:
    return _setting(engine, KDF_KEY) is not None


class _Sealed(TypeDecorator):

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def coerce_compared_value(self, op, value):
        # A LIKE pattern or an equality operand is plain: never seal it.
        return self.impl_instance.__class__()


class SealedText(_Sealed):
    impl = Text
    cache_ok = True  # the label is a plain string

    def process_bind_param(self, value, dialect):
        c = _ciphers.get(dialect)
        return c.seal_text(value, self.label) if c is not None and value is not None else value

    def process_result_value(self, value, dialect):
        if isinstance(value, str) and value.startswith(TEXT_PREFIX):
            return _need(dialect).open_text(value, self.label)
        return value


class SealedBytes(_Sealed):
    impl = LargeBinary
    cache_ok = True

    def process_bind_param(self, value, dialect):
        c = _ciphers.get(dialect)
        return BYTES_PREFIX + c.seal(bytes(value), self.label) if c is not None and value is not None else value

    def process_result_value(self, value, dialect):
        if value is not None and bytes(value[:len(BYTES_PREFIX)]) == BYTES_PREFIX:
            return _need(dialect).open(bytes(value[len(BYTES_PREFIX):]), self.label)
        return value


def _need(dialect) -> Cipher:
    c = _ciphers.get(dialect)
    if c is None:
        raise CryptoError("this store is encrypted and no key is attached")
    return c


def _setting(engine_or_conn, key: str) -> Optional[str]:
    try:
        if isinstance(engine_or_conn, Engine):
            with engine_or_conn.connect() as conn:
                return conn.execute(sql("SELECT value FROM settings WHERE key = :k"), {"k": key}).scalar()
        return engine_or_conn.execute(sql("SELECT value FROM settings WHERE key = :k"), {"k": key}).scalar()
    except Exception:  # no settings table yet (a store not migrated)
        return None


def passphrase(prompt: str = "passphrase", *, env: str = "CHRONICLE_PASSPHRASE", confirm: bool = False) -> str:
    """From the environment, else asked on the terminal; never from a file."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CryptoError(f"this needs a passphrase: set {env} or run it in a terminal")
    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{prompt} (again): ") != value:
        raise CryptoError("the two passphrases differ")
    if not value:
        raise CryptoError("an empty passphrase protects nothing")
    return value


def attach(engine: Engine, secret: Optional[str] = None) -> Optional[Cipher]:
    """Called when a store opens: nothing for a plain store; for an encrypted
    one, derive the key (``secret`` or CHRONICLE_PASSPHRASE or a prompt),
    check it, and attach it to the engine."""
    kdf = _setting(engine, KDF_KEY)
    if kdf is None:
        return None
    cipher = derive(secret if secret is not None else passphrase(), json.loads(kdf))
    try:
        cipher.open_text(_setting(engine, CHECK_KEY) or "", "settings.check")
    except Exception:
        raise CryptoError("wrong passphrase for this store") from None
    _install(engine, cipher)
    return cipher


def _install(engine: Engine, cipher: Cipher) -> None:
    first = engine.dialect not in _ciphers
    _ciphers[engine.dialect] = cipher
    if first:
        event.listen(engine, "before_cursor_execute", _no_plain_index, retval=True)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _secure_delete)
            engine.dispose()  # pooled connections get the pragma too


def _secure_delete(dbapi_conn, _record) -> None:
    # Deleted and overwritten rows are zeroed, so old plain text does not linger in free pages.
    dbapi_conn.execute("PRAGMA secure_delete=ON")


def _no_plain_index(conn, cursor, statement, parameters, context, executemany):
    """The full-text index holds plain words: in an encrypted store, every
    write to it (by the store or by any other module) becomes a no-op."""
    head = statement.lstrip().upper()
    if head.startswith("INSERT INTO SEARCH_INDEX") and not head.startswith("INSERT INTO SEARCH_INDEX(SEARCH_INDEX)"):
        # The same number of executions, with no values bound: nothing plain reaches the driver.
        return "DELETE FROM search_index WHERE 0", ([()] * len(parameters) if executemany else ())
    return statement, parameters


# -- enabling and rotating -----------------------------------------------------
def enable(engine: Engine, secret: str, kdf_params: Optional[dict[str, Any]] = None) -> Cipher:
    """Encrypt a store: everything already in it is sealed, the index emptied."""
    if is_encrypted(engine):
        raise CryptoError("this store is already encrypted (use rekey to change the passphrase)")
    return _reseal(engine, None, secret, kdf_params)


def rekey(engine: Engine, old_secret: str, new_secret: str,
          kdf_params: Optional[dict[str, Any]] = None) -> Cipher:
    """Key rotation: a new salt and key, every sealed value opened with the old
    key and sealed with the new one in one transaction."""
    old = attach(engine, old_secret)
    if old is None:
        raise CryptoError("this store is not encrypted (use init --encrypt)")
    return _reseal(engine, old, new_secret, kdf_params)


def _reseal(engine: Engine, old: Optional[Cipher], secret: str,
            kdf_params: Optional[dict[str, Any]]) -> Cipher:
    if not secret:
        raise CryptoError("an empty passphrase protects nothing")
    kdf = new_kdf(kdf_params)
    new = derive(secret, kdf)
    with engine.begin() as conn:
        for table, key, col in SEALED_COLUMNS:
            label = f"{table}.{col}"
            rows = conn.execute(sql(f"SELECT {key}, {col} FROM {table} WHERE {col} IS NOT NULL")).all()
            for row_key, value in rows:
                conn.execute(sql(f"UPDATE {table} SET {col} = :v WHERE {key} = :k"),
                             {"v": _reseal_value(value, old, new, label), "k": row_key})
        if engine.dialect.name == "sqlite":
            conn.execute(sql("DELETE FROM search_index"))
            # FTS5 keeps deleted terms in its segments until they are merged.
            conn.execute(sql("INSERT INTO search_index(search_index) VALUES ('optimize')"))
        for k, v in ((KDF_KEY, json.dumps(kdf)), (CHECK_KEY, new.seal_text(_CHECK_PLAIN, "settings.check"))):
            conn.execute(sql("DELETE FROM settings WHERE key = :k"), {"k": k})
            conn.execute(sql("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": k, "v": v})
    _install(engine, new)
    if engine.dialect.name == "sqlite":
        # Rewrite the file so no page keeps the old plain text or old ciphertext.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sql("VACUUM"))
            conn.execute(sql("PRAGMA wal_checkpoint(TRUNCATE)"))
    return new


def _reseal_value(value: Any, old: Optional[Cipher], new: Cipher, label: str) -> Any:
    if isinstance(value, (bytes, memoryview)):
        value = bytes(value)
        if value.startswith(BYTES_PREFIX):
            value = _need_old(old).open(value[len(BYTES_PREFIX):], label)
        return BYTES_PREFIX + new.seal(value, label)
    if value.startswith(TEXT_PREFIX):
        value = _need_old(old).open_text(value, label)
    return new.seal_text(value, label)


def _need_old(old: Optional[Cipher]) -> Cipher:
    if old is None:
        raise CryptoError("sealed values in a store without a key: the store is damaged")
    return old


# -- search without an index -----------------------------------------------------
def scan_search(store, query: str, *, kind: str = "event", limit: int = 50) -> list[dict[str, Any]]:
    """Case-insensitive search over opened values, every query word required:
    what ``Store.search`` does in an encrypted store."""
    words = [w.casefold() for w in query.split() if w.strip()]
    if not words:
        return []
    hits: list[dict[str, Any]] = []
    if kind == "event":
        for rec in store.event_records():
            body = rec["evidence"]["text"]
            if all(w in body.casefold() for w in words):
                hits.append({"ref": rec["event_id"], "document_id": rec["document_id"], "snippet": body[:200]})
                if len(hits) >= limit:
                    break
    else:
        for meta in store.documents():
            doc = store.document(meta["document_id"])
            body = f"{doc.get('title') or ''}\n{doc['text']}"
            if all(w in body.casefold() for w in words):
                hits.append({"ref": doc["document_id"], "document_id": doc["document_id"],
                             "snippet": doc["text"][:200]})
                if len(hits) >= limit:
                    break
    return hits
