"""The ``date`` stage: each event gets the time its own evidence states, else the time
that governs its paragraph, else None; the report's date is never the event's date.

A time that says when a source spoke ("reported on September 12th", "12일 데일리NK에
전했다", the dateline "SEOUL, Nov 16 -") is not the act's time, and neither is a vague
one ("recently", "요즘", "몇 달 전부터"): the text does not date the act, so the event
gets None."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .. import data
from ..records import Analysis, Event, TimeSpan
from ..registry import stages
from .calendar import PRECISION_RANK
from .engine import TimeMention
from .lexicon import load
from .shift import apply, shifts

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
_LENGTH_REACH = 30  # characters after the trigger where its length may be stated
_QUOTES = "\"'“”‘’「」『』"


@lru_cache(maxsize=None)
def _cues(language: str) -> tuple[Optional[re.Pattern], Optional[re.Pattern]]:
    lex = load(language)
    before = lex.reporting.get("before", set())
    after = lex.reporting.get("after", set())
    if language == "ko":
        # 소식통은 12일 ... / 12일 데일리NK와의 통화에서, within the same clause.
        return (re.compile(rf"(?:{lex.alternation(before)})\s*\Z") if before else None,
                # (no clause ending between: "3일 체포됐다고 밝혔다" dates the arrest)
                # a word of its own ("손전화로" is no "전화로")
                re.compile(rf"\A[^{_QUOTES}.!?다]{{0,12}}?(?<![가-힣])(?:{lex.alternation(after)})") if after else None)
    # "reported on", "told Daily NK in", "said in a phone call on": a reporting verb, then
    # only function words and capitalised names before the time.
    filler = r"(?:by|to|in|on|at|during|a|an|the|with|phone|telephone|call|conversation|interview|[A-Z][\w.'’]*)"
    return (re.compile(rf"\b(?:{lex.alternation(before)})(?:\s+{filler})*\s*\Z"),
            re.compile(rf"\A,?\s+(?:{lex.alternation(after)})\b"))


# A dateline: capitalised place words at the start of a line, a comma, the date, a dash.
_DATELINE_HEAD = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{1,40},[ \t]*\Z")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?[-–—]")


def is_reporting_time(text: str, m: TimeMention, language: str,
                      quotes: Optional[list[tuple[int, int]]] = None) -> bool:
    """Whether ``m`` dates the source's speaking or the outlet's report, not an act."""
    if _DATELINE_HEAD.search(text, max(0, m.start - 45), m.start) and _DATELINE_TAIL.match(text, m.end):
        return True
    before, after = _cues("ko" if language == "ko" else "en")
    head = text[max(0, m.start - 60):m.start]
    cut = max(head.rfind(c) for c in ".!?\n" + _QUOTES)
    head = head[cut + 1:]
    if before and before.search(head):
        return True
    # (a slice: \A does not match at a search's start position, only at the string's)
    if after and after.search(text[m.end:m.end + 40]):
        return True
    return language == "ko" and quotes is not None and _speaker_time(text, m, quotes)


_FIRST_PREDICATE = re.compile(r"다(?=고|[\s,.!?'\"”’]|$)")
_KO_QUOTE_LINK = re.compile(r"\s*(?:이라고|라고|고|며|면서)\s*")


def _speaker_time(text: str, m: TimeMention, quotes: list[tuple[int, int]]) -> bool:
    """홍 씨는 지난 1일 방송과 만나 "…"라고 말했다: a time standing just before a quote,
    outside it, in a sentence that ends in a reporting verb, dates the speaking."""
    if _quote_at(quotes, m.start) is not None:
        return False
    nxt = next((i for i, (qs, _) in enumerate(quotes) if qs >= m.end), None)
    if nxt is None or quotes[nxt][0] - m.end > 25 or re.search(r"[.!?\n]", text[m.end:quotes[nxt][0]]):
        return False
    while True:  # "…"며 "…"고 전했다: follow the chain of quotes to the sentence's verb
        end = quotes[nxt][1]
        link = _KO_QUOTE_LINK.match(text, end)
        if link and nxt + 1 < len(quotes) and quotes[nxt + 1][0] == link.end():
            nxt += 1
            continue
        tail = re.split(r"[.!?\n]", text[end:end + 40], maxsplit=1)[0]
        # The quote's own verb must be the speaking ("…"고 말했다), not an act told of the person
        # ("박씨가 지난 7일 회견에 나와 "…"고 자백했다고 전했다": the 7th dates the confession).
        own = _FIRST_PREDICATE.search(tail)
        return bool(_REPORTING_VERB.search(tail[:own.end()] if own else tail))


_REPORTING_VERB = re.compile("|".join(re.escape(w) for w in sorted(
    (w for w in load("ko").reporting.get("after", set()) if w.endswith("다")), key=len, reverse=True)))


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Double-quoted stretches of ``text[start:end]`` (a source's words), as (start, end)."""
    out, open_at, closer = [], None, None
    # Only quote marks matter: the regex skips the rest in C (this runs once per event
    # over its whole paragraph).
    for q in _QUOTE_MARK.finditer(text, start, end):
        i, c = q.start(), q.group()
        if open_at is None:
            if c in _PAIRS:
                open_at, closer = i, _PAIRS[c]
        elif c == closer:
            out.append((open_at, i + 1))
            open_at = None
    return out


