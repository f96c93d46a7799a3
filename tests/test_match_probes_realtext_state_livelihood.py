"""Probe items for two kinds of error seen on real state-media text (economy and defections).

Each probe is a headline (sometimes with a summary) written for this test, and which of the
profiles its group checks it should raise:

- economy-livelihood: routine farm progress in state media (transplanting begun or finished, a
  rich harvest or bumper crop reported, a premier surveying the farming, farms preparing for the
  season) and showcase items carry no profile, even where a later sentence of the story names
  last year's drought or the rain (docs/labelling.md, "State media and the economy"); so do
  relief for a quake in Japan, sympathy sent abroad and typhoon forecasts with no damage told.
  Floods, drought, typhoon damage, relief for the North, food aid, prices, rations and mines
  stay in, also when the farm work is what the disaster hits;
- defections: state media calls a defection the "abduction", "kidnapping", "allurement" or
  "enticing" of its inhabitants, citizens or young people by the South's "puppets" (or the
  U.S.); that is a defection (docs/labelling.md: state media attacking defectors is about
  defectors). Japan's abductees, the "abduction issue", the South's wartime abductees and
  abductions elsewhere are not.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

E, D = "economy-livelihood", "defections"

ECONOMY = {E}
ECONOMY_PROBES = [
    # routine farm progress, state-media style: no profile
    ("Transplanting of Rice Gets under Way on Co-op Farms of South Phyongan Province",
     "Agricultural workers of co-op farms in South Phyongan Province started transplanting rice"
     " seedlings. They are going ahead with the work after taking measures against a possible"
     " long spell of drought and heavy rain this summer.", set()),
    ("Rice-transplanting Finished at Farms in Many Counties",
     "Rice-transplanting has been wound up at more than a thousand farms across the country. The"
     " farms fell back on experience gained in the dry weather of last year.", set()),
    ("Autumn Sowing of Barley Done in Good Time",
     "Farms of the DPRK have finished sowing barley and wheat seeds in autumn. The agricultural"
     " workers applied manure and prepared the fields in a short span of time, down to the last"
     " plot.", set()),
    ("Fruition of Devoted Efforts",
     "Pyongyang, October 3 (KCNA) -- Reports of a rich harvest keep coming from co-op farms in"
     " North Hwanghae Province, where agricultural workers raised the per-hectare yield of rice"
     " and maize.", set()),
    ("Bumper Crop Reaped at Farms of Jaeryong Plain",
     "Co-op farms on the Jaeryong plain have reaped a bumper crop of rice this year.", set()),
    ("DPRK Premier Surveys Farming in South Hamgyong Province",
     "The premier of the DPRK Cabinet learned about farming at co-op farms in South Hamgyong"
     " Province, calling for more grain as required by the Juche farming method.", set()),
    ("Farms Busy Preparing for This Year's Farming",
     "Rural communities across the DPRK are busy preparing for this year's farming, carrying"
     " compost to the fields and repairing farm machines.", set()),
    ("북한 매체 \"전국 협동농장서 모내기 시작\"…증산 독려", "", set()),
    # disasters abroad and forecasts with no damage told: no profile
    ("Chongryon Helps Koreans in Earthquake-hit Areas of Japan",
     "Chongryon officials delivered relief goods to compatriots whose homes were damaged by the"
     " earthquake.", set()),
    ("Typhoon-8 to Approach West Coast of Korea",
     "Typhoon No. 8 is expected to move north-northeast and reach the west coast of Korea on"
     " Friday, bringing heavy rain, according to the Hydro-meteorological Service.", set()),
    ("Chongryon Officials Visit Compatriots in Quake-stricken Areas",
     "Officials of Chongryon handed relief goods and money to Korean residents whose homes were"
     " damaged, sharing their suffering.", set()),
    ("Typhoon-10 Expected to Bring Heavy Rain to DPRK",
     "Typhoon No. 10 is moving north and is expected to bring heavy rain to western areas of the"
     " DPRK on Sunday, the Hydro-meteorological Service said.", set()),
    ("Typhoon-8 Weakens into Tropical Depression",
     "Typhoon No. 8 weakened into a tropical depression as it moved over the Yellow Sea.", set()),
    ("Kim Jong Un Sends Message of Sympathy to Chinese President",
     "The message expressed deep sympathy over the heavy loss of lives and property caused by the"
     " earthquake in Sichuan.", set()),
    ("New Fish Farm Built at KPA Unit",
     "A modern fish farm that can turn out hundreds of tons of fish a year has been built to"
     " supply fish to the citizens.", set()),
    ("Vaccination of Infants with New Combined Vaccine Launched in DPRK",
     "Health workers of the DPRK began giving a new combined vaccine to infants under the"
     " universal free medical care system.", set()),
    ("DPRK Children Benefit from Healthcare System",
     "Children in the DPRK receive regular check-ups and treatment free of charge.", set()),
    ("World Health Day Observed in DPRK",
     "Health workers of the DPRK held lectures on preventing epidemics and malaria.", set()),
    # the food situation, disasters at home, relief and mines: economy-livelihood
    ("Farms in Jagang Province Work to Improve Growth of Crops",
     "Farms in Jagang Province are taking agro-technical measures for better crop growth. Farms"
     " in Manpho drained fields that were submerged in the July rains and raised fallen crops.",
     {E}),
    ("Typhoon-9 Likely to Bring More Rain to DPRK",
     "Typhoon No. 9 is likely to bring more rain to areas where houses and fields were inundated"
     " last week.", {E}),
    ("Drought Withers Maize Seedlings in Western Areas of DPRK",
     "A long spell of drought has withered maize seedlings on thousands of hectares.", {E}),
    ("Transplanting Delayed as Reservoirs Dry Up in DPRK",
     "Rice-transplanting is behind schedule at farms in South Hwanghae Province as drought has"
     " dried up reservoirs.", {E}),
    ("Heavy Rains Inundate Farmland and Houses in North Hwanghae Province",
     "Torrential rain inundated hundreds of hectares of farmland and destroyed dwelling houses.",
     {E}),
    ("Typhoon Destroys Crops in Kangwon Province of DPRK",
     "Strong wind and heavy rain of the typhoon flattened crops and damaged houses.", {E}),
    ("Relief Materials Sent to Flood Victims in Jagang Province",
     "Relief materials sent by the WPK Central Committee were delivered to people in the flood-hit"
     " areas.", {E}),
    ("Chinese Government Decides to Provide Food Aid to DPRK", "", {E}),
    ("North Korean hospitals run out of medicines, patients told to buy their own", "", {E}),
    ("Measles outbreak spreads in North Hamgyong Province of North Korea", "", {E}),
    ("UNICEF ships vaccines to North Korea as stocks run short", "", {E}),
    ("Collieries Take Preventive Steps before Rainy Season",
     "Coal mining complexes of the DPRK are reinforcing pit props and drainage ahead of the rainy"
     " season.", {E}),
    ("Coal Output Rises at Tokchon Area Coal Mining Complex",
     "Miners of the complex overfulfilled the coal production plan.", {E}),
    ("Harvest Seen Falling Short in North Korea, FAO Warns of Food Gap",
     "Poor rains cut the harvest and left the North short of grain, the agency said.", {E}),
    ("Farmers in North Korea Ordered to Hand Over Night Soil as Fertiliser Runs Short", "", {E}),
    ("Rice Prices Jump at Hyesan Market as Harvest Disappoints", "", {E}),
    ("北 가뭄에 모내기 차질…식량난 우려", "", {E}),
    ("북한 쌀값 급등…장마당 \"옥수수도 구하기 어려워\"", "", {E}),
]

DEFECTION = {D}
DEFECTION_PROBES = [
    # state media's "abduction" of its own people by the South: defections
    ("KCNA Slams S. Korean Puppets' Kidnapping of Inhabitants of DPRK",
     "The south Korean puppet authorities took away inhabitants of the DPRK and are forcing them"
     " to stay in the south.", {D}),
    ("Puppet Regime's Luring and Abduction of DPRK Youngsters Denounced", "", {D}),
    ("Rodong Sinmun Flays Seoul for Abducting Citizens of DPRK", "", {D}),
    ("U.S. and S. Korea Accused of Allurement of North Koreans Abroad",
     "They are enticing citizens of the DPRK working abroad into going to the south.", {D}),
    ("DPRK Red Cross Demands S. Korea Send Back Inhabitants It Is Holding",
     "The south Korean side is holding inhabitants of the DPRK who drifted south and is"
     " pressing them to defect.", {D}),
    ("U.S. Will Be Held Responsible for Kidnapping of DPRK Diplomat", "", {D}),
    ("남조선괴뢰들의 우리 공민 유인랍치 책동 규탄", "", {D}),
    # real abductions and other countries: not defections
    ("KCNA Dismisses Japan's Fuss over \"Abduction Issue\"", "", set()),
    ("Japan Urged to Apologise for Abducting Koreans in Colonial Era", "", set()),
    ("Families of 1969 KAL Hijack Victims Urge North Korea to Let Them Come Home", "", set()),
    ("\"People Abducted by North\" Is Sheer Fabrication: KCNA", "", set()),
    ("Hamas Accuses Israel of Abducting Engineer", "", set()),
    ("Lee Myung Bak Group of Traitors' War Drills Denounced", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), ECONOMY_PROBES)
def test_state_livelihood_probes(shipped: Matcher, title: str, summary: str,
                                 expected: set[str]) -> None:
    """Routine farm progress, quakes abroad and forecasts are out; disasters, food and mines in."""
    got = alerted(shipped, title, summary, ECONOMY)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTION_PROBES)
def test_state_abduction_probes(shipped: Matcher, title: str, summary: str,
                                expected: set[str]) -> None:
    """State media's 'abduction' of its inhabitants by the South is a defection; Japan's is not."""
    got = alerted(shipped, title, summary, DEFECTION)
    assert got == expected, got
