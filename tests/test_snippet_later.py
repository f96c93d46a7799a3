"""Snippets are left out at ingest and built for the stories a message shows, as ingest built them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from watcher.config import ProfileConfig
from watcher.digest import build_digest, with_snippet
from watcher.match import Matcher, compile_profiles
from watcher.models import FetchResult, Item, Match, Snippet
from watcher.rows import PendingSnippet, match_row, row_match
from watcher.store import Store
from watcher.store.items import FeedBatch
from watcher.workers import parse_items

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
URL = "http://127.0.0.1/desk.xml"
PROFILES = {
    "defections": ProfileConfig(description="people who flee",
                                query="@nk AND (defect* OR escap*)", weights={"@nk": 0}),
    "camps": ProfileConfig(description="prison camps", query="@nk AND (camp* OR prison*)"),
}
ALIASES = {"nk": ['"North Korea"', "North Korean*", "Pyongyang"]}
FILLER = " ".join(f"Paragraph {n} of the report is about the weather and the harvest." for n in
                  range(12))

# Item 1's terms are in its summary; item 2's topic word is only deep in its content, so its
# snippet can only be cut from the content; item 3 matches both profiles.
ENTRIES = [
    ("Border news from the north", "A North Korean soldier defected across the line, "
     "North Korea said nothing.", ""),
    ("Weekly notes", "A North Korean delegation travelled.",
     f"{FILLER} Later two fishermen escaped by boat, officials said. {FILLER}"),
    ("Camp survivor speaks", "A North Korean who escaped a prison camp told her story.", ""),
]


def feed_body() -> bytes:
    items = "".join(
        f"<item><guid>g{n}</guid><title>{title}</title><link>http://127.0.0.1/s/{n}</link>"
        f"<description>{summary}</description>"
        + (f"<content:encoded><![CDATA[<p>{body}</p>]]></content:encoded>" if body else "")
        + f"<pubDate>Mon, 30 Nov 2026 0{n}:00:00 GMT</pubDate></item>"
        for n, (title, summary, body) in enumerate(ENTRIES, start=1))
    return ('<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Desk</title><link>http://127.0.0.1/</link>{items}</channel></rss>").encode()


def fetched() -> FetchResult:
    return FetchResult(url=URL, final_url=URL, permanent_url=None, status=200,
                       headers={"content-type": "application/rss+xml"}, body=feed_body(),
                       etag=None, last_modified=None, content_hash="h", elapsed=0.0)


def ingest(tmp_path: Path, matcher: Matcher) -> Store:
    store = Store.open(tmp_path / "w.db")
    store.sync_feeds([(URL, "Desk")])
    feed_id = store.feeds()[0].id
    parsed = parse_items(fetched(), URL, "Desk", NOW, matcher)
    values = Store.success_values(now=NOW, next_check_at=NOW + timedelta(minutes=15), url=URL,
                                  etag=None, last_modified=None, content_hash="h",
                                  malformed=None)
    store.ingest([FeedBatch(feed_id, parsed.rows, values, parsed.matches)], now=NOW,
                 routes=lambda p: ("mail",))
    return store


def stored_snippets(store: Store) -> list[dict[str, object]]:
    with store.engine.connect() as conn:
        return [json.loads(r[0]) for r in conn.execute(text("SELECT snippet FROM matches"))]


def test_ingest_stores_no_snippet_and_the_digest_builds_the_ingest_one(tmp_path: Path) -> None:
    """Ingest keeps only each match's term order; every shown story's snippet is the one
    the matcher builds with the full item (content included, where the hit is there)."""
    matcher = compile_profiles(PROFILES, ALIASES)
    store = ingest(tmp_path, matcher)
    assert all(set(s) == {"order"} for s in stored_snippets(store))
    rows = store.window_entries(None, "mail")
    digest = build_digest("mail", 0, rows, profiles=PROFILES, timezone="UTC",
                          window_start=None, window_end=NOW, max_items=10)
    entries = [e for g in digest.groups for e in g.entries]
    assert len(entries) == 3
    full = {i.item_key: i for i in store.iter_items(NOW - timedelta(days=1))}
    for entry in entries:
        expected = {m.profile: m.snippet for m in matcher.match(full[entry.item.item_key])}
        assert entry.match.snippet == expected[entry.match.profile]
        assert entry.match.snippet.highlights
    content_hit = next(e for e in entries if e.item.item_key == "id:g2")
    assert "escaped" in content_hit.match.snippet.text


def test_content_is_loaded_only_for_items_whose_snippet_needs_it(tmp_path: Path) -> None:
    """window_entries brings an item's content only when a waiting snippet found a term there."""
    store = ingest(tmp_path, compile_profiles(PROFILES, ALIASES))
    contents = {item.item_key: item.content for item, _ in store.window_entries(None, "mail")}
    assert "escaped by boat" in contents["id:g2"]
    assert contents["id:g1"] == "" and contents["id:g3"] == ""