_PAIRS = {'"': '"', "“": "”", "「": "」", "『": "』"}
_QUOTE_MARK = re.compile("[" + re.escape("".join(set(_PAIRS) | set(_PAIRS.values()))) + "]")


def _quote_at(quotes: list[tuple[int, int]], pos: int) -> Optional[int]:
    return next((i for i, (s, e) in enumerate(quotes) if s <= pos < e), None)


@lru_cache(maxsize=None)
def _habit(language: str) -> re.Pattern:
    words = [r["word"] for r in data.read_tsv("times/habitual.tsv") if r["language"] == language]
    return re.compile(rf"(?:^|[^\w])(?:{'|'.join(map(re.escape, words))})\s*\Z", re.IGNORECASE)


# A deadline set in an order or threat ("이달 말까지 집을 비우라", "올해 안으로", "by the end of the
# month"): when something must be done, not when the act happened.
_KO_DEADLINE = re.compile(r"\s*(?:까지|안으로|안에|내로|내에|이내)(?![가-힣])")
_EN_DEADLINE = re.compile(r"\b(?:by|no\s+later\s+than)\s+(?:the\s+)?\Z", re.IGNORECASE)
_RANGE = re.compile(r"부터|에서|[~–-]|\b(?:from|between|since)\b", re.IGNORECASE)


def _deadline(text: str, m: TimeMention, language: str) -> bool:
    if _RANGE.search(m.text):  # "2015년부터 2021년까지": a stretch, not a deadline
        return False
    if language == "ko":
        return bool(_KO_DEADLINE.match(text, m.end))
    return bool(_EN_DEADLINE.search(text, max(0, m.start - 20), m.start))


def _habitual(text: str, m: TimeMention, language: str) -> bool:
    # "매주 월요일", "each Saturday": a routine, not the date of an act.
    return bool(_habit(language).search(text, max(0, m.start - 12), m.start))


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for br in PARAGRAPH_BREAK.finditer(text):
        if br.end() <= pos:
            start = br.end()
        else:
            return start, br.start()
    return start, len(text)


def _distance(m: TimeMention, ev: Event) -> int:
    if ev.trigger_start is None or ev.trigger_end is None:
        return 0
    if m.end <= ev.trigger_start:
        return ev.trigger_start - m.end
    return max(0, m.start - ev.trigger_end)


_RELATIVE = re.compile(r"\b(?:who|whose)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?]|\b(?:has|have|had|is|are|was|were|will|would)\b", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.!?]\s")


def _in_person_clause(text: str, m: TimeMention, trigger: int) -> bool:
    """A time inside a who/whose clause that does not hold the act's trigger ("a man from Musan
    who crossed into China in 2016, said agents questioned his sister", "a woman whose
    son crossed into China in 2019, was questioned", "a woman who had settled in the South in
    2018 has returned", "expelled two officials whose nephews crossed the border last year"): it
    dates the person's story, not the act. The clause runs from who/whose to the next comma or
    stop, or to a verb after the time that belongs to the main clause ("... in 2018 has returned")."""
    # (the sentence's start, looked for in a window before the time, not from the report's start)
    lo = max(0, m.start - 400)
    stops = list(_SENTENCE_STOP.finditer(text, lo, m.start))
    start = stops[-1].end() if stops else lo
    opens = [r for r in _RELATIVE.finditer(text, start, m.start) if not re.search(r"[,;:.!?]", text[r.end():m.start])]
    if not opens:
        return False
    end = _CLAUSE_END.search(text, m.end)
    return not opens[-1].start() <= trigger < (end.start() if end else len(text))


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|then|whereas)\b")


def _in_own_clause(text: str, m: TimeMention, ev: Event, language: str) -> bool:
    """An English time adverbial follows its verb within the clause ("arrested by
    police in August and repatriated through Tumen on September 12": the 12th
    dates the repatriation, although August stands nearer its trigger)."""
    if language == "ko" or ev.trigger_end is None or m.start < ev.trigger_end:
        return False
    gap = text[ev.trigger_end:m.start]
    return len(gap) <= 80 and not _CLAUSE_BREAK.search(gap)


