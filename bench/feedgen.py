"""Generated feed content for the benchmark farm: items on the default beat, three formats.

Every item is a pure function of (feed id, item number), so an item keeps its identity and
text across farm versions; a feed at version ``v`` shows items ``v*step .. v*step+n-1``,
newest first. About a third of the items are off-topic filler so that matching has misses
to reject. The word lists below are written for this project.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from html import unescape
from xml.sax.saxutils import escape

_TAG = re.compile(r"<[^>]+>")
FORMATS = ("rss", "atom", "json")
EXTENSIONS = {"rss": "xml", "atom": "atom", "json": "json"}
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}

_ACTORS = ("North Korea", "Pyongyang", "The DPRK", "N. Korea", "Kim Jong-un", "Kim Jong Un",
           "Kim Yo-jong", "North Korean authorities", "The regime in Pyongyang")
_SUBJECTS = ("defectors", "a defector family", "escapees", "overseas workers",
             "political prisoners", "abductee families", "smugglers", "market traders",
             "border guards", "students caught with foreign dramas", "Christian believers")
_EVENTS = (
    "{who} reach Seoul after a long route through {via}",
    "China sends {who} back across the {river}, rights groups say",
    "{actor} tightens punishment for {who} near {place}",
    "UN rapporteur urges access for {who} held in {place}",
    "Report details forced labour of {who} in {abroad}",
    "{who} describe life inside a political prison camp",
    "{actor} stages a public execution in {place}, sources claim",
    "Families of {who} ask Tokyo and Seoul for answers",
    "Food prices climb in {place} as {actor} restricts markets",
    "{who} defect from a construction site in {abroad}",
)
_PLACES = ("Hyesan", "Sinuiju", "Chongjin", "Hoeryong", "Musan", "Wonsan", "Kaesong",
           "Ryanggang province", "North Hamgyong province", "Pyongyang")
_VIA = ("Laos", "Thailand", "Mongolia", "Vietnam", "Shenyang", "Yanji", "Dandong")
_ABROAD = ("Russia", "Vladivostok", "St. Petersburg", "Qatar", "Kuwait", "northeast China",
           "Poland", "the Russian Far East")
_RIVERS = ("Tumen river", "Yalu river", "border river")
_DETAILS = (
    "Witnesses said the group had waited months for a safe passage.",
    "A Seoul-based monitoring group counted more cases than in any year since the border shut.",
    "Officials at the Ministry of Unification declined to give numbers.",
    "The testimony adds to a growing file kept by investigators in Geneva.",
    "Relatives in the South learned of the arrests through a broker.",
    "Wages are reportedly sent straight to state trading companies.",
    "Neighbours were ordered to watch, according to a local source.",
    "The camp does not appear on any official map.",
    "Guards were rewarded for each person they stopped at the river.",
    "Some of those returned are believed to face years of hard labour.",
)
_KOREAN = ("북한 인권 보고서 발표", "탈북자 강제북송 우려 커져", "북한 해외 노동자 탈북 잇따라",
           "정치범수용소 실태 조사 결과 공개", "이산가족 상봉 재개 촉구")
_FILLER_TITLES = ("Typhoon season brings heavy rain to Okinawa", "Seoul stocks close higher",
                  "Baseball: Lotte Giants win in extra innings", "New high-speed rail line opens",
                  "Semiconductor exports rise for a third month", "Jeju tourism rebounds",
                  "Central bank holds rates steady", "Film festival opens in Busan")
_FILLER_TEXT = ("Analysts expect the trend to continue into next quarter.",
                "Organisers reported record attendance on the first day.",
                "The agency said delays should ease by the weekend.")
_AUTHORS = ("Staff reporter", "Min-ji Park", "Jae-won Lee", "A. Reporter", "Desk editor")
_CATEGORIES = ("human rights", "defectors", "politics", "labour", "economy", "China")


@dataclass(frozen=True, slots=True)
class GenItem:
    n: int
    title: str
    summary_html: str
    author: str
    category: str
    published: datetime


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """What a feed is; the version says which window of items it shows."""

    feed_id: int
    fmt: str
    base_url: str  # e.g. http://127.0.0.7:8800
    items: int
    step: int  # new items per version
    t0: datetime  # item 0's publication time
    workload: str = "mixed"  # "mixed" (about a third matches) or "topic" (nine in ten)

    @property
    def path(self) -> str:
        return f"/feed/{self.feed_id}.{EXTENSIONS[self.fmt]}"

    @property
    def url(self) -> str:
        return self.base_url + self.path


def make_item(feed_id: int, n: int, t0: datetime) -> GenItem:
    """Item ``n`` of feed ``feed_id``: deterministic text, published ``n`` * 10 min after t0."""
    rng = random.Random(feed_id * 1_000_003 + n)
    published = t0 + timedelta(minutes=10 * n, seconds=feed_id % 600)
    if rng.random() < 0.33:
        title = rng.choice(_FILLER_TITLES)
        text = f"<p>{escape(rng.choice(_FILLER_TEXT))}</p>"
        return GenItem(n, title, text, rng.choice(_AUTHORS), "economy", published)
    if rng.random() < 0.08:
        title = rng.choice(_KOREAN)
        text = f"<p>{title}. 관계자는 자세한 내용을 밝히지 않았다.</p>"
        return GenItem(n, title, text, rng.choice(_AUTHORS), "북한", published)
    words = {"who": rng.choice(_SUBJECTS), "actor": rng.choice(_ACTORS),
             "place": rng.choice(_PLACES), "via": rng.choice(_VIA),
             "abroad": rng.choice(_ABROAD), "river": rng.choice(_RIVERS)}
    title = rng.choice(_EVENTS).format(**words)
    title = title[0].upper() + title[1:]
    body = " ".join(rng.sample(_DETAILS, 3))
    text = (f"<p>{escape(title)}. {escape(body)}</p>"
            f'<p>More at <a href="https://example.org/story/{feed_id}/{n}">the desk</a>.</p>')
    return GenItem(n, title, text, rng.choice(_AUTHORS), rng.choice(_CATEGORIES), published)


WORKLOADS = ("mixed", "topic")


def item_maker(workload: str) -> Callable[[int, int, datetime], GenItem]:
    """The item generator of a workload: this module's or bench/topicgen.py's."""
    if workload == "topic":
        from bench import topicgen  # imported here: topicgen builds on this module's GenItem

        return topicgen.make_item
    if workload != "mixed":
        raise ValueError(f"unknown workload {workload!r} (known: {', '.join(WORKLOADS)})")
    return make_item


def window(spec: FeedSpec, version: int) -> list[GenItem]:
    """The items a feed shows at ``version``, newest first."""
    first = version * spec.step
    make = item_maker(spec.workload)
    return [make(spec.feed_id, n, spec.t0) for n in range(first + spec.items - 1, first - 1, -1)]


def plain_text(item: GenItem) -> str:
    """The item's summary as a reader sees it (tags dropped, entities decoded)."""
    return " ".join(unescape(_TAG.sub(" ", item.summary_html)).split())


