"""Raw feedparser-shaped entries -> Items: a stable key, UTC dates, absolute links, plain text.

The item key is computed here once and nowhere else (the store backs it by a UNIQUE
constraint). Fallback chain, each kind prefixed so two kinds can never collide:

    "id:"   + the entry's guid / id, as given
    "url:"  + the canonical link (see canonical_url) with its #fragment: items without a
              guid whose links differ only in the fragment (comments, newsletter sections)
              are different items. Keys stored before fragments counted are found again by
              legacy_key (store/items.py renames them in place, so nothing re-alerts).
    "hash:" + sha256 hex of title + summary

Links shown (``Item.link``) are the feed's own, resolved against the document's URL as RFC
3986 and feedparser do, with tracking parameters removed and nothing else changed.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

from watcher.models import Enclosure, Item, ParsedFeed
from watcher.text import collapse_whitespace, html_to_text

log = logging.getLogger("watcher")

__all__ = ["canonical_url", "html_to_text", "legacy_key", "normalize_entry", "normalize_feed",
           "shown_link"]

_MAX_ID = 512  # longer ids are hashed: they are usually whole URLs with session junk
# Dates are kept as the feed gives them (a past one is old news: no alert), within what
# every time zone conversion can represent.
_EARLIEST = datetime(2, 1, 1, tzinfo=UTC)
_LATEST = datetime(9998, 12, 31, tzinfo=UTC)
_FUTURE_SLACK = timedelta(days=1)
_SEP = "\x1f"  # unit separator between hashed fields, so ("ab", "c") != ("a", "bc")

# Query parameters that identify a campaign or a click, never the document.
_TRACKING = frozenset(
    {
        *("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid"),
        *("igshid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "_ga", "_gl", "_hsenc"),
        *("_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc", "cmpid"),
        *("ncid", "sr_share", "spm", "at_medium", "at_campaign"),
    }
)
_TRACKING_PREFIXES = ("utm_", "pk_", "hsa_")
_HTTP_PREFIXES = ("http://", "https://")
# A netloc that is a host name and maybe a port: no userinfo, IPv6 brackets or zone.
_PLAIN_HOST = re.compile(r"([^@:\[\]%]+)(?::([0-9]{1,5}))?")


def normalize_feed(
    parsed: ParsedFeed, *, feed_url: str, now: datetime, source_title: str | None = None,
    base_url: str | None = None,
) -> list[Item]:
    """Normalise every entry of a parsed feed; the first entry wins when keys repeat,
    and entries with no id, title, link or text at all are dropped.

    ``base_url`` is the document's URL (after redirects; ``feed_url`` when not given):
    relative links resolve against it. An entry that cannot be normalised is skipped and
    logged with the feed's URL; the others are kept."""
    title = source_title if source_title is not None else parsed.title
    base = base_url or feed_url
    items: dict[str, Item] = {}
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            item = normalize_entry(
                entry, feed_url=feed_url, base_url=base, source_title=title, now=now
            )
        except Exception as exc:  # one odd entry must not cost the feed its other items
            log.warning("feed %s: item %d skipped: %s: %s", feed_url, number,
                        type(exc).__name__, exc)
            continue
        if _has_substance(item):
            items.setdefault(item.item_key, item)
    return list(items.values())


def _has_substance(item: Item) -> bool:
    """False for the empty entry a truncated document can leave behind: nothing to store."""
    return bool(
        item.item_key.startswith("id:") or item.title or item.link or item.summary or item.content
    )


def normalize_entry(
    entry: Mapping[str, Any],
    *,
    feed_url: str,
    base_url: str | None = None,
    source_title: str,
    now: datetime,
) -> Item:
    """Turn one raw entry into an Item; odd or missing fields give empty values."""
    # A plain dict copy: FeedParserDict's key aliasing makes every .get() several times
    # slower, and normalisation does about twenty of them per entry.
    entry = dict(entry)
    title = _text(entry.get("title"), _detail_type(entry, "title_detail"))
    raw_summary = entry.get("summary")
    summary_type = _detail_type(entry, "summary_detail")
    summary = _text(raw_summary, summary_type)
    chosen = _chosen_content(entry.get("content"))
    content = _text(chosen["value"], str(chosen.get("type"))) if chosen else ""
    if content == summary:
        content = ""  # feedparser copies Atom content into summary; keep one copy
    base = base_url or feed_url
    link = _absolute_link(_raw_link(entry), base)
    published = _entry_datetime(entry)
    from_feed = published is not None
    return Item(
        item_key=_item_key(entry.get("id"), link, title, summary),
        feed_url=feed_url,
        title=title,
        link=None if link is None else shown_link(link),
        summary=summary,
        content=content,
        author=_author(entry),
        categories=_categories(entry.get("tags")),
        published=published if published is not None else _utc(now),
        published_from_feed=from_feed,
        content_hash=_sha256(title, summary, content),
        lang=_language(entry),
        source_title=source_title,
        published_doubtful=published is not None and published > now + _FUTURE_SLACK,
        enclosures=_enclosures(entry.get("links"), base),
        body_html=_body_html(chosen, raw_summary, summary_type),
    )


