"""run_batch: every input read, documents stored a batch to a transaction,
errors logged and counted while the rest goes on, re-runs skip what is stored."""
from __future__ import annotations

import json
import shutil

import pytest

from chronicle.batch import run_batch
from chronicle.ingest import IngestError
from chronicle.records import Document, Source

from conftest import FIXTURES, full_pipeline_or_skip, keyword_pipeline


def corpus(tmp_path):
    """The nested tree, the feeds and the mixed JSON Lines file, plus a few
    broken files made here (bytes that cannot live in a text fixture)."""
    root = tmp_path / "in"
    shutil.copytree(FIXTURES / "tree", root / "tree")
    shutil.copytree(FIXTURES / "feeds", root / "feeds")
    shutil.copytree(FIXTURES / "bad", root / "bad")
    (root / "bad" / "empty.txt").write_bytes(b"")
    (root / "bad" / "nul.txt").write_bytes(b"abc\x00\x00def" * 10)
    (root / "bad" / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    return root


# 3 tree files + 2 RSS entries + 1 Atom entry + 2 good JSON Lines records
GOOD = 8
# bomb, external entity, 4 bad JSON Lines lines, empty, NUL, truncated PDF
BAD = 9


def test_batch_stores_good_and_logs_each_bad_input(tmp_path, store):
    seen = []
    report = run_batch([corpus(tmp_path)], store, pipeline=keyword_pipeline,
                       on_item=lambda item, outcome: seen.append(outcome))
    assert (report.stored, report.skipped, report.failed) == (GOOD, 0, BAD)
    assert not report.ok
    assert seen.count("stored") == GOOD and seen.count("error") == BAD
    assert len(store.documents()) == GOOD
    assert report.events == store.count_events() > 0
    # each error names its file (and line for JSON Lines) and is in the ingest log
    origins = sorted(e.origin.split("/in/", 1)[1] for e in report.errors)
    assert origins == ["bad/cut.pdf", "bad/empty.txt", "bad/entity-bomb.rss", "bad/external-entity.rss",
                       "bad/mixed.jsonl:2", "bad/mixed.jsonl:3", "bad/mixed.jsonl:4", "bad/mixed.jsonl:5",
                       "bad/nul.txt"]
    logged = {(row["origin"], row["message"]) for row in store.ingest_log(limit=100)
              if row["outcome"] == "error"}
    assert logged == {(e.origin, e.reason) for e in report.errors}


def test_rerun_skips_everything_and_logs_duplicates(tmp_path, store):
    root = corpus(tmp_path)
    first = run_batch([root], store, pipeline=keyword_pipeline)
    docs, events = len(store.documents()), store.count_events()
    second = run_batch([root], store, pipeline=keyword_pipeline)
    assert (second.stored, second.skipped, second.failed) == (0, GOOD, BAD)
    assert second.events == 0
    assert (len(store.documents()), store.count_events()) == (docs, events) == (GOOD, first.events)
    log = store.ingest_log(limit=200)
    assert sum(r["outcome"] == "duplicate" for r in log) == GOOD
    assert sum(r["outcome"] == "stored" for r in log) == GOOD


def test_same_bytes_under_two_names_stored_once(tmp_path, store):
    text = b"Agents visited the home of a defector in Musan.\n"
    (tmp_path / "a.txt").write_bytes(text)
    (tmp_path / "b.txt").write_bytes(text)
    report = run_batch([tmp_path], store, pipeline=keyword_pipeline)
    assert (report.stored, report.skipped) == (1, 1)
    assert [d["origin"] for d in store.documents()] == [str(tmp_path / "a.txt")]


def test_jsonl_duplicate_lines_stored_once(tmp_path, store):
    line = json.dumps({"text": "Police arrested two traders in Hoeryong.", "language": "en"})
    path = tmp_path / "dup.jsonl"
    path.write_text(f"{line}\n{line}\n", encoding="utf-8")
    report = run_batch([path], store, pipeline=keyword_pipeline)
    assert (report.stored, report.skipped, report.failed) == (1, 1, 0)


def test_errors_only_batch(tmp_path, store):
    (tmp_path / "x.txt").write_bytes(b"")
    report = run_batch([tmp_path / "x.txt", tmp_path / "missing.txt"], store, pipeline=keyword_pipeline)
    assert (report.stored, report.failed) == (0, 2)
    assert all(isinstance(e, IngestError) for e in report.errors)
    assert store.documents() == []


def test_batch_with_the_default_pipeline(tmp_path, store):
    pipeline = full_pipeline_or_skip()
    report = run_batch([FIXTURES / "tree"], store, pipeline=pipeline)
    assert (report.stored, report.failed) == (3, 0)
    for rec in store.event_records():
        text = store.document(rec["document_id"])["text"]
        assert text[rec["evidence"]["start"]:rec["evidence"]["end"]] == rec["evidence"]["text"]


def test_a_batch_is_one_transaction_and_a_bad_document_refuses_only_itself(store):
    def analysis(text):
        d = Document(raw=text.encode(), text=text, source=Source(language="en"), origin=f"{text}.txt",
                     media_type="text/plain")
        return keyword_pipeline(d)

    first, second, third = analysis("Agents arrested a man."), analysis("Police beat a woman."), \
        analysis("Guards detained two brokers.")
    copy = analysis("Agents arrested a man.")  # the same bytes again, in the same batch
    assert store.save_many([first, second, copy]) == [True, True, False]
    bad = analysis("Agents threatened a family.")
    bad.document.text = None  # NOT NULL: the database refuses this document
    with pytest.raises(Exception):
        store.save_many([third, bad])
    stored = {d["document_id"] for d in store.documents()}
    assert third.document.document_id in stored  # the batch fell back to one by one
    assert bad.document.document_id not in stored
    assert len(stored) == 3


def test_a_document_a_stage_fails_on_is_reported_and_the_rest_are_stored(tmp_path, store):
    """A bug that breaks one report's analysis must not stop a run of thousands: that
    report is counted and logged as failed (not stored, so a rerun after the fix
    analyses it), the others of its batch are stored."""
    from chronicle.pipeline import Pipeline
    from chronicle.registry import stages

    @stages.register("test_fails_on_marker")
    def fails_on_marker(analysis):
        if "MARKER" in analysis.document.text:
            raise ValueError("cannot read this one")
        return analysis

    try:
        path = tmp_path / "mixed.jsonl"
        lines = [{"url": f"https://example.org/{i}", "language": "en",
                  "text": f"Report {i}. Agents arrested two brokers in Hyesan." + (" MARKER" if i == 2 else "")}
                 for i in range(5)]
        path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        pipeline = Pipeline(("extract", "test_fails_on_marker"))
        report = run_batch([path], store, pipeline=pipeline)
        assert (report.stored, report.failed) == (4, 1)
        assert "analysis failed: ValueError: cannot read this one" in report.errors[0].reason
        assert report.errors[0].origin.endswith("mixed.jsonl:3")
        assert len(store.documents()) == 4
        assert any(r["outcome"] == "error" and "cannot read this one" in r["message"]
                   for r in store.ingest_log())
    finally:
        stages._items.pop("test_fails_on_marker", None)
