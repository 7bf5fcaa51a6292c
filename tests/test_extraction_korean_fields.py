"""Korean precision and fields, round 6 (issue 3/5): crackdowns on vehicles and traffic
are no coercion of people; officers named by their work (단속하는 보안원들) tell no act;
status from the act's own clause (a resultative 갇혀 있었다 is over, a habit under a
condition 대답이 늦으면 때렸다 is ongoing, a standing order stays in force, a promise said
once happened); paying the price (값을 치를 것) as a threatened harm; quoted orders
(~하라'는 포고, ~말라고 다시 지시했다) as rules. All sentences were written for these tests."""
import pytest

from chronicle.extraction.korean import extract
from extraction_checks import run_extractor


def run(text):
    return run_extractor(extract, text, "ko")


def one(text, etype):
    found = [e for e in run(text) if e.type == etype]
    assert len(found) == 1, [(e.type, e.status) for e in run(text)]
    return found[0]


# --- traffic and vehicles are not people -------------------------------------------

@pytest.mark.parametrize("text", [
    "교통보안원들이 시내 도로에서 신호를 어긴 택시와 트럭을 단속하고 있다.",
    "시 인민위원회는 마라톤 대회 날 강변도로의 버스와 자전거 통행을 통제했다.",
    "군 인민위원회는 장마철 다리 보수 공사로 화물차와 달구지의 출입을 통제하기로 했다.",
    "상인들은 \"단속하는 보안원들이 올해는 덜 까다로워졌다\"고 말했다.",
])
def test_traffic_control_is_no_restriction(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "보위부는 요즘 주민들의 중국 손전화 사용을 단속하고 있다.",
    "안전부가 차량과 주민들의 강변 출입을 통제하고 있다.",  # people too
    "청년들의 머리 모양까지 단속하는 규찰대 활동이 부쩍 늘었다.",  # the participle has an object
])
def test_crackdowns_on_people_stay(text):
    assert one(text, "RESTRICT").perpetrator is not None


def test_officers_named_by_work_still_act_with_their_own_verb():
    assert [e.type for e in run("보위부는 \"단속하는 보위원들이 그 집을 뒤졌다\"고 말했다.")] == ["SURVEIL"]


# --- status --------------------------------------------------------------------------

@pytest.mark.parametrize("text,etype,status", [
    ("그는 보위부 구류장에 보름 동안 갇혀 있었다.", "DETAIN", "occurred"),
    ("그는 지금도 보위부 구류장에 갇혀 있다.", "DETAIN", "ongoing"),
    ("소식통은 \"조사 때 대답이 늦으면 보위원이 그의 뺨을 때렸다\"고 말했다.", "ASSAULT", "ongoing"),
    ("몇 년째 장사를 해 온 여성이 사건 사흘 뒤 안전부에 체포됐다.", "DETAIN", "occurred"),
    ("소식통에 따르면 보위부는 지난달 그를 체포했다.", "DETAIN", "occurred"),
    ("국경 연선에서 밤에 움직이는 사람은 무조건 사격하라는 명령이 내려졌다.", "RESTRICT", "ongoing"),
    # a promise in the present tense, said once, happened; a threat that goes on is ongoing
    ("보위원은 \"돌아오면 당에서 다 용서해 준다\"고 했다.", "INDUCE", "occurred"),
    ("노동자 가족에 대한 보위성의 위협이 계속되고 있다고 소식통이 전했다.", "THREATEN", "ongoing"),
])
def test_status_from_the_acts_own_clause(text, etype, status):
    assert one(text, etype).status == status


# --- threats and orders ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "보위원은 \"또 한국과 통화하면 네 식구들이 값을 치를 것\"이라고 말했다.",
    "안전원은 \"딸에게 돈을 받으면 그 대가를 톡톡히 치르게 된다\"고 을렀다.",
])
def test_paying_the_price_is_a_threat(text):
    assert one(text, "THREATEN").perpetrator is not None


