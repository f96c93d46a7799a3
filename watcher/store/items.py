"""Item rows: ingest new items with their matches and outbox rows in one transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    delete,
    exists,
    func,
    select,
    tuple_,
    update,
)

from watcher.models import Item
from watcher.normalize import legacy_key
from watcher.rows import ItemRow, MatchRow, row_item
from watcher.store.schema import (
    deliveries,
    digests,
    feeds,
    insert_new,
    items,
    matches,
    pages,
)
from watcher.store.state import FeedBatch


@dataclass(frozen=True, slots=True)
class IngestResult:
    new: int
    updated: int
    matches: int
    queued: int


def _by_name(table: Table, names: Iterable[str]) -> dict[str, Any]:
    """SET col = :b_col for executemany, each parameter typed like its column."""
    return {n: bindparam(f"b_{n}", type_=table.c[n].type) for n in names}


_SLICE = 10_000  # rows converted and handed to the driver at once


def append_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows (all with the same keys) and return their ids, in order.

    Other databases than SQLite take the portable paths below; on SQLite the rows go to
    ``append_columns``, a column at a time."""
    if not rows:
        return []
    if conn.dialect.name == "postgresql":
        # Ids from the table's sequence, taken in one statement (concurrent workers each
        # get their own), then a plain executemany: RETURNING with its ordering cost
        # 106 µs of CPU per item here.
        serial = func.pg_get_serial_sequence(table.name, "id")
        reserved = conn.execute(select(func.nextval(serial))
                                .select_from(func.generate_series(1, len(rows)))).scalars()
        ids = list(reserved)
        conn.execute(table.insert(), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
        return ids
    if conn.dialect.name != "sqlite":
        result = conn.execute(table.insert().returning(table.c.id,
                                                       sort_by_parameter_order=True), rows)
        return list(result.scalars().all())
    names = list(rows[0])
    return append_columns(conn, table, names, [[row[n] for row in rows] for n in names])


def append_columns(conn: Connection, table: Table, names: Sequence[str],
                   columns: Sequence[Sequence[Any]]) -> list[int]:
    """SQLite: insert rows given as columns (``columns[i]`` holds every row's value of
    ``names[i]``) and return their ids, in order.

    The ids are assigned here from max(id) and the rows go through the driver's
    executemany: SQLAlchemy's per-row parameter handling and RETURNING were most of the CPU
    of storing 50,000 items. Columns rather than a dict per row: the caller hands over the
    values it holds (a first poll's 50,000 items, 58,000 matches and as many outbox rows)
    without merging each row into a new dict that is taken apart again here. Values are
    converted a column at a time, each distinct value once (every row of a batch shares
    its ``now``), with the column type's SQLite bind processor, so stored text is the same
    as SQLAlchemy's own statements write.
    A writer sneaking in between would hit the primary key and roll the batch back, never
    link a match to the wrong item."""
    count = len(columns[0]) if columns else 0
    if not count:
        return []
    first = int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()) + 1
    ids = list(range(first, first + count))
    compiled = table.insert().compile(dialect=conn.dialect, column_keys=["id", *names])
    by_name = dict(zip(names, columns, strict=True))
    order = [str(n) for n in compiled.positiontup or ()]
    processors = [table.c[n].type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
                  for n in order]
    # In slices: a 200,000-item feed's converted rows added 35 MB to its peak at once.
    for start in range(0, count, _SLICE):
        stop = start + _SLICE
        converted: list[Sequence[Any]] = []
        for name, process in zip(order, processors, strict=True):
            values = ids[start:stop] if name == "id" else by_name[name][start:stop]
            if process is not None:
                done = {v: process(v) for v in set(values)}
                values = list(map(done.__getitem__, values))
            converted.append(values)
        conn.exec_driver_sql(str(compiled), list(zip(*converted, strict=True)))
    return ids


