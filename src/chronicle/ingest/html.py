"""HTML pages: main text and metadata through trafilatura, after charset
detection (Korean outlets still serve EUC-KR/CP949)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, Optional

import trafilatura

from ..records import Document, Source
from ..registry import readers
from .dates import iso_date
from .decode import decode, declared_charset
from .errors import IngestError, ReadError
from .language import detect_language

MAX_DEPTH_BYTES = 20 * 1024 * 1024
_PAGE = re.compile(r"<(html|body)[\s>]", re.IGNORECASE)


def html_to_text(html: str) -> tuple[str, dict]:
    """Main text of a page and its metadata (title, date, url, sitename, language)."""
    if not _PAGE.search(html):
        # trafilatura finds no text at all in a bare fragment (a feed entry, a
        # JSON Lines "html" field): give it the page around it.
        html = f"<html><body>{html}</body></html>"
    text = trafilatura.extract(html, output_format="txt", include_comments=False,
                               include_tables=True, favor_recall=True, deduplicate=False)
    if not text or not text.strip():
        # Short fragments (feed entries) have no "main content" to find: keep all text.
        text = trafilatura.html2txt(html) if html.strip() else ""
    if not text or not text.strip():
        raise ReadError("HTML page holds no text")
    meta = trafilatura.extract_metadata(html)
    info = meta.as_dict() if meta is not None else {}
    # Paragraphs separated by a blank line, as everywhere else in chronicle.
    text = "\n\n".join(p.strip() for p in text.split("\n") if p.strip())
    return text, info


def _published(info: dict) -> Optional[str]:
    try:
        return iso_date(info.get("date"))
    except ReadError:
        return None


@readers.register("html")
def read_html(path: Path) -> Iterator:
    try:
        raw = path.read_bytes()
        html = decode(raw, declared_charset(raw))
        text, info = html_to_text(html)
    except (ReadError, OSError) as exc:
        yield IngestError(str(path), str(exc))
        return
    except Exception as exc:  # a parser failure on hostile markup is a bad input, not a crash
        yield IngestError(str(path), f"unreadable HTML ({type(exc).__name__}: {exc})")
        return
    yield Document(raw=raw, text=text, origin=str(path), media_type="text/html",
                   source=Source(url=info.get("url"), outlet=info.get("sitename"),
                                 title=info.get("title"), published=_published(info),
                                 language=detect_language(text)))
