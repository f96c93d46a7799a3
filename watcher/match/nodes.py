"""The query AST: frozen nodes the parser builds and the compiler, evaluator and explainer walk."""

from __future__ import annotations

from dataclasses import dataclass

# Each node class below writes its own __init__ (init=False), setting the fields through
# object.__setattr__ as the generated one does. Compiled with mypyc, the __init__ that
# dataclasses generates stays interpreted Python: 1.6 us per node, against 0.08 us for one
# written in the class body, and the shipped profiles build about 30,000 nodes at every
# compile (a sixth of compiling them). Frozen, eq, hash and repr are the dataclass's still.

FIELDS = ("title", "summary", "content", "author", "category", "link", "site")
# ``lead`` is not scanned on its own: it is the first sentence of the summary (of the content
# when there is no summary), a region of a scanned field. A term searched in ``lead`` also
# counts in the title, so ``lead:x`` reads "x in the title or the first sentence".
LEAD = "lead"
QUERY_FIELDS = (*FIELDS, LEAD)
FIELD_BIT = {name: 1 << i for i, name in enumerate(QUERY_FIELDS)}
LEAD_BIT = FIELD_BIT[LEAD]
# Unqualified terms look at the text a reader sees, not at bylines, URLs or hosts.
DEFAULT_FIELDS = (FIELD_BIT["title"] | FIELD_BIT["summary"] | FIELD_BIT["content"]
                  | FIELD_BIT["category"])


def field_mask(name: str) -> int:
    """The bits a ``name:`` prefix searches (``lead:`` also searches the title)."""
    return FIELD_BIT[name] | (FIELD_BIT["title"] if name == LEAD else 0)


def field_names(mask: int) -> tuple[str, ...]:
    return tuple(name for name in QUERY_FIELDS if mask & FIELD_BIT[name])


@dataclass(frozen=True, slots=True, init=False)
class Term:
    """A word, phrase or prefix (``prefix``: written with a trailing ``*``)."""

    text: str  # as written, without quotes or star: shown in explanations and TermHits
    key: str  # normalised squashed form (see normalize_text)
    prefix: bool
    fields: int  # bitmask over FIELDS
    pos: int  # offset in the query, for messages

    def __init__(self, text: str, key: str, prefix: bool, fields: int, pos: int) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "prefix", prefix)
        object.__setattr__(self, "fields", fields)
        object.__setattr__(self, "pos", pos)

    @property
    def weight_key(self) -> str:
        return self.key + ("*" if self.prefix else "")


@dataclass(frozen=True, slots=True, init=False)
class And:
    children: tuple[Node, ...]

    def __init__(self, children: tuple[Node, ...]) -> None:
        object.__setattr__(self, "children", children)


@dataclass(frozen=True, slots=True, init=False)
class Or:
    children: tuple[Node, ...]

    def __init__(self, children: tuple[Node, ...]) -> None:
        object.__setattr__(self, "children", children)


@dataclass(frozen=True, slots=True, init=False)
class Not:
    child: Node

    def __init__(self, child: Node) -> None:
        object.__setattr__(self, "child", child)


@dataclass(frozen=True, slots=True, init=False)
class Near:
    """Both sides in one field with at most ``n`` other words between them, either order."""

    left: Node
    right: Node
    n: int

    def __init__(self, left: Node, right: Node, n: int) -> None:
        object.__setattr__(self, "left", left)
        object.__setattr__(self, "right", right)
        object.__setattr__(self, "n", n)


@dataclass(frozen=True, slots=True, init=False)
class Outside:
    """Occurrences of ``inner`` that do not lie inside an occurrence of ``outer``:
    ``execution* OUTSIDE "execution of the plan"`` ignores the idiom but still counts a
    real execution elsewhere in the same item."""

    inner: Node
    outer: Node

    def __init__(self, inner: Node, outer: Node) -> None:
        object.__setattr__(self, "inner", inner)
        object.__setattr__(self, "outer", outer)


Node = Term | And | Or | Not | Near | Outside
Positional = (Term, Near, Outside)  # nodes that have word positions (NEAR/OUTSIDE operands)


def positive_terms(node: Node) -> list[Term]:
    """Terms whose presence counts for a match (those not under a NOT), in query order."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return []
    if isinstance(node, Near):
        return positive_terms(node.left) + positive_terms(node.right)
    if isinstance(node, Outside):
        return positive_terms(node.inner)
    return [t for child in node.children for t in positive_terms(child)]


def guarded_terms(node: Node, guards: tuple[Near | Outside, ...] = ()
                  ) -> list[tuple[Term, tuple[Near | Outside, ...]]]:
    """``positive_terms`` with, for each, the NEARs and OUTSIDEs it stands under (outermost
    first): the term counts toward the score only where all of them hold."""
    if isinstance(node, Term):
        return [(node, guards)]
    if isinstance(node, Not):
        return []
    if isinstance(node, Near):
        inner = (*guards, node)
        return guarded_terms(node.left, inner) + guarded_terms(node.right, inner)
    if isinstance(node, Outside):
        return guarded_terms(node.inner, (*guards, node))
    return [t for child in node.children for t in guarded_terms(child, guards)]


def all_terms(node: Node) -> list[Term]:
    out: list[Term] = []
    _collect_terms(node, out)
    return out


def _collect_terms(node: Node, out: list[Term]) -> None:
    """all_terms into one list: a list per node, copied into its parent's, cost more than
    the walk (the shipped profiles' alias lists are walked at every use)."""
    if isinstance(node, Term):
        out.append(node)
    elif isinstance(node, Not):
        _collect_terms(node.child, out)
    elif isinstance(node, Near):
        _collect_terms(node.left, out)
        _collect_terms(node.right, out)
    elif isinstance(node, Outside):
        _collect_terms(node.inner, out)
        _collect_terms(node.outer, out)
    else:
        for child in node.children:
            _collect_terms(child, out)


def matches_without_terms(node: Node) -> bool:
    """True if the query could match an item containing none of its terms.

    Such a query defeats the prefilter (only profiles with a hit are evaluated), so the
    parser refuses it: "NOT sport" alone would match nearly every item.
    """
    if isinstance(node, Term | Near | Outside):
        return False
    if isinstance(node, Not):
        return True
    if isinstance(node, And):
        return all(matches_without_terms(c) for c in node.children)
    return any(matches_without_terms(c) for c in node.children)
