"""The Korean extractor's data: triggers, targets, attribution, hedges, status
and tactic cues, loaded once from ``chronicle/data`` (each file's header says
where its entries come from)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import data


def _stem_prefix(lemma: str) -> str:
    """What every conjugated form of a verb begins with: the stem, less its
    last syllable where conjugation can change it (가+았 -> 갔, 듣 -> 들)."""
    stem = lemma[:-1] if lemma.endswith("다") else lemma
    last = ord(stem[-1]) - 0xAC00
    final = last % 28 if 0 <= last < 11172 else 0
    # no final consonant, or ㄷ ㅂ ㅅ ㅎ (irregular verbs): the syllable may change.
    if len(stem) > 1 and final in (0, 7, 17, 19, 27):
        return stem[:-1]
    return stem


@dataclass(frozen=True)
class Trigger:
    term: str
    pos: str  # N noun form | V verb lemma
    type: str
    gate: str  # any | context | defector | weak | actor | passive
    voice: str  # active | passive | intrans
    tactic: Optional[str]
    cue: Optional[re.Pattern] = None  # must match around the trigger (앞에 세우다, 시킨 대로)


@dataclass(frozen=True)
class TargetTerm:
    term: str
    category: str
    kind: str  # person | family | defector


@dataclass(frozen=True)
class KoLexicon:
    nouns: dict[str, Trigger]
    verbs: dict[str, Trigger]
    targets: dict[str, TargetTerm]
    attribution: dict[str, str]
    hedges: tuple[tuple[re.Pattern, str], ...]
    status: tuple[tuple[str, re.Pattern, str], ...]
    tactics: tuple[tuple[str, re.Pattern, str], ...]
    prefilter: re.Pattern = re.compile("(?!)")
    # Verbs Kiwi splits into a verb and an auxiliary (불려가다 = 불리/VV 어/EC 가/VX):
    # (surface prefix, auxiliary lemma, trigger), matched on the word's surface.
    compounds: tuple = ()

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "KoLexicon":
        nouns, verbs = {}, {}
        for row in data.read_tsv("triggers/ko.tsv"):
            cue = row.get("cue") or "-"
            trig = Trigger(row["term"], row["pos"], row["type"], row["gate"], row["voice"],
                           None if row["tactic"] == "-" else row["tactic"],
                           None if cue == "-" else re.compile(cue))
            (nouns if trig.pos == "N" else verbs)[trig.term] = trig
        targets = {r["term"]: TargetTerm(r["term"], r["category"], r["kind"])
                   for r in data.read_tsv("lexicon/ko_targets.tsv")}
        attribution = {r["term"]: r["kind"] for r in data.read_tsv("lexicon/ko_attribution.tsv")}
        hedges = tuple((re.compile(r["pattern"]), r["certainty"])
                       for r in data.read_tsv("lexicon/ko_hedges.tsv"))
        status = tuple((r["where"], re.compile(r["pattern"]), r["status"])
                       for r in data.read_tsv("lexicon/ko_status.tsv"))
        tactics = tuple((r["type"], re.compile(r["pattern"]), r["tactic"])
                        for r in data.read_tsv("lexicon/ko_tactics.tsv"))
        cues = list(nouns) + [_stem_prefix(v) for v in verbs] + list(attribution)
        prefilter = re.compile("|".join(re.escape(c) for c in sorted(set(cues), key=len, reverse=True)))
        compounds = tuple((_stem_prefix(v), aux, t) for v, t in verbs.items()
                          for aux in ("지다", "가다", "오다", "나가다") if v.endswith(aux) and len(v) > len(aux) + 1)
        return cls(nouns, verbs, targets, attribution, hedges, status, tactics, prefilter, compounds)

    def target_terms(self, forms: list[str], text: str) -> list[TargetTerm]:
        """Target nouns of a noun phrase: whole tokens (so 인민 does not fire
        inside 인민반), plus the few multi-word terms (해외 노동자) on its text."""
        found = [self.targets[f] for f in forms if f in self.targets]
        found += [t for term, t in self.targets.items() if " " in term and term in text]  # few rows
        return found
