"""Hold watcher's stored items to feedparser's on the same bytes (used by test_fidelity)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import feedparser

from watcher.errors import ParseError
from watcher.normalize import normalize_feed
from watcher.parse import parse_feed
from watcher.text import collapse_whitespace, html_to_text

NOW = datetime(2026, 11, 27, tzinfo=UTC)
# Written out here rather than imported: the test must not trust the code it checks.
TRACKING_PREFIXES = ("utm_", "pk_", "hsa_")
TRACKING_NAMES = {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
                  "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "_ga", "_gl",
                  "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc",
                  "cmpid", "ncid", "sr_share", "spm", "at_medium", "at_campaign"}


@dataclass
class Tally:
    files: int = 0
    feedparser_items: int = 0  # distinct entries with a title, a link or text
    stored: int = 0  # of those, found among watcher's items
    bent_links: list[str] = field(default_factory=list)  # link differs beyond tracking
    lost: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.files += other.files
        self.feedparser_items += other.feedparser_items
        self.stored += other.stored
        self.bent_links += other.bent_links
        self.lost += other.lost

    def line(self, name: str) -> str:
        share = 100 * self.stored / self.feedparser_items if self.feedparser_items else 100.0
        return (f"{name}: {self.files} files, feedparser finds {self.feedparser_items} distinct"
                f" items, watcher stores {self.stored} ({share:.2f} %), links bent beyond"
                f" tracking parameters: {len(self.bent_links)}")


def without_tracking(link: str) -> str:
    """``link`` with tracking query parameters removed and nothing else changed."""
    base, mark, fragment = link.partition("#")
    path, question, query = base.partition("?")
    if not question:
        return link
    kept = [p for p in query.split("&")
            if not (p.split("=", 1)[0].lower() in TRACKING_NAMES
                    or p.split("=", 1)[0].lower().startswith(TRACKING_PREFIXES))]
    query = "&".join(kept)
    return path + ("?" + query if query else "") + mark + fragment


def _text(value: Any, detail: Any) -> str:
    if not isinstance(value, str):
        return ""
    kind = detail.get("type") if isinstance(detail, Mapping) else "text/html"
    return collapse_whitespace(value) if kind == "text/plain" else html_to_text(value)


def _http(link: Any) -> str | None:
    if not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    try:
        parts = urlsplit(link)
    except ValueError:
        return None
    return link if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def feedparser_items(body: bytes, headers: dict[str, str],
                     url: str) -> list[tuple[str, str, str | None]]:
    """(title, summary, link) of each distinct entry (by guid, else by all three) feedparser
    finds with a title, a link or text, read as if fetched from ``url`` (a Content-Location
    the file names wins)."""
    result = feedparser.parse(io.BytesIO(body),
                              response_headers={"content-location": url, **headers})
    found: dict[Any, tuple[str, str, str | None]] = {}
    for entry in result.entries:
        title = _text(entry.get("title"), entry.get("title_detail"))
        summary = _text(entry.get("summary"), entry.get("summary_detail"))
        link = _http(entry.get("link"))
        guid = str(entry.get("id") or "").strip()
        if title or summary or link:  # one item per guid: a feed repeating one is one item
            found.setdefault(guid or (title, summary, link), (title, summary, link))
    return list(found.values())


def compare(body: bytes, headers: dict[str, str], url: str) -> Tally:
    """How many of feedparser's distinct items watcher stores, and with which links.

    Each feedparser item is paired with a stored item of the same title and link, else of
    the same title (its link then counts as bent), else of the same text when it has no
    title. Items left over on both sides (a title decoded differently) pair up by count."""
    tally = Tally(files=1)
    wanted = feedparser_items(body, headers, url)
    tally.feedparser_items = len(wanted)
    if not wanted:
        return tally
    try:
        items = normalize_feed(parse_feed(body, headers, url), feed_url=url, now=NOW)
    except ParseError:
        items = []
    pool = [(i.title, i.summary, i.link) for i in items]
    unpaired = []
    for title, summary, link in wanted:
        expected = None if link is None else without_tracking(link)
        exact = [p for p in pool if p[0] == title and p[2] == expected
                 and (title or p[1] == summary)]
        loose = [p for p in pool if p[0] == title and (title or p[1] == summary)]
        if exact or loose:
            pool.remove((exact or loose)[0])
            tally.stored += 1
            if not exact:
                tally.bent_links.append(f"{url}: {expected} -> {loose[0][2]}")
        else:
            unpaired.append(title or summary[:60])
    by_count = min(len(unpaired), len(pool))
    tally.stored += by_count
    tally.lost += [f"{url}: {t!r}" for t in unpaired[by_count:]]
    return tally
