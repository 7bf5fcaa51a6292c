"""The English extractor's data: trigger lexicon and cue tables, loaded once from
``chronicle/data/triggers/en.tsv`` and ``chronicle/data/lexicon/en_*.tsv``."""
from __future__ import annotations

import re
import re._constants as _sc
import re._parser as _sp
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Optional

from .. import data
from .frames import context_cell


def file_version(name: str) -> str:
    """The ``# version: N`` header line of a data file."""
    with data.path(name).open(encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"#\s*version:\s*(\S+)", line)
            if m:
                return m.group(1)
            if not line.startswith("#"):
                break
    raise ValueError(f"{name}: no '# version:' header")


@dataclass(frozen=True)
class Trigger:
    rule_id: str
    types: tuple[str, ...]
    strong: bool
    needs: frozenset[str]  # actor | human | human? | speech | patient | kp_place | offer | workers_abroad | recall | vehicle
    pattern: str


@dataclass(frozen=True)
class Cue:
    label: str
    regex: re.Pattern
    context: Optional[re.Pattern] = None
    types: Optional[frozenset[str]] = None  # None = any type


class EnglishLexicon:
    def __init__(self) -> None:
        self.version = f'{file_version("triggers/en.tsv")}.{file_version("lexicon/en_places_of.tsv")}'
        # Word classes (places of custody, camps, exile, the border crossing, harms foretold)
        # live in one data file; patterns refer to them as {@class}, so a family of wordings
        # ("sent/taken/kept somewhere") needs one row, not one per place.
        classes = {r["class"]: r["pattern"] for r in data.read_tsv("lexicon/en_places_of.tsv")}
        self.triggers = [
            Trigger(r["rule_id"], tuple(r["types"].split(",")), r["strength"] == "strong",
                    frozenset(n for n in r["needs"].split(",") if n != "-"),
                    _expand(r["pattern"], classes, r["rule_id"]))
            for r in data.read_tsv("triggers/en.tsv")]
        # One alternation for the whole lexicon, so a sentence is scanned once. Longer
        # patterns go first: at one position the multi-word reading wins ("no intention of
        # punishing" is a promise, not a punishment).
        # (by the length as written: the title slots widen a pattern, not its precedence)
        order = sorted(range(len(self.triggers)),
                       key=lambda i: -len(self.triggers[i].pattern.replace(f"|{_TITLE}", "")))
        self._order = order
        self._each = [re.compile(rf"(?:{t.pattern})(?![\w-])", re.IGNORECASE) for t in self.triggers]
        # Python's regex engine tries every branch of the alternation at every word; most
        # cannot start with that word's first letter. One alternation per first letter cuts
        # the scan several-fold with the same matches.
        starts = [_first_chars(t.pattern) for t in self.triggers]
        letters: dict[str, list[int]] = {}
        for ch in {c for s in starts if s for c in s} | set("abcdefghijklmnopqrstuvwxyz"):
            idx = [i for i in order if starts[i] is None or ch in starts[i]]
            if idx:
                letters[ch] = idx
        # Compiled on first use: the pair table below answers nearly every word, and
        # compiling all the letters' alternations took two thirds of a process's start.
        self._by_letter = _Alternations(letters, self._alternation)
        # Finer still: a word's first two characters (ASCII) tell which patterns can start
        # there, most often none; the word is then skipped without running the letter's
        # alternation, and the longest reading is looked for among those only. A pattern
        # whose opening is not plain literals (None) stays a candidate for every pair.
        pairs = [_prefixes(t.pattern) for t in self.triggers]
        self._by_pair: dict[str, Optional[list[int]]] = {}
        shared: dict[tuple[int, ...], list[int]] = {}
        for pair in (a + chr(b).lower() for a in "abcdefghijklmnopqrstuvwxyz" for b in range(128)):
            idx = tuple(i for i in order if (starts[i] is None or pair[0] in starts[i])
                        and (pairs[i] is None or any(pair.startswith(p) for p in pairs[i])))
            self._by_pair[pair] = shared.setdefault(idx, list(idx)) if idx else None
        self._by_triple: dict[str, list[int]] = {}  # filled by _narrowed
        self._target_memo: dict[str, tuple[Cue, ...]] = {}
        self._first_memo: dict[tuple[int, str], tuple[list[Cue], Optional[tuple[Cue, re.Match]]]] = {}
        self.targets = [Cue(r["category"], _ci(r["phrase"]), context_cell(r["context"], _ci))
                        for r in data.read_tsv("lexicon/en_targets.tsv")]
        self.attribution = [Cue(r["kind"], re.compile(r["pattern"]) if r["kind"] in ("named_person",) else _ci(r["pattern"]))
                            for r in data.read_tsv("lexicon/en_attribution.tsv")]
        self.certainty = [Cue(r["certainty"], _ci(r["pattern"])) for r in data.read_tsv("lexicon/en_certainty.tsv")]
        status_rows = list(data.read_tsv("lexicon/en_status.tsv"))
        self.status = [Cue(r["kind"], _ci(r["pattern"])) for r in status_rows
                       if r["kind"] in ("denied", "expected", "ongoing")]
        self.goal_head = next(_ci(r["pattern"]) for r in status_rows if r["kind"] == "goal_head")
        self.report_head = next(_ci(r["pattern"]) for r in status_rows if r["kind"] == "report_head")
        self.denial_head = next(_ci(r["pattern"]) for r in status_rows if r["kind"] == "denial_head")
        self.tactics = [Cue(r["tactic"], _ci(r["pattern"]), None,
                            None if r["types"] == "*" else frozenset(r["types"].split(",")))
                        for r in data.read_tsv("lexicon/en_tactics.tsv")]
        cues: dict[str, list[str]] = {}
        for r in data.read_tsv("lexicon/en_actor_cues.tsv"):
            cues.setdefault(r["kind"], []).append(r["value"])
        self.pronouns = frozenset(v.casefold() for v in cues.get("pronoun", []))
        self.person_titles = frozenset(cues.get("person_title", []))
        self.surnames = frozenset(cues.get("surname", []))
        self.not_antecedent = frozenset(v.casefold() for v in cues.get("not_antecedent", []))
        self.state_whole = frozenset(v.casefold() for v in cues.get("state_whole", []))
        self.not_official = frozenset(v.casefold() for v in cues.get("not_official", []))
        self.one_official = frozenset(v.casefold() for v in cues.get("one_official", []))
        self.organ_head = frozenset(v.casefold() for v in cues.get("organ_head", []))
        self.one_person_re = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(v) for v in cues.get("one_person", [])) + r")(?![\w])",
            re.IGNORECASE)
        self.china_words = tuple(cues.get("china", []))
        self.china_re = _words(cues.get("china", []))
        self.china_state = frozenset(v.casefold() for v in cues.get("china_state", []))
        self.not_agent = frozenset(v.casefold() for v in cues.get("not_agent", []))
        self.private_agent = frozenset(v.casefold() for v in cues.get("private_agent", []))
        self.border_re = _words(cues.get("border", []))
        places = "|".join(re.escape(v) for v in cues.get("foreign_place", []))
        # The city just before the organ's name (up to three name words between) or just after it.
        self.foreign_place_before = re.compile(rf"\b(?:{places})(?:\s+[A-Z][\w'’-]*){{0,3}}\s+$")
        self.foreign_place_after = re.compile(rf"^\s+(?:in|of)\s+(?:{places})\b")
        self.third_state_re = _whole_words(cues.get("third_state", []))
        self.third_state_places = tuple(cues.get("third_state_place", []))
        self.foreign_re = _whole_words(cues.get("foreign", []))
        # A court named with another state's name or place ("a Mongolian court", "a court in
        # Russia's Far East", "the Khabarovsk court"): the report's bare "court" is that one.
        abroad = "|".join(re.escape(v) for v in sorted(
            set(cues.get("foreign", []) + cues.get("third_state", []) + cues.get("third_state_place", [])
                + cues.get("foreign_place", [])), key=len, reverse=True))
        self.court_abroad_re = re.compile(
            rf"(?<![\w'’-])(?:{abroad})(?:\s+[\w'’-]+){{0,3}}?\s+(?:courts?|judges?)\b"
            rf"|\b(?:courts?|judges?)\s+(?:in|of)\s+(?:the\s+)?(?:{abroad})(?![\w-])")

    @cached_property
    def trigger_re(self) -> re.Pattern:
        """One alternation for the whole lexicon, longer patterns first (what ``scan``
        finds, in one regex; compiled on first use, as only checks of ``scan`` use it)."""
        return re.compile(r"(?<![\w-])(?:" + self._alternation(self._order).pattern + ")", re.IGNORECASE)

    def _alternation(self, idx: list[int]) -> re.Pattern:
        return re.compile("|".join(rf"(?P<t{i}>(?:{self.triggers[i].pattern})(?![\w-]))" for i in idx),
                          re.IGNORECASE)

    def trigger_at(self, match: re.Match) -> Trigger:
        return self.triggers[int(match.lastgroup[1:])]

    def scan(self, text: str, start: int, end: int) -> list[tuple[re.Match, Trigger]]:
        """Trigger hits in ``text[start:end]``: at each position the longest reading wins
        ("expelled from the Party" is a penalty, not a banishment), whatever the order of
        the alternation."""
        out = []
        pos = start
        each, by_pair, by_letter = self._each, self._by_pair, self._by_letter
        for w in _WORD_START.finditer(text, start, end):
            s = w.start()
            if s < pos:
                continue
            pair = text[s:s + 2].lower()
            # Two ASCII characters inside the sentence: only the patterns that can open
            # with them are tried, each once (the first to match in the alternation's
            # order is what the alternation finds). Other words (non-ASCII case folding,
            # a match cut short at ``end``) go through the first letter's alternation.
            if s + 2 <= end and pair.isascii() and pair in by_pair:
                idx = by_pair[pair]
                if idx is None:
                    continue
                if s + 3 <= end:
                    idx = self._narrowed(text[s:s + 3].lower(), idx)
                found = [(alt, i) for i in idx if (alt := each[i].match(text, s, end)) is not None]
                if not found:
                    continue
                best, trig = found[0][0], self.triggers[found[0][1]]
                for alt, i in found[1:]:
                    if alt.end() > best.end():
                        best, trig = alt, self.triggers[i]
                out.append((best, trig))
                pos = best.end()
                continue
            entry = by_letter.get(w.group().lower())
            if entry is None:
                continue
            rx, idx = entry
            m = rx.match(text, s, end)
            if m is None:
                continue
            best, trig = m, self.trigger_at(m)
            for i in idx:
                alt = each[i].match(text, m.start(), end)
                if alt is not None and alt.end() > best.end():
                    best, trig = alt, self.triggers[i]
            out.append((best, trig))
            pos = best.end()
        return out

    def _narrowed(self, triple: str, idx: list[int]) -> list[int]:
        """The pair's candidates that can also open with the word's first three
        characters: a dozen patterns share most pairs ("co", "se"), few share a triple.
        Only ASCII triples (the pair table's own condition); kept per triple."""
        if not triple.isascii():
            return idx
        found = self._by_triple.get(triple)
        if found is None:
            openings = self._openings3
            found = self._by_triple[triple] = [
                i for i in idx if openings[i] is None or any(triple.startswith(p) for p in openings[i])]
        return found

    @cached_property
    def _openings3(self) -> list[Optional[frozenset[str]]]:
        """Each trigger's possible three-character openings (see ``_prefixes``)."""
        return [_prefixes(t.pattern, 3) for t in self.triggers]

    def other_readings(self, text: str, best: re.Match, chosen: Trigger,
                       end: int) -> list[tuple[re.Match, Trigger]]:
        """The other readings of the words ``best`` covers, in order, the longest first at
        each word: what to try when the longest reading finds no act there ("will be sent
        to a kyohwaso" with no one saying it is no threat, but "kyohwaso" is a penalty)."""
        out = []
        for w in _WORD_START.finditer(text, best.start(), best.end()):
            at = []
            for t, rx in zip(self.triggers, self._each):
                m = rx.match(text, w.start(), end)
                if m is not None and not (t is chosen and w.start() == best.start()):
                    at.append((m, t))
            out.extend(sorted(at, key=lambda mt: mt[0].start() - mt[0].end()))
        return out

    def target_category(self, phrase: str, context: str) -> str:
        for cue in self._targets_of(phrase):
            if cue.context is None or cue.context.search(context):
                return cue.label
        return "other"

    def _targets_of(self, phrase: str) -> tuple[Cue, ...]:
        """The target cues whose phrase pattern matches ``phrase``, in table order. A
        few hundred phrases come back for every event ("the families", "residents"), so
        the phrase half of each cue is run once per phrase; only the context half varies."""
        found = self._target_memo.get(phrase)
        if found is None:
            if len(self._target_memo) >= _MEMO_SIZE:
                self._target_memo.clear()
            found = self._target_memo[phrase] = tuple(c for c in self.targets if c.regex.search(phrase))
        return found

    def first(self, cues: list[Cue], text: str) -> Optional[tuple[Cue, re.Match]]:
        # The same sentence is asked about for each of its events: answers are kept,
        # keyed by the list's identity (the entry holds the list, so the id stays its own).
        key = (id(cues), text)
        hit = self._first_memo.get(key)
        if hit is not None:
            return hit[1]
        if len(self._first_memo) >= _MEMO_SIZE:
            self._first_memo.clear()
        found = None
        for cue in cues:
            m = cue.regex.search(text)
            if m:
                found = (cue, m)
                break
        self._first_memo[key] = (cues, found)
        return found


