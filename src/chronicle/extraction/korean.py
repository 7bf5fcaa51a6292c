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
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import korean
from ..records import Attribution, Document, Event, Evidence, Extractor, Perpetrator, Target
from ..registry import extractors
from .actors import ActorLexicon, ActorMatch
from .ko_lexicon import KoLexicon, Trigger
from .ko_syntax import (Sentence, Word, analyse, conditional, head_string, noun_phrase,
                        quotative, split, tail_string)

VERSION = "1"
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


@dataclass
class Phrase:
    """A noun phrase in a role: its span, and what it names."""
    start: int
    end: int
    text: str
    actor: Optional[ActorMatch] = None
    person: Optional[str] = None  # target category, when it names people
    state: bool = False  # 북한은: a country named as the one acting


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
        self.last_event: Optional[tuple] = None  # (type, target text, perpetrator, paragraph)
        self.para_rank: dict[int, int] = {}  # line number -> ordinal among non-empty paragraphs
        self.subject_actor: Optional[ActorMatch] = None  # last organisation's people as a subject, for 이들


@extractors.register("ko")
def extract(document: Document) -> list[Event]:
    text = document.text
    lex, actors = KoLexicon.load(), ActorLexicon.load()
    spans = split(text)
    # Only sentences with a trigger word go through Kiwi (most of the cost); the
    # others still tell the discourse which organisation is being talked about.
    wanted = [sp for sp in spans if lex.prefilter.search(text, sp.start, sp.end)]
    analysed = {(s.start, s.end): s for s in analyse(text, wanted)}
    sents = [analysed.get((sp.start, sp.end)) or Sentence(sp.start, sp.end, paragraph=sp.paragraph)
             for sp in spans]
    attributions = _Attributions(sents, spans, text, lex)
    disc = _Discourse()
    disc.para_rank = {p: i for i, p in enumerate(sorted({sp.paragraph for sp in spans}))}
    events: list[Event] = []
    sentence_of: list[tuple[int, Event]] = []
    seen: dict[tuple, int] = {}  # key -> index in events
    for si, sent in enumerate(sents):
        stext = text[sent.start:sent.end]
        if not sent.words:
            _surface_discourse(disc, stext, sent.start, actors, lex)
            continue
        attr_spans = [(a.start, a.end) for a in attributions[si]]
        phrases = [_phrase(sent, wi, text, lex, actors, attr_spans) for wi in range(len(sent.words))]
        hits = _triggers(sent, lex, phrases, stext, disc)
        by_type: dict[str, list[tuple[int, Event]]] = {}
        targeted: list[str] = []  # texts of people acted upon here (출당된 당 비서)
        for hit in hits:
            told = by_type.get(hit.trigger.type, [])
            if told and not all(_new_clause(sent, w, hit.word) for w, _ in told):
                continue  # one event per act type and clause: 체포해 구금했다 is one detention
            ev = _event(document, sent, si, sents, hit, phrases, attributions, disc, lex, stext)
            if ev is None:
                continue
            if told and not _distinct(text, sent, told[-1], (hit.word, ev)):
                continue  # the same people doing the same thing, told twice
            if told:
                _split_evidence(text, sent, told[-1], (hit.word, ev))
            by_type.setdefault(hit.trigger.type, []).append((hit.word, ev))
            key = (ev.type, hit.trigger.term, ev.perpetrator and ev.perpetrator.actor,
                   ev.target and ev.target.category)
            if key in seen:
                k = seen[key]
                if sentence_of[k][0] == sentence_of[0][0] != si:
                    # the lede's summary told again in detail: the detailed passage stands
                    _inherit(ev, events[k])
                    events[k], sentence_of[k] = ev, (si, ev)
                continue  # the same act told again (lead, then the source's quote)
            seen[key] = len(events)
            events.append(ev)
            sentence_of.append((si, ev))
            disc.told.add(ev.type)
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
        _update_discourse(disc, phrases, sent.paragraph, sent, targeted)
        if "재입북" in stext and disc.focus in (None, "defector"):
            disc.focus = "returnee"  # the report is about someone who went back
    return _drop_lede_repeats(events, {id(e): si for si, e in sentence_of})


