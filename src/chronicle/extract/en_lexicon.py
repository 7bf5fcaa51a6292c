"""The English extractor's data: trigger lexicon and cue tables, loaded once from
``chronicle/data/triggers/en.tsv`` and ``chronicle/data/lexicon/en_*.tsv``."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import data


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
    needs: frozenset[str]  # actor | human | human?
    pattern: str


@dataclass(frozen=True)
class Cue:
    label: str
    regex: re.Pattern
    context: Optional[re.Pattern] = None
    types: Optional[frozenset[str]] = None  # None = any type


class EnglishLexicon:
    def __init__(self) -> None:
        self.version = file_version("triggers/en.tsv")
        self.triggers = [
            Trigger(r["rule_id"], tuple(r["types"].split(",")), r["strength"] == "strong",
                    frozenset(n for n in r["needs"].split(",") if n != "-"), r["pattern"])
            for r in data.read_tsv("triggers/en.tsv")]
        # One alternation for the whole lexicon, so a sentence is scanned once. Longer
        # patterns go first: at one position the multi-word reading wins ("no intention of
        # punishing" is a promise, not a punishment).
        order = sorted(range(len(self.triggers)), key=lambda i: -len(self.triggers[i].pattern))
        self.trigger_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(rf"(?P<t{i}>(?:{self.triggers[i].pattern})(?![\w-]))" for i in order) + ")",
            re.IGNORECASE)
        self._each = [re.compile(rf"(?:{t.pattern})(?![\w-])", re.IGNORECASE) for t in self.triggers]
        self.targets = [Cue(r["category"], _ci(r["phrase"]), _ci(r["context"]) if r["context"] else None)
                        for r in data.read_tsv("lexicon/en_targets.tsv")]
        self.attribution = [Cue(r["kind"], re.compile(r["pattern"]) if r["kind"] in ("named_person",) else _ci(r["pattern"]))
                            for r in data.read_tsv("lexicon/en_attribution.tsv")]
        self.certainty = [Cue(r["certainty"], _ci(r["pattern"])) for r in data.read_tsv("lexicon/en_certainty.tsv")]
        status_rows = list(data.read_tsv("lexicon/en_status.tsv"))
        self.status = [Cue(r["kind"], _ci(r["pattern"])) for r in status_rows
                       if r["kind"] in ("denied", "expected", "ongoing")]
        self.goal_head = next(_ci(r["pattern"]) for r in status_rows if r["kind"] == "goal_head")
        self.report_head = next(_ci(r["pattern"]) for r in status_rows if r["kind"] == "report_head")
        self.tactics = [Cue(r["tactic"], _ci(r["pattern"]), None,
                            None if r["types"] == "*" else frozenset(r["types"].split(",")))
                        for r in data.read_tsv("lexicon/en_tactics.tsv")]
        cues: dict[str, list[str]] = {}
        for r in data.read_tsv("lexicon/en_actor_cues.tsv"):
            cues.setdefault(r["kind"], []).append(r["value"])
        self.pronouns = frozenset(v.casefold() for v in cues.get("pronoun", []))
        self.not_antecedent = frozenset(v.casefold() for v in cues.get("not_antecedent", []))
        self.foreign_re = re.compile(
            r"(?<![\w.])(?:" + "|".join(re.escape(v) for v in cues.get("foreign", [])) + r")(?![\w])")

    def trigger_at(self, match: re.Match) -> Trigger:
        return self.triggers[int(match.lastgroup[1:])]

    def scan(self, text: str, start: int, end: int) -> list[tuple[re.Match, Trigger]]:
        """Trigger hits in ``text[start:end]``: at each position the longest reading wins
        ("expelled from the Party" is a penalty, not a banishment), whatever the order of
        the alternation."""
        out = []
        pos = start
        while True:
            m = self.trigger_re.search(text, pos, end)
            if m is None:
                return out
            best, trig = m, self.trigger_at(m)
            for t, rx in zip(self.triggers, self._each):
                alt = rx.match(text, m.start(), end)
                if alt is not None and alt.end() > best.end():
                    best, trig = alt, t
            out.append((best, trig))
            pos = best.end()

    def target_category(self, phrase: str, context: str) -> str:
        for cue in self.targets:
            if cue.regex.search(phrase) and (cue.context is None or cue.context.search(context)):
                return cue.label
        return "other"

    def first(self, cues: list[Cue], text: str) -> Optional[tuple[Cue, re.Match]]:
        for cue in cues:
            m = cue.regex.search(text)
            if m:
                return cue, m
        return None


def _ci(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def load() -> EnglishLexicon:
    return EnglishLexicon()
