"""English time expressions: the rules that find them and how each resolves.

Month, season and weekday names must be capitalised ("May", never the verb "may");
a bare month, season or year counts only after a preposition or with a modifier
("in May", "late May", "since 2012"), so counts and amounts are not read as years."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..regex_words import literal_pattern
from . import holidays
from . import resolve as r
from .absolute import parse_day
from .calendar import Window
from .engine import Connectors, Rule
from .lexicon import Lexicon, cue_words, key, load

YEAR = r"(?<![\d,.$£€])(?:1[89]|20)\d{2}(?!\d|,\d|-\d\d-|\s*(?:%|per\s*cent|won|yuan|dollars|people|persons))"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
PREP = (r"(?:in|since|until|till|by|from|during|through|throughout|before|after|of|to|and|"
        r"between|around|as\s+of|over)")
DEIX = r"(?:last|this|next)"
OFFSET = {"last": -1, "this": 0, "next": 1}


def _months(lex: Lexicon) -> str:
    # Capitalised, case-sensitive; abbreviations may carry a full stop ("Sept.").
    forms = []
    for name in sorted(lex.months, key=len, reverse=True):
        cap = name.capitalize()
        forms.append(rf"{cap}\b" if len(name) > 4 or name in ("june", "july", "may") else rf"{cap}(?:\.|\b)")
    return "(?-i:" + "|".join(forms) + ")"


def _off(m: re.Match, group: str) -> Optional[int]:
    word = m.group(group) if group in m.re.groupindex else None
    return OFFSET[word.lower()] if word else None


_PREP_BEFORE = re.compile(rf"\b{PREP}\s+\Z", re.IGNORECASE)


def _prep(m: re.Match) -> bool:
    """Whether a preposition stands right before the match ("in May", "since 2012")."""
    return bool(_PREP_BEFORE.search(m.string, max(0, m.start() - 16), m.start()))


def _has(m: re.Match, group: str) -> bool:
    return group in m.re.groupindex and bool(m.group(group))


def _int(m: re.Match, group: str) -> Optional[int]:
    v = m.group(group) if group in m.re.groupindex else None
    return int(re.match(r"\d+", v).group()) if v else None


def _part(m: re.Match, lex: Lexicon) -> Optional[str]:
    v = m.group("part") if "part" in m.re.groupindex else None
    if not v:
        return None
    return lex.parts["before"][key(v.rstrip("- "))]


@lru_cache(maxsize=1)
def rules() -> tuple[list[Rule], Connectors, re.Pattern]:
    lex = load("en")
    alt = lex.alternation
    MON = _months(lex)
    PART = rf"(?P<part>(?:{alt(lex.parts['before'])})(?:\s+|-\s*|\s*-))"
    SEASON = rf"(?P<season>{alt(lex.seasons)})"
    WD = "(?-i:" + "|".join(w.capitalize() for w in lex.weekdays) + ")"
    NUM = rf"(?P<n>\d+|{alt(lex.numbers)})"
    UNIT = rf"(?P<u>{alt(lex.units)})"

    def month_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        month_no = lex.months[key(m.group("mon").rstrip("."))]
        part, day, year = _part(m, lex), _int(m, "d"), _int(m, "y")
        ymod, inst = _off(m, "ymod"), _off(m, "mod")
        if not (_prep(m) or part or day or year or ymod is not None or inst is not None):
            return None  # a lone month name: too weak ("May" may start a sentence as a verb)
        if day is not None and ymod is None and inst is None:
            found = parse_day(m.group("t"), "en", ctx.published, month_no, day, year)
            if found:
                return Window(found, found)
        return r.month(ctx, month_no, year=year, year_offset=ymod, instance=inst, part=part, day=day)

    def dmy_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        month_no = lex.months[key(m.group("mon").rstrip("."))]
        day, year = _int(m, "d"), _int(m, "y")
        found = parse_day(m.group("t"), "en", ctx.published, month_no, day, year)
        if found:
            return Window(found, found)
        return r.month(ctx, month_no, year=year, day=day)

    def iso_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        return r.month(ctx, int(m.group("mo")), year=int(m.group("y")), day=int(m.group("d"))) \
            if 1 <= int(m.group("mo")) <= 12 else None

    def year_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        part, year, ymod = _part(m, lex), _int(m, "y"), _off(m, "ymod")
        if year is not None and not (_prep(m) or part):
            return None
        if m.group("mon_unit"):
            return r.unit(ctx, "month", ymod, part)
        return r.year(ctx, year=year, year_offset=ymod, part=part)

    def year_span_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        a, b = int(m.group("y")), int(m.group("y2"))
        return Window(r.year(ctx, year=a).start, r.year(ctx, year=b).end, "year") if a < b else None

    def season_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        s = lex.seasons[key(m.group("season"))]
        part, year = _part(m, lex), _int(m, "y")
        ymod = _off(m, "ymod") if m.group("ymod") else _off(m, "ymod2")
        inst = _off(m, "mod")
        if not (_prep(m) or part or year or ymod is not None or inst is not None):
            return None
        return r.season(ctx, s, year=year, year_offset=ymod, instance=inst, part=part)

    def weekday_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        return r.weekday(ctx, lex.weekdays[key(m.group("wd"))], _off(m, "mod"))

    def ordinal_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        # "on the 3rd of this month" names its month; "on the 3rd" alone is the latest 3rd.
        month = {"this": 0, "the same": 0, "last": -1, "the previous": -1}.get(
            " ".join((m.group("om") or "").split()))
        if month is None:
            return r.day_of_month(ctx, _int(m, "d"), None)
        return r.day_in_month(ctx, _int(m, "d"), month)

    def relative_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        unit_name, offset = lex.relative[key(m.group("t"))]
        return r.unit(ctx, unit_name, offset)

    def count(m: re.Match) -> tuple[int, str]:
        unit_name, fixed = lex.units[key(m.group("u"))]
        n = m.group("n")
        return (fixed or (int(n) if n.isdigit() else lex.numbers[key(n)])), unit_name

    def ago_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        n, unit_name = count(m)
        return r.ago(ctx, n, unit_name)

    def trailing_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        unit_name, fixed = lex.units[key(m.group("u"))]
        n = m.group("n")
        n = 1 if not n else int(n) if n.isdigit() else lex.numbers[key(n)]
        return r.trailing(ctx, fixed or n, unit_name)

    def vague_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        return r.vague(ctx, *lex.vague[key(m.group("t"))])

    def anchor_res(date_):
        def res(m: re.Match, ctx: r.Context) -> Optional[Window]:
            return Window(date_, date_)
        return res

    hol_names = holidays.names("en")

    def holiday_res(m: re.Match, ctx: r.Context) -> Optional[Window]:
        name, _ = hol_names[key(m.group("hol"))]
        year = m.group("y") or m.group("y2")
        if year is None and m.group("ymod"):
            if ctx.published is None or key(m.group("ymod")) not in lex.modifiers:
                return None
            kind, offset = lex.modifiers[key(m.group("ymod"))]
            year = ctx.published.year + offset
        return holidays.holiday(name, int(year) if year else None, ctx.published)

    P = lambda s: re.compile(s, re.IGNORECASE)  # noqa: E731
    prep = ""  # prepositions are checked before the match (see _prep), not matched
    rules_ = [
        Rule("date_mdy", P(rf"{prep}(?P<t>\b(?:(?P<mod>{DEIX})\s+)?(?P<mon>{MON})\s+(?P<d>{DAY})\b"
                           rf"(?:,?\s+(?P<y>{YEAR})|\s+(?:of\s+)?(?P<ymod>{DEIX})\s+year)?)"), month_res),
        Rule("date_dmy", P(rf"(?P<t>\b(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MON})(?:,?\s+(?P<y>{YEAR}))?)"),
             dmy_res),
        Rule("date_iso", P(r"(?P<t>\b(?P<y>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<d>\d{2})\b)"), iso_res),
        Rule("month", P(rf"{prep}(?P<t>\b{PART}?(?:(?P<mod>{DEIX})\s+)?(?P<mon>{MON})"
                        rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR})|\s+(?:of\s+)?(?P<ymod>{DEIX})\s+year)?)"), month_res),
        Rule("year", P(rf"{prep}(?P<t>\b{PART}?(?:of\s+)?(?:(?P<y>{YEAR})|(?P<ymod>{DEIX})\s+"
                       rf"(?:(?P<mon_unit>month)|year)))\b"), year_res),
        Rule("year_span", P(rf"(?P<t>\b(?P<y>{YEAR})\s*[-–]\s*(?P<y2>{YEAR}))"), year_span_res),
        Rule("season", P(rf"{prep}(?P<t>\b{PART}?(?:(?P<mod>{DEIX})\s+|(?P<ymod2>{DEIX})\s+year['’]s\s+|the\s+)?"
                         rf"{SEASON}\b(?:\s+(?:of\s+)?(?:(?P<ymod>{DEIX})\s+year|(?P<y>{YEAR})))?)"), season_res),
        Rule("weekday", P(rf"(?P<t>\b(?:(?P<mod>{DEIX})\s+)?(?P<wd>{WD})\b)"), weekday_res),
        # "on the 16th"; "on 16th" in translated Korean-style English ("according to source on 20th")
        Rule("ordinal_day", P(r"\bon\s+(?P<t>(?:the\s+)?(?P<d>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))"
                              r"(?:\s+of\s+(?P<om>this|last|the\s+same|the\s+previous)\s+month)?)\b"
                              r"(?!\s+(?:floor|floors|storey|story|place|round|row|try|attempt|grade|year)\b)"), ordinal_res),
        Rule("relative", P(rf"(?P<t>\b(?:{alt(lex.relative)}))\b"), relative_res),
        Rule("ago", P(rf"(?P<t>\b(?:{NUM}\s+{UNIT}|(?P<u2>a\s+fortnight))\s+ago)\b"),
             lambda m, ctx: r.ago(ctx, 14, "day") if m.group("u2") else ago_res(m, ctx)),
        Rule("trailing", P(rf"(?P<t>\bthe\s+(?:past|last)\s+(?:{NUM}\s+)?{UNIT})\b"), trailing_res),
        Rule("vague", P(rf"(?P<t>\b(?:{alt(lex.vague)}))\b"), vague_res),
        Rule("holiday", P(rf"(?P<t>\b(?:(?P<y>{YEAR})\s+|(?P<ymod>{DEIX})\s+year['’]s\s+)?(?:the\s+)?"
                          rf"(?P<hol>{alt(hol_names)})(?:\s+(?:of\s+)?(?P<y2>{YEAR}))?)\b"), holiday_res),
    ]
    for a in lex.anchors:
        rules_.append(Rule(f"anchor:{a.key}", re.compile(rf"(?P<t>\b{a.pattern})\b"), anchor_res(a.date)))

    c = lex.connectors
    conn = Connectors(
        lead=P(rf"\b({alt(c['lead'])})\s+\Z"),
        join=P(rf"\s*(?:{alt(c['join'])})\s*"),
        close=None,
        # "since the closure of its borders in January 2020": the words naming what began
        # may stand between "since" and its time, within one clause.
        open_lead=P(rf"\b({alt(c['open_lead'])})\s+(?:[^\s\d,.;:!?\"“”()]+\s+){{0,7}}\Z"),
        open_after=None,
        join_needs_lead=P(r"and"),
    )
    cue = _cue(list(cue_words(lex)) + list(hol_names), alt)
    return rules_, conn, cue


def _cue(words: list[str], alt) -> re.Pattern:
    """A digit or a cue word at a word's start. The words as a trie ("last week|last
    weekend" -> "last\\s+week(?:end)?"): Python's re tries each branch of a flat
    alternation at every word, and this runs at every word of every report. A match is
    the one the flat ``alt`` (longest first) gives: at one place the words that match
    are each a start of the next, and the trie takes the longest."""
    lowered = {w.lower() for w in words}
    if not all(w.isascii() and w == " ".join(w.split(" ")) and "" not in w.split(" ") for w in lowered):
        return re.compile(rf"\d|\b(?:{alt(words)})", re.IGNORECASE)  # the plain alternation
    trie = literal_pattern(lowered, space=r"\s+")  # (a space: any run of whitespace, as in ``Lexicon.alternation``)
    return re.compile(rf"\d|\b(?:{trie})", re.IGNORECASE)
