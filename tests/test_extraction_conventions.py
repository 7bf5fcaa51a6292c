"""Coding conventions shared by the languages (chronicle.extraction.conventions)."""
from chronicle.extraction.conventions import UNIT_VISIT_RULE, unit_visits
from chronicle.records import Event, Evidence, Extractor, Perpetrator


def _event(etype, actor, start, end, text="..."):
    return Event("doc", etype, Evidence(text, start, end), Extractor("rules-en", "1", f"{etype.lower()}.rule"),
                 perpetrator=Perpetrator(None, actor, None))


def test_a_unit_heads_call_alone_is_watching():
    visit = _event("VISIT", "KP.inminban", 0, 60)
    [out] = unit_visits([visit])
    assert out.type == "SURVEIL"
    assert out.extractor.fields["type"] == UNIT_VISIT_RULE  # the record says which convention retyped it
    assert out.extractor.rule == "visit.rule"


def test_a_unit_heads_call_that_carries_another_act_is_that_acts_step():
    visit, threat = _event("VISIT", "KP.inminban", 0, 60), _event("THREATEN", "KP.inminban", 0, 60)
    assert [e.type for e in unit_visits([visit, threat])] == ["THREATEN"]


def test_other_organs_visits_and_other_passages_stay():
    visit = _event("VISIT", "KP.MSS", 0, 60)
    unit = _event("VISIT", "KP.inminban", 100, 160)
    threat = _event("THREATEN", "KP.MSS", 0, 60)
    out = unit_visits([visit, threat, unit])
    assert [(e.type, e.perpetrator.actor) for e in out] == [
        ("VISIT", "KP.MSS"), ("THREATEN", "KP.MSS"), ("SURVEIL", "KP.inminban")]
