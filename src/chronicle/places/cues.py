"""Context cues around place mentions (data: ``data/places/cues.tsv``): whether a
mention is where the reporting source is, where people went, or not a place at all."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import data
from ..regex_words import folds_simply, needed_words

_WINDOW = 80  # characters of context a cue may look at


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, str], re.Pattern]:
    """One alternation per role and side: a single regex pass instead of one per cue
    (the check runs several times for every place mention)."""
    rows: dict[tuple[str, str], list[str]] = {}
    for row in data.read_tsv("places/cues.tsv"):
        rows.setdefault((row["role"], row["side"]), []).append(f"(?:{row['pattern']})")
    return {key: re.compile("|".join(alts), re.IGNORECASE) for key, alts in rows.items()}


@lru_cache(maxsize=1)
def _before_words() -> dict[str, re.Pattern]:
    """Per role, words (lower case) one of which the text before a mention must hold for any
    of its "before" cues to match (``needed_words``); a role missing here has a cue without
    such words. A cue tried at each of the window's 80 positions is the costly part of
    ``roles``; most windows hold none of these words and skip it."""
    rows: dict[str, list] = {}
    for row in data.read_tsv("places/cues.tsv"):
        if row["side"] == "before":
            rows.setdefault(row["role"], []).append(re.compile(row["pattern"], re.IGNORECASE))
    needs = {role: needed_words(patterns) for role, patterns in rows.items()}
    return {role: need for role, need in needs.items() if need is not None}


def has_role(text: str, start: int, end: int, role: str) -> bool:
    """Whether the words around ``text[start:end]`` give it ``role``
    (source, destination, residence, not_place)."""
    return role in roles(text, start, end, (role,))


def roles(text: str, start: int, end: int, asked: tuple[str, ...]) -> frozenset[str]:
    """The roles among ``asked`` that the words around ``text[start:end]`` give it: what
    ``has_role`` says of each, with the context cut out once for all of them."""
    table = _by_role()
    before, after, itself = text[max(0, start - _WINDOW):start], text[end:end + _WINDOW], text[start:end + _WINDOW]
    lowered = before.lower() if folds_simply(before) else None  # None: search every "before" cue
    out = set()
    for role in asked:
        b, a, s, need = table.get(role, _NONE)
        if b and lowered is not None and need is not None and not need.search(lowered):
            b = None  # the window lacks every word the role's cues need
        if (b and b.search(before)) or (a and a.match(after)) or (s and s.match(itself)):
            out.add(role)
    return frozenset(out)


_NONE = (None, None, None, None)


@lru_cache(maxsize=1)
def _by_role() -> dict[str, tuple]:
    """Per role, its (before, after, self) cue regexes and the words its "before" cues
    need: what ``roles`` looked up in ``_cues`` and ``_before_words`` for every mention."""
    cues, needs = _cues(), _before_words()
    return {role: (cues.get((role, "before")), cues.get((role, "after")), cues.get((role, "self")),
                   needs.get(role))
            for role in {r for r, _ in cues}}
