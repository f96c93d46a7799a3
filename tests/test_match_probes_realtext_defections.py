"""Probe headlines for the defections profile from a check on real news text kept outside the
project: the shapes of false alerts the day's broader rules raised there, each written anew.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise defections by the yardstick (PROFILES.md) and docs/labelling.md. State media calls
Seoul's government a "group of traitors", says its enemies cannot "escape" a rebuff or a crisis,
says the South's police "walked off" protesters (arrested them) and reports "live shell" drills
near the line; none of that is about North Koreans who leave. Asylum or refugee status granted
to people of other countries is not either, nor a Red Cross proposal of family reunion talks.
State media on those who left, and a woman it says was taken south and came back, still count.
Only defections is checked here: other profiles are held by tests/test_match_profiles.py.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

PROFILE = "defections"

PROBES = [
    # --- state media's "group of traitors": Seoul's government, not defectors ----------------
    ("Commentary Rebukes Chun Group of Traitors' Anti-DPRK Smear Drive", "", False),
    ("Overseas Compatriots Condemn Seoul's Confrontation Moves",
     "An association of Koreans in Japan on Tuesday assailed the Park group of traitors for its "
     "anti-DPRK racket at an international forum.", False),
    ("Group of Traitors' 'Human Rights' Farce Ridiculed by Swedish Society", "", False),
    # "traitor Park": one man, the South's leader, whose "traitor's" abuses a paper decries
    ("Paper Assails Reappointment of S. Korean Rights Panel Head",
     "The paper accused traitor Park of naming a loyal servant who hides the traitor's human "
     "rights abuses.", False),
    # --- state media's idioms beside the South's "puppets" -----------------------------------
    # "walked off": the South's police or prosecutors arrested someone
    ("Students Rallying against U.S. Base Arrested in S. Korea",
     "The south Korean puppet police on June 3 walked off twelve students who were staging a "
     "sit-in near the base.", False),
    ("S. Korean Prosecutors Detain Trade Unionist",
     "The puppet prosecutors' office of south Korea walked away a union leader on charges "
     "under the security law.", False),
    ("Blogger Detained in S. Korea for Praising DPRK",
     "The puppet district prosecutor's office of south Korea on Monday walked off a blogger "
     "who had posted articles praising the DPRK.", False),
    # "escape" a crisis, a rebuff or a strike
    ("Protests Spread across Puppet ROK",
     "Public fury at the south Korean puppet group, which staged a provocation to escape from "
     "its deepening political crisis, keeps mounting.", False),
    ("U.S. War Schemes Doomed, Says Newspaper",
     "The U.S. and the south Korean puppet forces cannot escape strong rebuff from the world's "
     "people, the paper says.", False),
    # a "live shell" drill near the line
    ("Newspaper Slams Puppet Army's Firing Drill near MDL",
     "The south Korean puppet army staged a live shell firing drill near the line on March 4, "
     "the paper says.", False),
    # --- other countries' asylum and refugee status ----------------------------------------
    ("Nigerian blogger granted refugee status in Canada", "", False),
    ("Kyrgyz minister urges UN to curb misuse of political asylum", "", False),
    # --- a Red Cross proposal ------------------------------------------------------------------
    ("Red Cross Family Reunion Proposal Sent to S. Korea by DPRK", "", False),
    # --- still right: state media on those who left, a woman taken south who came back ------
    ("Woman Back from South Speaks to Reporters in Pyongyang",
     "A woman of Hamhung who says she was lured to south Korea by the puppets told reporters of "
     "the plight of defectors there.", True),
    ("Puppets Accused of Holding Our Fishermen and Forcing Them to Defect",
     "A Danish friendship society condemned the south Korean authorities for detaining DPRK "
     "citizens whose boat drifted south and pressing them to defect.", True),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_defections_probes_realtext(shipped: Matcher, title: str, summary: str,
                                    expected: bool) -> None:
    """Each probe raises defections exactly when the yardstick says it is a defections story."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (PROFILE in got) == expected, got
