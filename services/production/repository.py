"""All MongoDB access of the production service."""

from __future__ import annotations

from collections.abc import AsyncIterator

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

EXPORT_ORDER = [("lineage.dataset_id", ASCENDING), ("lineage.record_index", ASCENDING), ("lineage.part", ASCENDING)]


class ProductionRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def passing_conversations(self, run_id: str, threshold: float) -> AsyncIterator[dict]:
        """The run's conversations at or above its threshold, in source order, streamed."""
        cursor = self.db.conversations.find(
            {"run_ids": run_id, "quality.score": {"$gte": threshold}},
            {"messages": 1, "lineage": 1},
            batch_size=2000,
        ).sort(EXPORT_ORDER)
        async for doc in cursor:
            yield doc

    async def mark_datasets(self, dataset_ids: list[str], status: str) -> None:
        await self.db.datasets.update_many({"_id": {"$in": dataset_ids}}, {"$set": {"status": status}})
