"""The int8 MiniLM graph against the float32 one (``minilm.py``, ``DP_MINILM_INT8``), on the texts
the two learned stages read: CPU per encoded text, embedding cosine, and what the reply stage
decides with each.

    python bench/minilm_int8.py [--n 3000] [--rounds 5] [--variants]

Texts: the distinct replies the reply stage is handed (``reply_model.gate`` candidates) on the
first ``--n`` gen.py ShareGPT conversations and CounselChat rows, and the CounselChat client turns
the risk stage reads (``risk_model.model_input``). Each encoder has its cache off (every text a
forward pass); the encoders alternate ``--rounds`` times over the same texts and the medians of
CPU milliseconds per text are printed. ``--variants`` adds graphs with only some of the four
weight products in int8 (``minilm.QUANTISED``).

Flips: every reply-stage candidate's decision (``reply_model._RESULTS`` after ``prefetch``,
screen off, so MiniLM decides every candidate) with the float32 and with the int8 encoder.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import json
import os
import statistics
import time

import numpy as np
from corpora import SHAREGPT, counselchat_records, sharegpt_records, standardized  # bench/
from minilm_cost import client_turns
from train_reply_screen import record

from services.quality.checks.counselling import minilm, risk_model
from services.quality.checks.counselling import reply_model as rm


def candidates(records, name):
    from services.quality.assessor import Assessor
    from shared.events import QualityOptions

    conversations = standardized(records, name)
    assessor, options = Assessor(), QualityOptions()

    def run():
        for i in range(0, len(conversations), 500):
            assessor.assess_batch(conversations[i:i + 500], options, 0.7, dedup=False)
    return record(run)


def decisions(items, encoder) -> list:
    rm._RESULTS.clear()
    minilm._encoder = lambda: encoder
    screen = rm.screen
    rm.screen = lambda: None
    try:
        for i in range(0, len(items), 500):
            rm.prefetch(items[i:i + 500])
        return [rm._RESULTS.get((c, r)) for c, r, _ in items]
    finally:
        rm.screen = screen


def main() -> None:
    # the six-layer encoder's int8 graph, and the reply stage as it reads that encoder (its own
    # two-layer encoder, ``DP_REPLY_ENCODER``'s default, is bench/minilm_slim.py's subject)
    os.environ["DP_REPLY_ENCODER"] = "L6"
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--variants", action="store_true")
    args = ap.parse_args()
    minilm._one_blas_thread()
    items = {"sharegpt": candidates(sharegpt_records(args.n, SHAREGPT), "sharegpt.jsonl"),
             "counselchat": candidates(counselchat_records(args.n), "cc")}
    m = risk_model.minilm_model()
    turns = dict.fromkeys(t.replace("\u2019", "'") for ts in client_turns(args.n) for t in ts)
    texts = {"sharegpt_replies": sorted({rm._normalise(r) for _, r, _ in items["sharegpt"]}),
             "counselchat_replies": sorted({rm._normalise(r) for _, r, _ in items["counselchat"]}),
             "counselchat_client_turns": [risk_model.model_input(t) for t in turns
                                          if not isinstance(risk_model._route(m, t), str)]}
    encoders = {"fp32": minilm.OnnxMiniLM(cache=0, int8=False), "int8": minilm.OnnxMiniLM(cache=0, int8=True)}
    if args.variants:
        for q in (("qkv", "o", "ff1"), ("o", "ff1", "ff2"), ("ff1", "ff2"), ("qkv", "ff1")):
            encoders["int8:" + "+".join(q)] = minilm.OnnxMiniLM(cache=0, int8=True, quantised=q)
    tok = encoders["fp32"].tokenizer
    out: dict = {"texts": {k: len(v) for k, v in texts.items()},
                 "mean_tokens": {k: round(float(np.mean([len(tok.encode(t).ids) for t in v])), 1)
                                 for k, v in texts.items()}}
    ref = {k: encoders["fp32"].encode_batch(v) for k, v in texts.items()}
    out["cosine_to_fp32"] = {}
    for name, enc in encoders.items():
        if name == "fp32":
            continue
        cos = {k: (enc.encode_batch(v) * ref[k]).sum(1) for k, v in texts.items()}
        out["cosine_to_fp32"][name] = {k: {"min": round(float(c.min()), 5), "p1": round(float(np.percentile(c, 1)), 5),
                                           "mean": round(float(c.mean()), 5)} for k, c in cos.items()}
    cpu: dict[str, dict[str, list[float]]] = {n: {k: [] for k in texts} for n in encoders}
    for _ in range(args.rounds):
        for k, v in texts.items():
            for name, enc in encoders.items():
                c = time.process_time()
                enc.encode_batch(v)
                cpu[name][k].append((time.process_time() - c) / len(v))
    out["cpu_ms_per_text"] = {n: {k: round(statistics.median(v) * 1e3, 3) for k, v in d.items()} for n, d in cpu.items()}
    fp, q = encoders["fp32"], encoders["int8"]
    out["reply_decisions"] = {}
    for corpus, its in items.items():
        a, b = decisions(its, fp), decisions(its, q)
        flips = [(c[:60], r[:100], x, y) for (c, r, _), x, y in zip(its, a, b) if bool(x) != bool(y)]
        out["reply_decisions"][corpus] = {"candidates": len(its), "flagged_fp32": sum(bool(x) for x in a),
                                          "flagged_int8": sum(bool(y) for y in b), "flips": len(flips),
                                          "reasons_differ": sum(1 for x, y in zip(a, b) if x != y),
                                          "flipped": flips[:20]}
    print(json.dumps(out, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
