"""The jurisdiction stage: "the police" act where the act took place."""
from __future__ import annotations

from chronicle.pipeline import Pipeline
from chronicle.records import Document, Source


def events(text: str, lang: str = "en"):
    doc = Document(text.encode(), text, Source(language=lang, published="2026-05-01"), "test", "text/plain")
    return Pipeline()(doc).events


def test_the_police_at_a_place_in_china_are_chinas():
    # the report names the North's police first; the arrest itself is placed outside Wangqing
    evs = events("I was born in Hoeryong, North Korea, where the police watched our family for years.\n\n"
                 "In 2019 I crossed the river and worked on a farm outside Wangqing. In early March 2021 the "
                 "township police came to the farm and took her away.")
    held = [e for e in evs if e.type == "DETAIN"]
    assert len(held) == 1, evs
    assert held[0].location is not None and held[0].location.country == "CN", held[0].location
    assert held[0].perpetrator.actor == "CN.police", held[0]
    assert held[0].extractor.fields.get("perpetrator") == "jurisdiction.police_of_the_place", held[0].extractor


def test_the_police_at_a_place_in_the_north_stay_the_norths():
    evs = events("In March the police came to the house in Hoeryong, North Korea, and took her away.")
    held = [e for e in evs if e.type == "DETAIN"]
    assert len(held) == 1 and held[0].perpetrator.actor == "KP.MSoS", evs
    assert held[0].extractor.fields.get("perpetrator") != "jurisdiction.police_of_the_place"


def test_the_norths_police_named_as_such_keep_their_name_in_china():
    evs = events("In Dandong, China, officers of the North Korean Ministry of Social Security seized a waitress "
                 "who had fled the restaurant.")
    assert all(e.perpetrator is None or e.perpetrator.actor != "CN.police" for e in evs), evs


def test_a_local_police_organ_at_a_place_in_the_north_is_the_norths():
    # China's police named first; the ban itself is told of a North Korean province's police at Tongchon
    evs = events("Chinese police in Dandong detained two North Korean traders in April.\n\n"
                 "Since late last year the Kangwon provincial police have banned private boats from leaving "
                 "the harbour at Tongchon after dark.")
    banned = [e for e in evs if e.type == "RESTRICT"]
    assert len(banned) == 1, evs
    assert banned[0].location is not None and banned[0].location.country == "KP", banned[0].location
    assert banned[0].perpetrator.actor == "KP.MSoS", banned[0]
    held = [e for e in evs if e.type == "DETAIN"]
    assert held and all(e.perpetrator.actor == "CN.police" for e in held), held


def test_custody_in_an_organs_cells_is_kept_by_that_organ():
    from chronicle.extraction.jurisdiction import custody_of_its_keeper
    from chronicle.records import Event, Evidence, Extractor, Perpetrator

    def detain(passage, perp):
        return Event(document_id="d", type="DETAIN", evidence=Evidence(passage, 0, len(passage)),
                     extractor=Extractor("rules", "1", "t"), perpetrator=perp)
    carried = detain("그는 회령시 보위부 구류장에서 석 달 동안 구금됐다", Perpetrator("그", "CN.police"))
    unnamed = detain("온성군 안전부 집결소에 수용돼 조사를 받았다", None)
    named = detain("검열단에 붙잡혀 도 안전국 구류장에 갇혔다", Perpetrator("검열단", "KP.gov"))
    chinese = detain("중국 공안에 붙잡혀 보위부 구류장으로 넘겨졌다", Perpetrator("중국 공안", "CN.police"))
    english = detain("she was held in the MSS holding centre for a month", Perpetrator("they", "CN.police"))
    custody_of_its_keeper([carried, unnamed, named, chinese, english])
    assert carried.perpetrator.actor == "KP.MSS" and unnamed.perpetrator.actor == "KP.MSoS"
    assert named.perpetrator.actor == "KP.gov" and chinese.perpetrator.actor == "CN.police"
    assert english.perpetrator.actor == "KP.MSS"
    assert carried.extractor.fields["perpetrator"] == "jurisdiction.custody_of_its_keeper"
