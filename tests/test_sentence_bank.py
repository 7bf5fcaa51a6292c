"""The sentence banks (bench/sentences/*.jsonl) are well-formed, and the bank
scorer (bench/sentences.py) scores a bank with the development-set matching."""
import importlib.util
import json
from pathlib import Path

import pytest

from chronicle.records import EVENT_TYPES, STATUSES, TARGET_CATEGORIES
from test_devset import ACTOR_KEYS

BENCH = Path(__file__).resolve().parent.parent / "bench"
BANKS = sorted((BENCH / "sentences").glob("*.jsonl"))
ITEM_KEYS = {"id", "language", "text", "events"}
EVENT_KEYS = {"type", "perpetrator", "target", "status", "evidence"}


def _load_scorer():
    spec = importlib.util.spec_from_file_location("bench_sentences", BENCH / "sentences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", BANKS, ids=[p.name for p in BANKS])
def test_bank_is_valid(path):
    ids = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        item = json.loads(line)
        assert ITEM_KEYS <= set(item) <= ITEM_KEYS | {"note"}, where
        assert item["id"] not in ids, where
        ids.add(item["id"])
        assert item["language"] in ("en", "ko") and item["id"].startswith(item["language"] + "-"), where
        for ev in item["events"]:
            assert set(ev) == EVENT_KEYS, (where, ev)
            assert ev["type"] in EVENT_TYPES, (where, ev)
            assert ev["status"] in STATUSES, (where, ev)
            assert ev["perpetrator"] is None or ev["perpetrator"] in ACTOR_KEYS, (where, ev)
            assert ev["target"] is None or ev["target"] in TARGET_CATEGORIES, (where, ev)
            assert ev["evidence"] and ev["evidence"] in item["text"], (where, ev)


def test_scorer_counts_found_missed_and_innocent(tmp_path):
    bank = tmp_path / "mini.jsonl"
    items = [
        {"id": "en-t1", "language": "en",
         "text": "State Security Department agents arrested the mother of a defector in Hyesan last week.",
         "events": [{"type": "DETAIN", "perpetrator": "KP.MSS", "target": "defector_family",
                     "status": "occurred",
                     "evidence": "State Security Department agents arrested the mother of a defector"}]},
        # Coded with a type the sentence does not state: must count as one miss.
        {"id": "en-t2", "language": "en", "text": "A Mongolian trade delegation visited Pyongyang on Monday.",
         "events": [{"type": "ABDUCT", "perpetrator": None, "target": None, "status": "occurred",
                     "evidence": "A Mongolian trade delegation visited Pyongyang"}]},
        {"id": "en-t3", "language": "en", "text": "The national football team returned home on Sunday.",
         "events": []},
    ]
    bank.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    scorer = _load_scorer()
    fig, _ = scorer.score_bank(scorer.load_bank([bank]))
    assert fig["documents"] == 3 and fig["innocent_passages"] == 1
    assert fig["per_type"]["DETAIN"]["tp"] == 1
    assert fig["per_type"]["ABDUCT"]["fn"] == 1
    assert fig["events_on_innocent"] == 0
    assert fig["fields"]["perpetrator"] == 1.0
    assert set(fig["fields"]) == {"perpetrator", "target", "status"}


def test_scorer_names_a_bad_line(tmp_path):
    bank = tmp_path / "bad.jsonl"
    bank.write_text('{"id": "en-x", "language": "en"}\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.jsonl:1"):
        _load_scorer().load_bank([bank])


def test_bank_parts_split_by_passage_number():
    scorer = _load_scorer()
    assert scorer.in_part("en-s-007", "tune") and not scorer.in_part("en-s-007", "check")
    assert scorer.in_part("ko-s-350", "check") and not scorer.in_part("ko-s-350", "tune")
    assert scorer.in_part("ko-s-350", "all")
    for path in BANKS:
        tune, check = scorer.load_bank([path], "tune"), scorer.load_bank([path], "check")
        assert tune and check
        assert len(tune) + len(check) == len(scorer.load_bank([path]))
        assert not {r["id"] for r in tune} & {r["id"] for r in check}
