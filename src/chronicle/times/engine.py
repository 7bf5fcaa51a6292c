"""The matcher: compiled rules propose time expressions, the longest non-overlapping ones
win, adjacent ones joined by range words become one range, and each becomes a
``TimeMention`` with its resolved ``TimeSpan``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Callable, Optional

from ..regex_words import folds_simply, needed_words
from ..records import TimeSpan
from . import calendar as cal
from .calendar import Window
from .resolve import Context

# A resolver returns the window, or None when the match turns out not to be a time
# ("May" the verb, a bare number).
Resolver = Callable[[re.Match, Context], Optional[Window]]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    resolve: Resolver


@dataclass
class TimeMention:
    start: int
    end: int
    text: str
    span: TimeSpan
    rule: str
    window: Window


@dataclass
class _Hit:
    start: int
    end: int
    rule: str
    window: Window


def _extent(m: re.Match) -> tuple[int, int]:
    # Rules mark the expression proper with group "t" when they match context around it
    # ("in May": the preposition is context, "May" the time).
    if "t" in m.re.groupindex and m.start("t") >= 0:
        return m.span("t")
    return m.span()


# How far around a cue word a time expression may reach (the longest single expression,
# "the second half of last year", is under 40 characters; ranges are joined later).
REACH = 64


def windows(text: str, cue: re.Pattern) -> list[tuple[int, int]]:
    """Stretches of ``text`` around cue words, merged, with edges moved to whitespace."""
    out: list[list[int]] = []
    n = len(text)
    for m in cue.finditer(text):
        s, e = max(0, m.start() - REACH), min(n, m.end() + REACH)
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        while e < n and not text[e].isspace():
            e += 1
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


@lru_cache(maxsize=None)
def _needs(pattern: re.Pattern) -> Optional[re.Pattern]:
    """The words one of which every match of a rule holds (``needed_words``)."""
    return needed_words((pattern,))


def _rule_spans(rule: Rule, spans: list[tuple[int, int]], lowered: Optional[str]) -> list[tuple[int, int]]:
    """The windows that hold a word every match of ``rule`` needs (all of them when the
    rule needs none or the text does not lower character by character)."""
    need = _needs(rule.pattern) if lowered is not None else None
    if need is None:
        return spans
    if not need.search(lowered):
        return []
    return [(s, e) for s, e in spans if need.search(lowered, s, e)]


def propose(text: str, rules: list[Rule], ctx: Context, cue: re.Pattern) -> list[_Hit]:
    hits = []
    spans = windows(text, cue)
    # Most rules need a word (a month name, "ago", 월) most windows lack: skip those windows.
    lowered = text.lower() if spans and folds_simply(text) else None
    for order, rule in enumerate(rules):
        rspans = _rule_spans(rule, spans, lowered)
        for m in (m for s, e in rspans for m in rule.pattern.finditer(text, s, e)):
            try:
                window = rule.resolve(m, ctx)
            except (ValueError, OverflowError):  # "10000 years ago": outside the calendar, no time
                continue
            if window is None:
                continue
            s, e = _extent(m)
            hits.append((-(e - s), s, order, _Hit(s, e, rule.name, window)))
    hits.sort(key=lambda h: h[:3])
    taken: list[_Hit] = []
    used = bytearray(len(text))  # 1 where an accepted expression already sits
    for _, s, _, hit in hits:
        if not any(used[hit.start:hit.end]):
            used[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


@dataclass(frozen=True)
class Connectors:
    """How one language joins times into ranges; each pattern is anchored where it is used."""
    lead: Optional[re.Pattern]  # before the first time, to the end of the gap (since|from|between)
    join: re.Pattern  # the whole gap between two times
    close: Optional[re.Pattern]  # right after the second time (까지)
    open_lead: Optional[re.Pattern]  # before a single time: since
    open_after: Optional[re.Pattern]  # right after a single time: 이후
    join_needs_lead: re.Pattern  # join words that only make a range after a lead ("and")


def combine(text: str, hits: list[_Hit], conn: Connectors, ctx: Context) -> list[_Hit]:
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        lead = conn.lead.search(text, max(0, a.start - 24), a.start) if conn.lead else None
        if i + 1 < len(hits):
            b = hits[i + 1]
            gap = conn.join.fullmatch(text, a.end, b.start)
            if gap and (lead or not conn.join_needs_lead.fullmatch(gap.group(0).strip())):
                start = lead.start(1) if lead else a.start
                end = b.end
                close = conn.close.match(text, end) if conn.close else None
                if close:
                    end = close.end(1)
                out.append(_Hit(start, end, "range", _range(a.window, b.window)))
                i += 2
                continue
        opener = conn.open_lead.search(text, max(0, a.start - 72), a.start) if conn.open_lead else None
        after = conn.open_after.match(text, a.end) if conn.open_after else None
        if opener or after:
            start = opener.start(1) if opener else a.start
            end = after.end(1) if after else a.end
            out.append(_Hit(start, end, "open", _open(a.window, ctx.published)))
        else:
            out.append(a)
        i += 1
    return out


def _range(a: Window, b: Window) -> Window:
    if a.vague or b.vague:
        return Window(a.start, b.end, vague=True)
    if a.start is None or b.end is None:
        return Window(a.start, b.end, "unknown")
    start = a.start
    # "from March to September 2016": the first time names no year and was read
    # against the report's date; it takes the year the second one gives instead
    # (the year before, when its month comes later), never ending before it starts.
    while start > b.end and start.year > 1900:
        start = _year_earlier(start)
    return Window(start, b.end, cal.coarser(a.final_precision(), b.final_precision()))


def _year_earlier(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def _open(a: Window, published: Optional[date]) -> Window:
    # "since 2012": from the time named up to the report; the report's end is exact, so the
    # precision is that of the start. Without a report date the end stays open.
    if a.start is None or published is None:
        return Window(a.start, None, "unknown", vague=a.vague)
    return Window(a.start, max(published, a.start), a.final_precision(), vague=a.vague)


def to_mentions(text: str, hits: list[_Hit], offset: int) -> list[TimeMention]:
    out = []
    for h in hits:
        w = h.window
        span = TimeSpan(
            text=text[h.start:h.end],
            start=w.start.isoformat() if w.start else None,
            end=w.end.isoformat() if w.end else None,
            precision=w.final_precision(),
            begin=h.start + offset,
            stop=h.end + offset,
        )
        out.append(TimeMention(h.start + offset, h.end + offset, span.text, span, h.rule, w))
    return out