def _new_clause(sent: Sentence, a: int, b: int) -> bool:
    """A second act of one type in a sentence is its own event only in a clause
    with its own subject: "여성들이 경비대에 체포됐다"며 "이들은 보위부로 넘겨져
    조사를 받고 있다" is two detentions; 체포해 구금했다 is one."""
    lo, hi = sorted((a, b))
    return any(w.role == "subj" and w.nominal for w in sent.words[lo + 1:hi])


def _split_evidence(text: str, sent: Sentence, first: tuple[int, Event], second: tuple[int, Event]) -> None:
    """Two acts of one type in one sentence each get their own clause as
    evidence (a record's id is its type and evidence span, so they stay two)."""
    (a, ev_a), (b, ev_b) = sorted([first, second], key=lambda x: x[0])
    cut = next(w for w in sent.words[a + 1:b] if w.role == "subj" and w.nominal)
    before = sent.words[cut.index - 1]
    ev_a.evidence = Evidence(text[ev_a.evidence.start:before.end], ev_a.evidence.start, before.end)
    ev_b.evidence = Evidence(text[cut.start:ev_b.evidence.end], cut.start, ev_b.evidence.end)


def _distinct(text: str, sent: Sentence, first: tuple[int, Event], second: tuple[int, Event]) -> bool:
    """Two clauses tell two acts when their actors differ, or when each names
    its own people and they differ (a target read across the cut proves nothing)."""
    (a, ev_a), (b, ev_b) = sorted([first, second], key=lambda x: x[0])
    pa, pb = (e.perpetrator and e.perpetrator.actor for e in (ev_a, ev_b))
    if pb and pa != pb:
        return True  # the second clause names its own actor (인민반장들은 ... 보고하고 있다)
    cut = next(w for w in sent.words[a + 1:b] if w.role == "subj" and w.nominal).start
    ta, tb = ev_a.target, ev_b.target
    if not (ta and tb and ta.text and tb.text and ta.category != tb.category):
        return False
    return text.find(ta.text, sent.start, cut) >= 0 and text.find(tb.text, cut, sent.end) >= 0


def _drop_lede_repeats(events: list[Event], sentence_of: dict[int, int]) -> list[Event]:
    """A report's first sentence with acts sums up what it then tells in
    detail: an act of a type told again later is kept at the later, more
    specific passage only."""
    if not events:
        return events
    # (a lede split in two clauses is still one sentence: later means after it)
    lede = sentence_of[id(events[0])]
    later = {e.type for e in events if sentence_of[id(e)] != lede}
    for e in events:
        if sentence_of[id(e)] == lede and e.type in later:
            _inherit(next(x for x in events if x.type == e.type and sentence_of[id(x)] != lede), e)
    return [e for e in events if sentence_of[id(e)] != lede or e.type not in later]


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
    phrase.actor = _actor(ptext, start, sent, actors)
    if phrase.actor is None and word.role == "subj":
        key = lex.states_by_name.get(ptext)
        if key is not None:  # 북한은 국경을 봉쇄했다: the state acts through its government
            phrase.actor, phrase.state = ActorMatch(start, end, ptext, key, False), True
    forms = [t.form for w in sent.words[_first_word(sent.words, wi, start):wi + 1] for t in w.tokens]
    terms = lex.target_terms(forms, ptext)
    if not terms and word.tokens[0].tag == "NP" and word.tokens[0].form in ("이들", "그들", "이", "그", "그녀"):
        phrase.person = "pronoun"  # 이들은: the people the report spoke of last
    if (not terms or terms[-1].kind == "generic") and _broker_clause(sent, wi, text, start):
        phrase.person = "broker"  # 도강을 도와준 남성, 브로커로 지목된 남성
        return phrase
    if terms:
        kinds = {t.kind for t in terms}
        head = terms[-1]  # the rightmost noun heads the phrase: 탈북 브로커 is a broker
        if head.kind == "family" or (head.kind == "generic" and _family_near(sent, wi, lex)):
            phrase.person = "family_defector" if "defector" in kinds or _left_modifier(sent, wi) else "family"
        elif _returned(sent, wi, start):
            phrase.person = "returnee"  # 북송된 리 씨, 재입북한 남성
        elif head.kind == "generic":
            kinds.discard("generic")
            phrase.person = "generic" if not kinds else next(
                t.category for t in reversed(terms) if t.kind in ("person", "defector"))
        else:
            phrase.person = next(t.category for t in reversed(terms) if t.kind in ("person", "defector"))
    return phrase


