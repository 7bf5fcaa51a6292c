"""Times: find every time expression in a text and resolve it against the report's
publication date; the ``date`` pipeline stage gives each event its time.

Rules (the windows and precisions a caller can rely on):

- A window is where the event lies: ``start``..``end`` inclusive, ISO dates.
- ``precision`` is the size class of what the words name: ``day`` (one day), ``month``
  (a month, part of one, a week, "two weeks ago"), ``season`` (a season, "from March to
  May"), ``year`` (a year, "late last year"). A range takes the coarser of its two ends;
  an open range ("since 2012") takes its start's, as its end is the report date.
- Vague words ("recently", 최근, "a few days ago") get a conventional window ending at the
  report (``data/times/vague.tsv``) and always precision ``unknown``.
- Without a publication date relative times stay unresolved (start/end None, precision
  ``unknown``) with their text kept; absolute dates still resolve.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from . import english, korean
from .engine import TimeMention, combine, propose, to_mentions
from .lexicon import load
from .resolve import Context

_LANGUAGES = {"en": english, "ko": korean}

__all__ = ["TimeMention", "find"]


def find(text: str, published: Optional[date], language: str, offset: int = 0) -> list[TimeMention]:
    """Every time expression in ``text``, resolved against ``published``; offsets are
    ``offset`` + the position in ``text``, so ``doc[m.start:m.end] == m.text``."""
    module = _LANGUAGES.get((language or "en").split("-")[0].lower(), english)
    rules, connectors, cue = module.rules()
    ctx = Context(published, load(module is korean and "ko" or "en"))
    hits = propose(text, rules, ctx, cue)
    hits = combine(text, hits, connectors, ctx)
    return to_mentions(text, hits, offset)


from . import stage  # noqa: E402,F401  (registers the "date" stage)
