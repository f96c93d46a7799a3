"""Probe headlines for the prison-camps readings of docs/labelling.md.

Each probe is a headline (sometimes with a summary) written for this test, and which of
prison-camps and defections it should raise: relatives of a defector banished or punished
with no camp named are defections alone, sent to a labour camp prison-camps as well; a UN
resolution is prison-camps only when camps or detention are named; the South's own prisons
and arrests, purges and trials elsewhere and state media accusing others are not the North's
camps (PROFILES.md). Only prison-camps and defections are checked here.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

P, D = "prison-camps", "defections"
CHECKED = {P, D}

PROBES = [
    # relatives of a defector: banished or punished with no camp named, or sent to a camp
    ("Pyongyang moves families of escapees out to remote farm villages", "", {D}),
    ("Mother and brother of a defector banished to a mountain hamlet", "", {D}),
    ("North Korea punishes relatives of defectors under guilt-by-association rules", "", {D}),
    ("탈북민 가족들, 산골 오지로 강제 추방돼", "", {D}),
    ("北, 탈북자 일가 농촌으로 추방…연좌제 다시 꺼내", "", {D}),
    ("Defector's parents sent to a labour camp after his escape", "", {P, D}),
    ("탈북민 가족, 정치범수용소로 끌려가", "", {P, D}),
    # a UN resolution: prison-camps only when camps or detention are named
    ("UN Third Committee approves resolution on North Korean human rights again", "", set()),
    ("유엔 인권이사회, 북한인권결의안 표결 없이 채택", "", set()),
    ("UN resolution on North Korea adopted, urging closure of political prison camps", "", {P}),
    ("유엔 北인권결의안 채택…정치범수용소 해체 촉구", "", {P}),
    # Korean: the South's own prisons and arrests are not the North's camps
    ("北 공작원 접촉 혐의 50대, 서울구치소 수감", "", set()),
    ("北 추종 단체 간부 2명 구속 기소", "", set()),
    ("北 해커에 계정 넘긴 IT업자 체포", "", set()),
    # purges and trials elsewhere
    ("中, 北 접경 군구 사령관 숙청…부패 혐의", "", set()),
    ("中 법원, 北 국경서 마약 밀수한 중국인에 사형 선고", "", set()),
    # state media accusing others
    ("北 외무성, 美 관타나모 수용소 고문 맹비난", "", set()),
    ("北 노동신문 \"일제 강제노동 범죄 끝까지 계산할 것\"", "", set()),
    ("北 매체, 남한 교도소 인권 실태 비난", "", set()),
    # and what stays prison-camps in Korean
    ("北 보위부, 국경지역 주민 무더기 연행", "", {P}),
    ("北, 공개처형 재개…주민 동원해 총살", "", {P}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_prison_readings_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Each probe raises prison-camps and defections exactly as the readings say."""
    got = {m.profile for m in shipped.match(item(title, summary))} & CHECKED
    assert got == expected, got
