"""The Matcher: one automaton pass per item, then only the candidate profiles' trees."""

from __future__ import annotations

from collections.abc import Sequence

from watcher.match.compiler import Compiled, CompiledProfile
from watcher.match.scan import Hits, scan
from watcher.match.snippet import NO_SNIPPET, make_snippet
from watcher.models import Item, Match, Snippet, TermHit

# Where a snippet is cut from, in order of preference: the body a reader has not seen yet.
_SNIPPET_FIELDS = ("content", "summary", "title")


class Matcher:
    """Compiled profiles; ``match`` is pure and safe to share between threads."""

    def __init__(self, compiled: Compiled) -> None:
        self._c = compiled
        self._by_name = {p.name: p for p in compiled.profiles}
        self.profiles: tuple[str, ...] = tuple(p.name for p in compiled.profiles)

    def scan(self, item: Item) -> Hits:
        return scan(item, self._c.automaton, self._c.fields)

    def profile(self, name: str) -> CompiledProfile:
        return self._by_name[name]

    def match(self, item: Item, *, snippets: bool = True) -> list[Match]:
        """Every profile the item satisfies, in configuration order.

        ``snippets=False`` leaves each Match's snippet empty: building one costs more than
        matching, and ``watcher match --jsonl`` never shows it. ``snippet_for`` builds it
        later from the item and the match's terms, for the stories a message shows."""
        hits = self.scan(item)
        if not hits.masks:
            return []
        triggers = self._c.candidates
        candidates: set[int] = set()
        for pid in hits.masks:
            candidates.update(triggers[pid])
        out: list[Match] = []
        for index in sorted(candidates):
            profile = self._c.profiles[index]
            if not profile.pred(hits):
                continue
            if profile.exclude_pred is not None and profile.exclude_pred(hits):
                continue
            score, terms = profile.scorer.score(hits, self._c.ids)
            if score < profile.min_score:
                continue
            out.append(Match(profile.name, score, terms,
                             self.snippet(item, profile, terms) if snippets else NO_SNIPPET))
        return out

    def snippet(self, item: Item, profile: CompiledProfile,
                terms: Sequence[TermHit]) -> Snippet:
        """Text around the best hit, from the first field (content, summary, title) with one."""
        texts = {"title": item.title, "summary": item.summary, "content": item.content}
        hit_fields = {f for t in terms for f in t.fields}
        field = next((f for f in _SNIPPET_FIELDS if f in hit_fields and texts[f]),
                     "summary" if texts["summary"] else "title")
        weights = profile.scorer.weights
        # A set of the hit names rather than a scan of the hits per term: a profile has
        # dozens of alias terms, and the nested scan was a sixth of Matcher.match.
        hit_names = {h.term for h in terms}
        ranked = sorted(
            (t for t in profile.scorer.terms
             if t.text + ("*" if t.prefix else "") in hit_names),
            key=lambda t: -weights.get(t.weight_key, 1.0))
        return make_snippet(texts[field], [(t.key, t.prefix) for t in ranked])
