"""Korean frames added in round 5 (issue 3, unseen text): families of wording beyond the
trigger verbs (orders, rules, reported threats, places of custody, shots, films), each told
several ways, with innocent uses of the same words that must stay no event.
All sentences were written for these tests."""
import pytest

from chronicle.extraction.korean import extract
from extraction_checks import run_extractor


def run(text):
    return run_extractor(extract, text, "ko")


def types(text):
    return [(e.type, e.perpetrator.actor if e.perpetrator else None) for e in run(text)]


def kinds(text):
    return {e.type for e in run(text)}


# Innocent senses: a civil management office, a closure named as a point in time, a
# delegation's visit as an occasion, a warning said not to have been given.
@pytest.mark.parametrize("text", [
    "시 상업관리소는 장터 상인들을 상대로 설문 조사를 했다.",
    "도로관리소 직원들이 주민들과 함께 눈을 치웠다.",
    "이번 대회는 국경 봉쇄 이후 북한 선수들이 처음 나간 국제 경기다.",
    "국경 봉쇄가 풀린 뒤 주민들 사이에서 중국산 물건 값이 내렸다.",
    "러시아 측은 이번 방문에서 주민들을 상대로 관광 수요를 알아보기로 했다.",
    "중국 대표단은 방문 기간 주민들과 함께 공장을 둘러봤다.",
])
def test_innocent_senses_are_no_event(text):
    assert run(text) == [], types(text)


@pytest.mark.parametrize("text", [
    "북한 당국은 지난달 국경을 봉쇄하고 주민들의 강변 출입을 막았다.",
    "보위부는 그를 15호 관리소로 보냈다.",
    "보위원들이 탈북자 가족의 집을 방문해 동향을 캐물었다.",
])
def test_the_same_words_as_acts_still_fire(text):
    assert kinds(text) & {"RESTRICT", "PUNISH", "VISIT"}, types(text)


# A threat said with a plain statement ending (책임져야 한다고), harm to kin, a shaming
# session or a penalty as the outcome of a condition, not getting out alive.
@pytest.mark.parametrize("text", [
    "보위원은 '남편이 또 도망치면 당신도 같이 책임져야 한다'고 말했다.",
    "보위부 요원은 그에게 '손을 떼지 않으면 가족이 다친다'고 말했다.",
    "안전원은 안 나오는 사람은 사상투쟁회의에 세우겠다고 했다.",
    "도 검찰소는 간부들에게 자수하지 않으면 가중 처벌하겠다고 통보했다.",
    "보안원은 한 번만 더 강을 건너다 걸리면 살아서 못 나온다고 했다.",
])
def test_condition_with_harm_is_a_threat(text):
    found = kinds(text)
    assert "THREATEN" in found, types(text)
    assert not found & {"PUNISH", "PROPAGANDA"}, types(text)


def test_everyday_condition_is_no_threat():
    assert "THREATEN" not in kinds("어머니는 아이에게 '뛰어다니면 다친다'고 말했다.")


# Shots at a person are violence; an order to shoot whoever comes near is border policy.
@pytest.mark.parametrize("text", [
    "경비대원이 강을 건너던 남성을 향해 경고도 없이 여러 발을 쐈다.",
    "국경경비대가 얼음판을 건너던 여성에게 총을 쐈다.",
    "경비대가 강을 건너던 주민을 사살했다.",
    "경비대의 총격으로 도강하던 주민 두 명이 숨졌다.",
])
def test_shots_at_people_are_assault(text):
    found = kinds(text)
    assert "ASSAULT" in found and "THREATEN" not in found, types(text)


@pytest.mark.parametrize("text", [
    "북한 당국은 허가 없이 강변에 접근하는 사람에게 총을 쏘도록 하고 있다.",
    "북한 당국은 연선에서 움직이는 사람을 사살하라는 명령을 내렸다.",
])
def test_order_to_shoot_is_a_restriction(text):
    found = kinds(text)
    assert "RESTRICT" in found and "ASSAULT" not in found, types(text)


