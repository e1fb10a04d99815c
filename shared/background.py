"""Background loops (consumer lag, heartbeat, audit trail) that end when their task is cancelled.

Python 3.11's ``asyncio.wait_for`` returns the awaited result, and drops the cancellation, when the
awaited work ends in the same turn of the event loop as the task is cancelled (CPython gh-86296,
fixed in 3.12). A loop that then went on awaiting kept running for ever while its ``stop`` awaited
it: a service's shutdown hung on a loaded machine (seen in the test suite's stop of the quality
service, waiting for the ``consumer-lag`` task). The request is still counted by the task
(``Task.cancelling()``); loops call ``raise_if_cancelled`` after each ``wait_for`` to honour it."""

from __future__ import annotations

import asyncio
import logging

log = logging.getLogger(__name__)


def raise_if_cancelled() -> None:
    """Raise ``CancelledError`` when the running task's cancellation was requested, even if an await
    that should have raised it returned instead."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError


async def stop_task(task: asyncio.Task | None, name: str, timeout_s: float = 10.0) -> bool:
    """Cancel a background loop's task and wait for it, at most ``timeout_s``: a loop that has not
    ended by then is logged and left behind, so a process's shutdown never hangs on it. Returns
    whether the task ended. An exception the loop ended with is logged, not raised (a stop is best
    effort); a cancellation of the caller itself still propagates."""
    if task is None:
        return True
    task.cancel()
    done, _ = await asyncio.wait({task}, timeout=timeout_s)
    if not done:
        log.warning("%s loop still running %.0f s after its cancellation; shutting down without it", name, timeout_s)
        return False
    if not task.cancelled() and task.exception() is not None:
        log.warning("%s loop had ended with %r", name, task.exception())
    return True
