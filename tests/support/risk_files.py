"""Copies of the committed risk model file that name another encoder (or none), for the tests of
``risk_model.MiniLMRiskModel``'s encoder check."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from services.quality.checks.counselling import risk_model


def named_model_file(tmp_path: Path, encoder: str | None, name: str = "", **extra) -> Path:
    """The committed L6 file's arrays under ``tmp_path``, its ``encoder`` field set to ``encoder``
    (left out when None), with the ``extra`` fields added or replaced."""
    with np.load(risk_model.MINILM_PATH) as z:
        fields = dict(z)
    fields.pop("encoder", None)
    if encoder is not None:
        fields["encoder"] = np.array(encoder)
    fields.update(extra)
    path = tmp_path / f"risk_minilm_{encoder}{name}.npz"
    np.savez(path, **fields)
    return path
