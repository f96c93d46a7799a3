"""OPML 2.0 in and out, for moving subscriptions between readers and watcher.

Import takes every ``<outline>`` with an ``xmlUrl``; the texts of the outlines it sits in
(folders, in most readers) and its ``category`` attribute become its tags. Export writes one
outline per configured feed, its tags in ``category``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

from watcher.config import FeedConfig
from watcher.config_edit import NewFeed
from watcher.errors import ConfigError


def read_opml(path: Path) -> list[NewFeed]:
    try:
        root = ET.parse(path).getroot()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    except ET.ParseError as exc:
        raise ConfigError(f"{path}: not valid OPML (XML error: {exc})") from None
    body = root.find("body")
    if root.tag != "opml" or body is None:
        raise ConfigError(f"{path}: not OPML (no <opml><body>)")
    return list(_outlines(body, ()))


def _outlines(parent: ET.Element, folders: tuple[str, ...]) -> Iterator[NewFeed]:
    for outline in parent.findall("outline"):
        text = (outline.get("text") or outline.get("title") or "").strip()
        url = (outline.get("xmlUrl") or "").strip()
        if url:
            categories = [c.strip().strip("/") for c in
                          (outline.get("category") or "").replace("/", ",").split(",")]
            tags = tuple(dict.fromkeys(t for t in (*folders, *categories) if t))
            yield NewFeed(url, text, tags)
        yield from _outlines(outline, (*folders, text) if text and not url else folders)


def write_opml(feeds: Sequence[FeedConfig], now: datetime) -> str:
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = "watcher feeds"
    ET.SubElement(head, "dateCreated").text = format_datetime(now)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name or feed.url, "xmlUrl": feed.url}
        if feed.name:
            attrs["title"] = feed.name
        if feed.tags:
            attrs["category"] = ",".join(feed.tags)
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"