class _Alternations(dict):
    """letter -> (its alternation, its candidate triggers), each alternation compiled
    the first time ``get`` asks for it."""

    def __init__(self, candidates: dict[str, list[int]], compile_) -> None:
        super().__init__()
        self._candidates, self._compile = candidates, compile_

    def get(self, key, default=None):
        entry = dict.get(self, key)
        if entry is None:
            idx = self._candidates.get(key)
            if idx is None:
                return default
            entry = self[key] = (self._compile(idx), idx)
        return entry


# Entries kept by the lexicon's answer caches before they start over (bounds memory
# over a long run; a cache holds a few thousand sentences' worth).
_MEMO_SIZE = 8192

_WORD_START = re.compile(r"(?<![\w-])[^\W\d_]", re.UNICODE)


def _first_chars(pattern: str) -> Optional[frozenset[str]]:
    """The lower-case letters a match of ``pattern`` can begin with; None = any."""
    chars, nullable = _first(_sp.parse(pattern, re.IGNORECASE))
    return None if chars is None or nullable else frozenset(chars)


def _first(seq) -> tuple[Optional[set[str]], bool]:
    out: set[str] = set()
    for op, arg in seq:
        if op in (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT):
            continue  # zero-width: what follows decides
        if op is _sc.LITERAL:
            return out | {chr(arg).lower()}, False
        if op is _sc.IN:
            if any(o is not _sc.LITERAL for o, _ in arg):
                return None, False
            return out | {chr(a).lower() for _, a in arg}, False
        if op is _sc.SUBPATTERN:
            sub, nullable = _first(arg[-1])
        elif op is _sc.BRANCH:
            sub, nullable = set(), False
            for alt in arg[1]:
                s, n = _first(alt)
                if s is None:
                    return None, False
                sub |= s
                nullable = nullable or n
        elif op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT):
            sub, nullable = _first(arg[2])
            nullable = nullable or arg[0] == 0
        else:
            return None, False
        if sub is None:
            return None, False
        out |= sub
        if not nullable:
            return out, False
    return out, True


