"""Probe headlines for the defections profile, beyond the wordings of the tuning half.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise defections by the yardstick: North Koreans who leave (on foot, by river or by
sea), soldiers and diplomats who cross or vanish from their posts, arrival figures, life,
hardship and death after arrival, and defectors who go back; not defectors cited as a source,
targeted by spies or running for office, other countries' defectors or a product's defects.
Only defections is checked here: other profiles are held by tests/test_match_profiles.py.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

PROFILE = "defections"

PROBES = [
    # ways of leaving, said without "defect" or "flee"
    ("Former North Korean student recounts how she got out of the country", "", True),
    ("Ex-soldier from the North tells how he got out through the minefield", "", True),
    ("Two North Koreans make it to Seoul after a decade in hiding", "", True),
    # crossings on land and by sea, where the headline names only the line
    ("Man who defected in 2019 crosses back over the DMZ", "", True),
    ("Soldier from the North crosses line on eastern front, asks to stay", "", True),
    ("N. Korean sailors steer boat south and ask to stay", "", True),
    ("A fisherman's gamble: three men sail from Chongjin toward Ulleung", "They told the coast guard they had planned the trip to South Korea for a year.", True),
    # over or through the fence, a dash, breaking free from minders, landing at Incheon
    ("North Korean private scales the DMZ fence and turns himself in", "", True),
    ("North Korean border guard climbs the fence into China", "", True),
    ("North Korean dashes through the truce village during a tour", "", True),
    ("North Korean logger breaks free from minders in Khabarovsk", "", True),
    ("North Korean family lands at Incheon airport after a decade in hiding", "", True),
    ("North Korea builds a second fence along the DMZ", "", False),
    # soldiers and diplomats
    ("Kim loses another envoy as counsellor in Rome quietly leaves his post", "He is now under the protection of South Korean officials, a source said.", True),
    ("Four North Korean waitresses in Phnom Penh disappear, thought to be heading south", "", True),
    # arrival figures and life after arrival
    ("N.K. defector count falls to 38 in first quarter", "", True),
    ("The quiet border", "Only 41 North Korean defectors arrived between January and June, the ministry said.", True),
    ("Escapee tally for the year stands at 120", "", True),
    ("Woman who escaped the North opens noodle shop in Busan", "", True),
    ("Teen escapees lag behind classmates in South Korean schools", "", True),
    ("Young defector found dead in Incheon rental flat", "", True),
    ("Escapees' children born in China left out of support schemes", "", True),
    ("Arriving with debts: escapees still paying off brokers years later", "", True),
    ("Counselling for North Korean escapees falls short, study finds", "", True),
    ("How Pyongyang's top envoy in Rome walked out with his family", "", True),
    ("North Korean private crosses line in central sector, seeks protection", "", True),
    ("North Korean diplomats walk out of UN session in protest", "", False),
    ("Defectors' Day: escapees gather in Seoul to mark the date", "", True),
    ("\"북향민\" 새 이름 얻은 탈북민…정착 지원 새 단계", "", True),
    ("탈북민의 날 맞아 기념식…통일부 장관 참석", "", True),
    ("Exodus of foreign aid workers from Pyongyang as offices close", "", False),
    ("Russia grants asylum to Syrian leader as North Korea stays silent", "", False),
    ("North Korea says it caught a South Korean spy who crossed the border", "", False),
    # athletes, students and crews who stay behind abroad; allegiance switched; state media's
    # abduction claims; people flown to the South; deaths of those living alone
    ("North Korean wrestler stays behind after tournament in Hungary", "", True),
    ("North Korean students fail to return home after maths olympiad in Oslo", "", True),
    ("Former Ningbo restaurant staff now run a bakery in Seoul", "The twelve North Korean women arrived in 2016.", True),
    ("North Korean colonel switched allegiance to Seoul, officials say", "", True),
    ("North Korean seaman leaps from freighter off Ulsan and asks to stay", "", True),
    ("DPRK protests 'abduction' of its citizens by puppet agents in Russia", "", True),
    ("North Korean orphan flown to South Korea after years in Mongolia", "", True),
    ("North Korean man living alone in Nowon found dead months later", "", True),
    ("North Korean delegation flown to Seoul for sports talks", "", False),
    ("Japan marks anniversary of North Korea's abduction of its citizens", "", False),
    ("KCNA Slams Human Garbage Reciting Lies in Geneva", "The news agency said the dregs who fled the Republic were reading a script.", True),
    # going back
    ("Defector re-enters the North via Ganghwa, the third case in five years", "", True),
    ("北 외교관 출신 탈북민, 대기업 취업", "", True),
    ("탈북민 또 월북…재입북 올해 두 번째", "", True),
    # Korean: crossing the line by sea, arrivals named by rank, deaths, relatives, desertion
    # across the river, the border shut against escapes, the ministry's budget for 탈북민
    ("北 주민 3명 동해 NLL 넘어 남측 해역 진입", "", True),
    ("국정원 \"北 고위 외교관 지난해 입국\"", "", True),
    ("탈북 모자 아사 사건 10년…복지 사각지대 여전", "", True),
    ("北, 탈북자 가족 산간 오지로 추방", "", True),
    ("北 국경경비대원 두만강 건너 탈영", "", True),
    ("北 군 간부, 파병 중 이탈해 한국 입국", "", True),
    ("김정은, 국경경비대 찾아 \"탈북 막아라\"", "", True),
    ("탈북민 지원 예산 삭감 논란", "", True),
    # Korean: who defected, named before 탈북; a person taken into custody (신병 확보)
    ("中 파견 北 노동자 10여명 집단 탈북", "", True),
    ("北 고위급 엘리트 탈북 늘어", "", True),
    ("北 대사관 참사관 또 탈북", "", True),
    ("軍, 서해서 北 남성 1명 신병 확보", "", True),
    ("北, 주민 탈북 막으려 국경 감시 강화", "", True),
    ("탈북 여성 \"교화소서 강제노동\" 증언", "", False),
    # near misses: defectors targeted, cited, campaigning; other defectors; other senses
    ("Seoul court jails man for spying on escapees for Pyongyang's agents", "", False),
    ("North Korean hackers target defectors' phones with fake resettlement app", "", False),
    ("Plot to poison defector activist in Seoul foiled, police say", "", False),
    ("Defector-run radio airs K-pop into the North", "", False),
    ("Defector candidate wins primary in Seoul district", "", False),
    ("Carmaker recalls SUVs over airbag defect", "", False),
    ("Russian officer who defected to Ukraine speaks in Kyiv", "", False),
    ("South Korean MP defects to ruling party", "", False),
    ("North Korean soldiers cross border line while clearing mines, retreat after warning shots", "", False),
    ("North Korea vows the enemies will not escape punishment", "", False),
    ("Rice prices soar in Sinuiju, defector network says", "", False),
    ("China arrests North Korean escapees hiding in Yanji", "", False),
    ("Escapee testifies at UN about torture in Onsong detention centre", "", False),
    # soldiers who desert without crossing; a defectors' party at the polls; Minbyun
    ("Starving North Korean conscripts desert their posts, sources say", "", False),
    ("Defectors' party wins no seats in general election", "", False),
    ("Minbyun under fire over stance on defectors", "", False),
    # ... but a guard who deserts across the river
    ("North Korean border guard deserts and crosses Tumen into China", "", True),
    # a defector who is only the source of a report on life, jails or hacking in the North
    ("Man who fled in 2017 recounts prison term for selling foreign films", "", False),
    ("Interview: an escapee on everyday surveillance under Kim", "", False),
    ("Kim's former driver, now in Seoul, says leader rarely sleeps", "", False),
    ("Ex-North Korean hacker now based in Seoul explains how crypto heists work", "", False),
    ("Escaped North Korean nurse details shortages in provincial hospitals", "", False),
    ("Former inmate who escaped to the South testifies about Camp 14", "", False),
    # ... but a witness to the escape or to life in the South is a defections story
    ("Former soldier explains why he left through the minefield", "", True),
    ("Escapee recounts her journey through Laos to Seoul", "", True),
    ("탈북민 단체, 대북전단 풍선 날려", "", False),
    ("北 병사들, 러시아 전선서 탈영 잇따라", "", False),
    ("北 노동자 러시아 입국 급증", "", False),
    ("北 대표단 입국…남북회담 참석", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_defections_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises defections exactly when the yardstick says it is a defections story."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (PROFILE in got) == expected, got
