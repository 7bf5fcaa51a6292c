"""``chronicle backup`` / ``restore``: a consistent copy of the embedded store
while the web app or an ingest keeps running.

SQLite's online backup API copies page by page and restarts when a writer
changes a page it already copied, so the copy is one committed state (never
half a transaction). The copy is then opened and verified (``custody.verify``)
before it is reported good. An encrypted store stays encrypted in its backup:
the same passphrase opens both. A shared database (PostgreSQL) is backed up
with its own tools (pg_dump); these commands refuse it plainly.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from .custody import Report, verify
from .store import Store, StoreError


class BackupError(RuntimeError):
    pass


def _sqlite_path(store: Store) -> Path:
    if not store.url.startswith("sqlite:///"):
        raise BackupError("backup and restore handle the embedded SQLite store; "
                          "back up a database server with its own tools (pg_dump)")
    return Path(store.url[len("sqlite:///"):])


def _copy(src: Path, dest: Path, journal: str) -> None:
    s, d = sqlite3.connect(src), sqlite3.connect(dest)
    try:
        s.backup(d, pages=256)  # in steps, so a long copy does not hold the writers off
        d.execute(f"PRAGMA journal_mode={journal}")
    finally:
        s.close()
        d.close()


def backup(store: Store, dest: Path, *, overwrite: bool = False) -> Report:
    """Copy the store to ``dest`` and verify the copy; returns its report."""
    src = _sqlite_path(store)
    dest = Path(dest)
    if dest.exists() and not overwrite:
        raise BackupError(f"{dest} exists; choose a new name (backups are never overwritten by default)")
    if dest.resolve() == src.resolve():
        raise BackupError("a backup cannot be written over the store itself")
    part = dest.with_name(dest.name + ".part")
    part.unlink(missing_ok=True)
    _copy(src, part, "DELETE")  # a backup is one self-contained file, no WAL beside it
    try:
        report = verify_file(part)
    except BackupError:
        part.unlink(missing_ok=True)  # a copy that does not verify is no backup
        raise
    part.replace(dest)  # only a complete copy gets the real name
    return report


def verify_file(path: Path) -> Report:
    """Open a store file (CHRONICLE_PASSPHRASE for an encrypted one) and verify it."""
    try:
        copy = Store.open(str(path), migrate=False)
    except StoreError as exc:
        raise BackupError(f"{path}: {exc}") from None
    try:
        report = verify(copy)
    finally:
        copy.close()
    if not report.ok:
        raise BackupError(f"{path} does not verify: " + "; ".join(report.lines()))
    return report


def restore(backup_file: Path, target: Path, *, overwrite: bool = False) -> Report:
    """Put a verified backup in place as the store at ``target``. Refuses to
    replace an existing store unless ``overwrite``; stop the web app first."""
    backup_file, target = Path(backup_file), Path(target)
    if not backup_file.is_file():
        raise BackupError(f"{backup_file}: no such file")
    report = verify_file(backup_file)
    if target.exists() and not overwrite:
        raise BackupError(f"{target} exists; pass --force to replace it with the backup")
    _copy(backup_file, target, "WAL")  # the store's mode (see store._sqlite_pragmas)
    return report
