"""Why an item did or did not match a profile, term by term, as an indented tree."""

from __future__ import annotations

from dataclasses import dataclass

from watcher.match.compiler import Compiled, CompiledProfile
from watcher.match.evaluate import Pred, compile_pred, requirements_remembered
from watcher.match.nodes import (
    DEFAULT_FIELDS,
    FIELDS,
    LEAD_BIT,
    And,
    Near,
    Node,
    Not,
    Or,
    Outside,
    Term,
    all_terms,
    field_names,
)
from watcher.match.scan import Hits

SHOW_ABSENT = 8


@dataclass(frozen=True, slots=True)
class Explanation:
    profile: str
    matched: bool
    query_matched: bool
    excluded: bool
    score: float
    min_score: float
    query_lines: tuple[str, ...]
    exclude_lines: tuple[str, ...]
    found: tuple[str, ...] = ()  # positive terms present
    missing: tuple[str, ...] = ()  # the failed parts of the query, shortest form
    # the terms the score counted: a found term under a NEAR or OUTSIDE that fails is not one
    counted: tuple[str, ...] = ()

    def why_not(self) -> str:
        """One line: what was missing, what excluded the item, or the score shortfall."""
        found = f"found: {', '.join(self.found) or 'nothing'}"
        if not self.query_matched:
            return f"missing: {'; '.join(self.missing)} ({found})"
        if self.excluded:
            return f"excluded by the exclude query ({found})"
        if self.score < self.min_score:
            return f"score {self.score:g} below min_score {self.min_score:g} ({found})"
        return f"matched ({found})"

    def render(self) -> str:
        verdict = "MATCHED" if self.matched else "did not match"
        out = [f"profile {self.profile}: {verdict}", "query:", *self.query_lines]
        if self.exclude_lines:
            state = "excludes this item" if self.excluded else "does not apply"
            out += [f"exclude ({state}):", *self.exclude_lines]
        if self.query_matched and not self.excluded:
            ok = "reaches" if self.score >= self.min_score else "is below"
            out.append(f"score {self.score:g} {ok} min_score {self.min_score:g}"
                       f" (counted: {', '.join(self.counted) or 'nothing'})")
        return "\n".join(out)


