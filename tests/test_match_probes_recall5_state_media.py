"""Probe items for state-media text that raised no alert (recall pass recall5).

A sample of KCNA headlines and stories (1997-2014, 2011-12, 2024) with no alert, drawn at random
and by the rare profiles' core words, held these kinds of miss; each probe is a headline written
for this test (new names, numbers and wording), with the profiles of its group it should raise:

- prison-camps: a foreigner or a South Korean detained, arrested, put on trial or sentenced to
  "reform through labour" in the North (docs/labelling.md, "Punishment, camps and the army").
  Arrests and trials in the South, in China or anywhere else, and the U.S. forces' trials in the
  South, stay out;
- lawfare-politics: the South's own instruments on the North's human rights named by state
  media in its words: a "law on human rights in (the) north" cooked up or fabricated, the
  "white paper on human rights of (the) north", the South's "human rights committee" and its
  road map for the north. Another country's rights report and the North's own human-rights
  bodies stay out;
- sanctions-finance: a press statement whose quoted title, told in the lead, names sanctions
  on the DPRK (the item's headline names only who issued it). A statement on sanctions against
  another country stays out; so do state media's denials of U.S. charges that the North
  counterfeits dollars ("counterfeit notes", "forged dollar bills") alert, as the regime's illicit
  finance (docs/labelling.md). Counterfeit goods or medicines elsewhere stay out;
- military-security: the head of the North's army or security ministry dismissed, relieved or
  newly appointed ("Minister of People's Security Dismissed"; docs/labelling.md: the army's
  top commanders replaced). China's, the South's and other armies' posts, and the ministers'
  visits and talks, stay out;
- economy-livelihood: state media's headlines on damage at home from tidal waves, windstorms,
  rainstorms, heat or spring snow, and a drought that continues or is being overcome.
  Damage abroad, prevention work and the world day against drought stay out;
- defections: inhabitants, fishermen or crewmen of the North back home from the South and
  interviewed or received ("return home from S. Korea"); a series on the U.S. and South
  Korean "abduction" (state media's word for luring its citizens away, docs/labelling.md). Delegations, teams and troupes coming
  back from the South, and returns from anywhere else, stay out.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

PC, LP, D, S = "prison-camps", "lawfare-politics", "defections", "sanctions-finance"
M, E = "military-security", "economy-livelihood"

CAMPS = {PC}
CAMP_PROBES = [
    # foreigners and South Koreans held, tried or sentenced in the North: alert
    ("Canadian Pastor Detained in DPRK for Hostile Acts", "", {PC}),
    ("Two U.S. Nationals to Be Tried for Illegal Entry", "", {PC}),
    ("American Tourist Sentenced to Reform through Labour", "", {PC}),
    ("Japanese Trader Detained for Spying against DPRK", "", {PC}),
    ("S. Korean Intruders Detained", "", {PC}),
    ("Trial of Detained American Student to Open", "", {PC}),
    ("American Prisoner in DPRK Goes on Hunger Strike", "", {PC}),
    ("U.S. Citizen to Be Indicted for Trial", "", {PC}),
    ("Arrested U.S. Citizen Confesses to Crimes against DPRK",
     "A U.S. citizen who was detained last spring after entering the country has been questioned "
     "by a competent organ.", {PC}),
    # arrests and trials elsewhere: quiet
    ("Two Canadians Detained in Beijing over Espionage", "", set()),
    ("S. Korean Students Arrested for Pro-North Rally", "", set()),
    ("American Tried in Kenya for Smuggling Ivory", "", set()),
    ("U.S. Forces Detain S. Korean Protesters", "", set()),
    ("Trial of U.S. Soldier Begins in Seoul", "", set()),
    ("Puppet Court Sentences S. Korean Unionist to Prison Term", "", set()),
    ("Remains of American Prisoners of War Handed Over", "", set()),
    ("American Prisoner Abuse in Iraq Denounced", "", set()),
]

LAWFARE = {LP}
LAWFARE_PROBES = [
    # the South's law, white paper and rights committee on the North: alert
    ("KCNA Accuses Puppet Conservatives of Concocting \"Law on Human Rights in North\"", "",
     {LP}),
    ("Puppet Group's \"White Paper on Human Rights of North\" Ridiculed", "", {LP}),
    ("Puppet \"Human Rights Committee\" Hit for \"Road Map\" on North", "", {LP}),
    # other countries' reports, the North's own bodies: quiet
    ("U.S. \"White Paper on Human Rights\" of China Rejected", "", set()),
    ("DPRK Association for Human Rights Studies Publishes White Paper", "", set()),
    ("Japan's New Law on Pensions under Fire", "", set()),
]

SANCTIONS = {S}
SANCTION_PROBES = [
    # a statement whose quoted title names sanctions on the DPRK: alert
    ("Vice-Minister of Foreign Affairs Issues Press Statement",
     "The vice-minister on Tuesday made public the following press statement titled \"Those who "
     "cook up sanctions against the DPRK will pay dearly\": The hostile forces are again busy.",
     {S}),
    # sanctions on another country, a statement with no sanctions: quiet
    ("Vice-Minister of Foreign Affairs Issues Press Statement",
     "The vice-minister on Tuesday made public the following press statement titled \"Sanctions "
     "against Iran must be lifted at once\": The U.S. is again busy.", set()),
    ("Vice-Minister of Foreign Affairs Issues Press Statement",
     "The vice-minister on Tuesday made public the following press statement titled \"The U.S. "
     "must stop its war drills\": The hostile forces are again busy.", set()),
    # the North's alleged counterfeiting of dollars: alert
    ("KCNA Rejects U.S. Yarn about \"Counterfeit Notes\"", "", {S}),
    ("\"Forged Dollar Bills\" Story Termed Fabrication", "", {S}),
    ("U.S. Is Real Kingpin of Counterfeiting: Minju Joson", "", {S}),
    # counterfeit goods elsewhere: quiet
    ("Ghana Cracks Down on Counterfeit Medicines", "", set()),
    ("Counterfeit Luxury Goods Seized in Italy", "", set()),
]

MILITARY = {M}
MILITARY_PROBES = [
    # the North's army or security chiefs replaced: alert
    ("Minister of State Security Dismissed", "", {M}),
    ("New Chief of General Staff Appointed", "", {M}),
    ("Minister of People's Security Relieved of His Post", "", {M}),
    # other armies, visits and talks: quiet
    ("Chinese Minister of Public Security Appointed", "", set()),
    ("S. Korean Chief of General Staff Replaced", "", set()),
    ("Minister of People's Security Meets Lao Delegation", "", set()),
]

ECONOMY = {E}
ECONOMY_PROBES = [
    # damage at home, drought lasting or fought: alert
    ("Heavy Damage from Tidal Waves on West Coast", "", {E}),
    ("Windstorm Damage Reported in Three Provinces", "", {E}),
    ("Damage by Late Spring Snow in Northern Areas", "", {E}),
    ("Drought and Heat Continue in Western Areas", "", {E}),
    ("Campaign Launched to Overcome Severe Drought", "", {E}),
    # abroad, prevention, the world day: quiet
    ("Tidal Wave Damage in Indonesia", "", set()),
    ("Measures Taken to Prevent Heat Damage", "", set()),
    ("World Day to Combat Drought Observed", "", set()),
]

DEFECTIONS = {D}
DEFECTION_PROBES = [
    # the North's inhabitants back home from the South: alert
    ("Fishermen Interviewed upon Their Return Home from S. Korea", "", {D}),
    ("Talks Held with Crewmen after Their Return Home from South", "", {D}),
    ("Whole Story of U.S. and S. Korean Abduction Plot Disclosed (3)", "", {D}),
    # delegations and teams, returns from elsewhere: quiet
    ("DPRK Delegation Returns Home from S. Korea", "", set()),
    ("Football Players Return Home from S. Korea", "", set()),
    ("Fishermen Return Home after Record Catch", "", set()),
    ("Sailors Return Home from Russia", "", set()),
    ("Japan's Abduction of Koreans in Wartime Disclosed", "", set()),
    ("S. Korean Abductees' Families Rally in Seoul", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), CAMP_PROBES)
def test_recall5_camp_probes(shipped: Matcher, title: str, summary: str,
                             expected: set[str]) -> None:
    """Foreigners held, tried or sentenced in the North in; arrests and trials elsewhere out."""
    assert alerted(shipped, title, summary, CAMPS) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), LAWFARE_PROBES)
def test_recall5_lawfare_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """The South's law, white paper and rights committee on the North in; others out."""
    assert alerted(shipped, title, summary, LAWFARE) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), SANCTION_PROBES)
def test_recall5_sanction_probes(shipped: Matcher, title: str, summary: str,
                                 expected: set[str]) -> None:
    """A statement's quoted title naming sanctions on the DPRK in; other sanctions out."""
    assert alerted(shipped, title, summary, SANCTIONS) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), MILITARY_PROBES)
def test_recall5_military_probes(shipped: Matcher, title: str, summary: str,
                                 expected: set[str]) -> None:
    """The North's army or security chiefs replaced in; other armies and visits out."""
    assert alerted(shipped, title, summary, MILITARY) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), ECONOMY_PROBES)
def test_recall5_economy_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """Weather damage at home and drought fought in; abroad and prevention out."""
    assert alerted(shipped, title, summary, ECONOMY) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTION_PROBES)
def test_recall5_defection_probes(shipped: Matcher, title: str, summary: str,
                                  expected: set[str]) -> None:
    """Inhabitants back home from the South in; delegations and other returns out."""
    assert alerted(shipped, title, summary, DEFECTIONS) == expected
