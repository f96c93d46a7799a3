"""Probe headlines for three readings of docs/labelling.md on the border, returnees and Thailand.

Each probe is a headline (sometimes with a summary) written for this test, and which of the
profiles its group checks it should raise:

- shoot orders, fences, watchtowers and guard posts on the North's border with China (the
  Yalu or Amnok, the Tumen, "the river", the Chinese frontier) are the route, refugees-china,
  and the border guards as an institution, military-security; defections too only where
  escapes are the story. The same orders on the DMZ with the South are military-security alone,
  and a guard shooting one smuggler is no order about the route;
- beatings and hunger of people sent back from China, in holding or detention centres or under
  interrogation, with no sexual abuse told and nothing told of their arrest or return in China
  itself, are prison-camps alone; with sexual abuse told, prison-camps, women-violence and
  refugees-china; with the arrest in China told, refugees-china beside prison-camps;
- North Koreans who reach Thailand (held by its police or immigration for illegal entry
  included) and brokers' fees for getting out are defections and refugees-china; held in Laos,
  Vietnam or China with no arrival told is refugees-china alone.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

R, D, M = "refugees-china", "defections", "military-security"
P, W = "prison-camps", "women-violence"

BORDER = {R, D, M}
BORDER_PROBES = [
    # shoot orders on the China border: the route and the guards
    ("Guards on the Tumen told to gun down anyone who nears the riverbank", "", {R, M}),
    ("North Korea orders troops to fire without warning at people near the Yalu", "", {R, M}),
    ("Hyesan border unit told to shoot on sight after dark, sources say", "", {R, M}),
    ("Border guards under orders to shoot anyone at the river after curfew",
     "Residents of Hoeryong said the rule has been read out at every unit.", {R, M}),
    ("New order lets North Korean guards open fire on crossers along the Chinese frontier", "", {R, M}),
    ("北 국경경비대에 \"두만강 건너려는 자 즉시 사격\" 명령", "", {R, M}),
    ("北, 압록강 접근 주민에 무조건 발포 지시", "", {R, M}),
    # fences, watchtowers and guard posts there
    ("North Korea strings barbed wire along miles of the Amnok bank", "", {R, M}),
    ("Watchtowers go up every few hundred metres on the North's side of the Tumen", "", {R, M}),
    ("北, 두만강변 초소 두 배로 늘려", "", {R, M}),
    # the same with escapes as the story: defections too
    ("Escapes across the Tumen all but stop after North Korea's new fence", "", {R, M, D}),
    # the DMZ with the South: military-security alone
    ("North Korean frontline units told to shoot anyone approaching the DMZ", "", {M}),
    ("North Korean troops on the demarcation line ordered to open fire on anyone heading south", "", {M}),
    ("北, 군사분계선 접근자 사격 지시…전방 경계 강화", "", {M}),
]

RETURNEES = {P, W, R}
RETURNEE_PROBES = [
    # beaten or starved after the return, no sexual abuse, nothing told in China: the camp's story
    ("Returnees from China kicked and starved in Hoeryong detention, ex-inmate says", "", {P}),
    ("People handed back from China go hungry for weeks in Musan holding cells",
     "A former detainee said guards beat them during questioning.", {P}),
    ("Repatriated women describe beatings during interrogation in Onsong", "", {P}),
    ("North Koreans returned from China beaten at Sinuiju holding centre, NGO says", "", {P}),
    ("북송된 주민들, 보위부 구류장서 매질·굶주림", "", {P}),
    ("강제북송된 여성들 \"보위부 조사 때 맞고 굶었다\"", "", {P}),
    # sexual abuse told: all three
    ("Women sent back from China strip-searched and beaten in holding centre", "", {P, W, R}),
    ("Returned women say guards at Onsong detention centre sexually abused them", "", {P, W, R}),
    ("북송 여성들 \"구류장서 강제 낙태 당해\"", "", {P, W, R}),
    # the arrest in China told: refugees-china beside the camp
    ("Arrested by Chinese police in Yanbian, sent back and beaten in Onsong: one woman's account",
     "", {P, R}),
    ("中 공안에 붙잡혀 북송된 남성, 집결소서 구타당해", "", {P, R}),
]

THAILAND = {D, R}
THAILAND_PROBES = [
    # reaching Thailand, held there for illegal entry included: defections and refugees-china
    ("Thai immigration detains six North Koreans who crossed from Laos", "", {D, R}),
    ("Chiang Rai police hold North Korean mother and son for illegal entry", "", {D, R}),
    ("North Korean family reaches Thailand after two years hiding in China", "", {D, R}),
    ("태국 경찰, 불법입국 北 주민 7명 체포", "", {D, R}),
    ("태국 이민국, 국경 넘은 北 여성 3명 적발…벌금 후 대사관 인계", "", {D, R}),
    ("탈북 여성, 中서 10년 숨어 지내다 태국行", "", {D, R}),
    # brokers' fees for getting out
    ("Cost of getting a North Korean out via China tops $20,000, brokers say", "", {D, R}),
    ("탈북 브로커 비용, 1인당 4천만원까지 올라", "", {D, R}),
    # held in Laos, Vietnam or China with no arrival told: refugees-china alone
    ("Laos police hold five North Koreans near the Thai border", "", {R}),
    ("Vietnam detains North Korean family on the road south", "", {R}),
    ("라오스서 北 주민 4명 억류…북송 우려", "", {R}),
    # Thailand with no North Korean on the way out
    ("Thai police detain Cambodian migrants for illegal entry", "", set()),
    ("North Korean football team arrives in Bangkok for Asian Cup qualifier", "", set()),
    # a Thai party's name ("Party for Thailand") beside "led by" in state media's visit reports
    ("Choe Ryong Hae receives visiting delegation",
     "The DPRK official met a delegation of the Party for Thailand led by its secretary-general"
     " and discussed ties between the two parties.", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), BORDER_PROBES)
def test_border_orders_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Shoot orders and fences on the China border are the route and the guards; the DMZ is not."""
    got = alerted(shipped, title, summary, BORDER)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), RETURNEE_PROBES)
def test_returnee_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Returnees beaten with no sexual abuse and nothing in China are prison-camps alone."""
    got = alerted(shipped, title, summary, RETURNEES)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), THAILAND_PROBES)
def test_thailand_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Reaching Thailand and brokers' fees are defections and refugees-china; Laos alone is not."""
    got = alerted(shipped, title, summary, THAILAND)
    assert got == expected, got
