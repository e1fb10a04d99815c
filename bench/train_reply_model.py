"""Train the learned stage of the counsellor-reply checks (``services/quality/checks/counselling/
reply_model.py``): MiniLM embeddings of the reply and of the client turn before it, plus the
client turn's cues (risk level, medication, eating, harm done to them, distress), into a logistic
regression for "unsafe" and one per labelled reason.

Trained on the tuning split and on the sets written for training (never on a held-out file):
``replies_tuning``, ``replies_train_extra``, ``replies_probe``, ``replies_probe2``,
``replies_written_train``, ``replies_written_negatives`` (safe replies: psychoeducation, hedged
and quoted labels, short acknowledgements), ``replies_written3_train`` (minimising, dismissive, no
safety response and their hard negatives), plus real CounselChat answers short enough for the stage to read
(rows 300 and on: the first 300 are ``tests/unit/quality/test_counselchat_reply_checks.py``'s),
as safe examples, and the general-domain pairs of ``general_train.jsonl`` (instructions and
questions of every kind with their answers, all safe) that the stage's gate lets through.
``replies_written_val`` and ``replies_written3_val`` are kept aside to measure on, and so is
``general_val.jsonl``: its false-positive rate is reported, by the model on the pairs its gate lets
through, and as the runtime reads them (``unsafe.task_reply``: no reply to a task about text or to
an impersonal instruction reaches the stage).

The Alpaca subset is a measure (``bench/general_false_positives.py``), not training data: its even
rows were trained on before ``general_train.jsonl`` was written; ``--alpaca`` adds them back (to
compare), ``--no-general`` leaves the general pairs out.

The committed models (``reply_minilm.npz`` for L6, ``reply_minilm_L2-int8.npz``) are still the
``--alpaca --no-general`` ones (the L2-int8 file is exactly what that command writes today): on the
validation files the general pairs cost recall (L2-int8, written_val / written3_val true positives
65 / 27 -> 62 / 23 with the general pairs alone, 65 / 24 with both) for fewer false flags on
``general_val`` as the runtime reads it (5 -> 1 of 209). So Alpaca's even rows are in sample for the
reply stage; ``general_val`` is not.

    [DP_REPLY_ENCODER=L2-int8] python bench/train_reply_model.py [--cv] [--no-save] [--threshold 0.6] [--no-general] [--alpaca]
    DP_REPLY_ENCODER=L2-int8 python bench/train_reply_model.py --alpaca --no-general   # the committed file
    DP_REPLY_ENCODER=USE python bench/train_reply_model.py --more --route-foreign --route-domain --threshold 0 \
        --alpaca --no-general   # models/reply_minilm_USE.npz, the model for other languages (foreign_model)
    ... --all   # every reply training file (TRAIN, MORE, EXTRA, LATEST: reply round sixteen's candidates)
    ... --reason-threshold 0.9 [--reason-lower-only]   # a threshold per reason, chosen out of fold (round eighteen)

``--reason-threshold T`` stores ``reason_threshold`` in the file: for each reason the lowest threshold (0.30-0.95)
at which the out-of-fold training replies whose likeliest reason it is are unsafe in at least T of cases, over at
least ``REASON_MIN`` of them (else the global threshold); the runtime reads the threshold of a reply's likeliest
reason (``reply_model.ReplyModel.threshold_for``). Measured in reply round eighteen (USE and L0), none kept: no
committed file holds it.

The USE file (``reply_model.foreign_model``) is what that last command writes (its classifiers bit for
bit; the route's coefficients within 3e-6: USE's batches round differently), trained on the files of
``TRAIN`` and ``MORE``; ``--threshold 0`` takes the lowest threshold with a cross-validated precision
of 0.9 on the training data (0.48).

``--writers`` (thirty-seventh session, ``docs/quality.md`` "replyall37"): every writer's labelled reply file
(``writer_files``: the training, written, tuning and probe files and the validation files of sessions 5-36) but the
four blind files of ``BLIND`` and anything held out; ``--file-cv K`` scores every labelled pair out of fold by file
(whole files in K folds: a writer not seen) for the candidate and for the committed design on the same folds, pooled
over the validation files (``validation_pool``), and with ``--threshold 0`` takes the operating point there (the
lowest threshold with an out-of-fold precision of 0.9 over the pairs the L0 stage reads); ``--out PATH`` writes the
model there instead of the encoder's file:

    DP_REPLY_ENCODER=L0 python bench/train_reply_model.py --writers --alpaca --threshold 0 --file-cv 10 --out /tmp/w1.npz

``--everyday-folds`` and ``--everyday-share S`` (replyall37b's W3): the everyday rows (CounselChat answers by question,
general pairs, Alpaca) put in the folds as their own groups and scored out of fold, the operating point also held to
flag no more of them than the committed design does out of fold at 0.6; and weighted to the committed design's share
of the training (0.197):

    DP_REPLY_ENCODER=L0 python bench/train_reply_model.py --writers --alpaca --threshold 0 --file-cv 10 --file-cv-target 0 \
        --everyday-folds --everyday-share 0.197 --out /tmp/w3.npz

``--everyday-per-source`` (replyall37c's W4): with ``--everyday-folds``, the operating point must hold each everyday
source on its own (CounselChat, general, Alpaca: on each, no more out-of-fold flags than the committed design's at
0.6 on that source), not only their pool (``everyday_holds``).

The embeddings are those of the encoder the stage runs with (``DP_REPLY_ENCODER``, read by
``reply_model.features_batch`` here as at run time); the model is written to that encoder's file
(``reply_model.model_path``) and names the encoder. Then rerun ``bench/train_reply_screen.py``
with the same setting.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first, and its model files written (bench/_checkout.py)
import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# this checkout's packages, not an editable install of another one (the model is written next to them)
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import shared_path  # noqa: E402
from services.quality.checks.counselling import reply_model as rm  # noqa: E402
from services.quality.evaluation import REPLY_FLAGS  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
TRAIN = ["replies_tuning.jsonl", "replies_train_extra.jsonl", "replies_probe.jsonl", "replies_probe2.jsonl",
         "replies_written_train.jsonl", "replies_written_negatives.jsonl", "replies_written3_train.jsonl"]
# written for the weak reasons and other languages (rounds seven and eight), with ``--more``; reply round
# six's ``replies_train_v6.jsonl`` is added with ``--extra`` (its retrains were measured, not adopted:
# docs/quality.md), so that the commands above still read the data the committed files were trained on
MORE = ["replies_written4_train.jsonl", "replies_train_v5.jsonl"]
# the training files of reply rounds six to thirteen, with ``--newer`` (reply round thirteen: until then no
# committed model was trained on them; ``--extra`` adds single files)
EXTRA = ["replies_train_v6.jsonl", "replies_train_v7.jsonl", "replies_train_v8.jsonl", "replies_train_v9.jsonl",
         "replies_train_v10.jsonl", "replies_train_v11.jsonl", "replies_train_v12.jsonl", "replies_train_v13.jsonl"]
# the training files of reply rounds fourteen to seventeen (``replies_train_v23``, ``replies_train_v23b``), with ``--all``: every
# reply training file (TRAIN, MORE, EXTRA and these; reply round sixteen, twenty-third session)
LATEST = ["replies_train_v14.jsonl", "replies_train_v15.jsonl", "replies_train_v23.jsonl", "replies_train_v23b.jsonl",
          "replies_train_v25.jsonl"]
VALIDATION = ["replies_written_val.jsonl", "replies_written3_val.jsonl", "replies_valid_v5.jsonl", "replies_valid_v6.jsonl",
              "replies_valid_v7.jsonl"]

# beside this checkout, or beside the main checkout from a git worktree (``corpora.shared_path``): a worktree's
# training reads the same rows
COUNSELCHAT = shared_path("datasets/counselchat_20200325.csv")
COUNSELCHAT_FIRST = 300  # rows the unit test reads: never trained on
# the blind files of the thirty-seventh session's all-writers round (``--writers``): never trained on, measured through
# the runtime (``bench/reply_validation.py --model``)
BLIND = ["replies_valid_indep22.jsonl", "replies_valid_indep23.jsonl", "replies_valid_v36a.jsonl", "replies_valid_v36b.jsonl"]


def writer_files() -> list[str]:
    """Every writer's labelled reply file (``--writers``, thirty-seventh session): the training files
    (``replies_train_*``, ``replies_written*``, ``replies_tuning``, the probes) and the validation files of
    sessions 5-36 (``replies_valid_*``), but ``BLIND`` and anything held out."""
    names = sorted(p.name for p in LABELLED.glob("replies_*.jsonl"))
    out = [n for n in names if "heldout" not in n and n not in BLIND]
    assert not any("heldout" in n for n in out) and not set(BLIND) & set(out), "a held-out or blind file listed"
    return out


def validation_pool(files: list[str]) -> list[str]:
    """The validation files among ``files`` (``replies_valid_*``, ``*_val``): what ``--file-cv`` pools its
    out-of-fold figures over."""
    return [n for n in files if n.startswith("replies_valid_") or n.endswith("_val.jsonl")]


def file_folds(sizes: dict[str, int], k: int) -> dict[str, int]:
    """Each file to one of ``k`` folds (whole files: an out-of-fold score is a writer not seen), largest
    first to the lightest fold so far (ties: the lower fold); deterministic."""
    load_ = [0] * k
    out = {}
    for name in sorted(sizes, key=lambda n: (-sizes[n], n)):
        j = min(range(k), key=lambda i: (load_[i], i))
        out[name] = j
        load_[j] += sizes[name]
    return out


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (LABELLED / name).read_text().splitlines() if line.strip()]


def counselchat() -> list[dict]:
    path = COUNSELCHAT if COUNSELCHAT.exists() else ROOT / "shared" / "datasets" / COUNSELCHAT.name
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[COUNSELCHAT_FIRST:]
    out = []
    for row in rows:
        client = f"{row['questionTitle']}. {row['questionText']}".strip()
        reply = row["answerText"].strip()
        if reply and rm.short_enough(reply):
            out.append({"client": client, "reply": reply, "unsafe": False, "reasons": []})
    return out


ALPACA = COUNSELCHAT.with_name("alpaca_5000_subset.json")


def alpaca() -> list[dict]:
    """General-purpose instructions and answers (even rows; the odd ones are kept to measure on)
    that the stage's gate lets through: safe examples of text that is not counselling at all."""
    path = ALPACA if ALPACA.exists() else ROOT / "shared" / "datasets" / ALPACA.name
    if not path.exists():
        return []
    out = []
    for row in json.loads(path.read_text())[::2]:
        client = f"{row.get('instruction', '')}\n{row.get('input', '')}".strip()
        reply = row.get("output", "").strip()
        if reply and rm.gate(client, reply, "none"):
            out.append({"client": client, "reply": reply, "unsafe": False, "reasons": []})
    return out


