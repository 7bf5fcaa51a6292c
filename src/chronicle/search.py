"""Full-text search: what goes into the index and how a query is read.

Korean words carry particles and endings (보위부가, 보위부는, 체포됐다), and
FTS5's tokenizer keeps each spaced word whole. So every Korean word is indexed
with its leading parts appended (edge n-grams: 보, 보위, 보위부 for 보위부가) and
with the domain nouns inside it (경비대 in 국경경비대는); a Korean query is
reduced by Kiwi to the stems it literally begins with, and those match the
leading parts. Indexing needs no morphological analysis: Kiwi reads a 1,500
character report in about 40 ms, more than the rest of storing it. English goes
through FTS5's unicode61 tokenizer as it is."""
from __future__ import annotations

import re
from functools import lru_cache

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _stems(text: str) -> str:
    from .korean import morphemes_for_index

    return morphemes_for_index(text)


@lru_cache(maxsize=1)
def _known_nouns() -> tuple[frozenset[str], int]:
    """The domain nouns looked for inside Korean words, and the longest one's length."""
    from .korean import user_words

    known = user_words()
    return known, max(map(len, known), default=0)


def _expansions(text: str) -> list[str]:
    """Leading parts of every Korean word and the known nouns inside it, each once."""
    known, longest = _known_nouns()
    out: dict[str, None] = {}
    for word in _HANGUL_WORD.findall(text):
        for n in range(1, len(word)):
            out[word[:n]] = None
        for i in range(1, len(word) - 1):
            for n in range(2, min(longest, len(word) - i) + 1):
                if word[i:i + n] in known:
                    out[word[i:i + n]] = None
    return list(out)


def index_body(text: str) -> str:
    if _HANGUL.search(text):
        return f"{text}\n{' '.join(_expansions(text))}"
    return text


def index_bodies(document, events) -> list[str]:
    """Index texts of a document (title and text) and of each event's evidence."""
    return [index_body(f"{document.source.title or ''}\n{document.text}")] + \
        [index_body(ev.evidence.text) for ev in events]


def fts_query(query: str) -> str:
    """A safe FTS5 MATCH expression: every word must occur (quoted, so FTS5
    operators typed by a user are taken as words, not syntax). A Korean word
    becomes the longest stem it begins with (보위부는 -> 보위부; 체포했다 -> 체포),
    which the index holds as a leading part of every form of the word."""
    terms: list[str] = []
    for tok in _TOKEN.findall(query):
        if _HANGUL.search(tok):
            leading = [s for s in _stems(tok).split() if tok.startswith(s)]
            terms.append(max(leading, key=len, default=tok))
        else:
            terms.append(tok)
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)
