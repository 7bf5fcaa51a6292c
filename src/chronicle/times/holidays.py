"""Lunar holidays (설, 추석) as dates: their Gregorian day differs every year, so they
come from a table (``data/times/holidays.tsv``) rather than from a calendar rule."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Optional

from .. import data
from .calendar import Window


@lru_cache(maxsize=1)
def _dates() -> dict[str, dict[int, date]]:
    out: dict[str, dict[int, date]] = {}
    for row in data.read_tsv("times/holidays.tsv"):
        d = date.fromisoformat(row["date"])
        out.setdefault(row["holiday"], {})[d.year] = d
    return out


@lru_cache(maxsize=None)
def names(language: str) -> dict[str, tuple[str, bool]]:
    """Casefolded name -> (holiday, whether it needs a year word before it)."""
    return {" ".join(r["name"].split()).casefold(): (r["holiday"], r["needs_modifier"] == "1")
            for r in data.read_tsv("times/holiday_names.tsv") if r["language"] == language}


def holiday(name: str, year: Optional[int], published: Optional[date]) -> Optional[Window]:
    """The day of the holiday ``name`` in ``year``; with no year, the latest one on or
    before publication. None outside the table's years."""
    days = _dates().get(name, {})
    if year is not None:
        d = days.get(year)
    elif published is not None:
        past = [d for d in days.values() if d <= published]
        d = max(past) if past else None
    else:
        d = None
    return Window(d, d) if d else None
