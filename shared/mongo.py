"""MongoDB client factory and the indexes every collection needs.

Code sticks to what both MongoDB 7/8 and FerretDB 1.24 serve: no transactions, no change
streams, simple queries, upserts filtered on the unique key itself.
"""

from __future__ import annotations

from pymongo import ASCENDING, AsyncMongoClient
from pymongo.asynchronous.database import AsyncDatabase

from shared.settings import BaseServiceSettings


def make_mongo(settings: BaseServiceSettings) -> AsyncMongoClient:
    return AsyncMongoClient(settings.mongodb_uri, serverSelectionTimeoutMS=10_000, tz_aware=True)


async def ensure_indexes(db: AsyncDatabase) -> None:
    await db.conversations.create_index([("run_ids", ASCENDING), ("quality.score", ASCENDING)])
    await db.conversations.create_index(
        [("lineage.dataset_id", ASCENDING), ("lineage.record_index", ASCENDING), ("lineage.part", ASCENDING)]
    )
    await db.rejects.create_index([("run_ids", ASCENDING), ("reason", ASCENDING)])
    await db.runs.create_index([("status", ASCENDING), ("created_at", ASCENDING)])
    await db.datasets.create_index([("created_at", ASCENDING)])
