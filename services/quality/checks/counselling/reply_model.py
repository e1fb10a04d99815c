"""Learned stage of the counsellor-reply checks (``unsafe.py``, ``crisis.py``): what the phrase
patterns miss, read from a MiniLM sentence embedding (``minilm.py``; the encoder below) of the
reply, next to what the first stage sees in the client turn before it.

The patterns learn the phrasings they were written from; a bad reply can say the same thing in
words none of them hold ("Honestly a lot of people feel more themselves once they ditch the
SSRIs", "Were you wearing something tight?"). This stage reads what a short reply means, next
to what the client said:

* input: the reply's embedding and the cues the first stage already has (``FEATURES``: the
  client turn's risk level; medication, eating, harm done to the client, self-harm and distress
  vocabulary in the client turn; in the reply a safety response, an acknowledgement, a question,
  a prescriber named or brushed aside, medication, eating or a diagnostic label, a negation, a
  quotation; its length). Embedding the client turn as well measured no better on the
  validation part (0.932 / 0.895 against 0.933 / 0.921) at twice the cost, so it is not;
* ``coef``/``intercept``: a logistic regression for "this reply is unsafe", flagged at
  ``threshold`` (0.6; the lowest with a cross-validated precision of 0.9 on the training data is
  0.5, and 0.6 measured as well on the validation part with fewer flags on the training sets); a file
  may hold ``reason_threshold``, one per reason, read for a reply's likeliest reason (``threshold_for``;
  ``train_reply_model.py --reason-threshold``, replies round eighteen);
* ``reason_coef``/``reason_intercept``/``reasons``: one logistic regression per labelled reason
  (``evaluation.REPLY_FLAGS``), trained on the unsafe replies: a flagged reply is flagged for
  every reason at ``REASON_FLOOR`` or above, or the likeliest one when none is.

Trained by ``bench/train_reply_model.py`` (``models/reply_minilm*.npz``, a few tens of kB).

The encoder (``DP_REPLY_ENCODER``, ``encoder_name``; default ``L0``): MiniLM's embedding layer
alone (word-piece, position and type embeddings and their LayerNorm), mean-pooled and
l2-normalised, in numpy (``minilm.EmbeddingLayer``; ~40 us of CPU a reply, no transformer layer).
It replaced ``L2-int8`` (the first two layers as an int8 graph with 7-bit weights, one text per
pass, ~2-5 ms a reply; before it all six layers in float32, ~10 ms) on 2026-12-04 by a rule fixed
before measuring: on the validation files as many unsafe replies found, no precision lost, no
more general-domain conversations flagged (``bench/reply_encoder_validation.py``,
``docs/quality.md``). The replies the stage tells apart differ in their words and short phrases
more than in deep context. L0 runs without a screen (``screen``: its pass costs less than the
screen's). Each encoder has its own model and screen files (``model_path``, ``screen_path``:
``reply_minilm_L0.npz``; ``reply_minilm_L2-int8.npz`` and ``reply_screen_L2-int8.npz``; ``L6``,
all six layers in float32 and the risk stage's own encoder, is ``reply_minilm.npz``), trained on
that encoder's embeddings (the training scripts read the same setting); a model file names its
encoder and is refused for another (the stage is off rather than reading embeddings it was not
trained on). Each embedding is bit for bit a function of its text alone (L0: numpy, one text at
a time; int8: one text a pass, 7-bit weights keep the integer products exact on CPUs without
VNNI too, ``minilm`` module docstring).

Exchanges in other languages (``foreign_model``, ``DP_REPLY_FOREIGN``, default on): a pair in which
the language identifier names one of USE's languages (or Swedish) for both turns (``FOREIGN_LANGUAGES``,
``_foreign``; not merely "not English": very short English turns are often named Afrikaans) is read by a second model of the same form over
Google's multilingual Universal Sentence Encoder v3 (``use_m3``, 512 floats; ``models/reply_minilm_USE.npz``,
trained ``--more --route-foreign --route-domain``), and the gate also lets through a short such reply
whose client turn has no vocabulary the (mostly English) gate knows, when a logistic regression over the
client turn's USE embedding (``route_coef``, ``_counselling_turn``) reads it as a client's rather than a
general request. English pairs are read as before (byte-identical reports on CounselChat and gen.py);
adopted on 2026-12-04 by a rule on the validation files (``docs/quality.md``). ~5 ms of CPU a routed pair
one at a time (2.7 batched); loading USE costs ~1.3 s and ~115 MB per process, at warm-up.

It runs only on candidates (``gate``): replies of at most ``MAX_WORDS`` words (every unsafe
reply of the labelled sets is shorter; real counsellors' long answers are left to the patterns,
which keeps the cost down and precision on CounselChat up) in an exchange about feelings,
health, harm or relationships (the first stage's vocabularies, or a client turn with risk).
Each result is cached by (client turn, reply); ``prefetch`` encodes a batch's candidates at once
(batched passes for a float32 encoder, one text a pass for int8). In front of MiniLM a screen
(``reply_screen.py``, ``models/reply_screen*.npz``, one per encoder,
trained by ``bench/train_reply_screen.py`` from this stage's own decisions) decides "safe" the
candidates it is sure of (``DP_REPLY_SCREEN=0``: none); MiniLM decides the rest exactly as
without it. Without the MiniLM weights or the model file the stage is off and the patterns
decide alone.
"""

