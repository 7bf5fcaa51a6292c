"""Ingest on several cores (``--workers N``) or on a Dask cluster (``--dask``).

Workers only compute: a document goes out, its events and MinHash come back
as plain data, with the rows the store will insert made ready. Everything that
touches the store stays in this process, so SQLite keeps its single writer; a
document is saved whole or not at all (a batch of them to a transaction),
idempotently by document id (a retried task cannot store twice).
Items are streamed with a bounded number in flight: memory does not grow with
the corpus.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Sequence, Union

from .batch import BatchReport
from .duplicates import NearDuplicateIndex, signature, to_bytes
from .ingest import IngestError, iter_items
from .pipeline import ANALYSIS_ERROR, DEFAULT_STAGES, Pipeline
from .records import Analysis, Document, Event
from .search import index_bodies
from .store import Store, event_rows_of

OnItem = Callable[[Union[Document, IngestError], str], None]


@dataclass
class Worked:
    """What a worker sends back for one document (never the document itself:
    the parent still holds it)."""
    document_id: str
    events: list[Event] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)
    minhash: Optional[bytes] = None


_UNSENT = object()  # a pending document still waiting in the chunk being filled
_PIPELINES: dict[tuple[str, ...], Pipeline] = {}


def pipeline_for(stages: tuple[str, ...]) -> Pipeline:
    """This process's pipeline for ``stages``, built on first use."""
    if stages not in _PIPELINES:
        _PIPELINES[stages] = Pipeline(stages)
    return _PIPELINES[stages]


def analyse(document: Document, stages: Sequence[str] = DEFAULT_STAGES) -> Worked:
    """The task: pure, so a retry after a lost worker gives the same result.
    The pipeline (models) is loaded once per worker process."""
    return analyse_many([document], stages)[0]


def analyse_many(documents: list[Document], stages: Sequence[str] = DEFAULT_STAGES) -> list[Worked]:
    """``analyse`` for several documents at once: the pipeline reads them as one
    batch (one parser call for all their trigger sentences), which halves the
    cost per document against one task per document."""
    out = []
    for document, analysis in zip(documents, pipeline_for(tuple(stages)).pipe(documents, len(documents))):
        mh = signature(document.text)
        # Search-index texts and event rows are made here, so the single writer
        # (the parent, which caps how far the workers scale) only inserts them.
        analysis.notes["index_bodies"] = index_bodies(document, analysis.events)
        analysis.notes["event_rows"] = [event_rows_of(ev.to_record(document.source)) for ev in analysis.events]
        out.append(Worked(document.document_id, analysis.events, analysis.notes,
                          to_bytes(mh) if mh is not None else None))
    return out


class _Committer:
    """The parent's half of ``batch.run_batch``: near-duplicate check, save,
    report. The check runs when a result is committed (not at dispatch), so
    a copy of a document still in flight is caught as in a serial run."""

    def __init__(self, store: Store, on_item: Optional[OnItem], save_batch: int = 32) -> None:
        self.store = store
        self.save_batch = save_batch
        self.on_item = on_item
        self.copies = NearDuplicateIndex.from_store(store)
        self.report = BatchReport()
        self._queue: list[tuple[Document, Analysis, bool]] = []

    def _done(self, item, outcome: str) -> None:
        if self.on_item:
            self.on_item(item, outcome)

    def error(self, item: IngestError) -> None:
        self.flush()  # the log keeps input order
        self.report.failed += 1
        self.report.errors.append(item)
        self.store.log_error(item.origin, item.reason)
        self._done(item, "error")

    def skipped(self, item: Document) -> None:
        self.flush()
        self.store.log_duplicate(item.origin, item.document_id)
        self.report.skipped += 1
        self._done(item, "skipped")

    def commit(self, item: Document, worked: Worked) -> None:
        """Queue a result for saving; saved in order, several to a transaction."""
        if ANALYSIS_ERROR in worked.notes:  # a stage failed on it: reported, not stored
            self.error(IngestError(item.origin, worked.notes[ANALYSIS_ERROR]))
            return
        mh = worked.minhash or None  # the index compares the bytes as sent (no MinHash rebuilt)
        hit = self.copies.match(mh)
        if hit:  # extracted in vain, but kept out of the store as in a serial run
            analysis = Analysis(item, [], notes={"duplicate_of": hit[0],
                                                 "near_duplicate_score": round(hit[1], 3)})
        else:
            analysis = Analysis(item, worked.events, worked.notes)
            if mh is not None:  # a copy committed after it links to it
                self.copies.add(item.document_id, mh)
        if worked.minhash:
            analysis.notes["minhash"] = worked.minhash
        self._queue.append((item, analysis, bool(hit)))
        if len(self._queue) >= self.save_batch:
            self.flush()

    def flush(self) -> None:
        """Save what is queued, in one transaction (``Store.save_many``)."""
        queue, self._queue = self._queue, []
        for (item, analysis, hit), stored in zip(queue, self.store.save_many([a for _, a, _ in queue])):
            if stored:
                self.report.near_duplicates += hit
                self.report.stored += 1
                self.report.events += len(analysis.events)
                self._done(item, "stored")
            else:  # stored meanwhile (a retried task, another process)
                self.report.skipped += 1
                self._done(item, "skipped")

    def finish(self) -> BatchReport:
        self.flush()
        if self.report.stored:
            from .incidents import group

            group(self.store)
        return self.report


