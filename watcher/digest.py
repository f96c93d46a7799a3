"""Assemble a Digest from matched items: dedupe, group by profile, order, cap (pure).

Each story appears once. An item matching four profiles is one story, listed under the
profile it fits best and naming the others. The same story often arrives from several
feeds (an agency report and the sites that carry it): items from different feeds with the
same canonical link or a near-identical normalised title become one entry, shown once with
"also reported by" the other sources. The earliest report stands for the story.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from watcher.config import ProfileConfig
from watcher.match.snippet import snippet_for
from watcher.models import Digest, DigestEntry, DigestGroup, Item, Match, Snippet, TermHit
from watcher.rows import PendingSnippet

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_MIN_TITLE = 10  # shorter normalised titles ("News", "Update") never merge stories
_NEAR = 0.8  # share of distinct words two titles must have in common to be one story
_DIGITS = re.compile(r"\d+")
_CANDIDATES = 64  # stories compared per bucket: keeps a 15,000-item digest linear
SNIPPETS_IN_TWO = 1000  # fewer take about 0.1 s: not worth a second process


# Several feeds carry one story under one title, and the listing keeps each title once: a
# first poll's 47,500 reports had 342 distinct titles on the benchmark's topic farm, and
# copies of a story arrive close together in time, which is the order they are clustered in.
@lru_cache(maxsize=4096)
def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


@dataclass(slots=True)
class _Story:
    reports: list[_Report] = field(default_factory=list)
    feeds: set[str] = field(default_factory=set)

    def add(self, report: _Report) -> None:
        self.reports.append(report)
        self.feeds.add(report.item.feed_url)

    def other_feed(self, item: Item) -> bool:
        """Titles merge stories across feeds only: one feed's two items stay two entries."""
        return item.feed_url not in self.feeds


@dataclass(slots=True)  # not frozen: a frozen dataclass is slow to build, 15,000 per digest
class _Title:
    """A normalised title with what the near-duplicate test needs, computed once."""

    words: frozenset[str]
    digits: tuple[str, ...]

    @classmethod
    def of(cls, title: str) -> _Title:
        return cls(frozenset(title.split()), tuple(_DIGITS.findall(title)))

    def near(self, other: _Title) -> bool:
        """Near-identical titles (Jaccard over words); differing numbers never are."""
        return self.digits == other.digits and \
            len(self.words & other.words) >= _NEAR * len(self.words | other.words)

    def buckets(self) -> list[str]:
        """Near-identical titles share their longest words: compare only within those
        buckets (pairwise difflib over every title took seconds on 15,000 items)."""
        return sorted(self.words, key=lambda w: (-len(w), w))[:2]


Rows = Iterable[tuple[Item, Match]]
Complete = Callable[[Sequence[DigestEntry]], list[DigestEntry]]


@dataclass(slots=True)  # one per matched item: 47,500 in a first poll's window
class _Report:
    """One stored item with every profile it matched (an item arrives once per profile)."""

    item: Item
    # A tuple, grown by copying: most items match one or two profiles, and a tuple of
    # one takes half the memory of a list (47,500 reports in a first poll's window).
    matches: tuple[Match, ...] = ()


def reports_of(rows: Rows) -> list[_Report]:
    """The distinct items among ``rows`` (by feed and item key), each with all its matches,
    in the order they first appear."""
    # By feed, then key: a (feed, key) tuple for each of 47,500 items held 3.4 MB more.
    by_feed: dict[str, dict[str, _Report]] = {}
    out: list[_Report] = []
    for item, match in rows:
        of_feed = by_feed.get(item.feed_url)
        if of_feed is None:
            of_feed = by_feed[item.feed_url] = {}
        report = of_feed.get(item.item_key)
        if report is None:
            report = of_feed[item.item_key] = _Report(item)
            out.append(report)
        report.matches = (*report.matches, match)
    return out


def cluster(reports: Sequence[_Report]) -> list[list[_Report]]:
    """Group items into stories, earliest report first inside each.

    Only items from different feeds merge, by link or by title: one feed's items are its
    own stories even when they share a link (a live blog whose updates all point at one
    page), so nothing a feed said is hidden behind "also reported by".
    """
    by_link: dict[str, _Story] = {}
    by_title: dict[str, _Story] = {}
    by_word: dict[str, list[tuple[_Title, _Story]]] = {}  # long word -> candidate titles
    stories: list[_Story] = []
    # In order of (published, source title), sorted by one then the other (stable sorts):
    # a key tuple for every report took 3.4 MB at the digest's busiest moment.
    ordered = sorted(reports, key=lambda r: r.item.source_title)
    ordered.sort(key=lambda r: r.item.published)
    for report in ordered:
        item = report.item
        title = normalise_title(item.title)
        long = len(title) >= _MIN_TITLE
        features = None  # worked out only for a title not seen before (most are)
        story = by_link.get(item.link) if item.link else None
        if story is not None and not story.other_feed(item):
            story = None
        if story is None and long:
            story = by_title.get(title)
            if story is None:
                features = _Title.of(title)
                story = next((s for w in features.buckets()
                              for t, s in reversed(by_word.get(w, [])[-_CANDIDATES:])
                              if features.near(t) and s.other_feed(item)), None)
            elif not story.other_feed(item):
                story = None
        if story is None:
            story = _Story()
            stories.append(story)
        story.add(report)
        if item.link:
            by_link.setdefault(item.link, story)
        if long and title not in by_title:
            if features is None:
                features = _Title.of(title)
            by_title[title] = story
            for word in features.buckets():
                by_word.setdefault(word, []).append((features, story))
    return [s.reports for s in stories]


