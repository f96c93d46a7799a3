"""What a poll reads from the store and hands back to it, without SQLAlchemy.

A poll needs each due feed's validators before its first request, and SQLAlchemy takes a
quarter of an all-304 `run --once` to import (855 M of 3,780 M instructions, with the
engine, the migration check and the query of the due feeds). ``read_due`` reads the feeds
with the sqlite3 module alone, so `run --once` sends its first requests at once and opens
the store (SQLAlchemy, migrations, the feeds of the config) while their answers are awaited.
It answers only when it is sure to give what ``Store.open`` followed by ``due_feeds``
would: otherwise (no database yet, another schema version, a feed the config adds or
renames, a date not written the usual way) it gives None and the store is opened first.

The records a poll hands back to be written (``Unchanged``, ``FeedBatch``, the values of
``success_values``) are plain dataclasses and dicts, so the pipeline needs no SQLAlchemy
either until it writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from watcher.models import FeedState, Item, Match
from watcher.rows import ItemRow, MatchRow, item_row, match_row

# The schema version ``watcher.store.schema.migrate`` brings a database to (the number of
# its MIGRATIONS; tests/test_store_state.py holds the two equal).
SCHEMA_VERSION = 7

# The feeds' columns a FeedState is made of, in the order ``feed_state`` unpacks them.
STATE_COLUMN_NAMES = ("id", "url", "config_url", "name", "status", "etag", "last_modified",
                      "content_hash", "error_count", "last_error", "last_fetch_at",
                      "next_check_at", "ttl_minutes", "failing_since")


def feed_state(row: Sequence[Any], item_count: int = 0) -> FeedState:
    """A FeedState from a row of the STATE_COLUMN_NAMES."""
    (id_, url, config_url, name, status, etag, last_modified, content_hash, error_count,
     last_error, last_fetch_at, next_check_at, ttl_minutes, failing_since) = row
    return FeedState(
        id=id_, url=url, config_url=config_url, name=name, status=status, etag=etag,
        last_modified=last_modified, content_hash=content_hash, error_count=error_count,
        last_error=last_error, last_fetch_at=last_fetch_at, next_check_at=next_check_at,
        item_count=item_count, ttl_minutes=ttl_minutes, failing_since=failing_since,
    )


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A feed that answered 304 or an unchanged body; written in batches."""

    feed_id: int
    now: datetime
    next_check_at: datetime
    url: str | None = None  # a new permanent URL
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class FeedBatch:
    """One polled feed's parsed items (as rows) and its new state, waiting to be written."""

    feed_id: int
    rows: Sequence[ItemRow]
    feed_values: dict[str, Any]  # from success_values
    matches: Mapping[str, Sequence[MatchRow]]  # by item_key; items without one are absent
    has_items: bool = True  # False for a feed never stored before: nothing to look up

    @classmethod
    def of_items(cls, feed_id: int, items: Sequence[Item], feed_values: dict[str, Any],
                 match: Callable[[Item], list[Match]], has_items: bool = True) -> FeedBatch:
        """A batch from Item objects, matching each with ``match`` now."""
        found = {i.item_key: [match_row(m) for m in ms] for i in items if (ms := match(i))}
        return cls(feed_id, [item_row(i) for i in items], feed_values, found, has_items)


def success_values(*, now: datetime, next_check_at: datetime, url: str, etag: str | None,
                   last_modified: str | None, content_hash: str | None,
                   malformed: str | None, ttl_minutes: int | None = None) -> dict[str, Any]:
    """A feed's new state after a fetch whose body was parsed (written with its items)."""
    return {
        "url": url, "etag": etag, "last_modified": last_modified, "ttl_minutes": ttl_minutes,
        "content_hash": content_hash, "last_fetch_at": now, "next_check_at": next_check_at,
        "error_count": 0, "status": "malformed" if malformed else "ok",
        "last_error": malformed, "failing_since": None,
    }


class _Unsure(Exception):
    """What the database holds is not what ``read_due`` is sure to read as the store does."""


_STORED = len("2026-01-01 00:00:00.000000")  # a date as the store writes it on SQLite


def _dates() -> Callable[[Any], datetime | None]:
    """A reader of stored dates, each distinct text read once (a poll writes one ``now``
    for every feed it records)."""
    seen: dict[str, datetime] = {}

    def read(value: Any) -> datetime | None:
        if value is None:
            return None
        found = seen.get(value)
        if found is None:
            if not isinstance(value, str) or len(value) != _STORED:
                raise _Unsure(value)
            try:
                found = seen[value] = datetime.fromisoformat(value + "+00:00")
            except ValueError:
                raise _Unsure(value) from None
        return found

    return read


def read_due(path: Path, configured: Iterable[tuple[str, str]], now: datetime, *,
             force: bool = False) -> list[FeedState] | None:
    """The feeds due at ``now`` in the SQLite database at ``path`` (every configured one
    with ``force``, gone ones too), as ``Store.open(path)`` with the configured feeds
    (url, name) synced and then ``due_feeds`` would give them; None when not sure of that.
    Opened read-only: reading changes nothing."""
    import sqlite3
    from urllib.parse import quote

    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
        try:
            version = conn.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if version is None or version[0] != str(SCHEMA_VERSION):
                return None
            rows = conn.execute(f"SELECT {', '.join(STATE_COLUMN_NAMES)} FROM feeds "
                                "ORDER BY id").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:  # no tables yet (a file made by the lock), locked, unreadable
        return None
    names = {row[2]: row[3] for row in rows}
    wanted = set()
    for url, name in configured:
        if names.get(url) != name:
            return None  # added or renamed: the store's sync writes it first
        wanted.add(url)
    date = _dates()
    due: list[FeedState] = []
    try:
        for (id_, url, config_url, name, status, etag, last_modified, content_hash,
             error_count, last_error, last_fetch_at, next_check_at, ttl_minutes,
             failing_since) in rows:
            if config_url not in wanted:
                continue
            next_at = date(next_check_at)
            if not force and (status == "gone" or (next_at is not None and next_at > now)):
                continue
            due.append(FeedState(
                id=id_, url=url, config_url=config_url, name=name, status=status, etag=etag,
                last_modified=last_modified, content_hash=content_hash,
                error_count=error_count, last_error=last_error,
                last_fetch_at=date(last_fetch_at), next_check_at=next_at,
                ttl_minutes=ttl_minutes, failing_since=date(failing_since)))
    except _Unsure:
        return None
    return due
