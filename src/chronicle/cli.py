"""The ``chronicle`` command.

Exit codes scripts can rely on: 0 done; 1 some inputs failed (the rest were
processed); 2 bad usage; 3 the store could not be opened or written.
"""
from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="chronicle: reports of state coercion -> a verifiable incident record.")
# soft_wrap: one message, one line, so "path:line: reason" stays greppable in logs.
console = Console(stderr=True, soft_wrap=True)
out = Console()


class State:
    db: Optional[str] = None


@app.callback()
def main(db: Optional[str] = typer.Option(
        None, "--db", envvar="CHRONICLE_DB",
        help="The store: a path for the embedded SQLite store (default ./chronicle.db) "
             "or a database URL.")) -> None:
    State.db = db


def open_store():
    from .store import Store, StoreError

    try:
        return Store.open(State.db)
    except StoreError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_STORE)
    except Exception as exc:  # a database that is not ours, unreachable, read-only
        console.print(f"[red]error:[/red] cannot open the store {escape(State.db or 'chronicle.db')}: {escape(str(exc))}")
        raise typer.Exit(EXIT_STORE)


def _start_model_server(workers: int, dask: Optional[str]) -> None:
    """Start the fork server that loads the models for the worker processes
    (``chronicle.preload``; see parallel.py) before this process's own imports and
    store opening: it loads them meanwhile, on the other core, instead of after."""
    if dask == "local":
        modules = ["distributed", "chronicle.preload"]  # as parallel._share_models_with_local_workers
    elif workers > 1 and not dask:
        modules = ["chronicle.preload"]  # as parallel.run_workers
    else:
        return
    import multiprocessing
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(modules)
    forkserver.ensure_running()


def _ingest(paths: List[Path], quiet: bool, workers: int = 1, dask: Optional[str] = None):
    _start_model_server(workers, dask)
    from .batch import run_batch
    from .pipeline import Pipeline

    store = open_store()
    pipeline = Pipeline() if workers <= 1 and not dask else None  # workers load their own
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[last]}"), TimeElapsedColumn(),
                  console=console, disable=quiet, transient=True) as progress:
        task = progress.add_task("ingest", total=None, last="")

        def on_item(item, outcome):
            progress.update(task, advance=1, last=f"{outcome}: {Path(item.origin).name[:40]}")
            if outcome == "error":
                progress.console.print(f"[red]error:[/red] {escape(str(item))}")

        if dask:
            from .parallel import run_dask

            report = run_dask(paths, store, dask, on_item=on_item)
        elif workers > 1:
            from .parallel import run_workers

            report = run_workers(paths, store, workers, on_item=on_item)
        else:
            report = run_batch(paths, store, pipeline=pipeline, on_item=on_item)
    return store, report


@app.command()
def ingest(paths: List[Path] = typer.Argument(..., help="Files or folders: text, HTML, PDF, "
                                                         "RSS/Atom feeds, documents JSON Lines."),
           quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
           workers: int = typer.Option(1, "--workers", "-w", min=1,
                                       help="Run the pipeline in N processes (the store is written by one)."),
           dask: Optional[str] = typer.Option(None, "--dask", metavar="SCHEDULER_ADDRESS",
                                              help="Run the pipeline on a Dask cluster "
                                                   "('local': 2 worker processes here).")) -> None:
    """Read reports, extract their events and store both."""
    _store, report = _ingest(paths, quiet, workers, dask)
    console.print(f"{report.stored} stored, {report.skipped} already in the store, "
                  f"{report.failed} failed; {report.events} events extracted")
    if report.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


def _filter(type_: List[str], actor, admin1, since, until, review):
    from .records import EVENT_TYPES
    from .store import EventFilter

    bad = [t for t in type_ if t.upper() not in EVENT_TYPES]
    if bad:
        console.print(f"[red]error:[/red] unknown event type {', '.join(bad)}; "
                      f"known: {', '.join(EVENT_TYPES)}")
        raise typer.Exit(EXIT_USAGE)
    return EventFilter(types=[t.upper() for t in type_], actor=actor, admin1=admin1,
                       since=since, until=until, review_states=review)


TypeOpt = typer.Option([], "--type", "-t", help="Event type (repeatable), e.g. COERCE.")
ActorOpt = typer.Option(None, "--actor", help="Actor key or prefix, e.g. KP.MSS.")
Admin1Opt = typer.Option(None, "--admin1", help="First-level division, e.g. 'North Hamgyong'.")
SinceOpt = typer.Option(None, "--since", help="Events ending on or after this date (YYYY-MM-DD).")
UntilOpt = typer.Option(None, "--until", help="Events starting on or before this date.")
ReviewOpt = typer.Option([], "--review", help="Review state (repeatable): pending, accepted, rejected.")


