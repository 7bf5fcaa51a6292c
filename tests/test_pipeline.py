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
    assert p.names == DEFAULT_STAGES == ("extract", "dedupe", "locate", "date")


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
