"""Fetched bytes -> ParsedFeed: plainfeed.py for plain RSS 2.0 / Atom 1.0, feedparser for
every other RSS/Atom/RDF document, jsonfeed.py for JSON Feed.

The body is never decoded here except in one case: a declared legacy encoding on a body
that is valid UTF-8 (a common server mistake, e.g. Korean text under an ISO-8859-1
prolog), where we tell feedparser the truth instead of letting it produce mojibake.

feedparser runs with ``sanitize_html=False`` and ``resolve_relative_uris=False``: both only
rewrite HTML inside summaries and content, which normalize.py turns into plain text anyway
(dropping scripts and styles itself), and relative item links are resolved there too.
Measured on real feeds the two options together cost 10-25% of parse time.
"""

from __future__ import annotations

import codecs
import io
import re
import xml.sax
from collections.abc import Mapping
from typing import Any

import feedparser

from watcher.errors import ParseError
from watcher.jsonfeed import looks_like_json, parse_json_feed
from watcher.models import ParsedFeed
from watcher.plainfeed import PlainFeed, read_plain_feed
from watcher.text import html_to_text

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
_UNICODE_CODECS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)
# Character references that might name no character: 4+ hex or 5+ decimal digits (the
# callback checks the value), so ordinary ones like &#8217; are never looked at twice.
_BAD_CHAR_REF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{4,})|0*([0-9]{5,}));")
# Bozo exceptions that describe HTTP pedantry rather than a broken document.
_HARMLESS = (feedparser.NonXMLContentType,)


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
    return _parse_xml(body, declared, lowered, url)


def repair_char_refs(body: bytes) -> bytes:
    """Numeric character references to no character (a lone surrogate such as &#xD800;, or
    past U+10FFFF) become U+FFFD: expat refuses the document for them and feedparser's loose
    parser crashes, so one such item would cost the feed all its items, on every poll."""
    if not _BAD_CHAR_REF.search(body):
        return body
    return _BAD_CHAR_REF.sub(_replace_char_ref, body)


def _replace_char_ref(match: re.Match[bytes]) -> bytes:
    hex_digits, decimal = match.group(1), match.group(2)
    code = int(hex_digits, 16) if hex_digits is not None else int(decimal)
    return b"&#xFFFD;" if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF else match.group(0)


def _from_plain(plain: PlainFeed) -> ParsedFeed:
    entries = plain.entries
    _inherit_language(entries, plain.language)
    return ParsedFeed(
        title=html_to_text(plain.title),
        link=(plain.link or "").strip() or None,
        entries=entries,
        ttl_minutes=_ttl(plain.ttl),
        malformed=None,
    )


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


def _parse_xml(body: bytes, declared: str | None, headers: dict[str, str],
               url: str) -> ParsedFeed:
    """Run feedparser and turn its bozo verdict into either a flag or a ParseError."""
    # Only here: expat refuses such references, so the plain reader never sees them.
    body = repair_char_refs(body)
    relabelled = _utf8_mislabelled(body, declared)
    if relabelled:
        mime = headers.get("content-type", "").split(";", 1)[0].strip() or "application/xml"
        headers = {**headers, "content-type": f"{mime}; charset=utf-8"}
    result = feedparser.parse(
        io.BytesIO(body),
        response_headers=headers,
        sanitize_html=False,
        resolve_relative_uris=False,
    )
    problem = _bozo_reason(result, declared)
    broken = problem is not None and not problem.startswith("declared encoding")
    if relabelled:
        problem = problem or f"declared encoding {declared} but the body is UTF-8"
    entries = tuple(result.entries)
    # A well-formed feed with no items is fine; a broken one, or a document that is no
    # feed at all, must say why it gave nothing.
    if not entries and (broken or not result.get("version")):
        reason = problem if broken else "no RSS, Atom or RDF feed element found"
        raise ParseError(f"not a feed: {reason}, from {url}")
    feed = result.feed
    _inherit_language(entries, feed.get("language"))
    return ParsedFeed(
        title=html_to_text(str(feed.get("title", ""))),
        link=str(feed.get("link") or "").strip() or None,
        entries=entries,
        ttl_minutes=_ttl(feed.get("ttl")),
        malformed=problem,
    )


def _inherit_language(entries: tuple[Any, ...], language: Any) -> None:
    """Give entries the channel's <language> (feedparser only carries xml:lang down)."""
    if not isinstance(language, str) or not language.strip():
        return
    for entry in entries:
        entry.setdefault("language", language.strip())


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


def _utf8_mislabelled(body: bytes, declared: str | None) -> bool:
    """True when a non-Unicode declaration sits on a non-ASCII body that is valid UTF-8.

    Text in a legacy single- or double-byte encoding is practically never valid UTF-8 once it
    holds a few non-ASCII characters, so the body is the better witness than the label.
    """
    if declared is None or declared in _UNICODE_CODECS or body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bozo_reason(result: Any, declared: str | None) -> str | None:
    """A short sentence for a real defect in the document, or None."""
    if not result.get("bozo"):
        return None
    exc = result.get("bozo_exception")
    if isinstance(exc, _HARMLESS):
        return None
    if isinstance(exc, feedparser.CharacterEncodingOverride):
        used = _codec_name(result.get("encoding") or "")
        if declared is None or used == declared:
            return None  # RFC 3023's us-ascii default for text/*, not the feed's fault
        return f"declared encoding {declared} is wrong; decoded as {used}"
    if isinstance(exc, feedparser.CharacterEncodingUnknown):
        return "character encoding unknown"
    if isinstance(exc, xml.sax.SAXParseException):
        return f"not well-formed XML: {exc.getMessage()} at line {exc.getLineNumber()}"
    text = str(exc).strip() or type(exc).__name__
    return text[:160]


def _codec_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()


def _ttl(value: Any) -> int | None:
    """RSS <ttl> in minutes when it is a sane positive number."""
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes if 0 < minutes <= 7 * 24 * 60 else None