def test_the_snippet_centres_on_the_weighted_term_not_the_country() -> None:
    """A zero-weight term (the country) is looked for last, as when snippets were built at ingest."""
    matcher = compile_profiles(PROFILES, ALIASES)
    summary = "North Korea " + "is quiet today and " * 20 + "a diplomat defected in Rome."
    item = Item(item_key="k", feed_url=URL, title="Envoy", link=None, summary=summary,
                content="", author="", categories=(), published=NOW, published_from_feed=True,
                content_hash="c")
    [match] = matcher.match(item, snippets=False)
    order = matcher.snippet_order(match.profile, match.terms)
    pending = row_match(match_row(match, order))
    assert isinstance(pending.snippet, PendingSnippet)
    built = with_snippet(pending, item).snippet
    assert "defected" in built.text and built == matcher.match(item)[0].snippet


def test_a_snippet_stored_by_an_older_version_is_shown_as_stored() -> None:
    """Rows written when ingest built snippets keep them: the digest does not build another."""
    stored = Match("defections", 2.0, (), Snippet("kept as written", ((0, 4),)))
    item = Item(item_key="k", feed_url=URL, title="t", link=None, summary="other words",
                content="", author="", categories=(), published=NOW, published_from_feed=True,
                content_hash="c")
    again = row_match(match_row(stored))
    assert with_snippet(again, item) == stored


def test_stories_beyond_max_items_get_no_snippet_built(tmp_path: Path) -> None:
    """Only the stories a digest shows have their snippets cut; the counted rest are left."""
    store = ingest(tmp_path, compile_profiles(PROFILES, ALIASES))
    digest = build_digest("mail", 0, store.window_entries(None, "mail"), profiles=PROFILES,
                          timezone="UTC", window_start=None, window_end=NOW, max_items=1)
    [shown] = [e for g in digest.groups for e in g.entries]
    assert shown.match.snippet.text
    assert len(digest.overflow) == 2
    assert all(isinstance(e.match.snippet, PendingSnippet) for e in digest.overflow)


@pytest.mark.parametrize("max_items", [None, 1])
def test_a_digest_chosen_from_the_light_listing_is_the_one_from_whole_rows(
        tmp_path: Path, max_items: int | None) -> None:
    """Stories chosen from window_listing and completed are those, whole, that every row
    loaded whole gives: same stories, profiles, items (content where a snippet needs it)."""
    store = ingest(tmp_path, compile_profiles(PROFILES, ALIASES))
    common = {"profiles": PROFILES, "timezone": "UTC", "window_start": None, "window_end": NOW,
              "max_items": max_items}
    whole = build_digest("mail", 0, store.window_entries(None, "mail"), **common)
    light = build_digest("mail", 0, store.window_listing(None, "mail"), **common,
                         complete=store.complete_entries)
    assert light == whole
    entries = [*(e for g in light.groups for e in g.entries), *light.overflow]
    assert "escaped by boat" in next(e.item.content for e in entries
                                     if e.item.item_key == "id:g2")
