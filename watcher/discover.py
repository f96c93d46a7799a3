"""Find the feed behind a URL (`watcher feeds add`): the URL itself when it is a feed, else
the feeds its HTML page announces with ``<link rel="alternate" type="application/rss+xml"
href="...">`` (RSS, Atom or JSON Feed), tried in the page's order until one parses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urljoin

from watcher.config import PollingConfig
from watcher.errors import FetchError, ParseError
from watcher.fetch import Fetcher
from watcher.models import FetchResult
from watcher.workers import parse_feed_items

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+json",
              "application/json", "application/rdf+xml", "text/xml", "application/xml"}


@dataclass(frozen=True, slots=True)
class Found:
    url: str  # where the feed is (after a permanent redirect, the new address)
    title: str
    items: int


class _Alternates(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        rels = a.get("rel", "").lower().split()
        kind = a.get("type", "").lower().split(";")[0].strip()
        if "alternate" in rels and kind in FEED_TYPES and a.get("href"):
            self.links.append(a["href"])


def alternate_links(html: bytes, base: str) -> list[str]:
    """The feed URLs a page announces, absolute, in its order, without repeats."""
    parser = _Alternates()
    parser.feed(html.decode("utf-8", "replace"))
    out: list[str] = []
    for href in parser.links:
        url = urljoin(base, href.strip())
        if url.startswith(("http://", "https://")) and url not in out:
            out.append(url)
    return out


def _as_feed(result: FetchResult) -> Found | None:
    try:
        parsed, items = parse_feed_items(result, result.final_url, "", datetime.now(UTC))
    except ParseError:
        return None
    return Found(result.permanent_url or result.url, parsed.title, len(items))


async def discover(url: str, polling: PollingConfig) -> Found:
    """The feed at ``url`` or announced by its page; FetchError saying why there is none."""
    async with Fetcher(polling) as fetcher:
        page = await fetcher.fetch(url)
        found = _as_feed(page)
        if found is not None:
            return found
        tried: list[str] = []
        for candidate in alternate_links(page.body, page.final_url):
            try:
                found = _as_feed(await fetcher.fetch(candidate))
            except FetchError as exc:
                tried.append(f"{candidate} ({exc})")
                continue
            if found is not None:
                return found
            tried.append(f"{candidate} (not a feed)")
    if tried:
        raise FetchError(url, f"no working feed at {url}: its page announces "
                         + "; ".join(tried))
    raise FetchError(url, f"no feed at {url}: it is not a feed, and the page announces none "
                     "(no <link rel=\"alternate\" type=\"application/rss+xml\"> or similar)")
