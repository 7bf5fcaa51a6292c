"""Full-text search on PostgreSQL (migration 0007): English words through the
stemmed ``tsv`` column, Korean words as substrings served by the trigram
index. Both take the query as ``chronicle.search.fts_query`` reads it (Korean
words reduced to stems), so SQLite and PostgreSQL find the same things."""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import text as sql

from ..search import _HANGUL, fts_query

_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
_HEADLINE = "StartSel=[, StopSel=], MaxWords=12, MinWords=4, MaxFragments=1, FragmentDelimiter=…"


def _terms(query: str) -> tuple[list[str], list[str]]:
    """(English words, Korean stems) of a query."""
    terms = [t.replace('""', '"') for t in _QUOTED.findall(fts_query(query))]
    return [t for t in terms if not _HANGUL.search(t)], [t for t in terms if _HANGUL.search(t)]


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _snippet(body: str, terms: list[str], width: int = 40) -> str:
    """The first place a Korean term occurs, with the term in brackets."""
    hits = [(body.find(t), t) for t in terms if t in body]
    if not hits:
        return body[:2 * width]
    at, term = min(hits)
    start, end = max(0, at - width), at + len(term) + width
    return (("…" if start else "") + body[start:at] + f"[{term}]" + body[at + len(term):end]
            + ("…" if end < len(body) else ""))


def search(conn, query: str, kind: str, limit: int, ranked: int = 5000) -> list[dict[str, Any]]:
    """Best matches first, ranked among the first ``ranked`` matches the index
    finds (the heap scan of every match, not the ranking, is what costs)."""
    english, korean = _terms(query)
    if not english and not korean:
        return []
    params: dict[str, Any] = {"k": kind, "n": limit, "en": " ".join(english), "ranked": ranked}
    where = ["kind = :k"]
    if english:
        where.append("tsv @@ plainto_tsquery('english', :en)")
    for i, term in enumerate(korean):
        params[f"ko{i}"] = _like(term)
        where.append(f"body ILIKE :ko{i}")
    rank = "ts_rank(tsv, plainto_tsquery('english', :en))" if english else "0"
    # the headline is made for the rows kept only (it reads the whole body)
    snippet = (f"ts_headline('english', body, plainto_tsquery('english', :en), '{_HEADLINE}')"
               if english and not korean else "body")
    # Ranked (English) queries score only the first ``ranked`` matches; Korean terms
    # carry no rank, and the trigram index serves them in ref order without a bound.
    found = (f"(SELECT ref, document_id, body, tsv FROM search_index WHERE {' AND '.join(where)} "
             f"LIMIT :ranked) AS found" if english else f"search_index WHERE {' AND '.join(where)}")
    rows = conn.execute(sql(
        f"SELECT ref, document_id, {snippet} AS snippet FROM ("
        f"SELECT ref, document_id, body, {rank} AS rank FROM {found} "
        f"ORDER BY rank DESC, ref LIMIT :n) AS hits "
        f"ORDER BY rank DESC, ref"), params)
    out = [dict(r) for r in rows.mappings()]
    if korean:
        for r in out:
            r["snippet"] = _snippet(r["snippet"], korean)
    return out