def _queue(item, store: Store, in_flight: set[str], order: deque, chunk: list[list]) -> bool:
    """Queue an item read, in input order, as [item, task, index in the task]: an error,
    or bytes already stored or in flight, passes through (task None); a document to
    analyse joins the chunk being filled (True)."""
    if isinstance(item, IngestError) or item.document_id in in_flight or store.has_document(item.document_id):
        order.append([item, None, 0])
        return False
    in_flight.add(item.document_id)
    entry = [item, _UNSENT, 0]
    order.append(entry)
    chunk.append(entry)
    return True


def run_workers(paths: Iterable[Union[str, Path]], store: Store, workers: int = 2, *,
                stages: Sequence[str] = DEFAULT_STAGES, on_item: Optional[OnItem] = None,
                window: Optional[int] = None, save_batch: int = 32, chunk_size: int = 8) -> BatchReport:
    """``run_batch`` with the pipeline in ``workers`` processes, ``chunk_size``
    documents to a task. Results are
    committed in input order, so the store ends up as a serial run leaves it.
    At most ``window`` documents are in the workers and ``save_batch`` waiting
    to be saved (in one transaction): memory stays flat whatever the corpus."""
    from concurrent.futures import ProcessPoolExecutor

    committer = _Committer(store, on_item, save_batch)
    # Results are committed in input order, so one slow document holds up the rest: a
    # window of 16 per worker keeps the others busy meanwhile, and is still a few
    # hundred kilobytes of text in flight whatever the corpus.
    window = window or 16 * workers
    pending: deque = deque()  # [item, future, index in its chunk's results], in input order
    chunk: list[list] = []  # entries of documents read but not yet sent to a worker
    in_flight: set[str] = set()

    def submit_chunk() -> None:
        if chunk:
            fut = pool.submit(analyse_many, [entry[0] for entry in chunk], tuple(stages))
            for i, entry in enumerate(chunk):
                entry[1], entry[2] = fut, i
            chunk.clear()

    def commit_head() -> None:
        if pending[0][1] is _UNSENT:
            submit_chunk()
        item, fut, i = pending.popleft()
        if isinstance(item, IngestError):
            committer.error(item)
        elif fut is None:  # same bytes seen earlier in this run or already stored
            committer.flush()  # its twin may still be queued
            if store.has_document(item.document_id):
                committer.skipped(item)
            else:  # its twin failed to store; do it here
                committer.commit(item, analyse(item, stages))
        else:
            committer.commit(item, fut.result()[i])
            in_flight.discard(item.document_id)

    def ready(entry) -> bool:
        return entry[1] is None or (entry[1] is not _UNSENT and entry[1].done())

    # A fork server, not a plain fork: the parent may hold threads (progress bar,
    # SQLite pool). It loads the models once (chronicle.preload) and forks every
    # worker from that state, so the workers share the models' memory.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["chronicle.preload"])
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for item in iter_items(paths):
            if _queue(item, store, in_flight, pending, chunk) and len(chunk) >= chunk_size:
                submit_chunk()
            while pending and (len(pending) >= window or ready(pending[0])):
                commit_head()
        submit_chunk()
        while pending:
            commit_head()
    return committer.finish()


