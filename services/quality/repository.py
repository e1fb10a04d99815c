"""All MongoDB access of the quality service: scored conversations and per-run verdicts."""

from __future__ import annotations

import asyncio

from pymongo.asynchronous.database import AsyncDatabase

from services.quality.scoring import QualityReport
from shared.conversation import Conversation
from shared.mongo import insert_many_once
from shared.run_ledger import now


class QualityRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def store(self, run_id: str, threshold: float, scored: list[tuple[Conversation, QualityReport]]) -> None:
        """Conversations are stored once under their deterministic id (content and score);
        each run's verdict on them is its own document. Both are insert-once: a replayed
        batch, or a second run over the same data, adds nothing twice."""
        ts = now()
        await asyncio.gather(insert_many_once(self.db.conversations, [
            {"_id": c.id, "messages": [m.model_dump(exclude_none=True) for m in c.messages],
             "lineage": c.lineage.model_dump(), "original_format": c.original_format, "metadata": c.metadata,
             "quality": r.to_document(), "created_at": ts}
            for c, r in scored
        ]), insert_many_once(self.db.run_conversations, [
            {"_id": f"{run_id}:{c.id}", "run_id": run_id, "conversation_id": c.id, "score": r.score,
             "passed": r.score >= threshold, "flags": r.flags, "dataset_id": c.lineage.dataset_id,
             "record_index": c.lineage.record_index, "part": c.lineage.part}
            for c, r in scored
        ]))
