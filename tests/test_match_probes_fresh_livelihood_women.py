"""Probe headlines for economy-livelihood and women-violence, written after a fresh dev-set batch.

Each probe is a headline (sometimes with a summary) written for this test, and whether the
profile under test should raise it, by PROFILES.md and docs/labelling.md. The shapes come from
the tuning half's misses on that batch, generalised:

- a market crackdown that sends traders to labour camps and moves prices carries both
  prison-camps and economy-livelihood (markets and prices are in the profile), while hunger,
  rations or gold-panning inside a camp stay the camp's story;
- want told as "barely fed", "poorly fed" or, in Korean, "cannot eat properly" (제대로 먹지
  못하다, 못 먹다) is want, here of soldiers mobilised to build or of residents;
- North Korean women are plainly meant when women trafficked or sold in China are said to
  have reached the South afterwards, even where the North goes unnamed;
- homes lost to floods or storms, a named river overflowing (the Yalu, 압록강 범람) and 집을
  잃다 are livelihood; a camp spelled Jongori or Jeongeori places abuse in the North;
- a mining town named with no country (Kaechon, Aoji, Geomdeok, Dancheon) places miners'
  want in the North, while Kaechon's camp and prison stay the camp's story;
- a girl or teenager sold to a farmer is trafficking; goods a farm or the state sold to
  farmers or to men (pigs, rice, fishing rights) are not, nor are farmers, men or husbands
  selling their own things; a woman or girl sold leaves economy-livelihood to the trafficking
  story, while women selling rice at a market stay in it.

Only the profile named is checked for each list: other profiles are held by their own tests.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

ECON = "economy-livelihood"
WOMEN = "women-violence"

ECON_PROBES = [
    # a market crackdown with camp terms and prices: markets and prices keep the profile
    ("Traders sent to labour training camps as Hoeryong market is shut; corn prices soar", "", True),
    ("Sinuiju market vendors given camp terms in smuggling sweep, rice price doubles", "", True),
    ("Market closures and labour camp sentences push up food prices in Hyesan", "", True),
    ("North Korea jails market traders in labour camps, and prices climb", "", True),
    ("北 시장 단속으로 상인들 단련대 수감…옥수수값 급등", "", True),
    ("장마당 폐쇄·상인 교화소行에 北 쌀값 두 배로", "", True),
    # hunger, rations and work inside a camp stay the camp's story
    ("Prisoners at North Korea's Camp 16 starve as rations are cut", "", False),
    ("Inmates of North Korean labour camp forced to farm cornfields", "", False),
    ("Camp guards in North Korea sell prisoners' rations at local markets", "", False),
    ("북한 교화소 수감자들 하루 옥수수 200g으로 연명", "", False),
    ("North Korean labour camp prisoners made to pan for gold", "", False),
    # want in other words: barely or poorly fed, cannot eat properly
    ("North Korean soldiers on building sites barely fed, sources say", "", True),
    ("North Korean conscripts building Pyongyang flats poorly fed, report says", "", True),
    ("Miners in North Korea's Tanchon not fed enough to work their shifts", "", True),
    ("北 군인들 건설장 동원…\"제대로 먹지도 못해\"", "", True),
    ("北 주민들 \"하루 한 번도 제대로 못 먹어\"", "", True),
    ("북한 탄광 노동자들 점심도 먹지 못한 채 갱도로", "", True),
    ("北 군인들 무보수로 살림집 건설에 동원",
     "동원된 병사들은 하루 종일 일하지만 제대로 먹지 못한다고 소식통이 전했다.", True),
    # a woman or girl sold is a trafficking story; women selling goods, or goods sold, stay in
    ("North Korean woman sold for 30,000 yuan to Chinese farmer", "", False),
    ("North Korean girls resold between farmers in Heilongjiang villages", "", False),
    ("북한 여성, 中 농민에게 3만 위안에 팔려", "", False),
    ("North Korean women sold rice and corn at Hyesan market as prices soared", "", True),
    ("Rice sold for 7,000 won a kilo in North Korea's Hyesan, traders say", "", True),
    ("Women in Chongjin sold family heirlooms to buy corn", "", True),
    # homes lost to water, and rivers overflowing, named by the river or in Korean
    ("Sinuiju residents lose homes as the Yalu overflows", "", True),
    ("Thousands of North Koreans lose their homes to rising rivers", "", True),
    ("Chongjin families lost their houses in the storm, sources say", "", True),
    ("Rising Tumen waters force Hoeryong villagers from their homes", "", True),
    ("北 신의주 주민 수백 가구 집 잃어", "", True),
    ("압록강 범람에 신의주 주민들 집을 잃고 학교서 생활", "", True),
    ("Defectors lose homes in Seoul redevelopment row", "", False),
    ("North Korean troops lose ground in Kursk, Ukraine says", "", False),
    ("탈북민 가족, 서울 재개발로 집 잃을 처지", "", False),
    # mining towns named with no country: the mines are in the North
    ("Coal Miners of Kaechon Area Increase Production", "", True),
    ("Aoji colliery workers go unpaid for three months", "", True),
    ("Geomdeok mine workers paid in potatoes, sources say", "", True),
    ("Dancheon miners short of food as ore exports stall", "", True),
    ("Kaechon camp inmates describe hunger and beatings", "", False),
    ("Kaechon women's prison holds thousands, satellite images show", "", False),
    # the same words in other senses
    ("Kim Yo Jong says North Korea is fed up with Seoul's drills", "", False),
    ("US Fed decision weighs on Seoul as North Korea fires missile", "", False),
    ("北 김정은 \"인민들이 먹는 문제 해결\" 강조하며 온실농장 준공", "", False),
]

WOMEN_PROBES = [
    # women trafficked in China who later reached the South: North Korean women, unnamed
    ("UN envoy hears women who were sold in rural China before reaching the South", "", True),
    ("Trafficking survivors who made it to South Korea from China testify in Geneva", "", True),
    ("Forced-marriage survivors from China who reached the South speak out",
     "They were sold to farmers in Jilin before escaping.", True),
    ("Seoul shelter hears from women trafficked in China before they reached the South", "", True),
    # trafficking into the South, or reaching it, with no North Korean woman meant
    ("Vietnamese brides trafficked to South Korea by marriage brokers", "", False),
    ("Filipino trafficking victims reached South Korea on tourist visas", "", False),
    ("Women who reached the South after fleeing China's zero-COVID lockdowns tell of hardship", "",
     False),
    # girls and teenagers sold
    ("Broker sold teenager from Musan to a farmer in Heilongjiang", "", True),
    ("Broker sold 14-year-old girl from Musan to a farmer", "", True),
    ("Broker sold her to a farmer twice her age, North Korean woman says", "", True),
    ("North Korean girls sold to men in Liaoning villages, NGO says", "", True),
    # goods sold to farmers or to men
    ("North Korean cooperative sold its pigs to men from the county town", "", False),
    ("Pyongyang sold fishing rights to Chinese men, sources say", "", False),
    ("North Korea sold rice to farmers in border counties at state prices", "", False),
    ("North Korea's state sold fertiliser to farmers at double the price", "", False),
    # farmers, men or husbands who sell their own things are sellers, not buyers of women
    ("North Korean farmers sold their own seed grain to buy food", "", False),
    ("Hungry men in Hamhung sold their bicycles to buy corn", "", False),
    ("North Korean husbands sold family furniture as rations stopped", "", False),
    ("North Korean woman sold for 30,000 yuan to Chinese farmer", "", True),
    ("North Korean girls resold between farmers in Heilongjiang villages", "", True),
    # camps under another spelling
    ("Guards at Jeongeori re-education camp raped women prisoners, report says", "", True),
    ("Guards at Jongori prison camp rape female inmates, ex-prisoner says", "", True),
    ("Jongori camp prisoners forced to mine copper, ex-inmate says", "", False),
    # women's sport, unions and leaders' daughters
    ("Kim Jong Un's daughter leads women's union congress", "", False),
    ("North Korean women's team clinches World Cup qualifying spot", "", False),
]


@pytest.mark.parametrize(("title", "summary", "expected"), ECON_PROBES)
def test_fresh_economy_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises economy-livelihood exactly when it is a livelihood story."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (ECON in got) == expected, got


@pytest.mark.parametrize(("title", "summary", "expected"), WOMEN_PROBES)
def test_fresh_women_probes(shipped: Matcher, title: str, summary: str, expected: bool) -> None:
    """Each probe raises women-violence exactly when it is about violence against North Korean women."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (WOMEN in got) == expected, got
