"""The same store on SQLite and PostgreSQL: migrations, idempotent saves,
filters, facet counts, review states, imports and full-text search (English
words stemmed on PostgreSQL, Korean by stem on both). PostgreSQL tests skip,
saying why, where the server binaries or the driver are missing."""
from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

import chronicle.store as store_mod
from chronicle.records import (Analysis, Document, Event, Evidence, Extractor, Location,
                               Perpetrator, Source, TimeSpan)
from chronicle.store import EventFilter, Store
from chronicle.store.schema import metadata

from conftest import alembic, keyword_pipeline
from conftest_pg import fresh_database, pg_server  # noqa: F401  (fixture)

EN = ("Agents visited the home of a defector's mother in Musan. "
      "They warned her not to speak to foreigners. Police arrested two brokers in Hyesan.")
KO = "보위부가 지난달 회령에서 탈북자 가족을 찾아가 협박했다. 날씨는 추웠다."


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store.open(str(tmp_path / "test.db"))
    else:
        s = Store.open(fresh_database(request.getfixturevalue("pg_server")))
    yield s
    s.close()


def doc(text: str, language: str = "en", **source) -> Document:
    return Document(raw=text.encode("utf-8"), text=text, source=Source(language=language, **source),
                    origin="test.txt", media_type="text/plain")


def placed(d: Document, phrase: str, type_: str, admin1: str, start: str, actor: str) -> Event:
    i = d.text.index(phrase)
    return Event(document_id=d.document_id, type=type_,
                 evidence=Evidence(text=phrase, start=i, end=i + len(phrase)),
                 extractor=Extractor("test", "0", "hand"),
                 perpetrator=Perpetrator(text="x", actor=actor),
                 location=Location(text=admin1, name=admin1, admin1=admin1, country="KP",
                                   precision="admin1"),
                 time=TimeSpan(text="x", start=start, end=start, precision="day"))


def test_migrated_to_head_with_the_declared_columns(store):
    head = ScriptDirectory.from_config(store_mod._alembic_config()).get_current_head()
    assert store.revision() == head
    inspector = sa.inspect(store.engine)
    for table in metadata.sorted_tables:
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        assert migrated == {c.name for c in table.columns}, table.name


