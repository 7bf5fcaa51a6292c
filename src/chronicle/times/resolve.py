"""Resolution of the parts a time expression is built from (a month with its year or
deictic word, a season, a year, a unit counted from the publication date) into a
``Window``. Shared by the English and Korean rules; anything relative needs the
publication date and stays unresolved without it."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from . import calendar as cal
from .calendar import UNRESOLVED, Window
from .lexicon import Lexicon, Season


class Context:
    """What every rule resolves against: the publication date and the lexicon."""

    def __init__(self, published: Optional[date], lex: Lexicon) -> None:
        self.published = published
        self.lex = lex

    def part_of_month(self, year: int, month: int, part: Optional[str]) -> Window:
        if part is None:
            return cal.month_window(year, month)
        if part == "sofar":
            return self._so_far(cal.month_window(year, month))
        first, last = self.lex.part_bounds[(part, "month")]
        return cal.month_part(year, month, first, last)

    def part_of_year(self, year: int, part: Optional[str]) -> Window:
        if part is None:
            return cal.year_window(year)
        if part == "sofar":
            return self._so_far(cal.year_window(year))
        first, last = self.lex.part_bounds[(part, "year")]
        return cal.year_part(year, first, last)

    def part_of_season(self, season: Window, part: Optional[str]) -> Window:
        if part is None:
            return Window(season.start, season.end, "season")
        if part == "sofar":
            return self._so_far(season)
        first, last = self.lex.part_bounds[(part, "season")]
        return cal.season_part(season, first, last)

    def _so_far(self, period: Window) -> Window:
        # "earlier this year": from the start of the period up to the report.
        if self.published is None:
            return UNRESOLVED
        return Window(period.start, min(period.end, self.published))


def month(ctx: Context, month_no: int, *, year: Optional[int] = None, year_offset: Optional[int] = None,
          instance: Optional[int] = None, part: Optional[str] = None, day: Optional[int] = None) -> Window:
    """A named month: with an explicit year, a year relative to the report ("May of last
    year", 작년 5월), an instance ("last May", 지난 5월) or bare (the latest May)."""
    pub = ctx.published
    bare = year is None and year_offset is None and instance is None
    if year is None:
        if pub is None:
            return UNRESOLVED
        if year_offset is not None:
            year = pub.year + year_offset
        elif instance is None or instance == -1:
            year = cal.latest_month(month_no, pub, strictly_before=instance == -1)
        elif instance == 0:
            year = pub.year
        else:
            year = pub.year if month_no > pub.month else pub.year + 1
    if day is not None:
        if day > cal.last_day(year, month_no):
            return UNRESOLVED
        return cal.day_window(date(year, month_no, day))
    w = ctx.part_of_month(year, month_no, part)
    if bare and w.start and w.start > pub:
        # "in late September" in a report of 15 September: the last one that has begun.
        w = ctx.part_of_month(year - 1, month_no, part)
    return w


def year(ctx: Context, *, year: Optional[int] = None, year_offset: Optional[int] = None,
         part: Optional[str] = None) -> Window:
    if year is None:
        if ctx.published is None or year_offset is None:
            return UNRESOLVED
        year = ctx.published.year + year_offset
    return ctx.part_of_year(year, part)


def season(ctx: Context, s: Season, *, year: Optional[int] = None, year_offset: Optional[int] = None,
           instance: Optional[int] = None, part: Optional[str] = None) -> Window:
    """A season: of a year (2013년 봄, "spring of this year", 지난해 겨울 = the winter that
    began in December of last year), an instance ("last winter" = the latest one over),
    or bare (the latest one begun)."""
    pub = ctx.published
    if year is not None:
        w = cal.season_window(s.first_month, s.last_month, year)
    elif pub is None:
        return UNRESOLVED
    elif year_offset is not None:
        w = cal.season_window(s.first_month, s.last_month, pub.year + year_offset)
    elif instance == -1:
        w = cal.latest_season(s.first_month, s.last_month, pub, strictly_before=True)
    elif instance == 0:
        w = cal.this_season(s.first_month, s.last_month, pub)
    elif instance == 1:
        w = cal.this_season(s.first_month, s.last_month, pub)
        if w.start <= pub:
            w = cal.season_window(s.first_month, s.last_month, w.start.year + 1)
    else:
        w = cal.latest_season(s.first_month, s.last_month, pub)
        part_w = ctx.part_of_season(w, part)
        if part_w.start and part_w.start > pub:  # 늦가을 in September: last year's
            w = cal.season_window(s.first_month, s.last_month, w.start.year - 1)
    return ctx.part_of_season(w, part)


def unit(ctx: Context, unit_name: str, offset: int, part: Optional[str] = None) -> Window:
    """A day, week, weekend, month or year counted from the report ("last month", 어제)."""
    pub = ctx.published
    if pub is None:
        return UNRESOLVED
    if unit_name == "day":
        return cal.day_window(pub + timedelta(days=offset))
    if unit_name == "week":
        return cal.week_window(pub + timedelta(days=7 * offset))
    if unit_name == "weekend":
        # The latest Saturday-Sunday that has ended by the report, or this week's.
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if offset < 0 and saturday + timedelta(days=1) >= pub:
            saturday -= timedelta(days=7)
        return Window(saturday, saturday + timedelta(days=1))
    if unit_name == "month":
        y, m = cal.shift_month(pub.year, pub.month, offset)
        return ctx.part_of_month(y, m, part)
    return ctx.part_of_year(pub.year + offset, part)


def ago(ctx: Context, n: int, unit_name: str) -> Window:
    if ctx.published is None:
        return UNRESOLVED
    return cal.ago(ctx.published, n, unit_name)


def weekday(ctx: Context, wd: int, instance: Optional[int]) -> Window:
    # "on Tuesday" = the latest Tuesday up to the report; "last Tuesday" the latest before it.
    if ctx.published is None:
        return UNRESOLVED
    if instance == 1:
        return cal.day_window(ctx.published + timedelta(days=(wd - ctx.published.weekday()) % 7 or 7))
    return cal.day_window(cal.latest_weekday(wd, ctx.published, strictly_before=instance == -1))


def day_of_month(ctx: Context, day: int, instance: Optional[int]) -> Window:
    # 지난 12일 / "on the 12th": the latest 12th up to (지난: before) the report.
    if ctx.published is None:
        return UNRESOLVED
    d = cal.latest_day_of_month(day, ctx.published, strictly_before=instance == -1)
    return cal.day_window(d) if d else UNRESOLVED


def day_in_month(ctx: Context, day: int, months_back: int) -> Window:
    # "the 3rd of this month" / "the 20th of last month": that day of the named month.
    if ctx.published is None:
        return UNRESOLVED
    y, mo = ctx.published.year, ctx.published.month + months_back
    if mo < 1:
        y, mo = y - 1, mo + 12
    try:
        return cal.day_window(date(y, mo, day))
    except ValueError:  # the 31st of a 30-day month
        return UNRESOLVED


def vague(ctx: Context, from_days: int, to_days: int) -> Window:
    if ctx.published is None:
        return Window(None, None, vague=True)
    return Window(ctx.published - timedelta(days=from_days),
                  ctx.published - timedelta(days=to_days), vague=True)


def trailing(ctx: Context, n: int, unit_name: str) -> Window:
    # "over the past two months": from n units before the report up to it.
    pub = ctx.published
    if pub is None:
        return UNRESOLVED
    days = {"day": 1, "week": 7}.get(unit_name)
    start = pub - timedelta(days=days * n) if days else cal.add_months(pub, -n * (12 if unit_name == "year" else 1))
    return Window(start, pub)
