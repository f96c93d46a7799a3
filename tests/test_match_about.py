"""The operators that tell "about" from "mentions": OUTSIDE, the lead field and its boost."""

from __future__ import annotations

import pytest
from matchsupport import hit, item, one

from watcher.match.lexer import QuerySyntaxError
from watcher.match.parser import parse
from watcher.match.scan import lead_cut

IDIOM = '@nk AND (execut* OUTSIDE ("execution of*" OR "executing the task*"))'


@pytest.mark.parametrize(("title", "summary", "expected"), [
    ("DPRK cabinet urges execution of the plan", "", False),
    ("DPRK cabinet urges execution of the plan", "Two officials were executed.", True),
    ("Pyongyang executes officials", "Earlier it stressed the execution of the plan.", True),
    ("DPRK meeting on executing the tasks", "Officials vowed to work harder.", False),
])
def test_outside_ignores_the_idiom_but_not_a_real_occurrence(
        title: str, summary: str, expected: bool) -> None:
    """A term inside the excluded phrase does not count; the same term elsewhere does."""
    assert hit(IDIOM, title, summary) is expected


def test_outside_holds_within_a_field_only() -> None:
    """An excluded phrase in the title does not cancel the term in the summary."""
    assert hit("purge* OUTSIDE \"purge of pests\"", "Purge of pests in farms",
               "A purge followed the meeting.")


def test_outside_with_near_is_positional() -> None:
    """OUTSIDE and NEAR combine: the NEAR span must lie outside the excluded phrase."""
    query = '(camp* NEAR/2 prison*) OUTSIDE "federal prison camp"'
    assert not hit(query, "Inmate moved to a federal prison camp in Texas")
    assert hit(query, "Prison camp survivors testify")


@pytest.mark.parametrize(("query", "reason"), [
    ("alpha OUTSIDE", "expected a term"),
    ("(alpha AND beta) OUTSIDE gamma", "OUTSIDE joins terms"),
    ("alpha OUTSIDE (beta AND gamma)", "OUTSIDE joins terms"),
])
def test_outside_syntax_errors(query: str, reason: str) -> None:
    """OUTSIDE takes positional operands on both sides, like NEAR."""
    with pytest.raises(QuerySyntaxError) as info:
        parse(query)
    assert reason in info.value.reason


@pytest.mark.parametrize(("title", "summary", "expected"), [
    ("Purge in Pyongyang", "", True),
    ("Pyongyang news", "A purge was reported. The leader toured a farm.", True),
    ("Pyongyang news", "The leader toured a farm. A purge was reported.", False),
    ("Pyongyang news", "A N. Korean purge was reported. More later.", True),
])
def test_lead_field_is_the_title_or_the_first_sentence(
        title: str, summary: str, expected: bool) -> None:
    """lead:x finds x in the title or the summary's first sentence, not later sentences."""
    assert hit("@nk AND lead:purge*", title, summary) is expected


def test_lead_falls_back_to_content_without_a_summary() -> None:
    """With no summary, the first sentence of the content is the lead."""
    assert hit("lead:purge*", "News", "", content="A purge happened. Nothing else.")
    assert not hit("lead:purge*", "News", "", content="Nothing else. A purge happened.")


def test_lead_boost_raises_the_score_of_an_early_term() -> None:
    """field_boosts.lead multiplies a term found in the first sentence."""
    matcher = one("purge*", field_boosts={"lead": 3.0, "title": 1.0})
    early = matcher.match(item("News", "A purge. Then more."))[0].score
    late = matcher.match(item("News", "Something. Then a purge."))[0].score
    assert (early, late) == (3.0, 1.0)


def test_min_score_keeps_passing_mentions_out() -> None:
    """With a lead boost and min_score, a topic word in the lead passes, a late one does not."""
    matcher = one("@nk AND purge*", field_boosts={"lead": 2.0, "title": 2.0}, min_score=1.5,
                  weights={"@nk": 0.0})
    assert matcher.match(item("Purge in Pyongyang", ""))
    assert not matcher.match(item("Pyongyang news", "A farm tour. Then a purge."))


@pytest.mark.parametrize(("text", "first"), [
    ("U.S. envoy speaks. Then more.", "U.S. envoy speaks"),
    ("Mr. Kim left. Then?", "Mr. Kim left"),
    ("북한이 밝혔다. 그는 말했다.", "북한이 밝혔다"),
    ("no full stop at all", "no full stop at all"),
])
def test_first_sentence_ends_at_a_real_stop(text: str, first: str) -> None:
    """Initials and short titles do not end the first sentence."""
    assert text[:lead_cut(text)] == first


def test_explain_shows_outside_and_lead() -> None:
    """explain names the OUTSIDE operator and says where a lead: term was found."""
    matcher = one(IDIOM + " AND lead:DPRK")
    text = matcher.explain("p", item("DPRK cabinet urges execution of the plan", "")).render()
    assert "OUTSIDE (the first, where the second does not contain it)" in text
    assert "found in the title or the first sentence" in text
    assert "did not match" in text


def test_alias_weight_applies_to_every_alias_term() -> None:
    """weights: {'@nk': 0} takes the alias terms out of the score; a named term overrides."""
    matcher = one("@nk AND purge*", weights={"@nk": 0.0, "DPRK": 0.5}, field_boosts={"title": 1.0})
    assert matcher.match(item("Pyongyang purge", ""))[0].score == 1.0
    assert matcher.match(item("DPRK purge", ""))[0].score == 1.5


def test_unknown_alias_weight_is_a_problem() -> None:
    """A weight for an alias that does not exist is reported with the profile's key path."""
    from watcher.errors import QueryError
    with pytest.raises(QueryError) as info:
        one("@nk AND purge*", weights={"@nkk": 0.0})
    assert info.value.problems == ["profiles.p.weights: unknown alias '@nkk'"]


def test_a_term_used_twice_is_scored_once() -> None:
    """A word both inside lead: and elsewhere in the query counts once in score and terms."""
    matcher = one("lead:purge* OR (purge* AND Pyongyang)", field_boosts={"title": 1.0})
    found = matcher.match(item("Pyongyang", "A purge. More."))[0]
    assert [t.term for t in found.terms] == ["purge*", "Pyongyang"]
    assert found.score == 2.0


def test_innermost_field_qualifier_wins() -> None:
    """In lead:(a OR title:b), b counts only in the title, a in the title or first sentence."""
    query = "lead:(purge* OR title:camp*)"
    assert hit(query, "News", "A purge. More.")
    assert not hit(query, "News", "A camp. More.")
    assert hit(query, "Camp news", "Nothing here.")
