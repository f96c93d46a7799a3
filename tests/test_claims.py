"""store.claims: feeds claimed once (oldest due first), written back only under the claim."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pgsupport import fresh_schema
from test_store import make_item, match_all

from watcher.store import Store
from watcher.store.claims import ClaimedStore
from watcher.store.feeds import Unchanged
from watcher.store.items import FeedBatch

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
URLS = [f"http://127.0.0.{n}/feed" for n in range(1, 6)]


@pytest.fixture
def url() -> Iterator[str]:
    with fresh_schema() as url:
        Store.open(url).sync_feeds((u, "") for u in URLS)
        yield url


def worker(url: str, limit: int = 500) -> ClaimedStore:
    opened = Store.open(url)
    return ClaimedStore(opened.engine, lease=timedelta(minutes=5), limit=limit,
                        rng=random.Random(len(url)))


def batch(feed_id: int, now: datetime) -> FeedBatch:
    values = Store.success_values(now=now, next_check_at=now + timedelta(minutes=15),
                                  url="u", etag=None, last_modified=None, content_hash="c",
                                  malformed=None)
    return FeedBatch.of_items(feed_id, [make_item(1)], values, match_all)


def test_each_due_feed_is_claimed_by_one_worker_oldest_first(url: str) -> None:
    """Two workers split the due feeds without overlap; the longest-waiting go first."""
    plain = Store.open(url)
    ids = [f.id for f in plain.feeds()]
    plain.record_unchanged([Unchanged(fid, NOW, NOW - timedelta(minutes=len(ids) - i))
                            for i, fid in enumerate(ids)])  # the last feed is due longest
    first, second = worker(url, limit=2), worker(url, limit=10)
    got_first = [f.id for f in first.due_feeds(NOW, URLS)]
    got_second = [f.id for f in second.due_feeds(NOW, URLS)]
    assert got_first == sorted(ids[:2])  # oldest due: the ones set furthest back
    assert sorted(got_second) == sorted(ids[2:])
    assert worker(url).due_feeds(NOW, URLS) == []  # all leased now
    leased = {f.id: f.next_check_at for f in plain.feeds()}
    assert all(at is not None and at > NOW + timedelta(minutes=4) for at in leased.values())


def test_a_worker_that_lost_its_claim_writes_nothing_back(url: str) -> None:
    """After the lease ran out and another worker claimed the feed, the first one's items,
    304s and failures are dropped; the new holder's are written."""
    slow, fresh = worker(url, limit=1), worker(url, limit=1)
    [feed] = slow.due_feeds(NOW, URLS[:1])
    later = NOW + timedelta(minutes=6)
    [again] = fresh.due_feeds(later, URLS[:1])
    assert again.id == feed.id
    [result] = slow.ingest([batch(feed.id, later)], now=later, routes=lambda p: ("chat",))
    assert (result.new, result.matches) == (0, 0) and slow.count_items() == 0
    slow.record_unchanged([Unchanged(feed.id, later, NOW)])
    slow.record_failure(feed.id, now=later, message="late", next_check_at=NOW, gone=False)
    state = Store.open(url).feeds(URLS[:1])[0]
    assert (state.status, state.next_check_at) == ("new", fresh.leases[feed.id])
    [result] = fresh.ingest([batch(feed.id, later)], now=later, routes=lambda p: ("chat",))
    assert (result.new, result.matches) == (1, 1)
    assert Store.open(url).feeds(URLS[:1])[0].status == "ok"
