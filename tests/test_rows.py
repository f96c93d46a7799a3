"""rows: items and matches survive the trip to stored rows and back unchanged."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from watcher.models import Item, Match, Snippet, TermHit
from watcher.rows import (
    ITEM_COLUMNS,
    PendingSnippet,
    item_row,
    match_row,
    row_item,
    row_match,
)

ITEM = Item(item_key="guid:1", feed_url="https://example.org/feed", title="탈북민 소식",
            link="https://example.org/a", summary="Summary “quoted”", content="Body",
            author="Desk", categories=("north korea", "인권"),
            published=datetime(2026, 11, 27, 9, 30, tzinfo=UTC), published_from_feed=True,
            content_hash="abc", lang="ko", source_title="Example")


def test_item_round_trip_and_columns() -> None:
    """Every column row_item reads is one item_row writes; nothing is lost on the way."""
    row = item_row(ITEM)
    assert tuple(row) == ITEM_COLUMNS
    assert row_item(row, ITEM.feed_url) == ITEM
    bare = replace(ITEM, categories=())
    assert row_item(item_row(bare), ITEM.feed_url) == bare


def test_match_round_trip_shares_term_hits() -> None:
    """Terms, fields, counts and highlight offsets come back equal; equal hits are shared."""
    match = Match("defections", 2.5, (TermHit("탈북민", ("title", "summary"), 2),),
                  Snippet("탈북민 소식", ((0, 3),)))
    first, second = row_match(match_row(match)), row_match(match_row(match))
    assert first == match
    assert first.terms[0] is second.terms[0]


def test_match_columns_are_the_json_of_the_match() -> None:
    """The terms and a pending snippet's order are written as json.dumps writes them (the
    row is built by hand from cached pieces), for any term text, fields and counts."""
    hits = (TermHit('"North Korea"', ("title",), 1), TermHit("탈북*", ("title", "lead"), 12),
            TermHit('a\\\\b "c"\n', (), 0))
    for terms in (hits, hits[:1], ()):
        row = match_row(Match("p", 1.0, terms, Snippet("")), order=range(len(terms))[::-1])
        assert row["terms"] == json.dumps([[t.term, list(t.fields), t.count] for t in terms],
                                          ensure_ascii=False)
        assert row["snippet"] == json.dumps({"order": list(range(len(terms)))[::-1]})
        assert row_match(row).terms == terms


def test_stored_texts_are_decoded_once_and_each_row_gets_its_own() -> None:
    """Rows storing the same terms and snippet text share one decoded value; a row with
    other text (another snippet, a pending order, other counts) gets its own."""
    hit = TermHit("탈북민", ("title",), 1)
    rows = [match_row(Match("defections", 2.5, (hit,), Snippet("탈북민 소식", ((0, 3),)))),
            match_row(Match("camps", 1.0, (hit,), Snippet("탈북민 소식", ((0, 3),)))),
            match_row(Match("defections", 2.5, (replace(hit, count=2),),
                            Snippet("다른 소식", ((0, 2),)))),
            match_row(Match("defections", 2.5, (hit,), Snippet("")), order=[0])]
    first, second, other, pending = map(row_match, rows)
    assert (first.profile, second.profile) == ("defections", "camps")
    assert first.terms is second.terms and first.snippet is second.snippet
    assert other.terms == (replace(hit, count=2),)
    assert other.snippet == Snippet("다른 소식", ((0, 2),))
    assert pending.snippet == PendingSnippet("", (), (0,))
