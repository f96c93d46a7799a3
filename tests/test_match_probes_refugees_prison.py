"""Probe headlines for refugees-china and prison-camps, beyond the wordings of the tuning half.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise its profile by the yardstick (PROFILES.md, docs/labelling.md).

refugees-china: North Koreans in China or a third country (Laos, Thailand, Vietnam,
Cambodia, Mongolia, Russia): hiding, papers, brokers and the price of getting out, raids,
arrests and the informants and cameras behind them, detention, and being sent back; the
route and the border fences. Not: refugees from anywhere else, trade and tourists crossing
the border, workers in China who did not flee, arrivals in Seoul with no journey told, and
the South's own decisions to send North Koreans back.

prison-camps: the North's political prison camps, labour camps, holding and detention
centres, torture, public and secret executions, purges, people held by the North, and
accountability for them (the UN inquiry and rapporteur, the ICC, testimony, databases of
perpetrators), state media's denials of the camps included. Not: state media "executing" a
plan or a policy, other countries' prisons and executions, camps for athletes, children or
loggers, the South's courts and party "camps", prisoners of war in Ukraine, torture as a
risk of return from China.

Only the profile of each list is checked here; the others are held by their own probes and
by tests/test_match_profiles.py.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

REFUGEES = "refugees-china"
CAMPS = "prison-camps"

REFUGEE_PROBES: list[tuple[str, str, bool]] = [
    # sent back: every verb the wires and the specialist desks use for it
    ("China deports hundreds of North Koreans after Asian Games end", "", True),
    ("Beijing sends back some 500 North Korean escapees despite outcry", "", True),
    ("Chinese authorities repatriate North Korean defectors held in Jilin", "", True),
    ("Rights groups condemn China's mass repatriation of North Koreans", "", True),
    ("Refoulement of North Koreans by China breaches international law, UN experts say", "", True),
    ("Seoul urges Beijing not to return North Korean escapees", "", True),
    ("Beijing returns 60 N. Koreans in latest wave of repatriations", "", True),
    ("China said to have returned North Korean mother of three despite appeals", "", True),
    ("Refugee group says Beijing forcibly returned 60 North Koreans in April", "", True),
    ("Forcibly repatriated: what awaits North Koreans sent back by China", "", True),
    ("Repatriated North Koreans face torture, UN warns China", "", True),
    ("China's forced repatriations resume after the border reopens", "", True),
    ("Buses carrying North Korean detainees cross the Tumen bridge at dawn", "", True),
    ("Trucks carry North Korean captives from Dandong back across the Yalu", "", True),
    ("China expels North Korean refugees from Yanbian ahead of Olympics", "", True),
    ("Defector's mother sent home by Chinese police, now missing", "", True),
    ("China quietly ships captured escapees back to the North", "", True),
    ("Beijing hands over dozens of North Korean border-crossers to Pyongyang", "", True),
    ("Extradition fears as China prepares to return captured North Koreans", "", True),
    ("UN rights chief 'alarmed' by China's return of North Koreans", "", True),
    ("US urges China to halt the forced return of North Korean escapees", "", True),
    ("Congressional commission hearing on China's forced repatriation of North Koreans", "", True),
    # caught, held, hunted in China
    ("Five North Korean women arrested in Yanji raid", "", True),
    ("Chinese police nab North Korean escapees at Kunming bus station", "", True),
    ("Escapees nabbed in Yunnan, face repatriation", "", True),
    ("North Korean defectors detained in China face forced return", "", True),
    ("China detains North Korean escapees on a train to Kunming", "", True),
    ("Yanji round-up: dozens of North Korean women taken into custody", "", True),
    ("Police in Liaoning detain North Korean man hiding in a relative's home", "", True),
    ("Chinese security forces hunt escaped North Korean soldier", "", True),
    ("N. Korean defectors caught in China to be sent back, activists warn", "", True),
    ("NK escapee caught at Chinese checkpoint with a fake passport", "", True),
    ("North Korean refugee stuck in Chinese detention for two years, relatives say", "", True),
    ("Number of North Koreans held in Chinese jails estimated at 2,000", "", True),
    ("Escapees held at detention centre in Tumen city await transfer to the North", "", True),
    ("Church shelter for North Koreans raided in Jilin", "", True),
    ("North Korean escapee jumps to her death to avoid capture by Chinese police", "", True),
    ("Chinese villagers rewarded for turning in North Korean fugitives", "", True),
    ("Reward offered for informing on illegal border crossers in Yanbian", "", True),
    ("China orders crackdown on North Korean 'illegal border-crossers'", "", True),
    ("Beijing's hunt for North Korean runaways intensifies before party congress", "", True),
    ("Activists plead with China to free North Korean mother and daughter", "", True),
    ("North Korean teenager held in China freed after campaign in Seoul", "", True),
    ("Chinese police apprehend 12 North Koreans near the Laos border", "", True),
    ("North Koreans seized in Shenyang apartment, activists fear return", "", True),
    # hiding in China: papers, children, surveillance
    ("North Korean woman lived in hiding in rural Heilongjiang for 15 years", "", True),
    ("Stateless children of North Korean mothers in China denied schooling", "", True),
    ("Undocumented North Korean women in China fear a knock on the door", "", True),
    ("Facial recognition cameras make life harder for North Koreans hiding in China", "", True),
    ("North Koreans hiding in China cut off as pandemic seals escape routes", "", True),
    ("NK refugees in China: a forgotten population", "", True),
    ("North Korean refugees in China live in constant fear of discovery", "", True),
    ("Half-Korean children left behind in China after their mothers are repatriated", "", True),
    ("China denies North Koreans are refugees, calls them illegal migrants", "", True),
    ("Beijing insists border crossers from the North are economic migrants", "", True),
    ("Escapees trapped in China as border closures drag on", "", True),
    ("Life underground: North Korean women without papers in Jilin", "", True),
    # brokers, the price of getting out, the route
    ("Broker who guided North Koreans through China jailed by Jilin court", "", True),
    ("Broker fees for leaving North Korea soar to $20,000", "", True),
    ("Smugglers now charge 30 million won to get a North Korean out", "", True),
    ("Escape network broken up as China tightens surveillance along the Tumen", "", True),
    ("Brokers say China's cameras have made escape nearly impossible", "", True),
    ("Price of escape doubles as China installs more border cameras", "", True),
    ("Underground railroad for North Koreans stretched thin as costs rise", "", True),
    ("From Hyesan to Bangkok: one woman's 4,000-mile escape route", "", True),
    ("Crossing the Tumen: escapees describe their first night in China", "", True),
    ("Escape via Mongolia grows rarer for North Koreans", "", True),
    ("China builds a new fence along the Yalu to stop North Korean crossings", "", True),
    ("South Korean pastor jailed in China for sheltering North Korean escapees", "", True),
    ("Missionary arrested in Dandong for helping North Koreans flee", "", True),
    ("Chinese people-smuggling ring that moved North Koreans south is broken up", "", True),
    # third countries
    ("Thai immigration detains 12 North Koreans who crossed the Mekong", "", True),
    ("Laos police arrest nine young North Koreans, fears of return grow", "", True),
    ("Vietnam quietly pushes North Korean escapees back over Chinese border", "", True),
    ("Mongolia hands North Korean border crossers to South Korean embassy", "", True),
    ("North Korean refugees in Thailand wait months for flights to Seoul", "", True),
    ("Cambodia detains North Korean escapees at Phnom Penh safe house", "", True),
    ("Asylum seekers from North Korea stranded in Bangkok immigration centre", "", True),
    ("Escapees held in Laos released to South Korean embassy after standoff", "", True),
    ("Two North Korean women reach Thailand after three years in China", "", True),
    ("North Korean defectors in Southeast Asia face longer waits for Seoul", "", True),
    ("UNHCR urged to grant North Koreans in China refugee status", "", True),
    ("North Koreans storm foreign embassy in Beijing seeking asylum", "", True),
    ("Escapees rush into Japanese school in Shenyang", "", True),
    # Russia
    ("Russia sends North Korean who fled a logging site back to Pyongyang", "", True),
    ("Russian border guards detain North Koreans heading for the consulate in Vladivostok", "", True),
    ("North Korean refugees in Russia: Moscow's quiet deportations", "", True),
    # specialist desks: a town or province, not the country
    ("Hyesan woman who crossed to Changbai handed back within a week", "", True),
    ("Musan family caught in Yanbian after river crossing", "", True),
    ("Onsong escapees arrested on the Chinese side of the Tumen", "", True),
    ("Ryanggang residents who fled across the Yalu returned by Chinese police", "", True),
    ("Sinuiju mother caught in Dandong, sources say she will be repatriated", "", True),
    # trafficked women in China (women-violence too)
    ("North Korean woman trafficked to rural China as a bride escapes to Laos", "", True),
    ("Chinese in-laws report North Korean bride, who is then deported", "", True),
    ("Women sold into marriage in Jilin villages seek a way out",
     "Most of the North Korean women have no papers and cannot leave the village.", True),
    # Korean
    ("中, 탈북민 600명 강제북송", "", True),
    ("中 공안, 옌지서 탈북 여성 체포", "", True),
    ("라오스서 체포된 탈북민 9명 북송 우려", "", True),
    ("탈북 브로커 비용 3천만원 넘어", "", True),
    ("베트남서 붙잡힌 탈북민 4명 중국으로 추방", "", True),
    ("러시아서 탈출한 北 노동자 강제송환 위기", "", True),
    ("태국 이민국, 탈북민 10명 구금", "", True),
    ("中 은신 탈북 여성 자녀들, 무국적 상태로 교육 사각지대", "", True),
    # not refugees-china: refugees and deportations elsewhere
    ("Thailand deports 40 Uyghurs to China despite UN pleas", "", False),
    ("Rohingya refugees stranded at sea off Thailand", "", False),
    ("Sudan refugee camps overwhelmed as fighting spreads", "", False),
    ("UN refugee agency warns of famine in Gaza camps", "", False),
    ("Ukrainian refugees in Poland face a housing crunch", "", False),
    ("China repatriates Myanmar scam compound workers by charter flight", "", False),
    ("Afghan refugees deported from Pakistan in record numbers", "", False),
    ("US deportation flights to Central America hit new high", "", False),
    ("Nepal hands Tibetan asylum seekers back to Chinese police", "", False),
    ("Chinese dissident detained in Laos faces return to Beijing", "", False),
    ("Vietnam arrests Chinese nationals running online fraud ring", "", False),
    # not refugees-china: trade, tourists, officials and workers crossing the border
    ("North Korea and China hold talks on border trade", "", False),
    ("Trucks return to the Dandong-Sinuiju bridge as trade resumes", "", False),
    ("Chinese tourists return to North Korea's Rason zone", "", False),
    ("China's border city Dandong booms with North Korean seafood trade", "", False),
    ("North Korean diplomats and students head home from Beijing by train", "", False),
    ("Kim Jong-un's armoured train crosses into Russia", "", False),
    ("North Korean delegation arrives in Vientiane for friendship talks", "", False),
    ("Laos and North Korea agree to boost cooperation", "", False),
    ("Mongolia's president to visit Pyongyang next month", "", False),
    ("North Korean workers at Dandong seafood plants riot over unpaid wages", "", False),
    ("North Korean restaurant in Shenyang closes its doors", "", False),
    ("Chinese smuggler jailed in Dandong for shipping oil to North Korea", "", False),
    ("China detains South Korean chip engineer on spying charges", "", False),
    ("North Korea seizes Chinese fishing boats in its waters", "", False),
    ("Russia returns the bodies of North Korean soldiers killed in Kursk", "", False),
    ("Kim's sister warns Seoul over Chinese border drills", "", False),
    ("North Korea's consulate in Shenyang marks the Day of the Sun", "", False),
    # not refugees-china: arrivals and life in the South, the South's own decisions
    ("Defector arrives in Seoul after sailing across the sea border", "", False),
    ("Escapee who settled in Busan opens a bakery", "", False),
    ("North Korean defector YouTuber talks about her first year in Seoul", "", False),
    ("Seoul returns two North Korean fishermen rescued at sea", "", False),
    ("Court hears case over the 2019 repatriation of two fishermen", "", False),
    ("Japan returns North Korean fishing crew found adrift", "", False),
    ("Activists fly balloons with leaflets from Gimpo", "", False),
    ("Escape room craze sweeps Seoul", "", False),
    ("North Korea sends back South Korean boat that strayed across the sea border", "", False),
    ("탈북민 단체, 서울서 송년회 열어", "", False),
    # more verbs and places of being caught and sent back
    ("Chinese police bundle North Korean defectors onto buses bound for the border", "", True),
    ("Escapee handcuffed and driven to the Tumen, witnesses say", "", True),
    ("N. Korean asylum seekers in Vientiane face deportation", "", True),
    ("China returned up to 600 North Koreans in one night, watchdog says", "", True),
    ("Yanbian police go door to door looking for North Korean women", "", True),
    ("Escaping North Korea now costs more than ever, brokers say", "", True),
    ("North Korean defectors stuck in a Chinese lock-up as Seoul stays silent", "", True),
    ("Syrian refugees sent back from Turkey in growing numbers", "", False),
    ("中 관광객 북한 단체관광 재개", "", False),
]

CAMP_PROBES: list[tuple[str, str, bool]] = [
    # the camps by their names and numbers
    ("Satellite images show Hwasong political prison camp expanding", "", True),
    ("North Korea's gulag still holds up to 120,000 people, report says", "", True),
    ("Survivor of Yodok camp recounts years of forced labour", "", True),
    ("Inside Kwanliso 16: new imagery reveals more guard towers", "", True),
    ("Prisoners at Chongori re-education camp starved, former inmate says", "", True),
    ("North Korea runs a network of penal labour colonies, UN says", "", True),
    ("Kyohwaso inmates forced to work in copper mine", "", True),
    ("Former guard at Camp 22 describes killings", "", True),
    ("The horrors of Camp 14: a survivor speaks", "", True),
    ("Camp 25 near Chongjin grows again, imagery shows", "", True),
    ("Inmates forced to dig gold at Kaechon, report says", "", True),
    ("Prisoners die of hunger at Jongori, escapees say", "", True),
    ("Catholic group: tens of thousands of believers in North Korean prison camps", "", True),
    ("Christians in North Korea sent to camps for owning Bibles", "", True),
    ("Number of political prisoners in North Korea estimated at 80,000", "", True),
    ("Death rate high in North Korean labour training camps, report says", "", True),
    ("Defector's relatives sent to a prison camp after his escape", "", True),
    ("Three generations punished: families sent to Kaechon camp", "", True),
    ("Pyongyang sends former officials to labour camps for 'factionalism'", "", True),
    ("North Korea's concentration camps compared to the Nazi era by survivors", "", True),
    ("North Korea's penal colonies: how the system works", "", True),
    # detention, interrogation and torture
    ("Detainees in North Korean pretrial centres beaten and starved, UN report finds", "", True),
    ("Torture widespread in North Korea's police holding cells", "", True),
    ("North Korean interrogators used sleep deprivation and stress positions, escapees testify", "", True),
    ("North Korea: ill-treatment in custody documented by 300 former detainees", "", True),
    ("Hunger and beatings in North Korea's jipkyulso holding centres", "", True),
    ("Report: North Korea tortured detainees with water and electric shocks", "", True),
    ("Former North Korean interrogator admits to beating suspects", "", True),
    ("UN report: North Korean women in detention suffer sexual violence", "", True),
    ("Women repatriated from China subjected to forced abortions in detention centres", "", True),
    ("Detention facilities across North Korea overcrowded after crackdown", "", True),
    ("Escapee testifies at UN about torture in Onsong detention centre", "", True),
    ("Kim's regime imprisons people for praying", "", True),
    ("North Korean prisoners mistreated and denied medical care, study finds", "", True),
    ("Abuse behind bars: what ex-prisoners say about North Korean jails", "", True),
    # executions, public and secret
    ("North Korea publicly executes two men for selling drugs in Hyesan", "", True),
    ("Crowd forced to watch firing squad kill three in Chongjin", "", True),
    ("Kim's regime shot seven people for watching South Korean films", "", True),
    ("North Korean official put to death for corruption", "", True),
    ("North Korean teens sentenced to death for sharing K-dramas", "", True),
    ("North Korea executes general with anti-aircraft gun, reports say", "", True),
    ("Secret executions rising in North Korea's border areas", "", True),
    ("Kim Jong-un's uncle executed for treason", "", True),
    ("Smugglers executed in Hyesan, sources say", "", True),
    ("Ryanggang authorities shoot three men at a public trial", "", True),
    ("Kim has up to 30 officials executed over flood failures, reports say", "", True),
    ("North Korean defector executed after repatriation from China", "", True),
    ("North Korean woman executed for trying to flee to China", "", True),
    ("North Korean soldiers summarily shot for desertion, sources say", "", True),
    ("North Korean farmer executed for slaughtering a state-owned cow", "", True),
    ("Kim's 'reign of terror': 340 officials killed since 2011, think tank says", "", True),
    ("KCNA: court hands death sentence to 'traitor' who spied for the puppets", "", True),
    ("Capital punishment in North Korea: executions for drugs and films on the rise", "", True),
    ("Pyongyang executed 'dozens' in 2024 anti-socialist campaign, NGO finds", "", True),
    ("North Korea hangs man in front of villagers for stealing copper wire", "", True),
    # sentences to camps and hard labour
    ("Public trial in Chongjin sends couple to 15 years in a kyohwaso", "", True),
    ("Hoeryong woman gets 10 years of reform through labour for phone call to Seoul", "", True),
    ("Teenager in Hyesan gets 12 years of hard labour for watching a drama", "", True),
    ("North Korea sentences 'US spy' to 15 years of hard labour", "", True),
    ("Two teenagers sent to labour training unit for K-pop dance videos", "", True),
    ("North Korean cadres sent for re-education after being caught with dollars", "", True),
    # purges and disappearances
    ("Purge widens as Kim removes party secretaries, some reportedly executed", "", True),
    ("North Korea purges top security official; fate unknown", "", True),
    ("Former North Korean minister vanishes after purge, believed held in camp", "", True),
    ("Bowibu agents took a man away in the night; his family has not heard from him since", "", True),
    ("Enforced disappearances in North Korea: families still waiting", "", True),
    ("North Korea's Ministry of State Security arrests dozens in Pyongyang crackdown", "", True),
    ("Kim Jong-un's purges: who has gone missing since 2012", "", True),
    # people held by the North
    ("North Korea still holding South Korean missionaries, UN experts say", "", True),
    ("North Korea detains American tourist for leaving a Bible in a hotel", "", True),
    ("Otto Warmbier's parents win damages from North Korea", "", True),
    ("North Korea jailed Japanese-born wife for 'espionage', group says", "", True),
    ("UN working group rules North Korea arbitrarily detained South Korean pastor", "", True),
    # accountability: the UN, the ICC, testimony, perpetrators
    ("UN Commission of Inquiry on North Korea: crimes against humanity continue", "", True),
    ("ICC urged to investigate North Korean leaders over camps", "", True),
    ("UN rapporteur calls for accountability for North Korea's abuses", "", True),
    ("Seoul report on North Korean human rights details torture and public executions", "", True),
    ("Former prisoners of North Korea's camps seek justice at the UN", "", True),
    ("Seoul launches database of North Korean rights abusers", "", True),
    ("Call for special tribunal on North Korean crimes against humanity", "", True),
    ("Survivors of North Korea's prisons share testimonies in Geneva", "", True),
    ("Japan joins call for accountability over North Korea's atrocities", "", True),
    # state media denying the camps
    ("North Korea denies it holds political prisoners", "", True),
    ("KCNA: 'so-called political prison camps' a fabrication by hostile forces", "", True),
    ("DPRK slams puppets' report on its detention facilities as sheer lies", "", True),
    # Korean
    ("北 정치범수용소 수감자 최대 12만명", "", True),
    ("北, 혜산서 공개처형…주민 수천명 동원", "", True),
    ("北 보위부, 탈북 시도 주민 교화소 보내", "", True),
    ("北 관리소 출신 증언 \"매일 굶주림\"", "", True),
    ("北 고위 간부 숙청설", "", True),
    ("北, 한국 드라마 유포 청소년 사형", "", True),
    ("北 구류장서 고문 만연", "", True),
    ("유엔 \"北 반인도범죄 책임 규명해야\"", "", True),
    # not prison-camps: state media carrying out plans and tasks
    ("North Korea stresses thorough execution of Party decisions", "", False),
    ("Rodong Sinmun calls for flawless execution of the five-year plan", "", False),
    ("Officials urged to execute the Workers' Party's policies to the letter", "", False),
    ("Kim praises execution of missile test as perfect", "", False),
    ("KPA units execute combat tasks in drills", "", False),
    ("Workers' Party plenum reviews execution of the state budget", "", False),
    ("DPRK cabinet meeting discusses executing this year's economic tasks", "", False),
    ("Kim Jong-un hangs medals on test pilots", "", False),
    ("North Korea hangs portraits of Kim Ju Ae in schools", "", False),
    ("Pyongyang holds mass rally against US imperialists", "", False),
    ("Japanese police tortured Korean patriots, KCNA says on anniversary", "", False),
    ("KCNA slams US for torture at Guantanamo", "", False),
    # not prison-camps: other countries' prisons and executions
    ("Iran executes protester convicted of 'waging war on God'", "", False),
    ("Saudi Arabia carries out record number of executions", "", False),
    ("Singapore hangs man for cannabis trafficking", "", False),
    ("Japan executes man convicted of Akihabara rampage", "", False),
    ("Texas executes inmate despite innocence claims", "", False),
    ("Navalny dies in Arctic penal colony", "", False),
    ("Belarus frees political prisoners in US-brokered deal", "", False),
    ("Leaked files reveal life inside Xinjiang detention camps", "", False),
    ("Myanmar junta executes democracy activists", "", False),
    ("Crypto founder reports to federal prison camp in Florida", "", False),
    ("Russia jails American teacher for cannabis", "", False),
    ("Gaza refugee camp shelled overnight", "", False),
    ("China executes former official for bribery", "", False),
    # not prison-camps: the South's courts, parties and "camps"
    ("Seoul court sentences former spy chief to prison", "", False),
    ("Former South Korean president jailed for insurrection", "", False),
    ("Conservative camp split over presidential bid", "", False),
    ("Ruling party purges defector lawmaker from candidate list", "", False),
    ("South Korean court jails defector for spying for Pyongyang", "", False),
    ("Camp David summit: US, Japan, South Korea vow united front against North Korea", "", False),
    # not prison-camps: camps of other kinds, wars, risks of return
    ("Kim visits children's summer camp at Songdowon", "", False),
    ("North Korean football team holds training camp in China", "", False),
    ("Life in a Siberian logging camp for North Korean workers", "", False),
    ("Japanese colonial forced labour victims sue Mitsubishi", "", False),
    ("North Korean troops shot dead in Kursk, Kyiv says", "", False),
    ("Ukraine shows captured North Korean soldier in interrogation video", "", False),
    ("Returnees face torture, UN urges China to stop deportations", "", False),
    ("China detains North Korean women in Tumen", "", False),
    ("South Korea's screening centre for new arrivals criticised", "", False),
    ("US soldier who crossed into North Korea sentenced at Fort Bliss", "", False),
    ("North Korean hackers held responsible for crypto theft", "", False),
    ("North Korea shoots down drone near border, KCNA says", "", False),
    ("北, 당 결정 철저 집행 강조", "", False),
    ("이란, 반정부 시위대 사형 집행", "", False),
    # more names for prisons, courts and killings
    ("Former North Korean prisoner describes 'pigeon torture'", "", True),
    ("North Korea's kangaroo courts hand out death sentences", "", True),
    ("Behind bars in North Korea: six years in a re-education camp", "", True),
    ("North Korea locks up thousands in new labour camps, imagery suggests", "", True),
    ("Political purge in Pyongyang: Kim sacks and jails economic officials", "", True),
    ("North Korean prisoners forced to make false eyelashes for export", "", True),
    ("Survivor tells Security Council of torture in North Korean detention", "", True),
    ("Lawsuit in Seoul seeks damages from North Korea over prison camp ordeal", "", True),
    ("Kim Jong-un oversees execution of new housing project", "", False),
    ("KCNA urges efficient execution of irrigation projects", "", False),
    ("North Korean women's football team ends training camp in Pyongyang", "", False),
    ("Vietnam sentences property tycoon to death for fraud", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), REFUGEE_PROBES)
def test_refugees_china_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises refugees-china exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (REFUGEES in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), CAMP_PROBES)
def test_prison_camps_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises prison-camps exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (CAMPS in got) == expected, got
