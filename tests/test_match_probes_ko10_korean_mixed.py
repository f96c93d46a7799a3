"""Probe items for Korean headlines about the North, wrong alerts and misses (pass ko10).

Yonhap headlines (2016-2020) were read by PROFILES.md and docs/labelling.md; the kinds that
recur are probed here with headlines written for this test (new names, numbers and wording):

- kaesong-interkorean recall: high-level talks and the North's high-level delegation (put off,
  named, fed, sent south), the Panmunjom liaison channel restored or reopened, photo captions
  under the Pyongyang summit, a railway groundbreaking between the two sides, a delegation
  crossing the MDL back to the talks;
- kaesong-interkorean precision: Cyprus's north and south, and shares billed as winners from
  cooperation with the North (market news, docs/labelling.md);
- sanctions-finance precision: sanctions on Iran where the North is only a comparison;
- economy-livelihood precision: 큰물 (the North's word for flood) is not "큰 물의" (a scandal),
  a leader's field guidance at a salt works and a holiday camp for children from flood areas are
  not the flood or want;
- overseas-labor recall: the North's workers in Poland, Oman and Europe;
- information-access precision: VOA or RFA named as the source of an airline item;
- defections recall: a North Korean diplomat going missing from his post in Europe; the
  Unification Ministry's policy for defectors (defections and lawfare-politics);
- economy-livelihood recall: Red Cross money to rebuild homes in the North, the North's place
  on a hunger index (and kaesong-interkorean quiet on the international Red Cross's own aid);
- sanctions-finance recall: remittances to the North banned, goods made in the North kept out
  at the border, a country's own pressure measures on the North;
- women-violence and lawfare-politics precision: the North's statements on Japan's wartime
  sexual slavery ("comfort women") are colonial-era history, not North Korean women;
- prison-camps recall: a foreigner arrested in the North for "hostile acts against the
  republic".

Near misses stay quiet: US-China high-level talks, Xi's Pyongyang summit, a science hall's
groundbreaking, a domestic railway's, Polish workers on strike, an official who vanished
after embezzling.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

PC, LP = "prison-camps", "lawfare-politics"
WV = "women-violence"
K, S, E = "kaesong-interkorean", "sanctions-finance", "economy-livelihood"
OL, IA, D = "overseas-labor", "information-access", "defections"
AMONG = {K, S, E, OL, IA, D, PC, LP, WV}

PROBES = [
    # talks, delegations, the liaison channel, the Pyongyang summit, rail: kaesong
    ("北, 남북 고위급회담 돌연 연기 통보…정부 유감 표명", "", {K}),
    ("靑 北 고위급회담 무기한 연기 일방 통보 의도 분석 중", "", {K}),
    ("靑 北 고위급대표단 방남 일정 계속 협의 중", "", {K}),
    ("총리, 北 고위급대표단과 정부청사서 오찬", "", {K}),
    ("판문점 연락채널 석 달 만에 복원…北 먼저 전화 걸어와", "", {K}),
    ("북한, 오늘 오후부터 판문점 연락 채널 다시 개통", "", {K}),
    ("평양정상회담 옥류관 오찬장 들어서는 두 정상", "", {K}),
    ("평양정상회담 순안공항 나온 환영 인파", "", {K}),
    ("동해선 철도착공식 南장관 참석…北은 철도상 참석", "", {K}),
    ("철도착공식 南국토장관 참석…北은 철도상·부상", "", {K}),
    ("北 대표단 군사분계선 넘어 회담장 다시 입장", "", {K}),
    # near misses: quiet
    ("미중 고위급회담 결렬…관세 갈등 재점화", "", set()),
    ("시진핑 평양 정상회담…북중 친선 강조", "", set()),
    ("과학관 착공식 열려…2022년 개관 목표", "", set()),
    ("부산∼울산 복선철도 착공식 개최", "", set()),
    # other countries' north and south, share prices: quiet
    ("남·북 키프로스 지도자 유엔 중재로 회담 재개", "", set()),
    ("건설사 남북 경협 수혜주로 부각…증권가 분석", "", set()),
    # Iran's sanctions with the North as a comparison: quiet
    ("이란, 북한 전철 밟아 NPT 탈퇴 경고…유럽 제재 맞불", "", set()),
    ("이란 최고지도자 美, 北에는 손짓했지만 우리 제재는 그대로", "", set()),
    ("美 이란 수준의 고강도 대북제재 검토", "", {S}),
    # a scandal is no flood; field guidance and a holiday camp are no want
    ("육군 장성 사과…너무 큰 물의 빚어 송구", "", set()),
    ("北 큰물 피해 복구 총력…살림집 수천 채 침수", "", {E}),
    ("北 김정은 제염소 현지지도…소금 생산 늘려야", "", set()),
    ("北 김정은 제염소 시찰…소금은 식량만큼 귀하다", "", set()),
    ("北 수해지역 학생들 해변 야영소서 여름 야영 시작", "", set()),
    # workers in Europe and the Gulf: overseas-labor
    ("폴란드 조선소서 北 노동자 불법 고용 적발", "", {OL}),
    ("오만 체류 北 노동자 200명 본국 귀환", "", {OL}),
    ("유럽 내 北 노동자 실태 조사에 北 반발", "", {OL}),
    ("폴란드 노동자 파업…조선소 가동 중단", "", set()),
    # VOA as the source, not a broadcast
    ("北 고려항공 블라디보스토크 노선 운항 재개한 듯 VOA", "", set()),
    ("北 고려항공 상하이 노선 운항 중단한 듯 VOA", "", set()),
    ("RFA 대북 라디오 방송 예산 삭감 논란", "", {IA}),
    # a diplomat gone from his post: defections
    ("주헝가리 북한대사관 참사관 가족과 함께 잠적", "", {D}),
    ("횡령 혐의 공무원 잠적…경찰 추적", "", set()),
    # the ministry's policy for defectors: defections and lawfare
    ("통일부 탈북민 정착지원 정책 새 방향 내달 공개", "", {D, LP}),
    ("통일부, 탈북민 맞춤형 지원 대책 발표", "", {D, LP}),
    ("통일부 대북 인도지원 정책 방향 발표", "", set()),
    # relief money to rebuild, a hunger index: economy; the ICRC's aid is no inter-Korean project
    ("국제적십자사 北 수해 가옥 재건에 30만 달러 지원", "", {E}),
    ("北 세계기아지수 117개국 중 하위권…여전히 심각", "", {E}),
    ("美 싱크탱크 北 기아 위험 세계 18위", "", {E}),
    ("세계기아지수 발표…아프리카 국가 여전히 심각", "", set()),
    # sanctions wording: remittances, goods kept out, a country's pressure measures
    ("호주, 인도적 목적 외 대북송금 전면 금지 추진", "", {S}),
    ("관세청 북한산 물품 반입 차단 위해 원산지 검증 강화", "", {S}),
    ("카타르 독자적인 대북 압박 조치 발표", "", {S}),
    ("김대중 정부 대북송금 특검 15년…여야 공방", "", set()),
    # the North on Japan's wartime sexual slavery: no women-violence, no lawfare
    ("北 조선중앙통신 日 일본군 위안부 범죄 사죄하라", "", set()),
    ("北 외무성 일본군 성노예 문제 배상 촉구 담화", "", set()),
    # a foreigner arrested in the North: prison-camps
    ("북한, 캐나다인 교수 반공화국 적대행위 혐의로 체포", "", {PC}),
    ("北 억류 미국인 선교사 노동교화형 선고", "", {PC}),
    ("北 외교관 반공화국 적대행위 규탄 담화", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_ko10_korean_probes(shipped: Matcher, title: str, summary: str,
                            expected: set[str]) -> None:
    """Korean misses alert; wrong alerts and near misses stay quiet."""
    assert alerted(shipped, title, summary, AMONG) == expected
