"""The Matcher: fields, NEAR, aliases, exclude, weights, boosts, min_score, term hits, explain."""

from __future__ import annotations

import pytest
from matchsupport import NK_ALIAS, hit, item, one

from watcher.config import ProfileConfig
from watcher.match import compile_profiles


@pytest.mark.parametrize(("query", "kwargs", "expected"), [
    ("title:defect*", {"title": "Soldier defects", "summary": "x"}, True),
    ("title:defect*", {"title": "News", "summary": "Soldier defects"}, False),
    ("summary:defect*", {"title": "News", "summary": "Soldier defects"}, True),
    ("author:Lee", {"summary": "Lee said", "author": "Park"}, False),
    ("author:Lee", {"summary": "x", "author": "Lee So-yeon"}, True),
    ("category:sanctions", {"summary": "x", "categories": ("Sanctions", "Russia")}, True),
    ("link:nknews", {"summary": "x", "link": "https://www.nknews.org/2024/a"}, True),
    ("site:dailynk.com", {"summary": "x", "link": "https://www.dailynk.com/english/a"}, True),
    ("site:dailynk.com", {"summary": "x", "feed_url": "https://dailynk.com/feed/"}, True),
    ("site:kcna.kp", {"summary": "kcna.kp said", "link": "https://example.org/a"}, False),
    ("nknews", {"summary": "x", "link": "https://www.nknews.org/a"}, False),  # not in text
])
def test_fields(query: str, kwargs: dict[str, object], expected: bool) -> None:
    """Field qualifiers restrict where a term may occur; bare terms skip links and bylines."""
    assert bool(one(query).match(item(**kwargs))) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    ("workers sent to Russia", True),
    ("Russia hires North Korean workers", True),  # either order
    ("workers in the far eastern port city of Vladivostok, Russia", False),  # 7 words between
    ("labor camps", False),
])
def test_near(text: str, expected: bool) -> None:
    """A NEAR/n B: both present with at most n words between them, in either order."""
    assert hit("(worker* OR labor*) NEAR/4 (Russia OR Qatar)", text) is expected


def test_near_stays_within_one_field() -> None:
    """NEAR does not pair a title word with a summary word."""
    assert not hit("worker* NEAR/3 Russia", "North Korean workers", "Russia said")


@pytest.mark.parametrize(("query", "text", "expected"), [
    ("forag*", "Soldiers foraging for food", True),
    ("forag*", "a statement for aggression on the country", False),  # not across a break
    ("sentr*", "guards sent roaming the border", False),
    ('"Kim Jong*"', "Kim Jong-un spoke", True),  # several words: the break is the query's
    ("Kimjong*", "Kim Jong Un spoke", False),  # one word: write "Kim Jong*" for the join
    ("Kimjongun", "Kim Jong Un spoke", True),  # a whole name still matches without spaces
    ("북한군*", "북한 군인들이 넘어왔다", True),  # Hangul spacing varies: the join stays
])
def test_a_one_word_prefix_stays_inside_one_word(query: str, text: str, expected: bool) -> None:
    """A prefix written as one Latin word matches the start of one word of the text, not the
    squashed join of two ("forag*" is not "for aggression")."""
    assert hit(query, text) is expected


def test_alias_expands_to_its_entries() -> None:
    """@nk matches any spelling in the alias set, in any script."""
    for text in ("N. Korean troops", "DPRK troops", "북한군 병력", "Pyongyang's troops"):
        assert hit("@nk AND troops OR (@nk AND 병력)", text), text


def test_exclude_vetoes_a_match() -> None:
    """An item that matches the exclude query is not a match."""
    m = one("@nk AND defect*", exclude='defective OR "defect rate"')
    assert m.match(item("North Korean soldier defects"))
    assert not m.match(item("Defect rate of DPRK shells", "North Korea's shells"))
    assert not m.match(item("North Korea", "defective artillery rounds"))


