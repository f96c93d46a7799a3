"""A window's matches in two steps: a light listing of all, then the shown stories whole.

A digest chooses its stories from every match of its window (merging reports, picking the
profile each story is listed under), and that needs only titles, links, dates, sources,
profiles and scores. The text of an item, its terms and its snippet are needed only for the
stories a message shows, which are far fewer than its matches: the first poll of 2,000
busy feeds fills one window with 61,590 matches of 7,074 stories. Loading every pair whole
held about 110 MB at once; the listing holds a fraction of that, and the completion loads
the rest for the shown stories alone.

The listing is an iterator, never a list: the digest groups the pairs as they come, so what
it does not keep (every report but each story's lead) is freed before the shown stories are
loaded whole and rendered, and that memory serves them (a 61,000-pair list alive until then
was the daemon's peak, as it could not be reused for the rendered emails).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import groupby
from operator import itemgetter
from typing import Any, TypeVar

from sqlalchemy import Engine, literal, select

from watcher.models import DigestEntry, Item, Match, Snippet
from watcher.rows import ITEM_COLUMNS, ListedMatch, PendingSnippet, row_item, row_match
from watcher.store.outbox import window_query
from watcher.store.schema import feeds, items, matches

_CHUNK = 500  # ids per IN (...): far below every driver's limit on bound parameters
_NO_SNIPPET = Snippet("")

T = TypeVar("T")


def _chunks(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


class ListingMixin:
    engine: Engine

    def window_listing(self, digest_id: int | None,
                       destination: str) -> Iterator[tuple[Item, Match]]:
        """The window's (item, match) pairs (with ``digest_id`` None, what is queued now)
        with only what decides which stories a message shows: items without their text,
        each once however many profiles it matched, and ListedMatches (profile, score and
        the row ids ``complete_entries`` needs). Repeated strings are kept once. Read as
        it is iterated (see the module docstring): iterate it once, and to the end."""
        query = window_query(digest_id, destination, items.c.id, items.c.item_key,
                             items.c.title, items.c.link, items.c.published,
                             items.c.source_title, feeds.c.url, matches.c.profile,
                             matches.c.score)
        # Kept once each: feed URLs, source titles and profiles repeat, and so do titles
        # (several feeds carry one story: what the digest merges) and scores (sums of a
        # few term weights: 73 values among 61,011 matches of a first poll).
        strings: dict[str, str] = {}
        scores: dict[float, float] = {}
        with self.engine.connect() as conn:
            # An item's rows (one a profile it matched) are adjacent, ordered by its id last:
            # one Item serves them all without a map of every item seen.
            for item_id, group in groupby(conn.execute(query), key=itemgetter(0)):
                rows = list(group)
                _, key, title, link, published, source, feed_url = rows[0][:7]
                item = Item(
                    item_key=key, feed_url=strings.setdefault(feed_url, feed_url),
                    title=strings.setdefault(title, title), link=link, summary="",
                    content="", author="", categories=(), published=published,
                    published_from_feed=True, content_hash="",
                    source_title=strings.setdefault(source, source))
                for *_, profile, score in rows:
                    yield item, ListedMatch(strings.setdefault(profile, profile),
                                            scores.setdefault(score, score), (), _NO_SNIPPET,
                                            item_id)

    def complete_entries(self, entries: Sequence[DigestEntry]) -> list[DigestEntry]:
        """``entries`` built from a ``window_listing``, each with its item and matches
        whole; an item's content comes only when its snippet waits to be cut from it (the
        listed match found a term there)."""
        wanted = {(m.item_id, m.profile) for e in entries for m in (e.match, *e.also_matched)
                  if isinstance(m, ListedMatch)}
        whole = self._matches_of(wanted)
        leads = {e.match.item_id: whole[e.match.item_id, e.match.profile] for e in entries
                 if isinstance(e.match, ListedMatch)}
        needs_content = [i for i, m in leads.items() if isinstance(m.snippet, PendingSnippet)
                         and any("content" in t.fields for t in m.terms)]
        loaded = self._items_by_id(list(leads), needs_content)

        def done(m: Match) -> Match:
            return whole[m.item_id, m.profile] if isinstance(m, ListedMatch) else m

        return [entry if not isinstance(entry.match, ListedMatch) else replace(
                    entry, item=loaded[entry.match.item_id], match=done(entry.match),
                    also_matched=tuple(done(m) for m in entry.also_matched))
                for entry in entries]

    def _matches_of(self, wanted: set[tuple[int, str]]) -> dict[tuple[int, str], Match]:
        """The matches named by (item id, profile), read by their items: the listing keeps
        no match ids (61,000 of them in a first poll's window were 2 MB at its peak)."""
        query = select(matches.c.item_id, matches.c.profile, matches.c.score, matches.c.terms,
                       matches.c.snippet)
        rows = self._by_id(query, matches.c.item_id, [item_id for item_id, _ in wanted])
        return {key: row_match(m) for m in rows
                if (key := (m["item_id"], m["profile"])) in wanted}

    def _items_by_id(self, ids: Sequence[int], with_content: Iterable[int]) -> dict[int, Item]:
        columns = [items.c[n] if n != "content" else literal("").label("content")
                   for n in ITEM_COLUMNS]
        query = (select(*columns, items.c.id, feeds.c.url.label("feed_url"))
                 .join(feeds, feeds.c.id == items.c.feed_id))
        out = {m["id"]: row_item(m, m["feed_url"]) for m in self._by_id(query, items.c.id, ids)}
        content = select(items.c.id, items.c.content)
        for m in self._by_id(content, items.c.id, list(with_content)):
            out[m["id"]] = replace(out[m["id"]], content=m["content"])
        return out

    def _by_id(self, query: Any, column: Any, ids: Sequence[int]) -> Iterator[Any]:
        """The rows of ``query`` whose ``column`` is one of ``ids``, a chunk at a time."""
        with self.engine.connect() as conn:
            for chunk in _chunks(sorted(set(ids))):
                yield from conn.execute(query.where(column.in_(chunk))).mappings()
