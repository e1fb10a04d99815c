"""Standardization throughput on one core: N ShareGPT conversations through detection,
conversion and normalisation, in batches as the service receives them.

    python bench/standardization_throughput.py --n 100000

Also times the batch event's JSON parse and serialisation (pydantic), which the service
pays per Kafka message. A benchmark, not a test.
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)

import argparse
import json
import random
import time

from services.standardization.standardize import standardize_records
from shared.events import BatchAcquired, BatchStandardized, RawRecord

FEELINGS = ["anxious", "exhausted", "lonely", "overwhelmed", "numb", "angry", "hopeless", "restless"]


def sharegpt(i: int, rng: random.Random) -> dict:
    turns = []
    for t in range(rng.randint(1, 3)):
        f = rng.choice(FEELINGS)
        turns.append({"from": "human", "value": f"Lately I feel {f} ({i}.{t}) and I can't tell anyone."})
        turns.append({"from": "gpt", "value": f"It sounds like being {f} is weighing on you. What helps a little?"})
    return {"id": f"c{i}", "conversations": turns}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--batch-size", type=int, default=500)
    args = ap.parse_args()
    rng = random.Random(3)
    records = [RawRecord(index=i, data=sharegpt(i, rng)) for i in range(args.n)]
    batches = [records[i:i + args.batch_size] for i in range(0, args.n, args.batch_size)]

    t0 = time.perf_counter()
    conversations = 0
    for b in batches:
        conversations += len(standardize_records(b, dataset_id="bench", source_name="bench.json",
                                                 source_sha256="0").conversations)
    convert_s = time.perf_counter() - t0

    # The same work as the service does per message, including (de)serialisation.
    t0 = time.perf_counter()
    for b in batches:
        raw = BatchAcquired(run_id="r", producer="bench", batch_index=0, quality_threshold=0.7, dataset_id="bench",
                            source_name="bench.json", source_sha256="0", file_format="json",
                            records=b).model_dump_json()
        event = BatchAcquired.model_validate_json(raw)
        result = standardize_records(event.records, dataset_id=event.dataset_id, source_name=event.source_name,
                                     source_sha256=event.source_sha256)
        BatchStandardized(**event.header(), producer="bench", conversations=result.conversations,
                          records_in=len(event.records), records_converted=result.records_converted,
                          rejected=len(result.rejects)).model_dump_json()
    service_s = time.perf_counter() - t0
    print(json.dumps({
        "n": args.n, "conversations": conversations, "batch_size": args.batch_size,
        "convert_s": round(convert_s, 2), "conversations_per_s_per_core": round(conversations / convert_s),
        "with_event_parse_and_serialise_s": round(service_s, 2),
        "service_conversations_per_s_per_core": round(conversations / service_s),
    }, indent=2))


if __name__ == "__main__":
    main()
