"""Compile every profile into one automaton plus one evaluable tree per profile.

Each distinct (key, prefix) pair across all queries, excludes and aliases becomes one pattern
id; each distinct key becomes one automaton entry carrying the ids of its exact and prefix
forms. A profile is a *candidate* for an item only when the item's pattern ids satisfy one
of the profile's presence alternatives (see evaluate.presence_alternatives), which needs
at least one positive term: the parser refuses queries that could match without any.
"""

from __future__ import annotations

import difflib
import gc
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import ahocorasick

from watcher.config import ProfileConfig
from watcher.errors import QueryError
from watcher.match.evaluate import (
    Alternative,
    Pred,
    Scorer,
    answer_slots,
    compile_pred,
    presence_alternatives,
    required_patterns,
    requirements_remembered,
    table_index,
    tests_shared,
)
from watcher.match.lexer import QuerySyntaxError
from watcher.match.nodes import (
    QUERY_FIELDS,
    Node,
    Or,
    Term,
    all_terms,
    guarded_terms,
    matches_without_terms,
)
from watcher.match.normalize_text import TOKEN, edge_rules, fold
from watcher.match.parser import parse, refield
from watcher.match.scan import TableIndex

DEFAULT_BOOSTS: Mapping[str, float] = {"title": 1.5}


@dataclass(frozen=True, slots=True)
class CompiledProfile:
    name: str
    description: str
    query_text: str
    exclude_text: str | None
    query: Node
    exclude: Node | None
    pred: Pred
    exclude_pred: Pred | None
    scorer: Scorer
    min_score: float


@dataclass(frozen=True, slots=True)
class Compiled:
    profiles: tuple[CompiledProfile, ...]
    ids: Mapping[tuple[str, bool], int]  # (key, prefix) -> pattern id
    # (profile index, sets) for every way a profile can match: an item is evaluated against
    # a profile only if, for one of them, each set holds a pattern id the item holds.
    alternatives: tuple[tuple[int, Alternative], ...]
    automaton: Any
    fields: int  # bitmask of the fields some term looks at; the others are never scanned
    answers: int = 0  # NEAR and OUTSIDE tests that keep their answer in Hits.answers
    tables: int = 0  # tables of terms whose answer Hits.hold works out (Hits.held)
    index: TableIndex = ()  # pattern id -> its tables' (mask, slots), for Hits.hold


def problem(path: str, query: str, err: QuerySyntaxError) -> str:
    """'path: reason' then the query and a caret under the offending column."""
    shown = " ".join(query.splitlines()) if "\n" in query else query
    return f"{path}: {err.reason}\n  {shown}\n  {' ' * err.pos}^"


class _Aliases:
    """Alias sets parsed once; a profile's @name expands to an OR of the entries."""

    def __init__(self, aliases: Mapping[str, Sequence[str]], problems: list[str]) -> None:
        self.nodes: dict[str, Node | None] = {}
        for name, entries in aliases.items():
            parts: list[Node] = []
            for i, entry in enumerate(entries):
                try:
                    parts.append(parse(entry))
                except QuerySyntaxError as err:
                    problems.append(problem(f"aliases.{name}[{i}]", entry, err))
            ok = parts and len(parts) == len(entries)
            self.nodes[name] = (parts[0] if len(parts) == 1 else Or(tuple(parts))) if ok else None

    def __call__(self, name: str, pos: int, mask: int) -> Node:
        if name not in self.nodes:
            near = difflib.get_close_matches(name, list(self.nodes), n=1)
            hint = f" (did you mean @{near[0]}?)" if near else (
                f" (defined: {', '.join('@' + n for n in self.nodes) or 'none'})")
            raise QuerySyntaxError(f"unknown alias @{name}{hint}", pos)
        node = self.nodes[name]
        if node is None:
            raise QuerySyntaxError(f"alias @{name} is invalid (see aliases.{name})", pos)
        return refield(node, mask)


def _parse_profile(name: str, cfg: ProfileConfig, aliases: _Aliases,
                   problems: list[str]) -> tuple[Node, Node | None] | None:
    where = f"profiles.{name}"
    query: Node | None = None
    exclude: Node | None = None
    try:
        query = parse(cfg.query, aliases)
        if matches_without_terms(query):
            raise QuerySyntaxError("the query would match items containing none of its "
                                   "terms (pair each NOT with a term to look for)", 0)
    except QuerySyntaxError as err:
        problems.append(problem(f"{where}.query", cfg.query, err))
        query = None
    if cfg.exclude is not None:
        try:
            exclude = parse(cfg.exclude, aliases)
        except QuerySyntaxError as err:
            problems.append(problem(f"{where}.exclude", cfg.exclude, err))
            return None
    if query is None:
        return None
    _check_tuning(where, cfg, query, problems)
    return query, exclude


