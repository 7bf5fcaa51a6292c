"""The store: migrations, one transaction per document, re-ingest as a no-op,
filters and search."""
from __future__ import annotations

import hashlib

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory

import chronicle.store as store_mod
import chronicle.store.writer as writer_mod
from chronicle.records import (Analysis, Document, Event, Evidence, Extractor, Location,
                               Perpetrator, Source, TimeSpan)
from chronicle.store import EventFilter, Store, StoreError, database_url
from chronicle.store.schema import events, metadata

from conftest import has_module, keyword_pipeline

EN = ("Agents visited the home of a defector's mother in Musan. "
      "They warned her not to speak to foreigners. The weather was cold.")


def doc(text: str = EN, origin: str = "test.txt", **source) -> Document:
    source.setdefault("language", "en")
    return Document(raw=text.encode("utf-8"), text=text, source=Source(**source),
                    origin=origin, media_type="text/plain")


def event(d: Document, phrase: str, type_: str, actor=None, start=None, end=None) -> Event:
    i = d.text.index(phrase)
    return Event(document_id=d.document_id, type=type_,
                 evidence=Evidence(text=phrase, start=i, end=i + len(phrase)),
                 extractor=Extractor("test", "0", "hand"),
                 perpetrator=Perpetrator(text="agents", actor=actor) if actor else None,
                 time=TimeSpan(text="x", start=start, end=end, precision="day") if start else None)


def table_counts(s: Store) -> dict[str, int]:
    with s.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("documents", "events", "ingest_log", "search_index")}


# -- schema ----------------------------------------------------------------
def test_fresh_store_is_at_head(store):
    head = ScriptDirectory.from_config(store_mod._alembic_config()).get_current_head()
    assert head is not None
    assert store.revision() == head


def test_schema_module_matches_migrated_database(store):
    inspector = sa.inspect(store.engine)
    tables = set(inspector.get_table_names())
    for table in metadata.sorted_tables:
        assert table.name in tables, f"{table.name} is in schema.py but no migration creates it"
        migrated = {c["name"] for c in inspector.get_columns(table.name)}
        declared = {c.name for c in table.columns}
        assert migrated == declared, f"{table.name}: schema.py {sorted(declared ^ migrated)} differ"


def test_reopening_keeps_data_and_revision(tmp_path):
    path = str(tmp_path / "c.db")
    s = Store.open(path)
    s.save(keyword_pipeline(doc()))
    rev = s.revision()
    s.close()
    again = Store.open(path)
    assert again.revision() == rev
    assert len(again.documents()) == 1
    again.close()


def test_open_in_missing_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "c.db"))


