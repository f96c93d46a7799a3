"""Property: the automaton fast path agrees with a plain tokenise-and-compare evaluator."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from matchsupport import item

from watcher.config import ProfileConfig
from watcher.match import compile_profiles
from watcher.match.nodes import FIELD_BIT, And, Near, Node, Not, Or, Term, matches_without_terms
from watcher.match.normalize_text import is_unspaced, tokens
from watcher.match.parser import parse

WORDS = ["kim", "jong", "un", "jongun", "north", "korea", "korean", "defect", "defector",
         "ore", "more", "iron", "북한", "탈북", "탈북한", "식당", "자들이", "북한식당"]
SEPARATORS = [" ", " ", "-", ". ", ", "]
Span = tuple[int, int, int]


def _occurrences(fields: list[list[str]], term: Term) -> list[Span]:
    """Word spans where ``term`` occurs, found by walking tokens (no automaton, no offsets)."""
    out: list[Span] = []
    key, fields_mask = term.key, term.fields
    for f, toks in enumerate(fields):
        if not fields_mask & (1 << f):
            continue
        for i, tok in enumerate(toks):
            offsets = range(len(tok)) if is_unspaced(key[0]) else range(1)
            for o in offsets:
                end = _match_from(toks, i, o, key, term.prefix)
                if end is not None:
                    out.append((f, i, end))
    return out


def _match_from(toks: list[str], i: int, o: int, key: str, prefix: bool) -> int | None:
    """Index of the last token if ``key`` starts at toks[i][o:], under the boundary rules."""
    text, j = toks[i][o:], i
    while len(text) < len(key) and j + 1 < len(toks):
        if o:  # a match starting inside a word must end inside it
            return None
        j += 1
        text += toks[j]
    if not text.startswith(key):
        return None
    if prefix or is_unspaced(key[-1]):
        # the key may end inside token j; find the token holding its last character
        used, k = len(toks[i]) - o, i
        while used < len(key):
            k += 1
            used += len(toks[k])
        return k
    return j if len(text) == len(key) else None


def _spans(node: Node, fields: list[list[str]]) -> list[Span]:
    if isinstance(node, Term):
        return _occurrences(fields, node)
    if isinstance(node, Or):
        return [s for c in node.children for s in _spans(c, fields)]
    assert isinstance(node, Near)
    return [(lf, min(l0, r0), max(l1, r1))
            for lf, l0, l1 in _spans(node.left, fields)
            for rf, r0, r1 in _spans(node.right, fields)
            if lf == rf and max(r0 - l1, l0 - r1) - 1 <= node.n]


def reference(node: Node, fields: list[list[str]]) -> bool:
    if isinstance(node, Term | Near):
        return bool(_spans(node, fields))
    if isinstance(node, Not):
        return not reference(node.child, fields)
    if isinstance(node, And):
        return all(reference(c, fields) for c in node.children)
    return any(reference(c, fields) for c in node.children)


def _term() -> st.SearchStrategy[str]:
    word = st.sampled_from(WORDS)
    phrase = st.lists(word, min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"')
    star = st.sampled_from(["kim*", "defect*", "kor*", "jon*", "탈북*", "북한*"])
    titled = word.map(lambda w: "title:" + w)
    return st.one_of(word, phrase, star, titled)


def _query() -> st.SearchStrategy[str]:
    return st.recursive(
        _term(),
        lambda inner: st.one_of(
            st.tuples(inner, st.sampled_from(["AND", "OR", ""]), inner)
            .map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
            st.tuples(inner, inner).map(lambda t: f"({t[0]} AND NOT {t[1]})"),
            st.tuples(_term(), st.integers(0, 3), _term())
            .map(lambda t: f"({t[0]} NEAR/{max(t[1], 1)} {t[2]})"),
        ),
        max_leaves=6)


def _text() -> st.SearchStrategy[str]:
    return st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)),
                    max_size=12).map(lambda ps: "".join(w + s for w, s in ps))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=_query(), title=_text(), summary=_text())
def test_fast_path_agrees_with_reference(query: str, title: str, summary: str) -> None:
    """For random queries and texts, match() is true exactly when the reference says so."""
    node = parse(query)
    assume(not matches_without_terms(node))
    matcher = compile_profiles({"p": ProfileConfig(query=query)}, {})
    fields = [tokens(title), tokens(summary)]
    expected = reference(node, fields)
    assert bool(matcher.match(item(title, summary))) is expected, (query, title, summary)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=_query(), title=_text(), summary=_text())
def test_a_matching_item_satisfies_one_presence_alternative(query: str, title: str,
                                                            summary: str) -> None:
    """The prefilter is sound: whenever the reference says the query matches, one of the
    query's presence alternatives holds over the ids the scan found."""
    from watcher.match.evaluate import presence_alternatives

    node = parse(query)
    assume(not matches_without_terms(node))
    matcher = compile_profiles({"p": ProfileConfig(query=query)}, {})
    found = matcher.scan(item(title, summary)).found
    ways = presence_alternatives(node, matcher.compiled.ids)
    if not any(all(not need.isdisjoint(found) for need in way) for way in ways):
        assert not reference(node, [tokens(title), tokens(summary)]), (query, title, summary)


def test_reference_sanity() -> None:
    """The reference itself knows the headline rules (so agreement means something)."""
    f = [tokens("Kim Jong-un met 탈북한 식당 staff"), []]
    assert reference(parse('"kim jongun"'), f)
    assert reference(parse("북한"), f)
    assert not reference(parse("북한식당"), f)
    assert not reference(parse("title:staff NEAR/1 kim"), f)
    assert FIELD_BIT["title"] == 1
