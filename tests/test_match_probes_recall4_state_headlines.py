"""Probe items for state-media headlines that name no country and raised no alert (recall pass).

State media's headlines (KCNA's English service) rarely name the DPRK: "Korea", "the north" or
nothing at all stands for it, and the South is "S. Korea", "the south side" or its leader's
name. A sample of such headlines that raised no alert held these kinds of miss; each probe is a
headline written for this test (new names, numbers and wording), with the profiles of its group
it should raise:

- kaesong-interkorean: talks or contacts with the South proposed, held, refused or broken off
  (working-level talks for a joint event, a Red Cross message to the South's Red Cross, the
  South blamed for aborting military talks), a Southern president's summit visit in Pyongyang,
  Mount Kumgang tourism as a project. Reunification rhetoric, "talk about dialogue" mocked, and
  talks with Japan, the U.S. or the six parties stay out (docs/labelling.md);
- economy-livelihood: floods, drought, heavy rain and typhoon damage at home and the relief
  after them, food aid arriving, electricity shortages, coal output. Forecasts with no damage,
  flood-prevention showcase, disasters abroad and routine farm progress stay out;
- sanctions-finance: sanctions on the North in state media's words ("sanctions" to be lifted,
  the UN "resolution on sanctions", Japan's "sanctions" on Chongryon). Sanctions on Iran,
  Belarus or Cuba and a sporting body's sanctions stay out;
- information-access: Radio Free Asia and "anti-DPRK broadcasting" attacked by state media. The
  North's own broadcasting anniversaries and foreign radios praising its leaders stay out.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

K, E, S, IA = "kaesong-interkorean", "economy-livelihood", "sanctions-finance", "information-access"
D = "defections"

KAESONG = {K}
KAESONG_PROBES = [
    # talks and contacts with the South: alert
    ("Fourth Round of Working-level Talks for Joint Liberation Day Event Held", "", {K}),
    ("Working-level Contact Proposed to South Side on Athletes' Exchange", "", {K}),
    ("S. Korea Blamed for Breaking off General-level Military Talks", "", {K}),
    ("S. Korean Authorities Urged to Accept Proposal for Dialogue", "", {K}),
    ("S. Korean Authorities' Refusal of Contact at Panmunjom Denounced", "", {K}),
    ("S. Korean Side Held Responsible for Abortive Working Contact", "", {K}),
    ("Notice Sent to President of S. Korean Red Cross", "", {K}),
    ("Telephone Message to Chairman of South Korean Red Cross", "", {K}),
    ("Talks Held between Kim Jong Il and Roh Moo Hyun", "", {K}),
    ("Kim Dae Jung Arrives in Pyongyang", "", {K}),
    ("Banquet Given in Honour of Roh Moo Hyun", "", {K}),
    ("Law on Mt. Kumgang Tourist Zone Promulgated", "", {K}),
    ("Spokesman on Suspension of Mt. Kumgang Tourism", "", {K}),
    ("Delegation of South Side Arrives for Economic Talks", "", {K}),
    ("Kim Yong Nam Receives Special Envoy of South Side", "", {K}),
    ("North Side's Delegation Returns from Seoul", "", {K}),
    ("North Side Sends Notice to South Side on Rail Test Run", "", {K}),
    ("Vice-Chairman of Hyundai Asan and His Party Here", "", {K}),
    ("11th Reunion of Separated Families and Relatives Opens", "", {K}),
    ("Fate of KIZ Hinges on Seoul's Attitude: Spokesman", "", {K}),
    ("Notice to S. Side on Disposal of Assets in Mt. Kumgang Resort", "", {K}),
    ("Telephone Message Sent to S. Korean Military Authorities over Border Talks", "", {K}),
    ("Railways and Roads Linked to ROK Cut Off for Good: KCNA Report", "", {K}),
    ("S. Korean Buddhist Delegation Here", "", {K}),
    ("South Korean Visiting Group of Farmers Leaves", "", {K}),
    ("Vice-Premier Meets Co-chairs of S. Korean Delegation", "", {K}),
    # rhetoric, mockery and other powers' talks: quiet
    ("S. Korean Regime's Empty Talk about \"Dialogue\" Ridiculed", "", set()),
    ("Kim Dae Jung Regime's Treachery Denounced", "", set()),
    ("Roh Moo Hyun Group's Pro-U.S. Policy Flayed", "", set()),
    ("S. Korea-Japan Working-level Talks on Fishery Denounced", "", set()),
    ("DPRK-Japan Working-level Contact Held in Shenyang", "", set()),
    ("Working-level Talks between DPRK and EU Held", "", set()),
    ("S. Korea Urged to Take Part in Six-party Talks Sincerely", "", set()),
    ("DPRK Red Cross Society Marks Its Anniversary", "", set()),
    ("Japanese Red Cross Sends Letter to DPRK Red Cross", "", set()),
    ("Autumn Scenery of Mt. Kumgang", "", set()),
    ("Russian Tourist Group Tours Mt. Kumgang", "", set()),
    ("Rodong Sinmun Calls for Implementing North-South Joint Declaration", "", set()),
    ("North Side Committee for Implementing Joint Declaration Holds Meeting", "", set()),
    ("S. Korean Army Fires Shells at North Side's Guard Post", "", set()),
    ("Hyundai Motor Unionists Stage Strike in S. Korea", "", set()),
    ("Families Separated at U.S.-Mexico Border Reunite", "", set()),
    ("Ski Resort Opens at Mt. Masik", "", set()),
    ("S. Korean Delegation Leaves for Tokyo", "", set()),
    ("South Korean Trade Delegation Arrives in Washington", "", set()),
    ("Obama Meets South Korean Delegation", "", set()),
    ("Railway Linking Pyongyang and Sinuiju Modernised", "", set()),
]

ECONOMY = {E}
ECONOMY_PROBES = [
    # disasters at home, relief, food aid, power shortage, coal output: alert
    ("Flood Damage Grows Serious in Eastern Provinces", "", {E}),
    ("Damage from Torrential Rains Confirmed", "", {E}),
    ("Long Spell of Drought Damages Crops in Korea", "", {E}),
    ("Drought Continues in Western Region", "", {E}),
    ("Koreans Turn Out to Combat Drought", "", {E}),
    ("Typhoon No. 11 Leaves Casualties", "", {E}),
    ("Officials of Ministries Help Inhabitants in Flood-hit Areas", "", {E}),
    ("Railway Sections Damaged by Flood under Repair", "", {E}),
    ("WFP Official Visits Flood-stricken Areas", "", {E}),
    ("Second Shipment of Food Aid Arrives", "", {E}),
    ("40,000 Tons of Food Delivered to Korea", "", {E}),
    ("Relief Goods to DPRK", "", {E}),
    ("Food Donated by Laotian Government Arrives", "", {E}),
    ("Red Cross Relief Activities Launched in Flood-hit County", "", {E}),
    ("Acute Shortage of Electricity", "", {E}),
    ("Coal Output Rises", "", {E}),
    ("Achievements in Coal Mines of South Phyongan", "", {E}),
    ("Coal Industry Units Fulfil Half-year Tunneling Plan", "", {E}),
    ("Miners Trapped for Two Days after Pit Collapse", "", {E}),
    # forecasts, prevention showcase, abroad, farm progress: quiet
    ("Typhoon-12 to Hit Korea", "", set()),
    ("Typhoon-12 Moves toward West Sea of Korea", "", set()),
    ("Storm Passes off East Coast of Korea, Slight Damage Reported", "", set()),
    ("Work for Preventing Flood Damage Brisk", "", set()),
    ("Flood Forecast System Introduced", "", set()),
    ("Flood Damage Increases in Bangladesh", "", set()),
    ("Drought Hits Farms in Kenya", "", set()),
    ("Food Aid Arrives in Somalia", "", set()),
    ("WORLD FOOD AID NEEDS SEEN LOWER - USDA", "", set()),
    ("Relief Goods Sent to Quake-hit Nepal", "", set()),
    ("Power Shortage Worsens in Pakistan", "", set()),
    ("Threshing Makes Brisk Headway", "", set()),
    ("Korean Traditional Food Popular", "", set()),
    ("Coal Production Up in Australia", "", set()),
    ("Coal Mining Machine Complex Turns out New Cutters", "", set()),
    ("Kangso Mineral Water Popular with Citizens", "", set()),
    ("BIG RIVER MINES LTD EXPECTS HIGHER GOLD OUTPUT", "", set()),
]

SANCTIONS = {S}
SANCTIONS_PROBES = [
    # sanctions on the North, state-media voice: alert
    ("Unjust \"Sanctions\" Must Be Lifted at Once", "", {S}),
    ("Koreans in Germany Denounce UNSC \"Resolution on Sanctions\"", "", {S}),
    ("Japan's Extension of \"Sanctions\" against Chongryon Slammed", "", {S}),
    ("U.S. Urged to Drop Sanctions against North", "", {S}),
    ("Provincial Rally Denounces UNSC \"Resolution\" against DPRK", "", {S}),
    ("Spokesman Rejects New UN Security Council Resolution Out of Hand", "", {S}),
    # others' sanctions and sporting bodies: quiet
    ("Belarus Rejects West's Sanctions", "", set()),
    ("Iran Slams New U.S. Sanctions", "", set()),
    ("Cuba Denounces U.S. Blockade and Sanctions", "", set()),
    ("Strict Sanctions against Doping Demanded", "", set()),
    ("China Opposes U.S. Sanctions on Chinese Firm", "", set()),
    ("UNSC \"Presidential Statement\" Refuted", "", set()),
    ("UNSC Resolution on Libya Criticized by AU", "", set()),
]

INFO = {IA}
INFO_PROBES = [
    # broadcasts aimed at the North attacked by state media: alert
    ("Foreign Ministry Spokesman on \"Radio Free Asia\"", "", {IA}),
    ("U.S. Plan to Expand Radio Free Asia Denounced", "", {IA}),
    ("Anti-DPRK Smear Broadcasting Denounced", "", {IA}),
    ("U.S. Funding of Anti-DPRK Broadcasts Assailed", "", {IA}),
    ("South Korean Army Urged to Halt Psywar along Front Line", "", {IA}),
    ("KPA Vows to Destroy S. Side's Psychological Warfare Means", "", {IA}),
    ("S. Korean Authorities' Move to Block Internet Sites Denounced", "", {IA}),
    # the North's own broadcasting and praise from abroad: quiet
    ("Anniversary of Korean Central Broadcasting Marked", "", set()),
    ("Nigerian Radio Praises Kim Il Sung", "", set()),
    ("World Day of Broadcasting for Children Observed", "", set()),
    ("Iran Calls New U.S. Sanctions Psychological Warfare", "", set()),
    ("Struggle against Imperialists' Psychological Warfare Called for", "", set()),
    ("Websites Spreading Obscene Pictures Closed in China", "", set()),
    ("Candidate's Campaign Website Blocks Overseas Visitors", "", set()),
]

DEFECTIONS = {D}
DEFECTION_PROBES = [
    # state media's "kidnapping" of its diplomats, fishers or inhabitants by the South: alert
    ("Seoul Accused of Kidnapping DPRK Diplomat in Bangkok", "", {D}),
    ("Red Cross Urges S. Korea to Return Detained Inhabitants at Once", "", {D}),
    ("S. Korea Slammed for Kidnapping Crewmen of DPRK Cargo Ship", "", {D}),
    # Japan's abductees, pirates, abductions elsewhere: quiet
    ("Japanese Abductees' Families Hold Rally in Tokyo", "", set()),
    ("Pirates Kidnap Crew of Tanker off Somalia", "", set()),
    ("Rebels Kidnap Oil Workers in Niger Delta", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), KAESONG_PROBES)
def test_recall4_kaesong_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """Talks, contacts, summits and Kumgang tourism with the South in; rhetoric out."""
    assert alerted(shipped, title, summary, KAESONG) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), ECONOMY_PROBES)
def test_recall4_economy_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """Home disasters, relief, food aid, power shortage and coal in; forecasts and abroad out."""
    assert alerted(shipped, title, summary, ECONOMY) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), SANCTIONS_PROBES)
def test_recall4_sanctions_probes(shipped: Matcher, title: str, summary: str,
                                  expected: set[str]) -> None:
    """State media's "sanctions" on the North in; others' sanctions out."""
    assert alerted(shipped, title, summary, SANCTIONS) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), INFO_PROBES)
def test_recall4_info_probes(shipped: Matcher, title: str, summary: str,
                             expected: set[str]) -> None:
    """Radio Free Asia and anti-DPRK broadcasting in; the North's own broadcasting out."""
    assert alerted(shipped, title, summary, INFO) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTION_PROBES)
def test_recall4_defection_probes(shipped: Matcher, title: str, summary: str,
                                  expected: set[str]) -> None:
    """State media's "kidnapping" of DPRK diplomats, fishers, inhabitants in; others out."""
    assert alerted(shipped, title, summary, DEFECTIONS) == expected
