"""The Store and its engine: SQLite in WAL mode, or PostgreSQL (see ``watcher.store``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import SQLAlchemyError

from watcher.errors import StoreError
from watcher.store import driver_message, is_server_url, shown
from watcher.store.feeds import FeedsMixin
from watcher.store.items import ItemsMixin
from watcher.store.listing import ListingMixin
from watcher.store.outbox import OutboxMixin
from watcher.store.profiles import ProfileVersionsMixin
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


def server_engine(url: str, *, read_only: bool = False) -> Engine:
    """An engine on PostgreSQL; ``read_only`` makes every transaction read-only."""
    args = {}
    if read_only:  # added to the URL's own options (a search_path, say), not instead
        given = make_url(url).query.get("options", "")
        args["options"] = f"{given} -c default_transaction_read_only=on".strip()
    # pool_pre_ping: a worker outlives database restarts and failovers.
    return create_engine(url, pool_pre_ping=True, connect_args=args)


class Store(FeedsMixin, ItemsMixin, OutboxMixin, ListingMixin, ProfileVersionsMixin):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, target: str | Path) -> Store:
        """Open and migrate the database at ``target``: a file path, or a PostgreSQL URL."""
        try:
            if is_server_url(target):
                engine = server_engine(str(target))
            else:
                path = Path(target)
                path.parent.mkdir(parents=True, exist_ok=True)
                engine = create_engine(f"sqlite:///{path}")
                event.listen(engine, "connect", _sqlite_pragmas)
            with engine.begin() as conn:
                migrate(conn)
        except (OSError, SQLAlchemyError, RuntimeError, ValueError) as exc:
            raise StoreError(f"cannot open the state database {shown(target)}: "
                             f"{driver_message(exc)}") from None
        return cls(engine)

    @property
    def on_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        self.engine.dispose()
