"""Probe items for state-media misses in defections (pass p7rest).

A read of KCNA stories of 2011-12 naming the North that raised none of the rarer profiles held
one kind of miss in defections: a citizen of the North back home after being "taken away" to
or "lured" into the South, interviewed by the press, and a defector to the South arrested in the
North and put before reporters (docs/labelling.md: a North Korean defector who goes back to the
North stays defections). Each probe is written for this test (new names, numbers and wording).
Athletes and delegations back home, and a defector to the South cited as the source of a report
in the wire's words, stay out.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

D = "defections"
DEFECTIONS = {D}

PROBES = [
    # back home from the South, or a defector arrested in the North, before the press: alert
    ("DPRK Man Interviewed upon His Return Home (2)",
     "DPRK citizen Ri Song Chol met Korean and foreign journalists in Pyongyang on Monday. He "
     "returned home after being taken away to south Korea.", {D}),
    ("DPRK Woman Interviewed upon Her Return Home",
     "Choe Myong Hui met reporters at the People's Palace of Culture on Friday. She came back "
     "home after being lured to south Korea by its agents and returned home last month.", {D}),
    ("Arrested Saboteur Meets Reporters",
     "Kang Chol Su, a defector to south Korea from the north, was interviewed by reporters in "
     "Pyongyang on Monday after he was caught trying to blow up a monument in the DPRK.", {D}),
    ("DPRK Soldiers Vow to Punish Puppet Plotters",
     "A press conference was held here Friday, with a defector to the south disclosing the plot "
     "of the puppet regime against the DPRK.", {D}),
    # athletes back home, and a defector cited as a source: quiet
    ("DPRK Wrestlers Interviewed upon Their Return Home",
     "DPRK wrestlers who won medals in Seoul returned home on Monday and met reporters.", set()),
    ("Defector says DPRK army short of fuel",
     "A defector to South Korea who was interviewed by Reuters said units of the DPRK army "
     "ran short of fuel last winter.", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_p7rest_redefector_probes(shipped: Matcher, title: str, summary: str,
                                  expected: set[str]) -> None:
    """Citizens back from the South and defectors arrested in the North in; sources out."""
    assert alerted(shipped, title, summary, DEFECTIONS) == expected