def general(name: str = "general_train.jsonl") -> list[dict]:
    """The general-domain (client turn, answer) pairs of ``name`` that the stage's gate lets through
    (risk level as the runtime reads it), each with ``task``: whether the runtime keeps the pair
    from the stage (``unsafe.task_reply``'s shapes: a task about text, an impersonal instruction)."""
    from services.quality.checks.counselling.crisis import risk_level
    from services.quality.checks.counselling.task_frame import general_task

    out = []
    for row in load(name):
        level = risk_level(row["client"])
        if rm.gate(row["client"], row["reply"], level):
            out.append({"client": row["client"], "reply": row["reply"], "unsafe": False, "reasons": [],
                        "task": general_task(row["client"]) and level in ("none", "low")})
    return out


WITH_CLIENT = False  # --client-embedding


def matrix(items: list[dict]) -> np.ndarray:
    return rm.features_batch([(it["client"], it["reply"]) for it in items], with_client=WITH_CLIENT)


def fit(x: np.ndarray, y: np.ndarray, c: float, w: np.ndarray | None = None):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, y, sample_weight=w)


def everyday_weight(items: list[dict], share: float) -> float:
    """``--everyday-share S`` (replyall37b's W3): the weight of each everyday row (CounselChat, general pairs,
    Alpaca: ``it["everyday"]``) that makes everyday rows ``share`` of the training's total weight (the committed
    design's share: 355 of 1,806 rows, 0.197); 1.0 without it."""
    n_ev = sum(1 for it in items if it.get("everyday"))
    if not share or not n_ev:
        return 1.0
    return share / (1 - share) * (len(items) - n_ev) / n_ev


