"""What words a regular expression needs, and literal alternations built as tries.

Shared by the extractors, places and times: a rule or cue that cannot match a text
lacking all of its required words need not be searched there, and a long list of
literal words is searched much faster as a trie than as a flat alternation.
"""
from __future__ import annotations

import re
from typing import Optional

try:  # the regex parser, to read which words a cue needs
    from re import _constants as _sre_c, _parser as _sre_p
except ImportError:  # Python < 3.11
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre_p  # type: ignore[no-redef]

_MAX_WORDS = 64  # a cue needing one of more words than this is searched in every sentence


def required_words(pattern: re.Pattern) -> Optional[frozenset[str]]:
    """Words one of which every match of ``pattern`` contains, or None when none are known
    (nothing fixed outside assertions). For a case-insensitive pattern the words are in lower
    case and hold only characters ``folds_simply`` vouches for (else None): look for them in
    ``text.lower()`` of a text that ``folds_simply`` too."""
    try:
        found = _required(_sre_p.parse(pattern.pattern, pattern.flags), bool(pattern.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unreadable pattern is searched everywhere
        return None
    if not found or ((pattern.flags & re.IGNORECASE or "(?i" in pattern.pattern)
                     and not all(folds_simply(w) for w in found)):
        return None
    return frozenset(found)


# Characters whose case-insensitive matching is plain ``str.lower`` equality: ASCII, and
# caseless Hangul and punctuation (no Unicode special-case folds such as ſ = s or İ = i).
folds_simply = re.compile(r"[\x00-\x7f\u1100-\u11ff\u2000-\u206f\u3000-\u303f\u3130-\u318f\uac00-\ud7a3·]*").fullmatch


def _exact(items, ic: bool) -> Optional[set[str]]:
    """The strings a sequence of parsed items matches, when that is a small finite set
    (in lower case where ``ic``, case-insensitive)."""
    out = {""}
    for op, av in items:
        one = _exact_item(op, av, ic)
        if one is None:
            return None
        out = {a + b for a in out for b in one}
        if len(out) > _MAX_WORDS:
            return None
    return out


def _exact_item(op, av, ic: bool) -> Optional[set[str]]:
    if op is _sre_c.LITERAL:
        return {chr(av).lower() if ic else chr(av)}
    if op is _sre_c.IN:  # [리렸린]: a class of plain characters
        if not all(o is _sre_c.LITERAL for o, _ in av):
            return None
        return {chr(a).lower() if ic else chr(a) for _, a in av}
    if op is _sre_c.SUBPATTERN:
        return _exact(av[3], _flag(ic, av))
    if op is _sre_c.BRANCH:
        alts = [_exact(b, ic) for b in av[1]]
        if any(a is None for a in alts):
            return None
        out = set().union(*alts)
        return out if len(out) <= _MAX_WORDS else None
    if op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and (av[0], av[1]) == (0, 1):
        body = _exact(av[2], ic)
        return None if body is None else body | {""}
    return None  # anchors, assertions, wider classes, repeats


def _flag(ic: bool, subpattern) -> bool:
    """Whether a group ``(?i:...)`` / ``(?-i:...)`` matches case-insensitively."""
    return bool((ic or subpattern[1] & re.IGNORECASE) and not subpattern[2] & re.IGNORECASE)


def _required(items, ic: bool) -> Optional[set[str]]:
    """Strings one of which every match of a sequence of parsed items contains: the longest
    run of fixed text (a product of small alternatives), or what a group inside needs."""
    best: Optional[set[str]] = None

    def consider(words: Optional[set[str]]) -> None:
        nonlocal best
        if words and "" not in words and len(words) <= _MAX_WORDS and (
                best is None or min(map(len, words)) > min(map(len, best))):
            best = words

    run = {""}
    for op, av in items:
        one = _exact_item(op, av, ic)
        if one is not None:
            longer = {a + b for a in run for b in one}
            if len(longer) <= _MAX_WORDS:
                run = longer
                continue
            consider(run)
            run = one
            continue
        consider(run)
        run = {""}
        if op is _sre_c.SUBPATTERN:
            consider(_required(av[3], _flag(ic, av)))
        elif op is _sre_c.BRANCH:
            alts = [_required(b, ic) for b in av[1]]
            if all(alts):
                consider(set().union(*alts))
        elif op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1:
            consider(_required(av[2], ic))
        # anything else (anchors, lookarounds, classes, optional parts) needs no fixed word
    consider(run)
    return best


def needed_words(patterns) -> Optional[re.Pattern]:
    """Words (lower case) one of which every match of any of ``patterns`` holds, as one
    regex to search in ``text.lower()`` of a text that ``folds_simply``; None when some
    pattern needs no known word (it must be searched everywhere). Words of a case-sensitive
    part ("(?-i:May)") are lowered too: the lowered text holds them wherever the text does."""
    found: set[str] = set()
    for pattern in patterns:
        words = required_words(pattern)
        if not words or not all(folds_simply(w) for w in words):
            return None
        found |= {w.lower() for w in words}
    return re.compile(literal_pattern(frozenset(found))) if found else None


def literal_pattern(words, space: Optional[str] = None) -> str:
    """A regex matching any of ``words``, as a trie (보위부|보위원 -> 보위(?:부|원)).
    It finds a word wherever the flat alternation would: the same yes/no for
    ``search``, which is all the cues ask; ``(?!)`` when there are none. Longer
    continuations are tried first. ``space``: a regex a space in a word stands for
    (English time cues let any run of whitespace part their words)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    if not trie:
        return "(?!)"

    def emit(node: dict) -> str:
        alts = [(space if space is not None and ch == " " else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)
