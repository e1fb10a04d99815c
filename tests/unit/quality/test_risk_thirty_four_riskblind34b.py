"""Thirty-fourth session, helper riskblind34b (docs/quality.md, "riskblind34b: self-injury in plain English words,
written blind"): the general forms the blind file ``risk_valid_v34`` showed missing or misread, each with the
look-alikes that must stay unflagged (``risk_en34b``). The sentences here are new: none is a line of the file.

1. Self-injury in plain words: wounds one gives oneself; made to hold a hand over a flame; a fist driven into a thing
   "wanting the knuckles broken"; wanting to ruin one's own face; a pain that "helps" after an act on the body; scabs
   torn "so they never heal", scars wanted to stay; scratching with a pin, keys or a blade; a blade "used on" the body.
2. Being dead "sounds peaceful"; hoping the plane goes down; a voice in one's head saying "kill yourself"; "I meant to
   die" told after an act; pills collected "to take all at once".
3. Read as everyday (``crisis.injury_alone`` decides such a turn "none"): "so hungry I could die", a splinter dug out,
   an itch scratched, shaving, punishing oneself by staying in or with work.
4. Set aside: a negation before the first of two verbs joined by "or" ("never thought about burning or scratching
   myself"), old scars "from hurting myself", "when I was at school" without a recent time.
"""

import re
import time

import pytest

from services.quality.checks.counselling import risk_en34b
from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_category, assert_no_risk, assert_risk_category, assert_stage_one_none

STAGE_ONE = [
    # wounds one gives oneself
    ("I'm getting good at hiding the cuts I make myself under plasters", "nssi"),
    ("how long do burns I gave myself take to heal? it was tuesday", "nssi"),
    # made to hold a hand over heat
    ("when I fail a test I make myself press my palm on the hot plate", "nssi"),
    # a fist into a thing, the hand meant to break
    ("I kicked the door till my toes swelled, I wanted my foot broken", "nssi"),
    ("I keep punching the brick wall outside, I want my knuckles to bleed", "nssi"),
    # ruining one's own face or body
    ("I tried to scar my arms with the hot spoon yesterday", "nssi"),
    # a pain that helps
    ("I pinch the backs of my arms until they bruise because the pain calms me down", "nssi"),
    # scabs kept open, scars wanted
    ("I keep picking at the cuts on my leg so they don't heal", "nssi"),
    ("I need the marks to stay, I feel empty when they fade", "nssi"),
    # scratching with a tool
    ("scraping my wrists with a paperclip most nights now", "nssi"),
    ("tonight I was scratching at my thighs using a pin again", "nssi"),
    # a blade used on the body
    ("took the razor out of the bathroom cabinet and pressed it on my arm", "nssi"),
    # passive wish
    ("Honestly being dead sounds like a relief some days.", "passive_wish"),
    ("Not existing would be so peaceful.", "passive_wish"),
    ("on the flight home I kept hoping we would crash", "passive_wish"),
    # a voice
    ("the voices keep telling me kill yourself and I'm scared I'll listen", "active_ideation"),
    ("for no reason my brain keeps telling me to kill myself", "active_ideation"),
    ("my brain just screams kys at me all day", "active_ideation"),
    # the aim told after an act
    ("I took all of them on Friday. I was trying to die.", "recent_attempt"),
    # collected pills
    ("I've been saving my tablets to take all at once when I'm ready", "plan_preparation"),
]

STAY_NONE_STAGE_ONE = [
    # wounds met otherwise
    "the haircut I gave myself is a disaster",
    "the cut I gave myself shaving won't stop bleeding",
    "the burns I got on the oven tray are healing",
    # heat and hands in everyday use
    "I make myself hold the ladder steady when he climbs",
    # fists without the wish to break a hand
    "I punched the pad at boxing and I wanted to break my record",
    # faces and bodies in everyday care
    "I don't want to ruin my skin with harsh products",
    "I wanted to ruin my face with clown make-up for the party lol",
    # pain that helps at the gym, physio
    "the physio said the pain helps show where the knot is",
    # scabs and scars in healing
    "trying not to pick at the scabs so they heal properly",
    "I want the scar to stay small, the surgeon says it will",
    # tools on things
    "scratching the ice off the windscreen with a credit card",
    "I was scraping paint off the door with a blade all weekend",
    "scratched my lottery card with my keys and won a tenner",
    # plane and panic
    "the turbulence was awful and I kept praying it wouldn't crash",
    "my head keeps telling me I'll fail the exam and I should just quit",
    "my coach keeps saying to kill it on the pitch",
    # dye and ending things with someone
    "I meant to die my hair blue but it came out green",
    "I meant to end it with her gently but she cried",
    # children collected
    "I'm collecting them to take all at once to the cinema",
]

EVERYDAY = [
    "I'm so embarrassed I could die",
    "so bored right now I could die",
    "a thorn went into my thumb and I had to dig it out with a needle",
    "the midge bites on my ankles itch so much I was scratching them with a pin",
    "I've been punishing myself with extra revision since the mock",
    "I've been punishing myself by staying in every weekend",
    "I borrowed his razor and used it on my legs, shaving in a rush",
]

SET_ASIDE = [
    "I've never thought about cutting or burning myself, I just cry",
    "I'm not hitting or hurting myself, I promise",
    "my old scars from hurting myself show when I wear short sleeves",
    "When I was at uni I burned myself with a lighter. I'm 50 now.",
]

STILL_AT_RISK = [
    # a negation of knowing before coordinated verbs keeps the act; a recent time keeps school days and old scars
    ("I don't know why I keep hitting or scratching myself", "nssi"),
    ("When I was at school today I scratched my arm with a compass", "nssi"),
    ("I opened my old scars from hurting myself again last night", "nssi"),
    # an itch scratched on purpose, to hurt
    ("I have eczema but I scratch it on purpose until it bleeds because I deserve it", "nssi"),
    # a real could-die, not an adjective of an everyday state
    ("I could die and nobody would care", "active_ideation"),
]


@pytest.mark.parametrize("text,category", STAGE_ONE)
def test_stage_one_reads_the_form(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", STAY_NONE_STAGE_ONE + EVERYDAY + SET_ASIDE)
def test_look_alikes_stay_none_at_stage_one(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text,category", STILL_AT_RISK)
def test_still_at_risk(text, category):
    assert_category(text, category)


@pytest.mark.parametrize("text", EVERYDAY + [
    "I'm not hitting or hurting myself, I promise",
    "I meant to die my hair blue but it came out green",
])
def test_look_alikes_stay_none_whole_detector(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text,category", [
    ("I keep ripping the scabs off my knees so they never heal", "nssi"),
    ("Being dead sounds peaceful to me lately.", "passive_wish"),
    ("My head keeps saying kill yourself and I'm tired of fighting it", "active_ideation"),
    ("I took pills on Sunday night. I meant to die.", "recent_attempt"),
])
def test_whole_detector_flags(text, category):
    assert_risk_category(text, category)


@pytest.mark.parametrize("text", [
    "scratching " * 2000, "I punched the wall " * 1100, "never " * 3000 + " or cutting myself",
    "because the pain " * 1300, "i was trying to " * 1300, "so hungry " * 2000 + "I could die",
])
def test_no_catastrophic_backtracking(text):
    text = text[:20_000]
    start = time.process_time()
    classify.__wrapped__(text)
    for patterns in risk_en34b.PATTERNS.values():
        for p in patterns:
            re.compile(p, re.IGNORECASE).search(text)
    assert time.process_time() - start < 5.0
