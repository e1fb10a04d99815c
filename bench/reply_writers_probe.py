"""Probe (twenty-fourth session; ``python bench/reply_writers_probe.py``, ~1 minute): leave one reply validation file out; the reply stage's unsafe regression (L0 features, as trained)
on every reply training file + general (A) or + every other non-blind validation file (B); read on the
left-out file (model alone, gated as the features allow). Pooled; blind files read by A and B(all)."""
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
import train_reply_model as T
L = T.LABELLED
names = sorted(os.path.basename(p) for p in glob.glob(str(L / "replies_*.jsonl")))
names = [n for n in names if "heldout" not in n]  # never opened
train = [n for n in names if ("train" in n or n in ("replies_tuning.jsonl", "replies_probe.jsonl", "replies_probe2.jsonl", "replies_written_negatives.jsonl"))]
valid = [n for n in names if n not in train and ("val" in n)]
blind = [n for n in valid if "indep" in n]; valid = [n for n in valid if n not in blind]
print("train", len(train), "valid", len(valid), "blind", blind, flush=True)
t0 = time.time()
def items(ns):
    out = []
    for n in ns:
        for it in T.load(n):
            out.append(dict(it, source=n))
    return out
tr = items(train) + [dict(it, source="general") for it in T.general()]
va = items(valid + blind)
xt = T.matrix(tr); xv = T.matrix(va)
yt = np.array([bool(it["unsafe"]) for it in tr]); yv = np.array([bool(it["unsafe"]) for it in va])
sv = np.array([it["source"] for it in va])
print("features", xt.shape, xv.shape, round(time.time() - t0), flush=True)
TH = (0.4, 0.5, 0.6, 0.7)
def sc(m, mask):
    p = m.predict_proba(xv[mask])[:, 1]; y = yv[mask]
    return {t: (int(((p >= t) & y).sum()), int(((p >= t) & ~y).sum()), int(y.sum())) for t in TH}
def add(a, b): return {t: tuple(i + j for i, j in zip(a[t], b[t])) for t in TH}
def show(n, s): print(n, " ".join(f"t{t}: R {a/c:.3f} P {a/max(1,a+b):.3f} ({a},{b})" for t, (a, b, c) in s.items()), flush=True)
mA = T.fit(xt, yt, 3.0)
pa = pb = None
for f in valid:
    mask = sv == f
    keep = np.isin(sv, [v for v in valid if v != f])
    mB = T.fit(np.vstack([xt, xv[keep]]), np.concatenate([yt, yv[keep]]), 3.0)
    a, b = sc(mA, mask), sc(mB, mask)
    pa = a if pa is None else add(pa, a); pb = b if pb is None else add(pb, b)
    print(f, a[0.5], b[0.5], flush=True)
show("pooled A", pa); show("pooled B", pb)
mB = T.fit(np.vstack([xt, xv[np.isin(sv, valid)]]), np.concatenate([yt, yv[np.isin(sv, valid)]]), 3.0)
for f in blind:
    show(f + " A", sc(mA, sv == f)); show(f + " B", sc(mB, sv == f))
