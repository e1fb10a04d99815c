"""Throughput of the project against the plain Hugging Face ``datasets`` scripts, on one file.

    make bench-compare [N=100000] [PERF_DIR=../shared/perf] [BENCH_DIR=.local/bench]
    .venv/bin/python bench/compare.py --n 100000 [--perf-dir ../shared/perf] [--work-dir .local/bench]

One after the other, never at the same time:

1. ``PERF_DIR/gen.py N`` writes N ShareGPT conversations (~2.2 KB each) to
   ``WORK_DIR/sharegpt_<N>_<gen.py hash>.jsonl`` (kept and reused: the generator is seeded).
2. The project, end to end: the gateway at ``--gateway`` if one answers (``make up``); if none
   does, Kafka + FerretDB + the 4 services + a gateway are started as ``make up`` starts them
   (deploy/local/stack.py: ``DP_<SERVICE>_REPLICAS``, by default one quality replica per core),
   on the gateway's port from ``--gateway`` and the services from ``--service-base-port``;
   ``DP_LOCAL_STATE_DIR``, ``DP_LOCAL_KAFKA_PORT``, ``DP_LOCAL_KAFKA_CONTROLLER_PORT`` and
   ``DP_LOCAL_MONGODB_PORT`` move the infrastructure) and stopped again afterwards, only what
   was started here. The file is uploaded (``POST /pipeline/upload``), run with
   ``quality_threshold: 0`` and every quality check on (``POST /pipeline/execute``: the
   generated text is word salad, so a threshold would drop it all), and the run's end is
   awaited on its WebSocket (``/ws/runs/{id}``: the terminal state as TechDeck is told it), its
   status also polled every ``--poll`` s (1) meanwhile (before 2026-12-04 afternoon only polled:
   those figures include half a polling interval, ~0.5 s, on average). Nothing is timed while the stack still has
   messages queued in Kafka (consumer lag, ``GET /api/v1/system/status``): it waits up to
   ``--idle-timeout`` s (600) for the lag to reach 0, then refuses. The figure is
   conversations/s from execute to completed. A stack
   started here first gets one untimed warm-up run on 1,000 other conversations (``--warmup``).
3. The peer: ``bench.py FILE 1 0 0`` (the obvious script) and ``bench.py FILE 2 1 0`` (tuned:
   batched, num_proc=2), in a venv of their own (``WORK_DIR/peer-venv``, made once with
   ``pip install datasets pyarrow pandas``). The figure is ``end_to_end_rows_per_s``.

Prints a table and one JSON object (figures, ratios project/obvious and project/tuned, the
details), also saved as ``WORK_DIR/compare-<time>.json``. A benchmark, not a test: nothing
asserts a time; the machines are noisy, so only the ratios in one session count.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PERF_DIR = Path(os.environ.get("PERF_DIR") or REPO.parent / "shared" / "perf")
DEFAULT_WORK_DIR = REPO / ".local" / "bench"
# the local stack's gateway: `make up` puts it on DP_LOCAL_GATEWAY_PORT (default 8000)
DEFAULT_GATEWAY = os.environ.get(
    "DP_GATEWAY_URL", f"http://127.0.0.1:{os.environ.get('DP_LOCAL_GATEWAY_PORT') or 8000}")
PEER_PACKAGES = ["datasets", "pyarrow", "pandas"]
PEER_RUNS = {"obvious": ["1", "0", "0"], "tuned": ["2", "1", "0"]}
TERMINAL = ("completed", "failed", "cancelled")


def log(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- arguments


def add_stack_arguments(ap: argparse.ArgumentParser) -> None:
    """Options the project part shares with bench/consecutive_runs.py."""
    ap.add_argument("--perf-dir", type=Path, default=DEFAULT_PERF_DIR,
                    help="folder with the peer's gen.py and bench.py (default %(default)s, or $PERF_DIR)")
    ap.add_argument("--work-dir", type=Path, default=DEFAULT_WORK_DIR,
                    help="scratch folder for the generated file, the peer venv and results (default %(default)s)")
    ap.add_argument("--gateway", default=DEFAULT_GATEWAY, help="gateway base URL (default %(default)s)")
    ap.add_argument("--api-key", default=os.environ.get("DP_ADMIN_API_KEY"),
                    help="admin key (default $DP_ADMIN_API_KEY, else the local stack's .local/admin-api-key)")
    ap.add_argument("--batch-size", type=int, default=500, help="records per batch (default %(default)s)")
    ap.add_argument("--plain-gen", action="store_true",
                    help="run gen.py as it is (minutes; the default runs it with a cached choices(), same bytes)")
    ap.add_argument("--warmup", type=int, default=None,
                    help="untimed runs of 1,000 other conversations first (default: 1 on a stack started here, else 0)")
    ap.add_argument("--idle-timeout", type=float, default=600.0, help=(
        "before timing, wait at most this many s for the stack's consumer lag to reach 0 (work queued in Kafka, "
        "e.g. by an interrupted run, would be processed during the timed run); refuse if it does not "
        "(default %(default)s; 0: refuse at once)"))
    ap.add_argument("--poll", type=float, default=1.0, help=(
        "run status polling interval in s (default %(default)s; each status read costs the store and the gateway "
        "CPU that grows with the run's batches, ~20 ms at the end of a 20,000-conversation run)"))


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000, help="conversations to generate (default %(default)s)")
    add_stack_arguments(ap)
    ap.add_argument("--service-base-port", type=int, default=int(os.environ.get("DP_LOCAL_BASE_PORT") or 9101),
                    help="first of the 4 service ports if a stack has to be started (default %(default)s)")
    ap.add_argument("--peer-python", type=Path, default=None,
                    help="a Python that already has datasets, pyarrow and pandas (default: WORK_DIR/peer-venv)")
    ap.add_argument("--skip-project", action="store_true", help="only the peer scripts")
    ap.add_argument("--skip-peer", action="store_true", help="only the project")
    ap.add_argument("--keep-dataset", action="store_true",
                    help="keep the uploaded dataset in the stack (default: deleted after the run)")
    ap.add_argument("--out", type=Path, default=None, help="where to save the JSON (default WORK_DIR/compare-<time>.json)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")
    if args.skip_project and args.skip_peer:
        ap.error("--skip-project and --skip-peer together leave nothing to run")
    return args


# --------------------------------------------------------------------------- figures (pure)


def ratio(a: float | None, b: float | None, digits: int = 3) -> float | None:
    """a / b, rounded; None when either is missing or b is 0."""
    if a is None or b is None or b == 0:
        return None
    return round(a / b, digits)


def summarize(project: dict | None, obvious: dict | None, tuned: dict | None) -> dict:
    """The three figures and the two ratios from the parts' results (any may be None: skipped)."""
    p = project.get("conversations_per_s") if project and project.get("status") == "completed" else None
    o = obvious.get("end_to_end_rows_per_s") if obvious else None
    t = tuned.get("end_to_end_rows_per_s") if tuned else None
    return {
        "figures": {"project_conversations_per_s": p, "obvious_rows_per_s": o, "tuned_rows_per_s": t},
        "ratios": {"project_vs_obvious": ratio(p, o), "project_vs_tuned": ratio(p, t)},
    }


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def format_table(summary: dict) -> str:
    """The figures and ratios as a small fixed-width table."""
    f, r = summary["figures"], summary["ratios"]
    rows = [
        ("project (gateway, end to end)", f["project_conversations_per_s"], None),
        ("datasets, obvious (1 0 0)", f["obvious_rows_per_s"], r["project_vs_obvious"]),
        ("datasets, tuned (2 1 0)", f["tuned_rows_per_s"], r["project_vs_tuned"]),
    ]
    width = max(len(name) for name, _, _ in rows)
    lines = [f"{'':{width}}  {'conversations/s':>15}  {'project/this':>12}"]
    for name, value, rat in rows:
        lines.append(f"{name:{width}}  {_fmt(value, ',.1f'):>15}  {_fmt(rat, '.3f'):>12}")
    return "\n".join(lines)


