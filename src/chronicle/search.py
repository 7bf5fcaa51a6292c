"""Full-text search: what goes into the index and how a query is read.

Korean words carry particles (보위부가, 보위부는), so Korean text is indexed
with its morpheme stems appended and Korean queries are reduced to stems
too; English goes through FTS5's unicode61 tokenizer as it is."""
from __future__ import annotations

import re

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _stems(text: str) -> str:
    from .korean import morphemes_for_index

    return morphemes_for_index(text)


def index_body(text: str) -> str:
    if _HANGUL.search(text):
        return f"{text}\n{_stems(text)}"
    return text


def fts_query(query: str) -> str:
    """A safe FTS5 MATCH expression: every word must occur (quoted, so FTS5
    operators typed by a user are taken as words, not syntax)."""
    terms: list[str] = []
    for tok in _TOKEN.findall(query):
        if _HANGUL.search(tok):
            stems = _stems(tok).split()
            terms.extend(stems or [tok])
        else:
            terms.append(tok)
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)
