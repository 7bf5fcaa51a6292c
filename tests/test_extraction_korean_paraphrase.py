"""Paraphrase suite for rules-ko: each event type told the ways different outlets tell it
(소식통 기사체, 전화 인터뷰 구어, 통신사 기사체, 정부 발표, NGO 보고서, 탈북민 증언; active,
passive, nominalised and causative forms, dropped subjects). All sentences were written for
this suite, independent of the development sets, so it measures what transfers."""
import pytest

from chronicle.extraction.korean import extract
from extraction_checks import perpetrators_of, run_extractor


def run(text):
    return run_extractor(extract, text, "ko")


def xf(text, type_, actor, why):
    return pytest.param(text, type_, actor, marks=pytest.mark.xfail(strict=True, reason=why))


MSS, MSOS, WPK, GOV = "KP.MSS", "KP.MSoS", "KP.WPK", "KP.gov"
BG, CN, COURT, INMIN = "KP.border_guard", "CN.police", "KP.court", "KP.inminban"

CASES = [
    # SURVEIL
    ("소식통에 따르면 보위부는 탈북자 가족들의 동향을 24시간 감시하고 있다.", "SURVEIL", MSS),
    ("보위원들이 그 집 주변에 잠복해 가족들의 출입을 지켜봤다고 한다.", "SURVEIL", MSS),
    ("보안서는 중국 손전화를 쓰는 주민들의 통화를 엿들어 왔다.", "SURVEIL", MSOS),
    ("탈북민 가족들은 보위부의 감시를 받고 있다고 소식통은 전했다.", "SURVEIL", MSS),
    ("국가보위성은 인민반장을 시켜 탈북자 가족의 동태를 살피게 했다.", "SURVEIL", MSS),
    ("보위부가 한국에 간 딸을 둔 그 여성의 뒤를 캤다.", "SURVEIL", MSS),
    ("보안원들은 가족들의 전화 통화에 귀를 기울였다.", "SURVEIL", MSOS),
    ("보위부는 정보원을 붙여 탈북자 어머니를 밀착 감시했다.", "SURVEIL", MSS),
    ("\"보위부 사람들이 우리 집을 계속 지켜보고 있어요.\"", "SURVEIL", MSS),
    ("탈북자 가족의 통화 내용은 보위부에 의해 도청됐다.", "SURVEIL", MSS),
    ("보위원은 매일 밤 탈북자 집 앞을 서성이며 가족의 동향을 살폈다.", "SURVEIL", MSS),
    # THREATEN
    ("보위부는 가족들에게 아들이 돌아오지 않으면 온 가족이 무사하지 못할 것이라고 협박했다.", "THREATEN", MSS),
    ("보위원은 탈북자 아내에게 가만두지 않겠다고 엄포를 놨다.", "THREATEN", MSS),
    ("보안원들은 한 번만 더 중국에 전화하면 관리소에 보내겠다고 으름장을 놓았다.", "THREATEN", MSOS),
    ("소식통은 \"보위부가 가족들을 닦달하며 추방하겠다고 겁을 줬다\"고 말했다.", "THREATEN", MSS),
    ("탈북자 가족들은 보위부로부터 협박을 당했다.", "THREATEN", MSS),
    ("당 간부는 주민들에게 남한 방송을 들으면 엄벌하겠다고 경고했다.", "THREATEN", WPK),
    ("보위원들은 \"너희도 무사할 줄 아느냐\"며 가족들을 윽박질렀다.", "THREATEN", MSS),
    ("국경경비대는 밀수꾼들에게 총으로 쏘겠다고 위협했다.", "THREATEN", BG),
    ("보위부 요원은 어머니를 위협하며 딸의 연락처를 대라고 했다.", "THREATEN", MSS),
    ("인민반장은 주민들에게 신고하지 않으면 함께 처벌받는다고 겁을 줬다.", "THREATEN", INMIN),
    # COERCE
    ("보위부는 탈북자 가족들에게 한국에 있는 자녀에게 전화를 걸도록 강요했다.", "COERCE", MSS),
    ("보위원들이 어머니를 시켜 딸에게 돌아오라는 편지를 쓰게 했다.", "COERCE", MSS),
    ("가족들은 보위부의 강요로 자술서를 써야 했다.", "COERCE", MSS),
    ("보안서는 주민들을 강제로 공개재판에 동원했다.", "COERCE", MSOS),
    ("보위부 요원들은 아버지에게 시킨 대로 말하라고 닦달했다.", "COERCE", MSS),
    ("소식통은 \"보위원들이 가족들에게 억지로 통화를 하게 했다\"고 전했다.", "COERCE", MSS),
    ("탈북자의 남편은 보위부에 의해 반성문을 쓰도록 강요당했다.", "COERCE", MSS),
    ("당국은 주민들에게 탈북하지 않겠다는 서약서에 서명하게 했다.", "COERCE", GOV),
    ("보위부는 가족들을 협박해 한국에 있는 아들에게 전화를 걸게 했다.", "COERCE", MSS),
    ("보위원들은 그녀를 윽박질러 간첩이라는 자백을 받아냈다.", "COERCE", MSS),
    # INDUCE
    ("보위부는 탈북자 가족들에게 자녀가 돌아오면 모든 죄를 용서해 주겠다고 약속했다.", "INDUCE", MSS),
    ("보위원들은 돌아오기만 하면 평양에 집을 주겠다며 가족을 구슬렸다.", "INDUCE", MSS),
    ("당국은 재입북하면 처벌하지 않겠다며 탈북민들을 회유하고 있다.", "INDUCE", GOV),
    ("보위부는 탈북자를 신고하는 주민에게 포상금을 주겠다고 했다.", "INDUCE", MSS),
    ("국가보위성은 탈북자 가족을 정보원으로 포섭했다.", "INDUCE", MSS),
    ("보위원들이 어머니에게 딸을 데려오면 돈을 주겠다고 꼬드겼다.", "INDUCE", MSS),
    ("탈북민들은 북한 당국의 회유에 넘어가 돌아간 것으로 알려졌다.", "INDUCE", GOV),
    ("보위부는 돌아오는 사람은 용서한다는 말로 가족들을 달랬다.", "INDUCE", MSS),
    ("당국은 자수하면 관대히 처리하겠다고 주민들에게 약속했다.", "INDUCE", GOV),
    ("보위부는 탈북자 가족에게 좋은 일자리를 약속하며 자녀의 귀환을 설득했다.", "INDUCE", MSS),
    # VISIT
    ("보위원들이 밤늦게 탈북자 집에 들이닥쳤다.", "VISIT", MSS),
    ("보안원 두 명이 탈북자 어머니 집을 찾아왔다.", "VISIT", MSOS),
    ("탈북자의 아내는 보위부에 불려가 조사를 받았다.", "VISIT", MSS),
    ("보위부는 가족들을 사무실로 불러 딸의 행방을 캐물었다.", "VISIT", MSS),
    ("보위원들은 수시로 가족의 집을 방문해 동향을 물었다.", "VISIT", MSS),
    ("보위부가 탈북자 형제를 호출해 조사했다.", "VISIT", MSS),
    xf("안전부는 그의 집을 샅샅이 뒤졌다.", "VISIT", MSOS,
       "a house search is told as the search (SURVEIL, or RESTRICT in a crackdown), not a visit"),
    # a house search is a crackdown (RESTRICT), as the development sets code every 가택 수색 (session 27)
    ("보위부 요원들이 탈북자 가족의 집을 가택수색했다.", "RESTRICT", MSS),
    ("탈북자 아버지는 보위부에 소환돼 조사를 받았다.", "VISIT", MSS),
    ("보위부는 지난달부터 탈북자 가족을 관리하고 있다. 밤마다 집에 들이닥쳐 딸의 소식을 캐물었다.",
     "VISIT", MSS),
    # DETAIN
    ("그 남성은 지난달 보위부에 잡혀갔다.", "DETAIN", MSS),
    ("보안원들이 장마당에서 상인 두 명을 끌고 갔다.", "DETAIN", MSOS),
    ("탈북을 시도하던 여성이 국경경비대에 붙잡혔다.", "DETAIN", BG),
    ("보위부는 탈북자 동생을 연행해 조사하고 있다.", "DETAIN", MSS),
    ("보위원들이 한밤중에 그를 데려갔다.", "DETAIN", MSS),
    ("중국 공안은 탈북민 5명을 체포했다.", "DETAIN", CN),
    ("보안서는 손전화를 쓰던 주민을 구속했다.", "DETAIN", MSOS),
    ("그의 아들은 보위부에 끌려간 뒤 소식이 끊겼다.", "DETAIN", MSS),
    ("한국 드라마를 본 청년들이 안전부에 검거됐다.", "DETAIN", MSOS),
    ("보위부는 그녀를 한 달 넘게 가둬 두고 취조했다.", "DETAIN", MSS),
    ("보위부는 국경 마을을 뒤지고 있다. 탈북을 도운 남성을 붙잡아 구류장에 넣었다.", "DETAIN", MSS),
    # PUNISH
    ("재판소는 그에게 교화 10년형을 선고했다.", "PUNISH", COURT),
    ("탈북자 가족들은 보위부에 의해 정치범수용소로 보내졌다.", "PUNISH", MSS),
    ("당은 탈북자의 형을 출당 처리했다.", "PUNISH", WPK),
    ("보위부는 탈북을 도운 남성을 공개 처형했다.", "PUNISH", MSS),
    ("보안서는 장사를 한 주민에게 벌금을 물렸다.", "PUNISH", MSOS),
    ("당국은 탈북자의 아버지를 직장에서 해임했다.", "PUNISH", GOV),
    # (the office that caught him is not said to be the one that punished him)
    ("보안서에 잡힌 그는 노동단련대 6개월 처벌을 받았다.", "PUNISH", None),
    ("보위부는 그를 관리소로 보냈다.", "PUNISH", MSS),
    ("재판소는 밀수꾼 두 명에게 사형을 언도했다.", "PUNISH", COURT),
    ("보위부는 탈북자의 형을 노동교화소에 보내 버렸다.", "PUNISH", MSS),
    # EXPEL
    ("당국은 탈북자 가족들을 국경 지역에서 내륙으로 추방했다.", "EXPEL", GOV),
    ("보안서는 탈북자 가족 수십 세대를 산골 마을로 내쫓았다.", "EXPEL", MSOS),
    ("보위부는 탈북자 부모를 오지로 강제 이주시켰다.", "EXPEL", MSS),
    ("탈북자 가족들은 당국에 의해 혜산에서 쫓겨났다.", "EXPEL", GOV),
    ("당국은 국경 연선 주민들을 다른 지역으로 이주시켰다.", "EXPEL", GOV),
    ("보안서는 그 가족을 살던 집에서 쫓아냈다.", "EXPEL", MSOS),
    ("보위부는 탈북자 가족을 함경북도 산간 지역으로 추방했다는 소식이다.", "EXPEL", MSS),
    ("탈북자의 형 일가는 당국에 의해 농촌으로 강제 이주됐다.", "EXPEL", GOV),
    ("평양시 당국은 탈북자 친척들을 지방으로 내려보냈다.", "EXPEL", GOV),
    # REPATRIATE
    ("중국 공안은 붙잡은 탈북민들을 북한으로 강제송환했다.", "REPATRIATE", CN),
    ("탈북 여성 10여 명이 중국 당국에 의해 강제 북송됐다.", "REPATRIATE", CN),
    ("공안은 그 여성을 북한에 넘겼다.", "REPATRIATE", CN),
    ("그녀는 중국 공안에 붙잡혀 북송됐다.", "REPATRIATE", CN),
    ("중국 공안은 탈북자 일가족을 북송했다.", "REPATRIATE", CN),
    ("변방대는 탈북민들을 북한 측에 인도했다.", "REPATRIATE", CN),
    ("중국 당국은 탈북민 600여 명을 한꺼번에 북한으로 돌려보냈다.", "REPATRIATE", CN),
    ("탈북민들은 중국 공안에 의해 북한으로 송환됐다.", "REPATRIATE", CN),
    ("중국 공안은 탈북민을 강제로 북한에 되돌려 보냈다.", "REPATRIATE", CN),
    # ABDUCT
    ("북한 보위부 요원들이 중국 연길에서 탈북민을 납치했다.", "ABDUCT", MSS),
    ("선교사는 중국에서 북한 보위부 요원들에게 납치됐다.", "ABDUCT", MSS),
    ("보위부 요원들이 탈북자를 차에 강제로 태워 북한으로 끌고 갔다.", "ABDUCT", MSS),
    ("국가보위성은 중국에 머물던 탈북민을 유인해 납북했다.", "ABDUCT", MSS),
    ("북한 요원들이 중국 단둥에서 한국인 목사를 납치해 북한으로 데려갔다.", "ABDUCT", GOV),
    ("보위부는 중국으로 요원을 보내 탈북자 가족을 납치해 왔다.", "ABDUCT", MSS),
    ("보위부는 중국에 숨어 지내던 탈북자를 꾀어내 북한으로 빼돌렸다.", "ABDUCT", MSS),
    ("보위부 요원들은 단둥에서 탈북 브로커를 강제로 끌고 가 북한에 데려갔다.", "ABDUCT", MSS),
    # ASSAULT
    ("보위원들은 조사 과정에서 그를 마구 때렸다.", "ASSAULT", MSS),
    ("그는 구류장에서 보안원들에게 심하게 맞았다.", "ASSAULT", MSOS),
    ("보위부는 탈북자 아버지를 고문했다.", "ASSAULT", MSS),
    ("탈북 여성들은 보위부 구류장에서 구타를 당했다.", "ASSAULT", MSS),
    ("보안원들이 상인을 발로 걷어찼다.", "ASSAULT", MSOS),
    ("보위원들은 자백을 받아내려고 그녀에게 폭행을 가했다.", "ASSAULT", MSS),
    ("국경경비대원이 밀수꾼을 총 개머리판으로 내리쳤다.", "ASSAULT", BG),
    ("보안원들에게 얻어맞은 그는 병원에 실려 갔다.", "ASSAULT", MSOS),
    ("보위원들이 그를 무릎 꿇리고 몽둥이로 팼다.", "ASSAULT", MSS),
    ("보위부는 탈북자 동생을 잠을 재우지 않고 가혹하게 다뤘다.", "ASSAULT", MSS),
    # RESTRICT
    ("당국은 최근 국경 경비를 대폭 강화했다.", "RESTRICT", GOV),
    ("보안서는 중국 손전화 사용자를 집중 단속하고 있다.", "RESTRICT", MSOS),
    ("국경경비대는 국경 연선 주민들의 강 접근을 막았다.", "RESTRICT", BG),
    ("보위부는 국경 지역에 전파 방해 장비를 설치했다.", "RESTRICT", MSS),
    ("당국은 여행증명서 발급을 중단했다.", "RESTRICT", GOV),
    ("당국은 장마당 영업 시간을 제한했다.", "RESTRICT", GOV),
    ("국가보위성은 국경 지역의 손전화 신호를 차단하고 있다.", "RESTRICT", MSS),
    ("북한 당국은 전염병을 이유로 국경을 봉쇄했다.", "RESTRICT", GOV),
    ("당국은 주민들의 타 지역 이동을 통제하고 있다.", "RESTRICT", GOV),
    ("안전부는 외부 영상물 시청에 대한 검열을 강화했다.", "RESTRICT", MSOS),
    # PROPAGANDA
    ("당국은 재입북한 탈북민들을 기자회견에 내세웠다.", "PROPAGANDA", GOV),
    ("보위부는 탈북을 시도한 주민을 주민들 앞에서 공개 비판했다.", "PROPAGANDA", MSS),
    ("당국은 탈북자 가족을 군중 앞에 세워 망신을 줬다.", "PROPAGANDA", GOV),
    ("인민반은 탈북자 어머니를 사상투쟁 회의에 세웠다.", "PROPAGANDA", INMIN),
    ("북한 당국은 재입북자들을 선전 영상에 출연시켰다.", "PROPAGANDA", GOV),
    ("당국은 돌아온 탈북민들을 남한 비방 선전에 이용했다.", "PROPAGANDA", GOV),
    ("보위부는 체포한 탈북자를 공개재판에 세웠다.", "PROPAGANDA", MSS),
    ("당 조직은 탈북자 가족을 대상으로 비판 모임을 열었다.", "PROPAGANDA", WPK),
    ("당국은 재입북한 여성에게 남한 생활을 비난하는 회견을 하게 했다.", "PROPAGANDA", GOV),
    # RETURN (the returnee acts: no perpetrator)
    ("탈북민 김모 씨가 최근 북한으로 재입북했다.", "RETURN", None),
    ("한국에 정착했던 탈북자가 다시 북으로 돌아갔다.", "RETURN", None),
    ("그 탈북 여성은 남한 생활에 적응하지 못하고 월북했다.", "RETURN", None),
    ("탈북민 부부가 중국을 거쳐 북한으로 되돌아갔다.", "RETURN", None),
    ("탈북민 출신 남성이 헤엄쳐 북으로 넘어갔다.", "RETURN", None),
    ("재입북한 탈북민은 올해만 세 명이다.", "RETURN", None),
    ("탈북자가 가족을 만나려고 북한에 다시 들어갔다.", "RETURN", None),
    ("\"한국에 갔던 옆집 딸이 몰래 돌아왔대요.\"", "RETURN", None),
]

