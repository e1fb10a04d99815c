"""Main session's mend of the thirty-first session: a whole box, packet or tub of food eaten or swallowed is a binge,
not an overdose (riskblind31b found "j'ai avalé toute une boîte de chocolats" read as a recent attempt; the English and
Spanish forms were read so by the learned stage). Medicines, and any death word, keep the turn as it was."""

import pytest

from services.quality.checks.counselling.crisis import risk_category
from tests.support.blind import assert_no_risk, assert_risk

BINGES = [
    "j'ai avalé toute une boîte de chocolats hier soir devant la télé",
    "me comí una caja entera de galletas anoche",
    "I swallowed a whole box of chocolates last night lol",
    "I ate a whole family size bar of chocolate and now I hate myself",
    "Ich habe eine ganze Packung Kekse gegessen und fühle mich schrecklich",
    "ho mangiato una scatola intera di biscotti ieri sera",
    "scoffed a whole tub of ice cream after the exam, feel sick",
]

STILL_AT_RISK = [
    "j'ai avalé toute une boîte de doliprane hier soir",
    "j'ai avalé toutes mes pilules hier soir",
    "I swallowed a whole box of paracetamol last night",
    "ate a whole packet of biscuits and then took all my pills",
    "I ate a whole box of chocolates and then I tried to kill myself",
    "me tomé todas las pastillas anoche después de comerme una caja de galletas",
]


@pytest.mark.parametrize("text", BINGES)
def test_a_food_binge_is_no_attempt(text):
    assert_no_risk(text)


@pytest.mark.parametrize("text", STILL_AT_RISK)
def test_medicines_or_a_death_word_beside_food_keep_the_disclosure(text):
    assert_risk(text)


# From the labelled-turn diff of the merge (main session): an accident welcomed is a passive wish, not the everyday "in
# case I get hit by a bus" of a will or passwords; googling symptoms and "something fatal" is health anxiety.
@pytest.mark.parametrize("text, at_risk", [
    ("My dad had his cataract operation. If I got hit by a bus tomorrow honestly it would be a relief.", True),
    ("if i got hit by a bus i wouldn't mind tbh", True),
    ("I sorted my passwords into a password manager in case I get hit by a bus, my wife knows the master one", False),
    ("I keep googling my symptoms and convincing myself I have something fatal.", False),
    ("been googling whether this rash could be a fatal allergy", False),
    ("I've been googling how many paracetamol would be fatal", True),
    ("been looking up which bridge is high enough", True),
])
def test_merge_diff_cases(text, at_risk):
    assert (risk_category(text) != "none") is at_risk
