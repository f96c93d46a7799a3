"""Shared builders for the match tests (items, one-profile matchers); holds no tests."""

from __future__ import annotations

from datetime import UTC, datetime

from watcher.config import ProfileConfig
from watcher.match import Matcher, compile_profiles
from watcher.models import Item

NK_ALIAS = {"nk": ('"North Korea*"', '"N. Korea*"', "DPRK", "Pyongyang", "북한")}


def item(title: str = "", summary: str = "", *, content: str = "", link: str | None = None,
         author: str = "", categories: tuple[str, ...] = (),
         feed_url: str = "https://example.org/feed") -> Item:
    return Item("k", feed_url, title, link, summary, content, author, categories,
                datetime(2024, 1, 1, tzinfo=UTC), False, "h")


def one(query: str, **extra: object) -> Matcher:
    """A matcher with a single profile named 'p' (and the @nk alias)."""
    return compile_profiles({"p": ProfileConfig(query=query, **extra)}, NK_ALIAS)  # type: ignore[arg-type]


def hit(query: str, title: str = "", summary: str = "", **extra: object) -> bool:
    return bool(one(query).match(item(title, summary, **extra)))  # type: ignore[arg-type]


def alerted(matcher: Matcher, title: str, summary: str, among: set[str]) -> set[str]:
    """The profiles among ``among`` that ``matcher`` raises for a title and summary."""
    return {m.profile for m in matcher.match(item(title, summary))} & among
