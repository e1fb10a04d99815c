"""CPU cost per turn of the risk stage's sentence encoders (``risk_model.encoder_for``), on real
turns: CounselChat questions (``--source counselchat``, every distinct question, as the stage reads
them: ``model_input``) or the risk training turns (``--source train``: ``train_risk_minilm.TRAIN_FILES``).

    python bench/risk_encoder_cost.py [--encoders L6,USE] [--source counselchat] [--n 300] [--rounds 3] [--batch 8]

One BLAS thread and one onnxruntime thread (the service's: one thread per process), the embedding
cache off (``DP_MINILM_CACHE=0``): every text is encoded. Rounds interleave the encoders (A, B, A,
B...); printed: the median of the rounds' process CPU milliseconds per turn, one text per call and
``--batch`` texts per call (``prefetch`` encodes a batch's routed turns together), and the load time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ["DP_MINILM_CACHE"] = "0"
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from services.quality.checks.counselling.risk_model import encoder_for, model_input  # noqa: E402


def texts(source: str, n: int) -> list[str]:
    if source == "counselchat":
        from corpora import counselchat_records

        rows = [r.data for r in counselchat_records()]
        qs = [str(r.get("questionText") or "") for r in rows]
        out = list(dict.fromkeys(q for q in qs if q.strip()))
    else:
        from train_risk_minilm import TRAIN_FILES, load

        out = list(dict.fromkeys(it["text"] for it in load(TRAIN_FILES)))
    return [model_input(t) for t in out[:n]]


def cpu_per_turn(enc, xs: list[str], batch: int) -> float:
    c = time.process_time()
    for i in range(0, len(xs), batch):
        enc.encode_batch(xs[i:i + batch])
    return (time.process_time() - c) / len(xs) * 1e3


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--encoders", default="L6,USE")
    ap.add_argument("--source", choices=("counselchat", "train"), default="counselchat")
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--batch", type=int, default=8)
    args = ap.parse_args()
    xs = texts(args.source, args.n)
    names = args.encoders.split(",")
    encs, load = {}, {}
    for name in names:
        t = time.perf_counter()
        encs[name] = encoder_for(name)
        encs[name].encode_batch(xs[:4])  # warm
        load[name] = round(time.perf_counter() - t, 2)
    one: dict[str, list[float]] = {n: [] for n in names}
    many: dict[str, list[float]] = {n: [] for n in names}
    for _ in range(args.rounds):
        for name in names:
            one[name].append(cpu_per_turn(encs[name], xs, 1))
            many[name].append(cpu_per_turn(encs[name], xs, args.batch))
    print(json.dumps({
        "source": args.source, "turns": len(xs), "mean_chars": round(sum(map(len, xs)) / len(xs)),
        "rounds": args.rounds, "load_average": os.getloadavg()[0],
        "cpu_ms_per_turn_one_a_call": {n: round(statistics.median(v), 2) for n, v in one.items()},
        f"cpu_ms_per_turn_{args.batch}_a_call": {n: round(statistics.median(v), 2) for n, v in many.items()},
        "all_rounds": {n: [round(x, 2) for x in one[n] + many[n]] for n in names},
        "first_load_and_warm_s": load}, indent=1))


if __name__ == "__main__":
    main()
