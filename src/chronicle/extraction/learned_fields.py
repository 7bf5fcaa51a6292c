"""Learned field readers: an act's target category, status and certainty, read again
with what the report is about.

The rule extractors find each act and fill its fields from the words around it: the
target phrase and its category from the target lexicons, the status from tense and
mood, the certainty from hedges and attribution. The words near an act often cannot
decide: "her" is a defector's mother in a report about a defector's family and a trader
in a report about a market raid; an act in a court report is confirmed, the same act in
a phone interview reported. The rules read the report only through a few context
patterns.

Each reader here is a linear model trained on the project's own hand-coded development
sets (``scripts/train_field_models.py``) over:

- the rules' value for the field and the event type (``R:resident``, ``TY:VISIT``);
- the words of the evidence (``S:summon``) and of the target phrase (``T:mother``), and
  the kind of attribution the rules found (``AT:anonymous_source``);
- what the report is about: the categories of all its acts as the rules read them
  (``DC:defector_family``, a share) and the words of the whole report (``D:fled``);
- for the perpetrator's reader, the actor's own words (``P:``) and whether the act's
  passage names it (``PE:in``) or it was carried from before (``PE:out``): held out on
  six Korean sets, 0.839 without them and 0.855 with them; on English 0.824 and 0.820,
  so the English reader shipped stays the one trained before them (it ignores them).

A reader only relabels what the rules found: an act with no target phrase keeps the
category the rules gave (often none); a status is never made or unmade ``denied`` (a
denial needs the denier's words, which the rules read); the perpetrator's reader only
keeps the rules' actor or drops it (an actor carried from an organ named earlier that
coders leave unnamed), it never names one; every value is one of the record format's. The event names the reader in ``extractor.fields`` (``{"target":
"model.target@<version>"}``). The weights are data files; running a reader is a few
dictionary lookups and one small matrix sum, no library.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Optional

import numpy

from .. import data
from ..records import Analysis, Event
from ..registry import stages
from .learned import _HANGUL_WORD
from .learned import _stem_word as stem  # (cached: a report's words repeat across its acts)

# The weight each group of features gets: the target phrase speaks loudest, the evidence
# less, the whole report least (it has many words). Chosen on the development sets left out
# one at a time (target accuracy on matched acts: report words at 0.1 / 0.2 / 0.35 gave
# English 0.719 / 0.722 / 0.717, Korean 0.726 / 0.738 / 0.733).
EVIDENCE_WEIGHT = 0.5
REPORT_WEIGHT = 0.2

_LATIN_WORD = re.compile(r"[a-z]+")


def words(lang: str, text: Optional[str]) -> set[str]:
    """The words a feature is made of: English stems; Korean words and their first two
    syllables (a noun's stem, before the particles glued to it)."""
    if not text:
        return set()
    if lang == "ko":
        found = _HANGUL_WORD.findall(text)
        return set(found) | {w[:2] for w in found}
    return {stem(w) for w in _LATIN_WORD.findall(text.lower())}


@dataclass(frozen=True)
class Field:
    """One field a reader reads again: how to get the rules' value, whether an act's
    value may be read again at all, which values the reader may give, and how to set it.
    A reader may also say only whether to keep the rules' value (``label`` turns a gold
    value into what it learns, ``result`` its answer back into the field's value)."""
    name: str
    get: Callable[[Event], Optional[str]]
    readable: Callable[[Event], bool]
    allowed: Callable[[str], bool]
    put: Callable[[Event, str], None]
    label: Callable[[Optional[str], Optional[str]], Optional[str]] = lambda gold, rule: gold
    result: Callable[[Optional[str], str], Optional[str]] = lambda rule, value: value
    extra: Callable[[str, Event], dict] = lambda lang, event: {}


def _put_target(event: Event, category: str) -> None:
    # A new object: rules may share one Target between acts.
    event.target = replace(event.target, category=category)


def _put_perpetrator(event: Event, value: str) -> None:
    if value == "none":
        event.perpetrator = None


FIELDS = {
    "target": Field("target", lambda e: e.target.category if e.target is not None else None,
                    lambda e: e.target is not None and bool(e.target.text), lambda v: True, _put_target),
    "status": Field("status", lambda e: e.status, lambda e: e.status != "denied",
                    lambda v: v != "denied", lambda e, v: setattr(e, "status", v)),
    "certainty": Field("certainty", lambda e: e.certainty, lambda e: True, lambda v: True,
                       lambda e, v: setattr(e, "certainty", v)),
    # The actor the rules gave (often carried from an organ named earlier) kept, or none:
    # the reader never names an actor, it only says where the text names none.
    "perpetrator": Field("perpetrator", lambda e: e.perpetrator.actor if e.perpetrator is not None else None,
                         lambda e: e.perpetrator is not None and e.perpetrator.actor is not None,
                         lambda v: True, _put_perpetrator,
                         label=lambda gold, rule: "none" if gold is None else "keep",
                         result=lambda rule, value: None if value == "none" else rule,
                         extra=lambda lang, e: _perpetrator_features(lang, e)),
}


def _perpetrator_features(lang: str, e: Event) -> dict[str, float]:
    """The actor's own words, and whether the act's passage names it (an organ in its own
    sentence, 보위부가 ... 정치범수용소로 보낸) or it was carried from before."""
    if e.perpetrator is None:
        return {}
    feats = {f"P:{w}": 1.0 for w in words(lang, e.perpetrator.text)}
    text = (e.perpetrator.text or "").strip()
    feats["PE:in" if text and text in e.evidence.text else "PE:out"] = 1.0
    return feats


# Where each field's value stands in an exported record (the review desk compares an
# analyst's edit with what a reader gave).
RECORD_VALUE = {"target": lambda r: (r.get("target") or {}).get("category"),
                "status": lambda r: r.get("status"), "certainty": lambda r: r.get("certainty"),
                "perpetrator": lambda r: (r.get("perpetrator") or {}).get("actor")}


def report_features(lang: str, text: str, events: Iterable[Event]) -> dict[str, float]:
    """What the report is about: the share of each category among its acts (as the rules
    read them) and the words of the whole report."""
    cats = Counter(e.target.category for e in events if e.target is not None and e.target.category)
    n = sum(cats.values()) or 1
    feats = {f"DC:{c}": k / n for c, k in cats.items()}
    feats.update((f"D:{w}", REPORT_WEIGHT) for w in words(lang, text))
    return feats


def act_features(lang: str, event: Event, report: Optional[dict[str, float]] = None) -> dict[str, float]:
    """The features of one act that do not depend on the field read, with its report's
    when given."""
    feats = dict(report or {})
    feats[f"TY:{event.type}"] = 1.0
    feats.update((f"S:{w}", EVIDENCE_WEIGHT) for w in words(lang, event.evidence.text))
    feats.update((f"T:{w}", 1.0) for w in words(lang, event.target.text if event.target else None))
    if event.attribution is not None and event.attribution.kind:
        feats[f"AT:{event.attribution.kind}"] = 1.0
    return feats


def own_features(field: str, event: Event, lang: str = "en") -> dict[str, float]:
    """What only one field's reader looks at: the rules' value, alone and with the event
    type, and the field's own words (the perpetrator's)."""
    spec = FIELDS[field]
    rule = spec.get(event)
    feats = {f"R:{rule}": 1.0, f"R_TY:{rule}{event.type}": 1.0}
    feats.update(spec.extra(lang, event))
    return feats


def field_features(field: str, event: Event, act: dict[str, float], lang: str = "en") -> dict[str, float]:
    """An act's features for one field: its act's and report's, and the field's own."""
    return {**act, **own_features(field, event, lang)}


def document_text(analysis: Analysis) -> str:
    doc = analysis.document
    return f"{doc.source.title or ''}\n\n{doc.text}"


class FieldModel:
    def __init__(self, meta: dict, classes: list[str], bias: list[float],
                 weights: dict[str, list[float]]) -> None:
        self.meta = meta
        self.field = str(meta.get("field", "target"))
        self.version = str(meta.get("version", "0"))
        self.classes = list(classes)
        self._bias = numpy.array(bias, dtype=float)
        self._row = {f: i for i, f in enumerate(weights)}
        self._matrix = numpy.array(list(weights.values()), dtype=float).reshape(len(weights), len(classes))
        # The values this reader may give, as column indices (a status reader never says denied).
        allowed = FIELDS[self.field].allowed if self.field in FIELDS else (lambda v: True)
        self._allowed = numpy.array([i for i, c in enumerate(self.classes) if allowed(c)], dtype=int)

    @classmethod
    @lru_cache(maxsize=None)
    def load(cls, lang: str, field: str) -> Optional["FieldModel"]:
        """The shipped reader of a field for a language, or None when there is none."""
        path = data.path(f"models/{lang}_{field}.json")
        return cls.from_file(path) if path.is_file() else None

    @classmethod
    def from_file(cls, path) -> "FieldModel":
        with path.open(encoding="utf-8") as fh:
            raw = json.load(fh)
        try:
            model = cls(raw["meta"], raw["classes"], raw["bias"], raw["weights"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path.name}: not a field model (missing or bad {exc})") from None
        if len(model._bias) != len(model.classes) or model.field not in FIELDS:
            raise ValueError(f"{path.name}: not a field model ({model.field!r}, {len(model.classes)} "
                             f"classes, {len(model._bias)} biases)")
        return model

    def partial(self, feats: dict[str, float]) -> numpy.ndarray:
        """The features' summed weights per value (without the bias): a report's share is
        summed once and added to each of its acts'."""
        # (sorted by row: the words come from sets, whose order follows the hash seed, and a
        # sum in another order can tip a near tie)
        rows = sorted((i, v) for i, v in zip(map(self._row.get, feats), feats.values()) if i is not None)
        if not rows:
            return numpy.zeros(len(self.classes))
        idx, vals = zip(*rows)
        return numpy.asarray(vals) @ self._matrix[list(idx)]

    def value(self, feats: dict[str, float], base: Optional[numpy.ndarray] = None) -> str:
        """The likeliest value the field may take (the largest summed weight: the same
        order as the probabilities, without computing them)."""
        total = self._bias + self.partial(feats) + (0.0 if base is None else base)
        return self.classes[int(self._allowed[numpy.argmax(total[self._allowed])])]


def read_fields(analysis: Analysis, models: Optional[dict[str, Optional[FieldModel]]] = None) -> Analysis:
    """Read again each act's fields that a shipped reader covers (see the module's note)."""
    lang = analysis.document.source.language or "en"
    if models is None:
        models = {name: FieldModel.load(lang, name) for name in FIELDS}
    models = {name: m for name, m in models.items() if m is not None}
    if not models or not analysis.events:
        return analysis
    report = report_features(lang, document_text(analysis), analysis.events)
    base = {name: model.partial(report) for name, model in models.items()}
    # Every act is read as the rules left it, before any field of any act is relabelled.
    acts = [act_features(lang, e) for e in analysis.events]
    chosen = [{name: model.value(field_features(name, e, act, lang), base[name])
               for name, model in models.items() if FIELDS[name].readable(e)}
              for e, act in zip(analysis.events, acts)]
    for event, values in zip(analysis.events, chosen):
        if not values:
            continue
        for name, value in values.items():
            FIELDS[name].put(event, value)
        # A new object: rules may share one Extractor between acts.
        event.extractor = replace(event.extractor, fields={
            **event.extractor.fields, **{name: f"model.{name}@{models[name].version}" for name in values}})
    return analysis


@stages.register("fields")
def fields_stage(analysis: Analysis) -> Analysis:
    return read_fields(analysis)