INNOCENT = [
    "주민들은 텔레비전으로 축구 경기를 지켜봤다.",
    "그는 라디오 음악에 귀를 기울였다.",
    "의사는 흡연이 건강에 해롭다고 경고했다.",
    "태풍이 해안 마을을 위협하고 있다.",
    "그는 친구에게 전화를 걸었다.",
    "어머니는 아들에게 편지를 썼다.",
    "아버지는 아들에게 생일 선물을 사 주겠다고 약속했다.",
    "친구는 나를 달래며 울지 말라고 했다.",
    "친척들이 명절에 할머니 집을 찾아왔다.",
    "동창들이 선생님 댁을 방문했다.",
    "아이는 엄마 손을 붙잡고 걸었다.",
    "그는 물고기를 잡아 집으로 돌아갔다.",
    "아이는 숙제를 안 해서 벌을 받았다.",
    "우리 가족은 지난해 서울로 이사했다.",
    "철새들이 겨울을 나려고 남쪽으로 이동했다.",
    "그는 빌린 책을 도서관에 돌려보냈다.",
    "우체국은 주소가 틀린 편지를 보낸 사람에게 돌려보냈다.",
    "아이는 할머니를 모시고 시장에 갔다.",
    "아이들이 공을 발로 찼다.",
    "그의 예상이 맞았다.",
    "비가 창문을 세차게 때렸다.",
    "그는 건강을 위해 식사량을 줄였다.",
    "비가 와서 야외 행사가 취소됐다.",
    "학생들은 졸업식에서 노래를 불렀다.",
    "회사는 신제품을 알리는 기자회견을 열었다.",
    "그는 출장을 마치고 서울로 돌아갔다.",
    "어머니는 시장에서 집으로 돌아왔다.",
    "할머니는 손자의 뒤를 따라 걸었다.",
    "그는 고향 친구를 만나러 부산에 갔다.",
]


@pytest.mark.parametrize("text,type_,actor", CASES)
def test_paraphrase_gives_type_and_perpetrator(text, type_, actor):
    got = perpetrators_of(run(text), type_)
    assert actor in got, got


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_use_gives_no_event(text):
    assert [(e.type, e.evidence.text) for e in run(text)] == []
