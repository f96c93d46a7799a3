"""Probe items for kaesong-interkorean's precision on state-media text (pass p7).

Every kaesong-interkorean alert on the real KCNA headlines and stories (held-out ids left out)
was read; the wrong ones fell into these kinds, each written here in new words, with near-misses
that must keep alerting:

- Kaesong as a place: the North's own high-tech or development zone in Kaesong City, with no
  South, no complex and nothing joint (PROFILES.md: Kaesong as a place is not in);
- blame in the lead with nothing done between the Koreas: a paper's article on the South's
  alliance, arms or war moves whose title and first sentence name no talks, contact, proposal,
  project, reunion or exchange, however it says later that relations suffer
  (docs/labelling.md: statements blaming the South for ruining relations are rhetoric);
- blame slogans in the headline ("arch criminal", "tug-of-war", "worst provocation") whose only
  inter-Korean words are relations or dialogue in general;
- calls for better relations, or for exchange and cooperation in general, by the South's civic
  groups or former officials ("urged in S. Korea", "normalisation of ties called for"), with no
  talks, contact, proposal, project or reunion in the lead;
- third parties saying the South should accept or answer a DPRK proposal (a headline ending in
  "Koreans in ...", "Chinese paper");
- a "road" of independent reunification or of the joint declaration in a slogan, which kept
  such a call out of the rhetoric exclusion meant for road links;
- monuments to reunification built, visited or given stones (the reunification arch torn down
  stays in).
"""

from __future__ import annotations

import pytest
from matchsupport import alerted

from watcher.match import Matcher

K = "kaesong-interkorean"
ONLY = {K}

PROBES = [
    # Kaesong as a place: the North's own zones
    ("Hi-Tech Industrial Park Planned in Kaesong Area, DPRK", "", set()),
    ("Work Begins on Economic Development Zone near Kaesong", "", set()),
    ("Seoul Says North's Hi-Tech Zone Plan Will Not Touch Shut Kaesong Industrial Complex", "",
     {K}),
    ("Regulations on Hi-Tech Firms in Kaesong Industrial Zone Adopted", "", {K}),
    # blame in the lead, nothing done between the Koreas
    ("S. Korea's Arms Buildup with Foreign Forces Will Bring Only Ruin",
     "Minju Joson in a commentary on Tuesday said the south Korean authorities' arms buildup "
     "together with foreign forces is a grave provocation. Such moves ruin the north-south "
     "relations and heighten the danger of war, the paper said.", set()),
    ("",
     "The confrontation moves of the south Korean puppet authorities are pushing the situation "
     "to the brink of war, said Rodong Sinmun on Sunday. These moves are wrecking the "
     "inter-Korean relations, it added.", set()),
    ("S. Korean Authorities Accused of Aborting Military Talks",
     "Rodong Sinmun on Friday said the south Korean authorities, obsessed with confrontation, "
     "scuttled the north-south military talks.", {K}),
    ("KCNA Slams Obstruction of Mt. Kumgang Tour",
     "The south Korean puppet authorities, bent on confrontation with the DPRK, keep blocking "
     "the resumption of the tour of Mt. Kumgang.", {K}),
    # blame slogans in the headline
    ("Washington Termed Arch Criminal Wrecking North-South Dialogue", "", set()),
    ("Inter-Korean Ties Are No Game of Tug-of-War", "", set()),
    ("Worst Provocation in Record of Inter-Korean Relations", "", set()),
    ("Arch Criminal behind Aborted North-South Talks Exposed", "", {K}),
    # calls for better relations or cooperation in general
    ("Normalisation of Inter-Korean Relations through Dialogue Urged",
     "A former south Korean lawmaker in a lecture on March 3 said peace requires better "
     "south-north relations and resumption of the six-party talks.", set()),
    ("Inter-Korean Exchange in Culture Called for in S. Korea",
     "A south Korean civic body at a meeting in Seoul declared it would push north-south "
     "exchange and cooperation in culture this year.", set()),
    ("Resumption of Inter-Korean Talks Called for in S. Korea", "", {K}),
    # third parties on a DPRK proposal
    ("S. Korea Should Accept Peace Proposal of DPRK: Koreans in Germany", "", set()),
    ("S. Korean Authorities Urged to Accept Proposal of DPRK", "", {K}),
    # a "road" of reunification is a slogan, not a road link
    ("Dailies Call for Pressing Ahead on Road of Independent Reunification",
     "Rodong Sinmun on Monday called on all Koreans in the north, the south and abroad to "
     "uphold the banner of the joint declaration. The declaration sums up the north-south "
     "agreements of earlier decades, the paper says.", set()),
    ("North Starts Blowing Up Roads of Inter-Korean Link on Road to Two Hostile States", "", {K}),
    # monuments to reunification
    ("Overseas Koreans Donate Stones for Reunification Monument", "", set()),
    ("Delegation Visits Monument to Three Charters for National Reunification", "", set()),
    ("Reunification Monument in Pyongyang Demolished",
     "The North tore down the arch symbolising unification with the South.", {K}),
]


@pytest.mark.parametrize(("title", "summary", "expected"), PROBES)
def test_p7_kaesong_precision_probes(shipped: Matcher, title: str, summary: str,
                                     expected: set[str]) -> None:
    """Places, blame and movement calls out; talks, tours and the demolished arch in."""
    assert alerted(shipped, title, summary, ONLY) == expected
