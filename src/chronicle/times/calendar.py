"""Calendar arithmetic for resolved times: month, season and year windows, parts of
them, and the precision a window earns. Pure functions over ``datetime.date``."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "year": 3, "unknown": 4}


@dataclass(frozen=True)
class Window:
    """A resolved time: the event lies between ``start`` and ``end`` (inclusive).

    ``precision`` None means "derive it from the window's size"; ``vague`` marks
    conventional windows ("recently") that must never look exact."""
    start: Optional[date]
    end: Optional[date]
    precision: Optional[str] = None
    vague: bool = False

    @property
    def resolved(self) -> bool:
        return self.start is not None or self.end is not None

    def final_precision(self) -> str:
        if self.vague or not self.resolved:
            return "unknown"
        if self.precision is not None:
            return self.precision
        if self.start is None or self.end is None:
            return "unknown"
        return size_precision(self.start, self.end)


UNRESOLVED = Window(None, None)


def size_precision(start: date, end: date) -> str:
    # The size class of the window: a week or "late May" is month-grade, a season or
    # "March to May" season-grade, "late last year" year-grade.
    days = (end - start).days + 1
    if days <= 1:
        return "day"
    if days <= 31:
        return "month"
    if days <= 92:
        return "season"
    if days <= 366:
        return "year"
    return "unknown"


def coarser(a: str, b: str) -> str:
    return a if PRECISION_RANK[a] >= PRECISION_RANK[b] else b


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    i = year * 12 + (month - 1) + k
    return i // 12, i % 12 + 1


def month_window(year: int, month: int) -> Window:
    return Window(date(year, month, 1), date(year, month, last_day(year, month)))


def year_window(year: int) -> Window:
    return Window(date(year, 1, 1), date(year, 12, 31))


def season_window(first_month: int, last_month: int, year: int) -> Window:
    """The season of ``year``; one that wraps the new year (winter) ends the next year."""
    end_year = year + 1 if last_month < first_month else year
    return Window(date(year, first_month, 1),
                  date(end_year, last_month, last_day(end_year, last_month)))


def day_window(d: date) -> Window:
    return Window(d, d)


def week_window(d: date) -> Window:
    monday = d - timedelta(days=d.weekday())
    return Window(monday, monday + timedelta(days=6))


def month_part(year: int, month: int, first_day: int, last: int) -> Window:
    end = min(last, last_day(year, month))
    return Window(date(year, month, first_day), date(year, month, end), "month")


def year_part(year: int, first_month: int, last_month: int) -> Window:
    return Window(date(year, first_month, 1),
                  date(year, last_month, last_day(year, last_month)), "year")


def season_part(season: Window, first: int, last: int) -> Window:
    # Parts of a season are whole months of it: "late spring" = May.
    y, m = shift_month(season.start.year, season.start.month, first - 1)
    y2, m2 = shift_month(season.start.year, season.start.month, last - 1)
    return Window(date(y, m, 1), date(y2, m2, last_day(y2, m2)), "season")


def latest_month(month: int, published: date, strictly_before: bool = False) -> int:
    """Year of the most recent ``month`` not after the publication month ("in August"
    in a September 2014 report = 2014-08; "in November" = 2013-11). With
    ``strictly_before`` the publication month itself is excluded ("last September")."""
    year = published.year
    if month > published.month or (strictly_before and month == published.month):
        year -= 1
    return year


def latest_day_of_month(day: int, published: date, strictly_before: bool = False) -> Optional[date]:
    """The most recent ``day``-th of a month not after (or before) the publication date."""
    year, month = published.year, published.month
    for _ in range(13):
        if day <= last_day(year, month):
            d = date(year, month, day)
            if d < published or (d == published and not strictly_before):
                return d
        year, month = shift_month(year, month, -1)
    return None


def latest_weekday(weekday: int, published: date, strictly_before: bool = False) -> date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


def latest_season(first_month: int, last_month: int, published: date,
                  strictly_before: bool = False) -> Window:
    """The most recent season that has begun by the publication date; with
    ``strictly_before`` the most recent one that has ended ("last winter")."""
    year = published.year
    for y in (year, year - 1, year - 2):
        w = season_window(first_month, last_month, y)
        if (w.end < published) if strictly_before else (w.start <= published):
            return w
    return season_window(first_month, last_month, year - 2)


def this_season(first_month: int, last_month: int, published: date) -> Window:
    """"this winter": the one containing the publication date, else this year's."""
    for y in (published.year - 1, published.year):
        w = season_window(first_month, last_month, y)
        if w.start <= published <= w.end:
            return w
    return season_window(first_month, last_month, published.year)


def add_months(d: date, k: int) -> date:
    y, m = shift_month(d.year, d.month, k)
    return date(y, m, min(d.day, last_day(y, m)))


def ago(published: date, n: int, unit: str) -> Window:
    """"N days/weeks ago": that single day (the coding rule: "two weeks ago" = the day 14
    days before the report); months and years: a window of one unit centred on the point."""
    if unit == "day":
        return day_window(published - timedelta(days=n))
    if unit == "week":
        return day_window(published - timedelta(days=7 * n))
    if unit == "month":
        p = add_months(published, -n)
        return Window(p - timedelta(days=15), p + timedelta(days=15))
    p = add_months(published, -12 * n)
    return Window(p - timedelta(days=182), p + timedelta(days=182))
