"""The outbox: queued deliveries close into message windows that are sent exactly once.

A window (a digest, or an instant batch) is a ``digests`` row created in the same
transaction that assigns the queued ``deliveries`` to it, so every queued match ends up in
exactly one window. Senders mark parts sent as they go; a crash resumes at the first
unsent part with the same idempotency key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    case,
    delete,
    func,
    literal,
    select,
    update,
)

from watcher.errors import StoreError
from watcher.models import Item, Match
from watcher.rows import ITEM_COLUMNS, row_item, row_match
from watcher.store.schema import (
    deliveries,
    digest_parts,
    digests,
    feeds,
    items,
    matches,
    meta,
)


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    destination: str
    window_start: datetime | None
    window_end: datetime
    state: str  # pending | sent | dead
    item_count: int
    attempts: int
    parts_sent: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None


def _content_if_needed() -> ColumnElement[str]:
    """items.content where some match of the item in the result waits for a snippet and
    found a term in the content (its row stores the terms' order, not a snippet), else ''."""
    waiting = and_(matches.c.snippet.like('{"order"%'), matches.c.terms.like('%"content"%'))
    wanted = func.max(case((waiting, 1), else_=0)).over(partition_by=items.c.id)
    return case((wanted == 1, items.c.content), else_=literal(""))


def window_query(digest_id: int | None, destination: str,
                 *columns: ColumnElement[Any]) -> Select[Any]:
    """``columns`` of every (item, match) in a destination's window (``None``: the matches
    not yet in a window), newest item first, an item's rows adjacent."""
    cond = (deliveries.c.digest_id.is_(None) if digest_id is None
            else deliveries.c.digest_id == digest_id)
    return (select(*columns)
            .select_from(deliveries)
            .join(matches, matches.c.id == deliveries.c.match_id)
            .join(items, items.c.id == matches.c.item_id)
            .join(feeds, feeds.c.id == items.c.feed_id)
            .where(deliveries.c.destination == destination).where(cond)
            .order_by(items.c.published.desc(), items.c.id))


def _row(m: Any) -> OutboxRow:
    return OutboxRow(**{f: m[f] for f in OutboxRow.__dataclass_fields__})


class OutboxMixin:
    engine: Engine
    _instance: str | None = None

    def instance_id(self) -> str:
        """This database's random id (made by migration 6), read once per Store."""
        if self._instance is None:
            with self.engine.connect() as conn:
                value = conn.execute(select(meta.c.value)
                                     .where(meta.c.key == "instance_id")).scalar()
            if not value:
                raise StoreError("the state database has no instance_id; was it migrated?")
            self._instance = str(value)
        return self._instance

    def queue_state(self, destination: str) -> tuple[int, datetime | None]:
        """How many matches wait for this destination, and since when."""
        with self.engine.connect() as conn:
            count, oldest = conn.execute(
                select(func.count(), func.min(deliveries.c.created_at))
                .where(deliveries.c.destination == destination)
                .where(deliveries.c.digest_id.is_(None))).one()
        return int(count), oldest

    def last_window_end(self, destination: str) -> datetime | None:
        with self.engine.connect() as conn:
            return conn.execute(select(func.max(digests.c.window_end))
                                .where(digests.c.destination == destination)).scalar()

    def close_window(self, destination: str, window_end: datetime, *, now: datetime,
                     allow_empty: bool, keep_empty: bool = True) -> int | None:
        """Create the window row and assign every queued match to it; None if nothing to send
        or the window already exists (a restart re-closing the same cron fire time).

        A window with nothing in it (and ``allow_empty`` false) is kept as "empty" when
        ``keep_empty``: the next window starts from it, so a match after a quiet 08:00 waits
        for the next 08:00 instead of going out at once."""
        with self.engine.begin() as conn:
            if conn.execute(select(digests.c.id).where(digests.c.destination == destination)
                            .where(digests.c.window_end == window_end)).first():
                return None
            queued = (update(deliveries).where(deliveries.c.destination == destination)
                      .where(deliveries.c.digest_id.is_(None)))
            start = conn.execute(select(func.max(digests.c.window_end))
                                 .where(digests.c.destination == destination)).scalar()
            digest_id: int = conn.execute(digests.insert().values(
                destination=destination, window_start=start, window_end=window_end,
                state="pending", attempts=0, parts_sent=0, next_attempt_at=now,
                created_at=now, item_count=0)).inserted_primary_key[0]  # type: ignore[index]
            count = conn.execute(queued.values(digest_id=digest_id)).rowcount
            if count == 0 and not allow_empty:
                if keep_empty:
                    conn.execute(update(digests).where(digests.c.id == digest_id)
                                 .values(state="empty", sent_at=now))
                else:
                    conn.rollback()
                return None
            conn.execute(update(digests).where(digests.c.id == digest_id)
                         .values(item_count=count))
        return int(digest_id)

    def due_windows(self, now: datetime) -> list[OutboxRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(digests).where(digests.c.state == "pending")
                                .where(digests.c.next_attempt_at <= now)
                                .order_by(digests.c.id))
            return [_row(r._mapping) for r in rows]

    def window(self, digest_id: int) -> OutboxRow | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(digests).where(digests.c.id == digest_id)).first()
        return None if row is None else _row(row._mapping)

    def window_entries(self, digest_id: int | None, destination: str) -> list[tuple[Item, Match]]:
        """The (item, match) pairs of a window; with ``digest_id`` None, what is queued now.

        An item's full ``content`` comes only when one of its matches has no snippet yet and
        a term found in the content (a snippet is cut from the content first; see
        ``snippet_for``): leaving it out kept a 15,000-item window's memory 30 MB lower. An
        item matching several profiles is one Item, shared by its pairs."""
        # Only what row_item reads: each datetime column costs a parse per row.
        columns = [items.c[n] if n != "content" else _content_if_needed().label("content")
                   for n in ITEM_COLUMNS]
        query = window_query(digest_id, destination, *columns, items.c.id.label("item_id"),
                             feeds.c.url.label("feed_url"), matches.c.profile,
                             matches.c.score, matches.c.terms, matches.c.snippet)
        shared: dict[int, Item] = {}
        with self.engine.connect() as conn:
            out = []
            for m in conn.execute(query).mappings():
                item = shared.get(m["item_id"])
                if item is None:
                    item = shared[m["item_id"]] = row_item(m, m["feed_url"])
                out.append((item, row_match(m)))
            return out

    def save_parts(self, digest_id: int, parts: Sequence[dict[str, Any]]) -> None:
        """Keep a window's rendered parts (digest_parts columns but the ids), before the
        first attempt: every retry sends them as cut, so a part that went out unrecorded is
        repeated byte for byte under its key."""
        with self.engine.begin() as conn:
            conn.execute(delete(digest_parts).where(digest_parts.c.digest_id == digest_id))
            conn.execute(digest_parts.insert(),
                         [{**p, "digest_id": digest_id, "idx": i} for i, p in enumerate(parts)])

    def saved_parts(self, digest_id: int) -> list[dict[str, Any]]:
        """The parts kept for a window, in order; empty if none were."""
        query = (select(*(c for c in digest_parts.c if c.name not in ("digest_id", "idx")))
                 .where(digest_parts.c.digest_id == digest_id).order_by(digest_parts.c.idx))
        with self.engine.connect() as conn:
            return [dict(m) for m in conn.execute(query).mappings()]

    def mark_part_sent(self, digest_id: int, parts_sent: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(digests).where(digests.c.id == digest_id)
                         .values(parts_sent=parts_sent))

    def mark_sent(self, digest_id: int, now: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(digests).where(digests.c.id == digest_id)
                         .values(state="sent", sent_at=now, last_error=None))
            conn.execute(delete(digest_parts).where(digest_parts.c.digest_id == digest_id))

    def mark_failed(self, digest_id: int, *, error: str, next_attempt_at: datetime,
                    dead: bool) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(digests).where(digests.c.id == digest_id).values(
                attempts=digests.c.attempts + 1, last_error=error,
                next_attempt_at=next_attempt_at, state="dead" if dead else "pending"))

    def outbox(self, states: Sequence[str] = ("pending", "dead")) -> list[OutboxRow]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(digests).where(digests.c.state.in_(states))
                                .order_by(digests.c.id))
            return [_row(r._mapping) for r in rows]

    def revive(self, ids: Sequence[int] | None, now: datetime) -> int:
        """Put dead windows back to pending with a fresh attempt budget (None: all dead)."""
        query = update(digests).where(digests.c.state == "dead")
        if ids is not None:
            query = query.where(digests.c.id.in_(ids))
        with self.engine.begin() as conn:
            return int(conn.execute(query.values(state="pending", attempts=0,
                                                 next_attempt_at=now)).rowcount)
