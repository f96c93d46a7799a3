"""Evaluate compiled query trees against one item's Hits, and score a match.

Trees are turned into closures once at compile time: evaluating a closure per node is
several times cheaper than dispatching on node types for every item.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any, Final, TypeVar, cast

from watcher.match.nodes import FIELDS, LEAD, LEAD_BIT, And, Near, Node, Not, Or, Outside, Term
from watcher.match.scan import Hits, TableIndex
from watcher.models import TermHit

Pred = Callable[[Hits], bool]
# frozenset.isdisjoint looked up once: called as a method, the compiled build looks the
# name up on every test, and the trees test sets of pattern ids at nearly every node.
_disjoint: Final = frozenset.isdisjoint
Span = tuple[int, int, int]  # (field, first word, last word)
Spans = Callable[[Hits], list[Span]]
PatternIds = Mapping[tuple[str, bool], int]
_F = TypeVar("_F", Pred, Spans)
_T = TypeVar("_T")
# One way an item's pattern ids can let a query match: for each set, one of its ids occurs.
Alternative = tuple[frozenset[int], ...]


def pattern_id(term: Term, ids: PatternIds) -> int:
    return ids[(term.key, term.prefix)]


# (id of node, id of ids) -> (node, ids, its required patterns), while a compile_all runs:
# compiling asks this of every subtree at every level above it (the OR dispatch, NEAR sides,
# OUTSIDE), which walked the alias lists again and again. The node and ids are held, so
# their ids cannot be reused meanwhile.
_required_memo: dict[tuple[int, int], tuple[Node, PatternIds, frozenset[int] | None]] | None = None


# The same for presence_alternatives: the alias lists recur in every profile.
_alternatives_memo: dict[tuple[int, int], tuple[Node, PatternIds, list[Alternative]]] | None = None


# id of node -> (node, its test) for each NEAR and OUTSIDE compiled while a compile_all runs:
# the query's tree and the scorer's guards then call one closure per node, and that closure
# keeps its answer for the item in its own slot of Hits.answers (its index here). The scorer
# asked again, term by term, what evaluating the tree had just answered: an eighth of
# matching on a feed where most items match.
_tests_memo: dict[int, tuple[Node, Pred]] | None = None


# Each distinct table of terms (pattern id -> the fields it counts in) the build's tests ask
# of an item -> its slot in Hits.held, while tests_shared runs: the terms of an OR, the
# patterns one side of a NEAR needs. Keyed by content, so the same alias list in eleven
# profiles is one slot.
_tables_memo: dict[frozenset[tuple[int, int]], int] | None = None
# Presence tests' slots by their set of pattern ids (see _presence_slot), while tests_shared runs.
_presence_memo: dict[frozenset[int], int] | None = None
# The fields mask of a presence test: any field the item was scanned in.
_ANY: Final = (1 << len(FIELDS)) - 1


@contextmanager
def requirements_remembered() -> Iterator[None]:
    """Remember required_patterns' and presence_alternatives' answers for the duration
    (one compilation)."""
    global _required_memo, _alternatives_memo
    _required_memo, _alternatives_memo = {}, {}
    try:
        yield
    finally:
        _required_memo = _alternatives_memo = None


@contextmanager
def tests_shared() -> Iterator[None]:
    """Compile each NEAR and OUTSIDE once, into a test that keeps its answer in the item,
    for the duration: one build, whose matcher gives each item it scans room for them
    (``answer_slots``), and has it work out the tables of terms its tests read
    (``table_index``). A test compiled outside one (``watcher explain`` tests nodes of
    its own) answers every time, from the item's ids."""
    global _tests_memo, _tables_memo, _presence_memo
    _tests_memo, _tables_memo, _presence_memo = {}, {}, {}
    try:
        yield
    finally:
        _tests_memo = _tables_memo = _presence_memo = None


def answer_slots() -> int:
    """How many NEAR and OUTSIDE tests the build under way shares (the size of the
    Hits.answers its items need)."""
    return len(_tests_memo) if _tests_memo is not None else 0


