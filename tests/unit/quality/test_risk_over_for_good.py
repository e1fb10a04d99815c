"""Wanting it all to be over for good, and not eating for days as not deserving food (twenty-eighth session).

Both stages read "I'm so done with everything, I just want it to be over for good", "I honestly want everything
to end" and "I haven't eaten in four days because I don't deserve food" as none. docs/quality.md, "Probes of
written variants, main session (2026-12-06, twenty-eighth session)".
"""
import pytest

from services.quality.checks.counselling import crisis
from services.quality.checks.counselling.risk import classify

FLAGGED = ("moderate", "high")


@pytest.mark.parametrize("text,category", [
    ("I'm so done with everything, I just want it to be over for good", "passive_wish"),
    ("I honestly want everything to end", "passive_wish"),
    ("I really just need it all to stop once and for all", "passive_wish"),
    ("I haven't eaten in four days because I don't deserve food", "nssi"),
])
def test_read_by_stage_one(text, category):
    assert classify(text)[0] == category
    assert crisis.risk_level(text) in FLAGGED


@pytest.mark.parametrize("text", [
    "I want this week to be over",
    "I want the exams to be over for good",
    "I want it to be over for good, the relationship is dead",
    "I want the pain to be over forever",
    "I honestly want everything to end with this contract",
    "I haven't eaten in three days because I was fasting for Ramadan",
    "I don't deserve this promotion",
])
def test_look_alikes_are_not_read_by_stage_one(text):
    assert classify(text)[0] == "none"
