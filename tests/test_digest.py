"""Digest assembly: each story once under its best profile, order, deduplication across
feeds, the max_items cap."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from digests import NOW, PROFILES, digest_of, item, many_rows, match

from watcher.digest import build_digest, normalise_title, sample_digest
from watcher.models import Item, Match


def test_groups_follow_config_order_and_newest_first() -> None:
    """Groups come in the profiles' config order; inside a group the newest item is first."""
    rows = [(item(5), match(item(5), "labour")), (item(1), match(item(1), "detention")),
            (item(9, feed="b"), match(item(9, feed="b"), "defections")),
            (item(2, feed="b"), match(item(2, feed="b"), "defections"))]
    digest = digest_of(rows)
    assert [g.profile for g in digest.groups] == ["defections", "labour", "detention"]
    assert [e.item.item_key for e in digest.groups[0].entries] == ["key-2", "key-9"]
    assert digest.groups[0].description == PROFILES["defections"].description


def test_same_link_from_two_feeds_appears_once() -> None:
    """Two feeds carrying the same canonical link give one entry, also reported by the other."""
    a = item(3, feed="a", link="https://agency.example/story/1")
    b = item(4, feed="b", link="https://agency.example/story/1", title="A different headline")
    digest = digest_of([(a, match(a)), (b, match(b))])
    (entry,) = digest.groups[0].entries
    assert entry.item.feed_url == b.feed_url  # b was published earlier (4 minutes ago)
    assert entry.also_reported_by == ("Desk A",)


@pytest.mark.parametrize(("first", "second", "merged"), [
    ("Three defectors reach Seoul after months in hiding",
     "Three defectors reach Seoul after months in hiding!", True),
    ("Three defectors reach Seoul after months in hiding",
     "THREE DEFECTORS REACH SEOUL AFTER MONTHS IN HIDING", True),
    ("탈북민 지원 단체, 중국 내 구금 사례 증가 우려", "탈북민 지원 단체 중국 내 구금 사례 증가 우려", True),
    ("Three defectors reach Seoul after months in hiding",
     "Five defectors reach Seoul after months in hiding", False),
    ("3 defectors reach Seoul after months in hiding",
     "5 defectors reach Seoul after months in hiding", False),
    ("Update", "Update", False),
    ("Three defectors reach Seoul after months in hiding",
     "UN rapporteur asks for access to detention facilities", False),
])
def test_near_identical_titles_from_other_feeds_merge(first: str, second: str,
                                                      merged: bool) -> None:
    """Near-identical titles from different feeds are one story; different numbers are not."""
    a = item(1, feed="a", title=first)
    b = item(2, feed="b", title=second)
    digest = digest_of([(a, match(a)), (b, match(b))])
    assert (digest.item_count == 1) is merged


def test_same_title_within_one_feed_stays_two_entries() -> None:
    """One feed's two items with the same title are not merged: nothing is hidden."""
    a = item(1, feed="a", title="Three defectors reach Seoul after months in hiding")
    b = item(2, feed="a", title="Three defectors reach Seoul after months in hiding")
    assert digest_of([(a, match(a)), (b, match(b))]).item_count == 2


def scored(it: Item, profile: str, score: float) -> tuple[Item, Match]:
    return it, replace(match(it, profile), score=score)


def test_story_matching_several_profiles_is_listed_once_under_its_best() -> None:
    """A story matching three profiles appears once, under its highest-scoring profile,
    naming the other two, best first."""
    a = item(1)
    digest = digest_of([scored(a, "defections", 1.0), scored(a, "labour", 3.0),
                        scored(a, "detention", 2.0)])
    assert [g.profile for g in digest.groups] == ["labour"]
    (entry,) = digest.groups[0].entries
    assert entry.profiles == ("labour", "detention", "defections")
    assert digest.item_count == 1


