"""Fetched bytes -> ParsedFeed: sniff what the body is and hand it to a reader.

The readers (watcher/reader/): ``plain`` for plain UTF-8 RSS 2.0 / Atom 1.0, ``universal``
(feedparser) for every other RSS/Atom/RDF document, ``jsonfeed`` for JSON Feed. All three
produce the same typed raw entry (reader/entry.py) for normalize.py.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

from watcher.errors import ParseError
from watcher.models import ParsedFeed
from watcher.reader.feed import parsed_feed
from watcher.reader.jsonfeed import looks_like_json, parse_json_feed
from watcher.reader.plain import PlainFeed, read_plain_feed
from watcher.reader.universal import read_universal

_SNIFF_BYTES = 1024
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# The document's first element, after an optional XML declaration, comments and doctype.
_FIRST_ELEMENT = re.compile(
    rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(<!doctype\s+html\b[^>]*>)?\s*"
    rb"(?:<!--.*?-->\s*)*<([A-Za-z][\w:.-]*)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ELEMENTS = frozenset({b"html", b"head", b"body"})
_FEED_ELEMENTS = frozenset({b"rss", b"feed", b"rdf:rdf", b"channel"})
_XML_ENCODING = re.compile(rb"<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)


def parse_feed(body: bytes, headers: Mapping[str, str], url: str, *,
               plain_reader: bool = True) -> ParsedFeed:
    """Parse one fetched body; ParseError says why when it is not a feed or yields nothing.

    ``plain_reader=False`` sends every RSS and Atom document to feedparser: the tests hold
    the two paths to the same result."""
    head = body[:_SNIFF_BYTES].lstrip()
    if not head:
        raise ParseError(f"empty response from {url}")
    lowered = {k.lower(): v for k, v in headers.items()}
    content_type = lowered.get("content-type", "")
    mime = content_type.split(";", 1)[0].strip().lower()
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :].lstrip()
    if looks_like_json(mime, head):
        return parse_json_feed(body, url)
    if _is_html(mime, head):
        raise ParseError(f"not a feed: got text/html from {url}")
    declared = _declared_encoding(head, content_type)
    plain = read_plain_feed(body, lowered, declared) if plain_reader else None
    if plain is not None:
        return _from_plain(plain)
    return read_universal(body, declared, lowered, url)


def _from_plain(plain: PlainFeed) -> ParsedFeed:
    return parsed_feed(title=plain.title, link=plain.link, entries=plain.entries,
                       ttl=plain.ttl, language=plain.language, malformed=None)


def _is_html(mime: str, head: bytes) -> bool:
    """An HTML page rather than a feed, judged by its first element more than its label.

    Servers label feeds text/html often enough that the label alone must not reject a
    body whose first element is <rss> or <feed>; an XHTML doctype before <rss> happens too.
    """
    match = _FIRST_ELEMENT.match(head)
    if match is None:
        return mime == "text/html"
    name = match.group(2).lower()
    if name in _HTML_ELEMENTS:
        return True
    return (bool(match.group(1)) or mime == "text/html") and name not in _FEED_ELEMENTS


def _declared_encoding(head: bytes, content_type: str) -> str | None:
    """The encoding the server or document claims: HTTP charset first, then the prolog."""
    match = _CHARSET.search(content_type)
    raw: bytes | str | None = match.group(1) if match else None
    if raw is None and not head.startswith(_BOMS):
        prolog = _XML_ENCODING.match(head)
        raw = prolog.group(1) if prolog else None
    if raw is None:
        return None
    name = raw.decode("ascii") if isinstance(raw, bytes) else raw
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()  # unknown: feedparser will report it


