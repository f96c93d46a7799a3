"""Probe headlines for military-security and sanctions-finance, beyond the tuning half's wordings.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise the profile by the yardstick (PROFILES.md, docs/labelling.md).

military-security: the North's army and security services as institutions: hunger, short
rations and foraging, desertion and going AWOL, beatings and hazing, bribes for promotions or
for staying out, service terms and the draft, soldiers put to work, the spy services and their
agents, moles and handlers, assassination plots, hackers by every name and verb, border guards
and their orders to shoot, soldiers sent to fight for Russia and their dead and captured, and
the top brass sacked or named. Not: launches, tests, drills, parades and satellites; posture
statements; the South's, America's or another country's forces, spies and hackers; state
media's soldiers helping farmers or building houses; a soldier who only crosses (defections);
munitions shipped to Russia (sanctions-finance); a defector who once was a hacker.

sanctions-finance: sanctions on the North by any name (blacklists, penalties, restrictive
measures, asset freezes, designations), their evasion (ship-to-ship transfers, transponders
switched off, false flags, middlemen, smuggled coal, oil and luxuries), front companies and
laundering ("washed", "cashed out"), crypto theft by any verb (heist, siphon, drain, haul),
IT workers' and coders' revenue, the slush funds, arms sold to Russia, the monitors. Not:
sanctions on Russia, Iran, Cuba or Venezuela where the North is not the subject; a South
Korean company's own penalties; hacking for secrets rather than money; launches; workers
abroad with no evasion; the North's own bans.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

MIL = "military-security"
SF = "sanctions-finance"

MIL_PROBES = [
    # hunger, short rations and foraging in the army
    ("North Korean conscripts on half rations as winter sets in", "", True),
    ("Underfed KPA recruits collapse during training, sources say", "", True),
    ("North Korean frontline units told to grow their own food", "", True),
    ("Malnourished soldiers sent home from Hwanghae garrison", "", True),
    ("North Korean troops forage for wild plants as army food runs short", "", True),
    ("Hungry North Korean servicemen steal corn from cooperative farms", "", True),
    ("North Korea's army grapples with undernourished draftees", "", True),
    ("Pyongyang cuts grain allowance for soldiers again", "", True),
    ("Conscripts in North Hamgyong told to bring their own rice to barracks", "", True),
    ("Ryanggang garrison soldiers raid homes for food at night", "", True),
    ("North Korean soldiers scavenge for food as supply lines fail", "", True),
    ("Army rice shortfall leaves North Korean border posts without meals", "", True),
    # desertion, AWOL, abuse, hazing, discipline
    ("Wave of desertions hits North Korean border battalions", "", True),
    ("North Korean soldiers going AWOL in record numbers", "", True),
    ("Runaway soldiers hunted in Ryanggang after rifles go missing", "", True),
    ("Brutal hazing in North Korean barracks drives recruits to suicide", "", True),
    ("North Korean officers accused of beating conscripts to death", "", True),
    ("Army tightens discipline after soldier shoots comrades in Hamgyong", "", True),
    ("North Korean troops sell fuel and uniforms on black market", "", True),
    ("Kim's army riddled with bribery as officers buy promotions", "", True),
    ("Parents pay bribes to keep sons out of the North Korean army", "", True),
    ("Female North Korean soldiers describe sexual abuse by commanders", "", True),
    ("Tuberculosis spreads through North Korean army units", "", True),
    ("Soldiers fleeing their units: North Korea sets up checkpoints to catch deserters", "", True),
    ("Bullying of new recruits rife in Korean People's Army, survey of defectors finds", "", True),
    ("Hyesan border unit soldiers caught selling diesel to smugglers", "", True),
    # service terms and the draft
    ("North Korea extends compulsory military service for men", "", True),
    ("Pyongyang shortens conscription period amid manpower crunch", "", True),
    ("North Korea lowers height requirement for army recruits", "", True),
    ("Young women drafted into North Korean army to fill gaps", "", True),
    ("North Korea calls up older reservists as ranks thin", "", True),
    # soldiers put to work
    ("North Korean soldiers forced to toil on Pyongyang housing project without pay", "", True),
    ("Troops dispatched to mines as North Korea's army doubles as workforce", "", True),
    ("KPA units made to build roads instead of training, sources say", "", True),
    ("North Korean conscripts spend years laying railway instead of drilling", "", True),
    # spies, agents, moles, handlers
    ("Seoul arrests alleged North Korean sleeper agent posing as defector", "", True),
    ("Man charged with passing military secrets to Pyongyang's handlers", "", True),
    ("South Korean court jails activist for contacting North Korean operatives", "", True),
    ("Reconnaissance General Bureau chief replaced, NIS says", "", True),
    ("North Korean spy ring uncovered on Jeju", "", True),
    ("Trade unionists accused of taking orders from Pyongyang's agents", "", True),
    ("N. Korean spies used Cambodia as base to recruit South Koreans", "", True),
    ("Pyongyang's agents targeted defectors in Seoul, NIS says", "", True),
    ("Mole fed South Korean military secrets to the North, prosecutors allege", "", True),
    ("Ex-soldier indicted for selling classified files to North Korea for bitcoin", "", True),
    ("North Korea's secret police widen informant network in border towns", "", True),
    ("North Korean espionage suspect held in Germany", "", True),
    ("Seoul: North Korean intelligence officers posed as businessmen in Vietnam", "", True),
    # assassination plots
    ("North Korean hit squad sent to kill defector activist, court told", "", True),
    ("Kim Jong Un's half-brother killed with nerve agent at Kuala Lumpur airport", "", True),
    ("Seoul foils assassination plot against high-profile North Korean defector", "", True),
    ("North Korean agents plotted to poison anti-Pyongyang activist", "", True),
    # hackers by every name and verb
    ("North Korean hackers hit South Korean defence contractors", "", True),
    ("Pyongyang-linked hacking group targets nuclear researchers with fake job offers", "", True),
    ("Cyber spies from the North breach Seoul hospital network", "", True),
    ("North Korea-backed hackers deploy new malware against crypto firms", "", True),
    ("State-sponsored North Korean cyber actors stole $1.5 billion last year", "", True),
    ("Microsoft warns of North Korean cyberespionage campaign", "", True),
    ("North Korean hacking unit impersonates journalists to lure experts", "", True),
    ("DPRK cyber operatives exploit browser zero-day", "", True),
    ("Lazarus-linked hackers drain $100m from crypto bridge", "", True),
    ("Google: North Korean threat actors pose as recruiters on LinkedIn", "", True),
    ("N. Korea hackers breach South Korean shipbuilder", "", True),
    ("Seoul blames Pyongyang for cyberattack on power grid", "", True),
    ("North Korea's cyber army grows to 8,400, Seoul estimates", "", True),
    ("Hackers tied to Pyongyang compromise software supply chain", "", True),
    ("North Korean cyber intruders stole fighter jet blueprints from Seoul firm", "", True),
    ("Security researchers tie new backdoor to North Korean group", "", True),
    ("KCNA dismisses hacking allegations as a smear campaign", "", True),
    # border guards and orders to shoot
    ("North Korea orders border guards to shoot anyone approaching the Yalu", "", True),
    ("Guards on the Tumen told to fire without warning", "", True),
    ("North Korean border troops bribed to let smugglers cross", "", True),
    ("Storm troopers sent to North Korea's China border to stop escapes", "", True),
    ("Border unit in Hyesan reshuffled after soldier's escape", "", True),
    ("Musan border guards rotated out after smuggling scandal", "", True),
    ("North Korean guards shot man crossing the river, witnesses say", "", True),
    # soldiers sent to fight for Russia
    ("North Korean troops thrown into Kursk assaults suffer heavy casualties", "", True),
    ("Pyongyang dispatches thousands more soldiers to Russia", "", True),
    ("Ukraine captures two North Korean soldiers", "", True),
    ("Kim acknowledges troops died fighting for Russia", "", True),
    ("North Korean soldiers fighting in Russia's war get drone training", "", True),
    ("Bodies of North Korean servicemen flown home from Russia", "", True),
    ("North Korean combat engineers head to Kursk region for demining", "", True),
    ("Seoul: North Korea has lost 4,000 troops on the Russian front", "", True),
    ("North Korean prisoners of war ask to be sent to South Korea", "", True),
    ("Kim honours soldiers killed in overseas military operation", "", True),
    ("DPRK confirms its units took part in liberation of Kursk", "", True),
    ("North Korean troop deployment to Russia grows to 15,000, Kyiv says", "", True),
    # the top brass sacked, purged or named
    ("Kim replaces chief of general staff in military shake-up", "", True),
    ("North Korea names new defence minister", "", True),
    ("Senior North Korean general purged for corruption", "", True),
    ("Kim sacks navy commander after destroyer mishap", "", True),
    ("North Korean army chief vanishes from view amid purge rumours", "", True),
    ("Kim demotes general over failed warship launch", "", True),
    # Korean
    ("北 군인 영양실조 심각…전방부대 배급 중단", "", True),
    ("北 정찰총국 해킹조직, 국내 방산업체 공격", "", True),
    ("북한 간첩단 사건 재판 시작", "", True),
    ("北 병사 탈영 잇따라…군 기강 해이", "", True),
    ("北, 러 파병 병력 추가 투입", "", True),
    ("北 해커, 가상자산 거래소 해킹해 수백억 탈취", "", True),
    ("北 군단장 해임…김정은, 군 수뇌부 교체", "", True),
    # second batch: data stolen and networks breached, border hardware, the brass reshuffled,
    # courts-martial, fighting in Kursk told by the leader, soldiers' crimes
    ("North Korean hackers stole 1,000 gigabytes of data from South Korean court", "", True),
    ("Pyongyang breached Seoul defence ministry's intranet, lawmakers told", "", True),
    ("N. Korea-linked group behind cyber-attack on Korea Hydro", "", True),
    ("North Korea lays landmines along its Chinese border to deter escapes", "", True),
    ("Barbed wire and watchtowers go up along the Yalu, residents say", "", True),
    ("Kim reshuffles military leadership ahead of party congress", "", True),
    ("North Korea overhauls army command after string of desertions", "", True),
    ("North Korean officers court-martialled for selling army rice", "", True),
    ("Kim Jong Un hails heroes who fought in Kursk at memorial ceremony", "", True),
    ("Gang of North Korean soldiers robs traders on the road to Hyesan", "", True),
    ("North Korean soldiers' morale sinks as pay goes unpaid for months", "", True),
    ("Spy disguised as defector jailed in Seoul for reporting to Pyongyang", "", True),
    ("North Korean conscripts sent to Russian factories as cheap labour", "", True),
    ("Ukraine says its drones killed dozens of North Korean soldiers", "", True),
    ("North Korean soldier captured in Kursk says he thought he was going to a drill", "", True),
    ("North Korea recruited South Koreans online to photograph US bases", "", True),
    ("Seoul: North Korean agents ordered attacks on defector groups", "", True),
    ("North Korean cyber thieves target South Korean gamers for cash", "", True),
    ("Defence firm's design data taken by North Korean intruders", "", True),
    # second batch: what stays quiet
    ("North Korea destroys roads and rail links at the DMZ", "", False),
    ("North Korea's leader watches tank crews in combat training", "", False),
    ("Kim reviews honour guard as Putin arrives in Pyongyang", "", False),
    ("North Korea says it will strengthen border defence against 'enemy' South", "", False),
    ("Seoul's defence ministry reshuffles generals after martial law probe", "", False),
    ("South Korean court-martial jails conscript for bullying", "", False),
    ("Leaked documents show North Korea planned missile tests", "", False),
    ("North Korea accuses US of cyber attacks on its networks", "", False),
    ("Kim Jong Un's bodyguards run alongside limousine in Moscow", "", False),
    ("North Korean artillery fires shells into buffer zone near islands", "", False),
    ("Putin thanks Kim for North Korea's support in Kursk", "", False),
    # not in: launches, tests, drills, parades, satellites, posture
    ("North Korea fires ballistic missile into East Sea", "", False),
    ("North Korea test-fires cruise missiles off west coast", "", False),
    ("Pyongyang launches ICBM; Japan says it fell in its waters", "", False),
    ("North Korea prepares for seventh nuclear test, satellite images suggest", "", False),
    ("Kim oversees artillery firing drill near the border", "", False),
    ("North Korea stages massive military parade for party anniversary", "", False),
    ("North Korea's reconnaissance satellite launch fails", "", False),
    ("KCNA: DPRK will bolster its war deterrent in response to U.S. moves", "", False),
    ("North Korea condemns US-South Korea joint exercises as rehearsal for invasion", "", False),
    ("North Korea test-fires hypersonic missile, claims success", "", False),
    ("Kim Jong Un watches navy's new destroyer fire cruise missile", "", False),
    ("Kim calls for stronger nuclear force at military academy graduation", "", False),
    ("North Korea marks army founding day with mass rally", "", False),
    ("DPRK defence ministry spokesman slams U.S. strategic bomber flight", "", False),
    ("North Korea unveils new tank at arms exhibition", "", False),
    ("North Korean drone incursion: South Korea scrambles jets", "", False),
    ("Kim Jong Un's daughter attends missile launch", "", False),
    ("North Korea's military warns of response to leaflets", "", False),
    ("North Korea hosts Russian defence minister for military cooperation talks", "", False),
    ("North Korea blasts South Korea's new spy satellite", "", False),
    ("Seoul's spy agency says North Korea may launch satellite soon", "", False),
    # not in: the South's, America's or others' forces, spies and hackers
    ("South Korean soldier killed in accident near border with North Korea", "", False),
    ("South Korea names new defence minister amid North Korea tensions", "", False),
    ("US Forces Korea to hold drills amid North Korea tensions", "", False),
    ("Pentagon says North Korea's missile program is advancing", "", False),
    ("Former US soldier who deserted to North Korea dies in Japan", "", False),
    ("BTS star begins military service as North Korea tensions rise", "", False),
    ("Japan arrests Chinese national on spying charges", "", False),
    ("US Army veteran charged with spying for China", "", False),
    ("Chinese hackers target Taiwan, cybersecurity firm says", "", False),
    ("Russian hackers, not North Korea, behind attack on Seoul ministry, experts say", "", False),
    ("Pyongyang slams Seoul's 'puppet army' drills", "", False),
    ("South Korean marines stage live-fire drill on islands near North Korea", "", False),
    ("Seoul's military chief warns North Korea over trash balloons", "", False),
    # not in: state media's soldiers helping, crossings, arms to Russia, defectors' lives
    ("KPA servicepersons help farmers in rice transplanting", "", False),
    ("Soldiers build new houses for flood victims in Sinuiju", "", False),
    ("Kim Jong Un visits air force unit, watches flight training", "", False),
    ("Kim inspects munitions factory, calls for more shells", "", False),
    ("North Korea ships artillery shells to Russia by rail", "", False),
    ("Defector who was a cyber warrior in Pyongyang opens security firm in Seoul", "", False),
    ("Spy thriller set in Pyongyang tops Netflix chart", "", False),
    ("North Korean soldiers greet Kim at airfield", "", False),
    ("Japan to deploy long-range missiles to counter North Korea", "", False),
    ("北, 동해상으로 탄도미사일 발사…합참 \"정밀 분석 중\"", "", False),
    ("국군 장병, 北 접경지역서 훈련 중 부상", "", False),
]

SF_PROBES = [
    # sanctions by any name
    ("US Treasury blacklists Chinese firms for supplying North Korea", "", True),
    ("EU adds five North Korean individuals to restrictive measures list", "", True),
    ("Japan freezes assets of North Korea-linked traders", "", True),
    ("Seoul slaps unilateral sanctions on North Korean bankers", "", True),
    ("Washington targets Pyongyang's revenue streams with new penalties", "", True),
    ("UN committee designates tankers for carrying North Korean coal", "", True),
    ("Australia imposes sanctions on North Korean entities over Russian arms deals", "", True),
    ("US sanctions Russian firms for helping North Korea procure oil", "", True),
    ("UK sanctions North Korean generals over role in Ukraine war", "", True),
    ("China, Russia push to ease UN sanctions on North Korea", "", True),
    ("Sanctions enforcement on North Korea has collapsed, experts warn", "", True),
    ("Treasury cracks down on sanctions busters helping Pyongyang", "", True),
    ("Canada lists North Korean shipping firms under special economic measures", "", True),
    ("OFAC designates North Korean bank representatives in China", "", True),
    ("US State Department bars Chinese trader for dealings with Pyongyang", "", True),
    # evasion at sea and over land
    ("Tanker spotted transferring fuel to North Korean vessel in East China Sea", "", True),
    ("Satellite images show North Korean ships loading coal at Nampho for China", "", True),
    ("North Korean freighter switched off its tracking device before docking in Russia", "", True),
    ("Ship-to-ship transfers off Shanghai keep Pyongyang supplied with oil", "", True),
    ("Panama de-registers vessels linked to North Korean smuggling", "", True),
    ("North Korea imported refined petroleum far above the UN cap, report says", "", True),
    ("North Korea dodges sanctions with fleet of ageing tankers under false flags", "", True),
    ("How North Korea gets around the embargo: trucks, rivers and bribes", "", True),
    ("Singapore businessman jailed for shipping liquor to North Korea", "", True),
    ("Taiwanese shipowner convicted of selling oil to North Korea", "", True),
    ("Chinese traders smuggle North Korean seafood across the Yalu", "", True),
    ("North Korea uses Chinese middlemen to sidestep sanctions", "", True),
    ("North Korean coal found in South Korean ports, customs says", "", True),
    ("Luxury limousines reached Kim via Dutch and Chinese middlemen", "", True),
    ("Seoul seizes ship suspected of carrying North Korean coal", "", True),
    ("Sanctioned North Korean tanker spotted in Chinese waters", "", True),
    ("Chinese firms supplied North Korea with banned machine tools", "", True),
    ("Ban on North Korean textile exports widely flouted, report finds", "", True),
    ("North Korean vessels slip through the net with forged registration papers", "", True),
    ("Dark voyages: North Korean ships disguise their identity to reach Chinese ports", "", True),
    ("Russia supplies North Korea with oil beyond UN limit, satellite data shows", "", True),
    # front companies, laundering, cashing out
    ("Front firms in Hong Kong moved money for North Korea's weapons program, prosecutors say", "", True),
    ("US charges Chinese bankers with laundering cash for North Korea", "", True),
    ("North Korea washed stolen crypto through Cambodian payments firm, US says", "", True),
    ("OTC traders in China help North Korea cash out stolen bitcoin", "", True),
    ("Bank in Macau cut off over North Korean accounts", "", True),
    ("Cover companies in Dandong funnel dollars to Pyongyang", "", True),
    # crypto theft by any verb
    ("North Korean hackers behind $1.5bn Bybit heist, FBI says", "", True),
    ("Crypto exchange WazirX lost $230m to Pyongyang-linked hackers", "", True),
    ("North Korea stole record amount of cryptocurrency last year, Chainalysis says", "", True),
    ("Pyongyang's digital bank robbers: inside the raids that fund its missiles", "", True),
    ("N. Korea hackers siphon $100m from Harmony bridge", "", True),
    ("Ethereum taken in exchange hack traced to North Korean wallets", "", True),
    ("North Korea's crypto haul tops $2 billion", "", True),
    ("Japanese crypto firm DMM loses $300m; police blame North Korean group", "", True),
    ("North Korean hackers rob Bangladesh central bank of $81 million", "", True),
    ("North Korea-linked thieves swipe $50m from decentralised finance platform", "", True),
    # IT workers' and coders' revenue
    ("North Korean IT workers earned millions from US companies, DOJ says", "", True),
    ("Arizona woman sentenced for running laptop farm for North Korean remote workers", "", True),
    ("Fake job applicants from North Korea infiltrate Western tech firms", "", True),
    ("North Korean tech workers use deepfakes to land remote jobs", "", True),
    ("Freelance platforms purge accounts tied to North Korean programmers", "", True),
    ("North Korean IT contractors funnel wages to weapons program", "", True),
    ("Remote workers secretly from North Korea drew salaries from Fortune 500 firms", "", True),
    # slush funds, Office 39, hard currency for the leadership
    ("Defector reveals how Office 39 keeps Kim's coffers full", "", True),
    ("Kim's secret cash: the slush fund behind North Korea's elite", "", True),
    ("North Korean diplomat caught smuggling gold bars in Bangladesh", "", True),
    ("North Korean embassy ran hostel in Berlin in breach of UN sanctions", "", True),
    ("US offers $5m reward for information on North Korean financiers", "", True),
    ("North Korea earns hard currency by selling fishing rights to Chinese fleets", "", True),
    # arms sold to Russia
    ("North Korea has sent millions of artillery shells to Russia, Seoul says", "", True),
    ("Containers of North Korean munitions arrive at Russian port", "", True),
    ("Russia pays North Korea in oil for weapons, satellite images suggest", "", True),
    ("North Korean ballistic missiles used by Russia in Ukraine, monitors say", "", True),
    # the monitors and the UN
    ("Russian veto ends UN panel monitoring North Korea sanctions", "", True),
    ("New multinational team to monitor North Korea sanctions issues first report", "", True),
    ("UN report: North Korea keeps violating sanctions with coal exports", "", True),
    ("US, Japan and South Korea vow to choke off Pyongyang's illicit funding", "", True),
    # state media on sanctions
    ("KCNA slams U.S. 'sanctions racket' as hostile policy", "", True),
    ("DPRK Foreign Ministry: sanctions will never bring us to our knees", "", True),
    ("KCNA: Anti-DPRK sanctions racket doomed to failure", "", True),
    # Korean
    ("美 재무부, 北 IT 인력 관련 개인·기관 제재", "", True),
    ("北 선박, 공해상서 석유 불법 환적", "", True),
    ("北 해킹조직, 가상자산 2조원 탈취", "", True),
    ("정부, 北 가상자산 탈취 관여 개인 독자제재", "", True),
    ("北, 러시아에 포탄 수백만발 수출", "", True),
    ("대북제재 위반 혐의 선박 부산항서 억류", "", True),
    # second batch: names of lists and resolutions, banks cutting off, rendezvous at sea,
    # the leader's coffers, human-rights sanctions
    ("US adds North Korean trading firms to SDN list", "", True),
    ("Resolution 2397: how North Korea keeps importing fuel", "", True),
    ("Chinese banks halt transactions with North Korean clients", "", True),
    ("Tankers rendezvous at night off Nampho, imagery shows", "", True),
    ("Overseas restaurants and arms sales fill Kim's coffers despite curbs", "", True),
    ("US sanctions North Korean officials over human rights abuses", "", True),
    ("Seoul to keep May 24 measures against North Korea", "", True),
    ("Justice Department seizes $2.7m in crypto linked to North Korea", "", True),
    ("North Korea converted stolen ether into bitcoin within hours", "", True),
    ("Ship carrying North Korean coal docks in Vietnam despite ban", "", True),
    ("Russian tankers deliver more than a million barrels of oil to North Korea", "", True),
    ("North Korean restaurant abroad served as front for arms broker, prosecutors say", "", True),
    ("Malaysian court convicts trader for exporting luxury cars to Pyongyang", "", True),
    ("Pyongyang's hackers turned stolen tokens into cash through Chinese brokers", "", True),
    ("North Korean trading company posed as Chinese firm to buy Western chips", "", True),
    ("Japan extends its own ban on North Korean port calls for two more years", "", True),
    # second batch: what stays quiet
    ("North Korea's state-sanctioned markets grow as rations fail", "", False),
    ("Officially sanctioned trips to China resume for North Korean traders", "", False),
    ("North Korea's trade with China rises 10% in March", "", False),
    ("North Korea threatens to punish defectors who send money home", "", False),
    ("Kim Jong Un opens new hospital in Pyongyang", "", False),
    ("North Korea unveils new cargo ship at Nampho shipyard", "", False),
    ("Chinese tourists return to Rason after five years", "", False),
    ("South Korea's crypto market booms as won weakens", "", False),
    ("North Korean defectors' group seeks donations in cryptocurrency", "", False),
    # not in: other countries' sanctions
    ("US imposes new sanctions on Russian oil companies", "", False),
    ("EU sanctions Iranian drone makers supplying Russia", "", False),
    ("North Korea condemns US sanctions on Venezuela", "", False),
    ("KCNA: DPRK denounces US blockade of Cuba", "", False),
    ("Pyongyang slams Western sanctions on Russia as illegal", "", False),
    ("North Korea backs Iran against 'unjust' sanctions", "", False),
    ("Sanctioned Russian tanker heads to Venezuela", "", False),
    # not in: the South's companies' own penalties, regulators and sport
    ("Samsung affiliate faces sanctions over accounting violations", "", False),
    ("South Korean firm faces sanctions for leaking data on North Korean defectors", "", False),
    ("Korean Air fined by Fair Trade Commission", "", False),
    ("North Korea's football team banned by FIFA over match forfeit", "", False),
    ("South Korean crypto exchange Upbit fined over anti-money laundering lapses", "", False),
    # not in: hacking for secrets, launches, military, workers with no evasion
    ("North Korean hackers steal defence secrets from South Korean shipbuilder", "", False),
    ("North Korean hackers send phishing emails to diplomats", "", False),
    ("Chinese crypto exchange hacked, Russian group suspected", "", False),
    ("North Korea fires two short-range ballistic missiles", "", False),
    ("North Korea vows to expand nuclear arsenal", "", False),
    ("North Korean soldiers fighting in Kursk suffer heavy losses", "", False),
    ("North Korean workers building apartments in Vladivostok", "", False),
    ("North Korea's coal miners go unpaid for months", "", False),
    ("US and South Korea hold nuclear consultative talks", "", False),
    ("Kim Jong Un's limousine draws attention at Beijing summit", "", False),
    ("Kim Jong Un inspects fishing port in Sinpo", "", False),
    ("North Korea opens new greenhouse farm", "", False),
    ("KCNA: execution of the plan for coal production going well", "", False),
    ("North Korea bans imports of Chinese goods amid virus fears", "", False),
    ("North Korea tightens ban on foreign films", "", False),
    ("North Korean programmers win international coding contest", "", False),
    ("North Korea's designated successor? Kim's daughter appears again", "", False),
    ("Bitcoin surges to record high as investors cheer rate cut", "", False),
    ("北, 동해상으로 단거리 탄도미사일 발사", "", False),
    ("삼성 계열사, 금융당국 제재 받아", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), MIL_PROBES)
def test_military_security_probes(shipped: Matcher, title: str, summary: str,
                                  expected: bool) -> None:
    """Each probe raises military-security exactly when the yardstick says it is about the army."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (MIL in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), SF_PROBES)
def test_sanctions_finance_probes(shipped: Matcher, title: str, summary: str,
                                  expected: bool) -> None:
    """Each probe raises sanctions-finance exactly when the yardstick says it is about sanctions."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (SF in got) == expected, got