def test_postgresql_has_the_search_indexes(store):
    if store.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only")
    with store.engine.connect() as conn:
        idx = dict(conn.execute(sa.text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_index'")).all())
    assert "gin (tsv)" in idx["ix_search_tsv"]
    assert "gin_trgm_ops" in idx["ix_search_trgm"]


def test_save_is_idempotent_by_document_id(store):
    d = doc(EN)
    assert store.save(keyword_pipeline(d)) is True
    assert store.save(keyword_pipeline(doc(EN))) is False
    assert store.has_document(d.document_id)
    assert store.document(d.document_id)["raw"] == EN.encode("utf-8")
    assert store.count_events() == 3
    assert [r["outcome"] for r in store.ingest_log()] == ["duplicate", "stored"]


def test_a_batch_is_saved_in_one_go_and_its_originals_found(store):
    """The batched writer (store/writer.py) on both engines: a copy within the
    batch is logged as one, the custody chain holds, and the band rows of the
    originals answer the near-duplicate check (the worker's bytes as sent)."""
    from chronicle import audit
    from chronicle.duplicates import NearDuplicateIndex, signature, to_bytes

    texts = [f"Report {n}: agents of the security ministry visited the families of three defectors "
             f"in Musan county and warned them that any contact with relatives abroad would be "
             f"punished; a broker in Hyesan was arrested the same week, residents said ({n})."
             for n in ("one", "two")]
    analyses = []
    for text in texts + [texts[0]]:
        a = keyword_pipeline(doc(text))
        a.notes["minhash"] = to_bytes(signature(text))
        analyses.append(a)
    assert store.save_many(analyses) == [True, True, False]
    assert [r["outcome"] for r in store.ingest_log()] == ["duplicate", "stored", "stored"]
    assert audit.verify(store.engine) is None
    assert len(audit.entries(store.engine)) == 2
    edited = texts[1].replace("(two)", "(two, updated)")
    hit = NearDuplicateIndex.from_store(store).match(to_bytes(signature(edited)))
    assert hit and hit[0] == analyses[1].document.document_id and hit[1] >= 0.7


def test_filters_facets_and_review(store):
    d = doc(EN)
    evs = [placed(d, "Agents visited the home", "VISIT", "North Hamgyong", "2014-03-01", "KP.MSS"),
           placed(d, "They warned her", "THREATEN", "North Hamgyong", "2014-05-01", "KP.MSS.local"),
           placed(d, "Police arrested two brokers", "DETAIN", "Ryanggang", "2015-01-10", "KP.MSoS")]
    store.save(Analysis(d, evs))
    ids = lambda flt: [r["event_id"] for r in store.event_records(flt)]  # noqa: E731
    assert ids(EventFilter(types=["visit"])) == [evs[0].event_id]
    assert ids(EventFilter(actor="KP.MSS")) == [evs[0].event_id, evs[1].event_id]
    assert ids(EventFilter(admin1="ryanggang")) == [evs[2].event_id]
    assert ids(EventFilter(since="2014-04-01", until="2014-12-31")) == [evs[1].event_id]
    assert store.count_events(by="admin1") == [("North Hamgyong", 2), ("Ryanggang", 1)]
    store.set_review_state(evs[2].event_id, "accepted")
    assert ids(EventFilter(review_states=["accepted"])) == [evs[2].event_id]


def test_import_record_once(store):
    d = doc(EN)
    rec = placed(d, "They warned her", "THREATEN", "North Hamgyong", "2014-05-01", "KP.MSS").to_record(d.source)
    assert store.import_record(rec, "elsewhere.jsonl") is True
    assert store.import_record(rec, "elsewhere.jsonl") is False
    assert [r["event_id"] for r in store.event_records()] == [rec["event_id"]]
    assert [h["ref"] for h in store.search("warned")] == [rec["event_id"]]


def test_search_english(store):
    d, other = doc(EN), doc("Market prices in Hoeryong stayed the same. Nobody was warned.")
    store.save(keyword_pipeline(d))
    store.save(keyword_pipeline(other))
    hits = store.search("arrested brokers")
    assert [h["document_id"] for h in hits] == [d.document_id]
    assert "[" in hits[0]["snippet"] and "]" in hits[0]["snippet"]
    assert {h["document_id"] for h in store.search("warned")} == {d.document_id, other.document_id}
    assert [h["document_id"] for h in store.search("Hoeryong", kind="document")] == [other.document_id]
    assert store.search("Pyongyang") == []
    assert store.search('warned" OR "Hoeryong') == []  # operators are words, not syntax
    assert store.search("100%_") == []


def test_search_english_stems_on_postgresql(store):
    if store.engine.dialect.name != "postgresql":
        pytest.skip("FTS5 on SQLite matches whole words; the tsvector stems them")
    d = doc(EN)
    store.save(keyword_pipeline(d))
    assert [h["document_id"] for h in store.search("arrests", kind="document")] == [d.document_id]


def test_search_korean_by_stem(store):
    d = doc(KO, language="ko")
    store.save(Analysis(d, [Event(document_id=d.document_id, type="THREATEN",
                                  evidence=Evidence(text=KO.split(". ")[0], start=0,
                                                    end=len(KO.split(". ")[0])),
                                  extractor=Extractor("test", "0", "hand"))]))
    assert [h["document_id"] for h in store.search("보위부는", kind="document")] == [d.document_id]
    hits = store.search("보위부")
    assert [h["document_id"] for h in hits] == [d.document_id]
    assert "[보위부]" in hits[0]["snippet"]
    assert store.search("안전부", kind="document") == []
    assert [h["document_id"] for h in store.search("회령 협박", kind="document")] == [d.document_id]


def _timed(d: Document, phrase: str, start, end) -> Event:
    ev = placed(d, phrase, "VISIT", "North Hamgyong", "2016-01-01", "KP.MSS")
    ev.time = TimeSpan(text="x", start=start, end=end, precision="day")
    return ev


def test_time_window_finds_long_and_odd_spans(store):
    # The window bounds time_start from below by the longest stored span
    # (migration 0009): an event that began years before the window but
    # reaches into it, and one whose start is not an ISO day, still count.
    d = doc(EN)
    long_ = _timed(d, "Agents visited the home", "2010-01-01", "2016-03-01")
    short = _timed(d, "They warned her", "2016-02-01", "2016-02-01")
    before = _timed(d, "Police arrested two brokers", "2015-06-01", "2015-12-31")
    store.save(Analysis(d, [long_, short, before]))
    window = EventFilter(since="2016-01-01", until="2016-12-31")
    assert {r["event_id"] for r in store.event_records(window)} == {long_.event_id, short.event_id}
    assert store.count_events(window) == 2
    assert store.count_events(window, by="type") == [("VISIT", 2)]

    d2 = doc(KO, language="ko")
    odd = _timed(d2, "탈북자 가족을", "2016", None)  # a bare year: no span can be read
    store.save(Analysis(d2, [odd]))
    found = {r["event_id"] for r in store.event_records(EventFilter(since="2016", until="2016-12-31"))}
    assert found == {long_.event_id, short.event_id, odd.event_id}
    with store.engine.connect() as conn:
        spans = dict(conn.execute(sa.text("SELECT event_id, time_span FROM events")).all())
    assert spans[long_.event_id] == 2251 and spans[short.event_id] == 0
    assert spans[odd.event_id] == store_mod.UNKNOWN_SPAN


def test_migration_0009_backfills_an_existing_store(store):
    d = doc(EN)
    evs = [_timed(d, "Agents visited the home", "2014-03-01", "2014-04-01"),
           _timed(d, "They warned her", "2014-05-01", None)]
    store.save(Analysis(d, evs))
    alembic(store, "downgrade", "0008")
    assert store.revision() == "0008"
    store.migrate()
    with store.engine.connect() as conn:
        spans = dict(conn.execute(sa.text("SELECT event_id, time_span FROM events")).all())
    assert spans == {evs[0].event_id: 31, evs[1].event_id: 0}
    assert [r["event_id"] for r in store.event_records(EventFilter(admin1="NORTH HAMGYONG",
                                                                   since="2014-04-01"))] == [
        evs[0].event_id, evs[1].event_id]


def test_incident_grouping_streams_on_both_stores(store, monkeypatch):
    """Grouping pages new events by time and reloads stored incidents by window:
    the same queries must hold on both engines, dated and undated alike."""
    from chronicle import incidents

    monkeypatch.setattr(incidents, "SWEEP_CHUNK", 2)
    ids = []
    for n, (outlet, published, start) in enumerate([("A", "2019-04-02", "2019-03-10"),
                                                    ("B", "2019-04-04", "2019-03-10"),
                                                    ("A", "2019-09-02", "2019-08-10"),
                                                    ("B", "2019-09-05", "2019-08-10"),
                                                    ("A", "2020-02-02", None),
                                                    ("B", "2020-02-09", None)]):
        d = doc(f"Agents visited the families of defectors in Musan ({n}).", outlet=outlet,
                published=published)
        ev = placed(d, "Agents visited the families of defectors in Musan", "VISIT",
                    "North Hamgyong", start or "2000-01-01", "KP.MSS")
        if start is None:
            ev.time = None
        store.save(Analysis(d, [ev]))
        ids.append(ev.event_id)
        if n == 2:  # a second run must find the first run's incidents
            incidents.group(store)
    incidents.group(store)
    groups = sorted(sorted(inc["members"]) for inc in incidents.incident_records(store))
    assert groups == sorted(sorted(ids[i:i + 2]) for i in (0, 2, 4))


def test_a_common_word_is_ranked_among_its_first_matches(store, monkeypatch):
    """Past RANKED_MATCHES matches, search ranks a bounded set (finding and scoring
    every match of a common word over 1M events takes most of a second)."""
    saved = []
    for i in range(6):
        d = doc(f"Agents warned the family of defector number {i} in Musan.")
        store.save(Analysis(d, []))
        saved.append(d.document_id)
    assert {h["document_id"] for h in store.search("warned", kind="document")} == set(saved)
    monkeypatch.setattr(store_mod, "RANKED_MATCHES", 3)
    bounded = [h["document_id"] for h in store.search("warned", kind="document")]
    assert 1 <= len(bounded) <= 3 and set(bounded) <= set(saved)