def test_score_weights_boosts_and_min_score() -> None:
    """Score sums weight x field boost x (1 + ln count); below min_score is no match."""
    base = one("alpha OR beta").match(item("", "alpha"))[0]
    assert base.score == 1.0
    weighted = one("alpha OR beta", weights={"alpha": 3.0}).match(item("", "alpha"))[0]
    assert weighted.score == 3.0
    titled = one("alpha OR beta").match(item("alpha", "x"))[0]
    assert titled.score == 1.5  # default title boost
    boosted = one("alpha OR beta", field_boosts={"title": 4.0}).match(item("alpha", "x"))[0]
    assert boosted.score == 4.0
    assert not one("alpha OR beta", min_score=1.5).match(item("", "alpha"))
    assert one("alpha OR beta", min_score=1.5).match(item("", "alpha beta"))


def test_a_term_inside_a_near_counts_only_where_the_near_holds() -> None:
    """A word placed beside a topic word by NEAR adds to the score only where it stands there."""
    m = one("alpha OR (spokesperson NEAR/2 for)")
    apart = m.match(item("", "alpha. The spokesperson spoke at length for an hour"))[0]
    assert apart.score == 1.0  # only alpha: the NEAR fails, so neither of its words counts
    assert [t.term for t in apart.terms] == ["alpha"]
    beside = m.match(item("", "alpha. A spokesperson for the ministry"))[0]
    assert beside.score == 3.0  # alpha, spokesperson and for
    assert not one("alpha OR (spokesperson NEAR/2 for)", min_score=2).match(
        item("", "alpha. The spokesperson spoke at length for an hour"))


def test_a_term_left_of_an_outside_counts_only_where_it_stands_outside() -> None:
    """The inner side of OUTSIDE is scored only in an item where it occurs outside the phrase."""
    m = one("alpha OR (escape OUTSIDE \"escape route\")")
    inside = m.match(item("", "alpha on the escape route"))[0]
    assert [t.term for t in inside.terms] == ["alpha"]
    assert inside.score == 1.0
    outside = m.match(item("", "alpha and an escape"))[0]
    assert outside.score == 2.0


def test_a_term_also_outside_any_near_counts_wherever_it_is_found() -> None:
    """A term in a failing NEAR that the query also names on its own still counts."""
    m = one("alpha OR (spokesperson NEAR/2 for) OR for")
    found = m.match(item("", "alpha. The spokesperson spoke at length for an hour"))[0]
    assert {t.term for t in found.terms} == {"alpha", "for"}
    assert found.score == 2.0


def test_term_hits_name_fields_and_counts() -> None:
    """Each matched term reports the fields it was found in and how often."""
    found = one("@nk AND defect*").match(item("DPRK defector", "A defector and two defectors."))
    terms = {t.term: (t.fields, t.count) for t in found[0].terms}
    assert terms == {"DPRK": (("title",), 1), "defect*": (("title", "summary"), 3)}


def test_negated_terms_are_not_reported() -> None:
    """Terms under NOT never appear as TermHits."""
    found = one("alpha AND NOT beta").match(item("alpha"))
    assert [t.term for t in found[0].terms] == ["alpha"]


def test_only_profiles_with_a_hit_and_order_follows_config() -> None:
    """match returns every satisfied profile, in configuration order."""
    m = compile_profiles({"z": ProfileConfig(query="alpha"), "a": ProfileConfig(query="beta"),
                          "m": ProfileConfig(query="gamma")}, {})
    assert [x.profile for x in m.match(item("gamma beta alpha"))] == ["z", "a", "m"]
    assert m.match(item("nothing here")) == []


def test_no_profiles_match_nothing() -> None:
    """A config with no profiles compiles and matches no item (nothing to scan for)."""
    m = compile_profiles({}, {})
    assert m.match(item("North Korea", "Anything at all")) == []
    assert not m.scan(item("North Korea")).masks


def test_snippet_comes_from_the_body_and_highlights_terms() -> None:
    """The snippet is cut around the best hit in the summary, with highlight offsets."""
    summary = ("Filler words " * 30 + "a N. Korean worker in Russia defected last week, "
               "officials said. " + "More filler " * 30)
    match = one("@nk AND defect*").match(item("Title", summary))[0]
    text = match.snippet.text
    assert len(text) <= 210 and text.startswith("…") and text.endswith("…")
    marked = [text[s:e] for s, e in match.snippet.highlights]
    assert marked == ["N. Korean", "defected"]


