"""The topic workload: items a desk following North Korean human rights would keep.

Where ``feedgen`` mixes a third of off-topic filler into its items, this generator writes
what a beat-specific feed carries: nearly every item is substantially about one of the
default profiles' topics (see the profiles' yardstick), with a North Korea term next to the
topic words in the title and again in the first sentence, so a stricter "about, not
mentions" query still keeps it. One item in twenty-five is filler and one in twelve is a
Korean headline. Every item is a function of (feed id, item number), as in ``feedgen``.
The sentences are written for this project.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from xml.sax.saxutils import escape

from bench.feedgen import GenItem

FILLER_SHARE = 0.04
KOREAN_SHARE = 0.08

# Slot words. Places inside the North, places in China, posts abroad, camps.
_NK_PLACES = ("Hyesan", "Chongjin", "Hoeryong", "Musan", "Sinuiju", "Hamhung", "Onsong",
              "Ryanggang province", "North Hamgyong province", "South Pyongan province")
_CN_PLACES = ("Yanji", "Dandong", "Shenyang", "Changbai", "Jilin province", "Liaoning")
_POSTS = ("Vladivostok", "Russia's Far East", "Siberia", "Qatar", "Kuwait", "Dandong",
          "Mongolia", "Malaysia", "Africa", "Ningbo")
_CAMPS = ("Yodok", "Kaechon", "Camp 14", "Camp 25", "Camp 16")
_COUNTS = ("two", "three", "five", "seven", "a dozen", "about twenty", "more than forty")
_THIRD = ("Laos", "Thailand", "Vietnam", "Mongolia", "Cambodia")

# One list per profile: (title, first sentence). The first sentence restates the topic
# beside a North Korea term, as a news lede does.
_TEMPLATES: dict[str, tuple[tuple[str, str], ...]] = {
    "defections": (
        ("{count} North Korean defectors reach Seoul after a route through {third}",
         "The North Korean defectors left {nk_place} last year and crossed {third} on foot."),
        ("North Korean soldier defects across the border near {nk_place}",
         "A young North Korean soldier defected to the South overnight, officials said."),
        ("Defector from {nk_place} recounts her escape from North Korea",
         "The defector says she escaped North Korea with her daughter after a failed harvest."),
        ("North Korean diplomat posted abroad defects with his family",
         "A North Korean diplomat has defected and asked for asylum in the South."),
        ("Fewer North Korean escapees arrive in the South as the border stays shut",
         "Arrivals of North Korean escapees fell again, the resettlement agency said."),
    ),
    "overseas-labor": (
        ("North Korean workers in {post} hand most of their wages to the state",
         "North Korean workers sent to {post} keep barely a tenth of their pay, a study found."),
        ("Pyongyang sends more labourers to building sites in {post}",
         "North Korea has dispatched hundreds of labourers to construction sites in {post}."),
        ("North Korean restaurant staff in {post} ordered home",
         "Waitresses at North Korean restaurants in {post} were told to return by spring."),
        ("Overseas workers from North Korea describe sixteen-hour shifts",
         "North Korean overseas workers say they work sixteen hours a day under guard."),
        ("North Korean IT workers abroad earn millions for the regime",
         "North Korean IT workers posing as freelancers abroad sent their earnings home."),
    ),
    "sanctions-finance": (
        ("UN panel finds North Korea evading sanctions with ship-to-ship transfers",
         "North Korea keeps evading UN sanctions through ship-to-ship transfers at sea."),
        ("Treasury blacklists front companies moving money for Pyongyang",
         "The new sanctions target front companies that launder money for North Korea."),
        ("North Korean hackers launder stolen crypto through mixers",
         "Investigators say North Korean hackers laundered stolen crypto worth millions."),
        ("Sanctions monitors trace North Korean coal to ports in {cn_place}",
         "Monitors of the sanctions on North Korea traced banned coal to {cn_place}."),
    ),
    "refugees-china": (
        ("China repatriates {count} North Korean refugees from {cn_place}",
         "Chinese police sent {count} North Korean refugees back across the border."),
        ("Brokers in {cn_place} raise fees for North Koreans hiding in China",
         "Brokers who guide North Koreans out of China now ask twice last year's fee."),
        ("Chinese crackdown traps North Korean escapees near the Tumen",
         "A crackdown in China has left North Korean escapees stranded near the Tumen river."),
        ("North Korean women arrested in {cn_place} face forced repatriation",
         "North Korean women held in {cn_place} face repatriation, rights groups warned."),
    ),
    "women-violence": (
        ("North Korean women trafficked into forced marriage in {cn_place}",
         "North Korean women are trafficked into forced marriages in rural {cn_place}."),
        ("Survivors describe sexual violence in North Korean detention",
         "Women held in North Korean detention centres described sexual violence by guards."),
        ("Cybersex rings exploit North Korean women in {cn_place}",
         "Cybersex operators in {cn_place} hold North Korean women and girls for webcam work."),
        ("Report on the trafficking of North Korean brides across the Yalu",
         "The report follows the trafficking of North Korean brides sold to farmers."),
    ),
    "prison-camps": (
        ("Former inmate of North Korea's {camp} camp describes torture",
         "A former inmate of North Korea's {camp} prison camp described years of torture."),
        ("Satellite images show North Korea's {camp} political prison camp growing",
         "New images show North Korea's {camp} political prison camp adding barracks."),
        ("North Korea executed {count} people in {nk_place}, witnesses say",
         "North Korean authorities publicly executed {count} people in {nk_place}."),
        ("UN inquiry urges court referral over North Korean prison camps",
         "The UN Commission of Inquiry says North Korean prison camps amount to "
         "crimes against humanity."),
    ),
    "military-security": (
        ("Hunger and desertion spread through North Korean army units",
         "North Korean soldiers in units near {nk_place} are deserting for want of food."),
        ("North Korean soldiers sent to fight for Russia suffer heavy losses",
         "North Korean troops deployed to Russia have taken heavy casualties, officials say."),
        ("Lazarus hackers tied to North Korea's Reconnaissance General Bureau strike again",
         "North Korean hackers of the Lazarus group, run by the Reconnaissance General Bureau,"
         " stole from an exchange."),
        ("North Korean border troops in {nk_place} told to shoot anyone crossing",
         "North Korean border troops near {nk_place} have orders to shoot at sight, a source said."),
        ("North Korean spy ring uncovered in Seoul",
         "South Korean police arrested suspected North Korean spies working under cover."),
    ),
    "lawfare-politics": (
        ("Seoul court rules for North Korean defector in lawsuit against the state",
         "A Seoul court sided with a North Korean defector who sued over his interrogation."),
        ("Lawmakers debate the North Korean Human Rights Act",
         "Lawmakers clashed over funding under the North Korean Human Rights Act."),
        ("Prosecutors indict officials over the return of two North Korean defectors",
         "Prosecutors charged former officials for sending two North Korean defectors back."),
        ("Unification Ministry cuts help for North Korean defectors, lawmakers say",
         "Lawmakers said the Unification Ministry trimmed support for North Korean defectors."),
        ("Court upholds ban on leaflet launches into North Korea by defector groups",
         "The court kept the ban on leaflet launches by defector groups toward North Korea."),
    ),
    "kaesong-interkorean": (
        ("Kaesong Industrial Complex firms seek compensation from Seoul",
         "Firms that ran factories in North Korea's Kaesong Industrial Complex want redress."),
        ("Seoul proposes inter-Korean talks on family reunions",
         "Seoul asked North Korea for inter-Korean talks on reunions of separated families."),
        ("North Korea tears down South Korean buildings at Mount Kumgang",
         "North Korea demolished the South's hotels at the Mount Kumgang tourist resort."),
        ("North Korea rebuffs offer to reopen the inter-Korean liaison office",
         "Pyongyang rejected the South's call to reopen the inter-Korean liaison office."),
    ),
    "information-access": (
        ("North Korea jails teenagers for watching South Korean dramas",
         "North Korean teenagers in {nk_place} were jailed for watching South Korean dramas."),
        ("Balloons carry USB sticks and leaflets into North Korea",
         "Activists sent balloons with USB sticks and leaflets across the border into "
         "North Korea."),
        ("Smuggled phones let North Koreans in {nk_place} call relatives abroad",
         "North Koreans in {nk_place} use smuggled phones to call relatives in the South."),
        ("Pyongyang steps up jamming of foreign radio broadcasts",
         "North Korea has stepped up jamming of foreign broadcasts aimed at its people."),
    ),
    "economy-livelihood": (
        ("Rice prices in {nk_place} double as food shortages deepen",
         "Rice prices in North Korea's {nk_place} have doubled as food shortages deepen."),
        ("Floods destroy the harvest in North Korea's {nk_place}",
         "Summer floods in North Korea's {nk_place} wiped out much of the harvest."),
        ("Coal miners in {nk_place} go unpaid as power shortages hit North Korea",
         "Coal miners in North Korea's {nk_place} have gone months without rations."),
        ("Market traders in {nk_place} squeezed by state grain shops",
         "Market traders in North Korea's {nk_place} lose business to new state grain shops."),
        ("UN agencies warn of malnutrition among North Korean children",
         "Malnutrition among North Korean children is rising, UN agencies warned."),
    ),
}

# Follow-up sentences: on the beat but carrying no profile by themselves.
_DETAILS = (
    "The account could not be checked independently.",
    "Officials in Seoul declined to comment on the figures.",
    "Rights groups have asked for an inquiry.",
    "Relatives in the South heard the news weeks later.",
    "The source spoke on condition of anonymity for safety reasons.",
    "Similar reports have come from the same area since the spring.",
    "The group plans to present its findings in Geneva.",
)

_KOREAN = (
    ("{ko_place} 주민 가족 단위 탈북 잇따라", "{ko_place}에서 가족이 함께 탈북하는 사례가 늘었다."),
    ("中 공안, 탈북민 강제북송 재개", "중국 공안이 붙잡은 탈북민들을 다시 강제북송했다."),
    ("북한 해외노동자 러시아 파견 늘어", "북한이 러시아 건설 현장에 노동자 파견을 늘렸다."),
    ("요덕 정치범수용소 출신 탈북민 증언", "요덕 수용소에 갇혔던 탈북민이 고문 실태를 밝혔다."),
    ("북한 장마당 쌀값 한 달 새 급등", "북한 {ko_place} 장마당에서 쌀값이 크게 올랐다."),
    ("대북제재 위반 선박 또 적발", "대북제재를 어기고 석탄을 옮긴 선박이 적발됐다."),
    ("북한, 한국 드라마 본 청소년 공개재판", "북한이 한국 드라마를 본 청소년들을 재판에 넘겼다."),
    ("개성공단 입주기업 피해 보상 촉구", "개성공단 기업들이 정부에 피해 보상을 요구했다."),
    ("통일부, 탈북민 정착 지원 확대", "통일부가 탈북민 정착 지원금을 늘리기로 했다."),
    ("북한군 병사 군사분계선 넘어 귀순", "북한군 병사 한 명이 군사분계선을 넘어 귀순했다."),
)
_KO_PLACES = ("혜산", "청진", "함흥", "신의주", "양강도")

_FILLER = (("Ferry timetable changes for the winter season",
            "The operator will run fewer crossings until March."),
           ("City marathon draws a record field",
            "More runners signed up than in any previous year."),
           ("Stock index ends the week slightly lower",
            "Technology shares fell while banks held steady."))

_AUTHORS = ("Desk reporter", "Hye-jin Kim", "Sung-ho Choi", "Correspondent", "Night editor")
_PROFILES = tuple(_TEMPLATES)


def make_item(feed_id: int, n: int, t0: datetime) -> GenItem:
    """Item ``n`` of feed ``feed_id`` in the topic workload (deterministic)."""
    return _draw(feed_id, n, t0)[0]


def topic_of(feed_id: int, n: int) -> str | None:
    """The profile item ``n`` of feed ``feed_id`` was written for (None: filler or Korean)."""
    return _draw(feed_id, n, datetime(2000, 1, 1))[1]


def _draw(feed_id: int, n: int, t0: datetime) -> tuple[GenItem, str | None]:
    rng = random.Random(feed_id * 2_000_029 + n * 7 + 1)
    published = t0 + timedelta(minutes=10 * n, seconds=feed_id % 600)
    author = rng.choice(_AUTHORS)
    roll = rng.random()
    if roll < FILLER_SHARE:
        title, lede = rng.choice(_FILLER)
        return GenItem(n, title, f"<p>{escape(lede)}</p>", author, "local", published), None
    if roll < FILLER_SHARE + KOREAN_SHARE:
        title, lede = (s.format(ko_place=rng.choice(_KO_PLACES)) for s in rng.choice(_KOREAN))
        text = f"<p>{escape(lede)} 자세한 경위는 확인되지 않았다.</p>"
        return GenItem(n, title, text, author, "국제", published), None
    profile = _PROFILES[rng.randrange(len(_PROFILES))]
    slots = {"count": rng.choice(_COUNTS), "nk_place": rng.choice(_NK_PLACES),
             "cn_place": rng.choice(_CN_PLACES), "post": rng.choice(_POSTS),
             "camp": rng.choice(_CAMPS), "third": rng.choice(_THIRD)}
    title, lede = (s.format(**slots) for s in rng.choice(_TEMPLATES[profile]))
    rest = " ".join(rng.sample(_DETAILS, 2))
    text = (f"<p>{escape(lede[0].upper() + lede[1:])} {escape(rest)}</p>"
            f'<p>Read on at <a href="https://example.org/beat/{feed_id}/{n}">the desk</a>.</p>')
    # A neutral category: the matcher reads categories, and the profile's name there would
    # match for the item.
    return GenItem(n, title[0].upper() + title[1:], text, author, "rights", published), profile
