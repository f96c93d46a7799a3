"""Frozen dataclasses that flow between the pipeline stages.

Pure stages (freshness, parse, normalize, match, render) take and return these; only
store.py turns them into rows and back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from watcher.reader.entry import RawEntry


@dataclass(frozen=True, slots=True)
class FeedState:
    """A configured feed as the store knows it: validators, health and schedule."""

    id: int
    url: str  # the URL we poll now (a 301/308 replaces it)
    config_url: str  # the URL as written in config.yaml; the feed's identity
    name: str
    status: str  # "new" | "ok" | "malformed" | "error" | "gone"
    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    error_count: int = 0
    last_error: str | None = None
    last_fetch_at: datetime | None = None
    next_check_at: datetime | None = None
    item_count: int = 0
    ttl_minutes: int | None = None  # the feed's <ttl> from its last parsed body
    failing_since: datetime | None = None  # first failure of the current run of failures


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A successful fetch: a 200 with a body, or a 304 Not Modified (``body`` empty)."""

    url: str  # the URL requested
    final_url: str  # the URL that answered, after redirects
    permanent_url: str | None  # set when every redirect on the way was 301/308
    status: int  # 200 or 304
    headers: Mapping[str, str]  # response headers, lower-cased names
    body: bytes
    etag: str | None
    last_modified: str | None
    content_hash: str | None  # sha256 hex of the body; None on 304
    elapsed: float  # seconds

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What parse.py extracts from one body: feed metadata and raw entries."""

    title: str
    link: str | None  # the site's home page, if the feed gives one
    entries: tuple[RawEntry, ...]  # what every reader produces (reader/entry.py)
    ttl_minutes: int | None  # RSS <ttl>
    malformed: str | None  # why the feed is malformed although it yielded entries


@dataclass(frozen=True, slots=True)
class Item:
    """One normalised feed item; ``item_key`` is its identity within its feed."""

    item_key: str
    feed_url: str
    title: str
    link: str | None  # absolute, as the feed gave it (fragment kept), no tracking parameters
    summary: str  # plain text
    content: str  # plain text ("" when the feed has only a summary)
    author: str
    categories: tuple[str, ...]
    published: datetime  # UTC; the feed's date, or the first-seen time when it gives none
    published_from_feed: bool
    content_hash: str  # sha256 over title + summary + content: detects updates
    lang: str | None = None
    source_title: str = ""  # the feed's title, shown as "source" in digests
    published_doubtful: bool = False  # the feed dates it in the future: shown, not trusted
    enclosures: tuple[Enclosure, ...] = ()  # attached audio, images, documents
    # The feed's HTML body as given (summary or content), "" when it is plain text. Not
    # sanitised: show it only through watcher.itemhtml.safe_html.
    body_html: str = ""


@dataclass(frozen=True, slots=True)
class Enclosure:
    """A file attached to an item (RSS <enclosure>, Atom rel="enclosure", JSON attachments)."""

    url: str
    type: str = ""  # MIME type as the feed gives it
    length: int | None = None  # bytes, when the feed gives a sane number


@dataclass(frozen=True, slots=True)
class TermHit:
    """One query term that matched: in which fields, how often."""

    term: str
    fields: tuple[str, ...]
    count: int


@dataclass(frozen=True, slots=True)
class Snippet:
    """Text around the best hit; ``highlights`` are (start, end) offsets into ``text``."""

    text: str
    highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """An item that satisfied a profile, with everything needed to explain why."""

    profile: str
    score: float
    terms: tuple[TermHit, ...]
    snippet: Snippet


@dataclass(frozen=True, slots=True)
class DigestEntry:
    """One story in a message: the item, the profile match, and other feeds that carried it."""

    item: Item
    match: Match
    also_reported_by: tuple[str, ...] = ()  # source titles of duplicates
    # The story's matches for its other profiles, best first: it is listed once, under
    # ``match.profile``, and names these.
    also_matched: tuple[Match, ...] = ()

    @property
    def profiles(self) -> tuple[str, ...]:
        """Every profile the story matched, the one it is listed under first."""
        return (self.match.profile, *(m.profile for m in self.also_matched))


@dataclass(frozen=True, slots=True)
class DigestGroup:
    profile: str
    description: str
    entries: tuple[DigestEntry, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    """One message's worth of matches for one destination, grouped by profile."""

    destination: str
    digest_id: int  # the outbox row; idempotency keys derive from it
    window_start: datetime | None
    window_end: datetime
    timezone: str  # IANA zone the times are shown in
    groups: tuple[DigestGroup, ...]
    more: int = 0  # items beyond max_items, summarised as "and N more"
    overflow: tuple[DigestEntry, ...] = ()  # those items, for an attachment where possible
    title: str = "watcher digest"
    content: str = "snippet"  # "full": stories show the item's sanitised HTML (email, file)

    @property
    def item_count(self) -> int:
        return sum(len(g.entries) for g in self.groups)
