"""Probe items for three kinds of error seen on real state-media text (economy-livelihood).

Each probe is a headline (sometimes with a summary) written for this test, and whether it should
raise economy-livelihood (docs/labelling.md, "State media and the economy"):

- weather bulletins: rain, a typhoon, snow or dust told with millimetres, wind speeds and the
  areas hit, and no damage, flooding, casualties, crops hit or relief in the title or summary,
  carry no profile, like forecasts. The same bulletin with damage told stays in, and so does a
  headline alone of rain hitting the North (the reader cannot tell nothing was hit);
- flood recovery: art squads, agitation and motivation teams at the sites (or at mines), gifts to
  the builders and the victims' sightseeing, museum visits and parties are showcase, no profile;
  the damage, rescue, relief for the victims (housing them in the capital, clothes), rebuilding
  under way and officials inspecting it stay in;
- reminiscences ("one day in June 1985 the leader ...") carry no profile unless the title names
  want, a flood or a famine;
- showcase foods, medicines, water systems, heating and science (a folk food, medicines made or
  standardized, a gravity-fed water supply, a floodgate for irrigation, research successes)
  carry no profile, like the showcase openings of docs/labelling.md; shortages, floods and mines
  beside the same words stay in;
- a leader at a farm, at a mining-machine works or a mining university is field guidance (no
  profile); at a mine, or at a farm hit by a flood or drought, it stays in;
- scenery of Mt. Paektu and collections of literature carry no profile, nor does a mining school.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

E = "economy-livelihood"

PROBES = [
    # weather bulletins with no damage told: no profile
    ("Heavy Showers Sweep Eastern Counties of DPRK",
     "Heavy showers fell on several eastern counties of the DPRK from Friday night to Saturday"
     " morning, driven by a low moving east. Rainfall reached 143 mm in Kowon County and 97 mm in"
     " Kumya County, the weather service said.", set()),
    ("Typhoon-11 Brings Gales and Rain to Western Coast",
     "Typhoon-11 swept the western coastal areas of the DPRK on Tuesday with winds of 18 to 24"
     " metres per second. It rained 86 mm in Ongjin County and 70 mm in Haeju City.", set()),
    ("Downpour Lashes Northern Provinces Again",
     "A downpour hit Jagang and North Phyongan provinces again on Monday, affected by a rainy"
     " front lingering over the north. Rainfall of 60 to 150 mm was observed in most counties.",
     set()),
    ("Dust Storm Observed in Most Areas of DPRK",
     "Yellow dust was observed across the DPRK on Thursday, with a density of 310 micrograms per"
     " cubic metre in Pyongyang, according to the weather service.", set()),
    ("Heavy Snowfall Hits Mountain Counties of DPRK",
     "An unusual heavy snowfall hit some mountain counties of Ryanggang Province of the DPRK,"
     " with 40 to 70 cm of snow piling up between Sunday and Monday.", set()),
    ("Whole Country within Radius of Typhoon-14",
     "All provinces of the DPRK except the far north are now being affected by typhoon-14,"
     " with gale-force wind and heavy rain in the south-west.", set()),
    ("More Torrential Rain Likely in DPRK This Week",
     "Torrential rain will probably fall in the western provinces of the DPRK on Wednesday and"
     " Thursday, affected by a low-pressure trough, the weather service forecast.", set()),
    ("Typhoon-12 Brings Gales, Storm Wave to DPRK",
     "30 m/s in Kosong County, 26 m/s in Tongchon County and 21 m/s in Wonsan City of Kangwon"
     " Province were registered on Monday.", set()),
    # the same weather with damage told, or a headline alone: economy-livelihood
    ("Downpour Hits Eastern Counties of DPRK",
     "A downpour hit eastern counties of the DPRK on Sunday. More than 200 dwelling houses were"
     " submerged and scores of hectares of farmland inundated in Kowon County.", {E}),
    ("Typhoon-11 Sweeps Western Coast of DPRK",
     "Typhoon-11 swept the western coast of the DPRK on Tuesday with gales of 24 metres per"
     " second. Roadside trees fell down and power lines were cut off in Haeju, leaving a dozen"
     " people dead or missing.", {E}),
    ("DPRK Hit by Torrential Downpour", "", {E}),
    ("Heavy Rains Again Batter Central Areas of DPRK",
     "Heavy rains battered the central areas of the DPRK again on Wednesday. According to an"
     " initial survey, 40 families were left homeless in Sinpyong County.", {E}),
    ("Heavy Rain Hits Western Areas of DPRK",
     "Heavy rain hit the western areas of the DPRK on Saturday, with 210 mm in Anak County. Hardest"
     " hit were the low-lying counties of South Hwanghae Province.", {E}),
    ("Typhoon-12 Claims Casualties in DPRK",
     "Typhoon-12 lashed the east coast of the DPRK on Monday with winds of 30 metres per second.",
     {E}),
    # staged around flood recovery, and art squads at mines: no profile
    ("Art Squads Stage Performances for Builders at Flood Rehabilitation Sites",
     "Artistes of national art squads gave performances at the sites of rehabilitation in the"
     " flood-hit areas of South Hamgyong Province, DPRK, encouraging the builders.", set()),
    ("Agitation Teams Brisk in Flood-hit Areas of Kangwon Province",
     "Agitation teams of the DPRK youth league are lifting the spirits of the builders at the"
     " recovery sites with songs and slogans.", set()),
    ("Kim Jong Un Sends Gifts to Builders in Flood-hit Areas of Jagang Province",
     "Soldiers and shock brigade members building new homes in the flood-hit areas of the DPRK"
     " received gifts from the leader.", set()),
    ("People from Flood-stricken Areas Have Enjoyable Day in Capital",
     "Children and other people from flood-stricken areas staying in Pyongyang spent a day at"
     " the Kaeson Youth Park and the zoo.", set()),
    ("Flood Victims Visit Revolutionary Museum",
     "Flood victims staying in Pyongyang went round the Korean Revolution Museum on Tuesday.",
     set()),
    ("Birthday Party Held for Children from Flood-hit Areas",
     "Children from the flood-hit areas who are staying in Pyongyang had their birthdays"
     " celebrated with a spread of dishes.", set()),
    ("Art Squads Conduct Agitation at Coal Mines",
     "Provincial art squads gave agitation performances at coal mines in the Tokchon area of the"
     " DPRK to spur on higher coal output.", set()),
    ("Motivation Posters for Flood Recovery Put Up",
     "Posters and slogans calling for the rapid recovery from flood damage have been put up in"
     " the streets of Kanggye, DPRK.", set()),
    # the flood, the relief and the recovery itself, and mines: economy-livelihood
    ("UN Children's Agency Chief Tours Flood-hit North Korean Towns", "", {E}),
    ("Artistes of DPRK Donate Relief Money to Flood Victims",
     "Artistes of the Mansudae Art Troupe gave money and goods to the families of the DPRK who"
     " lost their homes in the flood.", {E}),
    ("Relief Goods Sent to Flood Victims in Jagang Province",
     "Blankets, food and medicines were delivered to the families in the DPRK who lost their"
     " homes in the flood.", {E}),
    ("Kim Jong Un Inspects Recovery Sites in Flood-hit Areas of South Hamgyong Province",
     "The leader of the DPRK went round the sites where homes and roads washed away by the flood"
     " are being rebuilt.", {E}),
    ("Flood Victims from Jagang Province Arrive in Pyongyang",
     "People who lost their homes in the flood will stay in Pyongyang during the recovery.",
     {E}),
    ("Winter Clothes Sent to Flood Victims Staying in Pyongyang",
     "The WPK sent winter clothes and bags to the DPRK flood victims now living in the capital.",
     {E}),
    ("Youth Volunteers Head for Flood-hit Areas to Rebuild Homes",
     "Thousands of young people in the DPRK volunteered to rebuild the homes destroyed by the"
     " flood.", {E}),
    ("Premier Tours County Hit by Flood",
     "The DPRK premier toured Kujang County hit by flood and learned about the damage.", {E}),
    ("Coal Output Rises at Pukchang Mining Complex",
     "Miners at the complex in the DPRK have produced 12,000 tons more coal than planned this"
     " year.", {E}),
    ("Gifts Sent to Schoolchildren from Flood-hit Areas",
     "Schoolchildren of the DPRK who lost their homes in the flood received school uniforms and"
     " bags.", {E}),
    # showcase foods, medicines, water systems and science (titles alone): no profile
    ("Mineral Medicines Produced from Hot-spring Mud in DPRK", "", set()),
    ("Folk Food Encouraged among Citizens of DPRK", "", set()),
    ("Gravity-fed Water Supply Laid in Sariwon, DPRK", "", set()),
    ("DPRK Researchers' Success in Developing Bio-fertilizer", "", set()),
    ("New Floodgate Completed in Anak County, DPRK",
     "A new floodgate in Anak County of the DPRK will supply irrigation water to farmland and"
     " raise the grain harvest.", set()),
    ("Passive Solar Heating Adopted at Homes in Kanggye, DPRK", "", set()),
    # want, damage and mines beside those words: economy-livelihood
    ("Medicines in Short Supply at DPRK Hospitals", "", {E}),
    ("Floodgate Gives Way as Flood Hits DPRK County", "", {E}),
    ("Drinking Water Shortage Grips DPRK Towns", "", {E}),
    ("New Coal Mine Commissioned in DPRK", "", {E}),
    ("New Methods for Smuggling Rice into North Korea Uncovered", "", {E}),
    ("Software Helps North Koreans Track Corn Prices", "", {E}),
    # relief activities at home, in a headline alone: economy-livelihood; for a quake abroad: not
    ("Red Cross Relief Activities Under Way in DPRK", "", {E}),
    ("Relief Operation for Typhoon-hit Villages in Onchon County", "", {E}),
    ("DPRK Red Cross Relief Activities for Quake Victims in Japan", "", set()),
    # a leader at a farm, a mining-machine works or a mining university: field guidance, no profile
    ("Kim Jong Il Visits Kangso Cooperative Farm", "", set()),
    ("Kim Jong Il Gives Field Guidance to Kwangpho Duck Farm and Ryongsong Cooperative Farm", "",
     set()),
    ("Kim Jong Il Visits Tokchon Mining Machine Complex", "", set()),
    ("Kim Jong Un Looks Round Chicken Farm and Cooperative Farm in Sariwon", "", set()),
    ("Kim Jong Un Gives Field Guidance to Kimchaek University of Mining", "", set()),
    # at a mine, or at a farm hit by a disaster: economy-livelihood
    ("Kim Jong Il Gives Field Guidance to Ryongyang Mine", "", {E}),
    ("Kim Jong Un Visits Drought-stricken Co-op Farm in South Hwanghae", "", {E}),
    ("DPRK Premier Inspects Flood-hit Farms in Jaeryong County", "", {E}),
    ("FAO Team Visits Co-op Farms in DPRK to Assess Crops", "", {E}),
    ("Kim Jong Il Visits Cooperative Farm Short of Seed Grain", "", {E}),
    # scenery and literature, and schools of mining: no profile
    ("Blizzard Sweeps Summit of Mt. Paektu", "", set()),
    ("\"Snowstorms of Ryanggang\", Collection of Poems, Published in DPRK", "", set()),
    ("Kimchaek Mining Engineering Institute Renovated in DPRK", "", set()),
    # disasters near the mountain, and mines: economy-livelihood
    ("Blizzard Cuts off Villages near Mt. Paektu, DPRK", "", {E}),
    ("Flood Damage in Villages at Foot of Mt. Paektu, DPRK", "", {E}),
    ("Mining Output Rises at Komdok Complex, DPRK", "", {E}),
    # homage "paid in" many lands, and farmers at rallies or remembering the leader: no profile
    ("Respects Paid in Many Lands to Kim Jong Il", "", set()),
    ("Farmers of DPRK Swear to Avenge U.S. Crimes", "", set()),
    ("Kim Jong Il Remembered by Farmers of Onchon", "", set()),
    # wages paid in kind, and farmers short of food: economy-livelihood
    ("DPRK Miners Paid in Corn Instead of Cash", "", {E}),
    ("DPRK Farmers Left Short of Food after Poor Harvest", "", {E}),
    # reminiscences: no profile unless the title names want, a flood or a famine
    ("Measure Taken for Fishermen's Better Living Conditions",
     "One day in August Juche 63 (1974), President Kim Il Sung visited a fishing village on the"
     " east coast and asked about the fishermen's living conditions and their catch.", set()),
    ("Kim Jong Il Pays Attention to Vegetable Growers' Life",
     "One day in June 1985, Chairman Kim Jong Il looked round a vegetable farm on the outskirts"
     " of Pyongyang, asked about the last harvest and discussed how to supply more vegetables to"
     " citizens.", set()),
    ("A Mother in Hyesan Looks Back",
     "One day in May 2008, the rations stopped and the North Korean family had only corn gruel"
     " left.", {E}),
    ("Leader's Care for Flood Victims in Famine Years",
     "One day in September 1996, when the country was hit by floods and famine, Chairman Kim Jong"
     " Il sent rice to a flood-hit county.", {E}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_econ4_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Weather bulletins, recovery showcase and reminiscences are out; damage, relief, mines in."""
    got = {m.profile for m in shipped.match(item(title, summary))} & {E}
    assert got == expected, got
