"""A bounded await for test harnesses (``tests/integration/conftest.py``: an in-process service's start and stop)."""
from __future__ import annotations

import asyncio
import io
import sys

import pytest

# A service's start or stop that does not finish is a defect to see, not a suite that hangs until CI's limit:
# once (twenty-eighth session, a loaded machine) a quality service's stop in ``service_under_test`` waited 23
# minutes, until a SIGINT cancelled it. Now the wait is bounded and a stuck one fails, printing every task's stack.
BOUND_S = 180.0


async def bounded(aw, what: str, seconds: float = BOUND_S):
    """Await ``aw`` (a service's start or stop) at most ``seconds``; past that, fail naming ``what`` with the
    stack of every task of the loop, so the stuck await is seen."""
    task = asyncio.ensure_future(aw)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if task in done:
        return task.result()
    out = io.StringIO()
    for t in asyncio.all_tasks():
        t.print_stack(file=out)
    task.cancel()
    print(out.getvalue(), file=sys.stderr)
    pytest.fail(f"{what} did not finish within {seconds:.0f} s; the loop's tasks:\n{out.getvalue()}")