def _check_tuning(where: str, cfg: ProfileConfig, query: Node, problems: list[str]) -> None:
    known = {t.weight_key for t in all_terms(query)}
    for word in cfg.weights:
        if word.startswith("@"):
            continue  # an alias name: checked when the weights are built
        try:
            node = parse(word)
        except QuerySyntaxError as err:
            problems.append(problem(f"{where}.weights", word, err))
            continue
        if not isinstance(node, Term) or node.weight_key not in known:
            problems.append(f"{where}.weights: {word!r} is not a term of the query")
    for field in cfg.field_boosts:
        if field not in QUERY_FIELDS:
            problems.append(f"{where}.field_boosts: unknown field {field!r} "
                            f"(fields: {', '.join(QUERY_FIELDS)})")


def _weights(where: str, cfg: ProfileConfig, aliases: _Aliases,
             problems: list[str]) -> dict[str, float]:
    """Term weight_key -> weight. ``'@nk': 0`` weighs every term of an alias at once, so
    the score (and min_score) can count the topic words only."""
    out: dict[str, float] = {}
    for word, weight in cfg.weights.items():
        if word.startswith("@"):
            node = aliases.nodes.get(word[1:])
            if node is None:
                problems.append(f"{where}.weights: unknown alias {word!r}")
                continue
            for term in all_terms(node):
                out.setdefault(term.weight_key, weight)
            continue
        node = parse(word)
        if isinstance(node, Term):
            out[node.weight_key] = weight  # a named term overrides its alias's weight
    return out


def _automaton(ids: Mapping[tuple[str, bool], int], joinable: set[str]) -> Any:
    """The shared automaton. A prefix written as one Latin word (``forag*``) must not run
    across a word break of the text ("for aggression"): its id is stored as ``-2 - id``,
    which the scan records only when the hit stays inside one word. A prefix of several
    words (``Kim Jong*``) or in Hangul, where spacing varies, keeps the squashed join."""
    automaton = ahocorasick.Automaton()
    for key in {k for k, _ in ids}:
        need_start, need_end = edge_rules(key, prefix=False)
        prefix = ids.get((key, True), -1)
        if prefix >= 0 and key not in joinable:
            prefix = -2 - prefix
        exact = ids.get((key, False), -1)
        automaton.add_word(key, (len(key), need_start, need_end, exact, prefix, exact))
    if ids:
        automaton.make_automaton()
    return automaton


@dataclass(frozen=True, slots=True)
class Checked:
    """Every profile parsed and checked, nothing built yet: all that validating a config
    needs. Building the automaton and the evaluable trees waits for the first item matched,
    so a run whose matching happens in the parse workers (or whose feeds all answer 304)
    never pays for it in the main process."""

    profiles: Mapping[str, ProfileConfig]
    trees: Mapping[str, tuple[Node, Node | None]]  # name -> (query, exclude), valid ones only
    weights: Mapping[str, Mapping[str, float]]


@dataclass(frozen=True, slots=True)
class Unchecked:
    """Profiles whose check passed in an earlier run, unchanged since, and checked by the
    same code (``watcher.profilecheck`` tells): nothing is parsed until the first item is
    matched, and then they are parsed, checked and built as ``compile_all`` would."""

    profiles: Mapping[str, ProfileConfig]
    aliases: Mapping[str, Sequence[str]]


def check_all(profiles: Mapping[str, ProfileConfig],
              aliases: Mapping[str, Sequence[str]]) -> Checked:
    """Parse and check everything; QueryError lists every bad query at once."""
    problems: list[str] = []
    resolver = _Aliases(aliases, problems)
    parsed = {name: _parse_profile(name, cfg, resolver, problems)
              for name, cfg in profiles.items()}
    weights = {name: _weights(f"profiles.{name}", cfg, resolver, problems)
               for name, cfg in profiles.items() if parsed[name] is not None}
    if problems:
        raise QueryError(f"{len(problems)} problem(s) in profiles and aliases", problems)
    trees = {name: pair for name, pair in parsed.items() if pair is not None}
    return Checked(profiles, trees, weights)


