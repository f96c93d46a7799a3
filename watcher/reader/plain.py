"""A fast reader for plain RSS 2.0 and Atom 1.0 documents; feedparser stays the authority.

feedparser spends about 220 µs on each RSS or Atom item, most of it in its pure-Python
element handlers; that made it half the CPU of a first poll. Most feeds use a small,
plain subset of their format, which ElementTree's C parser reads in a tenth of the time.
``read_plain_feed`` handles only that subset and builds the same entry dicts feedparser
would for the keys normalize.py reads; whenever a document steps outside it (an element
or attribute not listed below, xml:base or xml:lang, XHTML or base64 content, a DOCTYPE,
an encoding other than UTF-8, text that isn't well-formed XML ...) it returns None and
parse.py hands the document to feedparser as before.

The two paths must agree exactly: an item key that changed when a feed moved from one path
to the other would alert its items again. Where feedparser transforms a value, this module
calls feedparser's own helper (dates, the HTML guess, URI joining) or mirrors the step with
a comment naming it; tests/test_plainfeed.py holds both paths to identical Items on every
corpus document this reader accepts and on documents made to probe each rule.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import io
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

# feedparser internals, pinned in pyproject.toml (>=6.0.11,<6.1) for this reason
from feedparser.api import StrictFeedParser
from feedparser.datetimes import _parse_date
from feedparser.mixin import _FeedParserMixin
from feedparser.urls import _urljoin

log = logging.getLogger("watcher")

_ATOM = "{http://www.w3.org/2005/Atom}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_SY = "{http://purl.org/rss/1.0/modules/syndication/}"
_MEDIA = "{http://search.yahoo.com/mrss/}"
_ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
_XML = "{http://www.w3.org/XML/1998/namespace}"

_STREAM_FROM = 4 * 1024 * 1024  # bytes: bigger documents are read as a stream of elements
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# MIME types feedparser reads without second-guessing the document's own encoding.
_XML_MIMES = frozenset({"", "application/xml", "application/rss+xml", "application/atom+xml"})
# feedparser's fix for query strings escaped twice in <link> text ("?a=1&amp;b=2").
_ENTITY_LIKE = re.compile("&([A-Za-z0-9_]+);")
# Windows-1252 characters that documents carry as C1 controls; feedparser maps them back.
_CP1252 = {c: bytes([c]).decode("cp1252") for c in range(0x80, 0xA0)
           if c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
# feedparser matches namespace URIs case-insensitively
_KNOWN_PREFIXES = {uri.lower(): prefix for uri, prefix in StrictFeedParser.namespaces.items()}
_XMLNS = re.compile(rb"""xmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Entry keys normalize.py reads: an element feedparser would store under one of them is
# never ignored.
_READ_KEYS = frozenset({
    "title", "title_detail", "summary", "summary_detail", "content", "link", "links", "id",
    "published_parsed", "updated_parsed", "created_parsed", "author", "authors", "tags",
    "language",
})


@dataclass(frozen=True, slots=True)
class PlainFeed:
    title: str  # as feedparser gives it: still HTML, not yet plain text
    link: str | None
    language: str | None
    ttl: str | None
    entries: tuple[dict[str, Any], ...]


class _Unsupported(Exception):
    """The document is outside the plain subset: feedparser must read it."""

    @property
    def reason(self) -> str:
        """Where the subset ended, for the debug log: the raising function's name."""
        frame = self.__traceback__
        while frame is not None and frame.tb_next is not None:
            frame = frame.tb_next
        return "outside the plain subset" + (f" ({frame.tb_frame.f_code.co_name})"
                                              if frame is not None else "")


