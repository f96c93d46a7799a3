"""store.state: the due feeds read with sqlite3 alone are the store's, or None when unsure."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from watcher.store import Store
from watcher.store.schema import MIGRATIONS
from watcher.store.state import SCHEMA_VERSION, FeedBatch, Unchanged, read_due, success_values

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
URLS = [f"http://127.0.0.{n}/feed.xml" for n in range(1, 7)]


def stored(path: Path) -> list[tuple[str, str]]:
    """A database whose feeds are in every state a poll leaves: never polled, answered with
    validators and due or not yet due, failing, gone, malformed, moved; plus one feed that
    is no longer configured. Returns the configured (url, name) pairs."""
    configured = [(url, f"Desk {n}") for n, url in enumerate(URLS)]
    store = Store.open(path)
    store.sync_feeds([*configured, ("http://127.0.0.9/removed.xml", "Old")])
    ids = {f.config_url: f.id for f in store.feeds()}
    soon, later = NOW - timedelta(minutes=1), NOW + timedelta(hours=1)
    store.record_unchanged([
        Unchanged(ids[URLS[1]], NOW - timedelta(minutes=20), soon, etag='"a"',
                  last_modified="Fri, 27 Nov 2026 11:00:00 GMT"),
        Unchanged(ids[URLS[2]], NOW - timedelta(minutes=5), later, etag='"b"',
                  url="http://127.0.0.3/moved.xml")])
    store.record_failure(ids[URLS[3]], now=NOW - timedelta(hours=2), message="timed out",
                         next_check_at=soon, gone=False)
    store.record_failure(ids[URLS[4]], now=NOW - timedelta(hours=2), message="410 Gone",
                         next_check_at=None, gone=True)
    values = success_values(now=NOW - timedelta(hours=3), next_check_at=soon, url=URLS[5],
                            etag=None, last_modified=None, content_hash="c0ffee",
                            malformed="not well-formed", ttl_minutes=30)
    store.ingest([FeedBatch(ids[URLS[5]], [], values, {})], now=NOW - timedelta(hours=3),
                 routes=lambda _p: ())
    store.close()
    return configured


@pytest.mark.parametrize("force", [False, True])
def test_reads_what_the_store_gives(tmp_path: Path, force: bool) -> None:
    """Every field of every due feed, in the store's order, forced or not."""
    path = tmp_path / "watcher.db"
    configured = stored(path)
    quick = read_due(path, configured, NOW, force=force)
    store = Store.open(path)
    expected = store.due_feeds(NOW, [url for url, _name in configured], force=force)
    store.close()
    assert quick == expected
    assert len(expected) == (6 if force else 4)  # (not due yet: URLS[2]; gone: URLS[4])


def test_none_when_the_store_must_write_first(tmp_path: Path) -> None:
    """No database, an empty file (the lock's), another schema version, a configured feed
    the database lacks or names otherwise: None, and the store is opened as usual."""
    path = tmp_path / "watcher.db"
    assert read_due(path, [(URLS[0], "")], NOW) is None
    path.touch()
    assert read_due(path, [(URLS[0], "")], NOW) is None
    configured = stored(path)
    assert read_due(path, configured, NOW) is not None
    assert read_due(path, [*configured, ("http://127.0.0.8/new.xml", "")], NOW) is None
    assert read_due(path, [(URLS[0], "Renamed"), *configured[1:]], NOW) is None
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'",
                     (str(SCHEMA_VERSION - 1),))
    assert read_due(path, configured, NOW) is None


def test_none_for_a_date_written_otherwise(tmp_path: Path) -> None:
    """A date in another spelling than the store writes is left to SQLAlchemy's reading."""
    path = tmp_path / "watcher.db"
    configured = stored(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE feeds SET next_check_at = '2026-11-27 11:00:00' "
                     "WHERE config_url = ?", (URLS[1],))
    assert read_due(path, configured, NOW) is None


def test_schema_version_is_the_number_of_migrations() -> None:
    """A new migration must raise the version read_due expects."""
    assert len(MIGRATIONS) == SCHEMA_VERSION
