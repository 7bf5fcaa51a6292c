"""A batch run: read every input, run the pipeline, store the documents a few
dozen to a transaction (``Store.save_many``). Stopping a batch midway loses
nothing: stored documents are complete, and running the same batch again skips
them (same bytes, same id) and finishes the rest."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from .duplicates import NearDuplicateIndex, signature, to_bytes
from .ingest import IngestError, iter_items
from .pipeline import ANALYSIS_ERROR, Pipeline
from .records import Analysis, Document
from .store import Store


@dataclass
class BatchReport:
    stored: int = 0
    skipped: int = 0  # already in the store
    near_duplicates: int = 0  # stored and linked to the original, not extracted again
    failed: int = 0
    events: int = 0
    errors: list[IngestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


BATCH_SIZE = 32  # documents analysed together (one parser call for their trigger sentences)


def run_batch(paths: Iterable[Union[str, Path]], store: Store, *,
              pipeline: Optional[Pipeline] = None,
              on_item: Optional[Callable[[Union[Document, IngestError], str], None]] = None,
              batch_size: int = BATCH_SIZE) -> BatchReport:
    pipeline = pipeline or Pipeline()
    copies = NearDuplicateIndex.from_store(store)
    report = BatchReport()
    # Documents waiting for analysis: (document, signature, near-duplicate hit).
    pending: list[tuple[Document, object, Optional[tuple[str, float]]]] = []

    def done(item, outcome: str) -> None:
        if on_item:
            on_item(item, outcome)

    def flush() -> None:
        fresh = [doc for doc, _mh, hit in pending if not hit]
        # A Pipeline analyses the batch together; any other callable, one by one.
        pipe = getattr(pipeline, "pipe", None)
        analyses = iter(pipe(fresh, batch_size=max(1, len(fresh))) if pipe else map(pipeline, fresh))
        ready, kept = [], []
        for doc, mh, hit in pending:
            if hit:
                analysis = Analysis(doc, [], notes={"duplicate_of": hit[0],
                                                    "near_duplicate_score": round(hit[1], 3)})
            else:
                analysis = next(analyses)
            if ANALYSIS_ERROR in analysis.notes:  # not stored: a rerun after a fix analyses it again
                fail(IngestError(doc.origin, analysis.notes[ANALYSIS_ERROR]))
                continue
            if mh is not None:
                analysis.notes["minhash"] = to_bytes(mh)
            ready.append(analysis)
            kept.append((doc, mh, hit))
        # One transaction for the batch (see Store.save_many): a run killed midway
        # loses at most this batch, which the next run analyses again.
        for (doc, _mh, hit), analysis, stored in zip(kept, ready, store.save_many(ready)):
            if stored:
                report.near_duplicates += bool(hit)
                report.stored += 1
                report.events += len(analysis.events)
                done(doc, "stored")
            else:  # stored meanwhile by another process
                report.skipped += 1
                done(doc, "skipped")
        pending.clear()

    def fail(item: IngestError) -> None:
        report.failed += 1
        report.errors.append(item)
        store.log_error(item.origin, item.reason)
        done(item, "error")

    for item in iter_items(paths):
        if isinstance(item, IngestError):
            fail(item)
        elif store.has_document(item.document_id) or any(d.document_id == item.document_id
                                                          for d, _m, _h in pending):
            store.log_duplicate(item.origin, item.document_id)
            report.skipped += 1
            done(item, "skipped")
        else:
            mh = signature(item.text)
            hit = copies.match(mh)
            if not hit and mh is not None:
                copies.add(item.document_id, mh)  # a copy later in this batch links to it
            pending.append((item, mh, hit))
            if len(pending) >= batch_size:
                flush()
    flush()
    if report.stored:
        from .incidents import group

        group(store)  # incremental: only the new events are placed
    return report
