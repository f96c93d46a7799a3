"""Probe headlines for wrong-alert kinds the real-text sample found in state media and old wires.

Each probe is a headline (sometimes with a summary) written for this test, and which of the
profiles its group checks it should raise (../shared/PROFILES.md, docs/labelling.md):

- the South's own politics as state media tells it (a cabinet reshuffle, an election, an
  activist arrested or fined under the National Security Law, a crackdown, students
  protesting) has no North Korean human-rights angle: not lawfare-politics, information-access
  or refugees-china. A defector's case, the North Korean Human Rights Act, the leaflet ban and
  the fishermen sent back still are lawfare-politics, in state media's words too;
- "a sentence of death" said of a trade deal, choirs and games "held", a title "holding", and a
  UN rights resolution or "racket" denied with no camp or detention named are not
  prison-camps; a denial of a UN report on camps, torture in detention, an execution are;
- state media's construction sites at home, anniversaries marked abroad, delegations touring a
  site, IT staff at a provincial institute are not overseas-labor; workers sent abroad are,
  in state media's denials too;
- sanctions on Libya or on "other countries", a "designation" as a nuclear state, investment in
  Rason are not sanctions-finance; sanctions on the North are;
- 1987-style wire items with no Korea in them ("the North China Plain", a North Sumatran city,
  "non-socialist world" output, Sweden's non-socialist parties) raise nothing; "the North" as
  Korea in a headline still counts;
- sex crimes and harassment outside the North (the South's politics, US troops' crimes, a
  stage show) are not women-violence; Korean words built on 조선, 노동당 and 한류 in Seoul's
  entertainment and party news raise nothing.
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

L, INFO, R = "lawfare-politics", "information-access", "refugees-china"
P, OL, S, W = "prison-camps", "overseas-labor", "sanctions-finance", "women-violence"

SOUTH = {L, INFO, R}
SOUTH_PROBES = [
    # the South's own politics and security-law cases, as state media tells them: nothing
    ("S. Korean Authorities Seek Arrest of Pro-Reunification Campaigner",
     "The puppet authorities applied for a warrant to arrest the vice-chairman of a"
     " reunification alliance on charges of violating the \"Security Law\" after he crossed"
     " back from Pyongyang, a joint investigation team said.", set()),
    ("Cabinet Shake-up in S. Korea Called Trick to Deceive Public",
     "The south Korean regime replaced several ministers including the unification minister,"
     " a reunification alliance said. It called the move a bid to cover up its"
     " anti-reunification policy and its human rights abuses in the north and south.", set()),
    ("Fascist Crackdown under \"Security Law\" Escalates in S. Korea",
     "An internet radio in south Korea said the number of people indicted by the police for"
     " praising the north has doubled, calling it a secret crackdown to stay in power.", set()),
    ("Rodong Sinmun Calls for Abolition of S. Korea's \"Security Law\"",
     "The law has been used to jail patriots who seek reunification, the paper said.", set()),
    ("S. Korean Students Protest Illegal Surveillance of Civilians",
     "Students marched in Seoul denouncing the regime for illegal investigations into"
     " civilians and demanding an apology from the president.", set()),
    ("Puppet Authorities Fine Civic Figures for Contact with Compatriots in North",
     "The Ministry of Unification imposed fines on three co-chairpersons of a joint"
     " declaration committee on charges of meeting members of the north side abroad without"
     " permission.", set()),
    ("Ruling Party Presidential Candidate in S. Korea Accused of Fanning Confrontation",
     "A civic solidarity body said the candidate's remarks on the north would wreck"
     " north-south relations and bring the danger of war.", set()),
    ("국가보안법 위반 혐의 통일운동가 구속영장 청구", "", set()),
    ("South Korean court jails activist under security law for praising Pyongyang online", "",
     set()),
    # a defector's case, the Human Rights Act, leaflets and the fishermen: lawfare-politics
    ("Defector wins defamation suit against YouTuber who called her a spy", "", {L}),
    ("Prosecutors indict defector under National Security Law over calls to Pyongyang", "", {L}),
    ("KCNA Slams S. Korean Lawmakers' Push for \"North Korean Human Rights Act\"", "", {L}),
    ("S. Korean Court Upholds Leaflet Ban, Activists Vow More Launches", "", {L, INFO}),
    ("강제북송 어민 사건 첫 재판…전 안보실장 출석", "", {L}),
]

CAMPS = {P}
CAMP_PROBES = [
    # idioms and weak words: no prison-camps
    ("Minju Joson Says Trade Pact Is Death Sentence for Farmers",
     "The free trade agreement is little different from a sentence of death to the people of"
     " the south, the paper said in a commentary.", set()),
    ("Grand Chorus of University Students Held in Pyongyang", "", set()),
    ("Schoolchildren's Sports Games Held in Pyongyang", "", set()),
    ("Foreign Party Leaders Greet Kim Jong Un on Holding Marshal Title",
     "Foreigners visited DPRK missions to congratulate him.", set()),
    ("KCNA Rejects Rights Council \"Resolution\" as Anti-DPRK Plot",
     "The so-called resolution urges the DPRK to cooperate with the special rapporteur, the"
     " commentary said, calling its authors the real rights abusers.", set()),
    ("DPRK Spokesman Refutes U.S. Human Rights Racket", "", set()),
    # camps, detention, torture and executions named, in state media's denials too
    ("KCNA Calls UN Report on Political Prison Camps Sheer Fabrication", "", {P}),
    ("DPRK rejects UN rapporteur's findings on torture in detention centres", "", {P}),
    ("Man sentenced to death for selling South Korean films, sources say", "", {P}),
    ("UN General Assembly resolution condemns North Korea's prison camps", "", {P}),
    ("북한, 유엔 보고서의 정치범수용소 실태 \"날조\" 주장", "", {P}),
]

LABOR = {OL}
LABOR_PROBES = [
    # state media's building sites, events abroad and delegations: no overseas-labor
    ("Kim Jong Un Inspects Construction Site in Flood-Stricken County",
     "Builders dispatched from across the country are putting up new houses, KCNA said.", set()),
    ("Apartment District Construction Site in DPRK Described by Russian Agency",
     "A Russian news agency reported that builders are raising new blocks at speed.", set()),
    ("Chinese Government Delegation Tours Power Station Construction Site",
     "The delegation from China was briefed on the work by builders.", set()),
    ("Leader's Birth Anniversary Marked in Romania and Nigeria",
     "Meetings attended by workers, intellectuals and youths abroad praised the DPRK.", set()),
    ("Koreans Living Abroad Pay Tribute at Kumsusan Palace",
     "Overseas Koreans from China and Russia laid flowers.", set()),
    ("Young IT Experts Drive Software Development in South Hamgyong",
     "Most employees of the provincial institute are in their twenties, KCNA said.", set()),
    # workers sent abroad, in wires and in state media's denials: overseas-labor
    ("North Korean construction workers seen at building sites in Vladivostok", "", {OL}),
    ("DPRK Foreign Ministry Rejects U.S. Slander about Its Workers Abroad", "", {OL}),
    ("KCNA Denounces \"Forced Labour\" Charges over Korean Workers in Russia", "", {OL}),
    ("Thousands of North Korean laborers sent to Russia despite UN ban", "", {OL}),
]

SANCTIONS = {S}
SANCTION_PROBES = [
    # other countries' sanctions, weak words: no sanctions-finance
    ("DPRK Welcomes UN Move to Lift Sanctions on Libya", "", set()),
    ("Rodong Sinmun Denounces Imperialists' Sanctions against Other Nations", "", set()),
    ("Pentagon Report Designates DPRK as Nuclear Power", "", set()),
    ("Chinese Firms Pour Investment into Rason Zone",
     "Businesses from China plan to ship coal through the port of Rajin, a paper said.", set()),
    # sanctions on the North: sanctions-finance
    ("DPRK Slams Japan's Extension of Sanctions", "", {S}),
    ("KCNA Blasts UNSC Sanctions Resolution as Act of Hostility", "", {S}),
    ("유엔 안보리, 대북제재 결의 만장일치 채택", "", {S}),
]

ALL = {"defections", OL, S, R, W, P, "military-security", L, "kaesong-interkorean", INFO,
       "economy-livelihood"}
WIRE_PROBES = [
    # 1987-style wires with no Korea in them: nothing
    ("CHINA CROP WEATHER SUMMARY",
     "Light showers fell on winter wheat in the North China Plain, easing dry conditions,"
     " while heavy rain hit rice areas in the south.", set()),
    ("NICKEL DEMAND IN NON-SOCIALIST WORLD SEEN FLAT",
     "Total non-socialist output of nickel will exceed demand this year, with mines cutting"
     " production and prices expected to stay low, an analyst said.", set()),
    ("SWEDISH NON-SOCIALIST PARTIES UNVEIL JOINT TAX PLAN",
     "The three non-socialist opposition parties said the plan would cut income taxes.", set()),
    ("WHEAT SEEDING NEARLY DONE IN PRAIRIES",
     "Farmers have sown most crops, and soil moisture is better in the north central areas.",
     set()),
    ("INDONESIA SEES FEW OPTIONS ON ECONOMY",
     "The governor told bankers in the North Sumatran city of Medan that revenue has fallen"
     " and that fewer people are employed in the oil sector.", set()),
]

WIRE_NEIGHBOURS = [
    # "the North" as Korea in a headline, and non-socialist behaviour in the North, still count
    ("UN envoy says the North still runs political prison camps",
     "The envoy spoke to reporters in Seoul.", P),
    ("Seoul says the North executed two officials for bribery", "", P),
    ("Crackdown on non-socialist behaviour sends dozens to labour camps", "", P),
]

WOMEN = {W, INFO, R}
WOMEN_PROBES = [
    # sex crimes and harassment outside the North, women abroad: nothing
    ("Rodong Sinmun Denounces Talks between Lee and Park",
     "The traitor met the ruling party's candidate in south Korea, where typhoon damage, child"
     " sexual assaults and tuition fees were discussed, the paper said.",
     set()),
    ("Statement Calls on U.S. Troops to Quit S. Korea",
     "The GIs raped a schoolgirl and assaulted women in south Korea, a committee said.", set()),
    ("DPRK Taekwon-Do Show Wows Audience in New York",
     "In one skit, gangsters harass a woman on a bench before a young man knocks them down.",
     set()),
    ("DPRK Women's Union Delegation Leaves for China", "", set()),
    ("[단독] 배우 성추행 혐의 피소…'조선생존기' 다시보기 중단", "", set()),
    ("스포츠조선 기자 = 한류 1세대 아이돌, 데뷔 20주년 화보 공개", "", set()),
    ("민주노동당 의원들, 대선 후보 성매매 농담 비판", "", set()),
    # North Korean women and the information that crosses: still raised
    ("탈북 여성 인신매매 조직, 中 공안에 적발", "", {W, R}),
    ("DPRK Denies UN Report That Women Sent Back from China Are Sexually Abused", "", {W, R}),
    ("北 주민, 한국 드라마 시청으로 노동교화형", "", {INFO}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), SOUTH_PROBES)
def test_south_politics_probes(shipped: Matcher, title: str, summary: str,
                               expected: set[str]) -> None:
    """The South's own politics and security-law cases are not lawfare-politics; defectors' are."""
    assert alerted(shipped, title, summary, SOUTH) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), CAMP_PROBES)
def test_camp_idiom_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Figurative death sentences, events held and UN resolutions with no camp are not camps."""
    assert alerted(shipped, title, summary, CAMPS) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), LABOR_PROBES)
