"""What one batch costs at each Kafka hop outside the quality checks: CPU milliseconds (process
time, median of rounds) to encode and decode each batch event and to convert the records, on a
batch of gen.py ShareGPT conversations, in a process that has imported what a service imports.

    python bench/hop_costs.py [--file .local/bench/sharegpt_100000_48b6c40d.jsonl] [--n 500] [--gc frozen]

``--gc frozen`` settles the heap first as the services do (``shared.heap.settle``); ``default``
leaves the collector as Python starts it. Interleave runs of both (and of two commits) on a
shared machine. A benchmark, not a test.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import gc
import shutil
import statistics
import sys
import time
from pathlib import Path

import orjson
from pydantic_core import to_json

import services.production.handlers  # noqa: F401 - the heap a service has
import services.quality.handlers  # noqa: F401
import services.standardization.handlers  # noqa: F401
import shared.service  # noqa: F401
from services.acquisition.readers import _loads
from services.production.export import write_part
from services.standardization.standardize import standardize_records
from shared.events import BatchAcquired, BatchStandardized, BatchValidated, ConversationVerdict, RawRecord
from shared.heap import settle


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default=".local/bench/sharegpt_100000_48b6c40d.jsonl")
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=5, help="calls per round")
    ap.add_argument("--gc", choices=("default", "frozen"), default="frozen")
    ap.add_argument("cases", nargs="*")
    args = ap.parse_args()

    with open(args.file, "rb") as fh:
        lines = [fh.readline() for _ in range(args.n)]
    records = [RawRecord(index=i, data=_loads(line, line.decode())) for i, line in enumerate(lines)]
    head = dict(run_id="r1", producer="acquisition", batch_index=3, quality_threshold=0.7, dataset_id="d1",
                source_name="s.jsonl", source_sha256="ab" * 32)
    acquired = BatchAcquired(**head, file_format="jsonl", records=records)
    acquired_bytes = to_json(acquired)
    decoded = BatchAcquired.model_validate(orjson.loads(acquired_bytes))
    result = standardize_records(decoded.records, dataset_id="d1", source_name="s.jsonl", source_sha256="ab" * 32)
    standardized = BatchStandardized(**decoded.header(), producer="standardization",
                                     conversations=result.conversations, records_in=len(records),
                                     records_converted=result.records_converted, rejected=len(result.rejects),
                                     formats=dict(result.formats))
    standardized_bytes = to_json(standardized)
    conversations = BatchStandardized.model_validate_json(standardized_bytes).conversations
    verdicts = [ConversationVerdict(id=c.id, score=0.8, passed=True) for c in conversations]
    validated = BatchValidated(**decoded.header(), producer="quality", conversations=conversations,
                               verdicts=verdicts, signatures="A" * (len(conversations) * 184))
    validated_bytes = to_json(validated)
    export_dir = Path("/tmp") / f"hop_costs_{time.time_ns()}"

    cases = {
        "acquisition.encode": lambda: to_json(acquired),
        "standardization.decode": lambda: BatchAcquired.model_validate(orjson.loads(acquired_bytes)),
        "standardization.convert": lambda: standardize_records(decoded.records, dataset_id="d1",
                                                               source_name="s.jsonl", source_sha256="ab" * 32),
        "standardization.encode": lambda: to_json(standardized),
        "quality.decode": lambda: BatchStandardized.model_validate_json(standardized_bytes),
        "quality.encode": lambda: to_json(validated),
        "production.decode": lambda: BatchValidated.model_validate_json(validated_bytes),
        "production.write_part": lambda: write_part(export_dir, "r1", 0, conversations),
    }
    print(f"gc={args.gc} n={len(records)} conversations={len(conversations)} tracked objects={len(gc.get_objects())}",
          file=sys.stderr)
    if args.gc == "frozen":
        settle("bench")
    for name in args.cases or cases:
        fn = cases[name]
        per_round = []
        for _ in range(args.rounds):
            started = time.process_time()
            for _ in range(args.repeat):
                fn()
            per_round.append((time.process_time() - started) / args.repeat * 1000)
        print(f"{name:26s} {statistics.median(per_round):8.2f} ms")
    shutil.rmtree(export_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
