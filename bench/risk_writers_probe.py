"""Probe (twenty-fourth session; run: ``python bench/risk_writers_probe.py``, ~5 minutes with the embedding
cache warm): does training on other writers' files help on an unseen writer's file? Leave one validation file
out: A = every risk_train_* file; B = A + every other non-blind validation file. Model: the stage's LR
(C=3, balanced) on embeddings + stage-one features; read on the left-out file's routed turns. Pooled over
the left-out files; the blind indep files read by A and by B trained on every non-blind validation file. Two runs can differ by a few
turns (USE embeddings differ by ~1e-7 with the batch they were made in): 1,425 and 1,422 found by A at 0.5."""
import glob
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.argv = sys.argv[:1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
import numpy as np
import train_risk_minilm as T
from services.quality.checks.counselling.crisis import reading
from services.quality.checks.counselling.risk_model import model_input

L = T.LABELLED
train_files = sorted(os.path.basename(p) for p in glob.glob(str(L / "risk_train_*.jsonl"))) + ["risk_tuning.jsonl"]
valid_files = sorted(os.path.basename(p) for p in glob.glob(str(L / "risk_valid_*.jsonl")))
blind = [f for f in valid_files if "indep" in f]
valid = [f for f in valid_files if f not in blind]
assert not any("heldout" in f for f in train_files + valid_files)
t0 = time.time()
def prep(files):
    items = T.load(tuple(files))
    texts = [it["text"] for it in items]
    y = np.array([it["label"] != "none" for it in items])
    src = np.array([it["source"] for it in items])
    gated = np.array([T.routed(t, True) or T.s1_category(t) != "none" for t in texts])
    pat = np.array([T.s1_category(t) != "none" for t in texts])
    x = np.hstack([T.embeddings([model_input(t) for t in texts]), np.array([T.s1_features(t) for t in texts])])
    return x.astype(np.float32), y, src, gated, pat
general = [dict(it, text=reading(it["text"])) for it in T.load((T.GENERAL_TRAIN,))]
gen_texts = [it["text"] for it in general if T.routed(it["text"], True) or T.s1_category(it["text"]) != "none"]
xg = np.hstack([T.embeddings([model_input(t) for t in gen_texts]), np.array([T.s1_features(t) for t in gen_texts])]).astype(np.float32)
xt, yt, st, gt, pt = prep(train_files)
xv, yv, sv, gv, pv = prep(valid + blind)
print("train", xt.shape, "valid", xv.shape, "general", xg.shape, round(time.time() - t0), flush=True)
w_t = np.ones(len(yt))
def fit(x, y):
    return T.lr(3.0, 0).fit(x, y)
TH = (0.3, 0.5, 0.7, 0.8)
def score(m, mask):
    p = np.where(gv[mask], m.predict_proba(xv[mask])[:, 1], 0.0)
    y = yv[mask]; pat = pv[mask]
    out = {}
    for t in TH:
        f = pat | (p >= t)
        out[t] = (int((f & y).sum()), int((f & ~y).sum()), int(y.sum()))
    return out
def add(a, b):
    return {t: tuple(i + j for i, j in zip(a[t], b[t])) for t in TH}
def show(name, s):
    print(name, " ".join(f"t{t}: R {tp/n:.3f} P {tp/max(1,tp+fp):.3f} ({tp},{fp})" for t, (tp, fp, n) in s.items()), flush=True)
XA = np.vstack([xt, xg]); YA = np.concatenate([yt, np.zeros(len(xg), bool)])
mA = fit(XA, YA)
poolA = poolB = None
for f in valid:
    mask = sv == f
    sa = score(mA, mask)
    keep = np.isin(sv, [v for v in valid if v != f])
    mB = fit(np.vstack([XA, xv[keep]]), np.concatenate([YA, yv[keep]]))
    sb = score(mB, mask)
    poolA = sa if poolA is None else add(poolA, sa); poolB = sb if poolB is None else add(poolB, sb)
    print(f, "A", sa[0.5], "B", sb[0.5], round(time.time() - t0), flush=True)
show("pooled A (train files)", poolA); show("pooled B (+ other writers' validation files)", poolB)
keep = np.isin(sv, valid)
mB = fit(np.vstack([XA, xv[keep]]), np.concatenate([YA, yv[keep]]))
for f in blind:
    show(f + " A", score(mA, sv == f)); show(f + " B", score(mB, sv == f))