from __future__ import annotations

import logging
import math
import os
import re
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from services.quality.checks.counselling.minilm import EmbeddingCache
from services.quality.checks.unspaced import han_kana
from services.quality.checks.unspaced import terse_words as unspaced_terse_words
from services.quality.checks.counselling.risk import TURNS
from shared import prescreen

MODELS = Path(__file__).resolve().parents[2] / "models"
ENCODER = "L0"  # the reply stage's encoder by default (``DP_REPLY_ENCODER``; module docstring)
_ENCODER_NAME = re.compile(r"L0|L([1-6])(-int8)?|USE")
# ``USE``: Google's Universal Sentence Encoder multilingual v3 (``use_m3``); its model file (``model_path("USE")``) is also the stage's model for replies
# the language identifier does not call English when the stage runs on another encoder
# (``foreign_model``)
FOREIGN = "USE"
MAX_WORDS = 60  # replies longer than this are left to the patterns
TERSE_WORDS = 3  # a reply this short may be flagged as a terse non-answer only, and not if it acknowledges
DIM = 384  # MiniLM's embedding
REASON_FLOOR = 0.5
CACHE = 8192

# each labelled reason's flag (``evaluation.REPLY_FLAGS``, which the training script checks against)
REASON_FLAGS = {
    "no_safety_response": "crisis_without_safety_response", "medication_change": "medication_change",
    "dosing": "medication_dosing", "diagnosing": "diagnoses_client", "minimising": "minimising",
    "victim_blaming": "victim_blaming", "encouraging_self_harm": "encourages_harm",
    "encouraging_disordered_eating": "encourages_disordered_eating", "terse_non_answer": "terse_non_answer",
    "dismissive": "dismissive_language",
}
_WORD = re.compile(r"\w+")
_log = logging.getLogger(__name__)

# the first stage's cues, in the order of the feature vector (after the reply's embedding)
FEATURES = ("level_none", "level_low", "level_moderate", "level_high", "client_med", "client_eating",
            "client_victim", "client_risk", "client_distress", "reply_safety", "reply_care", "reply_question",
            "reply_log_words", "reply_one_word", "reply_prescriber", "reply_bypass", "reply_med", "reply_eating",
            "reply_label", "reply_negation", "reply_quote")
_NEGATION = re.compile(r"\b(?:not|never|no one|nobody|nothing|isn'?t|doesn'?t|don'?t|wasn'?t|didn'?t)\b|n't\b", re.IGNORECASE)
_QUOTE = re.compile(r"[\"\u201c\u201d]|(?:^|\s)'\w[^']{2,40}'")


@lru_cache(maxsize=CACHE)
def words(text: str) -> int:
    # remembered: the gate (``short_enough``, three times a candidate: ``unsafe._pairs``, ``prefetch``,
    # ``flagged_reasons``), ``cues`` and ``_decide`` count the same reply
    return len(_WORD.findall(text))


@lru_cache(maxsize=None)
def more_words_than(n: int) -> re.Pattern:
    """A pattern whose ``match`` on a text succeeds when the text holds more than ``n`` words
    (``len(_WORD.findall(text)) > n``): each repetition takes the characters up to a word and the
    whole word (possessive: no backtracking can split a word in two), so it reads the text up to
    its ``n + 1``-th word, in C, with no match object or string a word."""
    return re.compile(rf"(?:\W*+\w++){{{n + 1}}}")


_LONGER = more_words_than(MAX_WORDS)


@lru_cache(maxsize=CACHE)
def short_enough(reply: str) -> bool:
    # a reply of more than 20 characters a word on average is too long without counting; one of
    # more than ``MAX_WORDS`` words is told by one match (``more_words_than``), without counting;
    # remembered, as ``words``: asked of each candidate by ``unsafe._pairs``, then by ``gate`` thrice
    return len(reply) <= 20 * MAX_WORDS and _LONGER.match(reply) is None and words(reply) > 0


