"""Risk stage one (2026-12-06, twenty-seventh session, main session's probe): an overdose just taken, told by its
amount ("I took a handful of pills an hour ago", "swallowed a whole strip of paracetamol", "took like 20 of my
sleeping pills", "necked a load of co-codamol", "took my whole week's supply at once"), read by neither stage
before; and the older count pattern's false attempts ("I took 50 mg of sertraline", "I took 2 of my pills"),
now a count of five or more without a dose's unit. Not the writer's act (the dog, a brother), not by accident,
not for a pain named, not "if I took", not an overdose taken not to die (self-injury). docs/quality.md, "Risk
probes, round twenty-seven", main session."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify


@pytest.mark.parametrize("text", [
    "I took a handful of pills an hour ago.",
    "I swallowed a whole strip of paracetamol twenty minutes ago.",
    "Took like 20 of my sleeping pills just now, feeling woozy",
    "Just necked a load of co-codamol. Feel sick.",
    "I swallowed a load of pills earlier and now my ears are ringing.",
    "took a fistful of my meds before logging on",
    "I took my whole week's supply at once an hour ago.",
    "I've taken a handful of pills.",
    "Last night I took a handful of my sleeping pills.",
    "honestly i just took a load of my antidepressants",
])
def test_an_overdose_just_taken_is_an_attempt(text):
    assert classify(text)[0] == "recent_attempt"
    assert crisis.risk_level(text) == "high"


@pytest.mark.parametrize("text", [
    "I took a handful of vitamins this morning.",
    "I took a handful of sweets from the jar at work.",
    "I took a whole strip of photos at the booth with my friends.",
    "I took loads of notes in the session today.",
    "The dog swallowed a whole strip of my tablets and we had to go to the vet.",
    "My brother took a handful of pills.",
    "I took a load of painkillers for my back.",
    "I took loads of ibuprofen for my period pain.",
    "I accidentally took too many of my tablets.",
    "I took my whole prescription to the pharmacy.",
    "I took a load of the old pill bottles to the pharmacy for disposal.",
    "I took 50 mg of sertraline this morning as prescribed.",
    "I took 2 of my pills this morning.",
    "I took 10 minutes to calm down and then took my 2 tablets.",
])
def test_look_alikes_are_no_attempt_by_stage_one(text):
    assert classify(text)[0] != "recent_attempt"


@pytest.mark.parametrize(("text", "category"), [
    # an overdose taken not to die is self-injury; "if I took" is a method weighed
    ("I took a load of paracetamol on Saturday, not to die, I just wanted to hurt and feel something.", "nssi"),
    ("I took like 10 of my sleeping pills, I wasn't trying to die, I just wanted to be knocked out.", "nssi"),
    ("Sometimes I think if I took my whole prescription at once I wouldn't wake up.", "passive_wish"),
])
def test_not_an_attempt_but_still_read(text, category):
    assert classify(text)[0] == category


# review27c (2026-12-06): main 4a8cd1c read these as attempts (the base e97dcc6 did not): quoted speech, tablets
# handled and not swallowed, a noun between the amount and the tablets
@pytest.mark.parametrize("text", [
    'My friend texted me "I took a handful of pills" and then went quiet, what do I say?',
    "He said, \u201cI've taken loads of tablets,\u201d then laughed it off as a joke.",
    "I took a handful of meds out of the blister pack so the pharmacist could count them.",
    "At work I took a whole box of tablets off the shelf and restocked it.",
    "I took a load of old tablets back to the chemist to be destroyed.",
    "I took a bottle of pills round the ward on my shift.",
    "For my design course I took loads of photos of pills in their packaging.",
    "I took a heap of pictures of my meds for the insurance claim.",
])
def test_review27c_quoted_handled_or_photographed_tablets_are_no_attempt(text):
    assert classify(text)[0] != "recent_attempt"


# review27c: their look-alikes, still attempts (none read by the base e97dcc6)
@pytest.mark.parametrize("text", [
    "I took a handful of pills out of desperation an hour ago.",
    "I swallowed a load of tablets from the cabinet, I can't stop shaking.",
    "i just necked a whole packet of my sleeping pills",
    "I've taken way too many of my tablets and I don't want to wake up.",
])
def test_review27c_overdose_look_alikes_still_attempts(text):
    assert classify(text)[0] == "recent_attempt"
