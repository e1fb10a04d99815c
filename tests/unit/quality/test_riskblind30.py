"""riskblind30 (thirtieth session): mends from the blind English file ``risk_valid_v30``.

- British and Australian euphemisms of killing oneself ("top myself", "do myself in", "doing meself in") are read
  as "kill myself" by stage one (``risk.read_clitics``), so every construction that reads "kill myself" reads them.
- An overdose told by "a large amount / a huge number / a lethal dose of my tablets".
- Past and recovered: "yrs ago", "ages ago", "got through it" / "got thru it" (without a recent time), and
  "five years ago today" (an anniversary: "today" after "ago" is no recent time).
Look-alikes stay none or keep their reading."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_category, assert_stage_one_none

EUPHEMISM = [
    ("im going to top myself", "intent"),
    ("I'm going to do myself in, I've just got to work out the how.", "intent"),
    ("been havin thoughts of doing myself in. dunno what to do w them", "active_ideation"),
    ("I keep thinking about topping myself, every night.", "active_ideation"),
    ("Honestly some days I want to do meself in.", "active_ideation"),
    ("I've been thinking about doing myself in since the redundancy.", "active_ideation"),
]


@pytest.mark.parametrize("text,category", EUPHEMISM)
def test_euphemism_of_killing_oneself(text, category):
    assert_category(text, category)


EUPHEMISM_NONE = [
    "I nearly did myself in at the gym lifting that bar.",
    "He topped himself years ago, my uncle, and we never talk about it.",
    "I don't know how I'll top myself after that presentation, it went so well.",
    "I was trying to do myself a favour by going to bed early.",
    "Doing my homework in the library tonight.",
]


@pytest.mark.parametrize("text", EUPHEMISM_NONE)
def test_euphemism_look_alikes_stay_none(text):
    assert_stage_one_none(text)


OVERDOSE = [
    "A fortnight ago I took a large amount of my heart tablets with whisky. My son found me the next morning.",
    "I swallowed a huge number of my sleeping pills on Friday.",
    "Last night I took a lethal dose of my painkillers and woke up in hospital.",
]


@pytest.mark.parametrize("text", OVERDOSE)
def test_overdose_told_by_a_large_amount(text):
    assert classify(text)[0] == "recent_attempt"


OVERDOSE_NONE = [
    "I took a large amount of my tablets out of the box to count them for the pharmacist.",
    "My doctor says I take a large number of tablets for my heart every day.",
    "I took a large amount of my painkillers by accident, I'd forgotten I already had some.",
]


@pytest.mark.parametrize("text", OVERDOSE_NONE)
def test_large_amount_look_alikes(text):
    assert classify(text)[0] != "recent_attempt"


PAST = [
    "i was suicidal at uni but got thru it. now im just stressed w work stuff, totally safe",
    "I wanted to die when I was at school but I got through it and I'm fine.",
    "Five years ago today I tried to end my life. I'm still here, I'm doing well.",
    "Ten years ago this week I took an overdose. I'm safe now, just reflective.",
    "tried to od yrs ago, im good now",
    "I used to think about ending my life ages ago.",
]


@pytest.mark.parametrize("text", PAST)
def test_past_recovered_is_no_disclosure(text):
    assert_stage_one_none(text)


PAST_STILL_RISK = [
    ("I tried to end my life today.", "recent_attempt"),
    ("I wanted to die last week but got through it.", "active_ideation"),
    ("I took an overdose this week. I don't know how I got through it.", "recent_attempt"),
    ("I tried to kill myself two weeks ago.", "recent_attempt"),
]


@pytest.mark.parametrize("text,category", PAST_STILL_RISK)
def test_recent_keeps_its_reading(text, category):
    assert_category(text, category)


def test_whole_turn_readings():
    assert crisis.risk_category("im going to top myself tonight") == "intent"
    assert crisis.risk_category("I tried to end my life when I was nineteen. I'm 45 now and in a good place.") == "none"


@pytest.mark.parametrize("text", [
    "It was my best season ever, it'll be hard to top myself next year.",
    "I can't top myself after a performance like that.",
    "How will I ever top myself after that?",
])
def test_top_myself_as_outdoing_stays_none(text):
    assert_stage_one_none(text)


NSSI = [
    "I don't want to die, nothing like that. I just cut my arm on Sunday because it was the only thing that helped.",
    "I pressed a hot spoon on my wrist yesterday. It helped for a bit.",
    "I burned my leg with the lighter again, it's the only thing that works.",
    "i just cut my thigh last nite cos it helps",
]


@pytest.mark.parametrize("text", NSSI)
def test_cut_or_burn_said_to_help(text):
    assert classify(text)[0] == "nssi"


NSSI_NONE = [
    "I just cut my arm on a bit of glass in the garden.",
    "I cut my arm on the fence and the antiseptic helped.",
    "I burned my arm on the oven and ice was the only thing that helped.",
    "I used the cream on my arms and it helped.",
    "I dropped a hot spoon on my leg by accident.",
    "I just cut my hair and it helped me feel fresh.",
]


@pytest.mark.parametrize("text", NSSI_NONE)
def test_cut_or_burn_look_alikes_stay_none(text):
    assert_stage_one_none(text)