def table_index(patterns: int) -> tuple[int, TableIndex]:
    """(number of tables, pattern id -> (mask, slots) of the tables it is in, grouped by
    mask) for the tables of terms the build under way registered: what Hits.hold needs.
    Most of a pattern's tables count it in the default fields: one mask test for them all."""
    tables = _tables_memo if _tables_memo is not None else {}
    index: list[dict[int, list[int]]] = [{} for _ in range(patterns)]
    for table, slot in tables.items():
        for pid, mask in table:
            index[pid].setdefault(mask, []).append(slot)
    return len(tables), tuple(tuple((mask, tuple(slots)) for mask, slots in by_mask.items())
                              for by_mask in index)


def _table_slot(table: Mapping[int, int]) -> int:
    """The slot in Hits.held of ``table`` (pattern id -> fields), or -1 outside a build."""
    if _tables_memo is None:
        return -1
    key = frozenset(table.items())
    slot = _tables_memo.get(key)
    if slot is None:
        slot = _tables_memo[key] = len(_tables_memo)
    return slot


def _presence_slot(need: frozenset[int]) -> int:
    """The slot of the test "one of ``need`` occurs" (in any field), or -1 outside a build."""
    if _presence_memo is None:
        return -1
    # Looked up by the set itself first: the sets come from required_patterns' memo, the
    # same objects again and again (10,800 asks, 2,700 sets), their hash kept, where the
    # table's key is a new frozenset of (id, mask) pairs to build and hash at every ask.
    slot = _presence_memo.get(need)
    if slot is None:
        slot = _presence_memo[need] = _table_slot(dict.fromkeys(need, _ANY))
    return slot


def _held(h: Hits, slot: int, table: Mapping[int, int]) -> bool:
    """True if one of ``table``'s patterns occurs in its fields: what Hits.hold found for a
    build's test; worked out here for one compiled outside a build (``watcher explain``)."""
    if slot >= 0:
        return h.held[slot] is h.stamp
    found = h.masks
    for pid, mask in table.items():  # noqa: SIM110 (loops: see _contained)
        if found.get(pid, 0) & mask:
            return True
    return False


def _present(h: Hits, slot: int, need: frozenset[int]) -> bool:
    """True if one of ``need`` occurs (``_presence_slot``'s test)."""
    if slot >= 0:
        return h.held[slot] is h.stamp
    return not _disjoint(need, h.found)


def _remembered(memo: dict[tuple[int, int], tuple[Node, PatternIds, _T]] | None,
                compute: Callable[[Node, PatternIds], _T], node: Node, ids: PatternIds) -> _T:
    """compute(node, ids), looked up in ``memo`` first and kept there (when one is open)."""
    if memo is None:
        return compute(node, ids)
    known = memo.get((id(node), id(ids)))
    if known is not None:
        return known[2]
    found = compute(node, ids)
    memo[(id(node), id(ids))] = (node, ids, found)
    return found


def required_patterns(node: Node, ids: PatternIds) -> frozenset[int] | None:
    """Pattern ids of which at least one must occur for ``node`` to match; None when it
    can match with none of its terms present (a NOT, or an OR holding one).

    An AND needs every child, so one child's set is enough: the smallest. A profile is
    then a candidate for fewer items than if any of its terms triggered it (the
    benchmark's queries AND two groups of six terms: half as many candidates)."""
    return _remembered(_required_memo, _required, node, ids)


def _required(node: Node, ids: PatternIds) -> frozenset[int] | None:
    if isinstance(node, Term):
        return frozenset({ids[(node.key, node.prefix)]})
    if isinstance(node, Not):
        return None
    if isinstance(node, Outside):
        return required_patterns(node.inner, ids)
    if isinstance(node, Near):
        sides = [required_patterns(node.left, ids), required_patterns(node.right, ids)]
        known = [side for side in sides if side is not None]
        return min(known, key=len) if known else None
    parts = [required_patterns(child, ids) for child in node.children]
    known = [p for p in parts if p is not None]
    if isinstance(node, Or):
        return frozenset().union(*known) if len(known) == len(parts) else None
    return min(known, key=len) if known else None


# Most alternatives one node is spelled out into; past it, alternatives are merged into one
# set (still necessary, less selective). 128 keeps a shipped profile's to a few dozen.
_ALTERNATIVES = 128


