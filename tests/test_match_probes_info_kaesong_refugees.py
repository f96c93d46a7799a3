"""Probe headlines for information-access, kaesong-interkorean, refugees-china and
lawfare-politics, by family of wording.

Each case is a headline (and sometimes a summary) written for this test, with the exact set of
profiles it must raise. The families: leaflets stopped by the police in Korean without the
North's name, internet access cut for foreigners in Pyongyang, Bibles smuggled in from China;
old people who die without seeing a brother or sister in the North, a joint Korean team for a
tournament; North Koreans sent back across the river by China in a longer phrase, children of
North Korean mothers in China left unregistered, an escape across the river and years hidden
in China in Korean; the act on North Korean residents in Korean, the unification ministry and
its rights report. Beside them the near misses: a Bible found in a home as the only cause of a
camp term, defectors who phone relatives as the source of a price report, shares of companies
tied to cooperation with the North, the unification ministry's rights report (not an
inter-Korean project), food trains that cross from Russia or China, a count of arrivals by way
of China.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

IA, K, R, L = "information-access", "kaesong-interkorean", "refugees-china", "lawfare-politics"
D, P, E, W = "defections", "prison-camps", "economy-livelihood", "women-violence"

PROBES: list[tuple[str, str, set[str]]] = [
    # information-access: leaflets stopped by the police (Korean, no name of the North)
    ("경찰, 납북자단체 전단 살포 현장서 막아", "", {IA, L}),
    # information-access: the internet cut off for foreigners in the capital
    ("Pyongyang restricts internet access for foreign embassies", "", {IA}),
    # information-access: Bibles brought in from China; a Bible found at home is a camp story
    ("Traders caught smuggling Bibles from China into Hyesan", "", {IA}),
    (
        "Family sent to prison camp after Bible found in their home",
        "Security agents in North Hamgyong took the parents and two children, a source said.",
        {P},
    ),
    # information-access near miss: defectors who phone home as the source of a price report
    (
        "Corn prices climb in Musan markets, escapees say",
        "Escapees who phone relatives in the North said a kilo now costs a day's wage.",
        {E},
    ),
    # kaesong-interkorean: separated families, a joint team
    ("Man, 101, dies without meeting his sister in the North", "", {K}),
    ("Separated families' last wish: to see siblings in North Korea before they die", "", {K}),
    ("Koreas could send joint team to world table tennis championships", "", {K}),
    # kaesong near misses: shares, the ministry's rights report
    ("Shares tied to inter-Korean projects surge in Seoul trading", "", set()),
    ("Unification ministry drops publication of North Korea rights report", "", {L}),
    # refugees-china: sent back across the river, unregistered children, escapes in Korean
    ("China sends dozens of North Korean detainees back across the Yalu", "", {R}),
    ("Babies born to North Korean women in China live without registration", "", {R}),
    ("두만강 건너 탈북한 모녀, 중국서 5년 숨어 살다 한국행", "", {R, D}),
    # refugees-china near miss: a count of arrivals that came by way of China is a defections story
    ("중국 거쳐 입국한 북한이탈주민 올해 200명 넘어", "", {D}),
    # refugees-china near misses: food trains from Russia and China
    (
        "Russian flour shipment crosses into North Korea after poor harvest",
        "The train carrying several thousand tonnes of flour crossed at Tumangang on Tuesday.",
        {E},
    ),
    # lawfare-politics: the act on North Korean residents in Korean
    ("북한이탈주민법 개정안 국회 통과…취업지원 확대", "", {L, D}),
    # second round. refugees-china: women sent back from China, named without the North
    ("Women repatriated from China subjected to invasive searches at holding centre", "", {R, W, P}),
    # kaesong-interkorean: families separated by the war at a memorial in the South; contacts
    # with the South refused, in Korean
    ("Families separated by war hold memorial at Imjingak", "", {K}),
    ("北, 남측 민간단체 접촉 거부", "", {K}),
    # information-access: Chinese phones and calls to family in the South, South Korean films
    # caught in a border town, in Korean
    ("北 주민들, 중국 손전화로 한국 가족과 통화하다 적발", "", {IA}),
    ("국경 주민들 한국 영화 돌려보다 단속에 걸려", "", {IA}),
    # lawfare-politics: a former North Korean in a party primary
    ("Former North Korean diplomat wins party primary in Gangnam", "", {L}),
    # near misses: a road bridge between Russia and the North, a primary abroad
    ("Russia-North Korea cross-border road bridge opens", "", set()),
    ("US primary election results due tonight", "", set()),
    # third round. refugees-china: checkpoints and ID checks in China
    ("North Korean women stopped at Chinese highway checkpoint", "", {R}),
    ("China tightens ID checks on North Korean women married to locals", "", {R}),
    # lawfare-politics: a defamation complaint against a defector group's head, in Korean
    ("탈북민 단체 대표, 명예훼손 혐의로 고소당해", "", {L}),
    # information-access: 'puppet' accents, leaflets from the South in a province, thumb drives
    ("North Korea cracks down on 'puppet' accents among youth", "", {IA}),
    (
        "Leaflets from the South found in Kangwon Province, villagers ordered to hand them in",
        "",
        {IA},
    ),
    ("Thumb drives loaded with Korean dramas passed around in Hyesan", "", {IA}),
    # near misses: a defamation suit and a drive maker with no North Korean angle
    ("Defamation suit against K-pop agency dismissed", "", set()),
    ("Thumb drive maker's shares jump in Seoul trading", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_probes_raise_exactly_their_profiles(
    shipped: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each probe raises exactly the profiles written beside it."""
    assert {m.profile for m in shipped.match(item(title, summary))} == expected
