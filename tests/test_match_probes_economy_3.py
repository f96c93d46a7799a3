"""Probe headlines for economy-livelihood, third set: wordings the tuning half does not show.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise economy-livelihood by the yardstick (PROFILES.md, docs/labelling.md): food and
hunger by other names (famished, underfed, malnourishment, empty stomachs, the barley hump),
prices and markets (hyperinflation, redenomination, marketplaces, hawkers, goods in short
supply), power (outages, an energy crisis, towns left unlit or in the dark), weather and its
damage (a tropical storm, rains pounding, a cloudburst, parched fields, a landslip, a cold
spell, natural calamities), aid (humanitarian help and appeals, feeding millions), mines by
their minerals (anthracite, ore, coal output), living conditions (squalid, dilapidated, the
rural poor, a wealth gap, no anaesthetic), levies handed in, a growth estimate driven by
mines, and the same in KCNA's and Korean headlines' words. Beside them what is not this
profile: factory visits and openings, industrial output other than mines, showcase housing
and rice varieties, the economy's growth as a whole, vows of bumper crops, other countries'
want, state media mocking prices elsewhere, and idioms that borrow a word of want (hungry for
cash, a diet, floods of propaganda, a mine blast in the DMZ, a market for missiles).
Only economy-livelihood is checked here: other profiles are held by their own tests.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

PROFILE = "economy-livelihood"

PROBES = [
    # hunger and food by other names
    ("Famished villagers in North Korea strip hillsides of anything edible", "", True),
    ("Underfed children fill North Korean kindergartens, aid agency says", "", True),
    ("Malnourishment climbs among North Korean toddlers", "", True),
    ("Child wasting rates rise in North Korea, UN survey finds", "", True),
    ("Empty stomachs in Hamgyong villages as spring drags on", "", True),
    ("Barley hump: North Korean farm households run out before the summer crop", "", True),
    ("The barley hump arrives early in Ryanggang", "", True),
    ("Hunger stalks North Korea's northeast as spring stocks run low", "", True),
    ("North Koreans go to bed hungry as corn runs out", "", True),
    ("Villagers in Kilju dying of hunger, source says", "", True),
    ("'Mass starvation' feared in North Korea, experts warn", "", True),
    ("Food emergency declared in North Korea's northern provinces", "", True),
    ("North Korean families survive on one bowl of gruel a day", "", True),
    ("Not enough to eat: a third of North Koreans rely on aid", "", True),
    ("North Korea's people can barely feed themselves, UN rapporteur says", "", True),
    ("UN appeals for $120 million to feed hungry North Koreans", "", True),
    # prices, money and markets
    ("Hyperinflation grips North Korea, traders in Sinuiju say", "", True),
    ("Redenomination rumours spark a run on dollars in Pyongyang", "", True),
    ("Pyongyang's marketplaces empty out after new trading curbs", "", True),
    ("Hawkers chased off Pyongyang's streets ahead of the anniversary", "", True),
    ("Basic goods in short supply across North Korea", "", True),
    ("Cooking gas in short supply in Chongjin as imports stall", "", True),
    ("Cost of corn skyrockets in Hyesan", "", True),
    ("North Korea tightens its grip on private traders", "", True),
    ("Price hikes squeeze North Korean households", "", True),
    ("Shoppers in Pyongyang face bare shelves at state stores", "", True),
    ("North Korea's currency reform: savings wiped out overnight", "", True),
    ("Won keeps sliding in North Korea's border towns", "", True),
    ("A month's state wage in North Korea buys two kilos of rice", "", True),
    ("North Korea cracks down on the use of dollars and yuan in markets", "", True),
    # power and the dark
    ("Outages leave Chongjin without lights for days", "", True),
    ("Energy crisis deepens in North Korea as coal goes to China", "", True),
    ("North Korean provincial towns left unlit for most of the night", "", True),
    ("Huichon residents spend winter evenings in the dark", "", True),
    ("Pyongyang's grid buckles under winter demand", "", True),
    ("Satellite images show North Korea's cities darker than ever at night", "", True),
    ("Lights out again in Hamhung as power plant stops", "", True),
    # weather and its damage
    ("Tropical storm lashes North Korea's east coast", "", True),
    ("Storm batters North Korean fishing villages, state TV shows", "", True),
    ("Rains pound North Korea for a fifth day", "", True),
    ("Cloudburst devastates North Korean county, KCNA says", "", True),
    ("Parched fields in South Hwanghae as the spring rains fail", "", True),
    ("Landslip buries houses in Hoeryong", "", True),
    ("Cold spell kills cattle and goats in Ryanggang", "", True),
    ("Swollen rivers submerge villages in North Pyongan", "", True),
    ("Crops wither in North Korea as heat grips the peninsula's north", "", True),
    ("DPRK: Damage From Natural Calamities Being Restored in Rural Areas", "", True),
    ("North Korea counts the cost of summer storms", "", True),
    ("Dozens feared dead as North Korean reservoir dam gives way", "", True),
    # aid
    ("North Korea rejects offer of humanitarian help from Seoul", "", True),
    ("UN humanitarian plan for North Korea only a tenth funded", "", True),
    ("Aid agencies denied access to flood-hit North Korean province", "", True),
    ("Food parcels from China reach Sinuiju", "", True),
    ("Shipment of soybeans from Russia arrives at Rajin port", "", True),
    ("Pyongyang asks Moscow for grain as reserves run low", "", True),
    # mines and miners
    ("North Korea's coal production falls for a third year", "", True),
    ("Anthracite output slumps at North Korean pits", "", True),
    ("North Korea's Musan ore output falls as Chinese buyers vanish", "", True),
    ("Mine accident at Komdok: dozens feared dead in North Korea", "", True),
    ("Gold prospectors flock to North Korean rivers as factories idle", "", True),
    ("Premier Inspects Coal Mines in South Phyongan Province", "", True),
    ("Coal Miners of Pukchang Area Overfulfil Quarterly Plan",
     "Pyongyang, April 3 (KCNA) -- The miners have produced more coal than planned.", True),
    # living conditions, health, welfare
    ("Squalid conditions in North Korean orphanages, report finds", "", True),
    ("Dilapidated housing blocks in North Korean mining towns", "", True),
    ("North Korean hospitals operate without anaesthetic", "", True),
    ("Wealth gap widens in North Korea as Pyongyang elite prosper", "", True),
    ("The rural poor in North Korea sell their rice rations for cash", "", True),
    ("Public bathhouses in North Korea close as coal runs short", "", True),
    ("North Korea's elderly left to fend for themselves as pensions dry up", "", True),
    ("Rural North Koreans still live without toilets or running water", "", True),
    ("Households in Hyesan ordered to hand in scrap metal and rabbit pelts", "", True),
    ("North Korean students made to spend spring on farms planting rice", "", True),
    ("Fever outbreak: North Koreans treat themselves with herbal remedies", "", True),
    ("Drug shortage forces North Koreans to buy smuggled Chinese medicine", "", True),
    ("Cost of a hospital stay in North Korea now beyond most families", "", True),
    # the economy as a whole is not this profile (a growth estimate counts only when mines
    # drive it, docs/labelling.md; tests/test_match_profiles.py reads a shrinking economy so)
    ("North Korea's economy shrinks for a third straight year, BOK says", "", False),
    ("North Korea's GDP grew 3.7% in 2023, Seoul's central bank estimates", "", False),
    ("North Korea's economy grew last year on mining and construction, BOK estimates", "", True),
    # state media's own words
    ("Flood Damage Being Rapidly Restored in Kangwon Province",
     "Pyongyang, August 21 (KCNA) -- Roads and dwellings are being repaired in several counties.", True),
    ("Measures Taken to Supply Drinking Water to Drought-Hit Villages",
     "Pyongyang, June 2 (KCNA) -- Officials in the western provinces are laying new pipes.", True),
    ("Respected Comrade Kim Jong Un Inspects Areas Hit by Heavy Rain", "", True),
    # routine farm progress carries no profile (docs/labelling.md, State media and the economy)
    ("Rural Communities Step Up Spring Sowing Across DPRK", "", False),
    ("Wheat and Barley Harvest Begins Across DPRK", "", False),
    ("Kim Jong Un Says Solving People's Food Problem Is Top Task", "", True),
    ("Relief Materials Sent to Families in Damaged Areas of North Hamgyong", "", True),
    ("Anti-Epidemic Work Intensified in Flood-Hit Areas",
     "Pyongyang, August 30 (KCNA) -- Medical workers are disinfecting homes and wells.", True),
    # Korean headlines
    ("北 주민들 풀죽으로 연명", "", True),
    ("北 아동 5명 중 1명 영양결핍", "", True),
    ("北 돼지열병 확산에 농가 비상", "", True),
    ("北 국경 봉쇄 장기화에 주민 생계 막막", "", True),
    ("北 외화 사용 단속…환전상 대거 체포", "", True),
    # fifth round: coarse grains, calories, state shops, emergency relief, storm surges, candles
    # when the power fails, a pay rise, child mortality, a hydropower plant's output falling
    ("North Koreans turn to millet and sorghum as the lean months begin", "", True),
    ("North Koreans get fewer than 1,600 calories a day, study says", "", True),
    ("State shops in Chongjin shut as supplies stop", "", True),
    ("Emergency relief reaches Uiju county, KCNA says", "", True),
    ("Storm surge swamps villages on North Korea's west coast", "", True),
    ("Candles sell out in Hyesan as power fails again", "", True),
    ("North Korea gives state workers first pay rise in a decade", "", True),
    ("Mortality among North Korean children under five rises", "", True),
    ("Hydropower station output falls in drought, North Korea admits", "", True),
    # sixth round: the older spellings North Korea desks use for its towns and provinces
    # (Chungjin, Yangkang, Shinuiju, Hamkyong) and their words for the lean months, rationed
    # power and low voltage, and granaries
    ("Rice in Chungjin tops 6,000 won as farming hardship period bites", "", True),
    ("Yangkang residents endure months of 'power-saving'", "", True),
    ("Shinuiju apartments get low voltage only at night", "", True),
    ("Soldiers guard granaries as Hamkyong farmers go without", "", True),
    # seventh round: a Google News headline whose only mark of the North is its source
    # (38 North, Rimjin-gang), and words no other country uses (grasshopper traders, sotoji)
    ("Farm households hide grain from collectors - 38 North", "", True),
    ("Grasshopper traders chased from alleys by inspectors", "", True),
    ("Survey of sotoji plots shows more hillside farming", "", True),
    # not this profile: factories, industrial output, showcase openings, vows
    ("Kim Jong Un inspects newly built textile mill in Sinuiju", "", False),
    ("Steel output at Kim Chaek complex rises, KCNA says", "", False),
    ("Kim Jong Un gives field guidance at cosmetics factory", "", False),
    ("Chemical complex exceeds fertiliser production target", "", False),
    ("Power stations surpass annual generation plan", "", False),
    ("North Korea unveils new high-yield rice variety", "", False),
    ("North Korea completes new apartment district for scientists", "", False),
    ("Pyongyang food factory visited by Kim Ju Ae", "", False),
    ("Kim Jong Un tours new fish farm in South Phyongan", "", False),
    ("Farmers across DPRK pledge to bring in a bumper harvest", "", False),
    ("KCNA hails bumper crop at model cooperative farm", "", False),
    ("Cement production rises at Sunchon plant, KCNA says", "", False),
    ("Kim Jong Un visits newly built greenhouse farm", "", False),
    ("New tractors roll off the line at Kumsong factory", "", False),
    ("Workers launch 80-day campaign to boost production", "", False),
    ("Kim calls for all-out effort in economic construction at plenary", "", False),
    # not this profile: other countries' want, and state media on them
    ("Sudan famine: millions face starvation as aid stalls", "", False),
    ("Floods kill 30 in China's Henan province", "", False),
    ("South Korea's rice farmers protest falling prices", "", False),
    ("Japan's rice crisis exposes capitalist system, KCNA commentary says", "", False),
    ("Russia's grain exports to Africa surge", "", False),
    ("Power outages hit Seoul's Gangnam after transformer fire", "", False),
    ("Typhoon lashes Japan's Okinawa, cutting power to thousands", "", False),
    # not this profile: idioms and other profiles' stories
    ("North Korea hungry for foreign cash, turns to crypto theft", "", False),
    ("Kim Jong Un on strict diet after weight gain, spy agency says", "", False),
    ("North Korea floods social media with propaganda videos", "", False),
    ("Mine blast wounds South Korean soldiers in the DMZ", "", False),
    ("North Korean soldiers lay mines along the border", "", False),
    ("Iran remains a market for North Korean missiles, report says", "", False),
    ("North Korea's hackers steal $1.5 billion in crypto", "", False),
    ("Seoul stocks fall on North Korea missile tensions", "", False),
    ("Flood of tourists expected as North Korea reopens Wonsan resort", "", False),
    ("Price of peace: Seoul weighs cost of engagement with Pyongyang", "", False),
    ("North Korea's power struggle: who rises after the purge?", "", False),
    ("North Korea fires missiles as storm of criticism grows", "", False),
    ("North Korean hackers hit energy companies in South Korea", "", False),
    ("North Korea's oil imports exceed UN cap, panel says", "", False),
    ("Putin gifts Kim Jong Un a limousine and two dozen horses", "", False),
    # second round: want in yet other words (groceries, freezing to death, cannibalism, soldiers
    # fed poorly, traders hit, currency bans, generation falling, pests), Korean weather and
    # pay words (이재민, 한파, 산사태, 폭염, 우박, 품귀, 월급); not a documentary's praise, coders'
    # salaries, Kaesong's wages as weapons money, a record, a defector's election
    ("Groceries beyond reach for Pyongyang's state employees", "", True),
    ("Frontier villagers freeze to death in North Korea's bitter winter", "", True),
    ("Cannibalism rumours spread in North Hwanghae villages", "", True),
    ("North Korean soldiers in Kursk fed poorly, Ukraine says", "", True),
    ("Border closure hits North Korean traders hard", "", True),
    ("North Korea bans use of yuan and dollars in shops", "", True),
    ("North Korea's electricity generation falls a fifth, Seoul estimates", "", True),
    ("Locusts and blight ravage fields in North Hwanghae", "", True),
    ("北 이재민 수천 명 한파 속 천막 생활", "", True),
    ("北 산사태로 주택 수십 채 매몰", "", True),
    ("北 폭염에 농작물 피해 속출", "", True),
    ("北 휘발유 품귀 현상", "", True),
    ("北 교원 월급 몇 달째 못 받아", "", True),
    ("北 우박 피해로 농작물 초토화", "", True),
    ("KCTV documentary lauds leader's devotion to farmers", "", False),
    ("Fake developers: North Korean coders draw salaries from US firms", "", False),
    ("North Korea's power generation hits record high, KCNA says", "", False),
    ("Kaesong wages funded weapons programme, unification ministry says", "", False),
    ("Defector who sold rice in Hyesan market wins seat in Seoul", "", False),
    # third round: a county or province of the North named alone (Kangwon, Hwangju, Sukchon),
    # not the South's Gangwon; salt works and ore ports are industry, not want
    ("Troops in Kangwon strip farmers' fields of corn", "", True),
    ("Families in Hwangju county live on boiled grass", "", True),
    ("Snowstorm cuts power to thousands of homes in Gangwon province", "", False),
    ("Kim Jong Un Visits Kwisong Salt Works", "", False),
    ("North Korea's Tanchon port expanded to ship more ore", "", False),
    # fourth round: idioms on the words just added or already there (a news blackout, begging
    # for talks, shells in short supply, an oil price cap, staples of propaganda, the world's
    # poorest, counterfeit notes, a shortage of soldiers, left in the dark)
    ("North Korea imposes news blackout on leader's health", "", False),
    ("North Korea begging for talks, Trump says", "", False),
    ("Russia turns to North Korea as shells in short supply", "", False),
    ("G7 price cap on Russian oil pushes tankers toward North Korea", "", False),
    ("Missile tests are staples of North Korean propaganda", "", False),
    ("Why North Korea, one of the world's poorest countries, keeps building ICBMs", "", False),
    ("North Korean counterfeit currency found in Macau bank", "", False),
    ("North Korean army faces shortage of soldiers as birth rate falls", "", False),
    ("Seoul left in the dark as Kim vanishes from view", "", False),
    ("北 김정은, 비료공장 현지지도", "", False),
    ("한국 쌀값 폭락에 농민 시위", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_economy_third_probes(shipped: Matcher, title: str, summary: str,
                              expected: bool) -> None:
    """Each probe raises economy-livelihood exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (PROFILE in got) == expected, got