def presence_alternatives(node: Node, ids: PatternIds) -> list[Alternative]:
    """What ``node`` needs of the item's pattern ids, as alternatives: it can only match an
    item for which some alternative has, in each of its sets, an id the item holds.

    Only presence counts: fields, word distances, OUTSIDE and NOT are the tree's to test
    (a NOT needs nothing; an empty alternative holds for any item). An AND or NEAR needs
    each side, so its alternatives pair those of its sides; an OR needs one child, so it
    gathers theirs, the single-set ones merged into one set. required_patterns is one set
    per query: for "@nk AND (famine OR ...)" every item naming the country; this also asks
    for one of the topic's words, and an item with neither is not evaluated at all."""
    return _remembered(_alternatives_memo, _alternatives, node, ids)


def _alternatives(node: Node, ids: PatternIds) -> list[Alternative]:
    if isinstance(node, Term):
        return [(frozenset({ids[(node.key, node.prefix)]}),)]
    if isinstance(node, Not):
        return [()]
    if isinstance(node, Outside):
        return presence_alternatives(node.inner, ids)
    if isinstance(node, Near | And):
        sides = (node.left, node.right) if isinstance(node, Near) else node.children
        out: list[Alternative] = [()]
        for side in sides:
            alts = presence_alternatives(side, ids)
            if len(out) * len(alts) > _ALTERNATIVES:
                alts = _merged(alts)
                if len(out) > _ALTERNATIVES:
                    out = _merged(out)
            out = [_joined(a, b) for a in out for b in alts]
        return out
    alts = [a for child in node.children for a in presence_alternatives(child, ids)]
    if any(not a for a in alts):
        return [()]
    single = [a[0] for a in alts if len(a) == 1]
    out = [(frozenset().union(*single),)] if single else []
    out += [a for a in alts if len(a) > 1]
    return out if len(out) <= _ALTERNATIVES else _merged(out)


def _merged(alts: list[Alternative]) -> list[Alternative]:
    """One alternative with one set, necessary whenever one of ``alts`` holds: the
    smallest set of each, together."""
    if any(not a for a in alts):
        return [()]
    return [(frozenset().union(*(min(a, key=len) for a in alts)),)]


def _joined(a: Alternative, b: Alternative) -> Alternative:
    """Both alternatives' sets, each once."""
    return tuple(dict.fromkeys(a + b))


def compile_pred(node: Node, ids: PatternIds) -> Pred:
    """A function Hits -> bool equivalent to ``node``.

    Within ``tests_shared`` (a build), a NEAR or OUTSIDE compiles once, into a test that
    answers each item once (see ``_tests_memo``); outside it, each call compiles it afresh,
    answering every time."""
    if _tests_memo is not None and isinstance(node, Near | Outside):
        known = _tests_memo.get(id(node))
        if known is None:
            known = (node, _answered_once(_compile_pred(node, ids), len(_tests_memo)))
            _tests_memo[id(node)] = known
        return known[1]
    return _compile_pred(node, ids)


def _answered_once(test: Pred, slot: int) -> Pred:
    """``test``, worked out once per item: its answer kept in the item's slot ``slot`` of
    Hits.answers (the item's stamp for yes, its ``denied`` for no)."""

    def answered(h: Hits) -> bool:
        known = h.answers[slot]
        if known is h.stamp:
            return True
        if known is h.denied:
            return False
        held = test(h)
        h.answers[slot] = h.stamp if held else h.denied
        return held

    return answered


def _compile_pred(node: Node, ids: PatternIds) -> Pred:
    if isinstance(node, Term):
        pid, mask = pattern_id(node, ids), node.fields
        if mask & LEAD_BIT:
            return lambda h: _found_with_lead(h, pid, mask)
        return lambda h: (h.masks.get(pid, 0) & mask) != 0
    if isinstance(node, Not):
        inner = compile_pred(node.child, ids)
        return lambda h: not inner(h)
    if isinstance(node, Near):
        return _near_pred(node, ids)
    if isinstance(node, Outside):
        spans = compile_spans(node, ids)
        outer_need = required_patterns(node.outer, ids)
        if outer_need is None:
            return lambda h: bool(spans(h))
        inner, outer_slot = compile_pred(node.inner, ids), _presence_slot(outer_need)
        # When nothing the outer side needs occurs (the usual case: its idioms are rare),
        # no inner occurrence can be inside one, and the inner side's test is the answer:
        # no word positions to work out for, say, every mention of the country.
        return lambda h: bool(spans(h)) if _present(h, outer_slot, outer_need) else inner(h)
    if isinstance(node, Or):
        return _compile_or(node, ids)
    # AND: nested pairs, in order (a generator under all() cost more than the tests).
    preds = [compile_pred(c, ids) for c in node.children]
    combined = preds.pop()
    while preds:
        combined = _both(preds.pop(), combined)
    return combined


