"""Page timings of the review desk on a large store.

    python3 bench/review_desk.py [--events 100000] [--db /tmp/chronicle-desk-bench.db]
                                 [--queries OTHER_QUERIES.py] [--repeat 3]

Builds (once, then reuses) a store of synthetic events: documents of four
events each, made of words from small hand-written lists, placed at
gazetteer places, dated over 2010-2020. Then opens every main page through
the real app (login, templates and all) and prints the best of ``--repeat``
timings per page. ``--queries`` swaps in another ``queries.py`` (e.g. an
older one from git) to compare against.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import random
import re
import sys
import time
from pathlib import Path

from sqlalchemy import insert, text as sql

from chronicle import incidents
from chronicle.extraction.actors import ActorLexicon
from chronicle.places.gazetteer import Gazetteer
from chronicle.records import EVENT_TYPES
from chronicle.store import Store, _event_row
from chronicle.store.schema import documents, events

OUTLETS = ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E", "Outlet F"]
SUBJECTS = ["Security agents", "Police officers", "Officials", "Inspectors", "Guards"]
VERBS = ["questioned", "visited", "warned", "detained", "searched", "fined", "threatened"]
OBJECTS = ["the family of a defector", "a trader", "a teacher", "relatives of a worker",
           "the parents of a student", "a farmer"]
TAILS = ["at their home", "at the market", "near the border", "late at night", "after a phone call"]
PASSWORD = "bench password 123"


def _sentence(rng: random.Random, place: str) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} in {place} "
            f"{rng.choice(TAILS)}.")


def build(path: Path, n_events: int, seed: int = 7) -> None:
    from chronicle.search import index_body

    rng = random.Random(seed)
    gaz = Gazetteer.load()
    places = [e for e in gaz.entries.values() if e.country == "KP" and e.lat is not None and e.admin1]
    actors = list(ActorLexicon.load().names)
    store = Store.open(str(path))
    now = dt.datetime.now(dt.timezone.utc)
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        doc_rows, ev_rows, idx_rows = [], [], []
        for d in range(n_events // 4):
            spots = [rng.choice(places) for _ in range(4)]
            sents = [_sentence(rng, p.name) for p in spots]
            text = " ".join(sents)
            raw = f"{d}\n{text}".encode()
            doc_id = hashlib.sha256(raw).hexdigest()
            published = (dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(3650))).isoformat()
            source = {"url": f"https://example.org/{d}", "outlet": rng.choice(OUTLETS),
                      "title": f"Report {d}", "published": published, "language": "en"}
            doc_rows.append(dict(document_id=doc_id, raw=raw, text=text, media_type="text/plain",
                                 origin=f"bench:{d}", ingested_at=now, ingested_by="bench", **source))
            idx_rows.append({"kind": "document", "ref": doc_id, "document_id": doc_id,
                             "body": index_body(f"{source['title']}\n{text}")})
            pos = 0
            for s, p in zip(sents, spots):
                start = text.index(s, pos)
                pos = start + len(s)
                type_ = rng.choice(EVENT_TYPES)
                day = dt.date.fromisoformat(published) - dt.timedelta(days=rng.randrange(60))
                dated = rng.random() < 0.85
                placed = rng.random() < 0.9
                rec = {"schema": 1, "event_id": hashlib.sha256(f"{doc_id}:{start}:{pos}:{type_}".encode()).hexdigest()[:32],
                       "document_id": doc_id, "type": type_, "status": "reported", "certainty": "reported",
                       "perpetrator": {"text": None, "actor": rng.choice(actors), "name": None},
                       "target": None, "tactics": [], "attribution": None,
                       "location": {"text": p.name, "name": p.name, "admin1": p.admin1, "country": p.country,
                                    "lat": p.lat, "lon": p.lon, "precision": p.precision,
                                    "gazetteer_id": p.id} if placed else None,
                       "time": {"text": None, "start": day.isoformat(), "end": day.isoformat(),
                                "precision": "day"} if dated else None,
                       "evidence": {"text": s, "start": start, "end": pos},
                       "extractor": {"name": "bench", "version": "0", "rule": "synthetic"},
                       "source": source}
                ev_rows.append(_event_row(rec, now))
                idx_rows.append({"kind": "event", "ref": rec["event_id"], "document_id": doc_id, "body": s})
            if len(ev_rows) >= 20000:
                _flush(conn, doc_rows, ev_rows, idx_rows)
        _flush(conn, doc_rows, ev_rows, idx_rows)
    print(f"built {n_events} events in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    t0 = time.perf_counter()
    incidents.group(store)
    print(f"grouped incidents in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    from chronicle.web.auth import add_user

    add_user(store.engine, "bench", "analyst", PASSWORD)
    with store.engine.connect() as conn:  # fold the write-ahead log in: reads then start clean
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("ANALYZE")
    store.close()


def _flush(conn, doc_rows, ev_rows, idx_rows) -> None:
    if doc_rows:
        conn.execute(insert(documents), doc_rows)
        conn.execute(insert(events), ev_rows)
        conn.execute(sql("INSERT INTO search_index (kind, ref, document_id, body) "
                         "VALUES (:kind, :ref, :document_id, :body)"), idx_rows)
    for rows in (doc_rows, ev_rows, idx_rows):
        rows.clear()


def _swap_queries(path: str) -> None:
    spec = importlib.util.spec_from_file_location("chronicle.web.queries", path,
                                                  submodule_search_locations=None)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["chronicle.web.queries"] = mod
    spec.loader.exec_module(mod)
    import chronicle.web as web

    web.queries = mod


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", default="/tmp/chronicle-desk-bench.db")
    ap.add_argument("--queries", help="another queries.py to time instead of the current one")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    path = Path(args.db)
    if not path.exists():
        build(path, args.events)
    if args.queries:
        _swap_queries(args.queries)
    from fastapi.testclient import TestClient

    from chronicle.web import create_app

    store = Store.open(str(path))
    client = TestClient(create_app(store, secure_cookies=False, login_limit=100))
    page = client.get("/login")  # the login form carries the session's CSRF token
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"name": "bench", "password": PASSWORD, "next": "/events", "csrf": token})
    assert r.status_code in (200, 303) and "/login" not in str(r.url), "login failed"
    with store.engine.connect() as conn:
        eid, admin1 = conn.execute(sql("SELECT event_id, admin1 FROM events WHERE admin1 IS NOT NULL "
                                       "LIMIT 1")).first()
        iid = conn.execute(sql("SELECT incident_id FROM incidents LIMIT 1")).scalar()
        n = conn.execute(sql("SELECT count(*) FROM events")).scalar()
    pages = [
        ("events", "/events"),
        ("events page 1000", "/events?page=1000"),
        ("events type filter", "/events?type=DETAIN&type=VISIT"),
        ("events admin1 (+counties)", f"/events?admin1={admin1}"),
        ("search: every event", "/events?q=in"),
        ("search: rare word", "/events?q=teacher+market"),
        ("event", f"/events/{eid}"),
        ("documents", "/documents"),
        ("documents page 200", "/documents?page_no=200"),
        ("map", "/map"),
        ("map admin1", f"/map?admin1={admin1}"),
        ("timeline", "/timeline"),
        ("incidents", "/incidents"),
        ("incident", f"/incidents/{iid}"),
        ("audit", "/audit"),
        ("public", "/public"),
        ("places search", "/places?q=hoer"),
    ]
    print(f"{n} events in {path}" + (f"; queries from {args.queries}" if args.queries else ""))
    worst = 0.0
    for name, url in pages:
        best, status = None, None
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            r = client.get(url)
            took = time.perf_counter() - t0
            status = r.status_code
            best = took if best is None else min(best, took)
        worst = max(worst, best) if status == 200 else worst
        print(f"{name:28s} {best * 1000:8.1f} ms  HTTP {status}")
    print(f"slowest page: {worst * 1000:.0f} ms")
    store.close()


if __name__ == "__main__":
    main()
