"""Normalisation: the same key for spelling variants; whole words for Latin, substrings for Hangul."""

from __future__ import annotations

import pytest
from matchsupport import hit

from watcher.match.normalize_text import fold, key_of


@pytest.mark.parametrize("variant", ["Kim Jong-un", "Kim Jong Un", "Kim Jongun", "KIM JONG-UN",
                                     "kim  jong–un"])
def test_name_variants_share_a_key(variant: str) -> None:
    """Hyphen, space and no space inside a name give one key."""
    assert key_of(variant) == "kimjongun"


@pytest.mark.parametrize(("text", "folded"), [("Café Émigré", "cafe emigre"), ("ＤＰＲＫ", "dprk"),
                                              ("Straße", "strasse"), ("Søren", "soren")])
def test_fold_strips_case_width_and_diacritics(text: str, folded: str) -> None:
    """NFKC, casefold and diacritic folding."""
    assert fold(text) == folded


@pytest.mark.parametrize(("query", "text", "expected"), [
    ('"Kim Jongun"', "Kim Jong-un visited a farm", True),
    ('"Kim Jong-un"', "KIM JONG UN visited a farm", True),
    ("Jong-un", "Kim Jongun visited", True),  # an unquoted hyphenated word is one term
    ('"N. Korea"', "N.Korea fires missile", True),
    ("defect", "defector arrives", False),  # whole words only
    ("defect*", "defectors arrive", True),
    ("korea", "North Korean soldiers", False),
    ("Pyongyang", "Pyongyang's envoy", True),  # possessive: apostrophe ends the word
    ("Emigre", "an émigré writer", True),
    ("탈북자", "탈북자들이 모였다", True),  # particles attached to the noun
    ("북한", "탈북한 주민", True),  # a substring inside one word
    ("북한식당", "탈북한 식당 종업원", False),  # but not running on into the next word
    ("한국드라마", "한국 드라마를 봤다", True),  # Korean spacing does not matter
    ("ore", "iron ore prices", True),
    ("ore", "more coal", False),
])
def test_term_matching(query: str, text: str, expected: bool) -> None:
    """Word-boundary rules per script."""
    assert hit(query, text) is expected