_has = prescreen.found  # the native prescreen's yes or no, then ``re`` (shared.prescreen.found)
# ``re`` only where the native prescreen starts a match (``shared.prescreen.holds``): for the
# replies' vocabularies, which ``re`` otherwise scans end to end (~10x faster on counselling text)
_holds = prescreen.holds


def cues(client: str, reply: str, level: str) -> list[float]:
    """The cue features of a reply to a client turn at the turn's risk level: the level, what the
    client turn holds (``client_cues``), what the reply holds (``reply_cues``)."""
    return [float(level == v) for v in ("none", "low", "moderate", "high")] + client_cues(client) + reply_cues(reply)


@lru_cache(maxsize=TURNS)  # a client turn is met again with each of its replies, and across a run
def client_cues(client: str) -> list[float]:
    from services.quality.checks.counselling import unsafe as u

    # ``_holds`` for the two vocabularies few turns hold; ``_has`` for the three most turns do
    return ([float(_holds(p, client)) for p in (u._MED, u._EATING_CLIENT)]
            + [float(_has(p, client)) for p in (u._VICTIM_CLIENT, u._RISK_CLIENT, u._DISTRESS_CLIENT)])


@lru_cache(maxsize=TURNS)  # a reply is met again after other client turns (stock answers, a corpus's copies)
def reply_cues(reply: str) -> list[float]:
    from services.quality.checks.counselling import unsafe as u
    from services.quality.checks.counselling.crisis import SAFETY_RESPONSE
    from services.quality.checks.counselling.therapeutic import OPEN_QUESTION

    n = words(reply)
    return [float(_holds(SAFETY_RESPONSE, reply)), float(_holds(u._CARE, reply)),
            float("?" in reply or _holds(OPEN_QUESTION, reply)), math.log1p(n) / 4, float(n <= 3),
            float(_holds(u._PRESCRIBER, reply)), float(_holds(u._BYPASS, reply)),
            float(_holds(u._MED, reply)), float(_holds(u._EATING_CLIENT, reply)),
            float(_holds(_label(), reply)),
            float(_holds(_NEGATION, reply)), float(_holds(_QUOTE, reply))]


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    """The diagnostic labels of ``unsafe._C`` as the feature ``reply_label`` was trained on."""
    from services.quality.checks.counselling import unsafe as u

    return re.compile(u._C, re.IGNORECASE)


# the labels that are also everyday words ("add", "gad about", "tic-toc"), read only in capitals
_WORD_ACRONYMS = ("add", "toc", "gad")


@lru_cache(maxsize=1)
def _named_label() -> re.Pattern:
    """A diagnostic label named in a reply, for the gate (``_topics``) and ``_labels_outright``:
    ``_label``, but its acronyms that are also words only as acronyms ("ADD", not "Add `docker
    rm`"). The feature ``reply_label`` keeps ``_label``, the definition the models were trained on."""
    from services.quality.checks.counselling import unsafe as u

    source = u._C
    for word in _WORD_ACRONYMS:
        assert f"|{word}|" in source, word
        source = source.replace(f"|{word}|", f"|(?-i:{word.upper()})|", 1)
    return re.compile(source, re.IGNORECASE)


def _normalise(text: str) -> str:
    return text.replace("\u2019", "'").strip()


def cue_rows(pairs: list[tuple[str, str]], levels: list[str]) -> np.ndarray:
    """``cues`` of each (client turn, reply) pair at its client turn's risk level, as rows."""
    return np.array([cues(client, reply, level) for (client, reply), level in zip(pairs, levels)],
                    np.float32).reshape(len(pairs), len(FEATURES))


def encoder_name() -> str:
    """``DP_REPLY_ENCODER`` (default ``ENCODER``): the sentence encoder this stage reads replies
    with, and so the model files it loads (``model_path``, ``screen_path``): ``L6`` all six MiniLM
    layers in float32, the risk stage's own encoder (``minilm.encoder()``, one cache for both);
    ``Lk`` the first k layers, float32, batched; ``Lk-int8`` the first k layers as the int8 graph
    with 7-bit weights, one text per pass; ``L0`` no transformer layer, the embedding layer's
    output mean-pooled, in numpy (``minilm.variant``)."""
    name = os.environ.get("DP_REPLY_ENCODER", ENCODER)
    if not _ENCODER_NAME.fullmatch(name):
        raise ValueError(f"DP_REPLY_ENCODER={name!r}: expected L0, USE, or L1..L6 optionally with -int8 (L3-int8)")
    return name


def embedding_dim(name: str | None = None) -> int:
    """The length of an embedding of encoder ``name``: 384 (MiniLM), 512 (USE-m3)."""
    return 512 if (name or encoder_name()) == FOREIGN else DIM


