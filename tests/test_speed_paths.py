"""Speed-ups of session 11 outside the rule modules, each against the plain computation it
replaces, on the development sets' own reports: the place finder's per-word gate and cache,
the place cue table, and the learned reader's features and sums."""
import json
import math
from pathlib import Path

import pytest

from chronicle.extraction import learned
from chronicle.places import cues
from chronicle.places.gazetteer import Gazetteer, _fold_word
from chronicle.places.spelling import fold

DEVSET = Path(__file__).resolve().parent.parent / "bench" / "devset"


def _texts(lang: str, n: int = 40) -> list[str]:
    out = []
    for path in sorted(DEVSET.glob(f"{lang}*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    if not out:
        pytest.skip("no development set")
    return out[:: max(1, len(out) // n)]


def test_place_finder_word_gate_finds_what_a_walk_over_every_word_finds(monkeypatch):
    gaz = Gazetteer.load()
    texts = _texts("en") + _texts("ko")
    gated = [gaz.find(t) for t in texts]
    assert sum(map(len, gated)) > 50
    # Plain: every word goes through the matcher, its key folded afresh.
    monkeypatch.setattr(gaz, "_word", lambda word: (fold(word), True))
    assert gated == [gaz.find(t) for t in texts]


def test_place_finder_word_cache_answers_as_the_word_itself():
    gaz = Gazetteer.load()
    for text in _texts("en", 10) + _texts("ko", 10):
        for word in text.split()[:200]:
            assert gaz._word(word) == gaz._word_info(word)
            key, may = gaz._word_info(word)
            assert key == _fold_word(word) and may == (
                key in gaz._prefixes or key[:-1] in gaz._index
                or ("가" <= word[0] <= "힣" and gaz._may_start_hangul(word)))


def _plain_roles(text, start, end, asked):
    """cues.roles as it read the cue tables for every mention before they became one table."""
    table, needs = cues._cues(), cues._before_words()
    before, after, itself = text[max(0, start - 80):start], text[end:end + 80], text[start:end + 80]
    lowered = before.lower() if cues.folds_simply(before) else None
    out = set()
    for role in asked:
        b, a, s = table.get((role, "before")), table.get((role, "after")), table.get((role, "self"))
        if b and lowered is not None and role in needs and not needs[role].search(lowered):
            b = None
        if (b and b.search(before)) or (a and a.match(after)) or (s and s.match(itself)):
            out.add(role)
    return frozenset(out)


def test_place_roles_table_answers_as_the_cue_tables():
    gaz = Gazetteer.load()
    asked = ("lure", "destination", "source", "residence", "transit", "crossing", "origin", "conveyed",
             "provincial_organ", "not_place", "no_such_role")
    seen = set()
    for text in _texts("en") + _texts("ko"):
        for m in gaz.find(text):
            got = cues.roles(text, m.start, m.end, asked)
            assert got == _plain_roles(text, m.start, m.end, asked)
            seen |= got
    assert {"source", "destination"} <= seen


def test_korean_features_as_the_plain_ngrams_in_the_same_order():
    for text in _texts("ko"):
        for sent in text.split("."):
            plain = set()
            for w in learned._HANGUL_WORD.findall(sent):
                m = f"<{w}>"
                plain.update(m[i:i + 2] for i in range(len(m) - 1))
                plain.update(m[i:i + 3] for i in range(len(m) - 2))
            plain.update(f"ACT:{t}" for t in ("KP",))
            got = learned.korean_features(sent, ("KP",))
            assert got == plain and list(got) == list(plain)  # same set, built in the same order


def test_english_features_and_event_sum_as_before():
    model = learned.SentenceModel.load("en")
    for text in _texts("en"):
        for sent in text.split(". "):
            stems = [learned._stem_word(w) for w in learned._WORD.findall(sent.lower())]
            plain = set(stems)
            plain.update(f"{a}_{b}" for a, b in zip(stems, stems[1:]))
            plain.update(("HIT:DETAIN", "ACT:KP"))
            got = learned.english_features(sent, ("DETAIN",), ("KP",))
            assert got == plain and list(got) == list(plain)
            if model is not None:
                w = model._event
                # (an exact sum since session 47: the same whatever order the set iterates in)
                assert model.event_probability(got) == learned._sigmoid(
                    model._bias + math.fsum(w.get(f, 0.0) for f in sorted(got)))
