"""jsonfeed: JSON Feed 1.0 / 1.1 bodies -> feedparser-shaped entries."""

from __future__ import annotations

import json
from typing import Any

import pytest

from watcher.errors import ParseError
from watcher.reader.jsonfeed import looks_like_json, parse_json_feed

URL = "https://json.example.org/feed.json"


def _feed(**fields: Any) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", **fields}).encode()


@pytest.mark.parametrize(
    ("mime", "head", "expected"),
    [
        ("application/feed+json", b"", True),
        ("application/json", b"[", True),
        ("", b'{"version"', True),
        ("application/rss+xml", b"<rss", False),
        ("", b"<?xml", False),
    ],
)
def test_looks_like_json(mime: str, head: bytes, expected: bool) -> None:
    """JSON is recognised by content type or by a body starting with '{'."""
    assert looks_like_json(mime, head) is expected


def test_version_1_1_fields() -> None:
    """1.1 authors, language, summary, both content kinds, tags and dates are mapped."""
    body = _feed(
        title="T",
        home_page_url="https://json.example.org/",
        language="ko",
        items=[
            {
                "id": "a",
                "url": "https://json.example.org/a",
                "title": "제목",
                "summary": "요약",
                "content_html": "<p>본문</p>",
                "content_text": "본문",
                "authors": [{"name": "기자"}, {"url": "https://json.example.org/~b"}],
                "tags": ["북한", 5],
                "date_published": "2026-01-02T09:00:00+09:00",
                "date_modified": "garbage",
            }
        ],
    )
    parsed = parse_json_feed(body, URL)
    (entry,) = parsed.entries
    assert (parsed.title, parsed.link, parsed.ttl_minutes) == (
        "T",
        "https://json.example.org/",
        None,
    )
    assert entry["title_detail"]["language"] == "ko"
    assert [c["type"] for c in entry["content"]] == ["text/html", "text/plain"]
    assert entry["summary"] == "요약"
    assert entry["author"] == "기자"
    assert [t["term"] for t in entry["tags"]] == ["북한"]
    assert tuple(entry["published_parsed"])[:4] == (2026, 1, 2, 0)
    assert entry["updated"] == "garbage" and entry["updated_parsed"] is None


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "invalid JSON"),
        (b"[1, 2]", "JSON is not an object"),
        (b'{"version": "https://jsonfeed.org/version/2", "items": []}', "JSON Feed version"),
        (b'{"items": []}', "JSON Feed version"),
        (_feed(items={"a": 1}), "'items' is not a list"),
        (b"\xff\xfe\x00garbage", "invalid JSON"),
    ],
)
def test_rejections_name_the_url(body: bytes, reason: str) -> None:
    """Bodies that are not JSON Feeds raise ParseError with the reason and URL."""
    with pytest.raises(ParseError, match=reason) as caught:
        parse_json_feed(body, URL)
    assert URL in str(caught.value)


def test_non_object_items_are_skipped() -> None:
    """Items that are not objects are ignored rather than failing the feed."""
    parsed = parse_json_feed(_feed(items=[1, "x", {"id": "ok"}]), URL)
    assert [e["id"] for e in parsed.entries] == ["ok"]
