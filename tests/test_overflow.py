"""max_items: the digest shows the newest stories and attaches every other one as CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from watcher.config import ProfileConfig
from watcher.deliver.mime import build_email
from watcher.digest import build_digest
from watcher.models import Item, Match, Snippet, TermHit

NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


def row(n: int) -> tuple[Item, Match]:
    item = Item(item_key=f"id:{n}", feed_url=f"http://127.0.0.1/f{n}", title=f"탈북 story number {n}",
                link=f"https://news.example/{n}", summary="s", content="", author="",
                categories=(), published=NOW - timedelta(minutes=n), published_from_feed=True,
                content_hash=str(n), source_title=f"Desk {n}")
    return item, Match("defections", 1.0, (TermHit("탈북", ("title",), 1),), Snippet("s"))


def test_overflow_travels_as_attachment() -> None:
    """With max_items 5 of 12, the email shows 5, says 'and 7 more' and attaches those 7."""
    digest = build_digest("desk", 3, [row(n) for n in range(12)],
                          profiles={"defections": ProfileConfig(query="탈북")},
                          timezone="Asia/Seoul", window_start=None, window_end=NOW, max_items=5)
    assert digest.item_count == 5 and digest.more == 7
    msg = build_email(digest, sender="w <w@example.org>", to=["desk@example.org"], subject="s")
    text = msg.get_body(("plain",))
    assert text is not None and "and 7 more stories" in str(text.get_content())
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == "more-7-items.csv"
    rows = list(csv.reader(io.StringIO(attachment.get_content())))
    assert rows[0][:4] == ["profile", "published", "source", "title"]
    assert [r[3] for r in rows[1:]] == [f"탈북 story number {n}" for n in range(5, 12)]
    assert rows[1][1] == "2026-11-27 16:55"  # Seoul time
    shown = {e.item.title for g in digest.groups for e in g.entries}
    assert shown == {f"탈북 story number {n}" for n in range(5)}