def test_database_url_from_argument_env_and_default(tmp_path, monkeypatch):
    monkeypatch.delenv("CHRONICLE_DB", raising=False)
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert database_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("CHRONICLE_DB", str(tmp_path / "env.db"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert database_url(str(tmp_path / "a.db")).endswith("/a.db")  # the argument wins
    monkeypatch.delenv("CHRONICLE_DB")
    assert database_url(None).endswith("/chronicle.db")


# -- saving ----------------------------------------------------------------
def test_save_stores_raw_bytes_text_events_and_log(store):
    d = doc(title="Visit in Musan", published="2016-05-04", outlet="Test Wire")
    analysis = keyword_pipeline(d)
    assert [e.type for e in analysis.events] == ["VISIT", "THREATEN"]
    assert store.save(analysis) is True
    row = store.document(d.document_id)
    assert row["raw"] == EN.encode("utf-8")
    assert hashlib.sha256(row["raw"]).hexdigest() == row["document_id"] == d.document_id
    assert row["text"] == EN and row["published"] == "2016-05-04" and row["language"] == "en"
    records = list(store.event_records())
    assert [r["type"] for r in records] == ["VISIT", "THREATEN"]
    for r in records:
        assert r["document_id"] == d.document_id
        assert r["source"]["outlet"] == "Test Wire"
        ev = r["evidence"]
        assert row["text"][ev["start"]:ev["end"]] == ev["text"]
    log = store.ingest_log()
    assert log[0]["outcome"] == "stored" and log[0]["document_id"] == d.document_id
    assert "2 events" in log[0]["message"]


def test_saving_the_same_bytes_again_is_a_no_op(store):
    d = doc()
    assert store.save(keyword_pipeline(d)) is True
    before = table_counts(store)
    again = Document(raw=d.raw, text=d.text, source=Source(language="en"), origin="copy.txt",
                     media_type="text/plain")
    assert store.save(keyword_pipeline(again)) is False
    after = table_counts(store)
    assert after["documents"] == before["documents"] == 1
    assert after["events"] == before["events"] == 2
    assert after["search_index"] == before["search_index"]
    last = store.ingest_log()[0]
    assert (last["outcome"], last["origin"], last["document_id"]) == ("duplicate", "copy.txt", d.document_id)


@pytest.mark.parametrize("where", ["events insert", "search index"])
def test_failure_mid_save_leaves_nothing_half_written(store, monkeypatch, where):
    kept = doc("Police arrested two traders in Hoeryong.", origin="kept.txt")
    store.save(keyword_pipeline(kept))
    before = table_counts(store)

    if where == "events insert":
        real_insert = writer_mod.insert

        def failing_insert(table):
            if table is store_mod.events:
                raise RuntimeError("disk full while inserting events")
            return real_insert(table)
        monkeypatch.setattr(writer_mod, "insert", failing_insert)
    else:  # the search index rows go in after the document, custody and events rows
        monkeypatch.setattr(writer_mod, "_INDEX", sa.text(
            "INSERT INTO no_such_index (kind, ref, document_id, body) VALUES (:kind, :ref, :document_id, :body)"))

    d = doc()
    with pytest.raises(Exception):
        store.save(keyword_pipeline(d))
    assert store.document(d.document_id) is None
    assert not store.has_document(d.document_id)
    assert table_counts(store) == before
    monkeypatch.undo()
    # and the document can be stored once the fault is gone
    assert store.save(keyword_pipeline(d)) is True
    assert store.count_events(EventFilter(document_id=d.document_id)) == 2


def test_deleting_a_document_cascades_to_its_events(store):
    d = doc()
    store.save(keyword_pipeline(d))
    with store.engine.begin() as conn:
        conn.execute(sa.text("DELETE FROM documents WHERE document_id = :d"), {"d": d.document_id})
    assert store.count_events() == 0


# -- listing, filters, review ---------------------------------------------------
@pytest.fixture
def filled(store):
    d = doc()
    evs = [event(d, "Agents visited the home", "VISIT", actor="KP.MSS", start="2016-04-01", end="2016-04-30"),
           event(d, "They warned her", "THREATEN", actor="KP.MSS.anti_espionage", start="2016-05-02", end="2016-05-02"),
           event(d, "not to speak to foreigners", "THREATEN", actor="KP.MSoS")]
    store.save(Analysis(document=d, events=evs))
    return store


def test_filters(filled):
    s = filled
    assert s.count_events() == 3
    assert s.count_events(EventFilter(types=["threaten"])) == 2
    # an actor key matches its sub-units, not other keys that share a prefix string
    assert {r["perpetrator"]["actor"] for r in s.event_records(EventFilter(actor="KP.MSS"))} == {
        "KP.MSS", "KP.MSS.anti_espionage"}
    assert s.count_events(EventFilter(actor="KP.MSoS")) == 1
    assert [r["type"] for r in s.event_records(EventFilter(since="2016-05-01"))] == ["THREATEN"]
    assert [r["type"] for r in s.event_records(EventFilter(until="2016-04-15"))] == ["VISIT"]
    assert dict(s.count_events(by="type")) == {"THREATEN": 2, "VISIT": 1}


def test_facet_counts_over_a_window_are_the_grouped_counts(store):
    """count_events(by=type|admin1) with a time window counts value by value
    (migration 0010); it must equal a plain GROUP BY, the unplaced (None) kept."""
    text = "Agents came. They warned her. Police beat him. Guards took them. Nobody knew."
    d = doc(text)
    spans = [("Agents came", "VISIT", "2016-03-01", "North Hamgyong"),
             ("They warned her", "THREATEN", "2016-03-05", None),
             ("Police beat him", "THREATEN", "2016-12-30", "Ryanggang"),
             ("Guards took them", "DETAIN", "2017-01-02", "North Hamgyong"),
             ("Nobody knew", "VISIT", "2015-12-31", "North Hamgyong")]
    evs = []
    for phrase, type_, start, admin1 in spans:
        ev = event(d, phrase, type_, start=start, end=start)
        if admin1:
            ev.location = Location(text=admin1, name=admin1, admin1=admin1, country="KP",
                                   precision="admin1")
        evs.append(ev)
    store.save(Analysis(document=d, events=evs))
    window = EventFilter(since="2016-01-01", until="2016-12-31")
    assert store.count_events(window, by="type") == [("THREATEN", 2), ("VISIT", 1)]
    assert store.count_events(window, by="admin1") == [("North Hamgyong", 1), ("Ryanggang", 1), (None, 1)]
    with store.engine.connect() as conn:
        for flt in (window, EventFilter(since="2016-03-03"), EventFilter(until="2016-03-01"),
                    EventFilter(since="2016-01-01", types=["visit"])):
            for by in ("type", "admin1"):
                col = events.c[by]
                q = flt.apply(sa.select(col, sa.func.count()).group_by(col))
                assert sorted(store.count_events(flt, by=by), key=str) == sorted(
                    [tuple(r) for r in conn.execute(q)], key=str), (flt, by)


def test_event_records_in_text_order_with_paging(filled):
    starts = [r["evidence"]["start"] for r in filled.event_records()]
    assert starts == sorted(starts)
    page = list(filled.event_records(limit=1, offset=1))
    assert [r["evidence"]["start"] for r in page] == starts[1:2]


def test_review_state(filled):
    first = next(filled.event_records())
    filled.set_review_state(first["event_id"], "accepted")
    assert filled.count_events(EventFilter(review_states=["accepted"])) == 1
    rec = next(filled.event_records(EventFilter(review_states=["accepted"]), with_review=True))
    assert rec["event_id"] == first["event_id"] and rec["review_state"] == "accepted"
    with pytest.raises(StoreError):
        filled.set_review_state("no-such-event", "accepted")


# -- search ----------------------------------------------------------------
def test_search_english_word(store):
    d = doc()
    other = doc("Police arrested two traders in Hoeryong.", origin="other.txt")
    store.save(keyword_pipeline(d))
    store.save(keyword_pipeline(other))
    hits = store.search("warned")
    assert [h["document_id"] for h in hits] == [d.document_id]
    assert "[warned]" in hits[0]["snippet"]
    docs = store.search("Hoeryong", kind="document")
    assert [h["document_id"] for h in docs] == [other.document_id]
    assert store.search("Pyongyang") == []
    # FTS syntax typed by a user is taken as words, not as a query language
    assert store.search('warned" OR "Hoeryong') == []


def test_search_ranks_a_very_common_word_among_its_first_matches(store, monkeypatch):
    import chronicle.store as store_mod

    saved = []
    for i in range(6):
        d = doc(f"Agents warned family number {i} in Hoeryong.", origin=f"w{i}.txt")
        store.save(keyword_pipeline(d))
        saved.append(d.document_id)
    everything = {h["document_id"] for h in store.search("warned", kind="document")}
    assert everything == set(saved)
    monkeypatch.setattr(store_mod, "RANKED_MATCHES", 4)
    # documents and their events share the index: the first four texts stored are the
    # first document's text and events and the one after
    first = {h["document_id"] for h in store.search("warned", kind="document")}
    assert first and first <= set(saved[:2])
    assert store.search("Pyongyang") == []  # no match at all still finds nothing


@pytest.mark.skipif(not has_module("chronicle.korean"),
                    reason="chronicle.korean.morphemes_for_index (Korean search stems) not written yet")
def test_search_korean_stem_finds_word_with_particle(store):
    text = "보위부가 탈북자 가족을 찾아가 전화를 걸라고 강요했다."
    assert "보위부 " not in text and not text.startswith("보위부 ")
    d = doc(text, language="ko")
    store.save(Analysis(document=d, events=[event(d, text, "COERCE")]))
    assert [h["document_id"] for h in store.search("보위부", kind="document")] == [d.document_id]
    assert [h["document_id"] for h in store.search("보위부")] == [d.document_id]
    assert store.search("안전부", kind="document") == []