class ItemsMixin:
    engine: Engine

    held_feeds: Callable[[Connection, Sequence[int]], set[int]]  # FeedsMixin's

    def ingest(self, batches: Sequence[FeedBatch], *, now: datetime,
               routes: Callable[[str], Sequence[str]],
               alert_after: datetime | None = None) -> list[IngestResult]:
        """Store new items, their matches and outbox rows, and the feeds' new state, for
        several feeds in one transaction (a handful of statements, not a few per feed).

        The UNIQUE (feed_id, item_key) decides what is new; a known key whose content
        changed is an update: stored, not re-alerted. A new item the feed dates before
        ``alert_after`` (older than retention) is stored without alerting: it is old news,
        or one that retention already pruned and the feed still carries.
        """
        with self.engine.begin() as conn:
            held = self.held_feeds(conn, [b.feed_id for b in batches])
            written, batches = batches, [b for b in batches if b.feed_id in held]
            known = self._known_hashes(
                conn, [(b.feed_id, r["item_key"]) for b in batches if b.has_items
                       for r in b.rows])
            self._adopt_legacy_keys(conn, batches, known)
            fresh: dict[tuple[int, str], tuple[FeedBatch, ItemRow]] = {}
            changed: list[tuple[int, ItemRow]] = []
            for b in batches:
                for row in b.rows:
                    key = (b.feed_id, row["item_key"])
                    if key not in known:
                        fresh.setdefault(key, (b, row))  # a repeated key: first wins
                    elif known[key] != row["content_hash"]:
                        changed.append((b.feed_id, row))
            counts = self._insert_new(conn, list(fresh.values()), now, routes, alert_after)
            self._update_changed(conn, changed, now)
            self._touch(conn, [k for k in known], now)
            if batches:
                conn.execute(update(feeds).where(feeds.c.id == bindparam("b_id"))
                             .values(_by_name(feeds, batches[0].feed_values)),
                             [{"b_id": b.feed_id,
                               **{f"b_{k}": v for k, v in b.feed_values.items()}}
                              for b in batches])
        n_changed: dict[int, int] = {}
        for feed_id, _ in changed:
            n_changed[feed_id] = n_changed.get(feed_id, 0) + 1
        return [IngestResult(counts[b.feed_id][0], n_changed.get(b.feed_id, 0),
                             counts[b.feed_id][1], counts[b.feed_id][2]) for b in written]

    @classmethod
    def _adopt_legacy_keys(cls, conn: Connection, batches: Sequence[FeedBatch],
                           known: dict[tuple[int, str], str]) -> None:
        """Rename items stored under a key from before fragments counted (``url:`` + the
        link without its #fragment) to the key their first carrier has now, and count them
        as known: an upgrade must not alert them again. The first row wins, as it did when
        the old key was stored; a row whose own key is the old one keeps it."""
        wanted: dict[tuple[int, str], str] = {}
        for b in batches:
            if not b.has_items:
                continue
            for row in b.rows:
                key = row["item_key"]
                if (b.feed_id, key) not in known and (old := legacy_key(key)) is not None:
                    wanted.setdefault((b.feed_id, old), key)
        if not wanted:
            return
        current = {(b.feed_id, r["item_key"]) for b in batches for r in b.rows}
        wanted = {k: new for k, new in wanted.items() if k not in current}
        found = cls._known_hashes(conn, list(wanted))
        if not found:
            return
        conn.execute(update(items).where(items.c.feed_id == bindparam("b_feed"))
                     .where(items.c.item_key == bindparam("b_old"))
                     .values(item_key=bindparam("b_new")),
                     [{"b_feed": feed, "b_old": old, "b_new": wanted[(feed, old)]}
                      for feed, old in found])
        for (feed, old), content_hash in found.items():
            known[(feed, wanted[(feed, old)])] = content_hash

    @staticmethod
    def _touch(conn: Connection, keys: list[tuple[int, str]], now: datetime) -> None:
        """Items still in their feed's body are seen now: retention counts from here."""
        for start in range(0, len(keys), 2000):
            conn.execute(update(items).where(tuple_(items.c.feed_id, items.c.item_key)
                                             .in_(keys[start:start + 2000]))
                         .values(last_seen=now))

    @staticmethod
    def _insert_new(
        conn: Connection, fresh: list[tuple[FeedBatch, ItemRow]], now: datetime,
        routes: Callable[[str], Sequence[str]], alert_after: datetime | None,
    ) -> dict[int, list[int]]:
        """Bulk-insert items, then matches, then outbox rows; returns
        feed_id -> [new items, matches, queued deliveries]."""
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        if not fresh:
            return counts
        if conn.dialect.name == "sqlite":
            return _insert_columns(conn, fresh, now, routes, alert_after, counts)
        item_ids = append_rows(
            conn, items,
            [{"feed_id": b.feed_id, "first_seen": now, "last_seen": now, **row}
             for b, row in fresh])
        found = _alerting(item_ids, fresh, alert_after, counts)
        if not found:
            return counts
        match_ids = append_rows(
            conn, matches,
            [{"item_id": item_id, "created_at": now, **m} for _, item_id, m in found])
        queue = []
        for match_id, (feed_id, _, m) in zip(match_ids, found, strict=True):
            dests = routes(m["profile"])
            counts[feed_id][1] += 1
            counts[feed_id][2] += len(dests)
            queue += [{"match_id": match_id, "destination": d, "created_at": now}
                      for d in dests]
        append_rows(conn, deliveries, queue)
        return counts

    @staticmethod
    def _update_changed(conn: Connection, changed: list[tuple[int, ItemRow]],
                        now: datetime) -> None:
        if not changed:
            return
        names = [*changed[0][1], "updated_at"]
        conn.execute(
            update(items).where(items.c.feed_id == bindparam("b_feed"))
            .where(items.c.item_key == bindparam("b_key"))
            .values(_by_name(items, (n for n in names if n != "item_key"))),
            [{"b_feed": feed_id, "b_key": row["item_key"], "b_updated_at": now,
              **{f"b_{k}": v for k, v in row.items() if k != "item_key"}}
             for feed_id, row in changed])

    @staticmethod
    def _known_hashes(conn: Connection,
                      keys: list[tuple[int, str]]) -> dict[tuple[int, str], str]:
        found: dict[tuple[int, str], str] = {}
        for start in range(0, len(keys), 2000):  # 4,000 variables, well under SQLite's limit
            chunk = keys[start:start + 2000]
            rows = conn.execute(select(items.c.feed_id, items.c.item_key, items.c.content_hash)
                                .where(tuple_(items.c.feed_id, items.c.item_key).in_(chunk)))
            found.update({(r[0], r[1]): r[2] for r in rows})
        return found

    def iter_items(self, since: datetime) -> Iterator[Item]:
        """Stored items first seen at or after ``since``, oldest first."""
        query = (select(items, feeds.c.url.label("feed_url"))
                 .join(feeds, feeds.c.id == items.c.feed_id)
                 .where(items.c.first_seen >= since).order_by(items.c.id))
        with self.engine.connect() as conn:
            for row in conn.execution_options(yield_per=1000).execute(query):
                yield row_item(row._mapping, row._mapping["feed_url"])

    def get_item(self, item_id: int) -> Item | None:
        query = (select(items, feeds.c.url.label("feed_url"))
                 .join(feeds, feeds.c.id == items.c.feed_id).where(items.c.id == item_id))
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
        return None if row is None else row_item(row._mapping, row._mapping["feed_url"])

    def known_keys(self, feed_id: int, keys: Sequence[str]) -> set[str]:
        """Which of ``keys`` the feed's stored items have, under their current key."""
        with self.engine.connect() as conn:
            found = self._known_hashes(conn, [(feed_id, k) for k in keys])
        return {key for _, key in found}

    def page_texts(self, urls: Sequence[str]) -> dict[str, str]:
        """Cached full texts of pages, by URL (absent when never fetched)."""
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(urls), 500):
                rows = conn.execute(select(pages.c.url, pages.c.text)
                                    .where(pages.c.url.in_(urls[start:start + 500])))
                found.update({r[0]: r[1] for r in rows})
        return found

    def save_page_texts(self, texts: Mapping[str, str], now: datetime) -> None:
        if not texts:
            return
        with self.engine.begin() as conn:
            conn.execute(delete(pages).where(pages.c.url.in_(list(texts))))
            # two workers' shards may fetch the same page: the first text stays
            conn.execute(insert_new(conn, pages), [{"url": u, "text": t, "fetched_at": now}
                                                   for u, t in texts.items()])

    def count_items(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(items)).scalar_one())

    def prune(self, before: datetime) -> int:
        """Delete items last seen in their feed before ``before``, unless a delivery of
        theirs is unsent."""
        unsent = (select(deliveries.c.id)
                  .join(matches, matches.c.id == deliveries.c.match_id)
                  .outerjoin(digests, digests.c.id == deliveries.c.digest_id)
                  .where(matches.c.item_id == items.c.id)
                  .where((deliveries.c.digest_id.is_(None)) | (digests.c.state != "sent")))
        with self.engine.begin() as conn:
            seen = func.coalesce(items.c.last_seen, items.c.first_seen)
            doomed = select(items.c.id).where(seen < before).where(~exists(unsent))
            ids = [r[0] for r in conn.execute(doomed)]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                match_ids = select(matches.c.id).where(matches.c.item_id.in_(chunk))
                conn.execute(delete(deliveries).where(deliveries.c.match_id.in_(match_ids)))
                conn.execute(delete(matches).where(matches.c.item_id.in_(chunk)))
                conn.execute(delete(items).where(items.c.id.in_(chunk)))
            conn.execute(delete(pages).where(pages.c.fetched_at < before))
        return len(ids)