def test_shooting_game_is_no_event():
    assert run("사냥꾼들이 산에서 멧돼지를 향해 총을 쐈다.") == []


# Taken by force in a vehicle: pushed in is custody; bundled in and gone abroad a snatching.
@pytest.mark.parametrize("text", [
    "보위부 요원들이 그를 승합차에 억지로 밀어 넣었다.",
    "안전원들이 그 남성을 트럭에 강제로 밀어 넣고 떠났다.",
])
def test_pushed_into_a_car_is_detention(text):
    found = kinds(text)
    assert "DETAIN" in found and "COERCE" not in found, types(text)


@pytest.mark.parametrize("text", [
    "연길에서 탈북민을 돕던 남성이 북한 공작원들의 승합차에 태워져 사라졌다.",
    "국정원은 선양에서 실종된 탈북민이 북한 보위성에 의해 강제 압송된 것으로 확인했다.",
])
def test_taken_away_abroad_is_abduction(text):
    assert "ABDUCT" in kinds(text), types(text)


def test_passengers_on_a_bus_are_no_event():
    assert run("관광객들은 버스에 태워져 호텔로 향했다.") == []


# Summoned one by one (불러들이다 with people); a promise to call people back stays a promise.
@pytest.mark.parametrize("text", [
    "도 보위국은 해당 세대주들을 한 명씩 불러들였다.",
    "반탐과는 돈을 받은 집의 가족들을 차례로 불러들이고 있다.",
    "보위부는 탈북자 가족들을 사무실로 불러들였다.",
    "안전부는 마을 주민 열 명을 하나씩 불러들여 캐물었다.",
])
def test_calling_people_in_is_a_summons(text):
    assert "VISIT" in kinds(text), types(text)


# Being made to do a thing: take part, write a statement, an order shouted (서라고 윽박지르다).
@pytest.mark.parametrize("text", [
    "시당위원회는 각 공장에 주민들을 빠짐없이 참가시키라고 지시했다.",
    "가족들은 보위부에서 받은 돈을 적은 진술서를 써야 했다.",
    "보위부가 카메라 앞에 서라고 오빠를 윽박질렀다.",
    "안전원은 주민들에게 경위서를 쓰게 했다.",
])
def test_made_to_do_is_coercion(text):
    assert "COERCE" in kinds(text), types(text)


def test_party_committee_is_the_party():
    assert ("COERCE", "KP.WPK") in types("시당위원회는 각 공장에 주민들을 빠짐없이 참가시키라고 지시했다.")


def test_shouting_alone_stays_a_threat():
    assert "THREATEN" in kinds("보위원은 그를 밤새 윽박질렀다.")


# Shaming before a crowd told by the repentance asked there, a confession read out, films.
@pytest.mark.parametrize("text", [
    "딸이 한국에 간 할머니가 인민반 회의에서 앞에 불려 나가 반성해야 했다.",
    "그는 인민반 회의에서 반성문을 소리 내어 읽어야 했다.",
    "돌아온 여성은 공장 강연회에 불려 나가 뉘우치는 말을 해야 했다.",
    "북한 선전매체는 이 여성을 겨냥한 영상을 세 차례 올렸다.",
])
def test_shaming_before_people_is_propaganda(text):
    found = kinds(text)
    assert "PROPAGANDA" in found and "VISIT" not in found, types(text)


def test_reading_a_book_at_a_meeting_is_no_event():
    assert run("학생들은 독서 모임에서 소설을 소리 내어 읽었다.") == []


# Rules on movement: no travel without a permit, kept indoors, a duty laid on households.
@pytest.mark.parametrize("text", [
    "국경 주민들은 허가 없이는 다른 군으로 오가지 못하게 됐다.",
    "연선 주민들은 해가 지면 집 밖에 나서지도 못하게 됐다.",
    "당국은 주민들이 허가를 받아야 다른 도로 갈 수 있게 했다.",
    "국경 세대에는 중국 손전화를 스스로 신고해야 하는 의무가 지워졌다.",
])
def test_rules_on_movement_are_restrictions(text):
    assert "RESTRICT" in kinds(text), types(text)


