"""normalize: raw entries -> Items with stable keys, UTC dates, absolute links, plain text."""

from __future__ import annotations

import hashlib
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import pytest

from watcher.models import Item, ParsedFeed
from watcher.normalize import canonical_url, legacy_key, normalize_entry, normalize_feed
from watcher.parse import parse_feed
from watcher.reader.entry import RawEntry

FIXTURES = Path(__file__).parent / "fixtures" / "parse"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
FEED = "https://feeds.example.org/rss"


def _item(entry: dict[str, Any], base_url: str | None = None) -> Item:
    return normalize_entry(entry, feed_url=FEED, base_url=base_url, source_title="S", now=NOW)


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
        ({"link": "https://E.org/a?utm_source=x#c"}, "url:https://e.org/a#c"),
        ({"link": "https://E.org/a?utm_source=x"}, "url:https://e.org/a"),
        ({"id": "", "link": "https://e.org/a"}, "url:https://e.org/a"),
        (
            {"title": "T", "summary": "S"},
            "hash:" + hashlib.sha256(b"T\x1fS").hexdigest(),
        ),
        ({"id": "x" * 600}, "id:sha256:" + hashlib.sha256(("x" * 600).encode()).hexdigest()),
    ],
)
def test_item_key_fallback_chain(entry: dict[str, Any], key: str) -> None:
    """The key is the guid, else the canonical link with its fragment, else a hash of
    title + summary."""
    assert _item(entry).item_key == key


def test_key_kinds_cannot_collide() -> None:
    """A guid that looks like a URL and the same URL as a link give different keys."""
    by_id = _item({"id": "https://e.org/a"}).item_key
    by_link = _item({"link": "https://e.org/a"}).item_key
    assert by_id != by_link


def _struct(*fields: int) -> time.struct_time:
    return time.struct_time((*fields, 0, 0, 0, 0, 0, 0, 0, 0, 0)[:9])


@pytest.mark.parametrize(
    ("entry", "published", "from_feed", "doubtful"),
    [
        ({"published_parsed": _struct(2026, 5, 30, 8)}, datetime(2026, 5, 30, 8, tzinfo=UTC),
         True, False),
        ({"updated_parsed": _struct(2026, 5, 29)}, datetime(2026, 5, 29, tzinfo=UTC), True, False),
        ({}, NOW, False, False),
        ({"published_parsed": _struct(2103, 1, 1)}, datetime(2103, 1, 1, tzinfo=UTC), True, True),
        ({"published_parsed": _struct(1776, 7, 4)}, datetime(1776, 7, 4, tzinfo=UTC), True, False),
        ({"published_parsed": _struct(1970, 1, 1)}, datetime(1970, 1, 1, tzinfo=UTC), True, False),
        ({"published_parsed": _struct(2026, 6, 2, 11)}, datetime(2026, 6, 2, 11, tzinfo=UTC),
         True, False),
        ({"published_parsed": "not a struct"}, NOW, False, False),
    ],
)
def test_dates(entry: dict[str, Any], published: datetime, from_feed: bool,
               doubtful: bool) -> None:
    """Dates are UTC and kept as the feed gives them, however old; one more than a day
    ahead is marked doubtful; only a missing or unreadable date becomes now."""
    item = _item({"title": "t", **entry})
    assert item.published == published
    assert item.published.tzinfo is UTC
    assert item.published_from_feed is from_feed
    assert item.published_doubtful is doubtful


@pytest.mark.parametrize(
    ("link", "base_url", "expected"),
    [
        ("/news/1", "https://www.example.org/feed", "https://www.example.org/news/1"),
        ("news/1", None, "https://feeds.example.org/news/1"),
        ("https://other.org/x#y", None, "https://other.org/x#y"),
        ("javascript:alert(1)", None, None),
        ("", None, None),
        ("HTTP://Other.org:80/x?", None, "HTTP://Other.org:80/x?"),
        ("https://e.org/p?utm_source=rss&b=2&a=1#c", None, "https://e.org/p?b=2&a=1#c"),
        ("https://e.org/p?fbclid=1", None, "https://e.org/p"),
        ("http:///x", "http://www.example.org/", None),
        ("http://[broken/x", None, None),
        ("/x", "http://[broken/", None),
    ],
)
def test_links_become_absolute(link: str, base_url: str | None, expected: str | None) -> None:
    """Relative links resolve against the document URL; the link shown keeps the fragment,
    case and parameter order and loses only tracking parameters; only http(s) kept."""
    assert _item({"title": "t", "link": link}, base_url).link == expected


def test_relative_link_ignores_the_site_link() -> None:
    """RFC 4287/3986: without xml:base the document's URL is the base, not the feed's <link>."""
    parsed = ParsedFeed(title="F", link="https://site.example.org/home/",
                        entries=({"title": "t", "link": "story/1"},), ttl_minutes=None,
                        malformed=None)
    (item,) = normalize_feed(parsed, feed_url=FEED, now=NOW,
                             base_url="https://moved.example.org/feeds/rss")
    assert item.link == "https://moved.example.org/feeds/story/1"


def test_fragment_links_without_guid_are_distinct_items() -> None:
    """Guid-less items whose links differ only by #fragment are all kept (a comment feed)."""
    parsed = ParsedFeed(title="F", link=None, entries=tuple(
        {"title": f"comment {n}", "link": f"https://e.org/post?utm_source=x#comment-{n}"}
        for n in range(3)), ttl_minutes=None, malformed=None)
    items = normalize_feed(parsed, feed_url=FEED, now=NOW)
    assert [i.link for i in items] == [f"https://e.org/post#comment-{n}" for n in range(3)]
    assert [legacy_key(i.item_key) for i in items] == ["url:https://e.org/post"] * 3


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
    """A parsed Atom entry: relative link resolved against the document, HTML title, script dropped,
    content-only entries keep their text once (feedparser copies it into summary)."""
    body = (FIXTURES / "atom_relative.atom").read_bytes()
    parsed = parse_feed(body, {"content-type": "application/atom+xml"}, FEED)
    (item,) = normalize_feed(parsed, feed_url=FEED, now=NOW)
    assert item.item_key == "id:tag:site.example.org,2026:story"
    assert item.link == "https://feeds.example.org/2026/03/story?b=2&a=1#top"  # as feedparser
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


class _Unreadable(dict[str, Any]):
    """An entry whose fields cannot be read (stands in for a reader's surprise)."""

    def keys(self) -> Any:
        raise ValueError("unreadable entry")

    def __iter__(self) -> Any:
        raise ValueError("unreadable entry")


def test_an_unreadable_entry_is_skipped_and_logged(caplog: pytest.LogCaptureFixture) -> None:
    """One entry that cannot be normalised costs only itself, with a warning naming the feed."""
    parsed = ParsedFeed(title="F", link=None, entries=(
        {"id": "1", "title": "fine"}, cast(RawEntry, _Unreadable()),
        {"id": "2", "title": "also fine"}),
        ttl_minutes=None, malformed=None)
    with caplog.at_level("WARNING", logger="watcher"):
        items = normalize_feed(parsed, feed_url=FEED, now=NOW)
    assert [i.title for i in items] == ["fine", "also fine"]
    assert any(FEED in r.getMessage() and "item 2 skipped" in r.getMessage()
               for r in caplog.records)
