"""Probe headlines at the boundaries between lawfare-politics, information-access,
kaesong-interkorean, overseas-labor and sanctions-finance and their neighbours.

Each probe is a headline (sometimes with a summary) written for this test from PROFILES.md and
the readings of docs/labelling.md, and whether the profile it is listed under should fire. About
half are cases where the profile must stay silent beside a neighbour's topic:

- lawfare-politics: the South's measures for defectors (grants, training, schooling) and suits
  by or against defectors count, and so do the South's own repatriation decisions, a spy who
  targeted defectors once tried in a Seoul court, the anti-leaflet law and its rulings, and the
  prosecution of rice or dollar launches; a defector's life (a book, an exhibition, a shop),
  arrival figures, the North's demand for crewmen back, arrests and fines in China, Laos or
  Thailand, Russia's returns, a spy arrested with no trial, the North's own courts and the
  South's sanctions lists do not.
- information-access: leaflets, media and their law count; rice, dollars or rubbish carried by
  bottles and balloons, suits by defectors, and phones as hacking targets do not.
- kaesong-interkorean: the complex, the resort's southern facilities, aid Seoul approves and
  the 2018 accord count; share prices, the North's trade with China, its own zones and resorts,
  markets and farms in Kaesong as a place do not.
- overseas-labor: workers abroad, their pay, losing contact and fleeing a post count; soldiers
  abroad, hackers, women hiding in China, defectors' restaurants and work inside the North do not.
- sanctions-finance: munitions to Russia, hidden labour in supply chains, IT-worker revenue and
  coal traced abroad count; sanctions named only as the cause of hardship, labour exports with
  no evasion told, soldiers and the Kaesong complex do not.

Only the profile named in each row is checked here; the other profiles are held by their tests.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

LAWFARE = [
    # the South's measures for defectors: lawfare as well as defections
    ("Unification ministry raises monthly stipend for defectors in vocational training", "", True),
    ("Ministry to pay university tuition for escapees who arrived as teenagers", "", True),
    ("Government expands mental health care for North Korean arrivals at Hanawon", "", True),
    ("Counsellors at Hana centres to take new trauma course, ministry says", "", True),
    ("통일부, 탈북민 정착지원금 인상 추진", "", True),
    # suits by or against defectors; elections
    ("Defector YouTuber sued for defamation by former lawmaker", "", True),
    ("Defectors take ministry contractor to court over leaked personal files", "", True),
    ("Escapee running for Busan council seat unveils pledges", "", True),
    # a spy who targeted defectors, tried in a Seoul court
    ("Seoul court jails man who spied on defectors for Pyongyang", "", True),
    # the South's own repatriation decisions
    ("South Korea hands two North Korean sailors back at Panmunjom at their own request", "", True),
    ("Coast guard sends drifting North Korean fishermen back across the sea border", "", True),
    ("北 선원 2명 판문점 통해 송환…정부 \"본인 의사 확인\"", "", True),
    ("귀순 의사 밝힌 北 어민 2명 강제북송…통일부 \"적법 절차\"", "", True),
    ("Assembly adopts resolution urging Beijing to stop forced returns of North Koreans", "", True),
    # the anti-leaflet law and its rulings; launches of rice or dollars prosecuted
    ("Constitutional Court strikes down ban on leaflet launches", "", True),
    ("Lawmakers clash over bill to revive leaflet ban", "", True),
    ("Activists fined for floating bottles of rice toward the North", "", True),
    ("탈북민 유튜버, 명예훼손 혐의로 고소당해", "", True),
    ("Prosecutors drop case against activist over dollar-filled bottles sent north", "", True),
    ("법원, 대북전단 살포 단체 과태료 처분 취소", "", True),
    # near misses: a defector's life, arrival figures, the North's demands
    ("Defector opens art exhibition on escape memories in Seoul", "", False),
    ("Escapee publishes memoir of her crossing through Laos", "", False),
    ("Number of defectors reaching the South falls to record low, ministry says", "", False),
    ("Hanawon graduates open cafe together in Incheon", "", False),
    ("North Korea demands return of fishermen who chose to stay in the South", "", False),
    # a spy arrested with no trial
    ("Agent who posed as escapee arrested over plot to kill activist", "", False),
    ("Plot to poison defector pastor foiled, spy agency says",
     "Police said the suspect entered the South last year posing as a refugee.", False),
    # returns, arrests and fines in China, Russia and on the route
    ("China sends back 60 North Koreans caught in Jilin", "", False),
    ("Russia deports North Korean loggers who fled their work site", "", False),
    ("Thailand fines North Korean escapees for illegal entry, hands them to embassy", "", False),
    ("Laos court jails nine North Koreans caught near Chinese border", "", False),
    ("Chinese court sentences broker who smuggled North Koreans to Laos", "", False),
    ("Mongolia holds North Koreans who crossed from China until Seoul's embassy takes them",
     "", False),
    ("Vietnam police hand a group of North Koreans back to China", "", False),
    ("중국 법원, 탈북 브로커에 징역형 선고", "", False),
    ("北, 귀순 어민 송환 요구…\"남측이 강제 억류\"", "", False),
    ("탈북민 출신 작가, 첫 소설 출간", "", False),
    # leaflets with no law or police; the North's courts; sanctions lists
    ("Defector group floats leaflets and K-pop USBs across the border", "", False),
    ("North Korea holds public trial for smugglers of South Korean dramas", "", False),
    ("Man arrested under National Security Law for praising Kim online", "", False),
    ("Seoul adds North Korean bankers to its sanctions list", "", False),
]

INFO_ACCESS = [
    # the anti-leaflet law, its rulings and rows: information-access as well as lawfare
    ("Top court upholds anti-leaflet law in split ruling", "", True),
    ("Lawmakers vote to repeal leaflet ban amid border tension", "", True),
    ("통일부, 대북전단 살포 자제 요청", "", True),
    ("국회, 대북전단금지법 개정안 통과", "", True),
    ("Court acquits activist who sent Bibles north in bottles", "", True),
    # leaflets and media carried north; punishment for them
    ("Activists send leaflets and USB sticks north by balloon from Ganghwa", "", True),
    ("Bottles packed with Bibles and memory cards float toward the North", "", True),
    ("South Korean group sends rice and USB sticks in bottles by sea", "", True),
    ("Man given ten years in labour camp for sharing South Korean films", "", True),
    ("North Korean teenagers punished for copying Seoul slang in text messages", "", True),
    ("북한, 한국 드라마 유포자 공개 처형", "", True),
    # loudspeakers and radio
    ("South resumes propaganda loudspeaker broadcasts along the DMZ", "", True),
    ("South Korean army takes down border loudspeakers after thaw", "", True),
    ("Defector-run radio station loses US funding for shortwave service", "", True),
    ("North Korean workers in Russia caught watching South Korean dramas", "", True),
    # near misses: rice, dollars or rubbish with no leaflets or media
    ("Police fine activists who sent rice bottles to the North", "", False),
    ("Prosecutors indict man for sending rice in bottles across the sea border", "", False),
    ("Group floats bags of dollars and rice north on balloons", "", False),
    ("North Korea sends trash-filled balloons over the border again", "", False),
    ("Police bar defector group's balloon launch of rice and medicine", "", False),
    ("쌀 페트병 살포 탈북민 단체 벌금형", "", False),
    # near misses: courts, elections and hacking around defectors; phones as technology
    ("Supreme Court rules on defector's damages claim over spy label", "", False),
    ("Defector lawmaker wins second term in Gangnam", "", False),
    ("Spy agency warns of North Korean hackers targeting defectors' phones", "", False),
    ("North launches mobile app for paying utility bills", "", False),
    ("Escapee testifies about beatings in holding centre after return from China", "", False),
]

KAESONG = [
    # the complex, the resort's southern facilities, aid Seoul approves, the 2018 accord
    ("Former Kaesong tenant firms demand compensation for idle plants", "", True),
    ("North dismantles South-built hotel at Mount Kumgang resort", "", True),
    ("Seoul approves civic group's fertiliser shipment to the North", "", True),
    ("North Korea scraps 2018 military accord with the South", "", True),
    ("Two Koreas agree to reconnect cross-border rail line", "", True),
    ("Unification ministry cuts inter-Korean cooperation fund", "", True),
    ("남북협력기금 집행률 0%…사업 사실상 중단", "", True),
    ("Unification ministry says Kaesong wages were not diverted to weapons", "", True),
    ("개성공단 입주기업, 피해 지원 요구", "", True),
    ("남북 철도 연결 착공식 무산", "", True),
    # near misses: shares, the North's economy and trade, its own zones and resorts
    ("Cooperation stocks rally on hopes for inter-Korean summit", "", False),
    ("남북경협주 일제히 급등", "", False),
    ("Inter-Korean railway stocks fall after missile launch", "", False),
    ("Chinese tour groups return to Mount Kumgang", "", False),
    ("북한 경제 3년 연속 역성장…한은 추정", "", False),
    ("Rason economic zone draws Chinese investors", "", False),
    ("North Korea-China trade rebounds to pre-pandemic level", "", False),
    ("North opens Wonsan-Kalma beach resort to Russian tourists", "", False),
    ("North Korean economy shrank for third year, Bank of Korea says", "", False),
    # Kaesong and Kumgang as places
    ("Kaesong city farmers battle drought", "", False),
    ("Kaesong traders report rice price spike", "", False),
    ("Mount Kumgang scenery features in new state TV documentary", "", False),
    ("개성 지역 협동농장 모내기 한창", "", False),
]

OVERSEAS_LABOR = [
    # workers abroad: fleeing a post, losing contact, pay taken, sent back, hidden labour
    ("North Korean painter at Russian building site slips away and reaches Seoul", "", True),
    ("North Korean waitress in Vientiane loses contact with restaurant managers", "", True),
    ("North Korean workers in Siberia hand most of their pay to the state, ex-logger says",
     "", True),
    ("Russia sends back North Korean workers who fled their site in Vladivostok", "", True),
    ("North Korean women hiding in Yanji after fleeing a seafood plant", "", True),
    ("Seafood peeled by North Korean workers in Chinese plants reaches US shelves", "", True),
    ("Remote coders from Pyongyang drew salaries from US start-ups under fake names", "", True),
    ("Russian governor thanks North Korean construction brigade", "", True),
    ("중국 파견 北 노동자 임금 대부분 당국이 가로채", "", True),
    # near misses: restaurants run by defectors, soldiers, hackers, women hiding in China
    ("Defectors' restaurant in Seoul serves Pyongyang cold noodles", "", False),
    ("North Korean soldiers deployed to Kursk suffer heavy losses", "", False),
    ("North Korean hackers steal $300 million from crypto exchange", "", False),
    ("Chinese police detain North Korean women hiding in Yanji", "", False),
    ("Chinese police arrest North Korean women without papers in karaoke bars", "", False),
    ("North Korean diplomat in Moscow defects with family", "", False),
    ("Fishing crews from North Korea sold catch rights to Chinese boats", "", False),
    # work inside the North (Kaesong is not abroad), forced labour under Japan, diaspora
    ("Workers at Kaesong complex were paid through a Pyongyang agency", "", False),
    ("Farm workers mobilised for rice planting across South Hamgyong", "", False),
    ("Japanese firm ordered to compensate Koreans forced into wartime labour", "", False),
    ("Tanker carrying Russian fuel to Nampho spotted by satellite", "", False),
]

SANCTIONS = [
    # munitions to Russia, hidden labour, IT-worker revenue, coal traced abroad, blacklists
    ("Freight trains carry North Korean shells across the border to Russia", "", True),
    ("Chinese subcontractor hid North Korean seamstresses making sportswear for export", "", True),
    ("Laptop farm in Arizona helped North Korean IT workers get paid", "", True),
    ("Seoul blacklists Chinese firms that employed North Korean IT staff", "", True),
    ("UN monitors trace North Korean coal to Chinese ports", "", True),
    ("North Korea's IT workers earn millions for weapons programme, FBI says", "", True),
    ("Seoul adds North Korean bankers to its sanctions list", "", True),
    ("UN panel says aid exemptions from North Korea sanctions take months", "", True),
    ("US indicts Chinese firms that hid North Korean workers' earnings", "", True),
    # near misses: sanctions only as the cause of hardship or growth figures
    ("Sanctions-hit North Korea pushes potato farming to feed cities", "", False),
    ("North Korean economy shrinks under sanctions and border closure, central bank says",
     "", False),
    ("Despite sanctions, North Korea opens greenhouse farm in Ryonpho", "", False),
    ("North Korean hospitals short of medicine under sanctions, WHO says", "", False),
    # near misses: labour exports with no evasion told; escapes; soldiers; Kaesong
    ("North Korean workers building apartments in Moscow suburbs", "", False),
    ("North Korean waitresses in Cambodian restaurant send earnings home", "", False),
    ("Former logger describes escape from Russian timber camp", "", False),
    ("North Korean soldiers fight alongside Russian troops in Kursk", "", False),
    ("Kaesong complex closure cost tenant firms billions", "", False),
]

# Second round: spies caught with no trial, China's police in a defector's story, the North's
# courts, GPS jamming, roads the North blows up, women sold in China, a missile launch "in
# breach of" resolutions (routine weapons news, not sanctions), workers abroad in defiance of
# the UN ban and hard currency earned by restaurants abroad (evasion).
SECOND_ROUND = [
    # North Koreans hiding and working without papers in China, rounded up: refugees-china
    # alone; workers who fled a post abroad and are caught: overseas-labor as well
    ("overseas-labor",
     "Police in Shenyang detain undocumented North Korean women employed at eateries", "", False),
    ("overseas-labor",
     "China raids factories hiring North Korean escapees without papers", "", False),
    ("overseas-labor",
     "Chinese police detain North Korean waitresses who fled their state-run restaurant", "", True),
    ("overseas-labor",
     "Chinese police raid dormitory of North Korean seafood workers after three flee", "", True),
    ("lawfare-politics", "Plot against defector broadcaster uncovered in Seoul, police say",
     "A man who arrived pretending to be an escapee was held with a toxic spray, prosecutors said.",
     False),
    ("lawfare-politics", "Agent sent to kill defector activist detained in Seoul",
     "Investigators said he had come through China posing as a refugee.", False),
    ("lawfare-politics",
     "Spy agency arrests agent who entered the South posing as a defector", "", False),
    ("lawfare-politics",
     "Police say man who threatened defector activist was working for Pyongyang", "", False),
    ("lawfare-politics",
     "Seoul prosecutors indict ex-soldier who spied on defectors for the North", "", True),
    ("lawfare-politics",
     "Defector recalls how Chinese police beat her before sending her back", "", False),
    ("lawfare-politics",
     "Chinese police hunt North Koreans who escaped from detention in Tumen", "", False),
    ("lawfare-politics",
     "Defector-turned-lawmaker urges China to stop sending escapees back", "", True),
    ("lawfare-politics", "Unification ministry counts 43 arrivals in third quarter", "", False),
    ("lawfare-politics", "Defector student wins national debate contest in Seoul", "", False),
    ("lawfare-politics",
     "Court orders state to compensate defector held for months as spy suspect", "", True),
    ("lawfare-politics",
     "North Korean court sentences relatives of escapees to labour camp", "", False),
    ("lawfare-politics", "탈북민 출신 국회의원, 북한인권법 개정안 발의", "", True),
    ("lawfare-politics", "中 공안, 탈북민 10여명 체포해 북송", "", False),
    ("information-access", "Defector says K-dramas made her decide to leave", "", True),
    ("information-access", "North Korean army jams GPS signals near border islands", "", False),
    ("information-access",
     "North Korea executes man for selling USB sticks with South Korean films", "", True),
    ("information-access", "Bottles of rice and dollars wash up on North Korean shore", "", False),
    ("kaesong-interkorean", "North Korea blows up roads linking the two Koreas", "", True),
    ("kaesong-interkorean", "North Korea's trade with Russia surges after summit", "", False),
    ("kaesong-interkorean",
     "North Korean soldiers cross the demarcation line while laying mines", "", False),
    ("kaesong-interkorean", "Defector reunited with mother in Seoul after 20 years", "", False),
    ("kaesong-interkorean",
     "Kaesong factory owners ask court for damages from the state", "", True),
    ("overseas-labor",
     "Defector who once worked in Siberia now runs a Seoul logistics firm", "", False),
    ("overseas-labor",
     "North Korean women sold to farmers in Heilongjiang, activists say", "", False),
    ("overseas-labor", "North Korean trade office in Dandong closes", "", False),
    ("overseas-labor",
     "North Korean escapee found working illegally on Chinese farm is deported", "", False),
    ("sanctions-finance",
     "North Korea fires ballistic missile in breach of UN resolutions", "", False),
    ("sanctions-finance", "Security Council to meet after North Korea's latest launch", "", False),
    ("sanctions-finance", "Russia takes more North Korean workers in defiance of UN ban", "", True),
    ("sanctions-finance",
     "North Korean restaurants abroad still earn hard currency despite UN ban", "", True),
    ("sanctions-finance", "North Korean workers in Russia complain of unpaid wages", "", False),
    ("sanctions-finance",
     "Defector who ran trading firm for Office 39 testifies in Seoul", "", True),
]

# Third round, mostly Korean: the ministry's count of arrivals vs its tuition for escapees, a
# Hanawon class's cafe, the North's trials and Laos's returns, rice bottles prosecuted, rubbish
# balloons, Kaesong's market prices, the Gyeongui road blown up, a worker who leaves a Russian
# site, sanctions as the cause of a fertiliser shortage, a launch "in breach of" resolutions,
# wages routed through banks.
THIRD_ROUND = [
    ("lawfare-politics", "올해 탈북민 입국 196명…통일부 집계", "", False),
    ("lawfare-politics", "통일부, 탈북 청소년 대학 등록금 전액 지원", "", True),
    ("lawfare-politics", "하나원 수료생들, 인천에 공동 카페 열어", "", False),
    ("lawfare-politics", "탈북민 화가 개인전 서울서 개막", "", False),
    ("lawfare-politics", "北 보위부, 탈북민 가족 재판 회부", "", False),
    ("lawfare-politics", "경찰, 탈북민 노린 北 공작원 검거", "", False),
    ("lawfare-politics", "라오스서 붙잡힌 탈북민 9명 中 송환", "", False),
    ("information-access", "쌀 보낸 탈북민 단체 기소…\"항공안전법 위반\"", "", False),
    ("information-access", "헌재, 대북전단금지법 위헌 결정", "", True),
    ("information-access", "北 오물풍선 또 살포…전단은 없어", "", False),
    ("kaesong-interkorean", "北 장마당 쌀값 급등…개성 지역도", "", False),
    ("kaesong-interkorean", "북중 교역액 회복세…신의주 세관 붐벼", "", False),
    ("kaesong-interkorean", "北, 경의선 도로 폭파", "", True),
    ("kaesong-interkorean", "통일부, 남북협력기금으로 대북 비료 지원 승인", "", True),
    ("overseas-labor", "러시아 파견 北 노동자, 공사 현장 이탈해 韓 입국", "", True),
    ("overseas-labor", "中 공안, 옌지서 탈북 여성 체포", "", False),
    ("overseas-labor", "北 해커, 가상화폐 거래소서 2천억 탈취", "", False),
    ("sanctions-finance", "北 해외 노동자 외화벌이, 안보리 결의 위반", "", True),
    ("sanctions-finance", "대북제재 여파에 北 농촌 비료 부족", "", False),
    ("sanctions-finance", "北, 동해상으로 탄도미사일 발사…\"안보리 결의 위반\"", "", False),
    ("sanctions-finance",
     "North Korean workers' wages sent to Pyongyang via Chinese banks, UN panel says", "", True),
    ("sanctions-finance", "Kim opens potato farm, says sanctions cannot stop progress", "", False),
]

PROBES = (
    [("lawfare-politics", *p) for p in LAWFARE]
    + [("information-access", *p) for p in INFO_ACCESS]
    + [("kaesong-interkorean", *p) for p in KAESONG]
    + [("overseas-labor", *p) for p in OVERSEAS_LABOR]
    + [("sanctions-finance", *p) for p in SANCTIONS]
    + SECOND_ROUND
    + THIRD_ROUND
)


@pytest.mark.parametrize(("profile", "title", "summary", "expected"), PROBES)
def test_boundary_probes(shipped: Matcher, profile: str, title: str, summary: str,
                         expected: bool) -> None:
    """Each probe raises its profile exactly when the yardstick's readings say it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (profile in got) == expected, got
