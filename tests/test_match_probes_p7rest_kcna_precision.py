"""Probe items for state-media precision in the rarer profiles (pass p7rest).

Every KCNA alert of defections, lawfare-politics, information-access, prison-camps,
refugees-china, women-violence and overseas-labor (headlines 1997-2014, stories 2011-12) was
read; the wrong ones fell into these kinds. Each probe is written for this test (new names,
numbers and wording), with the profiles of its group it should raise:

- defections: state media's idiom of a foe "swimming against" the trend, the times or the
  nation's will; an article on the leader's boat trip to a frontline islet; a South Korean
  (a reverend, a priest, students of the reunification movement) crossing the demarcation line
  home after a visit to the North. Soldiers, civilians and fishermen who cross, swim or sail
  south stay in;
- lawfare-politics: state media's "south Korean defectors", people who leave the South for a
  living abroad, are no North Koreans; the South's measures on defectors from the North stay in;
- information-access: the South's censorship of its own press, and a call for the North's
  "opening to the outside world" as policy, carry nothing across the border; censorship of
  websites or foreign media, and information from the outside world, stay in;
- prison-camps: a revolutionary hero or martyr led to the execution ground by the Japanese in
  history is no execution in the North; a traitor executed or an official purged stays in;
- refugees-china: the association of Koreans living in China, in state media, denouncing Seoul
  (an "escape" from ruin is an idiom), and the North's citizens interviewed after their
  repatriation from the South with foreign reporters present, are not North Koreans in China;
  North Koreans hiding or sent back from China stay in.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

D, LP, INFO, PC, R = ("defections", "lawfare-politics", "information-access", "prison-camps",
                   "refugees-china")

PROBES = [
    # defections: idioms, the leader's boat trip, South Koreans crossing home: quiet
    ("S. Korean Rulers Swimming against Current of Era Slammed", "", {D}, set()),
    ("S. Korea Accused of Swimming against Trend of Reconciliation",
     "A U.S. envoy said the south Korean \"government\" opposes food aid to the DPRK.", {D}, set()),
    ("South Korean Puppets Swimming against Nation's Desire Flayed", "", {D}, set()),
    ("Marshal's Voyage to Frontline Islet Praised by Korean in Canada",
     "An overseas Korean wrote an essay on Marshal Kim Jong Un sailing in a small wooden boat to "
     "a defence detachment on an islet in the southern front area.", {D}, set()),
    ("Reverend Pak Tong Hun Crosses MDL after Visit to Pyongyang", "", {D}, set()),
    ("S. Korean Pro-reunification Students Cross MDL", "", {D}, set()),
    ("Catholic Priest Crosses Military Demarcation Line through Panmunjom", "", {D}, set()),
    # ... while crossings south stay in
    ("North Korean Soldier Crosses MDL, Seeks Asylum", "", {D}, {D}),
    ("Two North Korean soldiers sailed wooden boat to South Korean island", "", {D}, {D}),
    ("North Korean man swam across the estuary to reach the South", "", {D}, {D}),
    ("KCNA Blasts Puppets for Taking Away Inhabitants Who Drifted near Islet",
     "The south Korean puppets took away inhabitants of the DPRK whose boat drifted near an "
     "islet and are forcing them to defect.", {D}, {D}),
    # lawfare-politics: the South's emigrants in state media's words: quiet
    ("Plight of S. Korean Defectors Exposed",
     "The number of south Korean defectors who leave the south for a living abroad keeps growing, "
     "a white paper of the institute said.", {LP}, set()),
    # information-access: the South's press censorship, opening as policy: quiet
    ("Puppet Regime Assailed for Censorship of Press", "", {INFO}, set()),
    ("S. Korean Authorities' Censorship of Newspapers Flayed", "", {INFO}, set()),
    ("Unification Minister's Call for North's Change Blasted",
     "The south Korean minister of unification spoke at a meeting last week. He said the ministry "
     "must push the north into reform and into opening to the outside world.", {INFO}, set()),
    # ... while censorship of the North's websites and outside information stay in
    ("S. Korean Authorities' Censorship of Pro-DPRK Websites Denounced", "", {INFO}, {INFO}),
    ("North Korea steps up crackdown on information from the outside world", "", {INFO}, {INFO}),
    ("Radios open a window on the outside world for North Koreans", "", {INFO}, {INFO}),
    # prison-camps: heroes executed by the Japanese in history: quiet
    ("Girl Hero Remembered in Sinuiju",
     "She was ten when the Japanese police led her to the execution site, recalls her school "
     "in the DPRK.",
     {PC}, set()),
    ("Anti-Japanese Martyr Executed by Imperialists Commemorated", "", {PC}, set()),
    # ... while executions and purges in the North stay in
    ("Traitor Executed for Treason against DPRK", "", {PC}, {PC}),
    ("Hero of Labour among officials purged and executed in North Korea", "", {PC}, {PC}),
    # refugees-china: Koreans living in China, repatriation from the South: quiet
    ("Koreans in China Denounce Puppet Traitors",
     "A vice-chairman of the General Association of Koreans in China denounced the traitors for "
     "insulting the DPRK. The nation cannot escape ruin unless they are punished, he said.", {R}, set()),
    ("Citizens of DPRK Speak to Press after Their Repatriation from South",
     "Citizens of the DPRK who had been held in the south were interviewed in Pyongyang on Friday. "
     "Reporters of China and Russia were present.", {R}, set()),
    # ... while North Koreans in China stay in
    ("North Koreans in China live in fear of arrest", "", {R}, {R}),
    ("Defectors repatriated from China face punishment", "", {R}, {R}),
]


@pytest.mark.parametrize(("title", "summary", "among", "expected"), PROBES)
def test_p7rest_probes(shipped: Matcher, title: str, summary: str, among: set[str],
                       expected: set[str]) -> None:
    """Wrong state-media kinds stay quiet; the right items beside them still alert."""
    assert alerted(shipped, title, summary, among) == expected
