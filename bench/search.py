"""Review-desk query latency on a store of 1M events, SQLite and PostgreSQL.

    python bench/search.py --events 1000000 [--pg postgresql+psycopg://user@host/db]

Fills a fresh store (one document per 5 events, 8 types, 8 provinces, 10
years, 30% Korean evidence) in bulk, generated inside the database, then
times typical desk queries through the Store API: a filtered list (type,
province, time window), full-text search (English and Korean), and facet
counts. Prints p50/p95 per query and over all; target p95 < 100 ms.
Without --pg it starts a throwaway PostgreSQL server (as the tests do) when
the binaries are installed, and skips PostgreSQL otherwise.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

TYPES = ["VISIT", "SURVEIL", "THREATEN", "COERCE", "DETAIN", "PUNISH", "EXPEL", "RESTRICT"]
PROVINCES = ["North Hamgyong", "Ryanggang", "North Pyongan", "South Hamgyong", "Chagang",
             "South Hwanghae", "Kangwon", "South Pyongan"]
ACTORS = ["KP.MSS", "KP.MSoS", "KP.gov", "KP.border_guard", "KP.MSS.anti_espionage"]
STATES = ["pending"] * 6 + ["accepted"] * 3 + ["rejected"]
WORDS_EN = ("agents visited families defectors homes questioned phone calls warned punished camp border "
            "crossing arrested relatives market inspection brokers forced confession detained guards "
            "expelled farms threatened security officials monitored residents returnees").split()
# Korean words with the stems index_body would append (보위부가 -> 보위부)
WORDS_KO = [("보위부가", "보위부"), ("탈북자", "탈북자"), ("가족을", "가족"), ("감시했다", "감시"),
            ("체포했다", "체포"), ("협박했다", "협박"), ("국경에서", "국경"), ("주민들을", "주민"),
            ("강제송환", "강제송환"), ("안전원들이", "안전원")]


def _pick(expr: str, values: list[str]) -> str:
    """SQL choosing values[expr % len]: plain CASE works on both databases."""
    whens = " ".join(f"WHEN {k} THEN '{v}'" for k, v in enumerate(values))
    return f"(CASE ({expr}) % {len(values)} {whens} END)"


def _mix(k: int) -> str:
    return f"((i * {2654435761 + 2 * k}) / 7 + {k * 31})"  # a cheap deterministic scramble of i


def fill(store, n_events: int) -> float:
    """Documents, events and their search rows, generated in SQL. Seconds taken."""
    pg = store.engine.dialect.name == "postgresql"
    n_docs = max(1, n_events // 5)
    hexid = (lambda e, w: f"lpad(to_hex({e}), {w}, '0')") if pg else (lambda e, w: f"printf('%0{w}x', {e})")
    series = (lambda n: f"generate_series(0, {n - 1}) AS g(i0) CROSS JOIN LATERAL (SELECT i0::bigint AS i) x"
              if pg else None)
    day = (lambda e: f"to_char(date '2014-01-01' + ({e})::int, 'YYYY-MM-DD')") if pg else \
        (lambda e: f"date('2014-01-01', '+' || ({e}) || ' days')")
    concat_json = "json_build_object" if pg else "json_object"
    empty_blob = "bytea ''" if pg else "x''"

    def rows(n: int) -> str:
        if pg:
            return f"FROM {series(n)}"
        return f"FROM (WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < {n - 1}) SELECT i FROM c)"

    en = " || ' ' || ".join(_pick(_mix(k), WORDS_EN) for k in range(7))
    ko = (" || ' ' || ".join(_pick(_mix(k), [w for w, _ in WORDS_KO]) for k in range(4)) + " || '\n' || "
          + " || ' ' || ".join(_pick(_mix(k), [s for _, s in WORDS_KO]) for k in range(4)))
    body = f"(CASE WHEN i % 10 < 3 THEN {ko} ELSE {en} END)"
    start = day(f"{_mix(9)} % 3650")
    now = "now()" if pg else "datetime('now')"
    t = time.perf_counter()
    with store.engine.begin() as conn:
        if pg:  # build the search indexes once after the bulk load, not row by row
            conn.execute(sa.text("DROP INDEX IF EXISTS ix_search_tsv"))
            conn.execute(sa.text("DROP INDEX IF EXISTS ix_search_trgm"))
        conn.execute(sa.text(
            f"INSERT INTO documents (document_id, raw, text, media_type, origin, outlet, published, language, "
            f"ingested_at, ingested_by) SELECT {hexid('i', 64)}, {empty_blob}, '', 'text/plain', "
            f"'bench', 'Outlet ' || (i % 7), '2020-01-01', 'en', {now}, 'bench' {rows(n_docs)}"))
        conn.execute(sa.text(
            f"INSERT INTO events (event_id, document_id, type, status, certainty, actor, target_category, "
            f"admin1, country, time_start, time_end, time_span, evidence_start, evidence_end, review_state, record, "
            f"created_at, updated_at) SELECT ev_id, doc_id, tp, 'occurred', 'reported', act, 'defector_family', "
            f"adm, 'KP', ts, ts, 0, 0, 10, st, {concat_json}('schema', 1, 'event_id', ev_id, 'document_id', doc_id, "
            f"'type', tp, 'evidence', {concat_json}('text', body, 'start', 0, 'end', 10))"
            f"{'::text' if pg else ''}, {now}, {now} FROM (SELECT {hexid('i', 32)} AS ev_id, "
            f"{hexid(f'i % {n_docs}', 64)} AS doc_id, {_pick(_mix(1), TYPES)} AS tp, {_pick(_mix(2), ACTORS)} AS act, "
            f"{_pick(_mix(3), PROVINCES)} AS adm, {start} AS ts, {_pick(_mix(4), STATES)} AS st, {body} AS body "
            f"{rows(n_events)}) AS gen"))
        conn.execute(sa.text(
            f"INSERT INTO search_index (kind, ref, document_id, body) SELECT 'event', {hexid('i', 32)}, "
            f"{hexid(f'i % {n_docs}', 64)}, {body} {rows(n_events)}"))
        if pg:
            conn.execute(sa.text("CREATE INDEX ix_search_tsv ON search_index USING gin (tsv)"))
            conn.execute(sa.text("CREATE INDEX ix_search_trgm ON search_index USING gin (body gin_trgm_ops)"))
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        # statistics, and on PostgreSQL the visibility map, which index-only
        # scans (counts, facets) need; autovacuum does the same after a bulk load
        conn.execute(sa.text("VACUUM ANALYZE" if pg else "ANALYZE"))
    return time.perf_counter() - t


def queries(store):
    """(name, callable) for the desk's typical requests, varied per call."""
    from chronicle.store import EventFilter

    def listing(k):
        flt = EventFilter(types=[TYPES[k % 8]], admin1=PROVINCES[(k * 3) % 8],
                          since=f"{2015 + k % 8}-01-01", until=f"{2015 + k % 8}-06-30")
        return list(store.event_records(flt, limit=50))

    def listing_actor(k):
        return list(store.event_records(EventFilter(actor="KP.MSS", review_states=["pending"]), limit=50,
                                        offset=50 * (k % 5)))

    def search_en(k):
        return store.search(f"{WORDS_EN[k % len(WORDS_EN)]} {WORDS_EN[(k * 7 + 3) % len(WORDS_EN)]}", limit=50)

    def search_ko(k):
        return store.search(WORDS_KO[k % len(WORDS_KO)][0], limit=50)

    def facets(k):
        flt = EventFilter(since=f"{2014 + k % 9}-01-01", until=f"{2014 + k % 9}-12-31")
        return store.count_events(flt, by="type"), store.count_events(flt, by="admin1")

    def count(k):
        return store.count_events(EventFilter(types=[TYPES[k % 8]], review_states=["pending"]))

    return [("list: type+province+6 months", listing), ("list: actor prefix+state, paged", listing_actor),
            ("search: 2 English words", search_en), ("search: Korean word", search_ko),
            ("facets: type, province in a year", facets), ("count: type+state", count)]