def _first_word(words: list[Word], wi: int, start: int) -> int:
    """Index of the first word of the noun phrase at ``start`` that ends with word ``wi``."""
    j = wi
    while j > 0 and words[j - 1].start >= start:
        j -= 1
    return j


# A person named by the help they gave people to leave or to keep in touch is a broker.
_BROKER_CLAUSE = re.compile(r"(?:도와|도운|돕던|돕는|알선|중개|주선|브로커로|브로커 일)")


def _broker_clause(sent: Sentence, wi: int, text: str, start: int) -> bool:
    before = [w for w in sent.words[max(0, wi - 6):wi] if w.end <= start]
    if not before or before[-1].tokens[-1].tag != "ETM":
        return False  # only a relative clause right before the noun describes it
    return bool(_BROKER_CLAUSE.search(text, before[0].start, before[-1].end))


_RETURN_MARKS = ("북송", "강제북송", "송환", "강제송환", "재입북")


def _family_near(sent: Sentence, wi: int, lex: KoLexicon) -> bool:
    # 딸이 한국에 간 여성: a person whose relative left is a defector's family.
    near = [t.form for w in sent.words[max(0, wi - 3):wi] for t in w.tokens]
    return any(lex.targets.get(f) and lex.targets[f].kind == "family" for f in near) \
        and _left_modifier(sent, wi)


def _returned(sent: Sentence, wi: int, start: int) -> bool:
    # A participle of return right before the phrase (북송된 리 씨) makes its people returnees.
    prev = [w for w in sent.words[max(0, wi - 3):wi] if w.end <= start][-1:]
    return any(w.tokens[-1].tag == "ETM" and any(t.form in _RETURN_MARKS for t in w.tokens) for w in prev)


_SOUTH = ("한국", "남한", "남조선")


def _left_modifier(sent: Sentence, wi: int) -> bool:
    # 탈북한 아들의 가족, 한국에 간 가족: a clause about leaving modifies the family noun.
    words = sent.words
    for k in range(max(0, wi - 3), wi):
        w = words[k]
        if any(t.form in ("탈북", "탈북자", "탈북민") for t in w.tokens):
            return True
        nxt = words[k + 1]
        if any(t.form in _SOUTH for t in w.tokens) and korean.lemma(nxt.tokens[0]) in ("가다", "있다", "살다"):
            return True
    return False


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
        return max(specific, key=lambda m: (m.key.count("."), m.end))
    return found[-1]


@lru_cache(maxsize=8192)
def _aliases_in(actors: ActorLexicon, ptext: str) -> tuple[ActorMatch, ...]:
    # The same noun phrases (보위부, 주민들, 탈북자 가족) come back sentence after
    # sentence, and the alias scan is a large regex: remember it per phrase text.
    return tuple(actors.find(ptext))


# --- triggers ----------------------------------------------------------------

