"""Probe items for Korean words that only look like names of the North (pass ko8).

Yonhap headlines (2016-2020) read with no North in them raised alerts because a North
marker matched inside another word; each probe is a headline written for this test (new
names, numbers and wording):

- 조선 inside 구조선 (a rescue ship: migrants' boats held or barred from ports in Europe) and
  조선 for the Joseon dynasty (a Joseon king's portrait, a late-Joseon market): no profile;
- 원산 inside 강원산 (강원산불, 강원산간: the South's Gangwon province, its wildfires and
  mountain roads): no profile.

The North's own ship barred from a port, a detained crew, Wonsan's flood relief and the
North's 조선 (state media, the Korean People's Army) keep their alerts.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

S, PC, E = "sanctions-finance", "prison-camps", "economy-livelihood"
AMONG = {S, PC, E}

PROBES = [
    # rescue ships in Europe: quiet
    ("몰타 당국, 난민구조선 입항 금지…이주민 90명 해상 대기", "", set()),
    ("스페인 NGO 구조선 또 억류돼…伊 항구서 검사", "", set()),
    ("그리스 해경, 난민 구조선 입항금지 조치 연장", "", set()),
    # Joseon as a dynasty: quiet
    ("조선 임금 어진 복원 전시회 개막…궁중 유물 80점", "", set()),
    ("조선 말기 시장 풍경 재현한 야시장 내달 문 열어", "", set()),
    # the South's Gangwon: quiet
    ("정부, 강원산불 이재민 임시주택 지원 확대", "", set()),
    ("강원산간 폭설 피해 복구 총력…제설차 투입", "", set()),
    # the North: alert
    ("조선 국적 화물선 입항 금지…안보리 제재 대상", "", {S}),
    ("北 원산 수해 복구 총력…주민 수천명 이재민", "", {E}),
    ("北 억류 美 선교사 노동교화형 선고", "", {PC}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_ko8_lookalike_probes(shipped: Matcher, title: str, summary: str,
                              expected: set[str]) -> None:
    """Words that only contain a North marker stay out; the North itself stays in."""
    assert alerted(shipped, title, summary, AMONG) == expected
