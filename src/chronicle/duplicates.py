"""Near-duplicate documents: syndicated copies, re-posts with another header,
the same text at two URLs. MinHash signatures with LSH (datasketch) find them
without comparing all pairs; a near-duplicate is stored and linked to the
document it copies, but not extracted twice."""
from __future__ import annotations

import re
from typing import Optional

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import select

from .store import Store
from .store.schema import document_signatures, documents

NUM_PERM = 64
THRESHOLD = 0.7  # estimated Jaccard of word 3-shingles
MIN_WORDS = 25  # shorter texts share too few shingles to judge

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {" ".join(words[i:i + 3]) for i in range(max(0, len(words) - 2))}


def signature(text: str) -> Optional[MinHash]:
    sh = shingles(text)
    if len(sh) < MIN_WORDS:
        return None
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch([s.encode("utf-8") for s in sh])
    return mh


def to_bytes(mh: MinHash) -> bytes:
    return mh.hashvalues.astype(np.uint64).tobytes()


def from_bytes(raw: bytes) -> MinHash:
    # datasketch >= 2 must be told which hashing scheme made the stored values.
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(raw, dtype=np.uint64).copy(), scheme="affine32")


class NearDuplicateIndex:
    """The LSH index over every stored original (not over copies: a copy of a
    copy links to the original)."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, MinHash] = {}

    @classmethod
    def from_store(cls, store: Store) -> "NearDuplicateIndex":
        index = cls()
        q = (select(document_signatures.c.document_id, document_signatures.c.minhash)
             .join(documents, documents.c.document_id == document_signatures.c.document_id)
             .where(documents.c.duplicate_of.is_(None)))
        with store.engine.connect() as conn:
            for doc_id, raw in conn.execute(q):
                index.add(doc_id, from_bytes(raw))
        return index

    def add(self, document_id: str, mh: MinHash) -> None:
        if document_id not in self.signatures:
            self.signatures[document_id] = mh
            self.lsh.insert(document_id, mh)

    def match(self, mh: Optional[MinHash]) -> Optional[tuple[str, float]]:
        """The stored original this signature copies, with the estimated Jaccard."""
        if mh is None:
            return None
        best = None
        for doc_id in self.lsh.query(mh):
            score = mh.jaccard(self.signatures[doc_id])
            if score >= THRESHOLD and (best is None or (score, doc_id) > (best[1], best[0])):
                best = (doc_id, score)
        return best
