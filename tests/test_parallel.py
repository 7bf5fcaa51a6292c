"""Ingest in worker processes and on a Dask cluster: the store ends up as a
serial run leaves it (events, index, near-duplicates, errors), the corpus is
streamed with a bounded number of documents in flight, and a Dask worker
killed mid-run loses no document and stores none twice."""
from __future__ import annotations

import json
import os
import signal
import sys

import pytest
import sqlalchemy as sa

import chronicle.parallel as parallel
from chronicle.batch import run_batch
from chronicle.store import Store

from conftest import full_pipeline_or_skip, has_module

PLACES = ["Musan", "Hoeryong", "Hyesan", "Onsong", "Chongjin", "Sinuiju"]
ACTS = [
    "State Security Department agents visited the homes of defectors' families in {p} last month.",
    "Police officers in {p} arrested three brokers who had helped people cross the river.",
    "The agents warned the families that they would be sent to a labour camp if they talked.",
    "Border guards near {p} forced a returnee to write a confession about her time in China.",
    "Officials from the Ministry of State Security detained a woman in {p} for a phone call.",
    "Inminban heads were told to report every visitor who stayed overnight in {p}.",
]
FILLER = [
    "Rice and corn prices in {p} stayed roughly the same over the past weeks.",
    "The railway line to the provincial capital was repaired during the summer.",
    "Electricity comes for only a few hours a day in most neighbourhoods.",
    "Farmers are worried about the harvest after an unusually dry spring.",
    "Students practised for the national holiday with sports competitions.",
    "Chinese-made goods have become more expensive since trade slowed down.",
]
KO_ACTS = [
    "{p}에서 보위부원들이 지난달 탈북자 가족들을 감시하고 있다고 소식통이 전했다.",
    "보위원들이 가족들을 찾아가 한국에 있는 가족에게 전화하도록 강요했다.",
    "{p}에서 안전원들이 최근 밀수꾼들을 체포해 구금했다고 소식통은 밝혔다.",
]
KO_FILLER = [
    "{p} 장마당의 쌀값은 지난달과 비슷한 수준을 유지하고 있다.",
    "주민들은 장사와 텃밭 농사로 생계를 이어가고 있는 것으로 알려졌다.",
    "올해 가뭄이 심해 농민들이 작황을 걱정하고 있다.",
]


def english(i: int) -> str:
    """Reports that differ enough not to be near-duplicates of each other."""
    p = PLACES[i]
    parts = [ACTS[i], FILLER[i], ACTS[(i + 2) % 6], FILLER[(i + 3) % 6]]
    return f"Report {i} from {p}. " + " ".join(s.format(p=p) for s in parts)


def korean(i: int) -> str:
    p = ["회령", "무산", "혜산"][i]
    return f"보고 {i}. " + " ".join(s.format(p=p) for s in [KO_ACTS[i], KO_FILLER[i], KO_ACTS[(i + 1) % 3]])


