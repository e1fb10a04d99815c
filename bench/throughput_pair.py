"""Two checkouts' quality throughput, interleaved: the cost gate for new patterns (docs/performance.md,
the thirty-sixth session).

    python bench/throughput_pair.py BASE_CHECKOUT TREE_CHECKOUT [--n 4000] [--pairs 3] [--min-ratio 0.95]

Runs each checkout's OWN ``bench/quality_throughput.py`` with ``PYTHONPATH`` at that checkout (``bench/_checkout.py``
puts a script's own checkout first, so one tree's script with another's path measures the script's tree), base then
tree, ``--pairs`` times, and prints each run's conversations per CPU-second (``process_time``: on a shared machine
the wall clock is waiting), the medians and their ratio. Exits 1 when the tree's median is below ``--min-ratio``
of the base's. A loaded machine lowers both sides: compare the ratio, not the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def one_run(checkout: Path, n: int) -> float:
    env = dict(os.environ, PYTHONPATH=str(checkout))
    out = subprocess.run([sys.executable, str(checkout / "bench" / "quality_throughput.py"), "--n", str(n), "--runs", "1"],
                         cwd=checkout, env=env, capture_output=True, text=True, check=True).stdout
    return float(json.loads(out)["conversations_per_cpu_s"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("base", type=Path)
    ap.add_argument("tree", type=Path)
    ap.add_argument("--n", type=int, default=4000, help="conversations a pass (CounselChat cycled; 2,129 rows)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--min-ratio", type=float, default=0.95)
    args = ap.parse_args()
    runs: dict[str, list[float]] = {"base": [], "tree": []}
    for i in range(args.pairs):
        for side, checkout in (("base", args.base), ("tree", args.tree)):
            runs[side].append(one_run(checkout.resolve(), args.n))
            load = os.getloadavg()[0]
            print(f"pair {i + 1} {side:4} {runs[side][-1]:8.0f} conversations per CPU-second "
                  f"({time.strftime('%H:%M:%S')}, load {load:.1f})", flush=True)
    base, tree = statistics.median(runs["base"]), statistics.median(runs["tree"])
    ratio = tree / base
    print(json.dumps({"base": runs["base"], "tree": runs["tree"], "base_median": base, "tree_median": tree,
                      "ratio": round(ratio, 3), "ok": ratio >= args.min_ratio}))
    return 0 if ratio >= args.min_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
