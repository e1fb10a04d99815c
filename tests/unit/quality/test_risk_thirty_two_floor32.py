"""floor32 (thirty-second session): a plan or preparation stage one names is never dropped by the learned stage's first
look (``risk_model.FLOOR_EXEMPT``); MiniLM still reads the turn and confirms it at the pattern threshold. docs/quality.md,
"floor32".

The first look (a logistic regression on stage one's features) weighs a ``plan_preparation`` pattern at about nothing
(-0.04, against 0.56-1.11 for the other patterns), so preparations told beside a change of subject ("... paid the rent
ahead. I'm leaving and not coming back. How was your holiday?": the question weighs -4) fell under its floor as if no
pattern had named them. The look-alikes: preparations for ordinary reasons (wills after a baby, letters for a child's
eighteenth, clothes given away before a move) that the first look used to drop are now read by MiniLM and stay under
its threshold; and the other categories keep the floor (idioms of killing, self-harm as a study or prevention topic,
which MiniLM alone, at the other-language pattern threshold of 0.05, would flag).
"""

from __future__ import annotations

import pytest

from services.quality.checks.counselling import risk_model
from services.quality.checks.counselling.crisis import risk_category
from tests.support.blind import assert_no_risk


@pytest.fixture(scope="module")
def model():
    m = risk_model.minilm_model()
    if m is None:
        pytest.skip("the learned risk stage is not installed")
    return m


def _under_floor(m, text: str) -> bool:
    category = risk_model._stage_one_category(text)
    return m.first_look(m.features(text)) < risk_model._floor_threshold(m, text, category)[0]


# preparations beside a change of subject: stage one names plan_preparation, the first look scores them under its
# floor, MiniLM confirms them
STANDS = [
    "J'ai donné mon ordi à mon neveu, noté tous mes mots de passe pour ma mère et payé le loyer d'avance. "
    "Je pars et je ne reviendrai pas. Et toi, ton week-end?",
    "J'ai donné mon vélo à mon cousin, noté mes mots de passe pour ma sœur et payé le loyer d'avance. "
    "Je pars et je ne reviendrai pas. Et ton stage, ça se passe bien ?",
    "Wrote my will, gave my bike to my brother and left him my passwords. Won't be long now. How was your holiday btw?",
]

# ordinary preparations stage one names plan_preparation: no longer dropped by the first look, MiniLM keeps them none
PREPARATION_LOOK_ALIKES = [
    "My wife and I finally made our wills after the baby was born, and wrote letters for her to open when she's eighteen.",
    "I'm writing letters to my kids for their 18th birthdays, my therapist suggested it as a gratitude exercise.",
    "giving away all my winter clothes before the move to Singapore, anyone want a coat?",
    "Draft a goodbye email to my colleagues; I'm leaving the company after six years to join a startup.",
]

# other categories stage one names under the floor: the floor still removes them
FLOOR_STILL_REMOVES = [
    ("Pour ma thèse je travaille sur l'automutilation chez les ados, vous avez des sources ?", "nssi"),
    ("Stiamo preparando una giornata sulla prevenzione dell'autolesionismo per i genitori della scuola.", "nssi"),
    ("Cette réunion va me tuer, franchement.", "active_ideation"),
    ("ce boulot va me tuer, je te jure", "active_ideation"),
]


def test_the_exempt_categories():
    assert risk_model.FLOOR_EXEMPT == frozenset({"passive_wish", "plan_preparation"})


@pytest.mark.parametrize("text", STANDS)
def test_a_preparation_under_the_floor_stands(model, text):
    assert risk_model._stage_one_category(text) == "plan_preparation"
    assert _under_floor(model, text)  # the case the exemption is for
    assert not isinstance(risk_model._route(model, text), str)  # MiniLM reads it
    assert risk_category(text) == "plan_preparation"


@pytest.mark.parametrize("text", PREPARATION_LOOK_ALIKES)
def test_an_ordinary_preparation_stays_none(model, text):
    assert risk_model._stage_one_category(text) == "plan_preparation"
    assert_no_risk(text)


@pytest.mark.parametrize("text,category", FLOOR_STILL_REMOVES)
def test_other_categories_keep_the_floor(model, text, category):
    assert risk_model._stage_one_category(text) == category
    assert _under_floor(model, text)
    assert risk_model._route(model, text) == "first_look"
    assert_no_risk(text)