def read_plain_feed(body: bytes, headers: Mapping[str, str], declared: str | None, *,
                    stream_from: int = _STREAM_FROM) -> PlainFeed | None:
    """The feed when ``body`` is plain UTF-8 RSS 2.0 or Atom 1.0, else None.

    ``headers`` have lower-case names; ``declared`` is the encoding the server or the XML
    prolog names (codec-normalised), None when neither does. Documents bigger than
    ``stream_from`` bytes are read as a stream (see _elements)."""
    content_type = headers.get("content-type", "")
    mime = content_type.split(";", 1)[0].strip().lower()
    if declared not in (None, "utf-8") or not _plain_mime(mime, declared, body):
        return None
    if body.startswith(_WIDE_BOMS) or b"\x00" in body[:64]:
        return None  # UTF-16 or UTF-32: the byte checks here and below would miss things
    if b"<!DOCTYPE" in body or b"<!doctype" in body or "content-location" in headers:
        return None  # entity definitions; a base URI for every relative link
    try:
        prefixes = _prefixes(body)
        root, children = _elements(body, stream_from)
        reader = _Reader(prefixes, root)
        if root.tag == "rss" and root.get("version", "").startswith("2."):
            return reader.rss(root, children(2, "channel"))
        if root.tag == _ATOM + "feed" and "version" not in root.attrib:
            return reader.atom(root, children(1, None))
    except (_Unsupported, ET.ParseError, ValueError) as exc:
        # Outside the subset, not well-formed, or text feedparser decodes its own way
        # (UnicodeError is a ValueError): feedparser reads the document instead.
        log.debug("plain reader leaves the document to feedparser: %s",
                  exc.reason if isinstance(exc, _Unsupported) else exc)
    return None


_Children = Callable[[int, str | None], Iterator[ET.Element]]


def _elements(body: bytes, stream_from: int) -> tuple[ET.Element, _Children]:
    """The root element, and a function giving the elements ``depth`` levels below it
    (inside the one ``container`` element when named), each complete.

    Documents up to ``stream_from`` bytes are built as one tree, the fastest way; bigger ones
    are streamed, so that a 200,000-item feed (120 MB) never stands as one tree (its
    ElementTree took 400 MB). Streaming costs about 7 % more CPU per element."""
    if len(body) <= stream_from:
        root = ET.fromstring(body)
        return root, functools.partial(_tree_children, root)
    events = ET.iterparse(io.BytesIO(body), events=("start", "end"))
    _, root = next(events)  # the root element, its attributes read
    return root, functools.partial(_completed, events, root)


def _tree_children(root: ET.Element, depth: int,
                   container: str | None) -> Iterator[ET.Element]:
    if container is None:
        yield from root
        return
    outer = list(root)
    if len(outer) != 1 or outer[0].tag != container or outer[0].attrib:
        raise _Unsupported
    yield from outer[0]


def _completed(events: Iterator[tuple[str, Any]], root: ET.Element, depth: int,
               container: str | None) -> Iterator[ET.Element]:
    """Each element ``depth`` levels below ``root`` once it is complete (its subtree read),
    removed from its parent after use: a 200,000-item document never stands as one tree.
    ``container`` names the one element the root must hold between them (RSS's channel)."""
    stack = [root]
    containers = 0
    for event, element in events:
        if event == "start":
            if container is not None and len(stack) == 1:
                containers += 1
                if containers > 1 or element.tag != container or element.attrib:
                    raise _Unsupported
            stack.append(element)
            continue
        stack.pop()
        if len(stack) == depth:
            yield element
            stack[-1].remove(element)  # the only child left: the earlier ones went too
    if container is not None and not containers:
        raise _Unsupported


def _plain_mime(mime: str, declared: str | None, body: bytes) -> bool:
    # text/* without a charset is US-ASCII by RFC 3023, and feedparser honours that.
    if mime in _XML_MIMES:
        return True
    return mime == "text/xml" and (declared == "utf-8" or body.isascii())


def _prefixes(body: bytes) -> dict[str, str]:
    """Namespace URI -> the prefix feedparser names its elements by: its own for the
    namespaces it knows, else the document's, which must then be unambiguous."""
    known = _KNOWN_PREFIXES
    found: dict[str, str] = {}
    for match in _XMLNS.finditer(body):
        prefix = match.group(1).decode("ascii")
        uri = (match.group(2) if match.group(2) is not None else match.group(3)).decode()
        mapped = known.get(uri.lower(), prefix)
        if found.setdefault(uri, mapped) != mapped:
            raise _Unsupported
    return found


