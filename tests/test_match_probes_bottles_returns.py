"""Probe headlines for three readings of docs/labelling.md that older cases contradicted.

Each case is a headline (and sometimes a summary) written for this test, with the exact set of
profiles it must raise. The families: rice, dollars or food floated in bottles or flown by
balloon with no leaflets or media carry nothing across (no profile; prosecuting, fining or
banning such a launch is lawfare-politics alone), while the same bottles with Bibles, USB or
memory sticks, SD cards, radios or leaflets are information-access; North Koreans the South
hands back, at their own request or not, are the South's repatriation decision
(lawfare-politics), unlike a Southern fisherman the North returns; and women sent back from
China who tell of sexual abuse or strip-searches in detention (prison-camps, women-violence
and refugees-china), beside a beating alone (prison-camps).
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

P, R, L = "prison-camps", "refugees-china", "lawfare-politics"
IA, WV = "information-access", "women-violence"

PROBES: list[tuple[str, str, set[str]]] = [
    # rice or dollars alone, by bottle or balloon: no profile
    ("Campaigners toss rice bottles into the sea off Gyodong island", "", set()),
    ("Church group floats plastic bottles of rice across to the North at high tide", "", set()),
    (
        "Activists send bottles of rice toward North Korea",
        "Each bottle carried rice and a dollar note, the group said.",
        set(),
    ),
    ("Balloons loaded with rice and US dollars flown toward North Korea", "", set()),
    # the same bottles with media or scripture: information-access
    ("Rice bottles stuffed with Bibles set adrift toward the North", "", {IA}),
    ("Activists float rice bottles carrying memory sticks to North Korea", "", {IA}),
    ("Bottles with rice and flash drives of K-dramas drift toward Haeju", "", {IA}),
    # prosecuting, fining or banning a rice launch: lawfare-politics alone
    ("Prosecutors charge activist over rice bottles floated to the North", "", {L}),
    ("Gimpo police book activists for floating rice bottles", "", {L}),
    # the South hands North Koreans back, at their request or not: lawfare-politics
    ("South Korea repatriates three North Koreans found drifting at sea", "", {L}),
    (
        "Seoul returns North Korean fisherman who wished to go home",
        "He was handed over at the sea border on Tuesday.",
        {L},
    ),
    ("Two North Korean seamen rescued off Sokcho go home at their own request", "", {L}),
    ("통일부, 귀환 원한 北 선원 3명 동해상 송환", "", {L}),
    # not the South's decision: the North returning a Southern fisherman, sailors leaving a
    # foreign port
    ("North Korea hands back South Korean fisherman who drifted north", "", set()),
    ("North Korean sailors go home after months stranded in a Mexican port", "", set()),
    # women sent back from China: sexual abuse or strip-searches in detention are all three
    (
        "Women returned from China tell of rape by guards in Onsong holding centre",
        "",
        {P, WV, R},
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_probes_raise_exactly_their_profiles(
    shipped: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each probe raises exactly the profiles written beside it."""
    assert {m.profile for m in shipped.match(item(title, summary))} == expected
