"""The quality stage on the end-to-end benchmark's text, warm: conversations per CPU-second.

A warm pass of ``W`` gen.py ShareGPT conversations (models loaded, caches as a running service
has them), then ``N`` more timed with ``time.process_time``, in batches of 500 as the service
scores them. Every check on unless ``--tiers`` names fewer (``QualityOptions.tiers``).
``--profile KEY`` prints a cProfile of the timed part sorted by KEY (``tottime``, ``cumtime``).

    python bench/quality_warm.py [N=6000] [W=3000] [--tiers structure,content] [--profile tottime]
        [--file .local/bench/sharegpt_100000_48b6c40d.jsonl]

The file is the one ``make bench-compare`` writes (``bench/compare.py``). This is the command
the figures in ``docs/performance.md`` call ``profwarm.py`` (the same code, before it was here).
Compare code versions in interleaved rounds (A, B, A, B) in the same minutes: these machines
are shared and noisy.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import sharegpt_records, standardized  # noqa: E402

from services.quality.assessor import Assessor  # noqa: E402
from shared.events import QualityOptions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = ROOT / ".local" / "bench" / "sharegpt_100000_48b6c40d.jsonl"
BATCH = 500


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", nargs="?", type=int, default=6000, help="conversations timed")
    ap.add_argument("w", nargs="?", type=int, default=3000, help="conversations of the warm pass before them")
    ap.add_argument("--tiers", default="", help="comma-separated quality tiers (default: every tier)")
    ap.add_argument("--profile", default="", help="print a cProfile of the timed part, sorted by this key")
    ap.add_argument("--file", type=Path, default=DEFAULT_FILE, help="a gen.py ShareGPT JSONL file")
    args = ap.parse_args()
    if not args.file.exists():
        sys.exit(f"no file at {args.file}: `make bench-compare` writes it (or pass --file)")
    options = QualityOptions(tiers=args.tiers.split(",")) if args.tiers else QualityOptions()
    conversations = standardized(sharegpt_records(args.n + args.w, args.file), "sharegpt.jsonl")
    assessor = Assessor()

    def run(part):
        for i in range(0, len(part), BATCH):
            assessor.assess_batch(part[i:i + BATCH], options, 0.7)

    started = time.process_time()
    run(conversations[:args.w])
    print(f"warm {args.w} conversations: {time.process_time() - started:.2f} CPU-s", file=sys.stderr)
    timed = conversations[args.w:]
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run, timed)
        pstats.Stats(profiler).sort_stats(args.profile).print_stats(45)
        return
    started = time.process_time()
    run(timed)
    took = time.process_time() - started
    print(f"measured {len(timed)} conversations: {took:.2f} CPU-s, {len(timed) / took:.0f} conversations per CPU-second "
          f"(tiers: {','.join(options.tiers)})")


if __name__ == "__main__":
    main()