def test_labor_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Building sites at home and events abroad are not workers sent abroad."""
    assert alerted(shipped, title, summary, LABOR) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), SANCTION_PROBES)
def test_sanction_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Other countries' sanctions and weak words are not sanctions on the North."""
    assert alerted(shipped, title, summary, SANCTIONS) == expected


@pytest.mark.parametrize(("title", "summary", "expected"), WIRE_PROBES)
def test_wire_probes(shipped: Matcher, title: str, summary: str, expected: set[str]) -> None:
    """Wires with no Korea in them raise nothing."""
    assert alerted(shipped, title, summary, ALL) == expected


@pytest.mark.parametrize(("title", "summary", "profile"), WIRE_NEIGHBOURS)
def test_wire_neighbours(shipped: Matcher, title: str, summary: str, profile: str) -> None:
    """"The North" in a Korean headline, and non-socialist behaviour there, still count."""
    assert profile in alerted(shipped, title, summary, ALL)


@pytest.mark.parametrize(("title", "summary", "expected"), WOMEN_PROBES)
def test_women_and_word_probes(shipped: Matcher, title: str, summary: str,
                               expected: set[str]) -> None:
    """Sex crimes outside the North and Seoul's 조선, 노동당 and 한류 are not the North's."""
    assert alerted(shipped, title, summary, WOMEN) == expected
