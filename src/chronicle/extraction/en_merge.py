"""Merging restatements: a report often tells one act twice (a summary lead, then a
source's quote saying the same; a statement, then the quoted words that make it).
Same type, same actor, same kind of target and near-identical wording of the act's
clause -> one event, the more specific passage kept."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Event

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# Function words carry no content for comparing two clauses.
_STOP = frozenset("""a an the of to in on at for from by with and or but that this these those
is are was were be been being have has had do does did will would can could may might
they them their we our you your he she his her it its who whom which what when where there
some one other others more most very as into than then so not no""".split())


@dataclass(frozen=True)
class Clause:
    text: str  # the act's words: from the trigger to the end of its target
    sentence: int
    paragraph: int


def _stem(word: str) -> str:
    w = word.lower().strip("'-")
    for suffix in ("ings", "ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def signature(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOP)


def _key(ev: Event):
    return ev.perpetrator.actor if ev.perpetrator else None


def _compatible(a: Event, b: Event) -> bool:
    if a.type != b.type:
        return False
    # Two tellings that both name no actor give nothing to tie them together.
    ka, kb = _key(a), _key(b)
    if (ka and kb and ka != kb) or not (ka or kb):
        return False
    ca = a.target.category if a.target else None
    cb = b.target.category if b.target else None
    return not (ca and cb and ca != cb)


# A time named in the passage: the account that dates the act is the fuller telling
# of it (a lead says "has gone back"; the body says "crossed back in January").
_WHEN = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|spring|summer|autumn|fall|winter|(?:19|20)\d\d)\b")


def _specificity(ev: Event) -> tuple:
    key = _key(ev) or ""
    return (key.count(".") + bool(key), ev.target is not None and ev.target.category != "other",
            bool(_WHEN.search(ev.evidence.text)), len(ev.tactics))


def _same_act(a: Event, ca: Clause, b: Event, cb: Clause, threshold: float) -> bool:
    if not _compatible(a, b):
        return _retold(a, b)
    sa, sb = signature(ca.text), signature(cb.text)
    small = min(len(sa), len(sb))
    if small >= 3 and len(sa & sb) / small >= threshold:
        return True
    # The next sentence of the same paragraph elaborating the act without naming its
    # target again ("employed appeasement tactics" -> the promise in the quote).
    if (abs(ca.sentence - cb.sentence) == 1 and ca.paragraph == cb.paragraph
            and _key(a) is not None and _key(a) == _key(b)
            and (a.target is None or b.target is None)):
        return True
    return _retold(a, b)


def _target_words(ev: Event) -> frozenset[str]:
    return signature(ev.target.text) if ev.target else frozenset()


def _retold(a: Event, b: Event) -> bool:
    """The same act told again later in the report: same type and actor, and the same
    people (a shared content word in the target: "the women" ... "the women"; or the
    later mention names them only by a pronoun). Different people make a different act."""
    if a.type != b.type or a.target is None or b.target is None:
        return False
    # An actor named once and left out when the act is told again ("agents abducted
    # him" ... "he was abducted") is still the same actor; two different ones are not.
    # Two tellings that both name no actor give nothing to tie them together.
    ka, kb = _key(a), _key(b)
    if (ka and kb and ka != kb) or not (ka or kb):
        return False
    ca, cb = a.target.category, b.target.category
    if "other" in (ca, cb):
        return False
    wa, wb = _target_words(a), _target_words(b)
    if ca != cb:
        # "three women who had returned" (returnee) ... "the women" (resident): a plain
        # retelling loses what the first mention said; it still names the same people.
        return "resident" in (ca, cb) and bool(wa & wb)
    return bool(wa & wb) or not wb or not wa


def merge_restatements(events: list[Event], clauses: dict[int, Clause],
                       threshold: float = 0.75) -> list[Event]:
    kept: list[int] = []
    for i, ev in enumerate(events):
        ci = clauses[id(ev)]
        for n, j in enumerate(kept):
            if not _same_act(events[j], clauses[id(events[j])], ev, ci, threshold):
                continue
            if _specificity(ev) > _specificity(events[j]):
                ev.tactics.extend(t for t in events[j].tactics if t not in ev.tactics)
                kept[n] = i
            else:
                events[j].tactics.extend(t for t in ev.tactics if t not in events[j].tactics)
            break
        else:
            kept.append(i)
    return [events[i] for i in sorted(kept)]
