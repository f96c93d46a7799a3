"""The shipped profiles on the checking half of the development set (see tests/devset.py).

The profiles are tuned on the tuning half only; this file reports the other half, per language.
The issue's bar is micro-F1 at least 0.92 in English and 0.88 in Korean, and at most 4% of the
items that carry no profile raising an alert. Korean meets it and is a plain test; English does
not yet and is an expected failure (strict: it must become a plain test once it passes). The
figures reached so far are held as a floor in both.
"""

from __future__ import annotations

import pytest
from devset import CHECKING, TUNING, Row, half, load_rows, scores, shipped_matcher

from watcher.match import Matcher

MIN_F1 = {"en": 0.92, "ko": 0.88}
MAX_FALSE_ALERTS = 0.04
# What the shipped profiles reach on the checking half today, a little below: a regression
# guard (for English while the bar above is not met, see the xfail below and the README).
# English is 0.904 on the checking half of 2,162 items and Korean 0.926 on 550, after the
# stop of 2026-12-07 evening added 700 items written before any rule change (287 English and
# 69 Korean fell in the checking half; the profiles before that stop reach 0.886 and 0.854 on
# them, its final rules 0.885 and 0.875), tuned on the other 344, and applied four readings of
# docs/labelling.md evenly to the labels of both halves (soldiers who cross; China-border shoot
# orders; beaten returnees; Thailand). On the 2,356 checking items that were there before,
# 0.906 / 0.934 (0.905 / 0.928 with the labels and profiles before that stop).
# Earlier: 0.896 / 0.917 after the ten passes of the first stop of 2026-12-07 and the blind
# second labelling of every item (0.877 / 0.883 with the profiles before those passes).
FLOOR_F1 = {"en": 0.90, "ko": 0.91}
FLOOR_FALSE_ALERTS = 0.04


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    return load_rows()


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return shipped_matcher()


def test_split_is_fixed_by_the_id_hash() -> None:
    """An id's half depends on sha256(id) alone: the same id always lands in the same half."""
    assert half("en-0001") == half("en-0001")
    assert {half(f"x{i}") for i in range(20)} == {TUNING, CHECKING}
    # sha256("a") starts with byte 202 (even: tuning), sha256("e") with 63 (odd: checking)
    assert (half("a"), half("e")) == (TUNING, CHECKING)


def test_set_is_large_varied_and_labelled_with_known_profiles(
    rows: list[Row], matcher: Matcher
) -> None:
    """At least 700 items, 200 Korean, 150 state-media, 40% with no profile; labels are ids."""
    assert len(rows) >= 700
    assert sum(r.lang == "ko" for r in rows) >= 200
    assert sum(r.style == "state-media" for r in rows) >= 150
    assert sum(not r.labels for r in rows) >= 0.4 * len(rows)
    unknown = {(r.id, p) for r in rows for p in r.labels if p not in matcher.profiles}
    assert not unknown
    sizes = {h: sum(r.half == h for r in rows) for h in (TUNING, CHECKING)}
    assert min(sizes.values()) >= 0.4 * len(rows), sizes


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_checking_half_report_and_floor(
    rows: list[Row], matcher: Matcher, lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Prints the checking half per language; holds it to the figures reached so far."""
    result = scores(matcher, rows, CHECKING, lang)
    with capsys.disabled():
        print(f"\nchecking half, {lang}:\n{result.table()}\n{result.summary()}")
    # Only the summary on failure: the checking half's misses must not guide tuning.
    assert result.micro.f1 >= FLOOR_F1[lang], result.summary()
    assert result.false_alert_rate <= FLOOR_FALSE_ALERTS, result.summary()


@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(
            "en",
            marks=pytest.mark.xfail(
                strict=True,
                reason="English is short of the bar on the checking half: micro-F1 0.904",
            ),
        ),
        "ko",
    ],
)
def test_checking_half_meets_the_issue_bar(rows: list[Row], matcher: Matcher, lang: str) -> None:
    """Micro-F1 0.92 (English) / 0.88 (Korean), at most 4% of unlabelled items alerting."""
    result = scores(matcher, rows, CHECKING, lang)
    assert result.micro.f1 >= MIN_F1[lang], result.summary()
    assert result.false_alert_rate <= MAX_FALSE_ALERTS, result.summary()
