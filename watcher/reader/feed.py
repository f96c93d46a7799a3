"""The ParsedFeed the XML readers return, finished the same way for both."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from watcher.models import ParsedFeed
from watcher.reader.entry import RawEntry
from watcher.text import html_to_text


def parsed_feed(*, title: str, link: Any, entries: Sequence[Any], ttl: Any, language: Any,
                malformed: str | None) -> ParsedFeed:
    """The ParsedFeed every XML reader returns: the title as text, the channel's language
    given to entries that have none of their own, a sane <ttl>."""
    _inherit_language(entries, language)
    return ParsedFeed(
        title=html_to_text(title),
        link=str(link or "").strip() or None,
        entries=tuple(cast(RawEntry, e) for e in entries),
        ttl_minutes=_ttl(ttl),
        malformed=malformed,
    )


def _inherit_language(entries: Sequence[Any], language: Any) -> None:
    """Give entries the channel's <language> (feedparser only carries xml:lang down)."""
    if not isinstance(language, str) or not language.strip():
        return
    for entry in entries:
        entry.setdefault("language", language.strip())


def _ttl(value: Any) -> int | None:
    """RSS <ttl> in minutes when it is a sane positive number."""
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes if 0 < minutes <= 7 * 24 * 60 else None
