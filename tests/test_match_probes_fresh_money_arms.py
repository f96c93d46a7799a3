"""Probe headlines for sanctions-finance, overseas-labor and military-security: wording shapes
the fresh dev-set items of December 2026 showed the rules missing, in new words.

Each probe is a headline (sometimes with a summary) written for this test, and whether it
should raise the profile by the yardstick (PROFILES.md, docs/labelling.md).

military-security: a South Korean soldier or officer who spies for the North is a spy story
(the North's agents at work), not the South's army alone; the South's army with no spying is
not. State media telling the North's own officers to keep the South's songs and films
("puppet" culture) out of the barracks is about the army's discipline, while state media
railing at the South's "puppet army" is not. Officers sent to a prison or labour camp are the
army as an institution (prison-camps too, by the reading for purged officers); party or
cabinet cadres sent there are not.

sanctions-finance: the leader touring a munitions plant is routine weapons news even when the
summary mentions shipments to Russia in passing; the shipments as the headline are not. In
Korean, shells "handed over" (넘기고, 넘기는) to Russia are the arms trade, and the North's
diplomats caught smuggling gold or cash are illicit finance. A hack that investigators say
had no North Korean link is neither profile.

overseas-labor: "North Korean staff" or "employees" at a factory or restaurant abroad are
workers abroad; the North's embassy staff are not.

Second batch (after the first rules): a former hacker's or soldier's new life in the South is
not military-security, what he tells of his old unit is; the security ministry hunting phones
and films is information-access, its agents spying abroad are military-security.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

MIL = "military-security"
SF = "sanctions-finance"
OL = "overseas-labor"

MIL_PROBES = [
    # A lone soldier or guard who crosses is a defection, his desertion in passing included;
    # a wave of desertions or shots at him are the army's story (docs/labelling.md).
    ("Unification ministry confirms a North Korean border guard defected last week", "", False),
    ("Army sergeant from the North defected across the western front, officials say", "", False),
    ('北 병사 1명 동부전선 넘어와 귀순…"부대 탈영 후 이동"', "", False),
    ("北 탈영병 잇따라 귀순…전방 부대 기강 흔들", "", True),
    # the South's soldiers and officers spying for the North
    ("South Korean army major accused of spying for Pyongyang", "", True),
    ("Ex-South Korean army sergeant jailed for selling secrets to North Korean agents", "", True),
    ("South Korea's army captain handed classified files to the North, prosecutors say", "", True),
    ("South Korean army colonel arrested on suspicion of espionage for North Korea",
     "Investigators said he met a contact linked to the Reconnaissance General Bureau.", True),
    # the South's army alone
    ("South Korean army to cut conscript numbers as birth rate falls", "", False),
    ("South Korean army unveils new drone unit near Seoul", "", False),
    ("South Korean army chief visits frontline units after North's missile launch", "", False),
    # the North's own soldiers and the South's culture in the barracks
    ("KPA political officers told to hunt puppet songs on soldiers' phones",
     "Rodong Sinmun said commanders must punish those caught with South Korean music.", True),
    ("Rodong Sinmun warns puppet dramas are corrupting soldiers in the barracks",
     "The paper told army units to tighten discipline against the enemy's culture.", True),
    # state media railing at the South's army
    ("KCNA slams puppet army's war drills with U.S. forces", "", False),
    ("Rodong Sinmun says puppet military is a servant of the U.S.", "", False),
    # officers sent to camps
    ("North Korean colonels sent to political prison camp after unit loses contact",
     "A source in the army said the two were taken away in the spring.", True),
    ("North Korean army commanders sent to labour camp over desertions, sources say", "", True),
    ("KPA officers packed off to prison camp after fuel goes missing", "", True),
    # not the army: party and cabinet cadres
    ("North Korean party cadres sent to labour camp over corruption", "", False),
    ("Cabinet officials in Pyongyang sent to prison camp after failed harvest", "", False),
]

SF_PROBES = [
    # the leader's munitions tours, with shipments in passing
    ("Kim Jong Un tours shell factory, calls for higher output",
     "The visit came as Seoul says arms deliveries to Russia continue.", False),
    ("Kim inspects munitions enterprise and praises workers",
     "State media showed rows of shells; analysts say some are bound for Russia.", False),
    # the shipments as the story
    ("North Korean shell shipments to Russia continue, Seoul says", "", True),
    ("Trains carry North Korean munitions to Russia, satellite images show", "", True),
    # Korean: shells handed over, diplomats smuggling
    ("北, 러시아에 포탄 수백만발 넘기고 원유 받아", "", True),
    ("\"평양, 러시아에 미사일 넘기는 대가로 식량 확보\"", "", True),
    ("北 외교관, 공항서 금괴 밀반입하다 적발", "", True),
    ("北 대사관 직원, 달러 현금 밀반출 시도…세관에 덜미", "", True),
    ("北 외교관 가족, 제3국서 망명 신청", "", False),
    # a hack with no North Korean link
    ("가상자산 거래소 해킹…경찰 \"북한 연관성은 없어\"", "", False),
    ("Crypto exchange hack had no link to North Korea, police say", "", False),
]

# A former hacker, soldier or spy's new life in the South is a defector's life, not the army;
# what he says about the units he served in is. The security ministry hunting phones, films or
# USB sticks is information-access (as "北 보위부, 한국 영상물 유포 주민 구금" reads), while its
# agents spying abroad, or its watch over the army, are the security services at work.
MIL_LIVES_AND_MEDIA = [
    ("Former North Korean hacker opens coding academy in Seoul", "", False),
    ("One-time North Korean spy becomes a novelist in the South", "", False),
    ("Ex-KPA sniper now runs a bakery in Daegu", "", False),
    ("Former North Korean hacker says Pyongyang's cyber units train in China", "", True),
    ("Ex-KPA officer says soldiers go months without rations", "", True),
    ("State Security agents search homes in Hyesan for Chinese phones", "", False),
    ("Ministry of State Security launches crackdown on South Korean dramas in Hoeryong", "", False),
    ("North Korea's secret police hunt smuggled USB sticks in border towns", "", False),
    ("Ministry of State Security tightens watch on army officers after desertions", "", True),
    ("North Korean State Security agents arrested in China for spying on defectors", "", True),
    # guard posts and sensors along the river against escapes (the border as the route, with
    # refugees-china), not posts in the DMZ (military posture) or a bridge's guard houses
    ("North Korea tightens control of border towns",
     "Residents say new sensors and guard posts now watch every spot where people used to cross"
     " the river.", True),
    ("Pyongyang seals riverbank villages as escapes fall",
     "Traders in Hyesan say motion detectors and extra sentry posts were installed along the water"
     " this spring.", True),
    ("North Korea rebuilds guard posts inside the DMZ",
     "Seoul's military said the North restored about ten posts it had removed under the 2018"
     " accord.", False),
    ("Kim Jong Un inspects new bridge over the river in Sinuiju",
     "The bridge has guard posts at both ends, KCNA said.", False),
]

MIL_NOLINK = [
    ("국내 코인 거래소 해킹 피해…당국 \"북한과의 연관성은 없다\"", "", False),
    ("Police find no link to North Korea in bank hack", "", False),
    ("Police link crypto exchange hack to North Korea's Lazarus Group", "", True),
]

OL_PROBES = [
    ("North Korean staff at Chinese seafood plant sent home as contracts end", "", True),
    ("Russian restaurant keeps North Korean employees despite ban, reporters find", "", True),
    ("North Korean employees at Dandong garment factory work 14-hour days", "", True),
    ("Chinese factories send North Korean staff home in batches, managers say", "", True),
    ("Vladivostok building firm says its North Korean employees have gone home", "", True),
    ("North Korean embassy staff expelled from Malaysia", "", False),
    ("Hospital staff in Pyongyang praised by Kim Jong Un", "", False),
    # 러 stands for Russia in Korean headlines (북러, 러 파견), but the syllable also ends the
    # purpose form of any verb (구하러, 일하러) and sits inside 달러 and 테러.
    ("北 노동자 2천명 러 건설현장 추가 파견", "", True),
    ("北 광부들, 식량 구하러 나서며 결근 잇따라", "", False),
    ("평양 근로자들 일하러 가는 길, 달러 환율 또 올라", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), MIL_PROBES + MIL_LIVES_AND_MEDIA + MIL_NOLINK)
def test_military_security_fresh_probes(shipped: Matcher, title: str, summary: str,
                                        expected: bool) -> None:
    """Each probe raises military-security exactly when the yardstick says it is about the army."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (MIL in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), SF_PROBES)
def test_sanctions_finance_fresh_probes(shipped: Matcher, title: str, summary: str,
                                        expected: bool) -> None:
    """Each probe raises sanctions-finance exactly when the yardstick says it is about sanctions."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (SF in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), OL_PROBES)
def test_overseas_labor_fresh_probes(shipped: Matcher, title: str, summary: str,
                                     expected: bool) -> None:
    """Each probe raises overseas-labor exactly when the yardstick says it is about workers abroad."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (OL in got) == expected, got
