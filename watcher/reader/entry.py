"""The one raw entry every reader produces: feedparser's entry shape, typed.

feedparser (the universal reader) defines the shape: the plain reader and the JSON Feed
adapter build exactly these keys, and normalize.py reads nothing else. ``total=False``
because feeds leave out whatever they like; values, where present, have these types.
"""

from __future__ import annotations

import time
from typing import TypedDict


class Detail(TypedDict, total=False):
    """A text construct: its value, MIME type ("text/html", "text/plain" ...), language."""

    value: str
    type: str
    language: str | None
    base: str


class Link(TypedDict, total=False):
    """An entry link; rel "enclosure" marks an attached file (with type and length)."""

    href: str
    rel: str
    type: str
    length: str
    title: str


class Tag(TypedDict, total=False):
    term: str | None
    scheme: str | None
    label: str | None


class Person(TypedDict, total=False):
    name: str
    href: str
    email: str


class RawEntry(TypedDict, total=False):
    id: str
    title: str
    title_detail: Detail
    summary: str
    summary_detail: Detail
    content: list[Detail]
    link: str
    links: list[Link]
    published: str
    published_parsed: time.struct_time | None
    updated: str
    updated_parsed: time.struct_time | None
    created_parsed: time.struct_time | None
    author: str
    authors: list[Person]
    tags: list[Tag]
    language: str  # the channel's <language>, copied down by reader/feed.py

