"""Background loops (consumer lag, heartbeat, audit trail) that end when their task is cancelled.

Python 3.11's ``asyncio.wait_for`` returns the awaited result, and drops the cancellation, when the
awaited work ends in the same turn of the event loop as the task is cancelled (CPython gh-86296,
fixed in 3.12). A loop that then went on awaiting kept running for ever while its ``stop`` awaited
it: a service's shutdown hung on a loaded machine (seen in the test suite's stop of the quality
service, waiting for the ``consumer-lag`` task). The request is still counted by the task
(``Task.cancelling()``); loops call ``raise_if_cancelled`` after each ``wait_for`` to honour it."""

from __future__ import annotations

import asyncio


def raise_if_cancelled() -> None:
    """Raise ``CancelledError`` when the running task's cancellation was requested, even if an await
    that should have raised it returned instead."""
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError
