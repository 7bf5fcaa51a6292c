"""PDF reports: the text layer, page by page (scans without one are refused)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..records import Document, Source
from ..registry import readers
from .dates import iso_date
from .decode import _clean, check_size
from .errors import IngestError, ReadError
from .language import detect_language


def pdf_to_text(raw: bytes) -> tuple[str, dict]:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    check_size(raw)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise ReadError("PDF is encrypted")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata or {}
    except PdfReadError as exc:
        raise ReadError(f"unreadable or truncated PDF ({exc})") from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise ReadError("PDF has no text layer (a scan? run OCR first)")
    meta = {"title": info.get("/Title"), "date": None}
    raw_date = info.get("/CreationDate")
    if isinstance(raw_date, str) and raw_date.startswith("D:") and len(raw_date) >= 10:
        meta["date"] = f"{raw_date[2:6]}-{raw_date[6:8]}-{raw_date[8:10]}"
    return _clean(text), meta


@readers.register("pdf")
def read_pdf(path: Path) -> Iterator:
    try:
        raw = path.read_bytes()
        text, meta = pdf_to_text(raw)
        published = iso_date(meta.get("date"))
    except (ReadError, OSError) as exc:
        yield IngestError(str(path), str(exc))
        return
    except Exception as exc:  # pypdf raises many kinds on corrupt files
        yield IngestError(str(path), f"unreadable PDF ({type(exc).__name__}: {exc})")
        return
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    yield Document(raw=raw, text=text, origin=str(path), media_type="application/pdf",
                   source=Source(title=title, published=published, language=detect_language(text)))