def test_explain_agrees_with_match_and_says_why() -> None:
    """explain().matched equals match(), and the text names each term's fate."""
    m = compile_profiles({"p": ProfileConfig(query="@nk AND defect*", exclude="defective",
                                             min_score=0.5)}, NK_ALIAS)
    good, vetoed = item("DPRK soldier defects"), item("DPRK defective shells")
    assert m.explain("p", good).matched and m.match(good)
    why = m.explain("p", vetoed)
    assert not why.matched and not m.match(vetoed)
    text = why.render()
    assert "profile p: did not match" in text
    assert "✓ DPRK  found in title ×1" in text
    assert "exclude (excludes this item):" in text
    assert "✓ defective  found in title ×1" in text


def test_explain_names_the_terms_the_score_counted() -> None:
    """A term found inside a NEAR that fails is shown found in the tree but not counted."""
    m = compile_profiles({"p": ProfileConfig(query="alpha OR (spokesperson NEAR/2 for)",
                                             min_score=2)}, {})
    text = m.explain("p", item("", "alpha. The spokesperson spoke at length for an hour")).render()
    assert "✓ spokesperson  found in summary ×1" in text
    assert "score 1 is below min_score 2 (counted: alpha)" in text


def test_explain_tests_each_near_on_its_own_after_the_match_answered() -> None:
    """Each NEAR line of an explanation is that NEAR's own answer for the item, also after
    the profile's compiled tests kept theirs in the item (the first holds, the second not)."""
    m = compile_profiles({"p": ProfileConfig(
        query="(gamma NEAR/1 delta) OR (alpha NEAR/1 beta)")}, {})
    text = m.explain("p", item("", "alpha beta; gamma was far from the other delta")).render()
    marks = [line.strip()[0] for line in text.splitlines() if "NEAR/1" in line]
    assert marks == ["✗", "✓"], text
    assert "profile p: MATCHED" in text


@pytest.mark.parametrize(("query", "required"), [
    ("alpha", {"alpha"}),
    ("alpha AND (beta OR gamma)", {"alpha"}),  # the smaller side of an AND is enough
    ("(alpha OR beta) AND gamma AND NOT delta", {"gamma"}),
    ("alpha OR (beta AND NOT gamma)", {"alpha", "beta"}),
    ("(alpha OR beta) NEAR/3 gamma", {"gamma"}),
    ("alpha AND (NOT beta OR gamma)", {"alpha"}),  # that OR can match with no term present
])
def test_a_profile_is_a_candidate_only_through_terms_it_needs(query: str,
                                                              required: set[str]) -> None:
    from watcher.match.evaluate import required_patterns
    from watcher.match.parser import parse

    ids = {(word, False): n for n, word in enumerate(["alpha", "beta", "gamma", "delta"])}
    names = {n: word for (word, _), n in ids.items()}
    found = required_patterns(parse(query), ids)
    assert found is not None and {names[pid] for pid in found} == required


@pytest.mark.parametrize(("query", "alternatives"), [
    ("alpha", [["alpha"]]),
    ("alpha AND (beta OR gamma)", [["alpha", "beta gamma"]]),
    ("(alpha AND beta) OR gamma OR delta", [["delta gamma"], ["alpha", "beta"]]),
    ("(alpha OR beta) NEAR/3 gamma", [["alpha beta", "gamma"]]),  # a NEAR needs both sides
    ("alpha AND NOT beta", [["alpha"]]),  # NOT asks nothing of presence
    ("alpha OUTSIDE (beta OR gamma)", [["alpha"]]),
    ("alpha AND (NOT beta OR gamma)", [["alpha"]]),  # that OR holds with nothing present
    ("(alpha OR (beta AND gamma)) AND delta", [["alpha", "delta"], ["beta", "gamma", "delta"]]),
])
def test_a_profile_is_evaluated_only_when_its_terms_can_satisfy_it(
        query: str, alternatives: list[list[str]]) -> None:
    from watcher.match.evaluate import presence_alternatives
    from watcher.match.parser import parse

    ids = {(word, False): n for n, word in enumerate(["alpha", "beta", "gamma", "delta"])}
    names = {n: word for (word, _), n in ids.items()}
    found = [[" ".join(sorted(names[pid] for pid in need)) for need in way]
             for way in presence_alternatives(parse(query), ids)]
    assert found == alternatives


