"""Probe Korean headlines on inter-Korean talks, sanctions and second profiles that were missed.

Korean news abbreviates (北, 南北, 대북, 탈북, 북송) and attaches particles, so each probe is a
short headline or one-sentence summary written for this test. Groups:

- inter-Korean talks, summits, follow-up talks, economic cooperation between the Koreas, the
  liaison office and Mount Kumgang's southern assets or shooting are kaesong-interkorean; the
  South's own domestic politics, a US-North summit, and Kaesong or Kumgang as a place are not;
- Korean sanctions items on North Korea (UN resolutions on the North enforced, ships of the
  North banned from ports, designations) are sanctions-finance; sanctions on Russia or Iran, or
  a Korean company's own penalty, are not;
- a North Korean in China or a third country caught, held or sent back is refugees-china; an
  attempt by the North to assassinate a defector is military-security; the South's row over
  banning leaflets is lawfare-politics.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

K, S = "kaesong-interkorean", "sanctions-finance"
R, D, M, L = "refugees-china", "defections", "military-security", "lawfare-politics"

TALKS = {K}
TALKS_PROBES = [
    # talks agreed, held or proposed between the two sides
    ("남북, 다음달 3일 판문점서 후속 협의 열기로", "", {K}),
    ("남과 북은 이달 말 두 번째 실무 협의를 갖기로 했다.", "", {K}),
    ("北, 南에 고위급 협의 재개 제안…정부 \"긍정 검토\"", "", {K}),
    ("남북 당국자, 개성서 사흘째 마주 앉아", "", {K}),
    # summits
    ("대통령, 내주 평양 방문…올해 세 번째 정상회담", "", {K}),
    ("남북 정상, 백두산 함께 올라", "", {K}),
    # exchanges: sport and culture between the two sides
    ("장관 \"긴장 속에도 남북 체육교류 계속 추진\"", "", {K}),
    ("남북체육교류 재개 논의…탁구 단일팀 검토", "", {K}),
    # economic cooperation between the Koreas
    ("남북간 경제협력 사업, 올해 교역액 사상 최대", "", {K}),
    ("남북경제공동위원회 가동해 투자 보장하겠다", "", {K}),
    ("정부, 남북 간 철도 연결 착공식 연내 추진", "", {K}),
    # the liaison office
    ("개성 공동연락사무소 문 열어…상주 인력 20명", "", {K}),
    ("北, 연락사무소 청사 폭파", "", {K}),
    # Mount Kumgang: southern tourists, assets, the shooting
    ("금강산서 南 관광객 총격 사망…北 \"조사 협조 못해\"", "", {K}),
    ("北, 금강산 南 시설 일방 철거 통보", "", {K}),
    # near neighbours: domestic politics, US-North, places
    ("여야, 예산안 처리 후속 협의 이번 주 재개", "", set()),
    ("한미 정상회담 내달 워싱턴서…통상 현안 논의", "", set()),
    ("북미 정상회담 이후 실무협상 교착", "", set()),
    ("한국 경제협력개발기구 가입 30년…성과와 과제", "", set()),
    ("금강산 단풍 절정…北 선전매체 풍경 소개", "", set()),
    ("한중 경제협력 포럼 서울서 개막", "", set()),
]

SANCTIONS = {S}
SANCTIONS_PROBES = [
    ("中 외교부 \"대북 결의 철저히 이행하겠다\"", "", {S}),
    ("정부, 北 선박 국내 항구 입항 금지 검토", "", {S}),
    ("유엔 안보리, 北 해운사 3곳 제재 대상 추가", "", {S}),
    ("美 재무부, 北 석탄 밀수 연루 홍콩 업체 제재", "", {S}),
    ("대북제재 위반 의심 선박, 부산항서 억류", "", {S}),
    # near neighbours: others' sanctions and a company's own penalty
    ("美, 러시아 은행 추가 제재…유가 상승", "", set()),
    ("이란 제재 여파, 국내 정유사 원유 수입선 다변화", "", set()),
    ("공정위, 담합 적발 건설사에 과징금 제재", "", set()),
]

REFUGEES = {R}
REFUGEE_PROBES = [
    # caught in China or a third country, or sent back from there: refugees-china
    ("탈북 일가족, 中 공안에 붙잡혀 북송 위기", "", {R}),
    ("라오스서 탈북 청소년 9명 억류…대사관 진입 시도 무산", "", {R}),
    ("탈북민 부부, 中서 체포된 뒤 北으로 압송", "", {R}),
    ("탈북 모자, 北으로 압송되던 중 극단적 선택", "", {R}),
    ("탈북 청년 6명, 캄보디아 한국 대사관 진입 노려", "", {R}),
    # the South's own repatriation row is lawfare-politics, not the route
    ("국회, 탈북 어민 북송 사건 국정조사 요구", "", set()),
]

ASSASSIN = {M}
ASSASSIN_PROBES = [
    # a defector's assassination attempted by the North: military-security
    ("北 공작원, 망명한 전 고위 간부 암살 시도하다 검거", "", {M}),
    ("탈북 인사 노린 北 정찰총국 암살조 적발", "", {M}),
    ("北, 망명 직후 전 비서를 암살하려 했다", "", {M}),
]

LEAFLETS = {L}
LEAFLET_PROBES = [
    # the row in the South over banning leaflets to the North: lawfare-politics
    ("대북전단 금지법 위헌 논란…野 \"표현의 자유 침해\"", "", {L}),
    ("통일부, 전단 살포 단체 법인 허가 취소 방침에 반발 확산", "", {L}),
    ("대통령 \"민간의 대북전단 살포 막을 방안 마련하라\"", "", {L}),
    ("野 \"정부의 대북전단 차단 지시는 표현의 자유 침해\"", "", {L}),
    # the North's answer to leaflets, or leaflets themselves, are not the South's row
    ("北, 대북전단에 맞서 오물 풍선 또 살포", "", set()),
    ("탈북민 단체, 쌀과 USB 담은 대북전단 풍선 날려", "", set()),
]

GROUPS = [("talks", TALKS, TALKS_PROBES), ("sanctions", SANCTIONS, SANCTIONS_PROBES),
          ("refugees", REFUGEES, REFUGEE_PROBES), ("assassin", ASSASSIN, ASSASSIN_PROBES),
          ("leaflets", LEAFLETS, LEAFLET_PROBES)]


@pytest.mark.parametrize(("title", "summary", "expected"), TALKS_PROBES)
def test_korean_talks_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Korean talks, summits, cooperation, the liaison office and Kumgang are inter-Korean."""
    got = alerted(shipped, title, summary, TALKS)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), SANCTIONS_PROBES)
def test_korean_sanctions_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Korean items on sanctions on the North are sanctions-finance; others' sanctions are not."""
    got = alerted(shipped, title, summary, SANCTIONS)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), REFUGEE_PROBES)
def test_korean_refugee_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Caught, held or sent back in China or a third country is refugees-china."""
    got = alerted(shipped, title, summary, REFUGEES)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), ASSASSIN_PROBES)
def test_korean_assassination_probes(shipped: Matcher, title: str, summary: str,
                                     expected: set[str]) -> None:
    """The North's attempt to kill a defector abroad or in the South is military-security."""
    got = alerted(shipped, title, summary, ASSASSIN)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), LEAFLET_PROBES)
def test_korean_leaflet_row_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """The South's row over banning leaflets is lawfare-politics."""
    got = alerted(shipped, title, summary, LEAFLETS)
    assert got == expected, got
