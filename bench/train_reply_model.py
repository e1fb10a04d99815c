"""Train the learned stage of the counsellor-reply safety checks on the TUNING split and the
project's extra training replies only (``replies_tuning.jsonl`` + ``replies_train_extra.jsonl``)
and write it to ``services/quality/models/reply_char_ngrams.npz`` (format in ``reply_model.py``).

Every choice (C, min_df, the thresholds) is made by repeated stratified cross-validation on that
data; the held-out split is never read here. Prints the out-of-fold figures: the model alone,
the patterns alone, and both (pattern OR model), overall and on the extra replies only (the
patterns were tuned on the tuning split, so their figures there are optimistic).

    python bench/train_reply_model.py [--seed 12] [--out PATH] [--no-write]

Needs scikit-learn and scipy (training only; the runtime is numpy only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import RepeatedStratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from train_risk_model import Vectoriser  # noqa: E402

from services.quality.checks.counselling import reply_model  # noqa: E402
from services.quality.checks.counselling.crisis import LEVELS, risk_level  # noqa: E402
from services.quality.evaluation import REPLY_FLAGS, SAFETY_FLAGS  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
FILES = ("replies_tuning.jsonl", "replies_train_extra.jsonl")
REASONS = tuple(REPLY_FLAGS)
DENSE_SCALE = 1.0
MIN_PRECISION = 0.9  # out-of-fold precision of the model alone at the chosen thresholds, at least


def load() -> list[dict]:
    items = []
    for name in FILES:
        for line in (LABELLED / name).read_text().splitlines():
            items.append(json.loads(line) | {"file": name})
    return items


def pattern_flags(items: list[dict]) -> list[set[str]]:
    """The reasons the pattern checks (and the structural crisis check) raise, model off."""
    from services.quality.checks import default_checks
    from services.quality.scoring import assess
    from shared.conversation import Conversation, Lineage, Message

    saved = reply_model.model
    reply_model.model = lambda: None
    try:
        checks = default_checks()
        inverse = {v: k for k, v in REPLY_FLAGS.items()}
        out = []
        for it in items:
            c = Conversation(id="x", original_format="labelled",
                             lineage=Lineage(dataset_id="l", source_name="l", source_sha256="0" * 64, record_index=0),
                             messages=[Message(role="user", content=it["client"]),
                                       Message(role="assistant", content=it["reply"])])
            out.append({inverse[f] for f in assess(c, checks)[0].flags if f in SAFETY_FLAGS})
        return out
    finally:
        reply_model.model = saved


def dense(items: list[dict]) -> np.ndarray:
    return np.array([reply_model.dense_features(it["client"], it["reply"],
                                                LEVELS.index(risk_level(it["client"])) >= 2) for it in items])


def design(vec: Vectoriser, items: list[dict], d: np.ndarray) -> sparse.csr_matrix:
    return sparse.hstack([vec.transform([it["reply"] for it in items]), sparse.csr_matrix(d * DENSE_SCALE)]).tocsr()


def fit(x, y, c: float, seed: int) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight="balanced", max_iter=2000, random_state=seed).fit(x, y)


def oof(items, d, labels, c, min_df, seed, folds=5, repeats=2) -> np.ndarray:
    """Out-of-fold P(reason), averaged over repeats: shape (n, reasons)."""
    unsafe = np.array([it["unsafe"] for it in items])
    p = np.zeros((len(items), len(REASONS) + 1))  # the last column: P(unsafe), any reason
    cv = RepeatedStratifiedKFold(n_splits=folds, n_repeats=repeats, random_state=seed)
    for tr, te in cv.split(np.zeros(len(items)), unsafe):
        vec = Vectoriser(min_df).fit([items[i]["reply"] for i in tr])
        xtr, xte = design(vec, [items[i] for i in tr], d[tr]), design(vec, [items[i] for i in te], d[te])
        for k in range(len(REASONS)):
            if labels[tr, k].sum() == 0:
                continue
            p[te, k] += fit(xtr, labels[tr, k], c, seed).predict_proba(xte)[:, 1] / repeats
        p[te, -1] += fit(xtr, unsafe[tr].astype(int), c, seed).predict_proba(xte)[:, 1] / repeats
    return p


GATES: np.ndarray | None = None  # (n, reasons): ``reply_model.plausible`` of each item


def model_flags(p: np.ndarray, t: float, tu: float, tf: float = 0.0) -> np.ndarray:
    """The reasons the model raises (as ``ReplyModel.reasons_for``): each plausible reason at or
    above ``t``, and the most likely reason, if plausible and its own P reaches ``tf``, when
    P(unsafe) reaches ``tu``."""
    g = GATES
    flags = (p[:, :-1] >= t) & g
    top = np.zeros_like(flags)
    top[np.arange(len(p)), p[:, :-1].argmax(1)] = True  # named only if plausible (& g below)
    return flags | (top & g & (p[:, -1:] >= tu) & (p[:, :-1] >= tf))


def scores(unsafe, flagged) -> tuple[float, float]:
    tp = int((unsafe & flagged).sum())
    return (round(tp / max(1, flagged.sum()), 3), round(tp / max(1, unsafe.sum()), 3))


def report(items, labels, pat, p, t, tu, tf, mask=None) -> dict:
    mask = np.ones(len(items), bool) if mask is None else mask
    unsafe = np.array([it["unsafe"] for it in items])[mask]
    model_flags_ = model_flags(p, t, tu, tf)[mask]
    pat_any = np.array([bool(s) for s in pat])[mask]
    both = pat_any | model_flags_.any(1)
    by_reason = {}
    for k, r in enumerate(REASONS):
        sup = labels[mask, k].astype(bool)
        hit = model_flags_[:, k] | np.array([r in s for s in pat])[mask]
        if sup.sum():
            by_reason[r] = round(float((hit & sup).sum() / sup.sum()), 3)
    return {"patterns": scores(unsafe, pat_any), "model": scores(unsafe, model_flags_.any(1)),
            "patterns_or_model": scores(unsafe, both), "recall_by_reason": by_reason, "n": int(mask.sum())}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--out", type=Path, default=reply_model.MODEL_PATH)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--c", type=float, nargs="+", default=[4.0, 16.0])
    ap.add_argument("--min-df", type=int, nargs="+", default=[2])
    ap.add_argument("--repeats", type=int, default=1)
    args = ap.parse_args()
    items = load()
    labels = np.array([[r in it["reasons"] for r in REASONS] for it in items], dtype=int)
    unsafe = np.array([it["unsafe"] for it in items])
    d = dense(items)
    global GATES
    GATES = np.array([[reply_model.plausible(it["client"], it["reply"], bool(d[i, 0]))[r] for r in REASONS]
                      for i, it in enumerate(items)])
    pat = pattern_flags(items)
    pat_any = np.array([bool(s) for s in pat])
    extra = np.array([it["file"] == FILES[1] for it in items])
    best = None
    for min_df in args.min_df:
        for c in args.c:
            p = oof(items, d, labels, c, min_df, args.seed, repeats=args.repeats)
            # the thresholds with the best recall of the model alone, its out-of-fold precision held at
            # MIN_PRECISION: the model's own figures are out of sample, the patterns' are not (they
            # were written on this data), so the patterns take no part in the choice
            for t in np.arange(0.3, 0.96, 0.05):
                for tu in np.arange(0.3, 0.96, 0.025):
                    for tf in (0.0, 0.1, 0.2, 0.3):
                        prec, rec = scores(unsafe, model_flags(p, t, tu, tf).any(1))
                        if prec >= MIN_PRECISION and (best is None or (rec, tf) > (best[0], best[-1])):
                            best = (rec, prec, rec, float(t), float(tu), c, min_df, p, tf)
            print(json.dumps({"C": c, "min_df": min_df, "best_so_far": (best[:7] + best[8:]) if best else None}), flush=True)
    _, prec, rec, t, tu, c, min_df, p, tf = best
    np.save("/tmp/reply_oof.npy", p)
    print(json.dumps({"chosen": {"C": c, "min_df": min_df, "threshold": round(t, 3), "unsafe_threshold": round(tu, 3), "top_floor": tf},
                      "oof_all": report(items, labels, pat, p, t, tu, tf),
                      "oof_extra_only": report(items, labels, pat, p, t, tu, tf, extra)}, indent=1))
    if args.no_write:
        return
    vec = Vectoriser(min_df).fit([it["reply"] for it in items])
    x = design(vec, items, d)
    coef = np.zeros((len(REASONS), len(vec.vocab)))
    dense_coef = np.zeros((len(REASONS), d.shape[1]))
    intercept = np.zeros(len(REASONS))
    for k in range(len(REASONS)):
        m = fit(x, labels[:, k], c, args.seed)
        coef[k], dense_coef[k] = m.coef_[0, :len(vec.vocab)], m.coef_[0, len(vec.vocab):] * DENSE_SCALE
        intercept[k] = m.intercept_[0]
    m = fit(x, unsafe.astype(int), c, args.seed)
    np.savez_compressed(args.out, vocab=np.frombuffer("\n".join(vec.vocab).encode("utf-8"), dtype=np.uint8),
                        idf=vec.idf.astype(np.float32), coef=coef.astype(np.float32),
                        dense_coef=dense_coef.astype(np.float32), intercept=intercept.astype(np.float32),
                        threshold=np.full(len(REASONS), t, dtype=np.float32), reasons=np.array(REASONS),
                        unsafe_coef=m.coef_[0, :len(vec.vocab)].astype(np.float32),
                        unsafe_dense_coef=(m.coef_[0, len(vec.vocab):] * DENSE_SCALE).astype(np.float32),
                        unsafe_intercept=np.float32(m.intercept_[0]), unsafe_threshold=np.float32(tu),
                        top_floor=np.float32(tf))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(vec.vocab)} n-grams)")


if __name__ == "__main__":
    main()