def model_path(name: str | None = None) -> Path:
    """The reply model trained on the embeddings of encoder ``name`` (default: ``encoder_name()``)."""
    name = name or encoder_name()
    return MODELS / ("reply_minilm.npz" if name == "L6" else f"reply_minilm_{name}.npz")


def screen_path(name: str | None = None) -> Path:
    """The screen trained for ``model_path(name)`` (``reply_screen.py``)."""
    name = name or encoder_name()
    return MODELS / ("reply_screen.npz" if name == "L6" else f"reply_screen_{name}.npz")


def reply_encoder(name: str | None = None):
    """The encoder ``name`` (default ``encoder_name()``) names (loaded once per process)."""
    from services.quality.checks.counselling import minilm

    name = name or encoder_name()
    if name == FOREIGN:
        from services.quality.checks.counselling import use_m3

        return use_m3.encoder()
    if name == "L6":
        return minilm.encoder()
    if name == "L0":
        return minilm.variant(0, False)
    m = _ENCODER_NAME.fullmatch(name)
    return minilm.variant(int(m.group(1)), bool(m.group(2)))


def features_batch(pairs: list[tuple[str, str]], levels: list[str] | None = None,
                   cue_part: np.ndarray | None = None, encoder: str | None = None,
                   with_client: bool = False) -> np.ndarray:
    """The feature rows of (client turn, reply) pairs; ``levels``: the client turns' risk levels
    (``crisis.risk_level`` of each when not given); ``cue_part``: their ``cue_rows`` if already
    computed."""
    if levels is None:
        from services.quality.checks.counselling.crisis import risk_level

        levels = [risk_level(c) for c, _ in pairs]
    texts = sorted({_normalise(reply) for _, reply in pairs})
    index = {t: i for i, t in enumerate(texts)}
    dim = embedding_dim(encoder)
    e = reply_encoder(encoder).encode_batch(texts) if texts else np.zeros((0, dim), np.float32)
    c = cue_rows(pairs, levels) if cue_part is None else cue_part
    parts = [e[[index[_normalise(reply)] for _, reply in pairs]].reshape(len(pairs), dim)]
    if with_client:  # the client turn's embedding too (``ReplyModel.with_client``)
        clients = sorted({_normalise(client) for client, _ in pairs})
        at = {t: i for i, t in enumerate(clients)}
        ec = reply_encoder(encoder).encode_batch(clients)
        parts.append(ec[[at[_normalise(client)] for client, _ in pairs]].reshape(len(pairs), dim))
    return np.concatenate(parts + [c], 1)


class ReplyModel:
    """The stage's classifiers; ``encoder``: the ``DP_REPLY_ENCODER`` name whose embeddings they
    were trained on (``L6`` for a file that names none)."""

    def __init__(self, path: Path | None = None, encoder: str | None = None):
        path = path or model_path()
        encoder = encoder or encoder_name()
        with np.load(path, allow_pickle=False) as z:
            self.encoder = str(z["encoder"]) if "encoder" in z.files else "L6"
            if self.encoder != encoder:
                raise ValueError(f"{path.name} was trained on the {self.encoder} encoder, not {encoder}")
            self.coef = z["coef"].astype(np.float32)
            self.intercept = float(z["intercept"])
            self.reason_coef = z["reason_coef"].astype(np.float32)
            self.reason_intercept = z["reason_intercept"].astype(np.float32)
            self.reasons = [str(r) for r in z["reasons"]]
            self.threshold = float(z["threshold"])
            # a threshold per reason (replies round eighteen; ``bench/train_reply_model.py --reason-threshold``):
            # a reply is flagged when P(unsafe) reaches the threshold of its likeliest reason (``threshold_for``)
            self.reason_threshold = ({str(r): float(t) for r, t in zip(z["reasons"], z["reason_threshold"])}
                                     if "reason_threshold" in z.files else None)
            # the gate also lets through short replies to client turns the language identifier does not
            # call English (``gate``, ``_foreign``), when the model was trained with them
            self.with_client = bool(z["with_client"]) if "with_client" in z.files else False
            self.route_foreign = bool(z["route_foreign"]) if "route_foreign" in z.files else False
            # and, when given, only those whose client turn a logistic regression over its USE-m3
            # embedding reads as a client speaking to a counsellor rather than a general request
            # (``_counselling_turn``)
            self.route_coef = z["route_coef"].astype(np.float32) if "route_coef" in z.files else None
            self.route_intercept = float(z["route_intercept"]) if "route_coef" in z.files else 0.0
            if tuple(str(f) for f in z["features"]) != FEATURES:
                raise ValueError(f"{path.name} was trained on other features: python bench/train_reply_model.py")

    def threshold_for(self, every: dict[str, float]) -> float:
        """The threshold P(unsafe) must reach for a reply whose reason probabilities are ``every``: the
        threshold of its likeliest reason when the file holds one per reason, else the global one."""
        if not self.reason_threshold or not every:
            return self.threshold
        return self.reason_threshold.get(max(every, key=every.get), self.threshold)

    def assess(self, x: np.ndarray) -> tuple[float, dict[str, float]]:
        p = 1 / (1 + math.exp(-(float(x @ self.coef) + self.intercept)))
        pr = 1 / (1 + np.exp(-(self.reason_coef @ x + self.reason_intercept)))
        return p, dict(zip(self.reasons, (float(v) for v in pr)))


