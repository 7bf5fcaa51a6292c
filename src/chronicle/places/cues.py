"""Context cues around place mentions (data: ``data/places/cues.tsv``): whether a
mention is where the reporting source is, where people went, or not a place at all."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import data

_WINDOW = 80  # characters of context a cue may look at


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], list[re.Pattern]]:
    out: dict[tuple[str, str], list[re.Pattern]] = {}
    for row in data.read_tsv("places/cues.tsv"):
        out.setdefault((row["role"], row["side"]), []).append(re.compile(row["pattern"], re.IGNORECASE))
    return out


def has_role(text: str, start: int, end: int, role: str) -> bool:
    """Whether the words around ``text[start:end]`` give it ``role``
    (source, destination, residence, not_place)."""
    before = text[max(0, start - _WINDOW):start]
    after = text[end:end + _WINDOW]
    cues = _cues()
    itself = text[start:end + _WINDOW]
    return (any(p.search(before) for p in cues.get((role, "before"), ()))
            or any(p.match(after) for p in cues.get((role, "after"), ()))
            or any(p.match(itself) for p in cues.get((role, "self"), ())))