def _triggers(sent: Sentence, lex: KoLexicon, phrases: list, stext: str,
              disc: Optional["_Discourse"] = None) -> list[Hit]:
    hits = []
    off = sent.start
    for wi, w in enumerate(sent.words):
        for ti, t in enumerate(w.tokens):
            trig = None
            if t.tag.startswith(("NN", "MAG")):
                trig = lex.nouns.get(t.form)
            elif t.tag.startswith("VV"):
                trig, aux = _compound(sent, wi, ti, lex, stext)
                trig = trig or lex.verbs.get(korean.lemma(t))
            if trig is not None and trig.pos == "N" and ti + 1 < len(w.tokens) \
                    and (w.tokens[ti + 1].tag.startswith(("NNG", "NNP"))
                         or w.tokens[ti + 1].tag == "XSN" and w.tokens[ti + 1].form in ("자", "원", "소", "장")):
                trig = None  # 구류장, 단속원, 체포영장: the act names a place or a thing
            if trig is not None and trig.cue is not None and not trig.cue.search(_window(sent, wi, stext)):
                trig = None  # 세우다 is an act only as 앞에 세우다
            if trig is not None and _without(sent, wi):
                trig = None  # 경고 없이: the act is named as absent
            if trig is not None:
                base = w.base
                # A split verb's predicate starts after its auxiliary (불려가 조사를 받았다).
                tok = aux if t.tag.startswith("VV") and aux is not None else ti
                hits.append(Hit(trig, wi, tok, base + t.start, base + t.end))
    strong = [h for h in hits if h.trigger.gate != "weak"]
    kept = []
    for h in hits:
        g = h.trigger.gate
        if g == "weak" and any(abs(s.word - h.word) <= 3 for s in strong):
            continue  # 강제로 추방했다 is an expulsion; 감시를 강화했다 is surveillance
        if g == "context" and not any(p and (p.person or p.actor) for p in phrases):
            continue
        if g == "actor" and not any(p and p.actor for p in phrases):
            continue
        if g == "passive" and _voice(sent, h, tail_string(sent, h.word, h.token)) != "passive":
            continue  # 조사를 받았다 (was questioned), not 조사 과정에서
        if g == "defector" and not (any(p and p.person in ("defector", "returnee") for p in phrases)
                                    or _NORTHWARD.search(stext)
                                    or _focus_returns(sent, phrases, stext, disc)):
            continue
        if h.trigger.type == "RETURN" and h.trigger.pos == "N" and not _predicative(w_of(sent, h), h):
            continue  # 재입북 경위, 재입북 뒤에는: the return is named, not told
        if _embedded(sent, h, hits, stext):
            continue
        kept.append(h)
    # Taking a person away by force across a border is one abduction: the car,
    # the "dragging off" and the handing over in its clause are its steps.
    if any(h.trigger.type == "ABDUCT" for h in kept):
        kept = [h for h in kept if h.trigger.type not in ("DETAIN", "REPATRIATE", "COERCE")]
    # A passive participle that describes people (체포된 주민, 북송된 사람들) names an
    # act told elsewhere, when the sentence tells another act.
    told = disc.told if disc is not None else set()
    if len({h.trigger.type for h in kept}) > 1 or any(h.trigger.type in told for h in kept):
        kept = [h for h in kept if not (_described(sent, h, phrases)
                                        and (h.trigger.type in told or len(kept) > 1))] or kept
    # 불려가 조사를 받았다: the questioning is what the summons was for.
    if any(h.trigger.type == "VISIT" for h in kept):
        kept = [h for h in kept if h.trigger.gate != "passive"]
    return [_retyped(sent, h, phrases) for h in kept]


def _compound(sent: Sentence, wi: int, ti: int, lex: KoLexicon, stext: str):
    """A trigger verb Kiwi split into verb + auxiliary (불리/VV 어/EC 가/VX = 불려가다),
    with the auxiliary's token index when it is in the same word."""
    toks = [(w, t) for w in sent.words[wi:wi + 2] for t in w.tokens]
    first = sent.words[wi].tokens[ti]
    rest = toks[ti + 1:ti + 4]
    aux = next((t for _, t in rest if t.tag.startswith("VX")), None)
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