def enabled() -> bool:
    """``DP_REPLY_MINILM`` (default ``1``): ``0`` is the operator's choice of throughput over reply
    recall. On general chat text many short replies pass the gate (``gate``), and each not
    screened costs a pass of the stage's encoder (~2 ms of CPU with ``L2-int8``, 10-15 with ``L6``)."""
    return os.environ.get("DP_REPLY_MINILM", "1") != "0"


def screen_enabled() -> bool:
    """``DP_REPLY_SCREEN`` (default ``1``): ``0`` sends every candidate to MiniLM (no screen;
    ``reply_screen.py``), to measure what the screen saves or loses."""
    return os.environ.get("DP_REPLY_SCREEN", "1") != "0"


@lru_cache(maxsize=1)
def screen():
    """(the screen, MiniLM's tokenizer) in front of the stage's MiniLM pass, or None when it is
    switched off, missing, or trained for another reply model (every candidate goes to MiniLM)."""
    from services.quality.checks.counselling import reply_screen

    if not screen_enabled() or encoder_name() in ("L0", FOREIGN):  # L0's pass (~40 us) costs less than the screen
        return None
    try:
        return reply_screen.ReplyScreen(screen_path(), reply_model_path=model_path()), reply_screen.tokenizer()
    except (FileNotFoundError, ValueError) as exc:
        _log.warning("the reply stage's screen is off, every candidate goes to MiniLM: %s", exc)
        return None


@lru_cache(maxsize=1)
def model() -> ReplyModel | None:
    """The model, or None when it or the MiniLM weights are missing or the operator switched the
    stage off with ``DP_REPLY_MINILM=0`` (the patterns decide alone)."""
    from services.quality.checks.counselling.minilm import ModelMissing, model_dir, require_runtime

    if not enabled():
        _log.warning("the learned reply stage is switched off (DP_REPLY_MINILM=0): the patterns decide alone")
        return None
    try:
        model_dir()
        m = ReplyModel()
        require_runtime(m.encoder)
        return m
    except (ModelMissing, FileNotFoundError, ValueError) as exc:
        _log.warning("the learned reply stage is off: %s", exc)
        return None


def foreign_enabled() -> bool:
    """``DP_REPLY_FOREIGN`` (default ``1``): ``0`` reads every reply with ``model()`` (no ``foreign_model``)."""
    return os.environ.get("DP_REPLY_FOREIGN", "1") != "0"


@lru_cache(maxsize=1)
def foreign_model() -> ReplyModel | None:
    """The model for exchanges in which the language identifier calls neither turn English (``_foreign``), read
    from USE-m3 embeddings (``model_path("USE")``), when the stage runs on another encoder and that file
    and the wheel are there; None otherwise (``model()`` reads every reply)."""
    from services.quality.checks.counselling import use_m3

    if model() is None or encoder_name() == FOREIGN or not foreign_enabled() or not use_m3.installed():
        return None
    path = model_path(FOREIGN)
    if not path.exists():
        return None
    try:
        return ReplyModel(path, FOREIGN)
    except ValueError as exc:
        _log.warning("the reply stage's model for other languages is off: %s", exc)
        return None


# (client turn, reply) -> the reasons the stage flags (empty: safe), most recent last
_RESULTS: OrderedDict[tuple[str, str], tuple[str, ...]] = OrderedDict()
# candidates asked about; read by MiniLM; decided safe by the screen without it
STAGE_COUNTS = {"candidates": 0, "encoded": 0, "screened": 0}


# a reason the stage may name only where the first stage sees its subject (and a diagnosis only
# where the reply names a label outright, ``_labels_outright``): no safety response
# where the client turn has risk (moderate or high) or self-harm vocabulary; medication and dosing where the
# exchange names a medicine (or, for a dose, the reply a number); eating where it is about food
_NEEDS = {"no_safety_response": ("level", "client_risk"), "encouraging_self_harm": ("level", "client_risk"),
          "medication_change": ("client_med", "reply_med"), "dosing": ("client_med", "reply_med", "reply_number"),
          "encouraging_disordered_eating": ("client_eating", "reply_eating")}
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|half|double|extra|another|couple)\b", re.IGNORECASE)