def parse_peer_output(stdout: str) -> dict:
    """bench.py prints one JSON line (after whatever datasets logs): the last line that parses."""
    for line in reversed(stdout.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                continue
    raise ValueError(f"no JSON line in the peer's output: {stdout[-500:]!r}")


# --------------------------------------------------------------------------- data


# gen.py draws each word with ``rng.choices(VOCAB, weights=WEIGHTS, k=1)``, which re-adds the 5,000
# weights on every call: ~10 minutes on this 2-core machine for any N (its text pool is fixed).
# Run it with ``choices`` reusing the cumulative weights of the same weights list: the same
# ``random()`` draws and the same bisect over the same floats, so the file is byte for byte the one
# plain ``python gen.py N OUT`` writes, in seconds.
GEN_RUNNER = """
import random, runpy, sys
from itertools import accumulate
_choices = random.Random.choices
_last = [None, None]  # the last weights list and its cumulative weights
def choices(self, population, weights=None, *, cum_weights=None, k=1):
    if weights is not None and cum_weights is None:
        if _last[0] is not weights or len(_last[1]) != len(weights):
            _last[:] = [weights, list(accumulate(weights))]
        weights, cum_weights = None, _last[1]
    return _choices(self, population, weights, cum_weights=cum_weights, k=k)
random.Random.choices = choices
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def gen_command(gen: Path, n: int, out: Path, fast: bool = True) -> list[str]:
    """The command that runs gen.py (through GEN_RUNNER unless ``fast`` is off)."""
    if fast:
        return [sys.executable, "-c", GEN_RUNNER, str(gen), str(n), str(out)]
    return [sys.executable, str(gen), str(n), str(out)]


def generated_file(perf_dir: Path, work_dir: Path, n: int, fast: bool = True) -> Path:
    """gen.py's file for n conversations, generated once (its name carries gen.py's hash)."""
    gen = perf_dir / "gen.py"
    if not gen.exists():
        raise SystemExit(f"{gen} not found: point --perf-dir (or PERF_DIR=) at the peer benchmark's folder")
    digest = hashlib.sha256(gen.read_bytes()).hexdigest()[:8]
    path = work_dir / f"sharegpt_{n}_{digest}.jsonl"
    if path.exists():
        log(f"reusing {path} ({path.stat().st_size / 1e6:.1f} MB)")
        return path
    work_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".partial")
    log(f"generating {n} conversations with {gen} into {path}")
    t0 = time.perf_counter()
    subprocess.run(gen_command(gen, n, tmp, fast), check=True)
    tmp.rename(path)
    log(f"generated {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s")
    return path


# --------------------------------------------------------------------------- the project


def _deploy_modules():
    sys.path.insert(0, str(REPO / "deploy" / "local"))
    import infra  # noqa: PLC0415 - reads DP_LOCAL_* at import
    import stack  # noqa: PLC0415

    return infra, stack


def gateway_healthy(url: str) -> bool:
    import httpx

    try:
        return httpx.get(url.rstrip("/") + "/healthz", timeout=2).status_code in (200, 204)
    except httpx.HTTPError:
        return False


def default_api_key() -> str:
    _, stack = _deploy_modules()
    return stack.local_env()["DP_ADMIN_API_KEY"]


@contextlib.contextmanager
def project_stack(gateway: str, api_key: str | None, service_base_port: int = 9101,
                  allow_start: bool = True) -> Iterator[dict]:
    """The gateway to use: a running one, or a stack started here (and stopped on exit, only the
    parts started here). Yields ``{"gateway", "api_key", "stack": "existing"|"started"}``."""
    if gateway_healthy(gateway):
        log(f"using the running stack at {gateway}")
        yield {"gateway": gateway, "api_key": api_key or default_api_key(), "stack": "existing"}
        return
    if not allow_start:
        raise SystemExit(f"no gateway answers at {gateway}: start the stack first (make up), or pass --start-stack")
    infra, stack = _deploy_modules()
    started_infra = []
    for server, external in ((infra.Kafka(), "DP_KAFKA_BOOTSTRAP"), (infra.FerretDB(), "DP_MONGODB_URI")):
        if not os.environ.get(external) and infra._pid_alive(server.pid_file) is None:
            started_infra.append(server)
    gateway_port = urlparse(gateway).port or 80
    # the instances `make up` starts: DP_<SERVICE>_REPLICAS, else one quality replica per core (until
    # 2026-12-05 a stack started here ran one quality process, and used one core for it on any machine)
    components = stack.default_components(service_base_port, gateway_port, stack.replica_counts())
    env = stack.local_env(components)
    if api_key:
        env["DP_ADMIN_API_KEY"] = api_key
    everything = stack.Stack(env, components=components)
    ours = stack.Stack(env, components=[c for c in everything.components if everything._pid(c) is None])
    log(f"no gateway at {gateway}: starting {', '.join(s.pid_file.stem for s in started_infra) or 'no infrastructure'}"
        f" and {', '.join(c.name for c in ours.components) or 'no component'} (state in {infra.STATE})")
    try:
        infra.start()
        ours.start()
        everything.wait_healthy(timeout=120)
        yield {"gateway": gateway, "api_key": env["DP_ADMIN_API_KEY"], "stack": "started",
               "instances": {s: len(everything.replicas(s)) for s in stack.SERVICES}}
    finally:
        log("stopping what was started here")
        ours.stop()
        for server in started_infra:
            server.stop()


async def upload(client, path: Path) -> tuple[dict, float]:
    t0 = time.perf_counter()
    with open(path, "rb") as fh:
        r = await client.post("/api/v1/pipeline/upload", files={"file": (path.name, fh)})
    r.raise_for_status()
    return r.json(), time.perf_counter() - t0


def queued_work(status: dict) -> tuple[dict[str, int], list[str]]:
    """From ``GET /api/v1/system/status``: the services with messages waiting in Kafka (consumer
    lag > 0) and the services whose lag could not be read."""
    busy, unknown = {}, []
    for service in status.get("services", []):
        lag = service.get("lag")
        if lag is None:
            if service.get("consumer_groups"):
                unknown.append(service["name"])
        elif lag > 0:
            busy[service["name"]] = lag
    return busy, unknown


async def wait_until_idle(client, timeout: float, poll: float = 2.0) -> None:
    """Refuse to time a run while the stack still has queued work: a run interrupted earlier leaves
    its batches in Kafka, the consumers process them during the next timed run, and the figure is
    wrong (it happened: 426/s measured on a stack that first finished 86 batches of another run).
    Waits up to ``timeout`` s for every consumer group's lag to reach 0."""
    deadline = time.monotonic() + timeout
    while True:
        r = await client.get("/api/v1/system/status")
        r.raise_for_status()
        busy, unknown = queued_work(r.json())
        if unknown:
            log(f"consumer lag unknown for {', '.join(unknown)}; going on")
        if not busy:
            return
        if time.monotonic() >= deadline:
            raise SystemExit(
                "the stack still has queued work after "
                f"{timeout:.0f} s (messages not yet consumed: {busy}); a timed run now would include it. "
                "Wait for it to finish, or restart the stack with its Kafka state cleared (make down; rm -rf .local/kafka)")
        log(f"waiting for queued work to finish before timing: {busy}")
        await asyncio.sleep(poll)


