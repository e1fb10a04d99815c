"""CPU cost of the MiniLM risk stage on the client turns of ``bench/quality_throughput.py``
(CounselChat, the first ``--n`` conversations): per encoded turn and for the whole stage.

    python bench/minilm_cost.py [--n 3000] [--rounds 3]

* ``encode``: CPU milliseconds per turn that MiniLM reads, for the numpy forward pass one turn
  at a time (``minilm.MiniLM``, what ran before), onnxruntime one turn at a time and onnxruntime
  batched (``OnnxMiniLM.encode_batch``, what runs now); with the largest embedding difference
  (1 - cosine) from numpy.
* ``stage``: CPU seconds to tag every client turn of the conversations from cold caches (the
  risk caches are cleared before each pass), with the learned stage switched off (the char
  n-gram stage stands in, as with ``DP_RISK_MINILM=0``), with MiniLM in numpy one turn at a
  time, and with MiniLM on onnxruntime batched through ``risk_model.prefetch`` as
  ``Assessor.assess_batch`` does (batches of 500 conversations), without and with the encoder's
  exact embedding cache (``minilm.EmbeddingCache``, emptied before each pass: it only answers a
  text seen earlier in the same pass). The stage's cost is a pass minus the pass without it.

After one untimed pass of each (patterns and guards compile on first use), the
configurations alternate, ``--rounds`` times, and the medians are printed: CPU time, since
the machine is shared and wall time would be mostly waiting.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import csv
import json
import os
import statistics
import time
from pathlib import Path

import numpy as np

from services.quality.checks.counselling import crisis, minilm, risk, risk_model
from services.quality.checks.prefilter import Folded

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "counselchat_20200325.csv"


def client_turns(n: int) -> list[list[str]]:
    """The client turns ``turn_risk`` classifies, by conversation, as the quality bench builds them."""
    from services.standardization.standardize import standardize_records
    from shared.events import RawRecord

    with open(DATA, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    records = [RawRecord(index=i, data=rows[i % len(rows)] | {"questionID": str(i)}) for i in range(n)]
    conversations = standardize_records(records, dataset_id="bench", source_name="cc", source_sha256="0").conversations
    return [[m.content for m in c.messages if m.role == "user" and crisis.possible(Folded(m.content))]
            for c in conversations]


def _clear() -> None:
    for f in (crisis.risk_level, crisis.risk_category, risk_model.learned_category, risk_model.second_stage,
              risk.classify):
        f.cache_clear()


def _cpu(f) -> float:
    c = time.process_time()
    f()
    return time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    minilm._one_blas_thread()
    by_conversation = client_turns(args.n)
    m = risk_model.minilm_model()
    numpy_encoder, onnx_encoder = minilm.MiniLM(cache=0), minilm.OnnxMiniLM(cache=0)  # every call a forward pass
    seen = dict.fromkeys(t.replace("\u2019", "'") for turns in by_conversation for t in turns)
    read = [risk_model.model_input(t) for t in seen if not isinstance(risk_model._route(m, t), str)]
    tokens = [len(onnx_encoder.tokenizer.encode(t).ids) for t in read]

    reference = np.array([numpy_encoder.encode(t) for t in read])
    worst = float(1 - (onnx_encoder.encode_batch(read) * reference).sum(1).min())
    encode: dict[str, list[float]] = {"numpy": [], "onnx_one_at_a_time": [], "onnx_batched": []}

    def tag(batched: bool) -> None:
        for i in range(0, len(by_conversation), 500):
            turns = [t for ts in by_conversation[i:i + 500] for t in ts]
            if batched:
                risk_model.prefetch([t.replace("\u2019", "'") for t in turns])
            for t in turns:
                crisis.risk_level(t)

    def stage(config: str) -> float:
        _clear()
        os.environ["DP_RISK_MINILM"] = "0" if config == "off" else "1"
        risk_model.minilm_model.cache_clear()
        minilm._encoder = (lambda: numpy_encoder) if config == "numpy" else (lambda: onnx_encoder)
        onnx_encoder.cache = minilm.EmbeddingCache(minilm.CACHE if config == "onnx_cached" else 0)
        try:
            return _cpu(lambda: tag(batched=config.startswith("onnx")))
        finally:
            onnx_encoder.cache = minilm.EmbeddingCache(0)
            os.environ.pop("DP_RISK_MINILM", None)
            risk_model.minilm_model.cache_clear()
            _clear()

    passes: dict[str, list[float]] = {"off": [], "numpy": [], "onnx_batched": [], "onnx_cached": []}
    for config in passes:  # untimed: compiles the patterns and their guards once
        stage(config)
    for _ in range(args.rounds):
        encode["numpy"].append(_cpu(lambda: [numpy_encoder.encode(t) for t in read]) / len(read))
        encode["onnx_one_at_a_time"].append(_cpu(lambda: [onnx_encoder.encode(t) for t in read]) / len(read))
        encode["onnx_batched"].append(_cpu(lambda: onnx_encoder.encode_batch(read)) / len(read))
        for config in passes:
            passes[config].append(stage(config))
    med = {k: statistics.median(v) for k, v in passes.items()}
    print(json.dumps({
        "conversations": args.n, "client_turns_classified": sum(map(len, by_conversation)),
        "distinct": len(seen), "read_by_minilm": len(read), "mean_tokens": round(float(np.mean(tokens)), 1),
        "encode_cpu_ms_per_turn": {k: round(statistics.median(v) * 1e3, 2) for k, v in encode.items()},
        "max_1_minus_cosine_vs_numpy": worst,
        "tagging_cpu_s": {k: round(v, 3) for k, v in med.items()},
        "stage_cpu_s": {k: round(med[k] - med["off"], 3) for k in ("numpy", "onnx_batched", "onnx_cached")},
        "rounds": {k: [round(x, 3) for x in v] for k, v in passes.items()},
    }, indent=2))


if __name__ == "__main__":
    main()