def write_corpus(path, n_en: int = 6, n_ko: int = 3):
    rows = [{"text": english(i), "language": "en", "title": f"Report {i}"} for i in range(n_en)]
    rows += [{"text": korean(i), "language": "ko", "title": f"보고 {i}"} for i in range(n_ko)]
    # a near-duplicate (same story, another header) and the same bytes twice
    rows.insert(3, {"text": "Reposted from a partner site. " + english(1), "language": "en",
                    "title": "Repost"})
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines.insert(5, lines[0])
    lines.insert(7, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def snapshot(store: Store) -> dict:
    """What a run leaves in the store, minus times and log order."""
    with store.engine.connect() as conn:
        q = lambda s: sorted(tuple(r) for r in conn.execute(sa.text(s)))  # noqa: E731
        return {
            "documents": q("SELECT document_id, duplicate_of, title FROM documents"),
            "events": q("SELECT event_id, record FROM events"),
            "index": q("SELECT kind, ref, body FROM search_index"),
            "log": q("SELECT origin, outcome, document_id FROM ingest_log"),
            "incidents": q("SELECT count(*) FROM incidents"),
        }


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    """The serial run every parallel run is compared with."""
    pipeline = full_pipeline_or_skip()
    root = tmp_path_factory.mktemp("serial")
    corpus = write_corpus(root / "corpus.jsonl")
    store = Store.open(str(root / "serial.db"))
    report = run_batch([corpus], store, pipeline=pipeline)
    yield corpus, report, snapshot(store)
    store.close()


def test_workers_leave_the_store_as_a_serial_run(serial, tmp_path, monkeypatch):
    corpus, expected, expected_rows = serial
    read, committed, worst = [0], [0], [0]
    real_iter = parallel.iter_items

    def counting_iter(paths):  # the real reader, counted, to see how far it runs ahead
        for item in real_iter(paths):
            read[0] += 1
            worst[0] = max(worst[0], read[0] - committed[0])
            yield item

    def on_item(item, outcome):
        committed[0] += 1

    monkeypatch.setattr(parallel, "iter_items", counting_iter)
    store = Store.open(str(tmp_path / "w.db"))
    report = parallel.run_workers([corpus], store, workers=2, window=3, save_batch=2, on_item=on_item)
    assert (report.stored, report.skipped, report.near_duplicates, report.failed, report.events) == \
        (expected.stored, expected.skipped, expected.near_duplicates, expected.failed, expected.events)
    assert report.near_duplicates == 1 and report.skipped == 1 and report.failed == 1
    assert report.events > 0
    assert snapshot(store) == expected_rows
    assert worst[0] <= 3 + 2  # streamed: never more than the window and one save batch read ahead of the store
    # a second run finds everything stored
    again = parallel.run_workers([corpus], store, workers=2)
    assert (again.stored, again.skipped, again.failed) == (0, expected.stored + expected.skipped, 1)


def test_cli_ingest_with_workers(serial, tmp_path):
    from typer.testing import CliRunner

    from chronicle.cli import app

    corpus, expected, expected_rows = serial
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", "-q", "--workers", "2", str(corpus)])
    assert f"{expected.stored} stored" in result.output
    assert snapshot(Store.open(str(db)))["events"] == expected_rows["events"]


@pytest.mark.skipif(not has_module("distributed"), reason="dask.distributed is not installed")
def test_dask_worker_killed_mid_run_loses_nothing(serial, tmp_path):
    corpus, expected, expected_rows = serial
    client = parallel.dask_client("local")  # what `chronicle ingest --dask local` starts
    cluster = client.cluster
    try:
        # nothing listens beyond this machine: scheduler and status page on loopback
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        assert {sock.getsockname()[0] for sock in cluster.scheduler.http_server._sockets.values()} == {"127.0.0.1"}
        # the workers were forked with the models loaded (shared pages, no load of their own)
        assert all(client.run(lambda: "chronicle.preload" in sys.modules).values())
        pids = client.run(os.getpid)  # worker address -> process id
        victim = sorted(pids.values())[0]
        stored = []

        def on_item(item, outcome):
            if outcome == "stored":
                stored.append(item.document_id)
                if len(stored) == 2:  # mid-run: the other documents are queued or running
                    os.kill(victim, signal.SIGKILL)

        store = Store.open(str(tmp_path / "dask.db"))
        # two documents to a task and a save per document, so the kill lands while
        # other tasks are queued or running
        report = parallel.run_dask([corpus], store, client=client, on_item=on_item,
                                   chunk_size=2, save_batch=1)
    finally:
        client.close()
        cluster.close()
    assert len(stored) == expected.stored
    assert victim not in client_pids_after(pids, victim)
    assert (report.stored, report.failed, report.events) == (expected.stored, expected.failed, expected.events)
    rows = snapshot(store)
    # every document exactly once; the same events and index as the serial run
    assert rows["events"] == expected_rows["events"], set(rows["events"]) ^ set(expected_rows["events"])
    assert rows["index"] == expected_rows["index"]
    assert len(rows["documents"]) == len(expected_rows["documents"])
    stored_log = [r for r in rows["log"] if r[1] == "stored"]
    assert len(stored_log) == len({r[2] for r in stored_log}) == expected.stored


def client_pids_after(before: dict, victim: int) -> set:
    """The killed process is gone (signal 0 probes without harming)."""
    try:
        os.kill(victim, 0)
        return {victim}
    except ProcessLookupError:
        return set()
