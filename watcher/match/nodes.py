"""The query AST: frozen nodes the parser builds and the compiler, evaluator and explainer walk."""

from __future__ import annotations

from dataclasses import dataclass

FIELDS = ("title", "summary", "content", "author", "category", "link", "site")
FIELD_BIT = {name: 1 << i for i, name in enumerate(FIELDS)}
# Unqualified terms look at the text a reader sees, not at bylines, URLs or hosts.
DEFAULT_FIELDS = (FIELD_BIT["title"] | FIELD_BIT["summary"] | FIELD_BIT["content"]
                  | FIELD_BIT["category"])


def field_names(mask: int) -> tuple[str, ...]:
    return tuple(name for name in FIELDS if mask & FIELD_BIT[name])


@dataclass(frozen=True, slots=True)
class Term:
    """A word, phrase or prefix (``prefix``: written with a trailing ``*``)."""

    text: str  # as written, without quotes or star: shown in explanations and TermHits
    key: str  # normalised squashed form (see normalize_text)
    prefix: bool
    fields: int  # bitmask over FIELDS
    pos: int  # offset in the query, for messages

    @property
    def weight_key(self) -> str:
        return self.key + ("*" if self.prefix else "")


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class Near:
    """Both sides in one field with at most ``n`` other words between them, either order."""

    left: Node
    right: Node
    n: int


Node = Term | And | Or | Not | Near


def positive_terms(node: Node) -> list[Term]:
    """Terms whose presence counts for a match (those not under a NOT), in query order."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return []
    if isinstance(node, Near):
        return positive_terms(node.left) + positive_terms(node.right)
    return [t for child in node.children for t in positive_terms(child)]


def all_terms(node: Node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return all_terms(node.child)
    if isinstance(node, Near):
        return all_terms(node.left) + all_terms(node.right)
    return [t for child in node.children for t in all_terms(child)]


def matches_without_terms(node: Node) -> bool:
    """True if the query could match an item containing none of its terms.

    Such a query defeats the prefilter (only profiles with a hit are evaluated), so the
    parser refuses it: "NOT sport" alone would match nearly every item.
    """
    if isinstance(node, Term | Near):
        return False
    if isinstance(node, Not):
        return True
    if isinstance(node, And):
        return all(matches_without_terms(c) for c in node.children)
    return any(matches_without_terms(c) for c in node.children)
