"""Probe headlines for defections, refugees-china and prison-camps: the way out and its ends.

Written for this test, in its own words, from the wording shapes behind the misses of the
fresh items (en-7000.., ko-1500..) in the tuning half, before the rules that answer them. Each
probe names the profiles it checks and whether each should fire, by the yardstick
(PROFILES.md) and docs/labelling.md:

- an execution, jail term or shooting *for* trying to cross into China is prison-camps and
  defections (an execution for trying to defect); an order to shoot anyone crossing is not a
  defection;
- North Koreans handed back from one country of the route to another, or people in China
  jailed for sheltering them, are refugees-china alone;
- freight and customs crossings of the Tumen and Yalu are no escape;
- brokers' fees for getting people out are defections and refugees-china even where China's
  cameras are the reason the fee rose;
- a worker sent abroad who leaves the site (현장 이탈) and is caught and sent back is
  defections (beside overseas-labor and refugees-china);
- the journey through Laos to Thailand, or to Seoul "via a third country", is the route
  (refugees-china) as well as its end (defections); held by Thai police: both;
- relatives of a defector banished with no camp named are defections alone, not prison-camps;
  sent to a camp they are both;
- a diplomat arriving in Seoul with his family has defected; diplomats arriving for talks
  have not;
- sanctions stories about hiding shipments or the origin of coal are not about people hiding.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

D, R, P = "defections", "refugees-china", "prison-camps"

# (title, summary, {profile: expected})
PROBES: list[tuple[str, str, dict[str, bool]]] = [
    # punished for trying to cross: prison-camps and defections
    ("North Korean man executed for trying to cross into China, sources say", "", {D: True, P: True}),
    ("Teenager jailed in North Korea for trying to cross into China to find mother", "", {D: True}),
    ("Man shot for trying to cross into China, residents of Musan say", "", {D: True, P: True}),
    ("Woman given ten years in labour camp for attempting to cross the Tumen", "", {D: True, P: True}),
    ("Guards ordered to shoot anyone trying to cross the river, North Korean sources say", "", {D: False}),
    # handed on along the route, sheltering in China: refugees-china alone
    ("Laos hands North Korean escapees back to China despite appeals", "", {D: False, R: True}),
    ("Cambodia sends group of North Korean escapees back to Vietnam", "", {D: False, R: True}),
    ("Vietnam hands five North Korean escapees back to Chinese police", "", {D: False, R: True}),
    ("Chinese court jails villagers for sheltering North Koreans", "", {D: False, R: True}),
    ("Yanbian pastor sentenced for harbouring North Korean border crossers", "", {D: False, R: True}),
    ("Thai police hand North Korean escapees to Seoul's embassy", "", {D: True}),
    # goods, not people, crossing the rivers
    ("New freight crossing over the Tumen opens to Chinese trucks in North Korea", "", {D: False}),
    ("Customs post at North Korea's Yalu crossing reopens after five years", "", {D: False}),
    ("North Korea and China reopen Tumen crossing for cargo", "", {D: False, R: False}),
    # brokers' fees
    ("Brokers raise fees for getting North Koreans out as China adds cameras", "", {D: True, R: True}),
    ("Brokers double their price for the Yalu crossing as Chinese cameras multiply",
     "Taking one person from Hyesan into China now costs about $15,000, smugglers say.", {D: True, R: True}),
    ("China doubles border cameras to stop North Korean escapes", "", {D: False, R: True}),
    # Korean: a worker who leaves the site abroad
    ("러시아 파견 北 노동자 현장 이탈 후 붙잡혀 북송", "", {D: True, R: True}),
    ("중국 파견 北 노동자들 작업 현장 이탈…현지 공안에 체포", "", {D: True, R: True}),
    ("北 노동자 러시아 건설 현장 투입 늘어", "", {D: False, R: False}),
    # the route through third countries to its end
    ("North Korean worker who fled post in Laos reaches Bangkok", "", {D: True, R: True}),
    ("北 주민 일가족, 라오스 거쳐 태국 입국", "", {D: True, R: True}),
    ("태국 경찰, 北 주민 4명 체포…한국행 희망", "", {D: True, R: True}),
    # (a worker who reaches Seoul "via a third country" is read both ways by the set, en-2544
    # without refugees-china, ko-1057 with it: only the defection is checked)
    ("North Korean waitress who slipped away reaches Seoul via a third country", "", {D: True}),
    ("Family of four from the North reach Bangkok after weeks in Laos", "", {R: True}),
    ("Thai boxing team arrives in Pyongyang for friendly bouts", "", {D: False, R: False}),
    ("North Korean diplomat in Bangkok meets Thai officials on trade", "", {D: False, R: False}),
    ("North Korean delegation arrives in Vientiane via Beijing for talks", "", {D: False, R: False}),
    # hiding goods is not hiding people
    ("U.S. sanctions firms for hiding North Korean oil shipments", "", {R: False}),
    ("Chinese brokers helped hide origin of North Korean coal, UN panel says", "", {R: False}),
    ("Shipping firms accused of hiding North Korean cargo behind false flags", "", {R: False}),
    ("North Korean woman hiding in Chinese village for a decade", "", {R: True}),
    # relatives punished: a camp named or not
    ("Relatives of defected North Korean diplomat banished to mountain village", "", {D: True, P: False}),
    ("北 외교관 망명 후 가족들 오지로 추방", "", {D: True, P: False}),
    ("탈북 병사 부모, 산골 농장으로 쫓겨나", "", {P: False}),
    ("Family of escaped North Korean soldier sent to political prison camp", "", {D: True, P: True}),
    ("탈북 군인 가족, 정치범수용소로 끌려가", "", {D: True, P: True}),
    ("Purged North Korean official's family banished to remote village", "", {P: True}),
    # a diplomat and his family arriving
    ("North Korean diplomat and family arrive in Seoul", "", {D: True}),
    ("Pyongyang's envoy in Cuba arrives in South Korea with wife and son", "", {D: True}),
    ("North Korean diplomats arrive in Seoul for talks", "", {D: False}),
    ("North Korean diplomat's family arrives in Beijing for holiday", "", {D: False}),
    # second round: a camp survivor's memoir is a life after arrival (defections and
    # prison-camps, docs/labelling.md) even where the North is named only by its camp; a
    # defector's restaurant, bakery or cookbook whose owner's family knew the camps is no
    # prison-camps story; a guard or a testimony is no defection
    ("Memoir by former Camp 15 inmate who escaped in 2005 wins Seoul book prize", "", {D: True, P: True}),
    ("Kaechon survivor's autobiography translated into English", "", {D: True, P: True}),
    ("Hwasong camp survivor publishes account of her escape", "", {D: True, P: True}),
    ("Yodok survivor testifies at UN about forced labour", "", {D: False, P: True}),
    ("Former Yodok guard describes prisoners' escape attempts", "", {D: False, P: True}),
    ("Satellite images show Camp 15 prisoners at work", "", {D: False, P: True}),
    ("Defector's restaurant serves Pyongyang cold noodles in Busan",
     "The owner, whose father died in a labour camp, opened it in 2019.", {D: True, P: False}),
    ("Former North Korean opens bakery in Seoul",
     "Her uncle was sent to a prison camp when she was a child.", {D: True, P: False}),
    ("Escapee's café in Incheon becomes meeting place for newcomers",
     "The owner spent six years in a prison camp before she fled.", {P: False}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_way_out_probes(shipped: Matcher, title: str, summary: str,
                        expected: dict[str, bool]) -> None:
    """Each probe raises each named profile exactly when the yardstick says it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    for profile, want in expected.items():
        assert (profile in got) == want, (profile, got)
