"""A learned target reader: which kind of people an act was done to.

The rule extractors name the target (the phrase the act is done to: "her", "the
families", "Choe's mother") and give it a category from the target lexicons. The phrase
alone often cannot say it: "her" is a defector's mother in a report about a defector's
family and a trader in a report about a market raid; "the women" are workers abroad in
a report about a restaurant in Ningbo. What decides is what the report is about, which
the rules read only through a few context patterns.

This component reads the category again, as a linear model trained on the project's own
hand-coded development sets (``scripts/train_target_model.py``) over:

- the rules' category and the event type (``R:resident``, ``TY:VISIT``);
- the words of the target phrase (``T:mother``) and of the evidence (``S:summon``);
- what the report is about: the categories of all its acts as the rules read them
  (``DC:defector_family``, a share) and the words of the whole report (``D:fled``).

It only relabels: an act with no target phrase keeps what the rules gave (often none),
the category is one of the record format's, and the event says so in
``extractor.target`` (``model.target``). The weights are a data file; running the model is
a few dictionary lookups and one small matrix sum, no library.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Optional

import numpy

from .. import data
from ..records import Analysis, Event
from ..registry import stages
from .learned import stem

# The weight each group of features gets: the phrase speaks loudest, the evidence less,
# the whole report least (it has many words). Chosen on the development sets left out one
# at a time (English 0.649 -> 0.733 accuracy on matched acts, Korean 0.675 -> 0.740).
EVIDENCE_WEIGHT = 0.5
REPORT_WEIGHT = 0.2

_LATIN_WORD = re.compile(r"[a-z]+")
_HANGUL_WORD = re.compile(r"[가-힣]+")


def words(lang: str, text: Optional[str]) -> set[str]:
    """The words a feature is made of: English stems; Korean words and their first two
    syllables (a noun's stem, before the particles glued to it)."""
    if not text:
        return set()
    if lang == "ko":
        found = _HANGUL_WORD.findall(text)
        return set(found) | {w[:2] for w in found}
    return {stem(w) for w in _LATIN_WORD.findall(text.lower())}


def report_features(lang: str, text: str, events: Iterable[Event]) -> dict[str, float]:
    """What the report is about: the share of each category among its acts (as the rules
    read them) and the words of the whole report."""
    cats = Counter(e.target.category for e in events if e.target is not None and e.target.category)
    n = sum(cats.values()) or 1
    feats = {f"DC:{c}": k / n for c, k in cats.items()}
    feats.update((f"D:{w}", REPORT_WEIGHT) for w in words(lang, text))
    return feats


def event_features(lang: str, event: Event, report: dict[str, float]) -> dict[str, float]:
    """The features of one act, with its report's."""
    rule = event.target.category if event.target is not None else None
    feats = dict(report)
    feats[f"R:{rule}"] = 1.0
    feats[f"TY:{event.type}"] = 1.0
    feats[f"R_TY:{rule}{event.type}"] = 1.0
    feats.update((f"S:{w}", EVIDENCE_WEIGHT) for w in words(lang, event.evidence.text))
    feats.update((f"T:{w}", 1.0) for w in words(lang, event.target.text if event.target else None))
    return feats


def document_text(analysis: Analysis) -> str:
    doc = analysis.document
    return f"{doc.source.title or ''}\n\n{doc.text}"


class TargetModel:
    def __init__(self, meta: dict, classes: list[str], bias: list[float],
                 weights: dict[str, list[float]]) -> None:
        self.meta = meta
        self.version = str(meta.get("version", "0"))
        self.classes = list(classes)
        self._bias = numpy.array(bias, dtype=float)
        self._row = {f: i for i, f in enumerate(weights)}
        self._matrix = numpy.array(list(weights.values()), dtype=float).reshape(len(weights), len(classes))

    @classmethod
    @lru_cache(maxsize=None)
    def load(cls, lang: str) -> Optional["TargetModel"]:
        """The shipped model for a language, or None when there is none."""
        path = data.path(f"models/{lang}_target.json")
        return cls.from_file(path) if path.is_file() else None

    @classmethod
    def from_file(cls, path) -> "TargetModel":
        with path.open(encoding="utf-8") as fh:
            raw = json.load(fh)
        try:
            model = cls(raw["meta"], raw["classes"], raw["bias"], raw["weights"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path.name}: not a target model (missing or bad {exc})") from None
        if len(model._bias) != len(model.classes):
            raise ValueError(f"{path.name}: not a target model ({len(model.classes)} classes, "
                             f"{len(model._bias)} biases)")
        return model

    def scores(self, feats: dict[str, float]) -> dict[str, float]:
        """Each category's probability."""
        total = self._bias.copy()
        for f, v in feats.items():
            i = self._row.get(f)
            if i is not None:
                total += v * self._matrix[i]
        exp = numpy.exp(total - total.max())
        probs = exp / exp.sum()
        return {c: float(p) for c, p in zip(self.classes, probs)}

    def category(self, feats: dict[str, float]) -> str:
        scores = self.scores(feats)
        return max(scores, key=scores.get)


def categorise(analysis: Analysis, model: Optional[TargetModel] = None) -> Analysis:
    """Read again the category of each act's named target (see the module's note)."""
    lang = analysis.document.source.language or "en"
    model = model or TargetModel.load(lang)
    named = [e for e in analysis.events if e.target is not None and e.target.text]
    if model is None or not named:
        return analysis
    report = report_features(lang, document_text(analysis), analysis.events)
    # Every act is read with the report as the rules left it, not as relabelled so far.
    chosen = [model.category(event_features(lang, e, report)) for e in named]
    by = f"model.target@{model.version}"
    for event, category in zip(named, chosen):
        # New objects: rules may share one Target or Extractor between acts.
        event.target = replace(event.target, category=category)
        event.extractor = replace(event.extractor, target=by)
    return analysis


@stages.register("target")
def target_stage(analysis: Analysis) -> Analysis:
    return categorise(analysis)
