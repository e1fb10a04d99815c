"""Cheaper encoders for the learned reply stage (``reply_model.py``, ``DP_REPLY_ENCODER``): CPU per
encoded reply of MiniLM's first k layers, of the int8 graph with 7-bit weights, and of both,
against what the stage ran before (all six layers, float32, batched).

    python bench/minilm_slim.py [--n 1500] [--per 300] [--rounds 5]

Texts (short replies, as the stage reads them, ``reply_model._normalise``): up to ``--per`` each of
CounselChat answers short enough for the stage (``reply_model.short_enough``), the replies of the
labelled reply sets (never a held-out file) and the reply-stage candidates of the first ``--n``
gen.py ShareGPT conversations. Every encoder has its cache off (each text a forward pass); the
encoders alternate ``--rounds`` times over the same texts (A, B, C, ..., A, B, C, ...) and the
medians of CPU milliseconds per text are printed, with the mean word pieces per text and each
int8 encoder's embedding cosine to the float32 encoder of the same depth (min / mean).
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import json
import statistics
import time
from pathlib import Path

import numpy as np
from corpora import SHAREGPT, counselchat_records, sharegpt_records  # bench/
from minilm_int8 import candidates

from services.quality.checks.counselling import minilm
from services.quality.checks.counselling import reply_model as rm

LABELLED = Path(__file__).resolve().parents[1] / "tests" / "support" / "labelled"


def texts(n: int, per: int) -> dict[str, list[str]]:
    cc = [str(r.data.get("answerText", "")).strip() for r in counselchat_records(3000)]
    cc = sorted({rm._normalise(t) for t in cc if t and rm.short_enough(t)})
    labelled = sorted({rm._normalise(json.loads(line)["reply"]) for p in sorted(LABELLED.glob("replies_*.jsonl"))
                       if "heldout" not in p.name for line in p.read_text().splitlines() if line.strip()})
    gen = sorted({rm._normalise(r) for _, r, _ in candidates(sharegpt_records(n, SHAREGPT), "sharegpt.jsonl")})
    rng = np.random.default_rng(1)

    def pick(v: list[str]) -> list[str]:
        return [v[i] for i in sorted(rng.choice(len(v), min(per, len(v)), replace=False))]
    return {"counselchat": pick(cc), "labelled": pick(labelled), "gen_sharegpt": pick(gen)}


ENCODERS = {  # name -> OnnxMiniLM arguments
    "L6 fp32 (before)": {"layers": 6}, "L6 int8 8-bit": {"layers": 6, "int8": True, "bits": 8},
    "L6 int8 7-bit": {"layers": 6, "int8": True, "bits": 7},
    "L4 fp32": {"layers": 4}, "L3 fp32": {"layers": 3}, "L2 fp32": {"layers": 2},
    "L4 int8 7-bit": {"layers": 4, "int8": True, "bits": 7}, "L3 int8 7-bit": {"layers": 3, "int8": True, "bits": 7},
    "L2 int8 7-bit": {"layers": 2, "int8": True, "bits": 7},
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--per", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    minilm._one_blas_thread()
    sets = texts(args.n, args.per)
    encoders = {name: minilm.OnnxMiniLM(cache=0, int8=kw.get("int8", False), layers=kw["layers"],
                                        bits=kw.get("bits", 8)) for name, kw in ENCODERS.items()}
    tok = encoders["L6 fp32 (before)"].tokenizer
    out: dict = {"texts": {k: len(v) for k, v in sets.items()},
                 "mean_pieces": {k: round(float(np.mean([len(tok.encode(t).ids) for t in v])), 1) for k, v in sets.items()}}
    out["int8_cosine_to_fp32_same_depth"] = {}
    for name, enc in encoders.items():
        if enc.int8:
            ref = encoders[f"L{enc.depth} fp32" + (" (before)" if enc.depth == 6 else "")]
            cos = np.concatenate([(enc.encode_batch(v) * ref.encode_batch(v)).sum(1) for v in sets.values()])
            out["int8_cosine_to_fp32_same_depth"][name] = [round(float(cos.min()), 4), round(float(cos.mean()), 4)]
    cpu: dict[str, list[float]] = {name: [] for name in encoders}
    every = [t for v in sets.values() for t in v]
    for _ in range(args.rounds):
        for name, enc in encoders.items():
            c = time.process_time()
            enc.encode_batch(every)
            cpu[name].append((time.process_time() - c) / len(every))
    base = statistics.median(cpu["L6 fp32 (before)"])
    out["cpu_ms_per_text"] = {name: [round(statistics.median(v) * 1e3, 3), round(base / statistics.median(v), 2)]
                              for name, v in cpu.items()}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
