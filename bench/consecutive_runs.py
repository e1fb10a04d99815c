"""Consecutive runs of one file: does a run slow down as the stored data grows?

    make up && make bench-history [N=20000] [RUNS=10]
    .venv/bin/python bench/consecutive_runs.py --n 20000 --runs 10 [--start-stack]

Generates N ShareGPT conversations with the peer benchmark's generator (``PERF_DIR/gen.py``,
the same file ``bench/compare.py`` uses, kept under ``WORK_DIR``), uploads it once through the
gateway, then executes RUNS runs over it one after the other (each after the previous one
completed), with ``quality_threshold: 0`` and every quality check on. Prints each run's wall
time (execute to completed) and conversations/s, and the ratio last/first of conversations/s:
the goal is that the last (tenth) run is within 15% of the first (ratio >= 0.85). The ratio
last/second is printed too: on a fresh stack the first run is the cold one (each quality replica's
text memo and embedding caches fill on it, and the later runs repeat its text), so a slowdown as
stored data grows shows against the second run, not the first. Then one JSON object, also saved as
``WORK_DIR/history-<time>.json``.

Needs a running stack (``make up``); ``--start-stack`` starts one if none answers at
``--gateway`` and stops it afterwards (as bench/compare.py does), after one untimed warm-up
run on 1,000 other conversations (``--warmup``: its first run would pay for the consumers
joining their groups). A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import compare  # noqa: E402

TARGET_RATIO = 0.85  # the last run within 15% of the first


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=20_000, help="conversations in the file (default %(default)s)")
    ap.add_argument("--runs", type=int, default=10, help="consecutive runs (default %(default)s)")
    compare.add_stack_arguments(ap)
    ap.add_argument("--start-stack", action="store_true",
                    help="start a stack if none answers at --gateway, and stop it afterwards")
    ap.add_argument("--service-base-port", type=int, default=9101,
                    help="first of the 4 service ports if --start-stack starts one (default %(default)s)")
    ap.add_argument("--out", type=Path, default=None, help="where to save the JSON (default WORK_DIR/history-<time>.json)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    return args


def summarize_runs(runs: list[dict]) -> dict:
    """First, last, ratio last/first (conversations/s) and whether it meets the 15% goal; ratio
    last/second (the first warm run), None with fewer than three runs."""
    rates = [r["conversations_per_s"] for r in runs if r.get("status") == "completed"]
    if not rates:
        return {"runs": len(runs), "completed": 0, "first_per_s": None, "last_per_s": None,
                "ratio_last_first": None, "ratio_last_second": None, "within_15pct": None,
                "min_per_s": None, "max_per_s": None}
    last_first = compare.ratio(rates[-1], rates[0])
    return {
        "runs": len(runs), "completed": len(rates), "first_per_s": rates[0], "last_per_s": rates[-1],
        "ratio_last_first": last_first,
        "ratio_last_second": compare.ratio(rates[-1], rates[1]) if len(rates) >= 3 else None,
        "within_15pct": None if last_first is None or len(rates) < 2 else last_first >= TARGET_RATIO,
        "min_per_s": min(rates), "max_per_s": max(rates),
    }


def format_runs_table(runs: list[dict], summary: dict) -> str:
    lines = [f"{'run':>4}  {'status':9}  {'wall s':>8}  {'conversations/s':>15}  {'exported':>9}"]
    for i, r in enumerate(runs, 1):
        lines.append(f"{i:>4}  {r['status']:9}  {r['run_s']:>8.2f}  {compare._fmt(r.get('conversations_per_s'), ',.1f'):>15}"
                     f"  {r.get('exported', 0):>9}")
    verdict = {True: "goal met: the last run at least 0.85 x the first", False: "slower by more than 15%",
               None: "nothing to compare"}[summary["within_15pct"]]
    lines.append(f"last/first: {compare._fmt(summary['ratio_last_first'], '.3f')} ({verdict})")
    if summary.get("ratio_last_second") is not None:
        lines.append(f"last/second: {compare._fmt(summary['ratio_last_second'], '.3f')} (the first run warms the caches)")
    return "\n".join(lines)


async def consecutive(gateway: str, api_key: str, path: Path, runs: int, *, batch_size: int, poll: float,
                      warmup: int = 0, idle_timeout: float = 600.0) -> tuple[dict, list[dict]]:
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"}
    results: list[dict] = []
    async with httpx.AsyncClient(base_url=gateway, headers=headers, timeout=600) as client:
        await compare.wait_until_idle(client, idle_timeout)
        await compare.warm_up(client, path.parent, warmup, batch_size=batch_size, poll=poll)
        dataset, upload_s = await compare.upload(client, path)
        compare.log(f"uploaded {path.name} in {upload_s:.1f} s: dataset {dataset['dataset_id']}")
        for i in range(runs):
            r = await compare.execute_and_wait(client, dataset["dataset_id"], batch_size=batch_size, poll=poll)
            results.append(r)
            compare.log(f"run {i + 1}/{runs}: {r['status']} in {r['run_s']} s, {r['conversations_per_s']} conversations/s")
            if r["status"] != "completed":
                compare.log(f"run {r['run_id']} ended {r['status']}: {r.get('error')}; stopping")
                break
    return {"dataset_id": dataset["dataset_id"], "upload_s": round(upload_s, 2)}, results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, compare._terminate)
    work_dir = args.work_dir.resolve()
    path = compare.generated_file(args.perf_dir, work_dir, args.n, not args.plain_gen)
    started = time.perf_counter()
    with compare.project_stack(args.gateway, args.api_key, args.service_base_port,
                               allow_start=args.start_stack) as target:
        warmup = compare.warmup_runs(args.warmup, target["stack"])
        dataset, runs = asyncio.run(consecutive(target["gateway"], target["api_key"], path, args.runs,
                                                batch_size=args.batch_size, poll=args.poll, warmup=warmup,
                                                idle_timeout=args.idle_timeout))
    summary = summarize_runs(runs)
    report = {
        "benchmark": "consecutive_runs", "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "n": args.n, "runs_requested": args.runs, "generator": "gen.py", "file": str(path),
        "batch_size": args.batch_size, "quality_threshold": 0, "stack": target["stack"], "warmup_runs": warmup, "cpus": os.cpu_count(),
        "total_s": round(time.perf_counter() - started, 1), **dataset, "summary": summary,
        "runs": [{k: v for k, v in r.items() if k != "counts"} for r in runs],
    }
    out = args.out or work_dir / f"history-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(format_runs_table(runs, summary))
    print(json.dumps(report))
    compare.log(f"saved {out}")
    return 0 if summary["completed"] == len(runs) == args.runs else 1


if __name__ == "__main__":
    sys.exit(main())