@pytest.mark.parametrize("text", [
    "안전부는 인민반마다 외지 사람을 재우지 말라고 다시 지시했다.",
    "도 보위국은 '전단을 주우면 손대지 말라'는 포고를 내렸다.",
])
def test_quoted_orders_are_rules(text):
    assert one(text, "RESTRICT").perpetrator is not None


@pytest.mark.parametrize("text", [
    "감독은 선수들에게 일찍 자라고 지시했다.",
    "식당 주인은 \"값을 치르지 않고 나가면 안 된다\"고 손님에게 말했다.",
])
def test_everyday_orders_and_prices_are_no_acts(text):
    assert run(text) == []


# --- round 7: targets ----------------------------------------------------------------------
# A flight told with a fused verb form (달아났다, 행방을 감춘) or the South named by its
# direction (남쪽으로 넘어간) makes the kin named after it a defector's family.

@pytest.mark.parametrize("text", [
    "지난봄 회령의 한 청년이 남쪽으로 넘어갔다. 그 뒤 보위부가 그의 부모와 누나를 산골 농장으로 쫓아냈다.",
    "청진의 한 노동자가 러시아의 공사장에서 달아났다. 보름 뒤 보위부는 그의 아내와 아들을 불러 조사했다.",
    "단둥의 한 공장에서 일하던 여성이 행방을 감춘 뒤, 보위부가 그의 어머니를 불러 조사했다.",
    "한 어부가 배를 타고 남쪽으로 넘어간 뒤 보위부가 남은 식구들을 구류장에 가뒀다.",
])
def test_kin_after_a_flight_are_a_defectors_family(text):
    [ev] = [e for e in run(text) if e.type in ("EXPEL", "VISIT", "DETAIN")]
    assert ev.target.category == "defector_family"


def test_kin_with_no_flight_stay_residents():
    ev = one("시 안전부는 장사를 하던 그의 아내와 아들을 불러 조사했다.", "VISIT")
    assert ev.target.category == "resident"


# People held by China's police or handed back are still abroad: defectors, even unnamed.
@pytest.mark.parametrize("text,etype", [
    ("혜산 출신 여성 두 명이 지난달 옌지의 한 식당에서 중국 공안에 붙잡혔다.", "DETAIN"),
    ("중국 공안이 선양의 한 아파트에서 숨어 지내던 재입북 여성을 체포했다.", "DETAIN"),
    ("중국 공안은 투먼에 갇혀 있던 사람들을 지난주 남양 쪽으로 넘겼다.", "REPATRIATE"),
    ("북한 당국은 중국에 억류됐던 사람들을 강제 북송했다.", "REPATRIATE"),
])
def test_people_in_chinese_hands_are_defectors(text, etype):
    assert one(text, etype).target.category == "defector"


def test_what_the_north_does_after_a_return_falls_on_the_returnee():
    evs = run("북한 당국은 중국에 억류됐던 사람들을 강제 북송했다. 북송된 뒤 보위부 구류장에서 석 달 동안 조사를 받았다.")
    assert [(e.type, e.target.category) for e in evs if e.type == "DETAIN"] == [("DETAIN", "returnee")]


# A person-noun opening a compound names a thing (인민문화궁전, 집주인 is an owner); a home
# named alone in a report about a returnee is theirs; a state press conference shows a returnee.
def test_a_person_noun_inside_a_compound_names_no_one():
    ev = one("북한 매체는 평양 인민문화궁전에서 열린 기자회견 화면을 내보냈다.", "PROPAGANDA")
    assert ev.target is None  # (not residents, for the 인민 inside the palace's name)
    ev = one("안전부는 주민등록증을 검사하며 외지인을 단속했다.", "RESTRICT")
    assert ev.target.text is None  # the people under the rule, not the card


def test_a_householder_is_a_resident():
    ev = one("안전원들은 숙박 검열에서 손님을 재운 집주인에게 벌금을 물렸다.", "PUNISH")
    assert ev.target.category == "resident"


