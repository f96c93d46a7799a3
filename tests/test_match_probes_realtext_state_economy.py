"""Probe headlines for economy-livelihood on state media's production, diplomacy and showcase stories.

A judged sample of the profile's alerts on North Korean state media (KCNA stories of 2011-2012
and 2024, headlines of 1997-2014) was right only about half the time. Right were droughts,
typhoons, floods, heavy rains, and the relief and recovery after them. Wrong were state media's
own genres: diplomatic courtesies (an envoy's credentials, a floral basket, a flag at half-mast,
gifts to the leader, a foreign dignitary or diplomats touring a farm, an agriculture MOU),
production campaigns and meetings (a socialist emulation for more grain, agricultural workers'
meetings, celebrations and performances, an editorial calling for a bigger harvest), farming
showcase (a new organic method, drip irrigation, a research centre or college, the premier
acquainting himself with vegetable growing; farming's progress itself, sowing or transplanting
under way, is no profile either, as docs/labelling.md now reads it), showcase products and shops
(a natural medicine, a health food, a food festival or exhibition, a traditional dish, a meat and
fish shop or a supermarket opening, cosmetics), honours (a hero's title, remains buried at a
cemetery), mourning, and a leader visiting a hostel or school. Each probe is written for this test
in its own words with the shape of one class of them; beside them stand probes that must keep
the profile: drought, floods and relief, food aid, food shortages, rations, markets and prices,
mines and miners. Only economy-livelihood is checked here.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

PROFILE = "economy-livelihood"

PROBES = [
    # diplomatic courtesies with an aid agency or a farm in them
    ("DPRK Foreign Minister Receives Credentials from New WFP Representative", "", False),
    ("Staff of UNICEF Office Lay Flowers before Statues in Pyongyang", "", False),
    ("FAO Office in DPRK Lowers Flag to Half-Mast in Mourning", "", False),
    ("Gifts to Kim Jong Un from FAO Director-General", "", False),
    ("Cuban Vice-President Tours Cooperative Farm near Pyongyang", "", False),
    ("Embassy Staff of Laos Help DPRK Farmers in Rice Transplanting", "", False),
    ("DPRK, Vietnam Sign Memorandum on Agricultural Cooperation", "", False),
    ("Agricultural Delegation of Mongolia Leaves DPRK for Home", "", False),
    ("WFP Representative Presents Food Aid Shipment to DPRK", "", True),
    ("Russia Donates 30,000 Tons of Flour to DPRK", "", True),
    ("Chinese Red Cross Sends Relief Goods to Flood-Hit DPRK", "", True),
    # production campaigns, meetings, editorials on grain
    ("Socialist Emulation Drive Heats Up on DPRK Farms for Higher Grain Yield", "", False),
    ("National Meeting of Agricultural Workers Held in Hamhung", "", False),
    ("DPRK Agricultural Workers Hold Celebration Meeting on Party Anniversary", "", False),
    ("Art Squad of Farm Workers Gives Performance in DPRK Countryside", "", False),
    ("Rodong Sinmun Calls for Attaining Goal of Grain Harvest This Year", "", False),
    ("Oratorical Contest of DPRK Farm Youth Held", "", False),
    ("Grain shortage deepens as spring harvest falls short in North Korea", "", True),
    ("Farmers in North Hwanghae go hungry after autumn rations cut", "", True),
    # farming showcase: methods, irrigation, transplanting under way, research, officials learning
    ("Duck-Raising Method Applied to Rice Farming in DPRK", "", False),
    ("Drip Irrigation System Proves Effective at DPRK Orchard", "", False),
    ("Orchard in DPRK Proves Success of New Pear Grafting Method", "", False),
    ("New Agricultural Research Centre Opens in Sariwon", "", False),
    ("DPRK Premier Acquaints Himself with Greenhouse Vegetable Farming", "", False),
    ("New Type of Rice Transplanter Introduced to DPRK Co-op Farms", "", False),
    # farming's progress (sowing or transplanting under way) carries no profile since
    # docs/labelling.md's farm-progress reading; farms short of hands, drought, stay in
    ("Rice Transplanting Gets under Way across DPRK", "", False),
    ("North Korea mobilises students for rice transplanting as farms lack hands", "", True),
    ("Drought withers maize on cooperative farms in South Hwanghae", "", True),
    # showcase products, foods and shops
    ("Herbal Medicine Made from Kelp Produced in DPRK", "", False),
    ("Health Food Made of Soybean Popular among DPRK Citizens", "", False),
    ("Pyongyang Food Festival Draws Visitors", "", False),
    ("Steamed Corn Bread, Traditional Dish of Hamhung", "", False),
    ("Kim Jong Un Attends Opening of Meat and Seafood Shop in Pyongyang", "", False),
    ("New Supermarket Opens in Central Pyongyang", "", False),
    ("New Lines of Cosmetics and Daily Necessities Developed in DPRK", "", False),
    ("Exhibition of Provincial Food Products Held in Pyongyang", "", False),
    ("State shops run out of flour as prices double in Hyesan", "", True),
    ("Rice prices jump in North Korean markets", "", True),
    # honours, mourning, a leader's visit to a hostel
    ("Title of Labour Hero Awarded to Veteran DPRK Miner", "", False),
    ("Remains of DPRK Farm Hero Laid to Rest at Martyrs Cemetery", "", False),
    ("DPRK Farmers Stricken with Grief Visit Statues", "", False),
    ("Kim Jong Un Visits Dormitory Readied for Schooling of Children from Provinces", "", False),
    # second pass: a foreign dignitary named only in the lead; propaganda pieces and industrial or
    # science showcase whose want word sits only in the lead
    ("Wang Qishan Visits Model Co-op Farm",
     "The vice-premier of the Chinese State Council and his party, on a goodwill visit to the"
     " DPRK, looked round the farm's rice fields and livestock sheds.", False),
    ("Egyptian Embassy Staff Give Helping Hand to Farmers",
     "The ambassador and embassy staff joined farmers of a co-op farm in weeding maize fields.",
     False),
    ("Farm Veterans Pay Tribute before Statues",
     "Participants in a national meeting of agricultural workers laid a floral basket.", False),
    ("Story of a Woman Who Raised Rice Output",
     "A farmer in Ryongchon County raised rice yields by a third, KCNA said.", False),
    ("Tideland Reclamation Project Nears Completion in DPRK",
     "New farmland of thousands of hectares will produce more rice and maize.", False),
    ("Research Institute Develops Enriched Baby Food",
     "Scientists of a DPRK nutrition institute developed a food for children's growth.", False),
    ("Embassy staff describe empty markets and hungry families in DPRK towns", "", True),
    ("New Production Base Commissioned at Magnesite Mine in DPRK", "", True),
    ("DPRK People Recall Spirit of the Arduous March", "", True),
    ("Long Drought Hits West Coast of DPRK", "", True),
    ("Heavy Rains Leave Thousands Homeless in DPRK", "", True),
    ("Relief Materials Delivered to Flood Victims in Jagang", "", True),
    ("Coal Mines Damaged by Downpour in North Hamgyong", "", True),
    ("Miners at Komdok Raise Ore Output", "", True),
    ("Power cuts leave Pyongyang flats dark for most of the night", "", True),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_realtext_state_economy_probes(shipped: Matcher, title: str, summary: str,
                                       expected: bool) -> None:
    """Each probe raises economy-livelihood exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (PROFILE in got) == expected, got
