"""All MongoDB access of the quality service: scored conversations, per-run verdicts,
dedup keys, per-batch quality summaries, ad-hoc validations."""

from __future__ import annotations

import asyncio
import time

from pymongo.asynchronous.database import AsyncDatabase

from services.quality.scoring import QualityReport
from shared.conversation import Conversation
from shared.events import ConversationVerdict
from shared.mongo import insert_many_once
from shared.run_ledger import now


def stored_id(conversation_id: str, report: QualityReport, pii_policy: str) -> str:
    """The stored document's id: a redacted variant has an id of its own."""
    return f"{conversation_id}:redacted" if pii_policy == "redact" and report.pii else conversation_id


class QualityRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def store(self, run_id: str, scored: list[tuple[Conversation, QualityReport, ConversationVerdict]],
                    pii_policy: str = "flag") -> None:
        """Conversations are stored once under their deterministic id (content as exported,
        i.e. redacted when the run says so, and the report); each run's verdict on them is
        its own document. Both are insert-once: a replayed batch adds nothing twice.

        A conversation a ``redact`` run changed is stored under ``<id>:redacted``: the same
        conversation from a ``flag`` run (PII left in) must never be what a redacting run's
        verdict points to, whichever run came first."""
        ts = now()
        stored = [(stored_id(c.id, r, pii_policy), c, r, v) for c, r, v in scored]
        await asyncio.gather(insert_many_once(self.db.conversations, [
            {"_id": sid, "messages": [m.model_dump(exclude_none=True) for m in c.messages],
             "lineage": c.lineage.model_dump(), "original_format": c.original_format, "metadata": c.metadata,
             "quality": r.to_document(), "created_at": ts}
            for sid, c, r, _ in stored
        ]), insert_many_once(self.db.run_conversations, [
            {"_id": f"{run_id}:{c.id}", "run_id": run_id, "conversation_id": sid, "score": v.score,
             "passed": v.passed, "flags": v.flags, "cluster_id": v.cluster_id, "risk_level": r.risk_level,
             "dataset_id": c.lineage.dataset_id, "record_index": c.lineage.record_index, "part": c.lineage.part}
            for sid, c, r, v in stored
        ]))

    async def dedup_keys(self, run_id: str) -> dict[str, str]:
        """The run's dedup keys, first writer first (a key keeps the cluster it got first)."""
        keys: dict[str, str] = {}
        async for doc in self.db.dedup_keys.find({"run_id": run_id}, {"keys": 1, "seq": 1}).sort("seq", 1):
            for key, cluster in doc["keys"].items():
                keys.setdefault(key, cluster)
        return keys

    async def add_dedup_keys(self, run_id: str, batch_index: int, keys: dict[str, str]) -> None:
        """The keys a batch added, as one document (one insert per batch, not one per key)."""
        if keys:
            await insert_many_once(self.db.dedup_keys, [
                {"_id": f"{run_id}:{batch_index}", "run_id": run_id, "seq": time.time_ns(), "keys": keys}])

    async def add_summary(self, run_id: str, batch_index: int, dataset_id: str, summary: dict) -> None:
        """One summary per (run, batch), insert-once; analytics add them up."""
        await insert_many_once(self.db.quality_batches, [
            {"_id": f"{run_id}:{batch_index}", "run_id": run_id, "dataset_id": dataset_id, "at": now(), **summary}])

    async def add_validation(self, doc: dict) -> None:
        await self.db.validations.insert_one(doc)