_MAX_PREFIXES = 4096  # past this many, a pattern is kept as a candidate everywhere


def _prefixes(pattern: str, k: int = 2) -> Optional[frozenset[str]]:
    """The lower-case openings (``k`` characters, or fewer where a match may be shorter)
    a match of ``pattern`` can begin with; None where that is not plain ASCII literals."""
    try:
        out = _seq_prefixes(_sp.parse(pattern, re.IGNORECASE), k)
    except _Unknown:
        return None
    return frozenset(out)


def _ascii_fold(code: int) -> set[str]:
    """What a pattern character matches among lower-cased ASCII text characters; a
    character matching none of them (’) stands as one no ASCII pair can begin with."""
    if code <= 127:
        return {chr(code).lower()}
    rx = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return {chr(a).lower() for a in range(128) if rx.fullmatch(chr(a))} or {"\uffff"}


class _Unknown(Exception):
    pass


def _cat(left: set[str], right: set[str], k: int) -> set[str]:
    out = {a for a in left if len(a) >= k}
    out |= {(a + b)[:k] for a in left if len(a) < k for b in right}
    if len(out) > _MAX_PREFIXES:
        raise _Unknown
    return out


def _seq_prefixes(seq, k: int) -> set[str]:
    out = {""}
    for op, arg in seq:
        out = _cat(out, _item_prefixes(op, arg, k), k)
        if all(len(a) >= k for a in out):
            break
    return out


