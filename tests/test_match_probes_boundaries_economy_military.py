"""Probe headlines at the boundaries of economy-livelihood and military-security.

Each probe is a headline (sometimes with a summary) written for this test, and whether the
profile under test should raise it, by PROFILES.md and the readings of docs/labelling.md:
hunger and short rations in the army are both profiles' story; soldiers put to build or farm
are the army's story (labour), KPA servicepersons doing flood relief in state media are the
relief's (economy-livelihood), and showcase housing they build is neither; a mine's output
counts for the economy, landmines and army units do not; an officer purged or the top
commanders replaced are the army's; munitions shipped to Russia are sanctions-finance, not
the army's; an inter-Korean accord kept or scrapped is kaesong-interkorean; a flood that only
causes a levy or an execution adds nothing to the economy; wages at a post abroad are
overseas-labor; a growth estimate counts only when mining drives it.
Only the profile named is checked for each list: other profiles are held by their own tests.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

ECON = "economy-livelihood"
MIL = "military-security"

ECON_PROBES = [
    # hunger and rations in the army: both profiles
    ("North Korean conscripts go hungry as rations are cut for the winter", "", True),
    ("Front-line units in the North short of rice, troops eating corn gruel", "", True),
    ("Malnourished North Korean recruits sent home from their units", "", True),
    ("North Korean soldiers steal potatoes from farms as food runs out", "", True),
    ("Army ration cuts in North Korea leave troops begging for food", "", True),
    ("Defector says soldiers in her old unit were underfed and malnourished", "", True),
    # KPA servicepersons on flood relief or rebuilding for flood victims: the relief
    ("KPA servicepersons rush to flood-hit county to rebuild homes", "", True),
    ("Soldiers help clear mud in villages after floods in North Hamgyong", "", True),
    ("Troops deployed to repair flood damage in Sinuiju", "Thousands of homes were swept away in the July floods.", True),
    # soldiers put to work with no want named: the army's story, not the economy's
    ("North Korean soldiers ordered to build apartments instead of training", "", False),
    ("Conscripts spend years on construction sites, defectors say", "", False),
    ("KPA servicepersons complete new housing district in Pyongyang", "", False),
    ("Soldiers build modern greenhouse farm, KCNA says", "", False),
    # army institution news without want
    ("Kim Jong Un replaces chief of the general staff", "", False),
    ("North Korean general executed for corruption, NIS says", "", False),
    ("North Korea tightens discipline in army after desertions", "", False),
    ("North Korean border guards ordered to shoot anyone crossing the Yalu", "", False),
    ("North Korean hackers steal $300 million in crypto", "", False),
    ("North Korean troops suffer heavy losses in Kursk", "", False),
    ("North Korea fires ballistic missile into the East Sea", "", False),
    ("North Korean soldier crosses the DMZ and defects", "", False),
    # mines: ore and coal are the economy's, landmines the army's
    ("Coal output rises at Tanchon mines, plan fulfilled", "", True),
    ("Miners at Komdok work without pay as rations stop", "", True),
    ("Collapse at North Korean coal mine kills a dozen miners", "", True),
    ("North Korea's economy grew 3% on mining boom, central bank says", "", True),
    ("North Korean troops lay landmines along the border", "", False),
    ("North Korean soldiers killed by mine blasts while clearing the DMZ", "", False),
    ("North Korean sappers clear mines in Kursk region", "", False),
    # growth with nothing about mines or want: out
    ("Bank of Korea puts North Korea's growth at 3.1 percent", "", False),
    # sanctions neighbour: munitions, coal smuggling, evasion
    ("North Korea shipped millions of artillery shells to Russia, report says", "", False),
    ("Ships carrying North Korean coal to China evade sanctions", "", False),
    ("UN panel says North Korea earns billions from illicit coal exports", "", False),
    ("Treasury sanctions front companies selling North Korean ore", "", False),
    ("Sanctions have worsened food shortages in North Korea, UN expert says", "", True),
    # overseas labour neighbour
    ("North Korean workers in Russia hand most of their wages to the state", "", False),
    ("North Korean construction crews sent to Vladivostok despite UN ban", "", False),
    ("Laborers at a Chinese seafood plant paid nothing, report says", "North Korean women in Dandong work 12-hour shifts.", False),
    # inter-Korean neighbour
    ("Pyongyang scraps 2018 military accord with Seoul", "", False),
    ("Kaesong complex firms seek compensation over shutdown", "", False),
    ("Seoul offers rice aid to the North amid reports of famine", "", True),
    # a flood or hardship only as the cause of something else
    ("North Korean workers abroad told to pay for flood recovery at home", "", False),
    ("North Korea executes officials blamed for flood deaths", "", False),
    ("North Korean households ordered to hand over cash to rebuild typhoon-hit levees", "", False),
    ("North Korean flood victims sleep in tents as officials demand money for repairs", "", True),
    ("Villagers in North Korea still homeless months after floods, told to pay for new embankments", "", True),
    # state media showcase
    ("New rice variety yields bumper harvest at DPRK co-op farm", "", False),
    ("North Korean power station sets output record", "", False),
    # second set: other wordings of the same boundaries
    ("North Korean troops' rice allowance halved amid food crisis", "", True),
    ("Soldiers on North Korea's front line fed boiled corn and salt, escapee recalls", "", True),
    ("북한군 병사들 식량 부족으로 영양실조 속출", "", True),
    ("北 군인 배급 줄어 민가 털이 잇따라", "", True),
    ("KPA units dispatched to help flood victims in South Hwanghae", "", True),
    ("인민군 장병들 큰물 피해 복구 현장에", "", True),
    ("Anthracite production up at Kangso mine, KCNA says", "", True),
    ("Kim Jong Un visits coal mine, urges miners to boost output", "", True),
    ("North Korea sentences army officers for selling fuel", "", False),
    ("Russian weapons experts visit North Korean munitions factories", "", False),
    ("Coal bound for China seized from North Korean ship in sanctions probe", "", False),
    ("North Korean IT workers earn millions for weapons programme", "", False),
    ("Seoul and Pyongyang agree to reopen military hotline", "", False),
    ("North Korea shoots officials blamed for typhoon damage", "", False),
    ("South Korean conscripts' meals improved with new defence budget", "", False),
    ("North Korean soldiers sent to Russia as construction workers, Kyiv says", "", False),
    ("KPA servicepersons at construction sites hold rally in Pyongyang", "", False),
]

MIL_PROBES = [
    # hunger and rations in the army: both profiles
    ("North Korean conscripts go hungry as rations are cut for the winter", "", True),
    ("Front-line units in the North short of rice, troops eating corn gruel", "", True),
    ("Malnourished North Korean recruits sent home from their units", "", True),
    ("North Korean soldiers steal potatoes from farms as food runs out", "", True),
    ("Army ration cuts in North Korea leave troops begging for food", "", True),
    ("Defector says soldiers in her old unit were given two meals a day", "", True),
    # soldiers as labour: the army's story
    ("North Korean soldiers ordered to build apartments instead of training", "", True),
    ("Conscripts spend years on construction sites, defectors say", "", True),
    ("North Korean troops forced to work on farms without pay", "", True),
    ("North Korean army units sent to dig in gold mines", "", True),
    # state media servicepersons: relief or showcase, the army not the subject
    ("KPA servicepersons rush to flood-hit county to rebuild homes", "", False),
    ("Soldiers help clear mud in villages after floods in North Hamgyong", "", False),
    ("KPA servicepersons complete new housing district in Pyongyang", "", False),
    ("Soldiers build modern greenhouse farm, KCNA says", "", False),
    ("KPA servicepersons help farmers with rice transplanting", "", False),
    ("Korean People's Army units praised for building dwelling houses for flood victims", "", False),
    # the army as institution
    ("Kim Jong Un replaces chief of the general staff", "", True),
    ("North Korean general executed for corruption, NIS says", "", True),
    ("North Korea tightens discipline in army after desertions", "", True),
    ("North Korean border guards ordered to shoot anyone crossing the Yalu", "", True),
    ("North Korean hackers steal $300 million in crypto", "", True),
    ("North Korean troops suffer heavy losses in Kursk", "", True),
    ("North Korean soldier deserts his unit and crosses into China", "", True),
    ("North Korean officers sell army fuel on the black market", "", True),
    # mines: landmines at the border count, coal mines do not
    ("North Korean troops lay landmines along the Tumen river", "", True),
    ("Coal output rises at Tanchon mines, plan fulfilled", "", False),
    ("Collapse at North Korean coal mine kills a dozen miners", "", False),
    ("Miners at Komdok work without pay as rations stop", "", False),
    # routine weapons news
    ("North Korea fires ballistic missile into the East Sea", "", False),
    ("Kim Jong Un oversees North Korean artillery drill near the border", "", False),
    # economy topics with no army
    ("Rice prices jump in Hyesan markets", "", False),
    ("Floods destroy thousands of homes in North Korea", "", False),
    ("Power cuts leave Pyongyang apartments dark for days", "", False),
    ("Famine fears grow in North Korean countryside", "", False),
    # sanctions neighbour
    ("North Korea shipped millions of artillery shells to Russia, report says", "", False),
    ("North Korean missiles used by Russia in Ukraine, investigators say", "", False),
    ("Ships carrying North Korean coal to China evade sanctions", "", False),
    ("UN panel says North Korea earns billions from illicit coal exports", "", False),
    # laundering the haul is sanctions-finance alone; the theft as news would keep this profile
    # (docs/labelling.md, State media and the economy)
    ("Lazarus hackers launder stolen crypto through mixers", "", False),
    # overseas labour neighbour
    ("North Korean workers in Russia hand most of their wages to the state", "", False),
    ("North Korean construction crews sent to Vladivostok despite UN ban", "", False),
    ("North Korean troops sent to fight for Russia, Seoul says", "", True),
    # inter-Korean neighbour
    ("Pyongyang scraps 2018 military accord with Seoul", "", False),
    ("North Korea says it will no longer abide by the Comprehensive Military Agreement", "", False),
    ("Kaesong complex firms seek compensation over shutdown", "", False),
    ("Inter-Korean military talks held at Panmunjom", "", False),
    # South Korean army alone
    ("South Korean soldiers complain of poor meals in barracks", "", False),
    # second set: other wordings of the same boundaries
    ("North Korean troops' rice allowance halved amid food crisis", "", True),
    ("북한군 병사들 식량 부족으로 영양실조 속출", "", True),
    ("North Korean front-line battalion survives on one meal a day", "", True),
    ("North Korean soldiers forced to mine gold for unit commanders", "", True),
    ("North Korean army units made to harvest corn for officers' profit", "", True),
    ("North Korean border guards demand bribes from smugglers as rations stop", "", True),
    ("인민군 장병들 큰물 피해 복구 현장에", "", False),
    ("KPA units dispatched to help flood victims in South Hwanghae", "", False),
    ("North Korea's mining output recovers, Seoul estimates", "", False),
    ("Kim Jong Un visits coal mine, urges miners to boost output", "", False),
    ("North Korea unveils new tank at military parade", "", False),
    ("North Korean workers dispatched to Russian construction sites", "", False),
    ("KPA servicepersons at construction sites hold rally in Pyongyang", "", False),
    ("Seoul and Pyongyang agree to reopen military hotline", "", False),
    ("Landmine blast injures South Korean soldiers in the DMZ", "", False),
    ("North Korea's new rice variety lifts harvest, KCNA says", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), ECON_PROBES)
def test_economy_boundary_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises economy-livelihood exactly when the readings say it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (ECON in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), MIL_PROBES)
def test_military_boundary_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises military-security exactly when the readings say it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (MIL in got) == expected, got
