"""Probe headlines for the defections profile, second round: families of wording.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise defections by the yardstick and the readings in docs/labelling.md: the journey
south through a third country (held in Thailand, bound for Seoul, waiting to go), a defector's
life in the South told in its own words (jobs, grants, fitting in, a defector-turned chef, a
school or cafe run by defectors), escapes planned, punished or told in the plural, workers who
leave a post abroad and are sent back (Korean), diplomats who flee or drop out of sight, people
who float across, state media's citizens "detained" in the South, crews who refuse to go back;
not defectors who only launch leaflets or run for office, other countries' defectors, nor North Koreans held in China with no journey south.
Only defections is checked here: other profiles are held by tests/test_match_profiles.py.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

PROFILE = "defections"

PROBES = [
    # the journey south through a third country
    ("Bangkok immigration holds eight North Koreans awaiting flights to Seoul", "", True),
    ("North Korean teenagers on their way to South Korea stopped at Thai checkpoint", "", True),
    ("Group of North Koreans reaches Thailand after weeks on the road", "", True),
    ("라오스 억류 탈북민 일행, 한국행 대기 중", "", True),
    # a defector's life in the South in its own words
    ("Defectors say finding jobs matters more than grants", "", True),
    ("Escapees struggle to fit in at South Korean workplaces", "", True),
    ("Defector-turned-entrepreneur opens third bakery in Suwon", "", True),
    ("Defector-run cafe in Mapo hires only new arrivals from the North", "", True),
    ("Defectors find housing costs in Seoul a shock, poll shows", "", True),
    # escapes planned or punished
    ("Former North Korean official says elite escapes are being planned quietly", "", True),
    ("North Korea executes three for fleeing to China, sources say", "", True),
    # workers who leave a post abroad (Korean)
    ("러시아 작업장 이탈한 北 노동자들, 현지 당국에 붙잡혀 강제송환", "", True),
    ("中 식당 이탈 北 종업원, 제3국서 한국행 대기", "", True),
    # diplomats and officials abroad who flee or drop out of sight; people who float across;
    # state media's citizens "detained" by the South; former North Koreans abroad
    ("North Korea's deputy ambassador in London flees with family", "", True),
    ("Top North Korean envoy in Italy drops out of sight with his wife", "", True),
    ("North Korean consul in Hong Kong seeks shelter at a Western mission", "", True),
    ("High-ranking North Korean official flees to the South", "", True),
    ("Former North Koreans in New Malden mark the lunar new year", "", True),
    ("North Korean man floats to Gyodong on a plank", "", True),
    ("North Korean paddles kayak across the sea border at night", "", True),
    ("KCNA says south Korean puppets forcibly detain its citizens", "", True),
    ("Pyongyang demands Seoul hand back two sailors who wish to stay", "", True),
    # arrival figures and life in the South, other words
    ("Fewer North Koreans making it to the South than ever", "", True),
    ("Influx of defectors slows as China tightens border", "", True),
    ("Children of defectors face bullying at school", "", True),
    # Korean: swimming south, schools and grants, an official gone to ground, arrival, refusal
    ("北 주민, 헤엄쳐 월남…교동도서 신병 확보", "", True),
    ("탈북 청소년 대안학교, 올해도 졸업생 배출", "", True),
    ("北 외교관 부부 잠적…제3국行 추정", "", True),
    ("제3국 떠돈 탈북 가족, 10년 만에 한국 도착", "", True),
    ("北 선원 2명 \"남한에 남겠다\"…송환 거부", "", True),
    # a school, bakery or firm run by defectors; held in Laos and waiting to go to Korea
    ("Defector-run alternative school in Seoul to close for lack of funds", "", True),
    ("Escapee-run bakery in Busan hires only newcomers from the North", "", True),
    ("라오스서 붙잡힌 탈북 모녀, 한국행 기다리며 호소", "", True),
    # arrivals, intake and entries; a getaway; prisoners of war who ask to go to the South
    ("North Korean defectors touch down at Incheon after years in hiding", "", True),
    ("Seoul's intake of North Korean escapees falls again", "", True),
    ("Former soldier's daring getaway across the DMZ retold in new book", "", True),
    ("Captured North Korean soldier in Ukraine asks to be sent to Seoul", "", True),
    ("러 파병 北 포로 \"한국 가고 싶다\"", "", True),
    ("北 유학생, 베이징서 잠적…한국행 추정", "", True),
    # Korean: crossing south (월남), the trip south or to Seoul, prisoners of the war who escape,
    # the ministry's decision to protect, the journey told
    ("北 주민 2명 강화도로 월남", "", True),
    ("北 일가족 남한행…제3국 경유", "", True),
    ("北 외교관 서울행…정부 확인", "", True),
    ("탈북 국군포로 3명 생존…정부 지원 촉구", "", True),
    ("통일부, 北 주민 5명 보호 결정", "", True),
    ("탈북 과정서 겪은 고통, 연극으로", "", True),
    ("北 고위 간부 잇단 탈북…체제 균열 신호", "", True),
    # near misses
    ("월남전 참전용사 기념식", "", False),
    ("北 주민 월북 시도하다 붙잡혀", "", False),
    ("北 응원단 서울행…내일 도착", "", False),
    ("탈북민 단체 대표, 美 의회서 증언", "", False),
    ("North Korean soldier surrenders to Ukrainian troops", "", False),
    ("Cuban doctors defect in Brazil", "", False),
    ("North Korean women's team lands in Incheon for Asian Cup", "", False),
    ("Seoul grants asylum to Nigerian man after decade-long fight", "", False),
    ("North Korean hackers escape detection with new malware", "", False),
    ("Russians fleeing conscription arrive in Kazakhstan", "", False),
    ("Hong Kong dissidents flee to Taiwan", "", False),
    ("Defector women speak out about abuse by brokers on the escape route", "", False),
    ("Defector-led group sends bottles of rice across the sea", "", False),
    ("Balloons floated across the border carried trash, Seoul says", "", False),
    ("North Korean diplomats flee Khartoum as fighting rages", "", False),
    ("귀순 어민 강제송환 논란, 검찰 수사 확대", "", False),
    ("North Korean hackers pose as recruiters to target defectors", "", False),
    ("Sudanese refugees reach Chad after weeks on the road", "", False),
    ("탈북민 출신 국회의원, 대북전단 금지법 비판", "", False),
    ("Defector group floats leaflets by balloon from Ganghwa", "", False),
    ("Defector-turned-lawmaker launches re-election campaign", "", False),
    ("Chinese police detain North Koreans hiding in Shenyang flat", "", False),
    ("Russian soldier defects to Ukraine by drone", "", False),
    ("Samsung says defect found in batch of phone batteries", "", False),
    ("Thai police rescue Myanmar women from trafficking ring", "", False),
    ("North Korean football team bound for Seoul for Asian qualifier", "", False),
    ("Seoul residents struggle with housing costs, poll shows", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_defections_probes_second_round(shipped: Matcher, title: str, summary: str,
                                        expected: bool) -> None:
    """Each probe raises defections exactly when the yardstick says it is a defections story."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (PROFILE in got) == expected, got
