"""The query parser: precedence, fields, NEAR, aliases, and errors with a caret."""

from __future__ import annotations

import pytest

from watcher.config import ProfileConfig
from watcher.errors import ConfigError, QueryError
from watcher.match import compile_profiles
from watcher.match.lexer import QuerySyntaxError
from watcher.match.nodes import FIELD_BIT, And, Near, Not, Or, Term
from watcher.match.parser import parse


def test_precedence_near_binds_tighter_than_and_than_or() -> None:
    """a b OR c NEAR/3 d parses as (a AND b) OR (c NEAR d)."""
    node = parse("a1 b1 OR c1 NEAR/3 d1")
    assert isinstance(node, Or)
    left, right = node.children
    assert isinstance(left, And) and len(left.children) == 2
    assert isinstance(right, Near) and right.n == 3


def test_field_applies_to_a_group_and_not_is_unary() -> None:
    """title:(a OR b) AND NOT c: fields reach every term of the group."""
    node = parse("title:(alpha OR beta*) AND NOT gamma")
    assert isinstance(node, And)
    group, neg = node.children
    assert isinstance(group, Or) and isinstance(neg, Not)
    assert all(isinstance(t, Term) and t.fields == FIELD_BIT["title"] for t in group.children)
    assert isinstance(group.children[1], Term) and group.children[1].prefix


def test_not_covers_a_near_expression() -> None:
    """NOT a NEAR/2 b negates the whole proximity test."""
    node = parse("alpha AND NOT beta NEAR/2 gamma")
    assert isinstance(node, And) and isinstance(node.children[1], Not)
    assert isinstance(node.children[1].child, Near)


def test_lowercase_operators_are_words() -> None:
    """Only upper-case AND/OR/NOT are operators."""
    node = parse("war and peace")
    assert isinstance(node, And) and len(node.children) == 3


@pytest.mark.parametrize(("query", "reason", "pos"), [
    ("@nk AND (sanction* OR", "expected a term, phrase, @alias or '(' after OR", 21),
    ("(alpha OR beta", "expected ')' to close the '(' at column 1", 14),
    ("alpha)", "unexpected ')'", 5),
    ('"open phrase', "expected a closing '\"'", 0),
    ("titel:alpha", "unknown field 'titel:'", 0),
    ("alpha NEAR beta", "expected NEAR/n", 6),
    ("de*fect", "'*' may only end a term", 2),
    ("ab*", "too short", 0),
    ("(alpha AND beta) NEAR/3 gamma", "NEAR joins terms", 17),
    ("", "the query is empty", 0),
])
def test_syntax_errors_name_the_position(query: str, reason: str, pos: int) -> None:
    """Each error says what was expected and where."""
    with pytest.raises(QuerySyntaxError) as info:
        parse(query, lambda name, p, m: Term(name, name, False, m, p))
    assert reason in info.value.reason
    assert info.value.pos == pos


def test_compile_reports_every_bad_query_with_a_caret() -> None:
    """ConfigError.problems has one entry per bad query: path, reason, query, caret."""
    profiles = {
        "sanctions-finance": ProfileConfig(query="@nk AND (sanction* OR"),
        "ok": ProfileConfig(query="alpha"),
        "typo": ProfileConfig(query="@nkk AND beta"),
        "negative": ProfileConfig(query="NOT sport"),
        "weights": ProfileConfig(query="alpha", weights={"beta": 2.0}),
    }
    with pytest.raises(ConfigError) as info:
        compile_profiles(profiles, {"nk": ["DPRK"]})
    assert isinstance(info.value, QueryError)
    problems = info.value.problems
    assert problems[0] == ("profiles.sanctions-finance.query: expected a term, phrase, @alias "
                           "or '(' after OR\n  @nk AND (sanction* OR\n"
                           + " " * 23 + "^")
    assert problems[1].startswith("profiles.typo.query: unknown alias @nkk (did you mean @nk?)")
    assert problems[2].startswith("profiles.negative.query: the query would match items "
                                  "containing none of its terms")
    assert problems[3] == "profiles.weights.weights: 'beta' is not a term of the query"
    assert len(problems) == 4


def test_bad_alias_entry_is_reported_under_aliases() -> None:
    """An alias entry that does not parse is named by its index."""
    with pytest.raises(QueryError) as info:
        compile_profiles({"p": ProfileConfig(query="@nk")}, {"nk": ["DPRK", '"North Korea']})
    assert info.value.problems[0].startswith("aliases.nk[1]: expected a closing '\"'")
    assert "alias @nk is invalid" in info.value.problems[1]
