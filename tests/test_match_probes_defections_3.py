"""Probe headlines for the defections profile, third round: wider vocabulary.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise defections by the yardstick (PROFILES.md) and the readings in docs/labelling.md.
This round looks for wordings the tuning half does not show: exile, asylum seekers, deserters,
runaways, resettlers and "people from the North", arrival counts told in the desks' shorthand,
elite and diplomatic defections, relatives punished for an escape, escape costs, KCNA's words
for those who left, headlines that name a town of the North and not the country; and for
false alerts from broad words: idioms of escaping and fleeing, crossings by drones, trash,
delegations or soldiers who go back, other countries' defectors and asylum seekers, defector
groups' leaflets and campaigns, defectors quoted as a source, North Koreans held in China with
no journey south, and the South's own decisions to send crews home.
Only defections is checked here: other profiles are held by tests/test_match_profiles.py.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

PROFILE = "defections"

PROBES = [
    # --- crossings by land, river and sea, told in many verbs ---------------------------------
    ("KPA soldier deserts across western front line, taken into custody", "", True),
    ("Deserter from North Korean army picked up near guard post in Yanggu", "", True),
    ("Young North Korean private walks through minefield to reach South's outpost", "", True),
    ("North Korean woman floats across Han estuary clinging to plastic bottles", "", True),
    ("Man from Kaesong swims across river border, asks for protection", "", True),
    ("Fisherman from Kimchaek rows across sea border to Ulleung island", "", True),
    ("Family of four from Haeju escapes by motorboat, reaches Yeonpyeong", "", True),
    ("N. Korean civilian crosses central front, military says", "", True),
    ("Border guard from Onsong flees across frozen Tumen River", "", True),
    ("Two North Korean soldiers cross the heavily mined frontier overnight", "", True),
    ("North Korean man crawls under border fence, surrenders to marines", "", True),
    ("North Korean sailor leaps from cargo ship in Busan, asks to stay", "", True),
    ("Crew of small North Korean boat found off east coast say they want to live in the South",
     "", True),
    ("Soldier who fled across the DMZ in 2017 marks his tenth year in the South", "", True),
    ("North Korean boat carrying eight people drifts into southern waters; all wish to stay",
     "", True),
    ("Cheorwon: northern soldier makes daring run across the line", "", True),
    ("Seoul confirms North Korean who crossed the sea border last week was a fisherman",
     "He told investigators he had planned his escape for two years.", True),
    ("Escape by sea: why more North Koreans now take to boats", "", True),
    # --- arrivals and their numbers ------------------------------------------------------------
    ("Unification ministry: 196 North Koreans entered the South last year", "", True),
    ("Number of newly arrived North Koreans drops for third straight year", "", True),
    ("Fewer escapees make it to South as China seals border", "", True),
    ("N. Korean defections rebound after pandemic lull", "", True),
    ("Defections by North Korean elites hit record, NIS tells lawmakers", "", True),
    ("High-ranking North Korean official among latest arrivals in Seoul", "", True),
    ("Most North Koreans reaching the South last year were women", "", True),
    ("Arrivals from the North fall below 100 for the first time", "", True),
    ("Defector inflow to South Korea slows to a trickle", "", True),
    # --- diplomats, officials, workers and athletes who leave -------------------------------
    ("Pyongyang's deputy ambassador in Kuwait sought asylum in Seoul, report says", "", True),
    ("North Korean counsellor in Cuba defected with family last year", "", True),
    ("Senior diplomat posted in Italy has gone missing, Seoul says", "", True),
    ("North Korean IT worker in Vladivostok seeks asylum at foreign embassy", "", True),
    ("Another North Korean diplomat switches sides, NIS confirms", "", True),
    ("North Korean trade envoy in Shenyang vanishes, thought to be bound for Seoul", "", True),
    ("North Korean weightlifter fails to return home after championships in Europe", "", True),
    ("North Korean student in Moscow seeks refuge at South Korean embassy", "", True),
    ("Pyongyang loses another envoy as first secretary in Africa defects", "", True),
    ("Elite defector: Kim's former diplomat arrives in Seoul with wife and sons", "", True),
    ("North Korean seamen abandon ship in Russian port and ask to go South", "", True),
    # --- asylum, exile and refuge beyond the South -----------------------------------------
    ("North Korean asylum seekers in Britain face removal to South Korea", "", True),
    ("Canada grants refugee status to North Korean couple", "", True),
    ("Exiled North Koreans in London's New Malden mark Lunar New Year", "", True),
    ("North Korean refugee family resettled in Texas under US act", "", True),
    ("Life in exile: a North Korean family's first winter in Toronto", "", True),
    # --- lives after arrival -----------------------------------------------------------------
    ("North Korean resettlers in Seoul earn half the national average wage", "", True),
    ("Young North Korean refugee graduates top of class at Seoul university", "", True),
    ("North Korean-born nurse honoured for work in Busan care home", "", True),
    ("Single mothers who escaped the North struggle with childcare costs", "", True),
    ("Elderly North Korean escapees face isolation in rented rooms", "", True),
    ("Hanawon graduates its 35,000th trainee", "", True),
    ("Seoul to raise resettlement payments for North Korean newcomers", "", True),
    ("Escapee who became a pastor opens church in Incheon", "", True),
    ("Former North Korean footballer now coaches children in Ulsan", "", True),
    ("Ex-North Korean soldier passes police entrance exam", "", True),
    ("Defector's memoir of crossing the Tumen tops bestseller list", "", True),
    ("From Hyesan to Harvard: the long road of a young escapee", "", True),
    ("People from the North still face discrimination at work, survey shows", "", True),
    ("Escapees' children feel caught between two Koreas, study finds", "", True),
    ("Hundreds of North Korean escapees still without stable housing, audit finds", "", True),
    ("Former Chongjin resident now drives a bus in Daegu", "", True),
    ("North Korean who swam to the South now studies law at Korea University", "", True),
    ("Woman who left North Korea at 12 becomes a diplomat for South Korea", "", True),
    ("Defector mother and son found starved to death in Seoul flat", "", True),
    ("Body of North Korean resettler lay undiscovered for a month", "", True),
    ("Unification ministry expands job training for North Korean defectors", "", True),
    ("North Korean escapees turn to YouTube to make a living in the South", "", True),
    ("Ex-North Koreans in South Korea: 34,000 and counting", "", True),
    # --- punishment for escapes, relatives, and the cost of getting out ----------------------
    ("Relatives of escaped soldier banished to remote mining village", "", True),
    ("North Korea tightens punishment for families of those who defected", "", True),
    ("Public trial held in Hyesan for would-be escapees", "", True),
    ("Teen caught trying to cross the Yalu sentenced to labour camp", "", True),
    ("Escape from North Korea now costs $20,000, brokers say", "", True),
    ("The price of freedom: fees for getting out of North Korea soar", "", True),
    ("Korean War POW who escaped the North dies aged 93", "", True),
    # --- state media on those who left -------------------------------------------------------
    ("DPRK demands puppet authorities return fishermen they lured south", "", True),
    ("KCNA: runaways who betrayed the motherland are human scum", "", True),
    ("Rodong Sinmun lashes out at traitors who fled to the south", "", True),
    # --- NK-desk and Korean headlines ---------------------------------------------------------
    ("Ryanggang soldier escapes to China and heads for Seoul, source says", "", True),
    ("北 외교관 또 한국행…대사관 참사관 가족과 입국", "", True),
    ("탈북민 취업률 역대 최고…정착 여건 개선", "", True),
    ("북한 병사, 중부전선 군사분계선 넘어 귀순", "", True),
    ("탈북 청년, 의사 국가고시 합격", "", True),
    # --- more ways of saying it: turncoats, runaways, would-be escapees, remittances -------
    ("Turncoat diplomat's relatives in Pyongyang sent to the countryside", "", True),
    ("Would-be defector shot dead by guards near Hoeryong", "", True),
    ("Escape bid foiled: family caught on riverbank outside Hyesan", "", True),
    ("North Korean teen who crossed alone receives South Korean ID card", "", True),
    ("Escapees wire millions a year to relatives left in the North", "", True),
    ("Runaway KPA soldiers: third crossing of the month on the eastern front", "", True),
    ("North Korean elite's son slips out of Malaysia and lands in Seoul", "", True),

    # --- NOT defections: other countries' defectors and asylum seekers --------------------
    ("Russian pilot who defected to Ukraine found dead in Spain", "", False),
    ("Conservative MP defects to Reform UK in blow to party leader", "", False),
    ("Cuban doctors defect during mission in Brazil", "", False),
    ("Chinese dissident seeks asylum in Taiwan, citing persecution", "", False),
    ("UK asylum seekers moved out of hotels, Home Office says", "", False),
    ("As North Korea watches, Russian soldier deserts to Kazakhstan", "", False),
    ("Sudanese refugees flee across border into Chad", "", False),
    # --- product and medical defects ----------------------------------------------------------
    ("Hyundai recalls cars over fuel pump defect", "", False),
    ("Doctors in Pyongyang treat children with heart defects, KCNA says", "", False),
    # --- defector groups' leaflets, campaigns and lawsuits ------------------------------------
    ("Defector group sends bottles of rice toward North Korea by sea", "", False),
    ("Defectors fly leaflet balloons from Paju despite police ban", "", False),
    ("Defector lawmaker loses Gangnam seat in general election", "", False),
    ("Defector-turned-candidate launches bid for Seoul council", "", False),
    ("Defector activist sues North Korea for damages over brother's death", "", False),
    ("Defector-run radio station expands shortwave broadcasts into North Korea", "", False),
    # --- defectors quoted as a source, or targeted -----------------------------------------
    ("Defectors say rice prices in Hyesan have doubled", "", False),
    ("Escapee tells UN panel of public executions in Chongjin", "", False),
    ("Former North Korean diplomat says Kim will never give up his nukes", "", False),
    ("North Korean hacker group targets defectors with phishing emails", "", False),
    ("Defector YouTuber claims Kim's health is failing", "", False),
    ("Survey of escapees finds most watched foreign dramas at home", "", False),
    # --- idioms of escaping, fleeing, crossing and arriving ------------------------------------
    ("North Korea's economy escapes recession, Bank of Korea says", "", False),
    ("Pyongyang cannot escape responsibility for Cheonan sinking, Seoul says", "", False),
    ("Investors flee Korean stocks after North Korean missile test", "", False),
    ("Pyongyang's first escape room opens for foreign tourists", "", False),
    ("Kim Jong-un arrives in Vladivostok for talks with Putin", "", False),
    ("North Korean delegation crosses border at Panmunjom for talks", "", False),
    ("North Korean athletes arrive in South Korea for Asian Games", "", False),
    ("North Korean workers arrive in Russia's Far East in growing numbers", "", False),
    ("Chinese tour groups arrive in Pyongyang for first time since pandemic", "", False),
    ("North Korean missile lands near maritime border", "", False),
    ("Balloons carrying trash cross the border into South Korea", "", False),
    ("North Korean drone crosses into Seoul airspace, military scrambles jets", "", False),
    ("North Korean soldiers briefly cross MDL, retreat after warning shots", "", False),
    ("North Korean troops flee positions in Kursk under Ukrainian drone fire", "", False),
    ("Residents flee as floodwaters sweep through Sinuiju", "", False),
    ("Kim's sister warns the South will pay for crossing the line", "", False),
    ("North Korean warships sail south of the NLL; South fires warning shots", "", False),
    ("Hermit kingdom seeks escape from isolation as tourism reopens", "", False),
    ("Japan evacuates citizens' families as tensions rise with North Korea", "", False),
    # --- North Koreans in China with no journey south; the South's own returns -------------
    ("China repatriates 60 North Koreans despite UN appeals", "", False),
    ("North Koreans caught hiding in Yanji apartment", "", False),
    ("Chinese police break up broker network smuggling North Koreans in Jilin", "", False),
    ("Seoul sends six North Korean fishermen home at their own request", "", False),
    ("Ex-officials on trial over 2019 repatriation of fishermen", "", False),
    ("US soldier who ran across the border into North Korea returns to America", "", False),
    ("South Korean man arrested after trying to cross into North Korea", "", False),
    ("Families of Japanese abductees urge North Korea to return them", "", False),
    # --- other North Korea news with broad words ---------------------------------------------
    ("North Korean restaurants in China shut down amid sanctions", "", False),
    ("North Korea executes officials over failed satellite launch", "", False),
    ("Kim Jong-un inspects new housing for flood victims in Sinuiju", "", False),
    ("North Korea marks Day of the Sun with mass dance in Pyongyang", "", False),
    ("탈북민 단체, 대북전단 20만장 살포", "", False),
    ("北 목선, NLL 넘었다 경고사격에 되돌아가", "", False),
    ("中 공안, 탈북민 은신처 급습해 10명 체포", "", False),
    # --- leaders and delegations who cross the line are no defectors ------------------------
    ("Kim Jong-un walks across the MDL with Moon in historic summit", "", False),
    ("Trump steps over the border line with Kim at Panmunjom", "", False),
    ("Kim's armoured train rolls across the Tumen into Russia", "", False),
    ("North Korean cargo ship sails into Vladivostok with munitions", "", False),
    ("Defector-led NGO releases report on public executions", "", False),

    # --- second batch: the fact told in the summary's first sentence -------------------------
    ("A long walk to Seoul", "A North Korean mother and her two daughters reached South Korea "
     "last month after crossing three borders, activists said.", True),
    ("Night swim", "A North Korean man swam across the Han River estuary overnight and was taken "
     "into custody by marines, the Joint Chiefs of Staff said.", True),
    ("Another envoy gone", "North Korea's acting ambassador to Kuwait has defected to South Korea, "
     "lawmakers were told on Tuesday.", True),
    ("Military: man who came across the sea border in May was a North Korean farmer", "", True),
    # --- second batch: more positives in wire, desk and Google News styles ------------------
    ("Inside the Seoul school that helps North Korean teens catch up", "", True),
    ("Number of North Korean women among escapees hits 80 percent", "", True),
    ("Kim regime tightens grip after string of high-profile defections", "", True),
    ("North Koreans who escaped to Europe struggle to win asylum", "", True),
    ("NK soldier defects via eastern DMZ, seventh this year - Yonhap", "", True),
    ("Gov't to extend settlement aid period for North Korean defectors - Korea Herald", "", True),
    ("First North Korean defector named to head a Seoul public hospital", "", True),
    ("Seoul quietly accepts North Korean sailors who refused to go home", "", True),
    ("North Korean labourer on the run in Russia seeks help from South Korean church", "", True),
    ("North Korean runaway teenager reunited with mother in Seoul", "", True),
    ("KPA officer surrenders at guard post, asks to go south", "", True),
    ("Fleeing North Korea: a woman's 10,000 km journey through Laos and Thailand", "", True),
    ("Escapees count the cost as brokers now charge up to $30,000", "", True),
    ("North Korean woman who fled famine becomes award-winning novelist in Seoul", "", True),
    ("State media brands defecting sailors 'traitors' and demands their return", "", True),
    ("South Korean puppets accused of kidnapping DPRK fishermen who drifted south", "", True),
    ("Hoeryong family vanishes across the river; relatives questioned by Bowibu", "", True),
    ("Yanggang soldier deserts post and crosses Yalu, sources say", "", True),
    ("Elite Kim Il-sung University student among this year's arrivals in the South", "", True),
    ("More North Korean elites choose to leave, spy agency says", "", True),
    ("North Korean who arrived as a child now serves in South Korean army", "", True),
    ("Unification ministry opens new resettlement centre for escapees in Gangwon", "", True),
    ("N. Korean arrivals in first half lowest since records began - Yonhap", "", True),
    ("North Korean defector's brother executed for keeping contact, sources say", "", True),
    ("Seoul court rules NIS held defector for 180 days illegally during screening", "", True),
    ("北 외교관 잇단 탈북…엘리트층 이탈 가속", "", True),
    ("탈북민 3만4천명 시대…정착지원 과제는", "", True),
    ("北 주민 1명, 강원 고성 동해상으로 귀순", "", True),
    # --- second batch: negatives ------------------------------------------------------------
    ("Defector group condemns North Korea's latest missile launch", "", False),
    ("Former North Korean diplomat: Kim is grooming daughter as successor", "", False),
    ("Man publicly executed for sharing K-dramas, defector group says", "", False),
    ("Escapee recalls hunger of the 1990s famine at Seoul forum", "", False),
    ("Defectors' testimony helps UN build case on North Korean camps", "", False),
    ("Chinese police arrest broker who helped North Koreans flee", "", False),
    ("North Korean women trafficked into China after escaping, report says", "", False),
    ("Seoul to repatriate North Korean fishermen who drifted south, at their request", "", False),
    ("North Korean spy posed as defector to enter South, prosecutors say", "", False),
    ("KCNA slams 'human scum' for scattering leaflets", "", False),
    ("Defector-led broadcaster launches K-pop channel for North Korean listeners", "", False),
    ("Ukraine captures two North Korean soldiers in Kursk", "", False),
    ("South Korean fishing boat crosses NLL by mistake, returns home", "", False),
    ("American tourist detained after crossing into North Korea from China", "", False),
    ("Defectors' association chief indicted for embezzling state funds", "", False),
    ("Kim Jong-un crosses into Russia by train for summit with Putin", "", False),
    ("Cargo trucks cross the Sino-Korean Friendship Bridge as trade resumes", "", False),
    ("Chinese fishermen flee North Korean patrol boats in Yellow Sea", "", False),
    ("Residents flee rising Taedong River as heavy rain lashes Pyongyang", "", False),
    ("North Korean tanker escapes US seizure, sails to Nampo", "", False),
    ("South Korean court jails activist who crossed into the North in 2019", "", False),
    ("DPRK workers arrive home from Vladivostok after completing contracts", "", False),
    ("North Korean delegation arrives in Seoul for Red Cross talks", "", False),
    ("North Korean women's football team lands at Incheon for Asian Cup qualifier", "", False),
    ("North Korea reopens border to Chinese tour groups after five years", "", False),
    ("탈북민 단체, 北 미사일 발사 규탄 성명", "", False),
    ("국정원, 탈북민 위장 간첩 적발", "", False),

    # --- third batch: the borders with the other profiles ------------------------------------
    # refugees-china alone: held, hiding or sent back on the route, no arrival told
    ("North Korean escapees detained in Laos face deportation to China", "", False),
    ("Vietnamese police hold nine North Koreans near the Chinese border", "", False),
    ("Activists: China sends back 30 escapees caught in Shenyang", "", False),
    ("North Korean woman hiding in Jilin for 15 years fears arrest", "", False),
    ("UN urges China to stop forcibly returning North Korean escapees", "", False),
    ("Church-run shelters for North Korean escapees in China raided", "", False),
    ("North Korean defectors caught in Kunming sent back across the border", "", False),
    # ... but the journey's end, or asylum sought on the way, is a defection too
    ("Eight North Koreans who hid in China for years reach Seoul via Thailand", "", True),
    ("North Korean escapees seek asylum at South Korea's embassy in Beijing", "", True),
    ("Thai court fines North Koreans for illegal entry before sending them to Seoul", "", True),
    # lawfare-politics alone: courts and politicians where no defection is the subject
    ("Prosecutors indict ex-officials over 2019 forced repatriation of fishermen", "", False),
    ("Court upholds conviction of man who spied on defectors for Pyongyang", "", False),
    ("Defector lawmaker named to ruling party's leadership council", "", False),
    # ... but the ministry's measures for defectors are
    ("Unification ministry to pay defectors' settlement grants in monthly instalments", "", True),
    # information-access alone
    ("Defectors smuggle USB sticks loaded with K-dramas into North Korea", "", False),
    ("Defector-run radio marks 20 years of broadcasts to the North", "", False),
    # prison-camps alone: a survivor or a former guard as a witness
    ("Camp 14 survivor testifies at ICC hearing on North Korean crimes", "", False),
    ("Former guard who defected describes executions at Camp 16", "", False),
    # ... but an execution for helping escapes is a defections story
    ("North Korea publicly executes two for helping neighbours escape to China", "", True),
    # women-violence alone
    ("North Korean escapees sold as brides in Shandong villages", "", False),
    ("Cybersex ring exploited North Korean women in Shenyang, survivors say", "", False),
    # overseas-labor alone
    ("North Korean IT workers in Laos forced to work 16-hour days", "", False),
    # military-security alone
    ("Border guards ordered to shoot anyone approaching the Tumen", "", False),
    # state media's demands for those who stayed in the South
    ("Puppet authorities must return our women citizens forcibly held in south Korea", "", True),
    ("DPRK Red Cross demands repatriation of fishermen seized by south Korean authorities", "",
     True),
    ("탈북민 정착지원금 월 분할 지급 추진", "", True),
    ("북한 주민 2명 어선 타고 동해 NLL 넘어 귀순 의사", "", True),
    ("中 공안, 탈북민 5명 체포…강제북송 우려", "", False),
    ("탈북민 출신 의원, 대북전단법 개정 촉구", "", False),

    # --- fourth batch: leaving a post abroad, said many ways ---------------------------------
    ("North Korean builder gives his minders the slip in Kazan", "", True),
    ("North Korean logger who went AWOL from Tynda camp now in Seoul", "", True),
    ("North Korean seafood worker runs off from factory in Dandong", "", True),
    ("North Korean waitress failed to report back to Beijing restaurant, presumed heading south",
     "", True),
    ("North Korean wrestler walks out of team hotel and asks for asylum", "", True),
    ("North Korean skater slips away from team at Winter Games", "", True),
    # --- arrivals and crossings, said many ways -------------------------------------------------
    ("Fewer North Koreans making it south as crackdown bites", "", True),
    ("Two North Koreans on a raft picked up by navy near the NLL", "", True),
    ("Man who walked across the DMZ was a former gymnast, JCS says", "", True),
    ("Defector's suicide spurs calls for better support", "", True),
    ("DPRK Red Cross: south Korea must send back our citizens it is holding", "", True),
    # --- fourth batch: negatives ------------------------------------------------------------
    ("Defector-scholar: Kim's purge of generals signals power struggle", "", False),
    ("North Korean hackers slip past security at crypto exchange", "", False),
    ("Crossings of North Korean trucks into Dandong resume", "", False),
    ("North Korean soldiers cross into Ukrainian-held territory in Kursk", "", False),
    ("North Korean workers in Russia sent home as contracts end", "", False),
    ("Empty North Korean wooden boat came ashore in Akita, coast guard says", "", False),
    ("Escape from Pyongyang: new thriller series tops streaming charts", "", False),
    ("North Korean cargo ship sails south through Korea Strait, shadowed by navy", "", False),
    ("North Korea warns the South must not cross the line", "", False),
    ("Kim Jong-un's plane lands in Vladivostok ahead of summit", "", False),
    ("北 해외 파견 노동자 잠적…한국행 추정", "", True),
    ("北 선수, 국제대회 중 이탈…망명 신청", "", True),

    # --- fifth batch: state media -------------------------------------------------------------
    ("U.S. Can Never Escape Responsibility for War Crimes in Korea", "", False),
    ("Puppet Military Warmongers Cannot Escape Stern Punishment", "", False),
    ("DPRK Sports Delegation Arrives Home After Asian Championships", "", False),
    ("Overseas Compatriots Arrive in Pyongyang for April Spring Festival", "", False),
    ("Defector Scum Hurl Leaflets Again, Seriously Provoking DPRK", "", False),
    ("Puppet Regime Urged to Send Back Kidnapped Restaurant Workers", "", True),
    ("Human Scum Who Fled Their Motherland Used for Anti-DPRK Racket", "", True),
    ("Renegades Who Betrayed the Motherland Will Never Escape Punishment", "", True),
    # --- fifth batch: Google News headlines ------------------------------------------------
    ("Why are fewer North Koreans defecting? - The Diplomat", "", True),
    ("The long road: a North Korean's 9,000-mile trek to freedom - CNN", "", True),
    ("North Korean soldier who defected in 2017 is now a YouTuber - Insider", "", True),
    ("North Korean escapee numbers at record low - VOA", "", True),
    ("Ex-North Korean diplomat warns of provocations before US election - Korea Times", "",
     False),
    # --- fifth batch: the summary's first sentence decides -----------------------------------
    ("Rice prices surge in Hyesan", "A defector in contact with relatives said rice now costs "
     "twice what it did in spring.", False),
    ("Inside Camp 25", "A former inmate who escaped to the South in 2010 described daily beatings "
     "and forced labour.", False),
    ("Pyongyang's new missile base", "Satellite images and a defector's account suggest the site "
     "was completed last year.", False),
    ("A soldier's dash", "A North Korean soldier sprinted across the military demarcation line in "
     "the western sector on Thursday and asked to defect, the JCS said.", True),
    ("Quiet arrival", "A senior North Korean trade official and his family arrived in Seoul last "
     "month after leaving their posting in Shanghai.", True),
    # --- fifth batch: North Korea desks -------------------------------------------------------
    ("Hyesan smuggler's family crossed the river and is now in Thailand, sources say", "", True),
    ("Musan border guard unit reshuffled after soldier's escape", "", True),
    ("Chongjin residents warned after teenager's escape to China", "", True),
    ("北 국경경비대원 두만강 건너 탈출", "", True),
    ("탈북민 단체, 北 인권 개선 촉구 기자회견", "", False),

    # --- sixth batch: other nouns and verbs for those who leave -------------------------------
    ("North Korean émigrés in Seoul gather to mark Chuseok", "", True),
    ("Talbukmin or bukhyangmin: what North Korea's escapees want to be called", "", True),
    ("Soldier jumps the fence at Panmunjom as guards open fire", "", True),
    ("North Korean soldier makes a break for the border under fire", "", True),
    ("Number of people leaving North Korea hits new low", "", True),
    ("North Korean refugee opens bakery in Seoul's Yangcheon district", "", True),
    ("North Korean refugees testify at UN about torture in holding centres", "", False),
    ("North Korean refugee says Kim's regime is weaker than it looks", "", False),
    ("Foreign aid workers leave North Korea en masse as rules tighten", "", False),
    ("Russian tourists leave North Korea after week at Wonsan resort", "", False),
    ("North Korea jumps at chance to deepen ties with Moscow", "", False),
    ("Kim breaks for summer retreat in Wonsan, state media shows", "", False),

    # --- seventh batch: Korean headlines ------------------------------------------------------
    ("北 주민 일가족, 서해로 목선 타고 남하", "", True),
    ("탈북민 정착 10년…\"아직도 외롭다\"", "", True),
    ("北 군인, 동부전선 MDL 넘어와 귀순", "", True),
    ("러시아 파견 北 노동자, 탈출 후 한국 입국", "", True),
    ("北 외교관 부부, 제3국 거쳐 서울 도착", "", True),
    ("탈북 청소년 대안학교 졸업식 열려", "", True),
    ("北 이탈 주민 수 3년 연속 감소", "", True),
    ("북에서 온 청년들, 서울서 창업 도전", "", True),
    ("北 유학생, 유럽서 망명 신청", "", True),
    ("北 주민, 한강 하구 헤엄쳐 건너와", "", True),
    ("북한 해외식당 종업원 집단 탈출", "", True),
    ("탈북민 단체 대표, 국회의원 출마 선언", "", False),
    ("北, 탈북민 겨냥 해킹 공격 잇따라", "", False),
    ("탈북 어민 북송 사건 재판 시작", "", False),
    ("탈북민 출신 유튜버, 北 미사일 성능 분석", "", False),
    ("北 주민, 中 국경 넘다 체포돼 북송", "", False),
    ("러시아서 체포된 北 노동자 강제송환", "", False),
    ("北 화물선, 남쪽 해역 통과…군 감시 강화", "", False),

    # --- eighth batch: broad words in other North Korea news ---------------------------------
    ("Flood-hit families resettled in new houses in Sinuiju, KCNA says", "", False),
    ("Exodus of Chinese traders from Sinuiju as customs rules tighten", "", False),
    ("Sinuiju residents sought refuge on rooftops as the Yalu burst its banks", "", False),
    ("Fifteen workers missing after dam burst in North Korea", "", False),
    ("Premier missing from Kim's side at key party meeting", "", False),
    ("North Korean athletes arrive in Hangzhou for Asian Games", "", False),
    ("Kim seeks refuge in nuclear arsenal as isolation deepens", "", False),
    ("North Korean official absconds with state funds, sources say", "", False),
    # ... and the same words where they do tell an escape
    ("North Korean family resettled in Seoul after eight years in hiding in China", "", True),
    ("North Korean official who absconded with embassy funds surfaces in Seoul", "", True),

    # --- ninth batch: being brought out ------------------------------------------------------
    ("Defector tells lawmakers how brokers smuggled her out through Laos", "", True),
    ("How I got my mother out of North Korea", "", True),
    ("Pastor who helped 1,000 North Koreans get out marks 20 years of rescues", "", True),
    ("Escapee describes being sold twice in China before reaching Seoul", "", True),
    ("US has admitted only 220 North Korean refugees since 2004", "", True),
    ("Smugglers carry Chinese goods across the Yalu despite the ban", "", False),
    ("Traders smuggle mobile phones out of China into Hyesan", "", False),
    ("Escapee describes public executions she witnessed in Hyesan", "", False),

    # --- tenth batch: the wires' "N. Korean", headline-only items, state media's demands ----
    ("N. Korean refugees open dumpling shop in Manchester", "", True),
    ("Ex-N. Korean officer now teaches taekwondo in Daejeon", "", True),
    ("N. Korean-born pupils lag in maths, education office finds", "", True),
    ("Former N. Korean nurse passes Seoul licensing exam at 48", "", True),
    ("Young N. Koreans in the South say loneliness is the hardest part", "", True),
    ("Thai police hold seven N. Koreans heading for South Korea", "", True),
    ("Construction workers walk off Siberian site and seek passage to Seoul", "", True),
    ("Chess prodigy slips away from minders at tournament in Macau", "", True),
    ("DPRK Red Cross demands return of citizens held by south Korean authorities", "", True),
    ("Puppets urged to free fishermen detained in south Korea and send them home", "", True),
    ("Woman lured to south Korea by puppet agents speaks at Pyongyang press conference", "", True),
    ("N. Korean women's volleyball team arrives in South Korea for tournament", "", False),
    ("Four North Koreans whose boat drifted south returned across sea border", "", False),
    ("Russians flee to South Korea to avoid mobilisation", "", False),

    # --- eleventh batch: state media's words for defectors, headline only --------------------
    ("Rodong Sinmun: human scum used in puppets' smear campaign on human rights", "", True),
    ("KCNA: traitors peddle lies for anti-DPRK human rights racket", "", True),
    ("Puppet intelligence accused of luring DPRK waitresses to the south", "", True),
    ("Overseers punished after restaurant defection in Ningbo", "", True),
    ("Human scum scatter leaflets near border again, KCNA says", "", False),

    # --- twelfth batch: resettlers and escapees as sources; who left; Thailand -------------
    ("Public executions resumed in Chongjin, resettlers say", "", False),
    ("Army units short of fuel and boots, according to escapees", "", False),
    ("Prosecutors charge man who spied on resettlers for Pyongyang", "", False),
    ("North Korean resettlers struggle with debts years after arriving", "", True),
    ("Man who left North Korea wins seat on Incheon city council", "", False),
    ("Woman who left the North sues YouTuber for defamation", "", False),
    ("Activists who left the North send flash drives of dramas by balloon", "", False),
    ("UN report on detention draws on interviews with women who got out of North Korea", "", False),
    ("North Korean teenagers among group who arrived in Thailand after crossing the Mekong", "",
     True),

    # --- thirteenth batch: resettlers named without the country -----------------------------
    ("Unification ministry: arrivals of resettlers fell to 180 last year", "", True),
    ("Young resettlers say steady jobs matter more than one-off grants", "", True),
    ("Spy agency: agents tried to recruit resettlers through social media", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_defections_probes_third_round(shipped: Matcher, title: str, summary: str,
                                       expected: bool) -> None:
    """Each probe raises defections exactly when the yardstick says it is a defections story."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (PROFILE in got) == expected, got
