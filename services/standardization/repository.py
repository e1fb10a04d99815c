"""All MongoDB access of the standardization service: conversations and rejects, in bulk."""

from __future__ import annotations

from pymongo import UpdateOne
from pymongo.asynchronous.database import AsyncDatabase

from services.standardization.standardize import Reject
from shared.conversation import Conversation
from shared.run_ledger import now


class StandardizationRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def store(self, run_id: str, dataset_id: str, conversations: list[Conversation],
                    rejects: list[Reject]) -> None:
        """Upserts keyed by deterministic ids: storing a batch twice leaves one copy of each."""
        ts = now()
        if conversations:
            ops = [
                UpdateOne(
                    {"_id": c.id},
                    {
                        "$set": {
                            "messages": [m.model_dump(exclude_none=True) for m in c.messages],
                            "lineage": c.lineage.model_dump(),
                            "original_format": c.original_format,
                            "metadata": c.metadata,
                            "updated_at": ts,
                        },
                        "$setOnInsert": {"created_at": ts},
                        "$addToSet": {"run_ids": run_id},
                    },
                    upsert=True,
                )
                for c in conversations
            ]
            await self.db.conversations.bulk_write(ops, ordered=False)
        if rejects:
            ops = [
                UpdateOne(
                    {"_id": f"{dataset_id}:{r.record_index}"},
                    {
                        "$set": {
                            "dataset_id": dataset_id, "record_index": r.record_index, "reason": r.reason,
                            "detail": r.detail, "excerpt": r.excerpt, "detected_format": r.detected_format,
                            "updated_at": ts,
                        },
                        "$addToSet": {"run_ids": run_id},
                    },
                    upsert=True,
                )
                for r in rejects
            ]
            await self.db.rejects.bulk_write(ops, ordered=False)
