"""``make test``: the unit tests and the tests against real infrastructure, side by side.

    python scripts/run_tests.py [pytest options]

The unit tests (``tests/unit``: no servers, CPU-bound) run in one pytest process, spread over one
worker per core by pytest-xdist (``--dist loadfile``: a test file's tests stay together on one
worker; ``DP_UNIT_WORKERS`` sets how many, ``1`` runs them in the process itself), and everything
else under ``tests/`` (integration and end-to-end: one Kafka and FerretDB for the session, stacks
of service processes that mostly wait on each other) in a second one, at the same time. The
second one streams to the terminal; the unit run writes ``.local/test-logs/unit.log``, printed
when both have finished. The exit status is non-zero when either run fails.

One process runs everything, as ``pytest`` alone does, when the options name a test path (``make
test PYTEST_ARGS=tests/e2e/test_replicas.py``) or ``DP_TEST_SERIAL=1`` is set.

Before the two start, the dashboard is built once (``make dashboard-if-node``: ``npm ci`` and a
build when needed), so that a unit test and a browser test never run ``npm ci`` in the same folder
at the same time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LOGS = REPO / ".local" / "test-logs"


def _names_a_path(args: list[str]) -> bool:
    """An argument that is a test path (``tests/...``, ``file.py::test``) and not an option or an
    option's value (``-m e2e``, ``-k name``)."""
    takes_value = {"-m", "-k", "-p", "-o", "-c", "-W", "--maxfail", "--deselect", "--ignore", "--rootdir",
                   "--basetemp", "--tb", "-r", "--durations"}
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in takes_value:
            skip = True
            continue
        if not arg.startswith("-") and (arg.startswith("tests") or ".py" in arg or Path(arg).exists()):
            return True
    return False


def _status(code: int) -> str:
    return "passed" if code == 0 else ("no tests selected" if code == 5 else f"FAILED (exit {code})")


def unit_workers() -> list[str]:
    """pytest-xdist's options for the unit run: a worker per core (``DP_UNIT_WORKERS`` overrides;
    ``1``, or xdist missing, runs them in one process as before)."""
    try:
        workers = int(os.environ.get("DP_UNIT_WORKERS") or len(os.sched_getaffinity(0)))
    except ValueError:
        raise SystemExit(f"DP_UNIT_WORKERS={os.environ['DP_UNIT_WORKERS']!r}: expected a number of processes") from None
    try:
        import xdist  # noqa: F401
    except ImportError:
        return []
    return ["-n", str(workers), "--dist", "loadfile"] if workers > 1 else []


def main() -> int:
    args = sys.argv[1:]
    pytest = [sys.executable, "-m", "pytest"]
    if os.environ.get("DP_TEST_SERIAL") == "1" or _names_a_path(args):
        return subprocess.call(pytest + args, cwd=REPO)

    subprocess.call(["make", "--no-print-directory", "dashboard-if-node"], cwd=REPO)
    LOGS.mkdir(parents=True, exist_ok=True)
    unit_log = LOGS / "unit.log"
    started = time.monotonic()
    with unit_log.open("wb") as out:
        # its own cache folder: the two runs would otherwise overwrite each other's last-failed list
        unit = subprocess.Popen(pytest + ["tests/unit", "-o", "cache_dir=.pytest_cache/unit"] + unit_workers() + args,
                                cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
        print(f"[make test] unit tests in process {unit.pid} (output: {unit_log.relative_to(REPO)}); "
              "integration and end-to-end tests below", flush=True)
        try:
            stack_code = subprocess.call(pytest + ["tests", "--ignore=tests/unit"] + args, cwd=REPO)
            stack_s = time.monotonic() - started
            unit_code = unit.wait()
        except KeyboardInterrupt:
            unit.terminate()
            unit.wait()
            raise
    unit_s = time.monotonic() - started
    print(f"\n[make test] ===== unit tests ({unit_log.relative_to(REPO)}) =====", flush=True)
    sys.stdout.buffer.write(unit_log.read_bytes())
    print(f"\n[make test] integration and end-to-end: {_status(stack_code)} ({stack_s:.0f} s); "
          f"unit: {_status(unit_code)} (finished after {unit_s:.0f} s)", flush=True)
    codes = {stack_code, unit_code}
    if codes == {5}:
        return 5
    codes.discard(5)  # one side had nothing to run under the options (-m e2e, -k ...): not a failure
    return max(codes, key=lambda c: c != 0)


if __name__ == "__main__":
    sys.exit(main())
