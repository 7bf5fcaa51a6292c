"""Shared Korean morphology: one cached Kiwi analyser and small helpers over its
tokens, used by the Korean extractor and by the store's full-text index.

Kiwi loads its model lazily and that takes seconds, so there is exactly one
instance per process. Domain nouns from the data files (actor aliases, target
nouns, trigger nouns) are added as user words, so that compounds such as
보위부원 or 강제북송 come out as one token instead of being cut in pieces.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import Iterable

from . import data

# Tags whose forms carry meaning for search: nouns, foreign words, numbers, roots.
_NOUN_TAGS = {"NNG", "NNP", "NR", "SL", "SH", "SN", "XR"}
_VERB_TAGS = {"VV", "VA"}
_lock = threading.Lock()


def _user_words() -> Iterable[str]:
    for row in data.read_tsv("actors/ko.tsv"):
        yield row["alias"]
    for row in data.read_tsv("lexicon/ko_targets.tsv"):
        yield row["term"]
    for row in data.read_tsv("lexicon/ko_attribution.tsv"):
        yield row["term"]
    for row in data.read_tsv("triggers/ko.tsv"):
        if row["pos"] == "N":
            yield row["term"]


@lru_cache(maxsize=1)
def user_words() -> frozenset[str]:
    return frozenset(w for w in _user_words() if " " not in w and len(w) > 1)


@lru_cache(maxsize=1)
def kiwi():
    """The process-wide Kiwi instance, warmed up. Offline: the model ships in
    the kiwipiepy-model package. Typo and multi-word dictionaries are off: news
    text is edited, and they double the load time."""
    from kiwipiepy import Kiwi

    with _lock:
        k = Kiwi(load_typo_dict=False, load_multi_dict=False)
        # Multi-word aliases (북한 당국) are matched on the surface, not as one token.
        for word in user_words():
            k.add_user_word(word, "NNP", 0.0)
        k.tokenize("")  # finish the lazy model load now, not inside the first document
    return k


def tokenize(text: str):
    """Kiwi tokens of ``text``: offsets are character offsets into ``text``."""
    return kiwi().tokenize(text)


def lemma(token) -> str:
    """Dictionary form of a verb token (찾아갔 -> 찾아가다); the form for others."""
    if token.tag.startswith(("VV", "VA", "VX")):
        return getattr(token, "lemma", "") or token.form + "다"
    return token.form


def morphemes_for_index(text: str) -> str:
    """Space-joined noun and verb stems of ``text`` for full-text indexing, so
    that a search for 보위부 finds 보위부가 and 보위부는, and 체포 finds 체포됐다.

    Nouns of one word that stand together (국경 경비대 in 국경경비대는) are
    also indexed as the compound they form, so the whole word finds it too.
    """
    if not text or not text.strip():
        return ""
    out: list[str] = []
    run: list[str] = []
    last_word = None
    for tok in tokenize(text):
        word = tok.word_position if hasattr(tok, "word_position") else None
        tag = tok.tag.split("-")[0]
        if tag in _NOUN_TAGS:
            if run and word != last_word:
                _flush(run, out)
            run.append(tok.form)
            out.append(tok.form)
            out.extend(_known_prefixes(tok.form))
        else:
            _flush(run, out)
            if tag in _VERB_TAGS:
                out.append(lemma(tok)[:-1] if lemma(tok).endswith("다") else tok.form)
        last_word = word
    _flush(run, out)
    return " ".join(out)


def _known_prefixes(form: str) -> list[str]:
    # 보위부원 is one token, but a search for 보위부 should find it too.
    words = user_words()
    return [form[:n] for n in range(2, len(form)) if form[:n] in words]


def _flush(run: list[str], out: list[str]) -> None:
    if len(run) > 1:
        out.append("".join(run))
    run.clear()
