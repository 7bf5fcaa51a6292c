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
