"""The Python API for notebooks and scripts.

    import chronicle
    store = chronicle.open("chronicle.db")
    store.events(type="COERCE").to_pandas()
    chronicle.extract(text, published="2014-09-15")
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator, Optional, Sequence, Union

from .store import EventFilter, Store


class EventSet:
    """A filtered view of stored events; iterating streams contract records."""

    def __init__(self, store: Store, flt: EventFilter) -> None:
        self._store, self._filter = store, flt

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self._store.event_records(self._filter)

    def __len__(self) -> int:
        return self._store.count_events(self._filter)

    def records(self) -> list[dict[str, Any]]:
        return list(self)

    def to_pandas(self):
        """One row per event, flattened like the CSV export (needs pandas)."""
        try:
            import pandas as pd
        except ImportError:  # pandas is optional: notebooks have it, the CLI does not need it
            raise ImportError("to_pandas() needs pandas: pip install pandas") from None
        from .export.flat import CSV_COLUMNS, flatten

        return pd.DataFrame([flatten(r) for r in self], columns=list(CSV_COLUMNS))


class StoreAPI:
    def __init__(self, store: Store) -> None:
        self.store = store

    def events(self, type: Union[str, Sequence[str], None] = None, *, actor: Optional[str] = None,
               admin1: Optional[str] = None, since: Optional[str] = None,
               until: Optional[str] = None, review: Union[str, Sequence[str], None] = None) -> EventSet:
        types = [type] if isinstance(type, str) else list(type or [])
        states = [review] if isinstance(review, str) else list(review or [])
        return EventSet(self.store, EventFilter(types=types, actor=actor, admin1=admin1,
                                                since=since, until=until, review_states=states))

    def documents(self) -> list[dict[str, Any]]:
        return self.store.documents()

    def search(self, query: str, kind: str = "event", limit: int = 50) -> list[dict[str, Any]]:
        return self.store.search(query, kind=kind, limit=limit)

    def ingest(self, *paths: str):
        from .batch import run_batch

        return run_batch(paths, self.store)

    def close(self) -> None:
        self.store.close()


def open(target: Optional[str] = None) -> StoreAPI:  # noqa: A001 - mirrors sqlite3.connect/open
    """Open a store: a path (embedded SQLite) or a database URL."""
    return StoreAPI(Store.open(target))


def extract(text: str, *, published: Union[str, dt.date, None] = None, language: Optional[str] = None,
            url: Optional[str] = None, outlet: Optional[str] = None,
            title: Optional[str] = None) -> list[dict[str, Any]]:
    """Events of one text as contract records, without a store."""
    from .ingest import document_from_record

    record = {"text": text, "published": published.isoformat() if isinstance(published, dt.date) else published,
              "language": language, "url": url, "outlet": outlet, "title": title}
    doc = document_from_record(record, origin="chronicle.extract()")
    analysis = _pipeline()(doc)
    return [ev.to_record(doc.source) for ev in analysis.events]


_PIPELINE = None


def _pipeline():
    global _PIPELINE
    if _PIPELINE is None:
        from .pipeline import Pipeline

        _PIPELINE = Pipeline()
    return _PIPELINE
