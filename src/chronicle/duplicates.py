"""Near-duplicate documents: syndicated copies, re-posts with another header,
the same text at two URLs. MinHash signatures with LSH (datasketch's banding)
find them without comparing all pairs; a near-duplicate is stored and linked
to the document it copies, but not extracted twice.

The LSH buckets of stored originals live in the store (``document_bands``,
migration 0010, written with the signature in ``Store.save``): a check looks
its signature's band keys up there, so memory does not grow with the corpus.
Only originals added in this run and not yet stored are held in memory."""
from __future__ import annotations

import hashlib
import re
from typing import Optional, Union

import numpy as np
from datasketch import MinHash, MinHashLSH
from sqlalchemy import bindparam, select, text

from .store import Store
from .store.schema import document_signatures

NUM_PERM = 64
THRESHOLD = 0.7  # estimated Jaccard of word 3-shingles
MIN_WORDS = 25  # shorter texts share too few shingles to judge
# datasketch's own choice of (bands, rows) for this threshold: the candidates are
# the ones its MinHashLSH would give (8 bands of 8 hash values)
_LSH = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
BANDS, ROWS = _LSH.b, _LSH.r
del _LSH
PRUNE_EVERY = 256  # in-memory originals checked against the store (then dropped) this often

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


def band_keys(raw: bytes) -> list[int]:
    """One signed 64-bit key per LSH band of a stored signature (``to_bytes``):
    the band's number and its hash values, hashed. Two signatures share a key
    exactly when they agree on a whole band (as datasketch buckets them)."""
    width = ROWS * 8
    return [int.from_bytes(hashlib.blake2b(bytes([i]) + raw[i * width:(i + 1) * width],
                                           digest_size=8).digest(), "little", signed=True)
            for i in range(BANDS)]


Signature = Union[MinHash, bytes]  # a MinHash, or its hash values as ``to_bytes`` gives them


def _values(mh: Signature) -> np.ndarray:
    """The hash values alone: the index compares values, and a MinHash built
    from stored bytes (``from_bytes``) costs ~1 ms of permutation setup."""
    return np.frombuffer(mh, dtype=np.uint64) if isinstance(mh, bytes) else mh.hashvalues.astype(np.uint64)


# A new signature's candidates: stored originals sharing one of its band keys.
_CANDIDATES = text(
    "SELECT s.document_id, s.minhash FROM document_signatures s WHERE s.document_id IN "
    "(SELECT b.document_id FROM document_bands b WHERE b.band_key IN :keys)"
).bindparams(bindparam("keys", expanding=True))


class NearDuplicateIndex:
    """Originals a signature may copy: those in the store (looked up by band
    key) and those added in this run that the store does not hold yet (not
    copies: a copy of a copy links to the original). Signatures are MinHashes
    or their ``to_bytes`` form (what a worker process sends)."""

    def __init__(self, store: Optional[Store] = None) -> None:
        self.store = store
        self.signatures: dict[str, np.ndarray] = {}  # added, not yet seen in the store
        self.buckets: dict[int, list[str]] = {}  # their band keys

    @classmethod
    def from_store(cls, store: Store) -> "NearDuplicateIndex":
        return cls(store)

    def add(self, document_id: str, mh: Signature) -> None:
        if document_id in self.signatures:
            return
        if len(self.signatures) >= PRUNE_EVERY:
            self._prune()
        values = _values(mh)
        self.signatures[document_id] = values
        for key in band_keys(values.tobytes()):
            self.buckets.setdefault(key, []).append(document_id)

    def _prune(self) -> None:
        """Stop holding the originals the store now answers for (saved meanwhile)."""
        if self.store is None:
            return
        with self.store.engine.connect() as conn:
            stored = {r[0] for r in conn.execute(select(document_signatures.c.document_id).where(
                document_signatures.c.document_id.in_(list(self.signatures))))}
        if not stored:
            return
        self.signatures = {d: v for d, v in self.signatures.items() if d not in stored}
        self.buckets = {}
        for d, values in self.signatures.items():
            for key in band_keys(values.tobytes()):
                self.buckets.setdefault(key, []).append(d)

    def match(self, mh: Optional[Signature]) -> Optional[tuple[str, float]]:
        """The stored original this signature copies, with the estimated Jaccard
        (the share of equal hash values, as ``MinHash.jaccard`` estimates it)."""
        if mh is None:
            return None
        values = _values(mh)
        keys = band_keys(values.tobytes())
        found: dict[str, np.ndarray] = {d: self.signatures[d] for k in keys for d in self.buckets.get(k, ())}
        if self.store is not None:
            with self.store.engine.connect() as conn:
                for doc_id, raw in conn.execute(_CANDIDATES, {"keys": keys}):
                    found.setdefault(doc_id, np.frombuffer(raw, dtype=np.uint64))
        best = None
        for doc_id, other in found.items():
            score = float(np.count_nonzero(values == other)) / float(len(values))
            if score >= THRESHOLD and (best is None or (score, doc_id) > (best[1], best[0])):
                best = (doc_id, score)
        return best
