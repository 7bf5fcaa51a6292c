"""A batch run: read every input, run the pipeline, store each document in its
own transaction. Stopping a batch midway loses nothing: stored documents are
complete, and running the same batch again skips them (same bytes, same id)
and finishes the rest."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from .duplicates import NearDuplicateIndex, signature, to_bytes
from .ingest import IngestError, iter_items
from .pipeline import Pipeline
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


def run_batch(paths: Iterable[Union[str, Path]], store: Store, *,
              pipeline: Optional[Pipeline] = None,
              on_item: Optional[Callable[[Union[Document, IngestError], str], None]] = None) -> BatchReport:
    pipeline = pipeline or Pipeline()
    copies = NearDuplicateIndex.from_store(store)
    report = BatchReport()
    for item in iter_items(paths):
        if isinstance(item, IngestError):
            report.failed += 1
            report.errors.append(item)
            store.log_error(item.origin, item.reason)
            outcome = "error"
        elif store.has_document(item.document_id):
            store.log_duplicate(item.origin, item.document_id)
            report.skipped += 1
            outcome = "skipped"
        else:
            mh = signature(item.text)
            hit = copies.match(mh)
            if hit:
                analysis = Analysis(item, [], notes={"duplicate_of": hit[0],
                                                     "near_duplicate_score": round(hit[1], 3)})
            else:
                analysis = pipeline(item)
            if mh is not None:
                analysis.notes["minhash"] = to_bytes(mh)
            if store.save(analysis):
                if hit:
                    report.near_duplicates += 1
                elif mh is not None:
                    copies.add(item.document_id, mh)
                report.stored += 1
                report.events += len(analysis.events)
                outcome = "stored"
            else:  # stored meanwhile by another process
                report.skipped += 1
                outcome = "skipped"
        if on_item:
            on_item(item, outcome)
    if report.stored:
        from .incidents import group

        group(store)  # incremental: only the new events are placed
    return report
