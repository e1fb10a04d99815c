"""CPU cost of the learned reply stage alone (``reply_model.prefetch``) on the candidates the
pipeline hands it, with and without the encoder's exact embedding cache and the screen
(``reply_screen.py``), interleaved ``--rounds`` times (CPU time: the machine is shared).

    python bench/reply_stage_cost.py [--n 3000] [--rounds 3] [--sharegpt FILE] [--encoders L6,L2-int8]

The candidates of the first ``--n`` conversations (CounselChat, or a gen.py ShareGPT file) are
recorded once as ``bench/train_reply_screen.py`` does; each pass starts from empty caches (the
stage's results and the embedding cache), so the cache only answers a reply seen earlier in the
same pass. Prints per configuration the median CPU seconds, the candidates MiniLM read and the
candidates the screen decided, and whether every configuration gave the same flags.
``--encoders``: the reply stage's encoders (``DP_REPLY_ENCODER`` values, each with its own model
and screen) to measure, interleaved in each round (default: the current setting alone); flags are
compared within an encoder, and ``flags_vs_first`` counts the candidates whose flag differs from
the first encoder's.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import json
import os
import statistics
import time
from pathlib import Path

from corpora import counselchat_records, sharegpt_records, standardized  # bench/, the script's folder
from train_reply_screen import record

from services.quality.checks.counselling import minilm
from services.quality.checks.counselling import reply_model as rm

CONFIGS = {"old (no cache, no screen)": (0, False), "cache": (minilm.CACHE, False),
           "cache + screen": (minilm.CACHE, True)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sharegpt", type=Path)
    ap.add_argument("--encoders", help="comma-separated DP_REPLY_ENCODER values to interleave (default: the setting)")
    args = ap.parse_args()
    from services.quality.assessor import Assessor
    from shared.events import QualityOptions

    records = sharegpt_records(args.n, args.sharegpt) if args.sharegpt else counselchat_records(args.n)
    conversations = standardized(records, "sharegpt.jsonl" if args.sharegpt else "cc")
    assessor, options = Assessor(), QualityOptions()

    def run():
        for i in range(0, len(conversations), 500):
            assessor.assess_batch(conversations[i:i + 500], options, 0.7, dedup=False)

    items = record(run)
    batches = [items[i:i + 500] for i in range(0, len(items), 500)]
    encoders = args.encoders.split(",") if args.encoders else [rm.encoder_name()]
    names = [(e, c) for e in encoders for c in CONFIGS]
    label = {(e, c): (f"{e}: {c}" if len(encoders) > 1 else c) for e, c in names}
    times: dict = {k: [] for k in names}
    counts: dict = {}
    flags: dict = {}
    screen_fn = rm.screen

    def use(enc: str) -> None:
        os.environ["DP_REPLY_ENCODER"] = enc
        rm.model.cache_clear()
        screen_fn.cache_clear()
        assert rm.model() is not None and screen_fn() is not None, f"{enc}: no model or screen"

    def one(key) -> float:
        enc, name = key
        use(enc)
        size, screened = CONFIGS[name]
        rm._RESULTS.clear()
        rm.reply_encoder().cache = minilm.EmbeddingCache(size)
        if not screened:
            rm.screen = lambda: None  # type: ignore[assignment]
        before = dict(rm.STAGE_COUNTS)
        try:
            c = time.process_time()
            for batch in batches:
                rm.prefetch(batch)
            spent = time.process_time() - c
            counts[key] = {k: rm.STAGE_COUNTS[k] - before[k] for k in ("encoded", "screened")}
            flags[key] = [rm._RESULTS.get((cl, r)) for cl, r, _ in items]
        finally:
            rm.screen = screen_fn
        return spent

    for key in names:  # untimed: loads and warms
        one(key)
    for _ in range(args.rounds):
        for key in names:
            times[key].append(one(key))
    old = {e: flags[(e, "old (no cache, no screen)")] for e in encoders}
    first = old[encoders[0]]
    print(json.dumps({"conversations": len(conversations), "candidates": len(items),
                      "distinct_replies": len({rm._normalise(r) for _, r, _ in items}),
                      "cpu_s": {label[k]: round(statistics.median(v), 3) for k, v in times.items()},
                      "rounds": {label[k]: [round(x, 3) for x in v] for k, v in times.items()},
                      "counts": {label[k]: v for k, v in counts.items()},
                      "same_flags_as_old": {label[k]: flags[k] == old[k[0]] for k in names},
                      "flags": {e: sum(1 for f in old[e] if f) for e in encoders},
                      "flags_lost": {label[k]: sum(1 for a, b in zip(old[k[0]], flags[k]) if a and not b) for k in names},
                      "flags_vs_first": {e: sum(1 for a, b in zip(first, old[e]) if bool(a) != bool(b)) for e in encoders}},
                     indent=1))

if __name__ == "__main__":
    main()
