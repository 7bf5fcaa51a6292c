"""A learned sentence reader: which sentences tell an act, and of what type.

The rule extractors read acts through trigger words and frames. On text by a writer
they were not tuned on, most of what they miss is a sentence that states an act in words
no trigger knows ("kept her in a shed behind the post until evening"). This component
is a pair of linear models over the words of a sentence, trained on the project's own
hand-coded development sets (``scripts/train_sentence_model.py``):

- ``event``: the probability that a sentence states an act at all;
- ``type``: which of the record format's types it is, given that it does.

It only proposes: the extractor reads a proposed sentence with its own machinery (actor,
target, status, certainty, the gates for lawful and hypothetical acts), so every field
still comes from the text, and the event records ``extractor.rule`` = ``model.<type>``.
The weights are a data file; running the model is a few dictionary lookups, no library.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import Iterable, Iterator, Optional

import numpy

from .. import data

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


def stem(word: str) -> str:
    """A crude English stem: enough to let "detained/detaining/detains" share a weight."""
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + repl
    return word


# Words repeat across sentences and reports: each is stemmed once.
_stem_word = lru_cache(maxsize=1 << 16)(stem)


def english_features(text: str, trigger_types: Iterable[str] = (), actor_tags: Iterable[str] = ()) -> set[str]:
    """Stems, stem bigrams, the types of trigger words present (``HIT:DETAIN``) and the
    kinds of actor named (``ACT:KP``, ``ACT:generic``)."""
    stems = [_stem_word(w) for w in _WORD.findall(text.lower())]
    out = set(stems)
    out.update(f"{a}_{b}" for a, b in zip(stems, stems[1:]))
    out.update(f"HIT:{t}" for t in trigger_types)
    out.update(f"ACT:{t}" for t in actor_tags)
    return out


def actor_tag(key: str, generic: bool) -> str:
    """The feature an actor mention gives: its state (KP, CN, ...) or ``generic``."""
    return "generic" if generic else key.split(".")[0]


def english_sentence_features(flat: str, start: int, end: int, hits=None, mentions=None) -> set[str]:
    """The features of ``flat[start:end]``, a sentence of a report whose whitespace is
    flattened to spaces, with the kinds of actor named in the text just before it
    (``CTX:KP``). ``hits`` (its trigger hits) and ``mentions`` (actor mentions, at least
    those in and just before the sentence) are looked up when the caller has not already."""
    if hits is None:
        from . import en_lexicon
        hits = en_lexicon.load().scan(flat, start, end)
    before = max(0, start - CONTEXT)
    if mentions is None:
        from .actors import ActorLexicon
        mentions = ActorLexicon.load().find(flat[before:end], before)
    tags = {actor_tag(m.key, m.generic) for m in mentions if start <= m.start < end}
    feats = english_features(flat[start:end], (t.types[0] for _, t in hits), tags)
    # An organ named just before ("Youth League squads patrol ... They stopped her"): a
    # sentence whose actor is a pronoun or a generic head is read with it.
    feats.update(f"CTX:{actor_tag(m.key, m.generic)}" for m in mentions if before <= m.start < start)
    return feats


# Characters before a sentence whose actors it may refer back to (about two sentences).
# Chosen on the development sets left out (en-6/7/8 +0.005..0.011 F1) and the English
# bank's check part (+0.006); Korean gained nothing from it.
CONTEXT = 300


_HANGUL_WORD = re.compile(r"[가-힣]+")


def korean_features(text: str, actor_tags: Iterable[str] = ()) -> set[str]:
    """Character bigrams and trigrams inside Hangul words, with the word's edges marked
    (``<체포``, ``했다>``), and the kinds of actor named. Korean glues endings and particles
    to its stems, so pieces of words carry what stems carry in English, without running
    the morphological analyser on sentences no rule looks at."""
    out = set()
    for w in _HANGUL_WORD.findall(text):
        out.update(_word_grams(w))
    out.update(f"ACT:{t}" for t in actor_tags)
    return out


@lru_cache(maxsize=1 << 16)
def _word_grams(w: str) -> tuple[str, ...]:
    """The bigrams then the trigrams of ``<w>``, in that order: words repeat across
    sentences and reports, and the set they go into is built in the same order as ever."""
    m = f"<{w}>"
    return tuple(m[i:i + 2] for i in range(len(m) - 1)) + tuple(m[i:i + 3] for i in range(len(m) - 2))


def korean_sentence_features(text: str, start: int, end: int) -> set[str]:
    from .actors import ActorLexicon
    actors = ActorLexicon.load().find(text[start:end])
    return korean_features(text[start:end], (actor_tag(a.key, a.generic) for a in actors))


def sentences(lang: str, text: str) -> Iterator[tuple[int, int, set[str]]]:
    """(start, end, features) for each sentence of a report, as training reads them."""
    if lang == "en":
        from . import en_segment
        flat = re.sub(r"\s", " ", text)
        for s in en_segment.sentences(text):
            yield s.start, s.end, english_sentence_features(flat, s.start, s.end)
    elif lang == "ko":
        from .ko_syntax import split
        for s in split(text):
            yield s.start, s.end, korean_sentence_features(text, s.start, s.end)
    else:
        raise ValueError(f"no sentence features for language {lang!r}")


@dataclass(frozen=True)
class Proposal:
    probability: float  # that the sentence states an act
    type: str
    type_probability: float


# The veto reads a sentence against the rest of its report (background beside the acts): a
# text of a sentence or two is itself the telling of an act, and is not doubted.
VETO_MIN_SENTENCES = 3


class SentenceModel:
    def __init__(self, meta: dict, bias: float, event: dict[str, float],
                 type_bias: dict[str, float], types: dict[str, dict[str, float]]) -> None:
        self.meta = meta
        self.version = str(meta.get("version", "0"))
        self.threshold = float(meta["threshold"])
        # Below this probability a sentence states no act whatever words it holds (0: no veto).
        self.veto = float(meta.get("veto", 0.0))
        # A proposal's type must be at least this likely (0: the likeliest type, however unsure).
        self.type_floor = float(meta.get("type_floor", 0.0))
        # A rule's type the model gives less than the first, where it is surer than the second
        # of another type the sentence holds no act of, is read as that type ("1, 1": never).
        self.retype_below, self.retype_above = map(float, meta.get("retype", (1.0, 1.0)))
        # At or above this probability a sentence the rules read no act in is read as the
        # model's act alone (above 1: never; scripts/train_sentence_model.py says why).
        self.alone = float(meta.get("alone", 2.0))
        self._bias, self._event = bias, event
        # The type weights as one matrix, a row per feature: scoring a sentence sums a few
        # rows instead of looking every feature up once per type (a tenth of a report's time).
        self._type_names = list(type_bias)
        vocab = sorted({f for ws in types.values() for f in ws})
        self._row = {f: i for i, f in enumerate(vocab)}
        self._matrix = numpy.zeros((len(vocab), len(self._type_names)))
        for j, t in enumerate(self._type_names):
            for f, w in types[t].items():
                self._matrix[self._row[f], j] = w
        self._type_bias_row = numpy.array([type_bias[t] for t in self._type_names])
        self._column = {t: j for j, t in enumerate(self._type_names)}

    @classmethod
    @lru_cache(maxsize=None)
    def load(cls, lang: str) -> Optional["SentenceModel"]:
        """The shipped model for a language, or None when there is none."""
        path = data.path(f"models/{lang}_sentence.json")
        return cls.from_file(path) if path.is_file() else None

    @classmethod
    def from_file(cls, path) -> "SentenceModel":
        with path.open(encoding="utf-8") as fh:
            raw = json.load(fh)
        try:
            return cls(raw["meta"], float(raw["event"]["bias"]), raw["event"]["weights"],
                       raw["type"]["bias"], raw["type"]["weights"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path.name}: not a sentence model (missing or bad {exc})") from None

    @property
    def types(self) -> list[str]:
        """The event types the type model chooses among."""
        return list(self._type_names)

    def event_probability(self, feats: set[str]) -> float:
        # An exact sum (math.fsum): a plain sum over a set follows its hash order, and a sentence
        # right at a bar was read one way or the other with PYTHONHASHSEED.
        return _sigmoid(self._bias + math.fsum(map(self._event.get, feats, repeat(0.0))))

    def type_scores(self, feats: set[str]) -> dict[str, float]:
        rows = sorted(i for i in map(self._row.get, feats) if i is not None)  # (sorted: the same sum every run)
        scores = self._type_bias_row + self._matrix[rows].sum(axis=0)
        exp = numpy.exp(scores - scores.max())
        probs = exp / exp.sum()
        return {t: float(p) for t, p in zip(self._type_names, probs)}

    def doubts(self, feats: set[str]) -> bool:
        """The sentence is one the model judges not to state any act (background)."""
        return self.event_probability(feats) < self.veto

    def retyped(self, feats: set[str], etype: str, told: set[str]) -> str:
        """The type a rule's act in this sentence is read as: its own, unless the model
        judges that type unlikely and another, not yet told in the sentence, likely (a
        "crackdown" sentence telling a detention, a "visit" telling a threat)."""
        scores = self.type_scores(feats)
        best = max(scores, key=scores.get)
        if scores.get(etype, 0.0) < self.retype_below and scores[best] > self.retype_above and best not in told:
            return best
        return etype

    def propose(self, feats: set[str]) -> Optional[Proposal]:
        """The act a sentence states, when the model is confident enough that it states one."""
        p = self.event_probability(feats)
        if p < self.threshold:
            return None
        scores = self.type_scores(feats)
        etype = max(scores, key=scores.get)
        if scores[etype] < self.type_floor:
            return None  # an act, perhaps, but of no type the model can name
        return Proposal(p, etype, scores[etype])

    def weight(self, etype: str, feature: str) -> float:
        """How much one feature speaks for a type: the word the act hangs on is the one
        that speaks most (the anchor the extractor reads the sentence from)."""
        i, j = self._row.get(feature), self._column.get(etype)
        return 0.0 if i is None or j is None else float(self._matrix[i, j])


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