class Explainer:
    """Explanations against one compiled set of profiles.

    An explanation tests every node of a profile's tree on its own, so each node's test is
    compiled the first time it is shown and kept: compiling them afresh for each explanation
    cost about 55 ms a call, which ``match --labels`` paid for every miss it printed."""

    def __init__(self, compiled: Compiled) -> None:
        self.compiled = compiled
        self._preds: dict[int, tuple[Node, Pred]] = {}  # id(node) -> (node, its test)

    def holds(self, node: Node, hits: Hits) -> bool:
        known = self._preds.get(id(node))
        if known is None:
            with requirements_remembered():
                known = (node, compile_pred(node, self.compiled.ids))
            self._preds[id(node)] = known
        return known[1](hits)

    def explain(self, profile: CompiledProfile, hits: Hits) -> Explanation:
        ids = self.compiled.ids
        query_ok = profile.pred(hits)
        excluded = bool(profile.exclude_pred and profile.exclude_pred(hits))
        score, counted = profile.scorer.score(hits, ids)
        matched = query_ok and not excluded and score >= profile.min_score
        found = tuple(dict.fromkeys(_term(t) for t in profile.scorer.terms
                                    if self._found(t, hits)))
        return Explanation(
            profile.name, matched, query_ok, excluded, score, profile.min_score,
            tuple(self._lines(profile.query, hits, 1)),
            tuple(self._lines(profile.exclude, hits, 1)) if profile.exclude else (),
            found, tuple(self._missing(profile.query, hits)),
            tuple(hit.term for hit in counted))

    def _missing(self, node: Node, hits: Hits) -> list[str]:
        """The parts of ``node`` that failed, descending into ALL-of groups only."""
        if self.holds(node, hits):
            return []
        if isinstance(node, And):
            return [part for child in node.children for part in self._missing(child, hits)]
        if isinstance(node, Or) and not all(isinstance(c, Term) for c in node.children):
            ways = [" and ".join(self._missing(c, hits)) for c in node.children]
            more = f" | … {len(ways) - 4} more" if len(ways) > 4 else ""
            return ["either " + " | ".join(ways[:4]) + more]
        return [_short(node)]

    def _lines(self, node: Node, hits: Hits, depth: int) -> list[str]:
        mark = "✓" if self.holds(node, hits) else "✗"
        pad = "  " * depth
        if isinstance(node, Term):
            return [f"{pad}{mark} {_term(node)}  {self._where(node, hits)}"]
        if isinstance(node, Not):
            return [f"{pad}{mark} NOT (must be absent):",
                    *self._lines(node.child, hits, depth + 1)]
        if isinstance(node, Near):
            head = f"{pad}{mark} NEAR/{node.n} (both in one field, at most {node.n} words apart):"
            return [head, *self._lines(node.left, hits, depth + 1),
                    *self._lines(node.right, hits, depth + 1)]
        if isinstance(node, Outside):
            return [f"{pad}{mark} OUTSIDE (the first, where the second does not contain it):",
                    *self._lines(node.inner, hits, depth + 1),
                    *self._lines(node.outer, hits, depth + 1)]
        head = "ALL of" if isinstance(node, And) else "ANY of"
        assert isinstance(node, And | Or)
        out = [f"{pad}{mark} {head}:"]
        absent: list[str] = []
        for child in node.children:
            if isinstance(child, Term) and not self._found(child, hits):
                absent.append(_term(child))  # long alias lists: one summary line, not fifty
            else:
                out += self._lines(child, hits, depth + 1)
        if absent:
            shown = ", ".join(absent[:SHOW_ABSENT])
            more = f" and {len(absent) - SHOW_ABSENT} more" if len(absent) > SHOW_ABSENT else ""
            out.append(f"{pad}  ✗ not found: {shown}{more}")
        return out

    def _found(self, term: Term, hits: Hits) -> bool:
        if term.fields & LEAD_BIT:
            return self.holds(term, hits)
        return bool(hits.masks.get(self.compiled.ids[(term.key, term.prefix)], 0) & term.fields)

    def _where(self, term: Term, hits: Hits) -> str:
        pid = self.compiled.ids[(term.key, term.prefix)]
        counts: dict[str, int] = {}
        for field, _, _ in hits.occ.get(pid, []):
            counts[FIELDS[field]] = counts.get(FIELDS[field], 0) + 1
        searched = field_names(term.fields)
        where = "" if term.fields == DEFAULT_FIELDS else f" (searched {', '.join(searched)})"
        if term.fields & LEAD_BIT and self.holds(term, hits):
            return "found in the title or the first sentence"
        inside = {f: n for f, n in counts.items() if f in searched}
        if inside:
            return "found in " + ", ".join(f"{f} ×{n}" for f, n in inside.items())
        if counts:
            return (f"found only in {', '.join(counts)}, but searched "
                    f"{', '.join(searched)}")
        return "not found" + where


def _short(node: Node) -> str:
    if isinstance(node, Term):
        return _term(node)
    if isinstance(node, Not):
        return "NOT " + _short(node.child)
    if isinstance(node, Near):
        return f"{_short(node.left)} NEAR/{node.n} {_short(node.right)}"
    if isinstance(node, Outside):
        return f"{_short(node.inner)} OUTSIDE {_short(node.outer)}"
    terms = [_term(t) for t in all_terms(node)]
    head = "any of" if isinstance(node, Or) else "all of"
    more = f" … {len(terms) - SHOW_ABSENT} more" if len(terms) > SHOW_ABSENT else ""
    return f"({head} {', '.join(terms[:SHOW_ABSENT])}{more})"


def _term(term: Term) -> str:
    text = f'"{term.text}"' if " " in term.text else term.text
    return text + ("*" if term.prefix else "")