def _without(sent: Sentence, wi: int) -> bool:
    nxt = sent.words[wi + 1] if wi + 1 < len(sent.words) else None
    return bool(nxt and nxt.tokens[0].form in ("없이", "없다", "없") and sent.words[wi].role == "bare")


def _described(sent: Sentence, h: Hit, phrases: list) -> bool:
    """체포된 주민, 북송된 사람들: a participle naming people by what was done to
    them. With its own agent (보위부에 끌려간 주민) it still tells the act."""
    w = sent.words[h.word]
    prev = phrases[h.word - 1] if h.word > 0 else None
    if prev is not None and prev.actor and sent.words[h.word - 1].role in ("recip", "loc", "from"):
        return False
    if w.tokens[-1].tag != "ETM" or w.tokens[-1].form not in ("ᆫ", "은", "던"):
        return False
    nxt = sent.words[h.word + 1] if h.word + 1 < len(sent.words) else None
    passive = h.trigger.voice == "passive" or any(t.form in ("되", "당하") for t in w.tokens[h.token + 1:])
    return bool(passive and nxt and nxt.nominal)


def _retyped(sent: Sentence, h: Hit, phrases: list) -> Hit:
    """넘겨지다 is a repatriation when the person goes to a country, a detention
    when handed to an organisation (보위부로 넘겨졌다)."""
    if h.trigger.type == "PUNISH" and h.trigger.pos == "N" and _next_pred_lemma(sent, h.word) == "강화":
        t = h.trigger  # 처벌을 강화했다: tightening punishment is a policy
        return Hit(Trigger(t.term, t.pos, "RESTRICT", t.gate, t.voice, None, t.cue), h.word, h.token, h.start, h.end)
    if h.trigger.term != "넘겨지다":
        return h
    for j in range(h.word - 1, max(-1, h.word - 3), -1):
        p = phrases[j]
        if p is not None and sent.words[j].role == "loc":
            if p.actor and not p.actor.key.startswith("CN"):
                t = h.trigger
                return Hit(Trigger(t.term, t.pos, "DETAIN", t.gate, t.voice, t.tactic, t.cue),
                           h.word, h.token, h.start, h.end)
            break
    return h


def _focus_returns(sent: Sentence, phrases: list, stext: str, disc) -> bool:
    # 이 남성이 다시 넘어왔다: the subject is the defector the report is about, and
    # the sentence says the move goes back (다시, 북한).
    return bool(disc is not None and disc.focus in ("defector", "returnee") and _BACK.search(stext)
                and any(p and p.person in ("generic", "pronoun") and sent.words[j].role == "subj"
                        for j, p in enumerate(phrases)))


_BACK = re.compile(r"다시|북한|북으로|조국")
_NORTHWARD = re.compile(r"(?:북한|북|조국)(?:으로|에)\s*(?:다시\s*)?(?:돌아|넘어|귀환)|다시 (?:북한|북)")


def w_of(sent: Sentence, h: Hit) -> Word:
    return sent.words[h.word]


def _predicative(w: Word, h: Hit) -> bool:
    nxt = w.tokens[h.token + 1] if h.token + 1 < len(w.tokens) else None
    return bool(nxt and nxt.tag.startswith("XSV"))


def _embedded(sent: Sentence, hit: Hit, hits: list[Hit], stext: str = "") -> bool:
    """A trigger inside a condition (돌아오면) or inside the content of a threat
    or promise (처벌하겠다고 협박했다) is not an act of its own."""
    w = sent.words[hit.word]
    if conditional(w) or _conditional_next(sent, hit.word):
        return True
    for h in hits:
        if h.word > hit.word and h.trigger.type in _SPEECH_ACTS:
            # 처벌하지 않고 살림집을 주겠다고 약속했다: a quote closes between them.
            if any(quotative(x) for x in sent.words[hit.word:h.word]) or _followed_by_quote(sent, hit.word):
                # 찾아가 '...주겠다'고 구슬렸다: a quote opening after the trigger holds
                # the content; the trigger itself is outside it.
                between = stext[hit.end - sent.start:sent.words[h.word].start - sent.start]
                if not re.search(r"\s['\"‘“]", between):
                    return True
    return False


