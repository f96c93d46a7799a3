"""Probe items for state-media text on people that raised no alert (pass people6).

A reading of KCNA headlines and stories naming the North that raised none of defections,
prison-camps, refugees-china, women-violence or overseas-labor held these kinds of miss; each
probe is a headline written for this test (new names, numbers and wording):

- prison-camps: a foreigner "arrested" in the North, or arrested for acts against the DPRK, in
  state media's headline (docs/labelling.md: a foreigner detained, arrested or tried in the
  North). Its "detained" and "tried" forms were caught already; "arrested" was not. Arrests in
  the South, in China or anywhere else stay out;
- defections: a state-media headline that names "human scum" (its word for defectors) as what
  it attacks (docs/labelling.md: state media attacking defectors). Human scum scattering
  leaflets stays information-access; a "human rights" tirade naming them only in passing stays
  out (pass stories5);
- defections: the North's inhabitants, fisherpersons or crew held in the South and its demands
  to have them back (docs/labelling.md: demands to have crewmen back are defections): talks or
  notices "over repatriation of inhabitants", families of the detained writing to the South, the
  South forcing drifted fisherpersons to "defect", and state media's interviews of inhabitants
  or "defectors from north" after their repatriation or return to the DPRK. Unconverted
  long-term prisoners and POWs sent north, remains, Japanese abductees, South Koreans who
  "defect" to the North and delegations or teams back home stay out.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

PC, D = "prison-camps", "defections"

CAMPS = {PC}
CAMP_PROBES = [
    # foreigners arrested in the North: alert
    ("Briton Arrested in DPRK for Illegal Acts", "", {PC}),
    ("American Arrested for Hostile Acts against DPRK", "", {PC}),
    ("Arrested U.S. Citizen Makes Apology for Crimes", "", {PC}),
    ("KCNA Reports Arrest of American Tourist in DPRK", "", {PC}),
    ("Australian Missionary Arrested in DPRK", "", {PC}),
    # arrests elsewhere: quiet
    ("Three Americans Arrested in Kenya", "", set()),
    ("S. Korean Unionists Arrested in Seoul", "", set()),
    ("American Drug Dealer Arrested in Mexico", "", set()),
    ("Arrest of Pro-reunification Activist Denounced in S. Korea", "", set()),
]

DEFECTIONS = {D}
DEFECTION_PROBES = [
    # "human scum" as what the headline attacks: alert
    ("Rantings of Human Scum Denounced", "", {D}),
    ("Human Scum's Provocative Rally under Fire", "", {D}),
    ("KCNA Derides Lies of Human Scum", "", {D}),
    # leaflets (information-access) and a "human rights" tirade naming them in passing: quiet
    ("Human Scum's Leaflet Scattering Condemned", "", set()),
    ("Puppet Army Joins Human Scum in Psychological Warfare against DPRK", "", set()),
    ("Rodong Sinmun Slams Puppets' \"Human Rights\" Campaign",
     "The puppet group is staging a smear \"human rights\" farce against the DPRK, mobilising"
     " conservative elements and human scum, says Rodong Sinmun.", set()),
    # inhabitants and fisherpersons held in the South, wanted back or back home: alert
    ("DPRK Red Cross Calls for Talks on Repatriation of Inhabitants", "", {D}),
    ("Sending Back of Fisherpersons Held by Puppets Urged", "", {D}),
    ("Inhabitants Interviewed after Their Repatriation from South", "", {D}),
    ("\"Defectors from North\" Interviewed after Their Return to DPRK", "", {D}),
    ("Protest Notice Sent to U.S. Side",
     "The puppet group is pressing the fisherpersons of the DPRK, who drifted south in a storm,"
     " to \"defect\", the notice said.", {D}),
    ("Families of Detained Inhabitants Write to S. Korean Red Cross",
     "Relatives of the 27 inhabitants held by the south Korean authorities sent a letter demanding"
     " their return home.", {D}),
    # prisoners, POWs, remains, abductees of Japan, South Koreans going north, teams: quiet
    ("Repatriation of Unconverted Long-term Prisoners Urged", "", set()),
    ("Remains of U.S. Soldiers Repatriated", "", set()),
    ("S. Korean Inhabitant Defects to North", "", set()),
    ("DPRK Football Team Interviewed after Return Home", "", set()),
    ("Japanese Families of Abductees Demand Return of Relatives", "", set()),
    ("Inhabitants of Flood-hit Area Return to New Homes", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), CAMP_PROBES)
def test_people6_camp_probes(shipped: Matcher, title: str, summary: str,
                             expected: set[str]) -> None:
    """Foreigners arrested in the North in; arrests elsewhere out."""
    assert alerted(shipped, title, summary, CAMPS) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTION_PROBES)
def test_people6_defection_probes(shipped: Matcher, title: str, summary: str,
                                  expected: set[str]) -> None:
    """'Human scum' attacked in the title in; leaflets and passing mentions out."""
    assert alerted(shipped, title, summary, DEFECTIONS) == expected
