"""Train the semantic reply stage (``services/quality/checks/counselling/reply_semantic.py``): per
reason (victim blaming, minimising) and encoder (for English MiniLM's first two layers as the int8
graph, ``L2-int8``, from round ten, ``--encoder`` to choose another; USE-m3 for pairs the
language identifier calls foreign), a logistic regression over the reply's embedding (and, with
``with_client``, the client turn's beside it), written to ``models/reply_semantic.npz``.

Training data: the training files of earlier rounds only (``TRAIN``; never a validation, probe or
held-out file: the script refuses such names). The rows used are those whose client turn holds the
reason's context (``reply_semantic.client_context``) and whose reply is short enough; positives are the
unsafe replies labelled with the reason, negatives the safe replies (unsafe replies of other reasons
are left out). Choices, all made on out-of-fold (5-fold, grouped by client turn) training predictions,
never on a validation file:

* ``C`` of {0.5, 2, 8} and with or without the client turn's embedding: the lowest out-of-fold log loss
  summed over the reasons and encoders;
* each threshold: the lowest at which the out-of-fold precision on the pairs the runtime gate reads
  (``reply_semantic.gate``: not clearly safe) is at least ``PRECISION`` (0.95), counting every
  unsafe reply (of any reason) flagged as right and every safe one as wrong; none: the part is off.

    python bench/train_reply_semantic.py [--no-save] [--all]   # --all: TRAIN and LATEST
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first, and its model files written (bench/_checkout.py)
import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpora import counselchat_refs  # noqa: E402
from services.quality.checks.counselling import reply_semantic as rs  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
TRAIN = ["replies_tuning.jsonl", "replies_train_extra.jsonl", "replies_written_train.jsonl",
         "replies_written_negatives.jsonl", "replies_written3_train.jsonl", "replies_written4_train.jsonl",
         "replies_train_v5.jsonl", "replies_train_v6.jsonl", "replies_train_v7.jsonl", "replies_train_v8.jsonl",
         "replies_train_v9.jsonl", "replies_train_v10.jsonl", "general_train.jsonl",
         "replies_counselchat_negatives.refs",
         # reply rounds eleven to thirteen (2026-12-05): precision, recall, indirect blame and minimising
         "replies_train_v11.jsonl", "replies_train_v12.jsonl", "replies_train_v13.jsonl"]
# reply rounds fourteen to seventeen (2026-12-05/06), with ``--all`` (reply round sixteen: every reply training file)
LATEST = ["replies_train_v14.jsonl", "replies_train_v15.jsonl", "replies_train_v23.jsonl", "replies_train_v23b.jsonl",
          "replies_train_v25.jsonl"]
PRECISION = 0.95
CS = (0.5, 2.0, 8.0)


def rows(files: list[str] | None = None) -> list[dict]:
    out = []
    for name in files or TRAIN:
        assert not any(w in name for w in ("probe", "valid", "_val", "heldout")), name
        if name.endswith(".refs"):  # CounselChat rows by reference: their text is resolved from the CSV
            out += [r | {"file": name} for r in counselchat_refs(LABELLED / name)]
            continue
        for line in (LABELLED / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                r["file"] = name
                out.append(r)
    return out


def oof(x: np.ndarray, y: np.ndarray, groups: list[str], c: float) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold

    p = np.zeros(len(y))
    for tr, te in StratifiedGroupKFold(5, shuffle=True, random_state=0).split(x, y, groups):
        m = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x[tr], y[tr])
        p[te] = m.predict_proba(x[te])[:, 1]
    return p


def threshold(p: np.ndarray, unsafe: np.ndarray, gated: np.ndarray) -> float:
    for t in np.round(np.arange(0.30, 1.0, 0.01), 2):
        hit = (p >= t) & gated
        if hit.sum() >= 3 and unsafe[hit].mean() >= PRECISION:
            return float(t)
    return 1.01


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from services.quality.checks.counselling.crisis import risk_level
    from services.quality.checks.counselling.reply_model import short_enough

    ap = argparse.ArgumentParser()
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--encoder", default=rs.ENGLISH, help="the English part's encoder (a DP_REPLY_ENCODER name: L6, L3-int8...)")
    ap.add_argument("--reply-only", action="store_true", help="the reply's embedding alone (half the encoder's texts)")
    ap.add_argument("--show", action="store_true", help="print the out-of-fold false flags (training rows only)")
    ap.add_argument("--all", action="store_true", help="also the training files of LATEST (reply rounds fourteen to sixteen)")
    args = ap.parse_args()
    data = {}
    for r in rows(TRAIN + LATEST if args.all else TRAIN):
        c, rep = r["client"], r["reply"]
        if not (c.strip() and short_enough(rep)):
            continue
        level = risk_level(c)
        enc = rs.encoder_of(c, rep)
        gated = rs.gate(c, rep, level)  # the runtime gate: its reasons (round ten: near the reply stage's threshold too)
        for reason in rs.client_context(c, level):
            if r["unsafe"] and reason not in r["reasons"]:
                label = None  # another reason's unsafe reply: not trained on, counted as right when flagged
            else:
                label = int(reason in r["reasons"])
            data.setdefault((enc, reason), []).append((c, rep, label, bool(r["unsafe"]), reason in gated))
    emb = {}
    for enc in rs.ENCODERS:
        texts = sorted({rs._normalise(t) for (e, _), v in data.items() if e == enc for c, rep, *_ in v for t in (c, rep)})
        vecs = rs._encoder(enc, args.encoder).encode_batch(texts)
        emb[enc] = dict(zip(texts, vecs))
        print(f"{enc}: {len(texts)} texts encoded", flush=True)

    def matrix(enc, items, with_client):
        e = emb[enc]
        return np.array([np.concatenate([e[rs._normalise(rep)], e[rs._normalise(c)]]) if with_client
                         else e[rs._normalise(rep)] for c, rep, *_ in items], np.float32)

    best = None
    results = {}
    for with_client in ((False,) if args.reply_only else (False, True)):
        for c in CS:
            loss, parts = 0.0, {}
            for key, items in sorted(data.items()):
                train = [it for it in items if it[2] is not None]
                y = np.array([it[2] for it in train])
                if y.sum() < 5 or (1 - y).sum() < 5:
                    continue
                x = matrix(key[0], train, with_client)
                p = oof(x, y, [it[0] for it in train], c)
                loss += float(-np.mean(y * np.log(np.clip(p, 1e-6, 1)) + (1 - y) * np.log(np.clip(1 - p, 1e-6, 1))))
                parts[key] = p
            results[(with_client, c)] = (loss, parts)
            print(f"with_client={with_client} C={c}: out-of-fold log loss (summed) {loss:.3f}", flush=True)
            if best is None or loss < results[best][0]:
                best = (with_client, c)
    with_client, c = best
    print(f"chosen: with_client={with_client} C={c}")
    out = {"with_client": np.array(with_client), "english_encoder": np.array(args.encoder)}
    for key, items in sorted(data.items()):
        train = [it for it in items if it[2] is not None]
        y = np.array([it[2] for it in train])
        if key not in results[best][1]:
            print(f"{key}: too few examples ({int(y.sum())} positive, {int((1 - y).sum())} negative): off")
            continue
        p = results[best][1][key]
        unsafe = np.array([it[3] for it in train])
        gated = np.array([it[4] for it in train])
        t = threshold(p, unsafe, gated)
        hit = (p >= t) & gated
        pos = (y == 1) & gated
        print(f"{key}: {len(train)} rows ({int(y.sum())} positive), {int(gated.sum())} gated; threshold {t}: "
              f"out-of-fold flags {int(hit.sum())}, precision {unsafe[hit].mean() if hit.any() else 0:.3f}, "
              f"recall of gated positives {(hit & pos).sum() / max(pos.sum(), 1):.3f}, of all positives "
              f"{(hit & pos).sum()} / {int(y.sum())}")
        if args.show:
            for it, pk in zip(train, p):
                if pk >= t and it[4] and not it[3]:
                    print(f"   OOF false flag {pk:.2f}  C: {it[0]}\n      R: {it[1]}")
        m = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(matrix(key[0], train, with_client), y)
        k = f"{key[0]}_{key[1]}"
        out[f"{k}_coef"] = m.coef_[0].astype(np.float32)
        out[f"{k}_intercept"] = np.array(m.intercept_[0])
        out[f"{k}_threshold"] = np.array(t)
    if not args.no_save:
        np.savez_compressed(rs.MODEL, **out)
        print(f"wrote {rs.MODEL} ({rs.MODEL.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
