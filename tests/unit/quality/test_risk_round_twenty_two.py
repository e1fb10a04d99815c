"""Risk round twenty-two (``docs/quality.md``, "Risk round twenty-two"): the learned stage retrained with its
language files weighted. No candidate passed the session's pooled rule, so the detector is unchanged; what is
kept is bench code: ``bench/train_risk_minilm.py``'s dump of the turns only the runtime's wider router reads
(``widened_only``, so that ``WIDE_THRESHOLD`` can be chosen on training turns), its ``--char-weights``, and
``bench/risk_operating_point.py --model`` (a candidate file swept and run without being copied over the
committed one).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from services.quality.checks.counselling import crisis, risk_model

pytestmark = pytest.mark.skipif(risk_model.minilm_model() is None, reason="the learned stage is not installed")

BENCH = Path(__file__).resolve().parents[3] / "bench"


def _bench(name: str):
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"{name}_r22", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def train():
    pytest.importorskip("sklearn")
    return _bench("train_risk_minilm")


@pytest.mark.parametrize("text, wide", [
    ("Min läkare har bytt mitt läkemedel.", True),  # Swedish, no cue: only the wider router reads it (round twenty)
    ("Jag har köpt en ny cykel och jag älskar den.", True),
    ("I feel fine today, the sun is out.", False),  # English: never widened
    ("Ich habe heute einen Kuchen gebacken.", False),  # German: one of USE's languages, routed by route_foreign
    ("What's the weather like in Lisbon in May?", False),
])
def test_widened_only_is_the_runtimes(train, text, wide):
    """The training script's ``widened_only`` marks the turns the runtime holds to ``WIDE_THRESHOLD``: a routed
    turn with no pattern for which ``risk_model._widened_only`` holds."""
    assert train.widened_only(text) is wide
    if wide:
        assert risk_model._stage_one_category(text) == "none"
        assert risk_model._widened_only(risk_model.minilm_model(), text)


def test_char_fit_unweighted_by_default(train):
    """``--char-weights`` off (the default), the char n-gram regression is the one the committed files were
    trained with; weights of one give the same coefficients."""
    texts = ["i want to die", "i want to sleep", "i will end it tonight", "i will end the call tonight",
             "nobody would miss me", "nobody would miss the meeting", "i took all my pills", "i took all my vitamins"]
    y = np.array([True, False, True, False, True, False, True, False])
    _, m0, _ = train.char_fit(texts, y)
    _, m1, _ = train.char_fit(texts, y, np.ones(len(texts)))
    _, m2, _ = train.char_fit(texts, y, np.array([3.0, 1, 1, 1, 1, 1, 1, 1]))
    assert np.allclose(m0.coef_, m1.coef_)
    assert not np.allclose(m0.coef_, m2.coef_)


def test_operating_point_model_option(monkeypatch):
    """``bench/risk_operating_point.py --model``: the runtime's loader returns the named file, at ``--point``
    when ``run`` gives one (the override is set before the file is loaded)."""
    op = _bench("risk_operating_point")
    monkeypatch.setattr(risk_model, "_minilm_model", risk_model._minilm_model)
    monkeypatch.setattr(risk_model.MiniLMRiskModel, "__init__", risk_model.MiniLMRiskModel.__init__)
    op.override((0.15, 0.3, 0.1))
    op.use_model(str(risk_model.minilm_path()))
    m = risk_model.minilm_model()
    assert (m.s1_floor, m.threshold, m.pattern_threshold) == (0.15, 0.3, 0.1)
    assert risk_model.minilm_model() is m


# hard negatives of the training files (``risk_train_lang``, ``risk_train_v23``): none at the base and now
NEGATIVES = [
    "my boss is gonna kill me if im late again lol",
    "cut my finger really bad chopping onions, needed glue at the walk in",
    "mi jefe me va a matar si llego tarde otra vez jaja",
    "die arbeit bringt mich noch um, so viele überstunden",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(text):
    assert crisis.risk_category(text) == "none"
