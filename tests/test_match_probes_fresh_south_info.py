"""Probe headlines for lawfare-politics, kaesong-interkorean and information-access, written
after the fresh items of en-7400..en-7539 and ko-1600..ko-1634 showed where the profiles fail.

Each probe is a headline (sometimes with a summary) written for this test from PROFILES.md and
the readings of docs/labelling.md, in its own words, not copied from the development set; the
flag says whether the profile named in the row should fire. The shapes:

- lawfare-politics: a camp survivor from the North in an election; the unification ministry's
  resettlement centre (Hanawon, 하나원) changing the length of its course; Minbyun and leaflets
  only where the North is in the story (a union rally, an election flyer are not); a court or a
  lawmaker on the Kaesong complex, the Kumgang tours or the liaison office is an inter-Korean
  project, not rights politics.
- kaesong-interkorean: roads and railways between the Koreas cut or idle where only "the
  North", the DMZ or the MDL places them; the complex's plants run by the North; a call to
  restart or reopen Kaesong; Kaesong as a city (its factories' plan, a museum) is not.
- information-access: Southern speech or slang punished; broadcasts aimed at northern
  listeners; radio dials sealed; loudspeakers on the border, not at a building site in
  Pyongyang; "puppets" and their "words" in a statement on talks carry nothing across.
"""

from __future__ import annotations

import pytest
from matchsupport import item

from watcher.match import Matcher

LAWFARE = [
    ("Former Hwasong prison camp inmate wins ruling party primary in Busan", "", True),
    ("Camp survivor from the North sworn in as Seoul city councillor", "", True),
    ("Ministry plans to lengthen Hanawon course for arrivals from the North to four months", "",
     True),
    ("Arrivals from the North to get shorter stay at Hanawon, ministry says", "", True),
    ("하나원 교육기간 12주에서 8주로 단축…통일부 \"조기 정착 지원\"", "", True),
    ("Minbyun asks court to stop handover of North Korean crewmen", "", True),
    ("Police question activists over anti-Pyongyang leaflets sent across border", "", True),
    ("Unification ministry trims reunion budget but raises stipends for defectors", "", True),
    # near misses: Minbyun and leaflets with no North in the story; other countries' camps
    ("Campaign leaflets banned in final week before vote", "", False),
    ("Holocaust camp survivor elected honorary citizen of Berlin", "", False),
    ("Minbyun criticises prosecutors over handling of crowd crush case", "", False),
    ("Election watchdog fines candidate over unlabelled campaign leaflets", "", False),
    # inter-Korean projects in court or in a lawmaker's mouth: not rights politics
    ("Court orders North Korea to pay damages for blowing up joint liaison office", "", False),
    ("Lawmaker who fled the North urges government to revive Kumgang tours", "", False),
    ("Supreme Court rejects Kaesong firms' appeal over 2016 closure losses", "", False),
    ("법원, 北에 남북연락사무소 폭파 손해배상 판결", "", False),
]

KAESONG = [
    ("Pyongyang tears up cross-border railway tracks just north of the DMZ", "", True),
    ("North demolishes road sections linking it with the South, military says", "", True),
    ("Candidate pledges to reopen Kaesong if elected", "", True),
    ("Lawmaker who fled the North urges government to revive Kumgang tours", "", True),
    ("Factories at Kaesong still operating with northern workers, imagery suggests", "", True),
    ("Rail link between the two Koreas marks anniversary with no trains running", "", True),
    # Kaesong as a city; roads elsewhere
    ("Kaesong City factories overfulfil quarterly plan", "", False),
    ("Kaesong museum reopens after renovation, KCNA says", "", False),
    ("North Macedonia and Kosovo open new cross-border road", "", False),
]

INFO_ACCESS = [
    ("North Korean police punish students for imitating Southern slang", "", True),
    ("Teenagers in Hamhung fined for talking in Seoul speech", "", True),
    ("North Koreans caught mimicking Seoul speech sent to labour camp", "", True),
    ("Seoul radio shows aimed at northern listeners go off air", "", True),
    ("North Korea seals radio dials to block foreign stations", "", True),
    ("Pyongyang Orders Radios Sealed to Fixed Frequencies", "", True),
    ("South Korean army restarts loudspeaker broadcasts along frontier", "", True),
    # near misses: loudspeakers at home, puppets' words
    ("Loudspeakers blare music at Pyongyang apartment construction site", "", False),
    ("Kim Yo Jong calls Seoul's offer of talks empty words",
     "She said the puppet authorities' words about dialogue deserve no attention.", False),
    ("Rodong Sinmun: Puppet Authorities' Words on Peace Are Deceptive", "", False),
]

PROBES = (
    [("lawfare-politics", *p) for p in LAWFARE]
    + [("kaesong-interkorean", *p) for p in KAESONG]
    + [("information-access", *p) for p in INFO_ACCESS]
)


@pytest.mark.parametrize(("profile", "title", "summary", "expected"), PROBES)
def test_fresh_probes(shipped: Matcher, profile: str, title: str, summary: str,
                      expected: bool) -> None:
    """Each probe raises its profile exactly when the yardstick's readings say it should."""
    got = {m.profile for m in shipped.match(item(title, summary))}
    assert (profile in got) == expected, got