def _alerting(item_ids: Sequence[int], fresh: Sequence[tuple[FeedBatch, ItemRow]],
              alert_after: datetime | None,
              counts: dict[int, list[int]]) -> list[tuple[int, int, MatchRow]]:
    """(feed id, item id, match row) of every match of the new items that alert: all but
    those of items the feed dates before ``alert_after``; counts each new item."""
    found: list[tuple[int, int, MatchRow]] = []
    for item_id, (b, row) in zip(item_ids, fresh, strict=True):
        counts[b.feed_id][0] += 1
        if (alert_after is not None and row["published_from_feed"]
                and row["published"] < alert_after):
            continue
        found.extend((b.feed_id, item_id, m) for m in b.matches.get(row["item_key"], ()))
    return found


def _insert_columns(
    conn: Connection, fresh: list[tuple[FeedBatch, ItemRow]], now: datetime,
    routes: Callable[[str], Sequence[str]], alert_after: datetime | None,
    counts: dict[int, list[int]],
) -> dict[int, list[int]]:
    """``_insert_new`` on SQLite, each table's rows handed over as columns
    (``append_columns``): no dict is built per item, match or outbox row."""
    names = list(fresh[0][1])
    n = len(fresh)
    item_ids = append_columns(
        conn, items, ["feed_id", "first_seen", "last_seen", *names],
        [[b.feed_id for b, _ in fresh], [now] * n, [now] * n,
         *([row[name] for _, row in fresh] for name in names)])
    found = _alerting(item_ids, fresh, alert_after, counts)
    if not found:
        return counts
    match_names = list(found[0][2])
    match_ids = append_columns(
        conn, matches, ["item_id", "created_at", *match_names],
        [[item_id for _, item_id, _ in found], [now] * len(found),
         *([m[name] for _, _, m in found] for name in match_names)])
    queued_ids: list[int] = []
    queued_to: list[str] = []
    for match_id, (feed_id, _, m) in zip(match_ids, found, strict=True):
        dests = routes(m["profile"])
        tally = counts[feed_id]
        tally[1] += 1
        tally[2] += len(dests)
        for d in dests:
            queued_ids.append(match_id)
            queued_to.append(d)
    append_columns(conn, deliveries, ["match_id", "destination", "created_at"],
                   [queued_ids, queued_to, [now] * len(queued_ids)])
    return counts