async def execute_and_wait(client, dataset_id: str, *, threshold: float = 0.0, batch_size: int = 500,
                           poll: float = 1.0) -> dict:
    """Execute one run over the dataset (every quality check on: the defaults) and wait until it
    ends: told by the run's WebSocket (``/ws/runs/{id}``, its terminal state as TechDeck sees it), and
    by polling its status every ``poll`` s meanwhile (also the fallback if the socket fails); the
    first to see the end stops the clock. Times from the execute request; figures as in the
    returned dict, with the CPU seconds each part of the machine used meanwhile (``cpu_s``:
    bench/proc_cpu.py, read from /proc when the run's end is seen) and each service's resident
    memory sampled at every poll (``memory_mb``: first, peak, last, and the peaks of the run's two
    halves, replicas added up)."""
    import proc_cpu  # noqa: PLC0415 - bench/ is on sys.path when this file runs

    cpu_before = proc_cpu.snapshot()
    t0 = time.perf_counter()
    r = await client.post("/api/v1/pipeline/execute", json={
        "dataset_ids": [dataset_id], "quality_threshold": threshold, "batch_size": batch_size})
    r.raise_for_status()
    run_id = r.json()["run_id"]
    first_validated: list[float] = []
    ended = asyncio.Event()
    end_at: list[float] = []
    ended_by: list[str] = []
    socket_states = [0]  # state messages the run's socket delivered (0: it never worked)
    cpu_after: list[dict] = []
    memory: list[dict[str, float]] = [proc_cpu.rss_by_part(proc_cpu.SERVICES)]  # a sample per poll

    def seen(run: dict, by: str) -> None:
        now = time.perf_counter() - t0
        if not first_validated and ((run.get("stages") or {}).get("quality") or {}).get("batches_done"):
            first_validated.append(now)
        if run.get("status") in TERMINAL and not ended.is_set():
            cpu_after.append(proc_cpu.snapshot())
            end_at.append(now)
            ended_by.append(by)
            ended.set()

    async def watch() -> None:
        import websockets

        url = str(client.base_url).replace("http", "ws", 1).rstrip("/") + f"/ws/runs/{run_id}"
        try:
            async with websockets.connect(url, additional_headers={"Authorization": client.headers["Authorization"]},
                                          max_size=None) as ws:
                async for raw in ws:
                    msg = json.loads(raw)
                    if msg.get("type") == "state":
                        socket_states[0] += 1
                        seen(msg["run"], "socket")
        except (OSError, websockets.WebSocketException) as exc:  # polling carries on
            log(f"run socket: {exc!r}; polling only")

    async def poll_status() -> None:
        while not ended.is_set():
            r = await client.get(f"/api/v1/pipeline/status/{run_id}")
            r.raise_for_status()
            seen(r.json(), "poll")
            memory.append(proc_cpu.rss_by_part(proc_cpu.SERVICES))
            try:
                await asyncio.wait_for(ended.wait(), poll)
            except asyncio.TimeoutError:
                pass

    watcher = asyncio.create_task(watch())
    try:
        await poll_status()
    finally:
        watcher.cancel()
    elapsed = end_at[0]
    r = await client.get(f"/api/v1/pipeline/status/{run_id}")
    r.raise_for_status()
    status = r.json()
    c = status["counts"]
    cpu = proc_cpu.cpu_by_part(cpu_before, cpu_after[0])
    return {
        "run_id": run_id, "status": status["status"], "error": status.get("error"),
        "run_s": round(elapsed, 2),
        "conversations_per_s": round(c["conversations"] / elapsed, 1) if elapsed else None,
        "records_in": c["records_in"], "conversations": c["conversations"], "exported": c["exported"],
        "first_validated_batch_s": round(first_validated[0], 2) if first_validated else None,
        "end_seen_by": ended_by[0], "socket_states": socket_states[0], "counts": c,
        "cpu_s": cpu, "cpu_total_s": round(sum(cpu.values()), 1),
        "memory_mb": proc_cpu.memory_trend(memory), "memory_samples": len(memory),
    }


