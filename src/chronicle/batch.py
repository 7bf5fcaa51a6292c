"""A batch run: read every input, run the pipeline, store each document in its
own transaction. Stopping a batch midway loses nothing: stored documents are
complete, and running the same batch again skips them (same bytes, same id)
and finishes the rest."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from .ingest import IngestError, iter_items
from .pipeline import Pipeline
from .records import Document
from .store import Store


@dataclass
class BatchReport:
    stored: int = 0
    skipped: int = 0  # already in the store
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
    report = BatchReport()
    for item in iter_items(paths):
        if isinstance(item, IngestError):
            report.failed += 1
            report.errors.append(item)
            store.log_error(item.origin, item.reason)
            outcome = "error"
        elif store.has_document(item.document_id):
            report.skipped += 1
            outcome = "skipped"
        else:
            analysis = pipeline(item)
            if store.save(analysis):
                report.stored += 1
                report.events += len(analysis.events)
                outcome = "stored"
            else:  # stored meanwhile by another process
                report.skipped += 1
                outcome = "skipped"
        if on_item:
            on_item(item, outcome)
    return report