def _item_prefixes(op, arg, k: int) -> set[str]:
    if op in (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT):
        return {""}  # zero-width: ignoring the condition only widens the set
    if op is _sc.LITERAL:
        return _ascii_fold(arg)
    if op is _sc.IN:
        chars: set[str] = set()
        for o, a in arg:
            if o is _sc.LITERAL:
                chars |= _ascii_fold(a)
            elif o is _sc.RANGE and a[1] <= 127:
                chars |= {chr(c).lower() for c in range(a[0], a[1] + 1)}
            else:
                raise _Unknown
        return chars
    if op is _sc.SUBPATTERN:
        return _seq_prefixes(arg[-1], k)
    if op is _sc.BRANCH:
        return set().union(*(_seq_prefixes(alt, k) for alt in arg[1]))
    if op in (_sc.MAX_REPEAT, _sc.MIN_REPEAT, _sc.POSSESSIVE_REPEAT):
        low, high, item = arg
        one = _seq_prefixes(item, k)
        cur: set[str] = {""}
        for _ in range(low):
            nxt = _cat(cur, one, k)
            if nxt == cur:
                break
            cur = nxt
        out = set(cur)
        for _ in range(high - low):  # further copies, until they add nothing
            cur = _cat(cur, one, k)
            if cur <= out:
                break
            out |= cur
        return out
    raise _Unknown


