"""Sentences and words (어절) of Korean text, built from Kiwi tokens, with the
grammatical role each word's particle gives it. Korean marks roles with
particles rather than word order: 보위부가 (subject), 가족을 (object),
주민들에게 (recipient), 보위부에 의해 (agent of a passive)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from .. import korean

_NOMINAL = ("NN", "NR", "NP", "SL", "SH", "SN", "XSN", "XPN", "XR")
_SUBJECT = {"이", "가", "께서", "은", "는", "도", "이나마", "만"}
_RECIPIENT = {"에게", "한테", "께", "더러", "에게서", "한테서", "로부터", "으로부터"}
# Endings that make a clause the content of speech or thought (~하겠다고 협박했다).
_QUOTATIVE = ("다고", "라고", "자고", "냐고", "다며", "라며", "다면서", "라면서", "다는", "라는", "고")
# Endings that make a clause a condition, not an act (돌아오면, 체포될 경우).
_CONDITIONAL = ("면", "으면", "다면", "라면")


@dataclass
class Word:
    """One 어절 (a space-separated word) with its Kiwi tokens."""
    index: int
    start: int
    end: int
    tokens: list
    head_end: int  # end of the nominal part, before any particle
    role: str  # subj | obj | recip | gen | loc | from | bare | pred
    agent: bool = False  # 에 of "~에 의해": the agent of a passive
    base: int = 0  # document offset of the analysed piece: token offsets are relative to it
    _endings: Optional[tuple] = field(default=None, repr=False, compare=False)

    @property
    def nominal(self) -> bool:
        return self.head_end > self.start

    def endings(self) -> list[str]:
        # Read once: the extractor asks every word many times, and each read of a Kiwi
        # token's fields is a call into the extension. A new list each time, as before.
        if self._endings is None:
            self._endings = tuple(t.form for t in self.tokens if t.tag.startswith("E"))
        return list(self._endings)


@dataclass
class Sentence:
    start: int
    end: int
    words: list[Word] = field(default_factory=list)
    paragraph: int = 0
    _bounds: Optional[tuple] = field(default=None, repr=False, compare=False)

    def token_bounds(self) -> tuple[set, set]:
        """(starts, ends) of the sentence's tokens, in Kiwi's piece offsets; made
        once, on first use (every noun phrase asks), after the words are final."""
        if self._bounds is None:
            toks = [t for w in self.words for t in w.tokens]
            self._bounds = ({t.start for t in toks}, {t.end for t in toks})
        return self._bounds


def _role(tokens) -> tuple[int, str]:
    """(index after the nominal head, role) of one word's tokens."""
    n = 0
    while n < len(tokens) and tokens[n].tag.startswith(_NOMINAL):
        n += 1
    rest = tokens[n:]
    if n == 0:
        return 0, "pred"
    if not rest and _subject_read_as_suffix(tokens):
        return n - 1, "subj"
    if not rest:
        return n, "bare"
    if any(t.tag.startswith(("V", "XSV", "XSA", "E")) for t in rest):
        return n, "pred"
    parts = [t.form for t in rest if t.tag.startswith("J")]
    tags = [t.tag for t in rest if t.tag.startswith("J")]
    if not parts:
        return n, "bare"
    if "JKO" in tags:
        return n, "obj"
    if "JKG" in tags:
        return n, "gen"
    if any(p in _RECIPIENT for p in parts):
        return n, "recip"
    if parts[-1] in ("과", "와", "하고", "랑", "이랑"):
        return n, "with"  # 가족과 통화했다: a companion, not a target
    if "에서" in parts:
        return n, "from"  # an organisation "에서" acts as subject (보위부에서 감시)
    if "JKS" in tags or (parts[-1] in _SUBJECT and "JKB" not in tags):
        return n, "subj"  # (동안에는, 현장에는: a place or time made topic is no subject)
    return n, "loc"


def _subject_read_as_suffix(tokens) -> bool:
    """보위원이 집 문을 두드렸다: Kiwi reads 이 after one of our domain nouns (added as proper
    nouns) as the suffix of a given name (영철이 집, "Yongchol's house") when a noun follows;
    after an official's or organ's noun it is the subject particle."""
    return len(tokens) >= 2 and tokens[-1].tag == "XSN" and tokens[-1].form == "이" \
        and tokens[-2].tag == "NNP" and tokens[-2].form in korean.user_words()