def _text(element: ET.Element) -> str:
    """Character data as feedparser's pop() leaves it: stripped, double-encoded UTF-8
    undone, C1 controls mapped to Windows-1252. Elements inside text are unsupported."""
    if len(element):
        raise _Unsupported
    value = (element.text or "").strip()
    if value.isascii():
        return value  # both steps below leave ASCII as it is
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        value = value.encode("iso-8859-1").decode("utf-8")
    return value.translate(_CP1252)


def _attributes(element: ET.Element, *allowed: str) -> None:
    for name in element.attrib:
        if name not in allowed:
            raise _Unsupported  # xml:base, xml:lang, mode, src ... change what feedparser does




def _content_type(element: ET.Element) -> str:
    kind: str = _FeedParserMixin.map_content_type(element.get("type", "text"))
    if kind not in ("text/plain", "text/html"):
        raise _Unsupported  # XHTML and other inline types are serialised by feedparser
    return kind


def _add_tag(tags: list[dict[str, Any]], term: str | None, scheme: str | None,
             label: str | None) -> None:
    """feedparser's tag list: no empty tags, no exact repeats."""
    if not (term or scheme or label):
        return
    tag = {"term": term, "scheme": scheme, "label": label}
    if tag not in tags:
        tags.append(tag)


def _link_element(element: ET.Element, current: str | None,
                  links: list[dict[str, Any]] | None) -> str | None:
    """feedparser's reading of an Atom <link>: an alternate HTML link replaces the link."""
    _attributes(element, "href", "rel", "type", "hreflang", "title", "length")
    if len(element) or (element.text or "").strip() or "href" not in element.attrib:
        raise _Unsupported
    rel = element.get("rel", "alternate")
    kind = element.get("type", "application/atom+xml" if rel == "self" else "text/html")
    href: str = _urljoin("", element.get("href", ""))
    if links is not None:
        links.append({**element.attrib, "rel": rel, "type": kind, "href": href})
    if rel == "alternate" and _FeedParserMixin.map_content_type(kind) in _HTML_TYPES:
        return href
    return current


def _link_text(element: ET.Element) -> str:
    # feedparser undoes a second level of escaping in <link> text, then joins the URI.
    value = _text(element)
    if "&" in value:
        value = _ENTITY_LIKE.sub(r"&\g<1>", value.replace("&amp;", "&"))
    joined: str = _urljoin("", value)
    return joined


def _same_scope(node: ET.Element) -> None:
    """xml:base and xml:lang below the root change what feedparser makes of the text."""
    if any(name.startswith(_XML) for name in node.attrib):
        raise _Unsupported


@functools.lru_cache(maxsize=1024)  # bounded: the names come from the documents
def _feedparser_interprets(name: str) -> bool:
    """True when feedparser has a handler for the element it calls ``name``, or would
    store it under a key normalize.py reads."""
    return (hasattr(StrictFeedParser, "_start_" + name)
            or hasattr(StrictFeedParser, "_end_" + name) or name in _READ_KEYS)


def _date(entry: dict[str, Any], key: str, element: ET.Element) -> None:
    _attributes(element)
    # only the parsed date: normalize.py reads nothing else, and a 200,000-item feed's raw
    # date strings held 20 MB until its items were built
    entry[key + "_parsed"] = _parse_date(_text(element))