def _both(a: Pred, b: Pred) -> Pred:
    return lambda h: a(h) and b(h)


def _compile_or(node: Or, ids: PatternIds) -> Pred:
    """OR: its plain terms are one table (pattern id -> fields), its ``lead:`` terms another,
    each answered for the item by Hits.hold (alias lists have dozens of terms and an item
    holds a few); a lead: term found only outside its fields may still be in the lead.
    Each other child is tried only when one of its required patterns occurs."""
    masks, leads = _term_masks(node, ids)
    plain, lead = _table_slot(masks), _table_slot(leads)
    lead_pids = frozenset(leads)
    any_lead = _presence_slot(lead_pids)
    subtrees = [c for c in node.children if not isinstance(c, Term)]
    parts, always = _needing(subtrees, [compile_pred(c, ids) for c in subtrees], ids)

    def pred(h: Hits) -> bool:
        if _held(h, plain, masks):
            return True
        if leads and (_held(h, lead, leads) or (_present(h, any_lead, lead_pids)
                                               and _any_in_first(h, lead_pids))):
            return True
        for slot, need, part in parts:
            if _present(h, slot, need) and part(h):
                return True
        # A generator under any() costs more than the loop for the one or two parts here.
        for part in always:  # noqa: SIM110
            if part(h):
                return True
        return False

    return pred


def _needing(subtrees: Sequence[Node], compiled: Sequence[_F], ids: PatternIds
             ) -> tuple[tuple[tuple[int, frozenset[int], _F], ...], tuple[_F, ...]]:
    """An OR's non-term children, each with the presence test of its required patterns
    (slot, patterns), and apart, those with none (``always``: a NOT inside). An alias-heavy
    OR holds dozens of NEAR and OUTSIDE groups and an item a few hits: a byte read per
    group skips those that cannot hold."""
    parts: list[tuple[int, frozenset[int], _F]] = []
    always: list[_F] = []
    for child, part in zip(subtrees, compiled, strict=True):
        need = required_patterns(child, ids)
        if need is None:
            always.append(part)
        else:
            parts.append((_presence_slot(need), need, part))
    return tuple(parts), tuple(always)


def _term_masks(node: Or, ids: PatternIds) -> tuple[dict[int, int], dict[int, int]]:
    """Pattern id -> the fields it counts in, for the OR's plain-term children and for its
    lead: children (an OR of two terms of one pattern is that pattern in either's fields)."""
    masks: dict[int, int] = {}
    leads: dict[int, int] = {}
    for child in node.children:
        if isinstance(child, Term):
            table = leads if child.fields & LEAD_BIT else masks
            pid = pattern_id(child, ids)
            table[pid] = table.get(pid, 0) | child.fields
    return masks, leads


def compile_spans(node: Node, ids: PatternIds) -> Spans:
    """A function Hits -> word spans where ``node`` occurs (terms, OR-groups, NEARs only)."""
    if isinstance(node, Term):
        pid, mask = pattern_id(node, ids), node.fields
        return lambda h: term_spans(h, pid, mask)
    # Each side is worked out only when the other has spans: most items hold one side of a
    # NEAR (the country's name) and not the other.
    if isinstance(node, Near):
        left, right, n = compile_spans(node.left, ids), compile_spans(node.right, ids), node.n
        needs = _sides_needed(node, ids)

        def near(h: Hits) -> list[Span]:
            for slot, need in needs:
                if not _present(h, slot, need):
                    return []
            found = left(h)
            return near_spans(found, right(h), n) if found else []

        return near
    if isinstance(node, Outside):
        inner, outer = compile_spans(node.inner, ids), compile_spans(node.outer, ids)
        outer_need = required_patterns(node.outer, ids)
        outer_slot = _presence_slot(outer_need) if outer_need is not None else -1

        def outside(h: Hits) -> list[Span]:
            found = inner(h)
            if not found or (outer_need is not None
                             and not _present(h, outer_slot, outer_need)):
                return found  # no outer occurrence to be inside of (see compile_pred)
            return outside_spans(found, outer(h))

        return outside
    if isinstance(node, Or):
        return _or_spans(node, ids)
    raise TypeError(f"no word positions for {type(node).__name__}")  # parser forbids this


