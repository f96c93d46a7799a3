"""Recursive-descent parser: query string -> AST, with @alias expansion.

    query   := or EOF
    or      := and ("OR" and)*
    and     := unary (["AND"] unary)*        adjacent clauses are ANDed
    unary   := "NOT" unary | near
    near    := primary (("NEAR/n" | "OUTSIDE") primary)*
    primary := FIELD ":" primary | "(" or ")" | TERM | PHRASE | "@" ALIAS

Operators are upper case; "and"/"or" in lower case are ordinary words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from watcher.match.lexer import QuerySyntaxError, Token, tokenize
from watcher.match.nodes import (
    DEFAULT_FIELDS,
    And,
    Near,
    Node,
    Not,
    Or,
    Outside,
    Positional,
    Term,
    field_mask,
)
from watcher.match.normalize_text import is_unspaced, key_of

MIN_PREFIX = 3  # shorter prefixes match half the dictionary
MIN_TERM = 2  # see normalize_text: one-letter keys join too easily across tokens
_STARTS = ("TERM", "PHRASE", "ALIAS", "FIELD", "LP", "NOT")

AliasResolver = Callable[[str, int, int], Node]  # (name, position, field mask) -> subtree
# Term text -> its key, kept between parses: the shipped queries spell about 26,800 terms
# with 10,000 distinct texts (the topic words recur in every profile), and normalising one
# was a quarter of parsing. Emptied when full, so a long-lived daemon reloading ever new
# profiles keeps it bounded.
_keys: Final[dict[str, str]] = {}
_KEYS_KEPT: Final = 50_000


class Parser:
    def __init__(self, query: str, aliases: AliasResolver | None = None) -> None:
        self.query = query
        self.tokens = tokenize(query)
        self.i = 0
        self.aliases = aliases

    def parse(self) -> Node:
        node = self._or(None)
        tok = self._peek()
        if tok.kind == "RP":
            raise QuerySyntaxError("unexpected ')' with no '(' to close", tok.pos)
        if tok.kind != "EOF":
            raise QuerySyntaxError(f"expected AND, OR or the end of the query, got {tok.text!r}",
                                   tok.pos)
        return node

    def _peek(self) -> Token:
        return self.tokens[self.i]

    def _take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def _or(self, mask: int | None) -> Node:
        parts = [self._and(mask)]
        while self._peek().kind == "OR":
            parts.append(self._and(mask, after=self._take()))
        return parts[0] if len(parts) == 1 else Or(tuple(parts))

    def _and(self, mask: int | None, after: Token | None = None) -> Node:
        parts = [self._unary(mask, after)]
        while True:
            tok = self._peek()
            if tok.kind == "AND":
                parts.append(self._unary(mask, self._take()))
            elif tok.kind in _STARTS:
                parts.append(self._unary(mask, None))
            else:
                break
        return parts[0] if len(parts) == 1 else And(tuple(parts))

    def _unary(self, mask: int | None, after: Token | None) -> Node:
        if self._peek().kind == "NOT":
            return Not(self._unary(mask, self._take()))
        return self._near(mask, after)

    def _near(self, mask: int | None, after: Token | None) -> Node:
        left = self._primary(mask, after)
        while self._peek().kind in ("NEAR", "OUTSIDE"):
            op = self._take()
            right = self._primary(mask, op)
            for side in (left, right):
                _check_near_operand(side, op)
            left = Near(left, right, op.n) if op.kind == "NEAR" else Outside(left, right)
        return left

    def _primary(self, mask: int | None, after: Token | None) -> Node:
        tok = self._take()
        if tok.kind == "FIELD":
            # The innermost qualifier wins, as it does for an alias term with its own field.
            return self._primary(field_mask(tok.text), tok)
        if tok.kind == "LP":
            inner = self._or(mask)
            if self._peek().kind != "RP":
                raise QuerySyntaxError(f"expected ')' to close the '(' at column {tok.pos + 1}",
                                       self._peek().pos)
            self._take()
            return inner
        if tok.kind in ("TERM", "PHRASE"):
            return self._term(tok, DEFAULT_FIELDS if mask is None else mask)
        if tok.kind == "ALIAS":
            if self.aliases is None:
                raise QuerySyntaxError("aliases cannot be used here", tok.pos)
            return self.aliases(tok.text, tok.pos, DEFAULT_FIELDS if mask is None else mask)
        where = f"after {after.text}" if after is not None else (
            "at the start" if tok.pos == 0 else "here")
        raise QuerySyntaxError(f"expected a term, phrase, @alias or '(' {where}", tok.pos)

    def _term(self, tok: Token, mask: int) -> Term:
        key = _keys.get(tok.text)
        if key is None:
            if len(_keys) >= _KEYS_KEPT:
                _keys.clear()
            key = _keys[tok.text] = key_of(tok.text)
        if not key:
            raise QuerySyntaxError(f"{tok.text!r} has no letters or digits to match", tok.pos)
        unspaced = is_unspaced(key[0])
        shortest = MIN_PREFIX - (1 if unspaced else 0)  # a Hangul syllable packs 2-3 letters
        if tok.prefix and len(key) < shortest:
            raise QuerySyntaxError(
                f"prefix {tok.text + '*'!r} is too short (at least {shortest} letters)",
                tok.pos)
        if len(key) < MIN_TERM and not unspaced:
            raise QuerySyntaxError(f"term {tok.text!r} is too short to match reliably",
                                   tok.pos)
        return Term(" ".join(tok.text.split()), key, tok.prefix, mask, tok.pos)


def _check_near_operand(node: Node, op: Token) -> None:
    """NEAR and OUTSIDE need word positions: their sides must be terms, OR-groups or other
    NEARs and OUTSIDEs."""
    if isinstance(node, Positional):
        return
    if isinstance(node, Or):
        for child in node.children:
            _check_near_operand(child, op)
        return
    raise QuerySyntaxError(f"{op.kind} joins terms, phrases or OR-groups, not AND or NOT",
                           op.pos)


def parse(query: str, aliases: AliasResolver | None = None) -> Node:
    """Parse one query; raises QuerySyntaxError with the offset of the problem."""
    if not query.strip():
        raise QuerySyntaxError("expected a term, phrase, @alias or '(' (the query is empty)", 0)
    return Parser(query, aliases).parse()


def refield(node: Node, mask: int) -> Node:
    """Re-target an alias subtree parsed with default fields to ``mask`` (title:@nk)."""
    if mask == DEFAULT_FIELDS:
        return node
    if isinstance(node, Term):
        return Term(node.text, node.key, node.prefix,
                    mask if node.fields == DEFAULT_FIELDS else node.fields, node.pos)
    if isinstance(node, Not):
        return Not(refield(node.child, mask))
    if isinstance(node, Near):
        return Near(refield(node.left, mask), refield(node.right, mask), node.n)
    if isinstance(node, Outside):
        return Outside(refield(node.inner, mask), refield(node.outer, mask))
    kind = type(node)
    return kind(tuple(refield(c, mask) for c in node.children))
