"""Shared helpers for the core tests: a store in a temporary folder, a tiny
hand-built PDF, a keyword "extractor" for tests about storage (not about
extraction quality), and the full pipeline when every stage module exists."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from chronicle.records import Analysis, Document, Event, Evidence, Extractor

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def full_pipeline_or_skip():
    """The default Pipeline(), or a skip naming what is missing (the
    extractors, places and times are written in parallel with these tests)."""
    from chronicle.pipeline import Pipeline

    try:
        return Pipeline()
    except (ImportError, KeyError) as exc:
        pytest.skip(f"full pipeline not available yet: {exc}")


@pytest.fixture
def store(tmp_path):
    from chronicle.store import Store

    s = Store.open(str(tmp_path / "test.db"))
    yield s
    s.close()


# -- a keyword pipeline ------------------------------------------------------
# One event per sentence holding one of these words. It stands in for the
# extractors where a test is about storing, resuming or exporting events, so
# the expected events are known exactly.
_KEYWORDS = {"visited": "VISIT", "arrested": "DETAIN", "warned": "THREATEN", "forced": "COERCE"}
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")


def keyword_events(doc: Document) -> list[Event]:
    events = []
    for m in _SENTENCE.finditer(doc.text):
        sentence = m.group().strip()
        start = doc.text.index(sentence, m.start())
        for word, type_ in _KEYWORDS.items():
            if word in sentence:
                events.append(Event(
                    document_id=doc.document_id, type=type_,
                    evidence=Evidence(text=sentence, start=start, end=start + len(sentence)),
                    extractor=Extractor(name="test-keywords", version="0", rule=word)))
    return events


def keyword_pipeline(doc: Document) -> Analysis:
    return Analysis(document=doc, events=keyword_events(doc))


# -- a PDF with a text layer, built by hand ------------------------------------
def make_pdf(lines: list[str], title: str = "Report", created: str = "D:20150304120000+09'00'") -> bytes:
    """A one-page PDF 1.4 (Helvetica, one text object) with a correct xref
    table, so pypdf reads it without repairs. ``lines`` must be ASCII without
    parentheses or backslashes."""
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) /CreationDate ({created}) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def alembic(store, action: str, revision: str) -> None:
    """Run Alembic's ``upgrade`` or ``downgrade`` to ``revision`` on a test store:
    a migration's backfill is tested by going back before it, then up again."""
    from alembic import command

    from chronicle.store import _alembic_config

    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)
