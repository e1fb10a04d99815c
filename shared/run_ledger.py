"""Run documents: status and idempotent per-(run, stage, batch) accounting.

A run document is shared by every stage, each writing only its own fields. Counters move
with one conditional update per batch: the batch index is added to
``stages.<stage>.batches`` *in the same atomic update* that ``$inc``s the counts, and the
filter excludes runs that already list it, so a redelivered batch changes nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.events import TERMINAL_STATUSES

STAGES = ("acquisition", "standardization", "quality", "production")
COUNTS = ("records_in", "records_converted", "conversations", "rejected", "validated", "passed", "exported")


def now() -> datetime:
    return datetime.now(UTC)


def new_run_document(run_id: str, dataset_ids: list[str], quality_threshold: float, batch_size: int) -> dict:
    return {
        "_id": run_id,
        "status": "queued",
        "dataset_ids": dataset_ids,
        "quality_threshold": quality_threshold,
        "batch_size": batch_size,
        "counts": {c: 0 for c in COUNTS},
        "stages": {s: {"batches": []} for s in STAGES},
        "total_batches": None,
        "created_at": now(),
        "updated_at": now(),
    }


class RunLedger:
    def __init__(self, db: AsyncDatabase) -> None:
        self.runs = db.runs

    async def get(self, run_id: str) -> dict | None:
        return await self.runs.find_one({"_id": run_id})

    async def status(self, run_id: str) -> str | None:
        doc = await self.runs.find_one({"_id": run_id}, {"status": 1})
        return doc["status"] if doc else None

    async def record_batch(
        self,
        run_id: str,
        stage: str,
        batch_index: int,
        inc: dict[str, int] | None = None,
        set_fields: dict[str, Any] | None = None,
    ) -> bool:
        """Count one batch of one stage exactly once. False if it was already counted."""
        update: dict[str, Any] = {
            "$addToSet": {f"stages.{stage}.batches": batch_index},
            "$set": {"updated_at": now(), **(set_fields or {})},
        }
        if inc:
            update["$inc"] = {f"counts.{k}": v for k, v in inc.items() if v}
            if not update["$inc"]:
                del update["$inc"]
        result = await self.runs.update_one(
            {"_id": run_id, f"stages.{stage}.batches": {"$ne": batch_index}}, update
        )
        return result.modified_count == 1

    async def mark_running(self, run_id: str) -> None:
        await self.runs.update_one(
            {"_id": run_id, "status": "queued"}, {"$set": {"status": "running", "started_at": now()}}
        )

    async def finish(self, run_id: str, status: str, fields: dict[str, Any] | None = None) -> bool:
        """Move a run to a terminal status once; False if it already was terminal."""
        assert status in TERMINAL_STATUSES
        result = await self.runs.update_one(
            {"_id": run_id, "status": {"$nin": list(TERMINAL_STATUSES)}},
            {"$set": {"status": status, "finished_at": now(), "updated_at": now(), **(fields or {})}},
        )
        return result.modified_count == 1

    async def fail(self, run_id: str, stage: str, error: str) -> bool:
        return await self.finish(run_id, "failed", {"error": {"stage": stage, "message": error[:2000]}})
