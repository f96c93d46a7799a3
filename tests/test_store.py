"""store: atomic ingest, no duplicates on re-poll, outbox windows, safe pruning, migrations."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pgsupport import database_fixture  # noqa: F401  (`database`: SQLite, then PostgreSQL)
from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    Table,
    create_engine,
    insert,
    select,
    text,
)

from watcher.models import Item, Match, Snippet, TermHit
from watcher.store import Store
from watcher.store.feeds import Unchanged
from watcher.store.items import FeedBatch
from watcher.store.schema import MIGRATIONS, UTCDateTime

Target = str | Path
NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def make_item(n: int, title: str = "") -> Item:
    return Item(item_key=f"id:{n}", feed_url="http://127.0.0.1/feed", title=title or f"Story {n}",
                link=f"http://127.0.0.1/s/{n}", summary="북한 탈북자 summary", content="",
                author="", categories=("news",), published=NOW, published_from_feed=True,
                content_hash=f"h{n}:{title}", source_title="Desk")


def match_all(item: Item) -> list[Match]:
    return [Match("defections", 1.5, (TermHit("탈북자", ("summary",), 1),),
                  Snippet("북한 탈북자 summary", ((3, 6),)))]


def open_with_feed(database: Target) -> tuple[Store, int]:
    store = Store.open(database)
    store.sync_feeds([("http://127.0.0.1/feed", "Desk")])
    return store, store.feeds()[0].id


def ingest(store: Store, feed_id: int, items: list[Item], now: datetime = NOW) -> tuple[int, int]:
    values = Store.success_values(now=now, next_check_at=now + timedelta(minutes=15),
                                  url="http://127.0.0.1/feed", etag='"e"', last_modified=None,
                                  content_hash="x", malformed=None)
    [result] = store.ingest([FeedBatch.of_items(feed_id, items, values, match_all)], now=now,
                            routes=lambda p: ("mail", "chat"))
    return result.new, result.updated


def test_repoll_creates_no_duplicates(database: Target) -> None:
    """Ingesting the same items twice stores and queues them once; changed text is an update."""
    store, feed_id = open_with_feed(database)
    assert ingest(store, feed_id, [make_item(1), make_item(2)]) == (2, 0)
    assert ingest(store, feed_id, [make_item(1), make_item(2)]) == (0, 0)
    assert ingest(store, feed_id, [make_item(1, "Story 1, corrected"), make_item(3)]) == (1, 1)
    assert store.count_items() == 3
    assert store.queue_state("mail")[0] == 3  # the update did not re-alert
    assert store.feeds()[0].item_count == 3


def test_matches_survive_round_trip(database: Target) -> None:
    """Queued entries come back with their item, score, terms and Korean snippet intact."""
    store, feed_id = open_with_feed(database)
    ingest(store, feed_id, [make_item(1)])
    [(item, match)] = store.window_entries(None, "chat")
    assert item == make_item(1)
    assert match == match_all(item)[0]


def test_window_takes_every_queued_match_once(database: Target) -> None:
    """Closing a window assigns all queued matches; the next window only gets newer ones."""
    store, feed_id = open_with_feed(database)
    ingest(store, feed_id, [make_item(1), make_item(2)])
    first = store.close_window("mail", NOW, now=NOW, allow_empty=False)
    assert first is not None and store.queue_state("mail")[0] == 0
    assert store.close_window("mail", NOW, now=NOW, allow_empty=True) is None  # same window
    assert store.close_window("mail", NOW + timedelta(hours=1), now=NOW, allow_empty=False) is None
    ingest(store, feed_id, [make_item(3)])
    second = store.close_window("mail", NOW + timedelta(days=1), now=NOW, allow_empty=False)
    assert second is not None
    assert len(store.window_entries(first, "mail")) == 2
    assert [i.item_key for i, _ in store.window_entries(second, "mail")] == ["id:3"]
    row = store.window(second)
    # the quiet window at +1 h is kept (state "empty"), so the next one starts from it
    assert row is not None and row.window_start == NOW + timedelta(hours=1)
    assert row.item_count == 1
    assert [(r.state, r.item_count) for r in store.outbox(("empty",))] == [("empty", 0)]


def test_failures_then_dead_then_revived(database: Target) -> None:
    """A failed window keeps its error and attempts; dead windows are listed and revivable."""
    store, feed_id = open_with_feed(database)
    ingest(store, feed_id, [make_item(1)])
    wid = store.close_window("chat", NOW, now=NOW, allow_empty=False)
    assert wid is not None
    store.mark_failed(wid, error="HTTP 500 from 127.0.0.1", next_attempt_at=NOW, dead=False)
    store.mark_failed(wid, error="HTTP 404 from 127.0.0.1", next_attempt_at=NOW, dead=True)
    [row] = store.outbox(("dead",))
    assert (row.attempts, row.last_error) == (2, "HTTP 404 from 127.0.0.1")
    assert store.due_windows(NOW + timedelta(days=1)) == []
    assert store.revive(None, NOW) == 1
    assert [r.id for r in store.due_windows(NOW)] == [wid]


def test_prune_keeps_undelivered(database: Target) -> None:
    """Retention deletes old items only when every delivery of theirs was sent."""
    store, feed_id = open_with_feed(database)
    old = NOW - timedelta(days=200)
    ingest(store, feed_id, [make_item(1), make_item(2)], now=old)
    assert store.prune(NOW - timedelta(days=90)) == 0  # both still queued
    for dest in ("mail", "chat"):
        wid = store.close_window(dest, old, now=old, allow_empty=False)
        assert wid is not None
        store.mark_sent(wid, old)
    ingest(store, feed_id, [make_item(3)], now=old)  # old but never delivered
    assert store.prune(NOW - timedelta(days=90)) == 2
    assert store.count_items() == 1


def test_reopen_migrates_once_and_uses_wal(database: Target) -> None:
    """Reopening keeps the data and records the schema version; a SQLite file runs in WAL."""
    store, feed_id = open_with_feed(database)
    ingest(store, feed_id, [make_item(1)])
    store.close()
    again = Store.open(database)
    assert again.count_items() == 1
    with again.engine.connect() as conn:
        if again.engine.dialect.name == "sqlite":
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        version = text("SELECT value FROM meta WHERE key = 'schema_version'")
        assert conn.execute(version).scalar() == str(len(MIGRATIONS))


def test_version_1_database_is_migrated(database: Target) -> None:
    """A database made by schema 1 gains items.last_seen (from first_seen) and feeds.ttl_minutes."""
    store, feed_id = open_with_feed(database)
    ingest(store, feed_id, [make_item(1)])
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE items DROP COLUMN last_seen")
        conn.exec_driver_sql("ALTER TABLE feeds DROP COLUMN ttl_minutes")
        conn.exec_driver_sql("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    store.close()
    again = Store.open(database)
    with again.engine.connect() as conn:
        assert conn.execute(text("SELECT last_seen = first_seen FROM items")).scalar() == 1
        assert conn.execute(text("SELECT ttl_minutes FROM feeds")).first() == (None,)
    assert again.feeds()[0].item_count == 1


def test_items_still_in_the_feed_are_not_pruned_or_realerted(database: Target) -> None:
    """Retention counts from the last body that carried an item; an old item a feed still
    carries after its row was pruned is stored again without a new alert."""
    store, feed_id = open_with_feed(database)
    start = NOW - timedelta(days=200)
    ingest(store, feed_id, [make_item(1), make_item(2)], now=start)
    for dest in ("mail", "chat"):
        wid = store.close_window(dest, start, now=start, allow_empty=False)
        assert wid is not None
        store.mark_sent(wid, start)
    ingest(store, feed_id, [make_item(1), make_item(3)], now=NOW - timedelta(days=10))
    assert store.prune(NOW - timedelta(days=90)) == 1  # only item 2 left the feed long ago
    old = replace(make_item(2), published=start)
    values = Store.success_values(now=NOW, next_check_at=NOW, url="u", etag=None,
                                  last_modified=None, content_hash="y", malformed=None)
    [result] = store.ingest([FeedBatch.of_items(feed_id, [old], values, match_all)], now=NOW,
                            routes=lambda p: ("mail",), alert_after=NOW - timedelta(days=90))
    assert (result.new, result.matches) == (1, 0)


def test_feed_failure_and_recovery(database: Target) -> None:
    """Failures count up with the message kept; a 304 afterwards clears the error."""
    store, feed_id = open_with_feed(database)
    store.record_failure(feed_id, now=NOW, message="HTTP 500 from http://127.0.0.1/feed",
                         next_check_at=NOW + timedelta(minutes=30), gone=False)
    store.record_failure(feed_id, now=NOW, message="timed out after 30 s",
                         next_check_at=NOW + timedelta(hours=1), gone=False)
    feed = store.feeds()[0]
    assert (feed.status, feed.error_count, feed.last_error) == ("error", 2, "timed out after 30 s")
    assert store.due_feeds(NOW, [feed.config_url]) == []
    store.record_unchanged([Unchanged(feed_id, NOW, NOW, etag='"v2"')])
    feed = store.feeds()[0]
    assert (feed.status, feed.error_count, feed.last_error, feed.etag) == ("ok", 0, None, '"v2"')
    assert [f.id for f in store.due_feeds(NOW, [feed.config_url])] == [feed_id]


def test_unchanged_answers_keep_what_the_body_said(database: Target) -> None:
    """A 304 clears a fetch error but leaves a malformed feed malformed, with its reason,
    and a gone feed gone (forced polls reach it); only configured feeds are due, each read
    back whole."""
    store = Store.open(database)
    urls = [f"http://127.0.0.1/{name}" for name in ("bad", "gone", "plain", "removed")]
    store.sync_feeds((u, u[-4:]) for u in urls)
    ids = {f.config_url.rsplit("/", 1)[1]: f.id for f in store.feeds()}
    values = Store.success_values(now=NOW, next_check_at=NOW, url=urls[0], etag=None,
                                  last_modified=None, content_hash="h", malformed="not XML",
                                  ttl_minutes=30)
    store.ingest([FeedBatch.of_items(ids["bad"], [], values, match_all)], now=NOW,
                 routes=lambda p: (), alert_after=NOW)
    store.record_failure(ids["gone"], now=NOW, message="410 Gone", next_check_at=None,
                         gone=True)
    store.record_failure(ids["plain"], now=NOW, message="timed out", next_check_at=NOW,
                         gone=False)
    later = NOW + timedelta(minutes=5)
    store.record_unchanged([Unchanged(ids[n], later, later + timedelta(hours=1), etag='"e"',
                                      last_modified="Fri, 27 Nov 2026 12:00:00 GMT")
                            for n in ("bad", "gone", "plain")])
    feeds = {f.config_url.rsplit("/", 1)[1]: f for f in store.feeds()}
    assert [(n, feeds[n].status, feeds[n].last_error, feeds[n].error_count)
            for n in ("bad", "gone", "plain")] == [
        ("bad", "malformed", "not XML", 0), ("gone", "gone", None, 0),
        ("plain", "ok", None, 0)]
    assert all(feeds[n].failing_since is None and feeds[n].etag == '"e"'
               and feeds[n].last_fetch_at == later for n in ("bad", "gone", "plain"))
    due = store.due_feeds(later + timedelta(hours=2), urls[:3], force=True)
    assert [f.config_url for f in due] == urls[:3]
    assert due[0] == replace(feeds["bad"], item_count=0) and due[0].ttl_minutes == 30
    assert [f.config_url for f in store.due_feeds(later, urls)] == [urls[3]]  # never polled


def test_sync_feeds_adds_renames_and_keeps_removed(database: Target) -> None:
    """New config feeds are added as "new", renamed ones renamed, removed ones kept."""
    store = Store.open(database)
    store.sync_feeds([("http://127.0.0.1/a", "A"), ("http://127.0.0.1/b", "B")])
    store.sync_feeds([("http://127.0.0.1/b", "B, renamed"), ("http://127.0.0.1/c", "C")])
    got = {f.config_url: (f.name, f.status) for f in store.feeds()}
    assert got == {"http://127.0.0.1/a": ("A", "new"),
                   "http://127.0.0.1/b": ("B, renamed", "new"),
                   "http://127.0.0.1/c": ("C", "new")}


def test_sqlite_dates_read_and_written_as_sqlalchemy_does(tmp_path: Path) -> None:
    """The SQLite date columns store the text SQLAlchemy's DATETIME writes (any zone given
    comes back as the same instant in UTC), read other spellings too, and refuse naive
    datetimes."""
    meta = MetaData()
    table = Table("t", meta, Column("id", Integer, primary_key=True),
                  Column("at", UTCDateTime), Column("plain", DateTime))
    engine = create_engine(f"sqlite:///{tmp_path / 'd.db'}")
    meta.create_all(engine)
    seoul = timezone(timedelta(hours=9))
    given = [datetime(2026, 12, 4, 4, 33, 29, 123456, tzinfo=UTC),
             datetime(2026, 12, 4, 4, 33, 29, tzinfo=UTC),
             datetime(2026, 1, 1, 8, 0, tzinfo=seoul),  # 2025-12-31 23:00 UTC
             datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC), None]
    with engine.begin() as conn:
        conn.execute(insert(table), [
            {"id": n, "at": at, "plain": at.astimezone(UTC).replace(tzinfo=None) if at else None}
            for n, at in enumerate(given)])
        stored = conn.exec_driver_sql("SELECT at, plain FROM t ORDER BY id").all()
        assert [a for a, _ in stored] == [p for _, p in stored]  # DATETIME's own text
        assert stored[2][0] == "2025-12-31 23:00:00.000000"
        back = conn.execute(select(table.c.at).order_by(table.c.id)).scalars().all()
        assert back == given and all(b is None or b.tzinfo is UTC for b in back)
        for n, text_ in enumerate(["2026-12-04 04:33:29", "2026-12-04", "2026-12-04 04:33:29.5"],
                                  start=10):
            conn.exec_driver_sql(f"INSERT INTO t (id, at) VALUES ({n}, '{text_}')")
        older = conn.execute(select(table.c.at).where(table.c.id >= 10)
                             .order_by(table.c.id)).scalars().all()
        assert older == [datetime(2026, 12, 4, 4, 33, 29, tzinfo=UTC),
                         datetime(2026, 12, 4, tzinfo=UTC),
                         datetime(2026, 12, 4, 4, 33, 29, 500000, tzinfo=UTC)]
        with pytest.raises(Exception, match="naive datetime"):
            conn.execute(insert(table), {"id": 99, "at": datetime(2026, 1, 1)})
    engine.dispose()


def test_ingest_on_sqlite_stores_what_sqlalchemy_itself_writes(tmp_path: Path) -> None:
    """The column-wise bulk insert stores every item, match and outbox value (dates,
    flags, JSON, NULLs) as the same text as SQLAlchemy's own INSERT of the same rows."""
    store, feed_id = open_with_feed(tmp_path / "bulk.db")
    items = [make_item(1), replace(make_item(2), link=None, lang="ko", published_doubtful=True,
                                   published=NOW - timedelta(days=2, microseconds=7))]
    ingest(store, feed_id, items)
    tables = ("items", "matches", "deliveries")
    with store.engine.connect() as conn:
        bulk = {t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")]
                for t in tables}
    with store.engine.begin() as conn:
        copies = {t: [dict(r._mapping) for r in conn.execute(
            select(store_table(t)).order_by(store_table(t).c.id))] for t in tables}
        for t in reversed(tables):
            conn.execute(store_table(t).delete())
        for t in tables:
            conn.execute(insert(store_table(t)), copies[t])
        again = {t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")]
                 for t in tables}
    assert [len(bulk[t]) for t in tables] == [2, 2, 4]
    assert bulk == again


def store_table(name: str) -> Table:
    from watcher.store.schema import metadata

    return metadata.tables[name]