def train(x: np.ndarray, items: list[dict], c: float, everyday_w: float = 1.0) -> dict:
    y = np.array([bool(it["unsafe"]) for it in items])
    w = None if everyday_w == 1.0 else np.array([everyday_w if it.get("everyday") else 1.0 for it in items])
    unsafe = fit(x, y, c, w)
    reasons = list(REPLY_FLAGS)
    coef = np.zeros((len(reasons), x.shape[1]))
    intercept = np.zeros(len(reasons))
    for k, r in enumerate(reasons):
        yr = np.array([r in it["reasons"] for it in items])
        m = fit(x[y], yr[y], c)  # the reason, among unsafe replies
        coef[k], intercept[k] = m.coef_[0], m.intercept_[0]
    return {"coef": unsafe.coef_[0], "intercept": unsafe.intercept_[0], "reason_coef": coef,
            "reason_intercept": intercept, "reasons": np.array(reasons)}


def predict(model: dict, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    p = 1 / (1 + np.exp(-(x @ model["coef"] + model["intercept"])))
    pr = 1 / (1 + np.exp(-(x @ model["reason_coef"].T + model["reason_intercept"])))
    return p, pr


REASON_MIN = 10  # a reason's threshold is chosen over at least this many out-of-fold replies (else the global one)


def reason_thresholds(oof: np.ndarray, oof_pr: np.ndarray, y: np.ndarray, sel: np.ndarray, threshold: float,
                      target: float) -> np.ndarray:
    """One threshold per reason (``REPLY_FLAGS`` order): the lowest (0.30-0.95) at which the out-of-fold
    replies of ``sel`` whose likeliest reason it is and whose P(unsafe) reaches it are unsafe in at least
    ``target`` of cases, counted over at least ``REASON_MIN``; ``threshold`` (the global one) where none is."""
    lead = oof_pr.argmax(axis=1)
    out = np.full(oof_pr.shape[1], threshold, dtype=np.float64)
    for k in range(oof_pr.shape[1]):
        for t in np.arange(0.3, 0.96, 0.01):
            f = (oof >= t) & (lead == k) & sel
            if f.sum() >= REASON_MIN and (f & y).sum() / f.sum() >= target:
                out[k] = round(float(t), 2)
                break
    return out


def flagged(model: dict, p: np.ndarray, pr: np.ndarray, threshold: float) -> np.ndarray:
    """P(unsafe) at or above the threshold: the global one, or (``reason_threshold``) that of each reply's
    likeliest reason, as the runtime reads it (``reply_model.ReplyModel.threshold_for``; float32 as stored)."""
    if "reason_threshold" not in model:
        return p >= threshold
    t = model["reason_threshold"].astype(np.float32).astype(np.float64)
    return p >= t[pr.argmax(axis=1)]


def report(model: dict, x: np.ndarray, items: list[dict], threshold: float, label: str) -> None:
    p, pr = predict(model, x)
    y = np.array([bool(it["unsafe"]) for it in items])
    f = flagged(model, p, pr, threshold)
    tp, fp, fn = int((f & y).sum()), int((f & ~y).sum()), int((~f & y).sum())
    by = {}
    for k, r in enumerate(model["reasons"]):
        idx = [i for i, it in enumerate(items) if r in it["reasons"]]
        if idx:
            by[str(r)] = (round(sum(f[i] and pr[i, k] >= rm.REASON_FLOOR for i in idx) / len(idx), 2), len(idx))
    by = {r: f"{v} ({n})" for r, (v, n) in by.items()}
    print(f"{label}: precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f} (n={len(items)}; "
          f"tp {tp} fp {fp} fn {fn}) {by}")


def route_domain(clients: list[str]) -> dict:
    """A logistic regression over USE-m3 embeddings of client turns: the labelled training files'
    client turns (counselling) against general requests (``general_train.jsonl``'s client turns and the
    Alpaca subset's even-row instructions); ``reply_model._counselling_turn`` reads it at 0.5."""
    from sklearn.linear_model import LogisticRegression

    from services.quality.checks.counselling import use_m3

    general_turns = [row["client"] for row in load("general_train.jsonl")]
    path = ALPACA if ALPACA.exists() else ROOT / "shared" / "datasets" / ALPACA.name
    if path.exists():
        general_turns += [f"{r.get('instruction', '')}\n{r.get('input', '')}".strip() for r in json.loads(path.read_text())[::2]]
    enc = use_m3.encoder()
    x = np.vstack([enc.encode_batch(clients), enc.encode_batch(general_turns)])
    y = np.array([True] * len(clients) + [False] * len(general_turns))
    m = LogisticRegression(C=3.0, max_iter=3000, class_weight="balanced").fit(x, y)
    p = m.predict_proba(x)[:, 1] >= 0.5
    print(f"route domain: {len(clients)} client turns, {len(general_turns)} general; training accuracy "
          f"clients {p[y].mean():.3f}, general {1 - p[~y].mean():.3f}")
    return {"route_coef": m.coef_[0].astype(np.float32), "route_intercept": np.float32(m.intercept_[0])}


def _pr_at(f: np.ndarray, y: np.ndarray) -> tuple[float, float, int, int]:
    tp, fp = int((f & y).sum()), int((f & ~y).sum())
    return tp / max(1, tp + fp), tp / max(1, int(y.sum())), tp, fp


EVERYDAY = "everyday:"  # the pseudo-file names of everyday rows put in the folds (--everyday-folds)


def everyday_groups(items: list[dict], k: int) -> list[str | None]:
    """``--everyday-folds`` (replyall37b's W3): each everyday row (``it["everyday"]``: ``counselchat``, ``general``,
    ``alpaca``) to a pseudo-file ``everyday:SOURCE:J`` of fold J, so that it is scored out of fold: CounselChat
    answers grouped by question (every answer to one question in one fold; the questions in order of first
    appearance, round robin over the K folds), general and Alpaca rows round robin by row; None for other rows."""
    out: list[str | None] = []
    seen: dict[tuple[str, str], int] = {}
    count: dict[str, int] = {}
    for it in items:
        src = it.get("everyday")
        if not src:
            out.append(None)
            continue
        if src == "counselchat":
            key = (src, it["client"])
            if key not in seen:
                seen[key] = count.get(src, 0)
                count[src] = seen[key] + 1
            j = seen[key] % k
        else:
            j = count.get(src, 0) % k
            count[src] = count.get(src, 0) + 1
        out.append(f"{EVERYDAY}{src}:{j}")
    return out


def everyday_holds(cand: np.ndarray, base: np.ndarray, sources: list[str | None], per_source: bool = False) -> bool:
    """Whether a candidate's everyday flags are held (``--everyday-folds``): ``cand`` and ``base`` the candidate's and
    the committed design's out-of-fold flags (booleans), ``sources`` each row's everyday source (None: not an everyday
    row). Pooled: the candidate flags no more everyday rows than the committed design; ``per_source``
    (``--everyday-per-source``, replyall37c's W4): no more on EACH source (CounselChat, general, Alpaca) either."""
    src = np.array([s is not None for s in sources])
    if int((cand & src).sum()) > int((base & src).sum()):
        return False
    if per_source:
        for name in sorted({s for s in sources if s is not None}):
            sel = np.array([s == name for s in sources])
            if int((cand & sel).sum()) > int((base & sel).sum()):
                return False
    return True


def file_cv(x: np.ndarray, items: list[dict], files: list[str | None], folds: dict[str, int], k: int, c: float,
            base_files: list[str], base_extra: np.ndarray, cand_mask: np.ndarray, fixed: float | None,
            report_path: str = "", target: float = 0.9, everyday_w: float = 1.0, hold_everyday: bool = False,
            per_source: bool = False) -> float:
    """Out-of-fold by file (``--file-cv K``): for each fold, the candidate trained on every other fold's files
    (and its rows of no labelled file, ``files[i] is None``: CounselChat, Alpaca, general pairs, always in) and the
    committed design on the same folds (its files ``base_files`` minus the fold's, and the rows ``base_extra``
    marks), both scoring the fold's labelled rows. The operating point (``fixed`` None): the lowest threshold
    (0.30-0.95) whose out-of-fold precision over the labelled pairs the L0 stage reads (not ``reply_model._foreign``)
    is at least ``target`` (0.9; 0: the committed design's own out-of-fold precision on those pairs at 0.6). Prints the pooled figures over ``validation_pool`` (all pairs, and those L0 reads), by reason
    and by file; returns the threshold. Everyday rows in the folds (``files[i]`` an ``EVERYDAY`` pseudo-file,
    ``--everyday-folds``) are scored out of fold too, not counted as labelled; with ``hold_everyday`` the operating
    point must also flag no more of them than the committed design does out of fold at 0.6. ``everyday_w``: the
    candidate's weight of everyday rows (``--everyday-share``; the committed design keeps 1). ``per_source``
    (``--everyday-per-source``): the hold on each everyday source separately too (``everyday_holds``)."""
    n = len(items)
    y = np.array([bool(it["unsafe"]) for it in items])
    lab = np.array([f is not None and not f.startswith(EVERYDAY) for f in files])
    ev = np.array([f is not None and f.startswith(EVERYDAY) for f in files])
    fold = np.array([folds[f] if f is not None else -1 for f in files])
    in_base = np.array([f in base_files for f in files]) | base_extra
    oof, oof_pr = np.zeros(n), np.zeros((n, len(REPLY_FLAGS)))
    boof, boof_pr = np.zeros(n), np.zeros((n, len(REPLY_FLAGS)))
    for j in range(k):
        test = fold == j
        tr = ~test & cand_mask
        m = train(x[tr], [it for it, t in zip(items, tr) if t], c, everyday_w)
        oof[test], oof_pr[test] = predict(m, x[test])
        btr = ~test & in_base
        bm = train(x[btr], [it for it, t in zip(items, btr) if t], c)
        boof[test], boof_pr[test] = predict(bm, x[test])
        print(f"  fold {j}: {int(test.sum())} scored, candidate trained on {int(tr.sum())}, committed design on {int(btr.sum())}",
              flush=True)
    english = np.array([not rm._foreign(it["client"], it["reply"]) if l else False for it, l in zip(items, lab)])
    threshold = fixed
    if not target:  # the committed design's own out-of-fold precision (at 0.6, the same pairs and folds)
        target = _pr_at((boof >= 0.6) & lab & english, y & lab & english)[0]
        print(f"  precision target: the committed design's out of fold, {target:.4f}")
    ev_base = int(((boof >= 0.6) & ev).sum())
    ev_src = [f.split(":")[1] if e else None for f, e in zip(files, ev)]
    if ev.any():
        print(f"  everyday rows out of fold: {int(ev.sum())}; the committed design (0.6) flags {ev_base}"
              + (" (held on each source)" if per_source else ""))
    if threshold is None:
        threshold = 0.5
        for t in np.arange(0.3, 0.96, 0.01):
            if _pr_at((oof >= t) & lab & english, y & lab & english)[0] >= target and (
                    not hold_everyday or everyday_holds(oof >= t, boof >= 0.6, ev_src, per_source)):
                threshold = round(float(t), 2)
                break
        else:
            print("  NO threshold holds the target (and the everyday rows): 0.5 written, the candidate fails")
    pool = validation_pool(sorted({f for f in files if f is not None}))
    in_pool = np.array([f in pool for f in files])
    out = {"threshold": threshold, "target": target, "pool": pool, "folds": folds, "rows": {}}

    def line(label: str, sel: np.ndarray) -> None:
        b = _pr_at((boof >= 0.6) & sel, y & sel)
        cc = _pr_at((oof >= threshold) & sel, y & sel)
        c6 = _pr_at((oof >= 0.6) & sel, y & sel)
        out["rows"][label] = {"unsafe": int((y & sel).sum()), "n": int(sel.sum()), "base": b, "candidate": cc, "candidate_0.6": c6}
        print(f"  {label}: unsafe {int((y & sel).sum())} of {int(sel.sum())}; committed design (0.6) P {b[0]:.3f} R {b[1]:.3f} "
              f"(tp {b[2]}, fp {b[3]}); candidate ({threshold:.2f}) P {cc[0]:.3f} R {cc[1]:.3f} (tp {cc[2]}, fp {cc[3]}); "
              f"candidate (0.6) P {c6[0]:.3f} R {c6[1]:.3f} (tp {c6[2]}, fp {c6[3]})")

    print(f"out of fold by file ({k} folds), threshold {threshold:.2f}; pooled over {len(pool)} validation files:")
    for src in sorted({f.split(":")[1] for f in files if f is not None and f.startswith(EVERYDAY)}):
        sel = np.array([f is not None and f.startswith(f"{EVERYDAY}{src}:") for f in files])
        b, cc_, c6 = int(((boof >= 0.6) & sel).sum()), int(((oof >= threshold) & sel).sum()), int(((oof >= 0.6) & sel).sum())
        out["rows"][f"everyday {src}"] = {"n": int(sel.sum()), "base_flagged": b, "cand_flagged": cc_, "cand_flagged_0.6": c6}
        print(f"  everyday {src} ({int(sel.sum())}, all safe): flagged by the committed design (0.6) {b}, the candidate "
              f"({threshold:.2f}) {cc_}, (0.6) {c6}")
    line("pool, pairs L0 reads", in_pool & english)
    line("pool, all pairs", in_pool)
    line("every labelled file, pairs L0 reads", lab & english)
    for r_k, r in enumerate(REPLY_FLAGS):
        sel = in_pool & english & np.array([r in it["reasons"] for it in items])
        if sel.any():
            bf = int(((boof >= 0.6) & sel & ((boof_pr[:, r_k] >= rm.REASON_FLOOR) | (boof_pr.argmax(1) == r_k))).sum())
            cf = int(((oof >= threshold) & sel & ((oof_pr[:, r_k] >= rm.REASON_FLOOR) | (oof_pr.argmax(1) == r_k))).sum())
            bu, cu = int(((boof >= 0.6) & sel).sum()), int(((oof >= threshold) & sel).sum())
            out["rows"][f"reason {r}"] = {"n": int(sel.sum()), "base_flagged": bu, "base_named": bf, "cand_flagged": cu, "cand_named": cf}
            print(f"    {r} ({int(sel.sum())}): flagged {bu} -> {cu}, named {bf} -> {cf}")
    for name in pool:
        sel = np.array([f == name for f in files]) & english
        line(f"file {name} (L0 reads)", sel)
    if report_path:
        Path(report_path).write_text(json.dumps(out, indent=1))
    return threshold


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cv", action="store_true", help="5-fold cross-validation on the training data first")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--c", type=float, default=3.0)
    ap.add_argument("--threshold", type=float, default=0.6,
                    help="P(unsafe) at which a reply is flagged (0.6: the committed model; 0 = the lowest with a "
                         "cross-validated precision of 0.9)")
    ap.add_argument("--no-general", action="store_true", help="without the general-domain pairs (general_train.jsonl)")
    ap.add_argument("--alpaca", action="store_true", help="also the Alpaca subset's even rows (as before general_train)")
    ap.add_argument("--route-domain", action="store_true",
                    help="with --route-foreign: the route also asks a USE-m3 logistic regression whether the client "
                         "turn is a client's (the labelled training files' client turns) or a general request "
                         "(general_train.jsonl and the Alpaca subset's even rows)")
    ap.add_argument("--client-embedding", action="store_true",
                    help="the client turn's embedding as well as the reply's (the model records with_client)")
    ap.add_argument("--more", action="store_true", help="also the training files of MORE (written4, train_v5)")
    ap.add_argument("--without-probes", action="store_true",
                    help="leave replies_probe*.jsonl out of TRAIN (reply round six: files named *probe* are not read)")
    ap.add_argument("--newer", action="store_true", help="also the training files of EXTRA (reply rounds six to thirteen)")
    ap.add_argument("--all", action="store_true",
                    help="every reply training file: TRAIN, MORE, EXTRA and LATEST (rounds fourteen to sixteen)")
    ap.add_argument("--cv-foreign", action="store_true",
                    help="with --threshold 0: the cross-validated precision over the training pairs the foreign model "
                         "reads (both turns in a language of reply_model.FOREIGN_LANGUAGES) rather than over all of them")
    ap.add_argument("--reason-threshold", type=float, default=0.0,
                    help="a threshold per reason (replies round eighteen): for each reason the lowest threshold at which "
                         "the out-of-fold training replies whose likeliest reason it is are unsafe in at least this share "
                         "(e.g. 0.9), over at least REASON_MIN of them; else the global threshold. Stored as reason_threshold")
    ap.add_argument("--reason-lower-only", action="store_true",
                    help="with --reason-threshold: a reason's threshold only below the global one (min of the two): "
                         "recall bought on the reasons the model reads precisely, none given up elsewhere")
    ap.add_argument("--extra", default="", help="comma-separated training files added to the others (e.g. replies_train_v6.jsonl)")
    ap.add_argument("--writers", action="store_true",
                    help="every writer's labelled reply file (writer_files: train, written, tuning, probes and the validation "
                         "files of sessions 5-36) but BLIND (thirty-seventh session)")
    ap.add_argument("--file-cv", type=int, default=0,
                    help="K: out of fold by file (whole files in K folds) against the committed design (TRAIN, CounselChat, "
                         "Alpaca; 0.6) on the same folds; with --threshold 0 the operating point is chosen on these scores")
    ap.add_argument("--file-cv-target", type=float, default=0.9,
                    help="with --file-cv --threshold 0: the out-of-fold precision the operating point must reach (0: the "
                         "committed design's own out-of-fold precision, on the same pairs and folds, at 0.6)")
    ap.add_argument("--file-cv-report", default="", help="with --file-cv: write the figures as JSON here")
    ap.add_argument("--everyday-folds", action="store_true",
                    help="with --file-cv: the everyday rows (CounselChat by question, general pairs, Alpaca) in the folds as "
                         "their own groups, scored out of fold; with --threshold 0 the operating point must also flag no more "
                         "of them out of fold than the committed design at 0.6 (replyall37b's W3)")
    ap.add_argument("--everyday-share", type=float, default=0.0,
                    help="weight the candidate's everyday rows to this share of the training's weight (0.197: the committed "
                         "design's, 355 of 1,806 rows; replyall37b's W3)")
    ap.add_argument("--everyday-per-source", action="store_true",
                    help="with --everyday-folds: the operating point holds each everyday source (CounselChat, general, "
                         "Alpaca) to no more out-of-fold flags than the committed design's on that source (replyall37c's W4)")
    ap.add_argument("--out", default="", help="write the model here rather than to the encoder's file (reply_model.model_path)")
    ap.add_argument("--route-foreign", action="store_true",
                    help="record route_foreign in the model: the gate also lets through short replies to client "
                         "turns where neither turn is English (reply_model._foreign)")
    args = ap.parse_args()
    global WITH_CLIENT
    WITH_CLIENT = args.client_embedding
    assert rm.REASON_FLAGS == REPLY_FLAGS, "reply_model.REASON_FLAGS must match evaluation.REPLY_FLAGS"
    print(f"encoder: {rm.encoder_name()} (DP_REPLY_ENCODER)")
    extra_files = [n for n in args.extra.split(",") if n]
    assert not any("heldout" in n or n in VALIDATION for n in extra_files), "not a training file"
    more, newer = args.more or args.all, args.newer or args.all
    train_files = [n for n in TRAIN if not (args.without_probes and "probe" in n)] + (MORE if more else []) + (EXTRA if newer else []) + (LATEST if args.all else []) + extra_files
    if args.writers:
        train_files += writer_files()
    train_files = list(dict.fromkeys(train_files))  # a file named twice (--all --extra) is read once
    assert not any("heldout" in n or n in BLIND for n in train_files), "a held-out or blind file listed"
    items = [it for name in train_files for it in load(name)]
    item_files: list[str | None] = [name for name in train_files for _ in load(name)]
    cc = [dict(it, everyday="counselchat") for it in counselchat()]
    gen = [] if args.no_general else [dict(it, everyday="general") for it in general()]
    al = [dict(it, everyday="alpaca") for it in alpaca()] if args.alpaca else []
    print(f"training: {len(items)} labelled + {len(cc)} CounselChat answers + {len(gen)} general pairs "
          f"+ {len(al)} Alpaca answers")
    items += cc + gen + al
    ew = everyday_weight(items, args.everyday_share)
    if args.everyday_share:
        print(f"everyday rows weighted {ew:.3f} (share {args.everyday_share})")
    item_files += [None] * (len(cc) + len(gen) + len(al))
    vals = {name: load(name) for name in VALIDATION if name not in train_files}
    threshold = args.threshold or None
    oof_pr = None
    if args.file_cv:
        # the committed design's rows (TRAIN, CounselChat, Alpaca's even rows) on the same folds; rows only it
        # trains on (Alpaca when the candidate goes without) are appended, outside the candidate's training
        assert all(n in train_files for n in TRAIN), "--file-cv compares with the committed design: TRAIN must be read"
        base_only = [] if args.alpaca else [dict(it, everyday="alpaca") for it in alpaca()]
        all_items = items + base_only
        all_files = item_files + [None] * len(base_only)
        n_cand = len(items)
        base_extra = np.zeros(len(all_items), bool)
        start = n_cand - len(cc) - len(gen) - len(al)
        base_extra[start:start + len(cc)] = True  # CounselChat
        base_extra[n_cand - len(al):n_cand] = bool(al)  # Alpaca (the candidate's)
        base_extra[n_cand:] = True  # Alpaca (the committed design's only)
        cand_mask = np.arange(len(all_items)) < n_cand
        xa = matrix(all_items)
        sizes: dict[str, int] = {}
        for f in all_files:
            if f is not None:
                sizes[f] = sizes.get(f, 0) + 1
        folds = file_folds(sizes, args.file_cv)
        assert args.everyday_folds or not args.everyday_per_source, "--everyday-per-source needs --everyday-folds"
        if args.everyday_folds:
            groups = everyday_groups(all_items, args.file_cv)
            all_files = [g if f is None else f for f, g in zip(all_files, groups)]
            folds.update({g: int(g.rsplit(":", 1)[1]) for g in groups if g is not None})
        t = file_cv(xa, all_items, all_files, folds, args.file_cv, args.c, TRAIN, base_extra, cand_mask,
                    threshold, args.file_cv_report, args.file_cv_target, ew, args.everyday_folds,
                    args.everyday_per_source)
        threshold = t if threshold is None else threshold
        x = xa[cand_mask]
    else:
        x = matrix(items)
    y = np.array([bool(it["unsafe"]) for it in items])
    if not args.file_cv and (args.cv or threshold is None or args.reason_threshold):
        rng = np.random.default_rng(7)
        fold = rng.integers(0, 5, len(items))
        oof = np.zeros(len(items))
        oof_pr = np.zeros((len(items), len(REPLY_FLAGS)))
        for k in range(5):
            m = train(x[fold != k], [it for it, f in zip(items, fold) if f != k], args.c)
            oof[fold == k], oof_pr[fold == k] = predict(m, x[fold == k])
        # the lowest threshold whose cross-validated precision is at least 0.9 (with --cv-foreign: over the
        # training pairs the foreign model reads)
        sel = np.array([rm._foreign(it["client"], it["reply"]) for it in items]) if args.cv_foreign else np.ones(len(items), bool)
        if args.cv_foreign:
            print(f"cv over {int(sel.sum())} foreign pairs ({int((sel & y).sum())} unsafe)")
        for t in np.arange(0.3, 0.96, 0.01):
            f = (oof >= t) & sel
            prec = (f & y).sum() / max(1, f.sum())
            print(f"  cv t={t:.2f} precision {prec:.3f} recall {(f & y).sum() / (sel & y).sum():.3f}") if args.cv else None
            if threshold is None and prec >= 0.9:
                threshold = float(t)
        threshold = 0.5 if threshold is None else threshold
    model = train(x, items, args.c, ew)
    model["threshold"] = threshold
    print(f"threshold {threshold:.2f}")
    if args.reason_threshold:
        sel = np.array([rm._foreign(it["client"], it["reply"]) for it in items]) if args.cv_foreign else np.ones(len(items), bool)
        model["reason_threshold"] = reason_thresholds(oof, oof_pr, y, sel, threshold, args.reason_threshold)
        if args.reason_lower_only:
            model["reason_threshold"] = np.minimum(model["reason_threshold"], threshold)
        print("reason thresholds: " + ", ".join(f"{r} {t:.2f}" for r, t in zip(model["reasons"], model["reason_threshold"])))
    report(model, x, items, threshold, "training data")
    for name, val in vals.items():
        report(model, matrix(val), val, threshold, f"validation ({name})")
    gval = general("general_val.jsonl")
    n_val = len(load("general_val.jsonl"))
    if gval:
        hit = flagged(model, *predict(model, matrix(gval)), threshold)
        runtime = hit & ~np.array([it["task"] for it in gval])
        print(f"general validation (general_val.jsonl, {n_val} pairs, {len(gval)} through the gate): "
              f"{int(hit.sum())} flagged ({hit.sum() / n_val:.3f} of all), "
              f"{int(runtime.sum())} as the runtime reads them ({runtime.sum() / n_val:.3f})")
    extra = {}
    if args.route_domain:
        extra = route_domain(sorted({it["client"] for name in train_files for it in load(name)}))
    if not args.no_save:
        path = Path(args.out).resolve() if args.out else rm.model_path()
        path.parent.mkdir(exist_ok=True)
        np.savez_compressed(path, encoder=np.array(rm.encoder_name()), coef=model["coef"].astype(np.float32),
                            intercept=np.float32(model["intercept"]),
                            reason_coef=model["reason_coef"].astype(np.float32),
                            reason_intercept=model["reason_intercept"].astype(np.float32),
                            reasons=model["reasons"], threshold=np.float32(threshold),
                            features=np.array(rm.FEATURES), route_foreign=np.array(bool(args.route_foreign)),
                            with_client=np.array(bool(args.client_embedding)), **extra,
                            **({"reason_threshold": model["reason_threshold"].astype(np.float32)}
                               if "reason_threshold" in model else {}))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
