"""The state database: the only package that speaks SQL.

``Store.open(path)`` opens (creating and migrating) a SQLite file in WAL mode. Feed state,
items, matches and the outbox live here; every write that must be atomic (new items, their
matches and their outbox rows) happens in one transaction.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from watcher.errors import StoreError
from watcher.store.feeds import FeedsMixin
from watcher.store.items import ItemsMixin
from watcher.store.outbox import OutboxMixin
from watcher.store.schema import migrate


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # NORMAL is durable across process crashes in WAL mode; only power loss can lose the
    # last commits, which the outbox then re-derives (nothing is marked sent before sending).
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


class Store(FeedsMixin, ItemsMixin, OutboxMixin):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, path: str | Path) -> Store:
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(f"sqlite:///{path}")
            event.listen(engine, "connect", _sqlite_pragmas)
            with engine.begin() as conn:
                migrate(conn)
        except (OSError, SQLAlchemyError, RuntimeError) as exc:
            # One line: the driver's own error, without SQLAlchemy's statement and link.
            cause = getattr(exc, "orig", None) or exc
            raise StoreError(f"cannot open the state database {path}: {cause}") from None
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()


__all__ = ["Store"]
