"""Redaction of personal names for the public view and export."""
from __future__ import annotations

import json

import pytest

from chronicle.redact import redact, redact_record


@pytest.mark.parametrize("text, expected", [
    ("Kim Kwang Ho was taken away.", "[person] was taken away."),
    ("Kim Kwang-ho was taken away.", "[person] was taken away."),
    ("Mr. Pak said the agents came twice.", "[person] said the agents came twice."),
    ("Mrs. Kim Ok-sun was questioned.", "[person] was questioned."),
    ("the wife of Choe Myong Chol was warned", "the wife of [person] was warned"),
    ("his wife, Ri Ok Sun, was called in", "his wife, [relative], was called in"),
    ("Pak Chol (45) defected in 2012.", "[person] defected in 2012."),
    ("보위부는 김 씨의 가족을 찾아갔다", "보위부는 [person]의 가족을 찾아갔다"),
    ("김모씨는 말했다", "[person]는 말했다"),
    ("김모 씨에게 전화를 강요했다", "[person]에게 전화를 강요했다"),
    ("김철수(45)씨가 체포됐다", "[person]가 체포됐다"),
    ("탈북민 박영희(52·여)는", "탈북민 [person]는"),
    ("김철수 씨는 재입북했다", "[person]는 재입북했다"),
])
def test_names_become_role_labels(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "Kim Jong Un ordered a crackdown on Chinese phones.",
    "Since Kim Jong Eun took power, and Kim Jong\nIl before him,",
    "김정은의 지시로 단속이 강화됐다",
    "An Official of the SSD said So Many people left.",
    "The Han River and North Korea border areas.",
    "The State Security Department agents in Hoeryong warned families.",
    "이 씨앗은 정부가 나눠준 것이다",
    "정부는 이번에 국경 경비를 강화했다",
])
def test_public_figures_and_ordinary_words_stay(text):
    assert redact(text) == text


def test_redact_record_covers_free_text_fields_and_flags_changes():
    rec = {"evidence": {"text": "Agents visited Kim Kwang Ho.", "start": 0, "end": 28},
           "target": {"text": "Kim Kwang Ho", "category": "defector_family"},
           "attribution": {"text": "Mr. Pak, a neighbour", "kind": "named_person"},
           "perpetrator": {"text": "agents", "actor": "KP.MSS", "name": "Ministry of State Security"},
           "source": {"title": "Kim Kwang Ho's family pressed"}}
    out = redact_record(rec)
    assert out["evidence"]["text"] == "Agents visited [person]." and out["evidence"]["redacted"] is True
    assert out["target"] == {"text": "[person]", "category": "defector_family"}
    assert out["attribution"]["text"] == "[person], a neighbour"
    assert out["source"]["title"] == "[person]'s family pressed"
    assert rec["target"]["text"] == "Kim Kwang Ho"  # the stored record is untouched


# -- a corpus with names: none may leak -----------------------------------------
# Sentences written for this test; each lists the name parts that must vanish.
LEAK_CORPUS = [
    ("The wife of Kim Kwang Ho was summoned twice.", ["Kwang"]),
    ("Agents questioned the mother of Pak Chol-su in Musan.", ["Chol"]),
    ("Mr. Pak and Ms. Ri Ok-sun were warned not to talk.", ["Pak", "Ok-sun"]),
    ("KIM KWANG HO WAS TAKEN AWAY, his neighbour said.", ["KWANG"]),
    ("Defector Choe Myong Chol, 45, said the SSD called his family.", ["Myong"]),
    ("according to Mrs. Kim, the agents came at night", ["Mrs. Kim"]),
    ("보위부는 김 씨를 불러 아들에게 전화하라고 강요했다.", ["김 씨"]),
    ("김모씨(34)는 가족이 감시당한다고 말했다.", ["김모씨"]),
    ("김모 씨에게 송금을 중단하라고 했다.", ["김모 씨"]),
    ("회령에 사는 박영희는 두 차례 조사를 받았다.", ["박영희"]),
    ("탈북민 이영수 씨의 어머니가 불려갔다.", ["이영수"]),
    ("그의 아내 김순옥이 보위부에 불려갔다.", ["김순옥"]),
    ("탈북자 최철민(41)은 가족 걱정을 했다.", ["최철민"]),
]


@pytest.mark.parametrize("text, names", LEAK_CORPUS)
def test_no_name_in_the_corpus_leaks(text, names):
    out = redact(text)
    for name in names:
        assert name not in out, out
    assert "[person]" in out or "[relative]" in out


def test_no_name_leaks_from_a_public_record():
    text = " ".join(t for t, _ in LEAK_CORPUS)
    rec = {"evidence": {"text": text, "start": 0, "end": len(text)},
           "target": {"text": "Kim Kwang Ho and 박영희"}, "source": {"title": "KIM KWANG HO's family"}}
    public = json.dumps(redact_record(rec), ensure_ascii=False)
    for _, names in LEAK_CORPUS:
        for name in names:
            assert name not in public


def test_text_holding_the_placeholder_mark_is_kept_as_it_is():
    # Public figures are shielded behind a placeholder; a text that itself holds NULs or
    # the placeholder's shape must come back unchanged apart from its names.
    assert redact("\x000\x00") == "\x000\x00"
    out = redact("Kim Jong Un met Kim Chol-su \x000\x00 in Pyongyang")
    assert out.startswith("Kim Jong Un met ") and "Kim Chol-su" not in out and out.endswith("\x000\x00 in Pyongyang")