def test_fishing_licence_is_no_restriction():
    assert run("낚시를 하려면 허가를 받아야 한다는 안내문이 붙었다.") == []


# Watching told as shadowing, notes on a household sent up, whereabouts reported daily.
@pytest.mark.parametrize("text", [
    "보위부가 보낸 낯선 남자가 그의 뒤를 따라붙었다.",
    "인민반장이 매일 밤 그 집 불이 언제 꺼지는지 적어 올렸다.",
    "보위원은 이웃에게 그 집에 누가 드나드는지 적어 내라고 했다.",
    "돌아온 여성은 날마다 보위부에 나가 그날 행적을 보고하고 있다.",
])
def test_watching_in_plain_words_is_surveillance(text):
    assert "SURVEIL" in kinds(text), types(text)


def test_reporting_to_a_boss_is_no_surveillance():
    assert run("팀장은 매주 금요일 사장에게 업무 일과를 보고한다.") == []


# No penalty promised after a return: an amnesty promise that was made, not a denied penalty.
@pytest.mark.parametrize("text", [
    "보위원은 가족에게 아들이 돌아오기만 하면 처벌하지 않는다고 말했다.",
    "보위부는 \"딸이 자수하면 처벌하지 않겠다\"고 어머니에게 말했다.",
    "안전부는 노동자들에게 지금 돌아오면 처벌하지 않겠다고 했다.",
    "보위원은 가족에게 \"그가 돌아오면 처벌도 하지 않겠다\"고 했다.",
])
def test_no_penalty_after_return_is_inducement(text):
    evs = run(text)
    assert any(e.type == "INDUCE" and e.status == "occurred" for e in evs), types(text)
    assert not any(e.type == "PUNISH" for e in evs), types(text)


# A stay at a lock-up told as the stay (유치장에 한 달 있었다); not a stay told as lasting until
# what follows (있다가) nor a description of people (구류장에 있던 여성).
@pytest.mark.parametrize("text", [
    "중국 공안한테 걸려서 변방대 유치장에 한 달 있었어요.",
    "그는 보위부 감방에서 석 달을 지냈다.",
    "탈북민들은 도문 구류소에 보름 동안 있었다.",
    "여성들은 안전부 구류장에 열흘 있었다고 했다.",
])
def test_stay_at_a_lockup_is_detention(text):
    assert "DETAIN" in kinds(text), types(text)


def test_people_described_by_a_lockup_are_no_new_detention():
    assert "DETAIN" not in kinds("같은 구류장에 있던 여성은 그때 일을 기억한다고 말했다.")


# People named by their return (돌아온 여성) are returnees.
def test_one_who_came_back_is_a_returnee():
    evs = run("돌아온 여성은 군 보위부에서 한 달가량 조사를 받은 뒤 풀려났다.")
    assert any(e.type == "DETAIN" and e.target and e.target.category == "returnee" for e in evs), types(evs)


# An act named as the people it is about (이주 대상) or as a point in time for another
# (추방에 앞서), once the report has told it, is no new act.
@pytest.mark.parametrize("text", [
    "보위부는 탈북자 가족 20세대를 산골로 추방했다. 추방에 앞서 보위부는 세대주들을 불러 조사했다.",
    "당국은 국경 주민 100세대를 내륙으로 강제 이주시켰다. 이주 대상은 주로 탈북민 가족이었다.",
    "안전부는 밀수꾼 다섯 명을 체포했다. 체포 대상은 모두 국경 마을 주민이었다.",
    "보위부는 노동자 가족을 지방으로 추방했다. 추방 대상에는 노인도 있었다.",
])
def test_act_named_again_is_told_once(text):
    evs = run(text)
    assert len([e for e in evs if e.type in ("EXPEL", "DETAIN")]) == 1, types(text)