def _or_spans(node: Or, ids: PatternIds) -> Spans:
    """OR's spans: like _compile_or, only the terms that occur are looked at."""
    masks, leads = _term_masks(node, ids)
    plain = _table_slot(masks)
    lead_pids = frozenset(leads)
    any_lead = _presence_slot(lead_pids)
    pids = frozenset(masks)
    subtrees = [c for c in node.children if not isinstance(c, Term)]
    parts, always = _needing(subtrees, [compile_spans(c, ids) for c in subtrees], ids)

    def spans(h: Hits) -> list[Span]:
        # Spans are only ever tested or combined, so their order is free: the item's ids
        # as a set, intersected from the smaller side, once the table says some occur.
        out: list[Span] = []
        if _held(h, plain, masks):
            found = h.masks
            out = [s for pid in pids.intersection(h.found) if found[pid] & masks[pid]
                   for s in _plain_spans(h, pid, masks[pid])]
        if leads and _present(h, any_lead, lead_pids):
            for pid in lead_pids.intersection(h.found):
                out.extend(_lead_spans(h, pid, leads[pid]))
        for slot, need, part in parts:
            if _present(h, slot, need):
                out.extend(part(h))
        for part in always:
            out.extend(part(h))
        return out

    return spans


def term_spans(h: Hits, pid: int, mask: int) -> list[Span]:
    if mask & LEAD_BIT:
        return _lead_spans(h, pid, mask)
    if not h.masks.get(pid, 0) & mask:
        return []
    return _plain_spans(h, pid, mask)


def _plain_spans(h: Hits, pid: int, mask: int) -> list[Span]:
    """The spans of ``pid``'s occurrences in the fields of ``mask`` (for a pattern found only
    in those fields, the item's shared list: spans are only ever read, never changed)."""
    spans = h.word_spans(pid)
    bits = h.masks[pid]
    if bits & mask == bits:
        return spans
    return [span for span in spans if mask & (1 << span[0])]


def _any_in_first(h: Hits, pids: frozenset[int]) -> bool:
    """True if one of ``pids`` occurs in the item's first sentence: the item's few ids
    looked up in ``pids`` (an OR's lead: terms, at times hundreds), each found one asked."""
    masks: dict[Any, int] = h.masks  # untyped ids: looked up as the objects they are
    for pid in masks:  # noqa: SIM110 (a loop: the compiled build makes any()'s generator)
        if pid in pids and h.in_first(pid):
            return True
    return False


def _found_with_lead(h: Hits, pid: int, mask: int) -> bool:
    """True if a lead: term occurs: in the fields of ``mask`` or in the lead. A test, not
    spans: the defections query puts lead: on hundreds of terms, and most hits are in
    the title, where no word position or first sentence is needed."""
    bits = h.masks.get(pid, 0)
    if bits & mask:
        return True
    return bits != 0 and h.in_first(pid)


def _lead_spans(h: Hits, pid: int, mask: int) -> list[Span]:
    """Spans of a lead: term: its occurrences in the fields of ``mask`` or in the lead."""
    bits = h.masks.get(pid, 0)
    if bits & mask == bits:  # none, or all in the term's own fields: no lead to look for
        return _plain_spans(h, pid, mask) if bits else []
    lead_field, lead_end = h.lead()
    return [span for span, (f, s, _) in zip(h.word_spans(pid), h.occ[pid], strict=True)
            if mask & (1 << f) or (f == lead_field and s < lead_end)]


def outside_spans(inner: Sequence[Span], outer: Sequence[Span]) -> list[Span]:
    """The inner spans that no outer span contains."""
    if not outer:
        return list(inner)
    return [span for span in inner if not _contained(span, outer)]


def _contained(span: Span, outer: Sequence[Span]) -> bool:
    """True if one of ``outer`` contains ``span`` (loops: a generator under any() costs the
    compiled build an object per call)."""
    f, a, b = span
    for of, o0, o1 in outer:  # noqa: SIM110
        if of == f and o0 <= a and b <= o1:
            return True
    return False


