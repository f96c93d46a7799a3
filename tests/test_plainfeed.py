"""The plain-feed reader and feedparser must give identical Items for every document the
reader accepts: an item key that changed between the two paths would alert items again.

Each probe below is read both ways (``parse_feed`` and ``parse_feed(plain_reader=False)``)
and normalised; the probes that step outside the plain subset must be refused by the reader
(feedparser then reads them). The corpora test does the same over every shared corpus file.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.test_corpora import CORPORA, headers_of, needs_corpora
from watcher.errors import ParseError
from watcher.models import Item, ParsedFeed
from watcher.normalize import normalize_feed
from watcher.parse import _declared_encoding, parse_feed
from watcher.reader.plain import read_plain_feed

NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)
URL = "http://127.0.0.1:8800/feed.xml"
RSS_NS = ('xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
          'xmlns:media="http://search.yahoo.com/mrss/" '
          'xmlns:slash="http://purl.org/rss/1.0/modules/slash/" '
          'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" '
          'xmlns:atom="http://www.w3.org/2005/Atom"')


def rss(items: str, channel: str = "<title>Border desk</title><link>https://desk.example/</link>"
        ) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" {RSS_NS}><channel>'
            f"{channel}{items}</channel></rss>").encode()


def atom(entries: str, feed: str = "<title>Camp watch</title><id>tag:camp.example,2026:feed</id>"
         ) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
            'xmlns:media="http://search.yahoo.com/mrss/" '
            f'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">{feed}{entries}</feed>'
            ).encode()


DATE = "<pubDate>Tue, 24 Nov 2026 08:30:00 +0900</pubDate>"

# Documents the reader must accept, each probing one way feedparser shapes a value.
PLAIN = {
    "rss basic": rss(f"<item><title>Envoys meet on repatriation</title>"
                     f"<link>https://desk.example/a/1</link><guid>https://desk.example/a/1</guid>"
                     f"{DATE}<description>&lt;p&gt;Talks &amp;amp; more&lt;/p&gt;</description>"
                     f"</item>"),
    "rss permalink guid stands in for link": rss(
        f"<item><title>No link element</title><guid>https://desk.example/g/2</guid>{DATE}</item>"),
    "rss guid not a permalink": rss(
        '<item><title>Opaque guid</title><guid isPermaLink="false">desk-0003</guid></item>'),
    "rss link after guid wins": rss(
        "<item><guid>https://desk.example/g/4</guid><link>https://desk.example/l/4</link>"
        "<title>Order</title></item>"),
    "rss title that looks like html": rss(
        "<item><title>Court rules &lt;b&gt;against&lt;/b&gt; return</title>"
        "<guid>x5</guid></item>"),
    "rss title with a literal ampersand": rss(
        "<item><title>Fish &amp; chips &lt; 5 dollars</title><guid>x6</guid></item>"),
    "rss content before description": rss(
        "<item><title>Both texts</title><content:encoded>&lt;p&gt;Full story of the crossing"
        "&lt;/p&gt;</content:encoded><description>Short version</description>"
        "<guid>x7</guid></item>"),
    "rss description before content": rss(
        "<item><title>Both texts</title><description>Short version</description>"
        "<content:encoded>&lt;p&gt;Full story of the crossing&lt;/p&gt;</content:encoded>"
        "<guid>x7b</guid></item>"),
    "rss content only": rss(
        "<item><title>Content only</title><content:encoded><![CDATA[<p>Workers sent abroad "
        "<em>again</em></p>]]></content:encoded><guid>x8</guid></item>"),
    "rss double-encoded utf-8": rss(
        "<item><title>Caf\u00c3\u00a9 owners</title><guid>x9</guid></item>"),
    "rss cp1252 controls": rss(
        "<item><title>Caf\u00c3\u00a9 \u0093quoted\u0094</title><guid>x9b</guid></item>"),
    "rss link with escaped query": rss(
        "<item><title>Query</title><link>https://desk.example/q?a=1&amp;amp;b=2&amp;c;</link>"
        "</item>"),
    "rss categories, repeats and domains": rss(
        '<item><title>Tags</title><guid>x10</guid><category>Sanctions</category>'
        '<category domain="https://desk.example/t">Sanctions</category>'
        "<category>Sanctions</category><category>  Labour </category><category/></item>"),
    "rss dc:date and two creators": rss(
        "<item><title>Dates</title><guid>x11</guid><dc:date>2026-11-20T01:02:03Z</dc:date>"
        "<dc:creator>First Writer</dc:creator><dc:creator>Second Writer</dc:creator></item>"),
    "rss author as email": rss(
        "<item><title>Author</title><guid>x12</guid>"
        "<author>desk@desk.example (Night Desk)</author></item>"),
    "rss language inherited": rss(
        "<item><title>\ubd81\ud55c \uc778\uad8c \ubcf4\uace0\uc11c</title><guid>x13</guid></item>",
        channel="<title>Korean desk</title><link>https://desk.example/ko/</link>"
                "<language>ko-KR</language><ttl>30</ttl>"),
    "rss relative link": rss(
        "<item><title>Relative</title><link>/stories/14</link></item>",
        channel="<title>Desk</title><link>https://desk.example/news/</link>"),
    "rss atom:link in channel and item": rss(
        '<item><title>Atom link</title><atom:link href="https://desk.example/alt/15"/></item>',
        channel='<title>Desk</title><atom:link rel="self" href="https://desk.example/feed"/>'
                "<link>https://desk.example/</link>"),
    "rss media, enclosure and unknown extension": rss(
        '<item><title>Media</title><guid>x16</guid><media:thumbnail url="https://desk.example/'
        't.jpg"/><media:content url="https://desk.example/v.mp4" type="video/mp4"/>'
        '<enclosure url="https://desk.example/a.mp3" length="1" type="audio/mpeg"/>'
        "<comments>https://desk.example/c/16</comments><slash:comments>4</slash:comments>"
        "</item>"),
    "rss no items": rss("", channel="<title>Quiet</title><link>https://desk.example/</link>"),
    "rss channel extras": rss(
        "<item><title>Extras</title><guid>x17</guid></item>",
        channel="<title>Desk</title><link>https://desk.example/</link><description>About"
                "</description><pubDate>Tue, 24 Nov 2026 08:30:00 GMT</pubDate><image><url>"
                "https://desk.example/i.png</url><title>Logo</title><link>https://desk.example"
                "/</link></image><generator>hand</generator>"),
    "rss podcast channel and item": rss(
        "<item><title>Episode 4</title><guid>x20</guid><itunes:author>Host One</itunes:author>"
        '<itunes:image href="https://desk.example/e4.jpg"/><itunes:explicit>no</itunes:explicit>'
        "<itunes:duration>31:02</itunes:duration><enclosure url='https://desk.example/e4.mp3' "
        "length='9' type='audio/mpeg'/></item>",
        channel="<title>Crossing stories</title><link>https://desk.example/pod</link>"
                "<itunes:author>Night Desk</itunes:author><itunes:summary>Weekly talk"
                "</itunes:summary><itunes:owner><itunes:name>Desk</itunes:name><itunes:email>"
                "pod@desk.example</itunes:email></itunes:owner><itunes:category text='News'>"
                "<itunes:category text='Politics'/></itunes:category><itunes:image href="
                "'https://desk.example/p.jpg'/><dc:rights>CC</dc:rights>"
                "<dc:date>2026-11-20T00:00:00Z</dc:date>"),
    "rss dc:language after language": rss(
        "<item><title>Lang</title><guid>x21</guid></item>",
        channel="<title>Desk</title><language>en</language><dc:language>ko</dc:language>"),
    "rss atom dates inside an item": rss(
        "<item><title>U</title><guid>u1</guid><atom:updated>2026-11-20T00:00:00Z</atom:updated>"
        f"{DATE}<atom:published>2026-11-19T00:00:00Z</atom:published></item>"),
    "rss extension elements with attributes": rss(
        '<item><title>Attrs</title><guid>u2</guid><slash:comments kind="all">3</slash:comments>'
        "</item>", channel='<title>Desk</title><slash:section id="7">News</slash:section>'
        '<media:thumbnail url="https://desk.example/logo.png"/>'),
    "rss bad date": rss("<item><title>Bad date</title><guid>x18</guid>"
                        "<pubDate>sometime last week</pubDate></item>"),
    "rss future date": rss("<item><title>Future</title><guid>x19</guid>"
                           "<pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>"),
    "rss empty item": rss("<item></item><item><title>After empty</title></item>"),
    "atom basic": atom(
        '<entry><title type="html">Labour &amp;lt;i&amp;gt;abroad&amp;lt;/i&amp;gt;</title>'
        '<link href="https://camp.example/e/1"/><id>tag:camp.example,2026:1</id>'
        "<published>2026-11-20T10:00:00+09:00</published><updated>2026-11-21T00:00:00Z"
        '</updated><author><name>Field Team</name><email>field@camp.example</email></author>'
        '<category term="camps"/><category term="camps" scheme="s"/><category label="Only label"/>'
        '<summary type="html">&lt;p&gt;Satellite images &amp;amp; notes&lt;/p&gt;</summary>'
        "</entry>"),
    "atom id stands in for link": atom(
        "<entry><title>No link</title><id>https://camp.example/e/2</id>"
        "<updated>2026-11-20T10:00:00Z</updated></entry>"),
    "atom alternate links by type": atom(
        '<entry><title>Links</title><id>tag:c,2026:3</id>'
        '<link rel="enclosure" href="https://camp.example/a.mp3" type="audio/mpeg" length="9"/>'
        '<link rel="alternate" type="application/pdf" href="https://camp.example/r.pdf"/>'
        '<link href="https://camp.example/e/3"/><link rel="replies" href="https://camp.example/c"'
        "/></entry>"),
    "atom text with literal markup": atom(
        '<entry><title type="text">Less &lt; more &amp; so on</title><id>tag:c,2026:4</id>'
        '<content type="text">Plain &lt;b&gt;text&lt;/b&gt; content</content></entry>'),
    "atom content and summary": atom(
        '<entry><title>Both</title><id>tag:c,2026:5</id><content type="html">&lt;p&gt;Long'
        '&lt;/p&gt;</content><summary>Short</summary></entry>'),
    "atom feed link from alternate": atom(
        "<entry><title>Rel</title><link href='/e/6'/></entry>",
        feed='<title type="html">Camp &amp;amp; prison watch</title>'
             '<link rel="self" href="https://camp.example/feed"/>'
             '<link rel="alternate" href="https://camp.example/"/><updated>2026-11-20T00:00:00Z'
             "</updated>"),
    "atom with xml:lang on the root": atom(
        "<entry><title>\ubd81\ud55c</title><id>tag:c,2026:8</id></entry>",
        feed="<title>Camp watch</title><id>tag:c,2026:f</id>").replace(
        b'<feed xmlns="', b'<feed xml:lang="ko_KR" xmlns="'),
    "rss with xml:lang on the root and a channel language": rss(
        "<item><title>Both</title><guid>x22</guid></item>",
        channel="<title>Desk</title><language>en</language>").replace(
        b'<rss version="2.0"', b'<rss xml:lang="ko" version="2.0"'),
    "atom author with name only, media, unknown extension": atom(
        '<entry><title>Extras</title><id>tag:c,2026:7</id><author><name>Desk</name></author>'
        '<media:thumbnail url="https://camp.example/t.jpg"/><slash:comments>2</slash:comments>'
        "</entry>"),
}

# Documents the reader must leave to feedparser; both paths must still agree, trivially.
UNSUPPORTED = {
    "xml:base": atom('<entry xml:base="https://other.example/"><title>Base</title>'
                     "<link href='x'/></entry>"),
    "xml:lang below the root": atom(
        '<entry xml:lang="ko"><title>Lang</title><id>tag:c,2026:8</id></entry>'),
    "xhtml content": atom('<entry><title>X</title><id>tag:c,2026:9</id><content type="xhtml">'
                          '<div xmlns="http://www.w3.org/1999/xhtml"><p>Hi</p></div></content>'
                          "</entry>"),
    "doctype": b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>'
               b'<rss version="2.0"><channel><title>T</title><item><title>A&nbsp;B</title>'
               b"</item></channel></rss>",
    "latin-1": rss("<item><title>Caf\u00e9</title></item>").replace(
        b"UTF-8", b"ISO-8859-1").replace("\u00e9".encode(), b"\xe9"),
    "itunes summary sets the summary": rss(
        "<item><title>Pod</title><guid>p1</guid><itunes:summary>Spoken</itunes:summary></item>"),
    "media title sets the title": rss(
        "<item><guid>p2</guid><media:title>Only media title</media:title></item>"),
    "two descriptions": rss("<item><title>Two</title><description>One</description>"
                            "<description>Two</description></item>"),
    "rss 0.91": rss("<item><title>Old</title></item>").replace(b'"2.0"', b'"0.91"'),
    "undefined entity": rss("<item><title>A&nbsp;B</title></item>"),
    "markup inside title": rss("<item><title>A <b>bold</b> claim</title></item>"),
    "itunes keywords in an item become tags": rss(
        "<item><title>K</title><guid>k1</guid><itunes:keywords>a, b</itunes:keywords></item>"),
    "dc:title in the channel is its title": rss(
        "<item><title>T</title></item>", channel="<title>One</title><dc:title>Two</dc:title>"),
    "utf-16 with a doctype": "\ufeff".encode("utf-16-le") + (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY w "word">]><rss version="2.0">'
        "<channel><title>T</title><item><title>A &w;</title></item></channel></rss>"
    ).encode("utf-16-le"),
    "source element": rss("<item><title>S</title><source url='https://x.example/'>X</source>"
                          "</item>"),
}


def read_both(body: bytes, headers: dict[str, str] | None = None
              ) -> tuple[ParsedFeed | str, ParsedFeed | str]:
    def attempt(plain: bool) -> ParsedFeed | str:
        try:
            return parse_feed(body, headers or {}, URL, plain_reader=plain)
        except ParseError as exc:
            return str(exc)
    return attempt(True), attempt(False)


def summary(parsed: ParsedFeed) -> tuple[object, ...]:
    items: list[Item] = normalize_feed(parsed, feed_url=URL, now=NOW)
    return (parsed.title, parsed.link, parsed.ttl_minutes, parsed.malformed, items)


def accepted(body: bytes, headers: dict[str, str] | None = None) -> bool:
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    declared = _declared_encoding(body[:1024].lstrip(), lowered.get("content-type", ""))
    return read_plain_feed(body, lowered, declared) is not None


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_plain_documents_read_alike(name: str) -> None:
    body = PLAIN[name]
    assert accepted(body), f"{name}: the plain reader refused it"
    plain, reference = read_both(body)
    assert isinstance(plain, ParsedFeed) and isinstance(reference, ParsedFeed)
    assert summary(plain) == summary(reference)


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_documents_outside_the_subset_go_to_feedparser(name: str) -> None:
    body = UNSUPPORTED[name]
    assert not accepted(body), f"{name}: the plain reader should have refused it"
    plain, reference = read_both(body)
    if isinstance(reference, str):
        assert plain == reference
    else:
        assert isinstance(plain, ParsedFeed) and summary(plain) == summary(reference)


@pytest.mark.parametrize(("content_type", "expected"), [
    ("application/rss+xml; charset=utf-8", True),
    ("text/xml; charset=utf-8", True),
    ("text/xml", True),  # US-ASCII by RFC 3023 but for the prolog's UTF-8
    ("text/xml; charset=iso-8859-1", False),
    ("application/octet-stream", False),
])
def test_http_charset_decides_with_the_prolog(content_type: str, expected: bool) -> None:
    body = PLAIN["rss language inherited"]
    headers = {"Content-Type": content_type}
    assert accepted(body, headers) is expected
    plain, reference = read_both(body, headers)
    assert isinstance(plain, ParsedFeed) and isinstance(reference, ParsedFeed)
    assert summary(plain) == summary(reference)


def test_text_xml_without_any_charset_goes_to_feedparser() -> None:
    body = PLAIN["rss language inherited"].replace(b' encoding="UTF-8"', b"")
    headers = {"Content-Type": "text/xml"}
    assert not accepted(body, headers)
    assert accepted(body, {"Content-Type": "application/rss+xml"})
    plain, reference = read_both(body, headers)
    assert isinstance(plain, ParsedFeed) and isinstance(reference, ParsedFeed)
    assert summary(plain) == summary(reference)


def test_probes_give_the_values_normalize_expects() -> None:
    """Spot checks that the probes exercise what they say (not only agreement)."""
    parsed = parse_feed(PLAIN["rss permalink guid stands in for link"], {}, URL)
    assert parsed.entries[0]["link"] == "https://desk.example/g/2"
    parsed = parse_feed(PLAIN["rss content before description"], {}, URL)
    assert parsed.entries[0]["summary"] == "Short version"
    parsed = parse_feed(PLAIN["rss double-encoded utf-8"], {}, URL)
    assert parsed.entries[0]["title"] == "Caf\u00e9 owners"
    parsed = parse_feed(PLAIN["rss cp1252 controls"], {}, URL)  # not valid UTF-8 then
    assert parsed.entries[0]["title"] == "Caf\u00c3\u00a9 \u201cquoted\u201d"
    parsed = parse_feed(PLAIN["atom alternate links by type"], {}, URL)
    assert parsed.entries[0]["link"] == "https://camp.example/e/3"
    parsed = parse_feed(PLAIN["rss language inherited"], {}, URL)
    assert parsed.ttl_minutes == 30 and parsed.entries[0]["language"] == "ko-KR"
    parsed = parse_feed(PLAIN["atom with xml:lang on the root"], {}, URL)
    assert normalize_feed(parsed, feed_url=URL, now=NOW)[0].lang == "ko-kr"


@needs_corpora
def test_corpus_documents_read_alike() -> None:
    """Every corpus document the reader accepts gives the same feed and Items both ways."""
    accepted_count = 0
    mismatches: list[str] = []
    for path in sorted(CORPORA.rglob("*")):
        if not path.is_file() or path.suffix not in {".xml", ".rss", ".atom", ".rdf"}:
            continue
        body = path.read_bytes()
        headers = headers_of(body)
        if not accepted(body, headers):
            continue
        accepted_count += 1
        plain, reference = read_both(body, headers)
        if isinstance(plain, str) or isinstance(reference, str):
            if plain != reference:
                mismatches.append(f"{path}: {plain!r} vs {reference!r}")
        elif summary(plain) != summary(reference):
            mismatches.append(str(path.relative_to(CORPORA)))
    assert not mismatches, "\n".join(mismatches)
    # feedparser's own suite is mostly small plain documents; if the reader stopped
    # accepting them, this test would compare nothing.
    assert accepted_count >= 500, accepted_count


@pytest.mark.parametrize("fmt", ["rss", "atom"])
def test_bench_farm_feeds_take_the_plain_path_and_read_alike(fmt: str) -> None:
    """The benchmark's generated feeds are plain: it measures this path, on equal output."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/ is not installed
    from bench import feedgen

    spec = feedgen.FeedSpec(7, fmt, "http://127.0.0.7:8800", 25, 25, datetime(2026, 11, 20,
                                                                              tzinfo=UTC))
    body = feedgen.render(spec, 1)
    headers = {"Content-Type": feedgen.CONTENT_TYPES[fmt]}
    assert accepted(body, headers)
    plain, reference = read_both(body, headers)
    assert isinstance(plain, ParsedFeed) and isinstance(reference, ParsedFeed)
    assert len(plain.entries) == 25
    assert summary(plain) == summary(reference)


