"""Probe headlines for economy-livelihood and military-security, families of wording.

Each case is a headline written for this test and the set of these two profiles it must
raise (what the other profiles do with it is their own tests' business, since other passes
change them). The families: market crackdowns on street and alley selling, buildings that
collapse on their residents, levies such as 'loyalty money' and 세외부담, the North's own words
for pay and corn (생활비, 강냉이); and beside them the idioms that only borrow a word of want
(a flood of refugees, starving a regime of cash, a publicity stunt, tensions heating up, a
war nobody can afford, Russia's meat grinder, summit noodles, a friend of mine, Condoleezza
Rice), weather bulletins, and state media mocking another country's prices. For the army:
navy, air-force and corps chiefs sacked or executed, a purge in the army, hacking groups by
their industry names, a cyber campaign, recruits bringing their own rice, frontier guards
on the border rivers, conscripts toiling on building sites, units running out of fuel,
military hospitals short of medicine, and the Korean words for the same (총참모장 해임,
군단장 처형, 복무기간, 무보수 노역); beside them launches and drills, which stay quiet.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

ECON = "economy-livelihood"
MIL = "military-security"
MINE = frozenset({ECON, MIL})

PROBES = [
    # economy-livelihood: the families
    ("N. Korea cracks down on grasshopper traders selling in alleys", "", {ECON}),
    ("North Korean authorities crack down on street selling by women in Hyesan", "", {ECON}),
    ("Apartment building collapses in Pyongyang's Phyongchon district", "", {ECON}),
    ("Tower block collapse kills residents in North Korean city of Chongjin", "", {ECON}),
    ("North Korean households forced to pay loyalty money for new street", "", {ECON}),
    ("North Korea bans private sale of grain at markets", "", {ECON}),
    ("Food poisoning kills villagers in North Korea's Ryanggang", "", {ECON}),
    ("北 주민들 세외부담에 허리 휜다", "", {ECON}),
    ("北 교원 생활비로는 강냉이 몇 ㎏도 못 사", "", {ECON}),
    ("北 평양 아파트 붕괴…주민 수십 명 사상", "", {ECON}),
    ("北, 군량미 확보 위해 주민에 쌀 강제 징수", "", {ECON}),
    ("北 시장서 메뚜기 장사 단속 강화", "", {ECON}),
    # economy-livelihood: idioms, bulletins and other countries' want
    ("Rice says North Korea must return to talks",
     "Secretary of State Condoleezza Rice spoke in Beijing.", set()),
    ("Rice to visit Seoul for North Korea talks", "Secretary of State Condoleezza Rice will meet"
     " her counterpart on Friday.", set()),
    ("China fears flood of North Korean refugees if regime collapses", "", set()),
    ("Sanctions aim to starve North Korea of cash for missiles", "", set()),
    ("Missile launch a publicity stunt, South Korea says of North Korea", "", set()),
    ("Inter-Korean tensions heating up as North Korea fires artillery", "", set()),
    ("North Korea cannot afford another war, analysts say", "", set()),
    ("North Korean troops thrown into Russia's meat grinder in Kursk", "", {MIL}),
    ("Kim brings Pyongyang cold noodles to summit with Moon", "", set()),
    ("Trump says Kim Jong Un is a friend of mine", "", set()),
    ("Weather warning: heavy rain expected in North Korea's western regions",
     "KCNA said the hydro-meteorological service issued the advisory.", set()),
    ("North Korea mocks South Korea's soaring housing prices",
     "KCNA said young people in Seoul could not afford homes.", set()),
    ("North Korea mocks Japan's rice shortage in commentary", "", set()),
    ("KCNA slams US for blocking food aid to North Korea", "", {ECON}),
    ("Typhoon warning issued as North Korea braces for crop damage", "", {ECON}),
    # military-security: the families
    ("Kim Jong Un sacks navy chief after failed destroyer launch", "", {MIL}),
    ("North Korea executes corps commander for corruption, sources say", "", {MIL}),
    ("Purge in North Korea's army widens as more officers vanish", "", {MIL}),
    ("North Korean air force commander replaced in reshuffle", "", {MIL}),
    ("TraderTraitor group linked to North Korea behind exchange breach", "", {MIL}),
    ("North Korean cyber campaign targets crypto developers with fake job offers", "", {MIL}),
    ("North Korean recruits told to bring their own rice when they enlist", "", {MIL, ECON}),
    ("Frontier guards along Tumen replaced after escapes", "North Korea moved new units to the"
     " river.", {MIL}),
    ("North Korean border guards along the Yalu take bribes from smugglers", "", {MIL}),
    ("KPA conscripts toil on construction sites for years, ex-soldiers say", "", {MIL}),
    ("North Korean army units run out of fuel for winter drills", "", {MIL}),
    ("North Korean military hospitals short of medicine as wounded return", "", {MIL}),
    ("North Korea drafts women into front-line units as birth rate falls", "", {MIL}),
    ("北 총참모장 해임…군 수뇌부 물갈이 계속", "", {MIL}),
    ("北 군단장 비리로 처형됐다는 소식", "", {MIL}),
    ("北, 군 복무기간 단축…의무복무 8년으로", "", {MIL}),
    ("北 군인들 모내기 동원에 무보수 노역", "", {MIL, ECON}),
    # second round: children's weight, school lunches, public taps, trains without power, aid
    # appeals, gold panning, feeding themselves, 영양 상태, 전기 사정, 사금, burdens forced on
    # residents; and beside them a food factory visited, floods in the South, 'starving for
    # attention', military aid, power output, hardship as a cause, an execution, builders thanked,
    # a housing completion (준공)
    ('Children in North Korean orphanages underweight, UN says', '', {ECON}),
    (
        'Nursery school children get no lunch as supplies dry up',
        "The state stopped delivering soybean milk to kindergartens in North Korea's Ryanggang province.",
        {ECON},
    ),
    ('Residents of Chongjin queue for hours at public taps', '', {ECON}),
    ('Train services in North Korea suspended for lack of power', '', {ECON}),
    ('UN agencies say North Korea needs $100 million in aid', '', {ECON}),
    ("Gold rush in North Korea's rivers as families pan for a living", '', {ECON}),
    ("Soldiers' families in North Korea struggle to feed themselves", '', {ECON}),
    ('北 고아원 아이들 영양 상태 심각', '', {ECON}),
    ('北 전기 사정 악화…열차 운행 중단', '', {ECON}),
    ('北 주민들 생계 위해 사금 채취 나서', '', {ECON}),
    ('北 당국, 주민들에 건설 자재 부담 강요', '', {ECON}),
    ("Kim Jong Un's wife visits food factory in Pyongyang", '', set()),
    ('Floods in South Korea kill 14, North Korea releases dam water', '', set()),
    ('Starving for attention? North Korea fires another missile', '', set()),
    ('North Korea needs military aid from Russia, analysts say', '', set()),
    ("North Korea's power stations beat annual generation plan, KCNA says", '', set()),
    ('Suicides rise among North Korean youth amid economic hardship, study finds', '', set()),
    ('North Korean market manager shot dead after public trial for hoarding rice', '', set()),
    ('Kim Jong Un sends thanks to builders of Songhwa Street flats', '', set()),
    ('평양 새 거리 살림집 준공…김정은 참석', '', set()),
    # second round for the army: an officer back from Ukraine, conscripts paying for uniforms,
    # security officials at border units, informants among soldiers, service extended, units
    # stealing a harvest, 군복 자비, 보위국, a deserter who crosses; not women handed over
    ('North Korean officer who fought in Ukraine tells of heavy losses', '', {MIL}),
    ('Army conscripts in North Korea forced to pay for their own uniforms', '', {MIL}),
    ('North Korea posts security officials at every border unit to stop escapes', '', {MIL}),
    (
        'Soldiers at border told to report each other under new surveillance',
        'North Korea has set up informant networks in its border units.',
        {MIL},
    ),
    ("KPA conscripts' service extended as recruits dwindle", '', {MIL}),
    ('North Korean army units steal harvest from cooperative farms', '', {ECON, MIL}),
    ('北 군인들 군복 자비 구입 강요', '', {MIL}),
    ('北 군 보위국, 병사 밀수 단속', '', {MIL}),
    ('North Korean soldier deserts his unit and crosses the DMZ to the South', '', {MIL}),
    (
        'Women handed to North Korean security agents at the border bridge, activists say',
        '',
        set(),
    ),
    # third round: fronts in Ukraine named by town, soldiers freezing to death, 결핵 in units,
    # orders from the North (지령); not 'fight to the death' or a food factory inaugurated
    ('North Korean soldiers spotted near Pokrovsk', '', {MIL}),
    ('North Korean artillery crews fight in Zaporizhzhia, Kyiv says', '', {MIL}),
    ('North Korean soldiers freeze to death at border posts', '', {MIL}),
    ('北 군인들 결핵 확산…부대 격리', '', {MIL}),
    ('北 지령 받은 노조 간부 기소', '', {MIL}),
    ('Kim Jong Un says soldiers must be ready to fight to the death', '', set()),
    ('Pyongyang Potato Processing Factory inaugurated', '', set()),
    # fourth round: a market for missiles, rice futures, the price of visas or of deterrence,
    # state media's bumper crop (대풍) stay out; black-market prices stay in
    ("North Korea's market for missiles: who buys Pyongyang's weapons", '', set()),
    ('North Korean missile test rattles Japanese rice futures', '', set()),
    ('North Korea hikes price of visas for foreign visitors', '', set()),
    ('US lawmakers debate price of deterring North Korea', '', set()),
    ('北 “올해 알곡 대풍”…선전 강화', '', set()),
    ("North Korea's black market prices for rice and corn climb", '', {ECON}),
    # fifth round for the army: spies and networks of informants, infiltrating the South,
    # the army's trading firms and side businesses, recruits dying or hard to find, crypto
    # thieves and bridge thefts, hacking 'actors', 총정치국 검열, 병력 보충; not volunteers
    ("Pyongyang's spies stole blueprints of South Korean submarines, police say", '', {MIL}),
    ("North Korea ran network of informants inside Seoul's unions, prosecutors say", '', {MIL}),
    (
        'Former North Korean special forces officer describes training to infiltrate the South',
        '',
        {MIL},
    ),
    ("How North Korea's army feeds itself: side businesses and trading firms", '', {MIL}),
    ('Young North Korean recruits die in training accidents, sources say', '', {MIL}),
    ("North Korea's army struggles to find recruits as birth rate falls", '', {MIL}),
    ('North Korean crypto thieves switch to targeting developers', '', {MIL}),
    ('FBI: North Korea behind $100 million Harmony bridge theft', '', {MIL}),
    ('Microsoft warns of North Korean actors targeting defence firms', '', {MIL}),
    ('北 군 총정치국 검열…간부 무더기 해임', '', {MIL}),
    ('北, 청년들 대거 입대시켜 병력 보충', '', {MIL}),
    ('Young People Rush to Join the Army in the DPRK', '', set()),
    # sixth round for want: joblessness and loan sharks, emaciated children, missed
    # vaccinations, sanitation, anaemia; in Korean rice running short (쌀 부족), power for an
    # hour (전기 공급), trade seized (장사 단속), farm shares (분배 몫), TB without drugs,
    # bribes at hospitals; not a vaccination drive declared complete
    ('Jobless North Koreans turn to loan sharks as factories idle', '', {ECON}),
    ('Emaciated children seen in footage from North Korean village', '', {ECON}),
    ('North Korean children miss vaccinations as supplies stall', '', {ECON}),
    ('Poor sanitation spreads disease in North Korean towns', '', {ECON}),
    ('Anaemia widespread among North Korean women, UN survey finds', '', {ECON}),
    ('北 주민들 “전기 공급 하루 1시간”', '', {ECON}),
    ('北 당국, 장사 단속 강화…상인들 물건 몰수', '', {ECON}),
    ('北 협동농장 농장원들 분배 몫 줄어', '', {ECON}),
    ('北 지방 주민들 결핵 확산에도 약 못 구해', '', {ECON}),
    ('北 병원서 뇌물 없인 치료 못 받아', '', {ECON}),
    ('北 쌀 부족에 주민들 옥수수죽으로 연명', '', {ECON}),
    ('North Korea says its COVID vaccination drive is complete', '', set()),
    # military-security: what stays quiet
    ("Cyber attack on South Korean shipyard traced to Chinese group, not North Korea", "", set()),
    ("Chinese border guards detain North Korean women near the Tumen", "", set()),
    ("North Korea fires cruise missiles off west coast", "", set()),
    ("Kim Jong Un oversees naval drills with new destroyer", "", set()),
    ("인민군 장병들, 수해지역 살림집 건설 완공", "", {ECON}),
    ("北, 동해상으로 단거리 탄도미사일 2발 발사", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_economy_and_military_families_raise_their_profiles(
    shipped: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each probe raises exactly these two profiles' share of what the yardstick gives it."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert got & MINE == expected
