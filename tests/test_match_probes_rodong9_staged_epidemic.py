"""Probe items for modern state media's staged ceremonies around an epidemic (pass rodong9).

Rodong Sinmun's English front pages of 2021-2022 (the 2022 COVID-19 outbreak) raised
economy-livelihood on the leader's photo sessions with anti-epidemic workers and on his
meetings to congratulate officials, scientists or medics after the campaign. The epidemic
response itself is living conditions, but what is staged around it carries no profile, as
docs/labelling.md reads flood recovery (thanks and gifts to the builders, performances). Each
probe is written for this test (new names, numbers and wording):

- no alert: a photo session with participants in an anti-epidemic meeting or with health
  workers; the leader meeting and congratulating officials, scientists or medics of the
  anti-epidemic sector;
- still economy-livelihood: the leader visiting the epidemic headquarters as cases spread,
  medicines sent to households hit by an outbreak, a photo session title that names flood
  victims or a food shortage, and an outbreak reported with no ceremony.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

ECONOMY = {"economy-livelihood"}

PROBES: list[tuple[str, str, set[str]]] = [
    ("Kim Jong Un Has Photo Session with Participants in Meeting Reviewing Anti-Epidemic Campaign",
     "Kim Jong Un, general secretary of the Workers' Party of Korea, had a photo session with "
     "those attending the national meeting that reviewed the emergency anti-epidemic work.",
     set()),
    ("Respected Comrade Kim Jong Un Has Photo Session with Health Workers of Epidemic Prevention Sector",
     "The health workers who fought in the maximum emergency epidemic prevention campaign were "
     "honoured to be photographed with Kim Jong Un in Pyongyang on Tuesday.",
     set()),
    ("Kim Jong Un Meets Officials and Doctors in Anti-epidemic Sector",
     "Kim Jong Un met and congratulated model officials and doctors of the anti-epidemic sector "
     "who contributed to the victory in the emergency epidemic campaign of the DPRK.",
     set()),
    ("Respected Comrade Kim Jong Un Meets and Congratulates Army Medics",
     "Kim Jong Un, general secretary of the WPK, met and congratulated medics of the Korean "
     "People's Army who supplied medicines in the capital during the anti-epidemic campaign.",
     set()),
    ("Kim Jong Un Visits Epidemic Prevention Headquarters as Fever Cases Spread",
     "Kim Jong Un, general secretary of the Workers' Party of Korea, visited the state emergency "
     "epidemic prevention headquarters as fever cases kept rising across the DPRK.",
     ECONOMY),
    ("Kim Jong Un Sends Medicines to Households Suffering from Epidemic in Kaechon",
     "Kim Jong Un sent medicines to the city party committee of Kaechon, South Phyongan "
     "Province, where an intestinal epidemic broke out, asking that they reach every household.",
     ECONOMY),
    ("Kim Jong Un Has Photo Session with Flood Victims Moving into New Houses",
     "Kim Jong Un had a photo session with the families whose houses were washed away by the "
     "floods in August in the DPRK's Kimhwa County.",
     ECONOMY),
    ("Epidemic Spreads in North Korea's Northern Province, Medicines Short",
     "Fever cases are rising in Ryanggang Province of North Korea and hospitals lack medicines, "
     "residents told by telephone.",
     ECONOMY),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_rodong9_staged_epidemic_probes(shipped: Matcher, title: str, summary: str,
                                         expected: set[str]) -> None:
    """Staged photo sessions and congratulations out; the outbreak and relief in."""
    assert alerted(shipped, title, summary, ECONOMY) == expected
