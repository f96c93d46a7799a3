"""The state database: the only package that speaks SQL.

``Store.open(target)`` opens (creating and migrating) the state database: a SQLite file in
WAL mode (the default: one process), or a ``postgresql+psycopg://`` URL (scale-out: any number
of ``watcher worker`` processes). Which one is decided here, by ``is_server_url``, and nowhere
else. Feed state, items, matches and the outbox live here; every write that must be atomic
(new items, their matches and their outbox rows) happens in one transaction.

``Store`` and ``server_engine`` (``watcher.store.core``) are imported with SQLAlchemy when
first asked for: `run --once` reads its feeds' validators through ``watcher.store.state``
with the sqlite3 module alone and starts polling while SQLAlchemy is still being imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from watcher.store.core import Store, server_engine

SERVER_SCHEME = "postgresql+psycopg://"


def is_server_url(target: str | Path) -> bool:
    """True for a PostgreSQL URL (scale-out mode); anything else is a SQLite file path."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEME)


def shown(target: str | Path) -> str:
    """The database as named in messages: a URL without its password."""
    if is_server_url(target):
        from sqlalchemy import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            return make_url(str(target)).render_as_string(hide_password=True)
        except ArgumentError:
            return SERVER_SCHEME + "…"
    return str(target)


def driver_message(exc: BaseException) -> str:
    """One line: the driver's own error, without SQLAlchemy's statement and link."""
    return (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0]


def __getattr__(name: str) -> Any:
    if name in ("Store", "server_engine"):
        from watcher.store import core

        return getattr(core, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SERVER_SCHEME", "Store", "driver_message", "is_server_url", "server_engine", "shown"]
