"""Thirty-sixth session, helper riskblind36b (docs/quality.md, "riskblind36b: plans, methods, intent and wishes in
English without death words"): the general forms the blind file ``risk_valid_v36_en`` showed missing or misread, each
with the look-alikes that must stay unflagged (``risk_en36b``, ``life_talk.life_spans`` and the reader of years still
to come in ``risk._disclosure``). The sentences here are new: none is a line of the file.

1. Plans and preparation, method, intent, active ideation and passive wishes in English without a death word.
2. Set aside (``risk_en36b.set_aside``): "tonight's the night" of a coming-out or a proposal, "unalive" aimed at
   someone else, "not exist" for a fortnight's holiday, a duvet in the cold, letters to one's future self, someone
   else's estate, a test tomorrow, ropes of everyday use, games.
3. Read as everyday (``risk_en36b.EVERYDAY36B``, widened to its sentence unless the sentence names death, goodbyes or
   the means): pictures hung, money put aside, Secret Santa, dead last in a quiz, pets rehomed for a move, a hospital
   bag, a will to live lost in a meeting, an auto-reply, a rival's career ended in a game, waking when the works are
   done, "tired of being the responsible one", "where we're doing it" of a party.
"""

import re

import pytest

from services.quality.checks.counselling import risk_en36b
from services.quality.checks.counselling.crisis import risk_category
from services.quality.checks.counselling.life_talk import life_spans
from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_category, assert_fast, assert_no_risk, assert_risk

AT_RISK = [
    # plan and preparation
    ("I tipped all of the tablets into an empty coffee jar. It's behind the paint tins.", "plan_preparation"),
    ("did four supermarkets on the way home, two boxes from each... one pack at each so the tills wouldn't stop me",
     "plan_preparation"),
    ("Four chemists today, a pack at each, so nobody looked twice.", "plan_preparation"),
    ("the bag and the tubing came today, canister comes monday", "plan_preparation"),
    ("Bought what the forum said is painless. It came this morning in a plain box.", "plan_preparation"),
    ("I looped the dressing gown cord over the loft hatch hinge to check it would bear my weight.", "plan_preparation"),
    ("I went back to the bridge to see where the railing is lowest.", "plan_preparation"),
    ("i've figured it all out: the how and the when. now i just need the courage", "plan_preparation"),
    ("Recorded a video for each grandchild's wedding, since I won't be there to see it.", "plan_preparation"),
    ("Just tying up loose ends before I go. Sorry to be cryptic.", "plan_preparation"),
    ("I'm giving my records away one by one so nobody notices.", "plan_preparation"),
    ("ctb before christmas. its all planned out", "plan_preparation"),
    # intent
    ("I have decided to not be around by the spring.", "intent"),
    ("Won't be on this earth by Easter, that much I know.", "intent"),
    ("I won't be around much longer and I'll make sure of it.", "intent"),
    ("It's my last month here and I don't mean the flat.", "intent"),
    ("if he doesn't come back I'll take myself out. simple as", "intent"),
    ("Saturday night is when I'm going through with it.", "intent"),
    # method
    ("which is more peaceful, drowning or pills? asking for myself", "method"),
    ("If I was ever to do it it would be in front of the express at the crossing.", "method"),
    ("It's always the motorway bridge in my head. Haven't gone as far as a date.", "method"),
    # active ideation
    ("I keep thinking about turning myself off for good.", "active_ideation"),
    ("part of me wants to take myself off the planet", "active_ideation"),
    ("been thinking about sewer slide a lot this week", "active_ideation"),
    ("ngl i want to yeet myself out of existence", "active_ideation"),
    ("I've thought of bringing my life to a close, more than once.", "active_ideation"),
    ("I just want to make the pain stop for good, myself, my way.", "active_ideation"),
    # nssi
    ("i did that thing with the sharpener on my thigh again last night", "nssi"),
    ("I've been scalding my hands under the hot tap deliberately.", "nssi"),
    # passive wish
    ("honestly i'd like to fast forward through the rest of my life", "passive_wish"),
    ("I keep praying something would happen to me on the drive home.", "passive_wish"),
    ("I'd honestly be relieved if my flight crashed on the way to Lisbon.", "passive_wish"),
    ("I just want to be wiped out, like a chalkboard, not hurt.", "passive_wish"),
    ("I'm hoping the biopsy comes back as something serious so I can stop.", "passive_wish"),
    ("every single morning: ugh, still here", "passive_wish"),
    ("Life keeps happening and I'd rather not be part of it.", "passive_wish"),
    ("I wish I were never born into this world.", "passive_wish"),
    ("God, just call me home. I'm tired.", "passive_wish"),
    # recent attempt
    ("My brother found me with a cord round my neck last weekend.", "recent_attempt"),
]