def _near_pred(node: Near, ids: PatternIds) -> Pred:
    """NEAR as a test: stops at the first pair close enough, building no spans for it."""
    left, right, n = compile_spans(node.left, ids), compile_spans(node.right, ids), node.n
    needs = _sides_needed(node, ids)

    def pred(h: Hits) -> bool:
        for slot, need in needs:
            if not _present(h, slot, need):
                return False
        found = left(h)
        if not found:
            return False
        others = right(h)
        # Loops, not any() over a generator: the compiled build makes an object per call.
        for lf, l0, l1 in found:
            for rf, r0, r1 in others:
                if lf == rf and max(r0 - l1, l0 - r1) - 1 <= n:
                    return True
        return False

    return pred


def _sides_needed(node: Near, ids: PatternIds) -> tuple[tuple[int, frozenset[int]], ...]:
    """For each side of a NEAR that needs some pattern, the patterns of which one must occur
    (with the slot of that presence test): a side none of whose patterns occur has no
    spans, so neither has the NEAR. Tested before either side's word positions are worked
    out."""
    sides = (required_patterns(node.left, ids), required_patterns(node.right, ids))
    return tuple((_presence_slot(side), side)
                 for side in sorted((side for side in sides if side is not None), key=len))


def near_spans(left: Sequence[Span], right: Sequence[Span], n: int) -> list[Span]:
    """Spans covering each left/right pair in one field with at most n words between."""
    out: list[Span] = []
    for lf, l0, l1 in left:
        for rf, r0, r1 in right:
            if lf == rf and max(r0 - l1, l0 - r1) - 1 <= n:
                out.append((lf, min(l0, r0), max(l1, r1)))
    return out


# Past the largest bitmask of fields (see Scorer._hits).
_FIELDS_END: Final = 1 << len(FIELDS)
_KNOWN_HITS = 4096  # TermHits kept per profile: a bound, whatever the items' counts

def _holds(places: tuple[tuple[Pred, ...], ...], h: Hits) -> bool:
    """True if at one of a term's places every NEAR/OUTSIDE above it holds in ``h`` (each
    test answers an item once: see compile_pred)."""
    for above in places:
        for pred in above:
            if not pred(h):
                break
        else:
            return True
    return False


# A scored term, resolved once: (pattern id, fields mask, weight, name shown in TermHits, its
# guards or () when it has none). Its guards read with the rest: looked up in ``guards`` by
# index, the compiled build made each index an int object, twice per term. The pattern id is
# untyped so that the compiled build keeps it the int object it is, to look it up in the
# item's dictionaries (a typed id past 256 became a new int object at each lookup).
ScoredTerm = tuple[Any, int, float, str, tuple[tuple[Pred, ...], ...]]


