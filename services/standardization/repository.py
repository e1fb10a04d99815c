"""All MongoDB access of the standardization service: the rejects it decides."""

from __future__ import annotations

from pymongo.asynchronous.database import AsyncDatabase

from services.standardization.standardize import Reject
from shared.mongo import insert_many_once, run_collection
from shared.run_ledger import now


class StandardizationRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def store_rejects(self, run_id: str, dataset_id: str, rejects: list[Reject]) -> None:
        """One document per rejected record, in the run's own ``rejects`` collection (a run's
        rejects are listed per run), keyed so that a replay adds nothing."""
        ts = now()
        await insert_many_once(run_collection(self.db, run_id, "rejects"), [
            {"_id": f"{run_id}:{dataset_id}:{r.record_index}", "run_id": run_id, "dataset_id": dataset_id,
             "record_index": r.record_index, "reason": r.reason, "detail": r.detail, "excerpt": r.excerpt,
             "detected_format": r.detected_format, "order_key": f"{dataset_id}:{r.record_index:012d}", "at": ts}
            for r in rejects
        ])
