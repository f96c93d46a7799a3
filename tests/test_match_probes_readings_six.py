"""Probe headlines for the six newest readings of docs/labelling.md, and the showcase openings.

Each probe is a headline (sometimes with a summary) written for this test, and which of the
profiles its group checks it should raise:

- routine farm progress in state media (sowing, transplanting, weeding, harvest or threshing
  under way or done, a bumper crop reaped, manure carried to the fields, farmers "pushing on",
  a radio call or editorial urging the farm plan on) carries no profile, whoever does the work;
  economy-livelihood stays for the food situation: drought, floods or pests hitting crops, a
  poor or doubted harvest, inputs for flood-hit farms, rations and prices, farm mobilisation
  told from outside as a burden on households;
- North Korean workers sent abroad on student, study or trainee visas, or under contracts
  dressed up as trainee programmes, are overseas-labor and sanctions-finance; real students,
  or visa figures with no workers behind them, are neither;
- laundering or cashing out stolen crypto or hacking revenue is sanctions-finance alone;
  military-security as well only where the theft itself is news (who was hit, how much, how
  they got in, sanctions on named hackers for the thefts);
- a lawmaker or councillor who escaped the North, speaking on Kaesong, talks or unification,
  carries the topic's profile, not defections, and not lawfare-politics unless the item has a
  human-rights angle or is about his own seat (a resettlement bill adds defections too);
- hardship behind prostitution, trafficking, smuggling or desertion adds economy-livelihood only
  where the item reports it (in the title as a present condition, or what ran short for whom),
  not as a motive in a word or clause;
- a munitions-factory tour with shipments to Russia in a passing clause carries no profile;
  sanctions-finance only when the shipments are what the item reports;
- showcase openings (a greenhouse farm the army built) carry no economy-livelihood.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

E, OL, SF = "economy-livelihood", "overseas-labor", "sanctions-finance"
M, D, L, K = "military-security", "defections", "lawfare-politics", "kaesong-interkorean"
W = "women-violence"

FARM = {E, M}
FARM_PROBES = [
    # routine progress: no profile, whoever does the work
    ("Seedling transplanting gathers pace on North Phyongan cooperative farms", "", set()),
    ("Barley and wheat sowing wrapped up early in South Hwanghae, KCNA says", "", set()),
    ("Farmers of Kangwon Province push on with autumn threshing", "", set()),
    ("Office workers and students join maize planting in Jagang",
     "They were mobilised to the fields to speed up spring farming.", set()),
    ("Compost hauled to paddies ahead of the spring farming season in DPRK", "", set()),
    ("Soldiers lend a hand with weeding at a cooperative farm in Sukchon", "", set()),
    ("Pyongyang radio call urges farm workers to get the crop in on time", "", set()),
    ("Rich potato crop lifted from the fields of Paegam County", "", set()),
    ("Rodong Sinmun editorial urges all-out effort to finish transplanting this week", "", set()),
    ("Threshing finished ahead of schedule at Chongsan farm in South Phyongan", "", set()),
    ("평안남도 협동농장들에서 밀보리 씨뿌리기 마무리", "", set()),
    ("황해북도 농장원들 김매기에 떨쳐나서", "", set()),
    ("함경북도 농장들 감자 수확 한창", "", set()),
    # the food situation: economy-livelihood stays
    ("Drought withers freshly planted rice fields across North Korea", "", {E}),
    ("Caterpillars ravage maize in South Hwanghae as farms battle to save the crop", "", {E}),
    ("North Korea's autumn harvest set to fall short after summer floods, analysts say", "", {E}),
    ("Seed and fertiliser trucked to flood-hit farms in North Hamgyong", "", {E}),
    ("North Korean households ordered to deliver quotas of night soil for spring farming", "", {E}),
    ("Pupils sent to tend paddies as fertiliser runs out in North Korea", "", {E}),
    ("State media boasts of a bumper crop, but rice prices keep climbing in Hyesan", "", {E}),
    ("가뭄에 모내기 차질…北 식량난 우려", "", {E}),
    ("태풍에 北 논 수천 정보 침수…수확 앞두고 피해", "", {E}),
]

VISAS = {OL, SF}
VISA_PROBES = [
    # workers behind the visa: both
    ("North Korean labourers sent to Moscow building sites on study visas", "", {OL, SF}),
    ("Hundreds of North Korean women work in Russian sewing shops on trainee visas", "", {OL, SF}),
    ("Pyongyang dresses up its construction contracts in Russia as trainee programmes", "", {OL, SF}),
    ("More North Koreans enter Russia", "Most hold student visas but are put to work at"
     " construction sites in the Far East, officials say.", {OL, SF}),
    ("北 인력, 연수생 신분으로 러시아 공장 투입", "", {OL, SF}),
    ("학생 비자 받은 北 노동자들, 러 건설현장서 일해", "", {OL, SF}),
    # real students, or visa figures with nobody put to work: neither
    ("North Korean students enrol at Kazan university under exchange deal", "", set()),
    ("北 유학생 20명, 러시아 대학 입학", "", set()),
]

CYBER = {M, SF}
CYBER_PROBES = [
    # laundering, cashing out, or what the haul pays for: sanctions-finance alone
    ("Treasury sanctions Hong Kong OTC desk that cashed out North Korean hackers' loot", "", {SF}),
    ("Analysts trace North Korean hackers' stolen crypto through Tornado Cash", "", {SF}),
    ("Chinese brokers convicted of laundering Lazarus crypto", "", {SF}),
    ("Payment firm in Phnom Penh helped North Korea launder hacking proceeds, FinCEN says", "", {SF}),
    ("美, 北 해커 자금세탁 도운 중국인 2명 기소", "", {SF}),
    ("北 해킹 자금, 캄보디아 업체 통해 현금화 의혹", "", {SF}),
    ("Stolen crypto bankrolls a third of North Korea's missile programme, report says", "", {SF}),
    # the theft itself as news: both
    ("North Korean hackers steal $300 million from Japanese exchange", "", {M, SF}),
    ("Lazarus broke into bridge through fake job offer, then laundered the haul", "", {M, SF}),
    ("US sanctions North Korean hackers behind $600 million Ronin theft", "", {M, SF}),
    ("北 해커, 국내 거래소서 가상자산 580억원 탈취", "", {M, SF}),
]

LAWMAKER = {D, L, K}
LAWMAKER_PROBES = [
    # the topic's profile, not his past
    ("Defector lawmaker presses government to reopen Kaesong complex", "", {K}),
    ("탈북 출신 의원, 금강산 관광 재개 촉구", "", {K}),
    ("Lawmaker who fled the North says unification needs a new roadmap", "", set()),
    ("탈북민 출신 구의원 \"통일 박람회 열자\"", "", set()),
    # a rights angle, a resettlement bill or his own seat: still lawfare-politics
    ("Defector lawmaker tables bill to raise resettlement grants", "", {D, L}),
    ("Defector lawmaker seeks second term in Gangnam", "", {L}),
    ("탈북민 출신 의원, 북한인권재단 출범 촉구", "", {L}),
]

HARDSHIP = {E}
HARDSHIP_PROBES = [
    # the hardship reported: economy-livelihood
    ("Sex work spreads among Chongjin women as food runs short", "", {E}),
    ("Smuggling surges on the Yalu as hunger grips border towns", "", {E}),
    ("North Korean soldiers desert their units in numbers over food shortages", "", {E}),
    ("Thefts climb in Hamhung as rations dry up for factory families", "", {E}),
    # a motive in a word or a clause: nothing added
    ("North Korean girls from poor families lured to China by traffickers", "", set()),
    ("North Korean woman who fled to escape poverty recounts being sold to a Chinese farmer", "", set()),
    ("North Korean border guard who deserted after weeks of hunger caught in Jilin", "", set()),
]

MUNITIONS = {SF, M}
MUNITIONS_PROBES = [
    # the tour, shipments in passing: no profile
    ("Kim tours artillery shell plant and urges more output",
     "The visit came as Seoul says ammunition keeps flowing to Russia.", set()),
    ("Kim Jong Un inspects munitions enterprise, calls for mass production",
     "South Korea says the North has sent millions of shells to Moscow.", set()),
    ("김정은, 군수공장 현지지도…\"포탄 생산 늘려라\"",
     "국정원은 대러 포탄 수출이 이어지고 있다고 밝혔다.", set()),
    # the shipments as news: sanctions-finance
    ("North Korea ships 3 million shells to Russia via Rajin, Seoul says", "", {SF}),
    ("North Korean munitions plant runs round the clock to fill Russian orders, satellite images show",
     "", {SF}),
]

SHOWCASE = {E}
SHOWCASE_PROBES = [
    ("Greenhouse farm built by KPA servicepersons inaugurated in South Hamgyong", "", set()),
    ("Kim Jong Un cuts ribbon at army-built vegetable greenhouse complex", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), FARM_PROBES)
def test_farm_progress_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Routine farm progress carries no profile; the food situation stays economy-livelihood."""
    got = alerted(shipped, title, summary, FARM)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), VISA_PROBES)
def test_student_visa_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Workers on student or trainee visas are overseas-labor and sanctions-finance."""
    got = alerted(shipped, title, summary, VISAS)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), CYBER_PROBES)
def test_laundering_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Laundering hacking revenue is sanctions-finance alone; the theft as news keeps both."""
    got = alerted(shipped, title, summary, CYBER)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), LAWMAKER_PROBES)
def test_defector_lawmaker_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """A defector lawmaker on policy carries the topic's profile, not his past."""
    got = alerted(shipped, title, summary, LAWMAKER)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), HARDSHIP_PROBES)
def test_hardship_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Hardship reported adds economy-livelihood; a motive in a word or clause does not."""
    got = alerted(shipped, title, summary, HARDSHIP)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), MUNITIONS_PROBES)
def test_munitions_tour_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """A munitions-plant tour with shipments in passing carries no profile."""
    got = alerted(shipped, title, summary, MUNITIONS)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), SHOWCASE_PROBES)
def test_showcase_opening_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """An army-built greenhouse farm opening carries no economy-livelihood."""
    got = alerted(shipped, title, summary, SHOWCASE)
    assert got == expected, got
