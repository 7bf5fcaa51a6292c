"""Coding conventions shared by the languages (chronicle.extraction.conventions)."""
from chronicle import data
from chronicle.extraction.conventions import UNIT_VISIT_RULE, owned_acts, penalty_kinds, steps_of_other_acts, unit_visits
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


def test_a_capture_that_begins_an_abduction_is_the_abductions_step():
    capture, abduction = _event("DETAIN", "KP.MSS", 0, 80), _event("ABDUCT", "KP.MSS", 0, 80)
    assert [e.type for e in steps_of_other_acts([capture, abduction])] == ["ABDUCT"]
    # China's police holding someone the North's men later take is China's own custody.
    held = _event("DETAIN", "CN.police", 0, 80)
    assert [e.type for e in steps_of_other_acts([held, abduction])] == ["DETAIN", "ABDUCT"]


def test_being_caught_and_fined_is_the_fine():
    caught = _event("DETAIN", "KP.MSoS", 0, 80)
    caught.extractor = Extractor("rules-ko", "1", "ko:DETAIN:적발")
    fine = _event("PUNISH", "KP.MSoS", 0, 80)
    assert [e.type for e in steps_of_other_acts([caught, fine])] == ["PUNISH"]
    # An arrest told beside a sentence stays: the record codes both.
    arrest = _event("DETAIN", "KP.MSoS", 0, 80)
    assert [e.type for e in steps_of_other_acts([arrest, fine])] == ["DETAIN", "PUNISH"]


def test_owned_acts_keep_an_organs_acts_and_north_koreans():
    from chronicle.records import Target
    organ = _event("DETAIN", "KP.MSoS", 0, 40)
    nobody = _event("DETAIN", None, 50, 90)
    nobody.perpetrator = None
    family = _event("VISIT", None, 100, 140)
    family.perpetrator, family.target = None, Target("her mother", "defector_family")
    assert [e.type for e in owned_acts([organ, nobody, family])] == ["DETAIN", "VISIT"]


def test_penalty_kinds_name_existing_punish_rules_and_terms():
    # Every row of lexicon/penalty_kinds.tsv keys a PUNISH trigger that exists: an English rule id or a Korean term.
    en = {r["rule_id"] for r in data.read_tsv("triggers/en.tsv") if r["types"].split(",")[0] == "PUNISH"}
    ko = {r["term"] for r in data.read_tsv("triggers/ko.tsv") if r["type"] == "PUNISH"}
    assert penalty_kinds("en") and set(penalty_kinds("en")) <= en, set(penalty_kinds("en")) - en
    assert penalty_kinds("ko") and set(penalty_kinds("ko")) <= ko, set(penalty_kinds("ko")) - ko
    kinds = {"party", "post", "school", "fine", "term", "death", "goods", "mixed"}
    assert set(penalty_kinds("en").values()) <= kinds and set(penalty_kinds("ko").values()) <= kinds