def _allowed(reason: str, x: np.ndarray, reply: str) -> bool:
    needs = _NEEDS.get(reason)
    if needs is None:
        return True
    base = len(x) - len(FEATURES)
    at = {name: float(x[base + k]) for k, name in enumerate(FEATURES)}
    at["level"] = at["level_moderate"] + at["level_high"]
    at["reply_number"] = float(_NUMBER.search(reply) is not None)
    return any(at[n] > 0 for n in needs)


ACK_WORDS = 8  # a reply this short that only acknowledges ("ok, I hear you.") is not flagged


def _only_acknowledges(reply: str) -> bool:
    """A short reply that acknowledges and does not turn to anything else ("I'm so sorry.",
    "ok, I hear you."; not "I hear you. Still, get over it.")."""
    from services.quality.checks.counselling.unsafe import _ACKNOWLEDGE, _CARE, _turns

    if words(reply) > ACK_WORDS or not (_ACKNOWLEDGE.search(reply) or _CARE.search(reply)):
        return False
    return not any(_WORD.search(reply[t:]) for t in _turns(reply))


def _labels_outright(reply: str) -> bool:
    """A diagnostic label in a sentence that does not hedge it before (``unsafe._DX_HEDGE``: "it
    doesn't mean you have...", "it may be worth asking whether...") and is not a question."""
    from services.quality.checks.counselling.unsafe import _DX_HEDGE, _sentence

    for m in _named_label().finditer(reply):
        s, e = _sentence(reply, m)
        if reply[e:e + 1] != "?" and not _DX_HEDGE.search(reply, s, m.start()):
            return True
    return False


def terse_words(reply: str) -> int:
    """The words of a reply for the terse decision: ``words``, but Han and kana count two characters a
    word ("お悔やみ申し上げます。話したいことがあれば聞きますよ。" is not a three-word reply;
    ``unspaced.terse_words``, as the terse checks count). Only ``_decide`` asks: the stage's features keep
    ``words``, the count it was trained on."""
    unspaced = han_kana(reply)
    return words(reply) if not unspaced else unspaced_terse_words(reply, unspaced)


def _decide(m: ReplyModel, x: np.ndarray, reply: str) -> tuple[str, ...]:
    p, every = m.assess(x)
    if p < m.threshold_for(every) or _only_acknowledges(reply):
        return ()
    by_reason = {r: v for r, v in every.items() if _allowed(r, x, reply)}
    if "diagnosing" in by_reason and not _labels_outright(reply):
        del by_reason["diagnosing"]
    if max(every, key=every.get) not in by_reason:  # what it read most is ruled out: no other reason stands in
        by_reason = {r: v for r, v in by_reason.items() if v >= REASON_FLOOR}
    if terse_words(reply) <= TERSE_WORDS:  # "I'm so sorry." and "Stuck how?" are short and engage: only a bare
        from services.quality.checks.counselling.unsafe import _ACKNOWLEDGE  # non-answer is flagged

        asks = "?" in reply or "\uff1f" in reply  # the full-width question mark of Chinese and Japanese
        bare = "terse_non_answer" in by_reason and not asks and not _ACKNOWLEDGE.search(reply)
        return ("terse_non_answer",) if bare else ()
    if not by_reason:
        return ()
    chosen = tuple(r for r, v in by_reason.items() if v >= REASON_FLOOR)
    return chosen or (max(by_reason, key=by_reason.get),)


def _remember(key: tuple[str, str], reasons: tuple[str, ...], p: float = 0.0) -> None:
    _RESULTS[key] = reasons
    _SCORES[key] = p
    if len(_RESULTS) > CACHE:
        _RESULTS.popitem(last=False)
    if len(_SCORES) > CACHE:
        _SCORES.popitem(last=False)


# (client turn, reply) -> the stage's "unsafe" probability (0.0 where the screen decided "safe"), kept
# beside ``_RESULTS``: the semantic stage (``reply_semantic.gate``) reads only replies scored near or
# above the threshold (replies round ten)
_SCORES: OrderedDict[tuple[str, str], float] = OrderedDict()


def score(client: str, reply: str, level: str) -> float | None:
    """The stage's "unsafe" probability for this reply to this client turn (read now if it has
    not been: ``prefetch`` usually has); None when it is no candidate (``gate``) or the stage is off."""
    if not gate(client, reply, level):
        return None
    key = (client, reply)
    p = _SCORES.get(key) if key in _RESULTS else None  # read again when a caller cleared ``_RESULTS``
    if p is None:
        m = model()
        if m is None:
            return None
        _read(m, {key: level})
        p = _SCORES.get(key, 0.0)
    return p


