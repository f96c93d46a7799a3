"""Probe items for state media reporting other countries' affairs (PROFILES.md "Reading state media").

Each probe is a headline with a first sentence, written for this test in state media's manner,
and which of the profiles its group checks it should raise:

- state media on the South's, the US's or Japan's own affairs (a spy or security-law trial in
  Seoul, torture by the South's police, a Japanese or US war crime, a massacre in history, a GI's
  crime, a prison sentence abroad) raises no rare profile: the subject is not North Korea or
  North Koreans, though every line of the voice names the DPRK;
- the same voice attacking defectors, denying a UN report on the North's camps, or demanding
  North Koreans held in the South back still raises its profile;
- sanctions-finance in that voice needs sanctions, blockades, seizures or evasion named in the
  title or first sentence: a leader's book "designated" a must-read abroad, a tanker seized by
  another country or a leader's "measures" for mourners are no sanctions story, while a
  statement against sanctions on the DPRK is.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

D, C, M = "defections", "prison-camps", "military-security"
L, W, S = "lawfare-politics", "women-violence", "sanctions-finance"
RARE = {D, C, M, L, W, S, "information-access", "refugees-china", "overseas-labor"}

FOREIGN_PROBES = [
    # the South's spy and security-law cases: not the North's spies
    ("KCNA Slams Seoul Prosecutors for Inventing \"Spy Group\" Affair",
     "The south Korean puppet prosecutors trumped up a spy group affair to gag progressive"
     " activists, KCNA said Monday.", set()),
    ("Minju Joson Derides S. Korean Intelligence Service's Espionage Farce",
     "The puppet intelligence service of south Korea has staged another espionage farce against"
     " trade unionists, Minju Joson said.", set()),
    ("Activist Jailed under Security Law in S. Korea Denounced",
     "A south Korean court sentenced a reunification activist to three years in prison under the"
     " fascist security law, according to KCNA.", set()),
    # torture and prisons in the South
    ("Torture of Students by S. Korean Police Flayed",
     "The south Korean puppet police tortured arrested university students in custody, KCNA"
     " reported.", set()),
    ("Prisoners Maltreated in S. Korean Jails: Rodong Sinmun",
     "Inmates of south Korean prisons are suffering beatings and hunger, Rodong Sinmun said.",
     set()),
    # Japanese and US war crimes, massacres in history
    ("Japan's Crimes of Sexual Slavery during Its Occupation Assailed",
     "The Japanese imperialists forced hundreds of thousands of Korean women into sexual slavery,"
     " Rodong Sinmun said.", set()),
    ("KCNA Recalls Massacre of Civilians by U.S. Troops in 1950",
     "The U.S. imperialist aggressors executed thousands of civilians in a county during their"
     " retreat, KCNA said.", set()),
    ("Rodong Sinmun Accuses Japan of Torturing Koreans in Wartime Prisons",
     "Japan tortured and executed Korean patriots in its prisons during its colonial rule,"
     " Rodong Sinmun said.", set()),
    ("U.S. Torture at Overseas Prisons Condemned by KCNA",
     "The United States tortured detainees at its secret prisons abroad, KCNA said in a"
     " commentary.", set()),
    ("Seoul Court Hands Prison Term to Unionist: KCNA",
     "A court in Seoul sentenced a trade union leader to two years in jail for a strike, KCNA"
     " said. The DPRK people are indignant.", set()),
    ("Rodong Sinmun Scoffs at U.S. Court-Martial of Marines",
     "A U.S. military court gave light sentences to marines who killed villagers in a foreign"
     " country, Rodong Sinmun said.", set()),
    ("Old People in Japan Live as if on Death Row: KCNA Commentary",
     "Pyongyang, March 3 (KCNA) -- Elderly Japanese are waiting for death as if awaiting"
     " execution in a society where money rules.", set()),
    ("Rodong Sinmun Recalls Japanese Assassins' Murder of Korean Queen",
     "Japanese assassins broke into the palace and murdered the queen of Korea more than a"
     " century ago, Rodong Sinmun said.", set()),
    # US troops' crimes in the South
    ("GI's Rape of Schoolgirl in S. Korea Denounced",
     "A U.S. soldier raped a schoolgirl in south Korea, and the puppet authorities let him go,"
     " KCNA reported.", set()),
    # sanctions-finance on loose words in that voice
    ("Leader's Book Designated Must-Read by Foreign Political Party",
     "A political party of a European country has designated the work of respected Comrade Kim"
     " Jong Un as required reading, KCNA said.", set()),
    ("KCNA Commentary Hails Seizure of U.S. Tanker by Another Country",
     "The navy of a Middle Eastern country captured a U.S. oil tanker in the Gulf, the Korean"
     " Central News Agency said.", set()),
    # the North or North Koreans as the subject: still raised
    ("KCNA Blasts Human Scum Who Defected to South for Slandering DPRK",
     "The defectors who fled to the south are spreading lies about the DPRK at the instigation of"
     " the puppet group, KCNA said.", {D}),
    ("KCNA Rejects UN Report on DPRK's Political Prison Camps",
     "The DPRK totally rejects a report of the United Nations on so-called political prison camps"
     " in the DPRK, KCNA said.", {C}),
    ("DPRK Demands S. Korea Return Its Fishermen Held in the South",
     "The DPRK Red Cross demanded south Korea send back its fishermen detained in the south for"
     " weeks, KCNA said.", {D}),
    ("KCNA Denounces Fresh U.S. Sanctions against DPRK",
     "The United States slapped new sanctions on DPRK companies, KCNA said in a commentary.",
     {S}),
    ("Japan's Extension of Sanctions against DPRK Slammed",
     "Japan has extended its sanctions against the DPRK for two more years, Rodong Sinmun said.",
     {S}),
]


def _got(shipped: Matcher, title: str, summary: str) -> set[str]:
    return {m.profile for m in shipped.match(item(title, summary))} & RARE


@pytest.mark.parametrize(("title", "summary", "expected"), FOREIGN_PROBES)
def test_state_media_foreign_affairs(shipped: Matcher, title: str, summary: str,
                                     expected: set[str]) -> None:
    """State media on other countries' crimes raises no rare profile; on the North's, it does."""
    got = _got(shipped, title, summary)
    assert got == expected, got
