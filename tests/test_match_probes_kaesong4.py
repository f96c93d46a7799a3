"""Probe items for kaesong-interkorean on state-media text (the fourth pass on that profile).

Each probe is a headline (sometimes with a summary) written for this test in its own words, in
the shape of a kind of alert the pass found wrong, or of a kind of item it found missed, and
whether it should raise kaesong-interkorean by the yardstick (PROFILES.md and the reading
"Reunification rhetoric in state media carries no profile" in docs/labelling.md):

- calls for north-south dialogue, cooperation or better relations made by third parties
  (Koreans abroad, foreign parties and groups, the South's civic groups and papers), and their
  support or praise for a proposal of the DPRK, are rhetoric, not talks proposed: no profile;
  so are the North's own papers calling for dialogue or cooperation in general, and tributes
  to the leaders' or the 1948 conference's place in reunification history. A proposal, a notice
  or a working contact sent by one side to the other, talks held or refused, stays in;
- state media's headline-only reports of something done between the two sides name no Korea:
  reunions "of separated families and relatives", the Kaesong Industrial Zone as "KIZ", notices,
  telephone messages and letters sent to the "south side" or to the South's Red Cross, the
  delegations, envoys, visiting groups and teams of either "side", military talks made
  abortive, rail and road relinking, the Mount Kumgang tourist zone and the South's assets
  there, and the roads and railways to the "ROK" blocked: kaesong-interkorean. Kumgang scenery,
  foreign tour groups there, the sides' civic committees and the North's own Red Cross work are
  not;
- in Korean, the North answering (or not) a proposal of talks with no other power named is
  inter-Korean; offers between the North and the US or Russia are not;
- "cooperation with the South African" committee is not cooperation with the South, a meeting
  "of Korea's" liberation is no meeting of the Koreas, and the South's moves against
  "pro-reunification" civic groups are not the North's unification bodies abolished.

Only kaesong-interkorean is checked here.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

K = "kaesong-interkorean"

PROBES = [
    # third parties calling for dialogue or backing a proposal of the DPRK: no profile
    ("Koreans in Brazil Call for Early Dialogue between North and South", "", False),
    ("Peruvian Party Backs DPRK Proposal for Better North-South Ties", "", False),
    ("Nepalese Organizations Urge Seoul Authorities to Accept DPRK's Proposal", "", False),
    ("North-South Dialogue Urged by Korean Residents in Austria", "", False),
    ("Inter-Korean Dialogue Supported by Bulgarian Communists", "", False),
    ("Int'l Solidarity Meeting Backs North-South Joint Declarations",
     "An international solidarity meeting in support of carrying out the inter-Korean joint"
     " declarations took place in Lima on the anniversary of the October 4 Declaration.", False),
    ("DPRK's Sincere Efforts for Inter-Korean Dialogue Hailed", "", False),
    ("Korean Compatriots in Uzbekistan Demand S. Korea Respond to DPRK Proposal", "", False),
    ("Cooperation between North and South Urged in S. Korea", "", False),
    ("", "The union of Korean residents in Kazakhstan on March 3 issued a statement calling for an"
     " early dialogue between the north and the south and an end to confrontation.", False),
    ("", "The Workers' Party of Ecuador voiced support for the DPRK's proposal for inter-Korean"
     " dialogue. The proposal will warm the ties between north and south, it said.", False),
    ("S. Korean Civic Body Urges Authorities to Come Out for Dialogue with North",
     "A civic body of south Korea in a statement on May 2 urged the authorities to opt for"
     " dialogue with the north at once.", False),
    # the North's papers calling for dialogue or cooperation in general: no profile
    ("Minju Joson Calls for North-South Dialogue and Exchange", "", False),
    ("Inter-Korean Exchange and Cooperation Called For", "", False),
    ("Dialogue, Only Way to Improve North-South Relations: Rodong Sinmun", "", False),
    ("Shared Interests Are Basis of Inter-Korean Dialogue", "", False),
    ("", "The South Side Committee for Implementing the October 4 Declaration released a"
     " statement saying the authorities should come out at once for north-south dialogue.", False),
    ("", "Dialogue and negotiations are the only way to mend inter-Korean relations, Minju"
     " Joson says in a signed article.", False),
    # a joint north-south appeal about Japan, and anniversaries marked abroad: no profile
    ("Joint Appeal Urges Japan to Drop Claim to Tok Islets",
     "The north, south and overseas committees adopted a joint appeal at a joint seminar.", False),
    ("Religious Bodies of North and South Oppose Seoul-Tokyo Intelligence Pact", "", False),
    ("Gatherings Abroad Mark Anniversaries of Leader's Work and June 15 Declaration", "", False),
    # the leaders' and the 1948 conference's place in history: no profile
    ("Kim Il Sung's Tireless Efforts for North-South Dialogue Recalled", "", False),
    ("Pyongyang Meeting Marks 60th Anniversary of North-South Joint Conference", "", False),
    ("June 15 Declaration, Fruition of Leader's Patriotism", "", False),
    # ... but proposals, notices and contacts sent to the other side, and talks, stay in
    ("CPRK Proposes Talks between Authorities of North and South", "", True),
    ("DPRK Red Cross Proposes Working Contact to South Korean Counterpart", "", True),
    ("KAPPC Urges S. Korean Ministry of Unification to Open Talks", "", True),
    ("Early Opening of North-South Dialogue Called For",
     "The Korea Asia-Pacific Peace Committee sent a notice to the south Korean Ministry of"
     " Unification calling for an early opening of north-south dialogue.", True),
    ("S. Korea Accused of Scuttling Inter-Korean Working-level Talks", "", True),
    ("Seoul Snubs DPRK's Offer of Talks on Family Reunions", "", True),
    # headline-only events between the two sides: kaesong-interkorean
    ("14th Reunion of Separated Families and Relatives Begins", "", True),
    ("Separated Families and Relatives Meet Again", "", True),
    ("KIZ Crisis Is Fault of S. Korean Authorities: Minju Joson", "", True),
    ("Future of KIZ Hinges on South Side's Attitude", "", True),
    ("Talk of Handing KIZ Issue to Outsiders Is Absurd: KCNA Commentary", "", True),
    ("Telephone Message Sent to Chief Delegate of South Side", "", True),
    ("Notice Sent to Chairman of S. Korean Red Cross", "", True),
    ("S. Korean Red Cross Delegation Arrives in Pyongyang", "", True),
    ("North Side Sends Protest Notice to South Side", "", True),
    ("S. Korea Blamed for Wrecking Military Talks", "", True),
    ("Law on Mt. Kumgang Tourist Zone Promulgated", "", True),
    ("DPRK to Seize Assets of South Side in Mt. Kumgang", "", True),
    ("Roads and Railways to ROK Cut Off for Good: KCNA Report",
     "KCNA reported that the roads and railways connected to the ROK on the southern border of"
     " the DPRK have been completely cut off.", True),
    ("North Side's Delegation Back from Busan", "", True),
    ("Special Envoy of South Side Leaves Pyongyang", "", True),
    ("South Side's Visiting Group Feted", "", True),
    ("Work Begins on Relinking Rail and Road Lines across the Line", "", True),
    ("North Side Committee for Implementing October 4 Declaration Meets", "", False),
    ("Trial Train Operations Called Off Because of South", "", True),
    ("Rodong Sinmun on Inter-Korean Trial Train Run", "", True),
    ("Hyundai Founder and His Party Cross into North via Panmunjom", "", True),
    ("Letters to Compatriots in South Sent through Panmunjom", "", True),
    ("Foreign Military Attaches Tour Panmunjom", "", False),
    ("Inter-Korean Working Panel Meetings Held", "", True),
    ("North Side Delegation to Inter-Korean Committee on Fisheries Returns", "", True),
    ("Central Meeting Marks 70th Anniversary of Korea's Liberation", "", False),
    ("S. Korean Ruling Party Accused of Moves to Dissolve Pro-Reunification Organizations", "",
     False),
    # in Korean: the North answering (or not) a proposal of talks, with no other power named
    ("北, 다음달 3일까지 회담 제의에 답할까…정부는 \"기다린다\"", "", True),
    ("북한, 적십자회담 제안에 묵묵부답…정부 \"기다릴 것\"", "", True),
    ("北, 美에 대화 제의…국무부 \"검토 중\"", "", False),
    ("北-러 외교장관 회담 제안 수용", "", False),
    # ... but Kumgang scenery, foreign tourists and the North's own Red Cross work: no profile
    ("Autumn Tints of Mt. Kumgang", "", False),
    ("Shenyang-Mt. Kumgang International Tourist Group Arrives", "", False),
    ("Young Red Cross Members Plant Trees in Hamhung", "", False),
    ("Delegation of DPRK Red Cross Society Leaves for Mongolia", "", False),
    ("Seminar Held in Cooperation with the South African Juche Study Group",
     "The group organized a seminar in cooperation with the South African committee.", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_kaesong4_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Rhetoric about dialogue is out; things done between the two sides are in."""
    got = K in {m.profile for m in shipped.match(item(title, summary))}
    assert got == expected, (title, summary)