def compile_all(profiles: Mapping[str, ProfileConfig],
                aliases: Mapping[str, Sequence[str]]) -> Compiled:
    """Parse, check and build everything; QueryError lists every bad query at once.

    The cyclic collector is paused for the parsing too (see ``build``): the shipped
    queries' nodes and tokens set off collections that walked them all, finding nothing."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return build(check_all(profiles, aliases))
    finally:
        if paused:
            gc.enable()


def build(checked: Checked) -> Compiled:
    """The automaton and one evaluable tree per profile, from checked profiles.

    The cyclic collector is paused meanwhile: building makes tens of thousands of objects
    (closures, frozensets, tuples) that all live as long as the matcher, and a collection
    every 700 of them walked the growing heap again and again, finding nothing to free:
    half the build's CPU with the shipped profiles (0.128 -> 0.062 s)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        with requirements_remembered(), tests_shared():
            return _build(checked)
    finally:
        if paused:
            gc.enable()


def _guards(places: Sequence[list[tuple[Node, ...]]], ids: Mapping[tuple[str, bool], int]
            ) -> dict[int, tuple[tuple[Pred, ...], ...]]:
    """Scorer.guards from each term's places (the NEARs/OUTSIDEs above each): only terms
    with no place free of them, one compiled predicate per node."""
    preds: dict[int, Pred] = {}
    for where in places:
        for above in where:
            for node in above:
                if id(node) not in preds:
                    preds[id(node)] = compile_pred(node, ids)
    return {index: tuple(tuple(preds[id(node)] for node in above) for above in where)
            for index, where in enumerate(places) if all(where)}


def _build(checked: Checked) -> Compiled:
    profiles, trees, weights = checked.profiles, checked.trees, checked.weights
    ids: dict[tuple[str, bool], int] = {}
    joinable: set[str] = set()  # prefix keys some term lets run across a word break
    fields = 0
    for query, exclude in trees.values():
        for term in all_terms(query) + (all_terms(exclude) if exclude else []):
            ids.setdefault((term.key, term.prefix), len(ids))
            fields |= term.fields
            if term.prefix and (len(TOKEN.findall(fold(term.text))) > 1
                                or not term.key.isascii()):
                joinable.add(term.key)
    alternatives: list[tuple[int, Alternative]] = []
    compiled = []
    for index, (name, (query, exclude)) in enumerate(trees.items()):
        cfg = profiles[name]
        # One scored term per (key, prefix), searched in every field the query looks for it
        # in: a word both in a lead: group and elsewhere is counted once, not twice.
        unique: dict[tuple[str, bool], Term] = {}
        # Per scored term, the NEARs and OUTSIDEs above each of its places in the query:
        # a term counts only where they all hold ("for" placed beside "spokesperson" adds
        # nothing to an item where the two stand apart). A place under none: always counts.
        places: dict[tuple[str, bool], list[tuple[Node, ...]]] = {}
        for term, above in guarded_terms(query):
            key = (term.key, term.prefix)
            seen = unique.get(key)
            if seen is None:
                unique[key] = term
            elif seen.fields | term.fields != seen.fields:
                # A new Term only when the fields grow, and not through dataclasses.replace
                # (interpreted, 13,400 calls for the shipped profiles, nearly all of them
                # for a term met again in the same fields).
                unique[key] = Term(seen.text, seen.key, seen.prefix,
                                   seen.fields | term.fields, seen.pos)
            places.setdefault(key, []).append(above)
        terms = tuple(unique.values())
        guards = _guards([places[(t.key, t.prefix)] for t in terms], ids)
        ways = presence_alternatives(query, ids)
        if any(not way for way in ways):  # not for a query the parser lets through
            required = required_patterns(query, ids)
            ways = [(required if required is not None
                     else frozenset(ids[(t.key, t.prefix)] for t in terms),)]
        alternatives.extend((index, way) for way in ways)
        scorer = Scorer(terms, weights[name],
                        {**DEFAULT_BOOSTS, **cfg.field_boosts}, guards=guards).indexed(ids)
        compiled.append(CompiledProfile(
            name, cfg.description, cfg.query, cfg.exclude, query, exclude,
            compile_pred(query, ids), compile_pred(exclude, ids) if exclude else None,
            scorer, cfg.min_score))
    tables, by_pattern = table_index(len(ids))
    return Compiled(tuple(compiled), ids, tuple(alternatives), _automaton(ids, joinable),
                    fields, answer_slots(), tables, by_pattern)
