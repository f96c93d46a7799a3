"""Probe headlines for prison-camps, refugees-china and lawfare-politics, by family of wording.

Each case is a headline (and sometimes a summary) written for this test, with the exact set of
profiles it must raise. The families: people held by the North (South Koreans, missionaries),
executions "under Kim", people sent to camps, officials sent for "revolutionary" re-education,
graves and justice for perpetrators; North Koreans handed or sent back from China and Russia (Moscow,
Vladivostok, a Russian court), a third country handing them to the UNHCR, an arrival by way of
the route, forced repatriation from China named in Korean, informants; a former envoy,
diplomat or other North Korean in an election in the South, bills (개정안, 발의), the
government asking senders of leaflets to stop, what the ministry calls defectors. Beside
them the near misses: talks "held" by the North, a training camp, relatives punished (연좌제)
with no camp named (defections alone), the UN adopting its yearly rights resolution with no
camp named, the North rejecting the resolution and the South co-sponsoring it, the South's spy agency holding a new arrival,
torture as a risk of return, the UN's torture committee on China's returns, a holding cell in
the North, a defector's child born in China and schooled in the South, a launch despite the
police, a defector analyst on a US election, loudspeakers halted.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

P, R, L = "prison-camps", "refugees-china", "lawfare-politics"
D, OL, M, IA = "defections", "overseas-labor", "military-security", "information-access"

PROBES: list[tuple[str, str, set[str]]] = [
    # prison-camps: people held by the North
    ("Pyongyang still holding three South Korean pastors, families say", "", {P}),
    ("North Korea has held Japanese-born wife for two years, group says", "", {P}),
    ("North Korea holds talks with Russian delegation on trade", "", set()),
    # prison-camps: executions and camps without the country's name in the title
    ("Secret executions have doubled under Kim, rights group says", "", {P}),
    ("Public shootings rise under Kim Jong-un's rule, escapees say", "", {P}),
    (
        "Believers caught praying in secret dragged off to camps",
        "North Korean security agents took three families from a village in North Hamgyong.",
        {P},
    ),
    ("Whole family sent to camp over a father's joke, source in North Korea says", "", {P}),
    ("North Korean footballers sent to training camp in Qatar", "", set()),
    # prison-camps: purged officials sent for "revolutionary" re-education (혁명화), punishment of
    # relatives (연좌제), arrests by the secret police, graves and justice for the perpetrators
    (
        "Former vice-premier sent for revolutionary re-education at a farm, sources say",
        "The North Korean official will work on a cooperative farm for a year, a source said.",
        {P},
    ),
    ("北 간부 '혁명화' 처벌 후 농장으로", "", {P}),
    # (relatives punished for a defection with no camp named are defections alone, as
    # docs/labelling.md reads them)
    ("北, 탈북민 가족에 연좌제 적용", "", {D}),
    ("北 보위부, 국경 주민 10여명 연행…\"한국과 통화 혐의\"", "", {P, M}),
    ("Group maps burial sites of people killed by the North Korean state", "", {P}),
    ("Transitional justice for North Korea: how to prosecute perpetrators one day", "", {P}),
    ("Police killings in the Philippines: perpetrators face justice", "", set()),
    # the UN's yearly resolution names no camp or detention here: not prison-camps
    # (docs/labelling.md: a UN resolution is prison-camps only when camps or detention are named)
    ("UN adopts resolution condemning North Korea's human rights abuses", "", set()),
    ("유엔 총회, 北인권결의안 20년 연속 채택", "", set()),
    # the North rejecting a resolution names no camp, execution or detention: not prison-camps
    ("北 외무성, 유엔 인권 결의안 \"모략\" 비난", "", set()),
    ("North Korea slams UN rights resolution adopted in Geneva as hostile plot", "", set()),
    ("South Korea joins co-sponsors of UN resolution on North Korean human rights", "", {L}),
    # prison-camps near misses: the South's screening, torture as a risk of return
    (
        "Rights commission faults spy agency over long detention of defector",
        "The commission said the NIS kept the new arrival in detention for five months.",
        {L, D},
    ),
    ("유엔 \"中 억류 北 여성들, 송환되면 고문 위험\"", "", {R}),
    ("라오스서 탈북민 5명 억류…\"한국행 원해\"", "", {R, D}),
    # refugees-china: handed or sent back from China and Russia
    ("China hands 30 North Korean escapees back at Tumen bridge", "", {R}),
    ("Dozens of North Koreans sent home from China in overnight convoy", "", {R}),
    ("Moscow sends back North Korean sailor who fled his ship in Nakhodka", "", {R, D}),
    (
        "Russian court orders deportation of North Korean who left logging camp",
        "",
        {R, OL},
    ),
    ("Vladivostok police detain North Korean escapee seeking asylum", "", {R, D}),
    ("Thai police hand North Korean group to UNHCR in Bangkok", "", {R, D}),
    # refugees-china near misses: a holding cell in the North, a child born in China, an arrival
    (
        "Torture routine in North Korea's county holding centres, report says",
        "Detainees held for smuggling described beatings and hunger.",
        {P},
    ),
    ("Assembly panel backs schooling aid for defectors' China-born children", "", {L, D}),
    ("중국 출생 탈북민 자녀 위한 대안학교 문 열어", "", {D}),
    # lawfare-politics: a former envoy or a former North Korean in an election
    ("Former North Korean diplomat wins ruling party nomination for Gangnam seat", "", {L}),
    ("Former North Korean elected to Ansan city council", "", {L}),
    ("Ex-envoy from Pyongyang to run for National Assembly in Gangnam", "", {L}),
    # lawfare-politics: bills and amendments in Korean, the government asking senders to stop
    ("탈북민 지원법 개정안 발의", "", {L, D}),
    ("Unification ministry asks activists to halt leaflet launches", "", {L, IA}),
    ("통일부, 탈북민단체에 대북전단 살포 자제 요청", "", {L, IA}),
    ("Government to halt loudspeaker broadcasts as leaflets stop", "", {IA}),
    # refugees-china: forced repatriation from China named in Korean, informants; the UN's
    # torture committee on China's returns is not the North's prisons
    ("中 강제북송 규탄 집회 서울서 열려", "", {R}),
    ("Chinese husband reports North Korean wife to police", "", {R}),
    ("UN torture committee urges China to stop sending North Koreans back", "", {R}),
    # lawfare-politics: what the unification ministry calls defectors; a ministry measure
    # for defectors is defections too (docs/labelling.md)
    ("통일부, '탈북민' 명칭 '북향민'으로 변경 추진 논란", "", {L, D}),
    # refugees-china: an arrival in the South by way of a third country is the route too,
    # and an arrival is defections (docs/labelling.md: escapes through third countries)
    ("North Koreans who came via Thailand land at Incheon", "", {R, D}),
    # lawfare-politics near misses: a launch despite the police, a defector analyst on a US
    # election, the UN's assembly, Russia's deportations
    ("Defector group launches balloons despite police warning", "", {IA}),
    ("Escapee analyst predicts nuclear test before US election", "", set()),
    ("UN General Assembly panel backs North Korea rights resolution", "", set()),
    ("Moscow deports North Korean fisherman who jumped ship", "", {R, D}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_probes_raise_exactly_their_profiles(
    shipped: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each probe raises exactly the profiles written beside it."""
    assert {m.profile for m in shipped.match(item(title, summary))} == expected