def _reaches(text: str, m: TimeMention, trigger: int, quotes: list[tuple[int, int]], language: str) -> bool:
    """A time told inside a quote dates the acts of that quote and those told after it
    (a source's story runs on: "이달 초 … 호출됐다"며 "… 쓰게 했다"), never an act told
    before it in another quote or outside ("…고문까지 당했다"며 "결국 이달 중순 …")."""
    q = _quote_at(quotes, m.start)
    return q is None or q == _quote_at(quotes, trigger) or m.end <= trigger


def choose(text: str, mentions: list[TimeMention], ev: Event, language: str,
           published: Optional[date] = None) -> Optional[TimeSpan]:
    lang = "ko" if language == "ko" else "en"
    ev_start, ev_end = ev.evidence.start, ev.evidence.end
    p_start, p_end = _paragraph(text, ev_start)
    quotes = _quotes(text, p_start, max(p_end, ev_end))
    trigger = ev.trigger_start if ev.trigger_start is not None else ev_start

    def usable(m: TimeMention) -> bool:
        return not (is_reporting_time(text, m, lang, quotes) or _habitual(text, m, lang)
                    or _deadline(text, m, lang)) and _reaches(text, m, trigger, quotes, lang)

    def dates_earlier_act(m: TimeMention) -> bool:
        # An act only expected ("will probably be sent") is not dated by a past time told
        # before it in its paragraph: that time is another act's.
        return ev.status == "expected" and published is not None and bool(m.span.end) \
            and m.span.end < published.isoformat()

    def person(m: TimeMention) -> bool:
        return lang == "en" and _in_person_clause(text, m, trigger)

    inside = [m for m in mentions if ev_start <= m.start and m.end <= ev_end]
    acts = [m for m in inside if usable(m) and not person(m)]
    if acts:
        # Korean puts a time before its verb: one after the trigger dates a later act.
        best = min(acts, key=lambda m: (lang == "ko" and m.start >= trigger and ev.trigger_start is not None,
                                        not _in_own_clause(text, m, ev, language), _distance(m, ev),
                                        PRECISION_RANK[m.span.precision], m.start))
        if best.window.vague:
            return None
        return _finish(text, best, ev, lang, replace(best.span, basis="evidence"), published)
    before = [m for m in mentions if p_start <= m.start and m.end <= ev_start]
    governing = [m for m in before if usable(m) and not person(m)]
    if governing and dates_earlier_act(governing[-1]):
        return None
    if governing:
        if governing[-1].window.vague:
            return None
        return _finish(text, governing[-1], ev, lang, replace(governing[-1].span, basis="paragraph"), published)
    # "열흘 뒤 ... 옮겨졌다" with no time in its paragraph: counted from the time that ends the
    # paragraph before (not from a clause's own event: "보고가 올라온 지 열흘 만에").
    steps = [at for at, kind, _, _ in shifts(text, p_start, max(trigger, ev_start), lang) if kind == "later"]
    if ev.status == "expected":
        steps = []
    if steps and p_start > 0 and not any(_OWN_ANCHOR.search(text, max(0, at - 3), at) for at in steps):
        prev_start, _ = _paragraph(text, max(0, len(text[:p_start].rstrip()) - 1))
        earlier = [m for m in mentions if prev_start <= m.start and m.end <= p_start
                   and not m.window.vague and usable(m)]
        if earlier:
            return _finish(text, earlier[-1], ev, lang, replace(earlier[-1].span, basis="paragraph"), published)
    return None


_OWN_ANCHOR = re.compile(r"지\s*\Z")  # "~ㄴ 지 N 만에": N after the event the clause names


def _finish(text: str, m: TimeMention, ev: Event, language: str, span: TimeSpan,
            published: Optional[date]) -> Optional[TimeSpan]:
    span = _shifted(text, m, ev, language, span)
    if span is None or published is None or not span.end or span.end >= published.isoformat():
        return span
    return replace(span, end=published.isoformat()) if _runs_to_now(text, m, ev, language) else span


_KO_AFTER = re.compile(r"\s(?:뒤|후|이후|이래)(?=[\s,]|에|로|부터)")
_KO_UNTIL_NOW = re.compile(r"(?:지금|현재|아직|이제)까지")
_EN_UNTIL_NOW = re.compile(r"\b(?:to this day|until now|ever since|to date)\b", re.IGNORECASE)
_EN_BEGAN = re.compile(r"\b(?:began|begun|started|since)\b[^,;:.!?]{0,40}\Z", re.IGNORECASE)


