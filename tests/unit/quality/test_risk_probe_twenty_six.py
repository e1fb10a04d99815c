"""Passive wishes in other words, found missing by a probe of written disclosures (2026-12-06, twenty-sixth
session): "everything would be simpler if I were gone", "I won't be a burden for much longer", "I don't see myself
being here at Christmas", "I wouldn't
still be here", "I'm a waste of oxygen", "no reason for me to keep going". Stage one names them; the learned stage
confirms them as it does every pattern-named turn. Their everyday look-alikes stay "none": a move or a trip
after "much longer" / "see myself being here", a meeting that was a waste of space, a dog that would not still be
here without the vet. "I don't think I'll make it to my birthday" is intent (expecting not to live to a date)."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify
from tests.support.blind import assert_category, assert_no_risk, assert_risk_category, assert_stage_one_none


@pytest.mark.parametrize("text", [
    "Everything would be simpler if I were gone.",
    "I won't be a problem for much longer, don't worry.",
    "I don't see myself being here at Christmas.",
    "I'm a waste of oxygen and everyone knows it.",
    "There's no reason for me to keep going anymore.",
])
def test_passive_wish_in_other_words(text):
    assert classify(text)[0] == "passive_wish"  # stage one names it
    assert crisis.risk_category(text) == "passive_wish"  # and the runtime keeps it


@pytest.mark.parametrize("text", [
    "I don't think I'll make it to my birthday.",  # expecting not to live to a date: intent, as the labelled
    "I don't think I'll be alive by Christmas, and I'm okay with that.",  # files have it
])
def test_not_living_to_a_date(text):
    assert classify(text)[0] == "intent"
    assert crisis.risk_category(text) == "intent"


@pytest.mark.parametrize("text", [
    "I won't be a problem for much longer, I'm moving out next week.",
    "I don't see myself being here at Christmas, we're going to Spain.",
    "What a waste of space that meeting was.",
    "The dog wouldn't still be here without the vet.",
    "My gran is at eternal rest now.",
    # the review of the session's rules (each was flagged by a first draft)
    "There's no reason for me to keep going to that gym, it's too expensive.",
    "There's no reason for me to be here at the meeting since I'm not presenting.",
    "If I'd taken that job in London I wouldn't still be here in Leeds.",
    "After the marathon I want to rest forever, lol.",
    "Don't worry, I won't be a bother much longer, my cast comes off next week.",
    "I won't be a nuisance for much longer, the builders finish on Friday.",
    "I'm such a waste of space on the football team, I missed three penalties.",
])
def test_everyday_look_alikes(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text", [
    # possessions given away and affairs put in order in one turn
    "I'm okay. Just tired. Been giving away a lot of my stuff lately, it feels good to have less. Gave my PS5 to my "
    "cousin, my books to the charity shop, my jacket to my best mate. Sorted my will too.",
    # pills kept back from a prescription
    "The doctor upped my dose and told me not to take more than two a day. I've been keeping the rest in a jar. "
    "There's about sixty in there now.",
])
def test_preparatory_acts_across_sentences(text):
    assert classify(text)[0] == "plan_preparation"
    assert crisis.risk_category(text) == "plan_preparation"


def test_covering_the_marks_in_summer_is_named_by_stage_one():
    assert classify("Mum keeps asking why I wear hoodies all summer. I can't tell her what's underneath.")[0] == "nssi"


@pytest.mark.parametrize("text", [
    "I've been decluttering, giving away a lot of my stuff, it feels great. Marie Kondo changed my life.",
    "My grandad made his will and gave away his things before he died.",  # someone else's
    "I wear hoodies all summer because I hate my arms.",
    "I wear long sleeves in summer to hide the scars from my surgery.",
    "The doctor prescribed painkillers and I keep the rest in a jar in the kitchen cupboard.",
    "I got a prescription for antibiotics and kept the leftovers in a bag in case I need them next time.",
    "I wear hoodies all summer because I'm self-conscious about my weight, no one sees what's underneath.",
    "I wear long sleeves in summer for my eczema; the marks get worse in the sun.",
])
def test_preparatory_look_alikes(text):
    assert_no_risk(text)


@pytest.mark.parametrize(("text", "category"), [
    ("If I ended it, at least the pain would stop.", "active_ideation"),  # ending it weighed as a way out of pain
    ("I want to go to sleep and just not be anymore.", "passive_wish"),
    ("tbh i've been sh'ing again", "nssi"),  # self-harm abbreviated
])
def test_a_fourth_probe(text, category):
    assert_category(text, category)
    assert_risk_category(text, category)


@pytest.mark.parametrize("text", [
    "If I ended it with him, at least the pain would stop.",  # a relationship
    "I would not be anymore worried if I knew.",
    "I just want to not be anymore stressed about money",
    "If I ended it there, the pain would stop, said my physio about the stretch.",
])
def test_a_fourth_probes_look_alikes(text):
    assert_stage_one_none(text)


@pytest.mark.parametrize("text", ["hi", "hey", "yo", "thanks", "Thanks!", "ok", "hello", "good morning"])
def test_a_greeting_or_thanks_alone_is_no_disclosure(text):
    # the all-writers learned stage read "hi" as a passive wish, the file before it "thanks" as intent
    assert_no_risk(text)


def test_a_greeting_before_a_disclosure_is_still_read():
    assert crisis.risk_category("hi, I want to die") != "none"
