"""Rule-based event extraction for Korean (``rules-ko``).

Kiwi (``chronicle.korean``) splits sentences and words into morphemes; a
trigger lexicon finds acts; particles give the roles around each trigger
(``ko_syntax``): the subject of an active verb is the perpetrator, of a
passive one (체포됐다, 고문을 당했다) the target, whose agent is the
``~에 의해`` / ``~에게`` word. Hedges, status cues, attribution and tactics come
from data files (``ko_lexicon``). What the text does not say stays None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from .. import korean
from ..records import Attribution, Document, Event, Evidence, Extractor, Perpetrator, Target
from ..registry import extractors
from . import conventions
from . import learned
from .actors import ActorLexicon, ActorMatch
from .ko_lexicon import KoLexicon, Trigger
from .ko_syntax import (Sentence, Word, analyse, conditional, head_string, noun_phrase,
                        quotative, split, tail_string)

VERSION = "67"  # the rules changed: records say which rules coded them (67, session 52: a verb nominalised with 기 and a span before 전 (돌아가기 두 달 전인) dates something else by the act, no act; weather and birds that come back (장마전선이 북쪽으로 돌아오다) make no return (mundane format 2); a quoted title of a report or a film ('강제송환 이후의 삶' 보고서) names the act, tells none; soldiers are other (targets format 7); 66, session 50: one act told by two words (적발된 주민을 가뒀다) takes its actor from whichever word names one; a unit (반탐과) named paragraphs before does not narrow a later act; 당국 is the state even after an organ seen acting; an act the learned reader proposes with no actor in its words takes the organ of its passage; people handed back after China's cells (변방구류소) are handed by China's police; an organ's 결정으로 names the actor as its 지시로 does; aliases 반탐 성원, 인민군 보위국 (actors format 25); 65, session 49: a lede told after sentences that set a scene (길림성 백산시의 한 재래시장 뒷골목. ... 그는 ... 공안에 붙잡혔다) is summed up by the body's telling like any lede, unless the one telling it is the teller (나는, 내가, 우리: a story told from its start), and a later act done again or to others (다시 끌려가, 다른 주민 여러 명이) is no detail of it; a deportation to the North (북한으로 추방했다) is a repatriation, and leave an organ must give (나가려면 보위부의 허락을 받아야) a restriction (triggers v50: pictures looked at are watched by no one); inmates named by where they are held (단련대 수감자들은) tell no penalty; checks said to be rare or lax (검문이 드물다는 이유로) are background (v13); _own_act reads the narrator's own words by the pattern written for it (a second _FIRST_PERSON had shadowed it; outputs unchanged); 64, session 48: the pre-trial questioning named as a stage (예심 단계에서) or as the time of what befell someone with no place or length of its own (아버지는 예심을 받는 동안 맞았다) is no custody; a measure kept up (추방하는 조치를 계속하고 있다) and an act told as a habit (열곤 한다) go on (ko_status v8); people who had to watch a trial (재판을 지켜봐야 했다) were made to attend, no watching; a public trial held with its sentences in the same sentence (공개재판을 열어 ... 선고했다) is the staging beside each penalty, as bench/CODING.md codes it; state secrets handed over are no person sent back; bricks made in a holding centre are forced labour, and a state criticised by the world criticises no one (triggers v49); a judgment of what an act is may run to seven words before its noun (background v12); an execution is a kind of penalty of its own, so a lede's execution is not summed up by a later expulsion from the Party (penalty kinds v7); two acts of one kind by one organ on one kind of people, told within four sentences by the same trigger word, are no longer merged as one told again (21 acts more, 3 false more on the development sets): the lede's summary and a custody restated still give way; the Republic's agents in the North's own words (공화국 요원) are the state's (actors format 24); 63, session 47: what one was told in the spoken hearsay contraction (보낸대, 단련대래) or ~다 했대 with its 고 dropped is speech, so a condition with a harm in it is a threat, and the proposal the sentence reader makes of that condition or harm is no act beside it; the northern spoken 면 (나오믄, a noun to Kiwi) is a condition; an act's noun whose end is told (예심이 끝난 뒤, 예심 끝날 무렵, 예심이 끝나면) tells a time, no act; a trigger before a full stop inside a quotation (어제 ... 왔다 갔어. ... 용서해 준대.) is no content of the later sentence's speech; a hearsay ending quoted on (보낸대"라는 메시지) relays words said; a taking or blows by kin or a friend (시어머니한테 잡혀 갔대, 남편한테 맞다 못해) are no state's; a camp someone is sent to (조사를 거쳐 교화소로 보내질 가능성) keeps its penalty whatever the learned reader reads; a taking told before as an abduction and named again as a time (끌려간 뒤, 끌려간 지 54년 만에) is no custody; a summons undergone (불려가, 불려갔고,) before words said that a comma closes or that name a thing written (~다는 반성문) is a visit of its own beside the coercion; 주다 after an act's noun as its object (겁을 주다) is that act's light verb, no promise; a question mark inside single quotes, or before the verb that says the words ('...다녔지?' 하면서), ends no sentence (ko_syntax.split); triggers v48; 62, session 46: a public trial that ends a chronology's entry as a bare noun (4월 2일: ... 운동장에서 공개재판) is the staging; a punishment waived (자수하면 처벌을 면제한다고 약속) is the promise, no penalty or threat (triggers v47); 61, session 45: a boat of the South's fishermen seized at sea and its crew taken North (나포돼 선원 9명과 함께 ...항으로 끌려갔다) is an abduction, not custody, unless the boat is a third state's; the North's navy and patrol boats named as the North's are the army's (actors format 23); a UN special rapporteur pointing out a practice reports it (background v11); homes, phones and bags searched, an inspection that looks for things, people made to watch a video and blows in a chronology's noun ending are read (triggers v46); 60, session 44: a punishment an organ warns it will mete out (처단할 것이라고 경고했다, ~ㄹ 것 under 경고) is a threat, and one a promise spares (교화소는 면하게 해주겠다) a promise; a body of the South named only inside the words said is no subject of an act told outside them (기자회견에 나와 "남조선 정보원의 꾐에 ..."고 말했다); a public trial held with a date and place between (공개재판은 지난달 28일 ... 경기장에서 열렸다) is the staging; people called out to watch (불러내 ... 보게 했다) are made to attend, no summons of their own, and an execution named as the sight shown (처형 장면) after it was told is not told again; a banishment named as the time before it (쫓겨나기 전까지) is not told again; workers abroad recalled with words between (노동자 30여 명을 ... 조기 소환) are recalled, and 소환 is a summons only in a sentence naming no workers abroad; triggers v45; 59, session 43: a paragraph that is one quotation and nothing else (an interview's answer) is read sentence by sentence (ko_syntax.split), so each act keeps its own sentence as evidence; custody or blows told in a place of custody (집결소에 두 달 갇혀 있었어요) need no one named in the sentence; a verb of an act already told, dating what follows (끌려간 뒤로), tells no second act; plain police in a paragraph naming Russia or its Far East are that state's (its custody coded with no actor); triggers v44; 58, session 42: a summons to make people do something (불러 ... 전화를 걸게 했다) is a visit of its own beside the coercion, as bench/CODING.md 1.1 codes it; a handover told with its own date (2024년 3월 단둥에서 신의주로 송환된 뒤) is a repatriation whatever custody the learned reader reads in its sentence; a proposed abduction beside the rules' custody in a sentence that names no place abroad and no agents (지도원 두 명이 그를 승합차에 밀어 넣었다) is that custody; the sentence reader retrained on every set but ko-120; a shot a notice or an official says will follow a condition (접근하면 사살한다) is the threat, not a shooting; a scene caught on a camera or lens is filmed, no one held; an act's noun before 전 (추방 전에) tells a time; threats format 21, triggers v43; 57, session 41: a harm that is a pledge's words made to sign ('... 책임진다'는 서약서를 쓰게 했다) is no threat; threats format 20, background v10, triggers v42; the lede whose summary the body retells is the body's first sentence with acts, the headline's acts dropped first; custody told with its length before the place it was held (석 달 동안 해주의 도 보위국에서 조사를) keeps its type whatever the learned reader reads; a public trial named by its holding (열린 공개재판에는) is the staging; a sentence told by 선고받다 (Kiwi's suffix 받) is a sentence with no one named (the verb read as ending its clause was tried: a second custody split off a quote's idiom, 꼬리가 잡혔다, and broke an incident); 56, session 40: in a report naming no organ of the North or China, a doer named only by a generic word (현장 책임자, 감시원, 관계자, 요원) is no state's; actors format 22; triggers v41: a person called in with words between (씨를 사흘 연달아 사무실로 불러들였다), someone carted off by an organ's car (보위부 차가 와서 실어 갔다), a person the North's television put out (조선중앙TV가 류 씨를 내보냈어요); a taking told after a call at the home (찾아와 ... 태워 데려갔다) stays custody, whatever the learned reader reads; 55, session 39: 이 after one of the lexicons' nouns read by Kiwi as a given name's suffix before a noun (보위원이 집 문을) is the subject particle; the firm named as the subject (회사는, 건설회사가) in a report on the North's crews abroad acts for the state (KP.gov); triggers v40, actors v21, state media v3, places abroad v5; 54, session 37: people named by a removal that befell them (송환 여성, 북송 탈북민들) tell no removal; a transfer to an organ (안전부로 이관되었고) is custody whatever the learned reader reads in its sentence; a handover from a place in China (단둥에서 신의주로 송환된 뒤) or to the North side with the North's office named after it (북측에 넘겨졌고, 현재 온성군 보위부에서) is China's; an act on the instruction of the local government or one of its sections (군 인민위원회 노동과의 지시로) is the state's; an act a court finds was done (재판부는 A씨가 ... 위협한 사실을 인정했다) is no lawful act of the court's own, and a court panel (재판부) is no trial of the North's; a staging on the North's media with no organ in its own clause is the state's, whatever organ the report named before; triggers v39: dragged out by an organ (보위원들에 의해 끌려 나간, not by the collar), a shot that kills, wounds or hits (총을 쐈고 ... 숨졌다), officials going in and out of a home (집에 드나들며), a summons in the past connective with days not let out (불려 갔다가 며칠 동안 못 나왔다); 53, session 36: one sentencing word for several recipients, each given a term of its own (주범에게 교화 12년, 공범에게 교화 7년을 선고했다), is a penalty per recipient, each with its part of the sentence; two penalties of one term word judged distinct in a sentence both stand; trials held on the spot or on tour (이동재판, 순회재판) are staged as public trials are; an abduction by the North's people with no organ named (북한 사람들, 북에서 건너온 사내들, 영사관 직원들) is the state's; an organ word whose name the word before completes (군 보위국 조사실로) is that longer name's; an act known only through a state's denial (통신은 ... 보도는 날조라고 주장했다, 중국 외교부는 ... 부인했다) is that state's; a staging on the North's media with no organ named (북한 방송에 나와) is the state's; blows in questioning with no one named (조사받을 때마다 맞았다) are the questioning organ's, the one the report is about; a penalty on Party membership with no one named (출당됐다) is the Party's; triggers v38: a person put on someone (집 앞에 사람을 붙여, 담당 보안원을 붙이고) is watching; actors format 20: a cell's secretary written apart and the propaganda departments (세포 비서, 선전부) are the Party's; 52, session 35: a count written as a word (안전원 네 명이) keeps the organ it counts; a pronoun topic (그들은 "..."고 을러댔다) speaks the words it opens; custody or blows told at or after people's handing to an organ (보위국으로 넘겨져 고문을 당했다) are the receiving organ's; a noun joined to what is undergone (고문과 구금을 당할) is undergone too; an act done on an organ's instruction (보위부 지시라며) is that organ's; a clause of being inside the words said closes none of the speaker's; 51, session 34: an abduction told with no one named in its passage is the North's organ the report is about; 50, session 33: a radio-monitoring station's rounds (전파감독소 차량이 돌았다) name the watching by themselves, whatever the learned reader reads in their sentence; penalties handed to two sets of people in one sentence (2명에게 무기노동교화형이, 나머지 3명에게는 교화형이) are two acts; in a report that tells an abduction, the North's men told again as taking someone (북한 보위부 사람들에게 끌려간 것으로 믿고 있다) make no custody or handover of their own; 49, session 32: what would have happened (원래 같으면 교화소에 갔을 텐데) or nearly did (잡힐 뻔했다) is no act, for the rules and the learned reader; a summons told again and again (여러 차례 불러) or with the person kept there (불러다 놓고) is a visit of its own beside the call it forced; the people before whom someone is put (주민들 앞에 세우고) are the audience, not the target; a person whose kin fled or went missing (아들이 행방불명된 여성, 남조선으로 도망친) is a defector's family; a report on a shooting game (서바이벌 게임장, 비비탄 총) tells no act but an organ's; 48, session 31: custody told as the days held before a handover (40일 동안 가뒀다가 ... 넘겼다) is the arrest told before, not a second detention; caught by one body and held by the one it was handed to (경비대에 붙잡혀 시 보위부로 넘겨졌고, 조사를 받고 있다) are two detentions, each with its clause; two penalties on standing (출당됐고, 자리에서도 내려왔다) are two acts with or without a subject between, a fine with a term or goods still one; a duty to give a life report is a restriction with nothing proposed beside it; an act told as not done (때리지는 않았다고 하더라, 아직 내세우지는 않았다) with no word answering an accusation is no act, unless an organ the sentence names is said not to have done a harm (its denial) or it is a refusal (받아 주지 않았다); the negation inside words said (죄를 묻지 않겠다) is their content; 47, session 30: "this time", "next time" or "then" before a harm said (이번엔 교화소 간다, 그럼 ... 없는 줄 알라) sets it on the next offence or the refusal as ~면 does: a threat; a restriction told by the short negation (못 나가게 했다, 못 오르게 됐다) is in force, not denied; a taking followed by its length and the holding (끌고 가 20일 동안 가둬 두고) is custody whatever the learned reader reads in its sentence; 46, session 29: words in single quotes that close as a sentence does, alone or before a verb of saying ('네가 안 오면 ... 모른다' 그랬대요), are speech, and a body named inside them is not the sentence's subject (돌아오면 혜산 세관에 자리를 마련해 주겠다); a call to write down whom someone met (집에 들러 누구를 만났는지 적어 갔다) is the watching, no visit of its own; 45, session 28: custody told with its length (석 달 동안 조사를 받았다) keeps its type whatever the learned reader reads in its sentence, unless that is a handover, a removal abroad or a summons it is the step of; a verb Kiwi splits into 따르/VV 어/EC 붙/VV is the compound 따라붙다; 44, session 27, last: an act the learned reader retypes keeps its rule's reading beside it for custody and blows, shaming and coercion, a penalty and a banishment, watching and a penalty; 43, session 27, later: a verb followed by the -어지다 auxiliary is passive (총회에 세워져); a crowd trial is read as a public trial; 42, session 27: a lede's penalty is not summed up by a later penalty of another kind (노동교화형 10년 in the lede, 가산 몰수 later); thrown out of the Party, a school or a post (당에서, 대학에서, 사업소에서 쫓겨났다) is read by the words before the verb; an act feared (단속이 두려워) is none; 41, session 26: two kinds of penalty in one sentence (해임됐고, 시당은 당적을 박탈했다) are two acts; a lede's arrest is not summed up by the custody told after it as a state (구류소에서 지냈다); the same kind of act by the same organ on the same people told far apart in the body (more than four sentences and another paragraph) is two acts; 40, session 25: a lede's act is summed up only by a later act of the same state (China's arrest in the lede, the North's custody later: two acts); details of people sent, told or reported to the State Security's men are its watching by proxy, however a court of the South tells it; an act feared (잡혀갈까 봐) is none; custody told as a period or a facility where something else happened (구류 기간 중, 구류 시설에서) is the setting; a sweep told by its own verb (뒤지다, 집집이 돌다, 여권, 통제, 막다) keeps its type beside the custody the sentence tells; someone taken along too (도 함께 연행됐다) is no detail of the lede's act; a person named by one letter (증언자 C는) is a person for gated triggers; 39, session 24: custody or blows in a facility named by its organ (보위부 구류장) are that organ's; a threat or promise whose negation is in the words said was said (status occurred), unless the sentence is a denial; an act whose people the sentence leaves unsaid falls on those last targeted, or those the report is about; a recall home (소환됐다, 불러들였다, 귀국 조치) with no actor named is the state's; a call caught by detection (전파탐지에 걸렸다) is watching, whatever custody follows and wherever the one called lives; a summons with its own questioning told first stands beside the coercion that follows; 38, session 23: watching told of life in the South, under guard or as a duty failed, and crackdowns failed, fled or told as where an arrest happened, are none; 37, session 23: called out is a summons only of someone to an office, not a gathering, a cell or a lure abroad; 36, session 23: whoever a return moves is a returnee; 35, session 23: back "in the fatherland's embrace" (조국의 품으로 돌아왔다) is a return; 34, session 22: a signal caught is no custody; a deportation abroad is a repatriation; workers abroad called home are recalled; an act's noun that tells a moment (체포 당시, 예심을 받을 때, 구금 중에) is no act; 33, session 20: luring is no act of its own, bursting in a visit only to question or warn; 32, session 20: someone made to lead the way is no display; 31, session 20: a pardon told as given is no proposed promise; 30, session 20: a capture that begins an abduction and being caught beside the penalty it brought are steps of those acts; 29, session 20: a neighbourhood unit's call at a home is its watching, or the step of the act it carries; goods carried off or taken are a penalty; 28, sessions 18-19: an MSS unit named in an earlier sentence narrows no act; a seizure by the North's mission abroad abducts; coming to carry goods off is the seizure; a return not made is no act; 27: in reports, an act on a word that names none by itself takes the learned reader's type (dropped when its sentence tells that type again); a sentence the learned reader is sure of, in a report naming an organ, stands with no actor; a call to stop a practice tells no act; words of blows a proposed assault may use (처박다, 갈기다, 찌르다); a proposed promise or threat takes the one organ its sentence names outside the quote; 26: sentences the learned reader doubts are background; 25: a court topic before an organ marks no lawful body; 24: sweeps of phones, a handover threatened, returns with words between; 23: the North's penal terms and public trials are its courts' acts; 22: a proposal beside acts of other types is a second act, read from the first predicate that reads; 21: proposed returns need no actor)
_PASSIVE_HEADS = ("되다", "당하다", "받다")
# Acts whose content clause (~하겠다고 협박했다) is part of the act, not an act of its own.
_SPEECH_ACTS = ("THREATEN", "INDUCE", "COERCE")
_STATUS_RANK = {"denied": 3, "expected": 2, "ongoing": 1, "occurred": 0}


@dataclass
class Hit:
    trigger: Trigger
    word: int
    token: int
    start: int
    end: int
    said: Optional[int] = None  # word of the verb reporting the act, when the act is said (~겠다고 했다)
    cond: Optional[int] = None  # an implied threat: the word of its condition (안 나오면)
    harm_end: Optional[int] = None  # an implied threat: the last word of the harm (회의에 세우겠다고)


@dataclass
class Phrase:
    """A noun phrase in a role: its span, and what it names."""
    start: int
    end: int
    text: str
    actor: Optional[ActorMatch] = None
    person: Optional[str] = None  # target category, when it names people
    state: bool = False  # 북한은: a country named as the one acting
    # 딸이 한국에 간 60대 여성: one person named by a relative who left, whom later
    # 이 여성 / 그녀 refer to
    kin_of_defector: bool = False
    household: bool = False  # 집, 세대: a home, whose people the report may already follow


_HOUSEHOLD = ("집", "세대", "가정", "가구")


class _Discourse:
    """What earlier sentences said: the last organisation named (for generic
    actors and dropped subjects) and whether defectors' families are the topic."""

    def __init__(self) -> None:
        self.actor: Optional[ActorMatch] = None
        self.defector_family = False
        self.last_target: Optional[str] = None  # category of the last people targeted
        # The person the report is about (a returnee, a broker), for 이 남성, 김 씨, 그.
        self.focus: Optional[str] = None
        self.told: set[str] = set()  # event types extracted so far
        self.actor_para = -1  # paragraph where disc.actor was named
        self.first_person = False  # the report quotes a witness speaking of themself
        self.saw_defector = False  # the report has named a defector
        self.last_event: Optional[tuple] = None  # (type, target text, perpetrator, paragraph)
        self.para_rank: dict[int, int] = {}  # line number -> ordinal among non-empty paragraphs
        self.subject_actor: Optional[ActorMatch] = None  # last organisation's people as a subject, for 이들
        self.last_unowned = False  # the act told last had no actor
        self.lawful_para: Optional[int] = None  # paragraph of the last body named, when a lawful one
        self.lead_rank = 0  # the lead paragraph's rank: those before it are headlines
        self.lead_lawful = False  # the first body the lead paragraph names is a lawful one
        self.state_media = False  # the report has named the North's state media
        self.sent_no = 0  # sentences read so far
        self.worker_fled = False  # a worker sent abroad ran away
        self.crews_abroad = False  # the report tells of the North's workers abroad
        self.actor_sent = -9  # the number of the sentence that named disc.actor
        # The organ the writer served in (나는 ... 보위부에서 일했다): "I" and "we" act for it.
        self.narrator: Optional[ActorMatch] = None


@extractors.register("ko")
def extract(document: Document) -> list[Event]:
    text = document.text
    lex, actors = KoLexicon.load(), ActorLexicon.load()
    spans = split(text)
    # Only sentences with a trigger word go through Kiwi (most of the cost); the
    # others still tell the discourse which organisation is being talked about.
    proposals, doubted, features = _proposals(text, spans)
    # A sentence the learned reader judges to state no act is read as background, unparsed.
    wanted = [sp for i, sp in enumerate(spans)
              if i not in doubted and (lex.prefilter.search(text, sp.start, sp.end) or i in proposals)]
    analysed = {(s.start, s.end): s for s in analyse(text, wanted)}
    sents = [analysed.get((sp.start, sp.end)) or Sentence(sp.start, sp.end, paragraph=sp.paragraph)
             for sp in spans]
    attributions = _Attributions(sents, spans, text, lex)
    disc = _Discourse()
    served = _NARRATOR.search(text)
    disc.narrator = next((m for m in actors.find(served.group()) if m.key.startswith("KP.") and not m.generic),
                         None) if served else None
    disc.para_rank = {p: i for i, p in enumerate(sorted({sp.paragraph for sp in spans}))}
    if sents:
        # A headline (탈북민 상대 사기…50대 체포) names no actor; its lead paragraph does.
        lead = _lead_paragraph(sents, text)
        disc.lead_rank = disc.para_rank.get(lead, 0)
        disc.lead_lawful = _first_body_lawful(text, [sp for sp in spans if sp.paragraph == lead], actors)
    # A report, not a line or two: the learned reader, trained on reports, judges its sentences'
    # types (_retype); a line is the rules' to read.
    report = len(spans) >= learned.VETO_MIN_SENTENCES
    # A report (not a line or two) that names an organ of the North or China: where the learned
    # reader is sure of a sentence no rule reads, its act stands with no actor (SentenceModel.alone).
    alone_bar = learned.SentenceModel.load("ko").alone if (
        report and proposals and _names_a_state(text, actors)) else 2.0
    events: list[Event] = []
    # acts the learned reader retyped to a type their sentence already tells, kept by id with the act
    # itself: an id of an act dropped and collected recurs, and would drop a later act
    reread: dict[int, Event] = {}
    sentence_of: list[tuple[int, Event]] = []
    for si, sent in enumerate(sents):
        stext = text[sent.start:sent.end]
        _defection_told(disc, stext, lex)
        disc.state_media = disc.state_media or bool(_state_media().search(stext))
        if not sent.words or any(p.search(stext) for p in lex.background):
            # (전문가들은 ... 분석한다, ...했다는 의혹을 받아 왔다: background, no act of its own)
            _surface_discourse(disc, stext, sent.start, actors, lex, sent.paragraph)
            _note_bodies(disc, stext, sent.paragraph, actors)
            continue
        attr_spans = [(a.start, a.end) for a in attributions[si]]
        phrases = [_phrase(sent, wi, text, lex, actors, attr_spans) for wi in range(len(sent.words))]
        hits = _triggers(sent, lex, phrases, stext, disc)
        implied = _implied_threat(sent, hits, phrases, stext, lex, disc)
        if implied:
            # 또 걸리는 자는 단련대로 보낸다, 접근하면 사살한다: the camp or the shot is the harm threatened, not an act done
            c, k = implied[0].cond, implied[0].harm_end
            hits = [h for h in hits if not (c < h.word <= k and h.trigger.type in ("PUNISH", "EXPEL", "DETAIN", "PROPAGANDA", "ASSAULT"))]
        hits += implied
        by_type: dict[str, list[tuple[int, Event]]] = {}
        targeted: list[str] = []  # texts of people acted upon here (출당된 당 비서)
        before = len(events)
        retyped: list[Event] = []
        kept_too: list[Event] = []  # the rule's readings of retyped acts, kept beside them
        for hit in _then_proposed(hits, lambda: {e.type for e in events[before:]}, sent, proposals.get(si), text):
            told = by_type.get(hit.trigger.type, [])
            if told and not all(_new_clause(sent, w, hit.word)
                                or (hit.trigger.type == "DETAIN" and _handed_on(sent, w, hit.word))
                                or _other_penalty_word(sent, e, hit, text)
                                or (hit.trigger.type == "PUNISH" and _other_recipient(sent, w, hit.word)) for w, e in told):
                # one event per act type and clause: 체포해 구금했다 is one detention; its actor is
                # whichever verb of it names one (적발된 주민을 가둔: the caught names none, the held does;
                # a penalty noun received, 처벌을 받았다, names only whoever the sentence caught him)
                first = told[-1][1]
                if first.perpetrator is None and hit.trigger.pos == "V":
                    again = _event(document, sent, si, sents, hit, phrases, attributions, disc, lex, stext)
                    if again is not None and again.perpetrator is not None:
                        first.perpetrator = again.perpetrator
                continue
            ev = _event(document, sent, si, sents, hit, phrases, attributions, disc, lex, stext)
            if ev is not None and hit.trigger.gate == _PROPOSED:
                # (a proposal with no subject of its own, 돌아오기만 하면 ... 주겠다고 했다, or a pronoun's, is the
                # organ's its passage is about; 낯선 남자가 따라붙는다: people named as the doers are not)
                organ = None if _person_subject(sent, hit, phrases) or _private_subject(sent, hit, phrases) \
                    else _passage_organ(disc, sent)
                ev = _as_proposed(ev, disc, alone=not by_type and proposals[si].probability >= alone_bar, organ=organ)
            if ev is None:
                continue
            ruled_type, ruled_by = ev.type, ev.extractor
            if features and report and hit.trigger.gate not in (_PROPOSED, "any") and hit.trigger.pos != "implied" \
                    and not _detection(hit.trigger) and _retype(ev, features[si], set(by_type)):
                # (a detection, 전파탐지에 걸렸다, names the watching by itself, whatever custody follows)
                retyped.append(ev)
                if (ruled_type, ev.type) in _BOTH_READINGS:
                    kept_too.append(replace(ev, type=ruled_type, extractor=ruled_by, tactics=list(ev.tactics)))
            if hit.trigger.pos == "implied":
                _as_said(ev, disc)
            _after_return(ev, disc)
            if _STOP_CALL.match(stext, hit.end - sent.start):
                continue  # 강제북송 중단을 요구했다, 보복을 중단해야 한다: a call to stop a practice, no act told (its acts are told elsewhere)
            if told and not _distinct(text, sent, told[-1], (hit.word, ev)):
                continue  # the same people doing the same thing, told twice
            if told:
                _split_evidence(text, sent, told[-1], (hit.word, ev))
            by_type.setdefault(hit.trigger.type, []).append((hit.word, ev))
            # (The same kind of act by the same organ on the same kind of people told in two sentences is
            # not merged here by its trigger word: the lede's summary gives way below (_drop_lede_repeats),
            # and a telling again that restates the act is merged there too. Merging here, within four
            # sentences, dropped more acts than restatements: session 48, 21 acts more and 3 false more
            # on the development sets without it.)
            events.append(ev)
            sentence_of.append((si, ev))
            disc.told.add(ev.type)
            disc.last_unowned = ev.perpetrator is None
            if ev.perpetrator is not None:  # (an act with no known actor links nothing)
                disc.last_event = (ev.type, ev.target.text if ev.target else None,
                                   ActorMatch(0, 0, ev.perpetrator.text or "", ev.perpetrator.actor, False),
                                   sent.paragraph)
            if ev.target is not None:
                if ev.target.text:
                    targeted.append(ev.target.text)
                disc.last_target = ev.target.category
                if ev.type in ("RETURN", "REPATRIATE") and ev.target.category in ("defector", "returnee"):
                    disc.focus = "returnee"  # once sent back, the person is a returnee
        shared, told_twice = _penalties_shared(text, events[before:])
        for ev in shared:
            events.append(ev)
            sentence_of.append((si, ev))
        for ev in told_twice:
            reread[id(ev)] = ev
        here = events[before:]
        if any(o.type == "SURVEIL" and (_term(o) in _SEE_WHO or _term(o) == "적다" and _CALLED_TO_WRITE.search(o.evidence.text))
               for o in here):
            for o in here:
                if o.type == "VISIT":
                    reread[id(o)] = o  # 집에 들러 누가 찾아왔는지 확인했다: the call is the watching's step (bench/CODING.md)
        for ev in retyped:
            if any(o.type == ev.type for o in here if o is not ev):
                reread[id(ev)] = ev  # the sentence's act of that type, read again on another word
        for ruled in kept_too:
            # 끌려가 맞았다, 회의에 세워 반성문을 읽게 했다: the rule's act stands beside the reader's
            # when its type is not told otherwise in the sentence
            if not any(o.type == ruled.type for o in events[before:]):
                events.append(ruled)
                sentence_of.append((si, ruled))
        _update_discourse(disc, phrases, sent.paragraph, sent, targeted)
        _note_bodies(disc, stext, sent.paragraph, actors)
        if "재입북" in stext and disc.focus in (None, "defector"):
            disc.focus = "returnee"  # the report is about someone who went back
    events = [e for e in events if id(e) not in reread]
    if any(e.type == "ABDUCT" for e in events):
        # 가족들은 그가 북한 보위부 사람들에게 끌려간 것으로 믿고 있다, 북한 요원에게 붙잡혀 두만강 건너로 넘겨졌다고
        # 믿는다: the abduction the report tells, told again as the North's men taking him; no custody or
        # handover of its own (bench/CODING.md: a seizure abroad by the North's agents is one ABDUCT)
        events = [e for e in events if not (e.type in ("DETAIN", "REPATRIATE") and _BY_THE_NORTHS_MEN.search(e.evidence.text))]
    headline = _headline_end(text)
    if headline:
        # 둥강 수산물공장서 北 노동자 잠적…가족들 잇따라 불려가: a headline announces what the body
        # tells; the development sets code the body's telling (2% of their acts sit in a headline,
        # against three times as many headline readings that match nothing). (Dropped before the
        # lede is looked for: the lede is the body's first sentence with acts, not the headline.)
        events = [e for e in events if e.evidence.start >= headline]
    events = _drop_lede_repeats(events, {id(e): si for si, e in sentence_of}, sents, text)
    if events and len(spans) >= _REPORT_SENTENCES and not _names_a_state(text, actors):
        # A report naming no organ of the North or China: an act no one is found doing, on
        # people who are not North Koreans named as such, is someone else's doing (질병청이
        # 모기 밀도를 감시, 주최 측이 출입을 통제); an act of the state named as its subject
        # (북한은 국경을 봉쇄했다) or befalling defectors or their families stays. A fragment
        # of a sentence or two says too little of its setting to judge. A generic word as the
        # doer (현장 책임자, 감시원, 관계자) is no organ of a state in such a report: the South's
        # own manager or official.
        for e in events:
            if e.perpetrator is not None and e.perpetrator.text and _only_generic(e.perpetrator.text, actors):
                e.perpetrator = None
        events = conventions.owned_acts(events)
    return conventions.apply(events)


