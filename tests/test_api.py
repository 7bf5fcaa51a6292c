"""The Python API for notebooks: chronicle.open / chronicle.extract, and the
public export (accepted events only, names redacted)."""
from __future__ import annotations

import json

from typer.testing import CliRunner

import chronicle
from chronicle.cli import app

REPORT = ("Hyesan families questioned\n\n"
          "State security agents arrested two relatives of a defector in Hyesan last week, "
          "a source in Ryanggang Province said. The agents also threatened Kim Chol Ho, the "
          "defector's brother, with banishment if he kept calling Seoul.")


def test_extract_one_text_without_a_store():
    records = chronicle.extract(REPORT, published="2019-03-10", language="en")
    detain = next(r for r in records if r["type"] == "DETAIN")
    assert detain["perpetrator"]["actor"] == "KP.MSS"
    assert detain["location"]["name"] == "Hyesan" and detain["location"]["admin1"] == "Ryanggang"
    assert detain["time"]["start"] == "2019-02-25"  # "last week" against the publication date
    assert REPORT[detain["evidence"]["start"]:detain["evidence"]["end"]] == detain["evidence"]["text"]


def test_open_filter_and_to_pandas(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"url": "https://example.org/1", "outlet": "Example", "title": "t",
                                "published": "2019-03-10", "language": "en", "text": REPORT}) + "\n",
                    encoding="utf-8")
    store = chronicle.open(str(tmp_path / "api.db"))
    report = store.ingest(str(path))
    assert report.stored == 1
    detentions = store.events(type="DETAIN")
    assert len(detentions) == 1
    assert detentions.records()[0]["perpetrator"]["actor"] == "KP.MSS"
    assert len(store.events(type=["DETAIN", "THREATEN"])) >= 2
    df = store.events(admin1="Ryanggang").to_pandas()
    assert set(df["event_type"]) >= {"DETAIN"} and (df["admin1"] == "Ryanggang").all()
    assert store.search("relatives")  # full-text over evidence
    store.close()


def test_public_export_is_accepted_only_and_redacted(tmp_path):
    db = str(tmp_path / "pub.db")
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"published": "2019-03-10", "language": "en", "text": REPORT}) + "\n",
                    encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "ingest", "-q", str(path)]).exit_code == 0
    store = chronicle.open(db)
    threat = next(r for r in store.events(type="THREATEN"))
    assert "Kim Chol Ho" in threat["evidence"]["text"]
    assert runner.invoke(app, ["--db", db, "export", "--public"]).stdout.strip() == ""
    store.store.set_review_state(threat["event_id"], "accepted")
    out = runner.invoke(app, ["--db", db, "export", "--public", "--format", "jsonl"]).stdout
    lines = [json.loads(x) for x in out.splitlines() if x.strip()]
    assert [r["event_id"] for r in lines] == [threat["event_id"]]
    assert "Kim Chol Ho" not in out
