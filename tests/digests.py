"""Sample items and digests for the delivery tests (stories from fixtures/deliver)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from watcher.config import ProfileConfig
from watcher.digest import build_digest
from watcher.models import Digest, Item, Match, Snippet, TermHit

FIXTURES = Path(__file__).parent / "fixtures" / "deliver"
STORIES = json.loads((FIXTURES / "stories.json").read_text(encoding="utf-8"))["stories"]
NOW = datetime(2024, 5, 3, 23, 0, tzinfo=UTC)
PROFILES = {
    "defections": ProfileConfig(description="North Koreans who defect or escape", query="x"),
    "labour": ProfileConfig(description="Forced and overseas labour", query="y"),
    "detention": ProfileConfig(description="Prison camps and detention", query="z"),
}


def item(i: int, *, title: str | None = None, link: str | None = "auto", feed: str = "a",
         minutes_ago: int | None = None, text: str | None = None) -> Item:
    story = STORIES[i % len(STORIES)]
    return Item(
        item_key=f"key-{i}", feed_url=f"https://{feed}.example/feed",
        title=title if title is not None else story["title"],
        link=f"https://{feed}.example/news/{i}" if link == "auto" else link,
        summary=text or story["text"], content="", author="", categories=(),
        published=NOW - timedelta(minutes=i if minutes_ago is None else minutes_ago),
        published_from_feed=True, content_hash=f"h{i}", source_title=f"Desk {feed.upper()}",
    )


def match(it: Item, profile: str = "defections", term: str = "defect*") -> Match:
    text = it.summary
    start = max(text.find(term.rstrip("*")), 0)
    return Match(profile=profile, score=1.0, terms=(TermHit(term, ("title", "summary"), 1),),
                 snippet=Snippet(text, ((start, start + len(term.rstrip("*"))),)))


def marker(i: int) -> str:
    return f"item-{i:04d}"


def many_rows(n: int, *, long: bool = True) -> list[tuple[Item, Match]]:
    """``n`` distinct items over three profiles; titles carry a unique marker to count them."""
    rows = []
    profiles = list(PROFILES)
    for i in range(n):
        story = STORIES[i % 4]
        title = f"{marker(i)} {story['title']}" + (" — 길고 긴 제목 " * 8 if long else "")
        text = (story["text"] + " ") * (6 if long else 1)
        it = item(i, title=title, text=text, feed="abc"[i % 3])
        rows.append((it, match(it, profiles[i % 3])))
    return rows


def digest_of(rows: Sequence[tuple[Item, Match]], *, max_items: int = 10_000,
              timezone: str = "Asia/Seoul", destination: str = "desk") -> Digest:
    return build_digest(destination, 42, rows, profiles=PROFILES, timezone=timezone,
                        window_start=NOW - timedelta(days=1), window_end=NOW,
                        max_items=max_items)