# The North's own men as the ones who took someone (북한 보위부 요원들에게 끌려갔다, 북에서 온 사람들에게 끌려간 뒤,
# 북측 요원 손에 걸려 넘겨졌다).
_BY_THE_NORTHS_MEN = re.compile(r"(?:북한|북측|북의|북에서\s*온|북쪽)\s*(?:\S+\s+){0,2}?\S*(?:보위부|보위성|보위국|요원|공작원|사람)\S*"
                                r"(?:에게|에|한테|\s*손에)\s*(?:\S+\s+){0,2}?\S*(?:끌려|넘겨|붙잡|걸려)")


# Watching told as checking who came (누가 찾아왔는지 확인), or as a call to write down whom one
# met (매주 집에 들러 누구를 만났는지 적어 갔다): a call made for it is no visit of its own.
_SEE_WHO = frozenset({"확인"})
_CALLED_TO_WRITE = re.compile(r"(?:들러|들러서|와서|와|찾아와|찾아와서)\s+(?:누가|누구)\S*\s+(?:\S+\s+){0,3}?적어\s*갔")


# A recall home: 소환, 불러들이다, 귀국 조치.
_RECALL = re.compile(r"소환[되돼됐시하했한당명]|불러들[였이인여]|불려\s*들어|귀국\s*조치|귀국\s*명령")


_REPORT_SENTENCES = 3


def _headline_end(text: str) -> int:
    """Where a report's headline ends: a short first line set off by a blank line that does
    not end as a sentence does; 0 when the text opens with no such line."""
    cut = text.find("\n")
    if not 0 < cut <= 120 or text[cut + 1:cut + 2] != "\n":
        return 0
    # (a lead sentence set off alone ends as sentences do: 공개했다., 끌고 갔어요.)
    return 0 if text[:cut].rstrip().endswith((".", "다", "요", "?", "!", "。")) else cut


def _names_a_state(text: str, actors: ActorLexicon) -> bool:
    """Whether the report names a state whose acts the record tracks: an organ of the North
    or China by a name of its own (보위부, 국경경비대, 공안), the North's media, or the North's
    organs by the country's name (북한 당국), or the authorities in a report naming North Koreans
    (탈북자, 북한 주민). Every act in the development sets' reports comes with one; a report naming none is about other people's doings (질병청이 모기 밀도를 감시,
    주최 측이 출입을 통제). Generic words (관계자, 당국) and a bare 당 or 경찰 name no organ."""
    bare = _scope("bare_alias")
    found = [m for m in actors.find(text) if m.key.startswith(("KP.", "CN."))]
    if any(not m.generic and not bare.match(m.text) for m in found):
        return True
    if any(m.generic and _ORGAN_WORD.fullmatch(m.text) for m in found) and _scope("north_koreans").search(text):
        return True  # 당국은 탈북자 가족들을 산골로 추방했다: the authorities of the people named
    return bool(_state_media().search(text) or _scope("state_named").search(text))


_ORGAN_WORD = re.compile(r"당국|간부들?|요원들?|단속원들?")


def _only_generic(text: str, actors: ActorLexicon) -> bool:
    """The words name an organ only by a generic word (현장 책임자, 관계자), no organ's own name."""
    found = actors.find(text)
    return bool(found) and all(m.generic for m in found)


# What only the North's courts give or hold (its penal code's terms, its public trials).
_NORTH_COURT_ACT = re.compile(r"공개\s*재판|인민\s*재판소?|(?:무기\s*)?(?:노동)?교화형|노동단련형|(?<!헌법)(?<!형사)재판소")


# --- the learned reader's proposals (learned.py) ----------------------------------
_PROPOSED = "proposed"  # the gate of a hit the learned reader proposed
_SAYING = frozenset({"전하다", "말하다", "밝히다", "설명하다", "주장하다", "덧붙이다", "보도하다", "증언하다"})
LEARNED = True  # the learned sentence reader proposes sentences (tests turn it off to compare)
# A proposed type that beside a type the rules read tells the same act, not a second one:
# 추방돼 돌아왔다 is one repatriation, 보위부에 나와 동향을 설명했다 one summons.
_SAME_ACT = frozenset({("RETURN", "REPATRIATE"), ("RETURN", "ABDUCT"), ("SURVEIL", "VISIT")})


def _proposals(text: str, spans: list) -> tuple[dict, set, list]:
    """Sentences the learned reader judges to state an act, by index. They go through
    Kiwi with the trigger sentences; a proposal is read where no rule reads an act of its type.
    Also the sentences it judges to state none at all (below its veto), which no rule reads,
    and each sentence's features (the reader types the rules' acts with them, ``_retype``)."""
    model = learned.SentenceModel.load("ko") if LEARNED else None
    if model is None:
        return {}, set(), []
    out, doubted = {}, set()
    features = [learned.korean_sentence_features(text, sp.start, sp.end) for sp in spans]
    for i, feats in enumerate(features):
        if len(spans) >= learned.VETO_MIN_SENTENCES and model.doubts(feats):
            doubted.add(i)  # judged to state no act at all: read as background
            continue
        proposal = model.propose(feats)
        if proposal is not None:
            out[i] = proposal
    return out, doubted, features


# Who seizes people abroad when no place is named (요원, 공작원, unknown men) and the missions abroad.
_ABROAD_OR_AGENTS = re.compile(r"요원|공작원|사내|남성|남자|괴한|대사관|영사관|대표부|국경|강\s*건너|넘겨|넘어")


def _then_proposed(hits: list[Hit], made, sent: Sentence, proposal, text: str):
    """The rules' hits, then the proposed type's (``made`` gives the types of the events
    made in the sentence so far)."""
    yield from hits
    # A proposal of a type the rules read no act of: where they read acts of other types,
    # a second act ("붙잡아 때렸다"), on a word of its own, unless the two tell one act.
    made_types = made()
    if proposal is None or proposal.type in made_types or any((proposal.type, t) in _SAME_ACT for t in made_types):
        return
    if proposal.type == "ABDUCT" and any(h.trigger.type == "DETAIN" for h in hits) \
            and not _ABROAD_OR_AGENTS.search(text, sent.start, sent.end) \
            and not _any_place_abroad().search(text, sent.start, sent.end):
        return  # 지도원 두 명이 그를 승합차에 밀어 넣었다: a taking named nowhere abroad is the rules' custody
    if proposal.type == "VISIT" and any(h.trigger.type == "PUNISH" and h.trigger.term in _CARRYING_OFF for h in hits):
        return  # 와서 ... 끌어갔다: the coming is the seizure's step (_triggers)
    if any(h.trigger.type == "RESTRICT" and h.trigger.term == "보고" for h in hits):
        return  # 분주소에 가서 생활 보고를 해야 한다: the going and the telling are the duty's steps
    # The predicates in the order they speak for the type; the first that reads as an act
    # is the act's (one whose actor is no state's gives way to the next).
    for hit in _proposed_hits(sent, proposal, text):
        if made_types and any(h.word == hit.word for h in hits):
            continue
        if "THREATEN" in made_types and proposal.type in _HARM and _in_a_condition_said(sent, hit.word):
            continue  # 걸리면 데려간대: the condition and the harm of a threat, no act beside it
        if proposal.type in made():
            return
        yield hit


def _in_a_condition_said(sent: Sentence, wi: int) -> bool:
    """Word ``wi`` is a condition (~면) or the outcome of one before it, with no clause closed between."""
    for w in reversed(sent.words[:wi + 1]):
        if any(t.tag == "EF" for t in w.tokens) or _quoting(w):
            return False
        if conditional(w):
            return True
    return False


def _proposed_hits(sent: Sentence, proposal, text: str) -> list[Hit]:
    """Hits on the predicates that speak for the proposed type (their words' pieces weighed
    by the type model), most first, so the act is read like any trigger's."""
    model = learned.SentenceModel.load("ko")
    ranked, told = [], None
    for wi, w in enumerate(sent.words):
        # A verb, or a noun made one by 하다 (보고하고, 감시했다: the act is the noun's).
        ti = next((k for k, t in enumerate(w.tokens) if t.tag.startswith("VV") or t.tag == "XSV"), None)
        if ti is None:
            continue
        weight = sum(model.weight(proposal.type, f) for f in learned.korean_features(text[w.start:w.end]))
        if korean.lemma(w.tokens[ti]) in _SAYING:
            # The source's verb (~고 전했다) tells who says so; it carries the act only
            # when the sentence has no other predicate.
            if told is None or weight >= told[0]:
                told = (weight, wi, ti)
            continue
        if weight > 0:
            ranked.append((weight, wi, ti))
    # Ties: the later predicate (the main one ends the sentence).
    ranked.sort(key=lambda c: (c[0], c[1]), reverse=True)
    if not ranked and told is not None and told[0] > 0:
        ranked = [told]
    hits = []
    for _, wi, ti in ranked:
        w = sent.words[wi]
        t = w.tokens[ti]
        trig = Trigger(korean.lemma(t), "V", proposal.type, _PROPOSED, "active", None)
        hits.append(Hit(trig, wi, ti, w.base + t.start, w.base + t.end))
    return hits


# Acts a proposal may tell with no actor named (measured on sets left out of the model's
# training, session 8: ko-7 .627 -> .640, ko-8 .690 -> .709, ko-9 .614 -> .618).
_UNOWNED_PROPOSALS = frozenset({"PUNISH", "DETAIN", "REPATRIATE", "EXPEL", "PROPAGANDA", "COERCE", "ASSAULT",
                                "THREATEN", "SURVEIL", "RESTRICT"})


# What makes a proposed return one across the border: the North, the river, a route through China.
_RETURN_ROUTE = re.compile(r"북한|북측|북으로|북에|조국|재입북|입북|강을\s*건너|압록강|두만강|국경|거쳐|중국|월북|고향으로")


# Words of bodily harm: a proposed assault with none of them names no violence.
_BODILY_HARM = re.compile(r"때[리렸려린]|맞[았고아은는으]|폭행|구타|폭력|발길|발로|매질|매를|걷어차|고문|다[치쳤친]|상처|피[를가투]|뺨|주먹|"
                   r"몽둥이|각목|개머리판|곤봉|채찍|쇠파이프|짓밟|밟[았혔]|꿇[리려]|잠을\s*(?:못|안)|쓰러|부러|멍|총[을에]|사격|쏘[았아]|쐈|"
                   r"숨[졌지]|사망|죽[었이여]|학대|가혹|꺾|내동댕이|알몸|반복시|두들|얻어맞|족[치쳤]|비틀|조르|목을|머리채|끌고\s*다니|"
                   r"처박|갈[기겼겨긴]|찔[러렀리린]|찌르|벗[기겨겼긴]|후려|쥐어박|내리[치쳤]|짓이기|할퀴|물고문|전기고문")


def _retype(ev: Event, feats: set[str], told: set[str]) -> bool:
    """An act a rule read on a word that does not name it by itself takes the type the learned
    reader reads in the sentence, when it judges the rule's type unlikely and another, not yet
    told in the sentence, likely (``learned.SentenceModel.retyped``; 보위지도원이 "동생을
    데려오기 전엔 입도 뻥긋하지 말라"며 윽박질렀다: a threat, not the fetching its words name).
    Returns whether it did; a retyped act whose type the sentence goes on to tell is that act
    read again, and the caller drops it. Summonses, threats and promises keep their type: the
    reader weighs 조사 as custody and the words said as done."""
    if ev.type in _KEEPS_TYPE or (ev.type == "RESTRICT" and _term(ev) in _SWEEP_TERMS) \
            or _term(ev) in _NAMES_ITSELF:
        return False
    if _term(ev) in _CAMPS and ev.trigger_start is not None \
            and _SENT_TO.match(ev.evidence.text, ev.trigger_start - ev.evidence.start + len(_term(ev))):
        return False
    model = learned.SentenceModel.load("ko")
    if model is None or model.retype_below >= 1:
        return False
    etype = model.retyped(feats, ev.type, told)
    if etype == ev.type or (ev.type == "DETAIN" and etype == "VISIT" and _term(ev) in _TAKING_TERMS):
        # (찾아와 아버지를 차에 태워 데려갔다: a taking told after the coming is custody; the call is its step)
        return False
    if ev.type == "DETAIN" and etype not in _CUSTODY_ON_THE_WAY and ev.trigger_start is not None \
            and (_HELD_FOR.search(ev.evidence.text[:max(0, ev.trigger_start - ev.evidence.start)][-32:])
                 or (ev.trigger_end is not None
                     and _HELD_AFTER.match(ev.evidence.text, ev.trigger_end - ev.evidence.start))):
        # 석 달 동안 조사를 받았다, 보위부로 끌고 가 20일 동안 가둬 두고: custody told with its length is
        # custody, whatever else the sentence tells
        return False
    if ev.type == "REPATRIATE" and ev.trigger_start is not None \
            and _DATE_BEFORE.search(before := ev.evidence.text[:max(0, ev.trigger_start - ev.evidence.start)][-36:]) \
            and (_term(ev) not in ("넘기다", "넘겨지다") or "에서" in before):
        # 2024년 3월 단둥에서 신의주로 송환된 뒤 ... 이관되었고: a handover told with its own date
        # is an act of its own (bench/CODING.md 1.6: a full clause is coded), not the
        # setting of the custody that followed
        return False
    ev.type = etype
    ev.extractor = replace(ev.extractor, fields={**ev.extractor.fields, "type": f"model.type@{model.version}"})
    return True


# Places of custody: held or beaten in one, someone was in custody, whether or not the sentence names who.
_CUSTODY_PLACE = re.compile(r"집결소|구류장|구류소|감방|교화소|단련대|수용소|보위부|보위국|안전부|안전서|분주소|예심")


# A date (2024년 3월, 2023년 겨울) in the clause before a word.
_DATE_BEFORE = re.compile(r"(?:19|20)\d\d년|\d{1,2}월")


# A length of time just before the act's word (석 달 동안, 일주일간, 며칠, 한 달 넘게).
# Custody told as a step of a handover, a removal or a summons (구류소에 석 달 가둬 뒀다가 ... 넘겼다, 불려 나가
# 반나절 동안 붙들려 있었다) is that act's, as the reader reads it.
_CUSTODY_ON_THE_WAY = frozenset({"REPATRIATE", "ABDUCT", "VISIT"})
_HELD_FOR = re.compile(r"(?:달|개월|주일|주간|일간|며칠|날|동안|넘게|가까이|남짓)\S*\s+(?:\S+\s+)?$"
                       r"|(?:동안|넘게|가까이|남짓)\s+(?:\S+\s+){0,2}?\S+에서\s+$")  # (석 달 동안 해주의 도 보위국에서 조사를)
# The taking's length told right after it, with the holding (끌고 가 20일 동안 가둬 두고).
_HELD_AFTER = re.compile(r"\S*\s+(?:\S+\s+){0,2}?\S*(?:동안|일간|주일간|개월간|넘게|가까이)\s+(?:\S+\s+)?"
                         r"(?:가둬|가두어|가뒀|갇혀|붙들어|붙잡아\s*두|잡아\s*두|조사)")


# Retypings after which the rule's own reading usually stands as well, as a second act: on the development
# sets (session 27, counted before this rule) custody beside the blows the reader read (끌려가 맞았다: both
# acts coded 45 times, the blows alone 31), a shaming beside the coercion (세워 놓고 읽게 했다: 25 against 15),
# a penalty beside a banishment (9 against 4) and watching beside a penalty (9 against 3).
_BOTH_READINGS = frozenset({("DETAIN", "ASSAULT"), ("PROPAGANDA", "COERCE"), ("PUNISH", "EXPEL"), ("SURVEIL", "PUNISH")})


# Verbs of carrying goods or money off (끌어갔다, 걷어 갔다, 거둬 갔다): a seizure, whose coming is its step.
_CARRYING_OFF = frozenset({"끌어가다", "걷다", "거두다", "빼앗다", "가져가다", "들다", "싣다", "챙기다"})
_KEEPS_TYPE = frozenset({"VISIT", "THREATEN", "INDUCE"})
# A word gated only against its other sense (기록 이관) that names custody by itself where it reads:
# 안전부로 이관되었고 is custody, whatever penalty follows. (송환 is not: the reader rightly drops an
# undated 송환된 뒤 told as the setting of what followed; a dated one is kept, see _retype.)
_NAMES_ITSELF = frozenset({"이관"})
# A camp someone is sent to (교화소로 보내질 가능성이 크다): the penalty named by its place, whatever custody the
# sentence tells before it.
_CAMPS = frozenset({"교화소", "관리소", "노동단련대", "단련대"})
_SENT_TO = re.compile(r"\S*?(?:으로|로|에)\s+(?:\S+\s+)?(?:보내[지져졌질]|보낸|보내)")
# Words of taking someone away (데려갔다, 잡아갔다, 연행했다): told after a call at the home, custody, not the call.
_TAKING_TERMS = frozenset({"데려가다", "잡아가다", "끌고가다", "끌어가다", "연행", "체포", "싣다"})
# A sweep told by its own verb (집집이 돌며 뒤졌다, 여권을 걷어 갔다, 출입을 막았다) stays a crackdown, whatever custody
# the sentence goes on to tell (as bench/CODING.md codes both); an ID check or a patrol where someone was caught does not.
_SWEEP_TERMS = frozenset({"뒤지다", "돌다", "여권", "통제", "막다"})


def _as_proposed(ev: Event, disc=None, alone=False, organ: Optional[ActorMatch] = None) -> Optional[Event]:
    """A proposed act counts only with a state actor read from the text (a model that
    read 체포 in a story of the South's police must not make it the North's act)."""
    if ev.type == "RETURN" and not _RETURN_ROUTE.search(ev.evidence.text):
        return None  # (기웃거리다 돌아갔다: going back home from a street is no return to the North)
    if ev.type != "RETURN" and _UNREAL_PAST.search(ev.evidence.text):
        return None  # (원래 같으면 교화소에 갔을 텐데: what would have happened, read from the whole sentence)
    if ev.type == "ASSAULT" and not _BODILY_HARM.search(ev.evidence.text):
        return None  # (단속하는 보안원들이 덜 까다로워졌다: a strictness told, no blow in the words)
    if ev.type == "INDUCE" and _PARDON_TOLD.search(ev.evidence.text) and not _pardon_promised(ev.evidence.text):
        return None  # (당과 조국이 저의 잘못을 용서해 주었다: a pardon told as given is no promise, as the 용서 row reads it)
    if (ev.perpetrator is None or not ev.perpetrator.actor) and ev.type in _SPOKEN:
        # "돌아오면 ... 주겠다"는 보위부의 말, 대사관 직원들이 ... "..."는 쪽지를 남겼다: words
        # said are the one organ the sentence names outside the quotation.
        ev.perpetrator = _sole_speaker(ev.evidence.text) or ev.perpetrator
    if (ev.perpetrator is None or not ev.perpetrator.actor) and ev.type != "RETURN":
        # (a return is the returner's own act: it never has an actor to read)
        if organ is not None and organ.key.startswith("KP."):
            # 보위부는 ... 불러냈다. [돌아오기만 하면 ...]: an act the reader proposes with no subject
            # in its words, told while a paragraph (or the one before) is about one of the North's
            # organs, is that organ's (bench/CODING.md: an omitted subject carries the actor); a
            # subject of its own that names no organ (낯선 남자가) leaves the actor untold
            ev.perpetrator = Perpetrator(organ.text, organ.key, ActorLexicon.load().name(organ.key))
        # With no actor at all, it stands only if the report is about one of the North's organs
        # and the act falls on people it tracks: then with the organ of its passage (above), else
        # with no actor recorded (who did it is untold), as an agentless passive does in the rules.
        if not (disc is not None and disc.actor is not None and not disc.actor.generic
                and disc.actor.key.startswith("KP.") and ev.type in _UNOWNED_PROPOSALS
                and ev.target is not None and ev.target.category not in (None, "other")):
            if not alone:
                return None
            # (a sentence the reader is sure of, where no rule read any act: its actor untold)
            model = learned.SentenceModel.load("ko")
            ev.extractor = Extractor("model-ko", f"{VERSION}+model.{model.version}", f"model.{ev.type.lower()}.alone")
            return ev
    model = learned.SentenceModel.load("ko")
    ev.extractor = Extractor("model-ko", f"{VERSION}+model.{model.version}", f"model.{ev.type.lower()}")
    return ev


_SPOKEN = frozenset({"INDUCE", "THREATEN"})
# A pardon told as given or received (용서해 주었다, 용서받았다), against one promised (용서하겠다,
# 용서해 준다, 돌아오면 ... 용서), which is what the 용서 row of triggers/ko.tsv reads.
_PARDON_TOLD = re.compile(r"용서\S*\s*(?:해\s*)?(?:주었|줬|주셨|받았|받은|했다|하였다)")


def _pardon_promised(text: str) -> bool:
    """The 용서 trigger row's own cue: a pardon promised, not told as given."""
    row = KoLexicon.load().nouns["용서"]
    return bool(row.cue.search(text))
_QUOTED = re.compile(r"[\"“”'‘’][^\"“”'‘’]*[\"“”'‘’]")


def _sole_speaker(text: str) -> Optional[Perpetrator]:
    """The one state organ a sentence names outside its quotations, if only one."""
    bare = _QUOTED.sub(lambda m: " " * len(m.group(0)), text)
    lex = ActorLexicon.load()
    found = [m for m in lex.find(bare) if not m.generic and m.key.split(".")[0] in ("KP", "CN")]
    if len({m.key for m in found}) != 1:
        return None
    return Perpetrator(found[0].text, found[0].key, lex.name(found[0].key))


_NOT_DONE = re.compile(r"\s*(?:을|를|은|도)?\s*(?:하지|받지|당하지)\s*않")


# A first-person writer who served in an organ: 나는 ... 삼수군 보위부에서 일했다, 필자는 전 국가보위성 지도원.
_NARRATOR = re.compile(r"(?:나는|저는|필자는|본인은)\s+(?:\S+\s+){0,10}?\S*(?:보위부|보위성|보위국|안전부|안전성|보안서|보안성)"
                       r"\S*(?:에서|의)?\s+(?:\S+\s+){0,2}?(?:일했|일하던|근무했|근무하던|복무했|지도원|부원|보위원|안전원|요원)")
_FIRST_PERSON_WORD = re.compile(r"(?:나|내|우리|저|제)(?:는|가|도|들|들은|들이)?$")


def _own_act(sent: Sentence, h: Hit, stext: str, phrases: list) -> bool:
    """Whether the act is the narrator's own: no one but 나/우리 is its subject (통화는
    ... 녹음했다 has a thing as its topic), and it is not inside a quote."""
    if _in_quote(stext, h.start - sent.start):
        return False
    return all(_FIRST_PERSON_WORD.match(_text_of(w).strip()) for j, w in enumerate(sent.words[:h.word])
               if w.role == "subj" and phrases[j] is not None and (phrases[j].person or phrases[j].actor))


# Plain police or authorities, with any place before them (현지 경찰, 디엔비엔성 경찰, 베트남 당국).
_PLAIN_FORCE = re.compile(r"(?:\S+\s+){0,3}?(?:경찰|당국|경찰\s*당국|이민국|국경\s*경찰)(?:들)?")
_TO_CHINA_OR_NORTH = re.compile(r"(?:중국|북한|북측|북|조국)(?:으로|로|에)\s+(?:\S+\s+)?(?:추방|송환|넘기|돌려보내)")


def _third_state_in_view(text: str, sents: list, si: int) -> bool:
    """Whether the act's sentence, or its paragraph up to it, names a state on defectors' routes."""
    para = sents[si].paragraph
    states = _scope("third_states")
    return any(states.search(text[s.start:s.end]) for s in sents[:si + 1] if s.paragraph == para)


def _implied_threat(sent: Sentence, hits: list[Hit], phrases: list, stext: str, lex: KoLexicon,
                    disc: _Discourse) -> list[Hit]:
    """A condition said to people with a harm as its outcome (안 나오면 ... 찍힌다,
    또 도망가면 집안이 끝장날 줄 알라) is a threat with no threat word: the
    consequence is the trigger. Only inside what was said (a quote or ~다고),
    and only where the state is in view (an organisation here or before)."""
    if any(h.trigger.type == "THREATEN" for h in hits):
        return []
    if not (any(p and p.actor for p in phrases) or disc.actor is not None):
        return []
    words = sent.words
    for c, w in enumerate(words):
        if not (conditional(w) or _whoever(sent, c) or _condition_word(sent, w, stext)):
            continue
        for name, pattern in lex.threats:
            m = pattern.search(stext, w.end - sent.start)
            if m is None:
                continue
            if _NOT_DONE.match(stext, m.end()):
                continue  # 바치는 사람은 처벌하지 않고: the harm promised not to come, no threat
            if _PLEDGED.match(stext, m.end()):
                continue  # '도주하면 가족 전체가 책임진다'는 서약서: the words of a pledge made to sign, no threat said
            at = sent.start + m.start()
            k = next((j for j in range(c + 1, len(words)) if words[j].start <= at < words[j].end + 1), None)
            if k is None or not _said_after(sent, k, stext):
                continue
            if any(_quoting(x) or any(t.tag == "EF" for t in x.tokens) for x in words[c:k]):
                continue  # a clause closed between the condition and the outcome: not its outcome
            trig = Trigger(name, "implied", "THREATEN", "context", "active", None, None)
            last = sent.start + m.end() - 1
            k_end = next((j for j in range(k, len(words)) if words[j].start <= last < words[j].end + 1), k)
            return [Hit(trig, k, 0, words[k].start, words[k].end, cond=c, harm_end=k_end)]
    return []


# The words just after a harm that make it a pledge's content ('... 책임진다'는 서약서를 쓰게 했다): the pledge is the act.
_PLEDGED = re.compile(r"\S*[\'’\"”]?\s*(?:는|라는|이라는|다는)\s+(?:\S+\s+)?(?:서약서|서약|각서|맹세문|다짐서|자술서)")


# "This time", "next time" or "then" said before a harm (또 신고가 들어왔다, 이번엔 교화소 간다; 그럼 딸 대학
# 추천은 없는 줄 알라) sets the harm on the next offence or on the refusal as ~면 does: a threat.
_CONDITION_WORD = re.compile(r"(?:(?:이번|다음|다음번|담|한\s*번\s*더)(?:엔|에는|에도|엔\s*정말)|그럼|그러면|아니면)[,.]?")


def _condition_word(sent: Sentence, w: Word, stext: str) -> bool:
    return bool(_CONDITION_WORD.fullmatch(stext[w.start - sent.start:w.end - sent.start].strip("'‘’\"“”")))


def _whoever(sent: Sentence, c: int) -> bool:
    """또 걸리는 자는, 신고하지 않는 집은: people named by what they might do are a
    condition (whoever does it ...), as ~면 is."""
    w = sent.words[c]
    return c > 0 and w.tokens[0].form in ("자", "사람", "놈", "집", "가족", "사람들", "자들") \
        and any(t.tag == "JX" and t.form in ("은", "는") for t in w.tokens) \
        and sent.words[c - 1].tokens[-1].tag == "ETM" and sent.words[c - 1].tokens[-1].form in ("는", "ᆫ", "은")


def _said_after(sent: Sentence, k: int, stext: str) -> bool:
    # The outcome is inside what was said: a quote around it, or a quoting ending at or after it.
    at = sent.words[k].start - sent.start
    return _in_quote(stext, at) or _spoken_single(stext, at) or any(
        _quoting(x) for x in sent.words[k:k + 4]) or any(
        _said_without_go(sent, j) for j in range(k, min(k + 3, len(sent.words))))


# Words in single quotes are speech, not a name or a term ('복잡한 군중', '우리민족끼리'), when
# they close as a sentence does and stand alone or before a verb of saying: '안 오면 ... 모른다'
# 그랬대요, a text message quoted whole ('... 집을 준다. 안 오면 ... 못 본다.').
_SINGLE_SPOKEN = re.compile(r"[‘'](?P<said>[^'’\n]*?(?:다|요|라|오|마|지|야|니|네|자)[.!?,…]*)[’']"
                            r"(?=\s*(?:$|[\"”]|(?:라|이라)?고\s|라며|며\s|그러|그랬|그래|하더|했|하며|하면서))")


def _unquoted(stext: str) -> str:
    """The sentence with what was said blanked out: a body named inside the words said
    (돌아오면 혜산 세관에 자리를 마련해 주겠다) is neither their speaker nor the sentence's subject."""
    for m in list(_QUOTE_SPAN.finditer(stext)) + list(_SINGLE_SPOKEN.finditer(stext)):
        stext = stext[:m.start()] + " " * (m.end() - m.start()) + stext[m.end():]
    return stext


def _subject_scope(stext: str, at: int, etype: str) -> str:
    """Where a sentence's subject is looked for: outside the words said, for an act told outside
    them or one that is itself speech; the whole sentence for an act told inside a quote."""
    if etype not in _SPOKEN and (_in_quote(stext, at) or _spoken_single(stext, at)):
        return stext
    return _unquoted(stext)