def _conditional_next(sent: Sentence, wi: int) -> bool:
    # 체포될 경우: the act is a hypothesis.
    nxt = sent.words[wi + 1] if wi + 1 < len(sent.words) else None
    return bool(nxt and nxt.tokens[0].form in ("경우", "때에는") and sent.words[wi].tokens[-1].tag == "ETM")


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
    perp, target = _roles(sent, hit, voice, phrases, disc)
    if perp is None and voice != "intrans" and not (voice == "active" and _pronoun_subject(sent, hit, phrases)):
        perp = _fallback_actor(phrases, target, sent, hit)
        if perp is None and voice == "active" and not _has_subject(sent, hit, phrases):
            perp = disc.actor  # a dropped subject: the organisation the report is about
        elif perp is None and voice == "passive" and not _subject_trigger(sent, hit):
            perp = _linked_actor(disc, hit, target, sent)
    perp_text = perp.text if perp else None
    if perp is not None and perp.generic and disc.actor is not None:
        perp_key = disc.actor.key  # 간부들: the organisation named earlier
    elif perp is not None and disc.actor is not None and disc.actor.key.startswith(perp.key + "."):
        perp_key = disc.actor.key  # 보위원들 after 보위부 반탐과: the unit named before
    else:
        perp_key = perp.key if perp else None
    if target is None:
        target = _fallback_target(phrases, perp, hit)
    actors = ActorLexicon.load()
    attribution = _attribution_for(si, sents, attributions)
    certainty = _certainty(stext, attribution, lex)
    tactics = []
    if hit.trigger.tactic:
        tactics.append(hit.trigger.tactic)
    for ttype, pattern, tactic in lex.tactics:
        if ttype in (hit.trigger.type, "*") and pattern.search(stext) and tactic not in tactics:
            tactics.append(tactic)
    return Event(
        document_id=document.document_id,
        type=hit.trigger.type,
        evidence=Evidence(text[sent.start:sent.end], sent.start, sent.end),
        extractor=Extractor("rules-ko", VERSION, f"ko:{hit.trigger.type}:{hit.trigger.term}"),
        status=_status(sent, hit, tail, stext, lex),
        certainty=certainty,
        perpetrator=Perpetrator(perp_text, perp_key, actors.name(perp_key)) if perp_key else None,
        target=_target(target, disc),
        attribution=attribution,
        tactics=tactics,
        trigger_start=hit.start,
        trigger_end=hit.end,
    )


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
    w = sent.words[hit.word]
    if w.role == "bare" and hit.word + 1 < len(sent.words):
        nxt = sent.words[hit.word + 1].tokens
        if len(nxt) > 1 and nxt[0].tag == "NNG" and nxt[1].tag == "XSV" and nxt[1].form == "되":
            return "passive"  # 출당 처리됐다: a light noun made passive carries the act
    if w.role == "obj" and hit.word + 1 < len(sent.words):
        nxt = sent.words[hit.word + 1]
        if any(korean.lemma(t) in _PASSIVE_HEADS or t.form in ("받", "당하") for t in nxt.tokens[:3]):
            return "passive"  # 고문을 당했다, 처벌을 받았다, 노동교화형을 선고받았다
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


def _roles(sent: Sentence, hit: Hit, voice: str, phrases: list, disc: Optional[_Discourse] = None):
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
        if p is None:
            continue
        if voice == "active":
            if perp is None and not closed and w.role == "subj" and p.person == "pronoun" and not crossed:
                # 이들이 사람들을 고문했다: 이들 are the officials spoken of just before.
                perp, closed = _pronoun_actor(p, j, words, phrases, disc), True
            elif perp is None and not closed and p.actor and w.role in ("subj", "from", "gen"):
                perp = _with_text(p)
            elif p.person and w.role in ("obj", "recip", "about", "bare", "gen") and target is None:
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