# One who crossed the border (중국으로 건너간 여성) and came back is a returnee; one who
# went to trade is not a defector.
@pytest.mark.parametrize("text", [
    "2019년 중국으로 건너갔던 30대 여성이 올해 1월 자기 발로 돌아왔다.",
    "두만강을 건너간 남성이 석 달 만에 스스로 돌아왔다.",
    "러시아로 달아났던 남성이 지난달 제 발로 돌아왔다.",
    "압록강을 건너간 여성이 두 해 만에 고향으로 돌아왔다.",
])
def test_one_who_crossed_and_came_back_returned(text):
    evs = run(text)
    assert any(e.type == "RETURN" and e.target and e.target.category == "returnee" for e in evs), types(text)


def test_trader_coming_back_is_no_return():
    assert run("중국으로 장사하러 간 남성이 한 달 만에 돌아왔다.") == []


# Handed over across a bridge or a river is a repatriation even when the sentence names nobody
# (a witness telling her own story drops the subject).
@pytest.mark.parametrize("text", [
    "장백 구류장에 스무날쯤 있다가 4월 초에 다리를 건너 혜산으로 넘겨졌죠.",
    "한 달 뒤 두만강 다리를 건너 온성으로 넘겨졌어요.",
    "그해 여름 세관을 거쳐 신의주로 넘겨졌다.",
    "보름 만에 압록강을 건너 북한 쪽으로 넘겨졌습니다.",
])
def test_handed_over_across_the_river_is_repatriation(text):
    assert "REPATRIATE" in kinds(text), types(text)


def test_papers_handed_over_are_no_repatriation():
    assert run("서류는 세관을 거쳐 다음 부서로 넘겨졌다.") == []


# A promise named as broken (약속과 달리) is no new promise.
@pytest.mark.parametrize("text", [
    "보위부는 약속과 달리 그 여성을 지금도 날마다 불러낸다.",
    "회의는 약속과 달리 한 시간 늦게 열렸다.",
])
def test_promise_named_as_broken_is_no_inducement(text):
    assert "INDUCE" not in kinds(text), types(text)


# Crackdowns told by the searches of patrols, a ban told as what is not allowed, guards
# reinforced, jamming told as 방해 전파.
@pytest.mark.parametrize("text", [
    "안전부와 109상무는 집집마다 USB와 알판을 뒤지고 있다.",
    "청년동맹 규찰대원들이 하굣길 학생들의 가방과 손전화를 불시에 뒤지고 있다.",
    "중앙당은 장마당에서 외화 사용을 일절 허용하지 않는다고 했다.",
    "북한 당국은 주민들의 중국 방문을 허용하지 않고 있다.",
    "북한 당국은 국경 경비 인력을 두 배로 늘렸다.",
    "국경 지역에서 중국 휴대전화 신호를 막는 방해 전파가 송출되고 있다.",
])
def test_crackdowns_and_bans_are_restrictions(text):
    evs = run(text)
    assert any(e.type == "RESTRICT" and e.status != "denied" for e in evs), types(text)
    assert not any(e.type == "VISIT" for e in evs), types(text)


@pytest.mark.parametrize("text", [
    "공장은 생산 인력을 두 배로 늘렸다.",
    "학교는 학생들의 휴대폰 사용을 허용하지 않는다.",
])
def test_everyday_rules_are_no_restriction(text):
    assert run(text) == [], types(text)


def test_an_officer_searching_ones_phone_stays_surveillance():
    assert "SURVEIL" in kinds("보위원이 그의 손전화를 뒤져 한국 노래를 찾아냈다.")