def test_equal_scores_go_to_the_profile_configured_first() -> None:
    """On a tie the story goes under the profile that comes first in the configuration."""
    a = item(1)
    digest = digest_of([scored(a, "detention", 2.0), scored(a, "labour", 2.0)])
    assert [g.profile for g in digest.groups] == ["labour"]
    assert digest.groups[0].entries[0].profiles == ("labour", "detention")


def test_story_from_two_feeds_in_two_profiles_is_one_entry_naming_both() -> None:
    """Two feeds carrying one link, each matching a different profile: one entry, both
    profiles named, the other feed as "also reported by"."""
    a = item(3, feed="a", link="https://agency.example/story/9")
    b = item(4, feed="b", link="https://agency.example/story/9")
    digest = digest_of([scored(a, "defections", 1.0), scored(b, "detention", 2.5)])
    (group,) = digest.groups
    (entry,) = group.entries
    assert group.profile == "detention" and entry.item is b
    assert entry.profiles == ("detention", "defections")
    assert entry.also_reported_by == ("Desk A",)


def test_one_feeds_items_sharing_a_link_all_stay() -> None:
    """Nine items of one feed with distinct keys and one shared link are nine stories; a
    second feed's copy of that link joins one of them as "also reported by"."""
    shared = "https://live.example/blog"
    rows = [(it, match(it)) for it in
            (item(i, feed="a", link=shared, title=f"Live update number {i} from the border")
             for i in range(9))]
    other = item(20, feed="b", link=shared, title="Border blog", minutes_ago=0)
    digest = digest_of([*rows, (other, match(other))])
    entries = digest.groups[0].entries
    assert digest.item_count == 9
    assert sorted(e.item.item_key for e in entries) == sorted(f"key-{i}" for i in range(9))
    assert [e.also_reported_by for e in entries].count(("Desk B",)) == 1


def test_counts_count_distinct_stories() -> None:
    """Four items each matching all three profiles count as four stories, not twelve."""
    rows = [(it, match(it, p)) for it in (item(i, feed="abcd"[i]) for i in range(4))
            for p in PROFILES]
    digest = digest_of(rows)
    assert digest.item_count == 4
    assert sum(len(e.profiles) for g in digest.groups for e in g.entries) == 12


def test_max_items_keeps_newest_and_counts_the_rest() -> None:
    """Beyond max_items the newest stories are kept and the rest counted in ``more``."""
    digest = digest_of(many_rows(30, long=False), max_items=10)
    assert digest.item_count == 10 and digest.more == 20
    kept = sorted(e.item.item_key for g in digest.groups for e in g.entries)
    assert kept == sorted(f"key-{i}" for i in range(10))


def test_unknown_profile_goes_last() -> None:
    """A match for a profile no longer in config is still delivered, after the known ones."""
    a, b = item(1), item(2)
    digest = digest_of([(a, match(a, "retired")), (b, match(b, "labour"))])
    assert [g.profile for g in digest.groups] == ["labour", "retired"]
    assert digest.groups[1].description == ""


def test_normalise_title() -> None:
    """Titles compare after NFKC, casefolding and punctuation removal."""
    assert normalise_title("  North-Korea: ＤＰＲＫ’s “news”! ") == "north korea dprk s news"


def test_sample_digest_has_one_item_in_the_zone() -> None:
    """send-test's digest has one item, the given zone, and ends at ``now``."""
    now = datetime(2024, 1, 2, 3, 4, tzinfo=UTC)
    digest = sample_digest("desk", "Europe/Berlin", now)
    assert digest.item_count == 1 and digest.window_end == now
    assert digest.timezone == "Europe/Berlin"
    assert "test message" in digest.groups[0].entries[0].item.title.lower()


def test_empty_rows_give_empty_digest() -> None:
    """No rows: a digest with no groups and nothing more."""
    digest = build_digest("desk", 1, [], profiles=PROFILES, timezone="UTC",
                          window_start=None, window_end=NOW, max_items=5)
    assert digest.groups == () and digest.more == 0
