"""The Korean rule extractor (rules-ko) on short Korean sentences written for these tests."""
import time

import pytest

from chronicle.extraction import korean
from chronicle.extraction.korean import extract
from extraction_checks import run_extractor, the_one


def run(text):
    events = run_extractor(extract, text, "ko")
    for ev in events:
        assert ev.location is None and ev.time is None
        # a rule, or the learned reader on a sentence no rule read (test_extraction_learned.py)
        assert ev.extractor.name in ("rules-ko", "model-ko")
    return events


def run_rules(text):
    """The rules' reading alone, the learned reader off (a rule's own test)."""
    korean.LEARNED = False
    try:
        return run(text)
    finally:
        korean.LEARNED = True


def _read_as(text, etype, actor):
    """The text reads an act of the type, by the actor (None: no actor)."""
    found = [e for e in run(text) if e.type == etype]
    assert found, [(e.type, e.extractor.rule) for e in run(text)]
    assert (found[0].perpetrator.actor if found[0].perpetrator else None) == actor, found[0]


def _not_read_as(text, etype):
    assert etype not in [e.type for e in run(text)], [(e.type, e.extractor.rule) for e in run(text)]


def one(text, type_):
    found = [e for e in run(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.evidence.text) for e in run(text)]
    return found[0]


@pytest.mark.parametrize("text,type_", [
    ("보위부가 탈북자 가족들을 감시하고 있다.", "SURVEIL"),
    ("보위원이 가족들의 전화를 도청했다.", "SURVEIL"),
    ("보위원들은 가족들을 협박했다.", "THREATEN"),
    ("보위부는 주민들에게 자술서를 쓰도록 강요했다.", "COERCE"),
    ("보위부는 탈북민 가족들을 회유했다.", "INDUCE"),
    ("보위원들이 탈북자 가족의 집을 찾아갔다.", "VISIT"),
    ("보위부는 탈북자의 어머니를 호출했다.", "VISIT"),
    ("보안원들이 주민 두 명을 체포했다.", "DETAIN"),
    ("재판소는 그에게 노동교화형을 선고했다.", "PUNISH"),
    ("당국은 탈북자 가족들을 산골로 추방했다.", "EXPEL"),
    ("중국 공안은 탈북민들을 강제북송했다.", "REPATRIATE"),
    ("북한 요원들이 중국에서 선교사를 납치했다.", "ABDUCT"),
    ("보위원들은 주민을 구타했다.", "ASSAULT"),
    ("국경경비대는 국경 봉쇄를 강화했다.", "RESTRICT"),
    ("당국은 재입북자들을 기자회견에 내세웠다.", "PROPAGANDA"),
    ("탈북민 한 명이 최근 재입북했다.", "RETURN"),
])
def test_each_type_has_a_trigger(text, type_):
    ev = one(text, type_)
    assert ev.evidence.start == 0 and ev.evidence.end == len(text)
    assert text[ev.trigger_start:ev.trigger_end]


def test_particles_give_perpetrator_and_target():
    ev = one("보위부원들이 탈북자 가족을 감시했다.", "SURVEIL")
    assert (ev.perpetrator.text, ev.perpetrator.actor) == ("보위부원들", "KP.MSS")
    assert ev.perpetrator.name == "Ministry of State Security"
    assert (ev.target.text, ev.target.category) == ("탈북자 가족", "defector_family")


def test_passive_agent_is_the_perpetrator_and_subject_the_target():
    ev = one("주민 3명이 보안서에 의해 체포됐다.", "DETAIN")
    assert ev.perpetrator.actor == "KP.MSoS"
    assert ev.target.category == "resident"


def test_suffered_violence_is_passive():
    ev = one("탈북민은 중국 공안에게 폭행을 당했다.", "ASSAULT")
    assert ev.perpetrator.actor == "CN.police"
    assert ev.target.category == "defector"


def test_generic_actor_takes_the_organisation_named_before():
    events = run("국가보위성이 국경 지역을 조사하고 있다. 간부들은 주민들을 협박했다.")
    ev = next(e for e in events if e.type == "THREATEN")
    assert ev.perpetrator.text == "간부들" and ev.perpetrator.actor == "KP.MSS"


def test_generic_actor_alone_keeps_its_own_key():
    ev = one("당국은 주민들의 이동을 통제하고 있다.", "RESTRICT")
    assert ev.perpetrator.actor == "KP.gov"
    assert ev.status == "ongoing"


def test_source_is_never_the_perpetrator():
    ev = one("보위부 소식통은 주민들이 체포됐다고 전했다.", "DETAIN")
    assert ev.perpetrator is None
    assert ev.attribution.kind == "anonymous_source"
    assert ev.attribution.text == "보위부 소식통"


def test_rumour_sets_certainty():
    ev = one("보위부가 탈북자 가족을 추방했다는 소문이 돌고 있다.", "EXPEL")
    assert ev.certainty == "rumor"


def test_known_to_have_happened_is_reported():
    ev = one("보위부가 주민 5명을 체포한 것으로 알려졌다.", "DETAIN")
    assert ev.certainty == "reported" and ev.status == "occurred"


@pytest.mark.parametrize("text,status", [
    ("보위부는 탈북자 가족들을 추방할 것으로 보인다.", "expected"),
    ("보위부는 탈북자 가족들을 추방할 계획이다.", "expected"),
    ("당국은 국경 단속을 한층 강화할 예정이다.", "expected"),
    ("보위부는 탈북자 가족들을 감시하고 있다.", "ongoing"),
    ("보위부는 탈북자 가족들을 추방하지 않았다.", "denied"),
    ("보위부는 탈북자 가족들을 추방했다.", "occurred"),
])
def test_status_cues(text, status):
    assert run(text)[0].status == status


def test_content_of_a_promise_is_not_a_separate_act():
    events = run("보위부는 돌아오면 처벌하지 않겠다고 약속했다.")
    assert [e.type for e in events] == ["INDUCE"]
    assert "amnesty_promise" in events[0].tactics


def test_forced_call_names_the_forced_person_and_tactic():
    ev = one("간부들은 주민들에게 한국에 있는 가족에게 전화를 걸도록 강요했다.", "COERCE")
    assert ev.target.text == "주민들"
    assert "forced_call" in ev.tactics


def test_weak_force_word_yields_to_the_act_it_modifies():
    assert [e.type for e in run("탈북민들이 강제로 북송됐다.")] == ["REPATRIATE"]
    assert [e.type for e in run("보위원들은 가족들에게 강제로 전화를 걸게 했다.")] == ["COERCE"]


def test_several_acts_in_one_sentence():
    types = {e.type for e in run("보위부에 끌려간 주민은 구타를 당했다.")}
    assert types == {"DETAIN", "ASSAULT"}


def test_the_same_act_told_twice_is_one_event():
    text = ("보위부가 탈북자 가족들을 협박하고 있다.\n"
            "소식통은 \"보위부가 탈북자 가족들을 협박했다\"고 말했다.")
    assert len([e for e in run(text) if e.type == "THREATEN"]) == 1


@pytest.mark.parametrize("text", [
    "올해 장마당 쌀 가격이 크게 올랐다.",
    "작황이 좋아 옥수수 수확량이 늘었다.",
    "축구 대표팀이 어제 평양으로 귀환했다.",
    "당시 당 간부들은 시장 가격을 논의했다.",
    "김정은이 새로 지은 공장을 방문했다.",
    "날씨가 맑았다.",
])
def test_background_has_no_events(text):
    assert run(text) == []


def test_offsets_in_a_multi_paragraph_document():
    text = "제목\n\n첫 문단은 날씨 이야기다. 보위부가 주민을 체포했다.\n둘째 문단이다."
    ev = one(text, "DETAIN")
    assert ev.evidence.text == "보위부가 주민을 체포했다."
    assert text[ev.trigger_start:ev.trigger_end] == "체포"


def test_speed_per_report():
    body = ("보위부가 탈북자 가족들을 감시하고 있다고 소식통이 전했다. "
            "올해 장마당 쌀 가격은 안정세를 보이고 있다. 날씨는 대체로 맑았다. ") * 15
    run(body)  # warm-up
    t = time.perf_counter()
    run(body)
    assert time.perf_counter() - t < 0.5  # generous: shared CI machines; measured ~10 ms


# --- rule families added for issue 5 ------------------------------------------

@pytest.mark.parametrize("text,type_", [
    ("주민 두 명이 군 보위부로 불려갔다.", "VISIT"),             # split verb 불리+어+가
    ("그 여성은 시 보안서에 세 번 호출됐다.", "VISIT"),
    ("탈북자 가족들은 도 보위부에서 조사를 받았다.", "DETAIN"),   # 조사를 받다: was questioned
    ("안전부는 탈북자 가족을 주민들 앞에 세웠다.", "PROPAGANDA"),  # 앞에 세우다
    ("보위원은 어머니에게 자기가 시킨 대로 말하라고 했다.", "COERCE"),
    ("보위부는 탈북자 가족에게 한국으로 전화를 걸게 했다.", "COERCE"),  # causative
    ("보위원들이 중국에서 그 남성을 강제로 차에 태웠다.", "ABDUCT"),
    ("보위원은 가족들에게 조용히 하라고 을러댔다.", "THREATEN"),
])
def test_new_trigger_families(text, type_):
    one(text, type_)


def test_everyday_verbs_need_their_cue():
    assert not run("그는 친구를 차에 태웠다.")          # no force: no abduction
    assert not run("그는 기둥을 세웠다.")
    assert not run("주민들은 회의에서 돌아가며 발언했다.")


def test_handover_to_an_organisation_is_detention_to_a_country_repatriation():
    assert one("탈북민들은 온성군 보위부로 넘겨졌다.", "DETAIN").perpetrator.actor == "KP.MSS"
    ev = one("탈북민들은 중국 공안에 붙잡혀 북한으로 넘겨졌다.", "REPATRIATE")
    assert ev.perpetrator.actor == "CN.police"


def test_forced_ride_across_border_is_one_abduction():
    types = [e.type for e in run("보위원들이 단둥에서 김 씨를 강제로 차에 태워 신의주로 끌고 갔다.")]
    assert types == ["ABDUCT"]


def test_head_noun_and_modifiers_give_target_category():
    assert one("재판소는 탈북 브로커에게 사형을 선고했다.", "PUNISH").target.category == "broker"
    ev = one("보위부가 탈북자의 부모와 형 부부를 데려갔다.", "DETAIN")
    assert ev.target.category == "defector_family"
    ev = one("보위부는 탈북자 집을 찾아갔다.", "VISIT")
    assert ev.target.category == "defector_family"
    ev = one("북송된 김 씨는 보위부 구류장으로 끌려갔다.", "DETAIN")
    assert ev.target.category == "returnee"


def test_person_named_by_sex_or_name_is_the_person_the_report_is_about():
    events = run("재입북자 한 명이 최근 보위부에 체포됐다. 보위원들은 이 남성을 매일 때렸다.")
    assert [e.target.category for e in events if e.type == "ASSAULT"] == ["returnee"]
    assert one("보위원들은 이 남성을 매일 때렸다.", "ASSAULT").target.category == "resident"


def test_unit_named_in_the_sentence_refines_the_same_organisation():
    # The unit key needs the act's own passage (bench/CODING.md, sub-units): a unit named in
    # an earlier sentence does not narrow the organisation's men.
    events = run("시 보위부 반탐과 보위원들이 탈북자 가족을 감시했다. 보위원들은 가족들을 협박했다.")
    assert [e.perpetrator.actor for e in events] == ["KP.MSS.anti_espionage"] * 2  # one scene
    events = run("시 보위부 반탐과 보위원들이 탈북자 가족을 감시했다. 가족들은 장사를 그만두었다. "
                 "보위원들은 가족들을 협박했다.")
    assert [e.perpetrator.actor for e in events] == ["KP.MSS.anti_espionage", "KP.MSS"]
    events = run("어머니는 보위부 반탐과에 불려 갔고, 그곳에서 보위원들은 어머니를 협박했다.")
    assert events[-1].perpetrator.actor == "KP.MSS.anti_espionage"
    # A different organisation in the sentence is not overridden by the discourse.
    events = run("시 보위부 반탐과가 탈북자 가족을 감시했다. 보안서는 주민들을 체포했다.")
    assert events[-1].perpetrator.actor == "KP.MSoS"


@pytest.mark.parametrize("text", [
    "올해 들어 보위부가 탈북자 가족 감시를 강화했다.",
    "지난해 말부터 보위원들이 탈북자 가족의 집을 찾아왔다.",
    "요즘 보안원들은 주민들의 손전화를 단속한다.",
])
def test_time_words_make_an_act_ongoing(text):
    assert {e.status for e in run(text)} == {"ongoing"}


def test_participle_without_agent_names_people_not_a_new_act():
    types = {e.type for e in run("탈북 혐의로 체포된 주민 3명이 공개재판에서 총살됐다.")}
    assert types == {"PUNISH"}


def test_act_named_as_absent_is_no_act():
    assert not [e for e in run("경비대원들은 주민들에게 경고 없이 총을 쐈다.") if e.type == "THREATEN"]


# --- round 3: two acts of one type, orders, gatherings, brokers, tactics, prefilter ---------

def test_two_detentions_by_two_agencies_in_one_sentence_are_two_events():
    text = ('소식통은 "여성 두 명이 국경경비대에 의해 체포됐다"며 '
            '"이들은 곧바로 도 보위부로 넘겨져 조사를 받고 있다"고 전했다.')
    events = [e for e in run(text) if e.type == "DETAIN"]
    assert sorted(e.perpetrator.actor for e in events) == ["KP.MSS", "KP.border_guard"]
    # Each keeps its own clause as evidence, so their record ids differ.
    assert len({(e.evidence.start, e.evidence.end) for e in events}) == 2
    assert any(e.evidence.text.startswith("이들은") for e in events)


def test_one_detention_told_with_two_verbs_stays_one():
    assert len([e for e in run("보위부는 주민 두 명을 체포해 구금했다.") if e.type == "DETAIN"]) == 1


@pytest.mark.parametrize("text", [
    "이 여성에게는 여행증명서를 떼어주지 말라는 지시가 안전부에 내려졌다.",
    "국경 가까이 오는 사람은 경고 없이 사격하라는 명령이 국경경비대에 내려왔다.",
    "보위원들은 노동자들의 외출을 조별로만 허락한다.",
    "식당 종업원 관리가 한층 엄격해졌다.",
])
def test_restrictions_told_through_orders_and_rules(text):
    assert "RESTRICT" in [e.type for e in run(text)]


def test_an_order_to_do_another_act_is_that_act():
    types = [e.type for e in run("보위원은 이웃들에게 그가 누구를 만나는지 보고하라는 지시를 내렸다.")]
    assert types == ["SURVEIL"]


def test_summons_to_a_trial_is_forced_attendance_not_a_visit():
    ev = one("안전부가 주민들을 강제로 불러내 재판을 지켜보게 했다.", "COERCE")
    assert "forced_attendance" in ev.tactics
    assert not [e for e in run("종업원들은 식당 회의에 불려 나가 비판 발언을 해야 했다.") if e.type == "VISIT"]


def test_made_to_hang_a_sign_is_no_forced_call():
    events = run("안전부는 피고인들의 목에 팻말을 걸게 하고 주민들 앞에 세웠다.")
    assert "COERCE" not in [e.type for e in events]
    assert "forced_call" in one("보위부는 가족에게 한국에 전화를 걸게 했다.", "COERCE").tactics


def test_recall_home_is_no_visit():
    assert "VISIT" not in [e.type for e in run("당 비서는 출당 처리된 뒤 본국으로 소환됐다.")]


def test_we_know_everything_is_surveillance():
    assert one("보위원은 \"너희가 무슨 말을 했는지 우리는 다 알고 있다\"고 말했다.", "SURVEIL")


@pytest.mark.parametrize("text", [
    "보위부 요원들이 탈북을 도와준 남성을 납치했다.",
    "보위부는 도강을 알선한 50대 여성을 체포했다.",
])
def test_person_named_by_helping_people_leave_is_a_broker(text):
    ev = run(text)[0]
    assert ev.target.category == "broker"


def test_man_named_by_other_clause_is_not_a_broker():
    assert run("보위부는 시장에서 장사하던 50대 남성을 체포했다.")[0].target.category != "broker"


def test_ko_tactic_tags_use_the_english_names_where_english_has_them():
    from chronicle import data
    en = {r["tactic"] for r in data.read_tsv("lexicon/en_tactics.tsv")}
    ko = {r["tactic"] for r in data.read_tsv("lexicon/ko_tactics.tsv")}
    ko |= {r["tactic"] for r in data.read_tsv("triggers/ko.tsv") if r["tactic"] != "-"}
    # The Korean-only tags: tactics the English table has no row for.
    assert ko - en <= {"tailing", "informant", "forced_letter", "forced_attendance",
                       "public_execution", "house_search", "wiretap_unused"} - {"wiretap_unused"}
    assert {"amnesty_promise", "reward_promise", "phone_monitoring", "family_leverage",
            "crackdown"} <= ko
    ev = one("보위부는 돌아오면 죄를 묻지 않고 살림집도 주겠다고 약속했다.", "INDUCE")
    assert {"amnesty_promise", "reward_promise"} <= set(ev.tactics)


@pytest.mark.parametrize("lemma,surface", [
    ("시키다", "시켰다"), ("시키다", "시킨"), ("으르다", "을러댔다"), ("세우다", "세워"),
    ("엿듣다", "엿들었다"), ("쓰다", "썼다"), ("지켜보다", "지켜봤다"),
])
def test_prefilter_knows_conjugated_forms(lemma, surface):
    from chronicle.extraction.ko_lexicon import surface_prefixes
    assert any(surface.startswith(p) for p in surface_prefixes(lemma))
    assert "을" not in surface_prefixes(lemma)  # never a particle-sized prefix


def test_prefilter_skips_sentences_without_any_trigger():
    from chronicle.extraction.ko_lexicon import KoLexicon
    pre = KoLexicon.load().prefilter
    assert not pre.search("올해 감자 농사는 풍년이라고 소식통이 전했다.")
    assert pre.search("보위원들이 그를 을러댔다.")
    # no trigger word, only a cue pattern (kept from leaving): searched after the words
    text = "그 집 식구들은 마을 밖으로 나가지 못하게 했다."
    assert not pre.literals.search(text) and pre.search(text)
    assert not pre.search(text, 0, text.index("나가지"))  # the span given is the one searched


# --- perpetrators (round 4): who acts, and where the text does not say ------

def test_a_quote_of_several_sentences_keeps_its_speaker():
    from chronicle.extraction.ko_syntax import split
    text = '보위부 지도원이라고 밝힌 남성은 "다 알고 있다. 돌아오지 않으면 가족이 무사하지 못할 것"이라고 협박했다.'
    assert len(split(text)) == 1
    assert one(text, "THREATEN").perpetrator.actor == "KP.MSS"


def test_a_mention_of_the_parent_in_a_later_paragraph_is_the_organisation():
    # Session 18: the unit key needs the act's own passage or its scene (bench/CODING.md);
    # in the development sets 21 of 34 such later acts were coded to the organisation.
    text = ("보위부 반탐과 보위원들이 탈북자 가족의 집을 찾아와 감시하고 있다.\n\n"
            "보위원들은 가족들에게 돌아오라고 전화하도록 강요했다.")
    assert one(text, "COERCE").perpetrator.actor == "KP.MSS"


def test_the_state_as_subject_is_its_government():
    ev = one("북한은 지난해 국경을 전면 봉쇄했다.", "RESTRICT")
    assert ev.perpetrator.actor == "KP.gov"
    # a destination is no actor
    assert one("탈북민들이 중국 공안에 체포돼 북한으로 넘겨졌다.", "REPATRIATE").perpetrator.actor == "CN.police"


def test_officials_who_undergo_a_passive_act_are_its_target():
    ev = one("보위성 간부 5명이 총살됐다는 말이 당 간부들 사이에서 퍼지고 있다.", "PUNISH")
    assert ev.perpetrator is None
    assert ev.target.category == "official"
    ev = one("공장 책임자인 당 비서는 출당 처리됐다.", "PUNISH")
    # (only the Party expels its members, bench/CODING.md: the act is the Party's, since session 36)
    assert ev.perpetrator.actor == "KP.WPK" and ev.target.category == "official"


def test_a_relative_clause_subject_stays_the_agent():
    ev = one("강변에서 40대 남성이 경비대원이 쏜 총에 맞아 숨졌다.", "ASSAULT")
    assert ev.perpetrator.actor == "KP.border_guard"


def test_a_pronoun_subject_stands_for_the_officials_named_before():
    text = '소식통은 "보위성 간부 5명이 총살됐다"며 "이들이 조사 과정에서 사람들을 고문했다"고 전했다.'
    assert one(text, "ASSAULT").perpetrator.actor == "KP.MSS"
    # people who were no officials give no actor to 이들
    text = "주민 3명이 보위부에 체포됐다. 그 뒤 이들이 다른 주민들을 감시했다."
    assert one(text, "SURVEIL").perpetrator is None


def test_the_lede_names_who_did_the_act_told_later_without_agent():
    text = ("단둥에서 조선족 남성이 보위성 요원들에게 납치된 것으로 알려졌다.\n\n"
            "소식통은 \"10월 27일 밤 김모 씨가 승합차에 강제로 태워졌다\"고 전했다.")
    ev = one(text, "ABDUCT")
    assert "승합차" in ev.evidence.text and ev.perpetrator.actor == "KP.MSS"


def test_an_organisation_official_is_an_actor_an_ngo_official_a_source():
    text = '인권단체 관계자는 "중국 공안이 탈북민들을 체포했다"며 "이들은 지난 15일 북송됐다"고 말했다.'
    ev = one(text, "REPATRIATE")
    assert ev.perpetrator.actor == "CN.police" and ev.attribution.text.endswith("관계자")
    assert one("보위부 관계자가 탈북자 가족을 협박했다.", "THREATEN").perpetrator.actor == "KP.MSS"


def test_a_passive_without_agent_takes_the_actor_only_when_linked():
    linked = ("청진시 안전부가 주민들을 감시하고 있다.\n\n소식통은 \"도 재판소는 브로커에게 사형을 선고했다\"고 전했다. "
              "나머지 두 명은 각각 노동교화형 15년과 10년을 선고받았다고 한다.")
    evs = [e for e in run(linked) if e.type == "PUNISH"]
    assert [e.perpetrator and e.perpetrator.actor for e in evs] == ["KP.court", "KP.court"]
    unlinked = ("도 재판소는 학생 4명에게 노동단련형을 선고했다. "
                "재판장에는 학부모와 학생 천여 명이 동원됐다.")
    assert one(unlinked, "COERCE").perpetrator is None


def test_the_subject_inside_a_threat_is_not_the_one_threatening():
    text = ("보위부 반탐과 보위원들이 탈북자 가족의 집을 찾아와 감시하고 있다.\n\n"
            '소식통은 "말을 듣지 않으면 온 가족이 산골로 쫓겨날 줄 알라고 을러댔다"고 전했다.')
    # the organisation of the paragraph before; its unit, named there, does not narrow an act
    # of another paragraph (bench/CODING.md: the unit key needs the act's own passage)
    assert one(text, "THREATEN").perpetrator.actor == "KP.MSS"


def test_a_unit_named_in_the_sentence_before_narrows_the_act():
    text = ('보위부 반탐과 보위원들이 탈북자 가족의 집을 찾아왔다. '
            '소식통은 "말을 듣지 않으면 온 가족이 산골로 쫓겨날 줄 알라고 을러댔다"고 전했다.')
    assert one(text, "THREATEN").perpetrator.actor == "KP.MSS.anti_espionage"


def test_the_act_as_subject_leaves_no_actor_out():
    text = "보위부가 가족들을 감시하고 있다.\n\n2016년 이후 종업원 관리가 한층 엄격해졌다."
    evs = [e for e in run(text) if e.type == "RESTRICT"]
    assert evs and evs[0].perpetrator is None


# --- speed without change (issue 8): the faster lookups find what the plain ones did ---

WORDS = ["보위부", "보위부원", "보위", "감시", "감시원", "체포", "a.b", "(x)"]


