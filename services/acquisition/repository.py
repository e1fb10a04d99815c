"""All MongoDB access of the acquisition service (run state goes through ``RunLedger``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pymongo.asynchronous.database import AsyncDatabase

from services.acquisition.reading import DatasetSource
from shared.mongo import insert_once


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

    async def queued_higher_priority(self, run_id: str, priority: int, since: datetime) -> list[str]:
        """priority_based runs of higher priority created since ``since`` that have not started yet."""
        docs = await self.db.runs.find({"priority": {"$gt": priority}, "mode": "priority_based",
                                        "created_at": {"$gte": since}, "_id": {"$ne": run_id}},
                                       {"_id": 1}).to_list()
        if not docs:
            return []
        ids = [d["_id"] for d in docs]
        marks = {m["_id"] async for m in self.db.run_marks.find(
            {"_id": {"$in": [f"{i}:started" for i in ids] + [f"{i}:terminal" for i in ids]}}, {"_id": 1})}
        return [i for i in ids if f"{i}:started" not in marks and f"{i}:terminal" not in marks]


class IngestRepository:
    """Raw ingest: the ingest datasets (registered once per source and dataset) and the
    messages refused as a whole (``ingest_rejects``, one document per Kafka record)."""

    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def register_dataset(self, dataset_id: str, source: str, dataset: str, folder: Path,
                               at: datetime) -> bool:
        """Insert-once: the first message of (source, dataset) registers it; nothing updates it later
        (its parts are the files in ``folder``)."""
        return await insert_once(self.db.datasets, {
            "_id": dataset_id, "name": f"{source}/{dataset}", "path": str(folder), "declared_format": "jsonl_parts",
            "format": "jsonl_parts", "bytes": 0, "sha256": "", "source": "ingest", "status": "streaming",
            "ingest": {"source": source, "dataset": dataset}, "created_at": at})

    async def record_reject(self, doc: dict) -> bool:
        """Insert-once under the Kafka record's coordinates: a redelivery adds nothing."""
        return await insert_once(self.db.ingest_rejects, doc)
