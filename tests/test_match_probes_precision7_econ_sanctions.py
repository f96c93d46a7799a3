"""Probe items for state-media alerts that carry no profile (precision pass p7econ).

Every English alert of economy-livelihood, sanctions-finance and military-security on KCNA's
headlines and stories (held-out ids left out) was read; these kinds of wrong alert recurred,
and each probe is an item written for this test (new names, numbers and wording):

- economy-livelihood: food-security diplomacy and courtesies with aid agencies (the North's
  pledge to help "world food security", World Food Day observed, "closer cooperation" with
  the FAO or UNICEF reiterated) are no food situation (food supplied to a city's citizens
  stays in, as the dev set reads it); tours and calls for output at a chemical or fertilizer complex or a salt refinery are
  industrial output, not mines; a story with no headline whose lead tells only farming methods
  or preparations (a fertilizer proving its worth, snails in the paddies, farms busy getting
  ready) is routine farm progress. Aid agreed or delivered, a fertilizer shortage, a drought
  hitting crops and the mines stay in. Also quiet: thanks sent to farmers, farms built or
  created for the capital, the world day against desertification, flood victims' loyalty to
  the leader's portraits (staged around the flood, docs/labelling.md) and national dishes in a
  story with no headline;
- sanctions-finance: state media on "imperialists' sanctions" whose lead names other countries
  and not the North (PROFILES.md: sanctions on anyone else where the North is not the subject).
  A headline alone stays in (the reader cannot tell), and so does the same article when its
  lead names the DPRK;
- military-security: the South's or hackers' cyber attacks on the DPRK's websites are not the
  North's services or hackers; state media denying that its own hackers did it stays in.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

E, S, M = "economy-livelihood", "sanctions-finance", "military-security"

ECON = {E}
ECON_PROBES = [
    # food-security diplomacy and agency courtesies: quiet
    ("DPRK Pledges to Help Ensure World Food Security", "", set()),
    ("DPRK Delegation Vows Contribution to World Food Security at Rome Session",
     "The head of the DPRK delegation said at a session of the FAO Council that the country "
     "would work for world food security.", set()),
    ("World Food Day Observed in DPRK", "", set()),
    ("DPRK's Further Cooperation with UNICEF Stressed", "", set()),
    ("Close Cooperation between DPRK and FAO Reiterated", "", set()),
    # aid, agreements on aid, a food crisis at home: alert
    ("FAO Decides to Send Emergency Food Aid to DPRK", "", {E}),
    ("DPRK and WFP Sign Agreement on Food Aid", "", {E}),
    ("DPRK Delegate Refers to Food Shortage at World Food Summit", "", {E}),
    # supply to the citizens, shortfalls and relief: alert (the dev set and
    # tests/test_match_profiles.py read food supplied to a city's citizens as the profile's)
    ("Fresh Sea Fish Supplied to Citizens of Pyongyang", "", {E}),
    ("Food Supply to Pyongyang Citizens Cut amid Shortage", "", {E}),
    ("Relief Rice Supplied to Flood Victims in Sinuiju", "", {E}),
    # chemical and fertilizer complexes, refineries: quiet
    ("Kim Jong Il Looks round Salt Refinery in West Coast", "", set()),
    ("Premier on Measures to Boost Output of Chemical Fertilizer",
     "The premier on Tuesday learned about the work at the Hungnam Fertilizer Complex, the "
     "nation's major base of chemical fertilizer production, and the farms it serves.", set()),
    ("Pak Pong Ju Visits Namhung Chemical Complex",
     "The premier went round the complex and called for more fertilizer for the farms.", set()),
    # fertilizer wanting, mines: alert
    ("Shortage of Fertilizer Hits Farms in DPRK", "", {E}),
    ("Kim Jong Il Inspects Ryongyang Mine", "", {E}),
    # a story with no headline telling only farming methods or preparations: quiet
    ("", "The bacterial fertilizer made by researchers of the Academy of Agricultural Science "
     "is proving effective at cooperative farms in several counties of North Phyongan "
     "Province. It helps raise the yield of crops.", set()),
    ("", "Raising mud snails for weeding is spreading among the cooperative farms in the DPRK. "
     "The paddy fields where the snails are used have grown sixfold in two years.", set()),
    ("", "Cooperative farms across the DPRK are busy with preparations for this year's "
     "farming. Farmers are carrying manure to the fields.", set()),
    # a story with no headline on drought hitting crops or fertilizer short: alert
    ("", "Cooperative farms in South Hwanghae Province are suffering from a long drought that "
     "has withered crops on thousands of hectares.", {E}),
    ("", "Farms in the DPRK face a severe shortage of fertilizer this spring, which threatens "
     "the food situation.", {E}),
    # thanks to farmers, farms built for the capital, the world day, loyalty told of flood
    # victims, national dishes in a story with no headline: quiet
    ("Kim Jong Un Sends Thanks to Farmers and Volunteers of Ryongchon County", "", set()),
    ("Leader Expresses Gratitude to Farm Workers for Good Crop", "", set()),
    ("Huge Potato Farms Being Created in Highlands of DPRK", "", set()),
    ("Modern Livestock Farms Built for Pyongyangites", "", set()),
    ("World Day to Combat Desertification Marked in DPRK", "", set()),
    ("Loyalty of Defending Leader's Portraits Shown by Flood Victims", "", set()),
    ("", "Many people visited national food restaurants in Pyongyang on the lunar New Year's "
     "Day to enjoy rice-cake soup and other national dishes.", set()),
    # thanks for relief, farms hit, drought on the day, flood victims housed, dear food: alert
    ("Farmers Thank Relief Workers after Flood in Ryongchon", "", {E}),
    ("Potato Farms Hit by Blight in Northern DPRK", "", {E}),
    ("Drought Hits Crops in DPRK on World Day to Combat Desertification", "", {E}),
    ("Flood Victims Housed in New Homes in Sinuiju", "", {E}),
    ("", "Restaurants in Pyongyang closed as food shortages deepen and prices of rice soar.",
     {E}),
]

SANCTIONS = {S}
SANCTIONS_PROBES = [
    # imperialists' sanctions on other countries, told in the lead: quiet
    ("Rodong Sinmun Urges Frustrating Imperialists' Bid to Tighten Sanctions",
     "Rodong Sinmun on Monday in a signed article condemns the imperialists' sanctions against "
     "independent countries. The imperialists resort to sanctions to force their values on "
     "sovereign states in the Middle East, the article says.", set()),
    # a headline alone, or the lead naming the DPRK: alert
    ("Rodong Sinmun Urges Frustrating Imperialists' Bid to Tighten Sanctions", "", {S}),
    ("Imperialists' Sanctions against DPRK Denounced",
     "Rodong Sinmun on Monday in a signed article says the imperialists' sanctions against the "
     "DPRK will never work.", {S}),
    ("Rodong Sinmun on Imperialists' Moves to Tighten Sanctions",
     "The imperialists are working hard to tighten sanctions against the DPRK, says Rodong "
     "Sinmun in a signed article.", {S}),
]

MILITARY = {M}
MILITARY_PROBES = [
    # cyber attacks on the DPRK: quiet
    ("CPRK Slams S. Korean Puppets for Cyber Attack on DPRK's Websites", "", set()),
    ("Uriminzokkiri Blasts Hacking on DPRK Websites by Puppet Forces", "", set()),
    ("Minju Joson Derides S. Korean Farce over Cyber Attacks on DPRK", "", set()),
    # the North's own cyber warfare denied: alert
    ("KCNA Dismisses S. Korean Hype about DPRK's Cyber Attacks", "", {M}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), ECON_PROBES)
def test_precision7_econ_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """Courtesies, showcase supply, chemical works and farming methods out; want and mines in."""
    assert alerted(shipped, title, summary, ECON) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), SANCTIONS_PROBES)
def test_precision7_sanctions_probes(shipped: Matcher, title: str, summary: str,
                                     expected: set[str]) -> None:
    """Imperialists' sanctions on others out when the lead says so; the North's in."""
    assert alerted(shipped, title, summary, SANCTIONS) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), MILITARY_PROBES)
def test_precision7_military_probes(shipped: Matcher, title: str, summary: str,
                                    expected: set[str]) -> None:
    """Cyber attacks on the DPRK out; the North's own hackers denied in."""
    assert alerted(shipped, title, summary, MILITARY) == expected
