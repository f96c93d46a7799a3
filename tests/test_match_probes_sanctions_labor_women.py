"""Probe headlines for sanctions-finance, overseas-labor and women-violence, families of wording.

Each case is a headline (sometimes with a summary) written for this test and the set of these
three profiles it must raise; what the other profiles do with it is their own tests' business.
The families: goods routed, bound or destined for the North and caught on the way; munitions
carried by train or ship to Russia; coal shipped by sea and the eleven-nation monitoring team
that reports it; workers hidden behind student visas, subcontractors or borrowed names; state
media (in Korean too) railing at sanctions; workers named by trade (welders, loggers, cooks)
and by their work site abroad (a timber site, a building-site camp); remote coders drawing
salaries from foreign firms; sex extorted as payment; abuse of women sent back from China.
Beside them the near misses: sporting bodies' and regulators' sanctions, sanctions on Cuba,
a refugees' restaurant in Britain, soldiers in Russia, women who meet a broker to escape,
and state media's tale of a woman lured to the South.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

SF = "sanctions-finance"
OL = "overseas-labor"
WV = "women-violence"
MINE = frozenset({SF, OL, WV})

PROBES = [
    # sanctions-finance: goods on their way to the North, caught
    ("Dutch customs stop lorry parts bound for North Korea", "", {SF}),
    ("Trader admits routing cosmetics to Pyongyang through Dalian", "", {SF}),
    ("Pianos destined for North Korea seized in Rotterdam", "", {SF}),
    # munitions and coal carried by rail and sea; the monitoring team
    ("Artillery shells leave Rajin by train for Russian depots, imagery shows", "", {SF}),
    ("North Korea shipped $400 million of coal to Chinese ports, monitors say", "", {SF}),
    ("Multinational monitoring team faults North Korea over oil imports", "", {SF}),
    # state media on sanctions, in Korean
    ("조선중앙통신 론평, 적대세력의 제재압박 소동 규탄", "", {SF}),
    ("외무성 대변인 담화…\"제재 책동 절대 통하지 않는다\"", "", {SF}),
    # disguised labour: visas, subcontractors, borrowed names, supply chains
    ("North Korean labourers enter Russia on trainee visas to dodge UN cap", "", {SF, OL}),
    (
        "Romanian shipyard subcontractor used North Korean welders, inspectors find",
        "The men were hired through an agency that hid their nationality.",
        {SF, OL},
    ),
    ("Pollock filleted by North Korean workers ends up in European supermarkets", "", {SF, OL}),
    # overseas-labor: trades and work sites abroad, remote coders
    ("North Korean plasterers and welders busy on Moscow housing project", "", {OL}),
    ("North Korean who walked off Siberian timber site faces deportation", "", {OL}),
    ("Pyongyang's remote coders draw salaries from Western start-ups", "", {SF, OL}),
    # women-violence: sex as payment; women sent back from China
    ("Traders at Hyesan market forced to pay inspectors with sex", "", {WV}),
    ("Women repatriated from China describe forced abortions in holding centres", "", {WV}),
    # second round. sanctions-finance: catch rights, ships renamed or reflagged, the UN's and
    # Seoul's "measures", luxury cars and yachts traced to Kim, anthracite unloaded abroad;
    # in Korean, tankers' transfers at sea (옮겨싣기) and arms carried to Russia
    ("Chinese fishing boats paid Pyongyang for catch rights, report says", "", {SF}),
    ("North Korean vessel renamed and reflagged to slip past inspectors", "", {SF}),
    ("Russia and China block new UN measures against North Korea", "", {SF}),
    ("Kim's Mercedes limousines arrived via Russia, investigators find", "", {SF}),
    ("Singaporean man charged with supplying yachts to Kim's family", "", {SF}),
    ("Cargo of North Korean anthracite unloaded at Russian port of Vanino", "", {SF}),
    ("北 유조선 공해상 옮겨싣기 포착", "", {SF}),
    ("北 무기 러시아로 운송…선박 추적", "", {SF}),
    # overseas-labor: painters, sewing, new countries
    ("North Korean painters churn out artworks for Chinese galleries", "", {OL}),
    ("Hyesan women recruited to sew clothes in Chinese factories", "", {OL}),
    ("North Korea quietly sends labourers to Belarus", "", {OL}),
    ("North Koreans in Russia's Primorye work on farms for the state", "", {OL}),
    # women-violence: forced into marriage, wives and schoolgirls abused, women bought,
    # stripped and searched, pregnancies ended by force
    ("Forced into marriage at 16, a North Korean girl's decade in Liaoning", "", {WV}),
    ("Soldiers' wives abused by officers in remote North Korean units, sources say", "", {WV}),
    ("North Korean schoolgirls abused by teachers, report says", "", {WV}),
    ("North Korean teenager bought by Chinese farmer for $5,000", "", {WV}),
    ("Stripped and searched: women sent back to the North endure humiliation", "", {WV}),
    (
        "Pregnant women forced to end pregnancies after return from China, escapees say",
        "",
        {WV},
    ),
    # third round: accounts frozen, gold smuggled out, weapons sold to Russia (in Korean too),
    # crypto stolen in Korean; sexual torture in detention, a girl sold to a man
    ("Chinese banks freeze accounts linked to North Korean trading firms", "", {SF}),
    ("Gold bars smuggled out of North Korea seized at Chinese border", "", {SF}),
    ("Seoul's spy agency says North Korea earned $500m selling weapons to Russia", "", {SF}),
    ("北, 러시아에 포탄 수백만발 넘겨…대가로 석유 받아", "", {SF}),
    ("北 해킹조직 라자루스, 거래소서 1천억원 탈취", "", {SF}),
    ("North Korean female detainees subjected to sexual torture, UN report says", "", {WV}),
    ("Defector recounts being sold to a Chinese man at age 17", "", {WV}),
    # fourth round: medical teams and the overseas workforce, North Koreans building abroad;
    # in Korean women sold to farmers (팔려가), sex crimes (성범죄), fishing rights (조업권) and
    # a ban on port calls (입항 금지)
    ("N. Korean medical teams in Africa remit earnings to Pyongyang", "", {OL}),
    ("North Korea's overseas workforce shrinks to 50,000, Seoul estimates", "", {OL}),
    ("'Slaves of the state': the North Koreans building Russia's apartments", "", {OL}),
    ("北 여성들, 中 브로커에 속아 시골 농민에게 팔려가", "", {WV}),
    ("北 군 간부, 여군 상대 성범죄 잇따라", "", {WV}),
    ("北, 中 어선에 조업권 판매해 외화 벌어", "", {SF}),
    ("日, 北 선박 입항 금지 2년 연장", "", {SF}),
    ("North Korean fishermen rescued off Japan", "", set()),
    # near misses
    ("Chinese banks freeze accounts of property developers", "", set()),
    ("North Korea threatens strong countermeasures over US drills", "", set()),
    ("North Korean women sold rice and corn at Hyesan market as prices rose", "", set()),
    ("North Korea vows punitive measures against leaflet senders", "", set()),
    ("Kim Jong Un arrives in armoured Mercedes for summit in Vladivostok", "", set()),
    ("North Korean sailors rescued by Russian coast guard after storm", "", set()),
    ("North Korean art troupe performs in Moscow", "", set()),
    ("FIFA sanctions North Korea's football federation after crowd trouble", "", set()),
    ("Weightlifting body sanctions North Korea over missed doping tests", "", set()),
    ("North Korea condemns U.S. sanctions against Cuba", "", set()),
    ("Samsung unit faces sanctions from financial regulator over accounting", "", set()),
    ("North Korean refugees in Britain open restaurant in New Malden", "", set()),
    ("North Korean troops train with drone crews in Russia's Kursk region", "", set()),
    ("North Korean delegation bound for Moscow for party talks", "", set()),
    (
        "After eight years hiding in a Jilin farmhouse, a woman finally meets her broker",
        "The North Korean escapee reached Thailand a month later.",
        set(),
    ),
    ("Woman Lured to South Korea by Puppet Intelligence Returns Home: KCNA", "", set()),
    ("Japan marks wartime forced labour of Koreans at Sado mine", "", set()),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_sanctions_labour_and_women_families_raise_their_profiles(
    shipped: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    """Each probe raises exactly these three profiles' share of what the yardstick gives it."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert got & MINE == expected