@pytest.mark.parametrize("text", [
    "보위원들이 왔다", "보위부원이", "그는 감시를 받았다", "감", "a.b가", "axb", "(x)와", "", "체포영장",
])
def test_the_literal_trie_finds_a_word_where_the_flat_alternation_does(text):
    import re
    from chronicle.regex_words import literal_pattern
    flat = re.compile("|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)))
    trie = re.compile(literal_pattern(WORDS))
    assert bool(trie.search(text)) == bool(flat.search(text))
    assert not re.search(literal_pattern([]), text)  # no words: nothing matches, not everything


def test_the_lexicon_cues_agree_with_a_scan_of_its_terms():
    from chronicle.extraction.ko_lexicon import KoLexicon
    lex = KoLexicon.load()
    for text in ("탈북자의 가족들이 감시를 받았다.", "가족들이 모였다.", "올해 농사는 풍년이다.", "해외 노동자 가족"):
        kinds = {t.kind for term, t in lex.targets.items() if term in text}
        assert bool(lex.family_cue.search(text)) == ("family" in kinds)
        assert bool(lex.defector_cue.search(text)) == ("defector" in kinds)
        assert bool(lex.source_cue.search(text)) == any(t in text for t in lex.attribution)
        forms = text.rstrip(".").split()
        assert lex.target_terms(forms, text) == [lex.targets[f] for f in forms if f in lex.targets] + \
            [t for term, t in lex.targets.items() if " " in term and term in text]


def test_the_actor_of_a_phrase_is_the_same_at_any_offset():
    # The alias scan is remembered per phrase text (보위부 감시 here, first at 0, then
    # further in): its matches must land on the new phrase's own tokens.
    for text in ("보위부 감시가 강화됐다.", "국경 지역에서 보위부 감시가 심해졌다."):
        ev = one(text, "SURVEIL")
        assert ev.perpetrator.text == "보위부 감시" and ev.perpetrator.actor == "KP.MSS"


# --- physical acts and perpetrators on unseen wording (issue 3/5, physical part) ---

def _types(text):
    return sorted(e.type for e in run(text))


def test_ko_handing_over_to_the_north_is_repatriation_to_an_office_detention():
    ev = one("변방대가 탈북민 다섯 명을 다리에서 북한 경비대에게 넘겼다.", "REPATRIATE")
    assert ev.perpetrator.actor == "CN.police"
    assert _types("체포된 청년들은 모두 시 보위부로 넘겨졌다고 한다.") == ["DETAIN"]
    # a trial as the destination is no handing over of its own
    assert "REPATRIATE" not in _types("그 학생들은 공개재판에 넘겨진 것으로 알려졌다.")


def test_ko_caught_in_a_crackdown_and_locked_up():
    assert _types("주민 두 명이 보안서 단속에 적발됐다.") == ["DETAIN"]
    assert _types("그 여성은 109상무에 걸렸다는 말이 돈다.") == ["DETAIN"]
    ev = one("처음에는 군 보위부 구류장에 들어가서 한 달을 보냈어요.", "DETAIN")
    assert ev.perpetrator.actor == "KP.MSS"
    # 걸리다 alone (a cold, a phone call) is no arrest
    assert run("어머니가 감기에 걸려 장사를 못 했다.") == []


def test_ko_beaten_and_kneeling_in_testimony():
    assert _types("끌려간 남편은 몽둥이로 얻어맞았다고 한다.") == ["ASSAULT"]
    assert "ASSAULT" in _types("보위원들은 밤새 무릎을 꿇려 앉혀 놓았다.")
    assert run("할머니는 절에서 무릎을 꿇고 기도했다.") == []


def test_ko_moved_to_a_farm_is_expulsion_and_fired_from_work_a_punishment():
    assert _types("탈북자 가족 네 가구가 산골 협동농장으로 옮겨졌다.") == ["EXPEL"]
    assert run("주민들이 짐을 새 집으로 옮겼다.") == []
    assert _types("탈북자의 형은 직장에서 쫓겨났다.") == ["PUNISH"]


def test_ko_sentence_named_by_place_and_term_without_people():
    assert _types("결국 교화소 2년을 받았어요.") == ["PUNISH"]
    assert _types("석 달 뒤 노동단련대로 보내졌다고 한다.") == ["PUNISH"]


def test_ko_taking_a_person_abroad_by_the_norths_agents_is_abduction():
    ev = one("보위부 요원들이 연길의 한 여관에서 그를 붙잡아 강 건너로 데려갔다.", "ABDUCT")
    assert ev.perpetrator.actor == "KP.MSS"
    # the same verbs at home, or by Chinese police abroad, are detentions
    assert _types("보위원들이 집에 와서 그의 부모를 데려갔다.") == ["DETAIN"]
    assert _types("중국 공안이 단둥에서 탈북민 세 명을 붙잡았다.") == ["DETAIN"]
    # a relative abroad is no place of the act
    assert _types("중국에 있는 딸과 통화하던 주민이 보안원들에게 붙잡혔다.") == ["DETAIN"]


def test_ko_averted_and_background_acts_are_no_events():
    assert run("정부는 탈북민이 강제 북송되는 일이 없도록 노력하겠다고 밝혔다.") == []
    types = _types("보위원들은 조사받는 동안 그를 몽둥이로 때렸다.")
    assert types == ["ASSAULT"]


def test_ko_law_allowing_death_is_background():
    # bench/CODING.md §1.6: law texts are background, no event (session 8; the newer sets
    # code a law's penalties as nothing, the oldest one as a restriction).
    assert _types("북한은 새 법을 제정해 외국 영화를 본 사람을 사형에 처할 수 있도록 했다.") == []
    # A rule put in force on people is still one.
    assert _types("보위부는 국경 주민들에게 외국 영화를 보지 말라고 다시 지시했다.") == ["RESTRICT"]


def test_ko_return_after_a_stay_in_the_south():
    ev = one("이 남성은 한국에 갔다가 지난해 중국을 거쳐 돌아왔다고 한다.", "RETURN")
    assert ev.perpetrator is None
    assert run("그는 장마당에 갔다가 저녁에 집으로 돌아왔다.") == []


def test_ko_omitted_subjects_and_agentless_passives_take_the_actor_just_told():
    evs = run("안전부 수사과가 장사꾼 한 명을 끌고 갔다.\n"
              "안전부 수사과는 그를 열흘 동안 조사했다. 잠을 재우지 않는 고문까지 당했다.")
    assert [e.perpetrator.actor for e in evs if e.type == "ASSAULT"] == ["KP.MSoS"]
    evs = run("시 보위부가 탈북자 가족 세 집을 찾아가 압박했다. 이 세 가구는 결국 산골 농장으로 옮겨졌다.")
    assert [e.perpetrator.actor for e in evs if e.type == "EXPEL"] == ["KP.MSS"]
    # a condition's subject is not the one who fines: the dropped subject is the office
    evs = run("보안서가 숙박 검열을 하고 있다. 등록하지 않은 손님이 나오면 집주인에게 벌금을 물린다.")
    assert [e.perpetrator.actor for e in evs if e.type == "PUNISH"] == ["KP.MSoS"]


def test_ko_conjoined_actors_the_first_named_leads():
    ev = one("시 안전부 안전원과 보위원들이 주민 두 명을 체포했다.", "DETAIN")
    assert ev.perpetrator.actor == "KP.MSoS"


def test_ko_status_of_denial_and_of_what_is_to_come():
    assert one("당국은 주민들을 체포했다는 보도를 날조라고 일축했다.", "DETAIN").status == "denied"
    assert one("송환되면 고문을 당할 위험이 크다.", "ASSAULT").status == "expected"


# --- speech and pressure acts, and status, on unseen wording (issue 3/5, speech part) ---

def test_ko_summons_told_with_bureu_but_not_a_song_or_a_dictation():
    ev = one("보위부는 탈북자의 어머니를 사무실로 불러 딸과 연락하는지 캐물었다.", "VISIT")
    assert ev.perpetrator.actor == "KP.MSS"
    assert "VISIT" not in _types("보위원들은 주민들 앞에서 노래를 불러 분위기를 띄웠다.")
    assert _types("보위원이 불러주는 대로 어머니에게 편지를 쓰게 했다.") == ["COERCE"]


def test_ko_rounded_up_for_a_lecture_is_forced_attendance():
    ev = one("시 당위원회는 탈북자 가족들을 불러 모아 강연을 듣게 했다.", "COERCE")
    assert "forced_attendance" in ev.tactics
    assert _types("강연회에는 탈북자 가족들이 모두 불려 나왔다.") == ["COERCE"]


def test_ko_promise_after_a_return_condition_is_inducement_made(monkeypatch):
    ev = one("보위원은 어머니에게 아들이 돌아오면 집을 새로 주겠다고 말했다.", "INDUCE")
    assert ev.status == "occurred"  # the promise was made; 겠 is its content
    # No rule reads a promise in a gift (the learned reader, which may, is tested apart).
    monkeypatch.setattr(korean, "LEARNED", False)
    assert "INDUCE" not in _types("보위원은 어머니에게 쌀을 주고 돌아갔다.")


def test_ko_punishment_said_under_a_condition_is_a_threat():
    ev = one("보위원은 벌금을 내지 않으면 단련대로 보낸다고 했다.", "THREATEN")
    assert ev.status == "occurred"
    # (the rules' reading; the learned reader may propose the summons the threat names as well)
    assert [e.type for e in run("보위부는 단속에 걸린 사람의 가족까지 불러 조사하겠다고 한다.")
            if not e.extractor.rule.startswith("model.")] == ["THREATEN"]
    # a plain report of a punishment is no threat
    assert "THREATEN" not in _types("보위부는 그를 단련대로 보냈다고 소식통이 말했다.")


def test_ko_informing_and_watching_told_in_other_words():
    assert _types("인민반장이 그 집에 누가 드나드는지 보위부에 일러바쳤다.") == ["SURVEIL"]
    assert _types("보위부가 전파탐지기를 싣고 다니며 신호를 잡고 있다.") == ["SURVEIL"]
    assert _types("인민반장은 누가 배웅하는지 이름을 적어 갔다.") == ["SURVEIL"]
    assert _types("그는 공책에 이름을 적어 두었다.") == []


def test_ko_visit_wording_and_what_is_no_visit():
    # bursting in is a visit when the household is questioned or warned (triggers ko.tsv, 들이닥치다;
    # the development sets code a bare raid by what follows it, custody or a search)
    assert _types("안전원들이 탈북자 가족 집에 들이닥쳐 아들이 어디 있느냐고 캐물었다.") == ["VISIT"]
    assert _types("그 남성은 매주 보위부에 나와 동향을 설명했다.") == ["VISIT"]
    assert _types("중국에 친척 방문차 나온 주민이 말했다.") == []
    assert _types("밤중에 찾아온 남성들을 따라 나간 선교사는 연락이 끊겼다고 보위부 사정에 밝은 소식통이 전했다.") == []
    assert _types("북한 당국의 회유가 있었는지 살펴보고 있다.") == []


def test_ko_status_habitual_present_chained_and_expected():
    assert one("인민반장이 밤마다 가족들의 전화를 살피고 보위부에 알린다.", "SURVEIL").status == "ongoing"
    assert one("안전부는 손님을 재운 집주인에게 벌금을 물린다고 한다.", "PUNISH").status == "ongoing"
    assert one("보위부는 이 부부를 앞세워 다른 군에서도 강연을 이어갈 것으로 보인다.",
               "PROPAGANDA").status == "expected"
    assert one("보안원들이 주민 두 명을 체포했다.", "DETAIN").status == "occurred"
    # a reporting verb in the present (것으로 안다) says nothing of the act's time
    assert one("당국이 국경 단속을 지시한 것으로 안다.", "RESTRICT").status == "occurred"


def test_ko_status_is_read_in_the_quote_that_tells_the_act():
    text = ('소식통은 "친척들은 보위부에 끌려가 며칠째 조사를 받고 있다"며 '
            '"이웃들도 보위부에 불려가 추궁을 받았다"고 말했다.')
    visit = one(text, "VISIT")
    assert visit.status == "occurred"


# --- fields round: perpetrator and target (issue 3/5, fields) ---------------------

def test_ko_authorities_are_the_government():
    evs = run("체포된 대학생들은 시 안전부로 넘겨졌다고 한다. 당국이 이들을 공개재판에 세울 것이라는 말이 돈다.")
    assert {e.perpetrator.actor for e in evs if e.type in ("PUNISH", "PROPAGANDA")} == {"KP.gov"}
    # 당국 after an organ seen acting is still the state (session 50: the development sets code
    # the organ before for none of 21 such 당국; bench/CODING.md: unnamed authorities are KP.gov)
    evs = run("보위부가 재입북한 부부를 앞세워 강연회를 열었다. 당국이 이 부부를 다른 군에서도 강연에 세울 것으로 보인다.")
    assert [e.perpetrator.actor for e in evs if e.type == "PROPAGANDA"][-1] == "KP.gov"


def test_ko_the_subject_not_the_companion_is_the_organisation_acting():
    evs = run("보안원들이 인민반장과 함께 집집을 돌며 숙박 검열을 했다. "
              "미등록 손님이 나오면 세대주에게 벌금을 물린다고 한다.")
    assert [e.perpetrator.actor for e in evs if e.type == "PUNISH"] == ["KP.MSoS"]


def test_ko_an_act_state_media_claim_without_a_subject_is_the_states():
    ev = one('로동신문은 "반공화국 간첩 두 명을 국경에서 현행범으로 체포했다"고 보도했다.', "DETAIN")
    assert ev.perpetrator.actor == "KP.gov" and ev.target.category == "other"
    # a source who is no state medium gives no actor
    assert one('주민들은 "간첩 두 명을 국경에서 체포했다"고 말했다.', "DETAIN").perpetrator is None


def test_ko_people_caught_in_china_are_sent_back_by_chinas_police():
    ev = one("연길에서 체포된 여성 다섯 명이 지난주 북한으로 강제 송환됐다.", "REPATRIATE")
    assert ev.perpetrator.actor == "CN.police"
    # passing through China tells nobody who sent them back
    ev = one("여성 다섯 명이 중국을 거쳐 북한으로 강제 송환됐다.", "REPATRIATE")
    assert ev.perpetrator is None


def test_ko_a_byline_does_not_swallow_the_subject():
    ev = one("(서울=북방통신) 이현우 기자 = 북한이 세관 간부 세 명을 공개 처형했다.", "PUNISH")
    assert ev.perpetrator.actor == "KP.gov" and ev.target.category == "official"


def test_ko_workers_are_abroad_when_the_sentence_sends_them_there():
    ev = one("보위원이 러시아에 파견된 노동자들을 감시하고 있다.", "SURVEIL")
    assert ev.target.category == "worker_abroad"
    ev = one("보위원이 탄광 노동자들을 감시하고 있다.", "SURVEIL")
    assert ev.target.category == "resident"


def test_ko_the_person_a_report_is_about_is_the_defectors_relative():
    evs = run("시 보위부가 한국에 간 탈북민의 아버지를 세 차례 호출했다. 보위원들은 지금도 이 남성을 감시하고 있다.")
    assert [e.target.category for e in evs if e.type == "SURVEIL"] == ["defector_family"]
    # a relative named in passing does not make the report about the family
    evs = run("브로커로 일하던 조선족 남성이 북한 요원들에게 납치됐다. "
              "그는 한국에 있는 가족과 연락하던 사람들을 도왔다. 요원들은 몇 달 동안 이 남성을 감시했다.")
    assert [e.target.category for e in evs if e.type == "SURVEIL"] == ["broker"]


def test_ko_an_agentless_passive_in_the_next_paragraph_only_of_the_same_people():
    evs = run("군 보안서가 탈북자 가족 두 세대를 찾아가 짐을 싸라고 압박했다.\n\n"
              "결국 이 두 세대는 산골 협동농장으로 옮겨졌다.")
    assert [e.perpetrator.actor for e in evs if e.type == "EXPEL"] == ["KP.MSoS"]
    evs = run("군 보안서가 탈북자 가족 두 세대를 찾아가 짐을 싸라고 압박했다.\n\n"
              "올봄에는 탈북자가 나온 다른 집 다섯 세대가 산골 협동농장으로 옮겨졌다.")
    assert [e.perpetrator for e in evs if e.type == "EXPEL"] == [None]


# --- round 8: certainty in the act's own stretch, chained tense, calls to stop -------------

def test_ko_r8_a_hedge_belongs_to_its_own_quote():
    text = '주민은 "보위부가 강 씨를 체포했다"면서 "가족도 감시한다는 말이 돈다"고 말했다.'
    assert one(text, "DETAIN").certainty == "reported"
    assert one(text, "SURVEIL").certainty == "rumor"


@pytest.mark.parametrize("text,type_", [
    ("소식통은 \"간부 세 명이 총살됐다는 말이 당 간부들 사이에서 퍼지고 있다\"고 전했다.", "PUNISH"),
    ("소식통은 \"주민 두 명이 보위부에 체포됐다는 얘기가 나온다\"고 말했다.", "DETAIN"),
    ("소식통은 \"그 가족이 관리소로 보내졌다는 말을 들었다\"고 말했다.", "PUNISH"),
    ("요원들이 그를 강 건너로 데려간 것으로 보인다.", "ABDUCT"),
])
def test_ko_r8_rumor_wordings(text, type_):
    assert one(text, type_).certainty == "rumor"


def test_ko_r8_a_forecast_and_a_plain_report_are_no_rumor():
    assert one("보위부는 앞으로 탈북자 가족을 더 감시할 것으로 보인다.", "SURVEIL").certainty == "reported"
    assert one("소식통은 \"보위부가 주민 두 명을 체포했다고 한다\"고 말했다.", "DETAIN").certainty == "reported"


def test_ko_r8_confirmed_by_an_official_body_or_the_states_own_media():
    assert one("통일부는 \"탈북민이 보위부에 체포된 사실을 관계기관을 통해 확인했다\"고 밝혔다.",
               "DETAIN").certainty == "confirmed"
    assert one("조선중앙통신은 \"간첩을 혜산시에서 체포했다\"고 보도했다.", "DETAIN").certainty == "confirmed"
    # state media denying an act confirm nothing; nor does an outlet's own narration
    evs = run("조선중앙통신은 \"보위부가 사람을 납치했다는 것은 날조\"라고 주장했다.")
    assert all(e.certainty != "confirmed" for e in evs)
    assert one("보위부가 간첩을 체포했다고 한 매체가 전했다.", "DETAIN").certainty == "reported"


def test_ko_r8_conjoined_noun_and_time_linked_clause_share_the_mood():
    evs = run("송환된 주민들이 고문과 구금을 당할 위험이 크다.")
    assert {e.type: e.status for e in evs if e.type in ("ASSAULT", "DETAIN")} == \
        {"ASSAULT": "expected", "DETAIN": "expected"}
    ev = one("송환된 이들은 보위부에 넘겨진 뒤 출신 지역별로 각 도 보위부에 인계될 것으로 보인다.", "DETAIN")
    assert ev.status == "expected"
    assert one("보위부는 주민을 체포한 뒤 고문했다.", "DETAIN").status == "occurred"


def test_ko_r8_the_chain_stays_out_of_quotes_and_relative_clauses():
    ev = one("이웃들도 보위부에 불려가 '왜 신고하지 않았느냐'는 추궁을 받았다.", "VISIT")
    assert ev.status == "occurred"
    ev = one("안전원이 밤마다 집집의 문을 두드리고 들어와 등록되지 않은 사람이 있는지 확인한다.", "VISIT")
    assert ev.status == "ongoing"


def test_ko_r8_plans_chances_and_knowledge():
    ev = one("보위원들은 그를 붙잡아 데려올 계획이었던 것 같다.", "DETAIN")
    assert (ev.status, ev.certainty) == ("expected", "rumor")
    assert one("한국행을 시도한 사람은 정치범수용소로 보내질 가능성이 크다.", "PUNISH").status == "expected"
    assert one("발각되면 처벌을 피하기 어렵다.", "PUNISH").status == "expected"
    ev = one('보위원은 "너희가 통화하면서 무슨 말을 했는지 우리는 다 알고 있다"고 말했다.', "SURVEIL")
    assert ev.status == "occurred"
    assert one("보위부가 탈북자 가족들을 감시하고 있다.", "SURVEIL").status == "ongoing"


def test_ko_r8_cases_are_ongoing_and_calls_to_stop_tell_no_act():
    ev = one("보위부가 탈북자 가족을 산간 지역으로 이주시키는 사례가 9건 확인됐다.", "EXPEL")
    assert ev.status == "ongoing"
    # Session 17: a call to stop a practice is advocacy (13 of 17 such sentences in the dev sets
    # carry no gold act; the other four tell theirs in another clause).
    for text in ("특별보고관은 중국 정부에 강제송환 중단을 촉구했다.",
                 "보고서는 중국 정부에 강제북송 중단을, 북한 당국에 구금 시설 내 강제노동 금지를 촉구했다.",
                 "단체는 \"북한 당국은 탈북민 가족에 대한 보복을 즉각 중단하여야 한다\"고 촉구했다."):
        assert run(text) == [], text
    # the call told after the act itself is no second act
    evs = run("중국 공안은 탈북민 40명을 강제북송했다. 단체는 중국에 강제북송 중단을 요구했다.")
    assert [e.type for e in evs].count("REPATRIATE") == 1
    # a stop that was made is no ongoing act
    assert one("중국 공안이 탈북민을 강제북송했다.", "REPATRIATE").status == "occurred"


# --- round 9 -------------------------------------------------------------------

def test_ko_r9_a_press_conference_noun_split_by_kiwi_is_still_found():
    ev = one('우리민족끼리는 김씨가 평양에서 기자회견을 열고 "남조선에서 멸시를 받았다"고 말하는 영상을 공개했다.',
             "PROPAGANDA")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.gov"
    assert "press_conference" in ev.tactics
    # a ministry's own press conference in Seoul is no propaganda show
    assert not [e for e in run("통일부 대변인은 16일 기자회견을 열고 탈북민 정착 지원 계획을 밝혔다.")
                if e.type == "PROPAGANDA"]


def test_ko_r9_not_yet_released_is_a_detention_going_on():
    ev = one("보위부가 무역 일꾼들을 조사했으며, 이 가운데 일부는 아직 풀려나지 않았다.", "DETAIN")
    assert ev.status == "ongoing"
    # released people tell no detention of their own
    assert not [e for e in run("조사를 마친 주민들은 모두 그날 풀려났다.") if e.type == "DETAIN"]


def test_ko_r9_a_fine_in_the_condition_of_a_threat_is_part_of_the_threat():
    evs = run('주민은 "보위원이 벌금을 바치지 않으면 단련대로 보낸다고 했다"고 전했다.')
    assert [e.type for e in evs] == ["THREATEN"]
    # a fine imposed is a punishment, and a threat told after it stays a threat
    evs = run('주민은 "보위부가 그에게 벌금을 물렸다"면서 "다시 걸리면 단련대로 보낸다고 했다"고 전했다.')
    assert sorted(e.type for e in evs) == ["PUNISH", "THREATEN"]
    # a summons (a verb) before a conditional threat is its own act
    evs = run("보위부가 노동자의 아내를 불러 '남편이 남조선으로 갔다면 너희도 무사하지 못할 것'이라고 을렀다.")
    assert sorted(e.type for e in evs) == ["THREATEN", "VISIT"]


def test_ko_r9_held_until_the_next_act_is_no_second_detention():
    evs = run("중국 공안이 탈북민 김 씨를 체포했다. 김 씨는 도문 구류소에 갇혀 있다가 북한 측에 넘겨졌다.")
    assert sorted(e.type for e in evs) == ["DETAIN", "REPATRIATE"]
    # with no detention told before, being held is the detention
    evs = run("김 씨는 도문 구류소에 갇혀 있다가 북한 측에 넘겨졌다.")
    assert sorted(e.type for e in evs) == ["DETAIN", "REPATRIATE"]


# --- round 10: the incidents set's wording ------------------------------------

def test_ko_r10_background_sentences_tell_no_act():
    # an analyst's reading of the state's aims
    assert run("연구자들은 북한이 귀환자들을 선전에 이용해 주민들을 단속하려 한다고 분석한다.") == []
    # a standing accusation against the state
    assert run("북한은 예전부터 해외에서 선교사를 납치했다는 의혹을 받아 왔다.") == []
    # the same act told as a report stays an act
    assert one("북한 요원들이 해외에서 선교사를 납치했다고 소식통이 전했다.", "ABDUCT")


def test_ko_r10_a_header_line_is_not_the_lead():
    body = ("회령시 보위부가 탈북민 가족들을 잇따라 불러 조사하고 있다고 소식통이 전했다.\n\n"
            "소식통은 \"이달부터 보위부가 가족들을 하루에 한 집씩 호출하고 있다\"고 말했다.")
    plain = [e.type for e in run(body)]
    tagged = [e.type for e in run("[지역 소식] 제휴 기사입니다\n\n" + body)]
    assert plain == tagged == ["VISIT"]


def test_ko_r10_a_trial_held_is_the_spectacle_its_sentence_the_punishment():
    ev = one("혜산시에서 외부와 통화한 주민 두 명에 대한 공개재판이 지난 5일 열렸다.", "PROPAGANDA")
    assert ev.status == "occurred"
    # told with its sentence, the trial held is the staging beside the penalty (bench/CODING.md, session 48)
    evs = run('소식통은 "공개재판이 열렸다"며 "재판소는 이들에게 노동교화형 5년을 선고했다"고 전했다.')
    assert [e.type for e in evs] == ["PROPAGANDA", "PUNISH"]


def test_ko_r10_taken_to_a_camp_is_a_punishment():
    assert one("귀순한 병사의 부모가 정치범수용소로 끌려간 것으로 알려졌다.", "PUNISH")
    # taken to an office is a detention
    assert one("귀순한 병사의 부모가 보위부로 끌려간 것으로 알려졌다.", "DETAIN")


def test_ko_r10_taken_away_in_a_chinese_city_by_the_norths_agents():
    ev = one('관계자는 "그가 연길 시내 식당에 나갔다가 북한 보위부 요원들에게 끌려간 것으로 보인다"고 말했다.',
             "ABDUCT")
    assert ev.certainty == "rumor"
    # inside the North it is a detention
    assert one('관계자는 "그가 혜산 시장에 나갔다가 보위부 요원들에게 끌려갔다"고 말했다.', "DETAIN")


def test_ko_r10_a_summons_to_make_people_call_is_a_visit_beside_the_coercion():
    # bench/CODING.md 1.1: "called her in ... and made her phone her son" is VISIT + COERCE
    evs = run("보위부가 탈북민 가족 세 집을 불러 남한에 있는 자식에게 전화로 돌아오라고 말하게 했다.")
    assert sorted(e.type for e in evs) == ["COERCE", "VISIT"]  # and 돌아오라고 is no return
    # so is a summons to a named office
    evs = run("보위원들은 한 여성을 보위부 사무실로 불러 딸에게 보낼 편지를 받아쓰게 했다.")
    assert sorted(e.type for e in evs) == ["COERCE", "VISIT"]
    # said on the phone by choice, nothing is coerced
    assert not [e for e in run("어머니는 전화로 딸에게 돌아오지 말라고 말했다.") if e.type in ("COERCE", "RETURN")]


def test_ko_r10_writing_down_who_comes_and_goes_is_surveillance():
    ev = one("인민반장들이 탈북민 가족 집에 찾아오는 사람의 이름과 드나든 시간을 모두 적고 있다.", "SURVEIL")
    assert ev.status == "ongoing"
    # writing down a shopping list, or "적지 않다" (not few), is not
    assert run("시장에 가는 사람의 이름과 살 물건을 적었다.") == []
    assert run("탈북민 가족 집에 찾아오는 사람이 적지 않다.") == []


def test_ko_r10_the_questioned_people_after_a_summons_are_no_new_detention():
    text = ("보위부가 송금을 받은 가족들을 불러 조사하고 있다.\n\n"
            "조사를 받은 가족들은 대부분 그날 저녁 집으로 돌아갔다.")
    assert [e.type for e in run(text)] == ["VISIT"]
    # with nothing told before, being questioned is the detention
    assert one("가족들은 보위부에서 사흘 동안 조사를 받았다.", "DETAIN")


def test_ko_r10_a_return_naming_people_beside_another_act():
    evs = run("북한은 남한에서 살다 돌아간 탈북민 부부를 내세워 기자회견을 열었다.")
    assert [e.type for e in evs] == ["PROPAGANDA"]


# --- round 11: target categories, plain threats, shadowing --------------------

def test_ko_r11_kin_of_executed_officials_are_other_not_defectors_family():
    ev = one("처형된 간부들의 가족 10여 가구가 산간 지역으로 추방됐다.", "EXPEL")
    assert ev.target.category == "other"
    # a defector's kin stay defector_family
    ev = one("보위부는 탈북자 가족 10여 가구를 산간 지역으로 추방했다.", "EXPEL")
    assert ev.target.category == "defector_family"


def test_ko_r11_residents_calling_kin_in_the_south_are_defectors_family():
    ev = one("보위부가 한국에 있는 가족과 전화 통화를 한 주민 3명을 체포했다.", "DETAIN")
    assert ev.target.category == "defector_family"
    ev = one("무산읍 주민 3명이 한국에 있는 가족과 통화하다 붙잡혀 구류장에 갇혔다.", "DETAIN")
    assert ev.target.category == "defector_family"
    # residents with no such kin stay residents
    assert one("보위부가 장마당에서 주민 3명을 체포했다.", "DETAIN").target.category == "resident"


def test_ko_r11_a_soldier_who_defected_makes_his_parents_defectors_family():
    ev = one("보위부가 귀순 병사의 부모를 관리소로 보냈다.", "PUNISH")
    assert ev.target.category == "defector_family"


def test_ko_r11_those_sent_back_are_returnees():
    ev = one("보위부가 송환된 이들을 구류장에 가뒀다.", "DETAIN")
    assert ev.target.category == "returnee"


def test_ko_r11_people_handed_back_from_china_had_left():
    ev = one("중국 공안은 북한 주민 40여 명을 붙잡아 북송했다.", "REPATRIATE")
    assert ev.target.category == "defector"
    # held in the North by the North's police, residents stay residents
    assert one("안전부가 북한 주민 40여 명을 체포했다.", "DETAIN").target.category == "resident"


def test_ko_r11_a_threat_said_plainly_with_a_place_of_banishment():
    ev = one("한 보위원은 어머니에게 큰아들이 돌아오지 않으면 작은아들을 광산으로 보내겠다고 했다.", "THREATEN")
    assert ev.perpetrator.actor == "KP.MSS"


def test_ko_r11_sending_a_letter_is_no_threat():
    assert run("돌아오지 않으면 가족이 걱정한다며 편지를 보내겠다고 했다.") == []
    assert run("어머니는 아들을 학교에 보내겠다고 했다.") == []


def test_ko_r11_shadowing_a_person_is_surveillance():
    ev = one("보위원 한 명이 몇 주 동안 김 씨 주변을 맴돌았다.", "SURVEIL")
    assert "김 씨" in ev.target.text and ev.perpetrator.actor == "KP.MSS"
    assert run("아이들이 운동장을 맴돌았다.") == []


# --- generality (issue 3/5, the former blind set): families of wording, each in several wordings ---

@pytest.mark.parametrize("text,type_", [
    # an order told by its imperative content: leaving one's home is an expulsion
    ("안전부는 강가 마을 주민들에게 보름 안에 집을 비우라고 지시했다.", "EXPEL"),
    ("보안서가 그 가족에게 이달 말까지 살림집을 비우도록 통보했다.", "EXPEL"),
    ("보위부는 탈북자 가족들에게 당장 국경 연선 마을을 떠나라고 명령했다.", "EXPEL"),
    ("시 안전부는 밀수꾼의 가족에게 산골 협동농장으로 이사하라고 통보했다.", "EXPEL"),
    # informing on others ordered
    ("보위부는 인민반장들에게 한국과 통화하는 집을 신고하라고 지시했다.", "SURVEIL"),
    ("안전부가 주민들에게 낯선 사람이 오면 즉시 신고하도록 했다.", "SURVEIL"),
    # made to write, to attend, to say
    ("보위원들은 어머니에게 아들한테 돌아오라는 편지를 쓰라고 다그쳤다.", "COERCE"),
    ("인민반장은 주민들에게 공개재판에 한 사람도 빠지지 말라고 했다.", "COERCE"),
    ("당국은 노동자들을 강연에 모두 참석하도록 했다.", "COERCE"),
    ("보위원은 그녀에게 전화를 걸어 딸에게 빨리 돌아오라고 말하게 했다.", "COERCE"),
    # a decree against going somewhere
    ("국경경비대는 강가에 얼씬하지 말라는 포고를 내렸다.", "RESTRICT"),
])
def test_ko_g_orders_told_by_their_content(text, type_):
    one(text, type_)


@pytest.mark.parametrize("text", [
    "조사관이 몽둥이로 그의 등을 내리쳤다.",
    "보위원이 군홧발로 그의 배를 걷어찼다.",
    "계호원은 대답이 늦다며 구둣발로 그의 무릎을 찼다.",
    "안전원들이 그를 주먹으로 마구 쳤다.",
    "경비대원이 항의하던 노인의 멱살을 잡아 끌어냈다.",
    "구류장에서 여성들은 강제로 낙태 주사를 맞아야 했다.",
    "그는 조사 과정에서 보위원들에게 매를 맞았다.",
])
def test_ko_g_violence_told_by_the_blow(text):
    one(text, "ASSAULT")


def test_ko_g_two_blows_to_different_people_are_two_assaults():
    evs = [e for e in run('그는 "계호원이 의자로 내 등을 내리쳤고, 옆방 여성은 강제로 낙태 주사를 맞게 했다"고 말했다.')
           if e.type == "ASSAULT"]
    assert len(evs) == 2


@pytest.mark.parametrize("text,type_", [
    ("탈북민들은 변방구류소에 수용돼 있다가 북송됐다.", "REPATRIATE"),
    ("그 여성은 보위부 구류장에 두 달 동안 수용됐다.", "DETAIN"),
    ("그는 보위부에서 한국 사람을 만났느냐고 추궁당했다.", "DETAIN"),
    ("도 검찰소는 청년들을 상대로 예심을 벌였다.", "DETAIN"),
    ("그 대학생은 학교에서 퇴학 처분을 받았다.", "PUNISH"),
    ("당 간부였던 그는 당에서 제명됐다.", "PUNISH"),
    ("전파 탐지기를 실은 차량이 강변 마을을 돌고 있다.", "SURVEIL"),
])
def test_ko_g_sino_korean_nominals_of_custody_and_sanction(text, type_):
    one(text, type_)


def test_ko_g_holding_someone_to_account_is_no_interrogation():
    assert not [e for e in run("당은 간부들에게 실적 부진의 책임을 추궁했다.") if e.type == "DETAIN"]


@pytest.mark.parametrize("text", [
    "보위부 요원들이 몇 달 동안 그의 뒤를 밟았다.",
    "단속원들이 기숙사에 들이닥쳐 학생들의 손전화를 샅샅이 뒤졌다.",
    "보위부가 그의 집 주변에 정보원을 심어 두었다.",
])
def test_ko_g_watching_told_in_plain_words(text):
    one(text, "SURVEIL")


def test_ko_g_the_souths_informants_are_not_the_norths_watching():
    assert not [e for e in run("북한 매체는 그가 남조선 정보원들에게 속았다고 주장했다.") if e.type == "SURVEIL"]


@pytest.mark.parametrize("text", [
    '보위원은 어머니에게 "아들이 또 도망가면 너희 집안은 끝장날 줄 알라"고 했다.',
    '인민반장들은 "모임에 안 나오면 반동으로 찍힌다"고 주민들을 다그쳤다.',
    '보위지도원은 "편지를 안 쓰면 이 동네에서 살기 어려울 것"이라고 말했다.',
    '안전원은 "한 번 더 강가에 나오면 각오해라"라고 으르렁댔다.',
])
def test_ko_g_a_condition_with_a_harm_said_is_a_threat(text):
    ev = one(text, "THREATEN")
    assert ev.status == "occurred" and ev.perpetrator is not None


def test_ko_g_a_condition_with_no_state_in_view_is_no_threat():
    assert run('어머니는 "밥을 안 먹으면 혼날 줄 알라"고 아이에게 말했다.') == []
    # told in the past, what was done each time, not a threat
    assert not [e for e in run('그는 "대답이 틀리면 보위원이 발로 찼다"고 말했다.') if e.type == "THREATEN"]


def test_ko_g_a_simile_and_a_private_quarrel_are_no_acts():
    assert run("그는 한국에 와서 식당 주인에게 경고를 여러 번 들었다고 말했다.") == []
    assert run("그는 직장에서 쫓겨나다시피 일을 그만뒀다.") == []


def test_ko_g_members_after_their_unit_in_the_same_sentence_act_for_the_unit():
    evs = run("그 여성은 보위부 반탐과에 호출됐는데, 보위원들은 아들과의 통화 녹음을 들려주었다.")
    assert {e.perpetrator.actor for e in evs if e.type == "SURVEIL"} == {"KP.MSS.anti_espionage"}
    text = ("지난달 한 주민이 시 보위부 반탐과에 불려 갔다. 보위원들은 그의 손전화를 빼앗아 "
            "사진을 하나하나 들여다보았다.")
    assert one(text, "SURVEIL").perpetrator.actor == "KP.MSS.anti_espionage"


@pytest.mark.parametrize("text,type_", [
    ("보위원들이 그의 손전화를 빼앗아 사진을 들여다보고는 돌려주지 않았다.", "SURVEIL"),
    # (a bag searched is a crackdown, RESTRICT, since session 25: bench/CODING.md)
    ("안전원들이 가방을 샅샅이 뒤지고는 아무 말도 하지 않았다.", "RESTRICT"),
])
def test_ko_g_the_next_verbs_negation_is_not_the_acts(text, type_):
    assert one(text, type_).status == "occurred"


@pytest.mark.parametrize("text", [
    "정부는 북측에 의한 유인이나 강제가 있었는지 확인하고 있다.",
    "탈북민은 어떤 경우에도 강제송환돼서는 안 된다.",
    "중국은 탈북민을 강제북송해서는 안 된다고 단체들은 주장했다.",
    "코로나19 이후 북송이 한동안 멈췄다.",
    "보고서는 강제송환을 경험한 탈북민 30명을 면접한 결과다.",
    "고문을 겪은 탈북민들이 증언대에 섰다.",
])
def test_ko_g_acts_named_not_told(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "공안들이 식당에 들이닥쳐 그녀를 끌고 갔다.",
    "보위원들이 밤중에 찾아와 아버지를 끌고 갔어요.",
    "안전원들이 장마당에서 그를 끌고 갔다고 한다.",
])
def test_ko_g_dragged_away_told_in_two_words(text):
    one(text, "DETAIN")


