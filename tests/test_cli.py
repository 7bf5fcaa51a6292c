"""The chronicle command: exit codes, --db / CHRONICLE_DB, help on every
command, ingest with bad inputs, export validity, and a batch killed midway
then resumed (a real subprocess)."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from chronicle.batch import run_batch
from chronicle.cli import app
from chronicle.ingest import iter_items
from chronicle.schema import validate_record
from chronicle.store import Store

from conftest import FIXTURES, SHARED, full_pipeline_or_skip, keyword_pipeline

runner = CliRunner()


def cli(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory) -> str:
    """A store holding the nested test tree, events from the keyword pipeline
    (shared by the tests that only read it)."""
    db = str(tmp_path_factory.mktemp("filled") / "filled.db")
    s = Store.open(db)
    report = run_batch([FIXTURES / "tree"], s, pipeline=keyword_pipeline)
    assert report.stored == 3 and report.events == 4
    s.close()
    return db


def exported(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def assert_valid_against_store(records: list[dict], db: str) -> None:
    s = Store.open(db)
    try:
        for rec in records:
            text = s.document(rec["document_id"])["text"]
            assert validate_record(rec, text) == [], rec
            assert text[rec["evidence"]["start"]:rec["evidence"]["end"]] == rec["evidence"]["text"]
    finally:
        s.close()


# -- usage -----------------------------------------------------------------
def test_help_on_every_command():
    result = cli("--help")
    assert result.exit_code == 0 and "Usage" in result.stdout
    names = sorted(typer.main.get_command(app).commands)
    assert {"ingest", "events", "export", "validate", "demo"} <= set(names)
    for name in names:
        result = cli(name, "--help")
        assert result.exit_code == 0, name
        assert "Usage" in result.stdout and name in result.stdout


def test_unknown_event_type_is_usage_error(tmp_path):
    result = cli("--db", str(tmp_path / "c.db"), "events", "--type", "NOPE")
    assert result.exit_code == 2
    assert "unknown event type NOPE" in result.stderr


def test_unknown_export_format_is_usage_error(tmp_path):
    result = cli("--db", str(tmp_path / "c.db"), "export", "--format", "docx")
    assert result.exit_code == 2 and "unknown format 'docx'" in result.stderr


def test_store_that_cannot_be_opened_exits_3(tmp_path):
    result = cli("--db", str(tmp_path / "missing" / "c.db"), "events")
    assert result.exit_code == 3 and "does not exist" in result.stderr
    not_a_db = tmp_path / "junk.db"
    not_a_db.write_bytes(b"this is not a database" * 100)
    result = cli("--db", str(not_a_db), "events")
    assert result.exit_code == 3


def test_db_option_and_environment(filled_db, tmp_path):
    result = cli("events", env={"CHRONICLE_DB": filled_db})
    assert result.exit_code == 0 and "4 of 4 events shown" in result.stderr
    # --db wins over the environment
    empty = str(tmp_path / "empty.db")
    result = cli("--db", empty, "events", env={"CHRONICLE_DB": filled_db})
    assert result.exit_code == 0 and "0 of 0 events shown" in result.stderr
    assert Path(empty).exists()


def test_events_filters(filled_db):
    result = cli("--db", filled_db, "events", "--type", "detain", "-n", "10")
    assert result.exit_code == 0
    assert "1 of 1 events shown" in result.stderr
    assert "DETAIN" in result.stdout and "VISIT" not in result.stdout


# -- export and validate -----------------------------------------------------------
def test_export_jsonl_valid_and_offsets_exact(filled_db):
    result = cli("--db", filled_db, "export", "--format", "jsonl")
    assert result.exit_code == 0
    records = exported(result)
    assert len(records) == 4 and "4 events exported as jsonl" in result.stderr
    assert_valid_against_store(records, filled_db)


def test_export_csv_to_file(filled_db, tmp_path):
    out = tmp_path / "events.csv"
    result = cli("--db", filled_db, "export", "--format", "csv", "--output", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert not (tmp_path / "events.csv.part").exists()
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 4
    assert sorted(r["event_type"] for r in rows) == ["COERCE", "DETAIN", "THREATEN", "VISIT"]


def test_export_filtered(filled_db):
    result = cli("--db", filled_db, "export", "--type", "VISIT", "--type", "COERCE")
    assert sorted(r["type"] for r in exported(result)) == ["COERCE", "VISIT"]


def test_validate_command(filled_db, tmp_path):
    good = tmp_path / "good.jsonl"
    assert cli("--db", filled_db, "export", "-o", str(good)).exit_code == 0
    result = cli("--db", filled_db, "validate", str(good))
    assert result.exit_code == 0 and "4 of 4 records valid" in result.stderr
    records = [json.loads(x) for x in good.read_text(encoding="utf-8").splitlines()]
    records[0]["evidence"]["start"] += 1  # offsets no longer index the stored text
    records[1]["type"] = "KILL"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(json.dumps(r) for r in records) + "\n{oops\n", encoding="utf-8")
    result = cli("--db", filled_db, "validate", str(bad))
    assert result.exit_code == 1
    assert "2 of 5 records valid" in result.stderr
    assert f"{bad}:1: evidence: offsets do not index the stored text" in result.stderr
    assert f"{bad}:2: type:" in result.stderr
    assert f"{bad}:5: not JSON" in result.stderr


# -- ingest (the default pipeline) ------------------------------------------------
def test_ingest_bad_inputs_exit_1_with_count(tmp_path):
    full_pipeline_or_skip()
    folder = tmp_path / "in"
    shutil.copytree(FIXTURES / "bad", folder)
    shutil.copy(FIXTURES / "tree" / "top.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "nul.txt").write_bytes(b"x\x00y" * 50)
    (folder / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    db = str(tmp_path / "c.db")
    result = cli("--db", db, "ingest", "-q", str(folder))
    assert result.exit_code == 1
    # good.txt and lines 1 and 6 of mixed.jsonl are stored
    assert "3 stored, 0 already in the store, 9 failed" in result.stderr
    for origin in ("empty.txt", "nul.txt", "cut.pdf", "entity-bomb.rss", "external-entity.rss",
                   "mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4", "mixed.jsonl:5"):
        assert f"{origin}: " in result.stderr, origin
    # re-running stores nothing new; still exit 1 for the same bad inputs
    again = cli("--db", db, "ingest", "-q", str(folder))
    assert again.exit_code == 1 and "0 stored, 3 already in the store, 9 failed" in again.stderr


def test_ingest_every_format_then_export_valid(tmp_path):
    full_pipeline_or_skip()
    from conftest import make_pdf

    folder = tmp_path / "in"
    shutil.copytree(FIXTURES / "tree", folder / "tree")
    shutil.copytree(FIXTURES / "feeds", folder / "feeds")
    (folder / "ko.txt").write_bytes("보위부가 탈북자 가족들을 감시하고 있다.".encode("cp949"))
    (folder / "r.pdf").write_bytes(make_pdf(["Police arrested two traders in Musan."]))
    db = str(tmp_path / "c.db")
    result = cli("--db", db, "ingest", "-q", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "8 stored, 0 already in the store, 0 failed" in result.stderr
    records = exported(cli("--db", db, "export", "--format", "jsonl"))
    assert records, "no events extracted from the test reports"
    assert_valid_against_store(records, db)


@pytest.mark.skipif(not (SHARED / "samples" / "seed-documents.jsonl").exists(),
                    reason="shared/samples/seed-documents.jsonl not present")
def test_seed_documents_export_schema_1(tmp_path):
    full_pipeline_or_skip()
    db = str(tmp_path / "seed.db")
    result = cli("--db", db, "ingest", "-q", str(SHARED / "samples" / "seed-documents.jsonl"))
    assert result.exit_code == 0, result.stderr
    records = exported(cli("--db", db, "export", "--format", "jsonl"))
    assert records
    assert all(r["schema"] == 1 and r["source"]["outlet"] == "Daily NK" for r in records)
    assert_valid_against_store(records, db)


# -- kill and resume ----------------------------------------------------------------
def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created or migrated yet
        return 0


def test_killed_batch_resumes_without_loss_or_duplicates(tmp_path):
    pipeline = full_pipeline_or_skip()
    n_docs = 300
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as fh:
        for i in range(n_docs):
            fh.write(json.dumps({
                "url": f"https://example.org/r/{i}", "outlet": "Test Wire", "published": "2016-05-04",
                "language": "en",
                "text": f"Report {i}. Security agents visited the home of defector family number {i} "
                        f"in Hyesan. They warned the family on day {i} of the month."}) + "\n")
    db = tmp_path / "big.db"
    cmd = [sys.executable, "-m", "chronicle.cli", "--db", str(db), "ingest", "-q", str(big)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("CHRONICLE_DB", None)

    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while _stored(db) < 20:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "first run stored nothing in 120 s"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    after_kill = _stored(db)
    assert 20 <= after_kill < n_docs, "the batch finished before it could be killed"

    done = subprocess.run(cmd, env=env, capture_output=True, timeout=240)
    assert done.returncode == 0, done.stderr.decode()
    assert (f"{n_docs - after_kill} stored, {after_kill} already in the store, 0 failed"
            in done.stderr.decode())

    with sqlite3.connect(db) as conn:
        doc_ids = [r[0] for r in conn.execute("SELECT document_id FROM documents ORDER BY rowid")]
        stored_logs = conn.execute("SELECT document_id, count(*), min(message) FROM ingest_log "
                                   "WHERE outcome = 'stored' GROUP BY document_id").fetchall()
        events_by_doc = dict(conn.execute("SELECT document_id, count(*) FROM events GROUP BY document_id"))
        event_ids = [r[0] for r in conn.execute("SELECT event_id FROM events")]
        orphans = conn.execute("SELECT count(*) FROM events WHERE document_id NOT IN "
                               "(SELECT document_id FROM documents)").fetchone()[0]
    assert len(doc_ids) == len(set(doc_ids)) == n_docs
    assert orphans == 0 and len(event_ids) == len(set(event_ids))
    # each document stored once, with exactly the events its save reported
    assert len(stored_logs) == n_docs
    for doc_id, times, message in stored_logs:
        assert times == 1
        assert events_by_doc.get(doc_id, 0) == int(message.split(" events")[0]), message
    # around the kill, the stored events are what an uninterrupted run extracts
    items = list(iter_items([big]))
    boundary = [it for it in items[max(0, after_kill - 3):after_kill + 3]]
    with sqlite3.connect(db) as conn:
        for item in boundary:
            stored = {r[0] for r in conn.execute("SELECT event_id FROM events WHERE document_id = ?",
                                                 (item.document_id,))}
            assert stored == {ev.event_id for ev in pipeline(item).events}
    assert sum(events_by_doc.values()) > 0
