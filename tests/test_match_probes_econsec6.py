"""Probe items for state-media headlines that raised none of three profiles (pass econsec6).

KCNA headlines and stories about the North that raised no economy-livelihood, sanctions-finance
or military-security alert were read by the kinds those profiles should catch; each probe is a
headline written for this test (new names, numbers and wording), with the profiles of its
group it should raise:

- sanctions-finance: a Security Council or U.N. "resolution" against the DPRK denounced by
  groups abroad, the denouncer's country named in the title ("Koreans in China", "in Zambia");
  a U.N. resolution the DPRK or its people reject (docs/labelling.md: the Council's resolutions
  on the North are its sanctions). Human-rights resolutions (camps or detention named too), resolutions on other countries,
  the General Assembly's old resolutions on Korea, and the EU's drafts stay out; funds frozen abroad (the bank in Macao)
  and a financial watchdog's report refuted alert, the South's assets frozen at Kumgang do not;
- economy-livelihood: aid, assistance or relief goods given, offered or arriving for the DPRK
  (state media's "Korea" included), food donated to it; the North's educational aid to Koreans
  in Japan, its own aid abroad, legal assistance treaties, books and first-aid days stay out;
- economy-livelihood: state media's headline alone of a typhoon or rain hitting "Korea" (its
  name for the country), recovery from damage in an area at home, flood damage or natural
  disasters "in Korea". Forecasts, the South's weather, prevention, quake
  relief abroad, a bulletin whose summary tells only rainfall and wind, and the guerrillas'
  "Arduous March" of the 1930s (a battle at its end) stay out;
- military-security: an old assassination of a Korean queen by Japanese agents stays out.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

S, E, M = "sanctions-finance", "economy-livelihood", "military-security"

SANCTIONS = {S}
SANCTIONS_PROBES = [
    # a Security Council or U.N. resolution against the DPRK, denounced here or abroad: alert
    ("Korean Residents' Union in China Rejects UNSC's \"Resolution on Sanctions\"", "", {S}),
    ("Compatriots in China Condemn Security Council's Anti-DPRK \"Resolution\"", "", {S}),
    ("UNSC's \"Resolution\" against DPRK Denounced in Zambia and Nepal", "", {S}),
    ("U.N. \"Resolution\" against DPRK Slammed by Russian Party, Chilean Group", "", {S}),
    ("DPRK Rebuts UNSC's \"Resolution\" Faulting It over Rocket Launch", "", {S}),
    ("Hostile U.S. Moves and UN \"Resolution\" against DPRK Refuted", "", {S}),
    ("Citizens of DPRK Indignant at U.N. Resolution", "", {S}),
    ("Belgian Group Calls on UN to Retract Anti-DPRK \"Resolution\"", "", {S}),
    # human rights, other countries, the old resolutions on Korea, the EU's drafts: quiet
    ("UN Human Rights Council's \"Resolution\" against DPRK Rejected", "", set()),
    ("Koreans in China Protest UN \"Human Rights Resolution\" against DPRK", "", set()),
    ("DPRK Backs UN Resolution on Ending Blockade of Cuba", "", set()),
    ("Fulfilment of UN Resolution on Korea Demanded", "", set()),
    ("UN General Assembly Adopts Resolution on Peace on Korean Peninsula", "", set()),
    ("Chinese Envoy Comments on UNSC Resolution on Syria", "", set()),
    ("EU-Drafted Anti-DPRK Resolution at UN Rejected", "", set()),
    ("DPRK Rebuffs U.N. Resolution on \"Labour Camps\"", "", set()),
    ("Resolution of Reunification Rally Adopted in Pyongyang", "", set()),
    # funds frozen at a foreign bank, a financial watchdog's report on the DPRK: alert
    ("FM Spokesman on Transfer of DPRK's Unfrozen Funds", "", {S}),
    ("Spokesman for Foreign Ministry on Settling Question of Frozen Funds", "", {S}),
    ("DPRK Rejects Global Financial Body's Groundless Report", "", {S}),
    # the South's assets frozen at Kumgang, frozen nuclear plants: quiet
    ("Assets of South Side at Kumgang Resort to Be Frozen", "", set()),
    ("Seals to Be Removed from Frozen Nuclear Facilities", "", set()),
]

ECONOMY = {E}
AID_PROBES = [
    # aid, assistance and relief for the DPRK: alert
    ("Norway to Extend Assistance to DPRK", "", {E}),
    ("UN Agency to Provide Aid to DPRK", "", {E}),
    ("Mexican Relief Goods Delivered to Korea", "", {E}),
    ("India Decides to Donate Rice to Korea", "", {E}),
    ("Aid Materials Sent to DPRK by Danish Group", "", {E}),
    ("UN Appeals for Continued Aid to DPRK", "", {E}),
    ("Laotian Aid to DPRK", "", {E}),
    ("Relief Materials for DPRK Arrive", "", {E}),
    ("Peruvian Relief Goods to Korea Arrive", "", {E}),
    ("Vietnam Decides to Donate Rice to Korea", "", {E}),
    # the North's aid to others, legal assistance, books, first aid, equipment: quiet
    ("Kim Jong Un Sends Educational Aid Fund to Korean Children in Japan", "", set()),
    ("DPRK Government Sends Aid Materials to Quake-hit Nepal", "", set()),
    ("Treaty on Mutual Legal Assistance Signed between DPRK and Oman", "", set()),
    ("Korean Books Donated to Zambia", "", set()),
    ("World First Aid Day Observed in DPRK", "", set()),
    ("Relief Fund Sent to Koreans in Japan", "", set()),
    ("Korean Red Cross Sends Relief Goods to Laos", "", set()),
    ("Relief Goods from Korea Arrive in Cuba", "", set()),
    ("Statues Erected in Angola with DPRK's Assistance", "", set()),
]

WEATHER_PROBES = [
    # a typhoon or rain hitting "Korea" (headline alone), recovery from damage at home: alert
    ("Typhoon-11 Hits Most Areas of Korea", "", {E}),
    ("Downpour Lashes Eastern Inland of Korea", "", {E}),
    ("Torrential Rain Batters Northern Areas of Korea", "", {E}),
    ("Drive to Recover from Damage in Hamhung Area Brisk", "", {E}),
    ("Soldiers and Civilians Out to Recover from Damage in Kowon Area", "", {E}),
    ("Foreign Guests Told about Flood Damage in Korea", "", {E}),
    ("Aftermath of Natural Disasters in Korea", "", {E}),
    # forecasts, the South, prevention, quakes abroad, a bulletin of rainfall only: quiet
    ("Typhoon-11 to Hit Korea", "", set()),
    ("Typhoon-7 Moves toward South Sea of Korea", "", set()),
    ("Heavy Rain Lashes South Jolla Province, S. Korea", "", set()),
    ("Measures Taken to Prevent Flood Damage in Korea", "", set()),
    ("Drive to Recover from Quake Damage Brisk in Japan", "", set()),
    ("Victorious Hyesan Battle at Close of Arduous March", "", set()),
    ("Typhoon-11 Hits Most Areas of Korea",
     "The typhoon swept the west coast at 24 m/s, with 90 mm of rain in Haeju from dawn.", set()),
]

MILITARY = {M}
MILITARY_PROBES = [
    # a queen murdered by Japanese agents over a century ago: quiet
    ("Minju Joson on Assassination of Queen Min by Japanese Ruffians in 1895", "", set()),
    ("Japan's Assassination of Korean Empress Recalled", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), SANCTIONS_PROBES)
def test_econsec6_sanctions_probes(shipped: Matcher, title: str, summary: str,
                                   expected: set[str]) -> None:
    """U.N. and Council resolutions against the DPRK in; human rights and others out."""
    assert alerted(shipped, title, summary, SANCTIONS) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), AID_PROBES)
def test_econsec6_aid_probes(shipped: Matcher, title: str, summary: str,
                             expected: set[str]) -> None:
    """Aid for the DPRK in; its own aid abroad, treaties and books out."""
    assert alerted(shipped, title, summary, ECONOMY) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), WEATHER_PROBES)
def test_econsec6_weather_probes(shipped: Matcher, title: str, summary: str,
                                 expected: set[str]) -> None:
    """Typhoons hitting Korea and recovery from damage in; forecasts and abroad out."""
    assert alerted(shipped, title, summary, ECONOMY) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), MILITARY_PROBES)
def test_econsec6_military_probes(shipped: Matcher, title: str, summary: str,
                                  expected: set[str]) -> None:
    """Old assassinations by Japan out."""
    assert alerted(shipped, title, summary, MILITARY) == expected