@dataclass(frozen=True, slots=True)
class Scorer:
    """Sum over matched terms of weight x best field boost x (1 + ln count)."""

    terms: tuple[Term, ...]  # positive terms, duplicates removed
    weights: Mapping[str, float]  # Term.weight_key -> weight
    boosts: Mapping[str, float]  # field -> multiplier
    # term index -> for each of its places in the query, the NEAR/OUTSIDE predicates above
    # it; a term listed here counts only when, at one of its places, they all hold.
    guards: Mapping[int, tuple[tuple[Pred, ...], ...]] = field(default_factory=dict)
    # Filled by ``indexed``: pattern id -> indexes into ``resolved``, so scoring looks only at
    # the terms that occur (a profile with alias lists has dozens; a match, a handful), with
    # their pattern ids and weights looked up once rather than per match.
    by_pattern: Mapping[int, tuple[int, ...]] = field(default_factory=dict)
    resolved: tuple[ScoredTerm, ...] = ()
    # pattern id -> its one term's index, when no two terms share a pattern id (or empty)
    # (a dict: the compiled build tests a Mapping's keys through a generic call)
    index_of: dict[int, int] = field(default_factory=dict)
    # bitmask of the fields a term was found in -> (their names, best boost); few distinct
    # masks occur, so each is worked out once.
    _by_fields: dict[int, tuple[tuple[str, ...], float]] = field(default_factory=dict)
    # (term index, fields bitmask, count), as one int (see ``score``) -> (the TermHit, what
    # it adds to the score, what it adds when its lead boost applies or None), built once.
    _hits: dict[int, tuple[TermHit, float, float | None]] = field(
        default_factory=dict)

    def indexed(self, ids: PatternIds) -> Scorer:
        by_pattern: dict[int, list[int]] = {}
        for index, term in enumerate(self.terms):
            by_pattern.setdefault(pattern_id(term, ids), []).append(index)
        resolved = tuple((pattern_id(t, ids), t.fields, self.weights.get(t.weight_key, 1.0),
                          t.text + ("*" if t.prefix else ""), self.guards.get(index, ()))
                         for index, t in enumerate(self.terms))
        single = all(len(v) == 1 for v in by_pattern.values())
        return replace(self, by_pattern={k: tuple(v) for k, v in by_pattern.items()},
                       resolved=resolved, _by_fields={}, _hits={},
                       index_of={k: v[0] for k, v in by_pattern.items()} if single else {})

    def score(self, h: Hits, ids: PatternIds) -> tuple[float, tuple[TermHit, ...]]:
        resolved = self.resolved or self.indexed(ids).resolved
        masks, occurrences = h.masks, h.occ
        if self.index_of:  # one term per pattern id, as the compiler makes them
            # The item's few ids looked up in the profile's many (the keys' intersection
            # built a set first); untyped, so no id is made into an int object again.
            index_of, ids_found = self.index_of, cast(dict[Any, int], masks)
            chosen = [index_of[pid] for pid in ids_found if pid in index_of]
            chosen.sort()
            present: Iterable[int] = chosen
        elif self.by_pattern:
            present = sorted(i for pid in self.by_pattern.keys() & masks.keys()
                             for i in self.by_pattern[pid])
        else:
            present = range(len(resolved))
        lead_boost = self.boosts.get(LEAD)
        total, found, known, terms = 0.0, [], self._hits, len(resolved)
        # The bit of the first sentence's field, asked of the item once per call and only
        # when needed (the first sentence is found once per item).
        first_bit = 0
        for index in present:
            pid, mask, weight, name, places = resolved[index]
            seen = masks.get(pid, 0)
            if not seen:
                continue
            if places and not _holds(places, h):
                continue
            walk = False
            if mask & LEAD_BIT:
                walk = h.in_first(pid)
            if walk:
                # A lead: term also counts where the field is not its own, in the lead.
                lead_field, lead_end = h.lead()
                bits, count = 0, 0
                for f, start, _ in occurrences[pid]:
                    if mask & (1 << f) or (f == lead_field and start < lead_end):
                        bits, count = bits | 1 << f, count + 1
                in_lead = True
            else:
                # The fields come from the item's masks; the occurrences are walked only
                # to count some outside the term's fields (a lead: term with none in the
                # lead counts as a plain one).
                bits = seen & mask
                if not bits:
                    continue
                where = occurrences[pid]
                count = len(where) if bits == seen else \
                    sum(1 for f, _, _ in where if bits & (1 << f))
                in_lead = None  # asked below only if the lead would raise the boost
            # What a term adds depends only on (term, fields, count) and on whether the
            # lead raises its boost: worked out once, with its TermHit (a frozen dataclass
            # is slow to build), and the same float added in the same order as ever.
            # Keyed by one int, not a tuple: building, hashing and comparing a tuple of
            # three per scored term cost more. The same triple always gives the same key
            # and no two give the same one: index < len(resolved), bits < _FIELDS_END.
            key = index + terms * (bits + _FIELDS_END * count)
            entry = known.get(key)
            if entry is None:
                names, boost = self._fields(bits)
                lifted = weight * lead_boost * (1.0 + math.log(count)) \
                    if lead_boost is not None and lead_boost > boost else None
                entry = (TermHit(name, names, count), weight * boost * (1.0 + math.log(count)),
                         lifted)
                if len(known) < _KNOWN_HITS:
                    known[key] = entry
            hit, plain, lifted = entry
            if lifted is not None and in_lead is None:
                if not first_bit:
                    first_bit = 1 << h.lead()[0]
                in_lead = bits & first_bit != 0 and h.in_first(pid)
            if lifted is not None and in_lead:
                total += lifted
            else:
                total += plain
            found.append(hit)
        return round(total, 3), tuple(found)

    def _fields(self, bits: int) -> tuple[tuple[str, ...], float]:
        """(names, best boost) of the fields in bitmask ``bits``."""
        known = self._by_fields.get(bits)
        if known is None:
            names = tuple(FIELDS[f] for f in range(len(FIELDS)) if bits & (1 << f))
            known = (names, max(self.boosts.get(n, 1.0) for n in names))
            self._by_fields[bits] = known
        return known
