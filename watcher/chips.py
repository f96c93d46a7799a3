"""What a story's "Matched:" chips and snippet marks show: the words as the story has them.

A match records its terms as written in the query (``North Korea*``, ``front compan*``);
a reader should see the words of the story (``North Korean``, ``front companies``). Each
term is found again in the story's visible text (snippet, title, summary) with the
matcher's own rules, and the chip shows the text found there.

Some terms say little: in a digest that follows one country, its name is in nearly every
story of every profile. A term matched under many of a digest's profiles is *common*; a
story's topic words come before it in the chips, and the snippet marks the topic words
alone when it has any.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from watcher.match.normalize_text import fold, key_of, tokens
from watcher.match.snippet import align, find_spans
from watcher.models import Digest, Item, Match, Snippet, TermHit

_COMMON_MIN_PROFILES = 3  # a term seen under fewer profiles is never common
_WORD_REST = re.compile(r"\w*")  # a mark ends inside a word only where a prefix matched
_COMMON_SHARE = 1 / 3  # ... nor one seen under less than this share of the digest's profiles


# A digest's stories share a few hundred distinct terms: each term's forms are worked out
# once (a 7,000-story digest asked for them 70,000 times).
@lru_cache(maxsize=4096)
def _parts(term: str) -> tuple[str, bool]:
    """(normalised key, is a prefix) of a term as a TermHit records it."""
    return key_of(term.removesuffix("*")), term.endswith("*")


@lru_cache(maxsize=4096)
def _words(term: str) -> tuple[str, ...]:
    """The normalised words of a term as a TermHit records it."""
    return tuple(tokens(term.removesuffix("*")))


def term_spans(text: str, term: str) -> list[tuple[int, int]]:
    """Where ``term`` occurs in ``text`` (original offsets, whole words for prefixes)."""
    key, prefix = _parts(term)
    return find_spans(align(text), key, prefix) if key and text else []


def surface(term: str, texts: Sequence[str], folded: Sequence[str] | None = None) -> str:
    """The words ``term`` matched in the first of ``texts`` that has them; otherwise (a hit
    in text the digest does not carry) the term as written, a prefix ending in "…".
    ``folded``: the texts already folded, when the caller looks for several terms."""
    first = _words(term)[:1]
    for i, text in enumerate(texts):
        # Aligning a text costs a tokenisation; most texts lack the term's first word.
        if not first or first[0] not in (fold(text) if folded is None else folded[i]):
            continue
        spans = term_spans(text, term)
        if spans:
            start, end = spans[0]
            return " ".join(align(text).text[start:end].split())
    return term.removesuffix("*") + ("…" if term.endswith("*") else "")


def common_terms(digest: Digest) -> frozenset[str]:
    """Terms matched under so many of the digest's profiles that they name no topic."""
    profiles_of: dict[str, set[str]] = {}
    for group in digest.groups:
        for entry in group.entries:
            for m in (entry.match, *entry.also_matched):
                for hit in m.terms:
                    profiles_of.setdefault(hit.term, set()).add(m.profile)
    spread = Counter({t: len(p) for t, p in profiles_of.items()})
    every = {p for ps in profiles_of.values() for p in ps}
    floor = max(_COMMON_MIN_PROFILES, len(every) * _COMMON_SHARE)
    return frozenset(t for t, n in spread.items() if n >= floor)


def _hits(matches: Iterable[Match]) -> list[TermHit]:
    seen: dict[str, TermHit] = {}
    for m in matches:
        for hit in m.terms:
            seen.setdefault(hit.term, hit)
    return list(seen.values())


def chips(item: Item, matches: Sequence[Match], common: frozenset[str]) -> tuple[str, ...]:
    """The matched words of a story, topic words first, each once (ignoring case)."""
    texts = (matches[0].snippet.text, item.title, item.summary)
    marked = _marked(matches[0].snippet)
    hits = sorted(_hits(matches), key=lambda h: h.term in common)  # stable: query order kept
    out: dict[str, str] = {}
    folded: list[str] | None = None  # folded once, if some term is not marked
    for hit in hits:
        word = _marked_as(marked, hit.term)
        if word is None:
            folded = folded or [fold(t) for t in texts]
            word = surface(hit.term, texts, folded)
        out.setdefault(word.casefold(), word)
    # "workers" says nothing "overseas workers" does not: keep the longer chip only.
    return tuple(w for k, w in out.items()
                 if not any(k != other and _within(k, other) for other in out))


def _marked(snippet: Snippet) -> list[tuple[str, str, int]]:
    """(key, text, number of words) of each word the matcher marked in the snippet: most
    terms' surface is there already, without searching the texts again."""
    text = snippet.text
    words = (text[s:_word_end(text, e)] for s, e in snippet.highlights)
    return [(key_of(w), w, len(tokens(w))) for w in words if w]


def _word_end(text: str, pos: int) -> int:
    rest = _WORD_REST.match(text, pos)
    return rest.end() if rest else pos


def _marked_as(marked: Sequence[tuple[str, str, int]], term: str) -> str | None:
    """The marked word that is ``term``: the same key, or for a prefix the same number of
    words starting with it (marks of neighbouring terms merge: "North Korean defectors")."""
    key, prefix = _parts(term)
    size = len(_words(term))
    return next((w for k, w, n in marked if k == key or (prefix and k.startswith(key)
                 and n == size)), None)


def _within(words: str, other: str) -> bool:
    # The substring test first: most pairs of chips share nothing, and each distinct pattern
    # is compiled anew once re's cache is full (a third of a 7,000-story digest's chips).
    return words in other and \
        re.search(rf"(?<!\w){re.escape(words)}(?!\w)", other) is not None


def preferred_marks(snippet: Snippet, terms: Sequence[TermHit],
                    common: frozenset[str]) -> Snippet:
    """The snippet marking only its topic words when it has any, else as the match marked it.

    Overlapping marks (``overseas workers`` and ``workers``) are left as they are: the
    highlight filter keeps the first, longest one."""
    if all(hit.term in common for hit in terms) or not any(hit.term in common
                                                           for hit in terms):
        return snippet  # nothing to prefer: the match's own marks stand
    if align(snippet.text).text != snippet.text:
        return snippet  # offsets would not line up; a stored snippet is always collapsed
    topic = sorted({span for hit in terms if hit.term not in common
                    for span in term_spans(snippet.text, hit.term)},
                   key=lambda span: (span[0], -span[1]))
    return Snippet(snippet.text, tuple(topic)) if topic else snippet