# Households loaded and driven off to a county or a farm are expelled; goods loaded are not.
@pytest.mark.parametrize("text", [
    "안전부 인원들이 트럭을 몰고 와 탈북자 가족들을 세간과 함께 싣고 대관군으로 떠났다.",
    "보위부는 그 집 가족 세 명을 짐과 함께 싣고 산골 농장으로 갔다.",
    "안전원들은 새벽에 다섯 세대를 화물차에 싣고 오지로 떠났다.",
    "보위원들이 월남자 후손 가족들을 트럭에 싣고 탄광으로 갔다.",
])
def test_households_driven_off_are_expelled(text):
    assert "EXPEL" in kinds(text), types(text)


def test_goods_loaded_are_no_expulsion():
    assert run("상인들은 사과를 트럭에 싣고 시장으로 갔다.") == []


@pytest.mark.parametrize("text", [
    "보위국은 가족들이 받은 돈을 불법 소득이라며 몰수했다.",
    "안전부는 밀수꾼의 집과 재산을 몰수했다.",
])
def test_confiscation_is_a_penalty(text):
    assert "PUNISH" in kinds(text), types(text)


# Going back north told as entering it again (북에 다시 들어가다), even where the one who went is
# not named as a defector in the sentence; a trip home is no return.
@pytest.mark.parametrize("text", [
    "서울에 살던 그 남자가 북에 다시 들어갔다.",
    "그 여성은 지난해 다시 북한으로 들어갔다.",
    "탈북민 김 씨가 중국을 거쳐 북으로 다시 들어갔다.",
    "한국에 정착했던 부부가 다시 북에 들어간 것으로 알려졌다.",
])
def test_entering_the_north_again_is_a_return(text):
    assert "RETURN" in kinds(text), types(text)


def test_going_back_into_the_house_is_no_return():
    assert run("그는 밥을 먹고 다시 집에 들어갔다.") == []


# Innocent senses from unseen negatives: a sports body's sanction, limits set by the UN or
# Seoul, a leader inspecting a model flat, posters and production campaigns, priorities put
# first, satellites watching, navigation warnings, remains and relics handed over, a trader's
# visit to a market. All no act of coercion.
@pytest.mark.parametrize("text", [
    "국제수영연맹은 이 선수가 최대 2년의 자격정지 처벌을 받을 수 있다고 밝혔다.",
    "유엔 안보리 결의는 북한산 철광석의 수입을 제한하고 있다.",
    "통일부는 탈북민의 주택 대출 제한을 풀기로 했다.",
    "김 위원장은 새로 지은 살림집의 견본 세대를 점검했다.",
    "새로 나온 선전화에는 밀을 거두는 농장원들이 그려져 있다.",
    "도 당위원회는 증산을 독려하는 선전 활동을 벌이기로 했다.",
    "북한이 지방 경제 문제를 앞세운 것은 주민 생활이 어렵다는 뜻이라고 한 연구원이 말했다.",
    "북한은 정찰위성이 다음 달부터 감시 임무를 시작한다고 밝혔다.",
    "해상보안청은 로켓 잔해가 떨어질 해역에 항행 경고를 냈다.",
    "중국 측은 유해와 함께 발굴된 유품 300여 점도 넘겨받았다.",
    "전쟁 때 숨진 중국군 유해 80구가 중국으로 송환됐다.",
    "시장을 방문한 한 상인은 쌀값이 내렸다고 말했다.",
])
def test_unseen_innocent_senses_are_no_event(text):
    assert run(text) == [], types(text)


@pytest.mark.parametrize("text", [
    "북한 당국은 이 남성을 다른 탈북자들을 겨냥한 선전에 써먹을 것으로 보인다.",
    "국가보위성 요원들이 몇 달 전부터 이 남성의 일과를 감시해 왔다.",
    "보위부는 재입북한 여성을 선전에 이용했다.",
    "중국 공안은 탈북민 열 명을 북한 측에 넘겼다.",
])
def test_the_same_words_in_acts_still_fire(text):
    assert kinds(text) & {"PROPAGANDA", "SURVEIL", "REPATRIATE"}, types(text)