def measure(store, repeat: int) -> dict:
    out: dict = {}
    every: list[float] = []
    for name, q in queries(store):
        q(0)  # warm the cache once; a desk is used more than once
        times = []
        for k in range(repeat):
            t = time.perf_counter()
            q(k + 1)
            times.append((time.perf_counter() - t) * 1000)
        every += times
        out[name] = _pcts(times)
    out["all"] = _pcts(every)
    return out


def _pcts(times: list[float]) -> dict:
    qs = statistics.quantiles(times, n=20, method="inclusive")
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(qs[18], 1)}


def report(label: str, n: int, fill_s: float, res: dict) -> None:
    print(f"{label}: {n} events loaded in {fill_s:.0f} s")
    for name, r in res.items():
        print(f"  {name:<36} p50 {r['p50_ms']:>7} ms   p95 {r['p95_ms']:>7} ms   "
              f"target p95 < 100   ratio {r['p95_ms'] / 100:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--pg", help="an empty PostgreSQL database URL (default: a throwaway server)")
    ap.add_argument("--skip-sqlite", action="store_true")
    ap.add_argument("--skip-pg", action="store_true")
    args = ap.parse_args()
    from chronicle.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_sqlite:
            store = Store.open(str(Path(tmp) / "search.db"))
            secs = fill(store, args.events)
            report("SQLite", args.events, secs, measure(store, args.repeat))
            store.close()
        if args.skip_pg:
            return
        url, server = args.pg, None
        if not url:
            sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
            import conftest_pg

            server = conftest_pg.throwaway_server()
            try:
                url = conftest_pg.fresh_database(server.__enter__())
            except conftest_pg.Unavailable as exc:
                print(f"PostgreSQL: skipped ({exc})")
                return
        try:
            store = Store.open(url)
            secs = fill(store, args.events)
            report("PostgreSQL", args.events, secs, measure(store, args.repeat))
            store.close()
        finally:
            if server is not None:
                server.__exit__(None, None, None)


if __name__ == "__main__":
    main()