_CLASS_REF = re.compile(r"\{@(\w+)\}")
# A pattern's "any word" slot, (?:\w+ ) or (?:[\w'’-]+ ), also takes a title with its
# full stop, so "took Mrs. Kang to the police station" reads as "took Kang to ...".
_TITLE = r"(?-i:Mrs?|Ms|Dr)\. "
_ANY_WORD = {r"(?:\w+ )": rf"(?:\w+ |{_TITLE})",
             r"(?:[\w'’-]+ )": rf"(?:[\w'’-]+ |{_TITLE})"}


def _expand(pattern: str, classes: dict[str, str], rule_id: str) -> str:
    """A trigger pattern with each {@class} replaced by that class's regex, as a group,
    and each any-word slot taking titles."""
    def sub(m: re.Match) -> str:
        if m.group(1) not in classes:
            raise ValueError(f"triggers/en.tsv {rule_id}: unknown word class {m.group(0)}")
        return f"(?:{classes[m.group(1)]})"
    for slot, wider in _ANY_WORD.items():
        pattern = pattern.replace(slot, wider)
    return _CLASS_REF.sub(sub, pattern)


def _words(values: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(v) for v in values) + r")(?![\w])", re.IGNORECASE)


def _whole_words(values) -> re.Pattern:
    """As ``_words``, but case as written ("US" is no "us") and not after a full stop
    ("U.S." holds no "S.")."""
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(v) for v in values) + r")(?![\w])")


def _ci(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def load() -> EnglishLexicon:
    return EnglishLexicon()
