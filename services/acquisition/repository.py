"""All MongoDB access of the acquisition service."""

from __future__ import annotations

from pathlib import Path

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from services.acquisition.reading import DatasetSource
from shared.run_ledger import new_run_document, now


class AcquisitionRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def sources(self, dataset_ids: list[str]) -> tuple[list[DatasetSource], list[str]]:
        """The datasets in the order asked, and the ids that are not registered."""
        docs = {d["_id"]: d async for d in self.db.datasets.find({"_id": {"$in": dataset_ids}})}
        missing = [i for i in dataset_ids if i not in docs]
        found = [
            DatasetSource(
                dataset_id=d["_id"], name=d["name"], path=Path(d["path"]), sha256=d["sha256"],
                declared_format=d.get("declared_format"),
            )
            for i in dataset_ids
            if (d := docs.get(i)) is not None
        ]
        return found, missing

    async def ensure_run(self, run_id: str, dataset_ids: list[str], threshold: float, batch_size: int) -> None:
        """Runs started by other systems straight on the topic have no document yet."""
        try:
            await self.db.runs.insert_one(new_run_document(run_id, dataset_ids, threshold, batch_size))
        except DuplicateKeyError:
            pass

    async def set_dataset_status(self, dataset_ids: list[str], status: str) -> None:
        await self.db.datasets.update_many(
            {"_id": {"$in": dataset_ids}}, {"$set": {"status": status, "updated_at": now()}}
        )