def _runs_to_now(text: str, m: TimeMention, ev: Event, language: str) -> bool:
    """Whether the act runs from the time up to the report: "지금까지 조사를 받고 있다",
    or an ongoing act "2020년 1월 국경을 봉쇄한 뒤 ... 유지하고 있다" / "began in the summer"."""
    stop = min(ev.evidence.end, (ev.trigger_end or ev.evidence.end) + _LENGTH_REACH)
    if language == "ko":
        if _KO_UNTIL_NOW.search(text, m.end, max(stop, m.end)):
            return True
        return ev.status == "ongoing" and bool(_KO_AFTER.search(text, m.end, min(m.end + 40, ev.evidence.end)))
    if _EN_UNTIL_NOW.search(text, m.end, max(stop, m.end)):
        return True
    return ev.status == "ongoing" and bool(_EN_BEGAN.search(text, max(0, m.start - 50), m.start))


def _shifted(text: str, m: TimeMention, ev: Event, language: str, span: TimeSpan) -> Optional[TimeSpan]:
    """``span`` moved by "한 달 뒤 / a month later" and stretched by "석 달 동안 / for a
    month" standing between the time's words and the event's trigger; a stretch counts
    only inside the event's own passage (a stay told earlier ended before this act).
    "며칠 뒤 / a few days later" leaves the act undated."""
    trigger_end = ev.trigger_end if ev.trigger_end is not None else ev.evidence.end
    # A length may follow its verb ("questioned for about a month"): look a little past it.
    stop = min(ev.evidence.end, trigger_end + _LENGTH_REACH)
    for at, kind, n, unit in shifts(text, m.end, max(stop, trigger_end), "ko" if language == "ko" else "en"):
        if kind in ("later", "vague") and at >= trigger_end:
            continue
        if kind == "for" and at < ev.evidence.start:
            continue
        if kind == "vague":
            return None
        if kind == "same":
            continue
        span = apply(span, kind, n, unit) or span
    return span


@stages.register("date")
def date_stage(analysis: Analysis) -> Analysis:
    if not analysis.events:  # nothing to date: skip reading the text's times
        return analysis
    doc = analysis.document
    published = doc.source.published
    pub = date.fromisoformat(published[:10]) if published else None
    language = doc.source.language or "en"
    from . import find  # the package imports this module; resolve find at call time
    mentions = _following_year(doc.text, find(doc.text, pub, language))
    for ev in analysis.events:
        ev.time = _until_report(choose(doc.text, mentions, ev, language, pub), ev, pub)
    return analysis


def _until_report(span: Optional[TimeSpan], ev: Event, published: Optional[date]) -> Optional[TimeSpan]:
    """An act the report tells as done or going on ("this month", "올해 들어") cannot run past the
    report's date: "this month" in a report of the 19th ends on the 19th. Expected acts may."""
    if span is None or published is None or ev.status == "expected" or not span.end or not span.start:
        return span
    pub = published.isoformat()
    if span.precision not in ("month", "year") or not span.start <= pub < span.end:
        return span
    # Only a whole month or year is cut ("early this month", "this spring" keep their own ends).
    end = date.fromisoformat(span.end)
    return replace(span, end=pub) if (end + timedelta(days=1)).day == 1 else span


# "이듬해 2월", "the following year, in March": the year after the last year the text stated,
# not the latest such month before the report (and "그해 2월" that year itself).
# "그해 12월", "in December of that year": the last year the text stated.
_SAME_YEAR = re.compile(r"(?:그\s*해|같은\s*해|그해)(?:의|에|인)?\s*\Z"
                        r"|\b(?:that|the\s+same|that\s+same)\s+year,?\s*(?:in\s+|on\s+)?\Z", re.IGNORECASE)
_OF_SAME_YEAR = re.compile(r",?\s+(?:of|in)\s+(?:that|the\s+same|that\s+same)\s+year\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"(?:(?:그\s*)?이듬해|다음\s*해)(?:에|인)?\s*\Z"
                        r"|\b(?:the\s+)?(?:following|next)\s+year,?\s*(?:in\s+)?\Z", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _following_year(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    out = []
    stated: Optional[int] = None
    for m in mentions:
        year = _YEAR.search(m.text)
        if year:
            stated = int(year.group(1))
        elif stated is not None and m.window.start and _NEXT_YEAR.search(text, max(0, m.start - 24), m.start):
            m = _in_year(m, stated + 1)
        elif stated is not None and m.window.start and (_SAME_YEAR.search(text, max(0, m.start - 24), m.start)
                                                         or _OF_SAME_YEAR.match(text, m.end)):
            m = _in_year(m, stated)
        out.append(m)
    return out


def _in_year(m: TimeMention, year: int) -> TimeMention:
    shift = year - m.window.start.year

    def moved(d: Optional[date]) -> Optional[date]:
        if d is None:
            return None
        try:
            return d.replace(year=d.year + shift)
        except ValueError:  # 29 February
            return d.replace(year=d.year + shift, day=28)
    w = replace(m.window, start=moved(m.window.start), end=moved(m.window.end))
    span = replace(m.span, start=w.start.isoformat() if w.start else None, end=w.end.isoformat() if w.end else None)
    return replace(m, window=w, span=span)

