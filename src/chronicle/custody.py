"""Chain of custody (the Berkeley Protocol's minimum) and ``chronicle verify``.

For every document the store keeps the original bytes (``documents.raw``),
their sha256 (the document id), where they came from (``origin``: the file
path, ``path:line`` or feed entry; ``url``), and when and by whom they came
in. Each ingest or import also writes an entry to the hash-chained audit log
(``audit.py``), so the custody record is protected by the same chain as the
review desk's later actions on the document's events.

``verify`` re-hashes every held original against its id, re-checks the
audit chain, and reports each document without a custody entry. Reference
documents (events imported without their text) hold no bytes: they are
reported as "original not held", which is a fact, not a mismatch.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Optional

from sqlalchemy import or_, select

from . import audit
from .store.schema import audit_log, documents, events

INGEST, IMPORT = "ingest", "import"


def record_arrival(conn, *, document_id: str, raw: bytes, media_type: str, origin: str,
                   url: Optional[str], actor: str, action: str = INGEST) -> dict[str, Any]:
    """The custody entry for a document that just entered the store, written
    inside the transaction that stores it (both commit or neither does)."""
    return audit.append(conn, **arrival(document_id=document_id, raw=raw, media_type=media_type,
                                        origin=origin, url=url, actor=actor, action=action))


def arrival(*, document_id: str, raw: bytes, media_type: str, origin: str, url: Optional[str],
            actor: str, action: str = INGEST) -> dict[str, Any]:
    """The audit entry's keywords for a document's arrival (``audit.append`` /
    ``audit.append_many``): its id, the hash of its bytes and where it came from."""
    after = {"document_id": document_id, "sha256": hashlib.sha256(raw).hexdigest() if raw else None,
             "bytes": len(raw), "media_type": media_type, "origin": origin, "url": url}
    return dict(actor=actor, action=action, note=f"document {document_id}", after=after, document_id=document_id)


def history(store, document_id: str) -> list[dict[str, Any]]:
    """Every audit entry about a document or one of its events, oldest first."""
    with store.engine.connect() as conn:
        ids = [r[0] for r in conn.execute(select(events.c.event_id).where(events.c.document_id == document_id))]
        q = select(audit_log).where(or_(audit_log.c.document_id == document_id,
                                        audit_log.c.event_id.in_(ids))).order_by(audit_log.c.id)
        return [dict(r) for r in conn.execute(q).mappings()]


@dataclass
class Report:
    documents: int = 0
    verified: int = 0
    not_held: list[str] = field(default_factory=list)  # reference documents
    mismatches: list[str] = field(default_factory=list)  # bytes that no longer hash to their id
    no_custody: list[str] = field(default_factory=list)  # stored before custody entries existed
    audit_entries: int = 0
    audit_problem: Optional[str] = None

    @property
    def ok(self) -> bool:
        return not self.mismatches and self.audit_problem is None

    def lines(self) -> list[str]:
        out = [f"{self.verified} of {self.documents} documents: original bytes match their sha256"]
        out += [f"MISMATCH {m}" for m in self.mismatches]
        out += [f"original not held (reference document): {d}" for d in self.not_held]
        if self.no_custody:
            out.append(f"{len(self.no_custody)} documents have no custody entry in the audit log "
                       f"(stored before custody logging): {', '.join(d[:12] for d in self.no_custody[:5])}")
        out.append(f"audit log BROKEN: {self.audit_problem}" if self.audit_problem
                   else f"audit log intact: {self.audit_entries} entries, hash chain verified")
        return out


def verify(store) -> Report:
    """Re-hash the evidence store and the audit chain; never raises on bad data."""
    from .interchange import REFERENCE_MEDIA_TYPE

    rep = Report()
    custody = _custody_ids(store, rep)
    with store.engine.connect() as conn:
        for doc_id, media_type in conn.execute(select(documents.c.document_id, documents.c.media_type)
                                               .order_by(documents.c.document_id)).all():
            rep.documents += 1
            if doc_id not in custody:
                rep.no_custody.append(doc_id)
            if media_type == REFERENCE_MEDIA_TYPE:
                rep.not_held.append(doc_id)
                continue
            try:  # one row at a time: originals can be large
                raw = conn.execute(select(documents.c.raw).where(documents.c.document_id == doc_id)).scalar_one()
            except Exception as exc:  # a sealed value that fails its tag
                rep.mismatches.append(f"{doc_id}: cannot be read ({exc})")
                continue
            actual = hashlib.sha256(raw).hexdigest()
            if actual == doc_id:
                rep.verified += 1
            else:
                rep.mismatches.append(f"{doc_id}: stored bytes hash to {actual}")
    return rep


def _custody_ids(store, rep: Report) -> set[str]:
    """Check the chain, and that each entry's document_id column agrees with
    its hashed payload (the column is outside the hash)."""
    try:
        broken = audit.verify(store.engine)
    except Exception as exc:
        rep.audit_problem = f"cannot be read ({exc})"
        return set()
    if broken:
        rep.audit_problem = f"entry {broken['id']}: {broken['problem']}"
    ids: set[str] = set()
    for e in audit.entries(store.engine):
        rep.audit_entries += 1
        if e.get("document_id") is None:
            continue
        payload = json.loads(e["after"]) if e.get("after") else {}
        if payload.get("document_id") != e["document_id"] and rep.audit_problem is None:
            rep.audit_problem = f"entry {e['id']}: document_id does not match its hashed payload"
        ids.add(e["document_id"])
    return ids
