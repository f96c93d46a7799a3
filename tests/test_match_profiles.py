"""The shipped profiles on the "in" and "not in" cases of their written yardstick.

Each case is a headline (and sometimes a summary) written for this test, and the exact set of
profiles it should raise: what a profile is for, and the near misses it must leave alone
(routine weapons news, state media's "execution of the plan", a defector group's leaflet
launch, Kaesong as a place, refugees elsewhere, defectors from other countries).
"""

from __future__ import annotations

import pytest
from devset import shipped_matcher
from matchsupport import item

from watcher.match import Matcher

CASES = [
    # military-security: the army as an institution, not every launch or drill
    ("North Korea fires ballistic missile into sea, Japan says", "", set()),
    ("Kim Jong Un oversees artillery drills near border", "KCNA said the drills went well.",
     set()),
    ("North Korea says it launched a reconnaissance satellite", "", set()),
    ("北, 동해상으로 탄도미사일 발사", "", set()),
    ("North Korean troops suffer heavy losses in Kursk, Ukraine says", "",
     {"military-security"}),
    ("North Korean soldiers used as construction labor in Pyongyang", "",
     {"military-security"}),
    ("北 군인 러시아 파병 사상자 증가", "", {"military-security"}),
    # prison-camps: executions of people, not of plans
    ("DPRK cabinet meeting stresses execution of the plan", "Officials vowed to carry it out.",
     set()),
    ("North Korea publicly executes man for distributing K-dramas", "",
     {"prison-camps", "information-access"}),
    ("Iran executes protester", "Amnesty condemned the hanging.", set()),
    ("北, 정치범수용소 확대", "", {"prison-camps"}),
    # defections: North Koreans who leave, not other defectors or defector groups' leaflets
    ("Family of nine flee North Korea by boat", "", {"defections"}),
    ("N. Korea fisherman drifts south, wants to stay", "", {"defections"}),
    ("Russian diplomat defects to US", "", set()),
    ("Activists float leaflets into North Korea", "", {"information-access"}),
    ("北 주민 2명 목선 타고 귀순", "", {"defections"}),
    # lawfare-politics: the row in Seoul over sending people back
    ("Prosecutors raid homes of ex-officials over fishermen repatriation", "",
     {"lawfare-politics"}),
    ("‘강제북송 논란’ 국정조사 요구", "", {"lawfare-politics"}),
    # refugees-china: North Koreans in China, not refugees elsewhere
    ("China repatriates hundreds of North Korean defectors", "",
     {"defections", "refugees-china"}),
    ("Gaza refugees flee south", "", set()),
    # kaesong-interkorean: projects and talks, not the city or the mountain as places
    ("Kaesong industrial complex firms seek government aid", "", {"kaesong-interkorean"}),
    ("Autumn scenery of Mt Kumgang draws visitors", "Tourists admire the leaves, KCNA said.",
     set()),
    # information-access: information crossing the border, not balloons of rubbish
    ("North Korea sends trash balloons across border", "The balloons carried waste paper.",
     set()),
    ("North Korea jams GPS signals near border", "", set()),
    # economy-livelihood and sanctions-finance
    ("Food prices soar in North Korea as harvest fails", "", {"economy-livelihood"}),
    ("Kim Jong Un tours tractor factory", "", set()),
    ("EU agrees new sanctions package against Russia", "Oil and banks are targeted.", set()),
    ("US sanctions North Korean IT worker network", "",
     {"overseas-labor", "sanctions-finance"}),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return shipped_matcher()


@pytest.mark.parametrize(("title", "summary", "expected"), CASES)
def test_shipped_profiles_follow_the_yardstick(matcher: Matcher, title: str, summary: str,
                                               expected: set[str]) -> None:
    """Each case raises exactly the profiles the yardstick gives it."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected
