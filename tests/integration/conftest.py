from __future__ import annotations

from contextlib import asynccontextmanager

import pytest
from pymongo import AsyncMongoClient

from tests.support.bounded import bounded
from tests.support.infra import Infrastructure

pytestmark = pytest.mark.integration


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
