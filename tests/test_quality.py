"""The dev-set scorer (bench/quality.py): matching and metrics on tiny hand-made cases."""
import importlib.util
import sys
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "quality.py"
_spec = importlib.util.spec_from_file_location("bench_quality", _PATH)
quality = importlib.util.module_from_spec(_spec)
sys.modules["bench_quality"] = quality  # dataclasses look their module up here
_spec.loader.exec_module(quality)
Item = quality.Item

TEXT = ("Agents visited the home of a defector's mother in Hyesan. "
        "They warned her to stay silent. Her son was arrested in May.")


def item(type_, evidence, **kw):
    start = TEXT.find(evidence)
    assert start >= 0
    return Item(type=type_, start=start, end=start + len(evidence), evidence=evidence, **kw)


def test_match_needs_same_type_and_overlap():
    gold = [item("VISIT", "Agents visited the home of a defector's mother in Hyesan.")]
    pred = [item("THREATEN", "Agents visited the home"),             # wrong type
            item("VISIT", "They warned her to stay silent.")]        # no overlap
    assert quality.match(gold, pred) == []


def test_match_is_one_to_one_and_greedy_by_overlap():
    gold = [item("VISIT", "Agents visited the home of a defector's mother in Hyesan.")]
    pred = [item("VISIT", "Agents visited"),
            item("VISIT", "Agents visited the home of a defector's mother")]
    assert quality.match(gold, pred) == [(0, 1)]  # the larger overlap wins; pred 0 stays FP


def test_two_acts_in_one_sentence_match_separately():
    s = "They warned her to stay silent."
    gold = [item("THREATEN", s), item("COERCE", s)]
    pred = [item("COERCE", s), item("THREATEN", s)]
    assert quality.match(gold, pred) == [(0, 1), (1, 0)]


def test_prf_math():
    assert quality.prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 0.6667,
                                    "tp": 3, "fp": 1, "fn": 2}
    assert quality.prf(0, 0, 0)["f1"] == 0.0


def test_score_counts_per_type_negatives_and_fields():
    score = quality.Score()
    g_visit = item("VISIT", "Agents visited the home of a defector's mother in Hyesan.",
                   perpetrator="KP.MSS", admin1="Ryanggang", place="Hyesan",
                   time_start="2019-05-01", time_end="2019-05-31")
    g_detain = item("DETAIN", "Her son was arrested in May.", perpetrator=None,
                    time_start="2019-05-01", time_end="2019-05-31")
    p_visit = item("VISIT", "Agents visited the home", perpetrator="KP.MSS",
                   admin1="Ryanggang", place="Hyesan-si",
                   time_start="2019-05-10", time_end="2019-06-10")
    p_fp = item("THREATEN", "They warned her to stay silent.")
    score.add("d1", TEXT, [g_visit, g_detain], [p_visit, p_fp])
    score.add("neg", "Rice prices fell.", [], [Item("SURVEIL", 0, 4, "Rice")])
    fig = score.figures()
    assert fig["documents"] == 2 and fig["gold_events"] == 2
    assert fig["events_on_negatives"] == 1 and fig["negative_documents"] == 1
    assert fig["overall"]["tp"] == 1 and fig["overall"]["fp"] == 2 and fig["overall"]["fn"] == 1
    assert fig["per_type"]["VISIT"]["f1"] == 1.0
    assert fig["per_type"]["DETAIN"]["recall"] == 0.0
    f = fig["fields"]
    assert f["perpetrator"] == 1.0 and f["admin1"] == 1.0 and f["place"] == 1.0
    assert f["time_overlap"] == 1.0 and f["time_exact"] == 0.0
    # Gold null target vs predicted null target counts as right.
    assert f["target"] == 1.0


@pytest.mark.parametrize("gold,pred,ok", [
    ("Hoeryong", "Hoeryong City", True),
    ("Sinuiju", "Sinŭiju", True),
    ("Hyesan", "hyesan-si", True),
    ("Kimchaek", "Kimch'aek", True),
    ("North Hamgyong", "North Hamgyong Province", True),
    ("Musan", "Musan County", True),
    ("Hoeryong", "Onsong", False),
    ("Hyesan", None, False),
    (None, None, True),
    ("Junghwa", "Chunghwa", True),  # one gazetteer entry, two spellings
    ("Saepyol", "Kyongwon", True),  # a county's former name
    ("Unsan", "Hyesan", False),
])
def test_place_normalisation(gold, pred, ok):
    assert quality.same_place(gold, pred) is ok


def test_time_overlap_and_nulls():
    g = Item("DETAIN", 0, 1, "x", time_start="2019-05-01", time_end="2019-05-31")
    assert quality.time_overlaps(g, Item("DETAIN", 0, 1, "x", time_start="2019-05-31",
                                         time_end="2019-06-30"))
    assert not quality.time_overlaps(g, Item("DETAIN", 0, 1, "x", time_start="2019-06-01",
                                             time_end="2019-06-30"))
    assert not quality.time_overlaps(g, Item("DETAIN", 0, 1, "x"))
    assert quality.time_overlaps(Item("DETAIN", 0, 1, "x"), Item("DETAIN", 0, 1, "x"))
    assert not quality.time_overlaps(Item("DETAIN", 0, 1, "x"), g)


def test_gold_evidence_must_be_in_text():
    rec = {"id": "t", "text": TEXT, "gold": [{"type": "VISIT", "evidence": "not there"}]}
    with pytest.raises(ValueError):
        quality.gold_items(rec)
    rec["gold"][0]["evidence"] = "They warned her"
    (g,) = quality.gold_items(rec)
    assert TEXT[g.start:g.end] == "They warned her"


def test_main_runs_and_exits_zero(tmp_path, capsys):
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "x-1", "language": "en", "published": "2019-01-01", '
                    '"text": "Rice prices fell in Hyesan.", "gold": []}\n', encoding="utf-8")
    assert quality.main(["--devset", str(path), "--json"]) == 0
    assert '"documents": 1' in capsys.readouterr().out