def _spoken_single(stext: str, at: int) -> bool:
    return any(m.start("said") <= at < m.end("said") for m in _SINGLE_SPOKEN.finditer(stext))


def _as_said(ev: Event, disc: _Discourse) -> None:
    """An implied threat was made when it was said; its speaker is the
    organisation in view when the sentence names none."""
    ev.status = "occurred"
    if ev.perpetrator is None and disc.actor is not None:
        ev.perpetrator = Perpetrator(disc.actor.text, disc.actor.key, ActorLexicon.load().name(disc.actor.key))


# Acts the North does to people in its hands.
_AFTER_RETURN = frozenset({"DETAIN", "ASSAULT", "PUNISH", "COERCE", "PROPAGANDA", "VISIT", "SURVEIL"})


def _after_return(ev: Event, disc: _Discourse) -> None:
    """Defectors the report has told were sent back (북송, 넘겨졌다) are returnees once the
    North acts on them: 보위부 조사, 집결소, 단련대 (as the English extractor reads them)."""
    if ev.target is not None and ev.target.category == "defector" and ev.type in _AFTER_RETURN \
            and "REPATRIATE" in disc.told \
            and (ev.perpetrator is None or (ev.perpetrator.actor or "").startswith("KP.")):
        ev.target.category = "returnee"
    elif ev.target is None and ev.type in _ON_RETURNEE and "REPATRIATE" in disc.told \
            and disc.focus == "returnee" and (ev.perpetrator is None or (ev.perpetrator.actor or "").startswith("KP.")):
        # 북송된 뒤 ... 예심 과정에서 추궁당했다: Korean drops the person the report follows;
        # what the North does to no one named, once they are back, falls on them.
        ev.target = Target(None, "returnee")


_ON_RETURNEE = ("DETAIN", "ASSAULT", "PUNISH", "COERCE")


_STOP_CALL = re.compile(r"\S*\s+(?:\S+\s+){0,3}?(?:(?:중단|중지|근절|금지)\S*\s+(?:\S+\s+){0,8}?\S*(?:촉구|요구|요청|호소|권고)"
                        r"|\S*(?:중단|중지|멈추|멈춰|멈출)\S*(?:야|것을|라고|라며)(?:\s|$))"
                        r"|(?<=금지)(?:을|를)?\s+(?:\S+\s+)?(?:촉구|요구|요청|호소|권고)")  # (a ban called for is no ban)



def _detection(trig: Trigger) -> bool:
    """A word of detection (탐지, 전파탐지기, 전파감독소): it names the watching by itself, whatever
    custody follows, whoever is on the other end of the call, and being caught by it is that watching."""
    return "탐지" in trig.term or trig.term == "전파감독소"


def _new_clause(sent: Sentence, a: int, b: int) -> bool:
    """A second act of one type in a sentence is its own event only in a clause
    with its own subject: "여성들이 경비대에 체포됐다"며 "이들은 보위부로 넘겨져
    조사를 받고 있다" is two detentions; 체포해 구금했다 is one."""
    lo, hi = sorted((a, b))
    return any(w.role == "subj" and w.nominal for w in sent.words[lo + 1:hi])


def _other_recipient(sent: Sentence, a: int, b: int) -> bool:
    """Penalties handed to two sets of people in one sentence (2명에게 무기노동교화형이, 나머지 3명에게는
    교화형이 내려졌다): a recipient (에게, 한테) before each word, two acts."""
    lo, hi = sorted((a, b))

    def dative(w) -> bool:
        return any(t.tag == "JKB" and t.form in ("에게", "한테", "께") for t in w.tokens)
    return any(dative(w) for w in sent.words[lo + 1:hi]) and any(dative(w) for w in sent.words[:lo])


# One sentencing word for several recipients, each given a term of its own (주범에게 교화 12년, 공범에게
# 교화 7년을 선고했다; 2명에게 무기노동교화형이, 나머지 3명에게는 교화형이 내려졌다): a penalty per recipient,
# each with its part of the sentence as evidence (the sets code 15 of 18 such sentences so).
_RECIPIENT_TERM = re.compile(r"(?:에게|한테)(?:는|도)?\s+(?:\S+\s+){0,2}?\S*?"
                             r"(?:무기|사형|총살|교화|단련|징역|\d+\s*년|개월|형)")


def _penalties_shared(text: str, here: list[Event]) -> tuple[list[Event], list[Event]]:
    """The sentence's one penalty, cut at the comma before each further recipient with a term of
    its own: the penalties of the recipients after the first (the first keeps its event), and the
    other readings of that one penalty on the same passage (공개재판 and 노동교화형), now told by the parts."""
    penalties = [e for e in here if e.type == "PUNISH"]
    if not penalties or len({(e.evidence.start, e.evidence.end) for e in penalties}) != 1:
        return [], []
    # (the penalty read on a word of penalty, not one the learned reader retyped from another act)
    ev = next((e for e in penalties if e.extractor.rule.startswith("ko:PUNISH:")), penalties[0])
    told_twice = [e for e in penalties if e is not ev]
    start, end = ev.evidence.start, ev.evidence.end
    terms = list(_RECIPIENT_TERM.finditer(text, start, end))
    cuts = []
    for before, m in zip(terms, terms[1:]):
        comma = text.rfind(",", before.end(), m.start())
        if comma < 0:
            return [], []  # recipients not listed as parts of one sentencing
        cuts.append(comma)
    if not cuts:
        return [], []
    bounds = [start] + cuts + [end]
    parts = []
    for k, m in enumerate(terms):
        a = bounds[k] if k == 0 else bounds[k] + 1
        while text[a].isspace():
            a += 1
        b = bounds[k + 1]
        trigger = (m.end() - len(m.group(0).split()[-1]), m.end()) if k < len(terms) - 1 \
            else (ev.trigger_start, ev.trigger_end)
        parts.append((Evidence(text[a:b], a, b), trigger))
    ev.evidence, (ev.trigger_start, ev.trigger_end) = parts[0]
    return [replace(ev, evidence=evidence, trigger_start=trigger[0], trigger_end=trigger[1], tactics=list(ev.tactics))
            for evidence, trigger in parts[1:]], told_twice


def _other_penalty_word(sent: Sentence, told: Event, hit: Hit, text: str) -> bool:
    """A penalty on standing of another kind than one told before in the sentence (출당됐고,
    관리위원장 자리에서도 내려왔다): its own act, whether or not its clause names a subject."""
    if told.type != "PUNISH" or hit.trigger.type != "PUNISH":
        return False
    ka = _penalty_kind(told)
    kb = conventions.penalty_kind("ko", hit.trigger.term, text[max(sent.start, hit.start - 20):hit.start])
    return ka in _STANDING and kb in _STANDING and ka != kb


# Penalties on standing (the Party card, a post, a place at school): two of them in one sentence are two
# acts however the clauses join (출당됐고, 자리에서도 내려왔다); a fine beside a term or goods taken is one
# penalty told in full (벌금을 물고 노동단련대 6개월, 징역 3년과 벌금), as the sets code it.
_STANDING = frozenset({"party", "post", "school"})


def _handed_on(sent: Sentence, a: int, b: int) -> bool:
    """Custody by one body, then a handover to another that holds them (경비대에 붙잡혀 군
    보위부로 넘겨졌고, 그곳에서 조사를 받았다): two detentions, the cut right after the first."""
    lo, hi = sorted((a, b))
    # (the handover between the two, and the second telling the holding there, not the handover
    # itself: 붙잡혀 시 보위부로 넘겨졌다 is one detention)
    # (the first a taking, 붙잡혀, not the facility the move went to, 집결소로 옮겨 갇혔다)
    return any(t.tag.startswith("VV") for t in sent.words[lo].tokens) \
        and any(t.form in _HANDOVER_STEMS and t.tag.startswith(("VV", "NNG"))
                for w in sent.words[lo + 1:hi] for t in w.tokens) \
        and not any(t.form in _HANDOVER_STEMS for t in sent.words[hi].tokens)


_HANDOVER_STEMS = frozenset({"넘기", "옮기", "넘어가", "이송", "인계", "압송"})


def _split_evidence(text: str, sent: Sentence, first: tuple[int, Event], second: tuple[int, Event]) -> None:
    """Two acts of one type in one sentence each get their own clause as
    evidence (a record's id is its type and evidence span, so they stay two)."""
    (a, ev_a), (b, ev_b) = sorted([first, second], key=lambda x: x[0])
    cut = next((w for w in sent.words[a + 1:b] if w.role == "subj" and w.nominal), None) \
        or next((sent.words[k + 1] for k in range(a, b) if _clause_end(sent.words[k])
                 or "," in text[sent.words[k].end:sent.words[k + 1].start]), sent.words[a + 1])
    before = sent.words[cut.index - 1]
    ev_a.evidence = Evidence(text[ev_a.evidence.start:before.end], ev_a.evidence.start, before.end)
    ev_b.evidence = Evidence(text[cut.start:ev_b.evidence.end], cut.start, ev_b.evidence.end)


def _distinct(text: str, sent: Sentence, first: tuple[int, Event], second: tuple[int, Event]) -> bool:
    """Two clauses tell two acts when their actors differ, or when each names
    its own people and they differ (a target read across the cut proves nothing),
    or when they are two kinds of penalty."""
    (a, ev_a), (b, ev_b) = sorted([first, second], key=lambda x: x[0])
    own_subject = _new_clause(sent, a, b)
    if ev_a.type == ev_b.type == "PUNISH":
        # (가공반에서 해임됐고, 시당은 당적을 박탈했다: a post lost and the Party card taken, lexicon/penalty_kinds.tsv;
        # two on standing need no subject of their own: 출당됐고, 자리에서도 내려왔다)
        ka, kb = _penalty_kind(ev_a), _penalty_kind(ev_b)
        if ka and kb and ka != kb and (own_subject or {ka, kb} <= _STANDING):
            return True
        if _other_recipient(sent, a, b):
            return True  # 2명에게 무기노동교화형이, 나머지 3명에게는 교화형이: penalties for two sets of people
    if not own_subject:
        return _handed_on(sent, a, b)  # held by one body and handed to another (no clause of its own else)
    pa, pb = (e.perpetrator and e.perpetrator.actor for e in (ev_a, ev_b))
    if pb and pa != pb:
        return True  # the second clause names its own actor (인민반장들은 ... 보고하고 있다)
    cut = next(w for w in sent.words[a + 1:b] if w.role == "subj" and w.nominal).start
    ta, tb = ev_a.target, ev_b.target
    if ev_a.extractor.rule != ev_b.extractor.rule and _own_tense(sent.words[a]):
        return True  # 등을 내리쳤고, 한 여성은 ... 주사를 맞게 했다: the first act closed its clause
    if not (ta and tb and ta.text and tb.text and ta.category != tb.category):
        return False
    return text.find(ta.text, sent.start, cut) >= 0 and text.find(tb.text, cut, sent.end) >= 0


def _clause_end(w: Word) -> bool:
    """A word that closes a clause: a verb with a connective ending (출당됐고, 물리고, 넘겨졌고)."""
    return any(t.tag.startswith(("VV", "VX", "XSV")) for t in w.tokens) and w.tokens[-1].tag == "EC" \
        or w.tokens[-1].form == ","


def _own_tense(w: Word) -> bool:
    # 내리쳤고, 때렸으며: a verb with its own tense, then a connective, ends a clause.
    toks = w.tokens
    return any(t.tag.startswith("VV") for t in toks) and any(t.tag == "EP" for t in toks) \
        and toks[-1].tag == "EC"


def _drop_lede_repeats(events: list[Event], sentence_of: dict[int, int],
                       sents: Optional[list[Sentence]] = None, text: str = "") -> list[Event]:
    return _merge_restated(_drop_lede_summary(events, sentence_of, sents, text), sentence_of, text)


# A detention told again by the state it left the people in (조사를 받았다, 갇혀 있다,
# 구류장에서 지냈다, 가둬 두고, 40일 동안 가뒀다가 넘겼다) rather than by a new taking: the same detention, when the
# same people and the same organ were held a few sentences before, unless the text marks a
# new act (다시, 또, 재차). (As the English reader merges a custody told twice.)
_HELD_STATE = re.compile(r"\S*?(?:조사를?\s*받|조사받|갇혀\s*(?:있|지내|지냈)|잡혀\s*(?:있|지내|지냈)"
                         r"|가둬\s*두|가두어\s*두|가뒀다가|가두었다가)")
_HELD_AT = re.compile(r"\S*\s+(?:\S+\s+){0,3}?(?:있었|있다가|지냈|지내|머물)")
# 보위성 측에 넘겼다, 연락원에게 알렸다: the organ that receives what a proxy gathers watches through him, however a
# court of the South tells it (재판부는 ... 인정했다).
_PROXY_RECIPIENT = re.compile(r"(?:보위|공작원|요원|연락원)\S*(?:에게|한테|\s*쪽에|\s*측에|에)\s")
_FEARED = re.compile(r"\s*(?:봐|보아|싶|두려|걱정|겁)")  # after ~ㄹ까: 잡혀갈까 봐, 끌려갈까 두려워
_FEARED_NOUN = re.compile(r"\s+(?:두려|무서|겁이|겁나|겁을|걱정)")  # after a noun's 이/가/을/를: 단속이 두려워
_AGAIN = re.compile(r"다시|또다시|(?<!\S)또(?!한)\s|재차|두\s*번째|이번에는|이번엔|(?<!\S)다른\s")
_RESTATED_WITHIN = 5  # sentences


def _restates(ev: Event, text: str) -> bool:
    if ev.type != "DETAIN" or ev.trigger_start is None:
        return False
    at = ev.trigger_start
    if _term(ev) in ("구류장", "구류소"):
        held = _HELD_AT.match(text, at)
    else:
        held = _HELD_STATE.match(text, at)
    return bool(held) and not _AGAIN.search(text, ev.evidence.start, ev.evidence.end) \
        and not _TAKEN_THERE.search(text, ev.evidence.start, at)


# Custody told with the move that brought the people there (보위부로 이송돼 두 달 동안 조사를 받았다):
# a telling of the taking itself, in detail, not only of the state it left them in.
_TAKEN_THERE = re.compile(r"이송[되돼됐]|넘겨[져졌지]|압송[되돼됐]|끌려\s*(?:가|와|갔|왔)|호송[되돼됐]")


def _same_hold(first: Event, later: Event) -> bool:
    a = first.perpetrator.actor if first.perpetrator else None
    b = later.perpetrator.actor if later.perpetrator else None
    if a and b and not (a == b or a.startswith(b + ".") or b.startswith(a + ".")):
        return False
    ta = first.target.category if first.target else None
    tb = later.target.category if later.target else None
    if ta is not None and tb is not None and ta != tb:
        return False
    # (응답자들 ... 추궁당했다, then A씨는 ... 조사를 받았다: a person named by name who was
    # not the one held before is someone else's case)
    na, nb = _named(first), _named(later)
    return nb is None or na == nb


def _named(ev: Event) -> Optional[str]:
    m = _PERSON_NAME.search(ev.target.text or "") if ev.target else None
    return m.group(1) if m else None


_PERSON_NAME = re.compile(r"([가-힣A-Z]{1,3})\s*(?:모\s*)?씨")


def _merge_restated(events: list[Event], sentence_of: dict[int, int], text: str) -> list[Event]:
    kept: list[Event] = []
    for ev in events:
        si = sentence_of.get(id(ev))
        first = next((k for k in reversed(kept) if k.type == "DETAIN" and si is not None
                      and 0 < si - sentence_of.get(id(k), -99) <= _RESTATED_WITHIN and _same_hold(k, ev)),
                     None) if _restates(ev, text) else None
        if first is not None:
            _inherit(first, ev)
            continue
        kept.append(ev)
    return kept


def _drop_lede_summary(events: list[Event], sentence_of: dict[int, int],
                       sents: Optional[list[Sentence]] = None, text: str = "") -> list[Event]:
    """A report's first sentence with acts sums up what it then tells in
    detail: an act of a type told again later is kept at the later, more
    specific passage only."""
    if not events:
        return events
    # (a lede split in two clauses is still one sentence: later means after it)
    lede = min(sentence_of[id(e)] for e in events)
    if sents and sents[lede].paragraph != _lead_paragraph(sents, text):
        return events  # the lead paragraph told no act: the first act is a detail, not its summary
    if sents and lede > 0 and sents[lede - 1].paragraph == sents[lede].paragraph \
            and _SENTENCE_END.search(text[sents[lede - 1].start:sents[lede - 1].end]) \
            and _STORY_TELLER.search(text, sents[lede - 1].start, sents[lede].end):
        return events  # a story told from its start (강을 건넜는데 ... 끌고 갔어요): no summary opens it
    # (북한은 과거에도 ... 올려 왔다: an earlier act of the same kind, not the lede's detail)
    # (민박집 주인도 함께 연행됐다: someone else taken along with the lede's people, not its detail)
    # (구류소에서 두 달 가까이 지냈다: the custody the lede's arrest began, told as a state, is no
    # more specific telling of the arrest; it is merged into it below)
    details = [e for e in events if sentence_of[id(e)] != lede and not _scope("precedent").search(e.evidence.text)
               and not _ALSO_TAKEN.search(e.evidence.text) and not _AGAIN.search(e.evidence.text)
               and not _restates(e, text)]
    # (중국 공안이 ... 연행했다 in the lede and 보위부 조사 later: another state's act, not its detail)
    # (노동교화형 10년을 선고했다 in the lede, 가산을 몰수하고 later: a second penalty, not the term's detail)
    detail_of = {id(e): next((x for x in details if x.type == e.type and _actors_agree(x, e)
                              and not _other_penalty(x, e)), None)
                 for e in events if sentence_of[id(e)] == lede}
    for e in events:
        if detail_of.get(id(e)) is not None:
            _inherit(detail_of[id(e)], e)
    # 공개재판이 열렸다 (the lede) ... 공개재판이 열려 ... 선고됐다: the same word told in
    # detail, where the detail shows what the act was
    terms = {_term(e) for e in details}
    return [e for e in events if sentence_of[id(e)] != lede
            or (detail_of[id(e)] is None and _term(e) not in terms)]


def _party_penalty(hit: Hit, text: str, sent: Sentence) -> bool:
    """A penalty on Party membership (lexicon/penalty_kinds.tsv, kind party), named with the Party
    where the word alone could take other things away (당적 박탈, not 자격 박탈)."""
    before = text[max(sent.start, hit.start - 20):hit.start]
    if conventions.penalty_kind("ko", hit.trigger.term, before) != "party":
        return False
    return hit.trigger.term == "출당" or bool(_PARTY_WORD.search(before + text[hit.start:hit.end]))


_PARTY_WORD = re.compile(r"당적|당원|당에서|당증|입당|당\s*명부")


def _other_penalty(a: Event, b: Event) -> bool:
    """Two penalties of different kinds (lexicon/penalty_kinds.tsv): two acts, never one told twice."""
    if a.type != "PUNISH" or b.type != "PUNISH":
        return False
    ka, kb = _penalty_kind(a), _penalty_kind(b)
    return bool(ka and kb and ka != kb)


def _penalty_kind(ev: Event) -> Optional[str]:
    # 쫓겨나다 and 그만두다 name no kind by themselves: the words just before the verb say which
    # (대학에서 제적됐고, 사위는 무역회사에서 쫓겨났다: the second a post).
    at = ev.trigger_start - ev.evidence.start if ev.trigger_start is not None else len(ev.evidence.text)
    return conventions.penalty_kind("ko", _term(ev), ev.evidence.text[max(0, at - 20):at])


def _actors_agree(a: Event, b: Event) -> bool:
    """The same state's organ, or one telling naming none: China's police and the North's organs never agree."""
    ka = a.perpetrator.actor if a.perpetrator else None
    kb = b.perpetrator.actor if b.perpetrator else None
    return ka is None or kb is None or ka.split(".")[0] == kb.split(".")[0]


_STORY_TELLER = re.compile(r"(?<![가-힣])(?:나는|내가|나를|나도|내\s|저는|제가|저를|우리\s|우리가|우리는)")
# (풀려났던 박씨는 이달 초 다시 보위부에 끌려가: done again; 다른 주민 여러 명이 갇혀 있다: to others;
# a new act, not the lede's detail)
_AGAIN = re.compile(r"(?<![가-힣])(?:다시|또다시|재차|다른)\s")
_ALSO_TAKEN = re.compile(r"\S도\s+(?:함께|같이)\s")


def _term(ev: Event) -> str:
    return ev.extractor.rule.rsplit(":", 1)[-1]


def _lead_paragraph(sents: list[Sentence], text: str) -> int:
    """The paragraph the report opens with: a line that ends like no sentence
    (a section tag, a byline, "[...] 제공 기사입니다") comes before the lead."""
    for s in sents:
        if _SENTENCE_END.search(text, s.start, s.end):
            return s.paragraph
    return sents[0].paragraph


_SENTENCE_END = re.compile(r"[.?!。][\"”’')\]]*\s*$")


def _inherit(detail: Event, lede: Event) -> None:
    """The lede names who did what its later passage tells without an agent
    (보위성 요원들에게 납치돼 ... / 승합차에 강제로 태워졌다): the same act, so
    the same perpetrator."""
    if detail.perpetrator is None and lede.perpetrator is not None:
        detail.perpetrator = lede.perpetrator


# --- noun phrases and what they name -----------------------------------------

def _phrase(sent: Sentence, wi: int, text: str, lex: KoLexicon, actors: ActorLexicon,
            attr_spans: list[tuple[int, int]]) -> Optional[Phrase]:
    word = sent.words[wi]
    if not word.nominal:
        return None
    start, end = noun_phrase(sent.words, wi)
    if any(a <= start < b or a < end <= b for a, b in attr_spans):
        return None  # the reporter's source is never an actor or a target
    ptext = text[start:end]
    phrase = Phrase(start, end, ptext)
    phrase.actor = _widened(_actor(ptext, start, sent, actors), text, sent, actors)
    if phrase.actor is not None and lex.states_by_name.get(text[start:phrase.actor.start].strip()) == "-":
        # 러시아 당국, 라오스 경찰: another state's authorities or police, no North Korean body
        phrase.actor = None
    if phrase.actor is None and word.role == "subj":
        key = lex.states_by_name.get(ptext)
        if key is not None and key != "-":  # 북한은 국경을 봉쇄했다: the state acts through its government
            phrase.actor, phrase.state = ActorMatch(start, end, ptext, key, False), True
    forms = [t.form for w in sent.words[_first_word(sent.words, wi, start):wi + 1]
             for t in _compound_heads(w, lex)]
    terms = lex.target_terms(forms, ptext)
    if any(t.term not in _COUNTS for t in terms):
        # 간첩 두 명, 주민 3명: the count only stands for people when nothing else names them
        terms = [t for t in terms if t.term not in _COUNTS]
    elif terms and _counted_noun_before(sent, wi):
        terms = []  # (간첩 두 명: the noun before the number names them)
    if not terms and word.tokens[0].tag == "NP" and word.tokens[0].form in ("이들", "그들", "이", "그", "그녀", "저", "제", "나", "내", "저희"):
        # 이들은: the people the report spoke of last; 송환된 이들: people sent back;
        # 저는, 제가 in a testimony: the witness the report is about
        phrase.person = "returnee" if _returned(sent, wi, start) else "pronoun"
    elif not terms and word.tokens[0].tag == "SL" and len(word.tokens[0].form) == 1 and word.tokens[0].form.isupper():
        # 증언자 C는, B는: a witness or victim the report names by one letter points back like 그는
        phrase.person = "returnee" if _returned(sent, wi, start) else "pronoun"
    if (not terms or terms[-1].kind == "generic") and _broker_clause(sent, wi, text, start):
        phrase.person = "broker"  # 도강을 도와준 남성, 브로커로 지목된 남성
        return phrase
    if terms:
        kinds = {t.kind for t in terms}
        head = terms[-1]  # the rightmost noun heads the phrase: 탈북 브로커 is a broker
        if head.kind == "worker":
            # 노동자, 종업원: sent abroad to work when the sentence says where (단둥의
            # 공장, 러시아에 파견된), else a worker like any resident
            phrase.person = "worker_abroad" if _WORK_ABROAD.search(text, sent.start, sent.end) \
                or lex.abroad.search(text, sent.start, sent.end) else "generic"
        elif head.kind == "family" and "defector" not in kinds and not _left_modifier(sent, wi) \
                and any(t.kind == "person" and t.category != "resident" or t.category == "other"
                        for t in terms[:-1]):
            phrase.person = "family_other"  # 처형된 간부들의 가족: kin of someone who did not leave
        elif head.kind == "person" and head.category == "resident" \
                and (_kin_abroad_clause(sent, start, lex) or _calls_kin_abroad(sent, wi, lex)):
            phrase.person = "family_defector"  # 한국에 있는 가족과 통화한 주민 3명
        elif head.kind == "family" or (head.kind == "generic" and _family_near(sent, wi, lex)):
            # (a generic person reaches here only when kin who left are named before it)
            phrase.person = "family_defector" if "defector" in kinds or _left_modifier(sent, wi) \
                or head.kind == "generic" else "family"
            phrase.kin_of_defector = head.kind == "generic" and phrase.person == "family_defector"
            # (부모 집: the parents' home is kin's; only a home named alone is the household)
            phrase.household = all(t.term in _HOUSEHOLD for t in terms if t.kind == "family")
        elif _returned(sent, wi, start):
            phrase.person = "returnee"  # 북송된 리 씨, 재입북한 남성
        elif head.kind == "generic" and not any(t.kind == "person" for t in terms) \
                and _left_modifier(sent, wi):
            phrase.person = "defector"  # 탈북해 정착했던 30대 남성, 한국에 간 여성: who left
        elif head.kind == "generic":
            kinds.discard("generic")
            # the last person word, if any: other kinds of word (kin, places) name no person
            phrase.person = next((t.category for t in reversed(terms) if t.kind in ("person", "defector")),
                                 "generic")
        else:
            phrase.person = next((t.category for t in reversed(terms) if t.kind in ("person", "defector")),
                                 "generic")
    return phrase


def _compound_heads(w: Word, lex: KoLexicon) -> list:
    """The tokens of a word less the people-nouns that only open a compound naming a
    thing (인민문화궁전, 주민등록증, 노동자구): the noun that closes a compound heads it.
    (A one-syllable rest may be Kiwi's split of the person noun itself: 탈북+민.)"""
    toks = w.tokens
    keep = []
    for i, t in enumerate(toks):
        rest = []
        for u in toks[i + 1:]:
            if u.tag not in ("NNG", "NNP"):
                break
            rest.append(u.form)
        if t.tag.startswith("NN") and rest and len("".join(rest)) >= 2 \
                and not any(f in lex.targets for f in rest):
            continue
        keep.append(t)
    return keep


_COUNTS = ("명", "상당수", "나머지")  # people named by a count or a share (ko_targets.tsv)
# Acts people also do to one another (a promise, a look, a call at home, a warning): with no
# organisation in view, a person doing them is no state act.
_EVERYDAY_ACTS = ("INDUCE", "SURVEIL", "VISIT", "THREATEN")


def _counted_noun_before(sent: Sentence, wi: int) -> bool:
    j = wi - 1
    while j >= 0 and all(t.tag in ("MM", "SN") for t in sent.words[j].tokens):
        j -= 1
    # (이 가운데 두 명, 그중 세 명: a share of people named before, not a noun naming them)
    return j < wi - 1 and j >= 0 and sent.words[j].nominal \
        and sent.words[j].tokens[0].form not in ("가운데", "중", "그중", "이중", "이들", "그들")


def _first_word(words: list[Word], wi: int, start: int) -> int:
    """Index of the first word of the noun phrase at ``start`` that ends with word ``wi``."""
    j = wi
    while j > 0 and words[j - 1].start >= start:
        j -= 1
    return j


_WORK_ABROAD = re.compile(r"파견|해외|외화벌이")


# A person named by the help they gave people to leave or to keep in touch is a broker.
_BROKER_CLAUSE = re.compile(r"(?:도와|도운|돕던|돕는|알선|중개|주선|브로커로|브로커 일)")


def _broker_clause(sent: Sentence, wi: int, text: str, start: int) -> bool:
    before = [w for w in sent.words[max(0, wi - 6):wi] if w.end <= start]
    if not before or before[-1].tokens[-1].tag != "ETM":
        return False  # only a relative clause right before the noun describes it
    return bool(_BROKER_CLAUSE.search(text, before[0].start, before[-1].end))


# (돌아온 여성: one who came back, told of by what was done to her after)
_RETURN_MARKS = ("북송", "강제북송", "송환", "강제송환", "재입북", "돌아오")


def _family_near(sent: Sentence, wi: int, lex: KoLexicon) -> bool:
    # 딸이 한국에 간 여성: a person whose relative left is a defector's family.
    near = [t.form for w in sent.words[max(0, wi - 5):wi] for t in w.tokens]
    if any(lex.targets.get(f) and lex.targets[f].kind == "family" for f in near) \
            and _left_modifier(sent, wi):
        return True
    # 한국에 사는 딸이 보낸 돈을 받은 회령시의 60대 여성: the kin who left may sit further
    # back, as long as the relative clause before the person has not ended (no -고, -며, ...).
    for k in range(wi - 1, max(-1, wi - 12), -1):
        w = sent.words[k]
        if k < wi - 1 and w.tokens[-1].tag in ("EC", "EF", "SF", "SP"):
            return False
        if any(lex.targets.get(t.form) and lex.targets[t.form].kind == "family" for t in w.tokens) \
                and _left_modifier(sent, k):
            return True
    return False


_CONTACT = ("통화", "연락", "전화", "송금", "편지")


def _kin_abroad_clause(sent: Sentence, start: int, lex: KoLexicon) -> bool:
    # 한국에 있는 가족과 통화한 주민 3명: a relative clause (ending right before the
    # phrase) about kin in the South makes residents a defector's family.
    first = next((j for j, w in enumerate(sent.words) if w.start >= start), len(sent.words))
    if first == 0 or sent.words[first - 1].tokens[-1].tag != "ETM":
        return False
    for k in range(max(0, first - 8), first):
        w = sent.words[k]
        if any(lex.targets.get(t.form) and lex.targets[t.form].kind == "family" for t in w.tokens) \
                and _left_modifier(sent, k):
            return True
    return False


