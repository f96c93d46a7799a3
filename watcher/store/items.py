"""Item rows: ingest new items with their matches and outbox rows in one transaction."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, exists, func, select, update

from watcher.models import Item, Match, Snippet, TermHit
from watcher.store.schema import deliveries, digests, feeds, items, matches


@dataclass(frozen=True, slots=True)
class IngestResult:
    new: int
    updated: int
    matches: int
    queued: int


def item_values(item: Item) -> dict[str, Any]:
    return {
        "item_key": item.item_key, "title": item.title, "link": item.link,
        "summary": item.summary, "content": item.content, "author": item.author,
        "categories": json.dumps(list(item.categories), ensure_ascii=False),
        "published": item.published, "published_from_feed": item.published_from_feed,
        "content_hash": item.content_hash, "lang": item.lang,
        "source_title": item.source_title,
    }


def row_item(m: Any, feed_url: str) -> Item:
    return Item(
        item_key=m["item_key"], feed_url=feed_url, title=m["title"], link=m["link"],
        summary=m["summary"], content=m["content"], author=m["author"],
        categories=tuple(json.loads(m["categories"])), published=m["published"],
        published_from_feed=m["published_from_feed"], content_hash=m["content_hash"],
        lang=m["lang"], source_title=m["source_title"],
    )


def match_values(match: Match) -> dict[str, Any]:
    return {
        "profile": match.profile, "score": match.score,
        "terms": json.dumps([[t.term, list(t.fields), t.count] for t in match.terms],
                            ensure_ascii=False),
        "snippet": json.dumps({"text": match.snippet.text,
                               "highlights": [list(h) for h in match.snippet.highlights]},
                              ensure_ascii=False),
    }


def row_match(m: Any) -> Match:
    snip = json.loads(m["snippet"])
    return Match(
        profile=m["profile"], score=m["score"],
        terms=tuple(TermHit(t[0], tuple(t[1]), t[2]) for t in json.loads(m["terms"])),
        snippet=Snippet(snip["text"], tuple((a, b) for a, b in snip["highlights"])),
    )


class ItemsMixin:
    engine: Engine

    def ingest(
        self, feed_id: int, batch: Sequence[Item], *, now: datetime,
        feed_values: dict[str, Any], match: Callable[[Item], list[Match]],
        routes: Callable[[str], Sequence[str]],
    ) -> IngestResult:
        """Store new items, their matches and outbox rows, and the feed's new state, atomically.

        The UNIQUE (feed_id, item_key) decides what is new; a known key whose content
        changed is an update: stored, not re-alerted.
        """
        with self.engine.begin() as conn:
            known = self._known_hashes(conn, feed_id, [i.item_key for i in batch])
            fresh: dict[str, Item] = {}
            changed: list[Item] = []
            for item in batch:
                if item.item_key not in known:
                    fresh.setdefault(item.item_key, item)  # a feed repeating a key: first wins
                elif known[item.item_key] != item.content_hash:
                    changed.append(item)
            n_matches, n_queued = self._insert_new(conn, feed_id, list(fresh.values()),
                                                   now, match, routes)
            for item in changed:
                conn.execute(update(items).where(items.c.feed_id == feed_id)
                             .where(items.c.item_key == item.item_key)
                             .values(updated_at=now, **item_values(item)))
            conn.execute(update(feeds).where(feeds.c.id == feed_id).values(**feed_values))
        return IngestResult(len(fresh), len(changed), n_matches, n_queued)

    @staticmethod
    def _insert_new(
        conn: Connection, feed_id: int, fresh: list[Item], now: datetime,
        match: Callable[[Item], list[Match]], routes: Callable[[str], Sequence[str]],
    ) -> tuple[int, int]:
        """Bulk-insert items, then matches, then outbox rows (executemany with RETURNING)."""
        if not fresh:
            return 0, 0
        item_ids = conn.execute(
            items.insert().returning(items.c.id, sort_by_parameter_order=True),
            [{"feed_id": feed_id, "first_seen": now, **item_values(i)} for i in fresh],
        ).scalars().all()
        found = [(item_id, m) for item_id, item in zip(item_ids, fresh, strict=True)
                 for m in match(item)]
        if not found:
            return 0, 0
        match_ids = conn.execute(
            matches.insert().returning(matches.c.id, sort_by_parameter_order=True),
            [{"item_id": item_id, "created_at": now, **match_values(m)} for item_id, m in found],
        ).scalars().all()
        queue = [{"match_id": match_id, "destination": dest, "created_at": now}
                 for match_id, (_, m) in zip(match_ids, found, strict=True)
                 for dest in routes(m.profile)]
        if queue:
            conn.execute(deliveries.insert(), queue)
        return len(found), len(queue)

    @staticmethod
    def _known_hashes(conn: Connection, feed_id: int, keys: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(keys), 500):  # stay under SQLite's variable limit
            chunk = keys[start:start + 500]
            rows = conn.execute(select(items.c.item_key, items.c.content_hash)
                                .where(items.c.feed_id == feed_id)
                                .where(items.c.item_key.in_(chunk)))
            found.update({r[0]: r[1] for r in rows})
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

    def count_items(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(items)).scalar_one())

    def prune(self, before: datetime) -> int:
        """Delete items first seen before ``before`` unless a delivery of theirs is unsent."""
        unsent = (select(deliveries.c.id)
                  .join(matches, matches.c.id == deliveries.c.match_id)
                  .outerjoin(digests, digests.c.id == deliveries.c.digest_id)
                  .where(matches.c.item_id == items.c.id)
                  .where((deliveries.c.digest_id.is_(None)) | (digests.c.state != "sent")))
        with self.engine.begin() as conn:
            doomed = select(items.c.id).where(items.c.first_seen < before).where(~exists(unsent))
            ids = [r[0] for r in conn.execute(doomed)]
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                match_ids = select(matches.c.id).where(matches.c.item_id.in_(chunk))
                conn.execute(delete(deliveries).where(deliveries.c.match_id.in_(match_ids)))
                conn.execute(delete(matches).where(matches.c.item_id.in_(chunk)))
                conn.execute(delete(items).where(items.c.id.in_(chunk)))
        return len(ids)