def warmup_runs(requested: int | None, stack_kind: str) -> int:
    """``--warmup``: as asked, else one run on a stack started here (its consumers have just
    joined their groups, its first batches pay for imports and connections) and none on a running one."""
    if requested is not None:
        return requested
    return 1 if stack_kind == "started" else 0


async def warm_up(client, work_dir: Path, runs: int, *, batch_size: int, poll: float) -> None:
    """``runs`` untimed runs of 1,000 counselling conversations (bench/e2e_throughput.py's
    generator: other text than the timed file, so nothing of it is stored beforehand)."""
    if runs < 1:
        return
    import httpx

    sys.path.insert(0, str(REPO / "bench"))
    from e2e_throughput import write_dataset  # noqa: PLC0415

    path = work_dir / "warmup_1000.jsonl"
    if not path.exists():
        work_dir.mkdir(parents=True, exist_ok=True)
        write_dataset(1000, path)
    dataset, _ = await upload(client, path)
    try:
        for i in range(runs):
            r = await execute_and_wait(client, dataset["dataset_id"], batch_size=batch_size, poll=poll)
            log(f"warm-up run {i + 1}/{runs}: {r['status']} in {r['run_s']} s (not counted)")
    finally:
        with contextlib.suppress(httpx.HTTPError):
            await client.delete(f"/api/v1/datasets/{dataset['dataset_id']}")