def _entry(story: list[_Report], rank: Mapping[str, int]) -> DigestEntry:
    """The story shown once, under the profile it fits best: the highest score among all
    its reports' matches (ties go to the profile configured first). Its earliest report
    that matched that profile stands for it; every other profile is named on it."""
    best: dict[str, tuple[Match, _Report]] = {}  # profile -> its best match in the story
    for report in story:
        for m in report.matches:
            held = best.get(m.profile)
            if held is None or m.score > held[0].score:
                best[m.profile] = (m, report)
    ordered = sorted(best, key=lambda p: (-best[p][0].score, rank.get(p, len(rank)), p))
    match, lead = best[ordered[0]]
    others: list[str] = []
    lead_name = lead.item.source_title or lead.item.feed_url
    for report in story:
        name = report.item.source_title or report.item.feed_url
        if name != lead_name and name not in others:
            others.append(name)
    return DigestEntry(item=lead.item, match=match, also_reported_by=tuple(others),
                       also_matched=tuple(best[p][0] for p in ordered[1:]))


def _shown(entry: DigestEntry) -> DigestEntry:
    match = with_snippet(entry.match, entry.item)
    return entry if match is entry.match else replace(entry, match=match)


def _with_snippets(entries: Sequence[DigestEntry]) -> list[DigestEntry]:
    """``_shown`` of each entry. A first poll's digest cuts thousands of snippets, after
    polling, while a core is idle: the second half's are cut by a forked child."""
    from watcher.twocores import map_halves

    snippets = map_halves(lambda e: _shown(e).match.snippet, entries, least=SNIPPETS_IN_TWO)
    return [e if s is e.match.snippet else replace(e, match=replace(e.match, snippet=s))
            for e, s in zip(entries, snippets, strict=True)]


def with_snippet(match: Match, item: Item) -> Match:
    """``match`` with its snippet built, if ingest left it to the message (PendingSnippet).

    Built by build_digest once per story it shows, for the match the story is listed
    under: an item matches several profiles and often arrives from several feeds, and
    cutting a snippet costs more than matching did."""
    pending = match.snippet
    if not isinstance(pending, PendingSnippet):
        return match  # built at ingest (databases from before this change), or none wanted
    terms = match.terms
    if sorted(pending.order) == list(range(len(terms))):
        terms = tuple(terms[i] for i in pending.order)
    return replace(match, snippet=snippet_for(item.title, item.summary, item.content, terms))


def build_digest(
    destination: str,
    digest_id: int,
    rows: Rows,
    *,
    profiles: Mapping[str, ProfileConfig],
    timezone: str,
    window_start: datetime | None,
    window_end: datetime,
    max_items: int | None,
    complete: Complete | None = None,
) -> Digest:
    """Each story once, grouped under its best profile (config order), newest first;
    beyond ``max_items`` stories (None: no limit) only counted.

    ``rows`` may be a light listing (``Store.window_listing``): then ``complete`` gives the
    stories that go into the digest their whole items and matches (``complete_entries``),
    after the stories are chosen and before their snippets are cut."""
    rank = {p: i for i, p in enumerate(profiles)}
    # Keep the newest max_items stories overall, so a busy profile cannot starve the others.
    # Only the stories are kept from here: the reports behind them (and, from a listing
    # iterator, the rows) are freed before the chosen ones are loaded whole.
    chosen = sorted((_entry(s, rank) for s in cluster(reports_of(rows))),
                    key=lambda e: e.item.published, reverse=True)
    if complete is not None:
        chosen = complete(chosen)
    # Snippets only for the stories shown; the rest are counted (or listed without one).
    cap = len(chosen) if max_items is None else max_items
    kept = _with_snippets(chosen[:cap])
    overflow = tuple(chosen[cap:])
    by_profile: dict[str, list[DigestEntry]] = {}
    for entry in kept:
        by_profile.setdefault(entry.match.profile, []).append(entry)
    order = sorted(by_profile, key=lambda p: (rank.get(p, len(rank)), p))
    groups = tuple(DigestGroup(profile=p, description=profiles[p].description
                               if p in profiles else "", entries=tuple(by_profile[p]))
                   for p in order)
    return Digest(destination=destination, digest_id=digest_id, window_start=window_start,
                  window_end=window_end, timezone=timezone, groups=groups,
                  more=len(overflow), overflow=overflow)


def sample_digest(destination: str, timezone: str, now: datetime) -> Digest:
    """A one-item digest for ``watcher send-test``: proves credentials and formatting."""
    text = "This is a test message from watcher. If you can read it, delivery works."
    item = Item(
        item_key="watcher-test", feed_url="watcher:test", title="Test message from watcher",
        link="https://example.org/watcher-test", summary=text, content="", author="watcher",
        categories=(), published=now.astimezone(UTC), published_from_feed=True,
        content_hash="watcher-test", source_title="watcher",
    )
    match = Match(profile="test", score=1.0, terms=(TermHit("test", ("title",), 1),),
                  snippet=Snippet(text, ((10, 14),)))
    group = DigestGroup("test", "A test of this destination",
                        (DigestEntry(item=item, match=match),))
    return Digest(destination=destination, digest_id=0, window_start=now - timedelta(hours=1),
                  window_end=now, timezone=timezone, groups=(group,),
                  title="watcher test message")
