"""One documents-JSON-Lines object -> a ``Document``.

The batch interface researchers and the evaluation use:
``{"url", "outlet", "title", "published", "language", "text" | "html"}``.
"""
from __future__ import annotations

import json
from typing import Any, Optional

from ..records import Document, Source
from .dates import iso_date
from .errors import ReadError
from .language import detect_language

FIELDS = ("url", "outlet", "title", "published", "language", "text", "html")


def document_from_record(record: Any, origin: str, raw: Optional[bytes] = None) -> Document:
    """Build a Document from one record; ``raw`` defaults to its canonical JSON bytes."""
    if not isinstance(record, dict):
        raise ReadError(f"expected a JSON object, got {type(record).__name__}")
    from .decode import _clean, given_text

    text, media_type = record.get("text"), "text/plain"
    if isinstance(text, str) and text.strip():
        text = given_text(text)
    else:
        html = record.get("html")
        if not (isinstance(html, str) and html.strip()):
            raise ReadError('has neither "text" nor "html" (one of them must hold the report)')
        from .html import html_to_text

        text, _meta = html_to_text(html)
        text = _clean(text)
        media_type = "text/html"
    for key in ("url", "outlet", "title", "language"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ReadError(f'"{key}" must be a string, got {type(record[key]).__name__}')
    if raw is None:
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
    source = Source(
        url=record.get("url"),
        outlet=record.get("outlet"),
        title=record.get("title"),
        published=iso_date(record.get("published")),
        language=(record.get("language") or detect_language(text)).lower(),
    )
    return Document(raw=raw, text=text, source=source, origin=origin, media_type=media_type)
