"""Korean time expressions: the rules that find them and how each resolves.

Korean writes dates with counters (2014년 8월 12일) and attaches particles to them
(12일에, 지난해 말부터), so a match must not start inside a word and may end only where
a particle or a non-Hangul character follows: "8월 말했다" is no "end of August", "3일간"
is a length, not a date."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import resolve as r
from . import holidays
from .absolute import parse_day
from .calendar import Window
from .engine import Connectors, Rule
from .lexicon import Lexicon, cue_words, key, load

START = r"(?<![가-힣\d])"
# What may follow a time word: a non-Hangul character or a particle.
PARTICLE = r"(?:에|엔|부터|까지|께|경|쯤|무렵|의|만|도|이|가|은|는|로|와|과|인|에서|이후|이래|들어)"
END = rf"(?=[^가-힣]|{PARTICLE}|$)"
YEAR = r"(?P<y>(?:19|20)\d{2})년"
MONTH = r"(?P<mo>1[0-2]|0?[1-9])월"
# (a count of days, not a date: 15일 동안, 15일 구류, 3일 이내, 10일 남짓)
DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])일(?!\s*(?:간|동안|째|만에|씩|치|분|구류(?!장|소)|이내|안에|이상|가량|정도|남짓|넘게|만\b))"


def _year_word(m: re.Match, lex: Lexicon) -> tuple[Optional[int], Optional[int]]:
    """(year_offset, instance) from the modifier before a month, season or day."""
    word = m.group("mod")
    if not word:
        return None, None
    kind, offset = lex.modifiers[key(word)]
    return (offset, None) if kind == "year" else (None, offset)


@lru_cache(maxsize=1)
def rules() -> tuple[list[Rule], Connectors, re.Pattern]:
    lex = load("ko")
    alt = lex.alternation
    MOD = rf"(?:(?P<mod>{alt(lex.modifiers)})\s*)"
    PART_AFTER = rf"(?:\s*(?P<part>{alt(lex.parts['after'])}){END})"
    PART_BEFORE = rf"(?P<pre>{alt(lex.parts['before'])})"
    NUM = rf"(?P<n>\d+|{alt(lex.numbers)})"
    COUNTED = rf"(?P<u>{alt(u for u, (_, c) in lex.units.items() if c is None)})"
    NAMED = rf"(?P<named>{alt(u for u, (_, c) in lex.units.items() if c is not None)})"

    def date_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        month_no, day = int(m.group("mo")), (int(m.group("d")) if m.group("d") else None)
        year = int(m.group("y")) if m.group("y") else None
        ymod, inst = _year_word(m, lex)
        part = lex.parts["after"][m.group("part")] if m.group("part") else None
        if day is not None and ymod is None and inst is None:
            span = m.group(0)[m.start("y") - m.start() if year else m.start("mo") - m.start():]
            found = parse_day(span, "ko", ctx.published, month_no, day, year)
            if found:
                return Window(found, found)
        return r.month(ctx, month_no, year=year, year_offset=ymod, instance=inst, part=part, day=day)

    def day_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        _, inst = _year_word(m, lex)
        if m.group("mod") and inst is None:
            return None  # 올해 12일 is no date
        return r.day_of_month(ctx, int(m.group("d")), inst)

    def year_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        part = lex.parts["after"][m.group("part")] if m.group("part") else None
        if m.group("y"):
            return r.year(ctx, year=int(m.group("y")), part=part)
        ymod, inst = _year_word(m, lex)
        if ymod is None or (part is None and key(m.group("mod")) == "올"):
            return None  # 올 alone is a prefix, not a year
        return r.year(ctx, year_offset=ymod, part=part)

    def season_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        s = lex.seasons[m.group("season")]
        part = lex.parts["before"][m.group("pre")] if m.group("pre") else None
        ymod, inst = _year_word(m, lex)
        year = int(m.group("y")) if m.group("y") else None
        if not (year or part or ymod is not None or inst is not None or m.group("tail")):
            return None
        return r.season(ctx, s, year=year, year_offset=ymod, instance=inst, part=part)

    def relative_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        unit_name, offset = lex.relative[key(m.group("rel"))]
        part = lex.parts["after"][m.group("part")] if m.group("part") else None
        if part and unit_name not in ("month", "year"):
            return None
        return r.unit(ctx, unit_name, offset, part)

    def ago_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        if m.group("named"):
            unit_name, n = lex.units[m.group("named")]
        else:
            unit_name = lex.units[m.group("u")][0]
            n = int(m.group("n")) if m.group("n").isdigit() else lex.numbers[m.group("n")]
        return r.ago(ctx, n, unit_name)

    def vague_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        return r.vague(ctx, *lex.vague[key(m.group(0))])

    def weekday_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        _, inst = _year_word(m, lex)
        return r.weekday(ctx, lex.weekdays[m.group("wd")], inst)

    def anchor_res(date_):
        return lambda m, ctx: Window(date_, date_)

    hol_names = holidays.names("ko")

    def holiday_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        name, needs_year = hol_names[key(m.group("hol"))]
        ymod, _ = _year_word(m, lex)
        year = int(m.group("y")) if m.group("y") else (
            ctx.published.year + ymod if ymod is not None and ctx.published else None)
        if needs_year and year is None:
            return None  # bare 설 is too common a syllable to be a date
        return holidays.holiday(name, year, ctx.published)

    C = re.compile
    rules_ = [
        Rule("date", C(rf"{START}(?:{YEAR}\s*|{MOD})?{MONTH}(?:\s*{DAY}|{PART_AFTER})?{END}"), date_res),
        Rule("day", C(rf"{START}{MOD}?{DAY}{END}"), day_res),
        Rule("year", C(rf"{START}(?:{YEAR}|(?P<mod>{alt(w for w, (k, _) in lex.modifiers.items() if k == 'year')}))"
                       rf"(?:{PART_AFTER}|{END})"), year_res),
        Rule("season", C(rf"{START}(?:{YEAR}\s*|{MOD})?{PART_BEFORE}?(?P<season>{alt(lex.seasons)})(?:철)?"
                         rf"(?:(?P<tail>(?=에|부터|까지|께|무렵|이후|들어))|{END})"), season_res),
        Rule("relative", C(rf"{START}(?P<rel>{alt(lex.relative)}){PART_AFTER}?{END}"), relative_res),
        Rule("ago", C(rf"{START}(?:{NUM}\s*{COUNTED}|{NAMED})\s*전{END}"), ago_res),
        Rule("weekday", C(rf"{START}{MOD}?(?P<wd>{alt(lex.weekdays)}){END}"), weekday_res),
        Rule("vague", C(rf"{START}(?:{alt(lex.vague)}){END}"), vague_res),
        Rule("holiday", C(rf"{START}(?:{YEAR}\s*|{MOD})?(?P<hol>{alt(hol_names)})"
                          rf"(?=[^가-힣]|{PARTICLE}|을|를|날|명절|연휴|맞이|$)"), holiday_res),
    ]
    for a in lex.anchors:
        rules_.append(Rule(f"anchor:{a.key}", C(rf"{START}{a.pattern}"), anchor_res(a.date)))

    c = lex.connectors
    conn = Connectors(
        lead=None,
        join=C(rf"\s*(?:{alt(c['join'])})\s*"),
        close=C(rf"\s*({alt(c['close'])})"),
        open_lead=None,
        open_after=C(rf"\s*({alt(c['open'])})(?!\s*[^\s가-힣]*\s*\S*까지)"),
        join_needs_lead=C(r"(?!)"),
    )
    cue = re.compile(rf"\d|{alt(list(cue_words(lex)) + list(hol_names))}")
    return rules_, conn, cue
