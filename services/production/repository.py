"""MongoDB access of the production service's generations: run verdicts and stored
conversations in, the ``generations`` and ``generation_exports`` documents out.

Single writer: the gateway inserts a generation (and an export request) once, then only the
production instance handling its command (commands are keyed by generation id, so one
partition, one instance, one at a time) updates it. FerretDB loses concurrent updates to one
document; there are none.
"""

from __future__ import annotations

from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.mongo import insert_once

VERDICT_FIELDS = {"_id": 0, "conversation_id": 1, "score": 1, "passed": 1, "flags": 1, "cluster_id": 1,
                  "risk_level": 1, "dataset_id": 1, "record_index": 1, "part": 1}


class ProductionRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def verdicts(self, run_id: str, dataset_id: str) -> list[dict[str, Any]]:
        """Every verdict of the run on the dataset's conversations (passing or not)."""
        return await self.db.run_conversations.find({"run_id": run_id, "dataset_id": dataset_id},
                                                    VERDICT_FIELDS).to_list()

    async def conversations(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        return {d["_id"]: d async for d in self.db.conversations.find({"_id": {"$in": ids}})}

    async def generation(self, generation_id: str) -> dict[str, Any] | None:
        return await self.db.generations.find_one({"_id": generation_id})

    async def insert_generation(self, doc: dict[str, Any]) -> bool:
        return await insert_once(self.db.generations, doc)

    async def set_generation(self, generation_id: str, fields: dict[str, Any]) -> None:
        await self.db.generations.update_one({"_id": generation_id}, {"$set": fields})

    async def set_export(self, export_id: str, fields: dict[str, Any]) -> None:
        await self.db.generation_exports.update_one({"_id": export_id}, {"$set": fields}, upsert=True)
