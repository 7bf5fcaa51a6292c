"""Exports: the contract JSON Lines validates against the JSON Schema and its
offsets index the stored text; CSV has a header and one row per event."""
from __future__ import annotations

import csv
import io
import json

import pytest

from chronicle import export as _formats  # noqa: F401  (registers the formats)
from chronicle.records import (Analysis, Attribution, Document, Event, Evidence, Extractor,
                               Location, Perpetrator, Source, Target, TimeSpan)
from chronicle.registry import exporters
from chronicle.schema import validate_record

from conftest import keyword_pipeline

TEXT = ("Ministry of State Security agents visited the home of a defector's mother in Musan "
        "last spring, a source said. They warned her she would be sent away.")


@pytest.fixture
def rich_store(store):
    """One document with one event whose every field is filled, and one with
    keyword events whose optional fields are all null."""
    d = Document(raw=TEXT.encode(), text=TEXT, origin="t.txt", media_type="text/plain",
                 source=Source(url="https://example.org/1", outlet="Test Wire", title="Visit",
                               published="2016-05-04", language="en"))
    s = TEXT.index("Ministry")
    e = TEXT.index("said.") + len("said.")
    full = Event(document_id=d.document_id, type="VISIT", status="occurred", certainty="reported",
                 evidence=Evidence(TEXT[s:e], s, e), extractor=Extractor("rules", "1", "visit.home"),
                 perpetrator=Perpetrator("Ministry of State Security agents", "KP.MSS", "Ministry of State Security"),
                 target=Target("a defector's mother", "defector_family"),
                 location=Location(text="Musan", name="Musan", admin1="North Hamgyong", country="KP",
                                   lat=42.23, lon=129.22, precision="county", gazetteer_id="g:1"),
                 time=TimeSpan(text="last spring", start="2015-03-01", end="2015-05-31", precision="season"),
                 attribution=Attribution("a source", "anonymous_source"),
                 tactics=["pretext_visit"])
    store.save(Analysis(document=d, events=[full]))
    text = "Police arrested two traders in Hoeryong (회령). Agents forced them to confess."
    other = Document(raw=text.encode(), text=text, origin="o.txt", media_type="text/plain",
                     source=Source(language="en"))
    store.save(keyword_pipeline(other))
    return store


def export(store, fmt: str) -> tuple[int, str]:
    buf = io.StringIO()
    n = exporters.get(fmt)(store.event_records(), buf)
    return n, buf.getvalue()


def test_jsonl_export_is_the_valid_contract(rich_store):
    n, out = export(rich_store, "jsonl")
    lines = out.splitlines()
    assert n == len(lines) == rich_store.count_events() == 3
    for line in lines:
        rec = json.loads(line)
        text = rich_store.document(rec["document_id"])["text"]
        assert validate_record(rec, text) == []
        assert text[rec["evidence"]["start"]:rec["evidence"]["end"]] == rec["evidence"]["text"]
    full = next(json.loads(x) for x in lines if json.loads(x)["type"] == "VISIT")
    assert full["location"]["admin1"] == "North Hamgyong" and full["time"]["precision"] == "season"
    assert full["source"] == {"url": "https://example.org/1", "outlet": "Test Wire", "title": "Visit",
                              "published": "2016-05-04", "language": "en"}
    # non-ASCII stays readable, not \u-escaped
    assert "Hoeryong (회령)." in out and "\\u" not in out


def test_csv_has_header_and_one_row_per_event(rich_store):
    n, out = export(rich_store, "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert n == len(rows) == 3
    header = out.splitlines()[0].split(",")
    for column in ("event_id", "event_type", "actor1", "admin1", "latitude", "notes"):
        assert column in header
    full = next(r for r in rows if r["event_type"] == "VISIT")
    assert full["actor1_key"] == "KP.MSS" and full["latitude"] == "42.23"
    assert full["event_date"] == "2015-03-01" and full["event_date_end"] == "2015-05-31"
    assert full["notes"].startswith("Ministry of State Security agents visited")
    empty = next(r for r in rows if r["event_type"] == "DETAIN")
    assert empty["admin1"] == "" and empty["actor1"] == ""  # null is an empty cell, never "None"


def test_csv_keeps_quotes_commas_and_newlines_in_one_cell(store):
    text = 'Agents visited, "at night", the home\nof a broker.'
    d = Document(raw=text.encode(), text=text, origin="q.txt", media_type="text/plain",
                 source=Source(language="en"))
    store.save(Analysis(document=d, events=[Event(d.document_id, "VISIT", Evidence(text, 0, len(text)),
                                                  Extractor("t", "0", "r"))]))
    n, out = export(store, "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert n == 1 and rows[0]["notes"] == text


def test_export_of_an_empty_store(store):
    assert export(store, "jsonl") == (0, "")
    n, out = export(store, "csv")
    assert n == 0 and out.startswith("event_id,")
