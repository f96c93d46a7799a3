"""Probe headlines for economy-livelihood beside other profiles' stories, by the written readings.

Each probe is a headline (sometimes with a summary) written for this test, and whether the
profile under test should raise it, by PROFILES.md and docs/labelling.md: hunger and short
rations in the army are both economy-livelihood and military-security, even when a defector
is only the source of the report (the source adds nothing, and takes nothing away); the
army's kit, weapons or purges with no food named stay the army's alone; a defector's life in
the South, a camp's hunger, or factory openings leave the economy out.
Only the profile named is checked for each list: other profiles are held by their own tests.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

ECON = "economy-livelihood"
MIL = "military-security"

ECON_PROBES = [
    # army hunger told by a defector or former officer: the livelihood side stays
    ("Ex-sergeant says his North Korean company ate two meals a day of corn gruel", "", True),
    ("Defector: North Korean border troops fed one meal a day last winter", "", True),
    ("Former KPA cook says soldiers' meals shrank to watery porridge", "", True),
    ("North Korean defector recalls conscripts going without meals for days", "", True),
    ("North Korea's army is short of rice and cooking fuel, ex-officer tells radio", "", True),
    # a defector as the source of other want
    ("Defector says Hyesan families now eat two meals a day", "", True),
    ("Escapee describes North Korean miners paid in maize, not cash", "", True),
    # the army's or a defector's story with no livelihood in it
    ("North Korean defector says army officers sell fuel on the black market", "", False),
    ("Former North Korean soldier describes beatings in his unit", "", False),
    ("Defector who crossed the DMZ in 2023 opens a bakery in Seoul", "", False),
    ("North Korean army short of tank parts, defector says", "", False),
    ("Kim Jong Un opens new army uniform factory in Pyongyang", "", False),
    # second round: want at home behind another profile's story (a missing second label)
    ("Families of North Korean loggers in Russia go hungry as remittances stop", "", True),
    ("North Korea's coal exports to China fall; miners go unpaid", "", True),
    ("Unification ministry approves rice aid shipment to North Korea", "", True),
    ("Seoul approves flour and corn shipments for North Korean nurseries", "", True),
    ("Defectors in Seoul send money to families to buy food in the North", "", True),
    # another profile's story with no livelihood in it (an extra label)
    ("Women detained at Onsong holding centre given only corn porridge", "", False),
    ("Returnees at Sinuiju holding facility fed salted cabbage broth", "", False),
    ("Kaesong workers' wages in dollars went to the regime, ministry says", "", False),
    ("Kim Jong Un visits newly built fertiliser factory in Hungnam", "", False),
    ("North Korea's steel output rises, state media says", "", False),
    # third round: a defector's life in the South, or a market in China, with no want at home
    ("Defector who sold rice in Hyesan market now runs a restaurant in Seoul", "", False),
    ("Former Chongjin trader opens noodle shop in Busan, a defector's new start", "", False),
    ("Chinese police arrest North Korean women working at market stalls in Yanji", "", False),
    ("Defector in Seoul recalls the famine of the 1990s in Hamhung", "", True),
    ("North Korean escapee in South Korea says rations stopped in her hometown", "", True),
]

MIL_PROBES = [
    # army hunger and supplies: the army side stays
    ("North Korea's army is short of rice and cooking fuel, ex-officer tells radio", "", True),
    ("North Korean army short of food and winter boots, sources say", "", True),
    ("Ex-sergeant says his North Korean company ate two meals a day of corn gruel", "", True),
    ("Defector: North Korean border troops fed one meal a day last winter", "", True),
    # want among civilians with no army named
    ("Defector says Hyesan families now eat two meals a day", "", False),
    ("North Korea short of rice as spring lean season begins", "", False),
    ("Rice prices climb in Pyongyang markets, traders say", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), ECON_PROBES)
def test_economy_reading_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises economy-livelihood exactly when the readings say it is a livelihood story."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (ECON in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), MIL_PROBES)
def test_military_reading_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises military-security exactly when the readings say it is the army's story."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (MIL in got) == expected, got
