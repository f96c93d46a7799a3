"""Probe headlines for kaesong-interkorean, lawfare-politics, overseas-labor and women-violence,
written after a check of the default profiles on real news text kept outside the project.

Each probe is a headline (sometimes with a summary) written for this test in its own words, in
the shape of a class of alerts that the check found gained or lost, and whether it should raise
its profile by the yardstick (PROFILES.md):

- state media's own name for talks between the Koreas, "north-south" talks, contacts, joint
  committees and joint events with no Korea named in the headline, are inter-Korean; a
  north-south divide, road or trade gap elsewhere is not, nor is an "arch" villain;
- the South's politics around the North's rights are lawfare-politics, in state media's words
  too; invective with a passing word on rights, or a vow to "never pardon", is not; a row
  between the South's parties over a defector's lecture is;
- an envoy's credentials at the Mansudae Assembly Hall, the Mansudae Art Troupe on stage and
  IT experts at home are not workers sent abroad;
- a girl or woman who "snatches" a medal is sport, not abduction.

Only the profile named in each probe is checked here.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

PROBES = [
    # kaesong-interkorean: state media's north-south talks, contacts and joint events
    ("kaesong-interkorean", "Third round of north-south working talks opens", "", True),
    ("kaesong-interkorean", "Sixth meeting of north-south panel on economic cooperation ends", "", True),
    ("kaesong-interkorean", "North, South religious groups hold joint prayer service", "", True),
    ("kaesong-interkorean", "Delegation to north-south defence talks returns home", "", True),
    # ... but a north-south road or a rich-poor dialogue elsewhere, and an "arch" villain
    ("kaesong-interkorean", "Vietnam's north-south expressway project breaks ground", "", False),
    ("kaesong-interkorean", "North-South dialogue on debt relief stalls at UN trade forum", "", False),
    ("kaesong-interkorean",
     "Minju Joson calls Seoul defence minister arch provocateur heightening inter-Korean tension",
     "", False),
    # lawfare-politics: state media's vow never to pardon, and invective with rights in passing
    ("lawfare-politics", "Army officers vow never to pardon Seoul over plot told by returnee",
     "Officers spoke after a news conference at which a defector who came back described a "
     "sabotage plan by the southern authorities.", False),
    ("lawfare-politics", "Minju Joson says southern presidential hopefuls insult the DPRK",
     "Hopefuls running for the top office in the south spoke ill of the DPRK this week. "
     "They claimed that the north's human rights needed improving.", False),
    # ... but the South's parties quarrelling over a defector's lecture are
    ("lawfare-politics", "탈북 공사 강연 두고 민주 \"북한 자극\"·한국 \"헌법상 권리\"",
     "국회 외교통일위원회에서 여야 의원들이 탈북 외교관의 강연을 두고 맞섰다.", True),
    # overseas-labor: the Mansudae Assembly Hall and Art Troupe, IT experts at home
    ("overseas-labor", "Kim Yong Nam receives letters of credence from Angolan envoy",
     "He took the credentials of Angola's new ambassador at the Mansudae Assembly Hall on "
     "Tuesday.", False),
    ("overseas-labor", "Art troupe concerts mark party founding day",
     "The Mansudae Art Troupe performed for workers at a Pyongyang theatre on the anniversary.",
     False),
    ("overseas-labor", "Provincial IT centre opens in Hamhung",
     "IT experts dispatched to county offices help factories introduce software, KCNA said.",
     False),
    ("overseas-labor", "North Korean IT specialists hired by foreign firms under fake names", "",
     True),
    # women-violence: a medal snatched is sport
    ("women-violence", "DPRK girl snatches silver in junior diving", "", False),
    ("women-violence", "DPRK women snatch three golds at Asian weightlifting meet", "", False),
    ("women-violence", "Gang snatched North Korean girls near the border and sold them", "", True),
]


@pytest.mark.parametrize(("profile", "title", "summary", "expected"), PROBES)
def test_realtext_probes(shipped: Matcher, profile: str, title: str, summary: str,
                         expected: bool) -> None:
    """Each probe raises its profile exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (profile in got) == expected, got