NOT_AT_RISK = [
    # plan and preparation look-alikes
    "Tipped all of the tablets into the weekly dosette box for Nan.",
    "Emptied all my old tablets into the bag the pharmacy gave me for disposal.",
    "Went to three pharmacies for the baby formula shortage and none had any.",
    "Bought a hammock and tied it to the beam to see if it would hold my weight. It did, what a summer.",
    "We walked the field to see where the fence is lowest so the dog can't jump it.",
    "Mapped out the wedding: the how and the when. Now the budget!",
    "Tidying things up before I go on maternity leave next week.",
    "Giving my old clothes away to the charity shop, finally decluttering.",
    "ctb meaning? someone in my raid team keeps typing it",
    # intent look-alikes
    "My plan is to be gone from the office by five.",
    "if I pass my exams I'll take myself out for a nice dinner",
    # method look-alikes
    "What's quicker, the train or the bus, into town?",
    # active ideation look-alikes
    "I'm switching myself off from work emails for the weekend.",
    "bringing the meeting to a close early today, thank god",
    # nssi look-alikes
    "I burnt my fingers on the oven tray, not on purpose obviously, ouch.",
    # passive wish look-alikes
    "I want to be deleted from the group chat, it's so noisy.",
    "Hoping the results come back clear, fingers crossed.",
    "Ugh, still here at the office at nine.",
    # set aside
    "Tonight's the night, I'm finally asking her to marry me!",
    "gonna unalive my sister if she borrows my straighteners again",
    "Can't wait to not exist for a week in the Lake District, no signal at all.",
    "we wrote letters to our future selves in assembly, mine was so cringe",
    "Dad's list of who gets what from Grandad's house caused a row.",
    "I do not want to wake up tomorrow because it's my dentist appointment.",
    "Bought a skipping rope for the kids, arriving Friday.",
    "finally beat the boss by jumping off the ledge at the right moment",
    "swapped the punching bag for a hammock on the beam, it holds my weight fine",
    # read as everyday
    "Going to hang the new curtains this weekend if the rail fits.",
    "Been putting some cash aside every week and there's enough for a holiday now.",
    "Drew names for the office Secret Santa today. I got Dave.",
    "Came dead last at sports day in the dads' race.",
    "We rehomed the cat because the new landlord won't allow pets.",
    "Hospital bag's packed and by the door, 39 weeks today.",
    "my will to live left the building during that zoom call",
    "Auto-reply on: out of office until Monday, gone fishing.",
    "I'm going to end your whole career in this lobby tonight",
    "I want to sleep and wake up when this building work is finished.",
    "so tired of being the sensible one in the family group chat",
    "feeling like a ghost at school, nobody talks to me at lunch",
]


@pytest.mark.parametrize("text,category", AT_RISK)
def test_at_risk_forms_are_read(text, category):
    assert_category(text, category)
    assert_risk(text)


@pytest.mark.parametrize("text", NOT_AT_RISK)
def test_look_alikes_stay_unflagged(text):
    assert_no_risk(text)


def test_everyday_span_is_not_widened_over_dark_words():
    text = "We rehomed the cat because of the move and I wrote my goodbye letters tonight."
    spans = life_spans(text)
    assert all(text[s:e].find("goodbye") == -1 for s, e in spans)


def test_a_game_named_beside_a_disclosure_keeps_it():
    assert risk_category("stuck at the same checkpoint all night. honestly thinking about sewer slide irl") != "none"


def test_years_to_come_are_no_past():
    assert classify("Wrote the kids cards for every birthday for the next few years, seeing as I won't be there for "
                    "them.")[0] == "plan_preparation"
    # years gone by still read as past
    assert classify("Ten years ago I wrote the kids cards for every birthday, seeing as I won't be there for "
                    "them.")[0] == "none"


@pytest.mark.parametrize("pattern", [p for ps in risk_en36b.PATTERNS.values() for p in ps]
                         + [risk_en36b._SET_ASIDE.pattern, risk_en36b._GAME.pattern, risk_en36b.EVERYDAY36B.pattern, risk_en36b.DENIED36B.pattern,
                            risk_en36b.FUTURE_YEARS.pattern])
def test_no_catastrophic_backtracking(pattern):
    compiled = re.compile(pattern, re.IGNORECASE)
    for text in ("a " * 10_000, "tied " * 4_000, "the how the when " * 1_200, "bag tubing " * 2_000,
                 "if i were to go " * 1_300, "rehomed because " * 1_300, "giving my away " * 1_400, "x" * 20_000):
        assert_fast(compiled.search, text, 0.5)
