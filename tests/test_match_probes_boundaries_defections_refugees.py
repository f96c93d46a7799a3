"""Probe headlines for the boundaries of defections and refugees-china, by docs/labelling.md.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise the profile named above its list. The readings tested: the journey out told to
its end (Thailand, a hand-over to the UNHCR or Seoul's officials, asylum, brokers' fees for
getting out) is both profiles; North Koreans arrested, raided, hiding, held or deported in
China, Laos, Vietnam or Mongolia with no arrival told are refugees-china alone; a worker who
flees a post abroad is overseas-labor and defections, sent back is refugees-china as well,
one who only lost contact is neither; appeals against forced returns citing torture are
refugees-china; women sent back who tell of sexual abuse are refugees-china, beatings and
hunger alone are not; trafficking of North Korean women in China is refugees-china; fences,
guard posts and shoot-to-kill orders are the route (refugees-china), and defections only
when the story is about escapes; the South's own repatriation decisions, a defector who is
only a party to a suit or a source, and a defector's campaign are neither.
Only these two profiles are checked here: the others are held by tests/test_match_profiles.py.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

DEFECTIONS = [
    # the end of the journey: Thailand, the UNHCR, an embassy, asylum, brokers' fees
    ("Thai court fines three North Koreans for illegal entry ahead of transfer to Seoul", "", True),
    ("Five North Koreans picked up by Thai police after crossing the Mekong", "", True),
    ("North Korean family handed to UN refugee agency in Vientiane", "", True),
    ("Escapees who made it to Bangkok ask South Korean embassy for protection", "", True),
    ("Price of getting a North Korean out to Thailand now $15,000, brokers say", "", True),
    ("North Korean mother and daughter who hid eight years in Jilin land at Incheon", "", True),
    ("North Korean woman sold to a farmer in China breaks free after 15 years and reaches Seoul", "", True),
    ("North Korean teen seeks asylum at a consulate in Shenyang", "", True),
    # workers who flee a post abroad (and those then sent back)
    ("North Korean logger flees Russian work site and goes into hiding", "", True),
    ("Waitress slips out of dormitory of North Korean restaurant in Shenyang", "She has not been seen since and is believed to be in hiding.", True),
    ("Worker who fled a building site in Vladivostok deported to North Korea", "", True),
    # the border, escapes and the punishment of those who try
    ("Guards fire on escapees as North Korea extends the Tumen fence", "", True),
    ("Two executed for trying to defect across the Yalu, sources say", "", True),
    ("Relatives of soldier who fled south banished to remote mining village", "", True),
    ("North Korean private deserts and swims the Yalu into China", "", True),
    ("Pyongyang demands Seoul return fishermen who chose to stay", "", True),
    ("Parents of restaurant staff say the south Korean puppets lured their daughters and want them sent home", "", True),
    # the South's measures for defectors and cases about the defection itself
    ("Unification ministry raises settlement grants for newly arrived defectors", "", True),
    ("Rights body faults spy agency over months-long screening detention of defector", "", True),
    ("탈북민 정착지원금 내년부터 인상", "", True),
    ("태국서 불법입국 혐의 탈북민 4명 벌금형…한국행 예정", "", True),
    ("中 농촌에 팔려간 北 여성, 20년 만에 한국 입국", "", True),
    ("러시아 건설현장 이탈한 北 노동자 2명 잠적", "", True),
    # refugees-china alone: arrests, raids, hiding and deportation with no arrival told
    ("China arrests 12 North Koreans in raid on safe house in Yanji", "", False),
    ("Lao police detain North Korean teenagers; deportation feared", "", False),
    ("Mongolia deports North Korean couple caught at the border", "", False),
    ("Vietnam hands group of North Koreans back to China", "", False),
    ("China sends some 600 North Koreans back in overnight operation", "", False),
    ("North Korean woman hiding in Chinese village for a decade fears discovery", "", False),
    ("Facial recognition cameras make hiding harder for North Koreans in China", "", False),
    ("UN urges China to halt forced returns, citing torture risk", "", False),
    ("Women sent back from China describe strip searches at Sinuiju holding centre", "", False),
    ("Trafficked North Korean women sold into marriages in Heilongjiang villages", "", False),
    ("Defector women in Seoul describe brokers' abuse on the route through China", "", False),
    ("中 공안, 탈북민 은신처 급습…10명 체포", "", False),
    ("라오스 국경서 탈북민 일가족 체포…강제북송 우려", "", False),
    ("유엔 \"강제북송되면 고문 위험\"…中에 송환 중단 촉구", "", False),
    # overseas-labor alone: a worker who only lost contact, wages taken
    ("North Korean worker at Russian fish plant out of contact for two weeks", "", False),
    ("Overseas workers hand most of their wages to the state, report says", "", False),
    # the border as the route, not about escapes
    ("North Korea installs new guard posts along the Chinese border", "", False),
    # lawfare-politics: the South's repatriation decisions, suits, campaigns, leaks
    ("South Korea sends two North Korean fishermen back across the sea border", "", False),
    ("Defector sues YouTuber for defamation", "", False),
    ("Personal data of 900 defectors leaked from resettlement agency", "", False),
    ("Spy who targeted defectors in Seoul sentenced to seven years", "", False),
    ("Defector candidate draws crowds in Gangnam campaign", "", False),
    ("통일부, 2019년 탈북어민 북송 사건 재조사", "", False),
    # a defector only the source; prison-camps alone
    ("Defector says front-line soldiers go hungry", "", False),
    ("Returnees beaten and starved in Onsong holding centre, report says", "", False),
    # second round: relatives sent to a camp, a camp memoir, the border command after escapes,
    # a centre built for those caught fleeing, the route told by women in the South
    ("Family of defector sent to labour camp, sources say", "", True),
    ("Camp survivor who fled to the South publishes memoir of her Yodok years", "", True),
    ("Kim sacks border commander after a string of escapes", "Several groups crossed the Tumen in a single month, a source said.", True),
    ("Detention centre built near the Chinese border to hold those caught fleeing", "", True),
    ("North Korean boy who hid for months in China after his mother's arrest reaches Seoul", "", True),
    ("Defector women in the South recount abuse by traffickers along the escape route", "", False),
    ("Women sent back from Russia say guards raped them in detention", "", False),
]

REFUGEES = [
    # the end of the journey: both profiles
    ("Thai court fines three North Koreans for illegal entry ahead of transfer to Seoul", "", True),
    ("Five North Koreans picked up by Thai police after crossing the Mekong", "", True),
    ("North Korean family handed to UN refugee agency in Vientiane", "", True),
    ("Escapees who made it to Bangkok ask South Korean embassy for protection", "", True),
    ("Price of getting a North Korean out to Thailand now $15,000, brokers say", "", True),
    ("North Korean woman sold to a farmer in China breaks free after 15 years and reaches Seoul", "", True),
    ("태국서 불법입국 혐의 탈북민 4명 벌금형…한국행 예정", "", True),
    ("中 농촌에 팔려간 北 여성, 20년 만에 한국 입국", "", True),
    # arrests, raids, hiding, deportation in China and third countries
    ("China arrests 12 North Koreans in raid on safe house in Yanji", "", True),
    ("Lao police detain North Korean teenagers; deportation feared", "", True),
    ("Mongolia deports North Korean couple caught at the border", "", True),
    ("Vietnam hands group of North Koreans back to China", "", True),
    ("China sends some 600 North Koreans back in overnight operation", "", True),
    ("North Korean woman hiding in Chinese village for a decade fears discovery", "", True),
    ("Facial recognition cameras make hiding harder for North Koreans in China", "", True),
    ("Missionary arrested in China for sheltering North Korean escapees", "", True),
    ("Escape brokers raise prices as China tightens its border with North Korea", "", True),
    ("中 공안, 탈북민 은신처 급습…10명 체포", "", True),
    ("라오스 국경서 탈북민 일가족 체포…강제북송 우려", "", True),
    # a worker who fled and was sent back
    ("Worker who fled a building site in Vladivostok deported to North Korea", "", True),
    # forced returns and torture, sexual abuse of women sent back, trafficking in China
    ("UN urges China to halt forced returns, citing torture risk", "", True),
    ("유엔 \"강제북송되면 고문 위험\"…中에 송환 중단 촉구", "", True),
    ("Women sent back from China describe strip searches at Sinuiju holding centre", "", True),
    ("강제북송 여성들 \"구류장서 알몸 수색·강제 낙태\"", "", True),
    ("Trafficked North Korean women sold into marriages in Heilongjiang villages", "", True),
    ("Defector women in Seoul describe brokers' abuse on the route through China", "", True),
    # fences, guard posts and shoot-to-kill orders on the border (the route)
    ("North Korea installs new guard posts along the Chinese border", "", True),
    ("North Korea orders guards to shoot anyone nearing the fence on the Chinese border", "", True),
    ("北, 국경 철조망 보강…탈북 차단", "", True),
    # prison-camps alone: beatings and hunger of returnees, with no sexual abuse told
    ("Returnees beaten and starved in Onsong holding centre, report says", "", False),
    ("Report details torture of women sent back from China in border holding cells", "Former detainees described beatings, hunger and forced labour.", False),
    ("강제북송된 여성들, 보위부 구류장서 구타·굶주림", "", False),
    ("New prison camp expanded near the Chinese border, imagery shows", "", False),
    # defections alone: the crossing told by the one who made it, life after arrival
    ("Former KPA officer describes swimming the Tumen at night", "", False),
    ("Defector who arrived in 2015 opens bakery in Seoul", "", False),
    ("Kim sacks border commander after string of escapes across the Tumen", "", False),
    ("탈북민 정착지원금 내년부터 인상", "", False),
    # overseas-labor alone: a worker who fled or lost contact and was not sent back
    ("North Korean worker at Russian fish plant out of contact for two weeks", "", False),
    ("North Korean restaurant in Vientiane shuts its doors", "", False),
    ("North Korean workers in Chinese seafood plants toil 16-hour days", "", False),
    ("North Korean logger flees Russian work site and goes into hiding", "", False),
    # the route's places with no North Koreans held or hiding
    ("Dandong customs tightens checks on trucks crossing the Yalu bridge", "", False),
    ("North Korean hackers launder stolen crypto through Chinese OTC brokers", "", False),
    ("China detains Uyghur activists facing deportation from Thailand", "", False),
    # lawfare-politics: the South's repatriation decisions
    ("South Korea sends two North Korean fishermen back across the sea border", "", False),
    ("Seoul court convicts former officials over 2019 repatriation of fishermen", "", False),
    ("통일부, 2019년 탈북어민 북송 사건 재조사", "", False),
    ("Escapee testifies to UN about torture in political prison camp", "", False),
    # second round
    ("North Korean boy who hid for months in China after his mother's arrest reaches Seoul", "", True),
    ("North Korean survivors of bride trafficking in China tell UN envoy their stories in Seoul", "", True),
    ("Women sent back from Russia say guards raped them in detention", "", True),
    ("Defector women in the South recount abuse by traffickers along the escape route", "", True),
    ("Inside the North's holding centres: returnees tell of beatings and short rations", "Women sent back from China said guards beat them during questioning.", False),
    ("Activists warn North Koreans face torture in holding centres, urge China to stop returns", "", True),
    ("Former soldier who escaped in 2018 recounts crossing the Yalu", "", False),
    ("Kim sacks border commander after a string of escapes", "Several groups crossed the Tumen in a single month, a source said.", False),
    ("Detention centre built near the Chinese border to hold those caught fleeing", "", False),
    ("Family of defector sent to labour camp, sources say", "", False),
    ("Camp survivor who fled to the South publishes memoir of her Yodok years", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), DEFECTIONS)
def test_defections_boundary_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises defections exactly when docs/labelling.md's readings say so."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert ("defections" in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), REFUGEES)
def test_refugees_boundary_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises refugees-china exactly when docs/labelling.md's readings say so."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert ("refugees-china" in got) == expected, got
