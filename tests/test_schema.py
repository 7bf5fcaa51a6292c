"""The JSON Schema of the contract: real records pass, each kind of breakage
is reported with the field it concerns."""
from __future__ import annotations

import copy

import pytest

from chronicle.records import (EVENT_TYPES, Event, Evidence, Extractor, Location, Perpetrator,
                               Source, Target, TimeSpan)
from chronicle.schema import event_schema, validate_record

TEXT = "Agents visited the home of a defector's mother in Musan."


def record() -> dict:
    ev = Event(document_id="a" * 64, type="VISIT", evidence=Evidence(TEXT, 0, len(TEXT)),
               extractor=Extractor("rules", "1", "visit"),
               perpetrator=Perpetrator("Agents", "KP.MSS", "Ministry of State Security"),
               target=Target("a defector's mother", "defector_family"),
               location=Location(text="Musan", name="Musan", admin1="North Hamgyong", country="KP",
                                 lat=42.2, lon=129.2, precision="county"),
               time=TimeSpan(text="May 2016", start="2016-05-01", end="2016-05-31", precision="month"))
    return ev.to_record(Source(outlet="Test Wire", published="2016-06-01", language="en"))


def test_schema_enums_follow_records():
    assert event_schema()["properties"]["type"]["enum"] == list(EVENT_TYPES)


def test_a_full_record_and_a_minimal_record_are_valid():
    assert validate_record(record(), TEXT) == []
    minimal = record()
    for key in ("perpetrator", "target", "location", "time", "attribution"):
        minimal[key] = None
    assert validate_record(minimal) == []


@pytest.mark.parametrize("path, value, field", [
    (("schema",), 2, "schema"),
    (("type",), "KILL", "type"),
    (("status",), "maybe", "status"),
    (("document_id",), "abc", "document_id"),
    (("source", "published"), "15 Sep 2014", "source/published"),
    (("perpetrator", "actor"), "mss", "perpetrator/actor"),
    (("target", "category"), "family", "target/category"),
    (("location", "lat"), 123.0, "location/lat"),
    (("location", "precision"), "city", "location/precision"),
    (("time", "precision"), "week", "time/precision"),
    (("evidence", "start"), -1, "evidence/start"),
    (("evidence", "text"), "", "evidence/text"),
])
def test_bad_values_are_reported_with_their_field(path, value, field):
    rec = record()
    target = rec
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    problems = validate_record(rec)
    assert problems and any(p.startswith(field + ":") for p in problems), problems


@pytest.mark.parametrize("key", ["event_id", "evidence", "tactics", "extractor", "location"])
def test_missing_required_field(key):
    rec = record()
    del rec[key]
    assert any(key in p for p in validate_record(rec))


def test_offsets_checked_against_the_stored_text():
    rec = record()
    assert validate_record(rec, TEXT) == []
    assert validate_record(rec, "x" + TEXT) == ["evidence: offsets do not index the stored text"]
    shifted = copy.deepcopy(rec)
    shifted["evidence"]["end"] -= 1
    assert validate_record(shifted, TEXT) != []
