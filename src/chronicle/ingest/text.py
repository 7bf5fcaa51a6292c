"""Plain-text reports. A first line followed by a blank line is taken as the title."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..records import Document, Source
from ..registry import readers
from .decode import decode
from .errors import IngestError, ReadError
from .language import detect_language


@readers.register("text")
def read_text(path: Path) -> Iterator:
    try:
        raw = path.read_bytes()
        text = decode(raw)
    except (ReadError, OSError) as exc:
        yield IngestError(str(path), str(exc))
        return
    first, sep, _rest = text.lstrip().partition("\n\n")
    title = first.strip() if sep and len(first) < 200 and "\n" not in first.strip() else None
    yield Document(raw=raw, text=text, origin=str(path), media_type="text/plain",
                   source=Source(url=None, title=title, language=detect_language(text)))
