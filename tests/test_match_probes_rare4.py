"""Probe items for kinds of false alert seen on real state-media text (KCNA) in rare profiles.

Each probe is a headline (sometimes with a summary) written for this test, and which of the
profiles its group checks it should raise:

- sanctions-finance: the "Un" of the leader's name is no UN beside "measures"; a venue or a
  book "designated" by someone is no sanctions designation; goods "supplied to" Pyongyang's
  own citizens and a shop that sells seafood are no exports to the North; the North's army
  seizing a Southern boat and the North freezing the South's assets at a joint resort are not
  sanctions on the North (PROFILES.md: sanctions on North Korea and their evasion). Sanctions
  denounced by state media, designations of firms, ship seizures, frozen accounts and seafood
  exports stay in;
- defections: a South Korean who defects to the North and is welcomed there is a defector
  from another country (PROFILES.md "not in"; docs/labelling.md); North Koreans who defect,
  and state media attacking them, stay in.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

S, D = "sanctions-finance", "defections"

SANCTIONS = {S}
SANCTIONS_PROBES = [
    # the leader's name, honours and domestic supply: no sanctions
    ("Kim Jong Un Takes Measures for Children's Summer Camp", "", set()),
    ("Students Moved by Kim Jong Un's Warm Measures", "", set()),
    ("Pyongyang's Chongchun Street Arena Designated as Host Venue of Asian Judo Event", "", set()),
    ("Kim Jong Un's Speech Designated by Peruvian Party as Required Reading", "", set()),
    ("Fresh Vegetables Supplied to Pyongyang Households", "", set()),
    ("New Fish Shop Opens on Changjon Street",
     "The shop on Changjon Street in Pyongyang sells seafood such as pollack, crab and clams to"
     " the citizens.", set()),
    ("KPA Navy Seizes South Korean Ship Intruding into Its Waters", "", set()),
    ("DPRK Decides to Freeze South Korean Assets at Kumgang Resort", "", set()),
    # sanctions on the North, designations, seizures and evasion: still in
    ("KCNA Slams Japan's Decision to Prolong Sanctions against DPRK", "", {S}),
    ("Security Council's New Measures against DPRK Rejected by Foreign Ministry", "", {S}),
    ("U.S. Treasury Designates Three DPRK Trading Firms", "", {S}),
    ("Refined Oil Supplied to Pyongyang by Ship-to-Ship Transfers, UN Panel Says", "", {S}),
    ("North Korean Seafood Sold in China under False Labels", "", {S}),
    ("Japanese Coast Guard Seizes DPRK Cargo Ship", "", {S}),
    ("U.S. Freezes Assets of DPRK Bank in Macao", "", {S}),
]

DEFECTION = {D}
DEFECTION_PROBES = [
    # South Koreans who defect to the North: no profile
    ("Pyongyang Citizens Welcome S. Korean Defector", "", set()),
    ("S. Korean Defector Publishes Memoirs in Pyongyang", "", set()),
    ("South Korean Resident Defects to DPRK", "", set()),
    ("We Came of Our Own Will, Say Voluntary Defectors to DPRK", "", set()),
    # North Koreans who defect, and state media on them: still in
    ("North Korean Defector Welcomed by Seoul Church", "", {D}),
    ("KCNA Blasts Farce of \"Defectors from North\"", "", {D}),
    ("S. Korean Puppets Accused of Luring Defectors from North into Smear Campaign", "", {D}),
    ("Ministry of People's Security Vows to Punish Defectors Slandering DPRK", "", {D}),
]


def _got(shipped: Matcher, title: str, summary: str, checked: set[str]) -> set[str]:
    return {m.profile for m in shipped.match(item(title, summary))} & checked


@pytest.mark.parametrize(("title", "summary", "expected"), SANCTIONS_PROBES)
def test_rare4_sanctions_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """The leader's "Un", honours and home supply are no sanctions; sanctions on the North are."""
    got = _got(shipped, title, summary, SANCTIONS)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTION_PROBES)
def test_rare4_defection_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """South Koreans defecting to the North are out; North Koreans who defect are in."""
    got = _got(shipped, title, summary, DEFECTION)
    assert got == expected, got
