"""Quality throughput on one core, every check on: CounselChat rows (real counselling text)
converted, then assessed with PII redaction, dedup and all tiers.

    python bench/quality_throughput.py [--n 20000] [--profile]
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from pathlib import Path

from services.quality.assessor import Assessor
from services.quality.dedup import DedupIndex
from services.standardization.standardize import standardize_records
from shared.events import QualityOptions, RawRecord

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "counselchat_20200325.csv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    with open(DATA, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    records = [RawRecord(index=i, data=rows[i % len(rows)] | {"questionID": str(i)}) for i in range(args.n)]
    conversations = standardize_records(records, dataset_id="bench", source_name="cc", source_sha256="0").conversations
    chars = sum(len(m.content) for c in conversations for m in c.messages)
    assessor = Assessor()
    index = DedupIndex()
    options = QualityOptions()
    assessor.assess_batch(conversations[:10], options, 0.7, DedupIndex())  # load the language model

    def work():
        for i in range(0, len(conversations), 500):
            assessor.assess_batch(conversations[i:i + 500], options, 0.7, index)

    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("work()", globals(), locals(), "/tmp/quality.prof")
        pstats.Stats("/tmp/quality.prof").sort_stats("cumulative").print_stats(25)
        return
    t0 = time.perf_counter()
    work()
    elapsed = time.perf_counter() - t0
    print(json.dumps({"conversations": len(conversations), "mean_chars": round(chars / len(conversations)),
                      "seconds": round(elapsed, 2),
                      "conversations_per_s_per_core": round(len(conversations) / elapsed)}, indent=2))


if __name__ == "__main__":
    main()
