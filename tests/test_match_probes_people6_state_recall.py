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
  out (pass stories5).
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