def _calls_kin_abroad(sent: Sentence, wi: int, lex: KoLexicon) -> bool:
    # 주민 3명이 한국에 있는 가족과 통화하다 붙잡혔다: residents in touch with kin in
    # the South are a defector's family; the contact follows the subject.
    if sent.words[wi].role != "subj":
        return False
    for k in range(wi + 1, min(len(sent.words) - 1, wi + 5)):
        w = sent.words[k]
        if any(lex.targets.get(t.form) and lex.targets[t.form].kind == "family" for t in w.tokens) \
                and _left_modifier(sent, k) \
                and any(t.form in _CONTACT for x in sent.words[k:k + 3] for t in x.tokens):
            return True
    return False


def _returned(sent: Sentence, wi: int, start: int) -> bool:
    # A participle of return right before the phrase (북송된 리 씨) makes its people returnees.
    prev = [w for w in sent.words[max(0, wi - 3):wi] if w.end <= start][-1:]
    return any(w.tokens[-1].tag == "ETM" and any(t.form in _RETURN_MARKS for t in w.tokens) for w in prev)


_SOUTH = ("한국", "남한", "남조선")
# 한국에 간/사는/있는/정착한 아들: Kiwi reads 사는 as 사다 as often as 살다.
_IN_SOUTH_VERBS = ("가다", "있다", "살다", "사다", "정착하다", "정착", "넘어가다", "건너가다", "오다", "계시다",
                   "도망치다", "도망가다", "달아나다", "탈출하다")


def _left_modifier(sent: Sentence, wi: int) -> bool:
    # 탈북한 아들의 가족, 한국에 간 가족: a clause about leaving modifies the family noun.
    words = sent.words
    for k in range(max(0, wi - 5), wi):  # (아들이 한국에 간 60대 남성: the clause, then an age)
        w = words[k]
        if any(t.form in ("탈북", "탈북자", "탈북민", "행방불명") for t in w.tokens):
            return True  # (아들이 행방불명된 여성: "gone missing" is how the North's people say one left)
        nxt = words[k + 1]
        if any(t.form in _SOUTH for t in w.tokens) and korean.lemma(nxt.tokens[0]) in _IN_SOUTH_VERBS:
            return True
        if any(t.form in _ACROSS for t in w.tokens) and korean.lemma(nxt.tokens[0]) in _CROSSING_VERBS:
            return True  # 중국으로 건너간 여성: one who crossed the border, not one who went to trade
    return False


_ACROSS = ("중국", "러시아", "강", "두만강", "압록강", "국경")
_CROSSING_VERBS = ("건너가다", "넘어가다", "도망가다", "달아나다", "도망치다")


def _actor(ptext: str, start: int, sent: Sentence, actors: ActorLexicon) -> Optional[ActorMatch]:
    """The most specific actor the phrase names. An alias must cover whole
    Kiwi tokens, so 당 does not fire inside 당시 or 당했다."""
    starts, ends = sent.token_bounds()
    base = sent.words[0].start - sent.words[0].tokens[0].start
    found = []
    for m in _aliases_in(actors, ptext):
        if m.start + start - base in starts and (m.end + start - base in ends or " " in m.text):
            found.append(ActorMatch(m.start + start, m.end + start, m.text, m.key, m.generic))
    if not found:
        return None
    specific = [m for m in found if not m.generic]
    if specific:
        # the most specific unit; among equals the first named (안전부 주재원과 보위원들:
        # the organisation the phrase opens with leads)
        return max(specific, key=lambda m: (m.key.count("."), -m.start))
    return found[-1]


def _widened(m: Optional[ActorMatch], text: str, sent: Sentence, actors: ActorLexicon) -> Optional[ActorMatch]:
    """The longer name an organ word ends, when the word before the phrase belongs to it (군 보위국 조사실로:
    the army's security bureau, though Kiwi leaves 군 outside the phrase 보위국 조사실)."""
    if m is None or m.generic:
        return m
    before = [w for w in sent.words if w.end <= m.start]
    if not before:
        return m
    lo = before[-1].start  # the one word before
    for w in actors.find(text[lo:m.end], lo):
        if w.end == m.end and w.start < m.start and not w.generic and w.key != m.key:
            return w
    return m


@lru_cache(maxsize=8192)
def _aliases_in(actors: ActorLexicon, ptext: str) -> tuple[ActorMatch, ...]:
    # The same noun phrases (보위부, 주민들, 탈북자 가족) come back sentence after
    # sentence, and the alias scan is a large regex: remember it per phrase text.
    return tuple(actors.find(ptext))


# --- triggers ----------------------------------------------------------------

def _triggers(sent: Sentence, lex: KoLexicon, phrases: list, stext: str,
              disc: Optional["_Discourse"] = None) -> list[Hit]:
    hits = []
    for wi, w in enumerate(sent.words):
        for ti, t in enumerate(w.tokens):
            trig = None
            last = ti  # the trigger's last token (a noun Kiwi split may span two)
            if t.tag.startswith(("NN", "MAG")):
                trig = lex.nouns.get(t.form)
                if trig is None and t.tag.startswith("NN"):
                    trig, last = _split_noun(w, ti, lex)
            elif t.tag.startswith("VV"):
                trig, aux = _compound(sent, wi, ti, lex, stext)
                trig = trig or lex.verbs.get(korean.lemma(t))
            elif t.tag.startswith("VX"):
                # 대주겠다, 보내주겠다: the promise is the benefactive auxiliary 주다.
                trig, aux = lex.verbs.get(korean.lemma(t)), None
            if trig is not None and trig.pos == "N" and last + 1 < len(w.tokens) \
                    and (w.tokens[last + 1].tag.startswith(("NNG", "NNP"))
                         or w.tokens[last + 1].tag == "XSN" and w.tokens[last + 1].form in ("자", "원", "소", "장")
                         or w.tokens[last + 1].form == "차"):
                trig = None  # 구류장, 단속원, 체포영장, 방문차: the act names a place, a thing or a purpose
            if trig is not None:
                # 세우다 is an act only as 앞에 세우다; a word with several senses takes
                # the first whose cue matches.
                trig = next((c for c in (trig,) + (lex.senses or {}).get((trig.pos, trig.term), ())
                             if c.cue is None or c.cue.search(stext if c.scope == "sentence"
                                                              else _window(sent, wi, stext))), None)
            if trig is not None and trig.pos == "V" and trig.term == "주다" and _light_object(sent, wi, lex):
                trig = None  # 겁을 주다, 망신을 주다: the noun before names the act, 주다 is only its verb
            if trig is not None and trig.type in ("DETAIN", "ABDUCT", "ASSAULT") and _kin_as_agent(sent, wi, lex):
                trig = None  # 시어머니한테 잡혀 갔대, 남편한테 끌려갔어: taken along by kin, no state's act
            if trig is not None and _without(sent, wi):
                trig = None  # 경고 없이: the act is named as absent
            if trig is not None and trig.pos == "N" and _a_moment(sent, wi):
                trig = None  # 체포 당시, 예심을 받을 때: a time told by an act, told elsewhere
            if trig is not None and trig.pos == "N" and trig.type == "REPATRIATE" and _a_kind_of_people(sent, wi):
                trig = None  # 송환 여성 27명, 북송 탈북민들: people named by what befell them, as "returnees" are
            if trig is not None and trig.pos == "N" and trig.type in ("PUNISH", "DETAIN") \
                    and _a_kind_of_people(sent, wi, _INMATES):
                trig = None  # 단련대 수감자들은 ... 돌을 깨고 날랐다: inmates named by where they are held
            if trig is not None:
                base = w.base
                # A split verb's predicate starts after its auxiliary (불려가 조사를 받았다).
                tok = aux if t.tag.startswith(("VV", "VX")) and aux is not None else ti
                hits.append(Hit(trig, wi, tok, base + t.start, base + w.tokens[last].end))
                forced = _forced_shaming(trig, lex)
                if forced is not None:
                    hits.append(Hit(forced, wi, tok, base + t.start, base + w.tokens[last].end))
    strong = [h for h in hits if h.trigger.gate != "weak"]
    kept = []
    for h in hits:
        g = h.trigger.gate
        if g == "weak" and any(abs(s.word - h.word) <= 3 for s in strong):
            continue  # 강제로 추방했다 is an expulsion; 감시를 강화했다 is surveillance
        narrated = disc is not None and disc.narrator is not None and _own_act(sent, h, stext, phrases)
        if g == "context" and not any(p and (p.person or p.actor) for p in phrases) \
                and not _sentenced(sent, h) and _said_harm(sent, h) is None and not narrated \
                and not (h.trigger.type in ("DETAIN", "ASSAULT") and _CUSTODY_PLACE.search(stext)):
            # (a threat heard, 나오면 단련대행이라는 말을 들었다, may name nobody; custody told in a place of
            # custody, 집결소에 두 달 갇혀 있었어요, is custody whoever the speaker leaves unsaid)
            continue
        if g == "context" and not any(p and p.actor for p in phrases) and disc is not None \
                and disc.actor is None and not disc.told and _IN_SOUTH.search(stext) \
                and not _NK_IN_VIEW.search(stext) and not _detection(h.trigger):
            # 한국에 와서 식당 주인에게 경고를 들었다: life in the South, no state in view (a call to
            # the South caught by detection, 한국의 아들과 통화하다 탐지에 걸렸다, is the North's watching)
            continue
        if h.trigger.pos == "V" and "다시피" in sent.words[h.word].endings():
            continue  # 쫓겨나다시피 그만뒀다: likened to the act, not the act
        if h.trigger.pos == "V" and any(e in ("ᆯ까", "ㄹ까", "을까") for e in sent.words[h.word].endings()) \
                and _FEARED.match(stext, sent.words[h.word].end - sent.start):
            continue  # 오빠가 잡혀갈까 봐 무서워요: an act feared, not one done
        if h.trigger.pos == "N" and _FEARED_NOUN.match(stext, sent.words[h.word].end - sent.start) \
                and stext[sent.words[h.word].end - sent.start - 1] in "이가을를":
            continue  # 단속이 두려워 ... 돌아갔다, 송환을 두려워해: an act feared, not one done
        if g == "actor" and not any(p and p.actor for p in phrases) and not _organ_just_named(sent, h, phrases, disc) \
                and not narrated:
            continue
        if g == "passive" and _voice(sent, h, tail_string(sent, h.word, h.token)) != "passive":
            continue  # 조사를 받았다 (was questioned), not 조사 과정에서
        # (a verb of going back needs the one who left as its subject: officials who
        # threatened a defector's family and 돌아갔다 return nowhere)
        if g == "defector" and not (any(p and p.person in ("defector", "returnee")
                                        and (h.trigger.pos != "V" or (
                                            sent.words[j].role == "subj" and not _in_relative(sent, j)))
                                        for j, p in enumerate(phrases))
                                    or _NORTHWARD.search(stext)
                                    or _focus_returns(sent, phrases, stext, disc)):
            continue
        if h.trigger.type == "RETURN" and h.trigger.pos == "N" and not _predicative(w_of(sent, h), h):
            continue  # 재입북 경위, 재입북 뒤에는: the return is named, not told
        if h.trigger.type == "RETURN" and _bidden(sent, h):
            continue  # 돌아오라고 말했다: a return asked for, not made
        if h.trigger.gate == "passive" and _described_after(sent, h, told_types(disc)):
            continue  # 조사를 받은 가족들은 ...: the people the summons told of, named by it
        if h.trigger.type == "VISIT" and h.trigger.pos == "V" and _summoned_named(sent, h, told_types(disc)):
            continue  # 불려 온 가족들에게 서약서를 쓰게 하고: the people a summons told before brought, named by it
        if _embedded(sent, h, hits, stext):
            continue
        if _named_only(sent, h, stext):
            continue
        if _in_title(sent, h, stext):
            continue  # '강제송환 이후의 삶' 보고서: a report's title names the act, tells none
        if h.trigger.type == "RETURN" and _thing_returns(sent, h, lex):
            continue  # 장마전선은 ... 북쪽으로 돌아올 것으로 보인다: weather comes back, no one returns
        if h.trigger.type == "RESTRICT" and _mundane_object(sent, h, lex, phrases):
            continue  # 과속하는 화물차를 단속하다, 차량 출입을 통제하다: traffic, not people
        if _job_name(sent, h, phrases, stext):
            continue  # "단속하는 보안원들도 친절해졌다": officers named by their work, no act told
        if h.trigger.pos == "N" and _as_time(sent, h, told_types(disc)):
            continue  # 두 번째 방문 때, 처형 장면을 보게 했다: an act told before, now naming a time or a sight
        if h.trigger.pos == "V" and _since_told(sent, h, told_types(disc)):
            continue  # 끌려간 뒤로 가족을 못 만났다: an arrest told before, now naming since when
        if h.trigger.pos == "V" and _before_it(sent, h):
            continue  # 북한으로 돌아가기 두 달 전인 지난해 10월: a time reckoned from the act, not the act
        kept.append(h)
    # 보위원들이 찾아와 ... 데려갔다: coming to the house to take people away is the arrest.
    # So is coming to carry goods off (와서 자전거까지 다 끌어갔다): the seizure is the act.
    takes = [h for h in kept if (h.trigger.type in ("DETAIN", "ABDUCT")
                                 or h.trigger.type == "PUNISH" and h.trigger.term in _CARRYING_OFF)
             and h.trigger.gate != "passive"]
    if takes:
        kept = [h for h in kept if not (h.trigger.type == "VISIT" and h.trigger.pos == "V" and any(
            t.word > h.word and not _new_clause(sent, h.word, t.word) for t in takes))]
    # 공안이 들이닥쳐 ... 끌고 갔다: a word of arrest anywhere after the coming makes it the arrest's,
    # in any clause and whatever the word's voice.
    arrests = [h.word for h in kept if h.trigger.type == "DETAIN" and h.trigger.term in _ARRESTING]
    if arrests:
        kept = [h for h in kept if not (h.trigger.type == "VISIT" and h.word < max(arrests))]
    # Taking a person away by force across a border is one abduction: the car,
    # the "dragging off" and the handing over in its clause are its steps.
    if any(h.trigger.type == "ABDUCT" for h in kept):
        kept = [h for h in kept if h.trigger.type not in ("DETAIN", "REPATRIATE", "COERCE")]
    # 추방돼 북으로 돌아왔다: a person sent back comes back by force; the coming back in the
    # clause is the repatriation's end, not a return of their own (contract: RETURN unless forced).
    sent_back = [h for h in kept if h.trigger.type == "REPATRIATE"]
    if sent_back:
        kept = [h for h in kept if not (h.trigger.type == "RETURN" and any(
            r.word < h.word and not _new_clause(sent, r.word, h.word) for r in sent_back))]
    # A passive participle that describes people (체포된 주민, 북송된 사람들) names an
    # act told elsewhere, when the sentence tells another act.
    told = disc.told if disc is not None else set()
    if len({h.trigger.type for h in kept}) > 1 or any(h.trigger.type in told for h in kept):
        kept = [h for h in kept if not (_described(sent, h, phrases)
                                        and (h.trigger.type in told or len(kept) > 1))] \
            or [h for h in kept if h.trigger.type not in told]  # (넘겨진 두 사람: told already)
    # 구류소에 갇혀 있다가 ... 넘겨졌다: once the detention is told, being held is the
    # background of the next act in the clause, not a detention of its own.
    if "DETAIN" in told:
        kept = [h for h in kept if not (h.trigger.type == "DETAIN" and _held_until(sent, h) and any(
            o.trigger.type != "DETAIN" and o.word > h.word and not _new_clause(sent, h.word, o.word)
            for o in kept))]
    # 불려가 조사를 받았다: the questioning is what the summons was for.
    if any(h.trigger.type == "VISIT" for h in kept):
        kept = [h for h in kept if h.trigger.gate != "passive"]
    # (불러 ... 전화를 걸게 했다: the summons is a visit of its own beside the coercion it served,
    # bench/CODING.md 1.1: "called her in ... and made her phone her son" is VISIT + COERCE.)
    # 신고하면 식량을 주겠다며 밀고를 부추겼다: informing paid for is the inducement; the
    # informing named in the same sentence is its goal, not watching of its own.
    if any(h.trigger.type == "INDUCE" for h in kept):
        kept = [h for h in kept if not (h.trigger.type == "SURVEIL" and h.trigger.tactic == "informant"
                                        and h.trigger.pos == "N")]
    return _speech_part(sent, [r for r in (_retyped(sent, h, phrases) for h in kept) if r is not None],
                        phrases, stext)


# Trials staged before a crowd: in a square (공개재판), by the crowd (군중심판), on the spot (이동재판), on tour (순회재판).
_PUBLIC_TRIALS = ("공개재판", "군중심판", "이동재판", "순회재판")
# After the trigger: a norm (송환돼서는 안 된다) or the act stopping (북송이 멈췄다, 중단됐다).
# Or the act as a point in time for another (추방에 앞서: told in its own place).
_NORM_OR_STOP = re.compile(r"^\S*(?:서는|서도|선)\s+안\s*(?:된|되|될)|^\S*에\s+앞서\s"
                           r"|^\S*\s+(?:한동안\s+|잠시\s+|일시\s+|사실상\s+)?(?:멈[추췄춘춰]|중단[되됐된돼]|중지[되됐된돼]|끊[겼기긴])")
_UNDERGONE = ("경험", "체험", "겪다")


# Acts that need their actor named (추적, 종용) but read plainly as the state's when the
# subject is left out right after an organ was named: 보위부는 ... 적어 올리게 했다. 지금은
# 번호를 하나하나 추적해 ...: the organ of the sentence or two before, in the same paragraph.
# (Visits and reading or speaking are everyday deeds: those stay with a named actor.)
_OMITTED_SUBJECT_OK = ("SURVEIL", "COERCE", "DETAIN")


def _forced_shaming(trig: Trigger, lex: KoLexicon) -> Optional[Trigger]:
    """전교생 앞에서 반성문을 읽게 했다, 회의에서 자술서를 읽어야 했다: a confession read out
    before people because one was made to is the shaming (PROPAGANDA) and the forcing
    (COERCE) both (bench/CODING.md). The forcing takes the verb's COERCE sense, read
    under the shaming's gate, since the shaming's cue already holds the forced form."""
    if trig.type != "PROPAGANDA" or trig.tactic != "public_criticism" or trig.pos != "V":
        return None
    coerce = next((c for c in (lex.senses or {}).get((trig.pos, trig.term), ()) + (lex.verbs.get(trig.term),)
                   if c is not None and c.type == "COERCE"), None)
    return None if coerce is None else replace(coerce, gate=trig.gate, cue=None, tactic="forced_confession")


def _organ_just_named(sent: Sentence, h: Hit, phrases: list, disc: Optional[_Discourse]) -> bool:
    if disc is None or disc.actor is None or disc.actor.generic or h.trigger.type not in _OMITTED_SUBJECT_OK:
        return False
    if h.trigger.pos == "V" and h.trigger.type == "COERCE":
        return False  # (읽다, 말하다, 받다: everyday verbs)
    if disc.actor_para != sent.paragraph or not 1 <= disc.sent_no + 1 - disc.actor_sent <= 2:
        return False
    if disc.actor.key.startswith(("KR", "US", "JP")):
        return False
    # (지금은 ... 추적해: "now" as the topic is a time, not the one acting)
    return not _has_subject(sent, h, [None if p is not None and sent.words[j].role == "subj"
                                      and sent.words[j].tokens[_last_nominal(sent.words[j])].form in _NOW
                                      else p for j, p in enumerate(phrases)])


_NOW = ("지금", "요즘", "현재", "이제", "요즈음")


def _as_time(sent: Sentence, h: Hit, told: set[str]) -> bool:
    nxt = sent.words[h.word + 1] if h.word + 1 < len(sent.words) else None
    if nxt is None or sent.words[h.word].role != "bare" or not nxt.tokens[0].tag.startswith("NN"):
        return False
    # (선고 직후: "right after" dates what follows by an act named as known, told or not; an act
    # told before names a time, the people it falls on, or the sight people were shown of it)
    return nxt.tokens[0].form == "직후" or (h.trigger.type in told and nxt.tokens[0].form in
                                            ("때", "당시", "도중", "길", "대상", *_SIGHT))


def _since_told(sent: Sentence, h: Hit, told: set[str]) -> bool:
    """A verb of an act already told, in a clause that dates what follows by it (끌려간 뒤로, 잡혀간
    후에, 송환된 다음, 쫓겨나기 전까지): the act named again as a time, not told again."""
    if h.word + 1 >= len(sent.words) or h.trigger.type not in told and not (
            h.trigger.type == "DETAIN" and "ABDUCT" in told):
        return False  # (a taking told as an abduction before, 끌려간 뒤, is that abduction)
    rest, nxt = sent.words[h.word].tokens[h.token + 1:], sent.words[h.word + 1]
    if not nxt.tokens:
        return False
    if any(t.tag == "ETN" and t.form == "기" for t in rest) and nxt.tokens[0].form == "전":
        return True  # 쫓겨나기 전까지: the time before it
    if not any(t.tag == "ETM" for t in rest):
        return False
    return nxt.tokens[0].form in ("뒤", "후", "다음", "지")  # (끌려간 지 54년 만에: since it)



def _before_it(sent: Sentence, h: Hit) -> bool:
    """A verb nominalised with 기 and a span before it (돌아가기 두 달 전인, 북송되기 사흘 전에): the
    sentence dates something else by the act, told before or not."""
    rest = sent.words[h.word].tokens[h.token + 1:]
    if not any(t.tag == "ETN" and t.form == "기" for t in rest):
        return False
    for n, w in enumerate(sent.words[h.word + 1:h.word + 4]):
        if w.tokens and w.tokens[0].form in ("전", "직전"):
            return n > 0  # (데려오기 전엔 ... 말라: with no span, a condition, read as before)
        if not w.tokens or not any(t.tag in ("SN", "NR", "NNB", "MM") or t.form in ("달", "년", "해", "주", "날")
                                   for t in w.tokens):
            return False  # (only a span may stand between: 두 달, 사흘, 1년)
    return False


def _named_only(sent: Sentence, h: Hit, stext: str) -> bool:
    """The act is named, not told: as a norm (강제송환돼서는 안 된다), as
    stopping (북송이 한동안 멈췄다), or as what people have been through
    (강제송환을 경험한 탈북민 54명: a description of those interviewed)."""
    if _NORM_OR_STOP.search(stext[h.start - sent.start:]):
        return True
    if any(t.form in ("커녕", "은커녕", "는커녕") for t in sent.words[h.word].tokens[h.token + 1:]):
        return True  # 처벌은커녕 영웅 대접을: the act named as the one that will not come
    nxt = sent.words[h.word + 1] if h.word + 1 < len(sent.words) else None
    return bool(h.trigger.pos == "N" and sent.words[h.word].role == "obj" and nxt is not None
                and nxt.tokens[-1].tag == "ETM"
                and (nxt.tokens[0].form in _UNDERGONE or korean.lemma(nxt.tokens[0]) in _UNDERGONE))


# Life in the South told by the one who came (한국에 와서, 서울에 정착한 뒤), not kin there.
_IN_SOUTH = re.compile(r"(?:한국|남한|서울|대한민국)에\s*(?:와|왔|온|정착|살|입국|도착)")
# The North in view without an organisation named: 북한, 북송, 국경, 보위, 안전원 ...
_NK_IN_VIEW = re.compile(r"북한|북측|북송|조선|국경|보위|안전원|안전부|보안|당국|인민반|단련대|교화|수용소|관리소|평양|도강|탈북")


def told_types(disc: Optional["_Discourse"]) -> set[str]:
    return disc.told if disc is not None else set()


def _bidden(sent: Sentence, h: Hit) -> bool:
    # 돌아오라고, 돌아오라는, 돌아와라: an imperative ending on the verb itself.
    w = sent.words[h.word]
    rest = w.tokens[h.token + 1:]
    return bool(rest) and (rest[0].form in ("라고", "라는", "라며", "라면서", "으라고", "으라는")
                           or rest[0].form in ("어라", "아라", "라") and rest[0].tag == "EF")


def _described_after(sent: Sentence, h: Hit, told: set[str]) -> bool:
    """조사를 받은 가족들은 ...: a passive noun act whose verb is a participle
    naming people, after a summons or detention was told, names those people."""
    if not told & {"VISIT", "DETAIN"} or h.word + 1 >= len(sent.words):
        return False
    w = sent.words[h.word + 1]
    nxt = _next_noun_word(sent, h.word + 1)
    return bool(w.tokens[-1].tag == "ETM" and w.tokens[0].form in ("받", "당하")
                and nxt is not None and nxt.nominal and nxt.tokens[0].tag != "NNB" and nxt.role == "subj")


def _summoned_named(sent: Sentence, h: Hit, told: set[str]) -> bool:
    """불려 온 가족들에게, 불려 간 사람들은: a summons verb as a participle naming people, after a
    summons was told, names those people; the act is what the sentence goes on to tell."""
    if "VISIT" not in told or h.word + 1 >= len(sent.words):
        return False
    at = h.word
    w = sent.words[at]
    if w.tokens[-1].tag != "ETM":
        nxt = sent.words[at + 1]
        if not (nxt.tokens[0].tag.startswith("VX") or nxt.tokens[0].form in ("오", "가")) or nxt.tokens[-1].tag != "ETM":
            return False
        at += 1
    noun = _next_noun_word(sent, at)
    # (불려 다녔다는 말, 불려 간 뒤: what was said of a summons, or its time, names no people)
    return noun is not None and noun.nominal and noun.tokens[0].tag != "NNB" \
        and noun.tokens[0].form not in _NOT_PEOPLE_NAMED


# Nouns a participle of an act may name that are no people: what is said of it, its time.
_NOT_PEOPLE_NAMED = frozenset({"말", "소문", "얘기", "이야기", "증언", "소식", "사실", "뒤", "후", "다음", "직후", "때", "일",
                               "날", "이후", "끝", "과정", "경위"})


def _held_until(sent: Sentence, h: Hit) -> bool:
    """갇혀 있다가, 구금돼 있다가: a held state told as lasting until what follows."""
    toks = [t for w in sent.words[h.word:h.word + 2] for t in w.tokens]
    return any(a.form == "있" and a.tag == "VX" and b.form == "다가" for a, b in zip(toks, toks[1:]))


def _split_noun(w: Word, ti: int, lex: KoLexicon) -> tuple[Optional[Trigger], int]:
    """A trigger noun Kiwi split in two despite the user word (기자/회견 for
    기자회견): the adjoining nouns of one word that spell it, and the last one's index."""
    form, toks = w.tokens[ti].form, w.tokens
    for k in range(ti + 1, min(len(toks), ti + 3)):
        # (매/질 for 매질: a noun suffix Kiwi split off spells the word too)
        if not (toks[k].tag.startswith("NN") or toks[k].tag == "XSN" and toks[k].form == "질") \
                or toks[k].start != toks[k - 1].end:
            break
        form += toks[k].form
        if form in lex.nouns:
            return lex.nouns[form], k
    return None, ti


def _sentenced(sent: Sentence, h: Hit) -> bool:
    """교화소 1년을 받았어요, 노동단련대로 보내졌다: a place of punishment as where
    someone is sent, or with a term given, is a sentence even with nobody named."""
    if h.trigger.type != "PUNISH" or h.trigger.pos != "N":
        return False
    for w in sent.words[h.word:h.word + 3]:
        # (선고받았다: Kiwi tags 받 a verb-forming suffix there)
        lemmas = {korean.lemma(t) if t.tag != "XSV" else t.form + "다" for t in w.tokens
                  if t.tag.startswith(("VV", "VX", "XSV"))}
        if lemmas & {"보내다", "받다", "가다", "지다"} or any(
                t.tag == "NNB" and t.form in ("년", "개월") for t in w.tokens):
            return True
    return False


# The second verbs of compound triggers (ko_lexicon._AUXILIARIES) that Kiwi tags as a main verb
# after 고/어/아 (끌고 가다, 돌려 보내다, 따라붙다).
_SECOND_VERBS_AS_MAIN = frozenset({"가다", "오다", "나가다", "보내다", "붙다"})


def _compound(sent: Sentence, wi: int, ti: int, lex: KoLexicon, stext: str):
    """A trigger verb Kiwi split into verb + auxiliary (불리/VV 어/EC 가/VX = 불려가다),
    with the auxiliary's token index when it is in the same word."""
    toks = [(w, t) for w in sent.words[wi:wi + 2] for t in w.tokens]
    first = sent.words[wi].tokens[ti]
    rest = toks[ti + 1:ti + 4]
    aux = next((t for _, t in rest if t.tag.startswith("VX")), None)
    if aux is None and len(rest) >= 2 and rest[0][1].tag == "EC" and rest[0][1].form in ("고", "어", "아") \
            and rest[1][1].tag.startswith("VV") and korean.lemma(rest[1][1]) in _SECOND_VERBS_AS_MAIN:
        aux = rest[1][1]  # 끌/VV 고/EC 가/VV, 돌리/VV 어/EC 보내/VV, 따르/VV 어/EC 붙/VV: Kiwi tags the second verb as a main verb
    if aux is None:
        return None, None
    w_aux = next(w for w, t in rest if t is aux)
    a = sent.words[wi].base + first.start - sent.start
    b = w_aux.base + aux.end - sent.start
    surface = stext[a:b].replace(" ", "")
    best = None
    for prefix, lemma, trig in lex.compounds:
        if surface.startswith(prefix) and korean.lemma(aux) == lemma and \
                (best is None or len(trig.term) > len(best.term)):
            best = trig
    if best is None:
        return None, None
    same = w_aux is sent.words[wi]
    return best, (sent.words[wi].tokens.index(aux) if same else None)


def _mundane_object(sent: Sentence, h: Hit, lex: KoLexicon, phrases: list) -> bool:
    """The act's object names only things traffic or city offices control
    (ko_mundane.tsv), and no people: 화물차와 승용차를 단속하다, 차량과 손수레 출입을 통제하다."""
    w = sent.words[h.word]
    forms = [t.form for t in w.tokens[:h.token] if t.tag.startswith("NN")]  # (교통단속: one word)
    people = False
    for j in range(h.word - 1, -1, -1):
        o = sent.words[j]
        if not o.nominal or o.role not in ("obj", "with", "bare", "gen"):
            break  # the object phrase ends at a verb, a subject or a place
        forms += [t.form for t in o.tokens if t.tag.startswith("NN")]
        people = people or bool(phrases[j] and (phrases[j].person or phrases[j].actor))
    return not people and any(f in lex.mundane or (f.endswith("들") and f[:-1] in lex.mundane) for f in forms)


