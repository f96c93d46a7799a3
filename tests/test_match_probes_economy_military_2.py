"""Probe headlines for economy-livelihood and military-security, second set of families.

Each case is a headline written for this test and the set of these two profiles it must
raise (what the other profiles do with it is their own tests' business). The families:
power by the hour (two hours of power a day, lights on for an hour), patients made to
bring or buy their own drugs, livestock dying, families who cannot make ends meet, meals
in Korean (끼니, 세끼), an outlet's name (Asia Press) where the headline names no country,
infant and maternal deaths, health care collapsing, children stunted, fuel drying up,
traders ruined, rice prices, farm hands and firewood in Korean; for the army, servicewomen
assaulted by superiors, units raiding or pilfering farms, the draft dodged, chiefs named,
frostbite and untreated wounded in Korean, soldiers sent to build, ranks filled with
teenagers. Beside them the near misses: power cut in another country, the South's cattle
prices, an outlet's award, a drill of an assault on mock positions, a singer in the South
dodging service, stock traders, a statue (동상), short-range missiles, foreign students
recruited.
A headline that names no country stays quiet here even when it says who told it: the host
of a North Korea desk stands for the country there, a generic feed does not
(tests/test_match_profiles.py holds that).
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

ECON = "economy-livelihood"
MIL = "military-security"
MINE = frozenset({ECON, MIL})

PROBES = [
    # electricity by the hour, with or without the word 'electricity'
    ("North Korean towns get two hours of power a day", "", {ECON}),
    ("Lights come on for an hour a night in Hyesan", "", {ECON}),
    ("Power cuts hit Kyiv after Russian strikes on the grid", "", set()),
    # medicine brought or paid for by the patient
    ("North Korean hospitals make patients bring their own drugs", "", {ECON}),
    ("北 병원, 환자에게 약 직접 구해오라", "", {ECON}),
    # livestock dying
    ("Pigs die by the hundreds on North Korean farms", "", {ECON}),
    ("北 가축 전염병 돌아 돼지 무더기 폐사", "", {ECON}),
    ("South Korean cattle prices rise on strong demand for beef", "", set()),
    # getting by, and meals in Korean
    ("North Korean families struggle to make ends meet", "", {ECON}),
    ("Impoverished North Korean villagers sell their furniture", "", {ECON}),
    ("北 주민들 끼니 거르기 일쑤", "", {ECON}),
    ("북한 주민 하루 세끼 해결도 어려워", "", {ECON}),
    # an outlet's name in the headline where the country is not named
    ("Border town families down to one meal a day - Asia Press", "", {ECON}),
    ("Asia Press reporter wins award for coverage of Myanmar", "", set()),
    # the army: servicewomen assaulted, farms raided, the draft dodged
    ("Servicewomen in the North Korean army say superiors assaulted them", "", {MIL}),
    ("北 여군들 상관에게 성폭행 당해", "", {MIL}),
    ("North Korean soldiers practise an assault on mock enemy positions", "", set()),
    ("Conscripts raid potato fields at night, North Korean farmers say", "", {MIL, ECON}),
    ("Troops pilfer corn from a cooperative's storehouse in Jagang", "", {MIL, ECON}),
    ("北 병사들 밤마다 농가 옥수수밭 털어", "", {MIL, ECON}),
    ("North Korean youths dodge the draft by paying enlistment officials", "", {MIL}),
    ("Draft dodging rises in North Korea as service lengthens", "", {MIL}),
    ("北 청년들 뇌물 주고 입대 빠져", "", {MIL}),
    ("South Korean singer charged with dodging military service", "", set()),
    # health and survival, fuel drying up, traders ruined, staying warm
    ("Infant mortality rises in North Korea, UN says", "", {ECON}),
    ("Maternal deaths climb in North Korean provinces", "", {ECON}),
    ("北 의료체계 사실상 붕괴", "", {ECON}),
    ("北 아동 발육 부진 심각", "", {ECON}),
    ("Buses stop running in Chongjin as fuel dries up", "", {ECON}),
    ("Border closure leaves North Korean traders broke", "", {ECON}),
    ("North Korean families burn furniture to stay warm", "", {ECON}),
    ("Traders cheer as North Korean missile test sends Seoul stocks lower", "", set()),
    # prices, farm hands, firewood and living in Korean
    ("北 쌀 1kg 가격 7천원 넘어", "", {ECON}),
    ("北 농촌 일손 부족에 학생들 동원", "", {ECON}),
    ("北 땔나무 부족에 산림 훼손", "", {ECON}),
    ("北 주민 생활 갈수록 어려워", "", {ECON}),
    # the army: chiefs named, frostbite and untreated wounded in Korean
    ("Pyongyang names new army chief of general staff", "", {MIL}),
    ("北 군인들 동상 걸려도 치료 못 받아", "", {MIL}),
    ("北 군 병원에 약 없어 부상병 방치", "", {MIL}),
    ("北, 김일성 동상 새로 세워", "", set()),
    # the army: sent to build abroad, ranks filled with the young
    ("North Korea sends soldiers to build Russian infrastructure", "", {MIL}),
    ("North Korean army recruits younger teenagers to fill ranks", "", {MIL}),
    ("KPA units fire short-range missiles into the sea", "", set()),
    ("North Korea recruits foreign students to its universities", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_economy_and_military_second_families_raise_their_profiles(
    shipped: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each probe raises exactly these two profiles' share of what the yardstick gives it."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert got & MINE == expected
