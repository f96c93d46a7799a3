"""Per-unit costs of the scale-out mode's store, for docs/scaling.md's cost model.

    .venv/bin/python -m bench.pg_units [postgresql+psycopg://postgres@127.0.0.1/test]

Writes 50,000 items (10% matched, one destination) in batches of 2,000 to SQLite and to
PostgreSQL on a fresh schema, and times claiming due feeds among 10,000 with
``FOR UPDATE SKIP LOCKED``; prints wall and CPU time per unit. Loopback PostgreSQL on the
same machine: a networked one adds a round trip per statement.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from watcher.models import Item, Match, Snippet, TermHit
from watcher.store import Store
from watcher.store.claims import ClaimedStore
from watcher.store.items import FeedBatch

NOW = datetime(2026, 12, 1, tzinfo=UTC)
ITEMS, BATCH, FEEDS = 50_000, 2_000, 10_000


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(work: Callable[[], object]) -> tuple[float, float]:
    wall, used = time.perf_counter(), cpu()
    work()
    return time.perf_counter() - wall, cpu() - used


def item(n: int) -> Item:
    return Item(item_key=f"id:{n}", feed_url="http://127.0.0.1/f", title=f"Story {n}",
                link=f"http://127.0.0.1/s/{n}", summary="a summary of some length " * 8,
                content="", author="", categories=("news",), published=NOW,
                published_from_feed=True, content_hash=f"h{n}", source_title="Desk")


def matched(i: Item) -> list[Match]:
    if int(i.item_key[3:]) % 10:
        return []
    return [Match("p", 1.0, (TermHit("story", ("title",), 1),), Snippet(i.title, ((0, 5),)))]


def ingest(store: Store) -> None:
    store.sync_feeds([(f"http://127.0.0.1/f{n}", "") for n in range(ITEMS // BATCH)])
    ids = [f.id for f in store.feeds()]
    values = Store.success_values(now=NOW, next_check_at=NOW, url="u", etag=None,
                                  last_modified=None, content_hash="c", malformed=None)
    for b, feed_id in enumerate(ids):
        items = [item(b * BATCH + n) for n in range(BATCH)]
        store.ingest([FeedBatch.of_items(feed_id, items, values, matched, has_items=False)],
                     now=NOW, routes=lambda p: ("hook",))


def claims(url: str) -> tuple[float, int]:
    store = Store.open(url)
    store.sync_feeds([(f"http://h{n % 40}.example/f{n}", "") for n in range(FEEDS)])
    worker = ClaimedStore(store.engine, lease=timedelta(minutes=5), limit=100)
    shards: dict[str, list[str]] = {}
    for f in store.feeds():  # one poll job per host, as the workers run them
        shards.setdefault(f.config_url.split("/")[2], []).append(f.config_url)
    start, claimed = time.perf_counter(), 0
    for urls in shards.values():
        while got := worker.due_feeds(NOW, urls):
            claimed += len(got)
    return time.perf_counter() - start, claimed


def size(plain: str, schema: str) -> int:
    """Bytes of the schema's tables with their indexes and TOAST."""
    with psycopg.connect(plain) as conn:
        row = conn.execute("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN "
                           "pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s "
                           "AND c.relkind = 'r'", (schema,)).fetchone()
    return int(row[0]) if row and row[0] else 0


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else "postgresql+psycopg://postgres@127.0.0.1/test"
    with tempfile.TemporaryDirectory() as tmp:
        wall, used = timed(lambda: ingest(Store.open(Path(tmp) / "w.db")))
        print(f"sqlite ingest: {wall:.2f} s wall, {used:.2f} s CPU for {ITEMS:,} items "
              f"({used / ITEMS * 1e6:.0f} µs CPU/item)")
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    scoped = f"{url}?options=-csearch_path%3D{schema}"
    try:
        wall, used = timed(lambda: ingest(Store.open(scoped)))
        print(f"postgresql ingest: {wall:.2f} s wall, {used:.2f} s client CPU for {ITEMS:,} "
              f"items ({wall / ITEMS * 1e6:.0f} µs wall/item)")
        print(f"postgresql size: {size(plain, schema) / ITEMS:.0f} bytes per item "
              "(its match and delivery rows for 10% included)")
        took, claimed = claims(scoped)
        print(f"postgresql claims: {claimed:,} feeds, 100 per statement, in {took:.2f} s "
              f"({took / claimed * 1e6:.0f} µs/feed)")
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
