"""Near-duplicate check: the LSH buckets of stored originals live in the store
(migration 0010), so a check finds the same originals as an in-memory
datasketch index would, in a fresh process, without loading every signature."""
from __future__ import annotations

import random
import subprocess
import sys

import sqlalchemy as sa
from datasketch import MinHashLSH

from chronicle.duplicates import NUM_PERM, THRESHOLD, NearDuplicateIndex, band_keys, signature, to_bytes
from chronicle.records import Analysis, Document, Source
from conftest import alembic

WORDS = ("agents security families defectors border river market brokers phone calls warned "
         "questioned county province relatives detained released farm winter rice officials "
         "residents letters money china crossing guards prison camp school village").split()


def texts(n: int, seed: int = 7) -> list[str]:
    """Originals and edited copies of them: some words changed, some cut, so
    that estimated Jaccard values fall on both sides of the threshold."""
    rnd = random.Random(seed)
    base = [" ".join(rnd.choice(WORDS) for _ in range(80)) for _ in range(n // 3)]
    out = list(base)
    while len(out) < n:
        words = rnd.choice(base).split()
        for _ in range(rnd.randint(0, 12)):
            words[rnd.randrange(len(words))] = rnd.choice(WORDS)
        out.append(" ".join(words[rnd.randint(0, 6):]))
    return out


def document(text: str) -> Document:
    return Document(raw=text.encode(), text=text, source=Source(language="en"), origin="t.txt",
                    media_type="text/plain")


def save(store, text: str, duplicate_of=None) -> Document:
    d = document(text)
    notes = {"minhash": to_bytes(signature(text))}
    if duplicate_of:
        notes.update(duplicate_of=duplicate_of, near_duplicate_score=0.9)
    store.save(Analysis(d, [], notes=notes))
    return d


def reference_match(lsh: MinHashLSH, sigs: dict, mh):
    """The check as it was: datasketch's in-memory index of every original."""
    best = None
    for doc_id in lsh.query(mh):
        score = mh.jaccard(sigs[doc_id])
        if score >= THRESHOLD and (best is None or (score, doc_id) > (best[1], best[0])):
            best = (doc_id, score)
    return best


def test_store_backed_check_finds_what_datasketch_finds(store):
    lsh, sigs = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM), {}
    index = NearDuplicateIndex.from_store(store)
    hits = 0
    for i, text in enumerate(texts(90)):
        mh = signature(text)
        expected = reference_match(lsh, sigs, mh)
        assert index.match(mh) == expected, i
        hits += expected is not None
        doc_id = document(text).document_id
        if expected is None:
            lsh.insert(doc_id, mh)
            sigs[doc_id] = mh
            if i % 3:  # some are saved at once, some stay in the run's memory only
                save(store, text)
            else:
                index.add(doc_id, mh)
        else:
            save(store, text, duplicate_of=expected[0])
    assert 10 < hits < 60  # both outcomes were exercised


def test_band_rows_for_originals_only(store):
    a = texts(3, seed=3)[0]
    orig = save(store, a)
    copy = save(store, a + " reposted", duplicate_of=orig.document_id)
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT band_key, document_id FROM document_bands")).all()
    assert {d for _k, d in rows} == {orig.document_id}
    assert sorted(k for k, _d in rows) == sorted(band_keys(to_bytes(signature(a))))
    assert copy.document_id not in {d for _k, d in rows}


def test_a_reopened_store_finds_a_copy_in_a_new_process(tmp_path):
    from chronicle.store import Store

    path = tmp_path / "dup.db"
    st = Store.open(str(path))
    originals = texts(30, seed=11)[:10]
    stored = [save(st, t) for t in originals]
    st.close()
    probe = originals[4] + " Copyright the original outlet."
    code = (
        "import sys\n"
        "from chronicle.store import Store\n"
        "from chronicle.duplicates import NearDuplicateIndex, signature\n"
        "index = NearDuplicateIndex.from_store(Store.open(sys.argv[1]))\n"
        "assert not index.signatures, 'signatures loaded into memory'\n"
        "hit = index.match(signature(sys.argv[2]))\n"
        "print(hit[0] if hit else None)\n")
    out = subprocess.run([sys.executable, "-c", code, str(path), probe], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == stored[4].document_id


def test_originals_held_in_memory_are_let_go_once_stored(store, monkeypatch):
    import chronicle.duplicates as dup

    monkeypatch.setattr(dup, "PRUNE_EVERY", 4)
    index = NearDuplicateIndex.from_store(store)
    originals = [t for t in texts(30, seed=5)[:10]]
    for t in originals:
        index.add(document(t).document_id, signature(t))
        save(store, t)
    assert len(index.signatures) <= 4
    assert index.match(signature(originals[0]))[0] == document(originals[0]).document_id


def test_upgrading_a_store_makes_the_band_rows_of_its_originals(store):
    """Stores made before migration 0010 hold signatures only: the upgrade
    writes the band rows, so their originals are still found."""
    a, b = texts(6, seed=13)[:2]
    orig = save(store, a)
    save(store, a + " reposted", duplicate_of=orig.document_id)
    other = save(store, b)
    alembic(store, "downgrade", "0009")
    alembic(store, "upgrade", "head")
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT band_key, document_id FROM document_bands")).all()
    assert sorted(rows) == sorted([(k, orig.document_id) for k in band_keys(to_bytes(signature(a)))]
                                  + [(k, other.document_id) for k in band_keys(to_bytes(signature(b)))])
    assert NearDuplicateIndex.from_store(store).match(signature(a + " again"))[0] == orig.document_id
