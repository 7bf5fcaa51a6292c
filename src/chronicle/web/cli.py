"""Commands of the review desk: ``serve``, ``user add|list|role|disable``,
``audit verify``. ``register(app)`` adds them to the ``chronicle`` command."""
from __future__ import annotations

import sys
from typing import Optional

import typer

user_app = typer.Typer(no_args_is_help=True, help="Accounts of the review desk.")
audit_app = typer.Typer(no_args_is_help=True, help="The hash-chained audit log of review actions.")


def _store():
    from ..cli import open_store  # late: chronicle.cli imports this module

    return open_store()


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def serve(host: str = typer.Option("127.0.0.1", help="Address to listen on (local only by default)."),
          port: int = typer.Option(8000, help="Port."),
          insecure_cookies: bool = typer.Option(
              False, "--insecure-cookies",
              help="Send the session cookie over plain http to hosts other than localhost. "
                   "Only behind a trusted TLS proxy.")) -> None:
    """Start the review desk web app."""
    import uvicorn

    from .app import create_app

    store = _store()
    # Browsers treat http://127.0.0.1 and localhost as secure, so Secure
    # cookies work there; elsewhere plain http needs TLS in front.
    app = create_app(store, secure_cookies=not insecure_cookies)
    typer.echo(f"review desk on http://{host}:{port}/  (public view: /public)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


@user_app.command("add")
def user_add(name: str = typer.Argument(..., help="Login name."),
             role: str = typer.Option("viewer", "--role", help="admin, analyst or viewer."),
             password_stdin: bool = typer.Option(False, "--password-stdin",
                                                 help="Read the password from standard input.")) -> None:
    """Add an account (asks for the password)."""
    from .auth import AuthError, add_user

    store = _store()
    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("password", hide_input=True, confirmation_prompt=True)
    try:
        add_user(store.engine, name, role, password)
    except AuthError as exc:
        _fail(str(exc))
    typer.echo(f"user {name} added with role {role}")


@user_app.command("list")
def user_list() -> None:
    """List accounts and their roles."""
    from .auth import list_users

    for u in list_users(_store().engine):
        typer.echo(f"{u['name']}\t{u['role']}\t{'active' if u['active'] else 'disabled'}")


@user_app.command("role")
def user_role(name: str, role: str) -> None:
    """Change an account's role."""
    from .auth import AuthError, set_role

    try:
        set_role(_store().engine, name, role)
    except AuthError as exc:
        _fail(str(exc))
    typer.echo(f"user {name} now has role {role}")


@user_app.command("disable")
def user_disable(name: str) -> None:
    """Disable an account (its sessions stop working at once)."""
    from .auth import AuthError, set_active

    try:
        set_active(_store().engine, name, False)
    except AuthError as exc:
        _fail(str(exc))
    typer.echo(f"user {name} disabled")


@audit_app.command("verify")
def audit_verify(head: Optional[str] = typer.Option(
        None, "--head", help="A head hash printed by 'chronicle audit anchor' earlier: also check "
                             "that no entry up to it was cut off the end.")) -> None:
    """Check the audit log's hash chain; exit 1 naming the first broken entry.

    Without --head a log whose newest entries were deleted still verifies:
    record 'chronicle audit anchor' outside the database and pass it here."""
    from ..audit import entries, verify

    store = _store()
    broken = verify(store.engine, head=head)
    if broken:
        where = f"entry {broken['id']}" + (f" ({broken['at']}, {broken['actor']} {broken['action']})"
                                           if broken.get("at") else "")
        typer.echo(f"audit log BROKEN at {where}: {broken['problem']}")
        raise typer.Exit(1)
    n = len(entries(store.engine))
    typer.echo(f"audit log intact: {n} entries, hash chain verified"
               + (", anchored head present" if head else " (a cut tail is only caught with --head)"))


@audit_app.command("anchor")
def audit_anchor() -> None:
    """Print the head hash of the audit log. Keep it outside the database (a
    notebook, a signed message); 'chronicle audit verify --head HASH' later
    proves no entry up to it was removed."""
    from ..audit import anchor

    head = anchor(_store().engine)
    typer.echo(head["hash"])
    typer.echo(f"entry {head['id']}" + (f" at {head['at']}" if head["at"] else " (empty log)"), err=True)


def register(app: typer.Typer, *, name_serve: Optional[str] = "serve") -> None:
    """Add the review desk's commands to the ``chronicle`` Typer app."""
    app.command(name_serve)(serve)
    app.add_typer(user_app, name="user")
    app.add_typer(audit_app, name="audit")
