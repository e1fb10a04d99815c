"""CPU cost of the learned reply stage alone (``reply_model.prefetch``) on the candidates the
pipeline hands it, with and without the encoder's exact embedding cache and the screen
(``reply_screen.py``), interleaved ``--rounds`` times (CPU time: the machine is shared).

    python bench/reply_stage_cost.py [--n 3000] [--rounds 3] [--sharegpt FILE]

The candidates of the first ``--n`` conversations (CounselChat, or a gen.py ShareGPT file) are
recorded once as ``bench/train_reply_screen.py`` does; each pass starts from empty caches (the
stage's results and the embedding cache), so the cache only answers a reply seen earlier in the
same pass. Prints per configuration the median CPU seconds, the candidates MiniLM read and the
candidates the screen decided, and whether every configuration gave the same flags.
"""

from __future__ import annotations

import argparse
import json
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
    encoder = minilm.encoder()
    screen = rm.screen()
    times: dict[str, list[float]] = {k: [] for k in CONFIGS}
    counts: dict[str, dict] = {}
    flags: dict[str, list] = {}

    def one(name: str) -> float:
        size, screened = CONFIGS[name]
        rm._RESULTS.clear()
        encoder.cache = minilm.EmbeddingCache(size)
        rm.screen.cache_clear()
        if not screened:
            rm.screen = lambda: None  # type: ignore[assignment]
        before = dict(rm.STAGE_COUNTS)
        try:
            c = time.process_time()
            for batch in batches:
                rm.prefetch(batch)
            spent = time.process_time() - c
            counts[name] = {k: rm.STAGE_COUNTS[k] - before[k] for k in ("encoded", "screened")}
            flags[name] = [rm._RESULTS.get((cl, r)) for cl, r, _ in items]
        finally:
            rm.screen = screen_fn
        return spent

    screen_fn = rm.screen
    assert screen is not None, "no screen: python bench/train_reply_screen.py"
    for name in CONFIGS:  # untimed: loads and warms
        one(name)
    for _ in range(args.rounds):
        for name in CONFIGS:
            times[name].append(one(name))
    print(json.dumps({"conversations": len(conversations), "candidates": len(items),
                      "distinct_replies": len({rm._normalise(r) for _, r, _ in items}),
                      "cpu_s": {k: round(statistics.median(v), 3) for k, v in times.items()},
                      "rounds": {k: [round(x, 3) for x in v] for k, v in times.items()},
                      "counts": counts,
                      "same_flags_as_old": {k: flags[k] == flags["old (no cache, no screen)"] for k in CONFIGS},
                      "flags": sum(1 for f in flags["old (no cache, no screen)"] if f),
                      "flags_lost": {k: sum(1 for a, b in zip(flags["old (no cache, no screen)"], flags[k]) if a and not b)
                                     for k in CONFIGS}}, indent=1))


if __name__ == "__main__":
    main()
