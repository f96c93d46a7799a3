"""The readers on a small corpus kept in the repository (runs without the shared corpora):
the plain reader and feedparser give identical Items, and nothing feedparser finds is lost
or has its link bent."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from corpus_compare import compare

from watcher.models import ParsedFeed
from watcher.normalize import normalize_feed
from watcher.parse import _declared_encoding, parse_feed
from watcher.reader.plain import read_plain_feed

CORPUS = Path(__file__).parent / "fixtures" / "readers"
FILES = sorted(CORPUS.iterdir())
NOW = datetime(2026, 11, 27, tzinfo=UTC)
TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml"}


def _url(path: Path) -> str:
    return f"https://records.example.org/feeds/{path.name}"


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_both_readers_give_the_same_items(path: Path) -> None:
    """Each file takes the plain path, and feedparser reads it to the very same Items."""
    body, headers = path.read_bytes(), {"content-type": TYPES[path.suffix]}
    declared = _declared_encoding(body[:1024].lstrip(), headers["content-type"])
    assert read_plain_feed(body, headers, declared) is not None, "the plain reader refused it"
    plain = parse_feed(body, headers, _url(path))
    universal = parse_feed(body, headers, _url(path), plain_reader=False)
    assert isinstance(plain, ParsedFeed) and isinstance(universal, ParsedFeed)
    items = normalize_feed(plain, feed_url=_url(path), now=NOW)
    assert items and items == normalize_feed(universal, feed_url=_url(path), now=NOW)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_nothing_feedparser_finds_is_lost(path: Path) -> None:
    """Every item feedparser finds is stored, with feedparser's link minus tracking."""
    body = path.read_bytes()
    tally = compare(body, {"content-type": TYPES[path.suffix]}, _url(path))
    assert tally.feedparser_items > 0
    assert (tally.stored, tally.lost, tally.bent_links) == (tally.feedparser_items, [], [])


def test_the_corpus_exercises_what_it_is_for() -> None:
    """Fragments, enclosures, relative links and HTML bodies are really in the corpus."""
    items = {p.name: normalize_feed(parse_feed(p.read_bytes(), {}, _url(p)), feed_url=_url(p),
                                    now=NOW) for p in FILES}
    assert len(items["comments.rss"]) == 3
    assert [e.length for i in items["podcast.rss"] for e in i.enclosures] == [31457280,
                                                                              28311552]
    first, second = items["relative.atom"]
    assert first.link == "https://records.example.org/feeds/surveys/camp-16-2026"
    assert second.enclosures[0].url == "https://records.example.org/files/index.pdf"
    assert '<a href="https://news.example.com/topic/border">' in items["newsroom.rss"][0].body_html
    assert items["podcast.rss"][1].link == "https://radio.example.org/episodes/40"
