"""Document frames: what a whole report is about, for data-table rows whose "context" a
regular expression cannot say alone. A table cell ``@name PATTERN`` reads: the pattern
matches the document and the named frame holds for it (``en_targets.tsv`` uses
``@abroad`` for reports on North Koreans working abroad: "the first man" in a report set on
an Ulaanbaatar building site is one of those workers, whatever town the story names)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from ..places.gazetteer import Gazetteer

FRAMES: dict[str, Callable[[str], bool]] = {}


def frame(name: str):
    def register(fn: Callable[[str], bool]) -> Callable[[str], bool]:
        FRAMES[name] = fn
        return fn
    return register


@frame("abroad")
@lru_cache(maxsize=256)
def set_abroad(text: str) -> bool:
    """The report's towns lie mostly outside the two Koreas: at least one foreign town, and
    no fewer mentions of foreign towns than of North Korean ones (countries and regions are
    not counted: "sent back to North Korea" is in every such report)."""
    foreign = north = 0
    for m in Gazetteer.load().find(text):
        if not m.candidates or m.candidates[0].kind in ("country", "region"):
            continue
        country = m.candidates[0].country
        if country == "KP":
            north += 1
        elif country != "KR":
            foreign += 1
    return foreign > 0 and foreign >= north


class FramedContext:
    """A context cell with a frame: ``search`` is true when the pattern matches the
    document and the frame holds (the same duck type as a compiled pattern's ``search``)."""

    def __init__(self, cell: str, compile_pattern: Callable[[str], re.Pattern]) -> None:
        name, _, pattern = cell[1:].partition(" ")
        if name not in FRAMES:
            raise ValueError(f"unknown document frame {name!r} in context cell {cell!r}; known: {sorted(FRAMES)}")
        self.frame = FRAMES[name]
        self.pattern = compile_pattern(pattern.strip()) if pattern.strip() else None

    def search(self, text: str) -> bool:
        return (self.pattern is None or self.pattern.search(text) is not None) and self.frame(text)


def context_cell(cell: str, compile_pattern: Callable[[str], re.Pattern]):
    """A table's context cell: a compiled pattern, a framed context, or None when empty."""
    if not cell:
        return None
    if cell.startswith("@"):
        return FramedContext(cell, compile_pattern)
    return compile_pattern(cell)