def _body_html(chosen: Mapping[str, Any] | None, summary: Any, summary_type: str) -> str:
    """The fullest HTML the feed gives (content, else summary), "" when it has no markup.
    Kept as given: sanitising costs as much as the rest of normalising an item, so it is
    done for the few items a message shows (watcher.itemhtml)."""
    if chosen is not None and chosen.get("type") != "text/plain":
        markup = chosen["value"]
    elif isinstance(summary, str) and summary_type != "text/plain":
        markup = summary
    else:
        return ""
    return markup.strip() if "<" in markup else ""


def _enclosures(links: Any, base: str) -> tuple[Enclosure, ...]:
    """Files attached to the entry: feedparser's links with rel="enclosure"."""
    found: dict[str, Enclosure] = {}
    for link in _as_list(links):
        if not isinstance(link, Mapping) or link.get("rel") != "enclosure":
            continue
        href = link.get("href")
        url = _absolute_link(href.strip(), base) if isinstance(href, str) else None
        if url is None or url in found:
            continue
        kind = link.get("type")
        length = str(link.get("length") or "").strip()
        found[url] = Enclosure(url, kind.strip() if isinstance(kind, str) else "",
                               int(length) if length.isdigit() and 0 < int(length) < 2**62
                               else None)
    return tuple(found.values())


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop default port, fragment and tracking parameters,
    sort the remaining query parameters. Non-HTTP URLs are returned stripped."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return _canonical(url, parts)


def _canonical(url: str, parts: SplitResult) -> str:
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.netloc:
        return url
    netloc = parts.netloc
    host: str
    port: int | None
    plain = _PLAIN_HOST.fullmatch(netloc)
    if plain and int(plain.group(2) or 0) <= 65535:
        # what .hostname and .port give, without splitting the netloc once for each
        host, port = plain.group(1).lower(), int(plain.group(2)) if plain.group(2) else None
    else:
        try:
            port = parts.port
        except ValueError:
            return url
        if not parts.hostname:
            return url
        host = parts.hostname  # urlsplit lower-cases it
        if ":" in host:
            host = f"[{host}]"  # IPv6 literal
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    userinfo = netloc.rpartition("@")[0]
    netloc = f"{userinfo}@{host}" if userinfo else host
    return urlunsplit((scheme, netloc, parts.path or "/", _clean_query(parts.query), ""))


def _clean_query(query: str) -> str:
    """Drop tracking parameters and sort the rest; values keep their original encoding."""
    if not query:
        return ""
    kept = [pair for pair in query.split("&") if pair and not _is_tracking(pair.split("=", 1)[0])]
    kept.sort()
    return "&".join(kept)


def _item_key(raw_id: Any, link: str | None, title: str, summary: str) -> str:
    guid = raw_id.strip() if isinstance(raw_id, str) else ""
    if guid:
        return "id:" + (guid if len(guid) <= _MAX_ID else "sha256:" + _sha256(guid))
    if link:
        key = _key_link(link)
        return "url:" + (key if len(key) <= _MAX_ID else "sha256:" + _sha256(key))
    return "hash:" + _sha256(title, summary)


def _key_link(link: str) -> str:
    """The canonical link with the fragment kept: part of the identity of a guid-less item."""
    fragment = link.partition("#")[2]
    canonical = canonical_url(link)
    return f"{canonical}#{fragment}" if fragment and "#" not in canonical else canonical


def legacy_key(item_key: str) -> str | None:
    """The key an item had before fragments counted (``url:`` keys with a fragment only)."""
    if not item_key.startswith("url:") or item_key.startswith("url:sha256:"):
        return None
    base, hash_mark, _ = item_key.partition("#")
    return base if hash_mark else None


