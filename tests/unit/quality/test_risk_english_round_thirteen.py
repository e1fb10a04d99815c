"""English round thirteen (sixteenth session): stage one reads risk told indirectly, which it read as
nothing before (``risk._EN13``): a day that "is it", "there won't be a next year for me", ctb / kms with
a time or as thoughts; a ligature tried, an engine left running in a closed garage, the edge of a roof
or platform, a railing leaned over, how many of a means "would be enough", a bath and a toaster, pills
or knives stared at with a thought; "suicide feels like the answer"; which of my things goes to whom, a
funeral planned; an antidote for what I took; burning, hitting or scratching one's body with an object.
A negated knowing is no denial of the act ("so she doesn't see where I've been burning my hands"). The
same words in everyday life (a holiday away, a night ended with a bath, a hospital after a crash, a
photo from a cliff edge, pills looked at to remember a dose, "if I have to ... one more ... I'll kill
myself"), third person, study and negation stay none."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify

DISCLOSURES = [
    # intent
    ("intent", "I've thought about it for months and Saturday is it."),
    ("intent", "okay. tomorrow is it. i'm tired of waiting"),
    ("intent", "There won't be a next year for me, so stop asking about my plans."),
    ("intent", "i'll ctb on sunday when everyone's at church"),
    ("intent", "gonna kms after the exams fr"),
    ("intent", "Tonight I'm ending it with the pills I saved."),
    # method
    ("method", "I sat in my car in the locked garage with the engine running for an hour yesterday."),
    ("method", "I stood right at the edge of the roof of my office block at lunchtime and looked down."),
    ("method", "I leaned over the railing on the footbridge until my feet left the ground."),
    ("method", "I tied the rope to the beam in the loft yesterday."),
    ("method", "i tried the belt round my neck last night, just to see"),
    ("method", "Put the dressing gown cord round my neck and pulled it tighter each time, just to see."),
    ("method", "I've worked out how many of my sleeping tablets would be enough."),
    ("method", "I keep staring at the box of paracetamol and thinking about it."),
    ("method", "i run a bath and look at the hairdryer and think about dropping it in"),
    ("method", "I keep looking at the knife block and imagining my wrists."),
    ("method", "lay under the bath water tonight wishing i could just not come up"),
    # active ideation
    ("active_ideation", "the ctb thoughts are back and they're loud"),
    ("active_ideation", "having kms thoughts all day at work"),
    ("active_ideation", "Ending my life feels like the only way out now."),
    ("active_ideation", "honestly killing myself seems like the answer to all of it"),
    ("active_ideation", "killing myself is all I can think about this week"),
    # preparation
    ("plan_preparation", "I wrote a list of which of my things should go to my nephew."),
    ("plan_preparation", "I've been planning my funeral, the songs and the flowers, for when it happens."),
    ("plan_preparation", "Made a list of who gets what and put it with my passport."),
    # recent attempt
    ("recent_attempt", "The doctor said the antidote worked on the paracetamol in time."),
    ("recent_attempt", "They started me on the acetylcysteine drip because I'd taken the whole box."),
    ("nssi", "I rub my arms with the nail file until they're raw."),
    ("nssi", "I scratch at my thighs using a paperclip when the panic comes."),
    # self-injury
    ("nssi", "I burn my wrists with cigarettes when nobody's home."),
    ("nssi", "I hit my legs with a hairbrush till they bruise."),
    ("nssi", "i punch myself in the face when i make mistakes"),
    ("nssi", "I scratch my arms with a compass until they bleed."),
    ("nssi", "I don't know why I keep burning my arms with the lighter."),
    ("nssi", "I always wear gloves so my dad doesn't see where I've been burning my hands with a lighter."),
    ("nssi", "My mum doesn't know that I cut myself every night."),
    # passive wish
    ("passive_wish", "If the train crashed with me on it I wouldn't be sad."),
]

NOT_DISCLOSURES = [
    "Tomorrow is it, the big interview, wish me luck!",
    "this weekend is it for the sale, get your tickets",
    "There won't be a next year for the club if we don't find sponsors.",
    "I sat in the car with the engine running to keep the heater on while waiting for my daughter.",
    "We stood at the edge of the cliff to watch the sunset, gorgeous views.",
    "Had a lovely walk along the cliff edge, took photos of the puffins.",
    "Stood at the edge of the platform to take photos of the old diesel engines.",
    "I tied the rope to the beam in the loft to hang the hammock.",
    "I keep looking at my pills because I forgot if I took them this morning.",
    "I made a list of which of my clothes go to the charity shop before we move.",
    "My gran at 90 has planned her funeral and prepaid it with an insurance policy, very organised.",
    "Woke up in hospital after my knee operation, feeling groggy but fine.",
    "I fell off my bike and woke up in A&E with a concussion.",
    "I burned my hand with the hot iron while ironing my shirt.",
    "I'm not going to be around for New Year, I'm flying to see my sister.",
    "I won't be here next week, I'm on holiday in Greece.",
    "Not gonna be around this Christmas, we're spending it on a boat in Norway.",
    "If I have to hear that song one more time I'm going to kill myself lol",
    "Tonight I'm ending it with him, four years is enough.",
    "I'm ending it with a takeaway and a film tonight, what a week.",
    "I used to hit myself when I was angry, haven't since I started therapy last year.",
    "Suicide is never the answer, and I want our students to know that.",
    "For my essay: why do some people believe suicide is the only way out?",
    "My brother says killing himself feels like the only way out, how do I help him?",
    "The study asked people how many pills would be enough to feel calm.",
    "I don't think I'd ever kill myself.",
    "I don't see myself ever hurting myself.",
    "The antidote for paracetamol overdose was covered in our pharmacology lecture.",
]


@pytest.mark.parametrize(("category", "text"), DISCLOSURES)
def test_stage_one_reads_the_disclosure(category, text):
    assert classify(text) == (category, True)


@pytest.mark.parametrize("text", NOT_DISCLOSURES)
def test_stage_one_reads_no_disclosure(text):
    assert classify(text)[0] == "none"


@pytest.mark.parametrize("text", [
    "I'm not going to be around for Christmas this year, I'm working a double at the hospital.",
    "Stood on the edge of the platform to take a photo of the steam train, got told off by the guard.",
    "if I have to sit through one more meeting about the meeting I'm going to kill myself lol",
    "I used to hit myself when I was angry, havent since I started meds last year.",
])
def test_both_stages_read_the_everyday_turn_as_none(text):
    assert crisis.risk_category(text) == "none"


@pytest.mark.parametrize("text", [
    "Saturday is it. I've made my peace with it.",
    "been having the ctb thoughts again, worse than last winter",
    "I keep filling the bath and thinking about the toaster next to it.",
    "I always wear gloves so my dad doesn't see where I've been burning my hands with a lighter.",
])
def test_both_stages_find_the_turn_at_risk(text):
    assert crisis.risk_category(text) != "none"
    assert crisis.risk_level(text) in ("moderate", "high")
