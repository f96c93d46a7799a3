"""Pack rendered entries into messages that each fit a platform's limits, in order.

The packer knows nothing about platforms: it asks ``fits(chunks)`` whether a candidate
message is acceptable. A chunk is one group's run of entries inside one message; a group
that spills into the next message starts again with a "continued" heading. Nothing is
dropped: an entry too large for any message is first shrunk by ``shrink_steps``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from watcher.models import Snippet
from watcher.render import EntryView, clip

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Chunk(Generic[T]):
    group: int  # index of the group the entries belong to
    heading: str
    entries: tuple[T, ...]


Heading = Callable[[int, bool], str]  # (group index, continued) -> rendered heading
Fits = Callable[[Sequence[Chunk[T]]], bool]


def pack(groups: Sequence[Sequence[T]], heading: Heading, fits: Fits[T]) -> list[list[Chunk[T]]]:
    """Greedy, order-preserving: extend the last chunk, else open a chunk, else a message."""
    parts: list[list[Chunk[T]]] = []
    current: list[Chunk[T]] = []
    for gi, entries in enumerate(groups):
        placed = False
        for entry in entries:
            if current and current[-1].group == gi:
                last = current[-1]
                candidate = [*current[:-1], replace(last, entries=(*last.entries, entry))]
                if fits(candidate):
                    current = candidate
                    continue
            candidate = [*current, Chunk(gi, heading(gi, placed), (entry,))]
            if current and fits(candidate):
                current = candidate
            else:
                if current:
                    parts.append(current)
                current = [Chunk(gi, heading(gi, placed), (entry,))]
                if not fits(current):
                    raise ValueError(f"entry {entry!r:.80} does not fit in a message alone")
            placed = True
    if current:
        parts.append(current)
    return parts


def clip_snippet(snippet: Snippet, limit: int) -> Snippet:
    if len(snippet.text) <= limit:
        return snippet
    text = clip(snippet.text, limit)
    keep = len(text) - 1  # the ellipsis is not original text
    return Snippet(text, tuple(h for h in snippet.highlights if h[1] <= keep))


def shrink_steps(view: EntryView) -> Iterator[EntryView]:
    """Ever smaller versions of an entry, for when the whole one exceeds a platform limit."""
    yield view
    yield replace(view, snippet=clip_snippet(view.snippet, 300))
    small = replace(view, snippet=Snippet(""), title=clip(view.title, 200),
                    also_reported_by=view.also_reported_by[:5], terms=view.terms[:10])
    yield small
    yield replace(small, link=None)  # a link longer than the platform limit cannot be kept


def fit_entry(view: EntryView, render: Callable[[EntryView], T], ok: Callable[[T], bool]) -> T:
    """The first rendering of ``view`` (from whole to smallest) that ``ok`` accepts."""
    rendered: T | None = None
    for step in shrink_steps(view):
        rendered = render(step)
        if ok(rendered):
            return rendered
    assert rendered is not None  # shrink_steps always yields the entry itself first
    return rendered  # the packer reports it if even the smallest form does not fit
