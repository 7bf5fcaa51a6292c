"""Exports in every format the field reads, imports, and round trips."""
from __future__ import annotations

import csv
import io
import json

import pytest

from chronicle.export import acled, geojson, plover, uwazi  # noqa: F401
from chronicle.interchange import REFERENCE_MEDIA_TYPE, import_events
from chronicle.ingest import document_from_record
from chronicle.records import (Analysis, Attribution, Event, Evidence, Extractor, Location,
                               Perpetrator, Target, TimeSpan)
from chronicle.registry import exporters
from chronicle.schema import validate_record
from chronicle.store import EventFilter, Store

REPORT = (
    "Security agents detain relatives in Hoeryong\n\n"
    "Agents of the State Security Department arrested two relatives of a defector in Hoeryong "
    "on March 3, a source in North Hamgyong Province told this outlet. "
    "The agents also threatened the rest of the family with banishment.\n\n"
    "Rice prices in the city market were stable this week."
)


def _event(doc, sentence: str, etype: str, **kw) -> Event:
    start = doc.text.index(sentence)
    return Event(document_id=doc.document_id, type=etype,
                 evidence=Evidence(sentence, start, start + len(sentence)),
                 extractor=Extractor("rules-en", "test", f"test:{etype}"), **kw)


@pytest.fixture()
def store(tmp_path):
    st = Store.open(str(tmp_path / "x.db"))
    doc = document_from_record({"url": "https://example.org/r/1", "outlet": "Example Monitor",
                                "title": "Security agents detain relatives in Hoeryong",
                                "published": "2019-03-10", "language": "en", "text": REPORT},
                               origin="test")
    s1 = doc.text.split("\n\n")[1].split(" The agents")[0]
    s2 = "The agents also threatened the rest of the family with banishment."
    loc = Location(text="Hoeryong", name="Hoeryong", admin1="North Hamgyong", country="KP",
                   lat=42.44, lon=129.75, precision="county", gazetteer_id="geonames:2044757")
    events = [
        _event(doc, s1, "DETAIN", status="occurred", certainty="reported",
               perpetrator=Perpetrator("Agents of the State Security Department", "KP.MSS",
                                       "Ministry of State Security"),
               target=Target("two relatives of a defector", "defector_family"), location=loc,
               time=TimeSpan("on March 3", "2019-03-03", "2019-03-03", "day"),
               attribution=Attribution("a source in North Hamgyong Province", "anonymous_source"),
               tactics=["arrest"]),
        _event(doc, s2, "THREATEN", perpetrator=Perpetrator("The agents", "KP.MSS",
                                                            "Ministry of State Security"),
               target=Target("the rest of the family", "defector_family"), location=loc,
               tactics=["banishment_threat"]),
    ]
    st.save(Analysis(doc, events))
    yield st
    st.close()


def _export(store, fmt, flt=None):
    buf = io.StringIO()
    n = exporters.get(fmt)(store.event_records(flt), buf)
    return n, buf.getvalue()


def test_jsonl_round_trip_into_a_fresh_store(store, tmp_path):
    n, text = _export(store, "jsonl")
    assert n == 2
    path = tmp_path / "events.jsonl"
    path.write_text(text, encoding="utf-8")
    fresh = Store.open(str(tmp_path / "fresh.db"))
    report = import_events(path, fresh, "jsonl")
    assert (report.imported, report.failed) == (2, 0)
    assert list(fresh.event_records()) == list(store.event_records())
    # the document is not held there: a reference row stands for it
    doc_id = json.loads(text.splitlines()[0])["document_id"]
    assert fresh.document(doc_id)["media_type"] == REFERENCE_MEDIA_TYPE
    # importing again adds nothing
    again = import_events(path, fresh, "jsonl")
    assert (again.imported, again.skipped) == (0, 2)


def test_jsonl_import_reports_bad_lines_by_number(store, tmp_path):
    good = _export(store, "jsonl")[1].splitlines()[0]
    path = tmp_path / "mixed.jsonl"
    path.write_text(good + "\n{not json\n" + json.dumps({"schema": 1}) + "\n", encoding="utf-8")
    fresh = Store.open(str(tmp_path / "fresh.db"))
    report = import_events(path, fresh, "jsonl")
    assert report.imported == 1 and report.failed == 2
    assert [e.origin for e in report.errors] == [f"{path}:2", f"{path}:3"]
    assert "not a schema-1 event record" in report.errors[1].reason


