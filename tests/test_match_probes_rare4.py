"""Probe items for kinds of false alert seen on real state-media text (KCNA) in rare profiles.

Each probe is a headline (sometimes with a summary) written for this test, and which of the
profiles its group checks it should raise:

- sanctions-finance: state media's headlines on sanctions or a blockade against the North
  often name no DPRK (Japan's "sanctions" extended, the UNSC's "resolution on sanctions", a
  naval blockade against the north): they are about sanctions on the North; others' sanctions
  (Belarus, Cuba, Iran), referees and police cordons are not. The "Un" of the leader's name is no UN beside "measures"; a venue or a
  book "designated" by someone is no sanctions designation; goods "supplied to" Pyongyang's
  own citizens and a shop that sells seafood are no exports to the North; the North's army
  seizing a Southern boat and the North freezing the South's assets at a joint resort are not
  sanctions on the North (PROFILES.md: sanctions on North Korea and their evasion). Sanctions
  denounced by state media, designations of firms, ship seizures, frozen accounts and seafood
  exports stay in;
- defections: a South Korean who defects to the North and is welcomed there is a defector
  from another country (PROFILES.md "not in"; docs/labelling.md); North Koreans who defect,
  and state media attacking them, stay in;
- state media's headlines with no voice word of their own (KCNA headlines often have none):
  a gala "held", a "hanging board", the Pyongyang tribunal on U.S. crimes, the South's rulers'
  "atrocity" and the anti-Japanese guerrillas' camps are no prison camps; rape the oil crop
  is no rape; a general's death, the "outbreak" of the Korean War, a ship "captured" decades
  ago, a commander's visit to Russia and "army-first" politics praised in Russia are no story
  about the army as an institution; praise from foreign labour leaders, a mill introduced
  abroad, helpers of builders at home and Koreans abroad are no overseas labour; foreign
  papers, radios and media praising the leaders, a song, a heritage and a "U.S. B-52" carry
  nothing across the border; Japan's courts on Chongryon's property are no rights politics.
  Camps, executions, rape of returnees, army hunger and desertion, troops sent to Russia,
  workers sent abroad, radios, leaflets and the "paradise" suits stay in.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

S, D = "sanctions-finance", "defections"
P, W, M = "prison-camps", "women-violence", "military-security"
OL, IA, LP = "overseas-labor", "information-access", "lawfare-politics"

SANCTIONS = {S}
SANCTIONS_PROBES = [
    # the leader's name, honours and domestic supply: no sanctions
    ("Kim Jong Un Takes Measures for Children's Summer Camp", "", set()),
    ("Students Moved by Kim Jong Un's Warm Measures", "", set()),
    ("Pyongyang's Chongchun Street Arena Designated as Host Venue of Asian Judo Event", "", set()),
    ("Kim Jong Un's Speech Designated by Peruvian Party as Required Reading", "", set()),
    ("Fresh Vegetables Supplied to Pyongyang Households", "", set()),
    ("New Fish Shop Opens on Changjon Street",
     "The shop on Changjon Street in Pyongyang sells seafood such as pollack, crab and clams to"
     " the citizens.", set()),
    ("KPA Navy Seizes South Korean Ship Intruding into Its Waters", "", set()),
    ("DPRK Decides to Freeze South Korean Assets at Kumgang Resort", "", set()),
    # sanctions on the North, designations, seizures and evasion: still in
    ("KCNA Slams Japan's Decision to Prolong Sanctions against DPRK", "", {S}),
    ("Security Council's New Measures against DPRK Rejected by Foreign Ministry", "", {S}),
    ("U.S. Treasury Designates Three DPRK Trading Firms", "", {S}),
    ("Refined Oil Supplied to Pyongyang by Ship-to-Ship Transfers, UN Panel Says", "", {S}),
    ("North Korean Seafood Sold in China under False Labels", "", {S}),
    ("Japanese Coast Guard Seizes DPRK Cargo Ship", "", {S}),
    ("U.S. Freezes Assets of DPRK Bank in Macao", "", {S}),
    # state media's headlines on sanctions and blockade against the North, with no DPRK in them
    ("U.S. Moves for Naval Blockade against North Denounced", "", {S}),
    ("Japan's Renewal of Unjust \"Sanctions\" Flailed", "", {S}),
    ("Koreans in Japan Rally against Tokyo's Decision to Prolong Sanctions", "", {S}),
    ("Embargo on Port Calls of Mangyongbong-92 Must Be Lifted", "", {S}),
    ("Rallies Go On against UNSC \"Resolution on Sanctions\"", "", {S}),
    ("S. Korean Parliament's Talk of \"Sanctions\" Flailed", "", {S}),
    # ... and on others' sanctions, sporting penalties and police cordons: not the North's
    ("Belarus Denounces West's New Sanctions", "", set()),
    ("Ecuador Calls for End to U.S. Blockade of Cuba", "", set()),
    ("Sanctions against Biased Referees Demanded", "", set()),
    ("Police Blockade Venue of Student Rally in Seoul", "", set()),
    ("U.S. Trade Sanctions on Japanese Chipmakers Take Effect", "", set()),
    ("Imperialists' Sanctions against Other Countries Slammed", "", set()),
    # the North's stand on sanctions against another country, told in the lead: not the North's
    ("DPRK Rejects All Forms of Sanctions and Pressure: KCNA",
     "The U.S. and its allies are stepping up pressure on Syria over its internal affairs, and"
     " the UN is debating fresh sanctions.", set()),
    ("KCNA Slams New Sanctions",
     "The U.S. slapped new sanctions on the DPRK and Iran, accusing them of arms deals.", {S}),
]

DEFECTION = {D}
DEFECTION_PROBES = [
    # South Koreans who defect to the North: no profile
    ("Pyongyang Citizens Welcome S. Korean Defector", "", set()),
    ("S. Korean Defector Publishes Memoirs in Pyongyang", "", set()),
    ("South Korean Resident Defects to DPRK", "", set()),
    ("We Came of Our Own Will, Say Voluntary Defectors to DPRK", "", set()),
    ("Defector Pak Chol Su Welcomed in Pyongyang", "", set()),
    # state media's idiom and Chongryon's visits home: no crossing
    ("S. Korea: \"Authorities\" Blamed for Swimming against Trend of Times",
     "Kyunghyang, a newspaper of south Korea, on May 3 ran an editorial criticising the authorities'"
     " stand against aid to the DPRK.", set()),
    ("Second Home-visiting Group of Chongryon Arrives in Seoul", "", set()),
    # a swim or an arrival across the border: still in
    ("North Korean Man Swims across Han River Estuary to Defect", "", {D}),
    # North Koreans who defect, and state media on them: still in
    ("North Korean Defector Welcomed by Seoul Church", "", {D}),
    ("KCNA Blasts Farce of \"Defectors from North\"", "", {D}),
    ("S. Korean Puppets Accused of Luring Defectors from North into Smear Campaign", "", {D}),
    ("Ministry of People's Security Vows to Punish Defectors Slandering DPRK", "", {D}),
]

STATE = {P, W, M, OL, IA, LP}
STATE_PROBES = [
    # prison-camps: no camp, detention or execution of the North's
    ("Evening Gala of Pupils and Students Held in Pyongyang", "", set()),
    ("Hanging Board of \"Model Class\" Unveiled at Pyongyang School", "", set()),
    ("Pyongyang International Tribunal Indicts U.S. for War Crimes", "", set()),
    ("Chongryon Teachers Slam Lee Myung Bak Regime for Its Inhuman Atrocity", "", set()),
    ("Political Work in Secret Camp on Mt Paektu",
     "The political and military training of the Korean People's Revolutionary Army in the"
     " secret camp in 1936 was a turning point in the anti-Japanese armed struggle, led by"
     " President Kim Il Sung.", set()),
    # prison-camps: still in
    ("Former Vice-Marshal Executed in Pyongyang for Treason", "", {P, M}),
    ("KCNA Dismisses U.S. Talk about DPRK's Political Prison Camps", "", {P}),
    # women-violence: the oil crop is no rape
    ("Rape Plant Cultivated Widely across DPRK Farms", "", set()),
    ("Women Returned from China Raped in North Korean Holding Centres", "", {W, P}),
    # military-security: history, obituaries, visits and praise are no story about the army
    ("KPA Lieutenant General Ri Chol Man Dies", "", set()),
    ("Great Victory Scored by KPA Days after Outbreak of Korean War", "", set()),
    ("U.S. Spy Boat Captured by KPA Recalled by Russian Daily", "", set()),
    ("Commander of KPA Strategic Forces Leaves for Russia", "", set()),
    ("Seminar on Army-first Politics of Kim Jong Il Held in Russia", "", set()),
    ("KPA Repels Endless U.S. Military Provocations of Past Decade", "", set()),
    # military-security: still in
    ("North Korean Soldiers Die of Hunger at Border Posts", "", {M}),
    ("North Korean Troops Sent to Russia Suffer Heavy Losses", "", {M}),
    # overseas-labor: praise and helpers at home are no labour abroad
    ("Kim Jong Il Hailed by Laotian Labour Federation Chief", "", set()),
    ("Pyongyang Textile Factory Introduced in Tanzania", "", set()),
    ("Chinese Residents in Korea Help Builders of Pyongyang Airport Road", "", set()),
    ("Overseas Koreans Praise Bright Prospects of DPRK",
     "Heads of delegations of Korean medical workers abroad attending a Pyongyang symposium pledged"
     " loyalty to Kim Jong Un.", set()),
    # overseas-labor: still in
    ("North Korean Workers Sent to Russian Building Sites Work Unpaid", "", {OL}),
    # information-access: praise, songs, heritage and bombers carry nothing across
    ("Kim Jong Il, Great Master of Music: Indian Newspaper", "", set()),
    ("Kim Il Sung's Exploits Remembered by Foreign Papers and Radios", "", set()),
    ("Revolutionary Opera, Ideological and Cultural Heritage of DPRK", "", set()),
    ("U.S. B-52 Bombers' Drill over Korea Slammed by KCNA", "", set()),
    # information-access: still in
    ("KCNA Slams S. Korea for Anti-DPRK Leaflet Scattering", "", {IA}),
    ("North Koreans Caught with USB Sticks of South Korean Dramas", "", {IA}),
    # the South's (or the U.S.'s) "psychological warfare" against the North and the U.S. radios
    # aimed at it, in state media's words: information across the border (misses on KCNA)
    ("Pyongyang Demands Seoul Halt Psychological Warfare at Front Line", "", {IA}),
    ("Puppet Military's Anti-DPRK Psychological Campaign Denounced", "", {IA}),
    ("Rally in S. Korea Opposes Resumption of Psychological Warfare against DPRK", "", {IA}),
    ("Foreign Ministry Spokesman Assails U.S. \"Radio Free Asia\"", "", {IA}),
    ("Washington's Funding for Anti-DPRK Broadcasting Services Denounced", "", {IA}),
    # ... but others' psychological warfare is not
    ("Iran Calls Israel's Threats Psychological Warfare", "", set()),
    # lawfare-politics: Japan's courts on Chongryon's property are no rights politics
    ("Tokyo Court's Ruling on Auction of Chongryon Building Assailed", "", set()),
    ("Compensation for Koreans in Japan Demanded", "", set()),
    ("Returnees Sue Chongryon over \"Paradise on Earth\" Campaign", "", {LP}),
    # a democracy's bill or law on "human rights of North Korea" or "in north": still in
    ("Washington Accused of Passing Bill on Human Rights of North Korea", "", {LP}),
    ("Rodong Sinmun Slams Saenuri's Bid to Enact \"Law on Human Rights in North\"", "", {LP}),
    ("Sri Lankans Protest U.S. Resolution on Human Rights in Sri Lanka", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), SANCTIONS_PROBES)
def test_rare4_sanctions_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """The leader's "Un", honours and home supply are no sanctions; sanctions on the North are."""
    got = alerted(shipped, title, summary, SANCTIONS)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTION_PROBES)
def test_rare4_defection_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """South Koreans defecting to the North are out; North Koreans who defect are in."""
    got = alerted(shipped, title, summary, DEFECTION)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), STATE_PROBES)
def test_rare4_state_headline_probes(shipped: Matcher, title: str, summary: str,
                                     expected: set[str]) -> None:
    """State media's headlines with a weak word stay quiet in rare profiles; their topics alert."""
    got = alerted(shipped, title, summary, STATE)
    assert got == expected, got
