"""normalize: raw entries -> Items with stable keys, UTC dates, absolute links, plain text."""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from watcher.models import Item, ParsedFeed
from watcher.normalize import canonical_url, normalize_entry, normalize_feed
from watcher.parse import parse_feed

FIXTURES = Path(__file__).parent / "fixtures" / "parse"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
FEED = "https://feeds.example.org/rss"


def _item(entry: dict[str, Any], base_link: str | None = None) -> Item:
    return normalize_entry(entry, feed_url=FEED, base_link=base_link, source_title="S", now=NOW)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.ORG/a/b?x=1#frag", "https://example.org/a/b?x=1"),
        ("http://example.org", "http://example.org/"),
        ("http://example.org:80/p", "http://example.org/p"),
        ("https://example.org:8443/p", "https://example.org:8443/p"),
        (
            "https://e.org/p?utm_source=rss&utm_medium=feed&id=5&fbclid=abc&gclid=1&mc_cid=2"
            "&mc_eid=3&ref=home",
            "https://e.org/p?id=5",
        ),
        ("https://e.org/p?b=2&a=1&c=%20x", "https://e.org/p?a=1&b=2&c=%20x"),
        ("https://e.org/p?UTM_Campaign=x", "https://e.org/p"),
        ("https://e.org/Path/Case", "https://e.org/Path/Case"),
        ("https://user:Pw@E.org/x", "https://user:Pw@e.org/x"),
        ("mailto:Someone@Example.org", "mailto:Someone@Example.org"),
        ("  https://e.org/x  ", "https://e.org/x"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://Example.org:099/x", "http://example.org:99/x"),
        ("http://example.org:99999/x", "http://example.org:99999/x"),
        ("https://example.org:443?", "https://example.org/"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    """Scheme/host lower-cased, default port, fragment and tracking params dropped, sorted."""
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        ({"id": " guid-1 ", "link": "https://e.org/a"}, "id:guid-1"),
        ({"link": "https://E.org/a?utm_source=x#c"}, "url:https://e.org/a"),
        ({"id": "", "link": "https://e.org/a"}, "url:https://e.org/a"),
        (
            {"title": "T", "summary": "S"},
            "hash:" + hashlib.sha256(b"T\x1fS").hexdigest(),
        ),
        ({"id": "x" * 600}, "id:sha256:" + hashlib.sha256(("x" * 600).encode()).hexdigest()),
    ],
)
def test_item_key_fallback_chain(entry: dict[str, Any], key: str) -> None:
    """The key is the guid, else the canonical link, else a hash of title + summary."""
    assert _item(entry).item_key == key


def test_key_kinds_cannot_collide() -> None:
    """A guid that looks like a URL and the same URL as a link give different keys."""
    by_id = _item({"id": "https://e.org/a"}).item_key
    by_link = _item({"link": "https://e.org/a"}).item_key
    assert by_id != by_link


@pytest.mark.parametrize(
    ("entry", "published", "from_feed"),
    [
        (
            {"published_parsed": time.struct_time((2026, 5, 30, 8, 0, 0, 5, 150, 0))},
            datetime(2026, 5, 30, 8, tzinfo=UTC),
            True,
        ),
        (
            {"updated_parsed": time.struct_time((2026, 5, 29, 0, 0, 0, 4, 149, 0))},
            datetime(2026, 5, 29, tzinfo=UTC),
            True,
        ),
        ({}, NOW, False),
        ({"published_parsed": time.struct_time((2031, 1, 1, 0, 0, 0, 2, 1, 0))}, NOW, False),
        ({"published_parsed": time.struct_time((1970, 1, 1, 0, 0, 0, 3, 1, 0))}, NOW, False),
        (
            {"published_parsed": time.struct_time((2026, 6, 2, 11, 0, 0, 1, 153, 0))},
            datetime(2026, 6, 2, 11, tzinfo=UTC),
            True,
        ),
        ({"published_parsed": "not a struct"}, NOW, False),
    ],
)
def test_dates(entry: dict[str, Any], published: datetime, from_feed: bool) -> None:
    """Dates are UTC; missing, far-future (> now + 1 day) or pre-1990 dates become now."""
    item = _item({"title": "t", **entry})
    assert item.published == published
    assert item.published.tzinfo is UTC
    assert item.published_from_feed is from_feed


