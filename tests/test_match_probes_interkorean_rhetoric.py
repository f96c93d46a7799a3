"""Probe headlines for the reading of docs/labelling.md on reunification rhetoric.

Each probe is a headline (sometimes with a summary) written for this test:

- reunification rhetoric in state media carries no profile: calls to implement the north-south
  joint declarations, their anniversaries, meetings and rallies for reunification, "by our
  nation itself" slogans, statements blaming the South for ruining relations, and reprints of
  the leaders' works on reunification, here or abroad;
- kaesong-interkorean when the item reports something done between the two Koreas: talks
  proposed, held or refused, a liaison office or hotline opened or cut, reunions, a joint
  project, tourism, road and rail links built or blown up, an accord signed, kept or scrapped,
  in state-media, wire or newspaper style, English or Korean (Korean headlines name the event
  with no 북한: 남북 정상회담, 금강산 관광, 개성공단, 판문점 선언, 이산가족 상봉).
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

K = "kaesong-interkorean"

# state-media rhetoric: no profile at all
RHETORIC_PROBES = [
    # anniversaries of the declarations
    ("Pyongyang Meeting Commemorates Anniversary of June 15 Joint Declaration",
     "Speakers said the declaration remains the banner for reunifying the country by the Korean"
     " nation's own efforts.", set()),
    ("Seminar Marks Anniversary of October 4 Declaration in Lima",
     "Participants called for the north-south declarations to be carried through.", set()),
    ("Anniversary of July 4 Joint Statement Observed by Overseas Koreans", "", set()),
    # calls to implement the declarations, slogans
    ("Rodong Sinmun Urges Thorough Implementation of North-South Declarations",
     "The paper said the way to independent reunification lies in respecting and carrying out the"
     " joint declarations.", set()),
    ("Korean Nation Should Reunify Country by Itself: Minju Joson",
     "The article said outside forces must not be allowed to meddle in the nation's affairs.", set()),
    ("Let Entire Nation Rise Up for Independent Reunification",
     "Compatriots in the north, the south and abroad were called on to unite under the banner of"
     " national independence.", set()),
    ("Great Unity of Nation Is Key to Reunification, Says Paper", "", set()),
    # meetings and rallies for reunification, at home or abroad
    ("Chongryon Holds Rally for Independent Reunification in Tokyo",
     "Korean residents in Japan pledged to do their bit for the reunification of the country.", set()),
    ("Indian Party Backs DPRK's Proposal for Confederal Reunification", "", set()),
    ("Solidarity Committee in Brazil Calls for Korea's Peaceful Reunification",
     "A statement urged the United States to stop interfering in the internal affairs of the"
     " Korean nation.", set()),
    # statements blaming the South for ruining relations
    ("South Korean Rulers Blamed for Plunging North-South Relations into Deadlock",
     "A spokesman said the puppet authorities' sycophancy toward outside forces has ruined the"
     " atmosphere of reconciliation.", set()),
    ("Seoul's Confrontation Hysteria Wrecks Inter-Korean Relations, Says KCNA Commentary", "", set()),
    ("Anti-Reunification Moves of Puppet Conservatives Flayed",
     "The commentary said the conservatives are bent on confrontation with fellow countrymen.", set()),
    ("Joint Drills Slammed as Wrecking Climate for Improved Relations",
     "People in the south held protests, saying the war games ruin any chance of dialogue and"
     " peace between compatriots.", set()),
    # generic calls to improve relations, old conferences, drills said to spoil the mood
    ("CPRK Spokesman Urges South Korean Authorities to Improve North-South Relations",
     "He said the south should heed the nation's desire instead of following outside forces.", set()),
    ("Koreans Abroad Call for Better Inter-Korean Relations", "", set()),
    ("Anniversary of April 1948 North-South Joint Conference Marked",
     "The conference is a model of great national unity, the paper said.", set()),
    ("Rodong Sinmun Calls for Cooperation Between North and South for Nation's Prosperity",
     "The paper said compatriots should join hands regardless of differences in ideas.", set()),
    ("South Korean Civic Groups Demand Halt to War Exercises",
     "They said the drills aimed at the north chill the atmosphere of dialogue and worsen"
     " north-south relations.", set()),
    # reprints of the leaders' works
    ("Kim Jong Il's Work on National Reunification Published in Nigerian Newspaper", "", set()),
    ("Guinean Magazine Carries President Kim Il Sung's Ten-Point Programme for Great Unity", "", set()),
    # the same in Korean state media
    ("6.15공동선언 발표 기념 평양시 모임 진행",
     "보고자는 선언을 철저히 리행하여 민족자주의 기치를 높이 들고 나가야 한다고 강조하였다.", set()),
    ("우리 민족끼리 힘을 합쳐 조국통일을 앞당기자", "", set()),
    ("로동신문, 북남선언들을 존중하고 리행하는 것은 민족의 요구", "", set()),
    ("남조선 괴뢰들의 대결책동으로 북남관계 파국에 처해", "", set()),
    ("재일동포들 조국통일 촉진 대회 개최", "", set()),
    ("조국통일3대헌장 관철을 위한 토론회 로씨야에서 진행", "", set()),
]

# something done between the two Koreas: kaesong-interkorean
EVENT_PROBES = [
    # state-media style
    ("North-South High-Level Talks Held at Panmunjom",
     "The two sides discussed ways to carry out the agreements reached at the summit.", {K}),
    ("DPRK Proposes Working Contact with South on Restarting Kaesong Zone", "", {K}),
    ("Reunions of Separated Families Held at Mt Kumgang",
     "Relatives from the north and the south met for the first time in decades.", {K}),
    ("Communication Lines Between North and South Restored", "", {K}),
    ("Pyongyang Joint Declaration Signed by Top Leaders of North and South", "", {K}),
    ("DPRK Side Notifies South of Postponing Ministerial Talks Indefinitely", "", {K}),
    ("Ceremony Held for Starting Work to Link Railways of North and South", "", {K}),
    # wire and newspaper style
    ("Koreas open joint liaison office in Kaesong",
     "Officials of both governments will be stationed in the building around the clock.", {K}),
    ("Seoul proposes high-level talks with Pyongyang next week", "", {K}),
    ("North Korea refuses Seoul's offer of Red Cross talks on reunions", "", {K}),
    ("Two Koreas agree to hold summit in Pyongyang in September", "", {K}),
    ("Hyundai Asan says Mount Kumgang tours could resume by spring", "", {K}),
    ("South Korean tourist shot dead at Mount Kumgang resort; tours halted", "", {K}),
    ("Pyongyang blows up sections of road and rail links with the South", "", {K}),
    ("Seoul to pull all its firms out of the Kaesong industrial park", "", {K}),
    # Korean headlines: the event named with no 북한
    ("남북 정상회담 다음달 평양서 개최…판문점서 합의", "", {K}),
    ("금강산 관광 재개 위한 실무회담 이달 말 열려", "", {K}),
    ("개성공단 가동 전면 중단…입주기업 철수 시작", "", {K}),
    ("판문점 선언 이행 위한 고위급회담 개최", "", {K}),
    ("이산가족 상봉 행사 금강산서 사흘간 진행", "", {K}),
    ("남북 고위급회담 일방 연기 통보", "", {K}),
    ("남북공동연락사무소 개성서 문 열어", "", {K}),
    ("판문점 선언 국회 비준 동의안 제출", "", {K}),
    ("남북 장관급회담 서울서 사흘 일정 시작", "", {K}),
    ("현대아산 금강산 방문 신청에 북측 답신 없어", "", {K}),
    ("금강산 관광객 피격 사망…관광 잠정 중단", "", {K}),
    # the same in Korean state-media style
    ("북남고위급회담 판문점에서 진행", "", {K}),
    ("북남사이 통신련락선 다시 련결", "", {K}),
    ("북남 적십자 실무접촉 진행…흩어진 가족 상봉 협의", "", {K}),
]


def _got(shipped: Matcher, title: str, summary: str) -> set[str]:
    return {m.profile for m in shipped.match(item(title, summary))}


@pytest.mark.parametrize(("title", "summary", "expected"), RHETORIC_PROBES)
def test_rhetoric_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """State media's reunification rhetoric raises nothing (docs/labelling.md)."""
    got = _got(shipped, title, summary)
    assert got == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), EVENT_PROBES)
def test_interkorean_event_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Something done between the two Koreas is kaesong-interkorean (docs/labelling.md)."""
    got = _got(shipped, title, summary) & {K}
    assert got == expected, got
