"""Full text for truncated feeds: a ``fulltext: true`` feed matches on its article pages."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from feedserver import FeedServer
from test_pipeline import cycle

from watcher.config import Config, parse

ARTICLE = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> | <a href="/about">About</a> | Subscribe</nav>
<article><h1>{title}</h1>
<p>{body}</p>
<p>The report was compiled from interviews over several months and checked against
satellite pictures where that was possible; names have been changed for safety.</p>
</article><footer>All rights reserved. Contact the desk.</footer></body></html>"""
STORIES = {
    "a1": ("Traders squeezed", "Sawmill crews in the Amur region say their wages were "
           "confiscated by minders from the trading company."),
    "a2": ("Quiet week at the port", "Ferries ran on time and the harbour office reported "
           "ordinary cargo volumes for the season."),
}


def _feed(base: str, ids: list[str]) -> bytes:
    items = "".join(
        f"<item><guid>{i}</guid><title>{STORIES[i][0]}</title><link>{base}/news/{i}</link>"
        f"<description>One line only.</description></item>" for i in ids)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Headlines</title><link>{base}/</link>{items}</channel></rss>").encode()


def _config(tmp_path: Path, url: str) -> Config:
    raw = {
        "storage": {"database": str(tmp_path / "w.db")},
        "polling": {"timeout": "2s", "connect_timeout": "1s"},
        "feeds": [{"url": url, "name": "headlines", "fulltext": True}],
        "profiles": {"wages": {"description": "wage theft abroad",
                               "query": "sawmill AND confiscated"}},
        "destinations": {"out": {"type": "file", "path": str(tmp_path / "digests")}},
    }
    return parse(raw, {}, tmp_path)


def test_fulltext_feed_matches_words_only_its_article_pages_hold(tmp_path: Path) -> None:
    """Items of one line each match a profile on words only their linked page contains,
    the digest shows that text, and each page is fetched once across polls."""
    with FeedServer() as srv:
        base = srv.url("").rstrip("/")
        for key, (title, body) in STORIES.items():
            srv.route(f"/news/{key}", ARTICLE.format(title=title, body=body).encode(),
                      headers={"content-type": "text/html; charset=utf-8"})
        srv.route("/feed.xml", _feed(base, ["a1"]), etag='"1"')
        config = _config(tmp_path, srv.url("/feed.xml"))
        summary, store = cycle(config)
        store.close()
        assert "1 match(es)" in summary
        srv.route("/feed.xml", _feed(base, ["a2", "a1"]), etag='"2"')
        summary, store = cycle(config)
        assert srv.hits("/news/a1") == 1 and srv.hits("/news/a2") == 1
    items = {i.title: i for i in store.iter_items(datetime(2000, 1, 1, tzinfo=UTC))}
    store.close()
    assert "0 match(es)" in summary  # the port story is fetched, read and not matched
    assert "Sawmill crews in the Amur region" in items["Traders squeezed"].content
    assert "Subscribe" not in items["Traders squeezed"].content  # navigation left out
    digest = "".join(p.read_text("utf-8") for p in (tmp_path / "digests").glob("*.html"))
    assert "confiscated" in digest


def test_an_unreachable_page_leaves_the_feed_text(tmp_path: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    """A page that answers 404 costs nothing but its text: the item is stored with the
    feed's own line, the failure is logged naming the feed, and it is not fetched again."""
    with FeedServer() as srv:
        base = srv.url("").rstrip("/")
        srv.route("/news/a1", b"gone", status=404)
        srv.route("/feed.xml", _feed(base, ["a1"]), etag='"1"')
        config = _config(tmp_path, srv.url("/feed.xml"))
        with caplog.at_level(logging.WARNING, logger="watcher"):
            summary, store = cycle(config)
        store.close()
        srv.route("/feed.xml", _feed(base, ["a2", "a1"]), etag='"2"')
        summary, store = cycle(config)
        assert srv.hits("/news/a1") == 1
    items = {i.title: i for i in store.iter_items(datetime(2000, 1, 1, tzinfo=UTC))}
    store.close()
    assert "1 new item(s)" in summary
    assert items["Traders squeezed"].summary == "One line only."
    assert any("full text of" in r.getMessage() and "/feed.xml" in r.getMessage()
               for r in caplog.records)
