"""Times stated relative to another: "한 달 뒤", "a month later" move the time an
event takes from earlier words; "석 달 동안", "for about a month" stretch it
(data: ``data/times/shifts.tsv``)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from .. import data
from ..records import TimeSpan
from .calendar import add_months, last_day
from .lexicon import load


@lru_cache(maxsize=None)
def _patterns(language: str) -> tuple[tuple[str, re.Pattern, Optional[tuple[int, str]]], ...]:
    lex = load(language)
    num = rf"(?P<n>\d+|{lex.alternation(lex.numbers)})"
    unit = rf"(?P<u>{lex.alternation(u for u, (_, c) in lex.units.items() if c is None)})"
    # A noun that carries its own count (사흘 = 3 days) stands for number and counter.
    named = [u for u, (_, c) in lex.units.items() if c is not None and language == "ko"]
    counted = rf"(?:{num}\s*{unit}|(?P<named>{lex.alternation(named)}))" if named else rf"{num}\s*{unit}"
    out = []
    for row in data.read_tsv("times/shifts.tsv"):
        if row["language"] == language:
            pattern = row["pattern"].replace("{NUM}\\s*{UNIT}", counted)
            pattern = pattern.replace("{NUM}", num).replace("{UNIT}", unit)
            fixed = (int(row["n"]), row["unit"]) if row.get("n") else None
            out.append((row["kind"], re.compile(pattern, re.IGNORECASE), fixed))
    return tuple(out)


def _count(m: re.Match, lex, fixed: Optional[tuple[int, str]]) -> tuple[Optional[int], Optional[str]]:
    if fixed is not None:
        return fixed
    groups = m.re.groupindex
    if "named" in groups and m.group("named"):
        unit, n = lex.units[" ".join(m.group("named").split()).casefold()]
        return n, unit
    if "n" not in groups or m.group("n") is None:
        return None, None  # a vague shift: no count
    word = m.group("n")
    n = int(word) if word.isdigit() else lex.numbers.get(" ".join(word.split()).casefold())
    return n, lex.units.get(" ".join(m.group("u").split()).casefold(), (None, None))[0]


def shifts(text: str, start: int, end: int, language: str) -> list[tuple[int, str, int, str]]:
    """(offset, kind, n, unit) of every shift phrase in ``text[start:end]``, in order; a
    vague shift ("며칠 뒤") has n 0 and unit None."""
    lex = load(language)
    found: dict[int, tuple[int, str, int, str]] = {}
    for kind, pattern, fixed in _patterns(language):
        for m in pattern.finditer(text, start, end):
            n, unit = _count(m, lex, fixed)
            if kind == "vague":
                n, unit = 0, None
            elif n is None or unit is None or (n == 0 and kind != "same"):
                continue
            if m.start() not in found:  # the first kind listed wins a tie
                found[m.start()] = (m.start(), kind, n, unit)
    return [found[k] for k in sorted(found)]


def _add(d: date, n: int, unit: str) -> date:
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    return add_months(d, n * (12 if unit == "year" else 1))


def _month_end(d: date) -> date:
    return d.replace(day=last_day(d.year, d.month))


def apply(span: TimeSpan, kind: str, n: int, unit: str) -> Optional[TimeSpan]:
    """``span`` moved (kind later) or stretched (kind for) by ``n`` units."""
    if not span.start or not span.end:
        return None
    start, end = date.fromisoformat(span.start), date.fromisoformat(span.end)
    coarse = unit in ("month", "year")
    if kind == "later":
        new_start, new_end = _add(start, n, unit), _add(end, n, unit)
        if coarse and end == _month_end(end):  # "August" a month on is all of September
            new_end = _month_end(new_end)
        return replace(span, start=new_start.isoformat(), end=new_end.isoformat())
    stop = _add(start, n, unit)
    stop = _month_end(stop) if coarse else stop - timedelta(days=1)
    return replace(span, end=max(stop, end).isoformat())
