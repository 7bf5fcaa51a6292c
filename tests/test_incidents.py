"""Incidents: the same act across reports is grouped, look-alikes stay apart,
analysts' decisions stick, and near-duplicate documents are not extracted twice."""
from __future__ import annotations

import json

import pytest

from chronicle.batch import run_batch
from chronicle.duplicates import NearDuplicateIndex, signature
from chronicle.incidents import decide, group, incident_records, pair_score, Member
from chronicle.ingest import document_from_record
from chronicle.records import (Analysis, Attribution, Event, Evidence, Extractor, Location,
                               Perpetrator, Target, TimeSpan)
from chronicle.store import Store

HOERYONG = dict(name="Hoeryong", admin1="North Hamgyong", country="KP", lat=42.44, lon=129.75,
                precision="county", gazetteer_id="kp:hoeryong")
MUSAN = dict(name="Musan", admin1="North Hamgyong", country="KP", lat=42.23, lon=129.2,
             precision="county", gazetteer_id="kp:musan")
HYESAN = dict(name="Hyesan", admin1="Ryanggang", country="KP", lat=41.4, lon=128.18,
              precision="county", gazetteer_id="kp:hyesan")
NH = dict(name="North Hamgyong", admin1="North Hamgyong", country="KP", lat=41.8, lon=129.4,
          precision="admin1", gazetteer_id="kp:nh")


def report(store, text, *, outlet, published, language="en", etype="VISIT", actor="KP.MSS",
           place=HOERYONG, time=("2019-03-01", "2019-03-31"), target="defector_family",
           attribution=("a source in the province", "anonymous_source"), tactics=("home_visit",)):
    doc = document_from_record({"url": f"https://example.org/{outlet}/{published}/{len(text)}",
                                "outlet": outlet, "published": published, "language": language,
                                "text": text}, origin="test")
    ev = Event(document_id=doc.document_id, type=etype, evidence=Evidence(text, 0, len(text)),
               extractor=Extractor("test", "1", "hand"),
               perpetrator=Perpetrator("agents", actor, None) if actor else None,
               target=Target("family", target) if target else None,
               location=Location(text=place["name"], **place) if place else None,
               time=TimeSpan("in March", time[0], time[1], "month") if time else None,
               attribution=Attribution(*attribution) if attribution else None,
               tactics=list(tactics))
    store.save(Analysis(doc, [ev]))
    return ev.event_id


@pytest.fixture()
def store(tmp_path):
    st = Store.open(str(tmp_path / "inc.db"))
    yield st
    st.close()


def _incident_of(store, event_id):
    for inc in incident_records(store):
        if event_id in inc["members"]:
            return inc
    raise AssertionError(f"{event_id} in no incident")


def test_same_act_in_three_outlets_and_two_languages_is_one_incident(store):
    a = report(store, "State security agents visited the homes of defectors' families in Hoeryong "
                      "in March, a source said.", outlet="Outlet A", published="2019-04-02")
    b = report(store, "In March, agents of the State Security Department went to the homes of "
                      "families of defectors in Hoeryong, according to a resident.",
               outlet="Outlet B", published="2019-04-05")
    c = report(store, "회령시 보위부원들이 지난달 탈북자 가족의 집을 찾아갔다고 소식통이 전했다.",
               outlet="Outlet K", published="2019-04-03", language="ko",
               time=("2019-03-01", "2019-03-31"))
    group(store)
    inc = _incident_of(store, a)
    assert set(inc["members"]) == {a, b, c}
    assert inc["documents"] == 3 and inc["outlets"] == 3
    assert inc["earliest_report"] == "2019-04-02"
    assert inc["place"]["name"] == "Hoeryong"
    # every grouping states why
    joined = [r for r in inc["reasons"] if r["with"]]
    assert len(joined) == 2 and all(r["score"] >= 0.62 and "place" in r["fields"] for r in joined)


