"""Probe headlines for lawfare-politics first, then overseas-labor, women-violence,
information-access and kaesong-interkorean, by family of wording.

Each probe is a headline (sometimes with a summary) written for this test from PROFILES.md and
docs/labelling.md, and whether it should raise the profile it is listed under. The families for
lawfare-politics: courts by any name (top court, bench, justices, ruled, upheld, struck down,
overturned, quashed, damages, compensation, litigation), prosecutors and police at work
(raided, summoned, booked, questioned, investigation), laws and bills (scrapped, vetoed,
revised, decree), elections (runs for, ticket, by-election, mayoral bid, proportional list,
campaign), the government's measures for defectors (care, counselling, stipends, training,
loans, Hanawon), the 2019 fishermen and the officials tried over them, North Koreans named as
"North Korean-born" or "resettled North Koreans"; beside them the near misses: generic South
Korean politics, National Security Law cases with no defector, other countries' defectors and
party defectors, North Korea's own courts, trials and parliament, defectors sentenced in the
North, China's returns. Only the profile named in each row is checked here; the other
profiles are held by their own tests.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

LAWFARE = [
    # courts by other names and verbs
    ("Top court upholds damages for defector labelled a spy on YouTube", "", True),
    ("Supreme Court overturns acquittal of ex-officials in fishermen case", "", True),
    ("Justices strike down ban on sending leaflets across the border", "", True),
    ("Bench quashes fine against activist who floated leaflets north", "", True),
    ("Defector wins compensation from state over months-long screening detention", "", True),
    ("Escapee awarded damages after intelligence agents forced false confession", "", True),
    ("Defectors file litigation against Seoul over leaked personal records", "", True),
    ("Judge rules unification ministry unlawfully withheld defector's settlement money", "", True),
    ("Seoul tribunal orders state to pay North Korean-born woman for wrongful spy charge", "", True),
    ("Defector's libel case against broadcaster thrown out", "", True),
    ("Escapee's lawyer says client was held 180 days without access to counsel", "", True),
    ("Constitutional petition filed over leaflet launch ban", "", True),
    ("Court clears defector of espionage after 6 years", "", True),
    ("Appeals panel halves sentence for man who harassed defector YouTuber", "", True),
    # prosecutors and police at work
    ("Police raid office of defector group that sent balloons with leaflets", "", True),
    ("Prosecutors summon ex-spy chief over 2019 repatriation of fishermen", "", True),
    ("Activist booked for launching leaflet balloons near Ganghwa", "", True),
    ("Ex-security adviser questioned over forced return of two North Koreans", "", True),
    ("Investigation opened into unification ministry over defector abuse claims", "", True),
    ("Former NIS director indicted over cover-up of fishermen's deportation", "", True),
    ("Ex-spy chief Suh Hoon stands trial over fishermen's deportation", "", True),
    ("Chung Eui-yong, Suh Hoon acquitted in North Korean fishermen case", "", True),
    ("Two Moon-era officials get suspended terms for sending fishermen back", "", True),
    # laws and bills
    ("Assembly scraps law that banned leaflet launches", "", True),
    ("President vetoes bill cutting defector resettlement aid", "", True),
    ("Lawmakers revise North Korean Human Rights Act to fund foundation", "", True),
    ("Opposition blocks funding for North Korean human rights foundation again", "", True),
    ("Seoul drops plan to publish annual report on North Korea's rights abuses", "", True),
    ("New law lets defectors change their registered hometown", "", True),
    ("Ordinance on support for North Korean residents passes Gyeonggi council", "", True),
    ("Seoul city council votes to expand help for resettled North Koreans", "", True),
    ("Anti-leaflet act ruled unconstitutional", "", True),
    ("Leaflet ban struck down by Constitutional Court", "", True),
    ("Parliament passes amendment renaming defectors as 'North Korean migrants'", "", True),
    ("Government revises decree on resettlement grants for escapees", "", True),
    # elections
    ("Defector runs for Seoul mayor", "", True),
    ("North Korean-born candidate wins Gangnam by-election", "", True),
    ("Escapee tops ruling party's proportional list", "", True),
    ("Defector-turned-lawmaker launches re-election bid", "", True),
    ("Ex-diplomat from Pyongyang to seek second term in Seoul's Gangnam", "", True),
    ("Conservatives pick defector as spokesperson ahead of polls", "", True),
    ("First defector elected to a city council in South Korea", "", True),
    ("Defector activist joins campaign of presidential hopeful", "", True),
    ("Voters in Gangnam weigh defector candidate", "", True),
    # the government's measures for defectors
    ("Seoul to give defectors monthly stipend for first five years", "", True),
    ("Unification ministry expands counselling for escapees with trauma", "", True),
    ("Government to offer low-interest loans to defectors starting businesses", "", True),
    ("Ministry cuts vocational training budget for escapees", "", True),
    ("Hanawon to shorten resettlement course for new arrivals", "", True),
    ("State fund for defector welfare runs dry, audit shows", "", True),
    ("Gov't to pay for mental health care of North Korean arrivals", "", True),
    ("Seoul to provide free tuition to defector students", "", True),
    ("Defectors will get priority for public housing, ministry says", "", True),
    ("Defector groups urge government to scrap resettlement cap", "", True),
    ("Unification minister apologises to escapees over data breach", "", True),
    ("Unification ministry restructured, human rights division shrunk", "", True),
    # the 2019 fishermen and other returns by the South
    ("Seoul sends two North Korean fishermen home across sea border", "", True),
    ("South Korea hands back four North Koreans found adrift off east coast", "They had asked to go home, officials said.", True),
    ("Blindfolded and dragged: video of fishermen's repatriation released", "", True),
    ("Lawmakers grill minister over photos of fishermen being forced back north", "", True),
    ("Rights groups condemn South Korea's deportation of North Korean crew", "", True),
    ("Seoul returns North Korean sailors who drifted across the NLL", "", True),
    # rights envoys, reports, resolutions, other democracies
    ("US Senate confirms North Korea human rights envoy", "", True),
    ("House passes bill to reauthorise North Korean Human Rights Act", "", True),
    ("Japanese court orders North Korea to compensate repatriation scheme victims", "", True),
    ("Seoul rejoins co-sponsors of UN North Korean rights resolution", "", True),
    ("British MPs hear testimony from North Korean escapees", "", True),
    ("Seoul appoints envoy for North Korean human rights after 7-year gap", "", True),
    ("Yoon orders government to publish North Korea rights report", "", True),
    # Korean
    ("탈북민 정착지원법 개정안 국회 본회의 통과", "", True),
    ("법원, 탈북민 신변보호 소홀 국가 배상 판결", "", True),
    ("탈북어민 강제북송 사건 항소심 첫 공판", "", True),
    ("대북전단 살포 단체 압수수색", "", True),
    ("탈북민 출신 구의원 후보 공천 확정", "", True),
    ("통일부, 탈북민 생계급여 지원 확대", "", True),
    # near misses: generic politics, NSL with no defector, other defectors
    ("Ruling party loses Gangseo by-election in blow to Yoon", "", False),
    ("Court sentences former prime minister to prison over martial law", "", False),
    ("National Assembly passes 2027 budget bill", "", False),
    ("Man indicted under National Security Law for praising Kim online", "", False),
    ("Union officials charged with spying for North Korea", "", False),
    ("Tory defector wins seat in Essex by-election", "", False),
    ("Labour defector sues party over expulsion", "", False),
    ("Russian defector's widow sues Kremlin in London court", "", False),
    ("Chinese defector granted asylum by US court", "", False),
    ("Soviet defector's memoir ruled defamatory", "", False),
    ("Democratic Party defector joins People Power Party", "", False),
    # near misses: the North's own courts, trials, laws and parliament
    ("North Korea's parliament adopts law on punishing reactionary culture", "", False),
    ("Supreme People's Assembly amends constitution to name South a hostile state", "", False),
    ("North Korea sentences teenagers to 12 years for watching K-dramas", "", False),
    ("Escapee recalls being sentenced to ten years in a labour camp", "", False),
    ("Defector describes public trial of her neighbours in Hyesan", "", False),
    ("Defector says Kim's sister ordered purge of party officials", "", False),
    # near misses: China's and Russia's returns, leaflets launched, defectors as sources
    ("China repatriates 60 North Korean escapees from Jilin detention", "", False),
    ("Russia deports North Korean worker who fled his post", "", False),
    ("Defector group floats leaflets toward North from Gimpo", "", False),
    ("Defectors release balloons with K-pop USB sticks", "", False),
    ("Escapee opens cafe in Busan with help from neighbours", "", False),
    ("Defector-run school in Seoul marks tenth graduation", "", False),
    ("US court jails Chinese man for smuggling goods to North Korea", "", False),
    ("South Korean court jails man for selling military secrets to China", "", False),
    ("Seoul court sentences fraudster who posed as prosecutor", "", False),
    # second batch: presidents and nominees, activists by name, bottles, jail, panels
    ("Yoon vows to end discrimination against defectors", "", True),
    ("Unification minister nominee says escapees 'are not traitors'", "", True),
    ("Presidential office pledges jobs for young defectors", "", True),
    ("Park Sang-hak acquitted of violating inter-Korean relations act", "", True),
    ("Activist fined for floating rice bottles across the sea border", "", True),
    # a defector jailed in the South for his own crime is his life there (defections), as
    # tests/test_match_profiles.py reads it
    ("Defector jailed for swindling fellow escapees out of resettlement money", "", False),
    ("Seoul court acquits man accused of spying on defectors", "", True),
    ("Prosecutors drop case against leaflet activists", "", True),
    ("Gyeonggi governor bans balloon launches near border towns", "", True),
    ("Rights commission finds NIS held defector in solitary for months", "", True),
    ("UK parliamentary group hears from North Korean escapees", "", True),
    ("Defector politician quits ruling party over unification policy row", "", True),
    ("Court orders release of records on 2019 deportation of fishermen", "", True),
    ("Lawmaker grills ministry over defectors' unpaid settlement subsidies", "", True),
    ("Defectors protest outside National Assembly over support cuts", "", True),
    ("Seoul scraps screening rule that held escapees for six months", "", True),
    ("Unification ministry sued by defector over leaked address", "", True),
    ("Two defector candidates lose in local elections", "", True),
    ("Ex-NIS chief Park Jie-won questioned over fishermen case", "", True),
    ("South Korea's parliament adopts resolution urging China to halt forced repatriation", "", True),
    ("US House panel holds hearing on North Korean refugees", "", True),
    ("Canada's Senate marks North Korea Freedom Week with escapee testimony", "", True),
    ("탈북민 비하 발언 의원 징계 요구", "", True),
    ("대북전단 살포 처벌 조항 위헌 결정", "", True),
    ("탈북어민 북송 사건 정의용·서훈 1심 선고", "", True),
    # second batch near misses
    ("Yoon's approval rating falls to record low", "", False),
    ("US indicts North Korean hackers over crypto heist", "", False),
    ("Police arrest man for drunk driving in Gangnam", "", False),
    ("Former envoy Thae warns Kim may test nuclear device", "", False),
    ("North Korea jails defector's relatives in Hoeryong", "", False),
    ("Escapee recalls being jailed in North Korea for selling DVDs", "", False),
    ("Defector recounts years imprisoned in Chongori camp", "", False),
    ("Bottle of soju sales soar in Seoul", "", False),
    ("Man fined for throwing bottle at police in Busan", "", False),
    ("Japan's ruling party picks new leader", "", False),
    ("North Korea's Supreme Court holds plenary meeting", "", False),
    ("China sentences North Korean smugglers in Dandong court", "", False),
    ("Defector YouTuber reviews convenience store snacks", "", False),
    ("국회, 반도체 특별법 본회의 처리", "", False),
    ("北 최고인민회의, 헌법 개정…영토 조항 신설", "", False),
]

OVERSEAS_LABOR = [
    # trades and sites abroad
    ("North Korean labourers spotted on Vladivostok building sites", "", True),
    ("Hundreds of North Korean seamstresses sewing in Dandong factories", "", True),
    ("North Korean loggers still felling trees in Russia's Far East", "", True),
    ("North Korean crews renovate apartments in Moscow suburbs", "", True),
    ("Kim's workforce in Kuwait: North Koreans build towers for minimal pay", "", True),
    ("North Korean fish-processing workers in China protest over unpaid wages", "", True),
    ("Pyongyang sends thousands more labourers to Russia on student visas", "", True),
    ("Russia admits 13,000 North Koreans on study visas, most of them builders", "", True),
    ("North Korean doctors dispatched to Africa earn cash for the regime", "", True),
    ("Mansudae artists build statues in Africa despite UN ban", "", True),
    ("North Korean tech workers posing as Americans land remote jobs", "", True),
    ("How Pyongyang's freelance coders got hired by US firms under fake names", "", True),
    ("North Korean waitresses sing for tourists at Phnom Penh eatery", "", True),
    ("North Korean restaurant in Vientiane reopens with new staff", "", True),
    ("Workers in Russia hand most of their pay to the state, ex-labourer says", "He spent four years laying bricks near Moscow for a North Korean trading firm.", True),
    ("State takes 70% of earnings of North Korean workers overseas", "", True),
    ("Dispatched workers in Shenyang put on 16-hour shifts", "The North Korean women work in seafood plants.", True),
    ("North Korean construction worker dies at Russian site", "", True),
    ("N. Korean workers sent to Russian drone factory, report says", "", True),
    ("North Korea ships labourers to occupied Donetsk for rebuilding", "", True),
    ("North Korean worker flees Siberian logging camp", "", True),
    ("Cash from overseas labour keeps Kim's coffers full, study finds", "The North Korean workers abroad bring in hundreds of millions a year.", True),
    ("Malta, Poland sent home North Korean workers, UN panel told", "", True),
    ("Chinese firm caught employing North Korean seafood workers", "", True),
    ("North Korean labor exports to Russia surge", "", True),
    ("북한 노동자 수천명 러시아 건설현장 투입", "", True),
    ("中 단둥 北 여성 노동자 임금 체불…집단 반발", "", True),
    # near misses
    ("Japan's Sado mine heritage listing reopens wound of wartime Korean forced labour", "", False),
    ("Court orders Japanese firm to compensate Korean victims of colonial-era forced labour", "", False),
    ("North Korean workers mobilised for rice planting in South Hwanghae", "", False),
    ("Workers' Party plenary meeting opens in Pyongyang", "", False),
    ("Koryo-saram association in Uzbekistan marks anniversary", "", False),
    ("Chinese workers flock to Russia's Far East as demand for labour grows", "", False),
    ("Pyongyang factory workers exceed production targets", "", False),
    ("Korean residents' association in Japan holds congress", "", False),
    ("North Korean restaurant in Pyongyang offers new menu", "", False),
    ("South Korean builders win contract in Saudi Arabia", "", False),
]

WOMEN_VIOLENCE = [
    ("North Korean women sold as brides to Chinese farmers", "", True),
    ("Broker sold me for 5,000 yuan, says North Korean escapee", "She was forced to live with a man in rural Liaoning.", True),
    ("North Korean girls forced into online sex chats in China", "", True),
    ("Webcam sex rings exploit North Korean women in Yanji", "", True),
    ("North Korean women trafficked into Chinese brothels", "", True),
    ("Female soldiers in North Korea's army face rampant sexual abuse", "", True),
    ("Guards at Onsong holding centre raped women sent back from China", "", True),
    ("Party cadre accused of demanding sex from factory women", "", True),
    ("Sexual harassment of women by officials widespread in the North", "", True),
    ("Women in North Korea trade sex for passage at checkpoints", "", True),
    ("North Korean women coerced into marriage after crossing the Tumen", "", True),
    ("Forced abortions on repatriated women detailed in UN report", "", True),
    ("Escapee describes invasive body searches of women at Sinuiju jail", "", True),
    ("Women returned from China subjected to sexual violence, rights group says", "", True),
    ("Traffickers prey on North Korean girls along Yalu", "", True),
    ("Chinese police bust ring selling North Korean women", "", True),
    ("Prostitution spreading in Pyongyang as economy falters", "", True),
    ("Pregnant North Korean women forced to abort after repatriation", "", True),
    ("North Korean teenage girl sold twice by brokers", "", True),
    ("Sex slavery of North Korean women in China, survivors testify in Seoul", "", True),
    ("Bowibu agents sexually assault detained women, report says", "", True),
    ("中에 팔려간 北 여성들 인신매매 실태", "", True),
    ("北 여군 성폭력 만연…상관에 의한 피해", "", True),
    # near misses
    ("North Korean women's football team wins Asian Cup", "", False),
    ("Kim's daughter Ju Ae appears at missile launch", "", False),
    ("North Korea bans skinny jeans and dyed hair for women", "", False),
    ("Thai police rescue Laotian women from trafficking ring", "", False),
    ("Pyongyang marks International Women's Day with rally", "", False),
    ("Kim Yo Jong issues statement on South's drills", "", False),
    ("Trafficking case in Seoul: ring sold Vietnamese brides", "", False),
    ("North Korean women's union holds plenary meeting", "", False),
    ("Female traffic police of Pyongyang get new uniforms", "", False),
]

INFO_ACCESS = [
    ("North Korean teens caught watching South Korean soap operas", "", True),
    ("K-pop fan in Hamhung sent to labour camp", "", True),
    ("Squid Game smuggled into North Korea on flash drives", "", True),
    ("Micro SD cards with Korean films seized in Hyesan raid", "", True),
    ("Chinese phones used near border to call relatives in Seoul", "", True),
    ("North Korea steps up jamming of Radio Free Asia", "", True),
    ("Voice of America ends Korean broadcasts, defectors dismayed", "", True),
    ("Seoul resumes loudspeaker broadcasts along DMZ", "", True),
    ("Activists send Bibles and rice to the North by balloon", "", True),
    ("Shortwave radios remain a lifeline for North Koreans, survey finds", "", True),
    ("Pyongyang cracks down on 'puppet' slang among young people", "Teenagers using South Korean words were sent to labour training.", True),
    ("Smuggled USB sticks carry South Korean dramas into Ryanggang", "", True),
    ("North Korea executes man for distributing South Korean films", "", True),
    ("Inspection squads search homes for illicit videos in Chongjin", "", True),
    ("South Korea halts anti-Pyongyang radio and TV programmes", "", True),
    ("Balloons carrying anti-Kim leaflets cross border", "", True),
    ("Young North Koreans copy Seoul accents from dramas", "", True),
    ("North Korea's law against reactionary thought targets foreign media", "", True),
    ("Censors in Pyongyang scrub foreign words from textbooks", "", True),
    ("北 주민, 한국 드라마 USB 유포하다 적발", "", True),
    ("대북 확성기 방송 재개", "", True),
    # near misses
    ("North Korea unveils new smartphone model", "", False),
    ("New app lets Pyongyang residents order groceries", "", False),
    ("North Korea floats trash balloons over the border", "The balloons carried cigarette butts and waste paper.", False),
    ("Weather balloon sighted over Seoul sparks alarm", "", False),
    ("South Korean broadcaster fined over election coverage", "", False),
    ("North Korea launches logistics management system for factories", "", False),
    ("Radio station in Pyongyang marks 80th anniversary", "", False),
]

KAESONG = [
    ("Seoul wants Kaesong factory zone reopened", "", True),
    ("North Korea demolishes South Korean hotel at Kumgang resort", "", True),
    ("Separated families file video letters as reunions stall", "", True),
    ("Two Koreas restore hotline after months of silence", "", True),
    ("Inter-Korean rail link talks resume", "", True),
    ("South Korea scraps 2018 military pact with the North", "", True),
    ("Kaesong firms seek compensation for lost assets", "", True),
    ("Pyongyang tears down joint liaison office rubble", "", True),
    ("Seoul proposes Red Cross talks on family reunions", "", True),
    # near misses: places with no project, other reunifications, Unification Church
    ("Kaesong city holds rally to praise Kim", "", False),
    ("Autumn foliage at Mount Kumgang draws local visitors", "", False),
    ("Koryo ginseng harvest under way in Kaesong", "", False),
    ("Kim visits flooded farms near Kaesong", "", False),
    ("Germany marks 36 years of reunification", "", False),
    ("Unification Church leader indicted in Japan", "", False),
    ("Defector group hosts seminar on unification policy", "", False),
    ("Inter-Korean cooperation stocks jump on summit hopes", "", False),
    ("Vietnam celebrates Reunification Day with parade", "", False),
]

PROBES = (
    [("lawfare-politics", *p) for p in LAWFARE]
    + [("overseas-labor", *p) for p in OVERSEAS_LABOR]
    + [("women-violence", *p) for p in WOMEN_VIOLENCE]
    + [("information-access", *p) for p in INFO_ACCESS]
    + [("kaesong-interkorean", *p) for p in KAESONG]
)


@pytest.mark.parametrize(("profile", "title", "summary", "expected"), PROBES)
def test_lawfare_info_others_probes(shipped: Matcher, profile: str, title: str, summary: str,
                                    expected: bool) -> None:
    """Each probe raises its profile exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (profile in got) == expected, got
