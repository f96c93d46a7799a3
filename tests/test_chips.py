"""Chips and marks: the words as the story has them, topic words before common ones."""

from __future__ import annotations

from dataclasses import replace

import pytest
from digests import PROFILES, digest_of, item

from watcher.chips import chips, common_terms, preferred_marks, surface
from watcher.models import Item, Match, Snippet, TermHit

TEXT = ("The Treasury named three front companies in Laos that paid North Korean programmers "
        "and moved their wages through shell firms.")


def hit(term: str) -> TermHit:
    return TermHit(term, ("summary",), 1)


def story(terms: tuple[str, ...], profile: str = "labour", i: int = 1,
          text: str = TEXT) -> tuple[Item, Match]:
    it = item(i, title=f"Treasury acts on payments for programmers, notice {i}", text=text,
              feed="abcdefgh"[i % 8])
    return it, Match(profile, 1.0, tuple(hit(t) for t in terms), Snippet(text))


@pytest.mark.parametrize(("term", "expected"), [
    ("front compan*", "front companies"),
    ("North Korea*", "North Korean"),
    ("shell firms", "shell firms"),
    ("wage*", "wages"),
    ("Kim Jong-un", "Kim Jong-un"),  # not in the text: shown as written
    ("sanction*", "sanction…"),  # a prefix not in the text: shown as a stem, not as syntax
])
def test_surface_is_the_storys_own_words(term: str, expected: str) -> None:
    """A term is shown as the text has it; one the text lacks loses its query syntax."""
    assert surface(term, [TEXT]) == expected


def test_chips_have_no_query_syntax_and_no_repeats() -> None:
    """Chips read "front companies", "North Korean"; a chip inside a longer one is dropped."""
    it, m = story(("North Korea*", "front compan*", "compan*", "programmer*"))
    shown = chips(it, [m], frozenset())
    assert shown == ("North Korean", "front companies", "programmers")
    assert not any("*" in c or '"' in c for c in shown)


def test_chips_name_every_profiles_words_topic_first() -> None:
    """The words of all the story's matches appear once, common terms last."""
    it, m = story(("North Korea*", "front compan*"))
    other = replace(m, profile="detention", terms=(hit("North Korea*"), hit("wage*")))
    assert chips(it, [m, other], frozenset({"North Korea*"})) == (
        "front companies", "wages", "North Korean")


def test_a_term_matched_under_many_profiles_is_common() -> None:
    """The country name, matched under every profile of a digest, is common; a topic word
    matched under one profile is not; with fewer than three profiles nothing is."""
    profiles = list(PROFILES)
    rows = [story(("North Korea*", f"topic{i}"), profiles[i % 3], i) for i in range(6)]
    assert common_terms(digest_of(rows)) == frozenset({"North Korea*"})
    assert common_terms(digest_of(rows[:2])) == frozenset()


def test_marks_prefer_the_topic_word() -> None:
    """With a topic word in the snippet only it is marked; without one the common term is."""
    snippet = Snippet(TEXT, ((50, 62), (21, 36)))
    topic = preferred_marks(snippet, [hit("North Korea*"), hit("front compan*")],
                            frozenset({"North Korea*"}))
    assert [TEXT[s:e] for s, e in topic.highlights] == ["front companies"]
    only_common = preferred_marks(snippet, [hit("North Korea*"), hit("sanction*")],
                                  frozenset({"North Korea*"}))
    assert only_common == snippet


def test_merged_marks_are_not_taken_for_one_term() -> None:
    """Marks of neighbouring terms merge in a snippet; a prefix chip still shows one word."""
    start = TEXT.index("North Korean programmers")
    merged = Snippet(TEXT, ((start, start + len("North Korean programmers")),))
    it, m = story(("North Korea*", "programmer*"))
    assert chips(it, [replace(m, snippet=merged)], frozenset()) == (
        "North Korean", "programmers")
