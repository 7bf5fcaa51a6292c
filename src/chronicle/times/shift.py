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
def _patterns(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    lex = load(language)
    num = rf"(?P<n>\d+|{lex.alternation(lex.numbers)})"
    unit = rf"(?P<u>{lex.alternation(u for u, (_, c) in lex.units.items() if c is None)})"
    out = []
    for row in data.read_tsv("times/shifts.tsv"):
        if row["language"] == language:
            pattern = row["pattern"].replace("{NUM}", num).replace("{UNIT}", unit)
            out.append((row["kind"], re.compile(pattern, re.IGNORECASE)))
    return tuple(out)


def shifts(text: str, start: int, end: int, language: str) -> list[tuple[int, str, int, str]]:
    """(offset, kind, n, unit) of every shift phrase in ``text[start:end]``, in order."""
    lex = load(language)
    found: dict[int, tuple[int, str, int, str]] = {}
    for kind, pattern in _patterns(language):
        for m in pattern.finditer(text, start, end):
            word = m.group("n")
            n = int(word) if word.isdigit() else lex.numbers.get(" ".join(word.split()).casefold())
            unit = lex.units.get(" ".join(m.group("u").split()).casefold(), (None, None))[0]
            if n and unit and m.start() not in found:  # the first kind listed wins a tie
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