def test_ko_g_a_first_person_story_has_no_summary_lede():
    text = ("그해 겨울 강을 건넜어요. 식당에서 일했는데 공안들이 들이닥쳐서 저를 끌고 갔어요.\n\n"
            "한 달 뒤 보위원이 저를 구류장에 가뒀어요.")
    assert len([e for e in run(text) if e.type == "DETAIN"]) == 2


@pytest.mark.parametrize("text", [
    "변방구류소에 있던 탈북민들은 버스에 실려 다리를 건너 온성 보위부로 넘겨졌다.",
    "그들은 두만강 다리를 거쳐 남양 보위부로 넘겨졌다.",
    "공안에 붙잡힌 여성들은 세관을 통해 신의주 보위부로 넘겨졌다.",
])
def test_ko_g_handed_to_the_norths_police_across_the_border_is_a_repatriation(text):
    one(text, "REPATRIATE")


def test_ko_g_handed_over_inside_the_north_stays_a_detention():
    text = "강을 건너려던 여성 두 명이 국경경비대에 체포됐고 곧바로 도 보위부로 넘겨졌다."
    assert not [e for e in run(text) if e.type == "REPATRIATE"]


@pytest.mark.parametrize("text", [
    "북한 당국은 전염병을 이유로 국경을 걸어 잠갔다.",
    "국경경비대가 올해 들어 강변 초소의 검문을 부쩍 늘렸다.",
    "중국 공안은 기차역에서 신분증 검사를 강화했다.",
    "안전원들이 주민들이 강가에 나가지도 못하게 막았다.",
    "보안원들이 노동자들이 외국 선원과 만나지 못하게 했다.",
])
def test_ko_g_restrictions_told_in_plain_words(text):
    one(text, "RESTRICT")


@pytest.mark.parametrize("text", [
    "연길에서 일하던 탈북 여성이 보위부 요원들에게 끌려 두만강을 건넜다.",
    "훈춘에서 숨어 살던 그는 북한 요원들에게 끌려 국경을 넘었다.",
])
def test_ko_g_dragged_across_the_river_from_china_is_an_abduction(text):
    one(text, "ABDUCT")


def test_ko_g_dragged_out_by_the_collar_is_the_assault_and_a_pull_no_act():
    # ko-3 codes the grab as the act (ASSAULT), not a custody; a bare 끌려 나갔다 by an organ's
    # man the development sets mostly code as custody or abduction (ko-27, ko-29, ko-43), and
    # the reader trained on 48 sets reads it so (session 21).
    evs = run("항의하던 한 노인은 안전원에게 멱살을 잡혀 끌려 나갔다.")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert run("주민들은 그 소문에 끌려 장마당에 모여들었다.") == []


def test_ko_g_a_private_person_calling_people_in_is_no_summons():
    assert run("평양의 새 병원에서 의사들이 하루 종일 환자를 불러 진찰한다.") == []
    one("보위원들이 하루 종일 탈북자 가족을 불러 조사했다.", "VISIT")


def test_ko_g_a_visit_told_before_then_named_as_a_time_is_no_new_visit():
    text = ("보위원들이 지난달 탈북자 가족의 집을 방문했다. 보위원들은 두 번째 방문 때 "
            "어머니에게 편지를 쓰라고 했다.")
    assert len([e for e in run(text) if e.type == "VISIT"]) == 1
    assert one(text, "COERCE").perpetrator.actor == "KP.MSS"


@pytest.mark.parametrize("text", [
    '보위원은 "아들이 돌아오면 처벌은커녕 좋은 직장을 주겠다"는 약속까지 했다.',
    '보위부는 "딸이 돌아오면 구류는커녕 살림집을 마련해 주겠다"는 약속을 내놓았다.',
])
def test_ko_g_an_act_named_as_not_coming_in_a_promise(text):
    evs = run(text)
    assert [e.type for e in evs] == ["INDUCE"]
    assert evs[0].status == "occurred"  # the promise was made


def test_ko_g_the_lede_told_again_under_the_same_word_is_the_detail():
    text = ("평성시에서 청년 3명에 대한 공개재판이 열렸다고 소식통이 전했다.\n\n"
            "소식통은 \"지난 15일 도 재판소 주관으로 공개재판이 열려 주범에게 무기노동교화형이 선고됐다\"고 밝혔다.")
    # (the staging and the penalty, both on the detail: the lede's trial is told again there)
    found = run(text)
    assert [e.type for e in found] == ["PROPAGANDA", "PUNISH"]
    assert all(e.evidence.text.startswith("소식통은") for e in found)


@pytest.mark.parametrize("text", [
    "보위부가 노동자들에게 외국 선원과 만나는 사람을 신고하면 쌀을 주겠다며 밀고를 부추겼다.",
    "안전부는 주민들에게 탈북 기도자를 제보하면 상금을 주겠다고 했다.",
])
def test_ko_g_informing_paid_for_is_the_inducement(text):
    assert [e.type for e in run(text)] == ["INDUCE"]


@pytest.mark.parametrize("text,status", [
    ("그는 구류장에서 계호원들에게 매를 맞았다.", "occurred"),
    ("보위부는 \"조사 중 매를 맞았다는 말은 헛소문\"이라고 주장했다.", "denied"),
    ("탈북민들은 집결소에서 몰매를 맞았다고 증언했다.", "occurred"),
])
def test_ko_g_being_beaten_told_by_the_beating(text, status):
    assert one(text, "ASSAULT").status == status


@pytest.mark.parametrize("text,type_,status", [
    ("인권단체들은 이들이 보위부로 넘겨져 고문을 당할 것으로 우려하고 있다.", "ASSAULT", "expected"),
    ("가족들은 그가 수용소로 끌려갈 것으로 걱정하고 있다.", "PUNISH", "expected"),
    ("붙잡힌 여성들은 변방구류소에서 북송을 기다리고 있다.", "REPATRIATE", "expected"),
    ("북송된 사람들은 대개 보위부 구류장에서 폭행을 당했다.", "ASSAULT", "ongoing"),
    ("보위원들이 우리 집에 몇 번이나 찾아왔다.", "VISIT", "ongoing"),
    ("올해 들어 규찰대의 단속이 부쩍 늘어났다.", "RESTRICT", "ongoing"),
])
def test_ko_g_status_told_by_fear_waiting_and_habit(text, type_, status):
    assert one(text, type_).status == status


@pytest.mark.parametrize("text,type_", [
    ("보위부 요원들이 몇 달 동안 그의 뒤를 밟았다.", "SURVEIL"),
    ("보위원이 군홧발로 그를 마구 밟았다.", "ASSAULT"),
    ("그 남성은 북한 선전매체가 공개한 영상에 나와 한국 생활을 비난했다.", "PROPAGANDA"),
    ("재입북한 여성이 조선중앙TV 프로그램에 출연해 남쪽을 헐뜯었다.", "PROPAGANDA"),
    ("그는 매주 보위부에 나와 누구를 만났는지 보고한다.", "VISIT"),
])
def test_ko_g_one_word_several_senses_each_told_by_its_cue(text, type_):
    one(text, type_)


@pytest.mark.parametrize("text,types", [
    ("그녀는 투먼에서 북송된 뒤 온성 보위부 구류장에서 두 달 동안 조사를 받았다.", {"REPATRIATE", "DETAIN"}),
    ("그는 보위부에 체포된 후 구류장에서 심한 고문을 당했다.", {"DETAIN", "ASSAULT"}),
    ("남편이 관리소로 끌려간 뒤 가족은 산골로 추방됐다.", {"PUNISH", "EXPEL"}),
])
def test_ko_g_an_act_then_the_next_told_with_a_time_noun(text, types):
    assert {e.type for e in run(text)} == types


def test_ko_g_a_participle_naming_people_still_names_them():
    assert {e.type for e in run("보위부는 북송된 여성들을 구류장에 가뒀다.")} == {"DETAIN"}


@pytest.mark.parametrize("text", [
    '청진의 소식통은 "지난주 숙소를 나간 20대 노동자 김모씨가 열흘 만에 하산의 한 역 근처에서 회사 보위 지도원과 동료들에게 붙잡혔다"고 전했다.',
    "노동자 김모씨가 시장 근처에서 회사 보위 지도원과 동료들에게 붙잡혔다.",
    "도망친 노동자는 이틀 뒤 현장 감독과 친구들에게 붙잡혔다.",
])
def test_a_phrase_of_company_words_and_no_person_word_reads_without_failing(text):
    # a noun phrase whose words name neither a person category nor kin ("동료들") once
    # stopped the whole document; it reads as a generic group instead
    events = run(text)
    assert all(e.target is None or e.target.category for e in events)


# --- round 2 (issue 3/5): families written out broadly, each with innocent uses ---

@pytest.mark.parametrize("text", [
    "교통보안원들이 네거리마다 나서 신호 위반과 과속 차량에 대한 단속을 벌이고 있다.",
    "시 인민위원회는 행사 기간 시장 주변 도로의 차량 통행을 통제했다.",
    "대표단은 살림집을 방문해 주민들과 인사를 나누고 기념사진을 찍었다.",
    "친선 방문단이 협동농장을 방문해 농장원들을 만났다.",
])
def test_ko_r2_traffic_control_and_courtesy_visits_are_no_events(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "보위부는 국경 지역 주민들에 대한 단속을 강화했다.",
    "안전원들이 탈북자 가족의 집을 방문해 가족들을 위협했다.",
])
def test_ko_r2_the_same_words_about_people_still_act(text):
    assert run(text)


@pytest.mark.parametrize("text", [
    "청년 4명이 순천역에서 철도 안전원에게 잡혔다.",
    "보위국 반탐과가 가정집에서 예배를 보던 주민들을 한꺼번에 잡아갔다.",
    "안전부는 장마당에서 상인 두 명을 잡아들였다.",
    "밀수꾼 한 명이 강가에서 경비대에 붙들렸다.",
    "그는 한 달 뒤 무산군 집결소로 보내졌다.",
    "체포된 주민들은 도 보위국으로 압송됐다.",
])
def test_ko_r2_taking_and_holding_in_its_plain_verbs(text):
    one(text, "DETAIN")


@pytest.mark.parametrize("text", [
    "회의 일정이 다음 주로 잡혔다.",
    "그 탈북민은 중국에 간 것으로 조사됐다.",
])
def test_ko_r2_everyday_uses_of_catching_and_findings_hold_no_one(text):
    assert not [e for e in run(text) if e.type == "DETAIN"]


@pytest.mark.parametrize("text", [
    "국정원은 한국에 정착했던 탈북민 2명이 다시 북으로 넘어간 것을 확인했다.",
    "통일부는 탈북민 김모씨가 중국 선양을 거쳐 북으로 들어간 것으로 파악했다.",
    "탈북민 이모씨는 지난 2월 단둥에서 신의주로 건너간 것으로 알려졌다.",
    "경찰은 탈북민 박모씨가 서해로 월북한 것으로 보고 있다.",
])
def test_ko_r2_going_back_north_is_a_return_of_a_returnee(text):
    ev = one(text, "RETURN")
    assert ev.target is not None and ev.target.category == "returnee"


def test_ko_r2_going_into_a_house_is_no_return():
    assert not [e for e in run("탈북민 김씨는 서울의 집으로 들어갔다.") if e.type == "RETURN"]


@pytest.mark.parametrize("text", [
    "청년들은 새벽부터 밤까지 벽돌을 찍는 일에 내몰렸다.",
    "보위원들은 녹화에서 할 말을 미리 외우게 했다.",
    "보위부는 주민들에게 총살 장면을 지켜보게 했다.",
    "안전부는 주민들을 공사 현장으로 내몰았다.",
    "보위원들은 그에게 준비된 글을 읽게 했다.",
])
def test_ko_r2_made_to_do_it(text):
    one(text, "COERCE")


def test_ko_r2_a_parent_letting_a_child_read_is_no_coercion():
    assert run("어머니는 아이에게 책을 읽게 했다.") == []


@pytest.mark.parametrize("text", [
    "이후 두만강 연선에는 고압선이 달린 철조망이 새로 세워졌다.",
    "보위부가 장마당 근처에 중국 전파를 막는 방해 전파 송신기를 새로 설치했다.",
    "당국은 주민들이 강에서 500m 안쪽으로는 빨래도 하지 못하도록 하고 있다.",
    "북한이 국경 지역에 중국 손전화 신호를 막는 전파 방해 시설을 늘리고 있다.",
])
def test_ko_r2_barriers_jamming_and_bans_restrict(text):
    one(text, "RESTRICT")


@pytest.mark.parametrize("text", [
    "학교 앞에 새 건물이 세워졌다.",
    "공장은 올해 생산 시설을 늘리고 있다.",
])
def test_ko_r2_building_is_no_restriction(text):
    assert run(text) == []


@pytest.mark.parametrize("text,type_", [
    ("안전원이 한 달에 두세 번씩 집에 와서 누가 찾아왔는지 물었다.", "VISIT"),
    ("보위원은 사흘이 멀다 하고 집에 들러 캐묻는다.", "VISIT"),
    ("안전원들이 집집을 돌며 이사 준비를 하라고 통보했다.", "VISIT"),
    ("가족들은 화물차에 실려 어랑군으로 떠났다.", "EXPEL"),
    ("당국은 탈북자 가족을 산골로 내려보냈다.", "EXPEL"),
    ("보위부는 그 가족에게 함흥을 떠나야 한다고 통보했다.", "EXPEL"),
])
def test_ko_r2_calls_at_home_and_removals(text, type_):
    one(text, type_)


@pytest.mark.parametrize("text", [
    "아이들은 공원을 돌며 놀았다.",
    "친구가 집에 들러 차를 마셨다.",
])
def test_ko_r2_neighbours_calling_are_no_visits(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    '보위원은 "끝내 남조선으로 가면 너희 집안은 이 도시에서 살 생각을 말라"고 말했다.',
    '보위원은 "딸이 안 돌아오면 너희 집이 어떻게 될지 생각해 보라"고 말했다.',
    '안전원은 "또 도망치면 온 가족을 산골로 보내 버리겠다"고 말했다.',
    '보위원은 "시키는 대로 하지 않으면 용서하지 않겠다"고 했다.',
])
def test_ko_r2_threats_told_as_outcomes_of_a_condition(text):
    one(text, "THREATEN")


def test_ko_r2_a_mother_on_rain_is_no_threat():
    assert run('어머니는 "비가 오면 소풍 갈 생각을 말라"고 했다.') == []


@pytest.mark.parametrize("text,category", [
    ("한국에 사는 딸이 보낸 돈을 받은 회령시의 60대 여성이 보위부에 불려가 조사를 받았다.", "defector_family"),
    ("단둥의 북한 식당에서 일하던 종업원 2명이 잠적한 뒤, 보위부가 신의주의 부모들을 호출했다.", "defector_family"),
    ("보위부는 공장 지배인을 체포했다.", "official"),
    ("도당은 초급당 비서를 출당시키고 체포했다.", "official"),
])
def test_ko_r2_who_the_targets_are(text, category):
    evs = [e for e in run(text) if e.target is not None]
    assert evs and evs[0].target.category == category


def test_ko_r2_a_witness_dropping_herself_is_still_the_target():
    text = ('탈북민 윤모씨의 이야기를 본인 동의를 얻어 정리했다.\n\n'
            '"지린성 허룽의 식당에서 일하다가 이듬해 4월 공안 단속에 걸렸습니다."')
    ev = one(text, "DETAIN")
    assert ev.target is not None and ev.target.text is None and ev.target.category == "defector"


def test_ko_r2_an_office_named_in_the_paragraph_holds_the_person_caught():
    text = ('소식통은 "보위부가 송금 브로커의 통화를 잡아낸 뒤 번호를 추적했다"고 말했다. '
            '브로커인 30대 남성은 지난 13일 자택에서 붙잡혔다.')
    ev = one(text, "DETAIN")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS"


def test_ko_r2_prison_guards_serve_social_security():
    ev = one("노동단련대에서 계호원이 쓰러진 여성을 발로 찼다.", "ASSAULT")
    assert ev.perpetrator.actor == "KP.MSoS"


def test_ko_r2_a_lede_does_not_swallow_the_finding_told_later():
    text = ("2019년 탈북해 국내에 정착했던 30대 남성이 지난달 북한으로 다시 넘어간 것으로 확인됐다.\n\n"
            '통일부는 16일 "탈북민 최 모 씨가 지난달 하순 중국을 거쳐 재입북한 사실을 확인했다"고 밝혔다.')
    ev = one(text, "RETURN")
    assert "재입북한 사실" in ev.evidence.text and ev.target.category == "returnee"


def test_ko_r2_officials_going_back_after_a_threat_return_nowhere():
    text = ("보위원들이 한국으로 간 사람이 있는 집에 들이닥쳐 짐을 꾸리라고 통보하고, "
            "따르지 않으면 강제로 끌어내겠다고 위협한 뒤 돌아갔다.")
    assert "RETURN" not in {e.type for e in run(text)}


@pytest.mark.parametrize("text", [
    '주민은 "인민반장이 밤마다 집집을 돌며 누가 전화를 하는지 살핀다"고 말했다.',
    "항의하던 한 노인은 안전원에게 멱살을 잡혀 밖으로 나갔다.",
])
def test_ko_r2_rounds_of_a_block_head_and_a_grabbed_collar_are_no_visit_or_arrest(text):
    assert not {e.type for e in run(text)} & {"VISIT", "DETAIN"}


def test_ko_r2_a_watch_on_no_one_named_falls_on_residents():
    ev = one("보위부는 전파탐지기를 들고 주택가를 돌며 통화를 감시하고 있다.", "SURVEIL")
    assert ev.target is not None and ev.target.text is None and ev.target.category == "resident"


