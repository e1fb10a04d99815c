"""The risk stage's encoder setting (``DP_RISK_ENCODER``, ``risk_model.encoder_name``; issue 10):
the learned stage reads client turns with the encoder the setting names (``L6``: all six MiniLM
layers in float32, the default; ``Lk-int8``: ``minilm.variant``), loads that encoder's own model
file, and refuses a model trained on another encoder's embeddings."""

from __future__ import annotations

import re

import pytest

from services.quality.checks.counselling import minilm, risk_model
from tests.support.risk_files import named_model_file


@pytest.fixture
def weights():
    try:
        return minilm._weights(minilm.model_dir())
    except minilm.ModelMissing:
        pytest.skip("MiniLM weights not installed")


@pytest.fixture
def fresh():
    risk_model.minilm_model.cache_clear()
    risk_model.learned_category.cache_clear()
    yield
    risk_model.minilm_model.cache_clear()
    risk_model.learned_category.cache_clear()


def test_the_default_is_use_for_its_languages_and_its_model_file(monkeypatch):
    """Round seven (``docs/quality.md``): ``USE-langs`` and its file; ``L6``'s stays as an option."""
    monkeypatch.delenv("DP_RISK_ENCODER", raising=False)
    assert risk_model.encoder_name() == risk_model.ENCODER == "USE-langs"
    assert risk_model.minilm_path().name == "risk_minilm_USE-langs.npz"
    assert risk_model.MiniLMRiskModel().encoder == "USE-langs"
    monkeypatch.setenv("DP_RISK_ENCODER", "L6")
    assert risk_model.minilm_path() == risk_model.MINILM_PATH
    assert risk_model.minilm_path().name == "risk_minilm.npz"
    assert risk_model.MiniLMRiskModel().encoder == "L6"


def test_the_setting_switches_the_encoder_and_the_model_file(weights, monkeypatch):
    pytest.importorskip("onnxruntime")
    monkeypatch.setenv("DP_RISK_ENCODER", "L6")
    assert risk_model.risk_encoder() is minilm.encoder()  # one encoder (and cache) with an L6 reply stage
    monkeypatch.setenv("DP_RISK_ENCODER", "L3-int8")
    enc = risk_model.risk_encoder()
    assert (enc.depth, enc.int8, enc.bits) == (3, True, 7) and enc is minilm.variant(3, True)
    assert risk_model.minilm_path().name == "risk_minilm_L3-int8.npz"
    assert risk_model.minilm_path("L6").name == "risk_minilm.npz"
    for bad in ("L7", "L0", "6", "L2-int4"):
        monkeypatch.setenv("DP_RISK_ENCODER", bad)
        with pytest.raises(ValueError, match="DP_RISK_ENCODER"):
            risk_model.encoder_name()


@pytest.mark.parametrize(("encoder", "refused_by"), [("L3-int8", ["L6"]), ("USE", ["L6", "L6+USE"])])
def test_a_model_trained_on_another_encoder_is_refused(tmp_path, encoder, refused_by):
    path = named_model_file(tmp_path, encoder)
    assert risk_model.MiniLMRiskModel(path, encoder).encoder == encoder
    for other in refused_by:
        with pytest.raises(ValueError, match=re.escape(f"trained on the {encoder} encoder, not {other}")):
            risk_model.MiniLMRiskModel(path, other)


def test_a_model_file_naming_no_encoder_is_l6s(tmp_path):
    assert risk_model.MiniLMRiskModel(named_model_file(tmp_path, None), "L6").encoder == "L6"
    with pytest.raises(ValueError, match="trained on the L6 encoder"):
        risk_model.MiniLMRiskModel(named_model_file(tmp_path, None), "L2-int8")
    with pytest.raises(ValueError, match="trained on the L6 encoder, not USE"):
        risk_model.MiniLMRiskModel(risk_model.MINILM_PATH, "USE")


def test_an_encoder_without_its_model_file_leaves_the_char_ngram_stage(fresh, monkeypatch, tmp_path):
    monkeypatch.setattr(risk_model, "MODELS", tmp_path)  # no risk_minilm_L4-int8.npz there
    monkeypatch.setenv("DP_RISK_ENCODER", "L4-int8")
    assert risk_model.minilm_model() is None
    assert risk_model.learned_category("I wish I could fall asleep and never wake up.") is None


def test_the_stage_reads_the_embeddings_of_its_encoder(weights, fresh, monkeypatch, tmp_path):
    """``prefetch`` and ``assess`` encode with the setting's encoder, not ``minilm.encoder()``."""
    pytest.importorskip("onnxruntime")
    path = named_model_file(tmp_path, "L2-int8")
    monkeypatch.setattr(risk_model, "minilm_path", lambda name=None: path)
    monkeypatch.setenv("DP_RISK_ENCODER", "L2-int8")
    seen = []
    enc = minilm.variant(2, True)
    real_batch, real_one = enc.encode_batch, enc.encode
    monkeypatch.setattr(enc, "encode_batch", lambda texts: seen.extend(texts) or real_batch(texts))
    monkeypatch.setattr(enc, "encode", lambda text: seen.append(text) or real_one(text))
    six = minilm.encoder()
    monkeypatch.setattr(six, "encode_batch", lambda texts: (_ for _ in ()).throw(AssertionError("L6 ran")))
    monkeypatch.setattr(six, "encode", lambda text: (_ for _ in ()).throw(AssertionError("L6 ran")))
    text = "I wish I could fall asleep and never wake up."
    assert risk_model.minilm_model().encoder == "L2-int8"
    assert risk_model.prefetch([text]) == 1
    assert risk_model.learned_category(text) in {"none", *risk_model.minilm_model().categories}
    risk_model.learned_category.cache_clear()
    risk_model.learned_category("Some nights I hope I just don't open my eyes again.")  # not prefetched: encode()
    assert seen[0] == text and set(seen) == {text, "Some nights I hope I just don't open my eyes again."}
