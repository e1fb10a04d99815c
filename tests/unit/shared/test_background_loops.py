"""The consumer-lag exporter stops when asked, even when its cancellation lands as a refresh ends
(twenty-eighth and thirtieth sessions: a service's ``app.stop()`` hung on a loaded machine waiting for
the ``consumer-lag`` task, which showed "cancelling" while it slept between refreshes)."""

import asyncio

from prometheus_client import CollectorRegistry, Gauge

from shared.lag import ConsumerLagExporter


def _exporter() -> ConsumerLagExporter:
    gauge = Gauge("dp_test_lag", "test", ["group", "topic", "partition"], registry=CollectorRegistry())
    return ConsumerLagExporter("127.0.0.1:1", {"g": ["t"]}, gauge, interval_s=0.05)


async def test_a_cancellation_that_lands_as_a_refresh_ends_still_ends_the_loop():
    exporter = _exporter()
    refreshes = 0

    async def refresh() -> None:
        # the stop's cancellation arrives in the same turn of the loop as the refresh's end: Python 3.11's
        # ``wait_for`` then returns the result and the cancellation is not raised where the loop awaits
        nonlocal refreshes
        refreshes += 1
        if refreshes == 1:
            exporter._task.cancel()

    exporter.refresh = refresh
    await exporter.start()
    task = exporter._task
    done, _ = await asyncio.wait({task}, timeout=2.0)
    assert task in done and task.cancelled(), f"the loop went on after its cancellation ({refreshes} refreshes)"
    assert refreshes == 1


async def test_stop_is_bounded_when_the_loop_does_not_end():
    exporter = _exporter()

    release = asyncio.Event()

    async def stubborn() -> None:
        while not release.is_set():
            try:
                await asyncio.sleep(0.05)
            except asyncio.CancelledError:
                pass  # a loop that ignores its cancellation

    task = exporter._task = asyncio.create_task(stubborn())
    await asyncio.wait_for(exporter.stop(timeout_s=0.2), 2.0)  # returns, though the task still runs
    assert exporter._task is None and not task.done()
    release.set()
    await task


async def test_the_audit_trail_loop_ends_when_its_cancellation_lands_as_it_wakes():
    """The audit trail's loop awaits ``wait_for(wake.wait())``: a wake-up in the same turn as ``stop``'s
    cancellation must not keep it running."""
    from gateway.audit import AuditTrail

    stored: list = []

    async def store(docs):
        stored.extend(docs)

    trail = AuditTrail(store, None, CollectorRegistry(), flush_interval_s=0.05)
    await trail.start()
    await asyncio.sleep(0.01)
    trail._wake.set()      # the waiter's wake-up is scheduled ...
    trail._task.cancel()   # ... and the cancellation lands in the same turn of the loop
    done, _ = await asyncio.wait({trail._task}, timeout=2.0)
    assert trail._task in done and trail._task.cancelled()


async def test_stop_task_abandons_a_loop_that_ignores_its_cancellation_and_logs_it(caplog):
    from shared.background import stop_task

    release = asyncio.Event()

    async def stubborn() -> None:
        while not release.is_set():
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                continue  # a loop that swallows its cancellation

    task = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    assert await stop_task(task, "stubborn", timeout_s=0.1) is False
    assert "stubborn loop still running" in caplog.text
    release.set()
    task.cancel()
    await asyncio.wait({task}, timeout=1.0)


async def test_stop_task_ends_a_loop_and_logs_the_exception_it_had_ended_with(caplog):
    from shared.background import stop_task

    async def sleeper() -> None:
        await asyncio.sleep(10)

    async def crashed() -> None:
        raise RuntimeError("boom")

    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    assert await stop_task(task, "sleeper", timeout_s=1.0) is True and task.cancelled()
    failed = asyncio.create_task(crashed())
    await asyncio.sleep(0)
    assert await stop_task(failed, "crashed", timeout_s=1.0) is True
    assert "crashed loop had ended with RuntimeError('boom')" in caplog.text
    assert await stop_task(None, "absent") is True