def test_look_alikes_stay_apart(store):
    base = report(store, "Agents visited the families of defectors in Hoeryong in March.",
                  outlet="A", published="2019-04-02")
    other_month = report(store, "Agents visited the families of defectors in Hoeryong in July.",
                         outlet="B", published="2019-08-02", time=("2019-07-01", "2019-07-31"))
    other_province = report(store, "Agents visited the families of defectors in Hyesan in March.",
                            outlet="C", published="2019-04-02", place=HYESAN)
    other_town = report(store, "Agents visited the families of defectors in Musan in March.",
                        outlet="D", published="2019-04-02", place=MUSAN)
    other_actor = report(store, "Police visited the families of defectors in Hoeryong in March.",
                         outlet="E", published="2019-04-03", actor="KP.MSoS")
    group(store)
    ids = {_incident_of(store, e)["incident_id"] for e in (base, other_month, other_province,
                                                             other_town, other_actor)}
    assert len(ids) == 5


def test_a_province_level_report_joins_the_county_level_one(store):
    a = report(store, "Agents visited the families of defectors in Hoeryong in March.",
               outlet="A", published="2019-04-02")
    b = report(store, "Security officials called on defectors' relatives across North Hamgyong "
                      "Province in March.", outlet="B", published="2019-04-09", place=NH)
    group(store)
    inc = _incident_of(store, a)
    assert b in inc["members"]
    assert inc["place"]["precision"] == "county"  # the most precise place wins


def test_grouping_is_incremental_and_decisions_stick(store):
    a = report(store, "Agents visited the families of defectors in Hoeryong in March.",
               outlet="A", published="2019-04-02")
    first = group(store)
    assert first.placed == 1
    b = report(store, "In March agents went to defectors' family homes in Hoeryong.",
               outlet="B", published="2019-04-04")
    second = group(store)
    assert second.placed == 1  # only the new event is placed
    assert _incident_of(store, a)["incident_id"] == _incident_of(store, b)["incident_id"]
    decide(store, a, b, "different", note="two separate visits per the outlets' sources")
    assert _incident_of(store, a)["incident_id"] != _incident_of(store, b)["incident_id"]
    group(store, rebuild=True)
    assert _incident_of(store, a)["incident_id"] != _incident_of(store, b)["incident_id"]
    decide(store, a, b, "same")
    group(store, rebuild=True)
    assert _incident_of(store, a)["incident_id"] == _incident_of(store, b)["incident_id"]


def _visits_over_years(store, outlet, day):
    """A visit every third month for six years (months apart: separate acts), each
    told by this outlet."""
    ids = []
    for i in range(0, 72, 3):
        y, mo = 2018 + i // 12, i % 12 + 1
        start = f"{y}-{mo:02d}-01"
        end = f"{y}-{mo:02d}-28"
        ids.append(report(store, f"Agents visited the families of defectors in Hoeryong in month {i}.",
                          outlet=outlet, published=f"{y}-{mo:02d}-{day}", time=(start, end)))
    return ids


def _partition(store):
    return sorted(sorted(inc["members"]) for inc in incident_records(store))


def test_grouping_streams_in_time_order_and_holds_only_the_window(store, monkeypatch):
    from chronicle import incidents as mod

    a = _visits_over_years(store, "A", "28")
    b = _visits_over_years(store, "B", "27")
    monkeypatch.setattr(mod, "SWEEP_CHUNK", 4)
    rep = group(store)
    assert rep.placed == 48
    streamed = _partition(store)
    # each month's two tellings are one incident; months apart are not
    assert streamed == sorted(sorted([x, y]) for x, y in zip(a, b))
    # 48 events over six years, yet only the incidents within reach of the next chunk were held
    assert rep.held_peak < 10
    # the same partition as placing everything in one chunk
    monkeypatch.setattr(mod, "SWEEP_CHUNK", 1000)
    group(store, rebuild=True)
    assert _partition(store) == streamed


def test_a_later_run_finds_the_stored_incidents_of_every_window(store, monkeypatch):
    from chronicle import incidents as mod

    monkeypatch.setattr(mod, "SWEEP_CHUNK", 3)
    a = _visits_over_years(store, "A", "28")
    group(store)
    b = _visits_over_years(store, "B", "27")
    rep = group(store)
    assert rep.placed == 24 and rep.held_peak < 10
    assert _partition(store) == sorted(sorted([x, y]) for x, y in zip(a, b))


