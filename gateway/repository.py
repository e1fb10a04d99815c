"""All MongoDB access of the gateway: it reads state and records what callers asked for."""

from __future__ import annotations

from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.run_ledger import RunLedger


class GatewayRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db
        self.ledger = RunLedger(db)

    async def insert_dataset(self, doc: dict[str, Any]) -> None:
        await self.db.datasets.insert_one(doc)

    async def datasets(self, ids: list[str]) -> dict[str, dict]:
        return {d["_id"]: d async for d in self.db.datasets.find({"_id": {"$in": ids}})}

    async def create_run(self, run_id: str, dataset_ids: list[str], threshold: float, batch_size: int) -> None:
        await self.ledger.create(run_id, dataset_ids, threshold, batch_size)

    async def run(self, run_id: str) -> dict | None:
        return await self.ledger.state(run_id)

    async def cancel_run(self, run_id: str, reason: str) -> bool:
        """End the run as cancelled unless it already ended; services check this per batch."""
        return await self.ledger.finish(run_id, "cancelled", {"error": {"stage": "gateway", "message": reason}})
