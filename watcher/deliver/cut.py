"""What every destination does to a digest before rendering it (pure).

``clean`` makes feed text safe to send anywhere: control characters (NUL among them) and
lone surrogates are removed, and fields are shortened to sizes no reader needs more of, so
one absurd item (a title of megabytes) is shortened instead of failing its whole window.
``split`` cuts a digest into digests of at most ``max_items`` stories each, in order:
``max_items`` bounds one message, never a window.
"""

from __future__ import annotations

import re
from dataclasses import replace

from watcher.models import Digest, DigestEntry, DigestGroup, Snippet, TermHit

_UNSENDABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
# Longest kept, in characters. A chat entry is shortened further by the platform packers.
TITLE = 1_000
SUMMARY = 20_000
SNIPPET = 2_000
NAME = 200  # source, author, each term and each "also reported by"
LINK = 4_000  # a longer link would be broken by clipping, so it is dropped
TERMS = 50
ALSO = 20


def clip(text: str, limit: int) -> str:
    """render.clip, imported on first use: render loads Jinja2, css-inline and nh3, which a
    cycle that sends nothing never needs (the file and email notifiers import this module
    when they are built, at start-up; mime.py defers render for the same reason)."""
    from watcher.render import clip as render_clip

    return render_clip(text, limit)


def _text(value: str, limit: int) -> str:
    value = _UNSENDABLE.sub("", value)
    return value if len(value) <= limit else clip(value, limit)  # clip's import: only if due


def _snippet(snippet: Snippet) -> Snippet:
    text = _UNSENDABLE.sub("", snippet.text)
    if text == snippet.text and len(text) <= SNIPPET:
        return snippet
    if text != snippet.text:  # offsets moved: keep the text, lose the highlights
        return Snippet(clip(text, SNIPPET))
    short = clip(text, SNIPPET)
    return Snippet(short, tuple(h for h in snippet.highlights if h[1] < len(short)))


def clean_entry(entry: DigestEntry) -> DigestEntry:
    """``entry`` made safe and bounded; the same objects where nothing needed it (the usual
    case: rebuilding every item, match and term of a 7,000-story digest cost 0.3 s)."""
    item, match = entry.item, entry.match
    link = item.link if item.link is None or len(item.link) <= LINK else None
    title, summary = _text(item.title, TITLE), _text(item.summary, SUMMARY)
    link = None if link is None else _UNSENDABLE.sub("", link)
    source, author = _text(item.source_title, NAME), _text(item.author, NAME)
    key = _text(item.item_key, LINK)
    if (title, summary, link, source, author, key, "") != (
            item.title, item.summary, item.link, item.source_title, item.author,
            item.item_key, item.content):
        item = replace(item, title=title, summary=summary, link=link, source_title=source,
                       author=author, item_key=key, content="")
    terms = tuple(t if (term := _text(t.term, NAME)) == t.term
                  else TermHit(term, t.fields, t.count) for t in match.terms[:TERMS])
    snippet = _snippet(match.snippet)
    if terms != match.terms or snippet is not match.snippet:
        match = replace(match, terms=terms, snippet=snippet)
    also = tuple(_text(name, NAME) for name in entry.also_reported_by[:ALSO])
    if item is entry.item and match is entry.match and also == entry.also_reported_by:
        return entry
    return replace(entry, item=item, match=match, also_reported_by=also)


def clean(digest: Digest) -> Digest:
    """The digest with every entry made safe and bounded (see the module docstring)."""
    groups = tuple(replace(g, entries=tuple(clean_entry(e) for e in g.entries))
                   for g in digest.groups)
    return replace(digest, groups=groups,
                   overflow=tuple(clean_entry(e) for e in digest.overflow))


def take(digest: Digest, count: int) -> tuple[Digest, Digest | None]:
    """The first ``count`` stories (groups in order) and the digest of the rest, if any."""
    head: list[DigestGroup] = []
    tail: list[DigestGroup] = []
    room = count
    for group in digest.groups:
        if room >= len(group.entries):
            head.append(group)
        elif room > 0:
            head.append(replace(group, entries=group.entries[:room]))
            tail.append(replace(group, entries=group.entries[room:]))
        else:
            tail.append(group)
        room = max(room - len(group.entries), 0)
    rest = replace(digest, groups=tuple(tail)) if tail else None
    return replace(digest, groups=tuple(head)), rest


def split(digest: Digest, max_items: int) -> list[Digest]:
    """Digests of at most ``max_items`` stories each, groups in order; one if it fits
    (an empty digest stays one empty digest)."""
    parts = []
    rest: Digest | None = digest
    while rest is not None:
        head, rest = take(rest, max_items)
        parts.append(head)
    return parts
