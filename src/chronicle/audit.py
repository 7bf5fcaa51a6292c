"""The append-only audit log of review actions, chained by hashes.

Each entry stores ``prev_hash`` (the hash of the entry before it; 64 zeros for
the first) and ``hash = sha256(prev_hash + canonical JSON of the entry)``.
Changing, removing or reordering any stored entry breaks the chain from that
point on, and ``verify`` names the first entry where it breaks.

The limit, plainly: the chain cannot see its own end. Whoever can write the
database can delete the newest entries (the tail) and what is left still
verifies, because nothing after the cut points back at what was removed.
Only a hash kept outside the database closes that gap: ``anchor`` gives the
current head (``chronicle audit anchor``); the analyst writes it down
elsewhere (a notebook, a signed e-mail), and ``verify(head=...)`` (``chronicle
audit verify --head HASH``) then fails if that entry is no longer in the chain.
Entries added after the anchor are not covered until the next anchor.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from typing import Any, Optional

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection, Engine

from .store.schema import audit_log

GENESIS = "0" * 64
# Fields that go into the hash, in the order they are stored.
HASHED = ("id", "at", "actor", "action", "event_id", "note", "before", "after")

# One writer at a time inside this process: the read of the last hash and the
# insert of the next entry must not interleave.
_lock = threading.Lock()


def canonical(obj: Any) -> str:
    """The one JSON spelling of a value: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    body = canonical({k: entry.get(k) for k in HASHED})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(conn: Connection, *, actor: str, action: str, event_id: Optional[str] = None,
           note: Optional[str] = None, before: Any = None, after: Any = None,
           document_id: Optional[str] = None) -> dict[str, Any]:
    """Add one entry inside the caller's transaction (so the change it records
    and its entry commit together) and return it. ``document_id`` files the entry
    under a document for custody lookups; it is not part of the hash (the hashed
    payload names the document itself)."""
    return append_many(conn, [dict(actor=actor, action=action, event_id=event_id, note=note, before=before,
                                   after=after, document_id=document_id)])[0]


def append_many(conn: Connection, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add entries (each with the keywords of ``append``) in order, chained, with one
    read of the chain's head and one insert: the ingest writer stores a batch this way."""
    with _lock:
        last = conn.execute(select(audit_log.c.id, audit_log.c.hash)
                            .order_by(audit_log.c.id.desc()).limit(1)).first()
        prev, next_id = (last.hash, last.id + 1) if last else (GENESIS, 1)
        out, rows = [], []
        for item in items:
            before, after = item.get("before"), item.get("after")
            entry = {
                "id": next_id,
                "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="microseconds"),
                "actor": item["actor"], "action": item["action"], "event_id": item.get("event_id"),
                "note": item.get("note"),
                "before": None if before is None else canonical(before),
                "after": None if after is None else canonical(after),
            }
            entry["prev_hash"] = prev
            entry["hash"] = prev = entry_hash(prev, entry)
            out.append(entry)
            rows.append(dict(entry, document_id=item.get("document_id")))
            next_id += 1
        if rows:
            conn.execute(insert(audit_log), rows)
        return out


def entries(engine: Engine, *, event_id: Optional[str] = None, limit: Optional[int] = None,
            newest_first: bool = False) -> list[dict[str, Any]]:
    q = select(audit_log)
    if event_id:
        q = q.where(audit_log.c.event_id == event_id)
    q = q.order_by(audit_log.c.id.desc() if newest_first else audit_log.c.id)
    if limit:
        q = q.limit(limit)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def anchor(engine: Engine) -> dict[str, Any]:
    """The head of the chain: the newest entry's id, time and hash (id 0 and
    the genesis hash while the log is empty)."""
    with engine.connect() as conn:
        last = conn.execute(select(audit_log.c.id, audit_log.c.at, audit_log.c.hash)
                            .order_by(audit_log.c.id.desc()).limit(1)).first()
    if not last:
        return {"id": 0, "at": None, "hash": GENESIS}
    return {"id": last.id, "at": last.at, "hash": last.hash}


def verify(engine: Engine, *, head: Optional[str] = None) -> Optional[dict[str, Any]]:
    """None when the whole chain holds; else the first broken entry, with a
    ``problem`` key saying what is wrong. With ``head`` (a hash from
    ``anchor``, recorded earlier outside the database) the chain must also
    still hold that entry: a cut tail is then caught."""
    return _verify_chain(engine, (head or "").strip().lower() or None)


def _verify_chain(engine: Engine, head: Optional[str]) -> Optional[dict[str, Any]]:
    prev = GENESIS
    expected_id = 1
    seen_head = head is None or head == GENESIS
    with engine.connect() as conn:
        for row in conn.execute(select(audit_log).order_by(audit_log.c.id)).mappings():
            entry = dict(row)
            if entry["id"] != expected_id:
                return {**entry, "problem": f"entry {expected_id} is missing"}
            if entry["prev_hash"] != prev:
                return {**entry, "problem": "prev_hash does not match the entry before"}
            if entry_hash(prev, entry) != entry["hash"]:
                return {**entry, "problem": "hash does not match the entry's content"}
            prev = entry["hash"]
            seen_head = seen_head or prev == head
            expected_id += 1
    if not seen_head:
        return {"id": expected_id, "at": None, "actor": None, "action": None,
                "problem": f"the anchored head {head[:16]}… is not in the log: entries from there on "
                           f"were removed (the log now ends at entry {expected_id - 1}), "
                           f"or the anchor is from another store"}
    return None