async def run_project(gateway: str, api_key: str, path: Path, *, batch_size: int, poll: float,
                      keep_dataset: bool, warmup: int = 0, idle_timeout: float = 600.0) -> dict:
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"}
    async with httpx.AsyncClient(base_url=gateway, headers=headers, timeout=600) as client:
        await wait_until_idle(client, idle_timeout)
        await warm_up(client, path.parent, warmup, batch_size=batch_size, poll=poll)
        dataset, upload_s = await upload(client, path)
        log(f"uploaded {path.name} in {upload_s:.1f} s: dataset {dataset['dataset_id']}; executing")
        try:
            result = await execute_and_wait(client, dataset["dataset_id"], batch_size=batch_size, poll=poll)
        finally:
            if not keep_dataset:
                with contextlib.suppress(httpx.HTTPError):
                    await client.delete(f"/api/v1/datasets/{dataset['dataset_id']}")
    log(f"project: {result['status']} in {result['run_s']} s, {result['conversations_per_s']} conversations/s")
    log("CPU seconds meanwhile, per part: " + ", ".join(f"{k} {v}" for k, v in result["cpu_s"].items()))
    log("resident MB per service (first / peak of the first half / peak of the second half / last): " + ", ".join(
        f"{k} {m['first']:.0f}/{m['peak_first_half']:.0f}/{m['peak_second_half']:.0f}/{m['last']:.0f}"
        for k, m in result["memory_mb"].items()))
    return {"dataset_id": dataset["dataset_id"], "upload_s": round(upload_s, 2), "batch_size": batch_size,
            "quality_threshold": 0, "warmup_runs": warmup, **result}