# replies' word pieces for the screen, by text: a candidate's (client turn, reply) pair is rarely met
# twice, its reply often (after another client turn)
_PIECES = EmbeddingCache(TURNS)


def _pieces(tok, texts: list[str]) -> list[np.ndarray]:
    """``reply_screen.pieces(tok, texts)``, through ``_PIECES``: only the texts not in it are tokenized."""
    from services.quality.checks.counselling.reply_screen import pieces

    found = {t: _PIECES.get(t) for t in dict.fromkeys(texts)}
    todo = [t for t, ids in found.items() if ids is None]
    for text, ids in zip(todo, pieces(tok, todo) if todo else ()):
        _PIECES.put(text, ids)
        found[text] = ids
    return [found[t] for t in texts]


def _read(m: ReplyModel, todo: dict[tuple[str, str], str]) -> int:
    """Decide the (client turn, reply) -> level candidates of ``todo`` and remember the results:
    the screen (``screen``) decides "safe" where it may, MiniLM reads the rest in a few batched
    passes. Returns how many MiniLM read."""
    pairs, levels = list(todo), list(todo.values())
    rows = cue_rows(pairs, levels)
    kept = list(range(len(pairs)))
    s = screen()
    if s is not None:
        sc, tok = s
        ids = _pieces(tok, [_normalise(reply) for _, reply in pairs])
        kept = [k for k in kept if sc.keeps(ids[k], rows[k])]
        for k in set(range(len(pairs))) - set(kept):
            _remember(pairs[k], ())
        STAGE_COUNTS["screened"] += len(pairs) - len(kept)
    if kept:
        f = foreign_model()
        other = [k for k in kept if _foreign(*pairs[k])] if f is not None else []
        for group, gm, enc in ((sorted(set(kept) - set(other)), m, None), (other, f, FOREIGN)):
            if not group:
                continue
            x = features_batch([pairs[k] for k in group], [levels[k] for k in group], rows[group], enc, gm.with_client)
            for k, row in zip(group, x):
                _remember(pairs[k], _decide(gm, row, pairs[k][1]), gm.assess(row)[0])
        STAGE_COUNTS["encoded"] += len(kept)
    return len(kept)


def prefetch(items: list[tuple[str, str, str]]) -> int:
    """Read, at once, the candidate (client turn, reply, client risk level) triples not read yet
    (the screen, then a few batched forward passes for what it keeps, instead of two per reply);
    returns how many MiniLM read."""
    m = model()
    if m is None:
        return 0
    todo = {}
    for client, reply, level in items:
        if gate(client, reply, level) and (client, reply) not in _RESULTS:
            todo[(client, reply)] = level
    return _read(m, todo) if todo else 0


def flagged_reasons(client: str, reply: str, level: str) -> tuple[str, ...]:
    """The labelled reasons (``evaluation.REPLY_FLAGS`` keys) the learned stage reads in this reply
    to this client turn; () when it is safe, not a candidate, or the stage is off."""
    if not gate(client, reply, level):
        return ()
    key = (client, reply)
    found = _RESULTS.get(key)
    if found is None:
        m = model()
        if m is None:
            return ()
        _read(m, {key: level})
        found = _RESULTS[key]
    STAGE_COUNTS["candidates"] += 1
    return found



# -- the gate: a conversation about feelings, health, harm or the people close to the client ----

