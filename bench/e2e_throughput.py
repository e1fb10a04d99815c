"""End-to-end throughput: N synthetic conversations through the running system.

    make up && python bench/e2e_throughput.py --n 100000 [--batch-size 500]

Writes a JSONL of N counselling-style conversations (OpenAI ``messages``, 4-6 turns),
uploads it through the gateway, runs the pipeline and waits for completion. Prints the
wall time from ``execute`` to ``completed`` and conversations/second. A benchmark, not a
test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "deploy" / "local"))

OPENERS = ["I've been feeling", "Lately I am", "Since the move I feel", "At work I'm", "With my family I feel"]
FEELINGS = ["anxious", "exhausted", "lonely", "overwhelmed", "numb", "angry", "hopeless", "restless"]
REFLECTIONS = ["It sounds like", "I hear that", "That must be hard: it seems", "What I'm noticing is that"]


def synthetic(i: int, rng: random.Random) -> dict:
    messages = [{"role": "system", "content": "You are a supportive counsellor."}]
    for turn in range(rng.randint(2, 3)):
        feeling = rng.choice(FEELINGS)
        messages.append({"role": "user", "content": f"{rng.choice(OPENERS)} {feeling} ({i}.{turn}). "
                                                    "I don't know what to do about it anymore."})
        messages.append({"role": "assistant", "content": f"{rng.choice(REFLECTIONS)} you feel {feeling}. "
                                                         "When did you first notice it, and what helps even a little?"})
    return {"messages": messages}


def write_dataset(n: int, path: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    with open(path, "w") as fh:
        for i in range(n):
            fh.write(json.dumps(synthetic(i, rng)) + "\n")


async def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--gateway", default=os.environ.get("DP_GATEWAY_URL", "http://127.0.0.1:8000"))
    ap.add_argument("--api-key", default=os.environ.get("DP_ADMIN_API_KEY"))
    args = ap.parse_args()
    if not args.api_key:
        import stack

        args.api_key = stack.local_env()["DP_ADMIN_API_KEY"]

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"synthetic_{args.n}.jsonl"
        write_dataset(args.n, path)
        size_mb = path.stat().st_size / 1e6
        headers = {"Authorization": f"Bearer {args.api_key}"}
        async with httpx.AsyncClient(base_url=args.gateway, headers=headers, timeout=600) as client:
            t0 = time.perf_counter()
            with open(path, "rb") as fh:
                r = await client.post("/api/v1/pipeline/upload", files={"file": (path.name, fh)})
            r.raise_for_status()
            t_upload = time.perf_counter() - t0
            t1 = time.perf_counter()
            r = await client.post("/api/v1/pipeline/execute", json={
                "dataset_ids": [r.json()["dataset_id"]], "quality_threshold": 0.7, "batch_size": args.batch_size})
            r.raise_for_status()
            run_id = r.json()["run_id"]
            while True:
                status = (await client.get(f"/api/v1/pipeline/status/{run_id}")).json()
                if status["status"] in ("completed", "failed", "cancelled"):
                    break
                await asyncio.sleep(0.25)
            elapsed = time.perf_counter() - t1
    c = status["counts"]
    print(json.dumps({
        "n": args.n, "batch_size": args.batch_size, "file_mb": round(size_mb, 1), "status": status["status"],
        "upload_s": round(t_upload, 2), "run_s": round(elapsed, 2),
        "conversations_per_s": round(c["conversations"] / elapsed, 1), "counts": c,
    }, indent=2))
    return 0 if status["status"] == "completed" else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
