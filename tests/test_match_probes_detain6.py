"""Probe items for foreigners held by the North, in wire and newspaper form (pass detain6).

docs/labelling.md ("Punishment, camps and the army"): a foreigner or a South Korean detained,
arrested, put on trial or sentenced in the North is prison-camps (detention in the North), in
state media's words or others'. State media's headline form had a rule (recall5); these probes
are the wire and newspaper form: an American (citizen, soldier, private, student), a Canadian,
an Australian, a Japanese, South Korean missionaries or tourists held, in custody, freed,
released or handed over by or in the North. Each probe is written for this test (new names,
numbers and wording):

- alert: the foreigner held in the North, or freed, released or handed over after weeks or
  months there;
- quiet: remains of soldiers handed over, prisoners of war, arrests and trials in the U.S., the
  South or China, tourists allowed back, envoys' visits and reports "released" by officials.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

PC = "prison-camps"
CAMPS = {PC}

HELD_PROBES = [
    # foreigners held, freed or handed over by the North: alert
    ("Pyongyang releases Australian student held for a month", "", {PC}),
    ("U.S. Army private freed after seven weeks in North Korean hands",
     "He crossed back over the border with China on Friday.", {PC}),
    ("Canadian pastor freed by North Korea lands in Toronto", "", {PC}),
    ("Mother of US soldier who crossed into North Korea thanks diplomats for his release",
     "The private was handed over to U.S. officials after nine weeks in the North.", {PC}),
    ("North Korea hands over U.S. citizen to Swedish envoy", "", {PC}),
    ("Korean-American businessman freed after a year in Pyongyang custody", "", {PC}),
    ("US soldier who dashed into North Korea freed into American custody", "", {PC}),
    ("South Korean missionaries remain in custody in the North, ministry says", "", {PC}),
    ("Japanese tourist released by North Korea after questioning", "", {PC}),
    ("American student freed by North Korea flown home", "", {PC}),
    # remains, prisoners of war, arrests and trials elsewhere, visits and reports: quiet
    ("North Korea hands over remains of U.S. soldiers killed in the war", "", set()),
    ("American soldier's remains returned by North Korea after seventy years", "", set()),
    ("American jailed in Texas for shipping machine parts to North Korea", "", set()),
    ("South Korean sentenced in Seoul court for praising North Korea", "", set()),
    ("Australian tourists allowed back into North Korea as border reopens", "", set()),
    ("US envoy visits Pyongyang for talks on nuclear freeze", "", set()),
    ("Canadian students return from study tour of North Korea", "", set()),
    ("Korean War prisoners of war honoured at ceremony in Washington", "", set()),
    ("American missionary released from Chinese custody after helping North Koreans flee", "",
     set()),
    ("American officials released a report on North Korea's missile tests", "", set()),
    ("US releases North Korean sailors rescued at sea", "", set()),
    ("Japanese envoy hands over letter to North Korea in Beijing", "", set()),
    ("Soldier from the North slips across the frontline to surrender",
     "Seoul's military said the North Korean private was in custody after he crossed at dawn.",
     set()),
    ("Aid groups say Beijing is jailing those who shelter North Korean escapees",
     "Three South Korean missionaries running safe houses in Yanbian have been detained since spring.",
     set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), HELD_PROBES)
def test_detain6_held_probes(shipped: Matcher, title: str, summary: str,
                             expected: set[str]) -> None:
    """Foreigners held, freed or handed over by the North in; remains, POWs, elsewhere out."""
    assert alerted(shipped, title, summary, CAMPS) == expected
