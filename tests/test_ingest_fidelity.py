"""Nothing a feed says is lost or bent: identity, links, dates and bad items, end to end.

Each test serves a feed on loopback and runs a real cycle into a real SQLite file, or
ingests into the store directly where the point is the stored keys.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from feedserver import FeedServer
from sqlalchemy import select
from test_pipeline import cycle

from watcher.config import Config, parse
from watcher.deliver.webhook import entry_json
from watcher.models import DigestEntry, Enclosure, Item, Match, ParsedFeed, Snippet
from watcher.normalize import normalize_feed
from watcher.parse import parse_feed
from watcher.store import Store
from watcher.store.items import FeedBatch
from watcher.store.schema import digests as digests_table
from watcher.store.schema import items as items_table
from watcher.store.schema import matches as matches_table

PROFILES = {"all": {"description": "every story", "query": "story"}}


def _config(tmp_path: Path, urls: list[str]) -> Config:
    raw = {
        "storage": {"database": str(tmp_path / "w.db"), "retention_days": 90},
        "polling": {"timeout": "2s", "connect_timeout": "1s"},
        "feeds": [{"url": u, "name": f"feed {i}"} for i, u in enumerate(urls)],
        "profiles": PROFILES,
        "destinations": {"out": {"type": "file", "path": str(tmp_path / "digests")}},
    }
    return parse(raw, {}, tmp_path)


def _cycle(config: Config) -> Store:
    return cycle(config)[1]


def _stored(store: Store) -> dict[str, tuple[str | None, datetime, bool, bool]]:
    """item title -> (link, published, doubtful, alerted)."""
    with store.engine.connect() as conn:
        alerted = {r[0] for r in conn.execute(select(matches_table.c.item_id))}
        rows = conn.execute(select(items_table.c.id, items_table.c.title, items_table.c.link,
                                   items_table.c.published, items_table.c.published_doubtful))
        return {r.title: (r.link, r.published, r.published_doubtful, r.id in alerted)
                for r in rows}


def _rss(items: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Desk</title><link>https://site.example.org/</link>{items}"
            "</channel></rss>").encode()


def test_impossible_dates_are_kept_and_old_ones_do_not_alert(tmp_path: Path) -> None:
    """Dates of 1776, 1983 and 2003 are stored as given and not alerted; 2103 is kept,
    alerted and marked doubtful; an undated item is dated now and alerted."""
    dates = {"1776": "Thu, 04 Jul 1776 12:00:00 GMT", "1983": "Sat, 01 Jan 1983 00:00:00 GMT",
             "2003": "Wed, 01 Jan 2003 00:00:00 GMT", "2103": "Mon, 01 Jan 2103 00:00:00 GMT",
             "none": ""}
    body = _rss("".join(
        f"<item><guid>g{k}</guid><title>story {k}</title>"
        f"{f'<pubDate>{d}</pubDate>' if d else ''}</item>" for k, d in dates.items()))
    with FeedServer() as srv:
        srv.route("/f.xml", body)
        store = _cycle(_config(tmp_path, [srv.url("/f.xml")]))
    stored = _stored(store)
    store.close()
    for year in ("1776", "1983", "2003"):
        _, published, doubtful, alerted = stored[f"story {year}"]
        assert (published.year, doubtful, alerted) == (int(year), False, False)
    _, published, doubtful, alerted = stored["story 2103"]
    assert (published.year, doubtful, alerted) == (2103, True, True)
    _, published, doubtful, alerted = stored["story none"]
    assert abs(published - datetime.now(UTC)) < timedelta(hours=1) and alerted and not doubtful


def test_guidless_items_differing_by_fragment_are_all_stored(tmp_path: Path) -> None:
    """A comment feed whose guid-less items share a page link stores every item, and each
    link keeps its #fragment while tracking parameters go."""
    body = _rss("".join(
        f"<item><title>story {n}</title>"
        f"<link>https://site.example.org/post?utm_source=rss#comment-{n}</link></item>"
        for n in range(5)))
    with FeedServer() as srv:
        srv.route("/f.xml", body)
        store = _cycle(_config(tmp_path, [srv.url("/f.xml")]))
    stored = _stored(store)
    store.close()
    assert {t: v[0] for t, v in stored.items()} == {
        f"story {n}": f"https://site.example.org/post#comment-{n}" for n in range(5)}