def test_an_earlier_act_of_the_kind_is_no_detail_of_the_lede():
    # The lede's act stays when the only later act of its type is a precedent (과거에도 ... 왔다).
    text = ("북한 선전매체가 지난해 귀순한 병사의 부모가 아들에게 돌아오라고 호소하는 영상을 17일 공개했다.\n\n"
            "북한은 과거에도 탈북민 가족을 내세운 영상을 선전매체에 올려 왔다.")
    evs = [e for e in run(text) if e.type == "PROPAGANDA"]
    assert any(e.evidence.text.startswith("북한 선전매체가") for e in evs), [e.evidence.text for e in evs]


@pytest.mark.parametrize("text, etype", [
    # Session 14 (ko-18): blows told with how many or how hard; a term that "fell"; a ration card
    # taken back; a recommendation put on hold.
    ("보위부에 끌려간 그는 조사 과정에서 뺨을 몇 차례 맞았다고 한다.", "ASSAULT"),
    ("그는 안전부 구류장에서 호되게 맞아 한동안 걷지 못했다.", "ASSAULT"),
    ("재판에서 그에게는 결국 노동교화 8년이 떨어졌다.", "PUNISH"),
    ("딸이 탈북한 뒤 동사무소는 어머니의 배급카드를 거둬 갔다.", "PUNISH"),
    ("오빠가 한국에 간 사실이 알려지자 그의 입당 추천이 보류됐다.", "PUNISH"),
])
def test_ko_session14_families_read_off_ko18(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


def test_ko_session14_arrest_abroad_on_charges_is_a_detention_not_an_abduction():
    evs = run("그 남성은 2022년 단둥에서 밀수 혐의로 붙잡혀 중국 구치소에 갇혔다.")
    assert "DETAIN" in {e.type for e in evs} and "ABDUCT" not in {e.type for e in evs}, evs


@pytest.mark.parametrize("text, etype", [
    # Session 14 (ko-19): called in and not let home for days; moved to the hills with words between;
    # a Party card given up; names posted at a gate; a jab with a rifle butt.
    ("시 보위부는 그의 어머니를 불러 놓고 사흘 동안 집으로 돌려보내지 않았다.", "DETAIN"),
    ("탈북민 가족 여섯 세대가 지난달 자강도 산골로 한꺼번에 강제로 옮겨졌다.", "EXPEL"),
    ("보위부 조사가 끝난 뒤 그는 당원증을 반년 동안 내놓아야 했다.", "PUNISH"),
    ("규찰대는 모임에 빠진 주민들의 이름을 인민반 게시판에 크게 써 붙였다.", "PROPAGANDA"),
    ("경비대원들은 그의 등을 총 개머리판으로 쥐어박았다.", "ASSAULT"),
])
def test_ko_session14_families_read_off_ko19(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


def test_ko_session14_a_summons_with_no_days_kept_stays_a_visit():
    evs = run("보위부는 그의 아버지를 불러 한국에 간 아들에 대해 물었다.")
    assert "VISIT" in {e.type for e in evs} and "DETAIN" not in {e.type for e in evs}, evs


@pytest.mark.parametrize("text, etype", [
    ("올해 분배 때 탈북민 가족의 몫은 절반 넘게 깎였다.", "PUNISH"),
    ("하바롭스크에 파견됐던 통역원이 지난달 평양으로 소환돼 국가보위성의 조사를 받고 있다.", "REPATRIATE"),
])
def test_ko_session14_cut_shares_and_recalls(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


def test_ko_session14_a_summons_to_a_county_office_is_no_recall():
    evs = run("그는 지난주 군 보위부에 소환돼 조사를 받았다.")
    assert "REPATRIATE" not in {e.type for e in evs}, evs


@pytest.mark.parametrize("text, etype", [
    ("통일부는 영상 속 발언이 보위부가 미리 써 준 원고를 그대로 읽은 것으로 보인다고 밝혔다.", "COERCE"),
    ("안전원은 일을 덮고 싶으면 2천 위안을 더 가져오라고 했다.", "COERCE"),
    ("그는 보위부에서 다시는 연락하지 않겠다는 서약서에 손도장을 찍어야 했다.", "COERCE"),
    ("회사 보위원은 노동자들이 도착하자 여권을 모두 거둬 갔다.", "RESTRICT"),
    ("국경경비대는 강변 마을마다 밤새 잠복조를 세워 두고 있다.", "RESTRICT"),
])
def test_ko_session14_scripts_sums_thumbprints_passports_and_ambush_squads(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


@pytest.mark.parametrize("text", [
    '보위원은 "남쪽에 있는 네 언니 얼굴 다시 보고 싶으면 입 다물고 있어라"고 했다.',
    '안전원이 찾아와 "이걸 떼면 그게 무슨 뜻인지 알 거다"라고 했다.',
    '보위부 지도원은 "그쪽 돈이 한 푼이라도 들어오면 그 길로 다 거둬들인다"고 말했다.',
    '안전부는 "끝내 버티는 자는 법의 심판을 피하지 못한다"는 포고를 붙였다.',
])
def test_ko_session14_threats_by_what_will_follow(text):
    assert "THREATEN" in {e.type for e in run(text)}, run(text)


@pytest.mark.parametrize("text, etype", [
    # Session 14 (ko-20).
    ("딸이 탈북한 뒤 어머니는 군당이 여는 강습에 닷새 동안 나가야 했다.", "COERCE"),
    ("보위부에서 그는 다시는 연락하지 않겠다는 서약서에 손도장을 찍었다.", "COERCE"),
    ("그 뒤로 인민반장은 밤마다 우리 집 창 쪽을 기웃거렸다.", "SURVEIL"),
    ("아들이 탈북하자 아버지는 보위부의 결정으로 작업반장 자리를 빼앗겼다.", "PUNISH"),
    ("그 뒤로 형은 한동안 군 보위부에 불려 다녔다.", "VISIT"),
    ("재입북한 그에게 도 인민위원회가 새 살림집을 내주었다.", "INDUCE"),
    ("감독 보위원은 도착한 날 노동자들의 여권을 걷어 갔다.", "RESTRICT"),
    ("그는 보위부에서 석 달을 살다 나왔다고 말했다.", "DETAIN"),
    ("군 안전부는 그 여성을 데리고 다니며 공장과 농장에서 고생담을 이야기하게 하고 있다.", "PROPAGANDA"),
])
def test_ko_session14_families_read_off_ko20(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


def test_ko_session14_kin_living_in_china_do_not_make_an_arrest_at_home_an_abduction():
    evs = run("청년동맹 규찰대가 시장에서 어머니가 중국에 나가 있는 학생을 붙잡아 집결소에 가뒀다.")
    assert "ABDUCT" not in {e.type for e in evs}, evs


@pytest.mark.parametrize("text, etype", [
    # Session 14 (ko-21).
    ("파견 노동자들은 도착하자마자 보위원에게 여권과 손전화를 맡겨야 한다.", "RESTRICT"),
    ("보위원은 노동자들이 쉬는 날에도 숙소 밖으로 나갈 수 없다고 못 박았다.", "RESTRICT"),
    ("군 안전부는 국경 연선 마을로 가는 여행증명서 발급을 모두 멈췄다.", "RESTRICT"),
    ('보위원은 "당신네 집에서 무슨 말이 오갔는지 우리는 다 안다"고 말했다.', "THREATEN"),
    ('안전원은 "통화한 게 드러나면 동생까지 다친다"고 했다.', "THREATEN"),
    ('안전부는 "허가 없이 강변에 들어오는 자는 단련대에 보낸다"는 포고를 붙였다.', "THREATEN"),
])
def test_ko_session14_families_read_off_ko21(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


@pytest.mark.parametrize("text, etype", [
    # Session 14 (ko-22).
    ("안전부에 불려 간 사람들은 다시는 그러지 않겠다는 담보서에 수표해야 했다.", "COERCE"),
    ("그 여성이 군당이 써 준 원고를 외워서 말한다는 건 다 안다고 주민들은 말했다.", "COERCE"),
    ("보위지도원은 한 주 동안 만난 사람을 적어서 토요일마다 가져오라고 했다.", "COERCE"),
    ("시 안전부는 그 집에 보름 안에 짐을 싸라고 통보했다.", "EXPEL"),
])
def test_ko_session14_families_read_off_ko22(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


@pytest.mark.parametrize("text, etype", [
    # Session 16 (ko-31).
    ("학교는 그의 교원 자격을 정지시키고 산골 협동농장 분교의 잡역부로 내려보냈다.", "PUNISH"),
    ("군당은 그를 탄광 노동자로 내려보냈다고 소식통은 전했다.", "PUNISH"),
    ("딸은 소년단 분단위원장 자리에서 내려왔다고 한다.", "PUNISH"),
    ("남편은 공장 지배인 자리에서 내려온 뒤 창고 일을 한다.", "PUNISH"),
    ("보위부는 끝내 그를 인민반장 자리에서 끌어내렸다.", "PUNISH"),
    ("국경 지역에는 2중 철조망이 둘러쳐졌다.", "RESTRICT"),
    ("안전원이 장마당 매대를 하나씩 돌면서 서른 명 남짓을 정보원으로 골랐어요.", "SURVEIL"),
    ("보위원은 인민반장 두 명을 정보원으로 삼았다.", "SURVEIL"),
])
def test_ko_session16_families_read_off_ko31(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


def test_ko_session16_stepping_down_from_a_stage_or_a_hill_is_no_penalty():
    for text in ("가수는 무대에서 내려와 관객들과 인사했다.", "등산객들은 해가 지기 전에 산에서 내려왔다."):
        assert "PUNISH" not in {e.type for e in run(text)}, text


def test_ko_session17_bags_gone_through_by_patrols_in_any_tense_is_a_sweep():
    # 뒤진대요 (hearsay ending) is the patrols' search all the same: RESTRICT (bench/CODING.md row 4).
    text = ("혜산의 한 소식통은 요즘 단속이 심해졌다고 전했다. 학교마다 분위기가 살벌하다고 한다. "
            "교문 앞에서 규찰대가 아이들 가방이랑 손전화를 뒤진대요.")
    assert "RESTRICT" in {e.type for e in run(text)}, run(text)


def test_ko_session17_before_an_audience_is_no_watching():
    # 주민 수백 명이 지켜보는 가운데: the crowd watches the trial; no one is put under watch.
    evs = run("북한 당국이 주민 단속을 강화하고 있다고 소식통이 전했다. 통신은 지난달 말 주민 수백 명이 지켜보는 가운데 "
              "공개재판이 열렸고 이들에게 \"법에 따라 가장 엄한 형벌\"이 선고됐다고 전했다.")
    assert "SURVEIL" not in {e.type for e in evs}, evs


def test_ko_session17_the_norths_missions_abroad_are_the_states():
    evs = run("북한 대사관 직원들이 지난달 보호 시설에 찾아와 선수를 만나게 해 달라고 요구했다.")
    assert [e.perpetrator.actor for e in evs if e.type == "VISIT"] == ["KP.gov"], evs


@pytest.mark.parametrize("text, etype", [
    # Session 17 (ko-35, ko-36).
    ("북한이 단둥의 한 공장에서 일하던 여성 노동자 40여 명을 이달 초 한꺼번에 본국으로 철수시켰다.", "REPATRIATE"),
    ("러시아 현장에서 같은 방을 쓰던 동료 열한 명은 이튿날 모두 신의주로 돌려보내졌다.", "REPATRIATE"),
    ("지난 월요일 밤 공안 여남은 명이 들이닥쳐 기숙사 방마다 가방이며 이불 밑까지 다 뒤졌다.", "RESTRICT"),
])
def test_ko_session17_families_read_off_ko35_ko36(text, etype):
    assert etype in {e.type for e in run(text)}, run(text)


def test_ko_session17_workers_home_at_a_contracts_end_are_not_sent_back():
    assert "REPATRIATE" not in {e.type for e in run("계약 기간이 끝난 노동자들은 그 주에 신의주로 돌려보내졌다.")}


@pytest.mark.parametrize("text", [
    # Session 18: the Party's primary committees and secretaries are the Party's.
    "사흘 뒤에 학교 초급당 비서가 저를 불러 '계급적 입장이 흐리다'고 몰아붙였다.",
    "직장 초급당위원회가 매달 '연고자 해명서'를 쓰도록 강요했다.",
    "공장 당비서가 직장 사상투쟁회의를 열어 그를 비판했다.",
])
def test_session18_primary_party_committees_and_secretaries_are_the_partys(text):
    evs = run(text)
    assert evs and all(e.perpetrator is not None and e.perpetrator.actor == "KP.WPK" for e in evs), evs


@pytest.mark.parametrize("text", [
    # Session 18: a seizure by the North's mission abroad, or one ending in a transfer under
    # escort to Pyongyang, is an abduction (bench/CODING.md: DETAIN vs ABDUCT).
    "그는 8월 24일 오후 한국 대사관으로 향하던 중 북한 대사관 직원 3명에 의하여 길거리에서 붙잡혔다.",
    "건설 현장을 벗어난 노동자 2명이 보위성 요원들에게 붙잡혀 공항을 거쳐 곧장 평양으로 압송됐다.",
])
def test_session18_a_seizure_abroad_by_the_norths_men_is_an_abduction(text):
    assert [e.type for e in run(text)] == ["ABDUCT"]


def test_session19_things_carried_off_are_a_penalty_not_custody():
    # triggers ko v22: 끌어가다 of goods is their seizure; of people, custody.
    assert [e.type for e in run("보위부원들이 그 집에 와서 오토바이와 재봉틀까지 다 끌어갔다.")] == ["PUNISH"]
    assert [e.type for e in run("보위부원들이 밤중에 와서 그의 아버지를 끌어갔다.")] == ["DETAIN"]


def test_session19_a_move_abroad_of_ones_own_is_no_expulsion():
    assert run("그는 2012년 탈북해 2018년 캐나다로 이주했다.") == []
    assert "EXPEL" in {e.type for e in run("보위부는 탈북자 가족들을 산골 농장으로 강제 이주시켰다.")}


def test_session19_a_camp_said_to_be_somewhere_is_no_penalty():
    assert run("그 군에는 정치범수용소인 15호 관리소가 있어 주민들이 늘 긴장한다.") == []
    assert "PUNISH" in {e.type for e in run("그의 가족은 정치범수용소로 끌려갔다고 한다.")}


@pytest.mark.parametrize("text,threat", [
    # Session 19 (triggers ko v22, ko_threats v12): threats veiled as advice, told after a
    # condition or with none, and warning shots.
    ("보위지도원은 어머니에게 \"청진에 사는 딸네 식구 생각도 좀 해라\"고 말했다.", True),
    ("안전원은 \"조카 취직은 네가 하기에 달렸다\"며 돌아갔다.", True),
    ("보위원은 \"또 전화하면 이번엔 온 집안이 다 들어간다\"고 했다.", True),
    ("담당 보위원은 \"아들이 안 돌아오면 사위 자리도 장담 못 한다\"고 말했다.", True),
    ("국경경비대 초소에서 강가로 나온 주민들을 향해 공포탄을 두 발 쐈다.", True),
    ("할머니는 손자에게 \"밥 먹을 때는 건강 생각도 좀 해라\"고 웃으며 말했다.", False),
    ("다음은 내일 날씨입니다.", False),
])
def test_session19_a_veiled_threat_is_a_threat(text, threat):
    assert ("THREATEN" in {e.type for e in run(text)}) is threat, run(text)


def test_session19_the_states_local_offices_are_the_states():
    # actors ko v14: 동사무소, 시장관리소 and the like are the state's (KP.gov).
    evs = run("이달 초에는 탈북자 어머니 앞으로 나오던 배급표까지 동사무소가 거둬 갔다.")
    assert [(e.type, e.perpetrator.actor if e.perpetrator else None) for e in evs] == [("PUNISH", "KP.gov")], evs


def test_session19_a_return_not_made_is_no_event():
    assert "RETURN" not in {e.type for e in run("그 부부는 지난해 출국한 뒤 아직 북한으로 돌아가지 않았다.")}
    assert "RETURN" in {e.type for e in run("그 부부는 지난해 9월 중국을 거쳐 북한으로 돌아갔다.")}


@pytest.mark.parametrize("text,sent_back", [
    # Session 19 (triggers ko v22): things handed over or pages turned are no one sent back.
    ("재판부는 그가 실제로 정보를 넘겼다는 증거는 부족하다고 봤다.", False),
    ("시장 관리소는 박씨가 쓰던 자리를 다른 사람에게 넘겼다.", False),
    ("규찰대가 학생들의 손전화를 걷어 사진첩을 하나하나 넘겨 보고 있다.", False),
    ("단둥 공안이 지난주 탈북민 7명을 북한에 넘긴 것으로 확인됐다.", True),
])
def test_session19_things_handed_over_are_no_repatriation(text, sent_back):
    assert ("REPATRIATE" in {e.type for e in run(text)}) is sent_back, run(text)


def test_session19_defectors_dragged_off_to_the_south_is_the_norths_word_not_custody():
    assert "DETAIN" not in {e.type for e in run(
        "노동신문은 \"남조선에 끌려간 자들은 반드시 대가를 치르게 될 것\"이라고 주장했다.")}
    assert "DETAIN" in {e.type for e in run("그의 아버지는 지난달 보위부에 끌려가 조사를 받았다.")}


@pytest.mark.parametrize("text,type_", [
    # Session 20 (triggers ko v23): informing orders, letters opened, words taken down, cameras;
    # money and goods taken, dismissals, removals and cancellations.
    ("보위원은 인민반장에게 \"그 집에 연락 오면 바로 알리라\"고 했다.", "SURVEIL"),
    ("분주소장은 인민반장에게 이 집을 드나드는 사람을 날마다 알려 오라고 일렀다.", "SURVEIL"),
    ("연대 보위부가 병사들이 집으로 보내는 편지를 뜯어 읽고 있다.", "SURVEIL"),
    ("강연장 앞줄에 앉은 보위지도원은 여성들의 말 한마디 한마디를 수첩에 옮겨 적었다.", "SURVEIL"),
    ("안전부는 장마당 입구에 얼굴 인식 카메라를 새로 달았다.", "SURVEIL"),
    ("보위부는 장롱 안에 있던 중국 돈 4만 위안을 압수했다.", "PUNISH"),
    ("국경 연선 군 보위부장 3명은 책임을 물어 직위에서 해제됐다.", "PUNISH"),
    ("시 인민위원회는 탈북자 가족인 최 씨의 매대 허가를 취소했다.", "PUNISH"),
    ("당위원회 결정으로 아버지는 작업반장 자리에서 물러났다.", "PUNISH"),
    ("이튿날 안전원은 손수레를 끌고 다시 와 텔레비전을 싣고 가 버렸다.", "PUNISH"),
])
def test_session20_acts_told_in_plain_words(text, type_):
    assert type_ in {e.type for e in run(text)}, run(text)


@pytest.mark.parametrize("text", [
    # Words that are no act: a trip called off, a dictated letter, phones seized in a sweep stay a sweep.
    "기상 악화로 내일 예정된 금강산 관광 일정이 모두 취소됐다.",
    "형은 그런 말을 할 사람이 아니다. 보위부가 불러 준 대로 받아 적었을 것이다.",
])
def test_session20_words_of_no_act(text):
    assert {e.type for e in run(text)} <= {"COERCE"}, run(text)
    assert "VISIT" not in {e.type for e in run(text)} and "PUNISH" not in {e.type for e in run(text)}


def test_session20_phones_seized_in_a_sweep_stay_a_restriction():
    assert "RESTRICT" in {e.type for e in run("안전원들이 가택수색을 벌여 손전화 6대를 압수했다.")}


def test_session20_a_unit_heads_drop_in_is_watching():
    # conventions.unit_visits: an inminban head's call at a home watches it (bench/CODING.md).
    types = {e.type for e in run("지난해 여름부터는 인민반장이 한 달에 두어 번씩 밤늦게 불쑥 집에 들른다고 한다.")}
    assert "VISIT" not in types, types


def test_session20_chinas_courts_are_chinas():
    evs = [e for e in run("단둥시 중급인민법원은 탈북민의 밀입국을 도운 조선족 남성에게 징역 3년을 선고했다.")
           if e.type == "PUNISH"]
    assert evs and all(e.perpetrator is not None and e.perpetrator.actor == "CN.police" for e in evs), evs


@pytest.mark.parametrize("text,kept", [
    # A promise the learned reader proposes is no promise when the pardon is told as given
    # (as the 용서 row of triggers/ko.tsv reads it); a pardon promised stays one.
    ("방송에서 여성은 \"당과 조국이 저의 잘못을 너그럽게 용서해 주었다\"고 말했다.", False),
    ("보위원은 \"아들이 돌아오기만 하면 다 용서해 준다\"고 어머니에게 말했다.", True),
])
def test_session20_a_pardon_told_as_given_is_no_proposed_promise(text, kept):
    from chronicle.records import Evidence, Extractor, Perpetrator, Event
    ev = Event("doc", "INDUCE", Evidence(text, 0, len(text)), Extractor("model-ko", "1", "model.induce"),
               perpetrator=Perpetrator("보위원", "KP.MSS", None))
    assert (korean._as_proposed(ev) is not None) is kept


@pytest.mark.parametrize("text,shown", [
    # 앞세우다 is a display only where a show, a letter, a video or a lecture is told.
    ("분주소 안전원이 밤 열한 시쯤 저를 앞세워 집집마다 문을 두드렸어요.", False),
    ("보위부는 이 부부를 앞세워 다른 군에서도 강연을 이어 가고 있다.", True),
])
def test_session20_made_to_lead_the_way_is_no_display(text, shown):
    assert ("PROPAGANDA" in {e.type for e in run(text)}) is shown, run(text)


@pytest.mark.parametrize("text,visit", [
    # 들이닥치다 is a visit only to question or warn the household, with no arrest or search told.
    ("보위원들이 밤마다 집에 들이닥쳐 딸의 소식을 캐물었다.", True),
    ("안전원 둘이 밤 11시쯤 들이닥쳐서 텔레비전 뒤판부터 뜯더라고요.", False),
    ("공안이 식당에 들이닥쳐 종업원들을 끌고 갔다.", False),
])
def test_session20_bursting_in_is_a_visit_only_to_question(text, visit):
    # (the learned reader may still propose a visit of its own; the rule's reading is what is tested)
    assert any(e.extractor.rule == "ko:VISIT:들이닥치다" for e in run(text)) is visit, run(text)


@pytest.mark.parametrize("text,returned", [
    # Session 23 (ko triggers v25): back "in the fatherland's embrace" is a return whoever says it of whom;
    # a condition (돌아온다면) or a label (돌아온 녀성) tells none.
    ("조선중앙통신은 함경북도 회령시 출신 녀성 김순옥이 지난달 조국의 품으로 돌아왔다고 보도했다.", True),
    ("통신은 그가 조국의 품으로 돌아온다면 과거를 묻지 않겠다고 밝혔다.", False),
])
def test_session23_back_in_the_fatherlands_embrace_is_a_return(text, returned):
    assert ("RETURN" in {e.type for e in run(text)}) is returned, run(text)


def test_session23_called_in_and_kept_from_going_home_is_custody():
    types = {e.type for e in run("어부 세 명은 항구에 닿자마자 군 보위부로 불려가 보름 넘게 집에 가지 못했다.")}
    assert "DETAIN" in types and "VISIT" not in types, types


def test_session23_whoever_returns_is_a_returnee():
    ev = one("조선중앙통신은 량강도 혜산시 출신 남성 최영철이 지난달 조국의 품으로 돌아왔다고 보도했다.", "RETURN")
    assert ev.target is not None and ev.target.category == "returnee", ev


@pytest.mark.parametrize("text,summons", [
    # Session 23 (ko triggers v25): called out is a summons only of someone to an office.
    ("군 보위부 지도원이 지난달 최 씨를 보위부 사무실로 불러냈다.", True),
    ("군 안전부가 마을 주민들을 모두 강둑으로 불러내 처형 장면을 보게 했다.", False),
    ("집결소에 있는 동안 나는 밤마다 계호원에게 불려 나갔다.", False),
])
def test_session23_called_out_is_a_summons_only_to_an_office(text, summons):
    assert any(e.type == "VISIT" and e.extractor.rule.startswith("ko:VISIT:불") for e in run(text)) is summons, run(text)


@pytest.mark.parametrize("text,etype", [
    # Session 23 (ko triggers v25): watching and crackdowns that are no act of the record's.
    ("조선중앙TV에 나온 여성은 \"남조선에서 날마다 감시와 멸시 속에 살았다\"고 말했다.", "SURVEIL"),
    ("인민반장은 '반원들 단속을 허술히 했다'는 이유로 자리에서 밀려났다.", "RESTRICT"),
    ("두 여성은 지난달 옌지 일대 단속에서 공안에 붙잡혔다.", "RESTRICT"),
])
def test_session23_watching_and_crackdowns_that_are_no_act(text, etype):
    assert etype not in {e.type for e in run(text)}, run(text)


def test_session23_watched_for_years_stays_watching():
    assert "SURVEIL" in {e.type for e in run("그는 돌아온 뒤 담당 보위원의 감시 속에 2년 가까이 지냈다.")}


@pytest.mark.parametrize("text", [
    # Session 23 (ko triggers v25): thrown out of a workplace, or down to labour, is a penalty.
    "남편이 탈북한 뒤 그의 아내는 10년 다닌 편의협동조합에서 쫓겨났다.",
    "가족이 탈북한 기관사 두 명이 현장 노동으로 쫓겨났다고 소식통은 전했다.",
])
def test_session23_thrown_out_of_work_is_a_penalty(text):
    types = {e.type for e in run(text)}
    assert "PUNISH" in types and "EXPEL" not in types, types


@pytest.mark.parametrize("text", [
    # Session 23 (ko triggers v25): blows told as a slap dealt (뺨을 갈겼다) or as beaten much (많이 맞았다).
    "변방대 군인이 대드는 여성의 뺨을 갈겼다.",
    "보위부에 붙들려 간 동생이 그날 밤 많이 맞았다고 한다.",
])
def test_session23_blows_told_more_ways(text):
    assert "ASSAULT" in {e.type for e in run(text)}, run(text)


@pytest.mark.parametrize("text", [
    # Session 24 (korean.py 39): a call to the South caught by detection is the North's watching,
    # told in a quote from the South's side too, and kept beside the custody that follows.
    "함경북도 소식통은 \"지난달 무산읍에 사는 20대 박모 씨가 남조선에 있는 형과 통화하다 전파탐지에 걸렸다\"며 "
    "\"그날 밤 보위원들이 들이닥쳐 박 씨를 데려갔다\"고 전했다.",
    "이달 초 혜산시 혜탄동에서 중국 손전화로 한국에 있는 딸과 통화하던 60대 여성이 도 보위국 전파감독소의 탐지에 걸렸다.",
])
def test_session24_a_call_caught_by_detection_is_watching(text):
    evs = run(text)
    assert any(e.type == "SURVEIL" and e.extractor.rule == "ko:SURVEIL:탐지" for e in evs), evs


def test_session24_a_summons_with_its_own_questioning_stands_beside_the_coercion():
    evs = run("온성군 보위부가 지난해 가을부터 어머니를 몇 차례 불러 내 딸의 연락처를 캐물었고, "
              "결국 투먼으로 데리고 나가 딸에게 전화를 걸게 했다.")
    assert {"VISIT", "COERCE"} <= {e.type for e in evs}, evs
    # a summons made to make someone do something is that coercion alone
    evs = run("보위부는 어머니를 불러 딸에게 돌아오라는 편지를 쓰게 했다.")
    assert "VISIT" not in {e.type for e in evs} and "COERCE" in {e.type for e in evs}, evs


def test_session24_shots_into_the_air_are_a_warning_and_a_recall_is_the_states():
    evs = run("▲무산=함경북도 무산군 두만강 변에서 지난 12일 밤 국경경비대가 공중에 총을 여러 발 쐈다.")
    assert any(e.type == "THREATEN" and e.perpetrator and e.perpetrator.actor == "KP.border_guard" for e in evs), evs
    assert "ASSAULT" not in {e.type for e in evs}, evs
    ev = one("통일부는 \"러시아 연해주 건설 현장에 나가 있던 북한 노동자 20여 명이 이달 초 한꺼번에 본국으로 소환됐다\"고 밝혔다.",
             "REPATRIATE")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.gov", ev


def test_session24_an_act_whose_people_go_unsaid_falls_on_those_last_targeted():
    evs = run("회령 탈북민 어머니 보위부에 끌려가\n\n함경북도 회령시에서 한국에 간 딸을 둔 60대 여성이 지난달 시 보위부에 "
              "끌려갔다고 소식통이 전했다.\n\n소식통은 \"보위원들이 밤새 때려서 나올 때 보니 제대로 걷지도 못하더라\"고 말했다.")
    hit = [e for e in evs if e.type == "ASSAULT"]
    assert hit and hit[0].target is not None and hit[0].target.category == "defector_family", evs
    assert hit[0].target.text is None  # carried from the passage, not named in the sentence


@pytest.mark.parametrize("text", [
    # Session 24 (ko triggers v26): a post given up (직함을 내놓다) and being left off the rations are penalties.
    "보위부에 불려 다니던 형제의 아버지는 결국 작업반장 직함을 내놓게 됐다.",
    "탈북민 동생을 둔 리 씨는 회의가 끝난 뒤 이달 치 배급에서 빠진 것으로 알려졌다.",
])
def test_session24_a_post_given_up_and_rations_withheld_are_penalties(text):
    assert "PUNISH" in {e.type for e in run(text)}, run(text)


@pytest.mark.parametrize("text", [
    # Session 24 (ko triggers v26): impunity promised on a condition told more ways.
    "보위원은 \"한국 쪽과 통화할 일이 있으면 미리 알려만 주면 문제 삼지 않겠다\"고 가족들에게 말했다.",
    "보위원은 \"딸이 돌아오면 지난 일은 묻지 않겠다\"고 어머니에게 말했다.",
])
def test_session24_impunity_on_a_condition_is_a_promise(text):
    assert any(e.type == "INDUCE" and e.extractor.rule.startswith("ko:INDUCE:") for e in run(text)), run(text)


@pytest.mark.parametrize("text,returned", [
    # Session 24 (ko triggers v26): going back by way of China or a third country is a return,
    # whoever the subject is called; an official delegation's trip home is none.
    ("지난해 가을 한국에서 중국을 거쳐 함경북도 온성군으로 되돌아간 40대 남성이 인민반 회의에 불려 나가고 있다.", True),
    ("신문에 따르면 한 씨는 지난해 12월 중국을 거쳐 돌아왔으며 새 살림집을 받았다고 썼다.", True),
    ("무역 대표단은 닷새 일정을 마치고 중국을 거쳐 평양으로 돌아갔다.", False),
])
def test_session24_back_by_way_of_china_is_a_return(text, returned):
    assert ("RETURN" in {e.type for e in run(text)}) is returned, run(text)


def test_session24_a_negation_inside_the_words_said_leaves_the_promise_said():
    evs = run("보위원은 \"지금 돌아오면 군에서 책임지고 문제 삼지 않겠다\"고 어머니에게 말했다.")
    promises = [e for e in evs if e.type == "INDUCE" and e.extractor.rule.startswith("ko:")]
    assert promises and promises[0].status == "occurred", evs
    # a state's denial stays denied
    evs = run("조선중앙통신은 \"보위부가 가족들을 협박하지 않았다\"며 남조선 언론의 보도는 날조라고 부인했다.")
    assert all(e.status == "denied" for e in evs if e.type == "THREATEN"), evs


@pytest.mark.parametrize("text,etype", [
    # Session 24 (ko triggers v26): documents handed in on order (써 내게 했다, 진술서에 적게 하였다, 해명서를 써야 했다)
    # are forced writing; households to be listed in full (세대는 빠짐없이 적어 올리라) is watching by informants.
    ("부대는 소대 전원에게 '사상 검토서'를 써 내게 했다.", "COERCE"),
    ("안전원들은 A씨를 분주소로 데려가 중개인의 이름과 연락 방법을 진술서에 적게 하였다.", "COERCE"),
    ("학생 몇은 학부 당위원회에 불려 가 해명서를 써야 했다.", "COERCE"),
    ("인민반장은 \"해외에서 돈을 받는 세대는 한 집도 빠짐없이 적어 올리라\"는 시 안전부 지시를 읽었다.", "SURVEIL"),
])
def test_session24_documents_on_order_and_households_listed(text, etype):
    assert any(e.type == etype and e.extractor.rule.startswith("ko:") for e in run(text)), run(text)


def test_session24_a_reward_for_informing_is_a_promise():
    evs = run("시 안전부는 \"신고한 사람에게는 보상을 하고, 숨긴 사람은 같이 처벌한다\"고 알렸다.")
    assert any(e.type == "INDUCE" and e.extractor.rule == "ko:INDUCE:보상" for e in evs), evs
    assert not any(e.type == "INDUCE" for e in run("정부는 피해를 입은 주민에게는 보상을 하기로 했다."))


def test_session24_custody_in_an_organs_facility_is_that_organs():
    ev = one("온성군 보위부 구류장에서 나는 두 달을 보냈다.", "DETAIN")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", ev


def test_session24_ganghwa_island_is_no_tightening():
    evs = run("(서울=뉴스포인트) 북한 조선중앙통신은 29일 논평에서 강화도 일대에서 대북 전단을 띄운 탈북민 단체를 두고 "
              "\"놈들이 북에 남겨 둔 족속들도 그 대가를 무사히 넘기지 못할 것\"이라고 위협했다.")
    assert "RESTRICT" not in {e.type for e in evs}, evs
    assert "RESTRICT" in {e.type for e in run("보위부는 국경 지역 단속을 강화도 했고 검문도 늘렸다.")}


@pytest.mark.parametrize("text,returned", [
    # Session 24 (ko triggers v26): back across the Yalu or the Tumen, or of one's own accord (제 발로), is a
    # return; smugglers back from a trip or a dog that came home are none.
    ("단천 출신 40대 남성이 지난달 중순 훈춘 쪽에서 두만강을 건너 스스로 돌아왔다고 소식통이 전했다.", True),
    ("그 딸이 2023년 여름 제 발로 돌아왔다.", True),
    ("밀수꾼들은 물건을 넘기고 새벽에 압록강을 건너 돌아왔다.", False),
    ("한 씨는 지난겨울 철창을 빠져나갔다 사흘 만에 제 발로 돌아온 진돗개를 가장 아낀다.", False),
])
def test_session24_back_across_the_river_is_a_return(text, returned):
    assert ("RETURN" in {e.type for e in run(text)}) is returned, run(text)


def rules_read_by(text, etype, rule):
    """The rules' events of ``text``, asserting that the rule ``rule`` read an act of ``etype`` in it."""
    evs = run_rules(text)
    assert any(e.type == etype and e.extractor.rule == rule for e in evs), evs
    return evs


def test_session25_a_wifes_elder_sister_is_kin_not_an_execution():
    # 처형 (妻兄, a wife's elder sister) passing on news is no execution (處刑); 처형됐다 still is.
    evs = run("최 씨는 \"작년 봄에 처형 전화로 보위부 사람이 아내를 바꿔 달라고 했어요\"라고 말했다. "
              "최 씨가 처형을 통해 들은 바에 따르면 정 씨는 보위부에 붙잡혀 두 달 동안 구류장에 갇혔다.")
    assert "PUNISH" not in {e.type for e in evs}, evs
    assert "PUNISH" in {e.type for e in run("보위부는 밀수꾼 두 명을 공개 처형했다고 소식통이 전했다.")}


def test_session25_coming_out_of_a_labour_unit_tells_no_new_penalty():
    evs = run("보위부는 지난해 그에게 노동단련대 6개월 처분을 내렸다. 단련대에서 나온 뒤에도 보위원이 매주 그의 집에 찾아왔다.")
    punished = [e for e in evs if e.type == "PUNISH"]
    assert len(punished) == 1 and "처분" in punished[0].evidence.text, evs


def test_session25_someone_taken_along_is_no_detail_of_the_lead_arrest():
    # The lead's arrest of four women and "the owner was taken along too" (도 함께 연행됐다) are two acts.
    evs = run("중국 지린성 투먼시의 한 민박집에 숨어 있던 북한 주민 4명이 지난 2일 현지 공안에 붙잡혔다고 "
              "대북 인권단체가 5일 밝혔다.\n\n단체에 따르면 이들은 모두 함경북도 출신 여성이다. "
              "민박집 주인인 조선족 여성도 함께 연행됐다.")
    assert len([e for e in evs if e.type == "DETAIN"]) == 2, evs


@pytest.mark.parametrize("text,label", [
    # Session 25 (ko_threats v13): a conditional with these outcomes, said by an organ, is a threat.
    ("보위부 지도원은 \"우리 일을 도와주지 않으면 마누라 신상이 어찌 될지 모른다\"고 말했다.", "어떻게될지"),
    ("시당 지도원은 \"집회에 안 나오면 당장 직장에서 떨궈 버리겠다\"고 했다.", "떨구다"),
    ("공안은 업주들에게 \"조선 사람을 숨겨 주면 영업허가를 취소한다\"고 통보했다.", "허가취소"),
])
def test_session25_conditional_outcomes_are_threats(text, label):
    assert any(e.type == "THREATEN" and e.extractor.rule.endswith(label) for e in run(text)), run(text)


def test_session25_crossing_back_of_ones_own_accord_and_blows_with_a_pen():
    assert "RETURN" in {e.type for e in run("보위부가 약속한 대로 그 딸은 이듬해 봄에 제 발로 압록강을 건너왔다.")}
    evs = run("보위부 예심원 한 사람이 어머니의 손을 책상에 눌러 놓고 볼펜으로 손등을 내리찍었다고 한다.")
    assert any(e.type == "ASSAULT" and e.extractor.rule.endswith("내리찍다") for e in evs), evs


def test_session25_a_witness_named_by_one_letter_is_a_person_acted_on():
    # 증언자 C: the letter stands for the person; a sentence naming only C and a holding centre is read
    # (rules alone: the learned reader may retype the sentence's acts).
    evs = run_rules("증언자 C는 지난해 보위국 구류장에서 조사를 받았다. 이후 신의주 집결소로 옮겨진 C는 잠을 재우지 "
                  "않고 벽을 보고 서 있게 했다고 한다.")
    assert {"DETAIN", "ASSAULT"} <= {e.type for e in evs if "집결소" in e.evidence.text}, evs


def test_session25_bags_searched_for_banned_goods_are_a_crackdown_beside_the_arrest():
    # bench/CODING.md: searches of bags for banned items are RESTRICT, and the arrest that follows is
    # a second act: the sweep keeps its type whatever custody the sentence goes on to tell.
    evs = run("지난 24일 시 안전부 보안원들이 장마당 입구를 막고 드나드는 여성들의 가방을 일일이 열어 한국산 화장품과 "
              "메모리카드를 뒤졌고, 가방에서 한국 크림이 나온 20대 여성 한 명이 그 자리에서 끌려갔다고 소식통이 전했다.")
    assert {"RESTRICT", "DETAIN"} <= {e.type for e in evs}, evs
    assert "SURVEIL" not in {e.type for e in evs}, evs


def test_session25_a_south_korean_courts_sentence_is_not_coded():
    # The South's courts (서울중앙지법, 1심, 국가보안법) try people in the South: not the record's acts.
    evs = run("북한 국가보위성의 지시를 받고 탈북민들의 주소를 넘긴 혐의로 기소된 중국 국적 A(50)씨가 1심에서 "
              "징역 3년을 선고받았다.")
    assert "PUNISH" not in {e.type for e in evs}, evs
    # a Chinese people's court's sentence is China's act and stays
    evs = run("중국 단둥시 중급인민법원은 탈북민의 밀입국을 도운 혐의로 기소된 조선족 남성에게 징역 3년을 선고했다.")
    assert "PUNISH" in {e.type for e in evs}, evs


def test_session25_an_act_feared_is_not_done():
    assert run_rules("보위원이 \"괜히 연락했다가 오빠가 잡혀갈까 봐 무서워요\"라고 말했다.") == []
    assert "DETAIN" in {e.type for e in run_rules("보위원이 \"오빠가 지난달 잡혀갔어요\"라고 말했다.")}


@pytest.mark.parametrize("text,label", [
    # Session 25 (ko_threats v13): never seeing someone again, a child's future blocked, answering for it.
    ("보위부 사람이 \"남조선 경찰에 알리면 어머니는 다시 못 본다\"고 말했다.", "다시못보다"),
    ("보위지도원은 \"바른대로 안 대면 아들 앞길도 막힌다\"고 했다.", "앞길막히다"),
    ("보위원은 교원들에게 \"명단에서 한 명이라도 빠뜨리면 담임이 책임지라\"고 말했다.", "책임을묻다"),
])
def test_session25_more_conditional_outcomes_are_threats(text, label):
    evs = run_rules(text)
    assert any(e.type == "THREATEN" and e.extractor.rule.endswith(label) for e in evs), evs


def test_session25_back_across_the_river_plainly_is_a_return():
    evs = run_rules("그 여자는 작년 봄에 혼자 강을 건너 돌아갔어요.")
    assert any(e.type == "RETURN" and e.extractor.rule.startswith("ko:RETURN") for e in evs), evs


@pytest.mark.parametrize("text,term", [
    ("보위부 사건 뒤 시당은 그의 당적을 박탈했다.", "박탈"),
    ("신문은 보위부에 적발된 학생 2명이 대학에서 제적되었다고 덧붙였다.", "제적"),
])
def test_session25_party_membership_and_school_rolls_taken_are_penalties(text, term):
    evs = run_rules(text)
    assert any(e.type == "PUNISH" and e.extractor.rule == f"ko:PUNISH:{term}" for e in evs), evs


def test_session25_during_the_custody_period_is_the_setting_not_an_act():
    evs = run_rules("피해자는 보위부 구류 기간 중 담당 예심원에게 거의 매일 각목과 주먹으로 맞았다고 진술하였다.")
    assert "DETAIN" not in {e.type for e in evs} and "ASSAULT" in {e.type for e in evs}, evs


def test_session25_details_sent_to_the_state_securitys_men_are_watching_by_proxy():
    # A South Korean court tells it, but the watching is the Ministry of State Security's.
    evs = run_rules("A씨는 교회 탈북민 교인 20여 명의 이름과 사는 곳을 정리해 보위성 측에 보낸 사실을 인정했다.")
    watched = [e for e in evs if e.type == "SURVEIL"]
    assert len(watched) == 1 and watched[0].perpetrator.actor == "KP.MSS", evs


def test_session25_calls_listened_to_or_sat_beside_are_watching():
    rules_read_by("보위부가 찾아왔다. 그날 우리의 통화를 보위부가 곁에서 듣고 있었던 것이다.", "SURVEIL", "ko:SURVEIL:듣다")
    rules_read_by("통화하는 날이면 보위지도원이 옆에 붙어 앉아 있었다.", "SURVEIL", "ko:SURVEIL:앉다")
    # a mother listening to her son's call is no state's watching
    evs = run_rules("보위부 사람들이 찾아왔다. 어머니는 아들의 통화를 듣고 울었다.")
    assert "SURVEIL" not in {e.type for e in evs}, evs


def test_session25_a_lede_arrest_by_china_is_no_summary_of_the_norths_custody_later():
    evs = run("중국 공안이 지난 23일 지린성 옌지역 대합실에서 기차를 기다리던 탈북민 일가족 4명을 연행했다고 대북 "
              "인권단체가 25일 밝혔다.\n\n단체는 \"북송되면 보위부 구류장에서 조사를 받게 될 것\"이라고 우려했다.")
    assert any(e.type == "DETAIN" and e.perpetrator and e.perpetrator.actor == "CN.police" for e in evs), evs


def test_session25_phones_handed_in_and_id_cards_left_on_order_are_restrictions():
    rules_read_by("수색 뒤로 나머지 노동자 80여 명은 휴대전화를 모두 반납했고 주말 외출도 끊겼습니다.", "RESTRICT", "ko:RESTRICT:반납")
    rules_read_by("이달부터 해주 수산사업소 어선 선원들은 출항 전에 공민증을 부두 초소에 맡겨야 한다.", "RESTRICT", "ko:RESTRICT:맡기다")


def test_session25_called_in_to_be_asked_about_others_is_watching_through_an_informant():
    evs = run_rules("구역 보위부 담당 지도원이 한 달에 한 번 저를 따로 불러서 그 세 집 동향을 물었어요.")
    assert [e.type for e in evs] == ["SURVEIL"], evs
    assert run_rules("보위원이 그 집에 갔는데 오빠는 저를 '미란아'라고 안 불러요.") == []


def test_session25_going_to_an_organ_is_no_visit_by_it():
    evs = run_rules("남편이 공안국에 찾아가 따지자 공안 측은 \"구류소에서 때리거나 굶긴 일은 없다\"며 펄쩍 뛰었다고 한다.")
    assert "VISIT" not in {e.type for e in evs}, evs
    evs = run_rules("탈북민 남성이 지난해 12월 선양의 북한 총영사관을 스스로 찾아가 북한으로 돌아간 것으로 확인됐다.")
    assert [e.type for e in evs] == ["RETURN"], evs
    assert "VISIT" in {e.type for e in run_rules("보위원들이 그의 집을 찾아가 아들의 행방을 물었다.")}


def test_session26_chinas_border_police_are_chinas():
    evs = run_rules("탈북 여성 두 명이 지난달 투먼에서 변방경찰에 붙잡혔다.")
    assert [(e.type, e.perpetrator and e.perpetrator.actor) for e in evs] == [("DETAIN", "CN.police")], evs
    # 공안국 경찰들 are China's police, not the South's plain 경찰
    evs = run_rules("훈춘시 공안국 경찰들이 지난 5일 민박집을 급습해 북한 여성 두 명을 연행했다.")
    assert any(e.type == "DETAIN" and e.perpetrator and e.perpetrator.actor == "CN.police" for e in evs), evs


def test_session26_a_forced_move_is_the_expulsion_and_a_holding_before_a_handover_is_its_state():
    evs = run_rules("아들이 배를 몰고 남쪽으로 간 뒤 그의 부모는 산골 마을로 이주를 강요당했다.")
    assert [e.type for e in evs] == ["EXPEL"], evs
    evs = run_rules("중국 당국은 단둥에서 억류하고 있던 북한 주민 30여 명을 지난주 북측에 넘겼다.")
    assert [e.type for e in evs] == ["REPATRIATE"], evs


def test_session26_phones_to_be_registered_a_duty_taken_away_and_a_stall_threatened():
    rules_read_by("군 보위부는 탈북민 가족들의 손전화를 다시 등록하게 했다.", "RESTRICT", "ko:RESTRICT:등록")
    rules_read_by("조카가 탈북하자 기업소 보위부장이 그를 운전에서 빼 버렸다.", "PUNISH", "ko:PUNISH:빼다")
    evs = run_rules("안전원은 \"공개재판에 빠지면 장마당 매대를 뺏는다\"고 말했다.")
    assert any(e.type == "THREATEN" for e in evs), evs


def test_session26_a_lede_arrest_stands_over_the_custody_told_after_it():
    evs = run_rules("지난달 훈춘시 공안이 한 민박집을 급습해 북한 여성 두 명을 연행했다고 대북 소식통이 전했다.\n\n"
                    "이들은 변방구류소에서 한 달 가까이 지냈다.")
    assert "연행" in the_one(evs, "DETAIN").evidence.text, evs


def test_session26_the_same_kind_of_act_far_apart_in_the_body_is_two_acts():
    evs = run_rules("평양의 보위부가 탈북민 가족들을 감시하고 있다고 소식통이 전했다.\n\n"
                    "평양에 사는 최 씨는 지난해 봄 구역 보위부에 불려 가 딸의 행방을 추궁당했다고 한다.\n\n"
                    "최 씨는 그 뒤 장사를 그만두었다. 시장에서는 쌀값이 올랐다. 이웃들은 말을 아꼈다. "
                    "딸은 연락이 없었다. 겨울이 왔다.\n\n"
                    "올해 3월 최 씨는 다시 구역 보위부에 불려 가 딸의 행방을 추궁당했다.")
    assert len([e for e in evs if e.type == "VISIT"]) == 2, evs


def test_session26_two_kinds_of_penalty_in_one_sentence_are_two_acts():
    evs = run_rules("도주한 선원의 형은 수산사업소 작업반에서 해임됐고, 군당은 그의 당적을 박탈했다.")
    pun = [e for e in evs if e.type == "PUNISH"]
    assert len(pun) == 2, evs
    assert "해임" in pun[0].evidence.text and "박탈" in pun[1].evidence.text, pun
    # one penalty told by two of its words stays one act
    evs = run_rules("그는 도 재판소에서 노동교화형 10년을 선고받고 교화소로 보내졌다.")
    assert len([e for e in evs if e.type == "PUNISH"]) == 1, evs


def test_session26_taken_by_the_norths_agents_in_a_bracketed_or_new_city_abroad_is_an_abduction():
    evs = run_rules("중국 지린성 도문(투먼)시에서 탈북민을 돕던 조선족 목사가 지난달 북한 보위부 공작원들에게 끌려갔다.")
    assert [e.type for e in evs] == ["ABDUCT"], evs
    evs = run_rules("카자흐스탄 알마티에서 머물던 탈북민 한 명이 북한 요원들에게 끌려갔다.")
    assert [e.type for e in evs] == ["ABDUCT"], evs
    # taken by the North's men at home stays a detention
    evs = run_rules("회령시 보위부 요원들이 그를 집에서 끌고 갔다.")
    assert "ABDUCT" not in {e.type for e in evs}, evs


def test_session27_thrown_out_of_a_workplace_school_or_post_is_a_penalty():
    for text in ("오빠는 림산사업소에서 일하다가 저 때문에 쫓겨났어요.",
                 "사촌 동생은 다니던 신의주의학대학에서도 쫓겨났고요.",
                 "탈북자 가족이라는 말이 돌자 작업반장이 쫓겨나니까 다들 입을 닫았다."):
        evs = run_rules(text)
        assert [e.type for e in evs] == ["PUNISH"], (text, evs)
    # out of a town to a farm stays an expulsion
    evs = run_rules("리씨의 아내와 두 자녀는 재판 이튿날 트럭에 실려 산골 협동농장으로 쫓겨났다.")
    assert [e.type for e in evs] == ["EXPEL"], evs


def test_session27_rations_cut_off_a_party_card_handed_back_and_a_post_taken_are_penalties():
    rules_read_by("그러고 한 석 달 있다가 운산읍 사무소에서 아버지 년로보장 배급을 끊어 버렸대요.", "PUNISH", "ko:PUNISH:끊다")
    rules_read_by("두 달 뒤 남동생은 구역 당위원회에 불려 가 당증을 반납해야 했다.", "PUNISH", "ko:PUNISH:반납")
    rules_read_by("남동생은 평성 기계공장 기사였는데 그 자리도 떼였어요.", "PUNISH", "ko:PUNISH:떼이다")
    rules_read_by("올해 봄에는 조카가 군 입대 대상에서 제외됐다.", "PUNISH", "ko:PUNISH:제외")
    rules_read_by("함경북도 길주에 사는 아버지는 30년 넘게 일한 길주역 역무원 일을 그만둬야 했다.", "PUNISH", "ko:PUNISH:그만두다")
    # passports handed back stay a restriction
    assert [e.type for e in run_rules("노동자들은 도착하자마자 여권을 반납해야 했다.")] == ["RESTRICT"]


def test_session27_house_searches_watchers_on_boats_and_lists_of_families():
    rules_read_by("남포시 안전부가 지난달 하순 탈북민 가족 세대를 중심으로 가택 수색을 벌여 손전화 3대를 찾아냈다.",
                  "RESTRICT", "ko:RESTRICT:수색")
    rules_read_by("보위부도 낮에 나가는 배마다 보위원을 한 명씩 태워 보내고 있다.", "SURVEIL", "ko:SURVEIL:태우다")
    rules_read_by("2024년부터는 어선이 나갈 때마다 보위원이 한 명씩 올라탄다.", "SURVEIL", "ko:SURVEIL:올라타다")
    rules_read_by("북한 당국은 2024년부터 탈북자 가족을 따로 명단에 올려 관리하고 있다.", "SURVEIL", "ko:SURVEIL:명단")


def test_session27_an_act_feared_is_none():
    evs = run_rules("그 가운데 한 명인 50대 여성은 단속이 두려워 지난 10월 스스로 두만강을 건너 북으로 돌아갔다.")
    assert "RESTRICT" not in {e.type for e in evs}, evs
    assert "RESTRICT" in {e.type for e in run_rules("보안원들이 단속을 벌여 장사꾼 10명을 잡아갔다.")}


def test_session27_relatives_by_marriage_are_family():
    # (rules alone: the family of a person who left, once the report says so)
    evs = run_rules("시어머니와 시누이가 평양에서 함경남도 허천군으로 이주당하였다.")
    assert [e.type for e in evs] == ["EXPEL"], evs
    evs = run_rules("탈북자의 시어머니가 평양에서 허천군으로 강제 이주를 당하였다.")
    assert [(e.type, e.target.category) for e in evs] == [("EXPEL", "defector_family")], evs


def test_session27_a_ledes_penalty_is_not_summed_up_by_a_penalty_of_another_kind():
    evs = run_rules("양강도 재판소는 올해 4월 혜산시에 사는 리모(47) 씨에게 조국반역죄를 적용해 노동교화형 10년을 선고했다.\n\n"
                    "판결문은 리씨가 중국에서 붙잡혀 북송됐다고 적고 있다.\n\n"
                    "판결은 또 리씨 집의 가산을 몰수하도록 했다.")
    pun = [e for e in evs if e.type == "PUNISH"]
    assert len(pun) == 2 and "노동교화형" in pun[0].evidence.text and "몰수" in pun[1].evidence.text, evs
    # thrown out of the Party in the lede and expelled from it later is one penalty, told twice
    evs = run_rules("원산시의 한 진료소 의사가 보위부에서 며칠씩 조사를 받은 뒤 당에서 쫓겨난 것으로 알려졌다.\n\n"
                    "소식통은 당 조직이 회의를 열었다고 전했다. 회의는 곧바로 그의 출당을 결정했다.")
    assert len([e for e in evs if e.type == "PUNISH"]) == 1, evs
    # two kinds in one sentence stay two
    evs = run_rules("주민: 리 씨 큰딸은 다니던 대학에서 제적됐고, 사위는 무역회사에서 쫓겨났시요.")
    assert len([e for e in evs if e.type == "PUNISH"]) == 2, evs


def test_session27_put_on_a_stage_in_the_passive_is_shaming():
    # 세워졌다 (the -어지다 passive): shamed on a stage, by whoever put her there
    rules_read_by("강연에서는 30대 여성 한 명이 '본보기'로 무대에 세워졌다.", "PROPAGANDA", "ko:PROPAGANDA:세워지다")
    # a fence put up stays a border measure
    rules_read_by("국경에 철조망이 새로 세워졌다.", "RESTRICT", "ko:RESTRICT:세워지다")


def test_session27_crowd_trials_denunciations_and_state_tv_appearances_with_words_between():
    rules_read_by("함흥시에서 '불순 녹화물'을 퍼뜨린 자들에 대한 군중심판이 열렸다.", "PROPAGANDA", "ko:PROPAGANDA:군중심판")
    rules_read_by("인민반장은 이어 반 총회를 열고 \"원쑤들의 썩은 바람에 귀를 기울인 자\"를 규탄했다.",
                  "PROPAGANDA", "ko:PROPAGANDA:규탄")
    rules_read_by("지난 14일 조선중앙TV에 40대 여성 김모 씨가 나왔다.", "PROPAGANDA", "ko:PROPAGANDA:나오다")
    assert run_rules("유엔은 북한의 인권 침해를 규탄했다.") == []


def test_session27_more_conditional_threats_in_plain_words():
    for text, name in (("보위원은 \"안 오면 어머니가 더 힘들어질 거다\"라고 말을 바꿨다.", "힘들어지다"),
                       ("안전원은 \"숨기다 걸리면 간첩으로 다스린다\"고 말했다.", "다스린다"),
                       ("보위원은 \"계속하면 할머니 여기서 못 산다\"고 했다.", "못산다"),
                       ("보위원은 \"서명 안 하면 아들 앞길은 우리도 책임 못 진다\"고 했다.", "책임못진다"),
                       ("보위부는 \"네가 끝내 안 오면 우리가 무슨 일을 당할지 모른다\"는 말을 전하게 했다.", "무슨일을당할지")):
        rules_read_by(text, "THREATEN", f"ko:THREATEN:{name}")
    # the same words with no condition are no threat of the speaker's
    assert "THREATEN" not in {e.type for e in run_rules("할머니는 \"요즘은 여기서 못 산다\"며 한숨을 쉬었다.")}


def test_session27_custody_stands_beside_the_blows_the_reader_reads():
    # The learned reader retypes 넘겨져 ... 취조를 받으면서 as the blows it goes on to tell; the rule's custody
    # is coded beside them (both acts, as the development sets code such sentences).
    evs = run("함경북도 회령시에서 중국 손전화로 한국과 통화하던 40대 남성이 붙잡혔다고 소식통이 전했다.\n\n"
              "소식통에 따르면 그는 군 안전부에 넘겨져 이틀 동안 취조를 받으면서 뺨을 맞고 정강이를 여러 차례 걷어차였다.\n\n"
              "그의 가족은 아직 면회를 하지 못했다. 이웃들은 말을 아끼고 있다.")
    body = {e.type for e in evs if e.evidence.text.startswith("소식통에 따르면 그는")}
    assert body == {"DETAIN", "ASSAULT"}, evs


def test_session28_an_officer_at_someones_side_tails_him_in_kiwis_split_form_too():
    # Kiwi splits 따라붙는다 inside a quote into 따르/VV 어/EC 붙/VV
    rules_read_by('소식통은 "행사가 끝나면 그 사람 옆에는 늘 보위원 한 명이 따라붙는다"며 "혼자 다니는 걸 못 봤다"고 전했다.',
                  "SURVEIL", "ko:SURVEIL:따라붙다")


def test_session28_a_return_through_a_named_chinese_city_and_pupils_struck_off_the_rolls():
    rules_read_by("그 남성은 지난해 여름 중국 훈춘을 거쳐 북으로 돌아왔다고 한다.", "RETURN", "ko:RETURN:돌아오다")
    rules_read_by("소식통은 \"군 보위부가 알리자 고급중학교는 탈북한 교원의 두 아이를 학적에서 지웠다\"고 전했다.",
                  "PUNISH", "ko:PUNISH:지우다")


def test_session28_checking_who_came_is_watching_and_a_head_struck_on_a_wall_a_beating():
    evs = rules_read_by("담당 보위원이 사흘이 멀다 하고 집에 들러 누가 다녀갔는지 확인했다.", "SURVEIL", "ko:SURVEIL:확인")
    assert "VISIT" not in {e.type for e in evs}, evs  # the call is the watching's step
    rules_read_by("예심원은 그의 머리를 책상 모서리에 몇 번이나 찧었다.", "ASSAULT", "ko:ASSAULT:찧다")
    assert run_rules("아이가 넘어지면서 바닥에 무릎을 찧었다.") == []


def test_session28_custody_told_with_its_length_keeps_its_type_beside_a_reward():
    # In a report, the learned reader reads the sentence as the reward; the custody told with its
    # length stays custody beside it.
    evs = run("황해북도 사리원에서 중국에서 돌아온 30대 남성을 내세운 강연회가 열린 것으로 알려졌다.\n\n"
              "황해북도 소식통은 \"지난달 사리원시 문화회관에서 강연회가 열렸는데, 연단에 선 사람은 중국에서 6년을 살다 온 "
              "박모라는 남성이었다\"고 전했다.\n\n"
              "소식통은 \"박 씨는 작년 봄 중국 훈춘을 거쳐 제 발로 돌아왔고, 그 뒤 석 달 동안 조사를 받았다\"며 "
              "\"조사가 끝나자 군에서 살림집 입사증을 내주고 탄광 일자리까지 마련해 줬다\"고 말했다.\n\n"
              "북한은 이런 강연을 지방에서도 자주 여는 것으로 보인다.")
    assert {"RETURN", "DETAIN", "INDUCE"} <= {e.type for e in evs}, evs


def test_session28_people_a_summons_brought_named_by_its_participle_are_no_second_summons():
    evs = run_rules('혜산의 한 소식통은 "보위국이 지난주 돈을 받은 집 가족들을 줄줄이 호출했다"고 전했다. '
                    '그는 "보위국이 불려 온 가족들에게 서약서를 쓰게 하고 벌금을 물렸다"고 덧붙였다.')
    assert not any(e.type == "VISIT" and "불려 온" in e.evidence.text for e in evs), evs
    # a summons said to go on (불려 다녔다는 말) is still one
    rules_read_by("떠나온 뒤로 고향에 남은 어머니가 보위부에 여러 번 불려 다녔다는 말을 들었다.", "VISIT", "ko:VISIT:다니다")


def test_session28_coming_of_ones_own_accord_is_no_visit_and_a_department_taken_away_a_penalty():
    evs = run_rules("소식통은 \"'스스로 찾아와 받은 돈을 바치면 문제 삼지 않겠다'는 보위국의 말이 인민반 회의마다 전달되고 있다\"고 말했다.")
    assert "VISIT" not in {e.type for e in evs}, evs
    rules_read_by("병원 당위원회는 그를 외과에서 빼서 결핵 요양소로 보냈다.", "PUNISH", "ko:PUNISH:빼다")


def test_session28_a_countys_education_department_is_the_norths_local_office():
    evs = run_rules("그런데도 군 교육부는 이달 초 그 교원의 자격을 정지시키고 산골 분교의 잡역부로 내려보냈다.")
    assert any(e.type == "PUNISH" and e.perpetrator is not None and e.perpetrator.actor == "KP.gov" for e in evs), evs


def test_session28_nobody_will_blame_one_who_comes_back_is_a_promise():
    rules_read_by('어머니는 "보위부 사람이 돌아오면 누구도 탓하지 않는다더라"고 전했다.', "INDUCE", "ko:INDUCE:탓")
    rules_read_by('보위원은 "아들이 돌아오면 아무도 건드리지 않겠다"고 말했다.', "INDUCE", "ko:INDUCE:건드리다")
    assert run_rules("시장에서 누구도 그를 탓하지 않았다.") == []


def test_session28_not_forgetting_a_threat_tells_it_made():
    evs = rules_read_by('보위원은 돈을 내놓으라고 하면서 "숨겼다가 들통나면 온 집안이 책임질 각오를 하라"는 엄포도 잊지 않았다.',
                        "THREATEN", "ko:THREATEN:엄포")
    assert [e.status for e in evs if e.type == "THREATEN"] == ["occurred"], evs


def test_session29_words_in_single_quotes_before_a_verb_of_saying_are_speech():
    evs = rules_read_by("보위부 지도원이 어머니 전화로 아들과 직접 통화했대요. '네가 안 오면 어머니가 어떻게 될지 모른다' 그랬대요.",
                        "THREATEN", "ko:THREATEN:어떻게될지")
    assert the_one(evs, "THREATEN").perpetrator.actor == "KP.MSS", evs
    # a body named inside the words said is not the sentence's subject
    evs = run("보위원이 언니를 통해 말을 전했대요. '돌아오면 신의주 세관에 일자리를 마련해 주겠다' 그랬대요.")
    assert "INDUCE" in {e.type for e in evs}, evs


def test_session29_a_release_promised_is_no_penalty_and_knowing_it_politely_a_threat():
    evs = run_rules("보위원은 \"한국에 다시 가서 우리 일을 도우면 네 형을 교화소에서 빼 주겠다\"고 했다.")
    assert not any(e.type in ("THREATEN", "PUNISH") for e in evs), evs
    rules_read_by("보위원은 '딸하고 한 번만 더 통화하면 아주머니도 옆집처럼 되는 줄 아시오'라고 했다.",
                  "THREATEN", "ko:THREATEN:줄알라")


def test_session29_a_call_to_write_down_whom_one_met_is_the_watching():
    evs = rules_read_by("담당 안전원은 이틀이 멀다 하고 집에 들러 누구를 만났는지 적어 갔다.", "SURVEIL", "ko:SURVEIL:적다")
    assert "VISIT" not in {e.type for e in evs}, evs
    # a summons where the one summoned writes it down stays a summons
    evs = run_rules("어머니는 한 달에 한 번 보위부 사무실에 불려 가 누구와 통화했는지 적어 내고 있다.")
    assert "VISIT" in {e.type for e in evs}, evs


def test_session29_thrown_out_of_a_mine_and_passports_taken_with_words_between():
    rules_read_by("오빠도 다니던 검덕광산에서 쫓겨났어요.", "PUNISH", "ko:PUNISH:쫓겨나다")
    rules_read_by("여권은 도착한 날 북한에서 온 관리자가 거둬 간다.", "RESTRICT", "ko:RESTRICT:여권")


def test_session29_workers_taken_from_a_russian_city_to_pyongyang_are_sent_back():
    evs = rules_read_by("두 사람은 닷새 뒤 영사관 직원들의 감시 속에 하바롭스크에서 비행기로 평양에 압송됐다.",
                        "REPATRIATE", "ko:REPATRIATE:압송")
    assert "SURVEIL" not in {e.type for e in evs}, evs


def test_session29_custody_told_with_the_move_is_the_ledes_detail():
    evs = run_rules("중국에서 5년을 지낸 함경북도 경성군 출신 여성이 지난봄 스스로 돌아온 뒤 석 달 동안 보위부에 붙들려 있다 풀려난 것으로 "
                    "전해졌다.\n\n소식통에 따르면 그는 사흘 뒤 경성군 보위부로 이송돼 석 달 동안 조사를 받았다.")
    assert "이송돼" in the_one(evs, "DETAIN").evidence.text, evs


def test_session29_chinas_border_authorities_and_local_police_are_chinas():
    evs = rules_read_by("그는 열흘 가까이 변방구류소에 갇혀 있다가 중국 변방 당국에 의해 다른 탈북민 10여 명과 함께 두만강 다리 건너 "
                        "북측으로 넘겨졌다.", "REPATRIATE", "ko:REPATRIATE:넘겨지다")
    assert {e.perpetrator.actor for e in evs if e.type == "REPATRIATE"} == {"CN.police"}, evs
    evs = run_rules("지린성 옌지의 한 선교 단체에 따르면 지난해 봄 현지 경찰이 그의 집을 찾아와 그를 연행했다.")
    assert "DETAIN" in {e.type for e in evs}, evs


def test_session29_a_holding_facility_or_period_is_where_or_when():
    evs = run_rules("중국 외교부 대변인은 \"단둥의 구류 시설에서 조선 국적자들이 맞았다는 보도는 사실이 아니다\"라고 말했다.")
    assert not any(e.type == "DETAIN" and e.extractor.rule == "ko:DETAIN:구류" for e in evs), evs


def test_session30_this_time_or_next_time_before_a_harm_is_a_threat():
    evs = rules_read_by("작년 겨울 안전원이 집에 와서 '또 중국 전화를 썼다는 신고가 있다, 이번엔 단련대 간다'고 했다.",
                        "THREATEN", "ko:THREATEN:보낸다")
    assert "PUNISH" not in {e.type for e in evs}, evs  # the camp is the harm threatened, not a penalty given
    rules_read_by("보위원은 아버지에게 \"다음엔 온 집안이 산골로 간다\"고 말했다.", "THREATEN", "ko:THREATEN:보낸다")
    # a time clause before a rumoured move, the place named with words between, is no threat
    evs = run_rules("여름이 되면 그 집을 군 안쪽 산골 마을로 보낸다는 소문이 돈다.")
    assert "THREATEN" not in {e.type for e in evs}, evs


def test_session30_phones_checked_are_a_sweep_and_the_police_substation_the_police():
    evs = rules_read_by("올봄부터 동 분주소가 집집을 돌며 손전화를 검열하고 있다.", "RESTRICT", "ko:RESTRICT:검열")
    assert the_one(evs, "RESTRICT").perpetrator.actor == "KP.MSoS", evs
    evs = rules_read_by("보위원이 노동자들의 휴대전화를 불시에 검사했다.", "RESTRICT", "ko:RESTRICT:검사")
    assert "SURVEIL" not in {e.type for e in evs}, evs
    # what is on a phone read through stays watching
    rules_read_by("보위원이 통화 기록을 하나하나 검사했다.", "SURVEIL", "ko:SURVEIL:검사")


def test_session30_kept_from_going_out_is_a_restriction_in_force_and_then_before_a_harm_a_threat():
    evs = rules_read_by("그 뒤로 분주소는 그 집 식구들을 장마당에도 못 나가게 했다.", "RESTRICT", "ko:RESTRICT:하다")
    assert the_one(evs, "RESTRICT").status != "denied", evs
    evs = rules_read_by("보위부 지시로 그 집 아들은 다른 배에도 못 오르게 됐다.", "RESTRICT", "ko:RESTRICT:되다")
    assert the_one(evs, "RESTRICT").status != "denied", evs
    rules_read_by("어머니가 못 하겠다고 하자 보위원은 '그럼 아들 입당은 없는 줄 알라'고 했다.", "THREATEN", "ko:THREATEN:줄알라")


def test_session30_the_norths_managers_abroad_act_for_the_state():
    evs = rules_read_by("이탈 직후 북한 측 관리자들이 남은 노동자 40여 명의 휴대전화를 모두 걷어 갔다.", "RESTRICT", "ko:RESTRICT:걷다")
    assert the_one(evs, "RESTRICT").perpetrator.actor == "KP.gov", evs


def test_session30_a_taking_followed_by_its_length_and_the_holding_is_custody():
    # the learned reader reads the threat in the sentence; the custody told with its length stays custody
    evs = run("서울중앙지법은 북한 보위성의 지시를 받고 탈북민 명단을 넘긴 혐의로 기소된 탈북민 최모 씨에게 징역 2년을 선고했다. "
              "판결문에 따르면 최씨는 2024년 봄부터 탈북민 모임 회원들의 이름과 주소를 정리해 보냈다. 재판부는 \"보위성 공작원은 "
              "2024년 5월 함경북도 무산에 사는 최씨의 형을 보위부로 끌고 가 보름 동안 가둬 두고, 형의 휴대전화로 최씨에게 연락해 "
              "'협조하지 않으면 형네 식구 모두 산골로 간다'고 위협했다\"고 인정했다.")
    assert {"DETAIN", "THREATEN"} <= {e.type for e in evs}, evs


def test_session31_custody_told_as_held_then_handed_over_is_the_arrest_told_before():
    evs = run_rules("A씨는 다리 앞 검문소에서 중국 변방 경찰에게 붙잡혔다. 변방 경찰은 그를 40일 동안 단둥 구류소에 가뒀다가 "
                    "4월 말 신의주 쪽에 넘겼다.")
    assert "붙잡혔다" in the_one(evs, "DETAIN").evidence.text, evs  # the arrest, not the days held before the handover
    assert "REPATRIATE" in {e.type for e in evs}, evs


@pytest.mark.parametrize("text, etype, rule", [
    ("건설 현장에서 일하던 북한 노동자 30여 명이 지난달 북한 당국의 지시로 강제 귀국됐다.", "REPATRIATE", "ko:REPATRIATE:귀국"),
    ("보위원은 '아들이 안 오면 네 어머니가 고생한다'고 말했다.", "THREATEN", "ko:THREATEN:고생하다"),
    ("어머니는 보위부에서 가지고 가신 돈 2천 위안도 모두 빼앗기셨다.", "PUNISH", "ko:PUNISH:빼앗기다"),
    ("군 안전부는 확인서에 도장을 찍어 준 인민반장을 반장 자리에서 내쫓았다.", "PUNISH", "ko:PUNISH:내쫓다"),
])
def test_session31_a_forced_return_home_kin_made_to_suffer_and_money_taken(text, etype, rule):
    evs = rules_read_by(text, etype, rule)
    assert "COERCE" not in {e.type for e in evs}, evs  # (강제 귀국 is the recall, no coercion beside it)


def test_session31_the_guilt_by_association_system_named_is_no_penalty():
    evs = run_rules("가족에게 죄를 묻는 연좌제가 21세기에도 버젓이 살아 있다.")
    assert "PUNISH" not in {e.type for e in evs}, evs
    evs = run_rules("최 씨는 올해 4월 다시 국경을 넘어 지난달 한국에 도착했다.")
    assert "RETURN" not in {e.type for e in evs}, evs  # crossing again to go south is no return


def test_session31_handed_over_at_a_border_city_demoted_and_discharged():
    rules_read_by("그들은 투먼 통상구를 통해 북측에 인계되었다.", "REPATRIATE", "ko:REPATRIATE:인계")
    rules_read_by("당위원회는 그를 자재 창고 관리원으로 내려보냈다.", "PUNISH", "ko:PUNISH:내려보내다")
    rules_read_by("그는 이듬해 3월 경비대대로부터 '정치적 신임 상실'을 이유로 제대 조치되었다.", "PUNISH", "ko:PUNISH:제대")
    evs = run_rules("그는 2020년 만기 제대를 했다.")
    assert "PUNISH" not in {e.type for e in evs}, evs  # a discharge at the end of service is no penalty


def test_session31_an_act_told_as_not_done_is_none_and_a_denial_stays_denied():
    evs = run_rules("국정원은 북한 당국이 이들 재입북자를 아직 선전에 내세우지는 않았다고 덧붙였다.")
    assert "PROPAGANDA" not in {e.type for e in evs}, evs
    evs = run_rules("보위부에 끌려갔지만 때리지는 않았다고 했다.")
    assert {e.type for e in evs} == {"DETAIN"}, evs
    # an organ named as not having done it is a denial, coded as denied
    evs = run_rules("보위원들이 그를 날마다 때리지는 않았다고 한다.")
    assert the_one(evs, "ASSAULT").status == "denied", evs
    evs = run_rules("통신은 보위원들이 한씨의 가족을 찾아가 협박했다는 남측 보도를 \"모략\"이라고 일축했다.")
    assert the_one(evs, "THREATEN").status == "denied", evs


def test_session31_a_confession_made_beside_a_shaming_and_caught_by_agents():
    evs = run_rules("사리원시 당위원회는 회의실에 탈북자 가족 열두 명을 단상 앞에 세워 놓고 한 사람씩 “배신자를 길러 낸 죄”를 "
                    "자백하게 했다.")
    assert {"PROPAGANDA", "COERCE"} <= {e.type for e in evs}, evs
    rules_read_by("아들은 이달 초 한국 노래가 든 USB를 갖고 있다가 안전원들에게 걸렸다.", "DETAIN", "ko:DETAIN:걸리다")


def test_session31_a_return_of_ones_own_accord_but_not_home_nor_as_said():
    rules_read_by("그 여성은 그해 가을 신의주 세관을 거쳐 스스로 돌아왔다.", "RETURN", "ko:RETURN:돌아오다")
    rules_read_by("김 씨는 한국에서 3년을 살다가 지난해 12월 스스로 돌아왔다.", "RETURN", "ko:RETURN:돌아오다")
    for text in ("아이는 저녁이 되자 스스로 집으로 돌아왔다.", "그는 \"스스로 돌아왔다는 건 말이 안 된다\"고 했다."):
        evs = run_rules(text)
        assert "RETURN" not in {e.type for e in evs}, (text, evs)


def test_session31_a_duty_to_give_a_life_report_is_a_restriction_and_nothing_besides():
    evs = run("아버지는 지금까지 한 달에 한 번씩 군 보위부에 가서 생활 보고를 하고 있다고 한다.")
    assert [(e.type, e.extractor.rule) for e in evs] == [("RESTRICT", "ko:RESTRICT:보고")], evs


def test_session31_caught_by_one_body_then_held_by_the_one_it_handed_them_to_is_two_custodies():
    evs = run_rules("그는 강을 건너자마자 국경경비대 초소에 붙잡혀 시 보위부로 넘겨졌고, 지금까지 조사를 받고 있다.")
    detains = [e for e in evs if e.type == "DETAIN"]
    assert [e.evidence.text for e in detains] == ["그는 강을 건너자마자 국경경비대 초소에 붙잡혀",
                                                 "시 보위부로 넘겨졌고, 지금까지 조사를 받고 있다."], evs
    assert detains[0].perpetrator.actor == "KP.border_guard" and detains[1].perpetrator.actor == "KP.MSS", evs
    # caught and handed over, nothing told of the holding after: one detention
    evs = run_rules("남성은 시장 담당 안전원에게 붙잡혀 시 보위부로 넘겨졌다.")
    assert [e.type for e in evs].count("DETAIN") == 1, evs


def test_session31_what_the_souths_authorities_did_as_a_returnee_tells_it_is_no_act_of_the_north():
    evs = run_rules("남편은 \"남조선 당국이 우리를 감시하고 협박했다\"고 주장했고, 아내는 \"어머니 품이 그리웠다\"며 눈물을 보였다.")
    assert not {"SURVEIL", "THREATEN"} & {e.type for e in evs}, evs
    evs = run_rules("이 남성은 회견에서 \"남조선 정보원들에게 속아 끌려갔다\"며 한국 정부를 비난했다.")
    assert "DETAIN" not in {e.type for e in evs}, evs


def test_session31_two_penalties_on_standing_are_two_acts_a_fine_with_a_term_one():
    evs = run_rules("2017년 봄 관리위원장이던 아버지는 군당 위원회에서 출당됐고, 관리위원장 자리에서도 내려왔다.")
    assert [e.evidence.text for e in evs if e.type == "PUNISH"] == [
        "2017년 봄 관리위원장이던 아버지는 군당 위원회에서 출당됐고", "관리위원장 자리에서도 내려왔다."], evs
    evs = run_rules("그는 결국 중국 돈 3천 위안에 해당하는 벌금을 물고 노동단련대 6개월 처벌을 받았다.")
    assert [e.type for e in evs].count("PUNISH") == 1, evs


@pytest.mark.parametrize("text, etype, rule", [
    ("시 안전부는 그 트럭의 운행증을 정지시켰다.", "PUNISH", "ko:PUNISH:정지"),
    ("직장 사람들이 모두 모여 그를 배신자라고 규탄하는 모임을 했다.", "PROPAGANDA", "ko:PROPAGANDA:규탄"),
    ("경비대는 올해 봄부터 주민들이 강변 숲에 들어가는 것을 막고 있다.", "RESTRICT", "ko:RESTRICT:막다"),
    ("탄광 기사였던 아버지는 지난해 가을 운반 작업반 잡부로 내려갔다.", "PUNISH", "ko:PUNISH:내려가다"),
    ("보위 지도원은 매주 노동자들의 통화 기록을 점검했다.", "SURVEIL", "ko:SURVEIL:점검"),
    ("안전부는 외지 사람을 마을에 들이지 말라고 인민반에 통보했다.", "RESTRICT", "ko:RESTRICT:통보"),
    ("그는 지난 5월 스스로 총영사관을 찾아가 귀국했다.", "RETURN", "ko:RETURN:귀국"),
])
def test_session32_single_rule_readings(text, etype, rule):
    rules_read_by(text, etype, rule)


def test_session32_what_would_have_happened_and_an_act_negated_with_another_are_none():
    for text in ("오씨는 그날 밤 집으로 돌아왔고, 체포되거나 구금되지 않았다.",
                 "원래 같으면 그는 교화소에 갔을 텐데 이번에는 봐줬다고 한다.",
                 "북한 외무성 대변인은 그가 스스로 귀국했다고 주장했다."):
        evs = run(text)
        assert not {"DETAIN", "PUNISH", "RETURN"} & {e.type for e in evs}, (text, evs)


def test_session32_a_summons_told_again_and_again_stands_beside_the_call_it_forced():
    evs = run_rules("군 보위부가 그의 어머니를 여러 차례 불러 아들에게 전화를 걸게 했다.")
    assert {"VISIT", "COERCE"} <= {e.type for e in evs}, evs
    evs = run_rules("보위부가 어머니를 불러다 놓고 딸에게 전화를 걸게 했다.")
    assert {"VISIT", "COERCE"} <= {e.type for e in evs}, evs  # called in and kept there
    evs = run_rules("보위부가 어머니를 불러 딸에게 전화를 걸게 했다.")
    assert {"VISIT", "COERCE"} <= {e.type for e in evs}, evs  # once, too (bench/CODING.md 1.1)


def test_session32_the_audience_is_not_the_target_and_kin_gone_missing_make_a_family():
    evs = run_rules("인민반장은 회의에서 아들이 행방불명된 60대 여성을 주민들 앞에 세우고 반성문을 읽게 했다.")
    assert the_one(evs, "PROPAGANDA").target.category == "defector_family", evs


def test_session32_a_shooting_games_shots_and_prisons_are_play():
    evs = run("인천 송도의 한 서바이벌 게임장이 새 단장을 마쳤다. 참가자들은 비비탄 총으로 상대 팀 깃발을 노린다. "
              "총알에 맞은 참가자는 손을 번쩍 들고 '사살 판정'을 받아 게임장 밖으로 나가야 하고, 적에게 붙잡힌 참가자는 "
              "'포로 수용소'로 꾸민 컨테이너에 3분 동안 갇혀 있다가 풀려나 다시 뛴다. 이곳 매니저는 양강도 혜산 출신이다.")
    assert evs == [], evs


@pytest.mark.parametrize("text, etype, rule", [
    ("풀려난 그는 다니던 제강소에서도 쫓겨났다.", "PUNISH", "ko:PUNISH:쫓겨나다"),
    ("회령시 보위부는 지난 겨울 앞집 남자를 정보원으로 끌어들였다.", "SURVEIL", "ko:SURVEIL:정보원"),
    ("밤이면 보위원이 숙소 방마다 돌며 인원을 센다.", "SURVEIL", "ko:SURVEIL:세다"),
    ("인민반장은 아침마다 그 집에 들러 식구들이 다 있는지 확인한다.", "SURVEIL", "ko:SURVEIL:확인"),
    ("도 보위국 전파감독소 차량이 강변 마을 골목을 이틀 밤 맴돌았다.", "SURVEIL", "ko:SURVEIL:전파감독소"),
    ("보위부 전파 탐지차가 장마당 근처에 며칠째 서 있다.", "SURVEIL", "ko:SURVEIL:탐지차"),
    ("지도원은 노동자들이 저녁마다 무슨 말을 하는지 적어 바치게 했다.", "SURVEIL", "ko:SURVEIL:적다"),
])
def test_session33_single_rule_readings(text, etype, rule):
    rules_read_by(text, etype, rule)


def test_session33_a_plea_for_leniency_and_a_word_that_no_such_thing_exists_are_no_acts():
    for text in ('피고인 최씨는 "어머니가 북에서 고생하고 있다"며 재판부에 선처를 호소했다.',
                 '외무성 대변인은 "공화국에는 고문이나 강제 노동이란 존재하지 않는다"고 주장했다.',
                 '중앙통신은 "우리에게는 강제 송환도, 납치도 없다"며 보고서를 비난했다.'):
        evs = run(text)
        assert not {"INDUCE", "ASSAULT", "COERCE", "ABDUCT", "REPATRIATE"} & {e.type for e in evs}, (text, evs)


def test_session33_taken_to_an_office_to_make_a_call_is_the_call():
    evs = run_rules("보위부는 지난봄 그의 어머니를 보위부 사무실로 데려가 딸에게 전화를 걸게 했다.")
    assert "COERCE" in {e.type for e in evs} and "DETAIN" not in {e.type for e in evs}, evs


def test_session33_penalties_for_two_sets_of_people_are_two_acts_cut_at_the_comma():
    evs = run_rules("도 재판소는 주모자 2명에게 각각 로동교화형 15년을, 나머지 4명에게는 로동단련형을 언도하였다.")
    punish = [e for e in evs if e.type == "PUNISH"]
    assert len(punish) == 2, evs
    assert punish[0].evidence.text.endswith("15년을") and punish[1].evidence.text.startswith("나머지"), evs
    evs = run_rules("재판소는 그에게 노동교화형 10년과 벌금을 선고했다.")
    assert [e.type for e in evs].count("PUNISH") == 1, evs


def test_session33_the_norths_men_taking_someone_told_again_is_the_abduction():
    evs = run("중국 옌지에 살던 탈북민 오 씨가 지난 5월 북한 보위부 요원들에게 납치돼 두만강 건너로 끌려간 것으로 전해졌다. "
              "가족들은 그가 북한 보위부 사람들에게 끌려간 것으로 믿고 있다.")
    kinds = [e.type for e in evs]
    assert kinds.count("ABDUCT") == 1 and "DETAIN" not in kinds, evs


@pytest.mark.parametrize("text, etype, rule", [
    ("국경경비대는 올봄부터 허가증 없이는 주민들이 강가로 못 내려오게 한다.", "RESTRICT", "ko:RESTRICT:하다"),
    ("시 안전부는 택시 기사들에게 국경 연선 안으로는 손님을 태우지 못하게 했다.", "RESTRICT", "ko:RESTRICT:못하다"),
    ("지난 3월 남편이 군 보위부에 불려 가서 나흘 동안 집에 못 왔다.", "DETAIN", "ko:DETAIN:불려가다"),
    ("담당 보위원이 열흘에 한 번씩 들러 누가 다녀갔는지 적어 간다.", "SURVEIL", "ko:SURVEIL:적다"),
    ("보위원은 '너희 집에서 떠드는 말은 다 듣고 있다'고 했다.", "SURVEIL", "ko:SURVEIL:듣다"),
    ("경비대는 어부들에게 배를 띄우려면 매번 중대 승인을 받게 했다.", "RESTRICT", "ko:RESTRICT:승인"),
    ("보위부는 노동자들을 식당에 모아 도망친 동료를 비판하는 모임을 열었다.", "PROPAGANDA", "ko:PROPAGANDA:비판"),
    ("그 작업반장은 군당위원회에서 당적 경고를 받았다.", "PUNISH", "ko:PUNISH:당적"),
    ("인민군 부대는 해안 초소마다 '허가 없이 나가는 배는 쏘라'는 명령을 내렸다.", "RESTRICT", "ko:RESTRICT:쏘다"),
    ("풀려난 뒤 그는 다니던 편의봉사소에서 쫓겨났다.", "PUNISH", "ko:PUNISH:쫓겨나다"),
    ("안전부는 열흘 뒤 그 일가를 산골 협동농장으로 실어 보냈다.", "EXPEL", "ko:EXPEL:싣다"),
])
def test_session34_single_rule_readings(text, etype, rule):
    rules_read_by(text, etype, rule)


def test_session34_a_party_warning_is_a_penalty_and_a_family_carted_to_a_county_no_repatriation():
    evs = run_rules("그 작업반장은 군당위원회에서 당적 경고를 받았다.")
    assert "THREATEN" not in {e.type for e in evs}, evs
    evs = run_rules("안전부는 열흘 뒤 그 일가를 산골 협동농장으로 실어 보냈다.")
    assert "REPATRIATE" not in {e.type for e in evs}, evs
    evs = run_rules("중국 공안은 붙잡은 탈북민들을 트럭에 실어 북한으로 보냈다.")
    assert "REPATRIATE" in {e.type for e in evs}, evs


def test_session34_an_abduction_told_with_no_one_named_is_the_reports_organs():
    evs = run("소식통에 따르면 국가보위성 요원들이 중국에 사는 탈북민들의 행방을 쫓고 있다. "
              "지난달 단둥에서는 탈북민 한 명이 납치된 것으로 알려졌다.")
    assert the_one(evs, "ABDUCT").perpetrator.actor == "KP.MSS", evs


@pytest.mark.parametrize("text, etype, actor", [
    # the security organs named as a kind (a state outlet's "우리 보위기관"), a security agent written as
    # two words, an overseas firm's security representative, a village's party secretary
    ('조선중앙통신은 "우리 보위기관이 국경 연선에서 남조선 간첩을 체포했다"고 보도했다.', "DETAIN", "KP.MSS"),
    ('방송은 그가 "보위 기관의 높은 경각성에 의해 체포됐다"고 전했다.', "DETAIN", "KP.MSS"),
    ("해외 건설 현장에 파견된 보위대표는 노동자들의 여권을 모두 거둬들였다.", "RESTRICT", "KP.MSS"),
    ("그 노동자는 대사관 보위 요원들에게 붙잡혀 평양으로 압송됐다.", "ABDUCT", "KP.MSS"),
    ("리당비서는 그 집 아버지를 작업반장 자리에서 끌어내렸다.", "PUNISH", "KP.WPK"),
    # a count written as a word (보위부 요원 두 명이) keeps the organ it counts, not the office named before
    ("안전부에서 풀려난 이튿날, 보위부 요원 두 명이 집에 찾아와 어머니를 데려갔다.", "DETAIN", "KP.MSS"),
    # a pronoun topic speaks the words it opens: the organ last seen as a subject
    ("이튿날 시 안전부 안전원 세 명이 그의 집을 뒤졌다. 그들은 \"한국 돈이 나오면 그때는 우리가 데려간다\"고 을러댔다.",
     "THREATEN", "KP.MSoS"),
    # ... and a clause of being inside the words said (보위부가 아니라) closes none of the speaker's
    ("이튿날 시 안전부 안전원 세 명이 그의 집을 뒤졌다. 그들은 \"중국 손전화가 나오면 그때는 보위부가 아니라 우리가 데려간다\"고 "
     "을러댔다.", "THREATEN", "KP.MSoS"),
    # 고문과 ... 구금을 당할: a noun joined to what is undergone is undergone too, and the organ people are
    # handed to holds them, not China's police who arrested them
    ("대북 인권단체들은 중국 공안이 이들을 체포했다고 밝혔다. "
     "대북 인권단체들은 이들이 신의주 보위국으로 넘겨져 고문과 장기 구금을 당할 것으로 우려하고 있다.", "ASSAULT", "KP.MSS"),
])
def test_session35_organs_named_as_a_kind_or_by_a_post_take_their_organ(text, etype, actor):
    evs = run(text)
    assert the_one(evs, etype).perpetrator.actor == actor, evs


def test_session35_the_armys_own_security_organs_are_the_army():
    evs = run("휴가를 나왔던 병사의 부모가 군단 보위부에 불려가 열흘 동안 갇혀 조사를 받았다.")
    assert {e.perpetrator.actor for e in evs if e.perpetrator} == {"KP.KPA"}, evs


def test_session35_an_act_done_on_an_organs_instruction_is_that_organs():
    evs = run("어머니 말로는 동네 인민반장이 보위부 지시라며 사흘이 멀다 하고 집에 와서 누가 다녀갔는지 적어 간다고 했다.")
    assert the_one(evs, "SURVEIL").perpetrator.actor == "KP.MSS", evs
    assert "VISIT" not in {e.type for e in evs}, evs  # the unit head's call stays the unit's watching


@pytest.mark.parametrize("text, parts", [
    # one sentencing word, recipients listed with a term each: a penalty per recipient, each with its part
    ("도 재판소는 주범에게 교화 12년, 공범에게 교화 7년을 선고했다.",
     ["주범에게 교화 12년", "공범에게 교화 7년을 선고했다"]),
    ("함흥시 재판소는 노트콤 주인인 20대 기능공에게 교화 7년을, 나머지 네 명에게는 노동단련형 1년씩을 선고했다.",
     ["기능공에게 교화 7년을", "나머지 네 명에게는 노동단련형 1년씩을 선고했다"]),
    ("2명에게 교화 10년, 3명에게 노동단련대 6개월이 떨어졌다.", ["2명에게 교화 10년", "3명에게 노동단련대 6개월이 떨어졌다"]),
    # two terms of one word (노동교화형 ... 노동교화형), found distinct by their recipients, both stand
    ("재판소는 유포 주범으로 지목된 두 명에게 무기노동교화형을, 나머지 다섯 명에게 노동교화형 5~8년을 선고했다.",
     ["두 명에게 무기노동교화형을", "나머지 다섯 명에게 노동교화형 5~8년을 선고했다"]),
])
def test_session36_a_sentence_shared_out_to_recipients_is_a_penalty_each(text, parts):
    evs = [e for e in run(text) if e.type == "PUNISH"]
    assert len(evs) == len(parts), evs
    for e, part in zip(sorted(evs, key=lambda e: e.evidence.start), parts):
        assert part in e.evidence.text and e.evidence.text.count("에게") == 1, (part, e.evidence.text)


def test_session36_one_recipient_with_one_term_stays_one_penalty():
    evs = run("도 재판소는 딸의 탈북을 도운 남성에게 교화 8년을 선고했다.")
    assert [e.type for e in evs].count("PUNISH") == 1, evs


@pytest.mark.parametrize("word", ["이동재판", "순회재판"])
def test_session36_trials_held_on_the_spot_or_on_tour_are_staged(word):
    evs = run(f"소식통은 \"지난 24일 고산읍 장마당 앞 공터에서 도 재판소 {word}이 열렸다\"고 전했다.")
    ev = the_one(evs, "PROPAGANDA")
    assert ev.perpetrator.actor == "KP.court", evs
    assert "public_trial" in ev.tactics, ev


@pytest.mark.parametrize("text", [
    "옌지의 식당에서 일하던 아들을 북한에서 건너온 사내들이 차에 태워 두만강 쪽으로 데려갔다는 말을 들었다고 했다.",
    "삼촌은 탈북해서 2016년에 중국 장백에서 장사하다가 북한 사람들한테 붙들려 갔다는 얘기가 있어요.",
    "단둥에서는 지난 18일 북한 무역대표부 사람들로 보이는 남성들이 여관에 묵던 북한 여성을 끌고 가 신의주 쪽으로 건너갔다는 말이 돈다.",
])
def test_session36_the_norths_people_with_no_organ_named_abduct_for_the_state(text):
    evs = run(text)
    assert the_one(evs, "ABDUCT").perpetrator.actor == "KP.gov", evs


def test_session36_the_armys_security_bureau_before_its_interrogation_room_is_the_army():
    evs = run("넘겨진 강 씨는 곧장 군 보위국 조사실로 옮겨져 두 달 넘게 갇혀 있었다.")
    assert the_one(evs, "DETAIN").perpetrator.actor == "KP.KPA", evs


@pytest.mark.parametrize("text, actor", [
    ('통신은 또 전씨가 떠난 뒤 그의 가족이 산골로 쫓겨났다는 남측 언론 보도는 "악랄한 날조"라고 주장했다.', "KP.gov"),
    ("중국 외교부는 구류 중 구타가 있었다는 주장을 부인했다.", "CN.police"),
])
def test_session36_an_act_known_only_through_a_states_denial_is_that_states(text, actor):
    evs = [e for e in run(text) if e.status == "denied"]
    assert len(evs) == 1 and evs[0].perpetrator.actor == actor, evs


def test_session36_a_staging_on_the_norths_media_with_no_organ_named_is_the_states():
    evs = run('당국자는 "올해 들어서만 B씨까지 3명이 북한 방송에 나와 남한 생활을 비난했다"고 덧붙였다.')
    assert the_one(evs, "PROPAGANDA").perpetrator.actor == "KP.gov", evs


@pytest.mark.parametrize("text, etype, actor", [
    # only the Party expels its members, told in the passive with no one named
    ("김성철: 네, 30년 당원이었는데 석 달 뒤에 출당됐어요.", "PUNISH", "KP.WPK"),
    # a cell's secretary written apart, the Party's propaganda department
    ("세포 비서가 삼촌을 회의장 앞에 불러 세우고 자기비판을 시켰다고 하더라고요.", "COERCE", "KP.WPK"),
    # blows in questioning are the questioning organ's, the one the report is about
    ("군 보위부는 돌아온 선원들을 한 달 넘게 가둬 두었다. 선원들은 조사받을 때마다 몽둥이로 맞았다고 한다.", "ASSAULT", "KP.MSS"),
])
def test_session36_the_party_expels_and_the_questioning_organ_beats(text, etype, actor):
    evs = run(text)
    assert the_one(evs, etype).perpetrator.actor == actor, evs


@pytest.mark.parametrize("text, actor", [
    ("군 안전부가 중국에서 돌아온 사람들을 '특별 대상'으로 묶어 담당 보안원을 붙이고, 한 달에 한 번씩 분주소에 나와 "
     "생활총화를 하게 하고 있다.", "KP.MSoS"),
    ("군 안전부는 담당 보안원을 붙여 그가 누구와 만나는지 일일이 확인하고 있다.", "KP.MSoS"),
])
def test_session36_a_person_put_on_someone_is_watching(text, actor):
    evs = run(text)
    assert the_one(evs, "SURVEIL").perpetrator.actor == actor, evs


@pytest.mark.parametrize("text", [
    "그는 지난 3월 보위원들에 의해 집에서 끌려 나간 뒤 연락이 끊겼다.",
    "그는 지난 3월 안전원들에게 장마당에서 끌려 나갔다.",
])
def test_session37_dragged_out_by_an_organ_named_as_agent_is_custody(text):
    ev = the_one(run(text), "DETAIN")
    assert ev.perpetrator is not None and ev.perpetrator.actor in ("KP.MSS", "KP.MSoS"), ev


def test_session37_dragged_out_by_a_private_person_is_no_custody():
    assert "DETAIN" not in {e.type for e in run("아이는 지난 3월 엄마 손에 의해 놀이터에서 끌려 나갔다.")}


def test_session37_a_shot_fired_that_kills_someone_is_an_assault():
    ev = the_one(run_rules("국경경비대 군인들은 멈추라는 소리에도 배가 방향을 돌리자 총을 쐈고, 배에 있던 남성 한 명이 숨졌다."),
                 "ASSAULT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.border_guard", ev


def test_session37_a_shot_in_the_air_is_no_assault():
    assert "ASSAULT" not in {e.type for e in run("경비대 군인들은 배를 멈추려고 하늘에 총을 쐈고, 다친 사람은 없었다.")}


def test_session37_officials_going_in_and_out_of_a_home_call_on_it():
    ev = the_one(run("그 뒤로 보위부 사람들이 집에 드나들며 어머니를 다그쳤다."), "VISIT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", ev


@pytest.mark.parametrize("text", [
    "면담에 응한 송환 여성 30명 가운데 다수는 가족과 연락이 끊겼다고 말했다.",
    "북송 탈북민들은 대개 집결소를 거친다.",
])
def test_session37_people_named_by_a_removal_that_befell_them_tell_no_removal(text):
    assert "REPATRIATE" not in {e.type for e in run(text)}


def test_session37_people_transferred_to_an_organ_are_held_by_it():
    # (in a report, where the learned reader would read the sentence as its penalty alone)
    evs = run("함경북도 회령 출신 여성은 2024년 3월 투먼에서 붙잡혔다. 그는 두 달 뒤 회령시 안전부로 이관되었고, 그곳에서 "
              "넉 달을 보낸 뒤 노동단련대 1년형을 받았다. 그의 가족은 지금도 감시를 받고 있다.")
    ev = the_one([e for e in evs if e.extractor.rule == "ko:DETAIN:이관"], "DETAIN")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSoS", evs


@pytest.mark.parametrize("text", [
    "그 여성은 2024년 3월 단둥에서 신의주로 송환된 뒤 신의주시 보위부에서 조사를 받았다.",
    "이들은 도문 변방구류소에 한 달가량 갇혀 있다가 다리를 건너 북측에 넘겨졌고, 현재 온성군 보위부에서 조사를 받고 있다.",
])
def test_session37_a_handover_from_china_is_chinas_not_the_receiving_organs(text):
    ev = the_one(run(text), "REPATRIATE")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "CN.police", ev


def test_session37_an_act_a_court_finds_was_done_is_no_lawful_act_of_the_court():
    # (the court is the subject of the finding, not the doer of the threat it found)
    evs = run("판결문에 따르면 A씨는 2023년 8월 단둥의 한 호텔에서 자신을 보위성 소속이라고 밝힌 남성을 만났다. 재판부는 이 "
              "남성이 이 자리에서 \"협조하지 않으면 청진에 있는 네 부모가 편히 살지 못할 것\"이라며 A씨를 위협한 사실을 "
              "인정했다. A씨는 지난해 스스로 신고했다.")
    ev = the_one(evs, "THREATEN")
    assert "위협한 사실" in ev.evidence.text, ev


def test_session37_a_court_panel_is_no_trial_of_the_norths():
    evs = run("재판부는 또 A씨의 남동생이 지난해 봄 무산 광산의 갱내 막장으로 돌려진 사실도 인정했다.")
    assert all(e.perpetrator is None or e.perpetrator.actor != "KP.court" for e in evs), evs


def test_session37_the_souths_police_acting_by_law_stay_uncoded_inside_a_finding():
    evs = run("재판부는 A씨가 2021년 6월 서울 경찰에 체포된 사실을 인정했다.")
    assert "DETAIN" not in {e.type for e in evs}, evs


def test_session37_an_act_on_the_local_governments_instruction_is_the_states():
    ev = the_one(run("그 뒤 그는 군 인민위원회 노동과의 지시로 광산 갱 노동자로 내려갔다."), "PUNISH")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.gov", ev


def test_session37_a_summons_told_with_gatda_ga_and_days_not_let_out_is_custody():
    ev = the_one(run("지난달 초에 남동생이 청진 도 보위국에 불려 갔다가 며칠 동안 못 나왔다."), "DETAIN")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.MSS", ev


def test_session37_a_shot_that_hits_someone_is_an_assault():
    ev = the_one(run_rules("경비대 군인들은 멈추라는 외침에도 배가 속도를 높이자 총을 쐈고, 50대 남성 한 명이 다리에 총을 맞았다."),
                 "ASSAULT")
    assert ev.perpetrator is not None and ev.perpetrator.actor == "KP.border_guard", ev


def test_session41_a_public_trial_named_by_its_holding_is_the_staging_not_a_sentence():
    got = {e.type for e in run("지난달 말 회령시 문화회관 앞마당에서 열린 공개재판에는 주민 수백 명이 동원됐다.")}
    assert "PUNISH" not in got and "PROPAGANDA" in got, got


def test_session41_a_sentence_told_by_seongo_batda_is_a_penalty_with_no_one_named():
    got = {e.type for e in run("그 교원은 두 달 예심 끝에 교화 5년형을 선고받았다.")}
    assert "PUNISH" in got, got


def test_session41_custody_told_with_its_length_before_the_place_keeps_its_type():
    text = ("함경북도 온성군 출신 김모(41)씨는 2018년 한국에 왔다가 2022년 중국을 거쳐 북한으로 돌아갔다. 소식통에 따르면 그의 "
            "동생은 그 전에 보위부에 여러 차례 불려 갔다. 돌아간 뒤 그는 석 달 동안 청진의 도 보위국에서 조사를 받았고, 이어 "
            "평양에서 열린 조선중앙TV 기자회견에 나와 \"남조선은 사람 살 곳이 못 된다\"고 말했다. 그 뒤 그는 고향 온성으로 "
            "돌아가 농장에 배치됐다. 담당 보위원이 한 달에 한 번씩 찾아와 누구와 만나는지 물었다.")
    evs = [e for e in run(text) if e.type == "DETAIN"]
    assert evs and evs[0].perpetrator is not None and evs[0].perpetrator.actor == "KP.MSS", evs


def test_session41_the_lede_under_a_headline_gives_way_to_the_body_telling_it_in_detail():
    text = ('대북 단체 "中 옌지 식당 北 여성 2명 탈출…공안에 붙잡혀 북송"\n\n'
            "중국 지린성 옌지의 한 식당에서 일하던 북한 여성 2명이 지난달 숙소를 빠져나갔다가 현지 공안에 붙잡혀 강제 북송됐다고 "
            "대북 단체가 전했다.\n\n"
            "단체에 따르면 옌지시 공안국은 지난달 3일 시장 근처 숙소에서 두 여성을 체포해 구금했다. 공안은 열흘 뒤 투먼 세관을 "
            "거쳐 이들을 북측에 넘겼다.\n\n"
            "이들은 현재 온성군 보위부 구류장에서 조사를 받고 있는 것으로 알려졌다.\n")
    detain = [e for e in run(text)
              if e.type == "DETAIN" and e.perpetrator is not None and e.perpetrator.actor == "CN.police"]
    assert len(detain) == 1 and "체포" in detain[0].evidence.text, detain


@pytest.mark.parametrize("text", [
    "딸이 한국으로 간 뒤로 밤마다 우리 집 골목 어귀에 낯선 남자 둘이 서 있었다.",
    "통화 내내 수화기 너머에서 누군가 숨을 죽이고 듣고 있다는 것을 나는 알 수 있었다.",
])
def test_session41_strangers_at_the_door_and_someone_on_the_line_are_watching(text):
    assert "SURVEIL" in {e.type for e in run(text)}, [(e.type, e.extractor.rule) for e in run(text)]


def test_session41_strangers_standing_at_a_bus_stop_watch_no_one():
    assert "SURVEIL" not in {e.type for e in run("정류장에는 버스를 기다리는 사람들이 길게 서 있었다.")}


@pytest.mark.parametrize("text", [
    '보위부 사람들은 "숨겼다가 들키면 가족 전체가 산으로 간다"고 했다.',
    '리당 비서는 안 나오면 식량 공급에서 빼 버린다고 했다.',
])
def test_session41_harms_said_after_a_condition_are_threats(text):
    # (the rules' reading: the learned reader alone also proposes a threat for such words)
    assert any(e.type == "THREATEN" and e.extractor.rule.startswith("ko:THREATEN") for e in run(text)), \
        [(e.type, e.extractor.rule) for e in run(text)]


def test_session41_the_same_words_as_a_pledge_made_to_sign_are_no_threat():
    text = "보위부는 가족들에게 '파견된 자가 도주하면 가족 전체가 책임진다'는 서약서를 쓰게 했다."
    got = {e.type for e in run(text)}
    assert "THREATEN" not in got and "COERCE" in got, got


def test_session41_a_tail_caught_is_being_found_out_not_custody():
    assert "DETAIN" not in {e.type for e in run_rules("그는 편지 한 장 때문에 꼬리가 잡혔다고 털어놓았다.")}


# --- session 42 ---

def test_session42_a_dated_handover_is_told_beside_the_custody_after_it():
    # (in a report, where the learned reader types the rules' acts)
    evs = run("북한인권단체 '새길'은 중국에서 강제송환된 여성 12명의 증언을 담은 보고서를 냈다. "
              "보고서에 따르면 회령 출신의 한 여성은 2025년 2월 투먼에서 남양으로 송환된 뒤 온성군 보위부로 이관되었고, "
              "그곳에서 석 달을 보낸 뒤 노동단련대 1년형을 받았다. "
              "단체는 송환 여성들의 가족도 감시를 받고 있다고 밝혔다. "
              "중국 외교부는 이에 대해 답하지 않았다.")
    told = [(e.type, e.evidence.text[:40]) for e in evs]
    assert any(t == "REPATRIATE" and "2025년 2월" in ev for t, ev in told), told
    assert any(t == "DETAIN" for t, _ in told), told


@pytest.mark.parametrize("text", [
    "마을 어귀마다 '밤에 강가로 나오면 사살한다'는 안전부 포고가 나붙었다.",
    "경비대는 '허가 없이 강에 접근하면 무조건 사격한다'는 판자를 마을마다 세웠다.",
])
def test_session42_a_shot_said_to_follow_a_condition_is_the_threat(text):
    types = [e.type for e in run(text)]
    assert "THREATEN" in types and "ASSAULT" not in types, types


def test_session42_a_crowd_called_out_to_a_stadium_is_no_summons():
    assert "VISIT" not in [e.type for e in run("시 안전부는 공장마다 인원을 할당해 주민 수천 명을 경기장에 불러냈다.")]


def test_session42_people_made_to_watch_each_other_are_watched():
    types = [e.type for e in run("보위지도원은 숙소 노동자들이 밖에 나갈 때 세 명씩 짝을 지어 서로를 지켜보게 했다.")]
    assert "COERCE" not in types, types


@pytest.mark.parametrize("text,etype", [
    ("마지막 날 남양 쪽 강둑에서는 경비대원이 한 남성을 때리는 장면이 취재진의 카메라에 잡혔다.", "DETAIN"),  # filmed, no one held
    ("추방 전에 어머니는 군 보위부에 여러 번 불려 갔다.", "EXPEL"),  # a time told by the banishment
    ("이 가족은 추방되기 전 두 달 동안 매주 분주소에 나가 생활을 보고해야 했다.", "EXPEL"),
])
def test_session42_no_act_read(text, etype):
    _not_read_as(text, etype)


# --- session 43 ---

def test_session43_a_paragraph_that_is_one_quotation_is_read_sentence_by_sentence():
    from chronicle.extraction.ko_syntax import split
    answer = '"신의주 집결소에 두 달 갇혀 있었어요. 계호원들은 대답이 늦다고 발로 찼어요."'
    assert len(split(answer)) == 2  # an interview's answer: no speaker's verb to keep
    spoken = '지도원은 "다 알고 있다. 돌아오지 않으면 가족이 무사하지 못할 것"이라고 말했다.'
    assert len(split(spoken)) == 1  # a quote its speaker's verb closes stays one sentence
    text = ("기자: 그 뒤에는 어떻게 됐나.\n\n\"신의주 집결소에 두 달 갇혀 있었어요. 계호원들은 대답이 늦다고 발로 "
            "찼어요. 그 뒤에는 군 보위부가 오빠를 불러 제게 전화를 걸게 했어요.\"")
    told = {e.type: e.evidence.text for e in run(text)}
    assert {"DETAIN", "ASSAULT", "VISIT", "COERCE"} <= set(told), told
    assert told["DETAIN"].startswith('"신의주 집결소') and "계호원" not in told["DETAIN"], told


@pytest.mark.parametrize("text,etype,actor", [
    ("러시아 연해주 경찰은 지난주 북한 노동자 10여 명을 출입국 보호소에 가뒀다.", "DETAIN", None),  # a third state's police
    ("보위지도원이 한 주에 한 번씩 들러 아들에게서 연락이 왔는지 캐물었다.", "VISIT", "KP.MSS"),  # dropping by to question
    ("국경 지역 보위부들은 한국 가족과 연락하는 집의 통화 날짜까지 기록해 두고 있다.", "SURVEIL", "KP.MSS"),
    ("국경경비대의 총격을 받은 주민 두 명이 크게 다쳤다.", "ASSAULT", "KP.border_guard"),
])
def test_session43_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


def test_session43_an_arrest_named_again_as_a_time_is_not_told_again():
    text = ("보위부는 지난달 리씨를 집에서 붙잡았다. 소식통은 \"리씨는 끌려간 뒤로 가족을 한 번도 만나지 못했다\"고 "
            "말했다.")
    held = [e for e in run(text) if e.type == "DETAIN"]
    assert len(held) == 1 and "붙잡았다" in held[0].evidence.text, [(e.type, e.evidence.text) for e in held]


# --- session 44 ---

@pytest.mark.parametrize("text,etype,actor", [
    # workers abroad recalled with words between (노동자 ... 조기 소환): a recall, no summons
    ("북한 당국은 블라디보스토크 건설 현장의 노동자 20여 명을 '사상 점검'을 이유로 급히 소환했다.", "REPATRIATE", "KP.gov"),
    ('보위원은 "통화 내용은 우리가 모두 듣고 있다"고 말했다.', "SURVEIL", "KP.MSS"),  # calls listened to
    # a punishment an organ warns it will mete out (~ㄹ 것이라고 경고했다) is a threat
    ('조선중앙통신은 "조국을 배신한 자들은 어디에 있든 끝까지 찾아내 처단할 것"이라고 경고했다.', "THREATEN", "KP.gov"),
    # a body of the South named only in the words said is no subject of the staging told outside them
    ('그는 지난해 평양에서 열린 조선중앙TV 기자회견에 나와 "남조선 정보원에게 속았다"고 말했다.', "PROPAGANDA", "KP.gov"),
    ("공개재판은 지난 3일 혜산시 체육관에서 열렸다.", "PROPAGANDA", "KP.court"),  # held, a date and place between
    ("경비대는 마을 주민들을 강가에 모아 놓고 시신을 보여주었다.", "COERCE", "KP.border_guard"),  # made to see
    ("보위부 요원들은 예배가 끝나면 신도들의 얼굴을 휴대전화로 몰래 찍었다.", "SURVEIL", "KP.MSS"),
    ("밤마다 국경경비대가 탐조등으로 강둑을 훑는다.", "SURVEIL", "KP.border_guard"),
    ("당국은 국경 마을에 전파 교란 장비를 새로 설치했다.", "RESTRICT", "KP.gov"),
    ("시 보위부 지도원이 지난봄 저를 사무실로 불렀습니다.", "VISIT", "KP.MSS"),  # 불렀 as 불러
    ('예심원은 "사실대로 말하면 교화소는 면하게 해주겠다"고 했다.', "INDUCE", "KP.gov"),  # a camp one is spared
    ('당 선전일꾼들은 그를 인민반 회의에 세웠고, 그는 그들이 써준 "남조선은 지옥"이라는 체험담을 주민들 앞에서 읽어야 했다.',
     "COERCE", "KP.WPK"),
])
def test_session44_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


@pytest.mark.parametrize("text,etype", [
    ("북한 당국은 블라디보스토크 건설 현장의 노동자 20여 명을 '사상 점검'을 이유로 급히 소환했다.", "VISIT"),
    ("시 안전부는 인근 학생들까지 불러내 처형 장면을 보게 했다.", "VISIT"),  # called out to watch: made to attend
    ("그 단체는 이들을 '배신자'라고 불렀다.", "VISIT"),  # called them names
    ("안전원들이 천막마다 돌면서 명단을 불렀다.", "VISIT"),  # read out a list
    ('소식통은 "이들은 곧 교화소로 보내질 것"이라고 말했다.', "THREATEN"),  # a source's forecast
    ("남성은 한국에 간 딸이 '괴뢰 정보원들에게 유인 납치됐다'며 딸을 돌려보내라고 요구했다.", "ABDUCT"),  # the South's, alleged
])
def test_session44_no_act_read(text, etype):
    _not_read_as(text, etype)


def test_session44_an_execution_and_a_banishment_named_again_are_not_told_again():
    text = "한국 영화를 돌려 본 남성이 주민들 앞에서 총살됐다. 시 안전부는 인근 학생들까지 불러내 처형 장면을 보게 했다."
    assert [e.type for e in run(text)].count("PUNISH") == 1, [(e.type, e.evidence.text) for e in run(text)]
    text = "보위부는 강씨 가족을 산골로 추방했다. 쫓겨나기 전까지 인민반장은 그 집을 날마다 감시했다."
    assert [e.type for e in run(text)].count("EXPEL") == 1, [(e.type, e.evidence.text) for e in run(text)]


# --- session 45 ---

@pytest.mark.parametrize("text,etype,actor", [
    # a boat of the South's seized at sea and its crew taken North: an abduction, by the North's navy
    ("1972년 연평도 근해에서 조업하던 어선이 북한 경비정에 나포돼 선원 9명과 함께 해주항으로 끌려갔다.", "ABDUCT", "KP.KPA"),
    ("유엔 특별보고관은 북한이 송환된 여성들을 고문하고 있다고 지적했다.", "ASSAULT", "KP.gov"),  # a rapporteur's finding
    ("보위원들은 밤새 읍내 집들을 뒤져 한국 드라마를 찾았다.", "RESTRICT", "KP.MSS"),  # homes searched: a sweep
    ("당국은 한국 영상물을 찾는 합동 검열을 벌였다.", "RESTRICT", "KP.gov"),  # an inspection looking for things
    ("보위부는 주민들을 모아 놓고 탈북자 회견 영상을 보게 했다.", "COERCE", "KP.MSS"),  # made to watch a video
    ("안전원들이 새벽에 그의 집을 샅샅이 수색했다.", "RESTRICT", "KP.MSoS"),
    ("규찰대는 대학생들의 손전화를 일제히 수색했다.", "RESTRICT", "KP.WPK"),
])
def test_session45_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


@pytest.mark.parametrize("text,etype", [
    ("서해에서 조업하던 중국 어선이 북한 경비정에 나포돼 선원들이 남포항으로 끌려갔다.", "ABDUCT"),  # a third state's boat: held
    ("당국은 한국 영상물을 찾는 합동 검열을 벌였다.", "SURVEIL"),  # a search for things, not watching people
])
def test_session45_no_act_read(text, etype):
    _not_read_as(text, etype)


def test_session45_blows_told_in_a_chronologys_noun_ending_are_the_rules_reading():
    found = [e for e in run_rules("구류장에서 계호원에게 뺨과 등을 수차례 맞음.") if e.type == "ASSAULT"]
    assert found and found[0].extractor.rule == "ko:ASSAULT:맞다", found


# --- session 46 ---

@pytest.mark.parametrize("text,etype,actor", [
    ("보위부는 자수하면 처벌을 면제한다고 약속했다.", "INDUCE", "KP.MSS"),  # a punishment waived is the promise
    ("- 4월 2일: 벽성군 공설운동장에서 공개재판", "PROPAGANDA", "KP.court"),  # a chronology's entry ending in the trial
    ("보위원이 또 와서 딸한테서 연락이 오는지 캐물었다.", "VISIT", "KP.MSS"),  # came and asked: a call, no home named
])
def test_session46_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


@pytest.mark.parametrize("text,etype", [
    ("보위부는 자수하면 처벌을 면제한다고 약속했다.", "PUNISH"),
    ("보위부는 자수하면 처벌을 면제한다고 약속했다.", "THREATEN"),
    ("4월 2일 공개재판에서 노동교화형 10년을 선고받았다.", "PROPAGANDA"),  # the trial's sentence told: the penalty
])
def test_session46_no_act_read(text, etype):
    _not_read_as(text, etype)


# --- session 47 ---

SESSION47_ACTS = [
    # a summons undergone beside the coercion done at it: two acts (bench/CODING.md 1.1)
    ("그의 아버지는 시 보위부에 두 차례 불려갔고, 그때마다 딸에게 연락하라는 강요를 받았다.", "VISIT", "KP.MSS"),
    ("그의 아버지는 시 보위부에 두 차례 불려갔고, 그때마다 딸에게 연락하라는 강요를 받았다.", "COERCE", "KP.MSS"),
    ("부모는 공장 당위원회에 불려가 자식을 잘못 키웠다는 반성문을 써야 했다.", "VISIT", "KP.WPK"),
    ("부모는 공장 당위원회에 불려가 자식을 잘못 키웠다는 반성문을 써야 했다.", "COERCE", "KP.WPK"),
    ("그는 시 안전부 구류장에서 닷새 동안 맞으며 조사를 받았다.", "ASSAULT", "KP.MSoS"),  # blows while questioned
    # a question inside single quotes ends no sentence before the verb that says it
    ("보위부 예심원이 '중국에서 누구 만났지? 돈은 어디서 났지?' 하면서 자백하라고 다그쳤다.", "COERCE", "KP.MSS"),
    ("보위원들은 \"도망치면 가족이 대가를 치를 것\"이라고 겁을 줬다.", "THREATEN", "KP.MSS"),
    # the spoken hearsay contraction (~ㄴ대, ~래, ~다 했대) relays what the family was told: a threat
    ("보위부에서 또 중국에 전화하다 걸리면 온 식구를 데려간대.", "THREATEN", "KP.MSS"),
    ("보위원이 신고 안 하면 바로 단련대래.", "THREATEN", "KP.MSS"),
    ("보위원이 우리더러 떠들면 너희도 교화소 간다 했대.", "THREATEN", "KP.MSS"),
    # the northern spoken 면 (나오믄), read by Kiwi as a noun, is a condition
    ("안전원들이 강연회에 안 나오믄 배급을 끊는다 했습지비.", "THREATEN", "KP.MSoS"),
    ("보위원이 시키는 대로 하면 쌀을 더 준다고 꼬시더라.", "INDUCE", "KP.MSS"),  # 꼬시다, the spoken 꼬드기다
    ("어제 안전부 사람 셋이 또 왔다 갔어.", "VISIT", "KP.MSoS"),  # an organ's men came and went: a call
    ("보안원들이 와서 집을 샅샅이 뒤지고 갔어.", "RESTRICT", "KP.MSoS"),  # a home searched all over
    ("어머니가 군당에 불려 가서 반성문 쓰구 왔시요.", "COERCE", "KP.WPK"),  # written after a summons: forced
    ("나 시장 갈 때마다 누가 뒤에서 따라오는 거 같애.", "SURVEIL", None),  # someone following: tailing
    ("안전부가 그 여성을 데려가 조사했는데 결국 벌금으로 끝났다고 한다.", "PUNISH", "KP.MSoS"),  # ended in a fine
    ("집행 직전 안전부 간부가 확성기로 그의 '죄상'을 읽어 내려갔다.", "PROPAGANDA", "KP.MSoS"),  # crimes read out
    ("시 안전부는 가족들의 면회도 못 하게 하고 있다.", "RESTRICT", "KP.MSoS"),  # visits barred
]


@pytest.mark.parametrize("text,etype,actor", SESSION47_ACTS)
def test_session47_acts_read(text, etype, actor):
    _read_as(text, etype, actor)


SESSION47_NONE = [
    ("보위원들은 \"도망치면 가족이 대가를 치를 것\"이라고 겁을 줬다.", "INDUCE"),  # 겁을 주다: the threat's light verb
    ("안전원들이 그 집을 뒤져 손전화를 찾아내고 아버지를 끌고 갔다.", "RESTRICT"),  # searched to find a thing: no sweep
    # an act's end tells a time, not the act
    ("예심이 끝난 뒤 그는 재판도 없이 노동단련대 6개월을 받았다.", "DETAIN"),
    ("예심 끝날 무렵 보위원이 진술서를 다시 쓰라고 했어요.", "DETAIN"),
    ("지영이 오늘 시어머니한테 잡혀 갔대, 김장하러.", "DETAIN"),  # taken along by kin: a joke in a chat
    ("그 여자는 중국 남편한테 맞다 못해 제 발로 돌아왔대요.", "ASSAULT"),  # blows at home, no organ's
]


@pytest.mark.parametrize("text,etype", SESSION47_NONE)
def test_session47_no_act_read(text, etype):
    _not_read_as(text, etype)


@pytest.mark.parametrize("text,expected", [
    # a threat's condition and harm are no acts beside it, also when the hearsay is quoted on
    ("보위부에서 또 중국에 전화하다 걸리면 온 식구를 데려간대.", ["THREATEN"]),
    ('동생은 "보위부에서 오빠가 안 돌아오면 우리 식구 다 산골로 보낸대"라는 메시지를 보냈다.', ["THREATEN"]),
])
def test_session47_a_threat_alone(text, expected):
    assert [e.type for e in run(text)] == expected, [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text,present,absent", [
    # an abduction named again as a time is no custody
    ("중국 옌지에서 식당을 하던 조선족 남성이 지난 3월 북한 보위부 요원들에게 납치됐다고 가족이 밝혔다.\n\n"
     "가족은 \"그가 끌려간 지 여덟 달 만에 처음으로 소식을 들었다\"고 말했다.", "ABDUCT", "DETAIN"),
    # a quotation's own sentences are not the content of its last one's speech
    ('동생은 이렇게 썼다. "언니, 어제 안전부 사람 셋이 또 왔다 갔어. 언니가 돌아오면 다 용서해 준대."', "VISIT", None),
    # single quotes hold their question marks in a paragraph that is one quotation too
    ('―조사는 어땠나.\n\n"구류장에 한 달 넘게 있었어요. 안전원이 \'중국에서 누구 만났지? 교회 다녔지?\' 하면서 '
     '자백하라고 다그쳤어요."', "COERCE", None),
])
def test_session47_acts_in_their_reports(text, present, absent):
    found = [e.type for e in run(text)]
    assert present in found and absent not in found, [(e.type, e.evidence.text) for e in run(text)]


def test_session47_a_camp_someone_is_sent_to_keeps_its_penalty_beside_the_questioning():
    text = ("통일부 당국자는 \"북송된 이들은 국가보위성의 조사를 거쳐 상당수가 교화소로 보내질 가능성이 크다\"고 "
            "말했다.")
    found = [e for e in run(text) if e.type == "PUNISH"]
    assert found and found[0].status == "expected", [(e.type, e.status) for e in run(text)]


@pytest.mark.parametrize("text,present,absent", [
    # the pre-trial questioning named as when the blows fell (no place or length of its own) is no custody
    ("그는 \"남편은 예심을 받는 동안 보위원들에게 몽둥이로 맞았다고 했다\"고 말했다.", "ASSAULT", "DETAIN"),
    ("보고서는 보위성 예심 단계에서의 구타가 여전히 흔하다고 밝혔다.", "ASSAULT", "DETAIN"),
    # people who had to watch a trial were made to attend it; they watched no one
    ("지난달 열린 공개재판에는 인근 공장 노동자 수백 명이 의무적으로 재판을 지켜봐야 했다.", "COERCE", "SURVEIL"),
])
def test_session48_acts_in_their_sentences(text, present, absent):
    found = [e.type for e in run(text)]
    assert present in found and absent not in found, [(e.type, e.extractor.rule) for e in run(text)]


def test_session48_the_pre_trial_questioning_with_its_place_and_length_stays_custody():
    text = "신의주 도 보위국 구류장에서 두 달 가까이 예심을 받는 동안 그는 예심원에게 맞았다."
    assert "DETAIN" in [e.type for e in run(text)], [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text", [
    "북한 당국은 평양에 사는 탈북민 가족을 지방으로 추방하는 조치를 계속하고 있다.",
    "보위부는 탈북민 가족을 불러 조사하곤 했다.",
])
def test_session48_measures_kept_up_and_habits_go_on(text):
    found = [e for e in run(text)]
    assert found and all(e.status == "ongoing" for e in found), [(e.type, e.status) for e in found]


def test_session48_a_public_trial_with_its_sentences_is_the_staging_and_the_penalty():
    text = "도 재판소는 지난달 혜산시 운동장에서 공개재판을 열어 주민 2명에게 무기노동교화형을 선고했다."
    found = [e.type for e in run(text)]
    assert "PROPAGANDA" in found and "PUNISH" in found, [(e.type, e.extractor.rule) for e in run(text)]


def test_session48_state_secrets_handed_over_are_no_person_sent_back():
    text = "재판소는 \"적대 세력에 국가 기밀을 넘긴\" 30대 남성에게 사형을 선고했다고 통신은 보도했다."
    assert "REPATRIATE" not in [e.type for e in run(text)], [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text,expected", [
    ("회령 집결소로 넘겨진 그는 날마다 새벽부터 밤까지 벽돌을 찍었다.", True),
    # in a labour training unit the work is the sentence's content, not an act of its own
    ("그는 노동단련대 6개월을 받았고 단련대에서는 날마다 벽돌을 찍었다.", False),
])
def test_session48_bricks_made_in_a_holding_centre_are_forced_labour(text, expected):
    found = [e.type for e in run(text)]
    assert ("COERCE" in found) == expected, [(e.type, e.extractor.rule) for e in run(text)]


@pytest.mark.parametrize("text,absent", [
    # a judgment of what an act is, however many words its noun takes
    ('단체는 "공개처형은 주민들에게 공포를 심어 체제를 지키려는 수단"이라며 보고서를 냈다.', "PUNISH"),
    # the world's criticism of a state is no public criticism of people
    ("중국은 지난해에도 탈북민 수백 명을 북송해 국제사회의 비판을 받았다.", "PROPAGANDA"),
])
def test_session48_no_act_of_this_kind(text, absent):
    assert absent not in [e.type for e in run(text)], [(e.type, e.extractor.rule) for e in run(text)]


def test_session48_an_execution_in_the_lede_is_not_summed_up_by_a_later_expulsion():
    text = ("국정원은 북한이 지난해 11월 함흥시에서 간부 2명을 공개 처형했다고 보고했다.\n\n"
            "두 간부는 처형 직전 당에서 출당 처리된 것으로 파악됐다.")
    found = [e for e in run(text) if e.type == "PUNISH"]
    assert len(found) == 2, [(e.type, e.extractor.rule, e.evidence.text[:30]) for e in run(text)]


def test_session48_two_takings_of_one_kind_by_one_organ_told_in_turn_are_two_acts():
    text = ("함경북도 회령시 안전부가 장마당 상인들의 손전화를 검열하고 있다고 소식통이 전했다.\n\n"
            "소식통에 따르면 안전원들은 지난달 2일 상인 김모 씨를 구류장으로 데려갔다. "
            "나흘 뒤 안전원들은 같은 시장의 상인 박모 씨를 구류장으로 데려갔다.")
    found = [e for e in run(text) if e.type == "DETAIN"]
    assert len(found) == 2, [(e.type, e.evidence.text[:30]) for e in run(text)]


def test_session48_the_republics_agents_in_a_state_denial_are_the_state():
    # (an organ named before: the bare 요원 would be its agents)
    text = ("북한 국가보위성은 지난달 탈북민 가족들을 잇따라 불러 조사했다.\n\n"
            "조선중앙통신은 12일 \"공화국 요원들이 중국 훈춘에서 남조선 선교사를 납치했다는 보도는 날조\"라고 주장했다.")
    found = [e for e in run(text) if e.type == "ABDUCT"]
    assert found and found[0].perpetrator is not None and found[0].perpetrator.actor == "KP.gov", \
        [(e.type, e.perpetrator) for e in run(text)]


# --- session 49 -------------------------------------------------------------------

def test_session49_a_deportation_to_the_north_is_a_repatriation():
    found = [e.type for e in run("라오스 경찰이 지난주 탈북민 3명을 붙잡아 북한으로 추방했다고 한 단체가 밝혔다.")]
    assert "REPATRIATE" in found and "EXPEL" not in found, found


@pytest.mark.parametrize("text, restricted", [
    ("그는 읍 밖으로 나가려면 보안서의 허락을 받아야 한다.", True),
    ("친구 집에 놀러 가려면 부모님의 허락을 받아야 한다.", False),
])
def test_session49_leave_an_organ_must_give(text, restricted):
    assert ("RESTRICT" in [e.type for e in run(text)]) == restricted


def test_session49_a_feature_lede_after_a_scene_is_summed_up_by_the_body():
    text = ("함경북도 무산군의 한 장마당. 40대 여성 A씨는 10년 동안 이곳에서 쌀을 팔았다. 지난 3월, 그는 보위부에 붙잡혔다.\n\n"
            "소식통에 따르면 3월 12일 새벽 보위원 세 명이 A씨의 집에 들이닥쳐 그를 끌고 갔다. 그 뒤 A씨의 소식은 끊겼다.")
    found = [e for e in run(text) if e.type == "DETAIN"]
    assert len(found) == 1 and "끌고" in found[0].evidence.text, [e.evidence.text for e in found]


def test_session49_a_first_person_story_keeps_its_first_act():
    text = ("나는 2019년 겨울 두만강을 건넜다. 한 달 뒤 나는 공안에 붙잡혔다.\n\n"
            "공안은 나를 파출소로 끌고 가 사흘 동안 가둬 두었다.")
    assert any("붙잡혔다" in e.evidence.text for e in run(text) if e.type == "DETAIN")


@pytest.mark.parametrize("text", [
    "C씨에 따르면 단련대 수감자들은 새벽 5시부터 밤 7시까지 광산에서 돌을 날랐다.",  # inmates named by where they are held
    "한때는 검문이 드물다는 이유로 탈북 여성들이 그 도시의 식당에 숨어 지내는 일이 많았다.",  # checks said to be rare
    "그는 쉬는 날이면 고향 마을 사진을 자주 들여다본다.",  # pictures looked at
])
def test_session49_no_act_told(text):
    assert run(text) == [], [(e.type, e.extractor.rule) for e in run(text)]


# --- session 50: who did it ---------------------------------------------------------

def test_session50_one_act_takes_its_actor_from_whichever_word_names_one():
    # 적발된 (in the relative clause) names no one; 가뒀다, the same detention, has the bureau as subject
    _read_as("한편 청진시 보위부는 지난달 말 몰래 통화하다 적발된 주민 2명을 구류장에 가뒀다.", "DETAIN", "KP.MSS")


@pytest.mark.parametrize("text, etype, actor", [
    ("2월 초부터 군 보위부 반탐 성원들이 탈북자 가족 10여 세대를 차례로 사무실로 호출하고 있다.", "VISIT", "KP.MSS.anti_espionage"),
    ("인민군 보위국이 병사들이 집에 보내는 편지까지 뜯어 봤다.", "SURVEIL", "KP.KPA"),
    ("박씨가 2023년 한국에 온 뒤 아버지는 시 당위원회 결정으로 지배인 자리에서 밀려나 배 수리공이 되었다.", "PUNISH", "KP.WPK"),
    ("면담자 64명 가운데 51명은 투먼 변방구류소에 갇혀 있다가 남양 다리를 건너 북측에 인계됐다.", "REPATRIATE", "CN.police"),
])
def test_session50_actors(text, etype, actor):
    _read_as(text, etype, actor)


# --- session 52: times reckoned from an act, titles, weather, soldiers -------------------------

@pytest.mark.parametrize("text, etype", [
    ("정씨가 북한으로 돌아가기 두 달 전인 지난해 10월 보위부원들이 정씨의 어머니 집을 찾아왔다.", "RETURN"),
    ("장마전선은 13일 오후 남쪽으로 물러났다가 주말께 다시 북쪽으로 돌아올 것으로 보인다.", "RETURN"),
    ("통일연구원이 9일 낸 '강제송환 이후의 삶' 보고서는 송환자들의 생활을 다뤘다.", "REPATRIATE"),
])
def test_session52_no_act_of_the_type(text, etype):
    assert etype not in [e.type for e in run(text)], [(e.type, e.extractor.rule) for e in run(text)]


def test_session52_the_act_itself_still_read():
    # the visit dated by the return is read; a return told plainly is read
    assert [e.type for e in run("정씨가 북한으로 돌아가기 두 달 전인 지난해 10월 보위부원들이 정씨의 어머니 집을 찾아왔다.")] \
        == ["VISIT"]
    assert "RETURN" in [e.type for e in run("탈북민 김씨는 지난달 압록강을 건너 북쪽으로 돌아갔다.")]


def test_session52_soldiers_are_other():
    ev = the_one(run("부대 보위부는 지난달 탈영하려던 병사 2명을 체포했다."), "DETAIN")
    assert ev.target is not None and ev.target.category == "other"
