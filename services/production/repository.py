"""All MongoDB access of the production service."""

from __future__ import annotations

from collections.abc import AsyncIterator

from pymongo import ASCENDING
from pymongo.asynchronous.database import AsyncDatabase

EXPORT_ORDER = [("dataset_id", ASCENDING), ("record_index", ASCENDING), ("part", ASCENDING)]
CHUNK = 1000


class ProductionRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def passing_conversations(self, run_id: str) -> AsyncIterator[dict]:
        """The run's conversations that passed its threshold, in source order, streamed.

        Verdicts are read in order, contents fetched a thousand ids at a time.
        """
        verdicts = self.db.run_conversations.find(
            {"run_id": run_id, "passed": True}, {"conversation_id": 1}, batch_size=CHUNK
        ).sort(EXPORT_ORDER)
        ids: list[str] = []
        async for v in verdicts:
            ids.append(v["conversation_id"])
            if len(ids) >= CHUNK:
                async for doc in self._contents(ids):
                    yield doc
                ids = []
        async for doc in self._contents(ids):
            yield doc

    async def _contents(self, ids: list[str]) -> AsyncIterator[dict]:
        if not ids:
            return
        docs = {d["_id"]: d async for d in self.db.conversations.find({"_id": {"$in": ids}}, {"messages": 1})}
        for i in ids:
            if i in docs:
                yield docs[i]
