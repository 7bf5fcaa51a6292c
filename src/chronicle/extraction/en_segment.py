"""Cheap sentence and quotation segmentation for English reports.

A regex splitter is enough for news prose and costs microseconds, so the parser
runs only on the sentences that hold a trigger word."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A blank line ends a paragraph; so does a line break before a list item
# ("- March 2019: ...", "2. ..."), since each item of a timeline or a list of
# findings is told on its own, with its own date.
_PARA = re.compile(r"\n[ \t\r\f\v]*\n|\n(?=[ \t]*(?:[-*•▪◆■●–—]|\d{1,2}[.)])[ \t])")
# A sentence ends at . ! ? (plus closing quotes/brackets) before a space and a
# capital, digit or opening quote.
_END = re.compile(r"[.!?]+[”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9])")
_ABBREV = frozenset(
    "mr mrs ms dr st jr sr gen lt col sgt capt prof rev no vol jan feb mar apr jun jul aug sep sept "
    "oct nov dec e.g i.e etc vs u.s u.n u.k approx est".split())
_QUOTE = re.compile(r"“[^”]*”?|\"[^\"]*\"?", re.S)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    """Sentence spans (stripped of surrounding space) in document order."""
    out: list[Sentence] = []
    pos = 0
    for para, (p_start, p_end) in enumerate(_paragraphs(text)):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            word = re.search(r"([\w.]+)[.!?]*$", text[start:m.start() + 1])
            w = word.group(1).rstrip(".").casefold() if word else ""
            if w in _ABBREV or (len(w) == 1 and w.isalpha()):
                continue  # "Mr. Kim", "U.S. officials", initials
            if re.fullmatch(r"\s*\d{1,2}\.", text[start:m.end()]):
                continue  # the number of a list item ("2. Relatives were ...")
            _add(out, text, start, m.end(), para)
            start = m.end()
        _add(out, text, start, p_end, para)
        pos = p_end
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _PARA.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, para))


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted speech (curly or straight double quotes)."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
