"""Safety commands: ``init [--encrypt]``, ``rekey``, ``verify``, ``custody``,
``backup``, ``restore``. ``register(app)`` adds them to ``chronicle``."""
from __future__ import annotations

from pathlib import Path

import typer


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _store():
    from .cli import open_store  # late: chronicle.cli imports this module

    return open_store()


def init(encrypt: bool = typer.Option(False, "--encrypt", help="Encrypt documents, their text, "
                                      "events and audit payloads with a key from a passphrase "
                                      "(CHRONICLE_PASSPHRASE or asked). A lost passphrase cannot "
                                      "be recovered.")) -> None:
    """Create the store (or bring it to the current schema); --encrypt seals it."""
    from .crypto import CryptoError, enable, is_encrypted, passphrase

    store = _store()
    if not encrypt:
        typer.echo(f"store ready at revision {store.revision()}")
        return
    if is_encrypted(store.engine):
        _fail("this store is already encrypted (use rekey to change the passphrase)")
    try:
        enable(store.engine, passphrase("new passphrase", confirm=True))
    except CryptoError as exc:
        _fail(str(exc))
    typer.echo("store encrypted. Keep the passphrase safe: without it the store cannot be read, "
               "by you or anyone.")


def rekey() -> None:
    """Rotate the key: a new passphrase (CHRONICLE_NEW_PASSPHRASE or asked), every value resealed."""
    from .crypto import CryptoError, passphrase
    from .crypto import rekey as _rekey

    store = _store()  # opening an encrypted store already checks the current passphrase
    try:
        old = passphrase("current passphrase")
        new = passphrase("new passphrase", env="CHRONICLE_NEW_PASSPHRASE", confirm=True)
        _rekey(store.engine, old, new)
    except CryptoError as exc:
        _fail(str(exc))
    typer.echo("key rotated: every sealed value now opens only with the new passphrase")


def verify() -> None:
    """Re-hash every held original and the audit chain; exit 1 on any mismatch."""
    from .custody import verify as _verify

    report = _verify(_store())
    for line in report.lines():
        typer.echo(line)
    if not report.ok:
        raise typer.Exit(1)


def custody(document_id: str = typer.Argument(..., help="A document id (or its first characters).")) -> None:
    """A document's chain of custody: where it came from, who stored it, every later action."""
    from .custody import history

    store = _store()
    matches = [d for d in store.documents() if d["document_id"].startswith(document_id)]
    if len(matches) != 1:
        _fail(f"{len(matches)} documents match {document_id!r}", 1)
    doc = matches[0]
    typer.echo(f"document {doc['document_id']}\n  origin {doc['origin']}\n  url {doc['url'] or '-'}\n"
               f"  ingested {doc['ingested_at']} by {doc['ingested_by']}")
    for e in history(store, doc["document_id"]):
        typer.echo(f"  #{e['id']} {e['at']} {e['actor']} {e['action']} {e['event_id'] or ''} {e['note'] or ''}")


def backup(dest: Path = typer.Argument(..., help="The backup file to write (must not exist)."),
           ) -> None:
    """A consistent copy of the store, safe while the app runs; the copy is verified."""
    from .backup import BackupError, backup as _backup

    try:
        report = _backup(_store(), dest)
    except BackupError as exc:
        _fail(str(exc), 1)
    typer.echo(f"backup written to {dest} and verified: {report.verified} originals, "
               f"{report.audit_entries} audit entries")


def restore(backup_file: Path = typer.Argument(..., help="A backup written by `chronicle backup`."),
            force: bool = typer.Option(False, "--force", help="Replace an existing store (stop the app first).")) -> None:
    """Verify a backup and make it the store (--db)."""
    from .backup import BackupError, restore as _restore
    from .cli import State
    from .store import database_url

    url = database_url(State.db)
    if not url.startswith("sqlite:///"):
        _fail("restore handles the embedded SQLite store; restore a database server with its own tools")
    try:
        report = _restore(backup_file, Path(url[len("sqlite:///"):]), overwrite=force)
    except BackupError as exc:
        _fail(str(exc), 1)
    typer.echo(f"restored from {backup_file}: {report.verified} originals verified")


def register(app: typer.Typer) -> None:
    for fn in (init, rekey, verify, custody, backup, restore):
        app.command()(fn)
