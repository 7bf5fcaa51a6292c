"""Accounts, roles, password hashing and the login rate limit.

Roles are ranked: a viewer reads, an analyst also reviews and edits, an admin
also manages users. Passwords are stored as argon2id hashes only.
"""
from __future__ import annotations

import datetime as dt
import secrets
import threading
import time
from collections import defaultdict, deque
from typing import Any, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from ..store.schema import settings, users

ROLES = ("viewer", "analyst", "admin")
RANK = {r: i for i, r in enumerate(ROLES)}

_hasher = PasswordHasher()
# Verifying against this when the user does not exist keeps the answer time
# the same for known and unknown names.
_DUMMY_HASH = _hasher.hash("chronicle-dummy-password")


class AuthError(ValueError):
    pass


def add_user(engine: Engine, name: str, role: str, password: str) -> None:
    if role not in RANK:
        raise AuthError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
    if not name or len(name) > 100 or not name.isprintable():
        raise AuthError("a user name is 1-100 printable characters")
    if len(password) < 8:
        raise AuthError("a password has at least 8 characters")
    with engine.begin() as conn:
        if conn.execute(select(users.c.id).where(users.c.name == name)).first():
            raise AuthError(f"user {name!r} exists")
        conn.execute(insert(users).values(name=name, role=role, password_hash=_hasher.hash(password),
                                          active=True, created_at=dt.datetime.now(dt.timezone.utc)))


def set_role(engine: Engine, name: str, role: str) -> None:
    if role not in RANK:
        raise AuthError(f"unknown role {role!r}")
    with engine.begin() as conn:
        if conn.execute(update(users).where(users.c.name == name).values(role=role)).rowcount != 1:
            raise AuthError(f"no user {name!r}")


def set_active(engine: Engine, name: str, active: bool) -> None:
    with engine.begin() as conn:
        if conn.execute(update(users).where(users.c.name == name).values(active=active)).rowcount != 1:
            raise AuthError(f"no user {name!r}")


def list_users(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(users.c.id, users.c.name, users.c.role, users.c.active,
                                   users.c.created_at).order_by(users.c.name)).mappings()
        return [dict(r) for r in rows]


def get_user(engine: Engine, user_id: int) -> Optional[dict[str, Any]]:
    with engine.connect() as conn:
        row = conn.execute(select(users.c.id, users.c.name, users.c.role, users.c.active)
                           .where(users.c.id == user_id)).mappings().first()
    return dict(row) if row and row["active"] else None


def authenticate(engine: Engine, name: str, password: str) -> Optional[dict[str, Any]]:
    with engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == name)).mappings().first()
    try:
        _hasher.verify(row["password_hash"] if row else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if not row or not row["active"]:
        return None
    return {"id": row["id"], "name": row["name"], "role": row["role"]}


def session_secret(engine: Engine) -> str:
    """The key that signs session cookies: made once, kept in the store, so
    sessions survive a restart and every worker signs alike."""
    with engine.begin() as conn:
        row = conn.execute(select(settings.c.value).where(settings.c.key == "session_secret")).first()
        if row:
            return row.value
        value = secrets.token_urlsafe(48)
        conn.execute(insert(settings).values(key="session_secret", value=value))
        return value


class RateLimiter:
    """At most ``limit`` failed logins per key within ``window`` seconds."""

    def __init__(self, limit: int = 5, window: float = 300.0) -> None:
        self.limit, self.window = limit, window
        self._fails: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _trim(self, key: str, now: float) -> deque[float]:
        q = self._fails[key]
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        with self._lock:
            return len(self._trim(key, time.monotonic())) >= self.limit

    def fail(self, key: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._trim(key, now).append(now)

    def reset(self, key: str) -> None:
        with self._lock:
            self._fails.pop(key, None)