def test_relative_links_resolve_against_the_document_url(tmp_path: Path) -> None:
    """A relative Atom link without xml:base resolves against the URL the feed came from."""
    body = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            b'<title>A</title><link href="https://elsewhere.example.org/"/><id>urn:f</id>'
            b'<entry><id>urn:1</id><title>story</title><link href="posts/1"/></entry>'
            b"</feed>")
    with FeedServer() as srv:
        srv.route("/feeds/a.atom", body, headers={"content-type": "application/atom+xml"})
        store = _cycle(_config(tmp_path, [srv.url("/feeds/a.atom")]))
        expected = srv.url("/feeds/posts/1")
    stored = _stored(store)
    store.close()
    assert stored["story"][0] == expected


def test_a_lone_surrogate_costs_only_its_own_text(tmp_path: Path) -> None:
    """A lone surrogate (&#xD800; in RSS, \\ud800 in JSON Feed) is replaced by U+FFFD and
    the feed's other items are stored alongside it."""
    rss = _rss("<item><guid>1</guid><title>story bad &#xD800; one</title></item>"
               "<item><guid>2</guid><title>story good</title></item>")
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [
        {"id": "3", "title": "story json PLACEHOLDER"}, {"id": "4", "title": "story fine"}]}
    js = json.dumps(feed).replace("PLACEHOLDER", "\\ud800").encode()
    with FeedServer() as srv:
        srv.route("/f.xml", rss)
        srv.route("/f.json", js, headers={"content-type": "application/feed+json"})
        store = _cycle(_config(tmp_path, [srv.url("/f.xml"), srv.url("/f.json")]))
    titles = set(_stored(store))
    store.close()
    assert titles == {"story bad \ufffd one", "story good", "story json \ufffd", "story fine"}


def _feed_items(links: list[str]) -> list[Item]:
    parsed = ParsedFeed(title="F", link=None, entries=tuple(
        {"title": f"story {n}", "link": link} for n, link in enumerate(links)),
        ttl_minutes=None, malformed=None)
    return normalize_feed(parsed, feed_url="http://127.0.0.1/feed",
                          now=datetime(2026, 11, 27, tzinfo=UTC))


NOW = datetime(2026, 11, 27, tzinfo=UTC)


def _store_with_feed(tmp_path: Path) -> tuple[Store, int, dict[str, object]]:
    """A store with one feed, and the feed state a successful poll at NOW writes."""
    store = Store.open(tmp_path / "w.db")
    store.sync_feeds([("http://127.0.0.1/feed", "F")])
    values = Store.success_values(now=NOW, next_check_at=NOW, url="http://127.0.0.1/feed",
                                  etag=None, last_modified=None, content_hash="x",
                                  malformed=None)
    return store, store.feeds()[0].id, values


def test_items_stored_under_fragmentless_keys_are_not_realerted(tmp_path: Path) -> None:
    """After the upgrade, the item stored under its old key (link without #fragment) is
    renamed to its new key, not alerted again; its lost siblings are new and alert."""
    store, feed_id, values = _store_with_feed(tmp_path)
    now = NOW
    links = [f"https://e.org/post#c{n}" for n in range(3)]
    first = _feed_items(links)[0]
    old = replace(first, item_key="url:https://e.org/post")  # as stored before the upgrade

    def batch(found: list[Item]) -> FeedBatch:
        return FeedBatch.of_items(feed_id, found, values,
                                  lambda i: [Match("all", 1.0, (), Snippet(i.title))])

    store.ingest([batch([old])], now=now, routes=lambda p: ("out",))
    [result] = store.ingest([batch(_feed_items(links))], now=now, routes=lambda p: ("out",))
    assert (result.new, result.updated, result.matches) == (2, 0, 2)
    with store.engine.connect() as conn:
        keys = sorted(r[0] for r in conn.execute(select(items_table.c.item_key)))
    store.close()
    assert keys == [f"url:https://e.org/post#c{n}" for n in range(3)]


