"""Redaction of personal names for the public view and export."""
from __future__ import annotations

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