# A quoted title and the work it names: '강제송환 이후의 삶' 보고서, 《귀환》이라는 영화.
_TITLE = re.compile(r"[^'‘’“”\"《》「」『』<>〈〉\n]{1,60}['’”\"》」』>〉]\s*(?:이?라는\s*)?"
                    r"(?:보고서|백서|책|서적|제목|영화|다큐멘터리|다큐|프로그램|연극|소설|노래|캠페인|전시회?|세미나|토론회|포럼|심포지엄|발표문|논문)")
_TITLE_OPEN = "'‘“\"《「『<〈"


def _in_title(sent: Sentence, h: Hit, stext: str) -> bool:
    """The trigger stands in a quoted title followed by the kind of work it names."""
    at = h.start - sent.start
    opened = max(stext.rfind(q, 0, at) for q in _TITLE_OPEN)
    if opened < 0 or at - opened > 60:
        return False
    return _TITLE.match(stext, opened + 1) is not None and _TITLE.match(stext, opened + 1).end() > at


def _thing_returns(sent: Sentence, h: Hit, lex: KoLexicon) -> bool:
    """The one coming back is weather or an animal (ko_mundane.tsv kinds weather, animal):
    the subject before the verb names it."""
    for o in sent.words[:h.word]:
        if o.role == "subj" and any(lex.mundane_kind.get(t.form) in ("weather", "animal")
                                    for t in o.tokens if t.tag.startswith("NN")):
            return True
    return False


def _job_name(sent: Sentence, h: Hit, phrases: list, stext: str) -> bool:
    """단속하는 보안원들도 ...: a bare participle, with nothing of its own before it,
    naming the officers it describes by their work; the sentence tells no act by it."""
    w = sent.words[h.word]
    if h.trigger.voice == "passive" or w.tokens[-1].tag != "ETM" or h.word + 1 >= len(sent.words):
        return False
    at = w.start - sent.start
    opens = at > 0 and stext[at - 1] in _OPEN_QUOTES  # ("단속하는 ...: a quote opens on it)
    if h.word > 0 and sent.words[h.word - 1].role != "pred" and not opens:
        return False  # 말투까지 단속하는 규찰대: the act has its own object
    nxt, p = sent.words[h.word + 1], phrases[h.word + 1]
    return bool(p and p.actor and nxt.role not in ("bare", "gen"))


def _next_pred_lemma(sent: Sentence, wi: int) -> Optional[str]:
    for w in sent.words[wi + 1:wi + 3]:
        if w.role == "pred":
            return w.tokens[0].form
    return None


def _window(sent: Sentence, wi: int, stext: str) -> str:
    words = sent.words
    a = words[max(0, wi - 2)].start - sent.start
    # Two words on the right: 관리가 한층 엄격해졌다 (an adverb may sit between).
    b = words[min(len(words) - 1, wi + 2)].end - sent.start
    return stext[a:b]


# Nouns of a moment: 체포 당시, 북송 직후, 조사 때, 추방 전에 name a time by an act (the act is told elsewhere,
# or is background); the sets code none of them as the act itself (session 22, 12 passages).
_MOMENT = ("당시", "직후", "직전", "무렵", "때", "전")
_DURING = ("중", "도중")  # the sets code 15 of 15 "구금 중(에)", "조사 도중" as the time of another act
_UNDERGOING = ("받", "당하")  # with a noun-modifying ending: 받을, 받던, 당한


# People named by a removal that befell them (송환 여성, 북송 탈북민들): who they are, not the act.
_PEOPLE_KINDS = frozenset({"여성", "남성", "탈북민", "탈북자", "주민", "노동자", "자", "사람", "청년", "여성들", "남성들"})


# People named by the place of custody or penalty they are in (단련대 수감자들, 교화소 재소자): who they are.
_INMATES = frozenset({"수감자", "재소자", "수인", "복역자", "수용자"})


def _a_kind_of_people(sent: Sentence, wi: int, kinds: frozenset = _PEOPLE_KINDS) -> bool:
    """The act's bare noun names a kind of people: 송환 여성 27명, 북송 탈북민들은."""
    words = sent.words
    w = words[wi]
    if len(w.tokens) != 1 or wi + 1 >= len(words) or not words[wi + 1].tokens:
        return False
    return words[wi + 1].tokens[0].form in kinds


def _a_moment(sent: Sentence, wi: int) -> bool:
    """The act's noun tells when something else happened: 체포 당시, 송환된 직후, 예심을 받을 때
    (``_as_time`` reads the same for an act told before, with more words of a moment)."""
    words = sent.words
    j = wi + 1
    undergone = False
    if j < len(words) and words[j].tokens and words[j].tokens[0].form in _UNDERGOING \
            and any(t.tag == "ETM" for t in words[j].tokens) and words[wi].role in ("obj", "bare"):
        j += 1  # 예심을 받을 때, 조사 받을 때 (받는 동안 stays custody: the sets code it so with a place or a length)
        undergone = True
    if j >= len(words) or not words[j].tokens:
        return False
    if not undergone and words[wi].role in ("subj", "bare") and words[j].tokens[0].form in ("끝나", "끝내", "마치") \
            and words[j].tokens[0].tag.startswith("VV"):
        return True  # 예심이 끝난 뒤, 예심 끝날 무렵, 예심이 끝나면: the act's end tells a time
    if words[j].tokens[0].form == "기간" and j + 1 < len(words) and words[j + 1].tokens \
            and words[j + 1].tokens[0].form in _DURING:
        return True  # 구류 기간 중 맞았다: during the custody
    if words[j].tokens[0].form == "시설" and words[j].role == "loc":
        return True  # 구류 시설에서 폭행이 있었다: the place where something else happened
    if words[j].tokens[0].form == "단계" and words[j].role in ("loc", "gen"):
        return True  # 예심 단계에서 (의) 구타: the stage at which something else happened
    if undergone and words[j].tokens[0].form == "동안" and (wi == 0 or words[wi - 1].role == "subj"):
        return True  # 아버지는 예심을 받는 동안 맞았다: no place or length of its own, the time of the blows
    if words[j].tokens[0].form in _DURING:
        # 구금 중에 맞았다: during the custody; 조사 중이다 tells the questioning as going on
        return not any(t.tag == "VCP" for t in words[j].tokens)
    return words[j].tokens[0].form in _MOMENT


def _kin_as_agent(sent: Sentence, wi: int, lex: KoLexicon) -> bool:
    """The word before is a relative or a friend in 한테/에게 (시어머니한테 잡혀 갔대): the one who
    did it is kin, not an organ."""
    if wi == 0:
        return False
    prev = sent.words[wi - 1].tokens
    if len(prev) < 2 or prev[-1].form not in ("한테", "에게", "한테서", "에게서") or not prev[0].tag.startswith("NN"):
        return False
    term = lex.targets.get(prev[0].form)
    return term is not None and (term.kind == "family" or prev[0].form in ("친구", "동무"))


def _light_object(sent: Sentence, wi: int, lex: KoLexicon) -> bool:
    """The word before is the object of 주다 and itself an act's noun (겁을 주다 a threat,
    망신을 주다 shaming, 벌을 주다 a penalty), so 주다 is the light verb of that act, no gift."""
    if wi == 0:
        return False
    prev = sent.words[wi - 1].tokens
    return bool(prev) and prev[0].tag.startswith("NN") and prev[0].form in lex.nouns \
        and any(t.form in ("을", "를") for t in prev[1:])


def _without(sent: Sentence, wi: int) -> bool:
    """The act is named as absent: 경고 없이, 제한은 없다, or the people who underwent it
    are said not to exist (조사를 받은 사람은 없었다)."""
    words = sent.words
    nxt = words[wi + 1] if wi + 1 < len(words) else None
    if nxt and nxt.tokens[0].form in ("없이", "없다", "없") and words[wi].role in ("bare", "subj"):
        return True
    for j in range(wi + 1, min(wi + 5, len(words) - 2)):
        w = words[j]
        if w.role == "pred" and any(t.tag == "ETM" for t in w.tokens):
            # 받은 사람은 없었다: the clause names people by the act, and none are
            head, after = words[j + 1], words[j + 2]
            return head.role == "subj" and after.tokens[0].form == "없"
        if w.role not in ("pred", "obj", "bare"):
            return False
    return False


def _in_relative(sent: Sentence, j: int) -> bool:
    # 한국으로 간 사람이 있는 집: the subject of a clause that modifies a later noun
    # (지난 2월 names a time, not a clause)
    if j + 1 >= len(sent.words):
        return False
    w = sent.words[j + 1]
    return w.tokens[-1].tag == "ETM" and korean.lemma(w.tokens[0]) != "지나다"


def _described(sent: Sentence, h: Hit, phrases: list) -> bool:
    """체포된 주민, 북송된 사람들: a participle naming people by what was done to
    them. With its own agent (보위부에 끌려간 주민) it still tells the act."""
    w = sent.words[h.word]
    prev = phrases[h.word - 1] if h.word > 0 else None
    if prev is not None and prev.actor and sent.words[h.word - 1].role in ("recip", "loc", "from"):
        return False
    if not (w.tokens[-1].tag == "ETM" and w.tokens[-1].form in ("ᆫ", "은", "던")
            or w.tokens[-1].tag == "MM" and w.tokens[-1].form == "한"):  # (재입북한: Kiwi's 한/MM)
        return False
    nxt = _next_noun_word(sent, h.word)
    passive = h.trigger.voice == "passive" or any(t.form in ("되", "당하") for t in w.tokens[h.token + 1:])
    passive = passive or h.trigger.type == "RETURN"  # 돌아간 탈북민 부부: people named by their return
    # (추방된 것으로 파악: a bound noun 것/수 closes a clause; it names no people;
    # 북송된 뒤 ...: a time noun after it tells the act, then what came next)
    # (재입북한 사실을 확인했다: a noun of fact after it tells the act as a finding)
    return bool(passive and nxt and nxt.nominal and nxt.tokens[0].tag != "NNB"
                and nxt.tokens[0].form not in _AFTER + ("때", "직후", "이후") + _FACT_NOUNS)


_FACT_NOUNS = ("사실", "정황", "소식", "사건", "혐의", "의혹", "증거", "기록", "사례")


def _next_noun_word(sent: Sentence, wi: int) -> Optional[Word]:
    # 넘겨진 두 사람, 체포된 이 남성: determiners and numbers sit between a participle and its noun.
    for w in sent.words[wi + 1:wi + 4]:
        if not all(t.tag in ("MM", "SN") for t in w.tokens):
            return w
    return None


def _retyped(sent: Sentence, h: Hit, phrases: list) -> Optional[Hit]:
    """넘겨지다 is a repatriation when the person goes to a country, a detention
    when handed to an organisation (보위부로 넘겨졌다)."""
    if h.trigger.type == "PUNISH" and h.trigger.pos == "N" and _next_pred_lemma(sent, h.word) == "강화":
        t = h.trigger  # 처벌을 강화했다: tightening punishment is a policy
        return Hit(Trigger(t.term, t.pos, "RESTRICT", t.gate, t.voice, None, t.cue), h.word, h.token, h.start, h.end)
    if h.trigger.type == "PUNISH" and _LAW.search(_sentence_text(sent)):
        return _as(h, "RESTRICT")  # 법을 제정해 ... 사형에 처할 수 있도록 했다: a rule, not a sentence
    if h.trigger.type == "EXPEL" and h.trigger.pos == "V" and any(
            sent.words[j].role == "from" and any(t.form in _JOB for t in sent.words[j].tokens)
            for j in range(max(0, h.word - 3), h.word)):
        return _as(h, "PUNISH")  # 직장에서 쫓겨났다: a dismissal, not a banishment
    if h.trigger.term in _PUBLIC_TRIALS and _held(sent, h.word):
        # 공개재판이 열렸다: the staged spectacle; its sentences, told beside it or after, are told by 선고
        # and the penalty's own words (bench/CODING.md: PROPAGANDA + PUNISH)
        return _as(h, "PROPAGANDA")
    if h.trigger.type == "DETAIN" and h.trigger.pos == "V" and _to_camp(sent, h, phrases):
        return _as(h, "PUNISH")  # 수용소로 끌려갔다: taken to a camp is the camp term, not a detention
    if h.trigger.term not in ("넘겨지다", "넘기다") or h.trigger.type in ("SURVEIL", "ABDUCT"):
        return h  # (what a proxy hands to an organ's agents is read by its own row)
    # Handed to whom: to the North's side (북한 경비대한테, 북한 측에, 북한으로) people
    # are sent back across the border; to an organisation of the North, held.
    for j in range(h.word - 1, max(-1, h.word - 4), -1):
        p = phrases[j]
        if p is not None and sent.words[j].role in ("loc", "recip"):
            if any(n in p.text for n in _NORTH):
                return _as(h, "REPATRIATE")
            if p.actor and not p.actor.key.startswith("CN"):
                if _CROSSING.search(_sentence_text(sent)):
                    return _as(h, "REPATRIATE")  # 다리를 건너 온성 보위부로 넘겨졌다: handed across the border
                return _as(h, "DETAIN")
            if not p.actor and _TRIAL.search(p.text):
                return None  # 공개재판에 넘겨졌다: the trial is the act, told by its own word
            break
    return h


def _held(sent: Sentence, wi: int) -> bool:
    # 공개재판이 (지난 22일) 열렸다 / 공개재판을 열었다: the trial itself is what is told; so is one named
    # by its holding (문화회관 앞마당에서 열린 공개재판에는 주민 500여 명이 모였다).
    before = [tok for w in sent.words[max(0, wi - 4):wi] for tok in w.tokens]
    if any(tok.form in ("열리", "열") and tok.tag.startswith("VV") and nxt.tag == "ETM"
           for tok, nxt in zip(before, before[1:])):
        return True
    if wi == len(sent.words) - 1 and all(tok.tag.startswith(("NN", "S")) for tok in sent.words[wi].tokens):
        return True  # a chronology's entry ending in the noun (4월 2일: 벽성군 공설운동장에서 공개재판): the trial held
    if sent.words[wi].role not in ("subj", "obj"):
        return False
    return any(w.tokens[0].form in ("열리", "열") and w.tokens[0].tag.startswith("VV")
               for w in sent.words[wi + 1:wi + 7])  # (지난달 28일 강서구역 경기장에서 열렸다: a date and place between)


def _to_camp(sent: Sentence, h: Hit, phrases: list) -> bool:
    # The destination right before the verb (관리소로, 정치범수용소에) is a camp.
    for j in range(h.word - 1, max(-1, h.word - 3), -1):
        p = phrases[j]
        if p is not None and sent.words[j].role in ("loc", "dir", "to"):
            return bool(_CAMP.search(p.text))
    return False


_CAMP = re.compile(r"관리소|수용소|교화소")
# What people are made to see of an act (처형 장면, 총살 광경).
_SIGHT = ("장면", "광경", "모습")
# A border crossed on the way (다리를 건너, 두만강을 넘어, 세관을 통해) or Chinese custody left
# (matched over the morphemes' forms too: 거쳐 is 거치 어 there).
_CROSSING = re.compile(r"(?:다리|강|두만강|압록강|국경|세관|해관)\S*\s+(?:\S+\s+)?(?:건너|넘어|거쳐|거치|통해|통하)(?!\s*려|려|다가)"
                       r"|변방구류소|변방대|공안|중국\s*측")
_NORTH = ("북한", "북측", "북송", "조선")
_TRIAL = re.compile(r"재판|법정|법원")
_LAW = re.compile(r"(?:법|법령|포고|포치|규정)\S*\s+(?:\S+\s+)?(?:제정|채택|공포|만들|시행)")


def _sentence_text(sent: Sentence) -> str:
    # The sentence as its words' forms: enough for a cue, with no document at hand.
    return " ".join("".join(t.form for t in w.tokens) for w in sent.words)
_JOB = ("직장", "일자리", "직위", "기업소", "공장")


def _as(h: Hit, etype: str) -> Hit:
    t = h.trigger
    return Hit(Trigger(t.term, t.pos, etype, t.gate, t.voice, t.tactic, t.cue), h.word, h.token, h.start, h.end)


def _focus_returns(sent: Sentence, phrases: list, stext: str, disc) -> bool:
    # 이 남성이 다시 넘어왔다: the subject is the defector the report is about, and
    # the sentence says the move goes back (다시, 북한).
    return bool(disc is not None and disc.focus in ("defector", "returnee") and _BACK.search(stext)
                and any(p and p.person in ("generic", "pronoun") and sent.words[j].role == "subj"
                        for j, p in enumerate(phrases)))


_BACK = re.compile(r"다시|북한|북으로|조국")
_NORTHWARD = re.compile(r"(?:북한|북|조국)(?:으로|에)\s*(?:다시\s*)?(?:돌아|넘어|귀환)|다시 (?:북한|북)"
                        # 한국에 갔다가 ... 돌아왔다: a stay in the South, then back
                        r"|(?:한국|남한|남조선|남쪽)(?:에|으로)\s+(?:\S+\s+)?(?:갔다가|갔던|살다가|정착했다가)")


def w_of(sent: Sentence, h: Hit) -> Word:
    return sent.words[h.word]


def _predicative(w: Word, h: Hit) -> bool:
    nxt = w.tokens[h.token + 1] if h.token + 1 < len(w.tokens) else None
    # (재입북한 탈북민: Kiwi may tag the glued 한 as a determiner, "one"; in one word
    # after the act's noun it is 하다's participle)
    return bool(nxt and (nxt.tag.startswith("XSV") or nxt.tag == "MM" and nxt.form == "한"))


def _embedded(sent: Sentence, hit: Hit, hits: list[Hit], stext: str = "") -> bool:
    """A trigger inside a condition (돌아오면) or inside the content of a threat
    or promise (처벌하겠다고 협박했다) is not an act of its own."""
    w = sent.words[hit.word]
    if conditional(w) or _conditional_next(sent, hit.word) or _averted(sent, hit.word):
        return True
    if _while(sent, hit.word) and any(h.word > hit.word and h.trigger.type != hit.trigger.type for h in hits):
        return True  # 조사받는 동안 ... 때렸다: the questioning is when the beating happened
    for h in hits:
        if h.word > hit.word and _sentence_closed(sent, hit.word, h.word, stext):
            continue  # "어제 보위부 사람 둘이 또 왔다 갔어. ... 용서해 준대.": a quote's own sentences, one by one
        if h.word > hit.word and h.trigger.type in _SPEECH_ACTS and h.trigger.tactic != "forced_call":
            # (전화를 걸어 ... 말하게 했다: the call takes no content clause before it)
            # 처벌하지 않고 살림집을 주겠다고 약속했다: a quote closes between them.
            if any(quotative(x) for x in sent.words[hit.word:h.word]) or _followed_by_quote(sent, hit.word):
                if _summons_before_content(sent, hit, h, stext):
                    continue
                # 찾아가 '...주겠다'고 구슬렸다: a quote opening after the trigger holds
                # the content; the trigger itself is outside it.
                between = stext[hit.end - sent.start:sent.words[h.word].start - sent.start]
                if not re.search(r"\s['\"‘“]", between):
                    return True
    return False


def _summons_before_content(sent: Sentence, hit: Hit, act: Hit, stext: str) -> bool:
    """불려갔고, 그때마다 ... 돌아오라고 말하라는 강요를 받았다; 위원회에 불려가 ... 잘못했다는 반성문을
    써야 했다: a summons told in a connective that a comma closes, or before words said that
    name the thing written (~다는 반성문), is the visit told first, not part of what was said."""
    if hit.trigger.type != "VISIT" or hit.trigger.pos != "V" or hit.trigger.voice != "passive":
        return False  # (불러 ... 돌아오라는 편지를 쓰게 했다: the call is the coercion's step, its test says)
    w = sent.words[hit.word]
    if hit.word + 1 < len(sent.words) and sent.words[hit.word + 1].tokens[0].tag == "VX":
        w = sent.words[hit.word + 1]  # 불려 간: the auxiliary, written apart, carries the ending
    if not w.endings() or w.endings()[-1] not in ("아", "어", "고", "었고", "았고"):
        return False  # (불려 간 이들은: the summons names the people, told before)
    if stext[w.end - sent.start:w.end - sent.start + 1] == ",":
        return True
    for j in range(hit.word + 1, act.word):
        x = sent.words[j]
        if quotative(x) and x.endings()[-1] in ("다는", "라는", "자는", "냐는") and j + 1 < len(sent.words) \
                and sent.words[j + 1].tokens[0].tag.startswith("NN"):
            return True  # ~다는 반성문: the words name a document written, not the summons
    return False


def _sentence_closed(sent: Sentence, a: int, b: int, stext: str) -> bool:
    """A word from ``a`` up to ``b`` ends a sentence: a final ending and a full stop, question or
    exclamation mark after it (sentences a quotation holds are read as one span)."""
    for w in sent.words[a:b]:
        end = w.end - sent.start
        if w.tokens and w.tokens[-1].tag == "EF" and stext[end:end + 1] in (".", "?", "!"):
            return True
    return False


def _conditional_next(sent: Sentence, wi: int) -> bool:
    # 체포될 경우: the act is a hypothesis.
    nxt = sent.words[wi + 1] if wi + 1 < len(sent.words) else None
    return bool(nxt and nxt.tokens[0].form in ("경우", "때에는") and sent.words[wi].tokens[-1].tag == "ETM")


def _averted(sent: Sentence, wi: int) -> bool:
    # 강제 북송되는 일이 없도록: an act someone works to prevent did not happen.
    # 체포되지 않도록 숨었다: likewise an act someone avoided.
    last = sent.words[wi].tokens[-1]
    if last.tag != "ETM" and last.form != "지":
        return False
    return any(any(t.form in ("없", "않") and i + 1 < len(x.tokens) and x.tokens[i + 1].form == "도록"
                   for i, t in enumerate(x.tokens)) for x in sent.words[wi + 1:wi + 3])


def _while(sent: Sentence, wi: int) -> bool:
    nxt = sent.words[wi + 1] if wi + 1 < len(sent.words) else None
    if nxt and all(t.tag.startswith("NN") for t in sent.words[wi].tokens) and nxt.tokens[0].form in ("도중", "과정"):
        return True  # 단속 과정에서 ... 폭행했다: the noun names the setting of the act told next
    return bool(nxt and sent.words[wi].tokens[-1].tag == "ETM"
                and nxt.tokens[0].form in ("동안", "도중", "사이", "과정"))


def _followed_by_quote(sent: Sentence, wi: int) -> bool:
    nxt = sent.words[wi + 1] if wi + 1 < len(sent.words) else None
    return bool(nxt and any(quotative(x) for x in [nxt]) and nxt.tokens[0].tag.startswith("VX"))


# --- one event ---------------------------------------------------------------