@app.command()
def events(type_: List[str] = TypeOpt, actor: Optional[str] = ActorOpt,
           admin1: Optional[str] = Admin1Opt, since: Optional[str] = SinceOpt,
           until: Optional[str] = UntilOpt, review: List[str] = ReviewOpt,
           limit: int = typer.Option(50, "--limit", "-n", help="Rows to show."),
           offset: int = typer.Option(0, "--offset", help="Rows to skip.")) -> None:
    """Show stored events as a table."""
    store = open_store()
    flt = _filter(type_, actor, admin1, since, until, review)
    total = store.count_events(flt)
    table = Table(show_lines=False, header_style="bold")
    for col in ("type", "status", "perpetrator", "target", "place", "time", "certainty", "evidence"):
        table.add_column(col, overflow="fold")
    for rec in store.event_records(flt, limit=limit, offset=offset):
        perp, tgt = rec.get("perpetrator") or {}, rec.get("target") or {}
        loc, tm = rec.get("location") or {}, rec.get("time") or {}
        when = tm.get("start") or ""
        if tm.get("end") and tm.get("end") != tm.get("start"):
            when += f"..{tm['end']}"
        place = loc.get("name") or ""
        if loc.get("admin1") and loc.get("admin1") != loc.get("name"):
            place = f"{place}, {loc['admin1']}" if place else loc["admin1"]
        evidence = rec["evidence"]["text"].replace("\n", " ")
        table.add_row(rec["type"], rec["status"], perp.get("actor") or "",
                      tgt.get("category") or "", place, when, rec["certainty"],
                      evidence[:110] + ("…" if len(evidence) > 110 else ""))
    out.print(table)
    console.print(f"{min(limit, max(0, total - offset))} of {total} events shown")


@app.command()
def export(format: str = typer.Option("jsonl", "--format", "-f", help="jsonl (the contract, schema 1), csv, acled-csv, geojson, plover, uwazi-csv, incidents."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default: stdout)."),
           type_: List[str] = TypeOpt, actor: Optional[str] = ActorOpt,
           admin1: Optional[str] = Admin1Opt, since: Optional[str] = SinceOpt,
           until: Optional[str] = UntilOpt, review: List[str] = ReviewOpt,
           public: bool = typer.Option(False, "--public", help="Only accepted events, with "
                                       "names of victims and relatives redacted.")) -> None:
    """Export stored events (--public: accepted events only, personal names redacted)."""
    from . import export as _exporters  # noqa: F401  (registers the formats)
    from .registry import exporters

    if format not in exporters:
        console.print(f"[red]error:[/red] unknown format {format!r}; known: {', '.join(exporters.names())}")
        raise typer.Exit(EXIT_USAGE)
    store = open_store()
    flt = _filter(type_, actor, admin1, since, until, ["accepted"] if public else review)
    # Most formats write events; a format marked ``reads = "incidents"`` writes incidents.
    if getattr(exporters.get(format), "reads", "events") == "incidents":
        from .incidents import incident_records

        records = incident_records(store)
    else:
        records = store.event_records(flt)
    if public:
        from .redact import redact_record

        records = (redact_record(rec) for rec in records)
    if output:
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            n = exporters.get(format)(records, fh)
        tmp.replace(output)  # a failed export never leaves a half file under the real name
    else:
        n = exporters.get(format)(records, sys.stdout)
        sys.stdout.flush()
    console.print(f"{n} events exported as {format}")


@app.command()
def incidents(rebuild: bool = typer.Option(False, "--rebuild", help="Regroup every event "
                                           "(analysts' split/merge decisions still hold)."),
              limit: int = typer.Option(30, "--limit", "-n", help="Incidents to show."),
              jsonl: bool = typer.Option(False, "--jsonl", help="Print every incident as JSON Lines.")) -> None:
    """Group events that report the same act into incidents, and list them."""
    from .incidents import group, incident_records

    store = open_store()
    report = group(store, rebuild=rebuild)
    if jsonl:
        for inc in incident_records(store):
            print(json.dumps(inc, ensure_ascii=False))
        return
    table = Table(header_style="bold")
    for col in ("incident", "types", "place", "time", "events", "docs", "outlets", "sources"):
        table.add_column(col, no_wrap=col in ("incident", "types", "time"), overflow="fold")
    shown = 0
    for inc in sorted(incident_records(store), key=lambda i: (-i["documents"], -len(i["members"]))):
        if shown >= limit:
            break
        place = (inc["place"] or {}).get("name") or ""
        tm = inc["time"] or {}
        when = (tm.get("start") or "") + ("…" if tm.get("end") and tm.get("end") != tm.get("start") else "")
        table.add_row(inc["incident_id"][:8], ",".join(inc["types"]), place, when, str(len(inc["members"])),
                      str(inc["documents"]), str(inc["outlets"]), str(inc["independent_sources"]))
        shown += 1
    out.print(table)
    console.print(f"{report.placed} events placed now; {report.incidents_total} incidents in the store "
                  "(docs: reports; sources: independent sources, re-posts not counted)")


