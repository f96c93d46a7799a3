"""Probe headlines for prison-camps, refugees-china, sanctions-finance and military-security,
from the shapes of false alerts the broadened profiles raised on real state-media text.

Each probe is a headline (sometimes with a summary) written for this test, in its own words,
and whether it should raise the profile by the yardstick (PROFILES.md, docs/labelling.md).
The negatives copy the shape of a wrong alert, not its wording: state media branding the US
or Seoul a human-rights abuser, Nazi or Japanese camps of the past, meetings and prayers
"held in the north", children's camps and delegations' events "to be held" abroad, a
newspaper's issue number beside "papers", a defector "taken away to south Korea" in the
North's words, a staged press conference with a "terrorist", another country's economic
blockade, the US called a strangler or an arms dealer, and a port's moles (breakwaters).
The positives hold what those words are there for.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

CAMPS = "prison-camps"
REFUGEES = "refugees-china"
SF = "sanctions-finance"
MIL = "military-security"

CAMP_PROBES = [
    # state media's invective: another country branded a rights abuser
    ("KCNA dubs Washington top slave trader and planet's cruellest human rights abuser", "", False),
    ("Minju Joson: America can never hide its face as a 'rights abuser'", "", False),
    ("Rights abusers in Seoul mocked for prattling about 'rights in the north'",
     "The conservative clan in south Korea, itself a gang of human rights abusers, is busy "
     "cooking up a bill on rights in the north, the paper said.", False),
    # other countries' camps of the past
    ("Minju Joson tells Tokyo to atone for its wartime crimes",
     "A ceremony was recently held in Germany for victims of the Dachau concentration camp, "
     "recalling the mass murder committed by the fascists.", False),
    # meetings, services and seminars "held in the north"
    ("", "Services praying for reunification on Christmas were held at churches in the north "
     "on Friday, attended by believers.", False),
    ("Symposium of compatriots held to mark anniversary of the joint declaration",
     "A symposium of Koreans in the north, south and overseas was held in Pyongyang, Seoul "
     "and Osaka by video link on Monday.", False),
    # what the words are for
    ("Survivor describes concentration camp in North Korea's mountains", "", True),
    ("American missionary held in the North for two years is freed", "", True),
]

REFUGEE_PROBES = [
    # children's camps and events abroad
    ("Opening of DPRK-China Children's Summer Camping Held",
     "The joint summer camping of children of the DPRK and China opened at a seaside "
     "children's camp near Wonsan.", False),
    ("DPRK Pupils' Art Troupe Departs for Shenyang",
     "A DPRK pupils' art troupe left Pyongyang on Monday for a festival with foreign children "
     "to be held in Shenyang, China.", False),
    # an issue number beside "papers"
    ("DPRK Leader's New Year Address Reprinted by Russian Papers",
     "The address was run by the Russian papers No.3 and Herald on January 5, with "
     "photographs of the leader.", False),
    # a defector "taken away to south Korea", in the North's words
    ("DPRK Man Speaks to Reporters after Coming Home",
     "Ri Chol Nam told reporters from China and Russia how he was taken away to south Korea "
     "and why he came back.", False),
    # a staged press conference with a "terrorist"
    ("Press Conference Held with Terrorist Sent by South Korea",
     "Kim Yong Ho, who was arrested for plotting a terrorist act at the orders of the south "
     "Korean puppet regime, spoke to reporters, ITAR-TASS of Russia said.", False),
    # what the words are for
    ("North Korean woman taken away by Chinese police in Yanji", "", True),
    ("North Koreans hiding in China live with no papers and no rights", "", True),
]

SF_PROBES = [
    # another country's blockade
    ("DPRK spokesman welcomes vote to end the economic blockade of Venezuela", "", False),
    # the US called a strangler or an arms dealer
    ("U.S., Strangler of Peace in Africa: KCNA", "", False),
    ("Minju Joson calls US world's top merchant of death",
     "A peace institute says the U.S. again sold the most weapons last year, showing that the "
     "US is the planet's biggest arms dealer and a warmonger, Minju Joson said.", False),
    # what the words are for
    ("KCNA denounces US moves to strangle DPRK economy", "", True),
    ("North Korean arms dealers caught shipping rockets to Sudan", "", True),
]

MIL_PROBES = [
    # a port's moles are breakwaters
    ("Rajin Port on East Coast of DPRK",
     "The port, built in the Songun era on the coast of the DPRK, has two long moles "
     "sheltering its wharves. Kim Jong Il took a keen interest in its building. The moles "
     "were built by a youth shock brigade.", False),
    # what the word is for
    ("North Korean moles inside the South's army unmasked", "", True),
]


@pytest.mark.parametrize(("title", "summary", "expected"), CAMP_PROBES)
def test_prison_camps_realtext_probes(shipped: Matcher, title: str, summary: str,
                                      expected: bool) -> None:
    """Each probe raises prison-camps exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (CAMPS in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), REFUGEE_PROBES)
def test_refugees_china_realtext_probes(shipped: Matcher, title: str, summary: str,
                                        expected: bool) -> None:
    """Each probe raises refugees-china exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (REFUGEES in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), SF_PROBES)
def test_sanctions_finance_realtext_probes(shipped: Matcher, title: str, summary: str,
                                           expected: bool) -> None:
    """Each probe raises sanctions-finance exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (SF in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), MIL_PROBES)
def test_military_security_realtext_probes(shipped: Matcher, title: str, summary: str,
                                           expected: bool) -> None:
    """Each probe raises military-security exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (MIL in got) == expected, got
