"""Feeds claimed by one worker at a time (scale-out mode, PostgreSQL).

A poll job claims its due feeds in one statement: ``FOR UPDATE SKIP LOCKED`` over the oldest
due first (so none starves), pushing each one's ``next_check_at`` forward to a lease. The
lease value doubles as the claim: the job writes a feed back only while the row still holds
the lease it set, checked under a row lock in the writing transaction. A worker presumed
dead whose lease ran out (and whose feeds another worker claimed since) changes nothing
when it wakes up.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, select, update

from watcher.models import FeedState
from watcher.store import Store
from watcher.store.feeds import STATE_COLUMNS
from watcher.store.schema import feeds
from watcher.store.state import feed_state


class ClaimedStore(Store):
    """A Store whose ``due_feeds`` claims feeds and whose feed write-backs need the claim."""

    def __init__(self, engine: Engine, *, lease: timedelta = timedelta(minutes=5),
                 limit: int = 500, rng: random.Random | None = None) -> None:
        super().__init__(engine)
        self.lease = lease
        self.limit = limit
        self.rng = rng or random.Random()
        self.leases: dict[int, datetime] = {}  # feed id -> the lease this process set

    def due_feeds(self, now: datetime, config_urls: Sequence[str], *,
                  force: bool = False) -> list[FeedState]:
        """Claim up to ``limit`` due feeds among ``config_urls`` (``force`` is ignored:
        a cluster polls on schedule)."""
        # A few random microseconds make each claim's lease a value of its own.
        until = now + self.lease + timedelta(microseconds=self.rng.randrange(1, 1_000_000))
        due = (select(feeds.c.id).where(feeds.c.config_url.in_(config_urls))
               .where(feeds.c.status != "gone")
               .where(feeds.c.next_check_at.is_(None) | (feeds.c.next_check_at <= now))
               .order_by(feeds.c.next_check_at.asc().nulls_first(), feeds.c.id)
               .limit(self.limit).with_for_update(skip_locked=True))
        claim = (update(feeds).where(feeds.c.id.in_(due.scalar_subquery()))
                 .values(next_check_at=until).returning(*STATE_COLUMNS))
        with self.engine.begin() as conn:
            claimed = [feed_state(r) for r in conn.execute(claim)]
        for feed in claimed:
            self.leases[feed.id] = until
        return sorted(claimed, key=lambda f: f.id)

    def held_feeds(self, conn: Connection, feed_ids: Sequence[int]) -> set[int]:
        """The feeds whose row still carries this process's lease, locked until commit."""
        if not feed_ids:
            return set()
        rows = conn.execute(select(feeds.c.id, feeds.c.next_check_at)
                            .where(feeds.c.id.in_(list(feed_ids))).with_for_update())
        return {fid for fid, at in rows if at is not None and self.leases.get(fid) == at}
