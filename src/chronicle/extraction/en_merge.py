"""Merging restatements: a report often tells one act twice (a summary lead, then the
body's account; a statement, then a source's quote; "agents arrested him" ... "he was
held"). Same type, agreeing actors and agreeing targets -> one event, unless concrete
details differ (dates, places, how many or which victims), which mark two acts. The
telling with more detail is kept (devset rule: "pick the more specific passage")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import data
from ..places.gazetteer import Gazetteer
from ..records import Event

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")


@dataclass(frozen=True)
class _Words:
    """The merger's word lists, from ``data/lexicon/en_merge.tsv``."""
    suffixes: tuple[str, ...]  # tried in file order: "ings" before "s"
    stop: frozenset[str]  # function words carry no content for comparing two clauses
    pronoun: frozenset[str]
    one: frozenset[str]
    many: frozenset[str]
    singular: frozenset[str]
    titles: frozenset[str]
    when: re.Pattern
    count: re.Pattern
    postmod: re.Pattern


def _alt(words: list[str]) -> str:
    # Longest first, so no word is cut short by a shorter one it begins with.
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _words() -> _Words:
    kinds: dict[str, list[str]] = {}
    for r in data.read_tsv("lexicon/en_merge.tsv"):
        kinds.setdefault(r["kind"], []).append(r["word"])
    return _Words(
        suffixes=tuple(kinds["suffix"]),
        stop=frozenset(kinds["stop"]),
        pronoun=frozenset(kinds["pronoun"]),
        one=frozenset(kinds["one"]),
        many=frozenset(kinds["many"]),
        singular=frozenset(kinds["singular"]),
        titles=frozenset(kinds["title"]),
        # A time named in the passage: the account that dates the act is the fuller
        # telling of it (a lead says "has gone back"; the body says "crossed back in
        # January"). Years are a shape, not a word list, so they stay here.
        when=re.compile(rf"\b(?:{_alt(kinds['when'])}|(?:19|20)\d\d)\b"),
        # How many people: "three women" and "two men" are not one act told twice.
        count=re.compile(rf"\b(?:\d+|{_alt(kinds['count'])})\b", re.I),
        # Where the head noun of a target ends: "homes of the defectors", "a man from Musan".
        postmod=re.compile(rf"\s(?:{_alt(kinds['postmod'])})\s.*", re.S),
    )


@dataclass(frozen=True)
class Clause:
    text: str  # the act's words: from the trigger to the end of its target
    sentence: int
    paragraph: int
    quoted: bool = False  # the trigger stands inside a quotation: the words said


def _stem(word: str) -> str:
    w = word.lower().strip("'-")
    for suffix in _words().suffixes:
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def signature(text: str) -> frozenset[str]:
    stop = _words().stop
    return frozenset(_stem(w) for w in _WORD.findall(text) if w.lower() not in stop)


def _key(ev: Event):
    return ev.perpetrator.actor if ev.perpetrator else None


def _actors_agree(ka, kb) -> bool:
    """Equal, one telling naming no actor ("he was abducted" after "agents abducted
    him"), or one a unit of the other (KP.MSS.anti_espionage within KP.MSS)."""
    if not ka or not kb or ka == kb:
        return True
    return ka.startswith(kb + ".") or kb.startswith(ka + ".")


def _bare(ev: Event) -> bool:
    """No usable target: none, a bare pronoun, or "other" (where the extractor files
    what is not people, e.g. the place of a detention taken for its target). A bare
    pronoun or relative word names nobody new: it agrees with any people the other
    telling names ("the woman" ... "her")."""
    t = ev.target
    return (t is None or t.category in (None, "other")
            or (t.text or "").strip().casefold() in _words().pronoun)


def _targets_agree(a: Event, b: Event) -> bool:
    if _bare(a) or _bare(b):
        return True
    ca, cb = a.target.category, b.target.category
    shared = bool(_target_words(a) & _target_words(b))
    if ca == cb:
        # Both tellings name people: they must share a word for them ("a man from
        # Hamheung" ... "the man"); "two people" and "the woman" are other victims.
        return shared
    # "three women who had returned" (returnee) ... "the women" (resident): a plain
    # retelling loses what the first mention said; it still names the same people.
    return "resident" in (ca, cb) and shared


def _target_words(ev: Event) -> frozenset[str]:
    return signature(ev.target.text) if ev.target and ev.target.text else frozenset()


# A name written with capitals inside a target ("Ms. Pak", "Choi Dong Ho").
_NAME = re.compile(r"(?<!^)\b[A-Z][a-z]+\b")


@lru_cache(maxsize=4096)
def _places(text: str) -> frozenset[tuple[str, str]]:
    """(id, parent id) of the places below a country named in ``text`` ("Hoeryong",
    not "North Korea": the country a RETURN goes back to is in every telling of it)."""
    found = set()
    for m in Gazetteer.load().find(text):
        if m.candidates and m.candidates[0].kind not in ("country", "region"):
            found.add((m.candidates[0].id, m.candidates[0].parent or ""))
    return frozenset(found)


def _places_differ(pa: frozenset, pb: frozenset) -> bool:
    """No place of one telling is, contains or lies in a place of the other: "Musan"
    and "North Hamgyong Province" agree; "Hyesan" and "Musan" do not."""
    return bool(pa and pb) and not any(
        ia == ib or ia == qb or ib == qa for ia, qa in pa for ib, qb in pb)