@pytest.mark.parametrize(
    ("link", "base_link", "expected"),
    [
        ("/news/1", "https://www.example.org/", "https://www.example.org/news/1"),
        ("news/1", None, "https://feeds.example.org/news/1"),
        ("/news/1", "/home/", "https://feeds.example.org/news/1"),
        ("https://other.org/x#y", "https://www.example.org/", "https://other.org/x"),
        ("javascript:alert(1)", None, None),
        ("", None, None),
        ("HTTP://Other.org:80/x?", "https://www.example.org/", "http://other.org/x"),
        ("http:///x", "http://www.example.org/", "http://www.example.org/x"),
        ("http://[broken/x", None, None),
        ("/x", "http://[broken/", None),
    ],
)
def test_links_become_absolute(link: str, base_link: str | None, expected: str | None) -> None:
    """Relative links resolve against the site link, then the feed URL; only http(s) kept."""
    assert _item({"title": "t", "link": link}, base_link).link == expected


def test_link_from_links_list_when_link_missing() -> None:
    """An entry with only a links list uses its alternate href."""
    entry = {
        "links": [
            {"rel": "enclosure", "href": "https://e.org/a.mp3"},
            {"rel": "alternate", "href": "https://e.org/page"},
        ]
    }
    assert _item(entry).link == "https://e.org/page"


def test_text_fields_are_plain_text_and_hash_covers_them() -> None:
    """HTML becomes text; content equal to summary is dropped; content_hash covers all three."""
    entry = {
        "title": "Kim &amp; <b>Co</b>",
        "summary": "<p>One</p><p>Two &eacute;</p>",
        "content": [{"value": "<p>One</p><p>Two &eacute;</p>", "type": "text/html"}],
        "summary_detail": {"type": "text/html", "language": "EN"},
        "tags": [{"term": "A"}, {"term": "A"}, {"term": None, "label": "B"}],
        "authors": [{"name": "X"}, {"name": "Y"}],
    }
    item = _item(entry)
    assert (item.title, item.summary, item.content) == ("Kim & Co", "One\nTwo é", "")
    assert item.categories == ("A", "B")
    assert item.author == "X, Y"
    assert item.lang == "en"
    expected = hashlib.sha256("Kim & Co\x1fOne\nTwo é\x1f".encode()).hexdigest()
    assert item.content_hash == expected


def test_plain_text_detail_keeps_angle_brackets() -> None:
    """A text/plain title keeps a literal '<' that is not markup."""
    item = _item({"title": "a <b> c", "title_detail": {"type": "text/plain"}})
    assert item.title == "a <b> c"


def test_update_changes_hash_not_key() -> None:
    """The same guid with a changed title keeps its key and changes its content hash."""
    first, second = _item({"id": "g", "title": "v1"}), _item({"id": "g", "title": "v2"})
    assert first.item_key == second.item_key
    assert first.content_hash != second.content_hash


def test_normalize_feed_dedupes_and_drops_empty_entries() -> None:
    """Repeated keys keep the first entry; entries with nothing in them are dropped."""
    parsed = ParsedFeed(
        title="Feed title",
        link="https://site.example.org/",
        entries=({"id": "1", "title": "first"}, {"id": "1", "title": "again"}, {}),
        ttl_minutes=None,
        malformed=None,
    )
    items = normalize_feed(parsed, feed_url=FEED, now=NOW)
    assert [(i.item_key, i.title, i.source_title) for i in items] == [
        ("id:1", "first", "Feed title")
    ]
    named = normalize_feed(parsed, feed_url=FEED, now=NOW, source_title="Configured name")
    assert named[0].source_title == "Configured name"


def test_atom_fixture_end_to_end() -> None:
    """A parsed Atom entry: relative link resolved and cleaned, HTML title, script dropped,
    content-only entries keep their text once (feedparser copies it into summary)."""
    body = (FIXTURES / "atom_relative.atom").read_bytes()
    parsed = parse_feed(body, {"content-type": "application/atom+xml"}, FEED)
    (item,) = normalize_feed(parsed, feed_url=FEED, now=NOW)
    assert item.item_key == "id:tag:site.example.org,2026:story"
    assert item.link == "https://site.example.org/news/2026/03/story?a=1&b=2"
    assert item.title == "Bold & brave"
    assert (item.summary, item.content) == ("Para one.\nPara two.", "")
    assert item.published == datetime(2026, 3, 1, 0, 0, tzinfo=UTC)
    assert item.author == "A. Writer"
    assert item.categories == ("World", "Asia")
    assert item.lang == "en-gb"


def test_json_feed_fixture_end_to_end() -> None:
    """JSON Feed items normalise like XML ones: numeric ids, text content, offsets to UTC."""
    body = (FIXTURES / "jsonfeed_1_0.json").read_bytes()
    parsed = parse_feed(body, {}, FEED)
    first, second = normalize_feed(parsed, feed_url=FEED, now=NOW)
    assert (first.item_key, first.content) == ("id:7", "Hello there")
    assert first.published == datetime(2026, 2, 3, 9, 5, 6, tzinfo=UTC)
    assert second.content == "Only text & an ampersand <not a tag>"
    assert second.published_from_feed is True
