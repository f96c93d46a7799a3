"""Probe items for Korean headlines about known defection cases that went unalerted (pass ko11).

Yonhap headlines (2016-2020) naming the North and raising no profile were read by PROFILES.md
and docs/labelling.md; the misses that recur are probed here with headlines written for this
test (new wording, numbers and sides):

- defections recall: the group of restaurant workers who fled a post abroad together, told in
  its later rounds (the habeas-corpus case over them, interviews with them asked or refused,
  the North recalling consuls to look into their escape, rows over how their arrival was
  announced), where the headline says 종업원 or 집단탈북 with no verb of fleeing;
- defections recall: a named defected diplomat or official branded a criminal or traitor by the
  North, defended, given a press conference or lectures, or the subject of claims about his
  family background and why he fled.

Near misses stay quiet: restaurant or hotel staff elsewhere, the North's own restaurant staff at
home, workers of other countries fleeing together, and a defected diplomat who is only the source
of a forecast about the North's weapons or a candidate in an election (lawfare-politics).
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

D = "defections"
AMONG = {D}

PROBES = [
    # the restaurant workers who fled together: defections
    ("北 여종업원 인신보호 심리 또 미뤄져…변호인단 반발", "", {D}),
    ("北, 남측의 집단탈북자 접견 제안 일축", "", {D}),
    ("北 해외식당 종업원 탈출 경위 조사…현지 영사들 평양 소환", "", {D}),
    ("정부, 北 종업원 입국 사실 공개 비판에 반박 논평", "", {D}),
    ("국정원 보호 중인 北종업원들 법정 증언대 서나", "", {D}),
    ("北종업원 사건 재판부 변경 신청 기각", "", {D}),
    # near misses: quiet
    ("대구 식당 여종업원 폭행한 40대 입건", "", set()),
    ("美 라스베이거스 호텔 종업원 파업 장기화", "", set()),
    ("北 평양 옥류관 종업원들 봉사 경쟁 열기", "", set()),
    ("말레이 공장서 집단 탈출한 미얀마 노동자들 체포", "", set()),
    # a named defected diplomat or official: defections
    ("北 매체, 태영호는 조국 등진 특급 범죄자 매도", "", {D}),
    ("北 대외선전매체 조성길은 돈 챙겨 도주한 범죄자", "", {D}),
    ("태영호, 첫 공개 강연서 北 외교관 생활 소개", "", {D}),
    ("조성길 前대사대리 부인 가문 둘러싼 주장 엇갈려", "", {D}),
    ("北 당국자 태영호 강압에 못이겨 남으로 갔다 주장", "", {D}),
    # near misses: a source or a candidate, quiet here
    ("태영호 北 핵 포기 가능성 거의 없다 전망", "", set()),
    ("조성길 北 ICBM 추가 발사 가능성 높아", "", set()),
    ("태영호 강남갑 공천 확정…선거운동 돌입", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_ko11_defector_case_probes(shipped: Matcher, title: str, summary: str,
                                   expected: set[str]) -> None:
    """Known defection cases alert defections; near misses stay quiet."""
    assert alerted(shipped, title, summary, AMONG) == expected