def test_alternatives_past_the_bound_merge_into_one_necessary_set() -> None:
    """An AND of many two-way ORs would spell out 2**n alternatives: past the bound the
    sides merge, and every item the query matches is still a candidate."""
    from watcher.match.evaluate import presence_alternatives
    from watcher.match.parser import parse

    words = [f"w{i}" for i in range(20)]
    query = " AND ".join(f"({a} OR ({b} AND {b}x))" for a, b in zip(words[::2], words[1::2],
                                                                 strict=True))
    m = compile_profiles({"p": ProfileConfig(query=query)}, {})
    assert 1 <= len(presence_alternatives(parse(query), m.compiled.ids)) <= 128
    text = " ".join(f"{b} {b}x" for b in words[1::2])
    assert [x.profile for x in m.match(item(title=text))] == ["p"]
    assert m.match(item(title=" ".join(words[1::2]))) == []


def test_an_item_with_the_country_and_no_topic_word_matches_no_profile() -> None:
    m = compile_profiles({"famine": ProfileConfig(query="@nk AND (famine OR hunger)"),
                          "labour": ProfileConfig(query="(@nk AND workers) OR 외화벌이")},
                         NK_ALIAS)
    assert m.match(item(title="North Korea holds a parade")) == []
    assert [x.profile for x in m.match(item(title="Hunger in North Korea"))] == ["famine"]
    assert [x.profile for x in m.match(item(title="외화벌이 일꾼"))] == ["labour"]


def test_a_term_the_query_needs_less_still_matches_when_the_needed_one_is_there() -> None:
    """Candidates come from the AND's smaller side; the item holding both must match."""
    m = compile_profiles({"p": ProfileConfig(query="sanctions AND (ship OR port OR oil)")}, {})
    assert [x.profile for x in m.match(item(title="Oil tanker broke sanctions at port"))] == ["p"]
    assert m.match(item(title="Oil tanker reached port")) == []


def test_a_checked_matcher_reports_the_same_problems_and_matches_alike() -> None:
    """check_profiles (what the daemon's start uses) refuses what compile_profiles refuses,
    builds nothing until the first item, then matches, scores and explains the same."""
    from watcher.errors import QueryError
    from watcher.match import check_profiles

    bad = {"p": ProfileConfig(query="@nk AND (defect*"), "q": ProfileConfig(query="NOT sport")}
    for make in (compile_profiles, check_profiles):
        with pytest.raises(QueryError) as caught:
            make(bad, NK_ALIAS)
        assert [p.split(":")[0] for p in caught.value.problems] == [
            "profiles.p.query", "profiles.q.query"]
    profiles = {"p": ProfileConfig(query="@nk AND defect*", min_score=0.5),
                "q": ProfileConfig(query='lead:"forced labour" OR lead:"forced labor"')}
    eager, lazy = compile_profiles(profiles, NK_ALIAS), check_profiles(profiles, NK_ALIAS)
    assert lazy.profiles == eager.profiles == ("p", "q")
    assert lazy._checked is not None  # nothing built yet
    items = [item("DPRK soldier defects"), item("Report", "Forced labour in DPRK camps. More."),
             item("Weather"), item("N. Korean defector speaks", "on forced labor abroad")]
    assert [lazy.match(i) for i in items] == [eager.match(i) for i in items]
    assert lazy._checked is None
    assert lazy.explain("q", items[1]).render() == eager.explain("q", items[1]).render()


@pytest.mark.parametrize("enabled", [True, False])
def test_compiling_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    """Building the profiles pauses the cyclic collector and hands it back in the state it
    found it: on again after a build, still off when the caller had turned it off."""
    import gc

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        matcher = compile_profiles({"p": ProfileConfig(query="famine")}, {})
        assert gc.isenabled() is enabled
        assert [m.profile for m in matcher.match(item(summary="A famine spread"))] == ["p"]
    finally:
        (gc.enable if was else gc.disable)()
