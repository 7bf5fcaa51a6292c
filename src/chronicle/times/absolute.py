"""dateparser for the absolute dates our patterns found ("Sept. 12", "12 September 2014",
"2014년 8월 12일"). It is only ever handed a candidate span, relative to the publication
date, and its answer is kept only when it agrees with the day and month the pattern read:
it must never guess from noise, nor fall back to today."""
from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Optional

from dateparser.date import DateDataParser


@lru_cache(maxsize=None)
def _parser(language: str, base: date, with_year: bool) -> DateDataParser:
    return DateDataParser(languages=[language], settings={
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "REQUIRE_PARTS": ["day", "month", "year"] if with_year else ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    })


@lru_cache(maxsize=4096)
def parse_day(span: str, language: str, published: Optional[date], month: int, day: int,
              year: Optional[int]) -> Optional[date]:
    """The date ``span`` names, or None when dateparser cannot read it or disagrees with
    the pattern. Without a year the publication date is required (else None)."""
    if year is None and published is None:
        return None
    base = published if published is not None else date(year, 12, 31)
    found = _parser(language, base, year is not None).get_date_data(span).date_obj
    if found is None or (found.month, found.day) != (month, day):
        return None
    if year is not None and found.year != year:
        return None
    return found.date()