class _Reader:
    """Reads one document; knows the prefixes feedparser would give its elements."""

    def __init__(self, prefixes: dict[str, str], root: ET.Element) -> None:
        self.prefixes = prefixes
        # xml:lang on the root element is the language of everything in the document
        # (anywhere else it is unsupported); feedparser writes it with "-" for "_".
        self.lang = root.get(_XML + "lang", "").replace("_", "-") or None
        self.details: dict[str, dict[str, Any]] = {}

    def detail(self, value: str, kind: str) -> dict[str, Any]:
        """feedparser's content entry."""
        return {"type": kind, "language": self.lang, "base": "", "value": value}

    def text_detail(self, kind: str) -> dict[str, Any]:
        """feedparser's title_detail / summary_detail without the value (the entry holds it
        under "title" / "summary"): one shared dict per type, not two per entry (90 MB for
        a 200,000-item feed). Never to be changed by readers of the entry."""
        shared = self.details.get(kind)
        if shared is None:
            shared = self.details[kind] = {"type": kind, "language": self.lang, "base": ""}
        return shared

    def ignore(self, element: ET.Element) -> None:
        """Pass over an element only when feedparser would store it (and everything in it)
        under a key of its own: no handler of feedparser's, no key normalize.py reads."""
        for node in element.iter():
            _same_scope(node)
            self.check_ignorable(node)

    def check_ignorable(self, node: ET.Element) -> None:
        """Refuse an element feedparser has a handler for, or stores under a key we read."""
        uri, _, local = node.tag[1:].rpartition("}")
        if node.tag[0] != "{":
            uri, local = "", node.tag
        prefix = _KNOWN_PREFIXES.get(uri.lower()) if uri else ""
        if prefix is None:
            prefix = self.prefixes.get(uri)  # the document's own, for a namespace
            if not prefix:  # feedparser doesn't know; a default one: name unclear
                raise _Unsupported
        if _feedparser_interprets(f"{prefix}_{local.lower()}" if prefix else local.lower()):
            raise _Unsupported

    # ---- RSS 2.0 ----

    def rss(self, root: ET.Element, children: Iterator[ET.Element]) -> PlainFeed:
        """``children``: the channel's, each complete (see _completed)."""
        _attributes(root, "version", _XML + "lang")
        title, link, language, ttl = "", None, self.lang, None
        entries: list[dict[str, Any]] = []
        for child in children:
            tag = child.tag
            if tag == "item":
                _attributes(child)
                entries.append(self.rss_item(child))
            elif tag == _ATOM + "link":
                link = _link_element(child, link, None)
            elif tag in _RSS_CHANNEL_ONLY:
                self.feed_only(child)
            elif tag in _RSS_CHANNEL_TEXT:
                _attributes(child)
                if tag == "title":
                    title = _text(child)
                elif tag == "link":
                    link = _link_text(child)
                elif tag == "ttl":
                    ttl = _text(child)
                else:
                    language = _text(child)  # the last one, as in feedparser
            else:
                self.ignore(child)
        return PlainFeed(title, link, language, ttl, tuple(entries))

    def feed_only(self, element: ET.Element) -> None:
        """Elements feedparser reads into feed-level keys we don't use (a description, an
        image, a podcast's owner): nothing inside may change scope, and only the parts
        such elements have are allowed in them (an image's title is the image's)."""
        for node in element.iter():
            _same_scope(node)
            if node is element:
                continue
            if node.tag in ("title", "link") and element.tag != "image":
                raise _Unsupported
            if node.tag not in _FEED_ONLY_PARTS:
                self.check_ignorable(node)

    def rss_item(self, item: ET.Element) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        link: str | None = None
        guid_link: str | None = None
        tags: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for child, tag in _children_once(item, _RSS_REPEATABLE):
            if tag == _ATOM + "link":
                link = _link_element(child, link, links)
            elif tag == "guid":
                _attributes(child, "isPermaLink")
                permalink = child.get("isPermaLink", "true")
                if permalink not in ("true", "false"):
                    raise _Unsupported
                entry["id"] = value = _text(child)
                if permalink == "true":  # a permalink guid is joined and stands in for <link>
                    entry["id"] = guid_link = _urljoin("", value)
            elif tag == "category":
                _attributes(child, "domain")
                _add_tag(tags, _text(child) or None, child.get("domain"), None)
            elif tag in _RSS_ATTACHMENTS:
                self.attachment(child)
                if tag == "enclosure":  # feedparser's _start_enclosure: url -> href
                    attrs = {("href" if k == "url" else k): v for k, v in child.attrib.items()}
                    links.append({**attrs, "rel": "enclosure"})
            elif tag in _RSS_ITEM_TEXT:
                _attributes(child)
                if tag == "title":
                    value = entry["title"] = _text(child)
                    # nominally plain text; feedparser guesses HTML when it looks like it
                    kind = "text/html" if _FeedParserMixin.looks_like_html(value) else "text/plain"
                    entry["title_detail"] = self.text_detail(kind)
                elif tag == "link":
                    link = _link_text(child)
                elif tag == "description":
                    value = entry["summary"] = _text(child)
                    entry["summary_detail"] = self.text_detail("text/html")
                elif tag == _CONTENT + "encoded":
                    value = _text(child)
                    entry["content"] = [self.detail(value, "text/html")]
                    entry.setdefault("summary", value)  # <description> wins in either order
                elif tag in ("pubDate", _ATOM + "published"):
                    _date(entry, "published", child)  # the last one, as in feedparser
                elif tag in (_DC + "date", _ATOM + "updated"):
                    _date(entry, "updated", child)
                else:
                    entry["author"] = _text(child)  # the last one, as in feedparser
            else:
                self.ignore(child)
        if links:
            entry["links"] = links
        return _finish_entry(entry, link if link is not None else guid_link, tags)

    def attachment(self, element: ET.Element) -> None:
        """Enclosures, comment links and media: feedparser files them under keys of their
        own (enclosure links have rel="enclosure"); their children are checked."""
        _same_scope(element)
        for child in element:
            self.ignore(child)

    # ---- Atom 1.0 ----

    def atom(self, root: ET.Element, children: Iterator[ET.Element]) -> PlainFeed:
        """``children``: the feed element's, each complete (see _completed)."""
        _attributes(root, _XML + "lang")
        title, link, id_link = "", None, None
        entries: list[dict[str, Any]] = []
        for child in children:
            tag = child.tag
            if tag == _ATOM + "entry":
                _attributes(child)
                entries.append(self.atom_entry(child))
            elif tag == _ATOM + "title":
                _attributes(child, "type")
                _content_type(child)
                title = _text(child)
            elif tag == _ATOM + "link":
                link = _link_element(child, link, None)
            elif tag == _ATOM + "id":
                _attributes(child)
                id_link = _urljoin("", _text(child))  # the feed's link when it has none
            elif tag in _ATOM_FEED_ONLY:
                self.feed_only(child)
            else:
                self.ignore(child)
        return PlainFeed(title, link if link is not None else id_link, self.lang, None,
                         tuple(entries))

    def atom_entry(self, element: ET.Element) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        link: str | None = None
        id_link: str | None = None
        tags: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for child, tag in _children_once(element, _ATOM_REPEATABLE):
            if tag in (_ATOM + "title", _ATOM + "summary"):
                _attributes(child, "type")
                key = tag[len(_ATOM):]
                kind = _content_type(child)
                value = entry[key] = _text(child)
                entry[key + "_detail"] = self.text_detail(kind)
            elif tag == _ATOM + "content":
                _attributes(child, "type")
                kind = _content_type(child)
                value = _text(child)
                entry["content"] = [self.detail(value, kind)]
                entry.setdefault("summary", value)  # <summary> wins in either order
            elif tag == _ATOM + "link":
                link = _link_element(child, link, links)
            elif tag == _ATOM + "id":
                _attributes(child)
                # feedparser treats an Atom id like an RSS permalink guid
                entry["id"] = id_link = _urljoin("", _text(child))
            elif tag in (_ATOM + "published", _ATOM + "updated"):
                _date(entry, tag[len(_ATOM):], child)
            elif tag == _ATOM + "author":
                _attributes(child)
                entry["author"] = _atom_person(child)
            elif tag == _ATOM + "category":
                _attributes(child, "term", "scheme", "label")
                if len(child) or (child.text or "").strip():
                    raise _Unsupported
                _add_tag(tags, child.get("term"), child.get("scheme"), child.get("label"))
            elif tag in (_MEDIA + "thumbnail", _MEDIA + "content"):
                self.attachment(child)
            else:
                self.ignore(child)
        if links:
            entry["links"] = links
        return _finish_entry(entry, link if link is not None else id_link, tags)


