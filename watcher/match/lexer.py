"""Cut a query string into tokens; positions are kept for caret-style error messages."""

from __future__ import annotations

import re
from dataclasses import dataclass

from watcher.match.nodes import QUERY_FIELDS

OPERATORS = ("AND", "OR", "NOT", "OUTSIDE")
_NEAR = re.compile(r"NEAR/(\d+)$")
_FIELD = re.compile(r"([A-Za-z]+):")
_ALIAS = re.compile(r"@([A-Za-z0-9_-]+)")
_WORD_END = re.compile(r'[\s()"]')


class QuerySyntaxError(Exception):
    """A query that does not parse: ``reason`` says what was expected at offset ``pos``."""

    def __init__(self, reason: str, pos: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.pos = pos


# Not frozen: a frozen dataclass's __init__ was a third of tokenizing. And its own __init__:
# compiled with mypyc, the one dataclasses generates stays interpreted Python, about 20 times
# slower to call (a shipped config.yaml's queries hold some 60,000 tokens).
@dataclass(slots=True, init=False)
class Token:
    kind: str  # LP RP AND OR NOT NEAR OUTSIDE FIELD PHRASE ALIAS TERM EOF
    text: str  # the value: term text, field or alias name, or the operator as written
    pos: int
    n: int  # NEAR distance
    prefix: bool  # TERM or PHRASE written with a trailing *

    def __init__(self, kind: str, text: str, pos: int, n: int = 0, prefix: bool = False
                 ) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos
        self.n = n
        self.prefix = prefix


def tokenize(query: str) -> list[Token]:
    out: list[Token] = []
    i, after_field = 0, False
    while True:
        while i < len(query) and query[i].isspace():
            i += 1
        if i >= len(query):
            out.append(Token("EOF", "", len(query)))
            return out
        tok, i = _next(query, i, after_field)
        after_field = tok.kind == "FIELD"
        out.append(tok)


def _next(query: str, i: int, after_field: bool) -> tuple[Token, int]:
    ch = query[i]
    if ch in "()":
        return Token("LP" if ch == "(" else "RP", ch, i), i + 1
    if ch == '"':
        return _phrase(query, i)
    if ch == "@":
        m = _ALIAS.match(query, i)
        if not m:
            raise QuerySyntaxError("expected an alias name after '@'", i + 1)
        return Token("ALIAS", m.group(1), i), m.end()
    end = _WORD_END.search(query, i)
    stop = end.start() if end else len(query)
    word = query[i:stop]
    # A field's name and colon lie inside the word (no ending character in them): the
    # regular expression is asked only of the few words holding a colon.
    m = _FIELD.match(query, i) if ":" in word and not after_field else None
    if m:
        name = m.group(1).lower()
        if name not in QUERY_FIELDS:
            raise QuerySyntaxError(
                f"unknown field '{m.group(1)}:' (fields: {', '.join(QUERY_FIELDS)})", i)
        return Token("FIELD", name, i), m.end()
    return _word(word, i), stop


def _phrase(query: str, i: int) -> tuple[Token, int]:
    close = query.find('"', i + 1)
    if close < 0:
        raise QuerySyntaxError("expected a closing '\"' for this phrase", i)
    body = query[i + 1:close]
    prefix = body.endswith("*")
    if prefix:
        body = body[:-1]
    end = close + 1
    if not prefix and end < len(query) and query[end] == "*":
        prefix, end = True, end + 1
    if "*" in body:
        raise QuerySyntaxError("'*' may only end a phrase", i + 1 + body.index("*"))
    return Token("PHRASE", body, i, prefix=prefix), end


def _word(word: str, pos: int) -> Token:
    if word in OPERATORS:
        return Token(word, word, pos)
    if word.startswith("NEAR"):
        m = _NEAR.match(word)
        if not m or int(m.group(1)) < 1:
            raise QuerySyntaxError("expected NEAR/n with a number of words, e.g. NEAR/5", pos)
        return Token("NEAR", word, pos, n=int(m.group(1)))
    prefix = word.endswith("*")
    body = word[:-1] if prefix else word
    if "*" in body:
        raise QuerySyntaxError("'*' may only end a term (a prefix such as defect*)",
                               pos + body.index("*"))
    return Token("TERM", body, pos, prefix=prefix)
