"""Probe items for state media and the rare profiles: one weak word is not the topic.

Each probe is an item (a headline, often with a summary in the style of KCNA or Rodong
Sinmun) written for this test. State media speaks of the DPRK in every line, so the North
Korea side of a profile's query always holds there (shared/PROFILES.md, "Reading state
media"); what decides is the topic. The rare profiles (prison-camps, overseas-labor,
defections, military-security, lawfare-politics, information-access, refugees-china,
women-violence) must not fire on one loose word of a gala, a war memoir, a song or a
visit report ("held" beside students, a wall "hanging", "broke out", builders helped by
Chinese residents, servicepersons' morale, a radio station praising the leader), while state
media on the topic itself still raises it: a denial of a UN report on camps is prison-camps,
invective against defectors is defections, leaflets scattered from the South are
information-access, and so on.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

P, OL, D, M = "prison-camps", "overseas-labor", "defections", "military-security"
L, IA, R, W = "lawfare-politics", "information-access", "refugees-china", "women-violence"
RARE = {P, OL, D, M, L, IA, R, W}

# State-media items with no rare topic: one loose word each, nothing raised.
QUIET = [
    # "held" beside youth and students, a wall "hanging": no one detained, no one hanged
    ("Torchlight Party of Students Held in DPRK",
     "Pyongyang, September 9 (KCNA) -- A torchlight party of youth and students was held in the"
     " DPRK on Thursday to celebrate the founding anniversary of the Republic. The participants"
     " danced to the tunes of revolutionary songs on the plaza late into the night."),
    ("Embroidered Wall Hanging Presented to Respected Comrade Kim Jong Un",
     "A delegation of the General Association of Korean Residents in Japan handed over an"
     " embroidered wall hanging depicting Mt. Paektu, expressing its reverence for the leader."),
    ("Hanging Banner of 'Model Youth Brigade' Conferred on Unit in DPRK", ""),
    # a war memoir: the war "broke out", the South is the enemy
    ("Veterans Recall Feats Performed in Fatherland Liberation War",
     "Pyongyang, June 24 (KCNA) -- When the war broke out, the heroic Korean People's Army"
     " dealt a crushing blow to the U.S. imperialists and their south Korean puppets, veterans"
     " of the DPRK recalled at a meeting. They called on the younger generation to carry"
     " forward the Juche cause."),
    # builders helped by Chinese residents, a labour federation's praise of the leader
    ("Chinese Residents in DPRK Help Builders of New Street",
     "Chinese residents living in Pyongyang visited the construction site of a new street and"
     " presented the builders with daily necessities, KCNA said."),
    ("Vietnamese Labor Federation Leader Lauds Kim Jong Un",
     "Pyongyang, May 1 (KCNA) -- The chairman of the General Confederation of Labor of Viet Nam"
     " praised Respected Comrade Kim Jong Un's leadership in an interview with KCNA before"
     " leaving Pyongyang."),
    # servicepersons' morale, a KPA delegation's trip
    ("Respected Comrade Kim Jong Un's Letter Lifts Morale of Servicepersons",
     "Servicepersons of the Korean People's Army are in high spirits after reading the letter"
     " sent to them by Respected Comrade Kim Jong Un, Rodong Sinmun says."),
    ("KPA Air Force Commander Leaves for Russia", ""),
    ("KPA Goodwill Delegation Leaves for Russia",
     "Pyongyang, August 3 (KCNA) -- A goodwill delegation of the Korean People's Army left"
     " Pyongyang for Russia on Saturday to attend an international army games opening."),
    # compensation for colonial crimes; a law office serving foreign firms
    ("Koreans in Japan Urge Compensation for Colonial Crimes",
     "Chongryon officials demanded that Japan apologize and pay compensation for the crimes it"
     " committed against the Korean nation in the past, KCNA said."),
    ("DPRK Law Office Provides Legal Service to Foreign Investors",
     "Pyongyang, July 2 (KCNA) -- Lawyers of a DPRK law office handle suits over damages and"
     " contracts for foreign businesses investing in the Rason Economic and Trade Zone, its"
     " director told KCNA."),
    # a foreign radio praising the leader; a song, a film show abroad
    ("Kim Jong Il's Exploits Lauded by Foreign Radio",
     "Pyongyang, February 14 (KCNA) -- A radio station of Nepal aired a special program on the"
     " exploits of leader Kim Jong Il on the occasion of the Day of the Shining Star."),
    ("Song Dedicated to Respected Marshal Popular among Servicepersons",
     "The song \"We Will Defend the Marshal\" is widely sung by servicepersons and youth across"
     " the DPRK, Rodong Sinmun says. The radio often airs it."),
    ("DPRK Documentary Films Shown in Foreign Countries", ""),
    ("DPRK Films Shown in Several Foreign Countries",
     "Films of the DPRK were shown in Laos, Nigeria and Peru on the occasion of the Day of the"
     " Sun, KCNA said."),
    # a foreign ship sent home, a birthday observed in Thailand
    ("DPRK Sends Back Russian Trawler Detained for Intrusion", ""),
    ("DPRK Returns Russian Trawler Detained for Intrusion",
     "Pyongyang, October 5 (KCNA) -- The DPRK sent back a Russian fishing vessel and its crew"
     " detained for illegally intruding into its economic zone, after the captain admitted the"
     " violation."),
    ("Day of Sun Observed in Thailand",
     "Pyongyang, April 16 (KCNA) -- A seminar was held in Thailand to mark the birthday of"
     " President Kim Il Sung, through which the participants praised his guiding ideas."),
]

# State-media items on a rare topic: each still raises the profile named.
LOUD = [
    # camps: a denial of a UN report on political prison camps is about camps
    ("KCNA Rejects UN Report on 'Political Prison Camps' as Fabrication",
     "Pyongyang, February 20 (KCNA) -- The so-called report of the UN commission alleging"
     " political prison camps and torture in the DPRK is a sheer fabrication cooked up by hostile"
     " forces, KCNA said.", P),
    ("Traitor Executed in DPRK for Anti-State Crimes", "", P),
    ("Rodong Sinmun Dismisses Talk of 'Detention Centres' in DPRK as Smear",
     "The puppet group's story about torture in detention centres of the north is a lie spun by"
     " human scum, Rodong Sinmun says.", P),
    # defectors: invective against them is about them
    ("Rodong Sinmun Slams Puppet Authorities' Use of Defectors for Smear Campaign",
     "Pyongyang, March 3 (KCNA) -- The south Korean puppet authorities are mobilizing defectors"
     " from the north, human scum who betrayed their motherland, to spread lies about the DPRK,"
     " Rodong Sinmun said.", D),
    ("S. Korean Puppets Urged to Return Abducted DPRK Citizens at Once",
     "The Red Cross Society of the DPRK demanded the south Korean authorities send back the"
     " citizens of the DPRK whom they abducted and are holding, KCNA said.", D),
    # workers abroad
    ("Minju Joson Denounces UN Ban on Korean Workers Abroad",
     "Pyongyang, January 9 (KCNA) -- The sanctions banning Korean workers from working overseas"
     " violate the right to work, Minju Joson said.", OL),
    # the army and the security services as institutions, spies, hackers
    ("KCNA Denies Its Hackers Stole Money from Foreign Banks",
     "Pyongyang, May 2 (KCNA) -- The U.S. story that hackers of the DPRK stole cryptocurrency"
     " from banks is a smear, KCNA said.", M),
    ("Ministry of State Security Says Spies Infiltrated from South Arrested",
     "Pyongyang, June 5 (KCNA) -- The Ministry of State Security of the DPRK said it arrested"
     " spies of the puppet intelligence service who infiltrated the north.", M),
    # the South's rights politics: the North Korean Human Rights Act
    ("KCNA Slams Puppet Assembly's Passage of 'North Korean Human Rights Act'",
     "Pyongyang, March 4 (KCNA) -- The passage of the so-called North Korean Human Rights Act"
     " by the puppet National Assembly is a grave provocation, KCNA said.", L),
    # leaflets, loudspeakers, broadcasts across the line
    ("Puppet Military Accused of Scattering Leaflets across Demarcation Line",
     "Pyongyang, October 12 (KCNA) -- The south Korean puppet military let human scum scatter"
     " anti-DPRK leaflets by balloon across the Military Demarcation Line, KCNA said.", IA),
    ("KPA Warns South against Resuming Loudspeaker Broadcasts",
     "The front command of the Korean People's Army warned the puppets that it will strike"
     " the loudspeakers if the anti-DPRK broadcasts resume.", IA),
    # North Koreans in China and their return
    ("KCNA Blasts Smear over 'Forced Repatriation' of Escapees from China",
     "Pyongyang, March 1 (KCNA) -- The puppet group's racket about forced repatriation of"
     " north Koreans who fled to China is a smear, KCNA said.", R),
    # trafficked women
    ("KCNA Refutes Smear about Trafficking of Korean Women in China",
     "The story that women of the DPRK are trafficked and sold as brides in China is a fiction"
     " of human scum, KCNA said.", W),
]


def _got(shipped: Matcher, title: str, summary: str) -> set[str]:
    return {m.profile for m in shipped.match(item(title, summary))} & RARE


@pytest.mark.parametrize(("title", "summary"), QUIET)
def test_state_media_weak_word_quiet(shipped: Matcher, title: str, summary: str) -> None:
    """State media with one loose word and no rare topic raises no rare profile."""
    got = _got(shipped, title, summary)
    assert got == set(), got


@pytest.mark.parametrize(("title", "summary", "expected"), LOUD)
def test_state_media_on_topic_loud(shipped: Matcher, title: str, summary: str,
                                   expected: str) -> None:
    """State media on a rare topic (a denial, invective, a warning) still raises it."""
    got = _got(shipped, title, summary)
    assert expected in got, got
