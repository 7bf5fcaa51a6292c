"""RSS/Atom feed files: one document per entry. The XML is first checked with
defusedxml, which refuses entity declarations (billion-laughs and external
entity attacks) before feedparser sees the bytes."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import defusedxml.ElementTree as SafeET
import feedparser
from defusedxml import DefusedXmlException

from ..registry import readers
from .dates import iso_date
from .decode import check_size
from .errors import IngestError, ReadError
from .records import document_from_record


def _check_safe(raw: bytes) -> None:
    check_size(raw)
    try:
        SafeET.fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ReadError(f"feed refused for safety: {type(exc).__name__} (XML entity declarations)") from None
    except SafeET.ParseError as exc:
        raise ReadError(f"malformed or truncated XML ({exc})") from None


@readers.register("feed")
def read_feed(path: Path) -> Iterator:
    try:
        raw = path.read_bytes()
        _check_safe(raw)
    except (ReadError, OSError) as exc:
        yield IngestError(str(path), str(exc))
        return
    parsed = feedparser.parse(raw, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        yield IngestError(str(path), "feed has no entries")
        return
    outlet = parsed.feed.get("title")
    for i, entry in enumerate(parsed.entries, start=1):
        origin = f"{path}#entry{i}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        # The date as the feed states it: feedparser's *_parsed is in UTC, which
        # moves "Tue, 16 Sep 2014 08:00 +0900" to the 15th.
        try:
            published = iso_date(entry.get("published"))
        except ReadError:
            published = None
        record = {"url": entry.get("link"), "outlet": outlet, "title": entry.get("title"),
                  "published": published, "html": body}
        if entry.get("language") or parsed.feed.get("language"):
            record["language"] = (entry.get("language") or parsed.feed.get("language"))[:2]
        try:
            # The raw bytes of an entry: its fields as canonical JSON (an entry has
            # no byte range of its own once feedparser has normalised it).
            raw_entry = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
            yield document_from_record(record, origin, raw=raw_entry)
        except ReadError as exc:
            yield IngestError(origin, str(exc))
