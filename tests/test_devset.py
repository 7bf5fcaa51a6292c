"""The hand-coded development sets (bench/devset/*.jsonl) are well-formed: every
line parses, every gold evidence is verbatim in its text, and every code comes
from the contract (shared/spec/record-format.md via chronicle.records)."""
import datetime as dt
import json
from pathlib import Path

import pytest

from chronicle.records import CERTAINTIES, EVENT_TYPES, STATUSES, TARGET_CATEGORIES

DEVSET = Path(__file__).resolve().parent.parent / "bench" / "devset"
# The blind held-out set (bench/blind, never tuned on) must meet the same rules.
BLIND = DEVSET.parent / "blind"
FILES = sorted(DEVSET.glob("*.jsonl")) + sorted(BLIND.glob("*.jsonl"))

ACTOR_KEYS = {"KP.MSS", "KP.MSS.anti_espionage", "KP.MSoS", "KP.WPK", "KP.KPA",
              "KP.border_guard", "KP.inminban", "KP.court", "KP.gov", "CN.police"}
ADMIN1 = {
    # North Korea
    "Pyongyang", "South Pyongan", "North Pyongan", "Chagang", "South Hwanghae",
    "North Hwanghae", "Kangwon", "South Hamgyong", "North Hamgyong", "Ryanggang",
    "Rason", "Nampo", "Kaesong",
    # South Korea
    "Seoul", "Busan", "Daegu", "Incheon", "Gwangju", "Daejeon", "Ulsan", "Sejong",
    "Gyeonggi", "Gangwon", "North Chungcheong", "South Chungcheong", "North Jeolla",
    "South Jeolla", "North Gyeongsang", "South Gyeongsang", "Jeju",
    # China border region
    "Jilin", "Liaoning",
    "Primorsky Krai",
    # where North Koreans are held, hunted or put to work further afield (session 50's blind sets)
    "Heilongjiang", "Shandong", "Yunnan", "Amur Oblast",
}
RECORD_KEYS = {"id", "url", "outlet", "title", "published", "language", "text", "tags", "gold"}
GOLD_KEYS = {"type", "evidence", "status", "certainty", "perpetrator", "target", "admin1",
             "place", "time_start", "time_end", "tactics"}
# The incident-grouping set (incidents.jsonl) adds a gold incident label to every event
# and marks syndicated copies with the id of the report they copy.
INCIDENT_FILE = "incidents.jsonl"


def _records():
    out = []
    for path in FILES:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                name = path.name if path.parent == DEVSET else f"blind/{path.name}"  # ids stay unique
                out.append((f"{name}:{n}", line))
    return out


RECORDS = _records()


def _iso(value):
    dt.date.fromisoformat(value)  # raises on anything but YYYY-MM-DD
    return len(value) == 10


def test_devset_files_exist():
    assert any(p.name == "en.jsonl" for p in FILES)
    assert len(RECORDS) >= 30


@pytest.mark.parametrize("where,line", RECORDS, ids=[w for w, _ in RECORDS])
def test_record_is_valid(where, line):
    rec = json.loads(line)
    grouping = where.startswith(INCIDENT_FILE + ":")
    assert set(rec) - {"repost_of"} == RECORD_KEYS, where
    assert grouping or "repost_of" not in rec, where
    assert rec["language"] in ("en", "ko")
    assert rec["id"].startswith(rec["language"] + "-")
    assert _iso(rec["published"])
    assert isinstance(rec["tags"], list) and all(isinstance(t, str) for t in rec["tags"])
    text = rec["text"]
    assert text.strip()
    for g in rec["gold"]:
        if grouping:
            assert isinstance(g.get("incident"), str) and g["incident"], (where, g)
        assert set(g) - ({"incident"} if grouping else set()) == GOLD_KEYS, (where, g)
        assert g["type"] in EVENT_TYPES
        assert g["status"] in STATUSES
        assert g["certainty"] in CERTAINTIES
        assert g["perpetrator"] is None or g["perpetrator"] in ACTOR_KEYS
        assert g["target"] is None or g["target"] in TARGET_CATEGORIES
        assert g["admin1"] is None or g["admin1"] in ADMIN1
        assert g["place"] is None or (isinstance(g["place"], str) and g["place"].strip())
        assert g["evidence"] and g["evidence"] in text, (where, g["evidence"][:60])
        for key in ("time_start", "time_end"):
            assert g[key] is None or _iso(g[key]), (where, key)
        if g["time_start"] and g["time_end"]:
            assert g["time_start"] <= g["time_end"], where
        assert isinstance(g["tactics"], list)
    if "negative" in rec["tags"]:
        assert rec["gold"] == [], where


def test_ids_are_unique():
    ids = [json.loads(line)["id"] for _, line in RECORDS]
    assert len(ids) == len(set(ids))


def test_gold_events_are_not_coded_twice():
    # The same act in the same passage is one event: (type, evidence) must not repeat.
    for where, line in RECORDS:
        rec = json.loads(line)
        keys = [(g["type"], g["evidence"]) for g in rec["gold"]]
        assert len(keys) == len(set(keys)), where


def _grouping_records():
    path = DEVSET / INCIDENT_FILE
    if not path.exists():
        pytest.skip("no incident-grouping set")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_incident_set_reposts_copy_their_original():
    recs = {r["id"]: r for r in _grouping_records()}
    reposts = [r for r in recs.values() if "repost_of" in r]
    assert len(reposts) >= 3
    for r in reposts:
        orig = recs[r["repost_of"]]
        assert "repost_of" not in orig and orig["url"] != r["url"]
        assert orig["text"] in r["text"] and orig["text"] != r["text"]  # same text, new header/footer
        assert [(g["type"], g["evidence"], g["incident"]) for g in r["gold"]] == \
               [(g["type"], g["evidence"], g["incident"]) for g in orig["gold"]]


def test_incident_set_labels_one_act_per_report():
    # An incident is one act: a report tells it once, so a label never repeats within a report,
    # and an incident's events share a type family (a neighbouring type may code the same act).
    recs = _grouping_records()
    families = {}
    for row in (Path(__file__).resolve().parent.parent / "src" / "chronicle" / "data" / "incidents"
                / "families.tsv").read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#") and not row.startswith("type\t"):
            t, f = row.split("\t")[:2]
            families[t] = f
    fam_of = {}
    for r in recs:
        labels = [g["incident"] for g in r["gold"]]
        assert len(labels) == len(set(labels)), r["id"]
        for g in r["gold"]:
            assert fam_of.setdefault(g["incident"], families[g["type"]]) == families[g["type"]], r["id"]
    originals = [r for r in recs if "repost_of" not in r]
    counts = {}
    for r in originals:
        for g in r["gold"]:
            counts[g["incident"]] = counts.get(g["incident"], 0) + 1
    assert sum(1 for n in counts.values() if n > 1) >= 14  # incidents told by several reports
