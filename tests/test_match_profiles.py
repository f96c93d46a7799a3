"""The shipped profiles on the "in" and "not in" cases of their written yardstick.

Each case is a headline (and sometimes a summary) written for this test, and the exact set of
profiles it should raise: what a profile is for, and the near misses it must leave alone
(routine weapons news, state media's "execution of the plan", a defector group's leaflet
launch, Kaesong as a place, refugees elsewhere, defectors from other countries).
"""

from __future__ import annotations

import pytest
from devset import shipped_matcher
from matchsupport import item

from watcher.match import Matcher

CASES = [
    # military-security: the army as an institution, not every launch or drill
    ("North Korea fires ballistic missile into sea, Japan says", "", set()),
    ("Kim Jong Un oversees artillery drills near border", "KCNA said the drills went well.", set()),
    ("North Korea says it launched a reconnaissance satellite", "", set()),
    ("北, 동해상으로 탄도미사일 발사", "", set()),
    ("North Korean troops suffer heavy losses in Kursk, Ukraine says", "", {"military-security"}),
    ("North Korean soldiers used as construction labor in Pyongyang", "", {"military-security"}),
    ("北 군인 러시아 파병 사상자 증가", "", {"military-security"}),
    # prison-camps: executions of people, not of plans
    (
        "DPRK cabinet meeting stresses execution of the plan",
        "Officials vowed to carry it out.",
        set(),
    ),
    (
        "North Korea publicly executes man for distributing K-dramas",
        "",
        {"prison-camps", "information-access"},
    ),
    ("Iran executes protester", "Amnesty condemned the hanging.", set()),
    ("北, 정치범수용소 확대", "", {"prison-camps"}),
    # defections: North Koreans who leave, not other defectors or defector groups' leaflets
    ("Family of nine flee North Korea by boat", "", {"defections"}),
    ("N. Korea fisherman drifts south, wants to stay", "", {"defections"}),
    ("Russian diplomat defects to US", "", set()),
    ("Activists float leaflets into North Korea", "", {"information-access"}),
    ("北 주민 2명 목선 타고 귀순", "", {"defections"}),
    # lawfare-politics: the row in Seoul over sending people back
    (
        "Prosecutors raid homes of ex-officials over fishermen repatriation",
        "",
        {"lawfare-politics"},
    ),
    ("‘강제북송 논란’ 국정조사 요구", "", {"lawfare-politics"}),
    # refugees-china: North Koreans in China, not refugees elsewhere
    # being held or sent back from China is refugees-china alone (no flight completed)
    ("China repatriates hundreds of North Korean defectors", "", {"refugees-china"}),
    ("Gaza refugees flee south", "", set()),
    # kaesong-interkorean: projects and talks, not the city or the mountain as places
    ("Kaesong industrial complex firms seek government aid", "", {"kaesong-interkorean"}),
    (
        "Autumn scenery of Mt Kumgang draws visitors",
        "Tourists admire the leaves, KCNA said.",
        set(),
    ),
    # information-access: information crossing the border, not balloons of rubbish
    ("North Korea sends trash balloons across border", "The balloons carried waste paper.", set()),
    ("North Korea jams GPS signals near border", "", set()),
    # economy-livelihood and sanctions-finance
    ("Food prices soar in North Korea as harvest fails", "", {"economy-livelihood"}),
    ("Kim Jong Un tours tractor factory", "", set()),
    ("EU agrees new sanctions package against Russia", "Oil and banks are targeted.", set()),
    ("US sanctions North Korean IT worker network", "", {"overseas-labor", "sanctions-finance"}),
    # Names for the North beyond "North Korea": the full state name, NK spellings of places
    (
        "Democratic People's Republic of Korea denies reports on Kwanliso inmates",
        "",
        {"prison-camps"},
    ),
    ("량강도 주민들 식량난에 시달려", "", {"economy-livelihood"}),
    # Korean homographs: 고문 the adviser, 시장 the mayor, 정전 the armistice, 탈출 from a
    # crisis, 평화 정착, 아사히 the newspaper, 말투 anyone's tone, 대의원 in Pyongyang
    ("北, 전 통일부 장관 고문 위촉에 반발", "", set()),
    ("서울시장 후보, 北 인권 토론회 참석", "", set()),
    ("北 시장 쌀값 급등", "", {"economy-livelihood"}),
    ("北, 정전협정 체결일 맞아 반미 집회", "", set()),
    ("北 주민들 잦은 정전에 시달려", "", {"economy-livelihood"}),
    ("北, 외교 고립 탈출 모색", "", set()),
    ("北 주민 3명 목선 타고 탈출", "", {"defections"}),
    ('北 "한반도 평화 정착 원치 않아"', "", set()),
    ('日 아사히신문 "北 김여정 방일 타진"', "", set()),
    ("김여정, 거친 말투로 南 비난", "", set()),
    ("안보리, 北 미사일 발사 규탄 회의 소집", "", set()),
    ("인민군 전사들, 살림집 건설 현장서 위훈", "", {"economy-livelihood"}),
    # English idiom that is not the beat: financial markets, laying mines, Japan's Diet,
    # talks "held", trade crossings, agreements "reached", NK's own ruling party, the UN
    # Human Rights Council, hearing gunfire, recruits that are not soldiers
    ("Asian markets slip after North Korea fires missile", "", set()),
    ("North Korean soldiers plant mines along the border", "", set()),
    ("Japan's Diet passes resolution on abductions by North Korea", "", set()),
    ("Kim Jong Un held talks with Chinese envoy in Pyongyang", "", set()),
    ("China reopens Sinuiju border crossing for trade with North Korea", "", set()),
    (
        "South Korea and North Korea reached agreement on family reunions",
        "",
        {"kaesong-interkorean"},
    ),
    ("South Korean embassy in Beijing comments on North Korean missile", "", set()),
    ("North Korea asks Seoul to stop leaflet launches", "", {"information-access"}),
    ("North Korea's ruling party condemns defector leaflet launches", "", {"information-access"}),
    ("Defectors testify at UN Human Rights Council on North Korea", "", set()),
    ("Defector recalls hearing gunfire at the North Korean border", "", {"defections"}),
    ("Chinese border guards detain North Korean woman crossing the Tumen", "", {"refugees-china"}),
    (
        "Brokers recruited North Korean women in China and sold them to farmers",
        "",
        {"refugees-china", "women-violence"},
    ),
    # Topic vocabulary beyond the tuning half, one probe per family of words
    ("Two Koreas restore military hotline after months of silence", "", {"kaesong-interkorean"}),
    (
        "South-North relations at lowest point in decades, minister says",
        "",
        {"kaesong-interkorean"},
    ),
    ('남북 관계 경색 속 통일부 "대화 제의"', "", {"kaesong-interkorean"}),
    ('北 김정은 "적대적 두 국가" 헌법 명시 지시', "", {"kaesong-interkorean"}),
    ("US and China restore military hotline", "", set()),
    ("Gaza talks stall over two-state solution", "", set()),
    ("서울중앙지검, 탈북어민 강제북송 관련 전 국정원장 기소", "", {"lawfare-politics"}),
    ("탈북민 단체 대표 구속영장 청구", "", {"lawfare-politics"}),
    (
        "Special counsel to probe forced repatriation of North Korean fishermen",
        "",
        {"lawfare-politics"},
    ),
    # workers on student visas: overseas-labor and sanctions-finance, the visa being the
    # disguise (docs/labelling.md, State media and the economy)
    ("North Koreans sent to Russia on student visas to work, report says", "",
     {"overseas-labor", "sanctions-finance"}),
    ("North Korean seamstresses toil in Chinese garment factories", "", {"overseas-labor"}),
    (
        "Chinese police round up North Korean escapees in Yanbian",
        "",
        {"defections", "refugees-china"},
    ),
    ("탈북민 일가족 中 변방대에 체포", "", {"refugees-china"}),
    ("China brokered talks between North Korea and Russia, diplomats say", "", set()),
    (
        "Guards at North Korean holding centres subject women to invasive body searches",
        "",
        {"prison-camps", "women-violence"},
    ),
    ("北 구류장서 여성 수감자 강간 증언", "", {"prison-camps", "women-violence"}),
    # routine farm progress carries no profile (docs/labelling.md, State media and the economy)
    ("North Korea boosts rapeseed harvest on cooperative farms", "", set()),
    ("North Korean official hanged for embezzlement, sources say", "", {"prison-camps"}),
    (
        "Prisoner died in custody after beatings at North Korean police station",
        "",
        {"prison-camps"},
    ),
    (
        "North Korea executes students for watching Squid Game",
        "",
        {"prison-camps", "information-access"},
    ),
    (
        "North Korea warns against ideological and cultural invasion from the South",
        "",
        {"information-access"},
    ),
    ("北, 청년교양보장법으로 한국 말씨 단속", "", {"information-access"}),
    ("North Korea's shadow fleet ships coal to China despite UN ban", "", {"sanctions-finance"}),
    ("North Korea designates South Korea as primary hostile state in constitution", "", set()),
    (
        "Seoul's unification ministry cuts funding for defector support groups",
        "",
        {"defections", "lawfare-politics"},
    ),
    (
        "Yoon government names new ambassador for North Korean human rights",
        "",
        {"lawfare-politics"},
    ),
    ("대북전단 살포 단체 대표 벌금형", "", {"information-access", "lawfare-politics"}),
    ("Kim Jong Un orders crackdown on corruption in the army", "", {"military-security"}),
    ("북한군 병사들, 배고픔에 민가 습격", "", {"economy-livelihood", "military-security"}),
    ("北 주민들 전기 부족으로 촛불 생활", "", {"economy-livelihood"}),
    (
        "North Korean woman tells of being sold twice in rural China",
        "",
        {"refugees-china", "women-violence"},
    ),
    ("Women traders sold vegetables at Hyesan market", "", {"economy-livelihood"}),
    ("North and South Korea agree to hold Red Cross talks", "", {"kaesong-interkorean"}),
    ("北 해외 파견 노동자 강제노동 실태 보고서", "", {"overseas-labor"}),
    ("北 교화소 수감자 수천 명 강제노동", "", {"prison-camps"}),
    ("北, 유령회사 내세워 해외서 외화 세탁", "", {"sanctions-finance"}),
    ("北, 세탁기 생산 늘려", "", set()),
    ('유엔 전문가패널 "北, 정제유 상한선 초과 반입"', "", {"sanctions-finance"}),
    ("北 주민, 서해 NLL 넘어 목선 타고 남하", "", {"defections"}),
    ("北 전투기 남하 위협 비행", "", set()),
    ("北 군 간부 뇌물 수수 만연", "", {"military-security"}),
    ("Former North Korean general now living in Seoul speaks out", "", {"defections"}),
    ("Number of North Koreans arriving in South falls to 196", "", {"defections"}),
    ("China quietly sends back 60 North Koreans, rights group says", "", {"refugees-china"}),
    ("UN rapporteur urges China to stop returning North Koreans", "", {"refugees-china"}),
    ("Pastor jailed in China for helping North Koreans flee", "", {"defections", "refugees-china"}),
    ("KBS: North Korean builders fled their site in Russia", "", {"defections", "overseas-labor"}),
    ("UN commission finds North Korean leaders responsible for atrocities", "", {"prison-camps"}),
    ("North Korea demands Japan apologise for wartime atrocities", "", set()),
    ("North Korean leader ousts army chief, reports say", "", {"military-security"}),
    ("UN Secretary-General replaced envoy on North Korea", "", set()),
    # a kill order on the Yalu is the route as well (docs/labelling.md: shoot orders, fences
    # and guard posts on the China border are refugees-china and military-security)
    (
        "North Korean sentries ordered to kill anyone trying to swim the Yalu",
        "",
        {"military-security", "refugees-china"},
    ),
    ("Pyongyang sends special forces to Russia's Kursk front", "", {"military-security"}),
    (
        "North Korean POWs in Ukraine say they were told nothing about the war",
        "",
        {"military-security"},
    ),
    # hunger and short rations in the army: military-security and economy-livelihood
    # (docs/labelling.md)
    (
        "The North's army is short of boots, rice and fuel, says former officer",
        "",
        {"economy-livelihood", "military-security"},
    ),
    ("Medicine shortages leave North Korean hospitals empty", "", {"economy-livelihood"}),
    ("Russia seeks more North Korean workers amid labour shortage", "", {"overseas-labor"}),
    ("Kim Jong Un visits fertilizer complex in Hamhung", "", set()),
    ("北 의약품 부족으로 병원 기능 마비", "", {"economy-livelihood"}),
    ("Man shot dead in front of crowd in North Korean border town", "", {"prison-camps"}),
    (
        "North Korea smuggles oil through ship transfers to fund weapons programmes",
        "",
        {"sanctions-finance"},
    ),
    (
        "Congressional hearing examines North Korean defectors' plight",
        "",
        {"defections", "lawfare-politics"},
    ),
    (
        "Unification ministry proposes talks with North on separated families",
        "",
        {"kaesong-interkorean"},
    ),
    (
        "North Korean IT workers ran laptop farm in Arizona",
        "",
        {"overseas-labor", "sanctions-finance"},
    ),
    # the market is where it happens; the story is sexual violence (as the audited dev set
    # labels its items of this shape), so only women-violence
    (
        "North Korean women traders forced to offer sexual favours to market officials",
        "",
        {"women-violence"},
    ),
    (
        "Smuggled phones let North Korean families call relatives in the South",
        "",
        {"information-access"},
    ),
    ("North Korea shortens military service for women", "", {"military-security"}),
    ("Japan freezes assets of North Korea-linked entities - Kyodo", "", {"sanctions-finance"}),
    (
        "North Korea earns millions from fishing rights sold to China, panel says",
        "",
        {"sanctions-finance"},
    ),
    (
        "North Korean bank representatives still operate in China, report says",
        "",
        {"sanctions-finance"},
    ),
    ("KCNA Commentary on U.S. Sanctions Against Iran", "", set()),
    (
        "Satellite imagery shows guard towers added at Chongori re-education camp",
        "",
        {"prison-camps"},
    ),
    ("Xinjiang re-education camps expand, researchers say", "", set()),
    (
        "Residents of North Korean border city struggle without running water",
        "",
        {"economy-livelihood"},
    ),
    (
        "Unification ministry to stop publishing North Korean human rights report",
        "",
        {"lawfare-politics"},
    ),
    (
        "N. Korea jails dozens caught with Chinese phones - RFA",
        "",
        {"information-access", "prison-camps"},
    ),
    (
        "Seoul's new defector policy faces backlash - Korea Herald",
        "",
        {"defections", "lawfare-politics"},
    ),
    (
        "Kaesong: the rise and fall of an inter-Korean experiment - 38 North",
        "",
        {"kaesong-interkorean"},
    ),
    ("Reclusive state executes officials for corruption, sources say", "", {"prison-camps"}),
    ("유엔, 北 외교관 추방 결정", "", set()),
    ("北, 반당분자 가족 산골로 추방", "", {"prison-camps"}),
    # Jargon used only of the North counts without a name for the North
    ("Market traders sent to labor training camps, sources say", "", {"prison-camps"}),
    ("Reconnaissance General Bureau hackers target shipbuilders", "", {"military-security"}),
    ("Kotjebi return to station squares as jangmadang prices climb", "", {"economy-livelihood"}),
    ("Loyalty funds squeezed from workers in Kuwait", "", {"overseas-labor"}),
    ("Labour Party training camp for young activists opens in Manchester", "", set()),
    ("Hanawon graduates struggle to find jobs", "", {"defections"}),
    ("Students punished for singing alien songs", "", {"information-access"}),
    (
        "Respected Comrade Kim Jong Un Visits New Houses Built for Flood Victims",
        "",
        {"economy-livelihood"},
    ),
    ("New homes for sale in Seoul suburbs", "", set()),
    ("North Korea's defence ministry warns US over spy plane flights", "", set()),
    ("Seoul indicts man accused of spying for Pyongyang", "", {"military-security"}),
    # Feature titles that say nothing; the summary carries the topic
    (
        "The workers who never come home",
        "Thousands of North Koreans toil on construction "
        "sites in Vladivostok, handing most of their pay to the state.",
        {"overseas-labor"},
    ),
    (
        "Seoul's quiet retreat",
        "The government has cut the budget for North Korean human "
        "rights programmes and shelved the foundation.",
        {"lawfare-politics"},
    ),
    (
        "Lost at sea",
        "Two North Korean fishermen rescued by the South Korean coast guard asked to be sent home.",
        set(),
    ),
    (
        "Officers' privileges",
        "Senior KPA officers sell fuel meant for their units on the "
        "black market, a source in the army told RFA.",
        {"military-security"},
    ),
    (
        "The last reunion",
        "Elderly South Koreans with relatives in the North have given up "
        "hope of seeing them again as reunions remain suspended.",
        {"kaesong-interkorean"},
    ),
    # 북한강 and the 북한산 park are in the South; 북한산 coal is the North's
    ("북한강 홍수로 수상레저 시설 침수", "", set()),
    ("北 북한산 석탄 中 밀반출", "", {"sanctions-finance"}),
    # State media's own voice names the North without naming it
    (
        "Foreign Ministry Spokesperson Rejects 'Report' on Detention Facilities as Fabrication",
        "",
        {"prison-camps"},
    ),
    ("Chinese Foreign Ministry Spokesperson comments on detention centres in Xinjiang", "", set()),
    (
        "Puppet authorities' leaflet scattering denounced as grave provocation",
        "",
        {"information-access"},
    ),
    (
        "UN report: North Korea earned $3 billion from cyberattacks",
        "",
        {"military-security", "sanctions-finance"},
    ),
    ("Tokyo court convicts trader for shipping goods to North Korea", "", {"sanctions-finance"}),
    ("Russian oil tankers deliver fuel to North Korea above UN limit", "", {"sanctions-finance"}),
    ("North Korea exports weapons to Iran, report says", "", {"sanctions-finance"}),
    ("Oil prices hit cap as North Korea tensions rise", "", set()),
    ("Russia ships wheat to North Korea as food aid", "", {"economy-livelihood"}),
    ("Kim regime sends hundreds to remote mining camps as punishment", "", {"prison-camps"}),
    ("Former guard describes killings at North Korean camp", "", {"prison-camps"}),
    ("Accountability for North Korea: UN panel calls for tribunal", "", {"prison-camps"}),
    ("Kim Jong Un visits military training camp", "", set()),
    ("North Korean youth attend summer camp in Wonsan", "", set()),
    (
        "North Korean crews build apartments in Moscow suburbs, investigation finds",
        "",
        {"overseas-labor"},
    ),
    ("Russian TV crews film Victory Day parade in Pyongyang", "", set()),
    (
        "North Korean medical staff working in Africa hand over pay to embassy",
        "",
        {"overseas-labor"},
    ),
    ("North Korean restaurant in Vientiane reopens with new waitresses", "", {"overseas-labor"}),
    ("North Korea scraps agencies handling ties with the South", "", {"kaesong-interkorean"}),
    # a soldier who crosses is a defection, the army is not the subject; arms trade with
    # Russia is sanctions news, not the army as an institution
    ("North Korean soldier walks across the DMZ and asks to defect", "", {"defections"}),
    ("North Korea ships artillery shells to Russia, Seoul says", "", {"sanctions-finance"}),
    ("Pyongyang signs arms deal with Moscow, officials say", "", {"sanctions-finance"}),
    (
        "North Korean soldiers desert their units as rations run out",
        "",
        {"military-security", "economy-livelihood"},
    ),
    # held or sent back on the route is refugees-china; reaching the South or the UN refugee
    # agency is a defection too
    ("Laos police arrest North Korean family heading for Thailand", "", {"refugees-china"}),
    ("중국 공안, 탈북민 5명 체포해 북송", "", {"refugees-china"}),
    ("Cambodia hands North Korean escapees to UNHCR", "", {"defections", "refugees-china"}),
    ("中서 체포됐던 탈북민, 한국행 성공", "", {"defections", "refugees-china"}),
    # hunger in a camp is the camp's story, a market where dramas are sold is the drama's
    ("北 교화소 수감자들 “하루 옥수수 한 줌”…굶주림 증언", "", {"prison-camps"}),
    ("North Korean prisoners describe hunger and beatings in labour camp", "", {"prison-camps"}),
    ("North Korean traders sell SD cards of K-dramas in markets", "", {"information-access"}),
    ("北 장마당 쌀값 급등", "", {"economy-livelihood"}),
    ("北 군인 영양실조 심각", "", {"economy-livelihood", "military-security"}),
    # China's fence is not the North's army; the security ministry as the executioner is a
    # prison-camps story, the ministry itself purged is the institution's
    ("China expands fence and cameras on border with North Korea", "", {"refugees-china"}),
    ("North Korea purges State Security minister", "", {"military-security", "prison-camps"}),
    # the South's intelligence officers are not the North's security services
    (
        "South Korean intelligence officers question North Korean escapee who crossed by boat",
        "",
        {"defections"},
    ),
    (
        "North Korean intelligence officers posed as traders in Dandong, court hears",
        "",
        {"military-security"},
    ),
    # wire forms: Yonhap's "inter-Korean ties", the minister, a single price or ration
    ("Inter-Korean ties frozen as Pyongyang ignores Seoul's calls", "", {"kaesong-interkorean"}),
    ("Unification minister proposes talks with Pyongyang", "", {"kaesong-interkorean"}),
    ("Ration cut leaves Pyongyang residents short", "", {"economy-livelihood"}),
    ("Price of pork doubles in Hyesan", "", {"economy-livelihood"}),
    ("Gold price climbs as North Korea tensions rise", "", set()),
    # brokers and forced repatriation are the escape route (refugees-china), not a defection,
    # unless the headline has the family reach the South
    # (brokers' fees are the way out itself: defections as well, docs/labelling.md)
    ("탈북 브로커 비용 급등", "", {"refugees-china", "defections"}),
    ("유엔, 탈북민 강제북송 중단 촉구", "", {"refugees-china"}),
    (
        "Broker helps North Korean family reach Seoul via Thailand",
        "",
        {"defections", "refugees-china"},
    ),
    ("Seoul wants to be an honest broker between Washington and Pyongyang", "", set()),
    ("탈북어민 강제북송 사건 재판 시작", "", {"lawfare-politics"}),
    # arrival figures: North Koreans "reaching" the South is a defection story
    ("Fewer North Koreans reaching the South this year, ministry says", "", {"defections"}),
    ("South Korea and the US reaching a deal on North Korea policy", "", set()),
    # defectors from elsewhere, and border guards as an institution
    ("Belarusian officer who defected to Poland seeks asylum", "", set()),
    # army words narrowed: housing units and party officers are not the army, and a Russian
    # delegation meeting the KPA is diplomacy, not soldiers sent to fight
    (
        "North Korea finishes 10,000 housing units while families go hungry",
        "",
        {"economy-livelihood"},
    ),
    ("Russian army delegation meets KPA commanders in Pyongyang", "", set()),
    # a hanging of a person is an execution; China's detention centres are the escape route,
    # not the North's camps; guides on the route are refugees-china
    ("North Korea hangs two officials in front of factory workers", "", {"prison-camps"}),
    (
        "Chinese police move 200 North Koreans from detention centres in Liaoning to border",
        "",
        {"refugees-china"},
    ),
    # guided all the way to Thailand is the journey told to its end (docs/labelling.md:
    # reaching Thailand is defections and refugees-china)
    ("Pastor guided North Korean families through Laos to Thailand", "",
     {"refugees-china", "defections"}),
    # wires often name the North only as "the North"; the North of England is not it
    (
        "Famine fears grow in the North as rations stop",
        "Farmers in the North say the state has handed out no grain since spring.",
        {"economy-livelihood"},
    ),
    ("Rations for refugees in the North of England cut", "", set()),
    # Japan's abductees held by the North are not a camp story; the ministry cutting rights
    # work is a row in Seoul
    ("Abductees' families in Tokyo mark 20 years since Koizumi visit", "", set()),
    ("Families of abductees held by North Korea meet Japan's new minister", "", set()),
    (
        "Unification ministry cuts staff of its North Korean human rights office",
        "",
        {"lawfare-politics"},
    ),
    # the security ministry arresting a spy is the security services, not a camp story; the
    # dead sent home from Russia are soldiers abroad; fleeing China on the route is not yet a
    # defection
    (
        "Ministry of State Security arrests spy sent by Seoul's intelligence",
        "",
        {"military-security"},
    ),
    ("Coffins of North Korean soldiers flown home from Russia", "", {"military-security"}),
    (
        "North Korean women flee China for Laos as checks tighten",
        "Cameras in Yanbian make hiding harder, a broker said.",
        {"refugees-china"},
    ),
    # a North Korean who drifts south and asks to go home is not a defection; the South
    # handing him back is its own repatriation decision (docs/labelling.md: lawfare-politics)
    (
        "North Korean sailor whose boat drifted south asks to go home",
        "He was handed back at the sea border.",
        {"lawfare-politics"},
    ),
    # a defector's life in the South is not the escape route, though brokers guided the way
    (
        "Defectors in Seoul still in debt years after arrival",
        "Many North Koreans owe the brokers who guided them out through China.",
        {"defections"},
    ),
    # the ministry talking of the shuttered Kaesong zone is inter-Korean, not a row in Seoul
    (
        "Unification ministry ready for talks on shut Kaesong complex",
        "",
        {"kaesong-interkorean"},
    ),
    # a shoot order at the river on the China border is the route as well as the guards
    # (docs/labelling.md: shoot orders on the China border, refugees-china and military-security)
    ("North Korean border guards told to shoot river crossers on sight", "",
     {"military-security", "refugees-china"}),
    # economy: the words of want reporters use (rationing, meals, landslides, the UN food
    # agency); rice floated in bottles towards the North is no want in the North, and with no
    # leaflets or media it carries no information either (PROFILES.md: balloons with no
    # leaflets or media are not information-access; docs/labelling.md: rice or dollars alone)
    ("North Korean families ration cooking oil as imports dry up", "", {"economy-livelihood"}),
    ("Landslides bury villages in North Korea after week of rain", "", {"economy-livelihood"}),
    ("World Food Programme says North Korean children skip meals", "", {"economy-livelihood"}),
    ("Activists float rice in bottles toward North Korea", "", set()),
    # prison-camps: camps denied as "so-called", life sentences, people shot in public
    (
        "DPRK delegate dismisses so-called camps as fabrication",
        "He spoke at the Human Rights Council.",
        {"prison-camps"},
    ),
    ("North Korean official given life sentence for taking bribes", "", {"prison-camps"}),
    ("Pyongyang shoots two men in public for theft", "", {"prison-camps"}),
    # information-access: foreign videos and Seoul accents, not balloons said to hold no leaflets
    ("North Korea cracks down on foreign videos in border towns", "", {"information-access"}),
    ("North Korean teens punished for mimicking Seoul accents", "", {"information-access"}),
    (
        "North Korean balloons land in Seoul",
        "They carried rubbish but no leaflets, officials said.",
        set(),
    ),
    # overseas-labor: the Chinese border cities where the North's workers are placed
    ("Seafood plant in Hunchun employs North Korean women", "", {"overseas-labor"}),
    # refugees-china: refugees placed in China, not North Korean refugees living in Britain
    # who once passed through it; brokers who arrange calls home are not the escape route
    (
        "North Korean refugees open bakery in London suburb",
        "The couple settled in Britain after years in China.",
        {"defections"},
    ),
    (
        "North Koreans use brokers to phone relatives in Seoul",
        "Brokers arrange calls on Chinese networks near the border.",
        {"information-access"},
    ),
    # prison-camps: a court in the South jailing the North's spy is not the North's prisons
    ("Seoul court jails ex-officer for spying for North Korea", "", {"military-security"}),
    # refugees-china: a forced repatriation counts where the headline does not name China
    ("Forcibly repatriated North Korean women face harsh questioning", "", {"refugees-china"}),
    # overseas-labor: workers in the title, the country abroad in the first sentence
    (
        "North Korean workers riot over unpaid wages",
        "The clash broke out at a garment plant in Dandong, sources said.",
        {"overseas-labor"},
    ),
    # refugees-china: reaching an embassy on the route is a defection and, as the audited dev
    # set labels a third country handing North Koreans on (r09, en-1818), the route too
    (
        "Laos hands North Korean family to Seoul's embassy",
        "The five crossed the Mekong and were kept in an immigration centre for a week.",
        {"defections", "refugees-china"},
    ),
    # economy-livelihood: housing is a living condition
    ("Families in Chongjin share cramped housing without heat", "", {"economy-livelihood"}),
    # prison-camps: forced labour inside the North, not that of workers abroad
    ("North Korea's forced labour system holds thousands, UN says", "", {"prison-camps"}),
    (
        "KCNA rejects claims of forced labour by workers abroad",
        "It said Koreans working in other countries are paid fairly.",
        {"overseas-labor"},
    ),
    # information-access: foreign television and listening to foreign broadcasts
    (
        "North Koreans near the border tune in to South Korean broadcasts",
        "",
        {"information-access"},
    ),
    # women-violence: brides, forced marriage and the leader's pleasure squads
    ("North Korean brides in rural Shandong", "", {"women-violence"}),
    ("Former member of Kim Jong-il's pleasure squad speaks out", "", {"women-violence"}),
    # a defector held at the South's screening centre is not the North's detention; medicine
    # studied is not medicine lacking; a currency collapsing is the economy; a tanker caught is
    # not a person caught; ginseng is not food
    (
        "Rights lawyers question defector's months of detention at screening centre",
        "",
        {"defections", "lawfare-politics"},
    ),
    ("Girl who left North Korea alone now studies medicine in Seoul", "", {"defections"}),
    ("North Korea's currency is collapsing, traders say", "", {"economy-livelihood"}),
    ("Ship caught delivering oil to the North off China", "", {"sanctions-finance"}),
    ("Ginseng harvest begins in Kaesong", "Farmers are digging six-year-old roots.", set()),
    # overseas-labor: IT operatives; information-access: balloon launches from the South
    (
        "North Korean IT operatives land remote jobs with fake names",
        "",
        {"overseas-labor", "sanctions-finance"},
    ),
    (
        "County bans balloon launches near the border",
        "Activists had planned a launch on Friday.",
        {"information-access", "lawfare-politics"},
    ),
    # prison-camps: an event held in the North, and questioning by the South or Ukraine, are
    # not the North's detention; an American held there is
    ("Pyongyang marathon held in North Korea for first time since 2019", "", set()),
    (
        "Ukraine releases interrogation video of captured North Korean soldiers",
        "",
        {"military-security"},
    ),
    (
        "South Korean investigators interrogate suspected North Korean spy",
        "",
        {"military-security"},
    ),
    ("US soldier detained in North Korea after crossing border", "", {"prison-camps"}),
    # Japan's wartime forced labour is not the North's camps; a factory visit is not the economy
    (
        "KCNA Commentary Denounces Japan's Forced Labour Crimes During Occupation",
        "It demanded Japan apologise for dragging Koreans to mines and battlefields.",
        set(),
    ),
    (
        "Kim Jong Un Inspects Newly Built Potato Processing Factory",
        "He said the factory would provide the people with a variety of potato foods.",
        set(),
    ),
    # girls sold into marriages in China; harassment of women; death as a punishment
    (
        "North Korean girls sold into forced marriages in China, UN says",
        "",
        {"women-violence", "refugees-china"},
    ),
    ("North Korean women face harassment at military checkpoints", "", {"women-violence"}),
    (
        "North Korea's new law punishes watching South Korean films with death",
        "",
        {"information-access", "prison-camps"},
    ),
    # beatings by guards or police; abortions forced on prisoners; escapees stranded after a
    # raid on the route; a crackdown on phones at the border
    ("North Korean woman dies after beating by police interrogators", "", {"prison-camps"}),
    (
        "North Korea's women prisoners forced to undergo abortions",
        "",
        {"women-violence", "prison-camps"},
    ),
    ("North Korean escapees stranded in Vietnam after police raid", "", {"refugees-china"}),
    ("North Korea cracks down on mobile phones near Chinese border", "", {"information-access"}),
    # the North named only by a town of it (shared alias @nk)
    ("Rations cut again in Pyongsong and Anju, residents say", "", {"economy-livelihood"}),
    # a third batch of paraphrases: forced contributions and a failing distribution system;
    # ordering executions (not executing orders), labour brigades, mass arrests and body searches;
    # escapees turned back, a Chinese city on the route; girls sold for sex; Chinese television
    (
        "Residents in Yanggang forced to hand over 'loyalty' contributions",
        "",
        {"economy-livelihood"},
    ),
    ("North Korea's state distribution system collapses in the north", "", {"economy-livelihood"}),
    ("Kim Jong-un orders execution of officials who took bribes", "", {"prison-camps"}),
    ("Cabinet stresses execution of orders on spring farming", "", set()),
    ("North Korea sends thousands to mobile labour brigades as punishment", "", {"prison-camps"}),
    ("North Korean families turned back at Laos border", "", {"refugees-china"}),
    ("North Korean mother and son arrested in Kunming", "", {"refugees-china"}),
    ("North Korean girls sold online for sex, report finds", "", {"women-violence"}),
    ("North Koreans secretly watch Chinese television near the border", "", {"information-access"}),
    # state media: the Pukchang power complex and a farm in Yodok county are not camps, a power
    # station's output is not want; the North's court sentencing "U.S. spies" is the North's
    # courts; "puppet" forces and services name the state-media voice
    (
        "Electricity Output Increases at Pukchang Thermal Power Complex",
        "Workers are producing more electricity by renovating boilers, KCNA said.",
        set(),
    ),
    # (a leader's farm visit is field guidance, no economy-livelihood: docs/labelling.md)
    (
        "Kim Jong Un Visits Yodok County Farm",
        "He praised the farmers for raising more livestock.",
        set(),
    ),
    ("Survivor of Yodok camp testifies in Geneva", "", {"prison-camps"}),
    (
        "Korean Central Court Sentences Spies of U.S. to Death",
        "The spies had photographed military sites, KCNA said.",
        {"prison-camps", "military-security"},
    ),
    # North Koreans "working" at a post abroad; women exploited in China's chat rooms; a court
    # on the route fining escapees for illegal entry
    (
        "North Koreans working at Russian shipyards in violation of sanctions",
        "",
        {"overseas-labor", "sanctions-finance"},
    ),
    (
        "Sexual exploitation of North Korean women in China's online chat rooms",
        "",
        {"women-violence", "refugees-china"},
    ),
    # held in Thailand is the way south (docs/labelling.md): defections as well
    ("Thai police fine nine North Koreans for illegal entry", "", {"refugees-china", "defections"}),
    # aid for children and UNICEF are the economy of want; sailors rescued at sea and handed
    # back by China are not escapees
    ("UNICEF resumes nutrition aid for North Korean children", "", {"economy-livelihood"}),
    (
        "China returns North Korean sailors rescued at sea",
        "The men were handed over at Dandong after their boat sank.",
        set(),
    ),
    # women-violence: every form of demanding sex
    (
        "North Korean guards accused of demanding sex from detainees",
        "",
        {"women-violence", "prison-camps"},
    ),
    # defections in reporters' paraphrases: walking, swimming or rowing across, slipping away
    # from minders, leaving the North years ago, being North Korean-born in the South, entering
    # the South, wishing to remain; not a leader leaving on a trip, nor a border crossing for
    # trade
    ("North Korean private walks over the demarcation line at dawn", "", {"defections"}),
    ("Villager from North Korea picked up after swimming the estuary", "", {"defections"}),
    (
        "Trade official slips away from minders during Minsk fair",
        "He is from North Korea.",
        {"defections"},
    ),
    ("Nurse who left North Korea a decade ago trains Seoul midwives", "", {"defections"}),
    ("North Korean-born pupils lag in maths, ministry data show", "", {"defections"}),
    ("Record low: only 43 North Koreans entered the South this year", "", {"defections"}),
    ("Crew of North Korean fishing boat say they wish to remain", "", {"defections"}),
    ("Envoy deserted his post in Lagos last month, North Korea watchers say", "", {"defections"}),
    ("Kim Jong Un leaves Pyongyang by train for talks in Moscow", "", set()),
    # military-security: hacking in any verb form, secrets passed to the North's handlers, the
    # army's sick and the officers of the Kursk fighting; not South Korean warning shots at
    # soldiers working on the line, nor civilian rebuilding in Kursk
    ("North Korean unit hacked Seoul drone maker's servers, police say", "", {"military-security"}),
    ("Engineer jailed for selling secrets to a North Korean handler", "", {"military-security"}),
    ("Frostbite cripples North Korean soldiers at remote posts", "", {"military-security"}),
    ("Kim Jong-un promotes officers who led the Kursk offensive", "", {"military-security"}),
    (
        "South Korean troops fire warning shots as North Korean soldiers cross line",
        "The soldiers, building a road, went back.",
        set(),
    ),
    ("Russian and North Korean officials discuss Kursk reconstruction", "", set()),
    # sanctions-finance: penalties by any name, arms delivered or sent, flags of convenience;
    # not a launch "in defiance of UN resolutions", nor penalties on others
    (
        "Japan penalizes trading houses that shipped goods to North Korea",
        "",
        {"sanctions-finance"},
    ),
    (
        "Pyongyang sent more ammunition to Russia in spring, Seoul estimates",
        "",
        {"sanctions-finance"},
    ),
    (
        "Tankers flying flags of convenience carried oil to North Korea",
        "",
        {"sanctions-finance"},
    ),
    ("North Korea fires ICBM in defiance of UN resolutions", "", set()),
    ("EU slaps penalties on Iranian drone makers", "", set()),
    ("South Korean chipmaker penalized over export breaches", "", set()),
    # kaesong-interkorean: dialogue with Seoul refused or offered, the 2018 military pact, roads
    # to the South blown up, reunification dropped, a unified team; not allies' talks with
    # Seoul about the North, nor a rail link to Russia
    ("Kim Yo-jong says Pyongyang will never sit down with Seoul", "", {"kaesong-interkorean"}),
    (
        "Seoul to revive 2018 military pact suspended amid balloon row",
        "The deal with North Korea set up buffer zones.",
        {"kaesong-interkorean"},
    ),
    ("North Korea blows up roads linking it to the South", "", {"kaesong-interkorean"}),
    (
        "Pyongyang scraps reunification goal, calls South a foreign state",
        "",
        {"kaesong-interkorean"},
    ),
    (
        "North Korean players join unified Korean team for table tennis",
        "",
        {"kaesong-interkorean"},
    ),
    ("US and South Korea hold talks on North Korea's nuclear programme", "", set()),
    ("Japan and South Korea agree to deepen dialogue on North Korean missiles", "", set()),
    ("Russian and North Korean railway officials discuss new link to Khasan", "", set()),
    # lawfare-politics: a candidate who fled the North is the politics desk's, not a defection;
    # a city ordinance for escapees is both; a defector's family "came from North Korea", the
    # trash balloons that came from the North did not defect
    (
        "Woman who fled North Korea elected to Incheon city council",
        "",
        {"lawfare-politics"},
    ),
    (
        "Incheon adopts ordinance on job support for escapees from the North",
        "",
        {"defections", "lawfare-politics"},
    ),
    ("Family who came from North Korea in 2015 opens farm in Jeju", "", {"defections"}),
    ("Trash balloons from the North land on presidential compound", "", set()),
    # defections: not the relatives punished for a defection, nor an escapee telling of a camp,
    # nor a foreigner who crossed into the North
    # relatives banished for a defection with no camp named are a defections story alone
    # (docs/labelling.md, Defections)
    ("North Korea banishes relatives of defectors to remote farms", "", {"defections"}),
    ("Escapee tells UN panel of torture in Chongori camp", "", {"prison-camps"}),
    ("American soldier who crossed into North Korea at the DMZ is freed", "", set()),
    # the wires' abbreviations (N. Korean, S. Korea) and their short forms: crossing the MDL,
    # reaching S. Korea, the hotline with S. Korea, civilian contacts, the North's spy agency,
    # border security; a soldier walking across the DMZ is a defection, not an army story,
    # and guards told to shoot anyone crossing are not defectors
    ("N. Korean man taken into custody after crossing MDL in eastern front", "", {"defections"}),
    ("Spy agency probing N. Korean who reached S. Korea via sea route", "", {"defections"}),
    ("N. Korea cuts phone lines with S. Korea, ending hotline", "", {"kaesong-interkorean"}),
    (
        "S. Korea to allow civilian contacts with N. Korea without prior approval",
        "",
        {"kaesong-interkorean"},
    ),
    ("N. Korean spy agency behind fake job ads, researchers say", "", {"military-security"}),
    ("Lawmakers pass revision to N. Korean human rights act", "", {"lawfare-politics"}),
    ("Soldier from North Korea walks across DMZ, asks to defect", "", {"defections"}),
    (
        "North Korean border guards told to shoot anyone crossing the DMZ",
        "",
        {"military-security"},
    ),
    ("China steps up border security near Dandong", "", set()),
    # the North's forces and barracks are the army; a drill by them is routine weapons news
    ("North Korean forces in Kursk lose hundreds, Kyiv says", "", {"military-security"}),
    ("Measles outbreak in North Korean barracks, source says", "", {"military-security"}),
    ("North Korean forces stage live-fire drill near border", "", set()),
    (
        "Seoul unveils new unification vision for the two Koreas",
        "North Korea rejected it.",
        {"kaesong-interkorean"},
    ),
    # more of reporters' wordings: protection sought, athletes who go missing, sailors who
    # choose to stay, a defector-run station (not a defection), the army's service terms,
    # assassins, an offer of aid refused, Kaesong's compensation, the two Koreas marching
    # together (not towards confrontation), front firms
    (
        "Seoul confirms North Korean diplomat in Congo sought protection in South",
        "",
        {"defections"},
    ),
    ("North Korean athletes go missing after Asian Games", "", {"defections"}),
    ("Two North Korean sailors rescued in East Sea choose to stay", "", {"defections"}),
    ("Defector-run radio station marks 20 years on air", "", {"information-access"}),
    ("North Korean army cuts service for female conscripts", "", {"military-security"}),
    ("North Korean assassins targeted critic in Seoul, court hears", "", {"military-security"}),
    (
        "Pyongyang turns down Seoul's offer of flood aid",
        "",
        {"kaesong-interkorean", "economy-livelihood"},
    ),
    ("Ex-Kaesong workers rally in Seoul for compensation", "", {"kaesong-interkorean"}),
    ("Two Koreas march together at Olympics opening ceremony", "", {"kaesong-interkorean"}),
    ("Two Koreas march toward confrontation as balloons fly", "", set()),
    (
        "UN panel says North Korea used front firms in Hong Kong to buy oil",
        "",
        {"sanctions-finance"},
    ),
    # North Koreans hiding, stateless or sold in China are the route's story, not yet a
    # defection, unless the title has them arrive
    (
        "Stateless in Jilin: children of North Korean mothers who fled",
        "",
        {"refugees-china"},
    ),
    # military-security: not the North's threats to open fire on loudspeakers, its accusations
    # of US espionage flights, nor state media's soldiers helping farmers or building houses
    # for flood victims (the army is not the subject there)
    ("North Korea threatens to open fire on South's loudspeakers", "", {"information-access"}),
    ("North Korea accuses US of espionage flights near its coast", "", set()),
    (
        # routine farm progress, whoever does the work: no profile (docs/labelling.md)
        "KPA soldiers help farmers with rice transplanting",
        "Servicepersons joined the labour of cooperative farm members, KCNA said.",
        set(),
    ),
    (
        "KCNA: Soldiers Build Modern Houses for Flood Victims",
        "The soldiers worked day and night, showing labour feats.",
        {"economy-livelihood"},
    ),
    (
        "North Korean units told to open fire on anyone fleeing, sources say",
        "",
        {"military-security"},
    ),
    # sanctions-finance: bans on trade with the North, UN limits and curbs, fake flags, frozen
    # accounts; not the North's own import bans
    (
        "Japan extends ban on imports from North Korea for two more years",
        "",
        {"sanctions-finance"},
    ),
    (
        "North Korean vessels dodge UN restrictions with fake flags",
        "",
        {"sanctions-finance"},
    ),
    (
        "Chinese banks cut off North Korean accounts under US pressure",
        "",
        {"sanctions-finance"},
    ),
    ("North Korea bans imports of Chinese goods over virus fears", "", set()),
    # lawfare-politics: sending the fishermen back in any wording, defectors who sue (not a
    # defection story), the ministry accused over its treatment of defectors, an Assembly
    # hearing; a crew the South sends home at its own request is still the South's own
    # repatriation decision (docs/labelling.md: lawfare-politics)
    (
        "Moon-era officials face questioning over sending fishermen back to North",
        "",
        {"lawfare-politics"},
    ),
    (
        "Defectors sue Chosun Soren over 'paradise on earth' repatriation scheme",
        "",
        {"lawfare-politics"},
    ),
    (
        "Assembly hearing on forced repatriation of North Korean escapees from China",
        "",
        {"lawfare-politics", "refugees-china"},
    ),
    (
        "North Korean crew rescued at sea sent back at their request",
        "The four sailors asked to go home and were handed over at the sea border.",
        {"lawfare-politics"},
    ),
    # kaesong-interkorean: the liaison building, the 2018 border pact, Moon and Kim, the
    # ministry renamed, aid shipments Seoul approves; not a museum reopening in Kaesong, nor
    # the unification minister's talks in Washington
    ("North Korea blows up liaison building in Kaesong", "", {"kaesong-interkorean"}),
    ("South Korea suspends 2018 border pact after satellite launch", "", {"kaesong-interkorean"}),
    ("Moon and Kim embrace at truce village, pledge peace", "", {"kaesong-interkorean"}),
    ("South Korea's unification ministry to be renamed", "", {"kaesong-interkorean"}),
    (
        "Seoul approves NGO's shipment of medicine to North Korea",
        "",
        {"kaesong-interkorean", "economy-livelihood"},
    ),
    ("Kaesong Koryo Museum reopens after renovation", "", set()),
    (
        "South Korea's unification minister visits Washington for talks on North Korea",
        "",
        set(),
    ),
    # defections: dashing across the JSA, a journey to freedom, jumping ship; not a group of
    # defectors whose founder is arrested, nor an American who fled into the North
    (
        "Former North Korean soldier who dashed across JSA opens up about new life",
        "",
        {"defections"},
    ),
    ("A North Korean woman's 10-year journey to freedom", "", {"defections"}),
    ("Latest arrival: North Korean seaman jumped ship in Busan", "", {"defections"}),
    ("US soldier who fled into North Korea returns home", "", set()),
    # military-security: a deployment to Russia, officers smuggling, guards shooting a man at
    # the river, the North's agents and cyber operatives, a purged intelligence chief; not
    # soldiers forced back by warning shots, nor prison guards (a camp story)
    (
        "North Korea's army gets new political commissars after Russia deployment",
        "",
        {"military-security"},
    ),
    (
        "North Korean military officers caught smuggling copper to China",
        "",
        {"military-security"},
    ),
    (
        "North Korean guards shot man trying to cross Yalu, sources say",
        "",
        {"military-security"},
    ),
    (
        "Pyongyang's agents kidnapped South Korean missionary, court rules",
        "",
        {"military-security"},
    ),
    ("North Korea purges military intelligence chief", "", {"military-security", "prison-camps"}),
    ("North Korean soldiers forced back by warning shots", "", set()),
    # lawfare-politics: a law revised, a case won, the ministry's rights report dropped; not
    # escapees who told a parliamentary forum of their loneliness (their lives, not politics)
    (
        "Seoul revises law to strengthen support for North Korean escapees",
        "",
        {"defections", "lawfare-politics"},
    ),
    (
        "Government drops plan to publish North Korean human rights report",
        "",
        {"lawfare-politics"},
    ),
    (
        "Lonely in Seoul: escapees who resettled speak out",
        "They told a parliamentary forum of their isolation.",
        {"defections"},
    ),
    # sanctions-finance: the North's diplomats raising cash or smuggling
    (
        "North Korean embassy in Sweden sells cars to raise cash",
        "",
        {"sanctions-finance"},
    ),
    # lawfare-politics: the International Criminal Court is not a court of the South's
    (
        "UN committee adopts North Korea human rights resolution",
        "It condemns torture and urges referral to the International Criminal Court.",
        {"prison-camps"},
    ),
    ("North Korea reopens border crossing with China for freight", "", set()),
    # Wider word families in the five profiles: a defector cited as the source of a report on
    # something else, a party defector in another country's politics, a boat where some stay,
    # people held on the route even when bound for the South, exports to the North, a reunion
    # with a named relative, a visit Seoul approves, and a row over returning sailors
    ("Defectors tell UN envoy about Kim Jong Un's succession plans", "", set()),
    ("Opposition defector gives ruling party its majority in Tokyo vote", "", set()),
    (
        "Navy finds North Koreans on drifting boat near sea border",
        "Two wish to stay in the South; the other four asked to go home.",
        {"defections"},
    ),
    ("Thai police hold 12 North Koreans bound for South Korea", "",
     {"refugees-china", "defections"}),
    ("Japanese police arrest trader over exports to North Korea", "", {"sanctions-finance"}),
    (
        "Aged 91, she still waits for a reunion with her brother in the North",
        "",
        {"kaesong-interkorean"},
    ),
    ("Seoul approves civic group's visit to the North", "", {"kaesong-interkorean"}),
    (
        "Lawmakers demand inquiry into return of North Korean sailors",
        "",
        {"lawfare-politics"},
    ),
    (
        "North Korean soldiers briefly cross border, retreat after warning shots",
        "About 20 troops crossed the demarcation line by mistake, the military said.",
        set(),
    ),
    ("North Korean hackers pose as defectors to target journalists", "", {"military-security"}),
    (
        "North Korean restaurant workers in China flee to South",
        "",
        {"defections", "overseas-labor"},
    ),
    (
        "North Korea publicly shoots three men in Hyesan",
        "Three men were shot in front of a crowd, a defector with contacts in the city said.",
        {"prison-camps"},
    ),
    ("Escapee's documentary on Yodok camp wins award", "", {"prison-camps"}),
    ("North Korean women in China live in fear of police checks", "", {"refugees-china"}),
    (
        "Chinese authorities send back 50 North Koreans after Party congress",
        "",
        {"refugees-china"},
    ),
    ("Chinese police use phone tracking to find North Korean escapees", "", {"refugees-china"}),
    ("North Korean family stranded in Mongolia seeks passage to Seoul", "", {"refugees-china"}),
    ("North Korean mother and daughter reunite in Seoul after 15 years apart", "", {"defections"}),
    (
        "KCNA Exposes Puppets' Abduction of Our Citizens",
        "The puppets lured away the waitresses of a restaurant abroad and hold them by force.",
        {"defections", "overseas-labor"},
    ),
    (
        "KCNA Commentary Slams U.S. Hostile Policy and Sanctions Moves",
        "",
        {"sanctions-finance"},
    ),
    ("KCNA Commentary on U.S. Sanctions Against Russia", "", set()),
    (
        "Crypto bridge hacked for $600m; FBI blames Lazarus Group",
        "",
        {"military-security", "sanctions-finance"},
    ),
    ("Kim Jong Un orders end of cooperation with the South", "", {"kaesong-interkorean"}),
    ("North Korean soldier surrenders to South Korean troops at border", "", {"defections"}),
    ("Two North Koreans land on South Korean island by boat", "", {"defections"}),
    ("North Korean sailor bolts from ship in Busan port", "", {"defections"}),
    ("North Korean missile lands near Japanese island", "", set()),
    ("North Korean drones crossed border, South's military says", "", set()),
    ("Body of North Korean man drifted south, handed back at Panmunjom", "", set()),
    ("Defectors rally in Seoul against China's forced repatriations", "", {"refugees-china"}),
    ("Kim Jong Un visits Kaesong textile factory", "", set()),
    ("North Korean prison camp guard defects to South", "", {"defections", "prison-camps"}),
    ("China detains ship carrying North Korean coal", "", {"sanctions-finance"}),
    ("North Korea's economy escapes worst of sanctions, analysts say", "", {"sanctions-finance"}),
    ("North Korean tourists escape summer heat at Wonsan beach", "", set()),
    (
        "North Korean delegation crosses border at Panmunjom for talks",
        "",
        {"kaesong-interkorean"},
    ),
    ("North Korean family escapes by boat", "", {"defections"}),
    (
        "KCNA Commentary Denounces Puppets' Use of Defectors for Anti-DPRK Smear",
        "The commentary said the puppets hire traitors who fled their country to spread lies.",
        {"defections"},  # state media attacking defectors (docs/labelling.md)
    ),
    ("Rodong Sinmun Slams Puppets for Enticing DPRK Citizens", "", {"defections"}),
    ("South Korea takes in 5 North Koreans found at sea", "", {"defections"}),
    (
        "North Korean defectors stranded in Vietnam ask Seoul for help",
        "",
        {"refugees-china"},
    ),
    ("Escapees in China: the invisible North Koreans", "", {"refugees-china"}),
    (
        "Unification ministry rejects request to let fishermen's lawyers see files",
        "",
        {"lawfare-politics"},
    ),
    ("UK MPs hear testimony from North Korean escapees", "", {"lawfare-politics"}),
    ("Unification ministry says defector arrivals fell last year", "", {"defections"}),
    (
        "Unification ministry publishes report on North Korean human rights",
        "",
        {"lawfare-politics"},
    ),
    (
        "Seoul's unification ministry says it is watching North's party congress closely",
        "",
        set(),
    ),
    (
        "North Korea hasn't responded to liaison calls for a year, ministry says",
        "",
        {"kaesong-interkorean"},
    ),
    (
        "Asian markets slip after North Korea missile launch; Treasury yields fall",
        "",
        set(),
    ),
    ("North Korean hackers arrested in China, report says", "", {"military-security"}),
    ("North Korean restaurant in Beijing raided by Chinese police", "", {"overseas-labor"}),
    (
        "Survey finds most recent escapees heard foreign radio before leaving",
        "",
        {"information-access"},
    ),
    (
        "US lawmakers introduce bill to help reunite Korean American families",
        "",
        {"kaesong-interkorean"},
    ),
    # prison-camps: a police chief executed is an execution; "execution of" a plan may stand
    # five words from "plan"; state media "executes" revenge and strikes too
    ("North Korean police chief executed for taking bribes", "", {"prison-camps"}),
    ("Cabinet Reviews Execution of First-Half National Economic Plan", "", set()),
    ("North Korea vows to execute merciless retaliation against US drills", "", set()),
    ("UN experts urge North Korea to end arbitrary detention of foreigners", "", {"prison-camps"}),
    ("KCNA calls reports of prison camps slanderous lies", "", {"prison-camps"}),
    # military-security: other countries' border guards; generals executed
    ("Mongolian border guards detain North Koreans near Chinese frontier", "", {"refugees-china"}),
    (
        "North Korea executed generals over failed plot, lawmakers told",
        "",
        {"military-security", "prison-camps"},
    ),
    # economy-livelihood: the currency and the lean season; executions of officials and
    # messages of sympathy over disasters elsewhere are not livelihood news
    ("North Korean won slides to record low against the dollar", "", {"economy-livelihood"}),
    ("Lean season leaves North Korean farm families short of grain", "", {"economy-livelihood"}),
    ("North Korea executes officials blamed for flood deaths", "", {"prison-camps"}),
    ("Kim Jong Un sends message of sympathy to Xi over floods in China", "", set()),
    # overseas-labor: loyalty money, work permits; a trafficking lure is not a job
    ("North Korean workers in China made to pay loyalty money", "", {"overseas-labor"}),
    (
        "Brokers lure North Korean women with promises of restaurant jobs in China",
        "",
        {"women-violence", "refugees-china"},
    ),
    ("Russia issues work permits to thousands of North Koreans", "", {"overseas-labor"}),
    # women-violence and information-access
    ("North Korean women forced into 'joy brigade' for party elite", "", {"women-violence"}),
    ("Seoul stops anti-North loudspeaker broadcasts", "", {"information-access"}),
    # prison-camps: death in custody, arrests by the North's security agencies or by the dozen
    # (not China's raids), beatings of detainees, a sentence of labour for a drama
    ("Man dies in North Korean security agency custody, family told", "", {"prison-camps"}),
    ("North Korea's Bowibu steps up arrests along border", "", {"prison-camps"}),
    ("North Korean police beat detained traders, sources say", "", {"prison-camps"}),
    (
        "North Korea sentences 14-year-old to labor for watching drama",
        "",
        {"prison-camps", "information-access"},
    ),
    ("Chinese police detain dozens of North Koreans in Liaoning raids", "", {"refugees-china"}),
    # military-security: drugs, guarding the border; economy-livelihood: pay and levies
    ("Drug use spreads among North Korean soldiers", "", {"military-security"}),
    ("North Korea deploys more soldiers to guard border with China", "", {"military-security"}),
    ("North Korean factory workers get no pay for months", "", {"economy-livelihood"}),
    ("North Korean households ordered to hand in scrap metal", "", {"economy-livelihood"}),
    # prison-camps: a defector jailed in the South (his life there), torture or crimes against humanity the North
    # charges others with; a sentence to life, a detainee freed
    ("North Korean defector jailed for drug dealing in Seoul", "", {"defections"}),
    ("North Korea denounces US for torture at Guantanamo", "", set()),
    ("North Korea calls Israel's attacks on Gaza crimes against humanity", "", set()),
    ("North Korea sentences South Korean missionaries to life", "", {"prison-camps"}),
    ("North Korea releases detained Australian student", "", {"prison-camps"}),
    # economy-livelihood: fairs, delegations, trade deals and the Kaesong complex are not want;
    # military-security: fortifying the border is routine military news
    ("North Korean delegation attends agricultural fair in Moscow", "", set()),
    ("North Korea and Russia agree to expand trade across Tumen bridge", "", set()),
    ("North Korea marks Day of Miners with rally", "", set()),
    ("North Korean troops reinforce border fortifications, Seoul says", "", set()),
    # information-access: listening to a named station, notetels, watching in secret;
    # women-violence: bodies searched in detention
    (
        "North Korea punishes residents for listening to Radio Free Asia",
        "",
        {"information-access"},
    ),
    ("North Korea orders inspections of notetels for foreign files", "", {"information-access"}),
    ("North Koreans secretly watch 'Crash Landing on You'", "", {"information-access"}),
    (
        "North Korean women's bodies searched at Sinuiju detention centre",
        "",
        {"women-violence", "prison-camps"},
    ),
    # defections: slipping, running or swimming across, a road to Seoul, switching sides, a
    # former North Korean now a citizen; "to defect, JCS says" is the event, not a source;
    # pilots and players who defect elsewhere are not
    ("N. Korean soldier crosses DMZ to defect, JCS says", "", {"defections"}),
    ("North Korean civilian slips across border into South - Yonhap", "", {"defections"}),
    ("Two North Korean soldiers cross into South through minefield", "", {"defections"}),
    ("North Korean man swims for hours to reach South Korean island", "", {"defections"}),
    ("North Korean soldier runs across JSA as comrades open fire", "", {"defections"}),
    ("A North Korean woman's 10-year road to Seoul", "", {"defections"}),
    ("Kim regime embarrassed as top diplomat switches sides", "", {"defections"}),
    ("Former North Korean diplomat becomes South Korean citizen", "", {"defections"}),
    ("North Korean sailor jumps ship in Busan port, asks to stay", "", {"defections"}),
    ("North Korean defectors struggle with unemployment in South Korea", "", {"defections"}),
    ("Chinese fighter pilot defects to Taiwan", "", set()),
    ("Hockey player defects from KHL club to NHL", "", set()),
    ("Thae Yong-ho, defector turned lawmaker, says party should change", "", {"lawfare-politics"}),
    # economy-livelihood: the price of staples, affording food, heat waves, cold snaps and
    # storms, fertiliser and manure (not a fertiliser plant), hospitals without drugs, tap water
    ("Noodle prices double in Pyongyang", "", {"economy-livelihood"}),
    ("North Koreans can no longer afford rice, traders say", "", {"economy-livelihood"}),
    ("Heatwave scorches North Korean farms", "", {"economy-livelihood"}),
    ("Cold snap damages North Korean wheat crop", "", {"economy-livelihood"}),
    ("North Korea ordered to collect human waste for fertiliser", "", {"economy-livelihood"}),
    ("Eggs and meat vanish from North Korean state shops", "", {"economy-livelihood"}),
    ("North Korea's hospitals lack basic drugs, says WHO", "", {"economy-livelihood"}),
    ("North Korean city goes without tap water for a week", "", {"economy-livelihood"}),
    ("Storm leaves thousands of North Korean homes damaged", "", {"economy-livelihood"}),
    ("Unpaid North Korean miners leave pits to find food", "", {"economy-livelihood"}),
    ("Kim Jong Un visits newly built shoe factory", "", set()),
    ("North Korea's chemical plant starts production of new fertiliser", "", set()),
    ("Respected Comrade Kim Jong Un inspects Hungnam fertilizer complex", "", set()),
    ("Japan rice shortage worsens", "", set()),
    # prison-camps: the camp system, shot for a crime, families sent away as punishment;
    # not the execution of tasks or executions elsewhere
    ("North Korea's camp system holds up to 120,000, State Department says", "", {"prison-camps"}),
    ("North Korean army officers shot for corruption", "", {"military-security", "prison-camps"}),
    ("North Korea sends officials' families to remote mines as punishment", "", {"prison-camps"}),
    ("North Korea holds public executions in Hyesan stadium", "", {"prison-camps"}),
    ("Cabinet stresses thorough execution of state economic tasks", "", set()),
    ("Texas executes inmate convicted of 1998 murder", "", set()),
    # women-violence: online sex work and pimps; not women's sport
    ("North Korean women forced into online sex work, report says", "", {"women-violence"}),
    ("Pimps exploit North Korean women in Chinese karaoke bars", "", {"women-violence"}),
    ("North Korean women's soccer team wins Asian Cup", "", set()),
    # defections: struggles in the South, arriving by boat, refusing to go back, entrants, a
    # South Korean passport, "came over"; a defector telling of hunger in the army is a source
    # economy-livelihood: unheated schools, bird flu, outbreaks; not an e-commerce app
    # prison-camps: Bowibu names the North; removed and detained; not a reshuffle
    ("Defectors recount struggles in South Korea", "", {"defections"}),
    ("North Korean family arrives by boat on east coast", "", {"defections"}),
    ("North Korean POWs in Ukraine refuse to return home", "", {"defections", "military-security"}),
    ("North Korean crew members decline to return north", "", {"defections"}),
    ("North Korean entrants to South Korea drop to 38 in quarter", "", {"defections"}),
    ("North Korean woman gets South Korean passport after 12 years in China", "", {"defections"}),
    ("North Korean who came over the border last week is a soldier, JCS says", "", {"defections"}),
    (
        "North Korean soldier who defected tells of hunger in the army",
        "",
        {"economy-livelihood", "military-security"},
    ),
    ("North Korean schools go unheated through winter", "", {"economy-livelihood"}),
    ("Chickens and ducks culled as bird flu hits North Korean farms", "", {"economy-livelihood"}),
    ("Intestinal disease outbreak hits North Korean province", "", {"economy-livelihood"}),
    ("North Korea launches new e-commerce app", "", set()),
    ("Former interrogator describes abuse at Bowibu jail", "", {"prison-camps"}),
    ("North Korea's ex-security chief removed and detained", "", {"prison-camps"}),
    ("North Korea forcibly disappears returnees, rights group says", "", {"prison-camps"}),
    ("North Korean premier dismissed in cabinet reshuffle", "", set()),
    # defections: made it across, reaching safety, someone who fled dying or graduating in the
    # South; not an American who defected to the North; economy-livelihood: traders fined
    ("Former US soldier who defected to North Korea dies in Japan", "", set()),
    ("NGO helps 12 North Koreans reach safety", "", {"defections"}),
    ("How a North Korean soldier made it across the border", "", {"defections"}),
    ("Woman who fled North Korea as a teen graduates from Oxford", "", {"defections"}),
    ("Mother who escaped North Korea dies alone in Seoul", "", {"defections"}),
    ("Traders in Hyesan fined in crackdown on private sales", "", {"economy-livelihood"}),
    ("Trafficking survivors from North Korea share stories at UN", "", {"women-violence"}),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return shipped_matcher()


@pytest.mark.parametrize(("title", "summary", "expected"), CASES)
def test_shipped_profiles_follow_the_yardstick(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each case raises exactly the profiles the yardstick gives it."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected


# State media and wire copy that names China, Russia or the route for other reasons: events
# "held" there, gifts "handed over", sports titles, "will not escape punishment". Each family
# beside an item of the same shape that is about North Koreans caught or sent back.
STATE_MEDIA_CASES = [
    (
        "Memorial Meeting for Leader Held in Mongolia",
        "Scholars spoke at the event held in Ulaanbaatar.",
        set(),
    ),
    (
        "Gift to Kim Jong Un from Russian Delegation",
        "It was handed over to an official concerned.",
        set(),
    ),
    (
        "Overseas Compatriots in China Say Traitors Cannot Escape Punishment",
        "Their association denounced the south Korean regime.",
        set(),
    ),
    (
        "Escapees held in Chinese detention centre await return",
        "Activists said the five North Koreans were caught near Shenyang.",
        {"refugees-china"},
    ),
    (
        "Chinese police send North Korean women back across the Tumen",
        "The women were caught on a bus heading for the Laos border.",
        {"refugees-china"},
    ),
    # reunification rhetoric and denunciations, beside real talks and projects
    (
        "Traitors' Confrontation Policy Slammed by Rodong Sinmun",
        "The paper said the puppets have pushed north-south relations to the brink.",
        set(),
    ),
    (
        "Anniversary of North-South Joint Declaration Observed in India",
        "Speakers at a seminar called for the independent reunification of Korea.",
        set(),
    ),
    ("DPRK Proposes Inter-Korean Military Working Contact", "", {"kaesong-interkorean"}),
    (
        "Seoul Accused of Blocking Resumption of Mt. Kumgang Tours",
        "The spokesman said the south side must come back to the talks.",
        {"kaesong-interkorean"},
    ),
    # farming achievements, new machines and popular dishes, beside floods, relief and mines
    (
        "New Rice Transplanter Developed in DPRK",
        "The machine raises efficiency on cooperative farms.",
        set(),
    ),
    ("Embassy Officials Help Korean Farmers", "They transplanted rice at a co-op farm.", set()),
    (
        "Typhoon Brings Heavy Damage to DPRK",
        "Crops and houses were flooded.",
        {"economy-livelihood"},
    ),
    (
        "DPRK Receives Relief Goods for Flood Victims",
        "Tents and medicines arrived from an aid group.",
        {"economy-livelihood"},
    ),
    # praise from foreign radio and media, stage shows, beside leaflets and listening to the South
    (
        "Leader's Work Aired by Cambodian Radio",
        "The radio praised its ideas in a special program.",
        set(),
    ),
    ("DPRK's Birthday Observed by Foreign Media", "Papers carried special articles.", set()),
    (
        "Puppet Military Warned over Anti-DPRK Leaflet Scattering",
        "The spokesman said sending leaflets across the front is a grave provocation.",
        {"information-access"},
    ),
    (
        "Students punished for listening to South Korean radio in Hyesan",
        "",
        {"information-access"},
    ),
    # the Workers' Party and labour federations abroad, beside workers sent abroad
    (
        "Talks between Delegations of WPK and Communist Party of Vietnam Held",
        "The talks took place in Hanoi.",
        set(),
    ),
    (
        "Indonesian Transport Workers' Federation Hails Leader's Visit to China",
        "",
        set(),
    ),
    (
        "North Korean workers sent to Russian building sites",
        "",
        {"overseas-labor"},
    ),
    # prisoners in the South, clouds of war "hanging", colonial forced labour, beside the North's
    # camps and a denial of them
    (
        "Unconverted Long-term Prisoners Mark Anniversary of Return",
        "They had spent decades in south Korean prisons.",
        set(),
    ),
    ("Dark Clouds of War Hanging over Peninsula, Says FM Spokesman", "", set()),
    (
        "Japan Urged to Apologize for Drafting Koreans for Forced Labour",
        "KCNA said the imperialists worked them to death in mines.",
        set(),
    ),
    (
        "DPRK Rejects UN Commission's Report on Prison Camps as Lies",
        "",
        {"prison-camps"},
    ),
    # receptions, wreaths, other armies and spying on the North, beside the army's own troubles
    (
        "Ministry of People's Security Hosts Banquet for Ugandan Guests",
        "",
        set(),
    ),
    (
        "U.S. Aerial Espionage against DPRK Slammed",
        "The spy planes flew over the West Sea, KCNA said.",
        set(),
    ),
    (
        "Imperial Japanese Army's Crimes Recalled",
        "Soldiers of the Japanese army committed sexual violence.",
        set(),
    ),
    (
        "North Korean soldiers desert their border units, sources say",
        "",
        {"military-security"},
    ),
    # Japan's wartime sexual slavery, GIs' crimes, "evade responsibility", sympathy abroad,
    # beside trafficking of North Korean women and sanctions on the North
    (
        "Rodong Sinmun Urges Japan to Atone for Sexual Slavery",
        "The Imperial Japanese Army forced Korean women into sexual slavery.",
        set(),
    ),
    ("KCNA Denounces GIs' Sexual Assault on Schoolgirls", "", set()),
    (
        "S. Korean Regime Can Never Evade Responsibility: Rodong Sinmun",
        "",
        set(),
    ),
    ("Message of Sympathy to Philippine President", "The message concerned flood damage.", set()),
    (
        "North Korean women sold to brothels by brokers in China",
        "",
        {"women-violence", "refugees-china"},
    ),
    ("KCNA Slams New U.S. Sanctions on DPRK Banks", "", {"sanctions-finance"}),
    # "all walks of life", new arrivals in a street, a province named South, "wish to live",
    # beside a crossing and a wish to stay in the South
    (
        "People from All Walks of Life in S. Korea Denounce War Drills",
        "They rallied in Seoul.",
        set(),
    ),
    (
        "Delegates of South Phyongan Province Arrive in Pyongyang",
        "",
        set(),
    ),
    (
        "North Korean soldier walks across DMZ and asks to stay in South Korea",
        "",
        {"defections"},
    ),
    # a leader inspecting a shop, "contribution" to peace, beside a forced levy of rice
    ("Kim Jong Un Inspects Newly Built Noodle Shop", "It serves buckwheat noodles.", set()),
    ("DPRK's Contribution to World Peace Praised", "", set()),
    (
        "North Korean households ordered to hand over rice as contribution to army",
        "",
        {"economy-livelihood"},
    ),
    # the Mansudae Art Studio's baskets at home, beside its statue-building abroad
    (
        "Foreign Diplomats Pay Floral Tribute to Statues",
        "A basket from the Mansudae Art Studio was also laid.",
        set(),
    ),
    (
        "North Korea's Mansudae Art Studio builds statues in Africa",
        "Its workers earn foreign currency for Pyongyang.",
        {"overseas-labor"},
    ),
    # a wall hanging, the South's "political camp", wartime atrocities, a National Security Law
    # case, beside an execution in the North
    ("Embroidered Wall Hanging Presented to Kim Jong Un", "", set()),
    ("KCNA Mocks Split in S. Korean Conservative Camp", "", set()),
    (
        "South Korean court jails man for praising North Korea",
        "He broke the National Security Law.",
        set(),
    ),
    ("North Korea hangs official for corruption in public, sources say", "", {"prison-camps"}),
    # wire near misses: Labour unity, an envoy arriving in Seoul on a visit, praise abroad for a
    # reunification proposal
    ("Prime minister appeals for Labour unity", "", set()),
    (
        "Secretary of state arrives in Seoul on two-day visit",
        "He will discuss North Korea's nuclear programme.",
        set(),
    ),
    ("DPRK's Reunification Proposal Supported in Nepal", "", set()),
    # KPA servicepersons' vows, rallies, inspections and photo sessions, and charges against other
    # states' troops and spy satellites, are not the North's army as an institution; a hungry
    # unit, war dead abroad and a denied hacking story are
    (
        "Servicepersons Vow to Wipe Out Provokers",
        "The officers and soldiers of the Korean People's Army are resolved to punish the enemy.",
        set(),
    ),
    (
        "Kim Jong Un Inspects KPA Artillery Company",
        "The Supreme Commander of the Korean People's Army praised the soldiers' combat readiness.",
        set(),
    ),
    ("KCNA Blasts Japan's Launch of Another Spy Satellite", "", set()),
    ("Minju Joson Slams GIs' Crimes in South Korea", "", set()),
    (
        "North Korean soldiers at a border unit go hungry as rations run out",
        "",
        {"economy-livelihood", "military-security"},
    ),
    ("North Korean soldier deaths in Russia keep rising", "", {"military-security"}),
    ("S. Korean Authorities' Story about North's Hackers Refuted", "", {"military-security"}),
    # a story set in the South names South Korea in every line: that is no defection; a North
    # Korean asking to stay in the South is
    (
        "People of All Walks of Life in S. Korea Stage Protest",
        "Pyongyang, May 3 (KCNA) -- People from all walks of life in South Korea rallied in Seoul.",
        set(),
    ),
    ("U.S. Forces Accused of Turning South Korea into a Dumping Ground", "", set()),
    ("North Korean fisherman who drifted south asks to settle in the South", "", {"defections"}),
    # the South condemned, praised or marked abroad is no project between the Koreas, nor are
    # foreign tourists at Mount Kumgang; talks on the resort's assets are
    (
        "S. Korean Regime Accused of Wrecking North-South Ties",
        "Pyongyang, May 4 (KCNA) -- Inter-Korean relations are at their worst, a spokesman said.",
        set(),
    ),
    ("Int'l Tourist Group Arrives at Mt. Kumgang", "", set()),
    (
        "S. Korean Authorities Accused of Obstructing Resumption of Mt. Kumgang Tours",
        "",
        {"kaesong-interkorean"},
    ),
    # evading a past, exporting or delivering arms elsewhere and sending a notice are not
    # sanctions; sanctions on the DPRK denounced still are
    ("Japan's Arms Export Rules Called Scrap of Paper", "", set()),
    ("U.S. Arms Sales to Taiwan Slammed", "", set()),
    ("KCNA Slams U.S. Sanctions against DPRK Banks", "", {"sanctions-finance"}),
    # a South Korean activist of Pomminryon crossing back at Panmunjom is not defecting
    (
        "Activist's Arrest by S. Korean Regime Denounced",
        "Pyongyang, July 9 (KCNA) -- The pro-reunification activist was seized as soon as he"
        " crossed the demarcation line at Panmunjom.",
        set(),
    ),
    # shapes found raising alerts on a year of real state-media text: a threat to make the foe
    # "pay a dear price", sympathy sent abroad further than six words from the flood, a reply
    # message, the daily press review, the leader's name beside sanctions in a later sentence,
    # "Korea's independent reunification", a band at an embassy reception, an anniversary of
    # broadcasting, labour "exploits", a negotiator arriving in Seoul
    ("Warmongers Will Pay Dear Price, Says DPRK Foreign Ministry Spokesperson", "", set()),
    (
        "Kim Jong Un Sends Message to Vietnamese President",
        "Pyongyang, October 2 (KCNA) -- Kim Jong Un sent a message of sympathy to the President of"
        " Vietnam on Sunday over the heavy loss of human lives and property caused by the recent"
        " typhoon.",
        set(),
    ),
    (
        "Kim Jong Un Receives Reply Message from Cambodian King",
        "Pyongyang, August 9 (KCNA) -- The King thanked him for his message of sympathy over the"
        " floods that hit Cambodia.",
        set(),
    ),
    (
        "Review of Rodong Sinmun",
        "Pyongyang, May 5 (KCNA) -- Today's paper carries articles on rice transplanting and flood"
        " prevention work in the provinces.",
        set(),
    ),
    (
        "Kim Jong Un Meets Russian Minister",
        "Pyongyang, June 3 (KCNA) -- They discussed friendly ties between the two countries. The"
        " minister later criticised Western sanctions on the DPRK.",
        set(),
    ),
    ("National Meeting Calls for Korea's Independent Reunification", "", set()),
    ("Koreas' first talks in five years open at Panmunjom", "", {"kaesong-interkorean"}),
    ("KPA Band Gives Performance at Embassy Reception", "", set()),
    ("Seminar Marks Anniversary of Korean Central TV Broadcasting", "", set()),
    ("Women's Union Members Praised for Labour Exploits", "", set()),
    # economy-livelihood: floods and drought abroad relayed from Xinhua stay quiet; the
    # rebuilding of the North's own damaged areas alerts
    (
        "Floods Leave Dozens Dead in China's Guangdong, Xinhua Says",
        "Pyongyang (KCNA) -- Torrential rain hit the province.",
        set(),
    ),
    (
        "Drought Threatens Harvests Across Southeast Asia",
        "Pyongyang (KCNA) -- Rice output fell sharply in several countries.",
        set(),
    ),
    (
        "Rehabilitation of Damaged Areas Completed in Kangwon Province",
        "Pyongyang (KCNA) -- Work to restore roads and dwellings has been finished.",
        {"economy-livelihood"},
    ),
    (
        "U.S. nuclear negotiator arrived in Seoul on Monday",
        "Pyongyang has not answered his offer of talks.",
        set(),
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), STATE_MEDIA_CASES)
def test_state_media_near_misses_stay_quiet(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """State media's stock phrases raise nothing; the real story of the same shape does."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected


# Korean boundary cases. A bare 탈북민 is often only how a headline names its source, a group or
# a politician: it counts for defections near words of arriving and settling in the South, and a
# defector's hardship there is not the North's economy. Place names that are also Seoul words
# (원산지, 평양냉면) and a Chinese-made phone are not the North or China.
KOREAN_CASES = [
    ('탈북민 정착 5년차 "일자리 구하기 여전히 어려워"', "", {"defections"}),
    ("탈북민 생활고 호소", "", {"defections"}),
    ('탈북민 증언 "교화소서 매일 굶주림"', "", {"prison-camps"}),
    ("탈북민 출신 의원, 북한인권법 개정 촉구", "", {"lawfare-politics"}),
    ("탈북민 단체, 접경지서 대북전단 살포", "", {"information-access"}),
    ("탈북민 화가 초대전 개막", "", {"defections"}),  # a defector's public life
    ("탈북민, 北 상대 손배소 승소", "", {"lawfare-politics"}),
    ("中 공안, 탈북민 은신처 급습", "", {"refugees-china"}),
    ("北 국경 주민들 중국 휴대폰으로 외부와 통화", "", {"information-access"}),
    ("美, 北 IT 인력 위장취업 도운 일당 기소", "", {"sanctions-finance", "overseas-labor"}),
    ("원산지 속인 수입 농산물 적발", "", set()),
    ("평양냉면 노포 여름 맞아 북적", "", set()),
    # a team or troupe visiting the South is an exchange, not a defection; balloons said to carry
    # no leaflets are not information; the South's hackers are not the North's services
    ("北 탁구 대표팀 한국행…부산 세계선수권 출전", "", set()),
    ("北 예술단 서울 도착…공연 준비", "", {"kaesong-interkorean"}),
    ('北 쓰레기 풍선 또 날려…"전단은 없어"', "", set()),
    ('北, "南 해커들 우리 기관 공격" 주장', "", set()),
    ("北 어민 3명 소형 어선 타고 동해 건너와", "", {"defections"}),
    # held by Thai police for illegal entry is reaching Thailand (docs/labelling.md: defections
    # and refugees-china)
    ("태국 경찰, 北 주민 3명 불법입국 혐의로 구금", "", {"refugees-china", "defections"}),
    # a soldier crossing is a defection; the army is the subject only with its conditions
    ("北 병사 1명 군사분계선 넘어와 귀순", "", {"defections"}),
    ('北 귀순 병사 "부대서 구타·가혹행위 시달려"', "", {"defections", "military-security"}),
    # tourists at a restaurant are not workers abroad; a price named with its rise is a price
    ("中 관광객 단체로 평양 식당 찾아", "", set()),
    ("北 평양 집값 1년 새 절반으로", "", {"economy-livelihood"}),
    # the Seoul row over the men sent back, not China's police; threats, drills, the city of
    # Kaesong and phones as technology are none of the profiles
    ("검찰, 귀순 어민 송환 결정 문서 확보", "", {"lawfare-politics"}),
    ("中 공안, 탈북 브로커 3명 구속", "", {"refugees-china"}),
    ('北 "美 전략자산 전개시 강력 대응" 위협', "", set()),
    ("해군 이지스함, 北 탄도미사일 추적 훈련", "", set()),
    ("개성시 인민들 새해 결의 다져", "", set()),
    ("北 손전화 가입자 700만 돌파", "", set()),
    # a former defector named by a role is not a defection story; workers leaving a post abroad are
    ("탈북민 출신 변호사, 청년 대상 진로 특강", "", set()),
    ("귀순 장교 출신 해설위원, 北 열병식 분석", "", set()),
    ("러시아 파견 北 근로자 5명 작업장 이탈", "", {"defections", "overseas-labor"}),
    # a North Korea word inside another word is not the North: 평양 in 태평양, 조선 in 유조선,
    # 어민 in 더불어민주당, 북송 in 대북송금, 군기 in 미군기지; 전단 is a leaflet only beside the North
    ("아시아태평양경제협력체 회의장 찾은 통일부 장관", "", set()),
    ("美, 베네수엘라 유조선 억류", "", set()),
    ("더불어민주당 의원, 北 김정은 딸 후계설 반박", "", set()),
    ("대북송금 재판 증인 구속영장 청구", "", set()),
    ("마약 판매 전단 뿌린 일당 집행유예", "", set()),
    ("주한미군기지 이전 부지 논란…김정은 언급도", "", set()),
    ("[북한날씨] 평양 폭우주의경보", "", set()),
    # the South's decisions on sending a North Korean home and on the UN rights resolution
    ('비전향장기수 "北으로 보내달라" 송환 요청', "", {"lawfare-politics"}),
    ("정부, 北인권결의안 공동제안국 참여", "", {"lawfare-politics"}),
    ("김정은, 북송된 비전향장기수에 생일상", "", set()),
    # bound for the South but stopped in China is refugees-china; a crossing that ends with warning
    # shots and a return is no defection; guards firing on a defector are the army's doing
    ("中 공안, 한국행 탈북민 일행 체포", "", {"refugees-china"}),
    ("北 병사 10여명 MDL 넘었다 경고사격에 복귀", "", set()),
    ("귀순 병사 뒤쫓던 北 추격조 총격", "", {"defections", "military-security"}),
    ("中, 탈북 브로커 단속 위해 공안 인력 증원", "", {"refugees-china"}),
    # shipbuilding, the dynasty, Taipei, a farm dormitory in the South and a forecast are not the North
    ("美 조선 분야 투자 확대…한국 조선 인력 파견 논의", "", set()),
    ("台北 집값 올라 서민 생활고", "", set()),
    ("김제에 농업근로자 기숙사 건립", "", set()),
    ("[북한단신] 함경북도 살림집 입사모임", "", set()),
    # the South sending North Korean crewmen back is the Seoul row, not a defection or China
    ("귀순 의사 밝힌 北 선원, 판문점 통해 추방", "", {"lawfare-politics"}),
    ("北 선원 강제 송환 진상 규명하라", "", {"lawfare-politics"}),
    ('김여정 "연합훈련 강행하면 대가" 위협 담화', "", set()),
    # "inter-Korean cooperation stocks" are market news
    ("남북경협주 상한가…정상회담 기대", "", set()),
    # Shapes seen in a year of real Korean feed items (Yonhap, Chosun Ilbo). A Hangul term may
    # start a word and run on into the next, so "3.0%로 동결" reads as 로동 and "남북, 정상적" as
    # 남북정상; 제의 sits inside 체제의 and 주제의. The South's own jails (수감 중, 구속 수감),
    # prisoners of war held in Ukraine, a long-term prisoner asking to go North through a third
    # country, the 1959 return of Koreans from Japan, aid staff sent into the North and a
    # restaurant opened inside it are none of the profiles they used to raise.
    ("기준금리 3.0%로 동결…집값 상승세 여전", "", set()),
    ("'대북 송금' 前부지사, 수감 중 외부인 접견 1천회", "", set()),
    ("北 교화소에 수감 중인 선교사 가족 호소", "", {"prison-camps"}),
    ("인권위, 우크라이나에 억류된 北 포로 송환 촉구", "", set()),
    ("우크라군에 붙잡힌 北 포로 2명, 러시아 송환 명단에",
     "우크라이나와 러시아의 포로 교환 협상에서 러시아가 북한군 포로의 송환을 요구했다.",
     {"military-security"}),
    ('통일부 "장기수 귀환 희망, 北 의사부터 확인"',
     "비전향장기수 한 명이 제3국을 거쳐 북송해 달라고 요청하자 통일부가 입장을 냈다.",
     {"lawfare-politics"}),
    ("조총련 주도 재일교포 강제 북송, 탈북한 피해자 증언", "", set()),
    ("탈북 어르신들 장수사진 찍어드린 대학생 봉사단", "", {"defections"}),
    ("WFP, 다음달 북한에 국제 인력 파견…5년 만에 복귀", "", set()),
    ("北, 중·러 관광객 겨냥 청진에 대형 식당 개업", "", set()),
    ("中 선양 北 식당 종업원 집단 귀국", "", {"overseas-labor"}),
    # kaesong-interkorean: the South's own two-state debate, a Seoul turf war over who talks to
    # Washington, and the North's talks with America are not talks between the Koreas; a
    # military-talks offer to the North is
    ('정동영 "평화적 두 국가론은 통일부 입장"', "", set()),
    ("통일부, 北 체제의 변화 가능성 분석 세미나", "", set()),
    ('前장관 "남북, 정상적인 이웃 관계로 가야"', "", set()),
    ('통일부 "北, 美와 대화 나설 가능성 주시"', "", set()),
    ("한미 대북정책 공조 협의체에 통일부 불참",
     "통일부는 남북관계 주무 부처로서 미국과 따로 협의하겠다고 밝혔다.", set()),
    ("국방부, 北에 군사회담 제의…군사분계선 기준 논의", "", {"kaesong-interkorean"}),
    ("軍, 남북 장성급 군사회담 개최 제안", "", {"kaesong-interkorean"}),
    ("통일부, 남북 민간 교류 재개 제의", "", {"kaesong-interkorean"}),
    # Missed on the same real text: "북한 이탈" written apart and the ministry's newer
    # "북한 배경" for defectors' children; cyber attacks, threats and ransomware in Korean; the
    # North's sappers clearing mines at Kursk; 北IT인력 written as one word; arms bought on the
    # North's orders; the South's own bans on the North's websites and books
    ("北 이탈 아동, 학업 중단 비율 일반 학생의 3배", "", {"defections"}),
    ("북한 배경 청소년 위한 기숙형 대안학교 문 열어", "", {"defections"}),
    ("탈북민 2세 자녀, 부모 말투 탓 또래 놀림에 상처", "", {"defections"}),
    ('유럽 보안업체 "북한, 서방 기업에 랜섬웨어 유포"', "", {"military-security"}),
    ('"北 해커조직, 생성형 AI로 사이버 공격 정교화"', "", {"military-security"}),
    ('러 지방정부 "北 공병, 쿠르스크 지뢰 제거 작업 중"', "", {"military-security"}),
    ("北, 김정은 고향 원산에 대규모 지뢰 매설 의혹", "", set()),
    ('"北IT인력, 가짜 이력서로 유럽 스타트업 취업"', "", {"overseas-labor"}),
    ("美 법원, 北 지시로 무기 사들인 남성에 징역형", "", {"sanctions-finance"}),
    ('"북한 웹사이트 자유롭게 접속하게" 법 개정안 발의', "", {"information-access"}),
    ("北 소설 몰래 들여와 출판한 출판사 대표 벌금형", "", {"information-access"}),
    # Soldiers living on food sent from home are the army's hunger as well as the North's food
    # (as the dev set labels it); a launch that breaks UN resolutions is weapons news, not
    # sanctions, unless the title names sanctions, smuggling or money; a purge said to be under
    # way in the South is not the North's
    ('유엔 특별보고관 "北 병사들 열악…집에서 보낸 식량으로 버텨"', "",
     {"economy-livelihood", "military-security"}),
    ('"北 전방 부대 식량난 심각…탈영 늘어"', "", {"economy-livelihood", "military-security"}),
    ('안보실장 "北 탄도미사일 발사, 안보리 결의 위반" 규탄', "", set()),
    ("美, 北 미사일 부품 밀수 도운 中 업체 제재", "", {"sanctions-finance"}),
    ('트럼프 "한국서 숙청 벌어지는 듯" 돌발 발언',
     "트럼프 대통령은 정상회담 직전 북한 문제와 함께 한국 정치 상황을 언급했다.", set()),
    # a purge of the army's cadres is prison-camps, and its chief of staff replaced is the army
    # as an institution too (as the dev set labels a purged general and a new defence minister)
    ('"北, 군 간부 숙청 잇따라…총참모장 교체"', "", {"prison-camps", "military-security"}),
    # Floods in the Southern press's words (집중호우, 침수, 물난리) are the North's livelihood;
    # a weather bulletin's heavy-rain warning and the South's own flooding are not
    ("北 평안남도 집중호우로 논밭 침수…주민 수천명 대피", "", {"economy-livelihood"}),
    ("[북한날씨] 황해도 집중호우 주의보…평양 흐림", "", set()),
    ("서울 강남 집중호우로 도로 침수", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), KOREAN_CASES)
def test_shipped_profiles_follow_the_yardstick_in_korean(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each Korean case raises exactly the profiles the yardstick gives it."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected


# A desk that covers only the North often leaves the country out of a headline; its host
# stands for the North there, and the same words on a world-news feed raise nothing.
DESK_CASES = [
    (
        "https://www.dailynk.com/english/feed/",
        "https://www.dailynk.com/english/a/1/",
        {"economy-livelihood", "military-security"},
    ),
    (
        "https://www.nknews.org/feed/",
        "https://www.nknews.org/2026/01/a/",
        {"economy-livelihood", "military-security"},
    ),
    ("https://feeds.bbci.co.uk/news/world/asia/rss.xml", "https://www.bbc.co.uk/news/1", set()),
    ("https://example.org/feed", None, set()),
]


@pytest.mark.parametrize(("feed_url", "link", "expected"), DESK_CASES)
def test_a_north_korea_desk_names_the_country_for_its_headlines(
    matcher: Matcher, feed_url: str, link: str | None, expected: set[str]
) -> None:
    """The same unnamed-country headline alerts from a North Korea desk and nowhere else."""
    story = item(
        "Hungry soldiers raid farms for corn, sources say",
        "Units near the border have run out of food.",
        feed_url=feed_url,
        link=link,
    )
    assert {m.profile for m in matcher.match(story)} == expected


# Families of wording for military-security, sanctions-finance, refugees-china, lawfare-politics,
# kaesong-interkorean, information-access and overseas-labor as wires, headline feeds and state
# media phrase them, and the near misses each must leave alone.
FAMILY_CASES = [
    # military-security: the army at the Russian front by any name, hacking groups, spies and plots,
    # the army's own discipline; not the South's military service, plots the North alleges against
    # its leader, drones it says were spying, a US deserter, foreign hackers or frontline drills
    ("North Korean infantry units suffer heavy casualties near Kursk", {"military-security"}),
    ("Pyongyang dispatches fresh battalions to Russia as losses mount", {"military-security"}),
    ("North Korean contingent in Russia grows to 15,000, Seoul says", {"military-security"}),
    (
        "North Korean mercenaries used as cannon fodder, Ukrainian commander says",
        {"military-security"},
    ),
    ("Kimsuky phishing campaign impersonates South Korean diplomats", {"military-security"}),
    (
        "Microsoft blames North Korean group for cyberattack on German arms maker",
        {"military-security"},
    ),
    ("North Korean operative posed as Japanese businessman, police say", {"military-security"}),
    ("Plot to kill defector in Seoul foiled, intelligence agency says", {"military-security"}),
    ("North Korean army deserter caught after week on the run", {"military-security"}),
    ("Families pay bribes to keep sons out of North Korean army", {"military-security"}),
    ("North Korean conscripts sent to build apartment blocks without pay", {"military-security"}),
    ("North Korean border guards shoot woman trying to cross Yalu", {"military-security"}),
    ("BTS member begins mandatory military service in South Korea", set()),
    ("South Korea debates shortening military service as North Korea threat grows", set()),
    ("North Korea accuses US of plotting to assassinate Kim Jong Un", set()),
    ("North Korea says South Korean drones spying on Pyongyang must stop", set()),
    ("Ex-US soldier who fled to North Korea in 2023 sentenced for desertion", set()),
    ("South Korean hackers hit North Korean websites, researchers say", set()),
    ("North Korea conducts artillery drills, Kim inspects frontline units", set()),
    ("Chinese border guards stop smugglers on Yalu", set()),
    # sanctions-finance: flags stripped, parts bought, goods supplied to the North; not sanctions
    # on Russia that the North comments on, or a company's own penalties
    ("Panama strips flags from tankers linked to North Korea", {"sanctions-finance"}),
    ("Chinese firms helped North Korea buy missile parts, US says", {"sanctions-finance"}),
    ("Singapore prosecutes trader who supplied whisky to North Korea", {"sanctions-finance"}),
    (
        "US offers $5 million reward for information on North Korean financier",
        {"sanctions-finance"},
    ),
    ("North Korea says sanctions on Russia are illegal and will fail", set()),
    ("Samsung faces possible US penalties over chip exports to China", set()),
    ("Exporter fined for sending luxury cars to North Korea via China", {"sanctions-finance"}),
    # refugees-china: leaving or crossing China and the route, crossers reported for rewards;
    # not other peoples deported or detained on the same route
    # brokers' fees for getting out are defections too (docs/labelling.md: the way out's end)
    ("Smuggling fees for North Koreans leaving China soar to $20,000", {"refugees-china", "defections"}),
    (
        "China offers rewards to villagers who report North Korean border crossers",
        {"refugees-china"},
    ),
    ("Vietnam deports nine North Koreans to China, activists say", {"refugees-china"}),
    ("North Korean defector in Mongolia pleads not to be sent back", {"refugees-china"}),
    ("China's Uyghurs deported from Thailand", set()),
    ("Myanmar migrants detained in Thailand", set()),
    # lawfare-politics: the South's handling of the 2019 deportation, Seoul's vote on the UN
    # resolution, defectors' data; not martial-law cases or unrelated bills
    (
        "Prosecutors raid unification ministry over 2019 deportation of North Koreans",
        {"lawfare-politics"},
    ),
    (
        "South Korea co-sponsors UN resolution on North Korean human rights after five-year gap",
        {"lawfare-politics"},
    ),
    (
        "Defector sues state over leak of personal data by unification ministry",
        {"lawfare-politics"},
    ),
    ("Prosecutors seek arrest warrant for former defence minister over martial law", set()),
    ("South Korea's National Assembly passes bill on AI safety", set()),
    # kaesong-interkorean: the South's offers, state media on 'unification', troupes sent south
    (
        "North Korea rejects South's offer of flood aid",
        {"economy-livelihood", "kaesong-interkorean"},
    ),
    ("KCNA: Puppet regime's 'unification' talk is a deceptive trick", {"kaesong-interkorean"}),
    (
        "North Korean art troupe to perform in Seoul for first time since 2018",
        {"kaesong-interkorean"},
    ),
    ("Visitors Flock to Kaesong Folk Hotel During Holiday", set()),
    # information-access: material dropped or sent in, calls out watched; not the North's own TV
    (
        "North Korea accuses South of flying drones that dropped propaganda over Pyongyang",
        {"information-access"},
    ),
    ("North Korean authorities seize 'impure' recordings in Hyesan raids", {"information-access"}),
    ("US funds programs to get information into North Korea", {"information-access"}),
    (
        "North Korea ramps up surveillance of mobile phones to stop foreign calls",
        {"information-access"},
    ),
    ("North Korea's KCTV starts broadcasting in HD", set()),
    # overseas-labor
    ("Mansudae Art Studio still earning money abroad despite sanctions", {"overseas-labor"}),
    ("North Korean seamstresses in Chinese factories work 14 hours a day", {"overseas-labor"}),
    ("Vietnamese workers in South Korea face abuse, report says", set()),
    # a title whose subject is another profile's, and a defector politician's commentary
    ("Thae Yong-ho says Kim Jong Un's daughter is being groomed as successor", set()),
    ("Ji Seong-ho recounts escape on crutches in new book", set()),
    ("UN panel presses North Korea on trafficking of women", {"women-violence"}),
    ("New drama about a North Korean spy premieres on KBS", set()),
    ("Miners in North Korea go unpaid as coal exports stall", {"economy-livelihood"}),
    ("North Korea executes two officials for corruption, report says", {"prison-camps"}),
    (
        "Respected Comrade Kim Jong Un Meets Servicepersons Who Fought in Kursk Liberation",
        {"military-security"},
    ),
    (
        "Tankers went dark near Nampo before meeting North Korean ships, monitors say",
        {"sanctions-finance"},
    ),
    ("Iran and North Korea: the missile trade nobody stops", {"sanctions-finance"}),
    ("North Korean troops given Russian passports, Kyiv says", {"military-security"}),
]


@pytest.mark.parametrize(("title", "expected"), FAMILY_CASES)
def test_shipped_profiles_cover_families_of_wording(
    matcher: Matcher, title: str, expected: set[str]
) -> None:
    """Each headline raises exactly the profiles the yardstick gives it."""
    assert {m.profile for m in matcher.match(item(title))} == expected


# Real feeds carry long state-media stories and world-news headlines with no North Korea in
# them: a topic word only deep in the body does not make a story about the topic, and a
# generic escape, reunion or mass arrest elsewhere is not the North's.
REAL_TEXT_CASES = [
    (
        "Spokesperson for DPRK Foreign Ministry Denounces U.S. War Drills",
        "Pyongyang, March 3 (KCNA) -- The spokesperson said the joint exercises are a rehearsal"
        " for invasion. The United States, which talks about humanitarian aid, is choking the"
        " livelihood of ordinary people with its blockade. Its talk of prison camps and food"
        " shortages is a smear. The U.S. will pay a heavy price.",
        set(),
    ),
    (
        "Farm in Mundok County Over-fulfils Grain Production Plan",
        "Pyongyang, October 20 (KCNA) -- The farm harvested far more rice and maize than the"
        " state assigned it, thanks to scientific farming.",
        set(),
    ),
    (
        "Newly Built Houses Handed Over to Farmers in Onchon County",
        "Pyongyang, November 5 (KCNA) -- Farming families moved into modern terraced houses"
        " built under the Party's rural development policy.",
        set(),
    ),
    (
        "Newly Built Houses Handed Over to Families in Flood-hit Uiju County",
        "Pyongyang, December 1 (KCNA) -- Residents whose homes were washed away in July moved"
        " into houses rebuilt by soldiers.",
        {"economy-livelihood"},
    ),
    ("Press Review", "Pyongyang, May 9 (KCNA) -- Farms across the country push ahead with"
     " rice transplanting, and mines raise coal output.", set()),
    ("Police search for escapees from a quarantine hotel in Melbourne", "", set()),
    ("Band confirms reunion talks for farewell tour", "", set()),
    ("UN alarmed by mass arrests of protesters in Minsk", "", set()),
    ("N. Korean soldier crosses military line into South, JCS says", "", {"defections"}),
    ("North Korean fishermen drift south, ask to stay", "", {"defections"}),
    ("North Korea last again in world press freedom ranking", "", {"information-access"}),
    ("Heavy rain floods farmland in North Korea's South Hwanghae, homes lost", "",
     {"economy-livelihood"}),
    # state media's "hail" is a verb of praise; hail that falls is weather
    ("Farmers in Ryanggang Hail Party Plenary Meeting", "Pyongyang, June 30 (KCNA) -- Farmers"
     " of the province met and vowed to carry out the decisions.", set()),
    ("Hail damage wipes out maize in North Korea's Jagang province, sources say", "",
     {"economy-livelihood"}),
    # a state-media lead names the Korean People's Army, "it", "secret" or "relations" as filler
    ("Kim Jong Un Inspects KPA Air Force Unit", "Pyongyang, April 2 (KCNA) -- Kim Jong Un,"
     " supreme commander of the Korean People's Army, watched a flight drill and met the"
     " people serving at the unit.", set()),
    ("Swiss Group Backs DPRK's Stand", "Pyongyang, March 9 (KCNA) -- A Swiss organization said"
     " in a statement that it supports the DPRK, as it has done for years.", set()),
    ("Cuban President Hopes for Closer Relations with DPRK", "Pyongyang, July 3 (KCNA) --"
     " The president said cooperative relations and talks between the two countries would"
     " grow.", set()),
    ("Two Koreas reopen liaison hotline at Panmunjom", "", {"kaesong-interkorean"}),
    # Wire and world-news text (2004 wires, 2022 world feeds): six-party or nuclear talks
    # reported under a Seoul dateline are not the two Koreas talking, while Seoul offering the
    # North talks still is
    ("U.N. envoy hears upbeat message from Pyongyang on nuclear talks",
     "SEOUL - North Korea told a visiting U.N. official it was positive about resuming the"
     " stalled six-way talks on its nuclear programme, South Korea's Unification Ministry said.",
     set()),
    ("Pyongyang says US-South Korea drills undermine talks",
     "North Korea said the annual war games were hurting the six-party nuclear talks.", set()),
    ("Talks between Tokyo and Pyongyang revive hopes for nuclear meeting",
     "SEOUL (Reuters) - This week's talks between Japan and North Korea suggest a new round of"
     " six-party talks is near, South Korea said.", set()),
    ("N. Korea says U.S.-S. Korea war games undermine talks", "", set()),
    ("South Korea offers talks with the North on reopening the liaison office", "",
     {"kaesong-interkorean"}),
    # reunions and separated families with no Korea in them, a British "hostile states" warning
    ("Detainee's father hopes for family reunion before tribunal",
     "The Australian held at Guantanamo Bay is to face a US military commission.", set()),
    ("War in Ukraine: a separated family is reunited",
     "A mother and two sons meet again in Lviv after months apart.", set()),
    ("MPs say hostile states target all-party groups",
     "A committee warns that foreign money could buy influence in parliament.", set()),
    # scientific balloons; a crackdown on phones near the border is information-access
    ("NASA to launch giant research balloons from Sweden",
     "The agency's scientific balloons will lift off from a range in the Arctic.", set()),
    ("North Korea cracks down on the use of mobile phones in border towns",
     "Officials want to stop smuggling and 'spy activities', a Japanese agency said.",
     {"information-access"}),
    # prisoners repatriated, prisoners of war and a conviction elsewhere (a crew cut is a haircut)
    ("Karzai promises to repatriate Pakistani prisoners",
     "The men fought for the former ruling Taliban and have been held in Afghan jails.", set()),
    ("Coach back at work after drunk-driving conviction", "He returned with a new crew cut.",
     set()),
    ("What next for Ukraine's captured Azovstal soldiers?",
     "Kyiv wants a swap for Russian prisoners of war, while Moscow talks of a trial.", set()),
    ("Oil eases as Iraqi exports restart",
     "Shipments have resumed from fields in the north and south of Iraq, pushing down prices"
     " on world markets.", set()),
    ("Ukraine round-up: forced deportations claimed and grain talks held",
     "Washington accuses Moscow of removing civilians, and Kyiv cuts diplomatic ties with North"
     " Korea.", set()),
    # an American soldier who deserted to the North faces his own army's tribunal; a man
    # jailed in New York for helping the North evade sanctions is sanctions-finance only, while
    # a death sentence for smuggling a drama stays prison-camps
    ("GI who deserted to North Korea willing to face US tribunal",
     "The Army sergeant, in hospital in Japan, may seek a plea bargain with the military.",
     set()),
    ("American jailed in New York for helping North Korea dodge sanctions",
     "The crypto specialist was sentenced to more than five years in prison.",
     {"sanctions-finance"}),
    ("Man who smuggled a South Korean drama into North Korea sentenced to death", "",
     {"prison-camps", "information-access"}),
    # "stay calm" at the talks is not staying in the South; refugees called home from the
    # South or airlifted to Seoul are defections; an embassy or school dash in Beijing is both
    # defections and refugees-china; Japan easing its own arms-export ban is not sanctions
    ("Beijing hopes all sides stay calm over North Korea talks",
     "China said it wanted the six parties to remain flexible.", set()),
    ("North Korea urges refugees in the South to return to a 'warm home'", "", {"defections"}),
    ("Pyongyang brands Seoul 'terrorists' over refugee airlift",
     "The North denounced the flight that brought 468 North Korean refugees to Seoul.",
     {"defections"}),
    ("29 North Koreans enter Japanese school in Beijing to seek asylum", "",
     {"defections", "refugees-china"}),
    ("44 North Koreans scale wall of Canadian embassy in Beijing", "",
     {"defections", "refugees-china"}),
    ("Japanese school in Beijing hosts North Korean table tennis team", "", set()),
    ("Seoul urges China not to send North Korean refugees back", "", {"refugees-china"}),
    ("Japan eases arms exports ban, names North Korea a threat", "", set()),
    # the American deserter's court-martial sentence is not a court case about the North's
    # abductees, while a law for abductees' families still is lawfare-politics
    ("Mr Jenkins arrived in Sado with his wife, a former abductee to North Korea",
     "He had served a short sentence for desertion from the US Army.", set()),
    ("Lawmakers pass bill to support families of abductees to North Korea", "",
     {"lawfare-politics"}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), REAL_TEXT_CASES)
def test_real_feed_shapes_alert_only_on_their_topic(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Long state-media stories and world-news headlines raise only the yardstick's profiles."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected


# Headlines written in the many ways wires, papers, NGOs, headline feeds and state media put
# each topic (other verbs and nouns, inflections, "N. Korea", "NK", "Pyongyang", the leader's
# surname alone, passive voice, figures), with near misses from the "not in" cells: the rules
# are to follow how news writes about a topic, not one set's words. Title only, as a headline
# feed carries them; expected is the exact set of profiles.
GENERAL_CASES = [
    ("N. Korean defects via sea route, military says", {"defections"}),
    ("NK soldier crosses MDL, now in custody of South's army", {"defections"}),
    ("Pyongyang diplomat in Italy goes into hiding, seeks to defect", {"defections"}),
    ("Two North Koreans found adrift near Sokcho say they want to live in South", {"defections"}),
    ("Defector numbers climb back to pre-pandemic levels", {"defections"}),
    ("Arrivals of North Koreans rebound after border reopening", {"defections"}),
    ("Escapee from the North found dead alone in Seoul flat", {"defections"}),
    ("Young escapees from North Korea drop out of college at high rates", {"defections"}),
    ("Former North Korean diplomat granted asylum, Seoul says", {"defections"}),
    ("How a North Korean family reached freedom after 20 years", {"defections"}),
    ("Defector mother struggles to raise children alone in Incheon", {"defections"}),
    ("Government support for newly arrived defectors to rise 10%", {"defections"}),
    ("North Korean man who fled in 2017 now runs bakery in Seoul", {"defections"}),
    ("Sergeant from North Korean army defects across western front", {"defections"}),
    ("'I wanted freedom': an escapee's story of leaving Hyesan", {"defections"}),
    ("Ex-North Korean soldier who deserted to South becomes police officer", {"defections"}),
    ("Unification ministry: 236 North Korean defectors arrived in 2024", {"defections"}),
    ("Pyongyang's envoy to Kuwait deserts to Seoul", {"defections"}),
    ("North Korean defector killed himself weeks after arriving, friends say", {"defections"}),
    ("High-ranking North Korean official defected last year, lawmaker says", {"defections"}),
    ("N Korean fishermen who drifted south ask to stay", {"defections"}),
    ("Defecting North Korean soldier shot five times while crossing", {"defections"}),
    ("Most North Korean defectors are women in their 30s, data show", {"defections"}),
    ("Defectors from North Korea say finding work in the South is hardest part", {"defections"}),
    ("North Korean escapee graduates from Seoul National University", {"defections"}),
    ("N. Korea defector numbers hit record low", {"defections"}),
    ("Teen who crossed from North Korea alone adjusts to life in South", {"defections"}),
    ("Thirty North Koreans defected in first quarter, ministry says", {"defections"}),
    ("Samsung recalls phones over screen defect", set()),
    ("Russian pilot who defected to Ukraine found dead in Spain", set()),
    ("Conservative MP defects to Reform party", set()),
    ("Defector group sends balloons with rice and Bibles to North", {"information-access"}),
    ("Defector-turned-lawmaker launches reelection bid", {"lawfare-politics"}),
    ("Cuban baseball player defects to US", set()),
    ("Migrants flee Sudan war into Chad", set()),
    ("Chinese dissident seeks asylum in Taiwan", set()),
    ("Rice costs in North Korean markets double in a month", {"economy-livelihood"}),
    ("Pyongyang residents face daily blackouts as winter bites", {"economy-livelihood"}),
    ("N. Korea grapples with food crunch after poor harvest", {"economy-livelihood"}),
    ("Hunger deaths reported in North Hamgyong province", {"economy-livelihood"}),
    ("North Korea struggles to feed its people, UN agency warns", {"economy-livelihood"}),
    ("NK won plunges against US dollar at private markets", {"economy-livelihood"}),
    ("Typhoon leaves thousands homeless in North Korea's east", {"economy-livelihood"}),
    ("Flash floods wash away homes in Sinuiju", {"economy-livelihood"}),
    ("Drought threatens North Korea's wheat and barley crops", {"economy-livelihood"}),
    ("North Korean coal miners toil without safety gear", {"economy-livelihood"}),
    ("Cave-in at North Korean gold mine kills dozens", {"economy-livelihood"}),
    ("State stops grain handouts to factory workers in North Korea", {"economy-livelihood"}),
    ("North Korea bans private sale of grain, cracks down on traders", {"economy-livelihood"}),
    ("Malnourished children in North Korea number 200,000, UNICEF says", {"economy-livelihood"}),
    ("Kim admits 'tense' food situation at party plenum", {"economy-livelihood"}),
    ("North Koreans forage for wild greens as lean season hits", {"economy-livelihood"}),
    ("North Korea opens state-run grain shops to curb market prices", {"economy-livelihood"}),
    ("Corn gets cheaper after autumn harvest in Hyesan", {"economy-livelihood"}),
    ("Power shortages halt trains in North Korea", {"economy-livelihood"}),
    ("Villagers in North Korea go without heat as fuel runs out", {"economy-livelihood"}),
    ("North Korea accepts Russian wheat shipment amid shortages", {"economy-livelihood"}),
    ("Floodwaters submerge farmland along the Yalu River", {"economy-livelihood"}),
    ("Kim visits flood-hit areas, promises new homes for victims", {"economy-livelihood"}),
    ("Deaths from starvation climb in North Korean countryside", {"economy-livelihood"}),
    ("N. Korea's rice price hits all-time high", {"economy-livelihood"}),
    ("North Korean farms short of fertiliser ahead of planting season", {"economy-livelihood"}),
    ("Pyongyang cuts food rations for the second time this year", {"economy-livelihood"}),
    ("Households in Chongjin get electricity two hours a day", {"economy-livelihood"}),
    ("North Korea's economy shrank for third straight year, BOK says", set()),
    ("Kim Jong Un inspects new fertilizer plant", set()),
    ("North Korea boosts steel output at Chollima complex", set()),
    ("Oil prices rise after North Korean missile launch", set()),
    ("Kim gives field guidance at Pyongyang textile mill", set()),
    ("North Korean tractor factory hits production target", set()),
    ("KOSPI falls as North Korea fires missile", set()),
    ("South Korea's inflation eases to 2 percent", set()),
    ("North Korean troops deployed to Russia's Kursk region, NIS says", {"military-security"}),
    ("Spy ring tied to Pyongyang's RGB uncovered in South Korea", {"military-security"}),
    ("North Korean hackers behind $1.5bn Bybit theft, FBI says", {"military-security", "sanctions-finance"}),
    ("Desertions rise among North Korean frontline troops", {"military-security"}),
    ("KPA officers accused of selling army fuel on black market", {"military-security"}),
    ("Pyongyang's cyber army targets South Korean defence firms", {"military-security"}),
    ("North Korean agent arrested for plotting to kill defector activist", {"military-security"}),
    ("Bullying and beatings rife in North Korea's army, ex-soldiers say", {"military-security"}),
    ("North Korean recruits suffer malnutrition and tuberculosis", {"economy-livelihood", "military-security"}),
    ("Kim sends combat engineers to rebuild Kursk", {"military-security"}),
    ("Captured North Korean soldiers questioned by Ukrainian intelligence", {"military-security"}),
    ("North Korea's spy agency recruited Chinese nationals to steal secrets", {"military-security"}),
    ("N. Korean hacking group Andariel hit hospitals with ransomware", {"military-security"}),
    ("Thousands of North Korean soldiers killed or wounded fighting for Russia", {"military-security"}),
    ("North Korean military officers caught taking bribes to exempt recruits", {"military-security"}),
    ("Ukraine says it captured two North Korean troops", {"military-security"}),
    ("North Korea sends more troops to Russia, South Korea's spy agency says", {"military-security"}),
    ("Kim's army relies on hungry teenage conscripts, report finds", {"economy-livelihood", "military-security"}),
    ("North Korean cyber operatives stole fighter jet blueprints, police say", {"military-security"}),
    ("North Korea test-fires hypersonic missile", set()),
    ("North Korea holds massive military parade", set()),
    ("US and South Korea begin joint drills", set()),
    ("North Korea vows stronger nuclear deterrent", set()),
    ("South Korean army sergeant dies in training accident", set()),
    ("Kim Jong Un watches tank firing contest", set()),
    ("North Korea shoots three in public for smuggling, source says", {"prison-camps"}),
    ("Satellite images show expansion of Camp 16", {"prison-camps"}),
    ("Inmates at Chongori re-education camp forced to work 16 hours", {"prison-camps"}),
    ("UN report details torture in North Korean interrogation facilities", {"prison-camps"}),
    ("Ex-guard describes beatings at a North Korean labour camp", {"prison-camps"}),
    ("North Korea puts official to death for bribery", {"prison-camps"}),
    ("Calls grow to refer North Korea to International Criminal Court", {"prison-camps"}),
    ("Survivors of North Korea's gulag testify in Geneva", {"prison-camps"}),
    ("Pyongyang holds firing-squad execution before crowd of thousands", {"prison-camps"}),
    ("Detainees starved and beaten in North Korean holding cells, report says", {"prison-camps"}),
    ("COI chair: crimes against humanity continue in North Korea", {"prison-camps"}),
    ("North Korea hangs two men for stealing copper wire", {"prison-camps"}),
    ("Political prisoners in North Korea number up to 120,000, study says", {"prison-camps"}),
    ("Kim purges senior party officials in sweeping shake-up", {"prison-camps"}),
    ("North Korea secretly executed officials over flood failures", {"prison-camps"}),
    ("DPRK premier calls for thorough execution of the year's economic plan", set()),
    ("Saudi Arabia executes seven for terrorism", set()),
    ("US prison camp at Guantanamo holds 30 detainees", set()),
    ("Japan hangs man convicted of murders", set()),
    ("KCNA: cadres urged to ensure flawless execution of party decisions", set()),
    ("Russia jails journalist for fake news", set()),
    ("Former spy chief indicted over 2019 repatriation of two fishermen", {"lawfare-politics"}),
    ("Opposition blocks appointment of board for North Korean human rights foundation", {"lawfare-politics"}),
    ("Seoul shuts North Korean human rights archive amid budget cuts", {"lawfare-politics"}),
    ("Democratic Party pushes to repeal North Korean human rights law", {"lawfare-politics"}),
    ("Defector candidate wins primary for Seoul district", {"lawfare-politics"}),
    ("Prosecutors drop probe of ex-security adviser over deportation of fishermen", {"lawfare-politics"}),
    ("Seoul to publish its annual report on North Korean human rights", {"lawfare-politics"}),
    ("Constitutional Court strikes down ban on leaflet launches", {"information-access", "lawfare-politics"}),
    ("Appeals court upholds fine for activist who broke leaflet ban", {"information-access", "lawfare-politics"}),
    ("Lawmakers clash over unification ministry's report on North Korean rights abuses", {"lawfare-politics"}),
    ("Yoon impeachment trial opens at Constitutional Court", set()),
    ("Seoul prosecutors indict ex-president's wife for bribery", set()),
    ("Ruling party picks new leader ahead of local elections", set()),
    ("North Korea blows up liaison office in Kaesong", {"kaesong-interkorean"}),
    ("Seoul proposes resuming reunions of separated families", {"kaesong-interkorean"}),
    ("Pyongyang demolishes South Korean hotel at Mount Kumgang resort", {"kaesong-interkorean"}),
    ("Kaesong factory owners demand compensation from government", {"kaesong-interkorean"}),
    ("Unification minister offers talks with Pyongyang on humanitarian issues", {"kaesong-interkorean"}),
    ("Inter-Korean rail link project stalled", {"kaesong-interkorean"}),
    ("North cuts all inter-Korean communication lines", {"kaesong-interkorean"}),
    ("Pyongyang ignores Seoul's calls on liaison channel for third day", {"kaesong-interkorean"}),
    ("North Korea scraps agencies for unification and inter-Korean cooperation", {"kaesong-interkorean"}),
    ("South Korean firms eye return to Kaesong if ties improve", {"kaesong-interkorean"}),
    ("Separated families: elderly South Koreans die waiting to see kin in North", {"kaesong-interkorean"}),
    ("Seoul and Pyongyang hold first talks in years at truce village", {"kaesong-interkorean"}),
    ("North Korea rejects Seoul's dialogue offer", {"kaesong-interkorean"}),
    ("South Korea suspends 2018 military pact with North", {"kaesong-interkorean"}),
    ("Kaesong city holds mass rally for Kim's birthday", set()),
    ("Tourists enjoy autumn foliage at Kumgang mountain", set()),
    ("US and North Korea hold working-level talks in Stockholm", set()),
    ("China and South Korea discuss trade", set()),
    ("Defector testifies about public executions in Hyesan", {"prison-camps"}),
    ("Defector-led radio station expands shortwave broadcasts into North Korea", {"information-access"}),
    ("Spy who posed as defector jailed in Seoul", {"military-security"}),
    # relatives of a defector sent to a camp: defections as well (docs/labelling.md)
    ("Family of defector sent to prison camp, sources say", {"prison-camps", "defections"}),
    ("US soldier who ran into North Korea pleads guilty to desertion", set()),
    ("US Army deserter released from military detention after defecting to North Korea decades ago", set()),
    ("Chinese detention centres hold North Koreans awaiting return", {"refugees-china"}),
    ("North Korean IT workers' wages funnelled to weapons program", {"overseas-labor", "sanctions-finance"}),
    ("Bitcoin price falls after North Korean hackers raid exchange", {"military-security", "sanctions-finance"}),
    # a bumper crop reaped is routine farm progress, no profile (docs/labelling.md)
    ("North Korea touts record harvest in state media", set()),
    ("Cabinet stresses execution of the new five-year plan in North Korea", set()),
    ("North Korea rejects UN human rights resolution as hostile plot", set()),
    ("Amnesty: Myanmar junta executes activists", set()),
    ("North Korean border guards open fire on fleeing villagers", {"military-security"}),
    ("North Korea mobilises soldiers to build factories in provinces", {"military-security"}),
    ("North Korean soldiers in Russia told to kill themselves rather than be captured", {"military-security"}),
    ("North Korea's Reconnaissance General Bureau created fake recruitment firms", {"military-security"}),
    ("Malware linked to Pyongyang found on defense contractor networks", {"military-security"}),
    ("North Korean intelligence agent posing as fisherman captured", {"military-security"}),
    ("Wounded North Korean troops treated in Moscow hospitals", {"military-security"}),
    ("North Korean army suicide rate soars amid harsh discipline", {"military-security"}),
    ("Thousands of North Korean soldiers suffer frostbite", {"military-security"}),
    # laundering hacking revenue is sanctions-finance alone (docs/labelling.md)
    ("DPRK hackers launder stolen ether through mixers", {"sanctions-finance"}),
    ("Seoul allows civic groups to contact North Koreans", {"kaesong-interkorean"}),
    ("Two Koreas hold military talks at Panmunjom", {"kaesong-interkorean"}),
    ("South Korean tour operators seek resumption of Kumgang trips", {"kaesong-interkorean"}),
    ("Kaesong complex firms still unpaid since 2016 closure", {"kaesong-interkorean"}),
    ("North Korea tears down reunion center at Mount Kumgang", {"kaesong-interkorean"}),
    ("Pyongyang cuts rail and road links to the South", {"kaesong-interkorean"}),
    ("South Korea ready for talks at any time, Lee tells North Korea", {"kaesong-interkorean"}),
    ("Police ban leaflet launches near border citing public safety", {"information-access", "lawfare-politics"}),
    ("Seoul court rules North Korea must pay compensation to ex-POWs", {"lawfare-politics"}),
    ("Thae Yong-ho loses bid for Gangnam seat", {"lawfare-politics"}),
    ("Ex-officials go on trial over forced return of North Korean fishermen", {"lawfare-politics"}),
    ("Civic group files complaint against ex-president Moon over 2019 deportation", {"lawfare-politics"}),
    ("North Korean defector jailed in Seoul for fraud", {"defections"}),
    ("Defector couple's baby is first born at Hanawon", {"defections"}),
    ("North Korean refugee resettles in Canada after years in China", {"defections", "refugees-china"}),
    ("North Korean border towns emptied as regime clears homes near river", set()),
    ("Kim Yo Jong warns South over drills", set()),
    ("Pyongyang slams Seoul's defence chief as warmonger", set()),
    ("Grain prices in North Korea fall as new crop arrives", {"economy-livelihood"}),
    ("N. Korean families sell belongings to buy food", {"economy-livelihood"}),
    ("Residents in Pyongyang queue for kerosene amid fuel crunch", {"economy-livelihood"}),
    ("Tap water cut off for weeks in North Korean city", {"economy-livelihood"}),
    ("Heavy rain hits North Korea, KCNA reports damage", {"economy-livelihood"}),
    # farm mobilisation with no burden told is routine farm progress (docs/labelling.md)
    ("North Korea mobilises students for rice planting", set()),
    ("North Korean miners killed in flooded colliery", {"economy-livelihood"}),
    ("North Korea imports Chinese flour as stocks run low", {"economy-livelihood"}),
    ("Child mortality rises in North Korea amid food shortages", {"economy-livelihood"}),
    ("North Korea's jangmadang traders pay new fees to the state", {"economy-livelihood"}),
    ("State shops in North Korea sell rice below market rate", {"economy-livelihood"}),
    ("North Korean authorities confiscate corn from farmers", {"economy-livelihood"}),
    ("North Korea executes man who sold rice at high prices", {"prison-camps"}),
    ("North Korean official publicly executed for hoarding grain", {"prison-camps"}),
    ("North Korea's prison population swells amid crackdown", {"prison-camps"}),
    ("Female inmates in North Korea describe beatings by guards", {"prison-camps"}),
    ("UN inquiry calls for North Korean leaders to face justice", {"prison-camps"}),
    ("North Korea jails man for life for watching South Korean TV", {"information-access"}),
    ("Defector reveals Kim Jong Un's health problems", set()),
    ("Former North Korean diplomat says Kim will never give up nukes", set()),
    ("Thae Yong-ho: North Korea preparing for seventh nuclear test", set()),
    ("Defectors in South Korea send money to families in North via brokers", {"defections"}),
    ("North Korean defector wins beauty pageant in Seoul", {"defections"}),
    ("Escapees describe public executions in Hyesan", {"prison-camps"}),
    ("Civic group files complaint against ex-president Moon over 2019 deportation", {"lawfare-politics"}),
    ("Markets react calmly to North Korean missile test", set()),
    ("Asian stocks slide after Pyongyang launch", set()),
    ("Won weakens as North Korea tensions rise", set()),
    ("North Korea raises prices of state-run services", {"economy-livelihood"}),
    ("Pyongyang marathon returns, foreign runners flock", set()),
    ("North Korea opens new ski resort to foreign tourists", set()),
    ("North Korea sentences US citizen to 15 years hard labour", {"prison-camps"}),
    ("KCNA slams UN 'human rights racket' over camp claims", {"prison-camps"}),
    ("North Korea purges officials after train accident", {"prison-camps"}),
    ("North Korea detains Australian student in Pyongyang", {"prison-camps"}),
    ("North Korea's execution of economic tasks praised at plenum", set()),
    ("Opposition leader calls for special probe into 2019 expulsion of fishermen", {"lawfare-politics"}),
    ("Defector lawmaker named ruling party spokesman", {"lawfare-politics"}),
    ("Seoul's unification ministry to close North Korean human rights center", {"lawfare-politics"}),
    ("Minbyun lawyers back ex-officials charged over fishermen case", {"lawfare-politics"}),
    ("Government sued for failing to protect defectors' privacy", {"lawfare-politics"}),
    ("National Assembly to vote on North Korean human rights foundation board", {"lawfare-politics"}),
    ("Seoul to resume loudspeaker broadcasts along border", {"information-access"}),
    ("South Korea's new government scraps North Korean rights report publication", {"lawfare-politics"}),
    ("Seoul sends message via liaison line, North doesn't pick up", {"kaesong-interkorean"}),
    ("North Korea demolishes inter-Korean road on its side of border", {"kaesong-interkorean"}),
    ("Kaesong industrial park: 10 years after the shutdown", {"kaesong-interkorean"}),
    ("Pyongyang rejects offer to hold talks on separated families", {"kaesong-interkorean"}),
    ("Lee Jae-myung proposes restoring inter-Korean military agreement", {"kaesong-interkorean"}),
    ("Seoul and Pyongyang to hold Red Cross talks", {"kaesong-interkorean"}),
    ("Hyundai Asan seeks way back to Mount Kumgang tours", {"kaesong-interkorean"}),
    ("South Korea's unification minister calls for resumption of dialogue with North", {"kaesong-interkorean"}),
    ("North Korea says it has no interest in improving ties with Seoul", {"kaesong-interkorean"}),
    ("Two Koreas exchange fire along border", set()),
    ("US says North Korea used floods as excuse to refuse aid", {"economy-livelihood"}),
    ("North Korean gold miners die in tunnel collapse", {"economy-livelihood"}),
    ("North Korea hit by worst drought in decades", {"economy-livelihood"}),
    ("North Korean farmers told to hand over more grain to the state", {"economy-livelihood"}),
    ("Pyongyang's public distribution system near collapse, report says", {"economy-livelihood"}),
    ("North Korea's poor go hungry as elites feast", {"economy-livelihood"}),
    ("Price of pork triples in North Korean markets", {"economy-livelihood"}),
    ("North Korean cities plunged into darkness as power plants fail", {"economy-livelihood"}),
    ("UN: 11 million North Koreans undernourished", {"economy-livelihood"}),
    ("North Korea flood death toll rises, state media says", {"economy-livelihood"}),
    ("North Korean border guards bribed to let smugglers through", {"military-security"}),
    ("Seoul: North Korean hackers stole data from military contractor", {"military-security"}),
    ("North Korean soldier defects, says army food rations cut in half", {"defections", "economy-livelihood", "military-security"}),
    ("North Korea sends 3,000 more troops to Russia", {"military-security"}),
    ("North Korean soldiers dying on the Ukrainian front, Zelensky says", {"military-security"}),
    ("North Korean spy arrested in Seoul posing as businessman", {"military-security"}),
    ("Soldiers forced to build Kim's summer palace, sources say", {"military-security"}),
    ("Hwasong district residents complain of leaky new flats and no water", {"economy-livelihood"}),
    ("Fuel tankers unload at Rajin port despite UN cap", {"sanctions-finance"}),
    ("Teenagers shot for watching South Korean dramas, witnesses say", {"information-access", "prison-camps"}),
    ("Former Yodok camp inmate describes forced labour", {"prison-camps"}),
    # guard posts on the border are the route too (docs/labelling.md: fences, guard posts)
    ("New guard posts built along the Chinese border, satellite images show",
     {"military-security", "refugees-china"}),
    ("North's hackers stole $300m last year, UN panel says", {"military-security", "sanctions-finance"}),
    ("Kim's daughter appears at missile launch", set()),
    ("Kim's sister slams Seoul over drills", set()),
    ("Vietnam reopens Chinese border crossing for trade", set()),
    ("Kim Keon-hee's bribery trial begins", set()),
    ("Myanmar rebels seize town on Chinese border", set()),
    ("Escaped North Korean women describe rape in detention centres", {"prison-camps", "women-violence"}),
    ("Defectors tell UN of torture in North Korean prisons", {"prison-camps"}),
    ("Former North Korean soldier reveals hunger in frontline units", {"economy-livelihood", "military-security"}),
    ("Survivors of North Korean prison camps testify at UN", {"prison-camps"}),
    ("North Korean escapee recalls public executions she saw as a child", {"prison-camps"}),
    ("North Korean family of five wades across the Yalu to escape", {"defections", "refugees-china"}),
    ("North Korean conscripts endure hazing and unpaid labour, ex-soldiers say", {"military-security"}),
    ("Seven North Koreans sail south to flee poverty", {"defections"}),
    ("CEDAW committee presses North Korea on gender-based violence", {"women-violence"}),
    ("North Korea tightens border security to stop escapes", {"military-security"}),
    ("Pyongyang deploys extra guards along the Tumen to stop defections", {"military-security"}),
    ("Border patrols in Ryanggang doubled after escape, sources say", {"military-security"}),
    ("KPA unit disbanded after mass desertion", {"military-security"}),
    ("North Korea extends military service to 10 years", {"military-security"}),
    ("North Korean cyber spies target vaccine makers", {"military-security"}),
    ("Crypto exchange loses $30 million to North Korean hackers", {"military-security", "sanctions-finance"}),
    ("Seoul arrests man who passed military secrets to North Korean agents", {"military-security"}),
    ("North Korean assassination squad sent to kill defector in Seoul, NIS says", {"military-security"}),
    ("Kim replaces top generals in military reshuffle", {"military-security"}),
    ("North Korean troops fighting in Russia suffer 3,000 casualties", {"military-security"}),
    ("North Korea rents out soldiers to Moscow for cash", {"military-security"}),
    ("North Korean special forces training with Russian army", {"military-security"}),
    ("KPA soldiers caught smuggling copper to China", {"military-security"}),
    ("North Korean soldiers' rations cut amid food shortage", {"economy-livelihood", "military-security"}),
    ("Kim Jong Un orders army to tighten discipline after desertions", {"military-security"}),
    ("Spate of suicides among North Korean border guards", {"military-security"}),
    ("North Korean female soldiers face sexual abuse by officers", {"military-security", "women-violence"}),
    ("KPA servicepersons pledge loyalty at rally", set()),
    ("Respected Comrade Kim Jong Un inspects KPA unit", set()),
    ("Kim Jong Un watches firing drill of artillery sub-units", set()),
    ("KPA General Staff spokesman warns of retaliation", set()),
    ("North Korea removes South Korean facilities at Kumgang resort", {"kaesong-interkorean"}),
    ("Inter-Korean liaison hotline silent for 500 days", {"kaesong-interkorean"}),
    ("Seoul offers to resume tours to Mount Kumgang", {"kaesong-interkorean"}),
    ("North Korea dissolves committee for peaceful reunification", {"kaesong-interkorean"}),
    ("Two Koreas agree to reconnect cross-border roads", {"kaesong-interkorean"}),
    ("Seoul calls for video reunions for ageing separated families", {"kaesong-interkorean"}),
    ("Kaesong complex assets seized by North, Seoul protests", {"kaesong-interkorean"}),
    ("Kim Yo Jong rejects Seoul's proposal for talks", {"kaesong-interkorean"}),
    ("Inter-Korean summit anniversary passes quietly", {"kaesong-interkorean"}),
    ("North Korea blows up sections of inter-Korean rail line", {"kaesong-interkorean"}),
    ("South Korea's Lee wants to restore 2018 military deal with North", {"kaesong-interkorean"}),
    ("North Korean defectors now number 34,000 in South", {"defections"}),
    ("North Korean army lieutenant defects via Chinese border", {"defections"}),
    ("Pyongyang embassy official in London defects with family", {"defections"}),
    ("North Korean waitresses who fled Ningbo restaurant speak out", {"defections", "overseas-labor"}),
    ("NK escapee opens restaurant in Seoul, hires fellow defectors", {"defections"}),
    ("North Korea's harvest falls short, raising famine fears", {"economy-livelihood"}),
    ("Rice and corn prices spike in Pyongyang after flood", {"economy-livelihood"}),
    ("North Korean workers go unpaid as factories idle for lack of power", {"economy-livelihood"}),
    ("Famine-era orphans roam North Korean railway stations", {"economy-livelihood"}),
    ("North Korea asks UN for food aid", {"economy-livelihood"}),
    ("Aid groups warn of looming hunger crisis in North Korea", {"economy-livelihood"}),
    ("North Korean escapees hiding in Shenyang fear arrest", {"refugees-china"}),
    ("Chinese police detain 20 North Koreans in Yunnan on their way to Laos", {"refugees-china"}),
    ("Broker who guided North Koreans through China jailed", {"refugees-china"}),
    ("North Korean women trapped in China without papers", {"refugees-china"}),
    ("Laos deports North Korean teenagers to China", {"refugees-china"}),
    ("Thai police arrest 12 North Koreans near Mekong", {"refugees-china", "defections"}),
    ("Defector activist Park Sang-hak plans new balloon launch", {"information-access"}),
    ("Defector lawmaker calls for tougher line on Pyongyang", {"lawfare-politics"}),
    ("Defector-turned-pastor preaches to North via radio", {"information-access"}),
    # state media attacking defectors, and a defector's book or exhibition, are defections
    # stories (docs/labelling.md)
    ("North Korea calls defectors 'human scum' in Rodong Sinmun commentary", {"defections"}),
    ("KCNA denounces defectors' smear campaign as fabrication", {"defections"}),
    ("Defector's memoir becomes Hollywood film", {"defections"}),
    ("North Korean defector artist holds exhibition in London", {"defections"}),
    ("Spy posing as defector arrested after entering South", {"military-security"}),
    ("North Korean soldiers briefly cross MDL, retreat after warning shots", set()),
    ("Fishermen repatriation case: ex-officials acquitted", {"lawfare-politics"}),
    ("Defectors hold rally in Seoul urging China to stop repatriations", {"refugees-china"}),
    ("Defector group launches radio station targeting North Korean soldiers", {"information-access"}),
    ("Survey of defectors shows rising access to foreign media in North", {"information-access"}),
    ("Former North Korean diplomat Thae Yong-ho appointed to advisory body", {"lawfare-politics"}),
    ("Defector-led NGO documents public executions", {"prison-camps"}),
    ("North Korea tightens control over families of defectors", {"defections"}),
    # no camp named: defections alone (docs/labelling.md, Defections)
    ("Relatives of defectors banished to remote villages", {"defections"}),
    ("Defectors' remittances keep families in North afloat", {"defections"}),
    ("Unification ministry: number of defectors arriving rises", {"defections"}),
    ("Defectors struggle to find jobs in South Korea", {"defections"}),
    ("Defector student wins scholarship at Yale", {"defections"}),
    ("Ex-North Korean soldier recalls escape across DMZ", {"defections"}),
    ("Flood Damage Recovery Under Way in North Hamgyong Province", {"economy-livelihood"}),
    ("Relief Supplies Sent to Flood-hit Areas in DPRK", {"economy-livelihood"}),
    ("DPRK Efforts Made to Prevent Damage from Heavy Rain", {"economy-livelihood"}),
    ("Measures Taken to Supply Drinking Water to Pyongyang Residents", {"economy-livelihood"}),
    ("New Houses for Flood Victims Completed in Kimhyongjik County", {"economy-livelihood"}),
    # routine farm progress carries no profile (docs/labelling.md, State media and the economy)
    ("Spring Sowing Under Way on DPRK Cooperative Farms", set()),
    ("DPRK Drought Damage Prevention Work Stepped Up", {"economy-livelihood"}),
    ("Kim Jong Un Inspects Flood-Stricken Areas in Sinuiju", {"economy-livelihood"}),
    ("Typhoon Damage Rehabilitation Pushed Ahead in Kangwon Province of DPRK", {"economy-livelihood"}),
    ("DPRK Farmers Stage Rice Transplanting Campaign", set()),
    ("Wages unpaid for months at North Korean state mines", {"economy-livelihood"}),
    ("North Korean border town families down to one meal a day", {"economy-livelihood"}),
    ("Hungry North Korean soldiers raid farms for corn", {"economy-livelihood", "military-security"}),
    ("North Korea's Kim opens new Pyongyang hospital", set()),
    ("North Korea marks completion of Hwasong housing project", {"economy-livelihood"}),
    ("Hundreds arrested in crackdown on anti-socialist behaviour, sources say", {"prison-camps"}),
    ("KCTV shows flood damage in northern provinces", {"economy-livelihood"}),
    ("Minju Joson slams leaflet launches from the South", {"information-access"}),
    ("People's units told to collect rice for the army", {"economy-livelihood"}),
    ("Chollima steel complex hits output target", set()),
    ("Kim's soldiers caught selling rations on the black market", {"economy-livelihood", "military-security"}),
    # the South handing North Koreans back, at their request or not, is its own repatriation
    # decision (docs/labelling.md: lawfare-politics)
    ("South Korea returns two North Korean fishermen rescued at sea", {"lawfare-politics"}),
    ("North Korean boat drifts south, crew sent home at their request", {"lawfare-politics"}),
    ("Seoul sends back North Korean sailors who wished to go home", {"lawfare-politics"}),
    ("Defector killed in Seoul car crash", {"defections"}),
    ("Defector rearrested in China after being repatriated", {"refugees-china"}),
    ("North Korea parades defector's family in propaganda video", {"defections"}),
    ("Re-defector who went back to North appears on state TV", {"defections"}),
    ("North Korean defector returns to North by swimming across border", {"defections"}),
    ("North Korean asylum seekers in Seoul wait months for screening", {"defections"}),
    ("North Korean sailors picked up at sea want to stay in South, officials say", {"defections"}),
    ("N. Korean fisherman asks to defect after drifting into South waters", {"defections"}),
    ("Girl who fled North Korea at 13 becomes human rights lawyer", {"defections"}),
    ("Ex-North Korean soldier now trains South Korean police", {"defections"}),
    ("More North Korean elites abandoning regime, Seoul says", {"defections"}),
    ("North Korean diplomat in Russia disappears with family", {"defections"}),
    ("Two North Korean workers vanish from Mongolian construction site", {"defections", "overseas-labor"}),
    ("North Korea demands return of 'abducted' waitresses", {"defections"}),
    ("North Korean refugees in US struggle to get benefits", {"defections"}),
    ("UK-based North Korean refugees celebrate Lunar New Year in New Malden", {"defections"}),
    ("North Korea jails hundreds in new political camp, satellite data show", {"prison-camps"}),
    ("North Korean authorities torture suspects to extract confessions", {"prison-camps"}),
    ("Woman beaten to death in North Korean police custody", {"prison-camps"}),
    ("North Korea's secret police round up relatives of purged official", {"prison-camps"}),
    ("Executions of cadres surge under Kim Jong Un, think tank says", {"prison-camps"}),
    ("North Korea holds public trial of drug dealers in stadium", {"prison-camps"}),
    ("North Korean court sentences dozens to labour camps for smuggling", {"prison-camps"}),
    ("UN report: arbitrary detention widespread in North Korea", {"prison-camps"}),
    ("Accountability for North Korean atrocities: new database launched", {"prison-camps"}),
    ("Children born in North Korean prison camps", {"prison-camps"}),
    ("North Korea shoots two at airfield for stealing fuel", {"prison-camps"}),
    ("North Koreans tune in to foreign radio despite crackdown", {"information-access"}),
    ("K-pop blasted across DMZ from South Korean loudspeakers", {"information-access"}),
    ("USB sticks of Hollywood films smuggled into North Korea", {"information-access"}),
    ("North Korea jams Radio Free Asia broadcasts", {"information-access"}),
    ("Young North Koreans copy South Korean slang, prompting crackdown", {"information-access"}),
    ("VOA cuts Korean service, activists warn of information gap in North Korea", {"information-access"}),
    ("North Korean students caught watching 'Squid Game'", {"information-access"}),
    ("Court orders unification ministry to disclose records of 2019 deportation", {"lawfare-politics"}),
    ("Lawmakers debate bill to punish those who fly leaflets to North Korea", {"information-access", "lawfare-politics"}),
    ("Seoul quietly drops plan for North Korean human rights museum", {"lawfare-politics"}),
    ("Defector group's permit revoked by unification ministry", {"lawfare-politics"}),
    ("Former NIS officials indicted for forcing defector to confess as spy", {"lawfare-politics"}),
    ("Appeals court overturns spy conviction of North Korean defector", {"lawfare-politics"}),
    ("North Korean workers in Chinese seafood plants riot over pay", {"overseas-labor"}),
    ("China and North Korea reopen border to trade", set()),
    ("Chinese tourists return to Sinuiju", set()),
    ("North Korean hackers operating from Shenyang, report says", {"military-security"}),
    ("North Korean trucks queue at Dandong bridge", set()),
    ("Seoul proposes working-level talks with Pyongyang", {"kaesong-interkorean"}),
    ("North ignores South's call for dialogue", {"kaesong-interkorean"}),
    ("Koreas trade barbs as relations sour", set()),
    ("Inter-Korean ties hit new low after North scraps agreements", {"kaesong-interkorean"}),
    ("Families separated by Korean War hold out hope for reunions", {"kaesong-interkorean"}),
    ("South Korea offers to send COVID vaccines to North", {"kaesong-interkorean"}),
    ("North Korea shuts down joint liaison channels with South", {"kaesong-interkorean"}),
    ("Kaesong firms' losses top $1 billion, survey shows", {"kaesong-interkorean"}),
    ("Hyundai chief visits Pyongyang to revive Kumgang tours", {"kaesong-interkorean"}),
    ("Seoul's Unification Ministry to be renamed under new plan", {"kaesong-interkorean"}),
    ("Pyongyang tells Seoul to stop talking about unification", {"kaesong-interkorean"}),
    ("Seoul court upholds ban on balloon launches near border", {"information-access", "lawfare-politics"}),
    ("Defectors sue Moon government over repatriation of fishermen", {"lawfare-politics"}),
    ("Parliament hearing on deportation of two North Koreans turns heated", {"lawfare-politics"}),
    ("Ruling party vows to revive North Korean human rights foundation", {"lawfare-politics"}),
    ("Yoon government to publish North Korea rights report in full", {"lawfare-politics"}),
    ("South Korean activists fined for sending leaflets to North", {"information-access", "lawfare-politics"}),
    ("North Korea bans foreign words in new language law", {"information-access"}),
    ("North Koreans caught with Bibles face harsh penalties", {"information-access"}),
    ("South Korea turns off propaganda loudspeakers at border", {"information-access"}),
    ("North Korea blocks Chinese cellphone signals near border", {"information-access"}),
    ("Radio broadcasts into North Korea to stop as funding ends", {"information-access"}),
    # Wordings the six-profile pass found uncovered: the camps, hotlines and crews by other
    # names, and their near misses (a resort at Kumgang, a weapons test "executed", a troupe)
    ("North ignores Seoul's calls on inter-Korean channel", {"kaesong-interkorean"}),
    ("North dismantling Kumgang hotel built by the South", {"kaesong-interkorean"}),
    ("Seoul shuts agency that ran joint projects with the North", {"kaesong-interkorean"}),
    ("Kaesong-era suppliers still owed millions, survey shows", {"kaesong-interkorean"}),
    ("Koreas' first talks since 2018 collapse over agenda", {"kaesong-interkorean"}),
    ("Red Cross officials of the two Koreas meet at border village", {"kaesong-interkorean"}),
    ("Mount Kumgang resort welcomes holidaymakers", set()),
    ("Satellite imagery shows Hwasong camp expanding", {"prison-camps"}),
    ("HRNK report: new satellite images of Kwalliso No. 15 site", {"prison-camps"}),
    ("Defector recounts torture in Bowibu interrogation cells", {"prison-camps"}),
    ("UN calls for monitors to visit North Korea's labour camps", {"prison-camps"}),
    ("North Korea executes officials over failed satellite launch", {"prison-camps"}),
    ("Hwasong-19 missile test executed flawlessly, KCNA says", set()),
    ("Pyongyang says new ICBM test was executed flawlessly", set()),
    ("Hackers tied to Pyongyang drained $300 million in crypto", {"military-security", "sanctions-finance"}),
    (
        "Japan's police name Pyongyang-linked group behind theft of $300 million from DMM Bitcoin",
        {"military-security", "sanctions-finance"},
    ),
    # a wall on the Tumen is a fence on the China border (docs/labelling.md: refugees-china too)
    ("38 North: North Korea's border wall building continues along the Tumen",
     {"military-security", "refugees-china"}),
    ("CSIS: DPRK troops in Russia learning drone warfare", {"military-security"}),
    ("KPA Song and Dance Ensemble Performs in Russia", set()),
    ("Mexico builds border wall with US funding", set()),
    ("Woman who fled North Korea sues critic who branded her a spy", {"lawfare-politics"}),
    ("Japanese court hears suit by Koreans who went North under return project", {"lawfare-politics"}),
    ("Tokyo District Court orders North Korea to pay 20 million yen to returnees", {"lawfare-politics"}),
    ("Top court clears ex-officials over deportation of North Korean sailors", {"lawfare-politics"}),
    (
        "US House panel hears from North Korean escapees on forced repatriation from China",
        {"lawfare-politics", "refugees-china"},
    ),
    # rice bottles with no leaflets or media: prosecuting the launch is lawfare-politics alone
    # (docs/labelling.md)
    ("Court fines activists for sending rice bottles to the North", {"lawfare-politics"}),
    ("Supreme Court rejects appeal of activist who flew leaflets into North", {"information-access", "lawfare-politics"}),
    ("Ruling party and opposition trade barbs over North Korea's missile test", set()),
    ("UN: North Korea executes people for sharing K-pop", {"information-access", "prison-camps"}),
    ("North Korea bans K-dramas", {"information-access"}),
    ("NK students caught with South Korean novels sent to labor camp", {"information-access", "prison-camps"}),
    ("Activists drop Bible-laden balloons from Ganghwa", {"information-access"}),
    ("UN sanctions monitors replaced by 11-nation panel", {"sanctions-finance"}),
    ("Malaysia deports North Korean accused of money laundering", {"sanctions-finance"}),
    # hunger and short rations in the army: military-security and economy-livelihood; the
    # defector who is only the source adds nothing (docs/labelling.md)
    ("Pyongyang's frontline troops get only two meals a day, defector says",
     {"economy-livelihood", "military-security"}),
    # moving the haul through a mixer is laundering: sanctions-finance alone (docs/labelling.md)
    ("N. Korea's Lazarus moves stolen funds via Tornado Cash", {"sanctions-finance"}),
    ("North Korea earned $300 million from arms sales to Russia, Seoul estimates", {"sanctions-finance"}),
    ("North Korea ships millions of artillery shells to Russia, Seoul says", {"sanctions-finance"}),
    ("U.S. approves arms sales to South Korea amid North Korea threat", set()),
    ("New Cement Mixer Plant Opens in Pyongyang", set()),
    ("North Korea cracks down on South Korean-style weddings, spy agency says", {"information-access"}),
    ("Seoul to scrap anti-leaflet penalties after court ruling", {"information-access", "lawfare-politics"}),
    ("Former Students Revisit Summer Camp in Pyongyang", set()),
    ("Satellite imagery shows Kaechon camp expanding", {"prison-camps"}),
    ("Why the 2019 repatriation still haunts South Korean politics", {"lawfare-politics"}),
    ("Defector analyst says Kim's sister rising in North Korean politics", set()),
    ("Kaesong revisited: the factory park that once employed 55,000 North Koreans", {"kaesong-interkorean"}),
    ("The rise and fall of Mount Kumgang tourism", {"kaesong-interkorean"}),
    ("Mount Kumgang tourism zone opens to Russian visitors", set()),
    ("Inside North Korea's war on foreign information", {"information-access"}),
    ("US charges Chinese nationals with helping North Korea buy tobacco", {"sanctions-finance"}),
    ("North Korea's Kim purges ideas of 'unification' from constitution", {"kaesong-interkorean"}),
    ("Kim Jong Un purges senior officials over flood response", {"prison-camps"}),
    ("Seoul and Tokyo agree to restore hotline between defence ministries", set()),
    ("China detains Canadian businessman near North Korean border on spying charges", set()),
    ("China arrests North Korean spies posing as traders in Dandong", {"military-security"}),
    ("Law on Rejecting Reactionary Ideology and Culture Adopted", {"information-access"}),
    ("Delegation of DPRK Ministry of State Security Leaves for Russia", set()),
    ("Kaesong Industrial Art Exhibition Opens", set()),
    ("Spokesman for KPA General Staff Confirms Deployment of Units to Kursk", {"military-security"}),
    ("DPRK Association for Human Rights Studies Rejects Report on Detention Facilities", {"prison-camps"}),
    ("Puppet Court's Ruling on Leaflet Scattering Slammed", {"information-access", "lawfare-politics"}),
    ("Sanctions Cannot Block Advance of DPRK, Says Rodong Sinmun", {"sanctions-finance"}),
    ("Luxury Mercedes cars reach Kim despite ban on luxury goods", {"sanctions-finance"}),
    ("Singapore trader ordered to pay fine for supplying fuel to North Korean vessels", {"sanctions-finance"}),
    ("Hong Kong company helped North Korea buy aircraft parts, court told", {"sanctions-finance"}),
    ("North Korean embassy in Berlin rented out hostel to raise cash", {"sanctions-finance"}),
    ("Oil prices climb as North Korea tensions rise", set()),
    ("Visa fined for processing payments late, regulator says", set()),
    ("North Korean unit commanders punished after private flees south", {"military-security"}),
    ("North Korean officers observing the war in Ukraine, Kyiv says", {"military-security"}),
    ("North Korean military academy graduates sent to Russia", {"military-security"}),
    ("Army recruits from poor families beaten by officers, defectors testify", {"military-security"}),
    ("KPA Will Mercilessly Punish Provocateurs", set()),
    ("KPA Supreme Command Warns of Punishment", set()),
    ("North Korea sentences South Korean missionary to life", {"prison-camps"}),
    ("Former diplomat who fled Pyongyang elected to Gangnam council", {"lawfare-politics"}),
    (
        "Two crewmen pulled from the sea sent back to the North despite pleas, lawmakers say",
        {"lawfare-politics"},
    ),
    ("Government accused of covering up forced return of North Korean boat crew", {"lawfare-politics"}),
    ("NK human rights law turns 10 with foundation still empty - Korea Times", {"lawfare-politics"}),
    ("Japan's Diet passes law supporting children of returnees from North Korea", {"lawfare-politics"}),
    ("Kim Jong Un left North Korea for Vladivostok by train, lawmakers say", set()),
    ("South Korean businesses ask to visit their shuttered plants in the North", {"kaesong-interkorean"}),
    ("Railway linking the Koreas: the line that never ran", {"kaesong-interkorean"}),
    ("Seoul approves group's plan to send fertiliser to North", {"kaesong-interkorean"}),
    ("DPRK ignores South's calls on military hotline for 100th day", {"kaesong-interkorean"}),
    # The South's own stars in court are not a North Korean punished for watching them
    ("K-pop star sentenced to two years in prison for drug use", set()),
    ("K-pop idol arrested for drink driving, police say", set()),
    ("K-drama actor jailed for 18 months over assault", set()),
    ("South Korean film director sentenced to 3 years for sexual assault", set()),
    ("K-pop agency boss caught smuggling cash", set()),
    ("Seoul court sentences YouTuber for defaming K-pop star", set()),
    ("Teen in Hyesan jailed for sharing K-pop, source says", {"information-access"}),
    ("Two executed for distributing K-dramas, Daily NK reports", {"information-access", "prison-camps"}),
    ("NGO names 80 North Korean officials responsible for camp abuses", {"prison-camps"}),
    ("South and North Jeolla provinces agree on railway project", set()),
    # bottles with no leaflets or media named are the rice bottles: lawfare-politics alone
    # (docs/labelling.md)
    ("Police block defector group from launching bottles at Ganghwa", {"lawfare-politics"}),
    ("Rights group: more executions in North Korea for sharing foreign media", {"information-access", "prison-camps"}),
    ("Ex-president Yoon moved to solitary cell in Seoul detention centre", set()),
    ("China sends back North Koreans who face torture at home, activists say", {"refugees-china"}),
    ("Japanese man freed after 2 years in North Korean custody", {"prison-camps"}),
    # economy-livelihood: the North's won and its money changers, fuel run dry, a grid that
    # fails, bad water, a colliery or a pit caving in, aid convoys, disaster-stricken areas,
    # homes razed, bazaars and stallholders, empty shops, fish handed out; the South's won and
    # prices moved by a launch, other countries' floods and hunger in state media, relief sent
    # abroad, machines rolling off a line and a hacking haul compared with food stay out.
    ("North Korean won sinks to new low in Hyesan markets", {"economy-livelihood"}),
    ("Yuan jumps against the won in North Korea's border towns", {"economy-livelihood"}),
    ("Money changers vanish from Pyongyang streets after state raid", {"economy-livelihood"}),
    ("North Korea's won value hits bottom, traders say", {"economy-livelihood"}),
    ("South Korean won weakens after North Korean missile launch", set()),
    ("Won tumbles after North Korea's nuclear test", set()),
    ("Seoul's inflation eases despite North Korea tensions", set()),
    ("North Korea won praise from Moscow for sending troops", set()),
    ("Petrol stations in Pyongyang run out of fuel as Russian deliveries slow", {"economy-livelihood"}),
    ("Chongjin homes without power for a week", {"economy-livelihood"}),
    ("Power failures leave North Korean hospitals in the dark", {"economy-livelihood"}),
    ("Hepatitis A cases spread in Hamhung, sources say", {"economy-livelihood"}),
    ("North Korean villagers fetch water from streams as taps run dry", {"economy-livelihood"}),
    ("Contaminated water sickens children in North Korean county", {"economy-livelihood"}),
    ("KCNA Denounces Japan's Discharge of Nuclear-Contaminated Water", set()),
    ("Dozens trapped after shaft collapse at North Korean gold pit", {"economy-livelihood"}),
    ("North Korean missile shaft spotted at new silo site", set()),
    ("UN aid shipment reaches North Korea after years-long delay", {"economy-livelihood"}),
    ("Aid convoy enters North Korea through Dandong bridge", {"economy-livelihood"}),
    ("KPA Units Rebuild Homes in Disaster-Hit Areas", {"economy-livelihood"}),
    ("Kim Jong Un Visits Stricken Villages in Jagang Province", {"economy-livelihood"}),
    ("Soldiers Restore Damaged Embankments and Villages in North Phyongan", {"economy-livelihood"}),
    ("North Korea restores damaged ties with China", set()),
    ("Pyongyang residents evicted from homes for new street project", {"economy-livelihood"}),
    ("North Korea demolishes old houses in Hyesan, leaving families without shelter", {"economy-livelihood"}),
    ("Homes razed in Sinuiju to make way for Kim's showcase district", {"economy-livelihood"}),
    ("North Korea demolishes South-built hotel at Mount Kumgang", {"kaesong-interkorean"}),
    ("Inspectors raid street stalls in Hyesan, seizing Chinese goods", {"economy-livelihood"}),
    ("Stallholders in Chongjin fined for selling after hours", {"economy-livelihood"}),
    ("North Korean state shops have empty shelves as imports dry up", {"economy-livelihood"}),
    ("Pyongyang Citizens Supplied With Seafood for the Holiday", {"economy-livelihood"}),
    ("Fruit Distributed to Households in Kaesong", {"economy-livelihood"}),
    ("Hunger Spreads in Capitalist Countries, Rodong Sinmun Says", set()),
    ("Millions in Western Countries Cannot Afford Heating: KCNA", set()),
    ("DPRK Embassy Donates Rice to Flood Victims in Myanmar", set()),
    ("DPRK Sends Relief Money to Typhoon Victims in Vietnam", set()),
    ("China donates rice to North Korea after floods", {"economy-livelihood"}),
    ("Kim Jong Un Watches New Tractors Roll Off Production Line", set()),
    (
        "North Korean hackers stole enough crypto to pay for food imports for a decade",
        {"sanctions-finance", "military-security"},
    ),
    # military-security: a captured North Korean or a North Korean POW named without Ukraine,
    # guards bribed by smugglers (not China's), generals or officers executed (not officers who
    # "executed" their tasks or orders), the North's military as a whole beside disease or
    # hunger (not its warnings or launch claims); prison-camps: a sportsman's training camp is
    # no camp; a soldier slipping under a river fence is a defection, not the army's story.
    ("Captured North Korean says he was told he was going to training", {"military-security"}),
    (
        "North Korean POW tells interviewer he wants to live in South Korea",
        {"military-security", "defections"},
    ),
    ("North Korean guards bribed to let smugglers cross Yalu", {"military-security"}),
    ("Chinese border guards bribed by North Korean smugglers", set()),
    (
        "Top North Korean military officials executed for disloyalty, spy agency says",
        {"prison-camps", "military-security"},
    ),
    (
        "Kim Jong Un had two generals executed by firing squad, report says",
        {"prison-camps", "military-security"},
    ),
    ("North Korean military officers executed their combat tasks perfectly", set()),
    ("Generals executed the orders of the Supreme Commander", set()),
    (
        "North Korean military hit by tuberculosis outbreak",
        {"military-security", "economy-livelihood"},
    ),
    ("North Korea's military warns of deadly response to US drills", set()),
    ("North Korean military says launch was successful, no one injured", set()),
    ("North Korean hockey player skips training camp in Sweden", set()),
    ("North Korean soldier crawls under river fence to reach the South", {"defections"}),
    # economy-livelihood, further families of want: women traders, deaths in the streets, eating
    # acorns or grass, cold homes, forced donations, mudslides, blizzards, breached dykes, a
    # healthcare system that collapses or runs on bribes, farm mobilisation, poor catches,
    # malaria, fares; a cure, a catch-up or the South's soldiers stay out.
    ("North Korean women traders struggle as border stays shut", {"economy-livelihood"}),
    ("People dying in the streets of Kaesong, residents say", {"economy-livelihood"}),
    ("North Koreans eat acorns and grass roots to survive the spring", {"economy-livelihood"}),
    ("North Korean families huddle in cold homes with no coal", {"economy-livelihood"}),
    ("North Korean residents forced to donate scrap metal and cash for construction drive", {"economy-livelihood"}),
    ("Mudslides bury homes in North Korea's Kangwon Province", {"economy-livelihood"}),
    ("Blizzard isolates North Korean mountain villages", {"economy-livelihood"}),
    ("Dykes breached as rivers swell in North Korea's northwest", {"economy-livelihood"}),
    ("North Korean doctors demand bribes as free healthcare collapses", {"economy-livelihood"}),
    # farm mobilisation with no burden told is routine farm progress (docs/labelling.md)
    ("Students mobilised for weeding in North Korean fields", set()),
    ("North Korean fishermen die at sea as squid catches collapse", {"economy-livelihood"}),
    ("Malaria cases rise in North Korea's border provinces", {"economy-livelihood"}),
    ("Bus fares double in North Korea as fuel costs bite", {"economy-livelihood"}),
    ("South Korean soldiers near the border treated for malaria", set()),
    ("Kim Jong Un Calls for Modern Healthcare System at Hospital Opening", set()),
    ("North Korea to catch up with world in science, Kim says", set()),
    ("Bodies of North Korean fishermen wash ashore in Japan", set()),
    # sex demanded of women at the markets is women-violence; hunger or prices in the title keep
    # economy-livelihood beside it
    ("Market officials in Hyesan demand sex from women traders, sources say", {"women-violence"}),
    ("North Korean women traders report sexual harassment by inspectors", {"women-violence"}),
    ("Women traders in Chongjin hit by soaring rice prices", {"economy-livelihood"}),
    ("Hunger drives North Korean women to sell sex at markets", {"economy-livelihood", "women-violence"}),
    # prison-camps: a party "purge" in Seoul, a Russian court jailing a North Korean spy and
    # a court in the South jailing a man who tried to go back are not the North's prisons; a
    # foreigner freed by the North and a former prisoner before Congress are. military-security:
    # saboteurs, students and women drafted, officers running smuggling rings, Russian
    # instructors; not Hamas operatives, a draft statement, Kim firing artillery or rockets,
    # nor IT operatives (overseas-labor and sanctions-finance).
    ("Party purge in Seoul: Democrats expel members over bribery", set()),
    ("Russian court jails North Korean for spying", {"military-security"}),
    ("Man who tried to re-defect to North Korea sentenced", set()),
    ("South Korea's top court upholds prison term for ex-spy chief", set()),
    ("North Korea releases detained Australian student", {"prison-camps"}),
    ("Former North Korean prisoner testifies at US Congress hearing", {"prison-camps"}),
    (
        "Pyongyang's saboteurs trained for attacks on South Korean power plants, report says",
        {"military-security"},
    ),
    (
        "North Korea drafts university students into army amid manpower shortage",
        {"military-security"},
    ),
    ("North Korean officers run smuggling rings on the border", {"military-security"}),
    ("Russian instructors train North Korean soldiers in assault tactics", {"military-security"}),
    ("North Korea conscripts women for seven years of service", {"military-security"}),
    ("Hamas operatives infiltrated Israel, army says", set()),
    ("UN Security Council members circulate draft statement on North Korea's launch", set()),
    ("Kim Jong Un fired artillery with commanders at western front", set()),
    ("North Korean soldiers cheer as Kim fires new rocket launcher", set()),
    ("North Korea's defence ministry warns of retaliation over US bomber flights", set()),
    (
        "North Korean IT operatives land jobs at US firms under fake names",
        {"sanctions-finance", "overseas-labor"},
    ),
    # phones and foreign films sold at a market are information-access (prices keep
    # economy-livelihood); a market manager executed is prison-camps; conscripts building flats
    # are the army used as labour, state media's soldiers building homes stay economy-livelihood
    ("Smuggled Chinese phones sold openly at Hyesan market, sources say", {"information-access"}),
    ("Traders caught selling foreign films at Chongjin market", {"information-access"}),
    ("Phone prices fall at North Korean markets as Chinese models flood in", {"economy-livelihood"}),
    ("North Korea executes market manager for corruption", {"prison-camps"}),
    ("KPA conscripts spend decade building Pyongyang flats", {"military-security"}),
    ("Soldiers Building Hwasong Street Flats Praised", {"economy-livelihood"}),
    # a message sent abroad over another country's disaster, however far the words stand apart,
    # stays quiet; relief sent to the North's flood victims does not
    ("Typhoon hits Japan's Okinawa; North Korea sends message", set()),
    ("Typhoon batters Taiwan and Okinawa, Kim Jong Un sends message to Tokyo", set()),
    ("Russia sends relief to flood victims in North Korea", {"economy-livelihood"}),
    # prison-camps: three generations punished for one, police cells, a man taken away by the
    # security ministry (a prison-camps story, not the ministry as an institution), a struggle
    # session; the Kim family's three generations of rule are no punishment.
    ("North Korea punishes three generations under guilt-by-association rule", {"prison-camps"}),
    (
        "Women held in North Korean police cells forced to strip, survivors say",
        {"prison-camps", "women-violence"},
    ),
    (
        "North Korean man vanished after being taken by state security, family says",
        {"prison-camps"},
    ),
    (
        "Students paraded at public struggle session for watching K-dramas",
        {"information-access", "prison-camps"},
    ),
    ("Kim's regime held secret executions in Pyongyang stadium, report says", {"prison-camps"}),
    ("Defector describes life in Kwanliso 15", {"prison-camps"}),
    ("North Korea releases political prisoners in rare amnesty", {"prison-camps"}),
    ("Kim Jong-un's regime tightens grip on border towns with three generations of rule", set()),
]


@pytest.mark.parametrize(("title", "expected"), GENERAL_CASES)
def test_shipped_profiles_generalise_across_wordings(
    matcher: Matcher, title: str, expected: set[str]
) -> None:
    """Each headline, however it is worded, raises exactly the profiles the yardstick gives it."""
    assert {m.profile for m in matcher.match(item(title))} == expected


# A punishment, a motive or a review named only in passing (those sent back "face torture",
# phones that could cost a labour camp, a family that fled poverty) leaves the item with the
# subject its title names.
PASSING_MENTION_CASES = [
    (
        "China sends back 40 North Koreans caught near the border",
        "Rights groups say those returned face torture and prison camps.",
        {"refugees-china"},
    ),
    (
        "North Korea bans Chinese mobile phones in border towns",
        "Anyone caught with one faces a labour camp, sources said.",
        {"information-access"},
    ),
    (
        "North Korean family of six reaches South by boat",
        "They told investigators they fled to escape hunger and poverty.",
        {"defections"},
    ),
    (
        "North Korean women sold to farmers in rural China",
        "Those caught and sent back risk torture, the report says.",
        {"refugees-china", "women-violence"},
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PASSING_MENTION_CASES)
def test_a_passing_mention_in_the_summary_does_not_add_a_profile(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """The summary's passing punishment or motive does not raise prison-camps or economy."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected


# Wordings the tuning half lacked, each beside a near miss of the same shape: a defection told
# only in the first sentence ("has defected, officials said"; "resettled in South Korea"), life
# after arrival in earnings and second-class treatment, and what is not a defection (a witness
# "who defected" quoted on prices, defectors met or spied on, a team arriving in Pyongyang);
# want in words beyond the list (a cereal deficit, homes that cannot be heated, a failing health
# system) beside state media's vows, free medical care and output reports; China sending
# North Koreans back however the words fall; crews and restaurants in more capitals.
WORDING_CASES = [
    (
        "Seoul welcomes a new family",
        "A North Korean family of five defected to the South by boat last week.",
        {"defections"},
    ),
    (
        "A new start",
        "A North Korean soldier defected across the DMZ on Monday, the military said.",
        {"defections"},
    ),
    (
        "Quiet arrival",
        "A North Korean diplomat posted in Africa has defected, officials said.",
        {"defections"},
    ),
    (
        "Seoul's newest citizens",
        "Some 34,000 North Koreans have resettled in South Korea since the 1990s, most of them women.",
        {"defections"},
    ),
    (
        "Ministry report",
        "North Korean defectors earn 20% less than South Koreans, the ministry found.",
        {"defections"},
    ),
    (
        "Ex-NK diplomat in Italy surfaces in South Korea",
        "",
        {"defections"},
    ),
    (
        "Children born in China to North Korean mothers struggle in Seoul schools",
        "",
        {"defections"},
    ),
    (
        "North Korean defectors say they are treated like second-class citizens",
        "",
        {"defections"},
    ),
    (
        "A former North Korean soldier's long road to a Seoul diploma",
        "",
        {"defections"},
    ),
    (
        "Vietnam hands North Korean escapees to Chinese police, activist says",
        "",
        {"refugees-china"},
    ),
    (
        "North Korea's rice prices rose last month, a woman who defected in 2023 says",
        "",
        {"economy-livelihood"},
    ),
    (
        "Seoul court sentences man who spied on defectors for Pyongyang",
        "",
        {"lawfare-politics", "military-security"},
    ),
    (
        "UN rapporteur visits Seoul, meets defectors",
        "The special rapporteur heard testimony about detention and torture.",
        {"prison-camps"},
    ),
    (
        "South Korean football team arrives in Pyongyang for World Cup qualifier",
        "",
        set(),
    ),
    (
        "Kim orders tighter border guard after spate of escapes",
        "",
        {"military-security"},
    ),
    (
        "Thae Yong-ho, who defected in 2016, named unification minister nominee",
        "",
        {"lawfare-politics"},
    ),
    (
        "North Korean defector women exploited in online sex chat rooms",
        "",
        {"women-violence"},
    ),
    (
        "Sexual exploitation of North Korean women in China 'a multimillion-dollar industry'",
        "",
        {"refugees-china", "women-violence"},
    ),
    (
        "Analysis: Why China keeps sending North Koreans back",
        "",
        {"refugees-china"},
    ),
    (
        "North Korean defectors jailed in China on hunger strike",
        "",
        {"refugees-china"},
    ),
    (
        "Trader executed in North Korea for hoarding rice",
        "",
        {"prison-camps"},
    ),
    (
        "KCNA: Farmers vow to increase grain production",
        "",
        set(),
    ),
    (
        "Rodong Sinmun calls for boosting agricultural production",
        "",
        set(),
    ),
    (
        "North Korea's cereal deficit estimated at 1 million tonnes",
        "",
        {"economy-livelihood"},
    ),
    (
        "Scarcity of basics deepens in North Korean provinces",
        "",
        {"economy-livelihood"},
    ),
    (
        "North Korean households struggle to heat homes as coal runs out",
        "",
        {"economy-livelihood"},
    ),
    (
        "North Korea evacuates 5,000 after Yalu river bursts banks",
        "",
        {"economy-livelihood"},
    ),
    (
        "Inside North Korea's failing health system",
        "",
        {"economy-livelihood"},
    ),
    (
        "UN agencies seek $100 million for North Korea humanitarian needs",
        "",
        {"economy-livelihood"},
    ),
    (
        "Survey: half of North Koreans have no access to clean water",
        "",
        {"economy-livelihood"},
    ),
    (
        "Smuggling across Yalu dries up, leaving traders without income",
        "",
        {"economy-livelihood"},
    ),
    (
        "Universal Free Medical Care System in DPRK Praised",
        "",
        set(),
    ),
    (
        "Kim Jong Un Calls for Improving Health Care Service",
        "",
        set(),
    ),
    (
        "Cereal production increases in DPRK",
        "",
        set(),
    ),
    (
        "Civil defence: residents evacuated in air raid drill in Pyongyang",
        "",
        set(),
    ),
    (
        "Pyongyang recalls restaurant staff from Southeast Asia",
        "",
        {"overseas-labor"},
    ),
    (
        "North Korean restaurant in Beijing closes",
        "",
        {"overseas-labor"},
    ),
    (
        "Russian pilot who defected to Ukraine found dead in Spain",
        "",
        set(),
    ),
    (
        "A defector's view: Kim Ju Ae is being groomed as successor",
        "",
        set(),
    ),
    (
        "North Korean defector YouTuber reviews Pyongyang's new missile",
        "",
        set(),
    ),
    (
        "Defectors cast doubt on Kim's health rumours",
        "",
        set(),
    ),
    (
        "Defector NGO hosts job fair in Seoul",
        "",
        {"defections"},
    ),
    (
        "North Korean football team held to draw by China",
        "",
        set(),
    ),
    (
        "China hosts North Korean trade delegation in Dandong",
        "",
        set(),
    ),
    (
        "North Korea hosts Russian construction workers' delegation",
        "",
        set(),
    ),
    (
        "Russian workers build new bridge to North Korea",
        "",
        set(),
    ),
    (
        "Chinese workers return to Rason industrial zone",
        "",
        set(),
    ),
    (
        "Russian construction firms hire thousands of North Koreans",
        "",
        {"overseas-labor"},
    ),
    (
        # workers counted on student visas: overseas-labor and sanctions-finance
        # (docs/labelling.md, State media and the economy)
        "Russian labour ministry counts 13,000 North Koreans on student visas",
        "",
        {"overseas-labor", "sanctions-finance"},
    ),
    (
        "North Korean soldier who defected last year says he crossed minefield at night",
        "",
        {"defections"},
    ),
    (
        "Hidden for 18 years: a North Korean mother in Heilongjiang",
        "",
        {"refugees-china"},
    ),
    (
        "Chinese villagers paid rewards for reporting North Korean migrants",
        "",
        {"refugees-china"},
    ),
    (
        "North Korea's hidden missile base near Chinese border revealed",
        "",
        set(),
    ),
    (
        "North Korean cities go dark as power plants fail",
        "",
        {"economy-livelihood"},
    ),
    (
        "North Korean villagers dig for wild roots",
        "",
        {"economy-livelihood"},
    ),
    (
        "Officials seize private farm plots in North Korea",
        "",
        {"economy-livelihood"},
    ),
    (
        "North Korean sailor requests to be sent to South Korea",
        "",
        {"defections"},
    ),
    (
        "Chinese customs seize North Korean seafood shipment",
        "",
        set(),
    ),
    (
        "China detains North Korean fishing boats in Yellow Sea",
        "",
        set(),
    ),
    (
        "North Korean students detained in Chinese university protest",
        "",
        set(),
    ),
    (
        "Russian police hunt North Korean who stabbed coworker",
        "",
        set(),
    ),
    (
        "RFA: North Korean workers in Russia desert sites",
        "",
        {"defections", "overseas-labor"},
    ),
    (
        "North Korean women sold online via Chinese dating apps",
        "",
        {"refugees-china", "women-violence"},
    ),
    (
        "Pregnant repatriated women forced to abort in North Korean jails",
        "",
        {"prison-camps", "refugees-china", "women-violence"},
    ),
    # defections: ways to leave that name no "defect" or "flee" -- a soldier who steps over the
    # line, a man who rows or a crewman who jumps ship, an athlete who fails to board the flight
    # home or absconds, a diplomat who quits or walks away from his post, workers who leave a
    # restaurant and arrive in Seoul -- and lives after arrival: a former KPA soldier at a Seoul
    # university, a youth who arrived alone, a lonely death in a Seoul flat.
    ("North Korean soldier steps over demarcation line, taken into custody", "", {"defections"}),
    ("North Korean man rows to South Korean island", "", {"defections"}),
    ("North Korean crewman jumps from cargo ship and requests protection", "", {"defections"}),
    ("North Korean footballer fails to board flight home after tournament", "", {"defections"}),
    ("North Korean hockey player absconds from team in Finland", "", {"defections"}),
    ("North Korean diplomat in Thailand quits post", "", {"defections"}),
    ("Why a career diplomat walked away from Pyongyang's mission in Havana", "", {"defections"}),
    (
        "North Korean waitresses leave restaurant in Ningbo, arrive in Seoul",
        "",
        {"defections", "overseas-labor"},
    ),
    ("Former KPA sergeant admitted to Seoul university", "", {"defections"}),
    ("N. Korean youth who arrived alone graduates top of class - Korea Times", "", {"defections"}),
    ("Woman from North Korea died alone in Seoul flat, police say", "", {"defections"}),
    # A defection to the South names the North without naming it; "calls for better support"
    # after a lonely death is no state-media smear.
    ("Soldier defects to South Korea across border - BBC", "", {"defections"}),
    ("Defector's lonely death sparks calls for better support", "", {"defections"}),
    # defections: a defector who is only the source line ("Defector: ...") is cited for that
    # subject; troupes and cheerleaders who cross or arrive for a show, and drones that cross,
    # are no defectors.
    ("Defector: food prices soaring in Hyesan", "", {"economy-livelihood"}),
    ("Defectors: North Korea executes officials for corruption", "", {"prison-camps"}),
    (
        "North Korean art troupe crosses border for performances in Seoul",
        "",
        {"kaesong-interkorean"},
    ),
    ("North Korean cheerleaders arrive in South for Olympics", "", set()),
    ("North Korean drones cross into South Korean airspace", "", set()),
    # prison-camps: not a UN envoy on women sold in China, a US federal prison camp, state
    # media on other countries' jails, a Seoul detention centre holding a Southern official,
    # a soldier captured in Ukraine, or North Koreans held in China; but a camp survivor
    # meeting an American envoy, the purged's families vanishing (told by former residents)
    # and what a woman "sent back from China" lived through in the North's cells are. A beating
    # alone is prison-camps: docs/labelling.md gives abuse of women sent back, in holding
    # centres, all of prison-camps, women-violence and refugees-china, but PROFILES.md's
    # women-violence is sexual violence and exploitation (its "abuse in detention" sits in that
    # list), and the dev set reads beatings of returned women as prison-camps alone; sexual
    # abuse or strip-searches of women sent back carry all three.
    (
        "Special envoy says North Korean brides in rural China cannot leave",
        "The UN special rapporteur said women sold by brokers are watched day and night by"
        " their husbands' families.",
        {"refugees-china", "women-violence"},
    ),
    ("Federal prison camp term for trader who evaded North Korea sanctions", "",
     {"sanctions-finance"}),
    (
        "KCNA Slams Brutal Treatment of Inmates in U.S. Jails",
        "Pyongyang, May 2 (KCNA) -- Prisoners in the United States are beaten and tortured by"
        " guards, a report of the association said.",
        set(),
    ),
    ("Seoul court sends former minister to detention centre over bribery", "", set()),
    ("Captured North Korean soldier questioned by Kyiv's SBU", "", {"military-security"}),
    ("North Korean defectors sent back from China face torture, activists warn", "",
     {"refugees-china"}),
    ("China sends back 50 North Koreans held in Jilin detention", "", {"refugees-china"}),
    ("American envoy hears from camp survivors in Seoul", "", {"prison-camps"}),
    ("Relatives of executed cadres disappear into labour camps, former residents say", "",
     {"prison-camps"}),
    ("Woman returned from China describes beatings in a border police cell", "",
     {"prison-camps"}),
    ("Woman sent back from China tells of beatings by interrogators", "", {"prison-camps"}),
    ("Woman sent back from China tells of rape by interrogators", "",
     {"prison-camps", "women-violence", "refugees-china"}),
    ("Forcibly returned from China, she spent months in a holding centre", "",
     {"prison-camps"}),
    ("North Korean woman tortured in Onsong after return from China", "", {"prison-camps"}),
    # military-security: soldiers sent to Russia by other words (Sudzha, heavy losses, the
    # Russian front, units, sniper teams, a prisoner questioned by Kyiv), Lazarus by its bare
    # name beside a hack, a commander removed, a decade of building work, the security
    # ministry's own anniversary; not the Statue of Liberty poet, artillery drills and contests.
    ("North Korean infantry units cut down by drones near Sudzha, Ukraine says", "",
     {"military-security"}),
    ("Pyongyang's soldiers suffer heavy losses in Russia's Kursk push", "",
     {"military-security"}),
    ("Ukraine's SBU releases interview with North Korean prisoner", "",
     {"military-security"}),
    ("Two North Koreans taken prisoner by Kyiv's forces ask to go to Seoul", "",
     {"military-security", "defections"}),
    ("North Korean sniper teams deployed along the Russian front line", "",
     {"military-security"}),
    ("Lazarus hackers behind breach of a Korean defence contractor", "",
     {"military-security"}),
    ("Lazarus malware found on shipbuilder's servers", "",
     {"military-security"}),
    ("Emma Lazarus poem returns to Statue of Liberty exhibition", "",
     set()),
    ("North Korean navy commander removed after destroyer mishap", "",
     {"military-security"}),
    ("Kim's military shake-up sees defence minister replaced", "",
     {"military-security"}),
    ("Ministry of State Security Celebrates 80th Anniversary",
     "Pyongyang, October 2 (KCNA) -- Kim Jong Un congratulated officers of the ministry"
     " on defending the country from hostile forces.",
     {"military-security"}),
    ("North Korean conscripts spend a decade on Pyongyang building sites", "",
     {"military-security"}),
    ("Relatives of political detainees stripped of homes and ration cards",
     "Families taken away by the secret police in North Hamgyong were evicted,"
     " a resident said.",
     {"prison-camps"}),
    ("North Korean units hold artillery drill near the Russian border", "",
     set()),
    ("KPA Artillery Units Hold Firing Contest",
     "Pyongyang, June 4 (KCNA) -- Kim Jong Un watched the contest of artillery units"
     " of the KPA.",
     set()),
    # A title that names no topic and a first sentence that does: soldiers captured in
    # Ukraine (military-security, not prison-camps), tokens stolen by hackers, generals who
    # vanished, a leader visiting soldiers wounded abroad, a father sent to Yodok, a
    # re-education camp told by a source; not North Koreans held in China, brides sold there,
    # Japan's prisons in state media, the execution of tasks, a parade or an artillery drill.
    (
        "Zelensky releases video of interrogation",
        "Ukraine's president posted footage of two North Korean soldiers captured in the "
        "Kursk region.",
        {"military-security"},
    ),
    (
        "Record theft traced to Pyongyang",
        "Hackers working for North Korea stole $1.5 billion in digital tokens from the Bybit "
        "exchange, the FBI said.",
        {"sanctions-finance", "military-security"},
    ),
    (
        "The generals who vanished",
        "Several North Korean generals have not appeared in public for months, raising "
        "speculation of a purge.",
        {"prison-camps", "military-security"},
    ),
    (
        "What happens to captured soldiers?",
        "Two North Korean prisoners held by Ukraine want to go to South Korea, a lawmaker "
        "said.",
        {"defections", "military-security"},
    ),
    (
        "Kim visits wounded",
        "Kim Jong Un visited a military hospital treating soldiers injured in the overseas "
        "operation, KCNA said.",
        {"military-security"},
    ),
    (
        "A family torn apart",
        "Her father was sent to Yodok after a neighbour reported him for criticising the "
        "leader.",
        {"prison-camps"},
    ),
    (
        "The price of copper",
        "A man caught stealing copper wire was sentenced to five years in a re-education "
        "camp, a source said.",
        {"prison-camps"},
    ),
    (
        "Back in China's hands",
        "Chinese police detained 12 North Koreans hiding in a Shenyang apartment, activists "
        "said.",
        {"refugees-china"},
    ),
    (
        "Brides for sale",
        "North Korean women who cross into China are often sold to farmers by brokers, a UN "
        "envoy said.",
        {"women-violence", "refugees-china"},
    ),
    (
        "Japan's prisons criticised",
        "Pyongyang, June 1 (KCNA) -- Inmates in Japanese prisons are subjected to inhuman "
        "treatment, a KCNA commentary said.",
        set(),
    ),
    (
        "Stepping up the work",
        "Pyongyang, March 4 (KCNA) -- Officials of the Ministry of Chemical Industry are "
        "pushing ahead with the execution of the tasks set at the plenary meeting.",
        set(),
    ),
    (
        "Seoul gives new estimate of losses",
        "North Korean troops fighting for Russia have suffered about 1,000 casualties, the "
        "spy agency told lawmakers.",
        {"military-security"},
    ),
    (
        "Military parade in Pyongyang",
        "Thousands of troops marched in Kim Il Sung Square to mark the army's founding.",
        set(),
    ),
    (
        "Kim's show of force",
        "North Korean leader Kim Jong Un oversaw a large-scale artillery drill near the "
        "border.",
        set(),
    ),
    (
        "Pyongyang denies hacking claims",
        "Pyongyang, June 3 (KCNA) -- A spokesman for the foreign ministry rejected US "
        "accusations that the DPRK was behind cyber attacks as a smear.",
        {"military-security"},
    ),
    # defections: escaping detection, fleeing drones, troops crossing into Russia, a US soldier
    # who crossed and is expelled, and defectors at a vigil are not North Koreans defecting.
    ("North Korean hackers escape detection with new malware", "", {"military-security"}),
    ("North Korean troops flee Ukrainian drones in Kursk", "", {"military-security"}),
    (
        "North Korean troops crossed into Kursk to fight Ukraine, Seoul says",
        "",
        {"military-security"},
    ),
    ("North Korea expels US soldier who crossed border", "", set()),
    (
        "North Korean defectors hold vigil in Seoul for victims of forced repatriation",
        "",
        {"refugees-china"},
    ),
    # defections: an ambassador who went into hiding or a consul missing from his post, a worker
    # who goes to the South's embassy, wanting to come south, making it to or coming to the
    # South, an ex-envoy confirmed in the South, crossing the Tumen, jail for trying to flee;
    # a crossing in the first sentence of a story about forced marriage stays that story.
    (
        "North Korea's acting ambassador in Italy went into hiding with wife",
        "",
        {"defections"},
    ),
    ("North Korean consul in Vladivostok missing from post", "", {"defections"}),
    (
        "North Korean restaurant worker in Cambodia goes to South Korean embassy",
        "",
        {"defections", "overseas-labor"},
    ),
    (
        "North Koreans on small boat picked up in Yellow Sea, all want to come south",
        "",
        {"defections"},
    ),
    ("Why so few North Koreans make it to South Korea now", "", {"defections"}),
    ("The number of North Koreans coming to the South fell to 67 in 2022", "", {"defections"}),
    ("Ex-North Korean envoy to Kuwait confirmed in South", "", {"defections"}),
    # the crossing told by the one who made it, with no stay, arrest or return in China:
    # defections alone, as the labelled set reads it (docs/labelling.md: China and the way out)
    (
        "Former North Korean soldier recalls crossing the Tumen at night",
        "",
        {"defections"},
    ),
    (
        "North Korean women forced to marry Chinese men, survivors tell UN",
        "They were sold by brokers after crossing the Tumen.",
        {"refugees-china", "women-violence"},
    ),
    (
        "North Korea jails three for trying to flee across the river",
        "",
        {"defections", "prison-camps"},
    ),
    # defections: an envoy who vanishes and is feared purged is a purge, agents recruiting
    # defectors a spy story; one who vanishes from his post and is feared to have fled defects.
    (
        "North Korean envoy vanishes after recall to Pyongyang, feared purged",
        "",
        {"prison-camps"},
    ),
    (
        "North Korean agents try to recruit defectors in Seoul as informants",
        "",
        {"military-security"},
    ),
    (
        "North Korean envoy vanishes from post in Europe, feared to have fled",
        "",
        {"defections"},
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), WORDING_CASES)
def test_wordings_beyond_the_tuning_half_raise_their_topic_only(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each headline (and first sentence) raises exactly the profiles the yardstick gives it."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected


# Want told only in the first sentence under a feature headline: one word of want there alerts
# (it weighs 1.5), one word of farming or output does not; state media's reports of want in
# other countries and its sympathy over their floods stay quiet.
FIRST_SENTENCE_WANT_CASES = [
    (
        "The winter nobody talks about",
        "In North Korea's northern provinces, families are burning furniture as coal prices climb.",
        {"economy-livelihood"},
    ),
    (
        "Empty shelves",
        "State stores in Chongjin have had no cooking oil for two months, a resident said.",
        {"economy-livelihood"},
    ),
    (
        "After the water receded",
        "Thousands of families in Sinuiju are still living in tents months after the Amnok flooded.",
        {"economy-livelihood"},
    ),
    (
        "A harsh lesson",
        "North Korea's schools have asked pupils' families to supply firewood and cash.",
        {"economy-livelihood"},
    ),
    (
        "Children at risk",
        "One in five North Korean children under five is stunted, a UN survey shows.",
        {"economy-livelihood"},
    ),
    (
        "Pig Farm Expanded",
        "Pyongyang, June 9 (KCNA) -- A pig farm in Kangso District has been expanded and modernized.",
        set(),
    ),
    (
        "Fishermen Bring in Big Catches",
        "Pyongyang, January 22 (KCNA) -- Fishermen of the Sinpo Fisheries Complex brought in a large catch.",
        set(),
    ),
    (
        "Japanese People's Living Deteriorates",
        "Pyongyang, May 3 (KCNA) -- Prices of daily necessities have soared in Japan, forcing many households to cut meals.",
        set(),
    ),
    (
        "South Korean Economy in Crisis",
        "Pyongyang, June 1 (KCNA) -- Prices of farm produce are skyrocketing in south Korea due to the misrule of the puppet regime.",
        set(),
    ),
    (
        "Gaza Faces Famine, KCNA Says",
        "Pyongyang, March 3 (KCNA) -- Starvation is spreading in Gaza due to Israel's blockade.",
        set(),
    ),
    (
        "Kim Jong Un Sends Message to Chinese President",
        "Pyongyang, August 2 (KCNA) -- Kim expressed sympathy over flood damage in China.",
        set(),
    ),
    (
        "Measures Taken against Typhoon",
        "Pyongyang, August 9 (KCNA) -- Officials took measures to prevent damage from the typhoon.",
        {"economy-livelihood"},
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), FIRST_SENTENCE_WANT_CASES)
def test_want_in_the_first_sentence_alone_raises_economy_livelihood(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """A word of want in the lead alerts; a word of output there or want abroad does not."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected


# A defection told only in the first sentence: the flight or arrival named with the South
# ("fled to South Korea", "reached the South"), life there ("live in Seoul", "out of work",
# "has become a nurse"), beside visitors and objects that reach Seoul (envoys, balloons).
FIRST_SENTENCE_DEFECTION_CASES = [
    (
        "The envoy who left",
        "North Korea's former acting ambassador to Kuwait fled to South Korea in 2019, it emerged on Tuesday.",
        {"defections"},
    ),
    (
        "Second chances",
        "A woman who fled North Korea as a teenager has become a nurse in Busan.",
        {"defections"},
    ),
    (
        "Numbers fall",
        "Only 67 North Koreans reached the South in 2021, the lowest since records began.",
        {"defections"},
    ),
    (
        "Struggling in the South",
        "North Korean escapees are twice as likely to be out of work as other South Koreans.",
        {"defections"},
    ),
    (
        "The new neighbours",
        "About 1,000 North Korean defectors live in Yangcheon district in Seoul.",
        {"defections"},
    ),
    (
        "Balloons from North Korea reached Seoul",
        "Trash-laden balloons sent by North Korea reached central Seoul overnight.",
        set(),
    ),
    (
        "North Korean influence campaign reached South Korea via social media",
        "",
        set(),
    ),
]


@pytest.mark.parametrize(("title", "summary", "expected"), FIRST_SENTENCE_DEFECTION_CASES)
def test_a_defection_in_the_first_sentence_alone_raises_defections(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """A flight or a life in the South told in the lead alerts; visitors and objects do not."""
    assert {m.profile for m in matcher.match(item(title, summary))} == expected
