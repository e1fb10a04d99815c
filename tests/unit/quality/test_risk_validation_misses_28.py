"""Risk stage one, mends from the misses of the non-held-out validation files (2026-12-06, twenty-eighth session,
branch ``riskval28``): a named strong drug (morphine patches, sleeping tablets) collected, saved up or kept as a
stash, and an accident or an illness hoped for by the writer (the plane going down, the scan coming back bad, "if a
bus hit me I wouldn't be upset"). Each pinned beside look-alikes that use the same words for an errand, a disposal,
another person's hope or a hope that it will NOT happen. The validation figures these move are no longer blind.
docs/quality.md, "Mends from validation misses"."""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import crisis
from tests.support.blind import assert_category

_FLAGGED = ("moderate", "high")


@pytest.mark.parametrize(("text", "category"), [
    # a named strong drug gathered by the writer
    ("Been quietly gathering up my grandad's fentanyl patches since the funeral.", "plan_preparation"),
    ("I've saved up my old zopiclone for months, there's a full pot now.", "plan_preparation"),
    ("Hoarding my aunt's tramadol in a shoebox under the bed.", "plan_preparation"),
    ("I have got a hidden stash of my stepdad's oxycodone in my wardrobe.", "plan_preparation"),
    # an accident or an illness hoped for
    ("Every time I board I secretly hope the flight goes down somewhere over the sea.", "passive_wish"),
    ("On the motorway I'm hoping a lorry runs me over, honestly.", "passive_wish"),
    ("A part of me wishes the biopsy is malignant so I can stop.", "passive_wish"),
    ("If the coach came off the road on the school trip I really wouldn't be too bothered.", "passive_wish"),
    ("Tbh it wouldn't be the worst thing if my car crashed on the ring road.", "passive_wish"),
])
def test_disclosures(text, category):
    assert_category(text, category)
    assert crisis.risk_level(text) in _FLAGGED


@pytest.mark.parametrize("text", [
    # the same drugs: an errand, a disposal, saved up FOR, someone else, fiction, past and recovered
    "I'm collecting my nan's morphine from the pharmacy on the way back from work.",
    "We saved up for my dad's morphine pump so he could stay at home.",
    "The hospice nurse collects the unused morphine patches after a death.",
    "Been collecting my late husband's morphine patches to take back to the chemist.",
    "The chemist was shut again, so I collected a fortnight of her fentanyl patches from the hospital myself.",
    "Dad's prescription came through late, so I collected a week of his fentanyl patches on Monday.",
    "My gran is stockpiling paracetamol before the winter comes.",
    "The nurse keeps a stash of my dad's morphine in a locked box.",
    "In the novel her character has been hoarding morphine for a year.",
    # the same hopes, not for oneself or not for harm
    "I hope the plane does not crash, flying terrifies me.",
    "I hope the scan comes back clear next week.",
    "I'm hoping someone hits me up about the flat viewing.",
    "hope someone hits me with some good news today",
    "She hopes the plane lands on time for the wedding.",
    "They hope the tumour is benign, the surgeon sounded positive.",
    "If the bus hit me I would be really upset, so I always look both ways.",
])
def test_look_alikes(text):
    assert crisis.risk_level(text) not in _FLAGGED