def test_acled_csv_columns_and_mapping(store):
    n, text = _export(store, "acled-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == 2 and len(rows) == 2
    for col in ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1",
                "location", "latitude", "longitude", "geo_precision", "time_precision",
                "source", "source_scale", "notes"):
        assert col in rows[0]
    detain = next(r for r in rows if r["chronicle_type"] == "DETAIN")
    assert (detain["event_type"], detain["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert detain["event_date"] == "2019-03-03" and detain["time_precision"] == "1"
    assert detain["geo_precision"] == "1" and detain["country"] == "North Korea"
    assert detain["inter1"] == "1" and detain["inter2"] == "7" and detain["interaction"] == "17"
    assert detain["fatalities"] == ""  # the text does not say: never guessed
    threat = next(r for r in rows if r["chronicle_type"] == "THREATEN")
    assert threat["event_date"] == "" and threat["time_precision"] == ""


def test_acled_csv_round_trip_keeps_what_acled_can_carry(store, tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(_export(store, "acled-csv")[1], encoding="utf-8")
    fresh = Store.open(str(tmp_path / "fresh.db"))
    report = import_events(path, fresh, "acled-csv")
    assert (report.imported, report.failed) == (2, 0)
    before = {r["type"]: r for r in store.event_records()}
    for rec in fresh.event_records():
        assert validate_record(rec, fresh.document(rec["document_id"])["text"]) == []
        orig = before[rec["type"]]
        assert rec["evidence"]["text"] == orig["evidence"]["text"]
        assert rec["perpetrator"]["actor"] == orig["perpetrator"]["actor"]
        assert rec["location"]["admin1"] == orig["location"]["admin1"]
        assert rec["location"]["lat"] == orig["location"]["lat"]
        assert rec["tactics"] == orig["tactics"]
        assert (rec["time"] or {}).get("start") == (orig["time"] or {}).get("start")


def test_acled_import_refuses_an_ambiguous_type(tmp_path):
    path = tmp_path / "foreign.csv"
    path.write_text("event_date,event_type,sub_event_type,actor1,notes\n"
                    "2020-01-02,Strategic developments,Other,Police Forces of North Korea,Something\n"
                    "2020-01-03,Strategic developments,Arrests,Police Forces of North Korea,Two arrested\n",
                    encoding="utf-8")
    st = Store.open(str(tmp_path / "s.db"))
    report = import_events(path, st, "acled-csv")
    assert report.imported == 1 and report.failed == 1
    assert "maps to no single chronicle type" in report.errors[0].reason
    rec = next(st.event_records())
    assert rec["type"] == "DETAIN" and rec["evidence"]["text"] == "Two arrested"


def test_geojson_is_a_feature_collection_with_points(store):
    n, text = _export(store, "geojson")
    fc = json.loads(text)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n == 2
    feat = fc["features"][0]
    assert feat["geometry"] == {"type": "Point", "coordinates": [129.75, 42.44]}  # lon, lat
    assert validate_record(feat["properties"]) == []


def test_plover_maps_types_and_context(store):
    _n, text = _export(store, "plover")
    events = [json.loads(line) for line in text.splitlines()]
    by_type = {e["chronicle"]["type"]: e for e in events}
    assert by_type["DETAIN"]["event_type"] == "COERCE" and by_type["DETAIN"]["mode"] == "arrest"
    assert by_type["THREATEN"]["event_type"] == "THREATEN"
    assert by_type["DETAIN"]["context"] == ["human_rights", "repression"]
    assert by_type["DETAIN"]["actor"]["code"] == "KP.MSS"
    assert by_type["DETAIN"]["event_loc"]["admin1"] == "North Hamgyong"


def test_uwazi_csv_uses_uwazi_conventions(store):
    _n, text = _export(store, "uwazi-csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    detain = next(r for r in rows if r["event_type"] == "DETAIN")
    assert detain["title"].startswith("Detain: Ministry of State Security, Hoeryong")
    assert detain["date_range"] == "2019/03/03:2019/03/03"
    assert detain["geolocation_geolocation"] == "42.44|129.75"
    threat = next(r for r in rows if r["event_type"] == "THREATEN")
    assert threat["tactics"] == "banishment_threat" and threat["date_range"] == ""


EVENT_FORMATS = [n for n, f in exporters.items() if getattr(f, "reads", "events") == "events"]


def test_filters_apply_to_every_export(store):
    flt = EventFilter(types=["THREATEN"])
    assert {"jsonl", "csv", "acled-csv", "geojson", "plover", "uwazi-csv"} <= set(EVENT_FORMATS)
    for fmt in EVENT_FORMATS:
        n, _text = _export(store, fmt, flt)
        assert n == 1, fmt
    none = EventFilter(review_states=["accepted"])
    assert all(_export(store, fmt, none)[0] == 0 for fmt in EVENT_FORMATS)
