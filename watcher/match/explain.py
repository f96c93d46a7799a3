"""Why an item did or did not match a profile, term by term, as an indented tree."""

from __future__ import annotations

from dataclasses import dataclass

from watcher.match.compiler import Compiled, CompiledProfile
from watcher.match.evaluate import PatternIds, compile_pred
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


def explain(compiled: Compiled, profile: CompiledProfile, hits: Hits) -> Explanation:
    ids = compiled.ids
    query_ok = profile.pred(hits)
    excluded = bool(profile.exclude_pred and profile.exclude_pred(hits))
    score, counted = profile.scorer.score(hits, ids)
    matched = query_ok and not excluded and score >= profile.min_score
    found = tuple(dict.fromkeys(_term(t) for t in profile.scorer.terms if _found(t, hits, ids)))
    return Explanation(
        profile.name, matched, query_ok, excluded, score, profile.min_score,
        tuple(_lines(profile.query, hits, ids, 1)),
        tuple(_lines(profile.exclude, hits, ids, 1)) if profile.exclude else (),
        found, tuple(_missing(profile.query, hits, ids)),
        tuple(hit.term for hit in counted))


def _missing(node: Node, hits: Hits, ids: PatternIds) -> list[str]:
    """The parts of ``node`` that failed, descending into ALL-of groups only."""
    if compile_pred(node, ids)(hits):
        return []
    if isinstance(node, And):
        return [part for child in node.children for part in _missing(child, hits, ids)]
    if isinstance(node, Or) and not all(isinstance(c, Term) for c in node.children):
        ways = [" and ".join(_missing(c, hits, ids)) for c in node.children]
        more = f" | … {len(ways) - 4} more" if len(ways) > 4 else ""
        return ["either " + " | ".join(ways[:4]) + more]
    return [_short(node)]


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


def _lines(node: Node, hits: Hits, ids: PatternIds, depth: int) -> list[str]:
    mark = "✓" if compile_pred(node, ids)(hits) else "✗"
    pad = "  " * depth
    if isinstance(node, Term):
        return [f"{pad}{mark} {_term(node)}  {_where(node, hits, ids)}"]
    if isinstance(node, Not):
        return [f"{pad}{mark} NOT (must be absent):", *_lines(node.child, hits, ids, depth + 1)]
    if isinstance(node, Near):
        head = f"{pad}{mark} NEAR/{node.n} (both in one field, at most {node.n} words apart):"
        return [head, *_lines(node.left, hits, ids, depth + 1),
                *_lines(node.right, hits, ids, depth + 1)]
    if isinstance(node, Outside):
        return [f"{pad}{mark} OUTSIDE (the first, where the second does not contain it):",
                *_lines(node.inner, hits, ids, depth + 1),
                *_lines(node.outer, hits, ids, depth + 1)]
    head = "ALL of" if isinstance(node, And) else "ANY of"
    assert isinstance(node, And | Or)
    out = [f"{pad}{mark} {head}:"]
    absent: list[str] = []
    for child in node.children:
        if isinstance(child, Term) and not _found(child, hits, ids):
            absent.append(_term(child))  # long alias lists: one summary line, not fifty
        else:
            out += _lines(child, hits, ids, depth + 1)
    if absent:
        shown = ", ".join(absent[:SHOW_ABSENT])
        more = f" and {len(absent) - SHOW_ABSENT} more" if len(absent) > SHOW_ABSENT else ""
        out.append(f"{pad}  ✗ not found: {shown}{more}")
    return out


def _found(term: Term, hits: Hits, ids: PatternIds) -> bool:
    if term.fields & LEAD_BIT:
        return compile_pred(term, ids)(hits)
    return bool(hits.masks.get(ids[(term.key, term.prefix)], 0) & term.fields)


def _term(term: Term) -> str:
    text = f'"{term.text}"' if " " in term.text else term.text
    return text + ("*" if term.prefix else "")


def _where(term: Term, hits: Hits, ids: PatternIds) -> str:
    pid = ids[(term.key, term.prefix)]
    counts: dict[str, int] = {}
    for field, _, _ in hits.occ.get(pid, []):
        counts[FIELDS[field]] = counts.get(FIELDS[field], 0) + 1
    searched = field_names(term.fields)
    where = "" if term.fields == DEFAULT_FIELDS else f" (searched {', '.join(searched)})"
    if term.fields & LEAD_BIT and compile_pred(term, ids)(hits):
        return "found in the title or the first sentence"
    inside = {f: n for f, n in counts.items() if f in searched}
    if inside:
        return "found in " + ", ".join(f"{f} ×{n}" for f, n in inside.items())
    if counts:
        return (f"found only in {', '.join(counts)}, but searched "
                f"{', '.join(searched)}")
    return "not found" + where
