"""An int8 encoder runs on onnxruntime; without it the learned reply stages switch off with a
warning instead of failing at their first batch (``minilm.require_runtime``, used by
``reply_model.model`` and ``reply_semantic.model``)."""

from __future__ import annotations

import importlib.util

import pytest

from services.quality.checks.counselling import minilm, reply_model, reply_semantic


def _without_onnxruntime(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "onnxruntime" else real(name, *a))


def test_require_runtime(monkeypatch):
    minilm.require_runtime("L6")  # float32 runs on numpy
    _without_onnxruntime(monkeypatch)
    minilm.require_runtime("L6")
    with pytest.raises(minilm.ModelMissing, match="L2-int8 encoder needs onnxruntime"):
        minilm.require_runtime("L2-int8")


@pytest.mark.parametrize("module", [reply_model, reply_semantic])
def test_the_stages_switch_off_without_onnxruntime(module, monkeypatch, caplog):
    pytest.importorskip("onnxruntime")
    module.model.cache_clear()
    try:
        assert module.model() is not None
        enc = getattr(module.model(), "encoder", None) or module.model().english
        module.model.cache_clear()
        _without_onnxruntime(monkeypatch)
        if enc.endswith("-int8"):  # the semantic stage's L2-int8
            assert module.model() is None
            assert f"the {enc} encoder needs onnxruntime" in caplog.text
        else:  # the L0 reply stage reads the embedding layer alone, in numpy
            assert module.model() is not None
    finally:
        monkeypatch.undo()
        module.model.cache_clear()
