"""The shipped profiles against the labelled set: precision and recall per profile.

The set (tests/fixtures/match/labelled.jsonl) holds positives and near misses for every
profile in English and Korean: Russian and Iranian sanctions, manufacturing defects, Seoul
vice raids, Korean words that contain a profile word by accident. It was written alongside
the queries, so it is a regression floor rather than an unbiased estimate; the floors leave
room for one or two misses per profile, which is what a new near miss usually costs.

The set has since joined the development set (tests/devset.py), which splits every item by a
hash of its id. The precision and recall floors apply to its tuning half only: the checking
half must not be tuned on, and is measured with the rest of the dev set's checking half in
test_match_devset.py.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from devset import TUNING, half
from matchsupport import item

from watcher.config import load
from watcher.match import Matcher, compile_profiles

ROOT = Path(__file__).resolve().parents[1]
LABELLED = ROOT / "tests" / "fixtures" / "match" / "labelled.jsonl"
PROFILES = ("defections", "overseas-labor", "sanctions-finance", "refugees-china",
            "women-violence", "prison-camps", "military-security", "lawfare-politics",
            "kaesong-interkorean", "information-access", "economy-livelihood")
MIN_PRECISION, MIN_RECALL = 0.9, 0.85


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    config = load(ROOT / "config.yaml", {**os.environ, "SMTP_PASSWORD": "x"})
    return compile_profiles(config.profiles, config.aliases)


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]


def test_shipped_profiles_are_exactly_the_default_set(matcher: Matcher) -> None:
    """config.yaml ships the eleven default profile ids, each with a description."""
    assert matcher.profiles == PROFILES


def test_labelled_set_covers_every_profile_in_both_languages() -> None:
    """At least eight positives per profile; English and Korean items both present."""
    rows = _rows()
    for profile in PROFILES:
        assert sum(profile in r["expected"] for r in rows) >= 8, profile  # type: ignore[operator]
    assert {r["lang"] for r in rows} == {"en", "ko"}
    assert len(rows) >= 140


def test_precision_and_recall_per_profile(matcher: Matcher,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Every profile reaches the precision and recall floors on the set's tuning half."""
    tp = dict.fromkeys(PROFILES, 0)
    fp, fn = dict(tp), dict(tp)
    for row in _rows():
        if half(str(row["id"])) != TUNING:
            continue
        got = {m.profile for m in matcher.match(item(str(row["title"]), str(row["summary"])))}
        want = set(row["expected"])  # type: ignore[call-overload]
        for p in PROFILES:
            tp[p] += p in got and p in want
            fp[p] += p in got and p not in want
            fn[p] += p in want and p not in got
    lines = [f"{'profile':<22} {'P':>5} {'R':>5} {'tp':>4} {'fp':>4} {'fn':>4}"]
    scores = {}
    for p in PROFILES:
        precision = tp[p] / (tp[p] + fp[p]) if tp[p] + fp[p] else 1.0
        recall = tp[p] / (tp[p] + fn[p]) if tp[p] + fn[p] else 1.0
        scores[p] = (precision, recall)
        lines.append(f"{p:<22} {precision:5.2f} {recall:5.2f} {tp[p]:4} {fp[p]:4} {fn[p]:4}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    # On half the set a profile has 5-16 positives, so one miss alone can cross a floor: a
    # profile fails when it misses more than one item and is below the floor.
    low = {p: s for p, s in scores.items()
           if (s[0] < MIN_PRECISION and fp[p] > 1) or (s[1] < MIN_RECALL and fn[p] > 1)}
    assert not low, f"below P>={MIN_PRECISION} / R>={MIN_RECALL}: {low}"


@pytest.mark.parametrize(("title", "summary", "profile"), [
    ("EU widens sanctions on Russian banks", "Moscow's lenders lose access to SWIFT.",
     "sanctions-finance"),
    ("Iran sanctions tightened", "Washington targets Iranian oil shipments to Asia.",
     "sanctions-finance"),
    ("Recall over defective airbags", "A defect in the inflator can rupture.", "defections"),
    ("North Korean shells are defective", "Russia reports defects in DPRK artillery rounds.",
     "defections"),
])
def test_named_near_misses_do_not_fire(matcher: Matcher, title: str, summary: str,
                                       profile: str) -> None:
    """Sanctions on Russia or Iran alone, and manufacturing defects, are not matches."""
    assert profile not in {m.profile for m in matcher.match(item(title, summary))}


def test_explain_agrees_with_match_on_the_labelled_set(matcher: Matcher) -> None:
    """For every item and profile, explain().matched equals membership in match()."""
    for row in _rows():
        it = item(str(row["title"]), str(row["summary"]))
        got = {m.profile for m in matcher.match(it)}
        for p in PROFILES:
            assert matcher.explain(p, it).matched is (p in got), (row["id"], p)