def _event(document: Document, sent: Sentence, si: int, sents: list[Sentence], hit: Hit,
           phrases: list, attributions: list, disc: _Discourse, lex: KoLexicon,
           stext: str) -> Optional[Event]:
    text = document.text
    tail = tail_string(sent, hit.word, hit.token)
    voice = _voice(sent, hit, tail)
    # (대답이 시원찮으면 ... '한국 사람 만났지?' 하면서: people named inside the words an
    # official asked or said are what was asked about, not whom the act fell on)
    asked = [(sent.start + m.start(), sent.start + m.end()) for m in _ASKED_SPAN.finditer(stext)]
    if asked:
        phrases = [None if p and any(a <= p.start < b and not a <= hit.start < b for a, b in asked)
                   and not p.actor else p for p in phrases]
    quotes = tuple((sent.start + m.start(), sent.start + m.end()) for m in _QUOTED.finditer(stext))
    perp, target = _roles(sent, hit, voice, phrases, disc, quotes)
    if hit.trigger.term == "넘기다" and hit.trigger.type in ("SURVEIL", "ABDUCT"):
        # 사진과 고향을 적어 보위성 연락원에게 넘겼다, 탈북민을 공작원들에게 넘겨: a proxy working
        # for the organ whose agents receive what, or whom, he hands over.
        handler = next((p for j, p in enumerate(phrases) if p is not None and p.actor is not None
                        and j < len(sent.words) and sent.words[j].role == "recip"), None)
        if handler is not None:
            perp = handler.actor
    own_perp = perp  # (the actor the clause's own particles name, before any carried over)
    obliged = voice == "active" and _obliged(sent, hit, tail)
    if obliged:
        # 어머니는 딸에게 편지를 써야 했다: the one who had to act is the one coerced,
        # not the person the act was addressed to.
        target = next((p for j, p in reversed(list(enumerate(phrases[:hit.word])))
                       if p is not None and p.person and not p.actor and sent.words[j].role == "subj"), target)
    if perp is None and voice != "intrans" and not (voice == "active" and _pronoun_subject(sent, hit, phrases)):
        perp = _fallback_actor(phrases, target, sent, hit)
        if perp is None and voice == "active" and not _has_subject(sent, hit, phrases):
            perp = disc.actor  # a dropped subject: the organisation the report is about
        elif perp is None and voice == "passive" and not _subject_trigger(sent, hit) \
                and _certainty(stext, _attribution_for(si, sents, attributions), lex, sent, hit) != "rumor":
            # (일가족이 수용소로 보내졌다는 소문이 돈다: a rumour tells what befell people, not
            # who did it; the office of the account before is not the rumour's)
            perp = _linked_actor(disc, hit, target, sent) or _paragraph_actor(disc, hit, sent)
    if perp is None and hit.trigger.type == "ABDUCT" and disc.actor is not None and disc.actor.key.startswith("KP."):
        # 중국에서 납치된 것으로 알려졌다, with no one named in its passage: the North's organ the report
        # is about (an abduction is always some state's act; the sets code it so 75 times in 80)
        perp = disc.actor
    if perp is None and voice == "active" and disc.narrator is not None and _own_act(sent, hit, stext, phrases):
        perp = disc.narrator  # 우리가 불러 주는 대로 말하게 했다, in a former officer's account
    if perp is None and hit.trigger.type == "ASSAULT" and _UNDER_QUESTIONING.search(stext) \
            and disc.actor is not None and not disc.actor.generic and disc.actor.key != "KP.court":
        # 조사받을 때마다 몽둥이로 맞았다, 조사 중에 맞아 다리를 전다: blows in questioning are the questioning
        # organ's, the one the report is about
        perp = disc.actor
    if perp is None and obliged:
        # 학생들은 단상에 올라 자기비판을 해야 했다: the people named are the ones made to act;
        # who made them is the organisation the passage is about.
        perp = _passage_organ(disc, sent)
    if perp is None and hit.trigger.type in ("THREATEN", "INDUCE") and _in_quote(stext, hit.start - sent.start):
        # "숨겼다가 들통나면 ... 각오를 하라"는 경고를 들었다: words of a threat or promise with no
        # speaker named in the sentence are the North's organisation the passage is about.
        organ = _passage_organ(disc, sent)
        perp = organ if organ is not None and organ.key.startswith("KP.") else None
    firm = _firm_subject(sent, hit) if perp is None and voice == "active" and disc.crews_abroad else None
    if firm is not None:
        # 회사는 남은 노동자들의 외출을 금지했다, in a report on the North's crews abroad: the firm that
        # sent them is the state's (the development sets code 6 of 6 such firms KP.gov)
        perp = ActorMatch(firm[0], firm[1], text[firm[0]:firm[1]], "KP.gov", False)
    if perp is None and voice == "active" and hit.trigger.gate == "context" and hit.trigger.pos == "V" \
            and _private_subject(sent, hit, phrases):
        return None  # 의사들이 환자를 불러 문진한다: someone the text names, not the state, acts
    if perp is None and voice == "active" and hit.trigger.gate == "context" and disc.actor is None \
            and hit.trigger.type in _EVERYDAY_ACTS and _person_subject(sent, hit, phrases):
        # 아버지는 아들에게 ... 약속했다, 주민들은 경기를 지켜봤다: with no organisation
        # named anywhere so far, people acting on their own are doing everyday things.
        return None
    perp_text = perp.text if perp else None
    if perp is None and voice == "active":
        media = None
        if hit.trigger.type == "PROPAGANDA" or not _has_subject(sent, hit, phrases):
            # 조선중앙통신은 "... 체포했다"고 보도했다: state media speak for the state, and an act
            # they claim with no subject of its own is the state's (a press conference held by
            # the returnee the state media show is the state's show)
            media = _state_media().search(stext)
        elif hit.trigger.type in _MEDIA_ACTS:
            # 조선중앙통신은 29일 논평에서 "... 대가를 치를 것"이라고 위협했다: a state outlet as the
            # sentence's subject speaks for the state
            media = next((m for m in _state_media().finditer(stext)
                          if _MEDIA_AS_SUBJECT.match(stext, m.end())), None)
        if media is not None:
            perp = ActorMatch(sent.start + media.start(), sent.start + media.end(), media.group(), "KP.gov", False)
            perp_text = perp.text
    if perp is None and voice == "active" and disc.state_media and hit.trigger.type in _MEDIA_ACTS:
        # 조선중앙TV는 ... 내보냈다. 아나운서는 탈북자들을 ... 위협했다: the programme, its
        # announcer or "this outlet" named as the subject after the state's media speak for the
        # state, in what they say or show (not in an act they only claim: 돌아왔다고 주장했다).
        media = _media_subject(sent, hit)
        if media is not None:
            perp = ActorMatch(media.start, media.end, text[media.start:media.end], "KP.gov", False)
            perp_text = perp.text
    if perp is None and hit.trigger.type in ("PUNISH", "PROPAGANDA"):
        court = _NORTH_COURT_ACT.search(stext)
        if court is not None:
            # 교화형 2년을 선고받았다, 공개재판이 열렸다: a term of the North's penal code or a
            # trial is a court's act, named or not (the South's courts give 징역, in 법원).
            perp = ActorMatch(sent.start + court.start(), sent.start + court.end(), court.group(), "KP.court", False)
            perp_text = perp.text
    chinese_authorities = perp is not None and perp.generic and _AUTHORITIES.search(perp.text) \
        and _chinese_city().search(text[max(sent.start, perp.start - 14):perp.start]
                                   + perp.text[:perp.text.rfind("당국")])
    if chinese_authorities and hit.trigger.type in _CHINA_HOLDS:
        # 중국 변방 당국에 의해 ... 북측으로 넘겨졌다: China's border authorities holding or handing
        # people back act as its police do (the record format's CN.police)
        perp_key = "CN.police"
    elif perp is not None and perp.generic and _AUTHORITIES.search(perp.text) and (
            chinese_authorities
            or (disc.lawful_para is not None
                and 0 <= disc.para_rank.get(sent.paragraph, -9) - disc.lawful_para <= 1)):
        # 단둥 당국, or 당국 in a paragraph whose last body named is a lawful one (a market
        # regulator, the South's police): not the North's authorities.
        return None
    elif perp is not None and perp.generic and _AUTHORITIES.search(perp.text):
        # 당국: the government, even after an organ seen acting (보위부가 ... 당국은: the
        # development sets code the state, 0 of 21 such 당국 the organ before), except China's
        # organ seen acting before (중국 공안이 ... 당국은: China's, not the North's state).
        perp_key = disc.subject_actor.key if disc.subject_actor is not None and \
            not disc.subject_actor.generic and disc.subject_actor.key.startswith("CN.") else perp.key
    elif perp is not None and perp.generic and disc.actor is not None:
        perp_key = disc.actor.key  # 간부들: the organisation named earlier
    else:
        # 보위원들 after 보위부 반탐과: the unit named before
        perp_key = (perp and _unit_before(perp, phrases, hit, disc, sent)) or (perp.key if perp else None)
    if perp_key in (None, "KP.inminban", "KP.gov") and hit.trigger.type != "VISIT":
        # 인민반장이 보위부 지시라며 문간을 넘본다, 보위성의 지시로 불러냈다: whoever carries it out,
        # an act done on an organ's instruction is that organ's (as English "a unit head relays
        # the notice of the organ it names"); a unit head's call at a home stays the unit's watching.
        ordered = _ordered_by(stext, hit.start - sent.start, ActorLexicon.load(), state_too=perp_key is None)
        if ordered is not None:
            perp_key, perp_text = ordered.key, ordered.text
    if perp_key is not None and perp_key.count(".") >= 2 and not _unit_in_passage(perp_key, sents, si, text):
        # 반탐과 named paragraphs before, then 보위원들 or no subject: the unit does not narrow a later
        # act (bench/CODING.md: the unit key needs the act's own passage); the organisation stays
        perp_key = perp_key.rsplit(".", 1)[0]
    third_state = _third_state_in_view(text, sents, si) and (
        (perp is not None and _PLAIN_FORCE.fullmatch(perp.text.strip()) is not None)
        or (perp is None and _PLAIN_FORCE.search(stext) is not None))
    if third_state and hit.trigger.type == "EXPEL" and _TO_CHINA_OR_NORTH.search(stext):
        hit = _as(hit, "REPATRIATE")  # 베트남 당국은 이들을 중국으로 추방할 방침: sent across a border
    if third_state:
        # 디엔비엔성 경찰이 ... 탈북민 5명을 체포했다, in a report set in Vietnam: that state's
        # police, neither the North's body nor a lawful one of the South (coded with no actor).
        perp, perp_key, perp_text = None, None, None
    proxy = hit.trigger.type == "SURVEIL" and hit.trigger.tactic == "informant" and perp_key is not None \
        and perp_key.startswith("KP.MSS") and _PROXY_RECIPIENT.search(stext)
    if not third_state and not proxy and (
            (perp_key and _lawful_body(_with_marking(text, perp) if perp is not None else perp_text))
            or ((not perp_key or own_perp is None) and voice != "intrans"
                and _lawful_body(_subject_scope(stext, hit.start - sent.start, hit.trigger.type), subject=True)
                and not _found_by_court(stext, hit.start - sent.start))):
        # 상습 절도범이 부산 경찰에 검거됐다: the South's (or a Western) police, courts or army
        # acting by law are no coercion by a state the record tracks (plain 경찰 is the
        # South's; 북한 경찰 is not). With no perpetrator found, the body must be the
        # sentence's subject or agent, not one who merely reports the act (합참은 ... 밝혔다).
        # An actor found only around the clause gives way to a lawful subject (합참은 ...
        # 북한군의 동향은 없으며 한미 연합 감시 태세를 유지하고 있다). A body named only in the words
        # quoted is no subject of an act told outside them (기자회견에 나와 "남조선 정보원의 꾐에 ..."고 말했다).
        return None
    if hit.trigger.type == "THREATEN" and (target is None or not target.person) and _scope("state_addressed").search(stext):
        return None  # "그 후과는 미국이 책임져야 한다"고 경고했다: a state warned, no people threatened
    rank = disc.para_rank.get(sent.paragraph, 0)
    if perp_key is None and voice != "intrans" and not third_state and (
            disc.lawful_para is not None and rank - disc.lawful_para <= 1 or rank < disc.lead_rank and disc.lead_lawful):
        # 경찰은 ... 밝혔다. 윤 씨는 모텔에서 검거됐다: an act with no actor, told while the
        # last body the report named (this paragraph or the one before; for a headline,
        # the first its lead names) is the South's police or a court, is their lawful work
        # (not a move of one's own: 경찰은 박 씨가 월북한 것으로 본다).
        return None
    if target is None:
        target = _fallback_target(phrases, perp, hit)
    if perp_key is None and hit.trigger.type == "REPATRIATE" and voice != "active" \
            and (_chinese_place().search(stext) or _CHINESE_CUSTODY.search(stext)):
        # 선양에서 붙잡힌 탈북민들이 강제 송환됐다, 투먼 변방구류소에 갇혀 있다가 북측에 인계됐다: people
        # held in China, or in its police's cells, are handed back by China's police, whoever the
        # report leaves unnamed.
        perp_key, perp_text = "CN.police", None
    elif hit.trigger.type == "REPATRIATE" and (perp_key or "").startswith("KP.") \
            and (_CHINESE_CUSTODY.search(stext) or voice != "active" and _sent_from_china().search(stext)) \
            and perp is not None and (not sent.start <= perp.start < sent.end or perp.start >= hit.end
                                      or re.match(r"\S*?(?:으로|로)\s", text[perp.end:perp.end + 12])):
        # 변방구류소에 있다가 ... 온성 보위부로 넘겨졌다, ... 북측에 넘겨졌고, 현재 온성군 보위부에서
        # 조사를 받고 있다: the North's office receives the people; the one who hands them back
        # is China's police.
        perp_key, perp_text = "CN.police", None
    if perp_key == "CN.police" and _scope("own_crime").search(stext) and not _scope("north_koreans").search(stext):
        return None  # 선양 공안이 보이스피싱 조직원 23명을 붙잡았다: China policing its own crime
    if _scope("proposal").search(stext) and not (perp_key or "").startswith("KP."):
        return None  # ... 벌칙 강화도 제안했다: what someone proposes be done, no act done
    if not (perp_key or "").startswith(("KP.", "CN.")) and _scope("play").search(text):
        return None  # 비비탄 총 서바이벌 게임의 '사살 판정', 포로 수용소로 꾸민 교실: a report on a game, its shots and prisons
    etype = _abducted(hit, perp_key, stext, lex)
    if etype == "PUNISH" and perp_key is None and _party_penalty(hit, text, sent):
        perp_key, perp_text = "KP.WPK", None  # 출당됐다, 당적을 박탈당했다: only the Party expels its members (bench/CODING.md)
    if etype == "ABDUCT" and perp_key is None:
        m = next((m for m in _scope("norths_people").finditer(stext) if not _in_quote(stext, m.start())), None)
        if m:
            # 북한 사람들이 차에 태워 데려갔다, 북에서 온 남자들에게 끌려갔다, 영사관 직원들에게 붙잡혀: the North's men
            # with no organ named are the state's (bench/CODING.md: unnamed agents -> KP.gov)
            perp_key, perp_text = "KP.gov", m.group(0)
    if etype == "PUNISH" and (own_perp is None or voice != "active") and _AT_TRIAL.search(stext):
        # 재판에 넘겨져 교화형을 받았다, 공개재판에서 형을 받았다: a sentence passed at a
        # trial is the court's, whatever office held the person before (보위부에 끌려간 그는
        # ... 형을 받았다); only an organ that is the clause's subject passes it itself.
        perp_key, perp_text = "KP.court", None
    told_target = _relayed(_crossed(_target(target, disc) or _witness(sent, hit, voice, phrases, disc)
                                    or _population(etype, perp_key, disc, stext), etype, perp_key, stext),
                           etype, stext)
    if told_target is None and etype != "RETURN" and (disc.last_target or disc.focus):
        # 조사받으면서 얻어맞았다: Korean leaves out whom the act falls on when the passage is
        # about them; they are the people last targeted, or those the report is about (on the
        # development sets the last targeted is right for 268 of 397 such acts)
        told_target = Target(None, disc.last_target or disc.focus)
    if perp_key is None and etype == "REPATRIATE" and (
            told_target is not None and told_target.category == "worker_abroad" or _RECALL.search(stext)):
        # 노동자 세 명은 평양으로 돌려보내졌다: workers the North sent abroad are called
        # home by the North itself (bench/CODING.md: a recall of its own workers is KP.gov); so is
        # anyone recalled (20여 명이 평양으로 소환됐다, 본국으로 불러들였다: the sets code 38 of 47 KP.gov).
        perp_key, perp_text = "KP.gov", None
    actors = ActorLexicon.load()
    if perp_key is None and etype in ("DETAIN", "ASSAULT"):
        # 온성군 보위부 구류장에서 두 달을 보냈다: custody or blows in a facility named by its organ
        # are that organ's (bench/CODING.md: acts in a facility tied to an organ take that organ)
        held = _facility_organ(stext, actors)
        if held is not None:
            perp_key, perp_text = held.key, held.text
    if etype in ("DETAIN", "ASSAULT") and own_perp is None:
        # 신의주 보위국으로 넘겨져 고문을 당했다, 회령시 안전부 집결소로 이감됐다: custody or blows told
        # at or after people's handing to an organ are the receiving organ's, whoever held them
        # before (an arrest told before the handing stays the arresting body's).
        held = _custodian(stext, hit.start - sent.start, actors)
        if held is not None:
            perp_key, perp_text = held.key, held.text
    if _UNREAL.match(text, hit.start):
        return None  # 원래 같으면 교화소에 갔을 텐데, 잡힐 뻔했다: what would have happened and did not
    attribution = _attribution_for(si, sents, attributions)
    certainty = _certainty(stext, attribution, lex, sent, hit)
    status = _status(sent, hit, tail, stext, lex)
    if status == "denied" and etype == "RETURN":
        return None  # 아직 돌아가지 않았다: a return not made; no one is accused of it to deny it
    if status == "denied" and etype in _SPOKEN and not _DENIED_BY_SOMEONE.search(stext):
        status = "occurred"  # '돌아오면 죄를 묻지 않겠다'는 말, 가만두지 않겠다고: the negation is in the words said
    if status == "denied" and not _DENIED_BY_SOMEONE.search(stext) and not _REFUSED.search(stext) \
            and (own_perp is None or etype not in _HARM_DENIED or _NOT_YET.search(stext)):
        # 때리지는 않았다고 하더라, 아직 선전에 내세우지는 않았다: an act told as not done, by no one
        # the sentence names or not yet, is no act (bench/CODING.md: negated acts); a denial (날조,
        # 부인했다, 사실이 아니다) or an organ said not to have done it (보위부는 ... 추방하지 않았다) is
        # coded as denied, and the words of a threat or promise keep their negation as content
        return None
    if etype == "PROPAGANDA" and (perp_key is None or own_perp is None and perp_key != "KP.gov"):
        shown = _scope("north_media").search(stext) or _state_media().search(stext)
        if shown:
            # 북한 방송에 나와 남한 생활을 비난했다, 조선중앙TV가 ... 장면을 내보냈다: a staging on the North's own media
            # with no organ named in its clause is the state's, whatever organ the report named before
            # (bench/CODING.md: state media -> KP.gov)
            perp_key, perp_text = "KP.gov", shown.group(0)
    if status == "denied" and perp_key is None:
        # 통신은 ... 산골로 쫓겨났다는 남조선 언론의 보도는 "날조"라고 주장했다: an act known only through a state's
        # denial is that state's, as accused (bench/CODING.md: `denied` needs an actor)
        perp_key, perp_text = _denier(stext) or (None, None)
    if certainty == "reported" and status == "occurred" and perp_key and perp_key.startswith("KP.") \
            and _in_quote(stext, hit.start - sent.start) and _state_media().search(stext):
        # 조선중앙통신은 "... 체포했다"고 보도했다: the state's own organ confirms the state's act
        certainty = "confirmed"
    tactics = []
    if hit.trigger.tactic:
        tactics.append(hit.trigger.tactic)
    for ttype, pattern, tactic in lex.tactics:
        if ttype in (etype, "*") and pattern.search(stext) and tactic not in tactics:
            tactics.append(tactic)
    return Event(
        document_id=document.document_id,
        type=etype,
        evidence=Evidence(text[sent.start:sent.end], sent.start, sent.end),
        extractor=Extractor("rules-ko", VERSION, f"ko:{etype}:{hit.trigger.term}"),
        status=status,
        certainty=certainty,
        perpetrator=Perpetrator(perp_text, perp_key, actors.name(perp_key)) if perp_key else None,
        target=told_target,
        attribution=attribution,
        tactics=tactics,
        trigger_start=hit.start,
        trigger_end=hit.end,
    )


# ~어야 했다 right after the act's word (읽어야 했다), or after its noun's light verb
# (자기비판을 해야 했다): the act's people had to do it.
# (past only: 떠나야 할 것 is a forecast of a move, not a duty someone laid on them)
_OBLIGED = re.compile(r"^(?:\S+/J\w+ )?(?:\S+/(?:VV|XSV) )?(?:어야|아야|여야)/EC 하/VX 었/EP")


def _unit_in_passage(key: str, sents: list[Sentence], si: int, text: str) -> bool:
    """Whether the act's sentence, or the one before it in its paragraph, names the unit ``key``."""
    actors = ActorLexicon.load()
    near = [sents[si]] + ([sents[si - 1]] if si and sents[si - 1].paragraph == sents[si].paragraph else [])
    return any(m.key == key for s in near for m in actors.find(text[s.start:s.end]))


def _obliged(sent: Sentence, hit: Hit, tail: str) -> bool:
    return bool(_OBLIGED.match(tail))


def _passage_organ(disc: _Discourse, sent: Sentence) -> Optional[ActorMatch]:
    """The organisation the passage is about: named, not generic, in this paragraph or the
    one before."""
    if disc.actor is None or disc.actor.generic:
        return None
    return disc.actor if disc.para_rank.get(disc.actor_para, -9) >= disc.para_rank.get(sent.paragraph, 0) - 1 else None


def _unit_before(perp: ActorMatch, phrases: list, hit: Hit, disc: _Discourse, sent: Sentence) -> Optional[str]:
    """The unit of the perpetrator's organisation named before it in this sentence
    (반탐과에 호출돼 ... 보위원들은) or in the sentence just before, in the same paragraph
    (반탐과에 불려 갔다. 보위원들은 ...: one scene). Further back the unit does not narrow
    보위원들 (bench/CODING.md: the unit key needs the act's own passage)."""
    for p in reversed(phrases[:hit.word]):
        if p is not None and p.actor is not None and p.actor.key.startswith(perp.key + "."):
            return p.actor.key
    if disc.actor is not None and disc.actor.key.startswith(perp.key + ".") and not _ORGAN_NAMED.search(perp.text or "") \
            and disc.actor_para == sent.paragraph and disc.sent_no + 1 - disc.actor_sent == 1:
        return disc.actor.key
    return None


# The organisation named by its own name (보위부는, 국가보위성이), not by its men (보위원들):
# the report's unit named before does not narrow it (coders keep the organisation).
_ORGAN_NAMED = re.compile(r"(?:부|성|국|청)$")


def _crossed(target: Optional[Target], etype: str, perp_key: Optional[str], stext: str = "") -> Optional[Target]:
    # People handed back from China, or held there by China's police, had left
    # the North and are not back yet: 북한 주민, a returnee-to-be, or the unnamed person of
    # such an act are defectors (CODING.md: REPATRIATE targets who is abroad; 26 of 28
    # REPATRIATE and 17 of 19 Chinese-police detentions in the dev sets are coded defector).
    if (target is None or target.category in ("resident", "returnee")) and (
            etype == "REPATRIATE" or (etype == "DETAIN" and perp_key == "CN.police")):
        return Target(target.text if target else None, "defector")
    if etype == "RETURN" and (target is None or target.category != "returnee"):
        # a defector who goes back is, by that act, a returnee; so is whoever the act moves
        # (the record format: RETURN targets the returnee; 220 of 221 Korean RETURNs are coded so)
        return Target(target.text if target else None, "returnee")
    if target is not None and etype == "PROPAGANDA" and target.category == "defector" and "회견" in stext:
        return Target(target.text, "returnee")  # sat before the state's cameras (회견): back in its hands
    return target


# A promise or threat about coming back (돌아오면, 안 오면) passed on by a letter, a call or
# someone told what to say (편지, 통화, 시키는 대로, 전해 달라, 입을 빌려): it is meant for the
# one abroad who would come back, not for the relative who carries it. The mark must stand
# outside the quoted words (a quoted '시키는 대로 하지 않으면' is the threat's own condition).
_COMING_BACK = re.compile(r"돌아오|돌아와|돌아가면|돌아간다면|안\s*오면|오지\s*않으면")
_RELAYED_BY = re.compile(r"편지|통화|전화|문자|시키는\s*대로|불러\s*주는\s*대로|전해\s*(?:달|주라)|전하게|전하라고"
                         r"|입을\s*빌려")


def _relayed(target: Optional[Target], etype: str, stext: str) -> Optional[Target]:
    if etype not in ("INDUCE", "THREATEN") or (target is not None
                                                and target.category not in ("defector_family", "resident")):
        return target
    # (quotes nest: "... '돌아오면 용서한대' 하더라고요": the promise is the innermost quote)
    spans = [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"|“[^”]*”|‘[^’]*’|\'[^\']*\'', stext)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"'[^']*'|‘[^’]*’", stext)]
    promises = set()
    for m in _COMING_BACK.finditer(stext):
        around = [(a, b) for a, b in spans if a <= m.start() < b]
        if around:
            promises.add(min(around, key=lambda ab: ab[1] - ab[0]))
    if not promises:
        return target
    outside = "".join(" " if any(a <= i < b for a, b in promises) else ch for i, ch in enumerate(stext))
    if not _RELAYED_BY.search(outside):
        return target
    return Target(None, "defector")


# Verbs of taking a person away (not of holding one): done abroad or across the border by
# the North's agents, they are an abduction (붙잡아 강 건너로 데려갔다, 평양행 비행기에 태웠다).
_TAKING = ("붙잡다", "붙잡히다", "잡히다", "데려가다", "데려오다", "끌고가다", "끌려가다", "끌려오다", "잡혀가다", "붙잡혀가다", "끌리다",
           "압송", "밀어넣다", "넣다", "붙들다", "붙들리다")
_ARRESTING = _TAKING + ("체포", "연행", "잡아가다", "끌어가다", "잡아들이다")
# (not the agents' own crossing, 북에서 넘어온 자들, nor words inside a quote: "싸게 넘기겠다")
# Taken "on charges of" something: a police arrest where it happened, not an abduction.
_ON_CHARGES = re.compile(r"혐의로|혐의를\s+받|죄목으로")
_BACK_HOME = re.compile(r"돌아오|돌아온|돌아와|송환|북송|넘겨|넘기|(?<!북에서 )(?<!북측에서 )(?<!북한에서 )넘어(?:오|왔|온)")


# The North's missions abroad and their security men: people they seize are seized abroad.
_MISSION_ABROAD = re.compile(r"(?:북한|북측|조선)\s*(?:대사관|총영사관|영사관|대표부)|보위대표")


# A boat of the South's fishermen or crew seized at sea and taken North (어선 ... 선원 9명과 함께 ...
# 끌려갔다, 나포돼): the crew are abducted (납북), not held where they were.
_SOUTH_CREW_SEIZED = re.compile(r"(?:선원|어부|승무원|선장)\S*.*?(?:항으로|항에|북으로|북한으로|이북으로)")
_AT_SEA = re.compile(r"연평도|백령도|대청도|소청도|서해|동해|해상에서|바다에서|조업|조기잡이|고기잡이|어로")
_THIRD_STATE_BOAT = re.compile(r"(?:중국|러시아|일본)\S*\s*(?:어선|선박|배|화물선|선원)")  # seized for fishing where barred: held


def _abducted(hit: Hit, perp_key: Optional[str], stext: str, lex: KoLexicon) -> str:
    etype = hit.trigger.type
    if etype == "DETAIN" and hit.trigger.term in _TAKING + ("나포",) and (perp_key or "KP").startswith("KP") \
            and _SOUTH_CREW_SEIZED.search(stext) and _AT_SEA.search(stext) \
            and not _BACK_HOME.search(stext) and not _THIRD_STATE_BOAT.search(stext):
        return "ABDUCT"
    if etype != "DETAIN" or hit.trigger.term not in _TAKING or (perp_key or "").startswith("CN"):
        return etype  # (the Chinese police arresting people in China is a detention)
    # (or deceived into crossing: 말에 속아 강을 건넜다가 ... 붙잡혔다, ko_scope.tsv)
    if (lex.abroad.search(stext) or _scope("lured_across").search(stext) or _MISSION_ABROAD.search(stext)) \
            and not _BACK_HOME.search(_QUOTED.sub(" ", stext)) and not _ON_CHARGES.search(stext):
        return "ABDUCT"
    return etype


def _voice(sent: Sentence, hit: Hit, tail: str) -> str:
    voice = hit.trigger.voice
    if voice == "passive":
        return voice
    first = tail.split(" ")[0] if tail else ""
    if first.startswith("시키/") or first.startswith("시키"):
        return "active"  # 이주시켰다, 재입북시켰다: someone made it happen
    if voice == "intrans":
        return voice
    if first.split("/")[0] in ("되", "당하", "받"):
        return "passive"
    parts = tail.split(" ") if tail else []
    if hit.trigger.pos == "V" and len(parts) >= 2 and parts[0] in ("어/EC", "아/EC", "여/EC") \
            and parts[1] == "지/VX":
        return "passive"  # 무대에 세워졌다, 총회에 세워져: the -어지다 passive, someone else did it
    w = sent.words[hit.word]
    if w.role == "bare" and hit.word + 1 < len(sent.words):
        nxt = sent.words[hit.word + 1].tokens
        if len(nxt) > 1 and nxt[0].tag == "NNG" and nxt[1].tag == "XSV" and nxt[1].form == "되":
            return "passive"  # 출당 처리됐다: a light noun made passive carries the act
    if w.role == "loc" and hit.trigger.pos == "N" and hit.word + 1 < len(sent.words):
        toks = sent.words[hit.word + 1].tokens
        if any(t.tag.startswith("VV") for t in toks[:1]) and any(
                t.tag.startswith("VX") and t.form == "지" for t in toks[1:4]):
            return "passive"  # 관리소로 보내졌다: sent there by someone
    if w.role == "obj" and hit.word + 1 < len(sent.words):
        nxt = sent.words[hit.word + 1]
        if any(korean.lemma(t) in _PASSIVE_HEADS or t.form in ("받", "당하") for t in nxt.tokens[:3]):
            return "passive"  # 고문을 당했다, 처벌을 받았다, 노동교화형을 선고받았다
    if hit.trigger.pos == "N" and (w.tokens[-1].tag == "JC" or w.role == "with"):
        # 고문과 장기 구금을 당할 것: a noun joined to the object of 당하다/받다 is undergone too.
        k = hit.word + 1
        while k < len(sent.words) and (sent.words[k].tokens[-1].tag == "JC" or sent.words[k].role == "bare"):
            k += 1
        if k + 1 < len(sent.words) and sent.words[k].role == "obj" and any(
                korean.lemma(t) in _PASSIVE_HEADS or t.form in ("받", "당하") for t in sent.words[k + 1].tokens[:3]):
            return "passive"
    if w.role == "bare" and hit.trigger.pos == "N":
        # 노동교화형 15년과 10년을 선고받았다: the sentence named with its term, then the
        # passive verb that governs the whole object.
        for nxt in sent.words[hit.word + 1:hit.word + 4]:
            if nxt.role == "pred":
                toks = nxt.tokens
                if len(toks) > 1 and toks[0].tag == "NNG" and toks[1].form in ("받", "당하"):
                    return "passive"
                break
            if nxt.role not in ("with", "obj", "bare"):
                break
    return "active"


def _audience(words: list, j: int) -> bool:
    """주민들 앞에 세우고: the people before whom someone is put are the audience, not whom the act is done to."""
    return j + 1 < len(words) and words[j + 1].tokens[0].form == "앞"


def _roles(sent: Sentence, hit: Hit, voice: str, phrases: list, disc: Optional[_Discourse] = None,
           quotes: tuple = ()):
    """(perpetrator ActorMatch-with-text, target Phrase) from the particles."""
    words = sent.words
    perp = target = None
    closed = False  # the clause's own subject was a pronoun: no actor further left is its agent
    own = phrases[hit.word]
    crossed = False  # passed the end of a content clause (~하도록, ~라고)
    outer = None
    for j in range(hit.word - 1, -1, -1):
        p, w = phrases[j], words[j]
        if hit.trigger.type in _SPEECH_ACTS and target is None and _complement_end(w):
            crossed = True
        # 요원들은 "... 러시아 경찰이 다 찾아 준다"고 경고했다: who is named inside the
        # quoted words is what was said, not who said it.
        quoted = hit.trigger.type in _SPEECH_ACTS and any(a <= w.start < b and not a <= hit.start < b
                                                          for a, b in quotes)
        if p is None:
            if voice == "active" and perp is None and _stative_clause(w) and not quoted:
                # (inside the words said, "보위부가 아니라 우리가 데려간다" closes no clause of the speaker's)
                closed = True  # 동향은 없으며 ... 감시 태세: a clause of being, whose subject acts in no other
            continue
        if voice == "active":
            if quoted and (p.actor or p.person == "pronoun") and w.role == "subj":
                pass
            elif perp is None and not closed and w.role == "subj" and p.person == "pronoun" and (
                    not crossed or _topic(w)):
                # 이들이 사람들을 고문했다: 이들 are the officials spoken of just before. A topic
                # (그들은 "..."고 을러댔다) speaks the words it opens; a content clause has a subject, no topic.
                perp, closed = _pronoun_actor(p, j, words, phrases, disc), True
            elif perp is None and not closed and p.actor and (w.role in ("subj", "from") or (
                    w.role == "gen" and _owns_trigger(words, j, hit.word))):
                perp = _with_text(p)
            elif hit.trigger.type == "PROPAGANDA" and hit.trigger.pos == "N" \
                    and all(x.role == "bare" for x in words[j:hit.word]):
                continue  # 주민 강연회, 탈북자 가족 강연회: the meeting's audience, not whom it shows
            elif p.person and w.role in ("obj", "recip", "about", "bare", "gen") and target is None \
                    and not _audience(words, j):
                if not crossed:
                    target = p
                elif w.role in ("obj", "recip"):
                    # 주민들에게 [가족에게 전화하도록] 강요했다: the forced person is the
                    # leftmost, outside the content clause.
                    outer = p
        elif voice == "passive":
            if perp is None and p.actor and (w.agent or w.role in ("recip", "loc", "from")):
                perp = _with_text(p)
            elif target is None and p.actor and not p.person and not p.state and w.role == "subj" \
                    and not _relative_subject(words, j):
                # 당 비서는 출당 처리됐다, 보위성 간부 5명이 총살됐다: the officials undergo the act.
                target = Phrase(p.start, p.end, p.text, None, "official")
            elif target is None and p.person and w.role in ("subj", "bare", "gen"):
                target = p
        else:  # intrans: the subject is the person who moves
            if target is None and p.person and w.role in ("subj", "bare"):
                target = p
    if target is None:
        target = outer
    # A noun trigger's own phrase: 보위부 감시 (actor), 탈북자 가족 감시 (target).
    if own is not None and own.start < hit.start:
        if perp is None and own.actor and own.actor.end <= hit.start and voice == "active":
            perp = _with_text(own)
        elif target is None and own.person:
            target = own
    # A relative clause: 가족을 감시하는 보위원들, 체포된 주민.
    trig_word = words[hit.word]
    if trig_word.tokens[-1].tag == "ETM" and hit.word + 1 < len(words):
        p = phrases[hit.word + 1]
        if p is not None:
            if perp is None and p.actor and voice == "active":
                perp = _with_text(p)
            elif target is None and p.person and voice != "active":
                target = p
    return perp, target


# Quoted words (document offsets are added by the caller).
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|‘[^’]*’|\'[^\']*\'')


def _stative_clause(w) -> bool:
    """없으며, 많고, 아니며: an adjective or copula ending a clause of its own."""
    toks = w.tokens
    return bool(toks) and toks[-1].tag == "EC" and any(t.tag in ("VA", "VCP", "VCN") for t in toks)


def _owns_trigger(words: list, j: int, wi: int) -> bool:
    """보위부의 감시, 보위부의 강력한 감시: a genitive names the actor of the trigger noun
    it modifies, not of a noun further on (북한군의 특이 동향은 없으며 ... 감시 태세)."""
    return all(words[k].role == "bare" or not words[k].nominal for k in range(j + 1, wi)) and wi - j <= 3


def _relative_subject(words: list, j: int) -> bool:
    # 경비대원이 쏜 총에 맞았다: the subject of a relative clause, not of the passive.
    nxt = words[j + 1] if j + 1 < len(words) else None
    return bool(nxt and nxt.role == "pred" and nxt.tokens[-1].tag == "ETM")


def _topic(w: Word) -> bool:
    return any(t.tag == "JX" and t.form in ("은", "는", "ᆫ") for t in w.tokens)


def _pronoun_actor(p: Phrase, j: int, words: list, phrases: list,
                   disc: Optional[_Discourse]) -> Optional[ActorMatch]:
    """The organisation a subject 이들/그들 stands for: the last subject naming
    one, in the sentence or before it; None when the people were no officials."""
    for k in range(j - 1, -1, -1):
        q = phrases[k]
        if q is not None and words[k].role == "subj":
            if q.actor and not q.state:
                return ActorMatch(p.start, p.end, p.text, q.actor.key, q.actor.generic)
            if q.person:
                return None  # 주민 3명이 ... 이들이: the people before were no officials
    a = disc.subject_actor if disc is not None else None
    return ActorMatch(p.start, p.end, p.text, a.key, a.generic) if a else None


def _complement_end(w: Word) -> bool:
    ends = w.endings()
    return bool(ends) and (ends[-1] in ("도록", "게", "라고", "다고", "자고", "라며", "다며") or quotative(w))


def _with_text(p: Phrase) -> ActorMatch:
    # The perpetrator's text is the whole phrase (보위부 반탐과 요원들), its key the actor's.
    a = p.actor
    return ActorMatch(p.start, p.end, p.text, a.key, a.generic)


