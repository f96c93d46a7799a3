"""Chat payloads: every platform shows each story's facts (title link, source, time,
profiles, matched words, a short snippet) from one fixture of hard-to-lay-out stories
(Korean, markdown characters, a very long headline, a story matching three profiles)."""

from __future__ import annotations

import html
import json
import re
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from digests import FIXTURES, NOW, digest_of
from test_deliver_chat import PLATFORMS, notifier, texts, within_limits

from watcher.models import Item, Match, Snippet, TermHit

TRICKY = json.loads((FIXTURES / "tricky.json").read_text(encoding="utf-8"))["stories"]
ZONE = "Asia/Seoul"
_MD_ESCAPE = re.compile(r"\\([\\`*_~|\[\]()>#])")


def rows() -> list[tuple[Item, Match]]:
    out = []
    for i, story in enumerate(TRICKY):
        item = Item(item_key=f"tricky-{i}", feed_url=f"https://desk{i}.example/feed",
                    title=story["title"], link=f"https://news.example/tricky/{i}?a=1&b=2",
                    summary=story["text"], content="", author="", categories=(),
                    published=NOW - timedelta(minutes=7 * i), published_from_feed=True,
                    content_hash=f"t{i}", source_title=story["source"])
        for profile in story["profiles"]:
            terms = tuple(TermHit(t, ("title",), 1) for t in story["terms"])
            out.append((item, Match(profile, 1.0, terms, Snippet(story["text"], ((0, 4),)))))
    return out


def readable(payload: Any) -> str:
    """The payload's texts as a reader sees them: platform escapes undone."""
    return html.unescape(_MD_ESCAPE.sub(r"\1", "\n".join(texts(payload))))


@pytest.mark.parametrize("kind", PLATFORMS)
def test_every_platform_shows_every_fact_of_every_story(kind: str) -> None:
    """Title, link, source, local time, profiles, matched words and a snippet of at most
    280 characters for each tricky story, in payloads within the platform's limits."""
    messages = notifier(kind).render(digest_of(rows(), timezone=ZONE))
    payloads = [json.loads(m.body) for m in messages]
    for message, payload in zip(messages, payloads, strict=True):
        within_limits(kind, payload, message.body)
    shown = [readable(p) for p in payloads]
    for i, story in enumerate(TRICKY):
        where = [text for text in shown if f"https://news.example/tricky/{i}" in text]
        assert where, f"story {i} missing on {kind}"
        text = "\n".join(where)
        assert story["title"][:60] in text, (kind, i)
        assert story["source"] in text
        published = (NOW - timedelta(minutes=7 * i)).astimezone(ZoneInfo(ZONE))
        assert published.strftime("%Y-%m-%d %H:%M") in text
        assert all(p in text for p in story["profiles"])
        assert all(t.rstrip("*") in text for t in story["terms"])
        assert story["text"][10:80] in text  # past the highlighted first word
        if len(story["text"]) > 280:
            assert story["text"] not in text  # the snippet is shortened for chat


@pytest.mark.parametrize("kind", ["discord", "teams", "mattermost"])
def test_markdown_in_feed_text_is_escaped(kind: str) -> None:
    """Markdown characters from a feed reach markdown platforms escaped, never as markup."""
    [message] = notifier(kind).render(digest_of(rows()[1:2], timezone=ZONE))
    raw = "\n".join(texts(json.loads(message.body)))
    assert r"\*forced\* \_labour\_ at \[site 17\]\(x\)" in raw
    assert "*forced*" not in raw.replace(r"\*", "")