def shown_link(link: str) -> str:
    """The link as the feed gave it (absolute), without tracking parameters."""
    base, hash_mark, fragment = link.partition("#")
    path, question, query = base.partition("?")
    if not question:
        return link
    pairs = query.split("&")
    kept = [p for p in pairs if not _is_tracking(p.split("=", 1)[0])]
    if len(kept) == len(pairs):
        return link  # nothing removed: leave the order and empty pairs as they were
    query = "&".join(p for p in kept if p)
    return path + ("?" + query if query else "") + hash_mark + fragment


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in _TRACKING or name.startswith(_TRACKING_PREFIXES)


def _sha256(*parts: str) -> str:
    return hashlib.sha256(_SEP.join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _detail_type(entry: Mapping[str, Any], key: str) -> str:
    detail = entry.get(key)
    if isinstance(detail, Mapping):
        kind = detail.get("type")
        return kind if isinstance(kind, str) else "text/html"
    return "text/html"


def _text(value: Any, kind: str) -> str:
    """A title or summary as plain text; text/plain values keep literal "<" and "&"."""
    if not isinstance(value, str):
        return ""
    if kind == "text/plain":
        return collapse_whitespace(value)
    return html_to_text(value)


def _chosen_content(content: Any) -> Mapping[str, Any] | None:
    """The part of feedparser's content list to read: HTML parts preferred over text."""
    if not isinstance(content, list):
        return None
    parts = [c for c in content if isinstance(c, Mapping) and isinstance(c.get("value"), str)]
    html = [c for c in parts if c.get("type") != "text/plain"]
    chosen = html[:1] or parts[:1]
    return chosen[0] if chosen else None


def _raw_link(entry: Mapping[str, Any]) -> str:
    link = entry.get("link")
    if isinstance(link, str) and link.strip():
        return link.strip()
    for candidate in _as_list(entry.get("links")):
        if isinstance(candidate, Mapping) and candidate.get("rel", "alternate") == "alternate":
            href = candidate.get("href")
            if isinstance(href, str) and href.strip():
                return href.strip()
    return ""


def _absolute_link(link: str, base_url: str) -> str | None:
    """``link`` resolved against the document's URL (RFC 3986 section 5, as feedparser
    does; the feed's <link> is the site, not a base); only http(s) results count."""
    if not link:
        return None
    if link.startswith(_HTTP_PREFIXES):
        # Already absolute, as nearly every feed link is. With a host name and no brackets
        # (an IPv6 literal, or a broken one) urlsplit could neither fail nor find the
        # netloc empty: skip it too (about 2 us of the ~35 us an item costs here).
        if link[link.index("/") + 2:][:1] not in ("/", "?", "#", "") and "[" not in link:
            return link
        absolute = link
    else:
        try:
            absolute = urljoin(base_url, link)  # lower-cases the scheme, as feedparser's
        except ValueError:
            return None
    try:
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return absolute


def _entry_datetime(entry: Mapping[str, Any]) -> datetime | None:
    """The entry's publication time in UTC, from feedparser's parsed structs."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # a plain dict (see normalize_entry), so no FeedParserDict updated -> published
        # fallback and its DeprecationWarning; we try published first ourselves anyway
        value = entry.get(key)
        if isinstance(value, datetime):
            return min(max(_utc(value), _EARLIEST), _LATEST)
        if isinstance(value, time.struct_time | tuple) and len(value) >= 6:
            year, month, day, hour, minute, second = value[:6]
            try:
                moment = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=UTC)
            except (TypeError, ValueError, OverflowError):
                continue
            return min(max(moment, _EARLIEST), _LATEST)
    return None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _author(entry: Mapping[str, Any]) -> str:
    author = entry.get("author")
    if isinstance(author, str) and author.strip():
        return html_to_text(author)
    names = [a.get("name") for a in _as_list(entry.get("authors")) if isinstance(a, Mapping)]
    return ", ".join(html_to_text(n) for n in names if isinstance(n, str) and n.strip())


def _categories(tags: Any) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for tag in _as_list(tags):
        if not isinstance(tag, Mapping):
            continue
        raw = tag.get("term") or tag.get("label")
        if isinstance(raw, str) and (name := html_to_text(raw)):
            seen.setdefault(name, None)
    return tuple(seen)


def _language(entry: Mapping[str, Any]) -> str | None:
    for key in ("title_detail", "summary_detail"):
        detail = entry.get(key)
        if isinstance(detail, Mapping):
            lang = detail.get("language")
            if isinstance(lang, str) and lang.strip():
                return lang.strip().lower()
    lang = entry.get("language")  # the channel's <language>, copied down by reader/feed.py
    return lang.strip().lower() if isinstance(lang, str) and lang.strip() else None


def _as_list(value: Any) -> Iterable[Any]:
    return value if isinstance(value, list | tuple) else ()