def last_modified(spec: FeedSpec, version: int) -> datetime:
    return spec.t0 + timedelta(minutes=10 * (version * spec.step + spec.items - 1),
                               seconds=spec.feed_id % 600)


def render(spec: FeedSpec, version: int) -> bytes:
    """The feed document at ``version`` in the spec's format."""
    items = window(spec, version)
    return {"rss": _rss, "atom": _atom, "json": _json}[spec.fmt](spec, items)


def _link(spec: FeedSpec, n: int) -> str:
    return f"{spec.base_url}/story/{spec.feed_id}/{n}?utm_source=feed"


def _rss(spec: FeedSpec, items: list[GenItem]) -> bytes:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>',
           f"<title>Bench desk {spec.feed_id}</title><link>{spec.base_url}/</link>",
           "<description>Generated feed for the watcher benchmark</description><ttl>15</ttl>"]
    for it in items:
        out.append(
            f"<item><title>{escape(it.title)}</title><link>{_link(spec, it.n)}</link>"
            f'<guid isPermaLink="false">bench-{spec.feed_id}-{it.n}</guid>'
            f"<pubDate>{format_datetime(it.published, usegmt=True)}</pubDate>"
            f"<dc:creator>{escape(it.author)}</dc:creator>"
            f"<category>{escape(it.category)}</category>"
            f"<description>{escape(it.summary_html)}</description></item>")
    out.append("</channel></rss>\n")
    return "".join(out).encode()


def _atom(spec: FeedSpec, items: list[GenItem]) -> bytes:
    updated = items[0].published.isoformat() if items else spec.t0.isoformat()
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>Bench desk {spec.feed_id}</title><id>tag:bench,2024:{spec.feed_id}</id>",
           f'<link rel="self" href="{spec.url}"/><link href="{spec.base_url}/"/>',
           f"<updated>{updated}</updated>"]
    for it in items:
        stamp = it.published.isoformat()
        out.append(
            f"<entry><title>{escape(it.title)}</title>"
            f'<link href="{escape(_link(spec, it.n))}"/>'
            f"<id>tag:bench,2024:{spec.feed_id}/{it.n}</id>"
            f"<published>{stamp}</published><updated>{stamp}</updated>"
            f"<author><name>{escape(it.author)}</name></author>"
            f'<category term="{escape(it.category)}"/>'
            f'<summary type="html">{escape(it.summary_html)}</summary></entry>')
    out.append("</feed>\n")
    return "".join(out).encode()


def _json(spec: FeedSpec, items: list[GenItem]) -> bytes:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": f"Bench desk {spec.feed_id}",
        "home_page_url": f"{spec.base_url}/",
        "feed_url": spec.url,
        "items": [{"id": f"bench-{spec.feed_id}-{it.n}", "url": _link(spec, it.n),
                   "title": it.title, "content_html": it.summary_html,
                   "date_published": it.published.isoformat(),
                   "authors": [{"name": it.author}], "tags": [it.category]}
                  for it in items],
    }
    return json.dumps(doc, ensure_ascii=False).encode()


def default_t0(now: datetime) -> datetime:
    """Item 0 is three days old, so a few versions of new items stay in the past."""
    return (now - timedelta(days=3)).astimezone(UTC).replace(microsecond=0)