def _share_models_with_local_workers() -> None:
    """Start a local cluster's worker processes as ``--workers`` starts its own:
    forked from a fork server that has loaded the models (chronicle.preload),
    so the workers share those pages instead of loading ~0.45 GiB each. The
    server is started here, with our preload, before distributed would start it
    with its own list; a worker its nanny restarts is forked from it too."""
    import dask
    from multiprocessing import forkserver

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["distributed", "chronicle.preload"])
    forkserver.ensure_running()
    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})


def dask_client(address: str):
    """A client for ``address``; "local" starts a LocalCluster of 2 worker
    processes with one thread each (the extractors are not thread-parallel)."""
    from distributed import Client, LocalCluster

    if address == "local":
        _share_models_with_local_workers()
        # Loopback only: the scheduler and its status page (dashboard_address=None binds
        # it to the scheduler's own address; ":0" would listen on every interface of a
        # machine holding sensitive reports).
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        return Client(cluster)
    return Client(address)


def run_dask(paths: Iterable[Union[str, Path]], store: Store, address: str = "local", *,
             client=None, stages: Sequence[str] = DEFAULT_STAGES, on_item: Optional[OnItem] = None,
             window: Optional[int] = None, save_batch: int = 32, chunk_size: int = 8) -> BatchReport:
    """``run_batch`` with the pipeline on a Dask cluster, ``chunk_size`` documents
    to a task (one parser batch). A task's key is made of its documents' ids and
    results are saved here, idempotently: when a worker dies, Dask reruns its
    task elsewhere and every document is still stored once."""
    import hashlib

    from distributed import as_completed

    own = client is None
    if own:
        client = dask_client(address)
    try:
        committer = _Committer(store, on_item, save_batch)
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = window or 16 * n_workers  # see run_workers
        items = iter_items(paths)
        # Results arrive in completion order but are committed in input order, so
        # the store ends up as a serial run leaves it (which of two near-duplicates
        # is the original never depends on which worker was faster).
        order: deque = deque()  # [item, task key or None or _UNSENT, index in the task], in input order
        chunk: list[list] = []  # entries read but not yet sent
        in_flight: set[str] = set()  # document ids sent and not yet committed
        results: dict[str, list[Worked]] = {}
        left: dict[str, int] = {}  # documents of a task not yet committed: its result is dropped after
        done = as_completed()

        def submit_chunk() -> None:
            if not chunk:
                return
            ids = [entry[0].document_id for entry in chunk]
            key = "chronicle-analyse-" + hashlib.sha256("\n".join(ids).encode()).hexdigest()[:32]
            for i, entry in enumerate(chunk):
                entry[1], entry[2] = key, i
            left[key] = len(chunk)
            done.add(client.submit(analyse_many, [entry[0] for entry in chunk], tuple(stages), key=key))
            chunk.clear()

        def submit_more() -> None:
            while len(in_flight) < window:
                item = next(items, None)
                if item is None:
                    break
                if _queue(item, store, in_flight, order, chunk) and len(chunk) >= chunk_size:
                    submit_chunk()
            submit_chunk()  # never hold a part-filled task: the head may be in it

        def commit_ready() -> None:
            while order and (order[0][1] is None or order[0][1] in results):
                item, key, i = order.popleft()
                if key is None:
                    if isinstance(item, IngestError):
                        committer.error(item)
                    else:  # already stored, or its twin came earlier in this run
                        committer.skipped(item)
                    continue
                committer.commit(item, results[key][i])
                in_flight.discard(item.document_id)
                left[key] -= 1
                if not left[key]:
                    del results[key], left[key]

        submit_more()
        commit_ready()
        for fut in done:
            results[fut.key] = fut.result()
            fut.release()
            commit_ready()
            submit_more()
            commit_ready()
        return committer.finish()
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