def test_windows_1252_mapping_is_feedparsers() -> None:
    """The one table mirrored rather than called: it must stay what feedparser applies."""
    from feedparser.mixin import _cp1252

    from watcher.reader.plain import _CP1252

    theirs = {k: v if isinstance(v, str) else chr(v) for k, v in _cp1252.items()}
    assert theirs == _CP1252


SAMPLES = Path(__file__).resolve().parents[1] / "watcher" / "samples"


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()
                                        if p.suffix in (".xml", ".rss", ".atom")))
def test_bundled_sample_feeds_take_the_plain_path_and_read_alike(name: str) -> None:
    """The demo's feeds (always present, unlike the corpora) are plain RSS and Atom."""
    body = (SAMPLES / name).read_bytes()
    assert accepted(body)
    plain, reference = read_both(body)
    assert isinstance(plain, ParsedFeed) and isinstance(reference, ParsedFeed)
    assert plain.entries and summary(plain) == summary(reference)


def test_enclosures_read_alike_and_are_kept() -> None:
    """RSS and Atom enclosures reach the Item with url, type and length, both ways."""
    for name, url in (("rss media, enclosure and unknown extension",
                       "https://desk.example/a.mp3"),
                      ("atom alternate links by type", "https://camp.example/a.mp3")):
        plain, reference = read_both(PLAIN[name])
        assert isinstance(plain, ParsedFeed) and isinstance(reference, ParsedFeed)
        items = normalize_feed(plain, feed_url=URL, now=NOW)
        assert [e.url for i in items for e in i.enclosures] == [url]
        assert summary(plain) == summary(reference)


def test_fallback_is_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    """A document outside the subset goes to feedparser with a debug line saying why."""
    body = rss("<item xml:base='https://other.example/'><title>B</title></item>")
    with caplog.at_level("DEBUG", logger="watcher"):
        assert not accepted(body)
    assert any("leaves the document to feedparser" in r.getMessage()
               for r in caplog.records if r.levelname == "DEBUG")


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_streamed_reading_equals_reading_the_tree(name: str) -> None:
    """Big documents are read as a stream of elements: the same feed as from the tree."""
    body = PLAIN[name]
    declared = _declared_encoding(body[:1024].lstrip(), "")
    tree = read_plain_feed(body, {}, declared)
    assert tree is not None
    assert read_plain_feed(body, {}, declared, stream_from=0) == tree


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_streamed_reading_refuses_the_same_documents(name: str) -> None:
    """Streaming refuses whatever reading the tree refuses."""
    body = UNSUPPORTED[name]
    declared = _declared_encoding(body[:1024].lstrip(), "")
    assert read_plain_feed(body, {}, declared, stream_from=0) is None
