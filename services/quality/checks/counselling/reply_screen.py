"""A cheap screen in front of the learned reply stage's MiniLM pass (``reply_model.py``; issue 12
item 6: run the model only where the first stage cannot decide).

The reply stage flags a reply when its logistic regression reads P(unsafe) at or above its
threshold: ``z = e . coef_e + cues . coef_c + intercept``, ``e`` the reply's MiniLM embedding,
``cues`` the first stage's cues (``reply_model.cues``, microseconds of regexes). The screen
computes the cue part exactly and only stands in for the embedding part ``e . coef_e``, a
function of the reply's text alone: a linear model over the reply's MiniLM word pieces (the
same tokenizer, the same 128-piece truncation), averaged over the pieces as MiniLM's mean pooling
is; unigrams by id, bigrams hashed into ``BUCKETS``. About 50 us a reply against 10-15 ms for a
MiniLM pass.

A candidate whose screened logit is below its floor (the stage's threshold logit minus a
margin) is decided "safe" without MiniLM; every other one goes to MiniLM, which decides exactly
as before. The margin depends on how well the screen knows the reply's words: ``coverage`` is the
share of its features (word pieces and their pairs) seen in at least ``SEEN_MIN`` training
replies; a reply at ``COVERAGE`` or more is held to ``floors[1]``, any other to the lower (more
cautious) ``floors[0]``. ``bench/train_reply_screen.py`` chooses both, from scores read out of
fold (each reply scored by a screen that did not train on it, its coverage counted without it),
so that every reply the stage flags on the labelled training and validation sets is kept, and at
least 99% of what it flags on CounselChat and the e2e bench's gen.py ShareGPT. The decision is a
function of the reply and its client turn alone (never of what the process saw before), so a run
gives the same reports on any replica.

One screen per reply encoder (``reply_model.screen_path``: ``models/reply_screen_L2-int8.npz`` for
the default, ``models/reply_screen.npz`` for ``DP_REPLY_ENCODER=L6``), trained with the same setting.
The file names the digest of the reply model it was trained for: if that model
(``reply_model.model_path``) is retrained without rerunning the training script, the screen is not
used (every candidate goes to MiniLM, as without it) and a warning says so.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import numpy as np

BUCKETS = 1 << 18  # hashed word-piece bigrams
SEEN_MIN = 2  # a feature is known when at least this many training replies hold it
COVERAGE = 0.9  # share of known features from which a reply is held to the tighter floor
_MIX = 1_000_003  # bigram (a, b) -> (a * _MIX + b) % BUCKETS

_log = logging.getLogger(__name__)


def digest(path: Path) -> str:
    """The sha256 of a model file (the screen names the reply model's)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tokenizer():
    """MiniLM's own word-piece tokenizer (``tokenizer.json`` of the installed weights; no model
    load: a few MB, ~0.1 s), truncated as the encoder truncates."""
    from services.quality.checks.counselling.minilm import MAX_TOKENS, _tokenizer, model_dir

    return _tokenizer(model_dir(), MAX_TOKENS)


def pieces(tok, texts: list[str]) -> list[np.ndarray]:
    """The word-piece ids of each text (as MiniLM reads them, [CLS] and [SEP] included)."""
    return [np.asarray(e.ids, dtype=np.int64) for e in tok.encode_batch(texts)]


def columns(ids: np.ndarray, vocab: int) -> np.ndarray:
    """The columns of one text's features, one per occurrence: unigram ids in ``[0, vocab)`` and
    hashed bigrams in ``[vocab, vocab + BUCKETS)``; each occurrence weighs 1 / number of pieces
    (a mean over the pieces, as MiniLM pools)."""
    return np.concatenate([ids, vocab + (ids[:-1] * _MIX + ids[1:]) % BUCKETS])


class ReplyScreen:
    """``floors``: the screened logit under which a candidate is safe without MiniLM (for a reply
    under ``COVERAGE``, and at it or above); ``score(ids, cue_row)`` -> the screened logit (the
    embedding part estimated, the cue part exact)."""

    def __init__(self, path: Path, reply_model_path: Path | None = None):
        with np.load(path, allow_pickle=False) as z:
            self.vocab = int(z["vocab"])
            w = np.zeros(self.vocab + BUCKETS, dtype=np.float32)
            w[z["cols"]] = z["weights"].astype(np.float32)
            self.weights = w
            self.bias = float(z["bias"])
            self.floors = tuple(float(f) for f in z["floors"])
            self.known = np.unpackbits(z["known"], count=self.vocab + BUCKETS).astype(bool)
            self.cue_coef = z["cue_coef"].astype(np.float64)
            self.cue_intercept = float(z["cue_intercept"])
            self.reply_model = str(z["reply_model"])
        if reply_model_path is not None and digest(reply_model_path) != self.reply_model:
            raise ValueError(f"{path.name} was trained for another {reply_model_path.name}: "
                             "python bench/train_reply_screen.py")

    def score(self, ids: np.ndarray, cue_row: np.ndarray) -> tuple[float, float]:
        """(the screened logit, the reply's coverage)."""
        cols = columns(ids, self.vocab)
        e_part = float(self.weights[cols].sum()) / max(1, len(ids)) + self.bias
        return e_part + float(cue_row @ self.cue_coef) + self.cue_intercept, float(self.known[cols].mean())

    def keeps(self, ids: np.ndarray, cue_row: np.ndarray) -> bool:
        """Whether MiniLM must read this candidate."""
        score, coverage = self.score(ids, cue_row)
        return score >= self.floors[coverage >= COVERAGE]