def test_undated_tellings_group_only_when_published_close_together(store):
    text = "Agents visited the families of defectors in Hoeryong, a source said."
    a = report(store, text, outlet="A", published="2019-04-02", time=None)
    b = report(store, text + " ", outlet="B", published="2019-04-20", time=None)
    c = report(store, text + "  ", outlet="C", published="2019-11-20", time=None)
    group(store)
    assert _incident_of(store, a)["incident_id"] == _incident_of(store, b)["incident_id"]
    assert _incident_of(store, c)["incident_id"] != _incident_of(store, a)["incident_id"]


def test_an_undated_telling_joins_the_dated_incident_reported_near_its_time(store):
    dated = report(store, "Agents visited the families of defectors in Hoeryong in March.",
                   outlet="A", published="2019-04-02")
    near = report(store, "Agents have visited defectors' families in Hoeryong, a source said.",
                  outlet="B", published="2019-04-06", time=None)
    late = report(store, "Agents visited defectors' families in Hoeryong, a resident said.",
                  outlet="C", published="2019-10-06", time=None)
    group(store)
    assert near in _incident_of(store, dated)["members"]
    assert late not in _incident_of(store, dated)["members"]


def test_a_dated_report_stored_later_joins_the_undated_telling_stored_first(store):
    undated = report(store, "Agents have visited defectors' families in Hoeryong, a source said.",
                     outlet="B", published="2019-04-06", time=None)
    group(store)
    dated = report(store, "Agents visited the families of defectors in Hoeryong in March.",
                   outlet="A", published="2019-04-02")
    group(store)
    assert dated in _incident_of(store, undated)["members"]


def test_incident_id_is_exported_per_event(store):
    a = report(store, "Agents visited the families of defectors in Hoeryong in March.",
               outlet="A", published="2019-04-02")
    group(store)
    rec = next(store.event_records())
    assert rec["event_id"] == a and rec["incident_id"] == _incident_of(store, a)["incident_id"]


def test_pair_score_rules_out_the_same_document():
    rec = {"event_id": "e1", "document_id": "d", "type": "VISIT", "evidence": {"text": "x"},
           "location": None, "time": None, "perpetrator": None, "target": None, "source": {}}
    assert pair_score(Member.from_record(rec), Member.from_record(dict(rec, event_id="e2"))) is None


ARTICLE = ("Security agents in Onsong County have summoned the parents of at least four young "
           "people who crossed into China this spring, a resident of the county told our "
           "correspondent on Tuesday. The parents were questioned for two days about phone calls "
           "with their children and were told to persuade them to come back, the resident said. "
           "Those who refused were warned that their family could be moved to a remote farm.")


def test_signature_finds_a_syndicated_copy_with_another_header():
    orig = signature(ARTICLE)
    copy = signature("REPUBLISHED WITH PERMISSION. " + ARTICLE + " Copyright the original outlet.")
    unrelated = signature("Rice prices in the markets of Hyesan fell slightly this week as the "
                          "spring harvest of potatoes reached traders, and bus fares to Pyongyang "
                          "stayed the same while fuel was scarce at the filling stations in town, "
                          "according to merchants who trade in the city every market day.")
    index = NearDuplicateIndex()
    index.add("orig", orig)
    assert index.match(copy)[0] == "orig"
    assert index.match(unrelated) is None


def test_a_near_duplicate_is_stored_linked_and_not_extracted_twice(tmp_path):
    st = Store.open(str(tmp_path / "dup.db"))
    path = tmp_path / "batch.jsonl"
    lines = [{"url": "https://a.example/1", "outlet": "Outlet A", "published": "2019-05-02",
              "language": "en", "text": ARTICLE},
             {"url": "https://b.example/9", "outlet": "Outlet B", "published": "2019-05-03",
              "language": "en", "text": "Reposted from Outlet A.\n\n" + ARTICLE}]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    report_ = run_batch([path], st)
    assert report_.stored == 2 and report_.near_duplicates == 1
    docs = {d["url"]: d for d in st.documents()}
    assert docs["https://b.example/9"]["duplicate_of"] == docs["https://a.example/1"]["document_id"]
    copy_id = docs["https://b.example/9"]["document_id"]
    assert all(rec["document_id"] != copy_id for rec in st.event_records())
