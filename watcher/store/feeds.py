"""Feed rows: sync with config, pick due feeds, record each fetch's outcome."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    String,
    bindparam,
    case,
    func,
    literal_column,
    null,
    or_,
    select,
    update,
)

from watcher.models import FeedState
from watcher.store.bulk import execute_many
from watcher.store.schema import UTCDateTime, feeds, insert_new, items
from watcher.store.state import STATE_COLUMN_NAMES, Unchanged, feed_state, success_values

# The columns a FeedState is read from, in the order ``feed_state`` unpacks them: by
# position, since reading 2,000 rows through their mapping cost more than the query.
STATE_COLUMNS = tuple(feeds.c[name] for name in STATE_COLUMN_NAMES)


def _sql(word: str) -> ColumnElement[str]:
    """A constant word as an SQL string literal, written into the statement."""
    return literal_column(f"'{word}'", String)


class FeedsMixin:
    engine: Engine

    def held_feeds(self, conn: Connection, feed_ids: Sequence[int]) -> set[int]:
        """Which of these feeds this process may write back, checked in the writing
        transaction: all of them here; a worker's store keeps only those it still holds
        the claim on (see watcher.store.claims)."""
        return set(feed_ids)

    def sync_feeds(self, configured: Iterable[tuple[str, str]]) -> None:
        """Insert feeds new to config (url, name); keep rows of removed feeds for history."""
        with self.engine.begin() as conn:
            known = {r[0]: r[1] for r in conn.execute(select(feeds.c.config_url, feeds.c.name))}
            added: dict[str, dict[str, Any]] = {}
            renamed: list[dict[str, Any]] = []
            for url, name in configured:
                if url not in known:
                    added.setdefault(url, {"config_url": url, "url": url, "name": name,
                                           "status": "new", "error_count": 0})
                elif known[url] != name:
                    renamed.append({"b_url": url, "b_name": name})
            # Two statements, not one per feed: a first start with 2,000 feeds took 0.17 s.
            if added:  # workers starting together may add the same feeds
                conn.execute(insert_new(conn, feeds), list(added.values()))
            if renamed:
                conn.execute(update(feeds).where(feeds.c.config_url == bindparam("b_url"))
                             .values(name=bindparam("b_name")), renamed)

    def feeds(self, config_urls: Sequence[str] | None = None) -> list[FeedState]:
        """Every feed with its item count, for `watcher feeds`."""
        counts = (select(items.c.feed_id, func.count().label("item_count"))
                  .group_by(items.c.feed_id).subquery())
        query = (select(*STATE_COLUMNS, counts.c.item_count)
                 .outerjoin(counts, counts.c.feed_id == feeds.c.id).order_by(feeds.c.id))
        if config_urls is not None:
            query = query.where(feeds.c.config_url.in_(config_urls))
        with self.engine.connect() as conn:
            return [feed_state(r[:-1], r[-1] or 0) for r in conn.execute(query)]

    def due_feeds(self, now: datetime, config_urls: Sequence[str], *,
                  force: bool = False) -> list[FeedState]:
        """Feeds whose next check has come; gone feeds only when forced."""
        query = select(*STATE_COLUMNS).order_by(feeds.c.id)
        if not force:
            query = query.where(feeds.c.status != "gone").where(
                (feeds.c.next_check_at.is_(None)) | (feeds.c.next_check_at <= now))
        # The configured feeds are picked here rather than by an IN of every configured URL
        # (2,000 parameters to build and bind on each call); rows of feeds removed from the
        # config are few, kept for their history.
        wanted = set(config_urls)
        with self.engine.connect() as conn:
            return [feed_state(r) for r in conn.execute(query) if r[2] in wanted]

    def next_due_at(self, config_urls: Sequence[str]) -> datetime | None:
        with self.engine.connect() as conn:
            return conn.execute(
                select(func.min(feeds.c.next_check_at))
                .where(feeds.c.config_url.in_(config_urls))
                .where(feeds.c.status != "gone")).scalar()

    def record_unchanged(self, updates: Sequence[Unchanged]) -> None:
        """304s and unchanged bodies, many feeds in one statement: refresh validators and the
        schedule, clear errors. Losing these in a crash only means re-polling politely."""
        if not updates:
            return
        # The constants are written into the SQL, not bound: with 2,000 rows, processing
        # bound constants for every row was a fifth of this method's time.
        query = update(feeds).where(feeds.c.id == bindparam("feed_id")).values(
            last_fetch_at=bindparam("now", type_=UTCDateTime),
            next_check_at=bindparam("next_check_at", type_=UTCDateTime),
            error_count=literal_column("0"),
            failing_since=null(),
            # a malformed feed keeps saying why while its (unchanged) body stays malformed
            last_error=case((feeds.c.status == _sql("malformed"), feeds.c.last_error),
                            else_=null()),
            status=case((or_(feeds.c.status == _sql("error"), feeds.c.status == _sql("new")),
                         _sql("ok")), else_=feeds.c.status),
            url=func.coalesce(bindparam("url", type_=String), feeds.c.url),
            etag=func.coalesce(bindparam("etag", type_=String), feeds.c.etag),
            last_modified=func.coalesce(bindparam("last_modified", type_=String),
                                        feeds.c.last_modified))
        with self.engine.begin() as conn:
            held = self.held_feeds(conn, [u.feed_id for u in updates])
            rows = [{"feed_id": u.feed_id, "now": u.now, "next_check_at": u.next_check_at,
                     "url": u.url, "etag": u.etag, "last_modified": u.last_modified}
                    for u in updates if u.feed_id in held]
            execute_many(conn, query, rows)

    def record_failure(self, feed_id: int, *, now: datetime, message: str,
                       next_check_at: datetime | None, gone: bool,
                       url: str | None = None) -> None:
        values: dict[str, Any] = {
            "last_fetch_at": now, "next_check_at": next_check_at, "last_error": message,
            "status": "gone" if gone else "error", "error_count": feeds.c.error_count + 1,
            "failing_since": func.coalesce(feeds.c.failing_since, now),
        }
        if url:
            values["url"] = url
        with self.engine.begin() as conn:
            if self.held_feeds(conn, [feed_id]):
                conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**values))

    success_values = staticmethod(success_values)
