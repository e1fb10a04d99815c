"""Train the screen in front of the learned reply stage's MiniLM pass
(``services/quality/checks/counselling/reply_screen.py``) from the reply stage's own decisions,
and write the screen of the reply encoder ``DP_REPLY_ENCODER`` names (``reply_model.screen_path``,
e.g. ``services/quality/models/reply_screen_L2-int8.npz``). Rerun it (with the same setting)
whenever that encoder's reply model is retrained: the screen names the reply model it was trained
for and is not used with another.

    python bench/train_reply_screen.py [--sharegpt-lines 0] [--sharegpt FILE] [--no-save]

1. The candidates (client turn, reply, client risk level) that the pipeline hands the reply stage
   (``reply_model.prefetch``/``flagged_reasons``, recorded while the quality checks run with the
   stage's decisions replaced by "safe") on: the labelled reply sets (every
   ``tests/support/labelled/replies_*.jsonl`` but the held-out ones), every CounselChat row, every
   row of ``alpaca_5000_subset.json`` (general chat), and only when asked the first
   ``--sharegpt-lines`` conversations of the e2e bench's gen.py ShareGPT file: by default the screen
   never sees the benchmark's text, so that the end-to-end figure is out of sample.
2. The stage's exact logit and decision on each (MiniLM embeddings, ``reply_model._decide``).
3. A ridge regression from the reply's word pieces (``reply_screen.columns``) to the embedding
   part of the logit (``e . coef_e``), its strength chosen by 5-fold cross-validation grouped by
   reply text.
4. The floors, one for replies whose features the screen knows well (``reply_screen.COVERAGE``)
   and one for the others: in each, the lowest score of a flagged candidate of the labelled sets
   and the score that keeps 99% of the flagged CounselChat and general-chat candidates, all scored
   out of fold (by a screen that did not see that reply, its coverage counted without it).
5. The final screen trained on everything, with those floors; the agreement figures (flags kept and
   lost, share of candidates sent to MiniLM) in and out of fold per corpus are printed.

Deterministic: the same inputs give the same file (fixed folds, a closed-form solver).
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first, and its model files written (bench/_checkout.py)
import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from corpora import COUNSELCHAT, SHAREGPT  # noqa: E402
from services.quality.checks.counselling import reply_model as rm  # noqa: E402
from services.quality.checks.counselling import reply_screen as rs  # noqa: E402

LABELLED = ROOT / "tests" / "support" / "labelled"
ALPACA = COUNSELCHAT.with_name("alpaca_5000_subset.json")  # real general chat, beside CounselChat
UNLABELLED = ["counselchat", "general", "sharegpt"]  # corpora whose flags are the stage's, not labels
KEEP_SHARE = 0.99  # of the flagged candidates of CounselChat and ShareGPT, out of fold
ALPHAS = (0.001, 0.003, 0.01, 0.03)
FOLDS = 5


def labelled_files() -> list[Path]:
    return sorted(p for p in LABELLED.glob("replies_*.jsonl") if "heldout" not in p.name)


def record(run) -> list[tuple[str, str, str]]:
    """The candidates the reply stage is handed while ``run()`` assesses conversations (its
    decisions replaced by "safe", so that MiniLM does not run here), each once, in order."""
    seen: dict[tuple[str, str, str], None] = {}
    prefetch, flagged = rm.prefetch, rm.flagged_reasons

    def record_prefetch(items):
        for client, reply, level in items:
            if rm.gate(client, reply, level):
                seen.setdefault((client, reply, level))
        return 0

    def record_flagged(client, reply, level):
        if rm.gate(client, reply, level):
            seen.setdefault((client, reply, level))
        return ()

    rm.prefetch, rm.flagged_reasons = record_prefetch, record_flagged
    try:
        run()
    finally:
        rm.prefetch, rm.flagged_reasons = prefetch, flagged
    return list(seen)


def candidates(sharegpt_lines: int, sharegpt: Path) -> dict[str, list[tuple[str, str, str]]]:
    from services.quality.assessor import Assessor
    from services.quality.checks import default_checks
    from services.quality.scoring import assess
    from shared.conversation import Conversation, Lineage, Message
    from shared.events import QualityOptions

    from corpora import counselchat_records, sharegpt_records, standardized

    checks = default_checks()
    out: dict[str, list[tuple[str, str, str]]] = {}
    for path in labelled_files():
        def run(path=path):
            for line in path.read_text().splitlines():
                item = json.loads(line)
                lineage = Lineage(dataset_id="l", source_name=path.name, source_sha256="0" * 64, record_index=0)
                assess(Conversation(id="x", original_format="labelled", lineage=lineage, messages=[
                    Message(role="user", content=item["client"]), Message(role="assistant", content=item["reply"])]),
                    checks)
        out[path.stem] = record(run)
    assessor = Assessor()
    options = QualityOptions()

    def corpus(conversations):
        def run():
            for i in range(0, len(conversations), 500):
                assessor.assess_batch(conversations[i:i + 500], options, 0.7, dedup=False)
        return record(run)

    out["counselchat"] = corpus(standardized(counselchat_records(), "cc"))
    if ALPACA.exists():  # general chat (instructions and answers): every row, as a user turn and its answer
        def run_general():
            lineage = Lineage(dataset_id="g", source_name=ALPACA.name, source_sha256="0" * 64, record_index=0)
            for row in json.loads(ALPACA.read_text()):
                client = f"{row.get('instruction', '')}\n{row.get('input', '')}".strip()
                reply = (row.get("output") or "").strip()
                if client and reply:
                    assess(Conversation(id="g", original_format="alpaca", lineage=lineage, messages=[
                        Message(role="user", content=client), Message(role="assistant", content=reply)]), checks)
        out["general"] = record(run_general)
    if sharegpt_lines and sharegpt.exists():
        out["sharegpt"] = corpus(standardized(sharegpt_records(sharegpt_lines, sharegpt), "sharegpt.jsonl"))
    else:
        print(f"no ShareGPT file at {sharegpt} (make bench-compare writes it): trained without it")
    return out


def stage(triples: list[tuple[str, str, str]], m: rm.ReplyModel) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(embedding part of the logit, cue rows, flagged?) of each candidate, as the stage reads it."""
    x = rm.features_batch([(c, r) for c, r, _ in triples], [lv for _, _, lv in triples])
    e_part = x[:, :rm.DIM].astype(np.float64) @ m.coef[:rm.DIM].astype(np.float64)
    flagged = np.array([bool(rm._decide(m, row, r)) for row, (_, r, _) in zip(x, triples)], dtype=bool)
    return e_part, x[:, rm.DIM:].astype(np.float64), flagged


