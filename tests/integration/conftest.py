from __future__ import annotations

import asyncio
import io
import sys
from contextlib import asynccontextmanager

import pytest
from pymongo import AsyncMongoClient

from tests.support.infra import Infrastructure

pytestmark = pytest.mark.integration

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


@pytest.fixture
def service_under_test(infrastructure: Infrastructure, tmp_path):
    """Start one service in-process against the real servers, isolated by a unique topic
    prefix and database; yields its wiring (``ServiceContext``)."""

    @asynccontextmanager
    async def start(create_app, settings_cls, drop: bool = True, **overrides):
        """``drop=False`` keeps the database for a second start (a restart test)."""
        prefix, db_name = infrastructure.unique("it")
        prefix = overrides.pop("topic_prefix", prefix)
        db_name = overrides.pop("mongodb_db", db_name)
        settings = settings_cls(
            kafka_bootstrap=infrastructure.kafka_bootstrap, mongodb_uri=infrastructure.mongodb_uri,
            mongodb_db=db_name, topic_prefix=prefix, data_dir=tmp_path, **overrides,
        )
        app = create_app(settings)
        await bounded(app.start(), f"{create_app.__module__} start")
        try:
            yield app.dp_context
        finally:
            await bounded(app.stop(), f"{create_app.__module__} stop")
            if drop:
                client = AsyncMongoClient(infrastructure.mongodb_uri)
                await client.drop_database(db_name)
                await client.close()

    return start
