"""Throughput and memory: the whole pipeline, and incident grouping.

    python bench/throughput.py --docs 10000 --skip-grouping

Prints reports/s for the pipeline alone (in this process, in memory) and for
``chronicle ingest`` end to end (read, extract, locate, date, store in SQLite,
group incidents), run as a user runs it in a process of its own: serially
(``--workers 1``), with 2 worker processes (``--workers 2``) and on a local
Dask cluster of 2 workers (``--dask local``); the 1 -> 2 scaling ratio; the
peak memory of each run's process tree (PSS, which counts memory shared
between processes once, and the RSS sum, which counts it in every process);
and the time to group N synthetic events into incidents. Targets (printed
beside the figures): >= 100 reports/s end to end, >= 1.7x from 1 to 2
workers, peak memory < 1 GiB, grouping 100k events < 60 s.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class TreeMemory:
    """Peak memory of a process and all its children (worker processes, the fork
    server, a Dask nanny and its workers), sampled every 100 ms while it runs.

    Two sums: RSS counts pages shared between processes once per process (the
    models a fork server shares with its workers count N+1 times); PSS divides
    each shared page among the processes that map it, so it sums to the memory
    the tree really occupies."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.rss = self.pss = 0
        self.own_cpu = 0.0  # CPU seconds of the process itself (not its workers), last sampled
        self._stop = threading.Event()

    def _sample(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            rss = pss = 0
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            try:
                times = root.cpu_times()
                self.own_cpu = times.user + times.system
            except psutil.Error:
                pass
            for proc in procs:
                try:
                    info = proc.memory_full_info()
                except psutil.Error:  # ended between listing and reading
                    continue
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
            self.rss, self.pss = max(self.rss, rss), max(self.pss, pss)
            self._stop.wait(0.1)

    def __enter__(self) -> "TreeMemory":
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def bench_cli(corpus: Path, workdir: Path, workers: int = 1, dask: str = "") -> dict:
    """``chronicle ingest`` end to end, as a user runs it, in a process of its own
    (so no model this benchmark loaded is counted): the time includes starting
    Python, the workers and their models, reading, extracting, storing and
    grouping incidents."""
    db = workdir / f"cli-{workers}-{dask or 'nodask'}.db"
    cmd = [sys.executable, "-m", "chronicle", "--db", str(db), "ingest", "--quiet", str(corpus)]
    cmd += ["--dask", dask] if dask else ["--workers", str(workers)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with TreeMemory(proc.pid) as mem:
        _, err = proc.communicate()
    secs = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        n_events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return {"reports": stored, "seconds": round(secs, 2), "reports_per_s": round(stored / secs, 1),
            "events": n_events, "peak_tree_rss_mib": round(mem.rss / 2**20),
            # the ingest parent's own CPU (sampled every 100 ms): what caps --workers scaling
            "parent_cpu_ms_per_report": round(1000 * mem.own_cpu / max(1, stored), 1),
            "peak_tree_pss_mib": round(mem.pss / 2**20)}


def bench_pipeline(corpus: Path) -> dict:
    from chronicle.ingest import iter_items
    from chronicle.pipeline import Pipeline

    pipeline = Pipeline()
    docs = list(iter_items([corpus]))
    words = sum(len(d.text.split()) for d in docs)
    # Load every language's models before timing: one report per language the corpus holds (warming on the
    # first report alone left the Korean readers' load, some seconds, inside the timed loop).
    from chronicle.ingest.language import detect_language
    first_of_language: dict = {}
    for d in docs:
        first_of_language.setdefault(detect_language(d.text), d)
    for d in first_of_language.values():
        pipeline(d)
    t = time.perf_counter()
    n_events = sum(len(pipeline(d).events) for d in docs)
    secs = time.perf_counter() - t
    return {"reports": len(docs), "seconds": round(secs, 2), "reports_per_s": round(len(docs) / secs, 1),
            "words_per_report": round(words / len(docs)), "events": n_events}


def bench_grouping(n_events: int, workdir: Path) -> dict:
    """N synthetic events (one per 5 documents) over 8 provinces with 15
    counties each (a fifth of the events placed at province level only), 10
    years, 4 actors, then ``incidents.group`` on all of them."""
    from sqlalchemy import insert

    from chronicle.incidents import group
    from chronicle.store import Store, _now
    from chronicle.store.schema import documents, events

    rng = random.Random(3)
    store = Store.open(str(workdir / "group.db"))
    provinces = ["North Hamgyong", "Ryanggang", "North Pyongan", "South Hamgyong", "Chagang",
                 "South Hwanghae", "Kangwon", "South Pyongan"]
    types = ["VISIT", "SURVEIL", "THREATEN", "COERCE", "DETAIN", "PUNISH", "EXPEL", "RESTRICT"]
    actors = ["KP.MSS", "KP.MSoS", "KP.gov", "KP.border_guard"]
    words = "agents visited families defectors homes questioned phone calls warned punished camp " \
            "border crossing arrested relatives market inspection".split()
    now = _now()
    n_docs = max(1, n_events // 5)
    with store.engine.begin() as conn:
        conn.execute(insert(documents), [dict(document_id=f"{i:064x}", raw=b"", text="", media_type="text/plain",
                                              origin="bench", outlet=f"Outlet {i % 7}",
                                              published="2020-01-01", language="en", ingested_at=now,
                                              ingested_by="bench") for i in range(n_docs)])
        rows = []
        for i in range(n_events):
            start = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randint(0, 3650))
            admin1 = rng.choice(provinces)
            county = None if rng.random() < 0.2 else f"{admin1}-county-{rng.randrange(15)}"
            rec = {"schema": 1, "event_id": f"{i:032x}", "document_id": f"{rng.randrange(n_docs):064x}",
                   "source": {"url": None, "outlet": None, "title": None, "published": None, "language": "en"},
                   "type": rng.choice(types), "status": "occurred", "certainty": "reported",
                   "perpetrator": {"text": "agents", "actor": rng.choice(actors), "name": None},
                   "target": {"text": "families", "category": "defector_family"},
                   "location": {"text": county or admin1, "name": county or admin1, "admin1": admin1,
                                "country": "KP", "lat": None, "lon": None,
                                "precision": "county" if county else "admin1",
                                "gazetteer_id": county or admin1},
                   "time": {"text": "x", "start": start.isoformat(),
                            "end": (start + dt.timedelta(days=rng.choice([0, 30]))).isoformat(),
                            "precision": "day"},
                   "attribution": None,
                   "evidence": {"text": " ".join(rng.sample(words, 6)), "start": 0, "end": 10},
                   "tactics": [], "extractor": {"name": "bench", "version": "1", "rule": "bench"}}
            rows.append(dict(event_id=rec["event_id"], document_id=rec["document_id"], type=rec["type"],
                             status="occurred", certainty="reported", actor=rec["perpetrator"]["actor"],
                             target_category="defector_family", admin1=admin1, country="KP",
                             time_start=rec["time"]["start"], time_end=rec["time"]["end"],
                             evidence_start=0, evidence_end=10, review_state="pending",
                             record=json.dumps(rec), created_at=now, updated_at=now))
        conn.execute(insert(events), rows)
    del rows
    import gc

    import psutil

    gc.collect()
    before = psutil.Process().memory_info().rss
    t = time.perf_counter()
    with TreeMemory(os.getpid()) as mem:  # grouping streams: its memory must not grow with the store
        report = group(store)
    secs = time.perf_counter() - t
    return {"events": n_events, "seconds": round(secs, 1), "incidents": report.incidents_total,
            "memory_grown_mib": round(max(0, mem.rss - before) / 2**20), "incidents_held_peak": report.held_peak}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--group-events", type=int, default=100_000)
    ap.add_argument("--skip-grouping", action="store_true")
    ap.add_argument("--skip-serial", action="store_true", help="no 1-process pipeline and ingest runs")
    ap.add_argument("--skip-parallel", action="store_true", help="no worker and Dask runs")
    ap.add_argument("--dask", default="local", help="scheduler address, 'local', or '' for none")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    figures: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = write_corpus(work / "corpus.jsonl", args.docs)
        if not args.skip_serial:
            figures["pipeline"] = bench_pipeline(corpus)
        if not args.skip_parallel:
            figures["workers_1"] = bench_cli(corpus, work, workers=1)
            figures["workers_2"] = bench_cli(corpus, work, workers=2)
            if args.dask:
                figures["dask_2"] = bench_cli(corpus, work, dask=args.dask)
        if not args.skip_grouping:
            figures["grouping"] = bench_grouping(args.group_events, work)
    figures["peak_rss_mib"] = round(peak_rss_mib())
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    if "pipeline" in figures:
        p = figures["pipeline"]
        print(f"pipeline only (1 process, in memory): {p['reports_per_s']:>7} reports/s  ({p['reports']} reports, "
              f"~{p['words_per_report']} words each, {p['events']} events, {p['seconds']} s)")
    for key, label in (("workers_1", "--workers 1"), ("workers_2", "--workers 2"), ("dask_2", "--dask local")):
        if key in figures:
            r = figures[key]
            print(f"chronicle ingest {label:<12}: {r['reports_per_s']:>7} reports/s  ({r['seconds']} s, "
                  f"{r['events']} events)   target >= 100   ratio {r['reports_per_s'] / 100:.2f}   "
                  f"peak tree memory: PSS {r['peak_tree_pss_mib']} MiB, RSS sum {r['peak_tree_rss_mib']} MiB "
                  f"(target < 1024)   parent CPU {r['parent_cpu_ms_per_report']} ms/report")
    if "workers_2" in figures:
        scale = figures["workers_2"]["reports_per_s"] / figures["workers_1"]["reports_per_s"]
        print(f"scaling 1 -> 2 workers: {scale:.2f}x   target >= 1.7   ratio {scale / 1.7:.2f}")
    print(f"peak RSS of this benchmark process: {figures['peak_rss_mib']:>7} MiB")
    if "grouping" in figures:
        g = figures["grouping"]
        print(f"grouping      : {g['seconds']:>7} s for {g['events']} events -> {g['incidents']} incidents   "
              f"target < 60 s   ratio {g['seconds'] / 60:.2f}   memory grown {g['memory_grown_mib']} MiB, "
              f"at most {g['incidents_held_peak']} incidents held")


if __name__ == "__main__":
    main()
