"""The hash-chained audit log: entries chain, and any tampering is named."""
from __future__ import annotations

import hashlib

import pytest

from chronicle import audit
from chronicle.store import Store


@pytest.fixture()
def store(tmp_path):
    s = Store.open(str(tmp_path / "audit.db"))
    with s.engine.begin() as conn:
        audit.append(conn, actor="ana", action="accepted", event_id="e1", before={"review_state": "pending"},
                     after={"review_state": "accepted"})
        audit.append(conn, actor="ana", action="edit", event_id="e1", note="보위부 → 안전부",
                     before={"type": "VISIT"}, after={"type": "DETAIN"})
        audit.append(conn, actor="bo", action="rejected", event_id="e2")
    yield s
    s.close()


def test_chain_links_each_entry_to_the_one_before(store):
    rows = audit.entries(store.engine)
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert rows[0]["prev_hash"] == audit.GENESIS
    assert rows[1]["prev_hash"] == rows[0]["hash"] and rows[2]["prev_hash"] == rows[1]["hash"]
    body = audit.canonical({k: rows[1][k] for k in audit.HASHED})
    assert rows[1]["hash"] == hashlib.sha256((rows[0]["hash"] + body).encode()).hexdigest()
    assert audit.verify(store.engine) is None


@pytest.mark.parametrize("tamper, broken_at", [
    ("UPDATE audit_log SET note = 'nothing to see' WHERE id = 2", 2),
    ("UPDATE audit_log SET after = '{\"type\":\"VISIT\"}' WHERE id = 2", 2),
    ("UPDATE audit_log SET actor = 'mallory' WHERE id = 1", 1),
    ("DELETE FROM audit_log WHERE id = 2", 3),
    ("UPDATE audit_log SET at = '2000-01-01T00:00:00+00:00' WHERE id = 3", 3),
])
def test_tampering_is_named_at_the_first_broken_entry(store, tamper, broken_at):
    with store.engine.begin() as conn:
        conn.exec_driver_sql(tamper)
    broken = audit.verify(store.engine)
    assert broken is not None and broken["id"] == broken_at and broken["problem"]


def test_rehashing_one_entry_still_breaks_the_next(store):
    rows = audit.entries(store.engine)
    forged = dict(rows[1], note="forged")
    forged_hash = audit.entry_hash(rows[1]["prev_hash"], forged)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET note = 'forged', hash = ? WHERE id = 2", (forged_hash,))
    assert audit.verify(store.engine)["id"] == 3


def test_cli_audit_verify_exit_codes(store, tmp_path):
    import typer
    from typer.testing import CliRunner

    from chronicle.cli import app as main_app
    from chronicle.web.cli import register

    app = typer.Typer()
    app.registered_callback = main_app.registered_callback
    register(app)
    db = str(tmp_path / "audit.db")
    ok = CliRunner().invoke(app, ["--db", db, "audit", "verify"])
    assert ok.exit_code == 0 and "3 entries" in ok.output
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET note = 'x' WHERE id = 1")
    bad = CliRunner().invoke(app, ["--db", db, "audit", "verify"])
    assert bad.exit_code == 1 and "entry 1" in bad.output


def test_a_cut_tail_verifies_without_an_anchor_and_fails_with_one(store):
    head = audit.anchor(store.engine)
    assert head["id"] == 3 and head["hash"] == audit.entries(store.engine)[-1]["hash"]
    assert audit.verify(store.engine, head=head["hash"]) is None
    with store.engine.begin() as conn:  # whoever can write the database drops the newest entry
        conn.exec_driver_sql("DELETE FROM audit_log WHERE id = 3")
    assert audit.verify(store.engine) is None  # the documented limit: the chain alone cannot tell
    broken = audit.verify(store.engine, head=head["hash"])
    assert broken is not None and "not in the log" in broken["problem"] and "entry 2" in broken["problem"]
    # An older anchor still verifies: entries added after it are not covered by it.
    assert audit.verify(store.engine, head=audit.entries(store.engine)[0]["hash"]) is None


def test_empty_log_anchor_is_genesis(tmp_path):
    s = Store.open(str(tmp_path / "empty.db"))
    with s.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log")  # the store may log arrivals; start bare
    assert audit.anchor(s.engine) == {"id": 0, "at": None, "hash": audit.GENESIS}
    assert audit.verify(s.engine, head=audit.GENESIS) is None
    s.close()


def test_cli_anchor_then_verify_head_catches_a_cut_tail(store, tmp_path):
    import typer
    from typer.testing import CliRunner

    from chronicle.cli import app as main_app
    from chronicle.web.cli import register

    app = typer.Typer()
    app.registered_callback = main_app.registered_callback
    register(app)
    db = str(tmp_path / "audit.db")
    out = CliRunner().invoke(app, ["--db", db, "audit", "anchor"])
    assert out.exit_code == 0
    head = out.stdout.strip().splitlines()[0]
    assert head == audit.entries(store.engine)[-1]["hash"]
    ok = CliRunner().invoke(app, ["--db", db, "audit", "verify", "--head", head])
    assert ok.exit_code == 0 and "anchored head present" in ok.output
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_log WHERE id = 3")
    assert CliRunner().invoke(app, ["--db", db, "audit", "verify"]).exit_code == 0
    bad = CliRunner().invoke(app, ["--db", db, "audit", "verify", "--head", head])
    assert bad.exit_code == 1 and "not in the log" in bad.output
