"""Scan one item with the shared automaton: which patterns occur, in which fields, where.

The item's fields are folded, cut into tokens and squashed (see normalize_text), then joined
with a NUL between fields into one string, so one automaton pass covers every field. A NUL
never occurs in a pattern, so no hit spans two fields.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any
from urllib.parse import urlsplit

import ahocorasick

from watcher.match.nodes import FIELD_BIT
from watcher.match.normalize_text import TOKEN, fold
from watcher.models import Item

_TOKEN_OR_NUL = re.compile(TOKEN.pattern + "|\x00")
# ASCII punctuation (and _) becomes a space, so str.split yields TOKEN's alphanumeric runs.
_ASCII_PUNCT_TO_SPACE = str.maketrans(
    {chr(c): " " for c in range(1, 128) if not chr(c).isalnum() and not chr(c).isspace()})
ALL_FIELDS = sum(FIELD_BIT.values())
_AUTHOR, _CATEGORY = FIELD_BIT["author"], FIELD_BIT["category"]
_LINK, _SITE = FIELD_BIT["link"], FIELD_BIT["site"]
Occurrence = tuple[int, int, int]  # (field index, start, end) in the squashed string
# Automaton payload: (length, needs start boundary, needs end boundary, exact id, prefix id)
Payload = tuple[int, bool, bool, int, int]


@lru_cache(maxsize=4096)
def _host(url: str) -> str:
    return urlsplit(url).hostname or ""


def hosts(item: Item) -> str:
    """The site field: host of the item's link and of its feed."""
    link = _host(item.link) if item.link else ""
    feed = _host(item.feed_url) if item.feed_url else ""
    return link if feed in ("", link) else f"{link} {feed}".strip()


def field_texts(item: Item, fields: int = ALL_FIELDS) -> tuple[str, ...]:
    """The item's text per field, in nodes.FIELDS order; "" for a field not in ``fields``.

    Skipping the fields no query names (with the default profiles: author, link, site)
    saves folding and scanning a URL per item and parsing its host: a fifth of matching."""
    return (item.title, item.summary, item.content,
            item.author if fields & _AUTHOR else "",
            " ".join(item.categories) if fields & _CATEGORY else "",
            (item.link or "") if fields & _LINK else "",
            hosts(item) if fields & _SITE else "")


class Hits:
    """Where each pattern id occurs in one item; positions in words computed on demand."""

    __slots__ = ("_starts", "bases", "bounds", "masks", "occ", "squashed")

    def __init__(self, texts: Sequence[str]) -> None:
        # One fold and one findall over all fields joined by NUL: the NULs come back as
        # their own tokens, so they stay in the squashed string as field separators.
        joined = " \x00 ".join(texts)
        if joined.isascii():  # same tokens as the regex, several times faster
            toks = joined.lower().translate(_ASCII_PUNCT_TO_SPACE).split()
        else:
            toks = _TOKEN_OR_NUL.findall(fold(joined))
        self.squashed = "".join(toks)
        self.bounds = set(accumulate(map(len, toks), initial=0))
        bases, at = [0], self.squashed.find("\x00")
        while at >= 0:
            bases.append(at + 1)
            at = self.squashed.find("\x00", at + 1)
        self.bases = bases
        self.masks: dict[int, int] = {}  # pattern id -> bitmask of fields it occurs in
        self.occ: dict[int, list[Occurrence]] = {}
        self._starts: list[int] | None = None

    def collect(self, automaton: Any) -> Hits:
        """Record every pattern occurrence that respects its word-boundary rules."""
        bounds, bases, masks, occ = self.bounds, self.bases, self.masks, self.occ
        for last, (length, need_start, need_end, exact, prefix) in automaton.iter(self.squashed):
            start = last - length + 1
            if start not in bounds and (need_start or self.crosses(start, last + 1)):
                continue
            field = bisect_right(bases, start) - 1
            end = last + 1
            for pid in (prefix, exact if not need_end or end in bounds else -1):
                if pid >= 0:
                    masks[pid] = masks.get(pid, 0) | (1 << field)
                    occ.setdefault(pid, []).append((field, start, end))
        return self

    def crosses(self, start: int, end: int) -> bool:
        """True if a word boundary lies strictly inside [start, end).

        A Hangul hit that begins inside a word (탈북한 contains 북한) must also end in it:
        squashing would otherwise join the tail of one word to the next (탈북한 식당 is
        not 북한식당).
        """
        if self._starts is None:
            self._starts = sorted(self.bounds)
        i = bisect_right(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end

    def word_index(self, offset: int) -> int:
        """Index of the token containing squashed offset ``offset`` (monotone per field)."""
        if self._starts is None:
            self._starts = sorted(self.bounds)
        return bisect_right(self._starts, offset) - 1


def scan(item: Item, automaton: Any, fields: int = ALL_FIELDS) -> Hits:
    hits = Hits(field_texts(item, fields))
    # With no terms at all (``profiles: {}``) the trie was never made into an automaton,
    # and iterating one raises; there is nothing to find anyway.
    if automaton.kind != ahocorasick.AHOCORASICK:
        return hits
    if len(hits.squashed) >= len(hits.bases):  # something besides the separators
        hits.collect(automaton)
    return hits
