"""parse_feed: bytes + headers -> ParsedFeed, or a ParseError that says why."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.errors import ParseError
from watcher.models import ParsedFeed
from watcher.parse import parse_feed

FIXTURES = Path(__file__).parent / "fixtures" / "parse"
URL = "https://feeds.example.org/feed"
RSS = {"Content-Type": "application/rss+xml"}


def _parse(name: str, headers: dict[str, str] | None = None) -> ParsedFeed:
    return parse_feed((FIXTURES / name).read_bytes(), headers or {}, URL)


@pytest.mark.parametrize(
    ("body", "headers", "message"),
    [
        (b"", {}, f"empty response from {URL}"),
        (b"  \r\n\t ", RSS, f"empty response from {URL}"),
        (b"<html><body>hi</body></html>", {"content-type": "text/html"}, "got text/html"),
        (b"Service unavailable", {"Content-Type": "text/html; charset=utf-8"}, "got text/html"),
    ],
)
def test_inline_bodies_that_are_not_feeds(
    body: bytes, headers: dict[str, str], message: str
) -> None:
    """Empty bodies and HTML pages raise ParseError naming the problem and the URL."""
    with pytest.raises(ParseError, match=message) as caught:
        parse_feed(body, headers, URL)
    assert URL in str(caught.value)


@pytest.mark.parametrize(
    ("name", "headers", "reason"),
    [
        ("html_page.html", {}, "not a feed: got text/html"),
        ("html_page.html", RSS, "not a feed: got text/html"),
        ("html_with_xml_decl.xml", {}, "not a feed: got text/html"),
        ("broken_no_items.xml", RSS, "not well-formed XML: .* at line"),
        ("not_a_feed.xml", RSS, "no RSS, Atom or RDF feed element"),
        ("json_not_feed.json", {"content-type": "application/json"}, "without a JSON Feed version"),
        ("json_truncated.json", {}, "invalid JSON"),
    ],
)
def test_fixtures_that_yield_nothing_raise_with_reason(
    name: str, headers: dict[str, str], reason: str
) -> None:
    """Bodies that give no items and are not valid feeds raise ParseError with the reason."""
    with pytest.raises(ParseError, match=reason) as caught:
        _parse(name, headers)
    assert URL in str(caught.value)


def test_valid_feed_without_items_is_not_an_error() -> None:
    """A well-formed channel with no items parses to zero entries, with its ttl."""
    parsed = _parse("empty_channel.xml", RSS)
    assert parsed.entries == ()
    assert parsed.title == "A quiet feed"
    assert parsed.link == "https://quiet.example.org/"
    assert parsed.ttl_minutes == 120
    assert parsed.malformed is None


def test_empty_json_feed_is_not_an_error() -> None:
    """A JSON Feed with an empty items list is a valid, empty feed."""
    parsed = _parse("jsonfeed_empty.json")
    assert (parsed.title, parsed.entries, parsed.malformed) == ("Nothing yet", (), None)


@pytest.mark.parametrize(
    ("name", "titles", "reason"),
    [
        ("truncated.xml", ["First story survives", "Second story survives too"], "not well-formed"),
        ("entity_nbsp.xml", ["Non-breaking\xa0space in a title"], "undefined entity at line 7"),
    ],
)
def test_malformed_feed_with_items_is_flagged(name: str, titles: list[str], reason: str) -> None:
    """A bozo feed that still yields entries returns them with a short malformed reason."""
    parsed = _parse(name, RSS)
    assert [e.get("title") for e in parsed.entries][: len(titles)] == titles
    assert parsed.malformed is not None
    assert reason in parsed.malformed


def test_feed_served_as_text_html_is_still_parsed() -> None:
    """A body whose first element is <rss> parses even when labelled text/html."""
    parsed = _parse("rss_served_as_html.xml", {"Content-Type": "text/html"})
    assert [e["title"] for e in parsed.entries] == ["Served as text/html"]


@pytest.mark.parametrize(
    ("name", "headers", "malformed"),
    [
        ("euc_kr_http_charset.xml", {"Content-Type": "application/rss+xml; charset=euc-kr"}, None),
        ("utf8_under_latin1_prolog.xml", {}, "declared encoding iso8859-1 but the body is UTF-8"),
        ("utf8_under_latin1_prolog.xml", {"Content-Type": "text/xml; charset=ISO-8859-1"}, "UTF-8"),
        ("utf16_bom.xml", {}, None),
    ],
)
def test_charsets_decode_to_hangul(
    name: str, headers: dict[str, str], malformed: str | None
) -> None:
    """Korean text decodes correctly from EUC-KR, UTF-16 and UTF-8 under a wrong label."""
    parsed = _parse(name, headers)
    assert parsed.title == "북한 소식"
    assert parsed.entries[0]["title"] == "탈북민 정착 지원 확대"
    if malformed is None:
        assert parsed.malformed is None
    else:
        assert parsed.malformed is not None and malformed in parsed.malformed


def test_json_feed_1_0_maps_to_feedparser_shape() -> None:
    """JSON Feed 1.0 items become entries with id, link, content, tags, author and dates."""
    parsed = _parse("jsonfeed_1_0.json", {"content-type": "application/feed+json"})
    assert (parsed.title, parsed.link) == ("JSON one-point-oh", "https://json.example.org/")
    first, second = parsed.entries
    assert first["id"] == "7"
    assert first["link"] == "https://json.example.org/seven"
    assert first["content"][0] == {
        "value": "<p>Hello <i>there</i></p>",
        "type": "text/html",
        "language": None,
    }
    assert [t["term"] for t in first["tags"]] == ["a", "b"]
    assert first["author"] == "Old style author"
    assert tuple(first["published_parsed"])[:6] == (2026, 2, 3, 9, 5, 6)
    assert second["link"] == "https://elsewhere.example.org/8"
    assert second["content"][0]["type"] == "text/plain"
    assert tuple(second["updated_parsed"])[:3] == (2026, 2, 4)


def test_json_feed_detected_by_body_without_content_type() -> None:
    """A body starting with '{' and a JSON Feed version parses without any headers."""
    body = b'\xef\xbb\xbf {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "x"}]}'
    parsed = parse_feed(body, {}, URL)
    assert [e["id"] for e in parsed.entries] == ["x"]


def test_header_names_are_case_insensitive() -> None:
    """Content-Type in any case reaches feedparser's charset handling."""
    body = (FIXTURES / "euc_kr_http_charset.xml").read_bytes()
    parsed = parse_feed(body, {"CONTENT-TYPE": "application/rss+xml; charset=EUC-KR"}, URL)
    assert parsed.title == "북한 소식"