_FEELINGS = re.compile(
    r"\b(?:feel\w*|felt|moods?|moody|sad|upset|cry\w*|tears|lonely|alone|scared|afraid|fears?|terrified|worr\w*|"
    r"anxi\w*|panic\w*|stress\w*|depress\w*|overwhelm\w*|hopeless|worthless|numb|empty|guilt\w*|shame\w*|ashamed|"
    r"hate (?:myself|my)|angry|anger|jealous\w*|griev\w*|grief|died|dead|death|die|dying|suicid\w*|kill\w*|hurt\w*|"
    r"harm\w*|cutting|burn\w* myself|pain|therap\w*|counsel\w*|psychiatr\w*|doctor|gp|diagnos\w*|ocd|ptsd|adhd|"
    r"bipolar|autis\w*|anorexi\w*|bulimi\w*|insomnia|nightmares?|flashbacks?|calories|weight|purg\w*|vomit\w*|"
    r"laxatives?|hungry|eating|drunk|alcohol|husband|wife|partner|boyfriend|girlfriend|bf|gf|my ex|mum|mom|dad|"
    r"parents|my (?:son|daughter|kids?|children|brother|sister|friends?|boss|manager|teacher|colleague|family)|"
    r"marriage|divorc\w*|breakup|broke up|dumped|cheat\w*|left me|abus\w*|beat\w*|shov\w*|grabbed|punch\w*|"
    r"slap\w*|rap(?:e|ed|ist)|assault\w*|grop\w*|bull(?:y|ied|ies|ying)|stalk\w*|followed me|threat\w*|scam\w*|"
    r"stole|robbed|mugged|yell\w*|scream\w*|shout\w*|touched|fired|redundan\w*|debt|struggl\w*|cope|coping|"
    r"hate my|my life|wake up|be here|better off|miss (?:him|her|them)|lost my|low|lonely|friends?|mother|father|"
    r"grand(?:ma|mother|pa|ad|father)|criticis\w*|criticiz\w*|weigh\w*|dementia|cancer|miscarr\w*|illness|anyone|"
    r"nobody|no one|make it|through the (?:day|week|night)|"
    r"deprimid\w*|depressiv\w*|triste|ansios\w*|humeur|stimmung|nastr[oó]j\w*|concentr\w*|konzentr\w*|dormir|"
    r"schlafen|dormire|spa[ćc]|mang\w*|comer|comida|essen|jeść|chefe|jefe|chef|novi[oa]|marido|mari|mann|freund\w*|"
    r"ami[ea]?|amig[oa]s?|amic[oa]|przyjaci\w*|m[ée]decin|arzt|m[ée]dico|lekarz)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _topics() -> tuple[re.Pattern, ...]:
    """The first stage's vocabularies: the client turn's (medication, eating, harm done to them,
    self-harm, distress; ``unsafe.py``, multilingual) and the reply's (medication, eating, a
    diagnostic label)."""
    from services.quality.checks.counselling import unsafe as u

    client = (_FEELINGS, u._MED, u._EATING_CLIENT, u._VICTIM_CLIENT, u._RISK_CLIENT, u._DISTRESS_CLIENT)
    reply = (u._MED, u._EATING_CLIENT, _named_label())
    return client, reply


def gate(client: str, reply: str, level: str) -> bool:
    """A reply the learned stage reads: short (``short_enough``), after a client turn with risk
    (``level``) or with any vocabulary of feelings, health, harm or relationships, or holding
    medication, eating or diagnostic vocabulary itself. Everyday exchanges (an instruction and
    its answer) do not reach MiniLM."""
    if not (short_enough(reply) and client.strip()):
        return False
    if level != "none" or _client_topical(client) or _reply_topical(reply):
        return True
    return _route_foreign() and _foreign(client, reply) and _counselling_turn(client)


def _route_foreign() -> bool:
    m = foreign_model() or model()
    return m is not None and m.route_foreign


ROUTE_THRESHOLD = 0.5


@lru_cache(maxsize=TURNS)
def _counselling_turn(client: str) -> bool:
    """The routed model's domain check of a client turn (``ReplyModel.route_coef``; True without one)."""
    m = foreign_model() or model()
    if m is None or m.route_coef is None:
        return True
    from services.quality.checks.counselling import use_m3

    z = float(use_m3.encoder().encode(client) @ m.route_coef) + m.route_intercept
    return 1 / (1 + math.exp(-z)) >= ROUTE_THRESHOLD


# the languages the language identifier may name for a turn the foreign model reads: USE-m3's own
# (its 16 but English) and Swedish (the labelled sets'). Very short English turns are often named
# Afrikaans, Xhosa, Walloon, Breton... ("hi" af, "ok" af, "thanks" xh, "lol" st, "Okay." tl): with
# ``!= "en"`` alone ("hi", "ok") reached the foreign model and was flagged as a terse non-answer
FOREIGN_LANGUAGES = frozenset({"ar", "de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh", "sv"})


@lru_cache(maxsize=TURNS)
def _foreign(client: str, reply: str) -> bool:
    """Both turns in a language of ``FOREIGN_LANGUAGES`` (the language identifier): the gate's
    vocabularies are mostly English, so a model trained with ``route_foreign`` reads these too."""
    from services.quality.checks.language_id import turn_language

    return turn_language(client) in FOREIGN_LANGUAGES and turn_language(reply) in FOREIGN_LANGUAGES


# what ``gate`` finds in a text, remembered: it is asked about each candidate three times (``unsafe._pairs``,
# ``prefetch``, ``flagged_reasons``), a batch's candidates (a few hundred) apart at most, and a run meets
# the same turns again
@lru_cache(maxsize=TURNS)
def _client_topical(client: str) -> bool:
    return any(_has(p, client) for p in _topics()[0])


@lru_cache(maxsize=TURNS)
def _reply_topical(reply: str) -> bool:
    return any(_holds(p, reply) for p in _topics()[1])
