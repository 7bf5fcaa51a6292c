"""The time lexicon: month, weekday, season and part words, deictic phrases, counters,
vague windows, named anchors, range connectors and reporting cues, loaded once from
``chronicle/data/times/``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .. import data


@dataclass(frozen=True)
class Season:
    key: str
    first_month: int
    last_month: int


@dataclass(frozen=True)
class Anchor:
    key: str
    date: date
    pattern: str
    cue: str


@dataclass
class Lexicon:
    """Everything one language needs, keyed by the casefolded word."""
    language: str
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, Season]
    parts: dict[str, dict[str, str]]  # place (before/after the period) -> word -> part
    part_bounds: dict[tuple[str, str], tuple[int, int]]
    modifiers: dict[str, tuple[str, int]]
    relative: dict[str, tuple[str, int]]
    numbers: dict[str, int]
    units: dict[str, tuple[str, int | None]]
    vague: dict[str, tuple[int, int]]
    anchors: list[Anchor]
    connectors: dict[str, set[str]]  # role -> words
    reporting: dict[str, set[str]]  # position -> words

    @staticmethod
    def alternation(words) -> str:
        """A regex alternation of ``words``, longest first so the longest wins; spaces
        in a phrase match any run of whitespace (reports wrap lines anywhere)."""
        ordered = sorted(set(words), key=lambda w: (-len(w), w))
        return "|".join(r"\s+".join(re.escape(p) for p in w.split(" ")) for w in ordered)


def cue_words(lex: Lexicon) -> list[str]:
    """Words at least one of which every time expression contains (with digits): the
    matcher runs its rules only near them, which keeps it fast on long reports."""
    words = list(lex.months) + list(lex.weekdays) + list(lex.seasons) + list(lex.units)
    words += list(lex.relative) + list(lex.vague) + [a.cue for a in lex.anchors]
    return words


def _rows(name: str, language: str):
    return [r for r in data.read_tsv(f"times/{name}") if r.get("language", language) == language]


def _key(text: str) -> str:
    # Lexicon keys: casefolded, single-spaced, so "Late  last\nyear" finds "late last year".
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=None)
def load(language: str) -> Lexicon:
    months = {_key(r["name"]): int(r["month"]) for r in data.read_tsv("times/months.tsv")} \
        if language == "en" else {}
    seasons = {_key(r["name"]): Season(r["season"], int(r["first_month"]), int(r["last_month"]))
               for r in _rows("seasons.tsv", language)}
    parts: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for r in _rows("parts.tsv", language):
        parts[r["place"]][_key(r["word"])] = r["part"]
    connectors: dict[str, set[str]] = {}
    for r in _rows("connectors.tsv", language):
        connectors.setdefault(r["role"], set()).add(r["word"])
    reporting: dict[str, set[str]] = {}
    for r in _rows("reporting.tsv", language):
        reporting.setdefault(r["position"], set()).add(r["word"])
    return Lexicon(
        language=language,
        months=months,
        weekdays={_key(r["name"]): int(r["weekday"]) for r in _rows("weekdays.tsv", language)},
        seasons=seasons,
        parts=parts,
        part_bounds={(r["part"], r["unit"]): (int(r["first"]), int(r["last"]))
                     for r in data.read_tsv("times/part_bounds.tsv")},
        modifiers={_key(r["word"]): (r["kind"], int(r["offset"])) for r in _rows("modifiers.tsv", language)},
        relative={_key(r["phrase"]): (r["unit"], int(r["offset"])) for r in _rows("relative.tsv", language)},
        numbers={_key(r["word"]): int(r["value"]) for r in _rows("numbers.tsv", language)},
        units={_key(r["word"]): (r["unit"], int(r["count"]) if r["count"] else None)
               for r in _rows("units.tsv", language)},
        vague={_key(r["phrase"]): (int(r["from_days"]), int(r["to_days"])) for r in _rows("vague.tsv", language)},
        anchors=[Anchor(r["anchor"], date.fromisoformat(r["date"]), r["pattern"], r["cue"])
                 for r in _rows("anchors.tsv", language)],
        connectors=connectors,
        reporting=reporting,
    )


key = _key
