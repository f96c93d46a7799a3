"""JSON Feed 1.0 / 1.1 -> the same raw entries (reader/entry.py) as RSS and Atom.

feedparser 6.0.x has no JSON Feed support, so this small adapter maps the JSON Feed fields
(https://www.jsonfeed.org/version/1.1/) onto the keys normalize.py reads: id, title, link,
summary, content [{value, type}], published_parsed / updated_parsed (UTC struct_time),
author / authors, tags and a language in the text details.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any, cast

from watcher.errors import ParseError
from watcher.models import ParsedFeed
from watcher.reader.entry import RawEntry

VERSIONS = ("https://jsonfeed.org/version/1", "https://jsonfeed.org/version/1.1")


_SURROGATE = re.compile("[\ud800-\udfff]")
JSON_TYPES = frozenset({"application/feed+json", "application/json", "text/json"})


def looks_like_json(mime: str, head: bytes) -> bool:
    """True when the content type says JSON or the body starts as a JSON object.

    Nothing else a feed server sends starts with "{", so the body decides even when the
    content type is wrong; parse_json_feed then checks the JSON Feed version.
    """
    return mime in JSON_TYPES or head.startswith(b"{")


def parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    """Parse a JSON Feed body; ParseError names the URL when it is not one."""
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"not a feed: invalid JSON ({_short(exc)}) from {url}") from exc
    if not isinstance(doc, dict):
        raise ParseError(f"not a feed: JSON is not an object from {url}")
    if b"\\ud" in body or b"\\uD" in body:  # maybe a lone surrogate escape: repair
        doc = _without_surrogates(doc)
    version = doc.get("version")
    if not isinstance(version, str) or version.rstrip("/") not in VERSIONS:
        raise ParseError(f"not a feed: JSON without a JSON Feed version from {url}")
    items = doc.get("items", [])
    if not isinstance(items, list):
        raise ParseError(f"not a feed: JSON Feed 'items' is not a list in {url}")
    language = _str(doc.get("language")) or None
    feed_authors = _authors(doc)
    entries = tuple(
        _entry(item, language, feed_authors) for item in items if isinstance(item, dict)
    )
    return ParsedFeed(
        title=_str(doc.get("title")),
        link=_str(doc.get("home_page_url")) or None,
        entries=entries,
        ttl_minutes=None,
        malformed=None,
    )


def _entry(
    item: Mapping[str, Any], language: str | None, feed_authors: list[dict[str, str]]
) -> RawEntry:
    """Map one JSON Feed item onto feedparser's entry keys."""
    entry: dict[str, Any] = {
        "id": _str(item.get("id")),
        "title": _str(item.get("title")),
        "title_detail": {"type": "text/plain", "language": language},
        "link": _str(item.get("url")) or _str(item.get("external_url")),
    }
    content = []
    if html := _str(item.get("content_html")):
        content.append({"value": html, "type": "text/html", "language": language})
    if text := _str(item.get("content_text")):
        content.append({"value": text, "type": "text/plain", "language": language})
    if content:
        entry["content"] = content
    if summary := _str(item.get("summary")):
        entry["summary"] = summary
        entry["summary_detail"] = {"type": "text/plain", "language": language}
    authors = _authors(item) or feed_authors
    if authors:
        entry["authors"] = authors
        entry["author"] = ", ".join(a["name"] for a in authors if a.get("name"))
    if enclosures := _attachments(item):
        entry["links"] = enclosures
    tags = item.get("tags")
    if isinstance(tags, list):
        entry["tags"] = [{"term": t, "label": None} for t in tags if isinstance(t, str)]
    for source, key in (("date_published", "published"), ("date_modified", "updated")):
        if raw := _str(item.get(source)):
            entry[key] = raw
            entry[f"{key}_parsed"] = _utc_struct(raw)
    return cast(RawEntry, entry)


def _without_surrogates(value: Any) -> Any:
    """Lone surrogates ("\\ud800" unpaired, which json.loads keeps) replaced by U+FFFD in
    every string: no store or encoder accepts them, and one would fail the feed's items."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    return value


def _attachments(item: Mapping[str, Any]) -> list[dict[str, Any]]:
    """JSON Feed attachments as feedparser files enclosures: links with rel="enclosure"."""
    raw = item.get("attachments")
    found = []
    for a in raw if isinstance(raw, list) else ():
        if isinstance(a, dict) and (href := _str(a.get("url"))):
            found.append({"rel": "enclosure", "href": href, "type": _str(a.get("mime_type")),
                          "length": _str(a.get("size_in_bytes"))})
    return found


def _authors(obj: Mapping[str, Any]) -> list[dict[str, str]]:
    """JSON Feed 1.1 ``authors`` (a list) or 1.0 ``author`` (one object) as name/href dicts."""
    raw = obj.get("authors")
    if not isinstance(raw, list):
        raw = [obj["author"]] if isinstance(obj.get("author"), dict) else []
    return [
        {"name": _str(a.get("name")), "href": _str(a.get("url"))}
        for a in raw
        if isinstance(a, dict) and (a.get("name") or a.get("url"))
    ]


def _utc_struct(raw: str) -> time.struct_time | None:
    """RFC 3339 date -> UTC struct_time (feedparser's convention); None when unreadable."""
    try:
        parsed = datetime.fromisoformat(raw.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)  # JSON Feed requires an offset; assume UTC
    try:
        return parsed.astimezone(UTC).timetuple()
    except (OverflowError, ValueError):
        return None


def _str(value: Any) -> str:
    """A JSON value as a stripped string ("" for null and non-strings other than numbers)."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)  # JSON Feed ids must be strings, but numbers occur in the wild
    return ""


def _short(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at line {exc.lineno}"
    return str(exc)[:120]
