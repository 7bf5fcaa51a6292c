"""The Korean extractor's data: triggers, targets, attribution, hedges, status
and tactic cues, loaded once from ``chronicle/data`` (each file's header says
where its entries come from)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .. import data
from ..regex_words import literal_pattern, required_words


def _stem_prefix(lemma: str) -> str:
    """What every conjugated form of a verb begins with: the stem, less its
    last syllable where conjugation can change it (가+았 -> 갔, 듣 -> 들)."""
    stem = lemma[:-1] if lemma.endswith("다") else lemma
    last = ord(stem[-1]) - 0xAC00
    final = last % 28 if 0 <= last < 11172 else 0
    # no final consonant, or ㄷ ㅂ ㅅ ㅎ (irregular verbs): the syllable may change.
    if len(stem) > 1 and final in (0, 7, 17, 19, 27):
        return stem[:-1]
    return stem


# Hangul syllable arithmetic: syllable = 0xAC00 + (initial * 21 + medial) * 28 + final.
# 이+어 여, 우+어 워, 오+아 와, 으+어 어 (or 아: 바빠), 외+어 왜
_MEDIAL_CONTRACTION = {20: (6,), 13: (14,), 8: (9,), 18: (4, 0), 11: (10,)}
_MERGING_FINALS = (0, 4, 8, 16, 17, 20)  # stem + ㄴ ㄹ ㅁ ㅂ ㅆ fuse into the last syllable (시킨, 시킬, 시켰)


def _syllable(ch: str) -> Optional[tuple[int, int, int]]:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


def _compose(initial: int, medial: int, final: int) -> str:
    return chr(0xAC00 + (initial * 21 + medial) * 28 + final)


def surface_prefixes(lemma: str) -> set[str]:
    """Every way a conjugated form of the verb can begin (시키다: 시키, 시킨,
    시킬, 시켜, 시켰; 으르다: 으르, 을러). Tighter than the bare stem less a
    syllable, which for 으르다 or 시키다 matched almost any sentence, so the
    prefilter let almost every sentence through to Kiwi."""
    stem = lemma[:-1] if lemma.endswith("다") else lemma
    parts = _syllable(stem[-1])
    if parts is None:
        return {stem}
    initial, medial, final = parts
    head = stem[:-1]
    out = {stem}
    if final == 0:
        out |= {head + _compose(initial, medial, f) for f in _MERGING_FINALS}
        for contracted in _MEDIAL_CONTRACTION.get(medial, ()):
            out |= {head + _compose(initial, contracted, f) for f in (0, 20)}
        if stem[-1] in "르" and head:  # 르 irregular: 부르다 -> 불러
            prev = _syllable(head[-1])
            if prev is not None and prev[2] == 0:
                lead = head[:-1] + _compose(prev[0], prev[1], 8)
                out |= {lead + _compose(5, m, f) for m in (0, 4) for f in (0, 20)}  # 을러, 을렀
    elif final == 7:  # ㄷ irregular: 듣다 -> 들어
        out.add(head + _compose(initial, medial, 8))
    elif final in (17, 19, 27):  # ㅂ ㅅ ㅎ irregulars drop the final: 돕다 -> 도와
        out.add(head + _compose(initial, medial, 0))
    return out


_AUXILIARIES = ("지다", "가다", "오다", "나가다", "내다", "보내다", "두다", "붙다")  # the second verb of a compound trigger (불려가다, 돌려 보내다, 잡아 두다, 따라붙다)


class Prefilter:
    """Does a stretch of text hold a trigger word or a cue? The literals (a trie) are
    looked for first and on their own, in a few microseconds; only a sentence without
    one is searched for the ~250 cue patterns, each on its own (one alternation of
    them all, tried at every position, cost 200 µs a sentence; this about 100).
    Most cues need some fixed words (``required_words``): one scan finds which of those a
    sentence holds, and only the cues whose words are there are searched, in the same
    order, so the answer is the one the full loop gives."""

    def __init__(self, literals: str, cues: list[str]) -> None:
        self.literals = re.compile(literals)
        self.cues = [re.compile(c) for c in cues]
        # A sentence cue anchored at its start (^(?!...) ... : a context ruled out, then the
        # word) must see the sentence alone: ``^`` never matches at ``pos`` of a longer text.
        self.anchored = [c.pattern.startswith("^") for c in self.cues]
        needs = [required_words(c) for c in self.cues]
        self._always = [i for i, n in enumerate(needs) if n is None]  # cues with no known word
        self._by_word: dict[str, list[int]] = {}
        for i, n in enumerate(needs):
            for w in n or ():
                self._by_word.setdefault(w, []).append(i)
        # Every needed word starting at a position: the lookahead finds the longest, and the
        # shorter needed words it begins with are there too (_within).
        self._words = re.compile(f"(?=({literal_pattern(self._by_word)}))") if self._by_word else None
        self._within = {w: [v for v in self._by_word if w.startswith(v)] for w in self._by_word}

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None):
        endpos = len(text) if endpos is None else endpos
        found = self.literals.search(text, pos, endpos)
        if found is not None:
            return found
        piece = text[pos:endpos]
        candidates = set(self._always)
        if self._words is not None:
            for longest in {m.group(1) for m in self._words.finditer(piece)}:
                for w in self._within[longest]:
                    candidates.update(self._by_word[w])
        for i in sorted(candidates):
            found = self.cues[i].search(piece) if self.anchored[i] else self.cues[i].search(text, pos, endpos)
            if found is not None:
                return found
        return None


def _prefilter(nouns: dict, verbs: dict, extra: tuple = (), open_senses: tuple = ()) -> Prefilter:
    """Surface cues a sentence must hold to be worth Kiwi's time: a trigger
    noun or a conjugated trigger verb. A trigger with a cue fires only where
    its cue matches, so the cue itself is the test."""
    plain, cued = set(), set()
    # (a further sense whose cue only rules contexts out, 처벌 ... 규정하다, lets its word through
    # as a row without a cue does)
    for trig in list(nouns.values()) + list(verbs.values()) + list(open_senses):
        if trig.cue is not None and not trig.cue.match(""):
            cued.add(trig.cue.pattern)  # (a cue that only rules contexts out says nothing here)
        elif trig.pos == "N":
            plain.add(trig.term)
        else:
            plain |= surface_prefixes(trig.term)
            # 끌고 갔다, 불려 갔다: a compound verb written in two words
            plain |= {_stem_prefix(trig.term) for aux in _AUXILIARIES
                      if trig.term.endswith(aux) and len(trig.term) > len(aux) + 1}
    # Python's re tries every branch of a flat alternation at every position; a
    # trie of the ~400 literals shares their prefixes and runs several times faster.
    cued |= {p.pattern for p in extra}  # (patterns that make an act with no trigger word: implied threats)
    return Prefilter(literal_pattern(plain), sorted(cued))


def _abroad_pattern(rows) -> re.Pattern:
    # A place counts at the start of a word (단둥에서, 선양의), not inside one (중국산 is a product).
    places, dests = [], []
    for r in rows:
        (places if r["kind"] == "place" else dests).append(r["cue"])
    # ... and only as where the act happens (단둥에서, 선양의 한 식당, 단둥으로 나오면), not as
    # where a relative lives (중국에 있는 딸) or a route (중국을 거쳐); a district word may come
    # between (훈춘 시내 식당에 나갔다가), but not an organisation (중국 공안에서).
    # (도문(투먼)시에서: a place with its other name in brackets)
    place = (f"(?<![가-힣])(?:{literal_pattern(places)})(?:\\([가-힣]+\\))?(?:시|현|성|주|구)?"
             r"(?:\s*(?:시내|근교|근처|일대|외곽)(?:\s+[가-힣]+?)?)?"
             r"(?:에서|의\s|(?:으로|로|에)\s*나(?:[오와온갔]|가(?!\s*있)))")  # (중국에 나가 있는 어머니: where kin live)
    return re.compile(f"{place}|{literal_pattern(dests)}")


@dataclass(frozen=True)
class Trigger:
    term: str
    pos: str  # N noun form | V verb lemma
    type: str
    gate: str  # any | context | defector | weak | actor | passive
    voice: str  # active | passive | intrans
    tactic: Optional[str]
    cue: Optional[re.Pattern] = None  # must match around the trigger (앞에 세우다, 시킨 대로)
    # Where the cue looks: "window" (two words each side) or "sentence", for acts told
    # by a clause pair too long for the window (돌아오면 ... 대주겠다: a promise).
    scope: str = "window"


@dataclass(frozen=True)
class TargetTerm:
    term: str
    category: str
    kind: str  # person | family | defector


@dataclass(frozen=True)
class KoLexicon:
    nouns: dict[str, Trigger]
    verbs: dict[str, Trigger]
    targets: dict[str, TargetTerm]
    attribution: dict[str, str]
    hedges: tuple[tuple[str, re.Pattern, str], ...]  # (where: text | tail, pattern, certainty)
    status: tuple[tuple[str, re.Pattern, str], ...]
    tactics: tuple[tuple[str, re.Pattern, str], ...]
    prefilter: Prefilter = Prefilter("(?!)", [])  # a sentence that may hold a trigger
    source_cue: re.Pattern = re.compile("(?!)")  # a sentence that may name a source
    # Verbs Kiwi splits into a verb and an auxiliary (불려가다 = 불리/VV 어/EC 가/VX):
    # (surface prefix, auxiliary lemma, trigger), matched on the word's surface.
    compounds: tuple = ()
    states: tuple = ()  # (name, actor key): 북한은 ... 봉쇄했다 is the government acting
    # Derived once at load, not per phrase or sentence: the multi-word target terms,
    # and cues for "some family noun" / "some defector noun" occurs in a text.
    multiword_targets: tuple = ()
    family_cue: re.Pattern = re.compile("(?!)")
    defector_cue: re.Pattern = re.compile("(?!)")
    states_by_name: Optional[dict] = None
    # Places abroad and northward destinations (ko_abroad.tsv): taking a person there is an abduction.
    abroad: re.Pattern = re.compile("(?!)")
    # Sentences that tell no act of their own (ko_background.tsv): an analyst's reading, a standing accusation.
    background: tuple = ()
    # Consequences that make a condition said to people a threat (ko_threats.tsv): (name, pattern).
    threats: tuple = ()
    # Further rows of a term already in nouns/verbs: (pos, term) -> its other senses, each with a cue.
    senses: Optional[dict] = None
    # Things, not people, that traffic and city offices control (ko_mundane.tsv): 차량 통제 is no restriction.
    mundane: frozenset = frozenset()
    # Every row's kind, weather and animals too: 장마전선이 돌아오다 is no return (korean._thing_returns).
    mundane_kind: dict = field(default_factory=dict)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "KoLexicon":
        nouns, verbs, senses = {}, {}, {}
        for row in data.read_tsv("triggers/ko.tsv"):
            cue = row.get("cue") or "-"
            scope = "window"
            if cue.startswith("sent:"):
                scope, cue = "sentence", cue[len("sent:"):]
            trig = Trigger(row["term"], row["pos"], row["type"], row["gate"], row["voice"],
                           None if row["tactic"] == "-" else row["tactic"],
                           None if cue == "-" else re.compile(cue), scope)
            table = nouns if trig.pos == "N" else verbs
            if trig.term in table:
                # A second row for a word with another sense, told by its own cue
                # (발로 밟다 is a beating, 뒤를 밟다 tailing; 영상에 나오다 a propaganda show).
                senses[(trig.pos, trig.term)] = senses.get((trig.pos, trig.term), ()) + (trig,)
            else:
                table[trig.term] = trig
        targets = {r["term"]: TargetTerm(r["term"], r["category"], r["kind"])
                   for r in data.read_tsv("lexicon/ko_targets.tsv")}
        attribution = {r["term"]: r["kind"] for r in data.read_tsv("lexicon/ko_attribution.tsv")}
        hedges = tuple(("tail", re.compile(r["pattern"][5:]), r["certainty"]) if r["pattern"].startswith("tail:")
                       else ("text", re.compile(r["pattern"]), r["certainty"])
                       for r in data.read_tsv("lexicon/ko_hedges.tsv"))
        status = tuple((r["where"], re.compile(r["pattern"]), r["status"])
                       for r in data.read_tsv("lexicon/ko_status.tsv"))
        tactics = tuple((r["type"], re.compile(r["pattern"]), r["tactic"])
                        for r in data.read_tsv("lexicon/ko_tactics.tsv"))
        threats = tuple((r["name"], re.compile(r["pattern"])) for r in data.read_tsv("lexicon/ko_threats.tsv"))
        extra = tuple(p for _, p in threats) + tuple(t.cue for ts in senses.values() for t in ts
                                                     if t.cue is not None and not t.cue.match(""))
        open_senses = tuple(t for ts in senses.values() for t in ts if t.cue is None or t.cue.match(""))
        prefilter = _prefilter(nouns, verbs, extra, open_senses)
        source_cue = re.compile(literal_pattern(attribution))
        compounds = tuple((_stem_prefix(v), aux, t) for v, t in verbs.items()
                          for aux in _AUXILIARIES if v.endswith(aux) and len(v) > len(aux) + 1)
        states = tuple((r["term"], r["key"]) for r in data.read_tsv("lexicon/ko_states.tsv"))
        multiword = tuple(t for term, t in targets.items() if " " in term)
        family_cue = re.compile(literal_pattern(t for t, v in targets.items() if v.kind == "family"))
        defector_cue = re.compile(literal_pattern(t for t, v in targets.items() if v.kind == "defector"))
        return cls(nouns, verbs, targets, attribution, hedges, status, tactics, prefilter, source_cue,
                   compounds, states, multiword, family_cue, defector_cue, dict(states),
                   _abroad_pattern(data.read_tsv("lexicon/ko_abroad.tsv")),
                   tuple(re.compile(r["pattern"]) for r in data.read_tsv("lexicon/ko_background.tsv")),
                   threats, senses,
                   frozenset(r["term"] for r in data.read_tsv("lexicon/ko_mundane.tsv")
                             if r["kind"] in ("vehicle", "traffic")),
                   {r["term"]: r["kind"] for r in data.read_tsv("lexicon/ko_mundane.tsv")})

    def target_terms(self, forms: list[str], text: str) -> list[TargetTerm]:
        """Target nouns of a noun phrase: whole tokens (so 인민 does not fire
        inside 인민반), plus the few multi-word terms (해외 노동자) on its text."""
        # (Kiwi sometimes keeps the plural in one proper-noun token: 간부들/NNP)
        found = [self.targets.get(f) or self.targets[f[:-1]] for f in forms
                 if f in self.targets or (f.endswith("들") and f[:-1] in self.targets)]
        found += [t for t in self.multiword_targets if t.term in text]
        return found