def _relative_subject(words: list, j: int) -> bool:
    # 경비대원이 쏜 총에 맞았다: the subject of a relative clause, not of the passive.
    nxt = words[j + 1] if j + 1 < len(words) else None
    return bool(nxt and nxt.role == "pred" and nxt.tokens[-1].tag == "ETM")


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
    return None


def _same_people(target: Phrase, before: Optional[str]) -> bool:
    if target.person == "pronoun":
        return before is not None
    if not before:
        return False
    a, b = target.text, before
    # 리모(34) 씨 ... 리 씨: one surname, one person
    return a == b or (a.endswith("씨") and b.endswith("씨") and a[0] == b[0])


def _has_subject(sent: Sentence, hit: Hit, phrases: list) -> bool:
    # 김모 씨는 기자회견에 나섰다: the subject is there, and it is no actor.
    if _subject_trigger(sent, hit):
        return True  # 감시가 강화됐다: the act itself is the subject, nobody is left out
    speech = hit.trigger.type in _SPEECH_ACTS
    crossed = False
    for j in range(hit.word - 1, -1, -1):
        w, p = sent.words[j], phrases[j]
        if speech and _complement_end(w):
            crossed = True
        if p is None or w.role != "subj":
            continue
        # "온 가족이 쫓겨날 줄 알라"고 을러댔다: a 이/가 subject inside the threat's
        # content is not the one threatening.
        if crossed and any(t.tag == "JKS" for t in w.tokens):
            continue
        return True
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
    elif cat == "family":
        # 가족들 alone: a defector's family when the report has said so before.
        cat = "defector_family" if disc.defector_family or disc.focus in ("defector", "returnee") \
            else "resident"
    return Target(p.text, cat)


def _update_discourse(disc: _Discourse, phrases: list, paragraph: int = 0,
                      sent: Optional[Sentence] = None, targeted: list = ()) -> None:
    for j, p in enumerate(phrases):
        if p is None:
            continue
        if p.actor and sent is not None and sent.words[j].role == "subj" and not p.state:
            disc.subject_actor = p.actor
        if p.actor and any(p.text in t for t in targeted):
            continue  # officials who were punished are no acting organisation
        if p.actor and not p.actor.generic and not p.state:
            # 보위원들 after 보위부 반탐과: the same people, the unit stays known.
            if not (disc.actor is not None and disc.actor.key.startswith(p.actor.key + ".")):
                disc.actor = p.actor
            disc.actor_para = paragraph
        if p.person in _FOCUS and not p.actor:
            disc.focus = p.person
        if p.person == "family_defector":
            disc.defector_family = True


_FOCUS = ("defector", "returnee", "broker", "worker_abroad")


def _surface_discourse(disc: _Discourse, stext: str, offset: int, actors: ActorLexicon,
                       lex: KoLexicon) -> None:
    # Without morphology, trust only aliases of two syllables or more (당 is too short).
    for m in actors.find(stext, offset):
        if not m.generic and len(m.text) > 1:
            disc.actor = m
    if lex.family_cue.search(stext) and lex.defector_cue.search(stext):
        disc.defector_family = True  # a family noun and a defector noun


# --- status, certainty, attribution ---------------------------------------------

def _status(sent: Sentence, hit: Hit, tail: str, stext: str, lex: KoLexicon) -> str:
    head = head_string(sent, hit.word, hit.token)
    best = "occurred"
    subjects = {"tail": tail, "head": head, "sentence": stext}
    for where, pattern, status in lex.status:
        subject = subjects[where]
        if pattern.search(subject) and _STATUS_RANK[status] > _STATUS_RANK[best]:
            best = status
    return best


def _certainty(stext: str, attribution: Optional[Attribution], lex: KoLexicon) -> str:
    for pattern, certainty in lex.hedges:
        if pattern.search(stext):
            return certainty
    if attribution is not None and attribution.kind == "rumor":
        return "rumor"
    return "reported"


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