PODCAST = _rss(
    "<item><guid>ep1</guid><title>story episode one</title>"
    "<link>https://site.example.org/ep1</link>"
    '<description>&lt;p&gt;Notes with &lt;a href="/notes/1"&gt;a link&lt;/a&gt; and '
    '&lt;img src="https://cdn.example.org/cover.jpg" alt="cover"&gt;'
    "&lt;script&gt;steal()&lt;/script&gt;&lt;/p&gt;</description>"
    '<enclosure url="https://cdn.example.org/ep1.mp3" length="12345" type="audio/mpeg"/>'
    "</item>")


def test_enclosures_and_html_body_are_kept_and_shown(tmp_path: Path) -> None:
    """An enclosure (url, type, length) and the item's HTML body are stored; the digest
    lists the file, and the webhook entry carries both, the HTML sanitised."""
    with FeedServer() as srv:
        srv.route("/pod.xml", PODCAST)
        store = _cycle(_config(tmp_path, [srv.url("/pod.xml")]))
    [item] = list(store.iter_items(datetime(2000, 1, 1, tzinfo=UTC)))
    entries = store.window_entries(None, "out") or [
        e for w in _windows(store) for e in store.window_entries(w, "out")]
    store.close()
    assert item.enclosures == (Enclosure("https://cdn.example.org/ep1.mp3", "audio/mpeg", 12345),)
    assert '<a href="/notes/1">' in item.body_html
    text = "".join(p.read_text("utf-8") for p in (tmp_path / "digests").glob("*.html"))
    assert "https://cdn.example.org/ep1.mp3" in text
    payload = entry_json(DigestEntry(entries[0][0], entries[0][1]))
    assert payload["enclosures"] == [{"url": "https://cdn.example.org/ep1.mp3",
                                      "type": "audio/mpeg", "length": 12345}]
    html = payload["html"]
    assert 'href="https://site.example.org/notes/1"' in html
    assert '<img src="https://cdn.example.org/cover.jpg" alt="cover">' in html
    assert "steal" not in html and "<script" not in html


def _windows(store: Store) -> list[int]:
    with store.engine.connect() as conn:
        return [r[0] for r in conn.execute(select(digests_table.c.id))]


def test_json_feed_attachments_are_enclosures() -> None:
    """JSON Feed attachments become enclosures like RSS ones."""
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [
        {"id": "1", "title": "t", "attachments": [
            {"url": "https://cdn.example.org/a.pdf", "mime_type": "application/pdf",
             "size_in_bytes": 2048}]}]}).encode()
    parsed = parse_feed(body, {}, "http://127.0.0.1/j.json")
    [item] = normalize_feed(parsed, feed_url="http://127.0.0.1/j.json",
                            now=datetime(2026, 11, 27, tzinfo=UTC))
    assert item.enclosures == (Enclosure("https://cdn.example.org/a.pdf", "application/pdf", 2048),)


def test_a_version_3_database_gains_the_new_columns(tmp_path: Path) -> None:
    """An items table from before migration 5 gets published_doubtful, enclosures, body_html
    and the pages cache, and its items read back with empty values for them."""
    store, feed_id, values = _store_with_feed(tmp_path)
    now = NOW
    store.ingest([FeedBatch.of_items(feed_id, _feed_items(["https://e.org/a"]), values,
                                     lambda i: [])], now=now, routes=lambda p: ())
    with store.engine.begin() as conn:
        for column in ("published_doubtful", "enclosures", "body_html"):
            conn.exec_driver_sql(f"ALTER TABLE items DROP COLUMN {column}")
        conn.exec_driver_sql("DROP TABLE pages")
        conn.exec_driver_sql("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    store.close()
    again = Store.open(tmp_path / "w.db")
    [item] = list(again.iter_items(datetime(2000, 1, 1, tzinfo=UTC)))
    assert (item.published_doubtful, item.enclosures, item.body_html) == (False, (), "")
    assert again.page_texts(["https://e.org/a"]) == {}
    again.close()
