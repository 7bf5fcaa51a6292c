"""Fuzzing: generated inputs through every reader, the time resolver, the
gazetteer and redaction; and a corpus of nasty inputs (``tests/nasty/`` plus
big ones generated here). No crash, no hang; refusals are ``IngestError``s.

The default run is bounded (``CHRONICLE_FUZZ_EXAMPLES``, default 50 per
property); set it to thousands for a long run."""
from __future__ import annotations

import datetime as dt
import os
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from chronicle.ingest import IngestError, iter_items
from chronicle.records import Document

NASTY = Path(__file__).resolve().parent / "nasty"
EXAMPLES = int(os.environ.get("CHRONICLE_FUZZ_EXAMPLES", "50"))
FUZZ = settings(max_examples=EXAMPLES, deadline=dt.timedelta(seconds=5), derandomize=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
# Text with the characters that break parsers: markup, quotes, NUL, RTL marks, surrogate-free Hangul.
NASTY_TEXT = st.text(alphabet=st.sampled_from(list("<>&;\"'/=!-[]{}:,\\ \n\t\x00\u202e\u200f\ufeff")
                                               + list("abcKimPak회령김씨보위부0123456789")), max_size=400)


def _read(path: Path) -> list:
    """Every item a reader yields for ``path``: each must be a Document or an IngestError."""
    items = list(iter_items([path]))
    for item in items:
        assert isinstance(item, (Document, IngestError)), type(item)
        if isinstance(item, Document):
            assert item.text == item.text.replace("\x00", "")  # no NUL reaches the text
    return items


@pytest.mark.parametrize("suffix", [".txt", ".html", ".xml", ".jsonl", ".pdf"])
@FUZZ
@given(data=st.one_of(st.binary(max_size=2000), NASTY_TEXT.map(lambda s: s.encode("utf-8", "surrogatepass"))))
def test_readers_never_crash_on_generated_bytes(tmp_path, suffix, data):
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    _read(path)


@FUZZ
@given(body=NASTY_TEXT, depth=st.integers(0, 120))
def test_html_reader_on_generated_markup(tmp_path, body, depth):
    path = tmp_path / "in.html"
    path.write_text("<html><body>" + "<div>" * depth + body + "</div>" * (depth // 2), encoding="utf-8")
    _read(path)


@FUZZ
@given(title=NASTY_TEXT, desc=NASTY_TEXT, date=st.text(max_size=40))
def test_feed_reader_on_generated_entries(tmp_path, title, desc, date):
    from xml.sax.saxutils import escape

    path = tmp_path / "in.xml"
    path.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><item><title>{escape(title)}</title>"
                    f"<description>{escape(desc)}</description><pubDate>{escape(date)}</pubDate>"
                    f"</item></channel></rss>", encoding="utf-8")
    _read(path)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4),
                    max_leaves=20)


@FUZZ
@given(rows=st.lists(st.one_of(JSON, st.fixed_dictionaries(
    {"text": st.one_of(NASTY_TEXT, JSON)}, optional={"published": JSON, "url": JSON, "language": JSON,
                                                      "title": JSON})), max_size=5))
def test_jsonl_reader_on_generated_records(tmp_path, rows):
    import json

    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, allow_nan=True) for r in rows), encoding="utf-8")
    _read(path)


@FUZZ
@given(text=st.text(max_size=300) | NASTY_TEXT, lang=st.sampled_from(["en", "ko", "", "xx"]),
       published=st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_time_resolver_on_generated_text(text, lang, published):
    from chronicle.times import find

    for m in find(text, published, lang):
        assert text[m.start:m.end] == m.text


_TIME_WORDS = st.sampled_from(["in May", "last week", "2014", "9999", "0", "March 32", "지난달", "작년 5월",
                               "3년 전", "early 2015", "the 31st", "February 29, 2015", "summer", " ",
                               "보름 전", "10000 years ago", "-5", "1 January 0001"])


@FUZZ
@given(parts=st.lists(_TIME_WORDS, max_size=8), published=st.none() | st.dates())
def test_time_resolver_on_generated_time_phrases(parts, published):
    from chronicle.times import find

    text = " ".join(parts)
    for lang in ("en", "ko"):
        for m in find(text, published, lang):
            assert text[m.start:m.end] == m.text


@FUZZ
@given(text=st.text(max_size=300) | NASTY_TEXT)
def test_gazetteer_lookups_on_generated_text(text):
    from chronicle.places.gazetteer import Gazetteer

    g = Gazetteer.load()
    for m in g.find(text):
        assert m.start >= 0
    g.lookup(text)
    g.lookup_all(text)


@FUZZ
@given(text=st.text(max_size=300) | NASTY_TEXT)
def test_redaction_on_generated_text(text):
    from chronicle.redact import redact

    out = redact(text)
    assert isinstance(out, str) and redact(out) == redact(out)


# -- the nasty corpus ----------------------------------------------------------
@pytest.mark.parametrize("path", sorted(p for p in NASTY.iterdir() if p.name != "README.md"), ids=lambda p: p.name)
def test_nasty_corpus_is_read_or_refused_quickly(path):
    t0 = time.monotonic()
    items = _read(path)
    assert items and time.monotonic() - t0 < 10


def test_entity_bombs_and_external_entities_are_refused():
    for name in ("billion_laughs.xml", "external_entity.xml"):
        [item] = _read(NASTY / name)
        assert isinstance(item, IngestError) and "safety" in item.reason


def test_a_100_mb_line_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "long.txt"
    with path.open("wb") as fh:
        chunk = b"agents visited the family " * 40000  # ~1 MB, no newline
        for _ in range(100):
            fh.write(chunk)
    t0 = time.monotonic()
    [item] = _read(path)
    assert isinstance(item, IngestError) and "MiB" in item.reason
    assert time.monotonic() - t0 < 20


def test_a_pdf_stream_bomb_does_not_hang(tmp_path):
    """A FlateDecode stream that inflates to 200 MB of spaces."""
    bomb = zlib.compress(b" " * (200 * 1024 * 1024), 9)
    body = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n"
            b"4 0 obj\n<< /Length " + str(len(bomb)).encode() + b" /Filter /FlateDecode >>\nstream\n"
            + bomb + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    path = tmp_path / "bomb.pdf"
    path.write_bytes(body)
    t0 = time.monotonic()
    _read(path)
    assert time.monotonic() - t0 < 30


def test_deeply_nested_html_is_read_or_refused(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 10000 + "Agents warned the family." + "</div>" * 10000,
                    encoding="utf-8")
    _read(path)
