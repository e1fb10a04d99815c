"""Does the quality stage's memory level off over a long run? The stage keeps bounded memos
(``functools.lru_cache``, ``EmbeddingCache``) of texts it has read; this assesses ``--n`` distinct
conversations (a ShareGPT file from ``../shared/perf/gen.py``, generated if missing) in batches of
500, as the service does, and prints after every ``--every`` conversations the process's resident
memory and how full the memos are.

    python bench/quality_memory.py [--n 200000] [--every 20000] [--file gen.jsonl]

A bounded stage's RSS climbs while the memos fill and then stays flat; one that keeps growing
after every memo is full holds on to something it should not.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import functools
import gc
import json
import subprocess
import sys
import time
from pathlib import Path

from services.quality.assessor import Assessor
from services.quality.warmup import warm_up
from shared.events import QualityOptions

from corpora import shared_path, standardized  # bench/, on sys.path as the script's folder
from shared.events import RawRecord

GEN = shared_path("perf/gen.py")


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def memos() -> tuple[int, int]:
    """Entries held and entries allowed over every bounded lru_cache of the quality and shared
    packages' modules (module-level functions; per-instance caches are not reached)."""
    held = allowed = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith(("services.", "shared.")):
            continue
        for obj in vars(module).values():
            if isinstance(obj, functools._lru_cache_wrapper):
                info = obj.cache_info()
                if info.maxsize:
                    held += info.currsize
                    allowed += info.maxsize
    return held, allowed


def lines(path: Path, n: int):
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n:
                return
            yield RawRecord(index=i, data=json.loads(line))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--every", type=int, default=20_000)
    ap.add_argument("--file", type=Path, default=Path(".local/bench/memory-gen.jsonl"))
    args = ap.parse_args()
    if not args.file.exists() or sum(1 for _ in open(args.file)) < args.n:
        args.file.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(GEN), str(args.n), str(args.file)], check=True)
    assessor, options = Assessor(), QualityOptions(tiers=["structure", "content", "counselling"])
    warm_up(Assessor())
    gc.collect()
    print(json.dumps({"conversations": 0, "rss_mb": round(rss_mb()), "memo_entries": memos()[0],
                      "memo_capacity": memos()[1]}), flush=True)
    done, chunk, t0 = 0, [], time.perf_counter()
    for record in lines(args.file, args.n):
        chunk.append(record)
        if len(chunk) == args.every:
            conversations = standardized(chunk, "sharegpt.jsonl")
            for i in range(0, len(conversations), 500):
                assessor.assess_batch(conversations[i:i + 500], options, 0.7)
            done += len(chunk)
            chunk = []
            gc.collect()
            held, allowed = memos()
            print(json.dumps({"conversations": done, "rss_mb": round(rss_mb()), "memo_entries": held,
                              "memo_capacity": allowed, "seconds": round(time.perf_counter() - t0, 1)}), flush=True)


if __name__ == "__main__":
    main()
