"""Probe items for state-media headlines that an exclude line blocked (pass detain6, part 2).

Each probe is written for this test (new names, numbers and wording):

- prison-camps: a U.S. or other foreign citizen "tried in (the) DPRK" and a single "American
  prisoner" held there (docs/labelling.md: a foreigner detained, tried or sentenced in the North).
  Prisoners in American jails, trials in the South and prisoner abuse abroad stay out;
- military-security: the KPA's chief of (the) general staff or its minister of armed forces
  relieved, replaced or newly appointed in the DPRK (docs/labelling.md: the army's top commanders
  replaced). Other countries' staff chiefs and the chief's visits stay out;
- defections: a citizen of the North interviewed upon return home after years in the South
  (state media's re-defector interview). Athletes and delegations back from the South stay out.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

PC, M, D = "prison-camps", "military-security", "defections"

CAMP_PROBES = [
    ("Two U.S. Nationals Tried in the DPRK", "", {PC}),
    ("Canadian Citizen Tried in DPRK", "", {PC}),
    ("American Prisoner Asks to See Consul", "", {PC}),
    ("American Prisoners Riot in California Jail", "", set()),
    ("U.S. Soldier Tried in Seoul for Assault", "", set()),
    ("American Prisoner Abuse in Afghan Base Disclosed", "", set()),
    ("American Prisoner Executed in Oklahoma", "", set()),
]

MILITARY_PROBES = [
    ("KPA Chief of General Staff Newly Appointed in DPRK", "", {M}),
    ("Chief of the General Staff of KPA Relieved, Successor Appointed in DPRK", "", {M}),
    ("Chinese Chief of General Staff Appointed", "", set()),
    ("S. Korean Chief of General Staff Replaced", "", set()),
    ("Chief of General Staff of KPA Visits China", "", set()),
]

DEFECTION_PROBES = [
    ("DPRK Citizen Interviewed upon Return Home",
     "The man was interviewed by reporters in Pyongyang on Monday. He came back after spending "
     "three years in south Korea, where he had been lured by agents.", {D}),
    ("Skater Interviewed upon Return Home",
     "The DPRK skater was interviewed by reporters in Pyongyang on Monday. She came back after "
     "winning a medal in south Korea.", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), CAMP_PROBES)
def test_detain6_state_camp_probes(shipped: Matcher, title: str, summary: str,
                                   expected: set[str]) -> None:
    """Foreigners tried or held as prisoners in the DPRK in; U.S. jails and trials elsewhere out."""
    assert alerted(shipped, title, summary, {PC}) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), MILITARY_PROBES)
def test_detain6_military_probes(shipped: Matcher, title: str, summary: str,
                                 expected: set[str]) -> None:
    """The KPA's staff chief replaced in; other armies' chiefs and visits out."""
    assert alerted(shipped, title, summary, {M}) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTION_PROBES)
def test_detain6_defection_probes(shipped: Matcher, title: str, summary: str,
                                  expected: set[str]) -> None:
    """A citizen back from years in the South interviewed in; athletes back from the South out."""
    assert alerted(shipped, title, summary, {D}) == expected
