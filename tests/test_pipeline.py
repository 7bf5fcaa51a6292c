"""The pipeline: named stages in order, batch processing equal to one-by-one."""
from __future__ import annotations

from importlib import resources

from chronicle.ingest import iter_items
from chronicle.pipeline import DEFAULT_STAGES, Pipeline
from chronicle.records import Document, Evidence, Event, Extractor, Source
from chronicle.registry import extractors


def demo_documents():
    with resources.as_file(resources.files("chronicle.demo").joinpath("corpus")) as path:
        return [d for d in iter_items([path]) if isinstance(d, Document)]


def test_default_stages_run_in_order():
    p = Pipeline()
    assert p.names == DEFAULT_STAGES == ("extract", "genre", "dedupe", "fields", "locate", "jurisdiction", "date")


def test_pipe_in_batches_equals_one_by_one():
    docs = demo_documents()
    assert len(docs) >= 20 and {d.source.language for d in docs} >= {"en", "ko"}
    p = Pipeline()
    one = [[e.to_record(d.source) for e in p(d).events] for d in docs]
    batched = [[e.to_record(a.document.source) for e in a.events] for a in p.pipe(docs, batch_size=7)]
    assert batched == one
    assert sum(map(len, one)) > 30


def test_an_extractor_with_extract_many_gets_the_batch_at_once():
    calls = []

    def extract(doc):
        return [Event(document_id=doc.document_id, type="VISIT", evidence=Evidence(doc.text[:4], 0, 4),
                      extractor=Extractor("test", "1", "single"))]

    def extract_many(docs):
        calls.append(len(docs))
        return [extract(d) for d in docs]

    extract.extract_many = extract_many
    extractors.register("xx")(extract)
    try:
        docs = [Document(raw=f"text {i}".encode(), text=f"text {i} here", origin="t",
                         media_type="text/plain", source=Source(language="xx")) for i in range(5)]
        out = list(Pipeline(["extract", "dedupe"]).pipe(docs, batch_size=2))
        assert calls == [2, 2, 1]
        assert [len(a.events) for a in out] == [1] * 5
    finally:
        extractors._items.pop("xx", None)


def _doc(text: str, lang: str = "en", title: str = "") -> Document:
    return Document(raw=text.encode(), text=text, origin="test", media_type="text/plain",
                    source=Source(title=title or None, language=lang))


def test_a_review_of_a_novel_tells_no_act_of_a_state():
    review = _doc("Review: a first novel follows two sisters through a prison camp\n\n"
                  "The novelist sets her story in an invented camp in the 1990s. Its narrator, a "
                  "teacher, is arrested by security agents and beaten during interrogation.\n\n"
                  "The later chapters are weaker, and the reader may tire of the plot.")
    a = Pipeline()(review)
    assert a.events == [] and a.notes["genre"].startswith("fiction")


def test_a_report_that_mentions_a_drama_is_no_fiction():
    report = _doc("Three students arrested for sharing a South Korean drama\n\n"
                  "Security agents arrested three students in Hyesan last week for sharing a South "
                  "Korean TV drama on a memory stick, a source said.")
    a = Pipeline()(report)
    assert [e.type for e in a.events] == ["DETAIN"] and "genre" not in a.notes


def test_a_film_the_norths_own_studio_made_is_its_propaganda_not_fiction():
    # A drama with a heroine and a plot, but made by the state's studio and aired by its
    # television: the workers made to watch it and the officers noting who walked out act.
    report = _doc("State drama about a returned defector shown in factories\n\n"
                  "A feature film made by the Korean Film Studio and aired on Korean Central Television "
                  "tells of a fictional heroine who leaves for China and comes home.\n\n"
                  "Its plot follows her through the South; the characters are thinly drawn.\n\n"
                  "Security officers sat at the back of every screening in Hamhung and took down the names "
                  "of workers who walked out early, a source said.")
    a = Pipeline()(report)
    assert "SURVEIL" in [e.type for e in a.events] and "genre" not in a.notes


def test_a_korean_book_review_tells_no_act():
    review = _doc("[서평] 장편소설 '눈 속의 마을'\n\n소설은 가상의 수용소를 무대로 한다. 주인공은 보위원들에게 "
                  "끌려가 조사를 받는다.\n\n작가는 마지막 장면을 서두른다. 392쪽.", lang="ko")
    assert Pipeline()(review).events == []