# The plain-text elements of a channel and of an item this reader takes in.
_RSS_CHANNEL_TEXT = frozenset({"title", "link", "language", _DC + "language", "ttl"})
_RSS_ITEM_TEXT = frozenset({
    "title", "link", "description", _CONTENT + "encoded", "pubDate", _ATOM + "published",
    _DC + "date", _ATOM + "updated", "author", _DC + "creator", _ITUNES + "author",
})
# Item elements feedparser files under keys of their own (enclosure links get
# rel="enclosure"; itunes:image an "image", itunes:explicit a flag).
_RSS_ATTACHMENTS = frozenset({"enclosure", "comments", _MEDIA + "thumbnail", _MEDIA + "content",
                              _ITUNES + "image", _ITUNES + "explicit", _ITUNES + "block"})
_RSS_REPEATABLE = frozenset({"author", _DC + "creator", _ITUNES + "author", "category",
                             *_RSS_ATTACHMENTS})
_ATOM_REPEATABLE = frozenset({_ATOM + n for n in ("link", "category", "author")}
                             | {_MEDIA + "thumbnail", _MEDIA + "content"})
# Channel elements feedparser reads into feed-level keys this project doesn't use.
_RSS_CHANNEL_ONLY = frozenset({
    "description", "pubDate", "lastBuildDate", "generator", "docs", "copyright",
    "managingEditor", "webMaster", "category", "image", "cloud", "rating", "skipHours",
    "skipDays", _SY + "updatePeriod", _SY + "updateFrequency", _SY + "updateBase",
    _DC + "date", _DC + "rights", _DC + "publisher", _DC + "creator",
    _MEDIA + "thumbnail", _MEDIA + "content",
    *(_ITUNES + n for n in ("author", "subtitle", "summary", "owner", "image", "category",
                            "keywords", "explicit", "block", "type", "complete")),
})
# What those hold: an image's parts, skipHours' hours, an owner's or author's name ...
_FEED_ONLY_PARTS = frozenset({
    "url", "title", "link", "width", "height", "description", "hour", "day",
    _ITUNES + "name", _ITUNES + "email", _ITUNES + "category",
    _ATOM + "name", _ATOM + "email", _ATOM + "uri",
})
_ATOM_FEED_ONLY = frozenset({
    _ATOM + n for n in ("updated", "published", "subtitle", "author", "contributor",
                        "generator", "icon", "logo", "rights", "category")
})


