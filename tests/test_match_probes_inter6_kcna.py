"""Probe items for the inter-Korean, lawfare and information profiles on state-media text (pass inter6).

A random sample of about 150 KCNA headlines and stories raising kaesong-interkorean, and a few
hundred KCNA, Reuters and AG News items naming the North that raised none of the three profiles,
held these kinds of error; each probe is written for this test (new names, numbers and wording),
with the profiles of its group it should raise:

- kaesong-interkorean, wrong alerts: statements, rallies and appeals of the reunification
  movement's bodies (Pomminryon, the Pan-national Alliance, the committees or "solidarity" for
  implementing the joint declarations, foreign committees supporting Korea's reunification or
  studying the Juche idea), whose names or a "north-south relations" slogan in the lead were the
  only inter-Korean words; they are rhetoric (docs/labelling.md), unless the lead names talks,
  a contact, a notice, the Red Cross, Kaesong, Kumgang, reunions, a delegation or a visit;
- kaesong-interkorean, wrong alerts: a "liaison office" of a company or a government elsewhere
  beside South Africa, North America and the like, with no Korea in the item;
- kaesong-interkorean, misses: football, basketball or table-tennis games played between
  sides of the North and the South (an exchange between the two Koreas, like a joint team).
  A tournament game that a DPRK team wins against a South Korean rival, and games between the
  North's own provinces ("North and South Hamgyong"), stay out;
- kaesong-interkorean, misses: Hyundai's chiefs in the North under state media's spellings of their
  names (Jong Ju Yong, Jong Mong Hon, Hyon Jong Un) or their titles: arriving, met, received,
  touring, leaving, giving a party, sending a gift, holding talks, and the cattle they sent
  (docs/labelling.md: "Hyundai Asan's chiefs on a visit"). Their deaths and condolences, a
  stadium named after the founder, and Hyundai Motor's unions stay out;
- lawfare-politics, misses: state media demanding that the South send back ("repatriate") the
  unconverted long-term prisoners it holds, as the Korean probe on 비전향장기수 송환 reads
  (tests/test_match_profiles.py): the South's decision on sending North Koreans home. The
  former prisoners' later life in the North (birthday tables, exhibitions, meetings,
  anniversaries of their return) stays out.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

K, LP = "kaesong-interkorean", "lawfare-politics"

INTER = {K}
INTER_PROBES = [
    # movement bodies' statements and rallies, no talks or project in the lead: quiet
    ("", "The Venezuelan Committee for Supporting Korea's Reunification and four other parties "
     "made public a joint declaration on March 3 in support of the joint statement of the DPRK "
     "government. The declaration backed the DPRK's stand to improve north-south relations and "
     "promote national unity.", set()),
    ("", "More than a dozen civic groups of south Korea including the Solidarity for Implementing "
     "the South-North Joint Declaration held a rally for independent reunification and peace in "
     "Pusan on May 2.", set()),
    ("Joint Appeal of North, South and Overseas Headquarters of Pan-national Alliance", "",
     set()),
    ("Leading Members of Pomminryon Denounce \"Security Law\" at Appeal Hearing",
     "Three officials of the South Headquarters of the Pan-national Alliance for Korea's "
     "Reunification (Pomminryon) told an appeal hearing held at a Seoul court on June 4 that "
     "the south, north and overseas sides have joined efforts for reunification.", set()),
    # the same bodies with talks, a delegation or a visit: alert
    ("", "The South Headquarters of the Pan-national Alliance for Korea's Reunification issued a "
     "statement on Monday blaming the authorities for the breakdown of the north-south military "
     "talks.", {K}),
    ("Pomminryon Calls for Resumption of Inter-Korean Talks", "", {K}),
    ("Delegation of S. Korean Pomminryon Arrives Here", "", {K}),
    # a liaison office beside South Africa or North America, no Korea: quiet
    ("ZIMBABWE MINER SHUTS LIAISON OFFICE",
     "The state mining firm said it had shut its liaison office in South Africa and would route "
     "its ore through Mozambique.", set()),
    ("TRADING HOUSE TO OPEN NORTH AMERICA LIAISON OFFICE",
     "The Osaka trading house said it would open a liaison office in New York to serve its North "
     "American clients.", set()),
    # the liaison office between the Koreas: alert
    ("North Cuts Liaison Office Line with South", "", {K}),
    ("Koreas Reopen Liaison Office at Kaesong",
     "The two sides resumed work at the joint office after a two-year pause.", {K}),
    # sports games between sides of the North and the South: alert
    ("Football Match Held between Workers of North and South", "", {K}),
    ("Inter-Korean Youth Basketball Games to Be Held", "", {K}),
    ("Table Tennis Match between North and South Korean Students", "", {K}),
    ("North, South Workers Play Reunification Football Game in Seoul", "", {K}),
    # Hyundai's chiefs in the North: alert
    ("Jong Ju Yong and His Entourage Arrive in Pyongyang", "", {K}),
    ("KAPPC Vice-chairman Receives Jong Mong Hon", "", {K}),
    ("Jong Ju Yong Sends Gift to Kim Jong Il", "", {K}),
    ("Second Batch of Cattle from Jong Ju Yong Reaches North", "", {K}),
    ("Hyon Jong Un and Her Party Tour Pyongyang", "", {K}),
    ("Working Contact Made between Athae and Hyundai Asan", "", {K}),
    ("Banquet Given by Chairman of Hyundai Asan", "", {K}),
    # their deaths, a stadium, carmakers' unions: quiet
    ("Floral Wreath Laid at Bier of Jong Mong Hon", "", set()),
    ("Volleyball Final Held at Ryugyong Jong Ju Yong Stadium", "", set()),
    ("Hyundai Motor Union Members Stage Walkout", "", set()),
    # a tournament win over the South's team, the North's own provinces: quiet
    ("DPRK Women's Team Defeats S. Korean Rival 2:0", "", set()),
    ("Football Match Held between North and South Hamgyong Provincial Teams", "", set()),
    ("North and South Pyongan Teams Meet in Basketball Final", "", set()),
]

LAWFARE = {LP}
LAWFARE_PROBES = [
    # the South urged to send the long-term prisoners back: alert
    ("Early Repatriation of Unconverted Long-term Prisoners Demanded", "", {LP}),
    ("S. Korean Authorities Urged to Send Back Remaining Long-term Prisoners", "", {LP}),
    ("Veteran Long-Term Prisoners in South Must Be Repatriated without Condition", "", {LP}),
    # their later life in the North: quiet
    ("Former Unconverted Long-term Prisoner Receives Birthday Table", "", set()),
    ("Art Works by Former Long-term Prisoners Exhibited", "", set()),
    ("Students from Japan Meet Former Unconverted Long-term Prisoner", "", set()),
    ("Anniversary of Return of Unconverted Long-term Prisoners Observed", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), INTER_PROBES)
def test_inter6_kaesong_probes(shipped: Matcher, title: str, summary: str,
                               expected: set[str]) -> None:
    """Movement rhetoric and foreign liaison offices out; inter-Korean games in."""
    assert alerted(shipped, title, summary, INTER) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), LAWFARE_PROBES)
def test_inter6_lawfare_probes(shipped: Matcher, title: str, summary: str,
                               expected: set[str]) -> None:
    """The South urged to repatriate long-term prisoners in; their life in the North out."""
    assert alerted(shipped, title, summary, LAWFARE) == expected
