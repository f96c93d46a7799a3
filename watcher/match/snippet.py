"""A short excerpt around the best hit, with highlight offsets, and two ways to render it.

The snippet is cut from the item's original text (whitespace collapsed), not from the
normalised form, so it reads as written. Terms are found again in that text with the same
rules the matcher uses: tokens are normalised one by one and remember where they came from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from watcher.match.normalize_text import TOKEN, edge_rules, fold, key_of
from watcher.models import Snippet, TermHit

WIDTH = 200
NO_SNIPPET = Snippet("")  # a match built without one (see Matcher.match)
LEAD = 60  # characters kept before the best hit
_ORIGINAL_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


@dataclass(frozen=True, slots=True)
class Aligned:
    """A field's text with its squashed normalised form and a map back to the text."""

    text: str
    squashed: str
    starts: tuple[int, ...]  # squashed offset where each sub-token starts
    spans: tuple[tuple[int, int], ...]  # the original (start, end) of each sub-token
    bounds: frozenset[int]


@lru_cache(maxsize=16)  # an item matching several profiles is aligned once per field
def align(text: str) -> Aligned:
    text = " ".join(text.split())
    folded = fold(text)
    if len(folded) == len(text):  # the usual case: folding kept every character in place
        found = [(m.group(), m.span()) for m in TOKEN.finditer(folded)]
        parts = [tok for tok, _ in found]
        spans = [span for _, span in found]
        starts = list(accumulate(map(len, parts), initial=0))
        bounds = frozenset(starts)
        return Aligned(text, "".join(parts), tuple(starts[:-1]), tuple(spans), bounds)
    parts, starts, spans = [], [], []
    offset = 0
    for m in _ORIGINAL_TOKEN.finditer(text):
        for sub in TOKEN.findall(fold(m.group())):
            parts.append(sub)
            starts.append(offset)
            spans.append(m.span())
            offset += len(sub)
    bounds = frozenset([*starts, offset])
    return Aligned(text, "".join(parts), tuple(starts), tuple(spans), bounds)


def find_spans(al: Aligned, key: str, prefix: bool) -> list[tuple[int, int]]:
    """Original-text spans where ``key`` occurs under the matcher's boundary rules."""
    need_start, need_end = edge_rules(key, prefix)
    out: list[tuple[int, int]] = []
    i = al.squashed.find(key)
    while i >= 0:
        end = i + len(key)
        starts_ok = i in al.bounds or (not need_start and not _crosses(al, i, end))
        if starts_ok and (not need_end or end in al.bounds):
            out.append(_original(al, i, end, whole_words=prefix))
        i = al.squashed.find(key, i + 1)
    return out


def _crosses(al: Aligned, start: int, end: int) -> bool:
    i = bisect_right(al.starts, start)
    return i < len(al.starts) and al.starts[i] < end


def _original(al: Aligned, start: int, end: int, whole_words: bool) -> tuple[int, int]:
    first = bisect_right(al.starts, start) - 1
    last = bisect_right(al.starts, end - 1) - 1
    o_start, o_end = al.spans[first][0], al.spans[last][1]
    if not whole_words and first == last:  # a Hangul substring inside one token
        tok_start, (span_start, span_end) = al.starts[first], al.spans[first]
        token_len = (al.starts[first + 1] if first + 1 < len(al.starts)
                     else len(al.squashed)) - tok_start
        if span_end - span_start == token_len:  # same length: offsets carry over
            o_start = span_start + (start - tok_start)
            o_end = span_start + (end - tok_start)
    return o_start, o_end


def make_snippet(text: str, terms: Sequence[tuple[str, bool]], width: int = WIDTH) -> Snippet:
    """Cut ``width`` characters of ``text`` around the first hit of the first term that occurs.

    ``terms`` are (key, prefix) pairs, best first; every term found in the window is
    highlighted.
    """
    al = align(text)
    found = [find_spans(al, key, prefix) for key, prefix in terms]
    best = next((spans[0] for spans in found if spans), None)
    start, end = _window(al.text, best[0] if best else 0, width)
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(al.text) else ""
    shift = len(lead) - start
    marks = sorted({(s + shift, e + shift) for spans in found for s, e in spans
                    if s >= start and e <= end})
    return Snippet(lead + al.text[start:end] + tail, _merge(marks))


def _window(text: str, hit: int, width: int) -> tuple[int, int]:
    """A [start, end) range of about ``width`` characters, cut on spaces."""
    if len(text) <= width:
        return 0, len(text)
    start = max(0, min(hit - LEAD, len(text) - width))
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < hit else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > hit else end
    return start, end


def _merge(spans: Sequence[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return tuple(out)


def snippet_for(title: str, summary: str, content: str, terms: Sequence[TermHit],
                width: int = WIDTH) -> Snippet:
    """A snippet built after matching, from the item's text and the match's terms alone
    (no compiled profiles needed): from the first of content, summary, title in which a
    term was found, around the first term (in query order) found there."""
    texts = {"title": title, "summary": summary, "content": content}
    hit_fields = {f for t in terms for f in t.fields}
    field = next((f for f in ("content", "summary", "title") if f in hit_fields and texts[f]),
                 "summary" if summary else "title")
    return make_snippet(texts[field], [_key(t.term) for t in terms], width)


def _key(term: str) -> tuple[str, bool]:
    """(key, prefix) of a TermHit's term as the matcher shows it ("defect*", "North Korea")."""
    prefix = term.endswith("*")
    return key_of(term[:-1] if prefix else term), prefix