# --------------------------------------------------------------------------- the peer


def peer_python(work_dir: Path, given: Path | None) -> Path:
    """A Python with datasets, pyarrow and pandas: the given one, or WORK_DIR/peer-venv (made once)."""
    if given:
        return given
    venv = work_dir / "peer-venv"
    py = venv / "bin" / "python"
    check = [str(py), "-c", "import " + ", ".join(PEER_PACKAGES)]
    if py.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return py
    log(f"making the peer venv {venv} (pip install {' '.join(PEER_PACKAGES)})")
    if not py.exists():
        # the base interpreter, not this venv's, so the peer shares none of the project's packages
        base = getattr(sys, "_base_executable", None) or sys.executable
        subprocess.run([base, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(py), "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True)
    return py


def run_peer(python: Path, perf_dir: Path, path: Path, which: str) -> dict:
    cmd = [str(python), str(perf_dir / "bench.py"), str(path), *PEER_RUNS[which]]
    log(f"peer {which}: {' '.join(cmd[1:])}")
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"peer {which} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    result = parse_peer_output(proc.stdout)
    log(f"peer {which}: {result.get('end_to_end_rows_per_s')} rows/s")
    return result


# --------------------------------------------------------------------------- main


def _terminate(signum, frame) -> None:
    raise KeyboardInterrupt  # so a stack started here is stopped on SIGTERM too


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, _terminate)
    work_dir = args.work_dir.resolve()
    path = generated_file(args.perf_dir, work_dir, args.n, not args.plain_gen)
    project = obvious = tuned = None
    stack_kind = instances = None
    if not args.skip_project:
        with project_stack(args.gateway, args.api_key, args.service_base_port) as target:
            stack_kind = target["stack"]
            instances = target.get("instances")
            project = asyncio.run(run_project(target["gateway"], target["api_key"], path, batch_size=args.batch_size,
                                              poll=args.poll, keep_dataset=args.keep_dataset,
                                              warmup=warmup_runs(args.warmup, stack_kind),
                                              idle_timeout=args.idle_timeout))
    if not args.skip_peer:
        python = peer_python(work_dir, args.peer_python)
        obvious = run_peer(python, args.perf_dir, path, "obvious")
        tuned = run_peer(python, args.perf_dir, path, "tuned")
    summary = summarize(project, obvious, tuned)
    report = {
        "benchmark": "compare", "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "n": args.n, "file": str(path), "file_mb": round(path.stat().st_size / 1e6, 1), "cpus": os.cpu_count(),
        **summary, "stack": stack_kind, "instances": instances, "project": project, "peer_obvious": obvious, "peer_tuned": tuned,
    }
    out = args.out or work_dir / f"compare-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(format_table(summary))
    print(json.dumps(report))
    log(f"saved {out}")
    return 0 if project is None or project["status"] == "completed" else 1


if __name__ == "__main__":
    sys.exit(main())
