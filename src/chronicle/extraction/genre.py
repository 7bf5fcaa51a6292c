"""Whether a document retells a work of fiction (a novel, a feature film, a drama). A review
of a novel set in a camp tells of arrests and beatings that no state carried out: the
``genre`` stage sets such a document's events aside, saying why, so that it counts for
nothing in the record. Cues are data (``data/genre/fiction.tsv``)."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import data


@lru_cache(maxsize=None)
def _cues(lang: str) -> tuple[re.Pattern, list[re.Pattern], re.Pattern]:
    rows = [r for r in data.read_tsv("genre/fiction.tsv") if r["lang"] == lang]

    def joined(part: str) -> re.Pattern:
        return re.compile("|".join(f"(?:{r['pattern']})" for r in rows if r["part"] == part) or "(?!)",
                          re.IGNORECASE | re.MULTILINE)
    body = [re.compile(r["pattern"], re.IGNORECASE) for r in rows if r["part"] == "body"]
    return joined("headline"), body, joined("state")


# Body cues found in this many different forms make the headline's work the report's subject.
_BODY_CUES = 2


def fiction(text: str, lang: str, title: str = "") -> bool:
    """True when the headline (the title, or the text's first paragraphs) names a work of
    fiction and the text talks about it as one (its author, narrator, characters, chapters),
    unless the opening names the North's own studios or broadcasters as its makers."""
    headline, body, state = _cues(lang if lang in ("en", "ko") else "en")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if not paragraphs or not headline.search("\n\n".join([title or "", *paragraphs[:2]])):
        return False
    if state.search("\n\n".join([title or "", *paragraphs[:3]])):
        return False  # a film the North's own studio made, or its television aired, is its propaganda
    return sum(1 for cue in body if cue.search(text)) >= _BODY_CUES
