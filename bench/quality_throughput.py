"""Quality throughput on one core, every check on: CounselChat rows (real counselling text)
converted, then assessed with PII redaction, dedup and all tiers.

    python bench/quality_throughput.py [--n 20000] [--no-dedup] [--runs 3] [--profile] [--sharegpt FILE]
                                       [--tiers structure,content] [--no-warm-up] [--no-settle]

Before the timed part it runs the quality service's start-up warm-up (``services/quality/warmup.py``:
invented conversations, so the guards, prescreens and models the checks build on first use exist, as
they do in the service before its first batch); ``--no-warm-up`` leaves that work in the timed pass.
Then, as the service does (``shared/service.py``, the broker's heap middleware), it settles the heap
(``shared.heap``: a collection, then ``gc.freeze``) once started and after the 1st, 4th, 16th and 64th
batch; ``--no-settle`` leaves the collector on every object (the bench's reading before 2026-12-07).

``--sharegpt FILE`` assesses the first ``--n`` lines of a ShareGPT JSONL file instead (the
end-to-end benchmark's text: ``../shared/perf/gen.py``), standardized as the pipeline does.

``--no-dedup`` assesses without dedup signatures (``dedup=False``): the checks, PII, risk
and therapeutic scoring alone. ``--runs`` times the whole pass that many times and reports
the median, since a shared machine is noisy. ``--tiers`` assesses with only these quality tiers
(``QualityOptions.tiers``; all three by default).
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import json
import statistics
import time
from pathlib import Path

from services.quality.assessor import Assessor
from services.quality.warmup import warm_up
from shared.heap import HeapSettler, settle
from shared.native import NATIVE
from shared.events import QualityOptions

from corpora import counselchat_records, sharegpt_records, standardized  # bench/, on sys.path as the script's folder

def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-dedup", action="store_true", help="assess with dedup=False (no signatures)")
    ap.add_argument("--runs", type=int, default=1, help="time this many passes, report the median")
    ap.add_argument("--sharegpt", type=Path, help="a ShareGPT JSONL file (gen.py's) instead of CounselChat")
    ap.add_argument("--tiers", default="structure,content,counselling", help="quality tiers, comma-separated")
    ap.add_argument("--no-settle", action="store_true",
                    help="leave the collector on every object, as this bench did before the thirty-fourth session "
                         "(the service freezes its heap after start-up and after its 1st, 4th, 16th and 64th "
                         "message: shared.heap)")
    ap.add_argument("--no-warm-up", action="store_true",
                    help="skip the service's start-up warm-up: the guards, prescreens and models the checks build "
                         "on first use are built in the timed pass (only 10 conversations are assessed before it, "
                         "to load the language model; the figures before 2026-12-03 evening)")
    args = ap.parse_args()
    records = sharegpt_records(args.n, args.sharegpt) if args.sharegpt else counselchat_records(args.n)
    conversations = standardized(records, "sharegpt.jsonl" if args.sharegpt else "cc")
    chars = sum(len(m.content) for c in conversations for m in c.messages)
    assessor = Assessor()
    options = QualityOptions(tiers=args.tiers.split(","))
    if args.no_warm_up:
        assessor.assess_batch(conversations[:10], options, 0.7)  # load the language model
    else:
        warm_up(Assessor())  # what the service does while starting (services/quality/warmup.py)
    settler = None if args.no_settle else HeapSettler()
    if settler is not None:
        settle("start-up")  # as shared/service.py does once the service has started

    def work():
        for i in range(0, len(conversations), 500):
            assessor.assess_batch(conversations[i:i + 500], options, 0.7, dedup=not args.no_dedup)
            if settler is not None:
                settler.message_done()  # as the broker's heap middleware does after each message

    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("work()", globals(), locals(), "/tmp/quality.prof")
        pstats.Stats("/tmp/quality.prof").sort_stats("cumulative").print_stats(25)
        return
    times, cpu = [], []
    for _ in range(args.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        work()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    elapsed = statistics.median(times)
    print(json.dumps({"conversations": len(conversations), "mean_chars": round(chars / len(conversations)),
                      "dedup": not args.no_dedup, "runs": [round(t, 2) for t in times],
                      "cpu_runs": [round(t, 2) for t in cpu],
                      "seconds": round(elapsed, 2),
                      "conversations_per_s_per_core": round(len(conversations) / elapsed),
                      # CPU seconds of this process: on a loaded machine wall time is waiting
                      "cpu_seconds": round(statistics.median(cpu), 2),
                      "conversations_per_cpu_s": round(len(conversations) / statistics.median(cpu)),
                      "tiers": options.tiers, "warm_up": not args.no_warm_up, "settle": settler is not None,
                      "native": NATIVE is not None}, indent=2))


if __name__ == "__main__":
    main()