def _linked_actor(disc: _Discourse, hit: Hit, target: Optional[Phrase], sent: Sentence) -> Optional[ActorMatch]:
    """A passive with no agent (선고받았다, 넘겨졌다) takes the actor of the act just
    told, in this paragraph or the one before, when the text links the two: the
    same kind of act (재판소는 사형을 선고했다 ... 나머지는 선고받았다) or the same
    people (리모 씨가 공안에 체포됐다 ... 리 씨는 넘겨졌다; 이들은). Otherwise null."""
    if disc.last_event is None:
        return None
    etype, etarget, eperp, epara = disc.last_event
    if eperp is None or disc.para_rank.get(epara, -9) < disc.para_rank.get(sent.paragraph, 0) - 1:
        return None
    if etype == hit.trigger.type or (target is not None and _same_people(target, etarget)):
        return eperp
    if (target is None and not any(w.role == "subj" and w.nominal for w in sent.words[:hit.word])) \
            or (hit.trigger.type in _STATE_ONLY and (_anaphoric(target) or _subject_is(sent, hit, etarget)
                                                     or _partitive(sent, hit) and not disc.last_unowned)):
        # (이 가운데 한 명은: some of the people of the act just told, when that act had an actor)
        # (round 6: no longer any state-only act in the same paragraph: 이들의 부모도 ...
        # 쫓겨났다 names other people, whom the grammar ties to no actor told before)
        # 잠을 재우지 않는 고문까지 당했다: Korean drops the person just spoken of, and
        # with them the actor who had them in hand.
        return eperp
    return None


def _partitive(sent: Sentence, hit: Hit) -> bool:
    """이 가운데 절반이, 그중 일부는, 이들 중 두 명이: some of the people just spoken of."""
    forms = [t.form for w in sent.words[:hit.word] for t in w.tokens]
    return any(a in ("이", "그", "이들", "그들") and b in ("가운데", "중")
               or a == "이" and b == "들" and c in ("가운데", "중")
               for a, b, c in zip(forms, forms[1:] + [""], forms[2:] + ["", ""]))


def _subject_is(sent: Sentence, hit: Hit, before: Optional[str]) -> bool:
    """A씨는 ... 다른 탈북민과 함께 넘겨졌다: the clause's subject is the person of the act
    just told, whatever other people it names; only a person named by surname is surely the
    same one (다섯 세대 are not the 두 세대 told before)."""
    if before is None or not (before.endswith("씨") or _SURNAMED.match(before)):
        return False
    return any(
        w.role == "subj" and w.nominal and _same_people(Phrase(w.start, w.head_end, _text_of(w)), before)
        for w in sent.words[:hit.word])


def _text_of(w: Word) -> str:
    return "".join(t.form for t in w.tokens if not t.tag.startswith("J"))


_AUTHORITIES = re.compile(r"당국")


@lru_cache(maxsize=None)
def _scope(kind: str) -> re.Pattern:
    """A sentence cue of ``data/lexicon/ko_scope.tsv``: states warned, China's own crime,
    North Koreans named, proposals."""
    from .. import data
    return re.compile(next(r["pattern"] for r in data.read_tsv("lexicon/ko_scope.tsv") if r["kind"] == kind))


_HELD_BY_STATE = ("DETAIN", "ASSAULT", "SURVEIL", "VISIT")
_UNDER_QUESTIONING = re.compile(r"조사|예심|심문|취조|추궁|신문")


def _paragraph_actor(disc: _Discourse, hit: Hit, sent: Sentence) -> Optional[ActorMatch]:
    """붙잡혔다, 매를 맞았다 with no agent, in a passage about one office (보위부가 ...
    추적했다. 브로커는 자택에서 붙잡혔다): Korean leaves out the office that the
    passage is about. Only for acts of holding and handling people, and only while
    the office was named in this paragraph or the one before."""
    if disc.actor is None or disc.actor.generic or hit.trigger.type not in _HELD_BY_STATE \
            or disc.actor.key == "KP.court":
        return None  # (a court sentences; it neither catches nor watches people)
    if disc.actor_para != sent.paragraph:
        return None
    return disc.actor


@lru_cache(maxsize=1)
def _chinese_place() -> re.Pattern:
    # A place in China as where people were caught or held (선양에서, 중국에 억류된),
    # not as a route (중국을 거쳐) or where a relative lives (중국에 있는 딸).
    places = _chinese_places()
    return re.compile(rf"(?<![가-힣])(?:{places})(?:시|현|성|주|구)?(?:에서\s*\S*(?:붙잡|체포|잡히|잡힌|억류|구금)"
                      rf"|에\s*(?:억류|구금|붙잡))")


@lru_cache(maxsize=1)
def _sent_from_china() -> re.Pattern:
    # Sent from a place in China to the North (단둥에서 신의주로 송환된 뒤): China hands people over.
    return re.compile(rf"(?<![가-힣])(?:{_chinese_places()})(?:시|현|성|주|구)?에서\s+(?:\S+\s+)?\S*(?:으로|로)\s+"
                      rf"(?:\S+\s+)?(?:강제\s*)?(?:송환|북송|넘겨|압송)")


@lru_cache(maxsize=None)
def _places_abroad(country: Optional[str] = None) -> str:
    """The alternation of the places of ko_abroad.tsv, those of one country when given."""
    from .. import data
    from ..regex_words import literal_pattern
    return literal_pattern(r["cue"] for r in data.read_tsv("lexicon/ko_abroad.tsv")
                           if r["kind"] == "place" and country in (None, r["country"]))


def _chinese_places() -> str:
    """The alternation of places in China (ko_abroad.tsv)."""
    return _places_abroad("CN")


@lru_cache(maxsize=1)
def _any_place_abroad() -> re.Pattern:
    """Every place abroad, wherever it stands in a word (퉁화시의, 허룽에서)."""
    return re.compile(_places_abroad())


@lru_cache(maxsize=1)
def _chinese_city() -> re.Pattern:
    """A Chinese place named just before 당국 (단둥 당국, 중국 랴오닝성 당국, 중국 변방 당국)."""
    return re.compile(rf"(?<![가-힣])(?:중국|{_chinese_places()})(?:시|현|성|주|구)?(?:의)?\s*(?:변방|국경|공안|출입국)?\s*$")


_CHINA_HOLDS = frozenset({"REPATRIATE", "DETAIN"})


def _with_marking(text: str, perp: ActorMatch) -> str:
    # The few characters before an alias say whose body it is (북한 경찰, 중국의 경찰);
    # an actor carried from elsewhere (ActorMatch(0, 0, ...)) has only its words.
    if text[perp.start:perp.end] != perp.text:
        return perp.text
    before = text[max(0, perp.start - 5):perp.start]
    if _CLOSED_PHRASE.search(before):
        return perp.text  # 재판부는 보위성이 ...: the court is the topic of another clause, no marking of this body
    return before + perp.text


# A phrase closed by a case or topic particle before the alias (재판부는, 국정원이): another
# phrase, not words that say whose body the alias is.
_CLOSED_PHRASE = re.compile(r"(?:은|는|이|가|을|를|도|에서|에게|께서)\s+$")


_LAW_WORD = re.compile(r"경찰|검찰|법원|해경|지검|지법|대검|해상보안청")


def _first_body_lawful(text: str, spans: list, actors: ActorLexicon) -> bool:
    disc = _Discourse()
    for sp in spans:
        _note_bodies(disc, text[sp.start:sp.end], 0, actors, first=True)
        if disc.lawful_para is not None or disc.lead_rank:
            break
    return disc.lawful_para is not None


def _note_bodies(disc: _Discourse, stext: str, paragraph: int, actors: ActorLexicon,
                 first: bool = False) -> None:
    """Remember whether the last body the sentence names (with first, the first) is a
    lawful one (서울경찰청, 경찰, 법원) or an organisation the record tracks (보위부, 북한 경찰)."""
    # (only police, prosecutors and courts: 국회 or a ministry that hears a report acts on no one)
    bodies = [(m.start(), True) for m in _lawful_bodies().finditer(stext) if _LAW_WORD.search(m.group())]
    bodies += [(m.start, False) for m in actors.find(stext)
               if not m.generic and len(m.text) > 1 and not _lawful_body(_with_marking(stext, m))]
    if not bodies:
        return
    at, lawful = min(bodies) if first else max(bodies)
    disc.lawful_para = disc.para_rank.get(paragraph, 0) if lawful else None
    if first and not lawful:
        disc.lead_rank = 1  # (the first body is a tracked one: stop looking)


def _lawful_body(text: Optional[str], subject: bool = False) -> bool:
    if not text:
        return False
    m = _lawful_bodies().search(text)
    if m is None or not subject:
        return m is not None
    return _AS_SUBJECT.match(text, m.end()) is not None


# A court or prosecutor that finds what someone did (재판부는 A씨가 ... 위협한 사실을 인정했다, ... 넘겼다고
# 판단했다, ... 넘겼다는 공소사실은 무죄로 봤다): the finding, not the act, is the body's.
_COURT_FINDING = re.compile(r"(?:사실|혐의|공소사실|주장|점)(?:을|를|도|은|는|이|에\s*대해서?는?)?\s+(?:\S+\s+){0,3}?"
                            r"(?:인정|유죄|무죄|받아들|판단|인용)|[다라]고\s+(?:\S+\s+){0,2}?(?:인정|판단|봤|보았|적시)")


def _found_by_court(stext: str, at: int) -> bool:
    """The act at ``at`` is told inside what a lawful body named before it found."""
    body = _lawful_bodies().search(stext)
    return body is not None and body.start() < at and _COURT_FINDING.search(stext, at) is not None


# The body as subject (은/는/이/가) or agent (에, 에게, 에 의해) of the sentence's act, itself
# or as the head of the unit named after it (서울경찰청 금융범죄수사대는).
_AS_SUBJECT = re.compile(r"[가-힣]*(?:\s+[가-힣0-9]+?){0,2}?(?:은|는|이|가|에게|에\s*의해|에)\s")


@lru_cache(maxsize=1)
def _lawful_bodies() -> re.Pattern:
    from .. import data
    return re.compile("|".join(f"(?:{r['pattern']})" for r in data.read_tsv("lexicon/ko_lawful_bodies.tsv")))


_MEDIA_AS_SUBJECT = re.compile(r"(?:은|는|이|가)\s")  # a state outlet as the sentence's subject


@lru_cache(maxsize=1)
def _state_media() -> re.Pattern:
    from .. import data
    from ..regex_words import literal_pattern
    return re.compile(literal_pattern(r["name"] for r in data.read_tsv("lexicon/ko_state_media.tsv")))


# Chinese custody named in the sentence: the border-defence lock-up, China's police.
# A trial named in the sentence (재판에 넘겨져, 공개재판에서, 재판을 받고); 재판소 is an actor of its own,
# 재판부 a court panel that may be the South's, and 재판 없이, 재판도 거치지 않고 say there was none.
_AT_TRIAL = re.compile(r"재판(?!소|부|도?\s*없이|도?\s*(?:을|를)?\s*거치지)")
_CHINESE_CUSTODY = re.compile(r"변방구류소|변방대|변방부대|공안|구류소")
# Acts only an authority does to people: told in the passive with no agent, in the
# paragraph of an act whose actor is known (이 세 가구는 ... 농장으로 옮겨졌다), that actor did it.
_STATE_ONLY = ("EXPEL", "PUNISH", "REPATRIATE")


def _anaphoric(target: Optional[Phrase]) -> bool:
    # 이 세 가구는, 가족이: people already spoken of (a demonstrative, or a bare kin or
    # person noun), who carry the act just told into the next paragraph; 탈북자가 나온
    # 집 10여 세대 are new people.
    if target is None:
        return False
    return target.person == "pronoun" or target.text.startswith(("이 ", "그 ", "해당 ")) \
        or (" " not in target.text and target.person in ("family", "generic", "family_defector"))


def _same_people(target: Phrase, before: Optional[str]) -> bool:
    if target.person == "pronoun":
        return before is not None
    if not before:
        return False
    a, b = target.text, before
    # 리모(34) 씨 ... 리 씨, 정 모 여성 ... 정 씨: one surname, one person
    sa, sb = _SURNAMED.match(a), _SURNAMED.match(b)
    return a == b or (a.endswith("씨") and b.endswith("씨") and a[0] == b[0]) \
        or bool(sa and sb and sa.group(1) == sb.group(1))


_SURNAMED = re.compile(r"([가-힣])\s?(?:모|씨)(?![가-힣])|([가-힣])모\s?씨")


# Nouns that stand for a broadcast or its voice (아나운서는, 방송은, 이 매체는).
_MEDIA_ACTS = ("THREATEN", "INDUCE", "PROPAGANDA")
_MEDIA_WORDS = ("아나운서", "방송", "매체", "편집물", "화면", "진행자", "논평", "보도",
                "통신", "중앙통신", "신문", "사이트", "텔레비죤", "텔레비전", "방송국")  # (통신은 또: the agency named before)


def _media_subject(sent: Sentence, hit: Hit) -> Optional[Word]:
    """The act's subject, when it names a broadcast or its announcer."""
    for w in sent.words[:hit.word]:
        if w.role == "subj" and w.tokens[_last_nominal(w)].form in _MEDIA_WORDS:
            return w
    return None


def _has_subject(sent: Sentence, hit: Hit, phrases: list) -> bool:
    # 김모 씨는 기자회견에 나섰다: the subject is there, and it is no actor.
    if _subject_trigger(sent, hit):
        return True  # 감시가 강화됐다: the act itself is the subject, nobody is left out
    speech = hit.trigger.type in _SPEECH_ACTS
    crossed = False
    for j in range(hit.word - 1, -1, -1):
        w, p = sent.words[j], phrases[j]
        if (speech and _complement_end(w)) or (j < hit.word and (conditional(w) or quotative(w))):
            # 손님이 나오면 ... 벌금을 물린다; "가족이 ... 모른다"면서 "보내졌을 거라고": the
            # subject of a condition or of an earlier quoted clause is not this act's.
            crossed = True
        if p is None or w.role != "subj" or w.tokens[_last_nominal(w)].form in _WHEN:
            continue  # (한 번은, 그날은: a time as topic, not the one acting)
        # "온 가족이 쫓겨날 줄 알라"고 을러댔다: a 이/가 subject inside the threat's
        # content is not the one threatening.
        if crossed and any(t.tag == "JKS" for t in w.tokens):
            continue
        return True
    return False


_WHEN = ("번", "때", "동안", "뒤", "후", "중", "날", "이후", "전", "당시", "무렵")


def _private_subject(sent: Sentence, hit: Hit, phrases: list) -> bool:
    """The clause's own subject (the nearest before the verb, 이/가 marked) names
    people who are no organisation and no one the lexicons know (의사들, 주인)."""
    for j in range(hit.word - 1, max(-1, hit.word - 7), -1):
        w, p = sent.words[j], phrases[j]
        if conditional(w) or quotative(w) or any(t.tag == "EF" for t in w.tokens):
            return False
        # (the sentence's topic also names the doer: 교사는 학생들에게 ... 쓰게 했다)
        if w.role == "subj" and p is not None and (any(t.tag == "JKS" for t in w.tokens) and j > hit.word - 5
                                                   or j <= 1 and _common_topic(sent, j)):
            return not p.actor and not p.person and not p.state and w.tokens[0].tag in ("NNG", "NNP")
    return False


_FIRM = ("회사", "무역회사", "건설회사", "회사측")


def _firm_subject(sent: Sentence, hit: Hit) -> Optional[tuple[int, int]]:
    """(start, end) of the firm named as the clause's subject (회사는, 건설회사가), the nearest
    subject before the verb, with no bare noun before it (중국 회사는 is another firm)."""
    for j in range(hit.word - 1, max(-1, hit.word - 11), -1):
        w = sent.words[j]
        if conditional(w) or quotative(w) or any(t.tag == "EF" for t in w.tokens):
            return None
        if w.role == "subj":
            head = "".join(t.form for t in w.tokens if t.tag.startswith("NN"))
            if head in _FIRM and (j == 0 or sent.words[j - 1].role != "bare"):
                return w.start, w.head_end
            return None
    return None


def _common_topic(sent: Sentence, j: int) -> bool:
    # 교사는, 담임 선생님은: a topic of common nouns only; a name (중국 외교부는) is a body.
    w = sent.words[j]
    return any(t.tag == "JX" and t.form in ("은", "는") for t in w.tokens) and not any(
        t.tag == "NNP" for x in sent.words[:j + 1] for t in x.tokens)


def _person_subject(sent: Sentence, hit: Hit, phrases: list) -> bool:
    """The clause's own subject (이/가 or topic 은/는) names people, not an organisation.
    Past what was said (~주겠다고), only the speaker's topic (은/는) counts."""
    said = False
    for j in range(hit.word - 1, -1, -1):
        w, p = sent.words[j], phrases[j]
        if any(t.tag == "EF" for t in w.tokens) or conditional(w) and not said:
            return False
        if quotative(w):
            said = True
            continue
        if w.role == "subj" and p is not None:
            if said and not any(t.tag == "JX" and t.form in ("은", "는") for t in w.tokens):
                continue
            return bool(p.person) and p.person != "pronoun" and not p.actor and not p.state
    return False


def _subject_trigger(sent: Sentence, hit: Hit) -> bool:
    w = sent.words[hit.word]
    return hit.trigger.pos == "N" and w.role == "subj" and hit.token == _last_nominal(w)


def _last_nominal(w: Word) -> int:
    return max(i for i, t in enumerate(w.tokens) if t.tag.startswith(("NN", "XSN", "XR", "MAG")) or i == 0)


def _pronoun_subject(sent: Sentence, hit: Hit, phrases: list) -> bool:
    # 이들이 ...: the pronoun's referent decided; no other actor stands in for it.
    return any(p is not None and p.person == "pronoun" and sent.words[j].role == "subj"
               for j, p in enumerate(phrases[:hit.word]))


def _fallback_actor(phrases: list, target: Optional[Phrase], sent: Optional[Sentence] = None,
                    hit: Optional[Hit] = None) -> Optional[ActorMatch]:
    end = len(phrases)
    if sent is not None and hit is not None:
        # 총살됐다는 말이 당 간부들 사이에서 퍼졌다: past the end of the act's clause
        # (a quote or content ending), the actors belong to another clause.
        end = next((k for k in range(hit.word, len(phrases)) if _complement_end(sent.words[k])), len(phrases) - 1) + 1
    for p in phrases[:end]:
        if p and p.actor and p is not target \
                and not (target is not None and target.start <= p.start and p.end <= target.end):
            return _with_text(p)  # (not 보위성 in "보위성 간부 5명이 총살됐다", the people shot)
    return None


def _fallback_target(phrases: list, perp: Optional[ActorMatch], hit: Hit) -> Optional[Phrase]:
    cands = [p for p in phrases if p and p.person and not p.actor
             and not (perp and perp.start <= p.start < perp.end)]
    if not cands:
        return None
    return min(cands, key=lambda p: abs(p.start - hit.start))


def _target(p: Optional[Phrase], disc: _Discourse) -> Optional[Target]:
    if p is None:
        return None
    cat = p.person
    if cat == "pronoun":
        cat = disc.focus or disc.last_target
        return Target(p.text, cat) if cat else None
    if cat == "generic":
        return Target(p.text, disc.focus or "resident")
    if cat == "family_defector":
        cat = "defector_family"
    elif cat == "family_other":
        cat = "other"
    elif cat == "family" and p.household and disc.focus == "returnee":
        # 풀려난 뒤에도 안전원이 매주 집에 찾아왔다: in a report about a returnee, the
        # home is theirs (kin named as kin stay a defector's family)
        cat = "returnee"
    elif cat == "family":
        # 가족들 alone: a defector's family when the report has said so before.
        cat = "defector_family" if disc.defector_family or disc.focus in ("defector", "returnee") \
            or disc.worker_fled else "resident"
    return Target(p.text, cat)


def _update_discourse(disc: _Discourse, phrases: list, paragraph: int = 0,
                      sent: Optional[Sentence] = None, targeted: list = ()) -> None:
    disc.sent_no += 1
    # 안전원이 인민반장을 앞세우고 ...: the organisation acting is the subject's; one
    # named as object, companion or place stands for the discourse only when no
    # subject names one.
    subj = [j for j, p in enumerate(phrases) if p is not None and p.actor and not p.actor.generic
            and not p.state and sent is not None and sent.words[j].role == "subj"
            and not any(p.text in t for t in targeted)]
    for j, p in enumerate(phrases):
        if p is None:
            continue
        if p.actor and sent is not None and sent.words[j].role == "subj" and not p.state:
            disc.subject_actor = p.actor
        if p.actor and any(p.text in t for t in targeted):
            continue  # officials who were punished are no acting organisation
        if p.actor and subj and j not in subj:
            continue
        if p.actor and not p.actor.generic and not p.state and not _lawful_body(p.text):
            # (경찰, 러시아 경찰: the South's or another state's police stand for no office here)
            # 보위원들 after 보위부 반탐과: the same people, the unit stays known.
            if not (disc.actor is not None and disc.actor.key.startswith(p.actor.key + ".")):
                # (반탐과에 호출돼 ... 보위원들은: the unit named in the sentence stays known)
                disc.actor = next((q.actor for q in phrases if q is not None and q.actor is not None
                                   and q.actor.key.startswith(p.actor.key + ".")), p.actor)
            disc.actor_para, disc.actor_sent = paragraph, disc.sent_no
        head = sent is None or j + 1 >= len(phrases) or sent.words[j].role not in ("bare", "gen")
        if p.person in _FOCUS and not p.actor and head:
            # (탈북자 in 탈북자 가족 only modifies: the family is who the report is about)
            disc.focus = p.person
        if p.person == "family_defector":
            disc.defector_family = True
            if head and disc.focus in (None, "defector") and (p.kin_of_defector or (
                    sent is not None and sent.words[j].role in ("subj", "obj", "recip"))):
                disc.focus = "defector_family"  # (a report about a broker or a returnee stays so)


_FOCUS = ("defector", "returnee", "broker", "worker_abroad")

# Someone leaving for the South (한국으로 간, 남조선행), or vanishing while abroad (단둥 식당
#종업원이 잠적한 뒤): families named afterwards are a defector's family.
# (남쪽으로 넘어간: the South named by its direction, only with a verb of crossing or going,
# since 남쪽 alone is also plain geography)
_TO_SOUTH = re.compile(r"(?:한국|남한|남조선|서울|대한민국)(?:으로|에|행)\s*(?:\S+\s+)?"
                       r"(?:가[다고려면서]?|간|갔|갈|넘어|건너|탈출|도주|망명|입국|들어[가갔간와왔온])"
                       r"|남쪽으로\s*(?:\S+\s+)?(?:넘어|건너|귀순|탈출|도주|갔|간)")
# (Hangul fuses the tense into the syllable: 달아났다 and 감춘 need their own forms)
_VANISHED = re.compile(r"잠적|탈출|도주|달아나|달아난|달아났|도망|행방을 감[추춘췄]|자취를 감|사라[진졌지]|이탈")


_FIRST_PERSON = re.compile(r"(?:^|[\s\"“'‘])(?:저는|제가|저를|저도|저희|나는|내가|저한테|제게)\s"
                           r"|이야기를\s+(?:\S+\s+){0,3}?(?:정리|옮긴|옮겼|재구성)|증언을\s+(?:\S+\s+)?(?:정리|옮긴|옮겼)")


_ON_PERSON = ("ASSAULT", "DETAIN", "PUNISH", "VISIT")


def _witness(sent: Sentence, hit: Hit, voice: str, phrases: list, disc: _Discourse) -> Optional[Target]:
    """이듬해 공안 단속에 걸렸습니다: in a testimony told in the first person, a passive
    with no subject is the witness's own ordeal (Korean drops 저는); the witness is
    the person the report is about."""
    focus = disc.focus or ("defector" if disc.saw_defector else None)
    # (an active act on people with none named, 각목으로 등을 내리쳤어요, fell on the witness too)
    if not disc.first_person or focus is None or voice == "intrans" \
            or voice == "active" and hit.trigger.type not in _ON_PERSON \
            or voice == "passive" and _has_subject(sent, hit, phrases):
        return None
    return Target(None, focus)


# "Whoever does X": 누구든, or a clause on a bare 자/놈 (퍼뜨리는 자는, 도망친 자들의), or on 사람
# as a topic (안 나온 사람은).
_WHOEVER = re.compile(r"누구든|누구나|(?:는|은|한|된|운|쓴|본|든|진|친|간|온) (?:자|자들|놈|놈들)(?:은|는|이|의|도|로|와|에게|까지)?[\s'\"]"
                      r"|(?:는|은|한|온|간) 사람(?:은|도)\s")


def _population(etype: str, perp_key: Optional[str], disc: _Discourse, stext: str = "") -> Optional[Target]:
    """주택가를 돌며 통화를 잡아낸다: a watch the state lays on no one named falls on
    the people under it; so does a ban or a crackdown laid on no one named (round 5: with
    the newer RESTRICT rows, coded with resident 38 times in 48 across the dev sets)."""
    if perp_key is None or not perp_key.startswith("KP."):
        return None
    if etype in ("SURVEIL", "RESTRICT"):
        return Target(None, "resident")
    if etype == "THREATEN" and _WHOEVER.search(stext):
        # "선을 대는 자는 누구든 이렇게 된다": a warning to whoever does a thing is laid on
        # the people who hear it (7 of 10 such threats in the dev sets are coded resident)
        return Target(None, "resident")
    if etype == "PROPAGANDA" and disc.focus in ("returnee", "defector"):
        # 기자회견 녹화 화면을 내보냈다: a show naming no one puts on view the person the
        # report is about (19 of 42 PROPAGANDA in the dev sets target a returnee); one the
        # state sits before its cameras (회견) is back in its hands, a returnee.
        return Target(None, "returnee" if "회견" in stext else disc.focus)
    return None


def _defection_told(disc: _Discourse, stext: str, lex: KoLexicon) -> None:
    if _FIRST_PERSON.search(stext):
        disc.first_person = True
    if lex.defector_cue.search(stext):
        disc.saw_defector = True  # (a witness who left, when no sentence made them the focus)
    if _TO_SOUTH.search(stext) or (_VANISHED.search(stext) and lex.abroad.search(stext)):
        disc.defector_family = True
    if _WORKER_FLED.search(stext) and _WORKER.search(stext) and lex.abroad.search(stext):
        disc.worker_fled = True
    if _WORKER.search(stext) and (lex.abroad.search(stext) or _WORK_ABROAD.search(stext)):
        disc.crews_abroad = True


# A worker sent abroad who ran from the work site (블라디보스토크 ... 노동자가 숙소를 빠져나간
# 뒤, 현장을 이탈한 노동자): the kin held or watched at home for it are a defector's family.
# (A brigade member who slips home inside the country is no defector.)
_WORKER_FLED = re.compile(r"달아나|달아난|도망치|도망친|도망간|이탈|빠져나가|빠져나간|빠져나와|잠적")
_WORKER = re.compile(r"노동자|종업원|근로자|파견")


def _surface_discourse(disc: _Discourse, stext: str, offset: int, actors: ActorLexicon,
                       lex: KoLexicon, paragraph: Optional[int] = None) -> None:
    disc.sent_no += 1
    # Without morphology, trust only aliases of two syllables or more (당 is too short).
    for m in actors.find(stext, offset):
        if not m.generic and len(m.text) > 1 and not _lawful_body(_with_marking(stext, ActorMatch(
                m.start - offset, m.end - offset, m.text, m.key, m.generic))):
            disc.actor = m
            if paragraph is not None:
                disc.actor_para = paragraph  # (named here, though no act was told with it)
                disc.actor_sent = disc.sent_no
    if lex.family_cue.search(stext) and lex.defector_cue.search(stext):
        disc.defector_family = True  # a family noun and a defector noun


# --- status, certainty, attribution ---------------------------------------------

def _status(sent: Sentence, hit: Hit, tail: str, stext: str, lex: KoLexicon) -> str:
    if hit.trigger.gate == _PROPOSED and hit.said is None:
        # 소식통은 "... 매주 보고하고 있다"고 전했다: a proposed act read on the source's verb
        # has the tense and mood of the quoted predicate that tells it, not of 전했다
        inner = _quoted_predicate(sent, hit, stext)
        if inner is not None:
            w = sent.words[inner]
            hit = Hit(hit.trigger, inner, 0, w.start, w.end)
            tail = tail_string(sent, inner, 0)
    head = head_string(sent, hit.word, hit.token)
    best = "occurred"
    if hit.said is not None:
        # 보낸다고 했다, 대주겠다는 말까지 했다: what was said is told by the verb saying it
        tail = tail_string(sent, hit.said, 0)
    else:
        tail = _chained(sent, hit, tail, stext)
    # 관리소로 실려 왔다, 붙잡혀 와: a passive verb with 오다 is a move, not "has been doing"
    tail = _MOVED.sub(r"\1/VV 어/EC 오/VV", tail)
    own = tail_string(sent, hit.word, hit.token)
    subjects = {"tail": tail, "head": head, "sentence": _own_quote(sent, hit, stext),
                "trigger": f"{hit.trigger.term} {tail}", "after": stext[hit.start - sent.start:]}
    if hit.trigger.term in _NEGATED_RELEASE:
        return "ongoing"  # 아직 풀려나지 않았다: the negation tells the act, held still
    wheres = set()  # where the cues of the status chosen were found
    for where, pattern, status in lex.status:
        subject = subjects[where]
        if status == "denied" and where == "tail" and hit.said is None:
            # 들여다보고는 돌려주지 않았다: the next verb's negation is not this act's
            subject = own
        if pattern.search(subject) and _STATUS_RANK[status] >= _STATUS_RANK[best]:
            wheres = wheres | {where} if status == best else {where}
            best = status
    if best == "denied" and (hit.trigger.type, hit.trigger.term) in _NEGATION_IS_CONTENT:
        # 처벌하지 않는다 (promised), 허용하지 않는다 (a ban), 재우지 않았다 (kept awake): the
        # negation is what was said, ruled or done
        return "ongoing" if hit.trigger.type == "RESTRICT" else "occurred"
    if best == "denied" and hit.trigger.type in ("THREATEN", "INDUCE") and _in_quote(stext, hit.start - sent.start) \
            and not _DENIAL.search(stext):
        # "안 오면 남은 식구들이 어찌 될지 모른다"는 말까지 했다, "문제 삼지 않겠다": the negation is in
        # the words said, and the saying happened (a state's denial, 부인했다 / 날조, stays denied)
        return "occurred"
    if (best == "expected" or best == "ongoing" and wheres <= {"tail", "trigger"}
            and sent.words[hit.word].role == "pred" and _SAID_PAST.match(stext, hit.end - sent.start)) \
            and hit.trigger.type in ("INDUCE", "THREATEN") and _said_after(sent, hit.word, stext):
        # "돌아오면 집을 주겠다"는 말을 전했다, 용서해 준다고 했다: the future or present is the
        # promise's content; the act is its saying, which happened (CODING.md status) -- or
        # goes on, when the saying itself does ("보내겠다"고 을러대고 있다)
        if (hit.said is not None and _SAYING_GOES_ON.search(tail)) \
                or _SAID_GOING_ON.match(stext, hit.end - sent.start):
            return "ongoing"
        return "occurred"
    past = _PAST.search(tail) is not None
    if best == "ongoing" and wheres == {"sentence"} and past and _point_time(subjects["sentence"]):
        # 밀수를 해 온 동업자는 사건 사흘 뒤 체포됐다: the habit named elsewhere in the sentence
        # is not this act's; an act dated to a day happened once
        return "occurred"
    if best == "occurred" and past and hit.said is None and hit.cond is None \
            and hit.trigger.type not in _SPEECH_ACTS and _after_condition(sent, hit, stext):
        # 대답이 틀리면 보위원이 옆구리를 찼다: what was done whenever a condition held, a habit
        return "ongoing"
    if best == "occurred" and hit.trigger.type == "RESTRICT" and _STANDING_ORDER.search(stext):
        return "ongoing"  # 사격하라는 명령이 내려갔다: a rule issued stays in force
    return best