def _scope(ev: Event, clause: Clause) -> str:
    """The act's own words: from its clause (or trigger) to the end of the sentence, so
    a date or place told of another act earlier in the sentence ("who left in 2014")
    does not count for this one."""
    text = ev.evidence.text
    at = text.find(clause.text) if clause.text else -1
    if ev.trigger_start is not None and ev.evidence.start <= ev.trigger_start <= ev.evidence.end:
        t = ev.trigger_start - ev.evidence.start
        # From the trigger, not from a passive subject before it: "a woman who hid in
        # China was detained in Yanji on October 28 and sent back" - the date and place
        # before "sent back" are the detention's.
        at = t
    return text[max(at, 0):]


def _number(target: str) -> str | None:
    """Grammatical number of the victims where the words show it: "he", "a woman",
    "this one home" are one; "they", "activists", "homes of defectors", "two men" are
    many; "the couple", "the family" are unknown."""
    lex = _words()
    words = lex.postmod.sub("", target.casefold()).split()
    if not words:
        return None
    if words[0] in lex.one or any(w in lex.singular for w in words[:2]):
        return "one"
    if words[0] in lex.many or lex.count.match(words[0]):
        return "many"
    last = words[-1]
    return "many" if last.endswith("s") and not last.endswith(("ss", "'s")) else None


def _two_acts(a: Event, ca: Clause, b: Event, cb: Clause) -> bool:
    """Concrete details that differ mark two acts even when type, actor and target
    agree: different dates, places, numbers of victims or named victims."""
    sa, sb = _scope(a, ca), _scope(b, cb)
    lex = _words()
    if _kind_of_telling(a, sa) != _kind_of_telling(b, sb):
        return True
    da, db = set(lex.when.findall(sa)), set(lex.when.findall(sb))
    if da and db and not da & db:
        return True
    if _places_differ(_places(sa), _places(sb)):
        return True
    ta = a.target.text if a.target and a.target.text else ""
    tb = b.target.text if b.target and b.target.text else ""
    na = {w.casefold() for w in lex.count.findall(ta)}
    nb = {w.casefold() for w in lex.count.findall(tb)}
    if na and nb and not na & nb:
        return True
    if {_number(ta), _number(tb)} == {"one", "many"}:
        return True
    ma, mb = _names(ta), _names(tb)
    return bool(ma and mb and not ma & mb)


_SINCE = re.compile(r"\bsince\b", re.I)


def _kind_of_telling(ev: Event, scope: str) -> str:
    """An act still to come, a practice kept up "since" some time, or a single act: a
    report that tells of one of each ("60 are to be repatriated"; "China has sent back
    hundreds since 2021"; "police handed them over at the bridge") tells of different
    acts. A denial is no kind of its own: it denies an act told elsewhere."""
    if ev.status == "expected":
        return "expected"
    if ev.status == "ongoing" and _SINCE.search(scope):
        return "practice"
    return "act"


def _names(target: str) -> set[str]:
    """Capitalised words inside a target that are not places: "Ms. Pak" -> {"Pak"}."""
    return {w for w in _NAME.findall(target) if not _places(w) and w not in _words().titles}


def _same_act(a: Event, ca: Clause, b: Event, cb: Clause) -> bool:
    return (a.type == b.type and _actors_agree(_key(a), _key(b)) and _targets_agree(a, b)
            and not _two_acts(a, ca, b, cb))


def _detail(ev: Event) -> int:
    """How much the passage pins the act down: a date, a place below a country, a
    named actor."""
    text = ev.evidence.text
    return bool(_words().when.search(text)) + bool(_places(text)) + bool(_key(ev))


# A threat or promise is made in words: the telling that quotes them is the act itself,
# a summary of it ("agents promised his parents he would not be punished") a restatement.
_SPOKEN = frozenset({"THREATEN", "INDUCE"})


def _keeps_later(old: Event, new: Event, co: Clause | None = None, cn: Clause | None = None) -> bool:
    """The later telling stands for both when it has more detail, or as much and says
    who suffered it when the earlier does: with equal detail the body's account wins
    over the lead's summary (the lead says "has come back"; the body "he crossed
    back"), but not a passing mention with no target ("during the visits")."""
    if old.type in _SPOKEN and co is not None and cn is not None and co.quoted != cn.quoted:
        return cn.quoted
    do, dn = _detail(old), _detail(new)
    if do != dn:
        return dn > do
    return new.target is not None or old.target is None


def merge_restatements(events: list[Event], clauses: dict[int, Clause]) -> list[Event]:
    """One event per act, in document order; the kept telling takes the tactics of
    the ones merged into it."""
    kept: list[int] = []
    for i, ev in enumerate(events):
        ci = clauses[id(ev)]
        for n, j in enumerate(kept):
            if not _same_act(events[j], clauses[id(events[j])], ev, ci):
                continue
            old = events[j]
            if _keeps_later(old, ev, clauses[id(old)], ci):
                ev.tactics.extend(t for t in old.tactics if t not in ev.tactics)
                kept[n] = i
            else:
                old.tactics.extend(t for t in ev.tactics if t not in old.tactics)
            break
        else:
            kept.append(i)
    return [events[i] for i in sorted(kept)]