@app.command("import")
def import_(path: Path = typer.Argument(..., help="A file of events coded elsewhere."),
            format: str = typer.Option("jsonl", "--format", "-f",
                                       help="jsonl (chronicle schema 1) or acled-csv.")) -> None:
    """Import events coded elsewhere, to merge hand-coded records with extracted ones."""
    from .interchange import READERS, import_events

    if format not in READERS:
        console.print(f"[red]error:[/red] unknown import format {format!r}; known: {', '.join(READERS)}")
        raise typer.Exit(EXIT_USAGE)
    if not path.is_file():
        console.print(f"[red]error:[/red] {path}: no such file")
        raise typer.Exit(EXIT_INPUT_FAILED)
    store = open_store()
    report = import_events(path, store, format)
    for err in report.errors:
        console.print(f"[red]error:[/red] {escape(str(err))}")
    console.print(f"{report.imported} events imported, {report.skipped} already stored, {report.failed} failed")
    if report.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
def validate(path: Path = typer.Argument(..., help="A JSON Lines export to check.")) -> None:
    """Check an export against the contract's JSON Schema (and, when the store
    holds the documents, that every evidence span indexes the stored text)."""
    from .schema import validate_record

    store = open_store()
    texts: dict[str, Optional[str]] = {}
    bad = 0
    n = 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            n += 1
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                console.print(f"{path}:{lineno}: not JSON ({exc.msg})")
                bad += 1
                continue
            doc_id = rec.get("document_id") if isinstance(rec, dict) else None
            if doc_id and doc_id not in texts:
                doc = store.document(doc_id)
                texts[doc_id] = doc["text"] if doc else None
            problems = validate_record(rec, texts.get(doc_id)) if isinstance(rec, dict) else ["not an object"]
            for p in problems:
                console.print(f"{path}:{lineno}: {p}")
            bad += bool(problems)
    console.print(f"{n - bad} of {n} records valid")
    if bad:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
def demo() -> None:
    """Run the whole job on the bundled demo corpus and summarise it."""
    corpus = resources.files("chronicle.demo").joinpath("corpus")
    with resources.as_file(corpus) as corpus_path:
        store, report = _ingest([Path(corpus_path)], quiet=False)
    console.print(f"demo corpus: {report.stored} reports stored now, {report.skipped} already stored, "
                  f"{report.failed} failed")
    total = store.count_events()
    by_type = Table(title=f"{total} events by type", header_style="bold")
    by_type.add_column("type")
    by_type.add_column("events", justify="right")
    for key, n in store.count_events(by="type"):
        by_type.add_row(key, str(n))
    by_place = Table(title="events by province (admin1)", header_style="bold")
    by_place.add_column("admin1")
    by_place.add_column("events", justify="right")
    for key, n in store.count_events(by="admin1"):
        by_place.add_row(key or "(no place stated)", str(n))
    out.print(by_type)
    out.print(by_place)
    cmd = f"chronicle --db {State.db}" if State.db else "chronicle"
    tips = [
        (f"{cmd} events --type COERCE", "forced acts, as a table"),
        (f"{cmd} events --actor KP.MSS", "what the State Security apparatus did"),
        (f"{cmd} incidents", "one act told by several reports, grouped"),
        (f"{cmd} export --format jsonl > events.jsonl", "the record, schema 1"),
        (f"{cmd} export --format acled-csv -o events.csv", "for tools built for ACLED data"),
        (f"{cmd} user add NAME --role analyst && {cmd} serve", "the review desk on 127.0.0.1"),
        (f"{cmd} ingest path/to/your/reports/", "your own reports"),
    ]
    width = max(len(c) for c, _ in tips)
    out.print("\nTry next:", soft_wrap=True)
    for c, why in tips:
        out.print(f"  {c.ljust(width)}  # {why}", soft_wrap=True, markup=False, highlight=False)
    if report.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


from .web.cli import register as _register_web  # noqa: E402  (review desk: serve, user, audit)

_register_web(app)

from .safety_cli import register as _register_safety  # noqa: E402  (init, rekey, verify, custody, backup, restore)

_register_safety(app)

if __name__ == "__main__":  # pragma: no cover
    app()
