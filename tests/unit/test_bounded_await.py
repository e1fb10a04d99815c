"""``tests.support.bounded``: an in-process service's start or stop that does not finish fails the test, naming
it and printing the loop's task stacks, instead of hanging the suite (docs/testing.md)."""
import asyncio

import pytest

from tests.support.bounded import bounded


async def test_a_finished_await_returns_its_result():
    async def quick():
        await asyncio.sleep(0)
        return 42

    assert await bounded(quick(), "quick", seconds=5) == 42


async def test_a_stuck_await_fails_naming_it_and_is_cancelled():
    cancelled = asyncio.Event()

    async def stuck():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    with pytest.raises(pytest.fail.Exception, match="quality stop did not finish within 0 s"):
        await asyncio.wait_for(bounded(stuck(), "quality stop", seconds=0.2), 10)  # no bound: a TimeoutError
    await asyncio.wait_for(cancelled.wait(), 5)


async def test_an_error_in_the_await_is_raised():
    async def broken():
        raise RuntimeError("no broker")

    with pytest.raises(RuntimeError, match="no broker"):
        await bounded(broken(), "broken", seconds=5)
