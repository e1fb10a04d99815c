"""All MongoDB access of the acquisition service (run state goes through ``RunLedger``)."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

from pymongo.asynchronous.database import AsyncDatabase

from services.acquisition.batching import DatasetSource
from shared.datasets import DatasetDoc
from shared.intake import STORED_CONVERSATIONS
from shared.mongo import insert_once


class AcquisitionRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def sources(self, dataset_ids: list[str]) -> tuple[list[DatasetSource], list[str]]:
        """The datasets in the order asked, and the ids that are not registered."""
        docs = {d["_id"]: DatasetDoc.model_validate(d) async for d in self.db.datasets.find({"_id": {"$in": dataset_ids}})}
        missing = [i for i in dataset_ids if i not in docs]
        found = [
            DatasetSource(
                dataset_id=d.id, name=d.name, path=Path(d.path), sha256=d.sha256,
                declared_format=d.declared_format, stored_conversations=d.record_format == STORED_CONVERSATIONS,
            )
            for i in dataset_ids
            if (d := docs.get(i)) is not None
        ]
        return found, missing

    async def wait_registered(self, dataset_ids: list[str], timeout_s: float) -> list[str]:
        """Wait while any of the datasets is still ``registering`` (an archive upload being
        unpacked, a URL being downloaded): a run may be started on it at once. The ids that
        failed to register, or are still registering after ``timeout_s``."""
        deadline = asyncio.get_running_loop().time() + timeout_s
        delay = 0.1
        while True:
            docs = await self.db.datasets.find({"_id": {"$in": dataset_ids}}, {"status": 1}).to_list()
            status = {d["_id"]: d.get("status") for d in docs}
            if not any(status.get(i) == "registering" for i in dataset_ids):
                return [i for i in dataset_ids if status.get(i) == "failed"]
            if asyncio.get_running_loop().time() > deadline:
                return [i for i in dataset_ids if status.get(i) in ("registering", "failed")]
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)

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
        return await insert_once(self.db.datasets, DatasetDoc(
            id=dataset_id, name=f"{source}/{dataset}", path=str(folder), declared_format="jsonl_parts",
            format="jsonl_parts", bytes=0, sha256="", source="ingest", status="streaming",
            ingest={"source": source, "dataset": dataset}, created_at=at).document())

    async def record_reject(self, doc: dict) -> bool:
        """Insert-once under the Kafka record's coordinates: a redelivery adds nothing."""
        return await insert_once(self.db.ingest_rejects, doc)


class IntakeRepository:
    """Datasets being registered or merged: the document starts insert-once (from the command)
    and moves on only by conditional updates on its status, so a redelivered command or a
    second worker can never undo a finished one."""

    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def begin(self, doc: dict) -> dict:
        """Insert the starting document unless the gateway (or an earlier delivery) did; the
        document as it is now."""
        await insert_once(self.db.datasets, doc)
        current = await self.db.datasets.find_one({"_id": doc["_id"]})
        return current if current is not None else doc

    async def parents(self, ids: list[str]) -> dict[str, dict]:
        return {d["_id"]: d async for d in self.db.datasets.find({"_id": {"$in": ids}})}

    async def dataset(self, dataset_id: str) -> dict | None:
        return await self.db.datasets.find_one({"_id": dataset_id})

    async def note(self, dataset_id: str, status: str, fields: dict) -> None:
        """Progress fields (``$set``) while the dataset is still in ``status``."""
        await self.db.datasets.update_one({"_id": dataset_id, "status": status}, {"$set": fields})

    async def finish(self, dataset_id: str, status: str, fields: dict) -> bool:
        """Move the dataset out of ``status`` (to what ``fields`` says); False if it had already left it."""
        result = await self.db.datasets.update_one({"_id": dataset_id, "status": status}, {"$set": fields})
        return result.matched_count == 1
