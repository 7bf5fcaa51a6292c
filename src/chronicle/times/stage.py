"""The ``date`` stage: each event gets the time its own evidence states, else the time
that governs its paragraph, else None; the report's date is never the event's date.

A time that says when a source spoke ("reported on September 12th", "12일 데일리NK에
전했다", the dateline "SEOUL, Nov 16 -") is not the act's time, and neither is a vague
one ("recently", "요즘", "몇 달 전부터"): the text does not date the act, so the event
gets None."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Optional

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
                re.compile(rf"\A[^{_QUOTES}.!?]{{0,12}}?(?:{lex.alternation(after)})") if after else None)
    # "reported on", "told Daily NK in", "said in a phone call on": a reporting verb, then
    # only function words and capitalised names before the time.
    filler = r"(?:by|to|in|on|at|during|a|an|the|with|phone|telephone|call|conversation|interview|[A-Z][\w.'’]*)"
    return (re.compile(rf"\b(?:{lex.alternation(before)})(?:\s+{filler})*\s*\Z"),
            re.compile(rf"\A,?\s+(?:{lex.alternation(after)})\b"))


# A dateline: capitalised place words at the start of a line, a comma, the date, a dash.
_DATELINE_HEAD = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .'’-]{1,40},[ \t]*\Z")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^)\n]{1,20}\)[ \t]*)?[-–—]")


def is_reporting_time(text: str, m: TimeMention, language: str) -> bool:
    """Whether ``m`` dates the source's speaking or the outlet's report, not an act."""
    if _DATELINE_HEAD.search(text, max(0, m.start - 45), m.start) and _DATELINE_TAIL.match(text, m.end):
        return True
    before, after = _cues("ko" if language == "ko" else "en")
    head = text[max(0, m.start - 60):m.start]
    cut = max(head.rfind(c) for c in ".!?\n" + _QUOTES)
    head = head[cut + 1:]
    if before and before.search(head):
        return True
    return bool(after and after.search(text, m.end, m.end + 40))


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


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|while|then|whereas)\b")


def _in_own_clause(text: str, m: TimeMention, ev: Event, language: str) -> bool:
    """An English time adverbial follows its verb within the clause ("arrested by
    police in August and repatriated through Tumen on September 12": the 12th
    dates the repatriation, although August stands nearer its trigger)."""
    if language == "ko" or ev.trigger_end is None or m.start < ev.trigger_end:
        return False
    gap = text[ev.trigger_end:m.start]
    return len(gap) <= 80 and not _CLAUSE_BREAK.search(gap)


def choose(text: str, mentions: list[TimeMention], ev: Event, language: str) -> Optional[TimeSpan]:
    ev_start, ev_end = ev.evidence.start, ev.evidence.end
    inside = [m for m in mentions if ev_start <= m.start and m.end <= ev_end]
    acts = [m for m in inside if not is_reporting_time(text, m, language)]
    if acts:
        best = min(acts, key=lambda m: (not _in_own_clause(text, m, ev, language), _distance(m, ev),
                                        PRECISION_RANK[m.span.precision], m.start))
        return None if best.window.vague else _shifted(text, best, ev, language, replace(best.span, basis="evidence"))
    p_start, _ = _paragraph(text, ev_start)
    before = [m for m in mentions if p_start <= m.start and m.end <= ev_start]
    governing = [m for m in before if not is_reporting_time(text, m, language)]
    if governing and not governing[-1].window.vague:
        return _shifted(text, governing[-1], ev, language, replace(governing[-1].span, basis="paragraph"))
    return None


def _shifted(text: str, m: TimeMention, ev: Event, language: str, span: TimeSpan) -> Optional[TimeSpan]:
    """``span`` moved by "한 달 뒤 / a month later" and stretched by "석 달 동안 / for a
    month" standing between the time's words and the event's trigger; a stretch counts
    only inside the event's own passage (a stay told earlier ended before this act)."""
    trigger_end = ev.trigger_end if ev.trigger_end is not None else ev.evidence.end
    # A length may follow its verb ("questioned for about a month"): look a little past it.
    stop = min(ev.evidence.end, trigger_end + _LENGTH_REACH)
    for at, kind, n, unit in shifts(text, m.end, max(stop, trigger_end), "ko" if language == "ko" else "en"):
        if kind == "later" and at >= trigger_end:
            continue
        if kind == "for" and at < ev.evidence.start:
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
    mentions = find(doc.text, pub, language)
    for ev in analysis.events:
        ev.time = choose(doc.text, mentions, ev, language)
    return analysis