# The places of custody an organ runs: its cells, holding rooms and camps.
_FACILITY = re.compile(r"\s*(?:구류장|구류소|감방|유치장|조사실|초대소|집결소|노동단련대|단련대|대기실)")


# An organ (or its facility) people are handed, moved or carried to: 보위부로 넘겨져, 집결소로 이감됐다.
_TAKEN_TO = re.compile(r"(?:\s*(?:구류장|구류소|집결소|감방|유치장|구류\s*시설|시설)들?)?\s*(?:으로|로|에)\s*(?:다시\s*)?"
                       r"(?:넘겨|넘어가|넘어갔|옮겨|실려|끌려|보내져|보내졌|보내지|이송|압송|이감)")


# An organ's instruction named as what an act follows: 보위부 지시라며, 보위성의 지시로, 분주소 방침에 따라,
# 시 당위원회 결정으로.
# (its section may come between: 군 인민위원회 노동과의 지시로)
_ON_ORDERS = re.compile(r"(?:\s*[가-힣]{1,4}(?:과|처|실))?\s*(?:의\s*)?(?:지시|방침|명령|지침|결정)"
                        r"(?:라며|라면서|라고\s*하|에\s*따라|으로|로|에\s*의해|를\s*받고|대로)")


def _ordered_by(stext: str, at: int, actors: ActorLexicon, state_too: bool = False):
    """The North's organ on whose instruction the act before ``at`` is done, or None.
    ``state_too``: its local government (인민위원회, KP.gov) counts, for an act no one else
    is found doing."""
    for m in reversed(actors.find(stext)):
        if m.start < at and not m.generic and m.key.startswith("KP.") and (m.key != "KP.gov" or state_too) \
                and _ON_ORDERS.match(stext, m.end):
            return m
    return None


def _custodian(stext: str, at: int, actors: ActorLexicon):
    """The North's organ people are handed or moved to, named in the sentence at or before
    the act's word ``at`` (an offset in ``stext``), or None. Its local offices of the state
    (109상무, 인민위원회) hold no one; an army unit's security department is the army's."""
    found = actors.find(stext)
    for m in reversed(found):
        if m.start > at or m.generic or not m.key.startswith("KP.") or m.key == "KP.gov" \
                or not _TAKEN_TO.match(stext, m.end):
            continue
        unit = [u for u in found if u.key == "KP.KPA" and 0 <= m.start - u.end <= 2]
        return unit[-1] if unit else m
    return None


def _facility_organ(stext: str, actors: ActorLexicon):
    """The North's organ named right before a place of custody in the sentence (보위부 구류장,
    안전부 유치장), or None."""
    return next((m for m in actors.find(stext) if m.key.startswith("KP.") and not m.generic
                 and _FACILITY.match(stext, m.end)), None)


_DENIAL = re.compile(r"부인[했하한]|날조|거짓|사실무근|사실이\s*아니|모략|헛소문")


def _denier(stext: str) -> Optional[tuple[str, str]]:
    """The state whose outlet or organ the sentence names first, as the one denying (key, words)."""
    found = [(m.start(), "KP.gov", m.group(0)) for m in _scope("north_denier").finditer(stext)] \
        + [(m.start(), "CN.police", m.group(0)) for m in _scope("china_denier").finditer(stext)] \
        + [(m.start(), "KP.gov", m.group(0)) for m in _state_media().finditer(stext)]
    if not found:
        return None
    _, key, words = min(found)
    return key, words.strip()
_NOT_YET = re.compile(r"아직")
# Harms an organ the sentence names can be said not to have done (보위부는 ... 추방하지 않았다): its denial.
_HARM_DENIED = frozenset({"DETAIN", "PUNISH", "EXPEL", "ASSAULT", "ABDUCT", "REPATRIATE"})
# A past conjecture against the facts (갔을 텐데, 보내졌을 테지만) or a near miss told right after the act
# (잡힐 뻔했다); not 맞아 죽을 뻔했다, where the blows landed.
_UNREAL_PAST = re.compile(r"[았었였했갔왔됐졌켰렸쳤셨냈]을\s*(?:텐데|테지만|터인데)")
_UNREAL = re.compile(r"[^\s,.]*(?:[^,.\n]{0,10}?" + _UNREAL_PAST.pattern + r"|\s+뻔\s*(?:했|하였|한|하다))")
# 서류를 끝내 받아 주지 않았다, 배급을 내주지 않았다: a refusal, which is itself the act.
_REFUSED = re.compile(r"주지\s*(?:는\s*|도\s*)?않")
# Words that answer an accusation: an act told only as denied by them is coded, as denied.
_DENIED_BY_SOMEONE = re.compile(r"부인|" + _DENIAL.pattern + r"|일축|반박|근거\s*(?:가\s*|도\s*)?없|사실과\s*다르|허위|낭설"
                                r"|유언비어|터무니|주장|보도|떠들")


def _quoted_predicate(sent: Sentence, hit: Hit, stext: str) -> Optional[int]:
    """The last verb inside the quote that ends right before the hit's word, when the hit
    is on the verb reporting that quote."""
    at = hit.start - sent.start
    if _in_quote(stext, at):
        return None
    spans = [m.span() for m in _QUOTE_SPAN.finditer(stext) if m.end() <= at]
    if not spans or stext[spans[-1][1]:at].strip(" 고며라이면서") != "":
        return None
    a, b = spans[-1]
    inside = [j for j, w in enumerate(sent.words[:hit.word])
              if a <= w.start - sent.start < b and any(t.tag.startswith(("VV", "XSV")) for t in w.tokens)]
    return inside[-1] if inside else None


# Passive verbs whose 오다 is a movement (실려 오다, 끌려 오다), not the aspect "has been ~ing".
_MOVED = re.compile(r"(?<!\S)(실리|끌리|잡히|붙잡히|붙들리|쫓기|불리|넘겨지|끌려오|잡혀오)/VV 어/EC 오/VX")
_SAYING_GOES_ON = re.compile(r"고/EC 있/VX(?! 었/EP)")
_SAID_GOING_ON = re.compile(r"\S*?고\s+\S+고\s+있(?!었)")  # 주겠다"고 달래고 있다
_SAID_PAST = re.compile(r"\S*(?:\s+\S+){0,2}?(?:고|며|라)\s+\S*(?:했|였|혔|왔)")  # 준다고 했다: said once (준다고 한다 is said still)
_PAST = re.compile(r"(?:었|았|였)/EP")
# A day or a point the act is dated to (not "from" a time: 이달 초부터 is a span).
_POINT_TIME = re.compile(r"(?:\d+|지난|이튿|다음|그|당|첫)\s*(?:일|날|날짜)(?:\s*(?:새벽|아침|오전|오후|저녁|밤))?(?:에는|에도|엔|에)?\s(?!\S*부터)"
                         r"|(?:사건|그|이틀|사흘|나흘|닷새|엿새|\d+일)\s*(?:뒤|후|만에|직후)\s")
_STANDING_ORDER = re.compile(r"(?:명령|지시|포고|포치|방침)(?:이|가)\s+(?:\S+\s+)?(?:내려|하달|떨어)")


def _point_time(stext: str) -> bool:
    return bool(_POINT_TIME.search(stext)) and not re.search(r"부터|마다", stext)


def _after_condition(sent: Sentence, hit: Hit, stext: str) -> bool:
    """A bare condition (~면) earlier in the act's own sentence, on the same side of a quote."""
    for w in sent.words[:hit.word]:
        ends = w.endings()
        # (소식통에 따르면, 보고서를 보면: a source named, not a condition)
        if ends and ends[-1] in ("면", "으면") and korean.lemma(w.tokens[0]) not in _SOURCE_VERBS \
                and _in_quote(stext, w.start - sent.start) == _in_quote(stext, hit.start - sent.start):
            return True
    return False


_SOURCE_VERBS = ("따르다", "보다", "듣다", "말하다", "의하다")


_NEGATION_IS_CONTENT = {("INDUCE", "처벌"), ("RESTRICT", "허용"), ("ASSAULT", "재우다"),  # 잠을 재우지 않았다: the deprivation
                        # (밖으로 못 나가게 했다, 다른 배에도 못 오르게 됐다: kept from going is the restriction)
                        ("RESTRICT", "나가다"), ("RESTRICT", "하다"), ("RESTRICT", "되다"), ("RESTRICT", "못하다")}


# A release told as not having happened is a detention going on (the trigger row's cue
# admits only the negated form).
_NEGATED_RELEASE = ("풀려나다",)
_CHAINING = ("고", "어", "아", "며", "면서", "여", "어서", "아서", "도록")
# Nouns after an adnominal that link two acts in time (봉쇄한 뒤 ... 유지하고 있다): the
# first act takes the tense and mood of the second, as with a bare connective.
_AFTER = ("뒤", "후", "다음")
# Nouns after an adnominal that give its mood, not a thing it describes (데려올 계획, 보내질 가능성).
_MOOD_NOUNS = ("계획", "예정", "방침", "작정", "생각", "전망", "가능", "가능성", "우려") + _AFTER
_OPEN_QUOTES = "\"“'‘"


def _chained(sent: Sentence, hit: Hit, tail: str, stext: str = "") -> str:
    """살피고 보위부에 보고한다, 앞세워 강연을 이어갈 것으로 보인다: a clause
    chained by a bare connective has the tense and mood of the predicate it
    joins; its own tail says none. The chain stays inside the trigger's quote
    (불려가 '왜 신고하지 않았느냐'는 추궁을 받았다: the quote's negation is not the act's)."""
    words = sent.words
    if tail.endswith("/JC") and hit.trigger.pos == "N":
        # 고문과 자의적 구금을 당할 위험: conjoined nouns share the predicate of the last
        j = next((j for j in range(hit.word + 1, min(len(words), hit.word + 4))
                  if words[j].tokens[-1].tag.startswith("J") and words[j].tokens[-1].tag != "JC"), None)
        if j is not None:
            tail = tail_string(sent, j, 0)
    if hit.trigger.pos == "N" and tail and tail.split(" ")[-1].endswith("/JKB") \
            and sent.words[hit.word].role != "pred":
        # 교화소에 갇힐 것, 수용소로 갈 수도 있다: a place noun in an oblique case has the
        # tense and mood of the verb it goes with (the next predicate, inside the same quote)
        for m in range(hit.word + 1, min(len(words), hit.word + 5)):
            if _opens_quote(sent, words[m], stext):
                break
            if words[m].tokens[0].tag.startswith("VV") and words[m].tokens[-1].form != "게":
                return tail_string(sent, m, 0)  # (10년 넘게: an adverb, not the verb)
            if _quoting(words[m]) or _closes_quote(sent, words[m], stext):
                break
        return tail
    if not tail and sent.words[hit.word].role == "bare" and hit.trigger.pos == "N":
        # 검열 때 ... 본다, 단속 대상이 된다: a bare noun has the tense of its clause's predicate
        main = None
        for m in range(hit.word + 1, len(words)):
            if _opens_quote(sent, words[m], stext):
                break
            if words[m].role == "pred" and words[m].tokens[0].tag.startswith(("VV", "NNG")):
                main = m
            if _quoting(words[m]) or _closes_quote(sent, words[m], stext):
                break
        return tail_string(sent, main, 0) if main is not None else tail
    k = hit.word
    for _ in range(3):  # 포섭해 ... 보고하게 하고 ... 내주고 있다
        parts = tail.split(" ") if tail else []
        after = len(parts) >= 2 and parts[-2].endswith("/ETM") and parts[-1].split("/")[0] in _AFTER
        if not after and (not parts or "/EP" in tail or "/VX" in tail
                          or parts[-1].split("/")[0] not in _CHAINING or not parts[-1].endswith("/EC")):
            return tail
        # the word holding the connective, then the next predicate that is no content clause
        k = next((j for j in range(k, min(len(words), k + 3))
                  if (words[j].tokens[-1].tag == "EC" and not after)
                  or (after and words[j].tokens[0].form in _AFTER)), None)
        if k is None or any(_closes_quote(sent, words[j], stext) for j in range(hit.word, k + 1)):
            return tail
        m = None
        for j in range(k + 1, min(len(words), k + (9 if after else 6))):
            if _opens_quote(sent, words[j], stext):
                break
            if words[j].role == "pred" and words[j].tokens[0].tag.startswith(("VV", "NNG")) \
                    and not _relative(sent, j) and not _quoting(words[j]):
                m = j
                break
        if m is None:
            return tail
        tail, k = tail + " " + tail_string(sent, m, 0), m
    return tail


def _opens_quote(sent: Sentence, w: Word, stext: str) -> bool:
    at = w.start - sent.start
    return bool(stext) and 0 < at <= len(stext) and stext[at - 1] in _OPEN_QUOTES \
        and (at == 1 or not stext[at - 2].isalnum())


def _closes_quote(sent: Sentence, w: Word, stext: str) -> bool:
    surface = stext[w.start - sent.start:w.end - sent.start] if stext else ""
    return any(c in surface[1:] for c in "\"”'’")


def _relative(sent: Sentence, m: int) -> bool:
    # 돈을 받는 집, 등록되지 않은 사람: a clause describing a noun (not 이어갈 것으로, a bound
    # noun's mood, nor 데려올 계획, a mood noun)
    parts = tail_string(sent, m, 0).split(" ")
    for x, y in zip(parts, parts[1:]):
        if x.endswith("/ETM"):
            return not (y.endswith("/NNB") or y.split("/")[0] in _MOOD_NOUNS)
    words = sent.words
    nxt = words[m + 1] if m + 1 < len(words) else None
    return words[m].tokens[-1].tag == "ETM" and not (
        nxt is not None and (nxt.tokens[0].tag == "NNB" or nxt.tokens[0].form in _MOOD_NOUNS))


_QUOTE_SPAN = re.compile(r'"[^"]*"|“[^”]*”')
_ASKED_SPAN = re.compile(r"'[^'\n]*'|‘[^’\n]*’")


def _in_quote(stext: str, at: int) -> bool:
    return any(a <= at < b for a, b in (m.span() for m in _QUOTE_SPAN.finditer(stext)))


def _own_quote(sent: Sentence, hit: Hit, stext: str) -> str:
    """The part of the sentence that tells the act: the quote holding it, or
    the sentence less its quotes (a source's two quotes are two statements:
    ~며칠째 조사를 받고 있다"며 "이웃들도 불려가 ...: the second is no ongoing act)."""
    at = hit.start - sent.start
    spans = [m.span() for m in _QUOTE_SPAN.finditer(stext)]
    for a, b in spans:
        if a <= at < b:
            return stext[a:b]
    out = stext
    for a, b in reversed(spans):
        out = out[:a] + " " * (b - a) + out[b:]
    return out


def _certainty(stext: str, attribution: Optional[Attribution], lex: KoLexicon,
               sent: Optional[Sentence] = None, hit: Optional[Hit] = None) -> str:
    scope, tail = stext, ""
    if sent is not None and hit is not None:
        scope = _hedge_scope(stext, hit.start - sent.start)
        tail = _chained(sent, hit, tail_string(sent, hit.word, hit.token), stext)
    for where, pattern, certainty in lex.hedges:
        if pattern.search(tail if where == "tail" else scope):
            return certainty
    if attribution is not None and attribution.kind == "rumor":
        return "rumor"
    return "reported"


def _hedge_scope(stext: str, at: int) -> str:
    """The stretch of the sentence a hedge of this act stands in: from the
    trigger to the end of its quote and on to the next quote (a source's two
    quotes are two statements; ~"...갇혔다"면서 "...했다더라": the second's
    hearsay is not the first's), or to the sentence's end."""
    spans = [m.span() for m in _QUOTE_SPAN.finditer(stext)]
    end = len(stext)
    for a, b in spans:
        if a <= at < b:
            end = next((a2 for a2, _ in spans if a2 >= b), len(stext))
            break
        if a > at:
            end = a
            break
    return stext[at:end]


def _attributions(sent: Sentence, text: str, lex: KoLexicon) -> list[Attribution]:
    out = []
    for wi, w in enumerate(sent.words):
        kind = next((lex.attribution[t.form] for t in w.tokens[:3]
                     if t.tag.startswith(("NN", "SL")) and t.form in lex.attribution), None)
        if kind is None:
            continue
        start, end = noun_phrase(sent.words, wi)
        actors = ActorLexicon.load()
        term = next(t.form for t in w.tokens[:3] if t.form in lex.attribution)
        if actors.lookup(term) is not None and any(not m.generic for m in actors.find(text[start:end])):
            # 관계자 is also an official: 보위부 관계자 acts; 단체 관계자 only tells
            # (a 보위부 소식통 is a source whatever it names).
            continue
        out.append(Attribution(text[start:end], kind, start, end))
    return out


class _Attributions:
    """The sources each sentence names, worked out when first asked for. A
    sentence that only names a source (소식통은 이렇게 전했다) is analysed by
    Kiwi only when an act next to it needs its source."""

    def __init__(self, sents: list[Sentence], spans: list, text: str, lex: KoLexicon) -> None:
        self.sents, self.spans, self.text, self.lex = sents, spans, text, lex
        self.cache: dict[int, list[Attribution]] = {}

    def __getitem__(self, si: int) -> list[Attribution]:
        if si not in self.cache:
            sent, sp = self.sents[si], self.spans[si]
            if not sent.words and self.lex.source_cue.search(self.text, sp.start, sp.end):
                sent = analyse(self.text, [sp])[0]  # words for the source only, not for the discourse
            self.cache[si] = _attributions(sent, self.text, self.lex) if sent.words else []
        return self.cache[si]


def _attribution_for(si: int, sents: list[Sentence], attributions: _Attributions) -> Optional[Attribution]:
    """The source in the sentence; else the nearest one earlier in the same
    paragraph; else the next one in it (a quote closed by ~라고 전했다)."""
    if attributions[si]:
        return attributions[si][0]
    para = sents[si].paragraph
    for j in range(si - 1, -1, -1):
        if sents[j].paragraph != para:
            break
        if attributions[j]:
            return attributions[j][0]
    for j in range(si + 1, len(sents)):
        if sents[j].paragraph != para:
            break
        if attributions[j]:
            return attributions[j][0]
    return None


# --- speech and pressure acts told without their own word (issue 3/5) ----------

_HARM = ("PUNISH", "DETAIN", "EXPEL", "ASSAULT", "VISIT", "REPATRIATE")
_GATHERING = re.compile("|".join(("강연", "집회", *_PUBLIC_TRIALS, "공개처형", "공개총살", "군중")))
_REPORTING = ("하다", "말하다", "듣다", "이르다", "통보하다")


def _speech_part(sent: Sentence, hits: list[Hit], phrases: list, stext: str) -> list[Hit]:
    """Acts of the speech part whose wording is another act's: a punishment said
    under a condition or as an intent (않으면 단련대로 보낸다고 했다, 가족까지 불러
    조사하겠다고 한다) is a threat, and its negation under a condition (돌아오면
    처벌하지 않겠다고 했다) a promise; a summons to a lecture is forced attendance."""
    out = []
    for h in hits:
        t = h.trigger
        said = _said_harm(sent, h)
        if said is not None:
            k, negated = said
            h = _as(h, "INDUCE" if negated else "THREATEN")
            h.said = k
        elif t.type == "VISIT" and _GATHERING.search(stext, 0, sent.words[h.word].end - sent.start):
            h = Hit(Trigger(t.term, t.pos, "COERCE", t.gate, t.voice, "forced_attendance", t.cue),
                    h.word, h.token, h.start, h.end)
        elif t.type == "VISIT" and t.pos == "V" and _visitors_unnamed(sent, h, phrases):
            continue
        elif t.type in ("RESTRICT", "SURVEIL") and not _detection(t) and _caught_in(sent, h):
            # 단속에 걸린 사람, 검열에 걸려: the catching is the act, not the crackdown; a call caught
            # by detection (전파탐지에 걸렸다) is the watching itself (the sets code 8 of 11 SURVEIL)
            continue
        elif t.type in ("INDUCE", "THREATEN") and t.pos == "V" and t.voice == "active":
            h.said = _said_verb(sent, h.word)  # 대주겠다는 말까지 했다: the promise was made
        if _whether(sent, h):
            continue  # 회유가 있었는지 살펴보고 있다: a question, not an act
        out.append(h)
    # 벌금을 바치지 않으면 단련대로 보낸다고 했다: a harm in the condition of a threat
    # (or a promise) is part of what was said, not an act of its own.
    said = [h for h in out if h.said is not None and h.trigger.type in ("THREATEN", "INDUCE")]
    out = [h for h in out if not (h.said is None and h.trigger.type in _HARM and h.trigger.pos == "N"
                                  and sent.words[h.word].role != "pred" and any(
        h.word < s.word and _in_condition(sent, h.word, s.word) for s in said))]
    if any(h.trigger.tactic == "forced_attendance" for h in out):
        # 강연회에는 ... 불려 나왔다: the lecture is where people were made to go.
        out = [h for h in out if not (h.trigger.type == "PROPAGANDA" and h.trigger.pos == "N"
                                      and sent.words[h.word].role in ("loc", "subj"))]
        # 학생들까지 불러내 처형 장면을 보게 했다: people called out to watch are made to attend,
        # no summons to an office of their own (the call is the step of the attendance).
        made = [h.word for h in out if h.trigger.tactic == "forced_attendance"]
        out = [h for h in out if not (h.trigger.type == "VISIT" and h.trigger.pos == "V" and any(
            h.word < w <= h.word + 4 and not _new_clause(sent, h.word, w) for w in made))]
    return out


def _in_condition(sent: Sentence, a: int, b: int) -> bool:
    """Word ``a`` is in the conditional clause (~지 않으면) that word ``b``'s
    clause depends on: a conditional ending comes before ``b`` with no clause
    closed (갇혔다면서, 보냈다.) between."""
    for w in sent.words[a:b]:
        if conditional(w):
            return True
        if _quoting(w) or any(t.tag == "EF" for t in w.tokens):
            return False
    return False


def _quoting(w: Word) -> bool:
    """보낸다고, 조사하겠다고, 단련대행이라는: the word closes a clause of speech."""
    ends = w.endings()
    # (주겠다"는: a closing quote mark splits 다 from 는)
    # (한다'고: Kiwi gives the plain statement ending as ᆫ다/는다, which quotes as 다 does)
    last = "".join(ends[-2:]) if len(ends) >= 2 and ends[-2].endswith(("다", "라")) else (ends[-1] if ends else "")
    return bool(ends) and last.endswith(("다고", "라고", "다는", "라는", "다며", "라며", "다면서", "다구", "라구")) \
        or quotative(w) or _hearsay(w)


# What one was told, in the spoken contraction of ~다고 한다 (보낸대, 데려간대, 단련대래, 했대) or ~다고 했다
# with its 고 dropped (끌려간다 했대, 끊는다 했습지비): the word closes speech as ~다고 does.
_HEARSAY = ("ᆫ대", "는대", "대", "래", "ᆫ대요", "는대요", "대요", "래요")


def _hearsay(w: Word) -> bool:
    # (보낸대"라는 메시지: the contraction quoted on, 보내/VV ᆫ대/EF 이/VCP 라는/ETM)
    return any(t.tag == "EF" and t.form in _HEARSAY for t in w.tokens)


def _said_without_go(sent: Sentence, j: int) -> bool:
    """끌려간다 했대, 끊는다 했습지비: a statement's ending, then 하다 as the verb of saying."""
    w = sent.words[j]
    ends = w.endings()
    return bool(ends) and ends[-1] in ("ᆫ다", "는다", "다") and w.tokens[-1].tag == "EC" \
        and j + 1 < len(sent.words) and sent.words[j + 1].tokens[0].form == "하" \
        and sent.words[j + 1].tokens[0].tag.startswith("VV")


def _said_verb(sent: Sentence, wi: int) -> Optional[int]:
    """The word of the verb that reports a clause of speech closing at or after
    word ``wi`` (했다, 말을 들었다, 말까지 했다); None when no speech closes it."""
    words = sent.words
    chained = False
    for k in range(wi, min(len(words), wi + 5)):
        if words[k].tokens[0].form == "것" and words[k].tokens[-1].tag == "JKQ" and k + 1 < len(words) \
                and words[k + 1].tokens[0].form == "경고":
            return k + 1  # 처단할 것"이라고 경고했다 (Kiwi tags the quotative after 것 as a particle)
        if _hearsay(words[k]):
            return k  # 산골로 보낸대, 바로 단련대래: the ending itself reports what was said
        if _said_without_go(sent, k):
            return k + 1  # 끌려간다 했대
        if not _quoting(words[k]):
            if k > wi and words[k].role != "pred" and not chained:
                return None  # the clause went on to another noun: not this act's speech
            chained = chained or words[k].tokens[-1].tag == "EC"  # 보내주고 아무도 건드리지 않겠다
            continue
        for m in range(k + 1, min(len(words), k + 3)):
            first = words[m].tokens[0]
            if first.form in ("약속", "다짐") and first.tag.startswith("NN") and _quoting(words[k]):
                return m  # ~해주겠다는 약속도 곁들였다: the promise was made
            if first.form in ("말", "경고") and first.tag.startswith("NN"):
                if len(words[m].tokens) > 1 and words[m].tokens[1].tag == "XSV":
                    return m  # ~겠다고 말했다, 보낸다고 경고했다
                continue  # ~라는 말을 들었다
            if first.tag.startswith(("VV", "VX")) and korean.lemma(first) in _REPORTING:
                return m
            break
        return None
    return None


def _said_harm(sent: Sentence, h: Hit) -> Optional[tuple[int, bool]]:
    """(reporting word, negated) when a harmful act is the content of what was
    said to people, under a condition or as an intent; else None."""
    if h.trigger.type not in _HARM:
        return None
    k = _said_verb(sent, h.word)
    if k is None:
        return None
    content = [t for w in sent.words[h.word:k] for t in w.tokens]
    # (처단할 것이라고 경고했다: ~ㄹ 것 under a warning tells an intent as 겠 does; said, it is a forecast)
    intent = any(t.form == "겠" and t.tag == "EP" for t in content) or (
        sent.words[k].tokens[0].form == "경고" and any(
            a.tag == "ETM" and a.form in ("ᆯ", "ㄹ", "을") and b.form == "것" and b.tag == "NNB"
            for a, b in zip(content, content[1:])))
    cond = any(conditional(w) for w in sent.words[:h.word])
    if not (intent or cond):
        return None
    if cond and not intent and any(t.tag == "EP" and t.form in ("었", "았", "였")
                                   for t in sent.words[h.word].tokens):
        return None  # 맞지 않으면 발로 찼다고 했다: what was done each time, told in the past
    # (the spoken 보낸대, 단련대래 relay what the speaker's people were told)
    if not intent and not _hearsay(sent.words[k]) and not any(
            t.tag == "EP" or korean.lemma(t) in ("듣다", "말하다") or t.form == "말"
            for w in sent.words[k - 1:k + 1] for t in w.tokens):
        return None  # 나오면 벌금을 물린다고 한다: a rule told as hearsay, no one was told it
    # (교화소는 면하게 해주겠다: a penalty one is spared is negated as 않 negates it)
    negated = any(t.form in ("않", "말") and t.tag == "VX" or t.form == "면하" and t.tag.startswith("VV")
                  for t in content)
    return k, negated and cond


def _visitors_unnamed(sent: Sentence, h: Hit, phrases: list) -> bool:
    # 밤중에 찾아온 남성들: the visit describes people who are named as no officials.
    w = sent.words[h.word]
    if w.tokens[-1].tag != "ETM" or h.word + 1 >= len(sent.words):
        return False
    if w.tokens[-1].form.endswith("다는"):
        # 다녀갔다는 말이 돌았다: the clause is a statement heard, its subject the visitor
        # (not 다녀가라는 말: a visit asked for)
        return False
    p = phrases[h.word + 1]
    return p is not None and not p.actor


def _caught_in(sent: Sentence, h: Hit) -> bool:
    nxt = sent.words[h.word + 1] if h.word + 1 < len(sent.words) else None
    return bool(h.trigger.pos == "N" and sent.words[h.word].role == "loc" and nxt is not None
                and any(korean.lemma(t) in ("걸리다", "적발되다") or t.form == "적발" for t in nxt.tokens[:2]))


def _whether(sent: Sentence, h: Hit) -> bool:
    """The act is asked about (회유가 있었는지, 체포했는지): its predicate ends in ~는지."""
    words = sent.words
    pred, k = words[h.word], h.word
    while pred.tokens[-1].tag == "JC" and k + 2 < len(words) and k < h.word + 3:
        k += 1  # 유인이나 강제가 있었는지: conjoined nouns share the predicate
        pred = words[k]
    if pred.tokens[-1].tag.startswith("J") and k + 1 < len(words):
        pred = words[k + 1]
    ends = pred.endings()
    return pred.role == "pred" and bool(ends) and ends[-1] in ("는지", "ᆫ지", "은지")
