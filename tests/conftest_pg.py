"""A throwaway PostgreSQL server for the storage tests: ``initdb`` and
``pg_ctl`` (Debian's ``postgresql`` package) start a cluster in a temporary
folder on a free loopback port; each test gets a fresh database in it. Tests
skip, saying why, where the binaries or the driver are missing."""
from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile

import pytest

from conftest import has_module


def _bin(name: str):
    found = shutil.which(name) or sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))[-1:]
    return found if isinstance(found, str) else (found[0] if found else None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root: use the package's postgres user then
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--"] + cmd
    return cmd


class Unavailable(RuntimeError):
    """No server can be started here (the message says why)."""


@contextlib.contextmanager
def throwaway_server():
    """A PostgreSQL server on a free loopback port for as long as the block
    lasts; yields its URL without a database name."""
    initdb, pg_ctl = _bin("initdb"), _bin("pg_ctl")
    if not (initdb and pg_ctl):
        raise Unavailable("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    if not has_module("psycopg"):
        raise Unavailable("the psycopg driver is not installed: pip install 'psycopg[binary]'")
    data = tempfile.mkdtemp(prefix="chronicle-pg-")
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = _free_port()
    try:
        subprocess.run(_as_server_user([initdb, "-D", data, "-U", "chronicle", "--auth=trust",
                                        "--encoding=UTF8", "--locale=C.UTF-8"]),
                       check=True, capture_output=True)
        # a UTF-8 locale (not C) so that pg_trgm takes Hangul for letters
        opts = f"-p {port} -c listen_addresses=127.0.0.1 -k {data} -c fsync=off"
        subprocess.run(_as_server_user([pg_ctl, "-D", data, "-o", opts, "-l", f"{data}/log", "-w", "start"]),
                       check=True, capture_output=True)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(data, ignore_errors=True)
        raise Unavailable(f"could not start PostgreSQL: {exc.stderr.decode(errors='replace')[-300:]}")
    try:
        yield f"postgresql+psycopg://chronicle@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_server_user([pg_ctl, "-D", data, "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    server = throwaway_server()
    try:
        url = server.__enter__()
    except Unavailable as exc:
        pytest.skip(str(exc))
    yield url
    server.__exit__(None, None, None)


_numbers = itertools.count()


def fresh_database(server_url: str) -> str:
    """A new empty database on the server; its URL."""
    import sqlalchemy as sa

    name = f"t{os.getpid()}_{next(_numbers)}"
    engine = sa.create_engine(f"{server_url}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return f"{server_url}/{name}"
