"""One normalisation for query terms and item text, so both sides meet in the same form.

Text is NFKC-normalised, case-folded and stripped of diacritics, then cut into tokens: runs
of letters and digits. Punctuation, hyphens and spaces all end a token. A *key* is the tokens
joined with nothing between them ("Kim Jong-un", "Kim Jong Un" and "Kim Jongun" all give
"kimjongun"). Matching compares keys against the item's squashed text (its tokens joined
with nothing) and, for Latin script, demands that a match start and end on token
boundaries: that is whole-word matching in which the spelling of the gaps inside a name does
not matter. Hangul and other scripts written without spaces between words (CJK, kana) match
as substrings, because Korean attaches particles to nouns (탈북자들이 contains 탈북자).

Why squash rather than generate spelling variants of each query term: variants only work in
one direction (a query written "Jongun" cannot guess that the text splits it "Jong Un"),
while comparing squashed strings on token boundaries is symmetric and needs one pattern per
term. The price is that two unrelated short tokens can join into a term ("U.S." is "us");
terms of one or two letters are therefore refused by the parser.
"""

from __future__ import annotations

import re
import unicodedata

TOKEN = re.compile(r"[^\W_]+")
# Letters that carry no combining mark but should still fold to plain Latin.
_EXTRA = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i",
                        "þ": "th", "ð": "d", "ħ": "h"})
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
# Characters that may carry a diacritic once decomposed: only then is NFD worth its cost.
_ACCENTED = re.compile(r"[\u00c0-\u024f\u0300-\u036f\u1e00-\u1eff]")
_UNSPACED = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")


def fold(text: str) -> str:
    """NFKC, casefold and strip diacritics; ASCII text takes a fast path."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    if _ACCENTED.search(text):
        bare = _MARKS.sub("", unicodedata.normalize("NFD", text))
        text = unicodedata.normalize("NFC", bare)
    return text.translate(_EXTRA)


def tokens(text: str) -> list[str]:
    """The normalised tokens of ``text``."""
    return TOKEN.findall(fold(text))


def key_of(text: str) -> str:
    """The squashed key of a term or phrase: its tokens joined with nothing."""
    return "".join(tokens(text))


def is_unspaced(char: str) -> bool:
    """True for scripts matched as substrings (Hangul, kana, CJK ideographs)."""
    # Every range of _UNSPACED starts at U+1100: Latin letters skip the regex, which was
    # a seventh of parsing the shipped queries (a call per term).
    return char >= "\u1100" and bool(_UNSPACED.match(char))


def edge_rules(key: str, prefix: bool) -> tuple[bool, bool]:
    """(needs a token boundary at the start, needs one at the end) for a non-empty key."""
    return (not is_unspaced(key[0]), not prefix and not is_unspaced(key[-1]))
