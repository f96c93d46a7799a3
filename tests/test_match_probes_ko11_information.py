"""Probe items for Korean headlines on the North's control of outside information (pass ko11).

Yonhap headlines (2016-2020) naming the North and raising no profile were read by PROFILES.md;
one recurring miss is the North's grip on information (control of information, the inflow of
outside information treated as a crime, calls abroad cut off), which is information-access.
The probes are written for this test (new wording and numbers).

Near misses stay quiet: information control in the South's own politics or in China, and the
North's missile data kept back by the South's military.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

IA = "information-access"
AMONG = {IA}

PROBES = [
    ("인권단체, 제네바서 北 정보통제 실태 보고서 발표", "", {IA}),
    ("北, 외부 정보유입 막으려 국경 검열 강화", "", {IA}),
    ("북한, 국경지역 해외통화 차단 강화…적발 시 엄벌", "", {IA}),
    # near misses: quiet
    ("中 당국 인터넷 정보통제 강화…VPN 단속", "", set()),
    ("野 정부 코로나 정보 통제 의혹 제기", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_ko11_information_probes(shipped: Matcher, title: str, summary: str,
                                 expected: set[str]) -> None:
    """The North's control of outside information alerts; others stay quiet."""
    assert alerted(shipped, title, summary, AMONG) == expected