def _children_once(element: ET.Element,
                   repeatable: frozenset[str]) -> Iterator[tuple[ET.Element, str]]:
    """An item's children with their tags; a second one of a kind that is not repeatable
    is unsupported (it changes the meaning in feedparser)."""
    seen: set[str] = set()
    for child in element:
        tag = child.tag
        if tag in seen and tag not in repeatable:
            raise _Unsupported
        seen.add(tag)
        yield child, tag


def _finish_entry(entry: dict[str, Any], link: str | None,
                  tags: list[dict[str, Any]]) -> dict[str, Any]:
    if link is not None:
        entry["link"] = link
    if tags:
        entry["tags"] = tags
    return entry


def _atom_person(element: ET.Element) -> str:
    """An Atom person as feedparser names it: "name (email)", the name, or the email."""
    if (element.text or "").strip():
        raise _Unsupported
    parts: dict[str, str] = {}
    for child in element:
        if child.tag not in (_ATOM + "name", _ATOM + "email", _ATOM + "uri") or child.attrib:
            raise _Unsupported
        if len(child) or (child.tail or "").strip():
            raise _Unsupported
        # feedparser keeps these values stripped but otherwise raw
        parts[child.tag[len(_ATOM):]] = (child.text or "").strip()
    name, email = parts.get("name"), parts.get("email")
    if name and email:
        return f"{name} ({email})"
    return name or email or ""
