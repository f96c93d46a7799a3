"""The universal reader: feedparser, for every RSS, Atom and RDF document the plain reader
leaves to it (other versions, other encodings, documents that are not well-formed).

The body is never decoded here except in one case: a declared legacy encoding on a body
that is valid UTF-8 (a common server mistake, e.g. Korean text under an ISO-8859-1
prolog), where we tell feedparser the truth instead of letting it produce mojibake.

feedparser runs with ``sanitize_html=False`` and ``resolve_relative_uris=False``: both only
rewrite HTML inside summaries and content, which normalize.py turns into plain text (and
itemhtml.py sanitises when a message shows it), and relative item links are resolved in
normalize.py against the document's URL. Measured on real feeds the two options together
cost 10-25% of parse time.
"""

from __future__ import annotations

import codecs
import io
import re
import xml.sax
from typing import Any

import feedparser

from watcher.errors import ParseError
from watcher.models import ParsedFeed
from watcher.reader.feed import parsed_feed

_UNICODE_CODECS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)
# Character references that might name no character: 4+ hex or 5+ decimal digits (the
# callback checks the value), so ordinary ones like &#8217; are never looked at twice.
_BAD_CHAR_REF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]{4,})|0*([0-9]{5,}));")
# Bozo exceptions that describe HTTP pedantry rather than a broken document.
_HARMLESS = (feedparser.NonXMLContentType,)


def read_universal(body: bytes, declared: str | None, headers: dict[str, str],
                   url: str) -> ParsedFeed:
    """Run feedparser and turn its bozo verdict into either a flag or a ParseError.

    ``headers`` have lower-case names; ``declared`` is the encoding the server or the XML
    prolog names (codec-normalised), None when neither does."""
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
    return parsed_feed(title=str(feed.get("title", "")), link=feed.get("link"),
                       entries=entries, ttl=feed.get("ttl"), language=feed.get("language"),
                       malformed=problem)


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
