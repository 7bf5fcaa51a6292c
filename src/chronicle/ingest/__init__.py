"""Ingest: files, folders, feeds and JSON Lines into ``Document`` records.

Each reader turns one path into a stream of ``Document`` or ``IngestError``
items and never raises on bad content, so that one broken file never stops a
batch. Readers are registered by kind in ``chronicle.registry.readers``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..records import Document
from ..registry import readers
from .errors import IngestError
from .records import document_from_record

# Importing the reader modules registers them.
from . import text as _text  # noqa: F401,E402
from . import html as _html  # noqa: F401,E402
from . import pdf as _pdf  # noqa: F401,E402
from . import feed as _feed  # noqa: F401,E402
from . import jsonl as _jsonl  # noqa: F401,E402

IngestItem = Union[Document, IngestError]

__all__ = ["IngestError", "IngestItem", "document_from_record", "iter_items", "kind_of", "iter_files"]

_SUFFIX_KINDS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}


def kind_of(path: Path) -> str | None:
    """The reader kind for a file, from its suffix, or from its first bytes."""
    kind = _SUFFIX_KINDS.get(path.suffix.lower())
    if kind:
        return kind
    try:
        with path.open("rb") as fh:
            head = fh.read(512).lstrip().lower()
    except OSError:
        return None
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Files under the given paths, folders recursed in a stable order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield p


def iter_items(paths: Iterable[Union[str, Path]]) -> Iterator[IngestItem]:
    """Every document (or error) found under ``paths``."""
    for path in iter_files(paths):
        if not path.exists():
            yield IngestError(str(path), "no such file or folder")
            continue
        kind = kind_of(path)
        if kind is None:
            yield IngestError(str(path), f"unsupported file type {path.suffix or '(no suffix)'!r}; "
                                         f"known: {', '.join(sorted(_SUFFIX_KINDS))}")
            continue
        yield from readers.get(kind)(path)