# Sentence ends: ., ?, ! (optionally closed by a quote) before a space. Kiwi's
# own splitter agrees on news text, but this one lets us skip the morphology of
# sentences that cannot hold an act, which is most of the cost.
_SENT_END = re.compile(r"(?<=[.?!])[\"”’')\]]*\s+")
_SYMBOL = ("SS", "SW", "SF", "SP", "SE", "SO")
_QUOTE_CLOSED = re.compile(r"[\"”’']")
# The verb of saying that goes on after a closing quote and a space (하면서, 하며, 했다, 라고).
_SAYING_GOES_ON = re.compile(r"(?:하면서|하며|하고|하자|하더니|했|해|한다|하는|라고|라며|라는|이라고|이라며)")


@dataclass
class Span:
    start: int
    end: int
    paragraph: int


def split(text: str) -> list[Span]:
    """Sentence spans of ``text``; a sentence never runs across a line break."""
    out = []
    offset = 0
    for para, line in enumerate(text.split("\n")):
        pos = 0
        spoken = not _quote_is_the_line(line)
        for m in list(_SENT_END.finditer(line)) + [None]:
            at = m.start() + len(m.group(0).rstrip()) if m is not None else len(line.rstrip())
            if m is not None and (spoken and _inside_quote(line, pos, at) or _inside_single_quote(line, pos, at)):
                # 소식통은 "...있다. 돌아오지 않으면 ..."고 했다: one sentence, its speaker kept; single quotes
                # hold their question marks in any paragraph
                continue
            if m is not None and _QUOTE_CLOSED.search(m.group(0)) and _SAYING_GOES_ON.match(line, m.end()):
                continue  # '... 다녔지?' 하면서 다그쳤어요: the words said, then the verb that says them
            chunk = line[pos:at]
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                out.append(Span(offset + pos + lead, offset + at, para))
            pos = m.end() if m else len(line)
        offset += len(line) + 1
    return out


def _quote_is_the_line(line: str) -> bool:
    """A paragraph that is one quotation and nothing else (an interview's answer, "...했다.
    ...했다."): no speaker's verb follows it to keep, so its sentences are read one by one."""
    body = line.strip()
    if len(body) < 2:
        return False
    straight = body[0] == '"' and body[-1] == '"' and body.count('"') == 2
    curly = body[0] == "“" and body[-1] == "”" and body.count("“") == 1 and body.count("”") == 1
    return straight or curly


def _inside_quote(line: str, start: int, end: int) -> bool:
    """Whether a double quote opened in line[start:end] is still open at ``end``."""
    chunk = line[start:end]
    straight = chunk.count('"') % 2 == 1
    curly = chunk.count("“") > chunk.count("”")
    return straight or curly


def _inside_single_quote(line: str, start: int, end: int) -> bool:
    """Single quotes hold words said inside a sentence ('한국 사람 만났지? 교회 다녔지?' 하면서
    다그쳤어요), also in a paragraph that is one quotation: a question mark inside them ends no sentence."""
    chunk = line[start:end]
    return chunk.count("'") % 2 == 1 or chunk.count("‘") > chunk.count("’")


def analyse(text: str, spans: list[Span]) -> list[Sentence]:
    """Words of each span (one Kiwi call per span)."""
    pieces = [text[s.start:s.end] for s in spans]
    out = []
    # One call per sentence: Kiwi's batch mode goes through a thread pool, which
    # costs more than it saves on a few dozen short sentences.
    for span, toks in zip(spans, map(korean.tokenize, pieces)):
        sent = Sentence(span.start, span.end, paragraph=span.paragraph)
        by_word: dict[tuple, list] = {}
        for t in toks:
            if t.tag.startswith(_SYMBOL):
                continue  # quotes and brackets hide a word's role ("보위원들이)
            by_word.setdefault((t.sent_position, t.word_position), []).append(t)
        for i, (_, wt) in enumerate(sorted(by_word.items())):
            n, role = _role(wt)
            base = span.start
            head_end = base + (wt[n - 1].end if n else wt[0].start)
            sent.words.append(Word(i, base + wt[0].start, base + wt[-1].end, wt, head_end, role, base=base))
        _mark_agents(sent.words)
        out.append(sent)
    return out


def _mark_agents(words: list[Word]) -> None:
    # "보위부에 의해 체포됐다": the word before 의하다 names the agent;
    # "가족에 대한 감시": the word before 대하다 names what the act is about.
    for a, b in zip(words, words[1:]):
        if a.role == "loc" and b.tokens:
            head = korean.lemma(b.tokens[0])
            if head == "의하다":
                a.agent = True
            elif head == "대하다":
                a.role = "about"


