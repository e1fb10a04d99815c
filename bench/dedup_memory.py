"""Memory and time of a run's end duplicate resolution (``services.production.duplicates.resolve_run``),
the one memory of production that grows with a run's size.

Writes the signature files of a synthetic run (``--n`` conversations in batches of ``--batch``, ids as
long as the pipeline's; ``--exact`` of them copies of an earlier one, ``--near`` sharing one band key with
an earlier one), then resolves it in a fresh child process and prints that process's peak resident
memory (``VmHWM``, reset after its imports by ``/proc/self/clear_refs``) above what it held then, the time, and a digest of the entries (two
versions of the code must give the same digest on the same ``--seed``).

    python bench/dedup_memory.py --n 200000 [--batch 500] [--exact 0.05] [--near 0.05] [--seed 1]
"""

from __future__ import annotations

import _checkout  # noqa: F401,I001 - this checkout's packages first (bench/_checkout.py)
import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
from services.production.duplicates import resolve_run
def status(key):  # kB
    return next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith(key + ":"))
open("/proc/self/clear_refs", "w").write("5")  # the peak (VmHWM) starts again from now
base = status("VmRSS")
t = time.perf_counter()
out = resolve_run(Path(sys.argv[1]), int(sys.argv[2]))
took = time.perf_counter() - t
peak = status("VmHWM")
digest = hashlib.sha256(json.dumps(out.entries).encode()).hexdigest()[:16]
print(json.dumps({"peak_mb": round((peak - base) / 1024, 1), "seconds": round(took, 2),
                  "entries": len(out.entries), "digest": digest}))
"""


def write_run(parts: Path, n: int, batch: int, exact: float, near: float, seed: int) -> tuple[int, int]:
    """The run's signature files; (batches, copies planted: every one must be an entry)."""
    from services.production.duplicates import write_signatures
    from shared import dedup

    rng = np.random.default_rng(seed)
    sig = rng.integers(0, 2**63, size=(n, dedup.WIDTH), dtype=np.uint64)
    copies = rng.random(n)
    planted = 0
    for i in np.flatnonzero(copies < exact + near):
        if i == 0:
            continue
        planted += 1
        j = int(rng.integers(0, i))
        if copies[i] < exact:
            sig[i] = sig[j]
        else:
            band = 1 + int(rng.integers(0, dedup.BANDS))
            sig[i, band] = sig[j, band]
    batches = 0
    for b, start in enumerate(range(0, n, batch)):
        rows = sig[start:start + batch]
        ids = [hashlib.sha1(f"{seed}:{start + k}".encode()).hexdigest()[:32] for k in range(len(rows))]
        write_signatures(parts, b, f"dataset-{b % 3}", ids, dedup.encode(rows))
        batches += 1
    return batches, planted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--exact", type=float, default=0.05)
    ap.add_argument("--near", type=float, default=0.05)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        parts = Path(tmp) / "parts"
        total, planted = write_run(parts, a.n, a.batch, a.exact, a.near, a.seed)
        root = str(Path(__file__).resolve().parents[1])
        res = subprocess.run([sys.executable, "-c", CHILD, str(parts), str(total)], capture_output=True, text=True,
                             env={"PYTHONPATH": root, "PATH": "/usr/bin:/bin"}, check=True)
        out = json.loads(res.stdout.strip().splitlines()[-1])
    out.update(n=a.n, batches=total, planted=planted, bytes_per_conversation=round(out["peak_mb"] * 1024 * 1024 / a.n))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
