"""Probe items for kinds of error seen on KCNA's full stories (title and lead), pass stories5.

Each probe is a headline with a lead written for this test, and which of the profiles its group
checks it should raise:

- defections: state media's tirade against the South's (or the U.S.') "human rights" campaign,
  whose title names the campaign and whose lead names defectors only as "human scum" among the
  campaign's tools, is about the campaign, not about defectors (PROFILES.md: a passing mention is
  not enough). An item whose title names the defectors, or whose lead tells of their defection,
  flight, abduction or testimony, stays defections (docs/labelling.md: state media attacking
  defectors is about defectors);
- information-access: state media's bylined articles on the imperialists' "ideological and
  cultural poisoning" or "reactionary ideology" of the world in general carry nothing across the
  North's border; the South's or the imperialists' leaflets, broadcasts or radios aimed at the
  North stay in. KCNA's Spanish service on foreign papers and radios ("periodicos y radios")
  marking a leader's birthday is praise from abroad, like its English form;
- prison-camps: KCNA's Spanish items on a court in the South sentencing someone to prison
  ("condeno ... a 5 anos de prision") are the South's courts, as the English form reads
  (config.yaml: a court in the South jailing someone is not the North's prisons); a camp named
  in English stays in;
- refugees-china: state media denying the South's claim that the DPRK makes drugs and
  traffics them into China is about drugs, not North Koreans in China (the drug trade is out
  already in the words "drug trafficking"); North Korean women held in China stay in, whatever
  they are accused of;
- kaesong-interkorean: a foreign or overseas group's praise of a DPRK proposal for better
  north-south relations, told with "said" rather than "supported" or "hailed", is the rhetoric
  docs/labelling.md reads as no profile; a proposal of talks or a Red Cross contact that the
  South is urged to accept stays in.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

D, IA, P, R = "defections", "information-access", "prison-camps", "refugees-china"
K = "kaesong-interkorean"

DEFECTION = {D}
DEFECTION_PROBES = [
    # a "human rights" tirade naming defectors only as the campaign's "human scum": no profile
    ("Puppet Group's Anti-DPRK \"Human Rights\" Racket Flayed",
     "The puppet authorities of south Korea are raising a din about \"human rights\" in the"
     " north, mobilising reactionary conservatives and despicable human scum to smear the"
     " socialist system.", set()),
    ("Minju Joson Ridicules Seoul's \"Human Rights\" Farce",
     "The puppet clique, in league with human scum, is staging a \"human rights\" show"
     " against the DPRK, says Minju Joson in a commentary.", set()),
    ("Puppets' Gathering over \"North's Human Rights\" Derided",
     "The south Korean puppet forces recently brought together human scum and die-hard"
     " conservatives for a so-called \"week of north's human rights\" at a hall in Seoul.", set()),
    # the defectors themselves in the title, or their flight or testimony in the lead: defections
    ("Puppets' \"Human Rights\" Smear Using Defectors Denounced",
     "The south Korean puppet group is using defectors to the south in its smear campaign over"
     " \"human rights\", KCNA says.", {D}),
    ("Seoul's \"Human Rights\" Racket Slammed",
     "The puppet group has let human scum who fled to the south testify falsely about the"
     " \"human rights\" situation in the DPRK, says Minju Joson.", {D}),
    ("Human Scum's Lies about \"Human Rights\" Exposed",
     "The human scum who betrayed the motherland are peddling stories cooked up about the"
     " \"human rights\" situation in the DPRK at the instigation of the puppets.", {D}),
]

INFO = {IA}
INFO_PROBES = [
    # the imperialists' cultural poisoning of the world in general: no profile
    ("Imperialists' Cultural Poisoning Is Prelude to Domination: Rodong Sinmun",
     "The ideological and cultural poisoning pursued by the imperialists paves the way for their"
     " aggression on sovereign countries, Rodong Sinmun says in a bylined article Tuesday.",
     set()),
    ("Rodong Sinmun Calls for Rejecting Imperialist Culture",
     "The imperialists are spreading reactionary ideology and decadent culture across the world"
     " through the mass media to disarm other nations ideologically, Rodong Sinmun says.",
     set()),
    # Spanish: foreign papers and radios marking a birthday: no profile
    ("Homenaje al Dirigente en la prensa extranjera",
     "Los periodicos y radios de varios paises dedicaron articulos especiales al aniversario"
     " del nacimiento del Dirigente Kim Jong Il.", set()),
    # leaflets or broadcasts aimed at the North: information-access
    ("Puppets' Scattering of Reactionary Leaflets Denounced",
     "The south Korean puppets, abetted by the imperialists, flew balloons carrying leaflets"
     " across the front line, KCNA says.", {IA}),
    ("Imperialists' Anti-DPRK Radio Broadcasts Slammed",
     "The imperialists are beaming anti-DPRK radio broadcasts into the north to spread"
     " reactionary ideology, Rodong Sinmun says in a bylined article.", {IA}),
]

CAMPS = {P}
CAMP_PROBES = [
    # Spanish: a court in Seoul jailing a visitor to Pyongyang: no profile
    ("",
     "Hace poco, el Tribunal Local de Seul condeno al pastor Ri, quien visito a Pyongyang, a"
     " 4 anos de prision.", set()),
    ("",
     "Hace unos dias, un tribunal de Seul sentencio a un activista que habia viajado a"
     " Pyongyang a 3 anos de prision.", set()),
    # the North's camps: prison-camps
    ("Former Inmate of Yodok Camp Recounts Beatings",
     "A woman who spent four years in the Yodok political prison camp described beatings and"
     " hunger there.", {P}),
]

REFUGEES = {R}
REFUGEE_PROBES = [
    # state media on the South's drug claims: no profile
    ("KCNA Rejects Puppets' Tale of DPRK Narcotics",
     "The puppet group claimed that the DPRK makes drugs and trafficked them into China and the"
     " south, a smear floated by a ruling party lawmaker of south Korea.", set()),
    # North Korean women held in China: refugees-china
    ("North Korean Women Held in China over Drug Charges Face Return",
     "Police in Jilin detained two North Korean women who had fled across the Tumen, accusing"
     " them of carrying drugs; activists fear they will be sent back.", {R}),
]

KAESONG = {K}
KAESONG_PROBES = [
    # third-party praise of a DPRK proposal: no profile
    ("",
     "The proposal of the DPRK for mending inter-Korean relations is the most reasonable and"
     " generous one, said the Workers' League of Guatemala in a statement on"
     " March 3.", set()),
    ("",
     "The DPRK's proposal for improved inter-Korean relations is fully just, said the chairman"
     " of the Labour Movement of Jamaica in an article.", set()),
    # a proposal of talks or a contact, and the South urged to accept it: kaesong-interkorean
    ("S. Korea Urged to Accept Proposal for North-South Talks",
     "The DPRK's proposal for north-south talks should be accepted at once, said the chairman of"
     " the Red Cross Society in a notice sent to the south side.", {K}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTION_PROBES)
def test_stories5_defection_probes(shipped: Matcher, title: str, summary: str,
                                   expected: set[str]) -> None:
    """A 'human rights' tirade naming 'human scum' in passing is out; defectors named stay in."""
    got = alerted(shipped, title, summary, DEFECTION)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), INFO_PROBES)
def test_stories5_info_probes(shipped: Matcher, title: str, summary: str,
                              expected: set[str]) -> None:
    """Imperialist culture in general and Spanish praise are out; leaflets and radios in."""
    got = alerted(shipped, title, summary, INFO)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), CAMP_PROBES)
def test_stories5_camp_probes(shipped: Matcher, title: str, summary: str,
                              expected: set[str]) -> None:
    """A Spanish item on a Seoul court's prison term is out; the North's camps stay in."""
    got = alerted(shipped, title, summary, CAMPS)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), REFUGEE_PROBES)
def test_stories5_refugee_probes(shipped: Matcher, title: str, summary: str,
                                 expected: set[str]) -> None:
    """State media's denial of drug claims is out; North Korean women held in China stay in."""
    got = alerted(shipped, title, summary, REFUGEES)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), KAESONG_PROBES)
def test_stories5_kaesong_probes(shipped: Matcher, title: str, summary: str,
                                 expected: set[str]) -> None:
    """Third-party praise of a DPRK proposal is out; a proposal of talks sent South stays in."""
    got = alerted(shipped, title, summary, KAESONG)
    assert got == expected, got