def noun_phrase(words: list[Word], i: int) -> tuple[int, int]:
    """(start, end) of the noun phrase headed by word ``i``: the bare nouns,
    genitives and determiners before it (탈북자 가족을 -> 탈북자 가족)."""
    start = words[i].start
    j = i - 1
    # 탈북자의 부모와 형 부부를: conjoined nouns (와/과 tagged JC) belong to the phrase too.
    # A symbol between two words (기자 = 북한이, 통신) 박 기자) ends the phrase: words
    # hold no symbols, so a gap wider than one space is one.
    while j >= 0 and words[j + 1].start - words[j].end <= 1:
        if words[j].nominal and (words[j].role in ("bare", "gen") or words[j].tokens[-1].tag == "JC"):
            start = words[j].start
        elif not (_number_word(words[j]) and words[j + 1].nominal and j > 0 and words[j - 1].nominal
                  and words[j - 1].role == "bare"):
            break
        # (안전원 네 명이, 보위원 여러 명: a number word between the noun and its counter
        # belongs to the phrase the noun heads; the noun is taken on the next step)
        j -= 1
    return start, words[i].head_end


# Determiners that count (두 명, 여러 명; 다섯 is a numeral, already nominal).
_NUMBER_FORMS = frozenset({"한", "두", "세", "석", "서", "네", "넉", "너", "여러", "몇", "두세", "서너", "너덧", "두어", "대여섯"})


def _number_word(word: Word) -> bool:
    return len(word.tokens) == 1 and word.tokens[0].tag == "MM" and word.tokens[0].form in _NUMBER_FORMS


def quotative(word: Word) -> bool:
    ends = word.endings()
    return bool(ends) and ends[-1] in _QUOTATIVE and ends[-1] != "고" or _quoted_go(word)


def _quoted_go(word: Word) -> bool:
    # 고 alone is a plain connective (하고); it quotes only after a final ending (다/라 + 고).
    forms = [t.form for t in word.tokens]
    # (ᆫ다고, 는다고: Kiwi's plain statement ending keeps its initial consonant)
    return len(forms) >= 2 and forms[-1] == "고" and forms[-2].endswith(("다", "라", "자", "냐"))


def conditional(word: Word) -> bool:
    ends = word.endings()
    # (나오믄, 걸리믄: the northern spoken 면, which Kiwi reads as one noun)
    return bool(ends) and ends[-1] in _CONDITIONAL or word.tokens[-1].form.endswith("믄")


def tail_string(sent: Sentence, wi: int, ti: int) -> str:
    """The trigger's predicate after token ``ti`` of word ``wi``, as "form/TAG"
    morphemes: its own endings plus auxiliaries in the following words
    (체포할 것으로 보인다, 감시하고 있다, 체포하지 않았다)."""
    words = sent.words
    parts = [f"{t.form}/{t.tag.split('-')[0]}" for t in words[wi].tokens[ti + 1:]]
    j = wi + 1
    prev = words[wi]
    if words[wi].tokens[-1].tag.startswith("J") and not any(
            t.tag.startswith(("VV", "VA", "VX", "XSV", "XSA")) for t in words[wi].tokens[ti:]):
        # 단속을 한층 강화할 것으로: a noun's predicate is the next verb, past adverbs.
        # (들여다보고는 돌려주지 않았다: a verb with a particle has its own predicate)
        while j < len(words) and words[j].tokens[0].tag.startswith(("MAG", "MAJ")):
            j += 1
        if j < len(words) and words[j].role == "pred":
            parts += [f"{t.form}/{t.tag.split('-')[0]}" for t in words[j].tokens]
            prev = words[j]
            j += 1
    stop = j + 3
    while j < len(words) and j <= stop:
        w = words[j]
        first = w.tokens[0]
        prev_last = prev.tokens[-1]
        aux = (first.tag.startswith("VX") or first.tag == "NNB"
               or prev_last.tag == "ETM" or prev.tokens[0].tag == "NNB"
               or (prev_last.form in ("지", "고", "게", "어", "아") and first.tag.startswith("V")
                   and korean.lemma(first) in ("않다", "못하다", "말다", "있다", "하다", "되다", "오다", "가다")))
        if not aux:
            break
        parts += [f"{t.form}/{t.tag.split('-')[0]}" for t in w.tokens]
        prev = w
        j += 1
    return " ".join(parts)


def head_string(sent: Sentence, wi: int, ti: int) -> str:
    """The two morphemes before the trigger, as "form/TAG" (for 안 / 못)."""
    toks = [t for w in sent.words[: wi + 1] for t in (w.tokens if w.index < wi else w.tokens[:ti])]
    return " ".join(f"{t.form}/{t.tag.split('-')[0]}" for t in toks[-2:]) + " "