def design(ids: list[np.ndarray], vocab: int):
    from scipy.sparse import csr_matrix

    cols = [rs.columns(i, vocab) for i in ids]
    data = np.concatenate([np.full(len(c), 1.0 / max(1, len(i))) for c, i in zip(cols, ids)])
    indptr = np.concatenate([[0], np.cumsum([len(c) for c in cols])])
    x = csr_matrix((data, np.concatenate(cols), indptr), shape=(len(ids), vocab + rs.BUCKETS))
    x.sum_duplicates()
    return x


def fit(x, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Ridge regression of the centred target (the bias is its mean, not penalised), by LSQR
    with damping sqrt(alpha): deterministic for the same inputs."""
    from scipy.sparse.linalg import lsqr

    mean = float(y.mean())
    w = lsqr(x, y - mean, damp=math.sqrt(alpha), atol=1e-10, btol=1e-10, iter_lim=20_000)[0]
    return w, mean


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sharegpt-lines", type=int, default=0,
                    help="also train on the first N conversations of the e2e bench's gen.py file (0: never, so that the end-to-end figure is measured on text the screen has not seen)")
    ap.add_argument("--sharegpt", type=Path, default=SHAREGPT, help="the gen.py ShareGPT file (bench/corpora.py's)")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--reuse-candidates", action="store_true",
                    help="read the candidates the last run of this checkout recorded (.local/reply_screen_candidates.json)")
    args = ap.parse_args()
    m = rm.model()
    if m is None:
        raise SystemExit("the reply stage is off (MiniLM weights or models/reply_minilm.npz missing)")
    cache = ROOT / ".local" / "reply_screen_candidates.json"  # this checkout's (/tmp is shared by checkouts)
    cache.parent.mkdir(exist_ok=True)
    if args.reuse_candidates and cache.exists():
        by_corpus = {k: [tuple(t) for t in v] for k, v in json.loads(cache.read_text()).items()}
    else:
        by_corpus = candidates(args.sharegpt_lines, args.sharegpt)
        cache.write_text(json.dumps(by_corpus))
    names = list(by_corpus)
    triples = [t for n in names for t in by_corpus[n]]
    corpus = np.array([n for n in names for _ in by_corpus[n]])
    print(f"encoder: {rm.encoder_name()} (DP_REPLY_ENCODER), screen for {rm.model_path().name}")
    print("candidates:", {n: len(v) for n, v in by_corpus.items()})

    stage_cache = ROOT / ".local" / f"reply_screen_stage_{rm.encoder_name()}.npz"  # the stage's reading: per encoder
    if args.reuse_candidates and stage_cache.exists():
        with np.load(stage_cache) as z:
            e_part, cue_rows, flagged = z["e_part"], z["cue_rows"], z["flagged"]
    else:
        e_part, cue_rows, flagged = stage(triples, m)
        np.savez(stage_cache, e_part=e_part, cue_rows=cue_rows, flagged=flagged)
    cue_part = cue_rows @ m.coef[rm.DIM:].astype(np.float64) + m.intercept
    threshold_logit = math.log(m.threshold / (1 - m.threshold))

    # one row per distinct (normalised) reply: the embedding part is a function of it alone
    replies = [rm._normalise(r) for _, r, _ in triples]
    distinct = sorted(set(replies))
    row_of = {r: i for i, r in enumerate(distinct)}
    at = np.array([row_of[r] for r in replies])
    target = np.zeros(len(distinct))
    target[at] = e_part
    tok = rs.tokenizer()
    vocab = tok.get_vocab_size()
    pieces = rs.pieces(tok, distinct)
    x = design(pieces, vocab)
    print(f"{len(distinct)} distinct replies")
    fold = np.array([int(hashlib.sha256(r.encode()).hexdigest()[:8], 16) % FOLDS for r in distinct])

    def out_of_fold(alpha: float) -> np.ndarray:
        pred = np.zeros(len(distinct))
        for k in range(FOLDS):
            w, b = fit(x[fold != k], target[fold != k], alpha)
            pred[fold == k] = x[fold == k] @ w + b
        return pred

    cols = [rs.columns(i, vocab) for i in pieces]

    def coverage(rows: np.ndarray, known: np.ndarray) -> np.ndarray:
        return np.array([known[cols[j]].mean() for j in rows])

    def known_in(rows: np.ndarray) -> np.ndarray:
        return np.asarray((x[rows] > 0).sum(0)).ravel() >= rs.SEEN_MIN

    oof_cov = np.zeros(len(distinct))
    for k in range(FOLDS):
        oof_cov[fold == k] = coverage(np.flatnonzero(fold == k), known_in(fold != k))

    def floors_for(score: np.ndarray, well_known: np.ndarray) -> tuple[float, float]:
        labelled = flagged & ~np.isin(corpus, UNLABELLED)
        out = []
        for part in (~well_known, well_known):
            floor = float(score[labelled & part].min()) if (labelled & part).any() else np.inf
            for name in UNLABELLED:
                f = flagged & (corpus == name) & part
                if f.any():  # the score that keeps KEEP_SHARE of them
                    floor = min(floor, float(np.quantile(score[f], 1 - KEEP_SHARE, method="lower")))
            out.append(floor - 1e-3)
        low = min(out)  # a part with no flag at all takes the other's (lower) floor
        return tuple(low if not np.isfinite(f) else f for f in out)

    oof_known = oof_cov[at] >= rs.COVERAGE
    corpora = np.isin(corpus, UNLABELLED)
    best = None
    for alpha in ALPHAS:  # the one that sends the fewest corpus candidates to MiniLM, out of fold
        pred = out_of_fold(alpha)
        rmse = float(np.sqrt(np.mean((pred - target) ** 2)))
        s = pred[at] + cue_part
        f = floors_for(s, oof_known)
        sent = float(np.mean(s[corpora] >= np.where(oof_known[corpora], f[1], f[0])))
        print(f"  alpha {alpha}: out-of-fold rmse {rmse:.3f}, floors {f[0]:.3f} / {f[1]:.3f}, "
              f"corpus candidates sent to MiniLM {sent:.3f}")
        if best is None or sent < best[1]:
            best = (alpha, sent, pred)
    alpha, _, oof = best

    oof_score = oof[at] + cue_part
    floors = floors_for(oof_score, oof_known)
    w, b = fit(x, target, alpha)
    known = known_in(np.arange(len(distinct)))
    score = (x @ w + b)[at] + cue_part
    final_known = coverage(np.arange(len(distinct)), known)[at] >= rs.COVERAGE
    figures = {}
    for label, s, kn in (("out_of_fold", oof_score, oof_known), ("final", score, final_known)):
        figures[label] = {}
        for name in names:
            sel = corpus == name
            kept = s[sel] >= np.where(kn[sel], floors[1], floors[0])
            figures[label][name] = {"candidates": int(sel.sum()), "sent_to_minilm": int(kept.sum()),
                                    "well_known": int(kn[sel].sum()),
                                    "flagged": int(flagged[sel].sum()), "flags_kept": int((kept & flagged[sel]).sum()),
                                    "flags_lost": int((~kept & flagged[sel]).sum())}
    print(json.dumps({"alpha": alpha, "threshold_logit": round(threshold_logit, 4),
                      "floors": [round(f, 4) for f in floors], "figures": figures}, indent=1))
    floor = np.where(final_known, floors[1], floors[0])
    lost = [(corpus[i], triples[i][1][:80]) for i in np.flatnonzero(flagged & (score < floor))]
    if lost:
        print("lost by the final screen:", lost)
    if not args.no_save:
        nonzero = np.flatnonzero(w)
        path = rm.screen_path()
        np.savez_compressed(path, vocab=np.int64(vocab), cols=nonzero.astype(np.int32),
                            weights=w[nonzero].astype(np.float32), bias=np.float64(b), floors=np.array(floors),
                            known=np.packbits(known),
                            cue_coef=m.coef[rm.DIM:].astype(np.float64), cue_intercept=np.float64(m.intercept),
                            reply_model=np.array(rs.digest(rm.model_path())))
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