def test_the_home_of_a_returnee():
    text = ("재입북한 김모 씨는 지난해 가을 보위부 구류장에서 풀려났다. "
            "그 뒤에도 담당 보위원이 달마다 집에 찾아와 누구를 만났는지 캐물었다.")
    assert one(text, "VISIT").target.category == "returnee"


def test_the_parents_home_of_a_returnee_is_kin():
    text = ("재입북한 김모 씨는 지난해 가을 보위부 구류장에서 풀려났다. "
            "그 뒤에도 담당 보위원이 달마다 부모 집에 찾아와 누구를 만났는지 캐물었다.")
    assert one(text, "VISIT").target.category == "defector_family"


def test_a_press_conference_shows_a_returnee():
    text = "탈북해 한국에 살던 박모 씨가 단둥을 거쳐 북으로 돌아갔다. 북한 매체는 그를 평양 회견장에 내세웠다."
    assert one(text, "PROPAGANDA").target.category == "returnee"


# --- round 7: perpetrators -----------------------------------------------------------------
# ~어야 했다: people who had to do something were made to by the organisation the passage is
# about (named in this paragraph or the one before), and they, not whom they addressed, are
# its target. A forecast (떠나야 할 것) lays no duty on anyone yet.

@pytest.mark.parametrize("text,actor", [
    ("청년동맹은 지난달 강당에서 총회를 열었다. 학생들은 단상에 한 명씩 올라 자기비판을 해야 했다.", "KP.WPK"),
    ("시 당위원회는 공장 회의를 열었다. 휴대전화로 한국 노래를 들은 세 노동자는 동료들 앞에서 반성문을 읽어야 했다.",
     "KP.WPK"),
    ("도 보위국은 지난달 그의 어머니를 다시 불렀다. 어머니는 보위원 앞에서 딸에게 돌아오라는 편지를 써야 했다.",
     "KP.MSS"),
])
def test_a_duty_laid_on_people_is_the_organisations_act(text, actor):
    ev = one(text, "COERCE")
    assert ev.perpetrator.actor == actor
    assert ev.target.text in ("학생들", "세 노동자", "어머니", "노동자")


def test_a_forecast_move_takes_no_actor_from_the_paragraph():
    ev = one("보위부는 그 가족을 지난달 불러 조사했다. 가족은 조만간 고향을 떠나야 할 것이라는 말이 돈다.", "EXPEL")
    assert ev.perpetrator is None


def test_a_duty_with_no_organisation_in_view_is_no_act():
    assert run("우리는 아침 일찍 일어나 반성문을 읽어야 했다.") == []


# A province's police bureau (도 안전국) is the Ministry of Social Security; China named as the
# one acting on people is China's state (CN.police), but China stating a view does nothing.
def test_provincial_police_bureau():
    ev = one("지난해부터 도 안전국이 다른 도로 가는 여행증명서 발급을 제한했다.", "RESTRICT")
    assert ev.perpetrator.actor == "KP.MSoS"


def test_china_sending_people_back():
    ev = one("중국이 올해 억류하고 있던 탈북민 50여 명을 북송했다.", "REPATRIATE")
    assert (ev.perpetrator.actor, ev.target.category) == ("CN.police", "defector")


def test_china_stating_a_view_is_no_act():
    assert run("중국 정부는 탈북민은 불법 월경자라는 입장을 되풀이했다.") == []


# 주민 강연회: the people a meeting is for are its audience; whom it puts on show, when
# named, is its target; with no one else named the audience stays the target.
def test_a_meeting_targets_the_person_it_shows():
    ev = one("보위부는 재입북한 리모 씨를 데리고 지난달 군 문화회관에서 주민 강연회를 열었다.", "PROPAGANDA")
    assert (ev.target.text, ev.target.category) == ("리모 씨", "returnee")


def test_a_meeting_with_only_its_audience_named():
    ev = one("시당은 지난주 탈북자 가족 강연회를 열었다.", "PROPAGANDA")
    assert ev.target.category == "defector_family"
