"""The Matcher: one automaton pass per item, then only the candidate profiles' trees."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from watcher.match.compiler import Checked, Compiled, CompiledProfile, Unchecked, build, check_all
from watcher.match.nodes import FIELDS
from watcher.match.scan import Hits, Slots, TableIndex, scan, scan_texts, texts_of
from watcher.match.snippet import NO_SNIPPET, snippet_for
from watcher.models import Item, Match, Snippet, TermHit

if TYPE_CHECKING:
    from watcher.match.explain import Explainer, Explanation


class Matcher:
    """Compiled profiles; ``match`` is pure and safe to share between threads."""

    def __init__(self, source: Compiled | Checked | Unchecked) -> None:
        """From compiled profiles, or from checked ones (or ones checked in an earlier run),
        built when first needed (a parse worker matches with its own matcher: the main
        process's is then never built)."""
        self._explainer: Explainer | None = None
        if isinstance(source, Compiled):
            self._checked: Checked | Unchecked | None = None
            self._use(source)
        else:
            self._checked = source
            self.profiles: tuple[str, ...] = tuple(
                source.trees if isinstance(source, Checked) else source.profiles)

    def _use(self, compiled: Compiled) -> Compiled:
        self._c = compiled
        self._by_name = {p.name: p for p in compiled.profiles}
        self.profiles = tuple(p.name for p in compiled.profiles)
        # The profiles' presence alternatives, each started by its smallest set: pattern id ->
        # (its profile's bit, the slots of its other sets, smallest first) of each
        # alternative it starts. Profile bits fit a machine word; numbering the alternatives
        # themselves as bits (665 with the shipped profiles) made every OR, AND and XOR of
        # the candidate search arithmetic on long integers, a new object each time.
        # Each other set is a presence table (see Hits.hold), tested by reading its slot:
        # a topic item tested about 25 sets with frozenset.isdisjoint, each a walk over its
        # 31 ids (4% of matching). Most of the sets already are one of the build's tables.
        slot_of = _presence_tables(compiled.index, compiled.tables)
        size = compiled.tables
        starts: list[list[tuple[int, tuple[int, ...]]]] = [[] for _ in compiled.ids]
        for index, sets in compiled.alternatives:
            smallest, *rest = sorted(sets, key=len)
            slots = []
            for need in rest:
                if need not in slot_of:
                    slot_of[need], size = size, size + 1
                slots.append(slot_of[need])
            for pid in smallest:
                starts[pid].append((1 << index, tuple(slots)))
        self._starts = tuple(tuple(started) for started in starts)
        self._index = _with_tables(compiled.index, compiled.tables, slot_of)
        self._slots = size
        # Hits.held of this size and Hits.answers, each pair lent to one item at a time (a
        # thread takes one, or has one made when none is free, and gives it back).
        self._lent: list[Slots] = []
        # Profile -> matched term as TermHits name it -> its weight: a snippet centres on
        # the best-weighted term (a country's name, weighed 0, is rarely the news).
        self._weights = {p.name: {t.text + ("*" if t.prefix else ""):
                                  p.scorer.weights.get(t.weight_key, 1.0)
                                  for t in p.scorer.terms} for p in compiled.profiles}
        return compiled

    @property
    def compiled(self) -> Compiled:
        """The built profiles, building them now if this matcher was made from checked ones."""
        return self._built()

    def _built(self) -> Compiled:
        if self._checked is not None:
            source = self._checked
            checked = source if isinstance(source, Checked) else check_all(source.profiles,
                                                                           source.aliases)
            self._checked = None
            return self._use(build(checked))
        return self._c

    def scan(self, item: Item) -> Hits:
        """The item's hits, ready for any profile's tests (``watcher explain``)."""
        hits = self._scan(item)
        hits.lend(self._c.tables, self._c.answers)
        hits.hold(self._c.index)
        return hits

    def _scan(self, item: Item) -> Hits:
        compiled = self._built()
        return scan(item, compiled.automaton, compiled.fields)

    def profile(self, name: str) -> CompiledProfile:
        self._built()
        return self._by_name[name]

    def explain(self, profile: str, item: Item) -> Explanation:
        """Why ``item`` does or does not match ``profile`` (KeyError if unknown)."""
        # Imported here: only `watcher explain`, `match --labels` and the tests ask, not
        # the daemon. Kept, with the node tests it compiles, for this matcher's profiles.
        from watcher.match.explain import Explainer

        compiled = self.compiled
        if self._explainer is None or self._explainer.compiled is not compiled:
            self._explainer = Explainer(compiled)
        return self._explainer.explain(self.profile(profile), self.scan(item))

    def match(self, item: Item, *, snippets: bool = True) -> list[Match]:
        """Every profile the item satisfies, in configuration order.

        ``snippets=False`` leaves each Match's snippet empty: building one costs more than
        matching, and ``watcher match --jsonl`` never shows it. ``snippet_for`` builds it
        later from the item and the match's terms, for the stories a message shows."""
        return self._matches(self._scan(item), item if snippets else None)

    def match_fields(self, title: str, summary: str, content: str = "", author: str = "",
                     categories: Sequence[str] = (), link: str | None = None,
                     feed_url: str | None = None) -> list[Match]:
        """``match(item, snippets=False)`` for an item given by its texts: a caller that
        only prints the matches (``match --jsonl``) need not build an Item per line."""
        compiled = self._built()
        texts = texts_of(title, summary, content, author, categories, link, feed_url,
                         compiled.fields)
        return self._matches(scan_texts(texts, compiled.automaton), None)

    def _matches(self, hits: Hits, item: Item | None) -> list[Match]:
        """The matches in ``hits``; snippets from ``item``, or none without one."""
        if not hits.masks:
            return []
        # A list of slots lent for this item (list.pop and append hold the interpreter
        # lock: no two threads get the same one).
        lent = self._lent
        slots = hits.lend(self._slots, self._c.answers, lent.pop() if lent else None)
        held = slots[0]
        # The tables of terms the candidates' tests read, worked out once for them all,
        # with those the candidate search reads.
        hits.hold(self._index)
        starts, stamp = self._starts, hits.stamp
        # The profiles one of whose alternatives holds, as bits in profile order. An
        # alternative whose smallest set holds several of the item's ids is looked at once
        # for each (rarely), and none once its profile is a candidate.
        candidates = 0
        for pid in hits.masks:
            for bit, rest in starts[pid]:
                if candidates & bit:
                    continue
                for slot in rest:
                    if held[slot] is not stamp:
                        break
                else:
                    candidates |= bit
        if not candidates:
            lent.append(slots)
            return []
        profiles = self._c.profiles
        out: list[Match] = []
        while candidates:
            lowest = candidates & -candidates
            candidates ^= lowest
            profile = profiles[lowest.bit_length() - 1]
            if not profile.pred(hits):
                continue
            if profile.exclude_pred is not None and profile.exclude_pred(hits):
                continue
            score, terms = profile.scorer.score(hits, self._c.ids)
            if score < profile.min_score:
                continue
            out.append(Match(profile.name, score, terms,
                             self.snippet(item, profile, terms) if item is not None
                             else NO_SNIPPET))
        lent.append(slots)  # not if a test raised: a pair lost, never one shared
        return out

    def snippet_order(self, profile: str, terms: Sequence[TermHit]) -> tuple[int, ...]:
        """Indexes of ``terms`` in the order a snippet looks for them: heaviest first, query
        order among equals. Stored at ingest, so the snippet can be built when shown."""
        self._built()
        weights = self._weights[profile]
        return tuple(sorted(range(len(terms)), key=lambda i: -weights.get(terms[i].term, 1.0)))

    def snippet(self, item: Item, profile: CompiledProfile,
                terms: Sequence[TermHit]) -> Snippet:
        """Text around the best hit, from the first field (content, summary, title) with one."""
        order = self.snippet_order(profile.name, terms)
        return snippet_for(item.title, item.summary, item.content, [terms[i] for i in order])


# A fields mask that every occurrence meets: the test "one of these ids occurs".
_EVERY_FIELD = (1 << len(FIELDS)) - 1


def _presence_tables(index: TableIndex, tables: int) -> dict[frozenset[int], int]:
    """The presence tables among a build's ``tables`` (each of whose ids counts in every
    field): their ids -> their slot, read back from ``index``."""
    members: list[list[int]] = [[] for _ in range(tables)]
    full = [True] * tables
    for pid, groups in enumerate(index):
        for mask, slots in groups:
            every = mask & _EVERY_FIELD == _EVERY_FIELD
            for slot in slots:
                members[slot].append(pid)
                if not every:
                    full[slot] = False
    return {frozenset(ids): slot for slot, ids in enumerate(members) if full[slot]}


def _with_tables(index: TableIndex, first: int, slot_of: dict[frozenset[int], int]
                 ) -> TableIndex:
    """``index`` with the presence tables of ``slot_of`` from slot ``first`` on added."""
    added: dict[int, list[int]] = {}
    for ids, slot in slot_of.items():
        if slot >= first:
            for pid in ids:
                added.setdefault(pid, []).append(slot)
    if not added:
        return index
    out = list(index)
    for pid, slots in added.items():
        groups = list(out[pid])
        # One mask test for them all: joined to a group of the same mask if there is one.
        at = next((i for i, (mask, _) in enumerate(groups) if mask == _EVERY_FIELD), -1)
        if at < 0:
            groups.append((_EVERY_FIELD, tuple(slots)))
        else:
            groups[at] = (_EVERY_FIELD, groups[at][1] + tuple(slots))
        out[pid] = tuple(groups)
    return tuple(out)
