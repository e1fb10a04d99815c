"""The learned second stage of risk detection (``risk_model``): the committed model loads from
the repository alone (no network, no hub), gives the same outputs on fixed texts, and runs only
behind its gate."""

import numpy as np
import pytest

from services.quality.checks.counselling import crisis, risk_model
from services.quality.checks.counselling.risk_model import MODEL_PATH, RiskModel, gate, model, ngrams, second_stage
from services.quality.checks.prefilter import Folded


def test_model_file_is_small_and_loads_without_pickle(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert MODEL_PATH.exists() and MODEL_PATH.stat().st_size < 5_000_000
    m = RiskModel(MODEL_PATH)
    assert len(m.index) == len(m.idf) == len(m.coef) == m.cat_coef.shape[1]
    assert set(m.categories) == {"recent_attempt", "plan_preparation", "intent", "method", "active_ideation",
                                 "nssi", "passive_wish"}
    assert 0.0 < m.threshold < 1.0


def test_ngrams_are_word_bounded_and_normalised():
    grams = ngrams("I’m OK")
    assert " i'm " in grams and " ok" in grams and "ok " in grams
    assert not any(" " in g.strip() for g in grams)  # never across words


def test_features_are_l2_normalised():
    idx, x = model().features("I don't want to wake up tomorrow")
    assert len(idx) and np.isclose(x @ x, 1.0)
    idx, x = model().features("")
    assert len(idx) == 0


# recorded from the committed model (bench/train_risk_model.py, seed 12); a change of the model or
# of the feature code shows up here
FIXED = {
    "I feel suicidal tonight.": 0.77421,
    "I keep thinking everyone would be better off without me.": 0.868126,
    "The weather was lovely at the beach today.": 0.145797,
}


@pytest.mark.parametrize("text", list(FIXED))
def test_fixed_outputs_are_stable(text):
    p = model().probability(text)
    assert p == pytest.approx(FIXED[text], abs=1e-4)
    assert model().probability(text) == p  # deterministic


def test_category_only_when_confident():
    assert model().at_risk("I keep thinking everyone would be better off without me.")[1] == "passive_wish"
    assert model().at_risk("The weather was lovely at the beach today.")[1] == "none"


def test_gate_lets_cues_through_and_keeps_everyday_turns_out():
    assert gate("I just don't want to wake up anymore.")
    assert gate("quiero morir")
    assert gate("我不想活了")
    assert not gate("How do I ask my manager for a raise?")
    assert not gate("Wir streiten uns oft über Geld.")


def test_second_stage_never_runs_on_a_gated_out_turn(monkeypatch):
    calls = []
    monkeypatch.setattr(risk_model, "model", lambda: calls.append(1) or (_ for _ in ()).throw(AssertionError))
    second_stage.cache_clear()
    try:
        assert second_stage("How do I ask my manager for a raise?") == "none"
        assert not calls
    finally:
        second_stage.cache_clear()


def test_possible_is_true_whenever_the_gate_opens():
    """``crisis.possible`` proves a turn is "none" without running anything: it must not skip a
    turn the second stage would see."""
    for text in ("I just don't want to wake up anymore.", "我不想活了", "quiero morir", "everything is pointless"):
        assert gate(text) and crisis.possible(Folded(text))
