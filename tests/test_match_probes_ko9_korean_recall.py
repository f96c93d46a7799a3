"""Probe items for Korean headlines about the North that raised no alert (pass ko9).

Yonhap headlines (2016-2020) that name the North and raised nothing were read by PROFILES.md
and docs/labelling.md; the kinds of misses that recur are probed here with headlines written
for this test (new names, numbers and wording):

- kaesong-interkorean: games played between the two sides (통일농구, 노동자 통일축구), the
  South's special envoys to Pyongyang (대북특사단), guard posts pulled out of the DMZ and checked
  by both sides, joint recovery of war remains under the 2018 accord, Kim's return visit to
  Seoul (답방) and reunions written as 이산상봉;
- lawfare-politics: the North Korean Human Rights Act written with 北, the ministry's records
  centre under it, and the row over Seoul's abstention on the UN rights resolution;
- defections: a defector's public life in the South (a volunteer group, a novelist's reading,
  a class of trainees, teaching material for defector pupils);
- prison-camps: arbitrary arrest and detention in the North, people gone missing after arrest;
- information-access: small computers smuggled in by defector groups, users of Chinese phones
  punished.

Near misses stay quiet: a tournament game between the two teams, China's or Cuba's envoy in
Pyongyang, Xi's visit, GPS jamming, a UN vote where others abstain, detention in China of no
North Korean, a phone-subscriber count.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

K, L, D = "kaesong-interkorean", "lawfare-politics", "defections"
PC, IA = "prison-camps", "information-access"
AMONG = {K, L, D, PC, IA}

PROBES = [
    # games between the two sides, envoys, accord, return visit, reunions: kaesong
    ("남북 통일농구 선수단 평양 도착…내일 혼합경기", "", {K}),
    ("통일농구 방북단 사흘 일정 마치고 귀환", "", {K}),
    ("北 남북노동자 통일축구대회 준비위 꾸려", "", {K}),
    ("대북특사단 오늘 오전 특별기로 평양 출발", "", {K}),
    ("靑 특사단 평양 도착…김정은 위원장 면담 예정", "", {K}),
    ("남북 비무장지대 감시초소 GP 10곳씩 시범 철수", "", {K}),
    ("철수 GP 남북 상호검증 결과 보고받은 대통령", "", {K}),
    ("남북 군, 강원 고지서 6·25 전사자 공동유해발굴 착수", "", {K}),
    ("靑 김정은 연내 서울 답방 여전히 가능성 있어", "", {K}),
    ("통일부 차관, 이산상봉 앞두고 현지 시설 점검", "", {K}),
    # near misses: quiet
    ("세계탁구 단체전 남북 대결서 한국 3-2 승리", "", set()),
    ("김정은, 쿠바 특사단 접견…친선 강조", "", set()),
    ("시진핑 특사단 평양 도착…북중 관계 논의", "", set()),
    ("시진핑 방한 답방 시기 조율…한중 외교 협의", "", set()),
    ("北 GPS 교란 전파 또 감지…선박 주의 당부", "", set()),
    # the North Korean Human Rights Act and the rows in Seoul: lawfare
    ("北인권법 내달 발효…통일부 전담 조직 신설", "", {L}),
    ("야당 北 인권법 처리 더 미룰 수 없어", "", {L}),
    ("통일부 북한인권기록센터 개소…인권침해 사례 조사", "", {L}),
    ("전 장관 회고록에 北인권결의안 기권 결정 과정 공방", "", {L}),
    ("유엔 총회 北인권결의안 채택…중국·러시아는 반대", "", set()),
    # a defector's public life: defections
    ("탈북민 봉사단, 접경 마을서 벽화 그리기 봉사", "", {D}),
    ("탈북작가 신작 장편소설 낭독회 열려", "", {D}),
    ("탈북민 학생 위한 수업 교재 10년 만에 개편", "", {D}),
    # arbitrary detention and disappearance in the North: prison-camps
    ("유엔 실무그룹 北 주민 3명 자의적 구금 판정…석방 요구", "", {PC}),
    ("인권단체 北 인권침해 사건 절반이 자의적 체포·구금", "", {PC}),
    ("유엔 北에 체포 이후 실종된 주민 4명 행방 공개 촉구", "", {PC}),
    ("中 당국 자의적 구금 논란…인권단체 위구르 석방 촉구", "", set()),
    # information into the North: information-access
    ("탈북단체 北에 초소형 컴퓨터 몰래 들여보내…외부정보 유통", "", {IA}),
    ("北 김정은 中 휴대폰 쓰는 주민 반역으로 엄벌 지시", "", {IA}),
    ("北 휴대전화 가입자 500만명 넘어서", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_ko9_korean_recall_probes(shipped: Matcher, title: str, summary: str,
                                  expected: set[str]) -> None:
    """Recurring Korean misses alert; their near misses stay quiet."""
    assert alerted(shipped, title, summary, AMONG) == expected
