"""English round ten (fourteenth session): stage one reads disclosures said the way clients write
them, in their general form, which it read as nothing before (``risk._EN10``): self-injury in slang
and plain words ("sh", relapsing after N days clean, "cuttin again", hiding the marks, injuring
oneself deliberately, hurting a part of the body until it bleeds, an overdose taken "not to die"),
intent (the last message, the last night, not making it to a day, "imma end it tonight"), means
with oneself as target (in front of a bus, lying on the tracks, going off a height, pills counted
against what would be enough), attempts told by their aftermath (a stomach pumped, "OD'd", waking up
in A&E) and ideation said indirectly ("so close to ending it", "catch the bus, if you know what I
mean", "not being around"). The same words in an addiction, an accident, a hobby, a joke, someone
else's risk, harm by others or a recovery stay none."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify

DISCLOSURES = [
    # self-injury
    ("nssi", "i did sh again yesterday"),
    ("nssi", "sh urges are so bad tonight"),
    ("nssi", "I've been clean from sh for 20 days and today I relapsed"),
    ("nssi", "I relapsed. 47 days clean and I threw it away over a stupid text."),
    ("nssi", "I was 3 months clean and relapsed on Sunday."),
    ("nssi", "tbh i been cuttin again n i dont kno how to stop"),
    ("nssi", "been scratchin myself again all week"),
    ("nssi", "Wearing long sleeves in the heat so my mum doesn't see the marks."),
    ("nssi", "I'm covering the burns on my thighs with plasters."),
    ("nssi", "I have been deliberately injuring myself since my wife passed."),
    ("nssi", "I scratch at my face with my nails till it's raw."),
    ("nssi", "it's been 4 days without hurting myself, the longest in ages"),
    ("nssi", "Got fresh cuts on my hips and PE is tomorrow."),
    ("nssi", "I took like 10 of my sleeping pills, I wasn't trying to die, I just wanted to be knocked out."),
    # intent
    ("intent", "This is the last message you'll get from me."),
    ("intent", "This is my last night. I'm at peace with it."),
    ("intent", "Just feel like someone should know I'm not gonna make it to Monday."),
    ("intent", "imma end it tonight fr"),
    # means
    ("method", "I could just step in front of a bus."),
    ("method", "Sometimes I think about lying down on the tracks behind the estate."),
    ("method", "I keep thinking about throwing myself off the multi-storey."),
    ("method", "I counted out all my sleeping tablets and there's enough."),
    ("method", "I keep thinking I could swerve into a lorry on the way home."),
    ("method", "Taking an overdose seems like the easiest way."),
    # attempts
    ("recent_attempt", "They pumped my stomach."),
    ("recent_attempt", "Tried to OD last Tuesday."),
    ("recent_attempt", "I woke up in A&E with a drip in my arm."),
    ("recent_attempt", "I survived my attempt three days ago."),
    # ideation said indirectly
    ("active_ideation", "I'm so close to ending it."),
    ("active_ideation", "I kinda wanna catch the bus, if you know what I mean"),
    ("active_ideation", "Been thinking about not being around, like for good."),
    ("active_ideation", "I want to make it all stop forever."),
    ("active_ideation", "I'm ready to die."),
    ("passive_wish", "I just don't want to be around anymore."),
    # second pass
    ("nssi", "I bash my head on the desk when I'm frustrated."),
    ("nssi", "the urge to cut is unbearable"),
    ("nssi", "Ive relapsed, cut deeper than ever."),
    ("method", "How many paracetamol would it take?"),
    ("intent", "I'm leaving this world tonight."),
    ("intent", "Sorry for everything. Goodbye."),
    ("active_ideation", "I can't stop thinking about suicide."),
]

NOT_DISCLOSURES = [
    "sh, the baby is sleeping",
    "I did sh*t all today lol",
    "I relapsed on smoking, 30 days clean and then one party.",
    "I'm 90 days clean from alcohol and so proud.",
    "My brother relapsed, he was 40 days clean from heroin.",
    "I was cuttin the grass all afternoon.",
    "I hide my scars from surgery under a scarf.",
    "I hid the marks from my stepdad's belt.",
    "I injured myself playing football.",
    "I'm deliberately cutting back on my hours.",
    "I scraped my hands until they bled when I fell off my bike.",
    "I took two ibuprofen, not to die obviously, just a headache lol",
    "This is the last message before the weekend, thanks team!",
    "This is my last day at work, so sad to leave.",
    "I'm not going to make it to Monday's meeting.",
    "I won't make it to the party tomorrow, sorry.",
    "We lay on the road to protest the new bypass.",
    "I went over the edge of the pool on the slide.",
    "I'm so close to ending things with my boyfriend.",
    "I'm close to doing it, the marathon I mean!",
    "Gonna catch the bus home, see ya.",
    "I don't want to be around anymore those toxic people.",
    "I counted my pills and I have enough for the trip.",
    "I survived my attempt at the London marathon.",
    "I'm ready to die on this hill, pineapple belongs on pizza.",
    "I'm gonna end it with him tonight, he's been cheating.",
    "imma end it tonight with that game, final boss!",
    "They pumped my stomach when I was 17, but I'm ok now.",
    "My sister hides the cuts on her arms.",
    "My friend woke up in A&E after a night out.",
    "I was thinking about not being around for the holidays.",
    "I banged my head on the cupboard door this morning, ouch.",
    "I hit my head on the door frame when I stood up too fast.",
    "The urge to cut ties with my family is strong.",
    "How many paracetamol would it take to get rid of a headache?",
    "My nan is leaving this world soon, the hospice says days.",
    "Sorry for everything, goodbye and thanks for all the fish! I'm moving to Canada.",
    "I relapsed on drinking and cut my hand on the glass.",
    "I can't stop crying but I'm not thinking about suicide.",
    "My friend can't stop cutting herself.",
    "Jumping seems like the best way to get over the fence.",
]


@pytest.mark.parametrize(("category", "text"), DISCLOSURES)
def test_stage_one_reads_the_disclosure(category, text):
    assert classify(text) == (category, True)


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_stage_one_reads_no_disclosure(text):
    assert classify(text)[0] == "none"


@pytest.mark.parametrize("text", [
    "I relapsed. 47 days clean and I threw it away over a stupid text from my ex.",  # no cue before: not read
    "sh again last night, first time in like 3 weeks",
    "This is the last message you'll get from me.",
    "I could just step in front of a bus.",
])
def test_both_stages_find_the_turn_at_risk(text):
    assert crisis.risk_category(text) != "none"
    assert crisis.risk_level(text) in ("moderate", "high")
