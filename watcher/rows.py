"""Items and matches as stored rows (column -> value), and back.

Built where a feed is parsed, so that parse workers hand the event loop rows ready for the
database: a row unpickles about five times faster than the frozen dataclasses it comes
from, and the JSON columns are encoded in the workers instead of the one process that
fetches and stores. Measured on the 50,000-item first poll: 1.1 s less CPU in the main
process. Imports nothing heavy, so workers do not load SQLAlchemy.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from watcher.models import Enclosure, Item, Match, Snippet, TermHit

ItemRow = dict[str, Any]  # the items table's columns, without ids and timestamps
MatchRow = dict[str, Any]  # the matches table's columns, without ids and timestamps

# One encoder for every row: json.dumps with options builds a new encoder per call.
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def item_row(item: Item) -> ItemRow:
    return {
        "item_key": item.item_key, "title": item.title, "link": item.link,
        "summary": item.summary, "content": item.content, "author": item.author,
        "categories": _to_json(item.categories) if item.categories else "[]",
        "published": item.published, "published_from_feed": item.published_from_feed,
        "content_hash": item.content_hash, "lang": item.lang,
        "source_title": item.source_title, "published_doubtful": item.published_doubtful,
        "enclosures": _to_json([[e.url, e.type, e.length] for e in item.enclosures])
        if item.enclosures else "[]",
        "body_html": item.body_html,
    }


@dataclass(frozen=True, slots=True)
class PendingSnippet(Snippet):
    """A snippet not built yet: ingest stores only the order in which to look for the
    match's terms (their indexes, best first); the digest builds the text for the stories
    it shows (``watcher.digest``), from the item and the terms."""

    order: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class ListedMatch(Match):
    """A match as a window's listing has it (``Store.window_listing``): its profile and
    score, which decide the stories a message shows and where, and its item's id, by which
    (with the profile: one match per item and profile) ``Store.complete_entries`` loads the
    rest for those stories only."""

    item_id: int = 0


def match_row(match: Match, order: Sequence[int] | None = None) -> MatchRow:
    """The row of ``match``; with ``order`` (and no snippet built), its snippet is left to
    the message that shows it, and only the order of its terms is kept."""
    if order is not None and not match.snippet.text:
        # What _to_json({"order": list(order)}) writes, without an encoder per match.
        snippet = '{"order": [' + ", ".join(map(str, order)) + "]}"
    else:
        snippet = _to_json({"text": match.snippet.text, "highlights": match.snippet.highlights})
    return {
        "profile": match.profile, "score": match.score,
        "terms": "[" + ", ".join(map(_hit_json, match.terms)) + "]",
        "snippet": snippet,
    }


@lru_cache(maxsize=4096)
def _hit_json(hit: TermHit) -> str:
    """One term hit as _to_json writes it in a list: a parse worker encodes 60,000 matches'
    terms, a few hundred distinct hits, each once (0.3 CPU-s of the topic first poll)."""
    return _to_json([hit.term, hit.fields, hit.count])


ITEM_COLUMNS = ("item_key", "title", "link", "summary", "content", "author", "categories",
                "published", "published_from_feed", "content_hash", "lang", "source_title",
                "published_doubtful", "enclosures", "body_html")


def row_item(m: Mapping[Any, Any], feed_url: str) -> Item:
    categories = m["categories"]
    return Item(
        item_key=m["item_key"], feed_url=feed_url, title=m["title"], link=m["link"],
        summary=m["summary"], content=m["content"], author=m["author"],
        categories=tuple(json.loads(categories)) if categories != "[]" else (),
        published=m["published"],
        published_from_feed=m["published_from_feed"], content_hash=m["content_hash"],
        lang=m["lang"], source_title=m["source_title"],
        published_doubtful=bool(m["published_doubtful"]),
        enclosures=_enclosures(m["enclosures"]), body_html=m["body_html"],
    )


def _enclosures(stored: str) -> tuple[Enclosure, ...]:
    if stored == "[]":
        return ()
    return tuple(Enclosure(url, kind, length) for url, kind, length in json.loads(stored))


def row_match(m: Mapping[Any, Any]) -> Match:
    """The stored match; its snippet as stored (databases written before snippets were left
    to rendering have one in every row), or a PendingSnippet."""
    return Match(profile=m["profile"], score=m["score"], terms=_terms(m["terms"]),
                 snippet=_snippet(m["snippet"]))


# A story reaches a window from many feeds, each copy matched alike: a first poll's digest
# reads the matches of 3,485 stories, 8,728 rows whose terms and snippets are far fewer
# distinct texts. Each text is decoded once; what it gives is immutable, so one value
# serves every row that stores the same text.
@lru_cache(maxsize=4096)
def _terms(stored: str) -> tuple[TermHit, ...]:
    return tuple(_term_hit(t[0], tuple(t[1]), t[2]) for t in json.loads(stored))


@lru_cache(maxsize=4096)
def _snippet(stored: str) -> Snippet:
    snip = json.loads(stored)
    if "text" in snip:
        return Snippet(snip["text"], tuple(map(tuple, snip["highlights"])))
    return PendingSnippet("", (), tuple(snip.get("order", ())))


@lru_cache(maxsize=4096)
def _term_hit(term: str, fields: tuple[str, ...], count: int) -> TermHit:
    """TermHits are immutable and few differ: a 15,000-match window built 40,000 of them
    (a frozen dataclass is slow to build) where a few hundred distinct ones exist."""
    return TermHit(term, fields, count)
