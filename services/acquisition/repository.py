"""All MongoDB access of the acquisition service (run state goes through ``RunLedger``)."""

from __future__ import annotations

from pathlib import Path

from pymongo.asynchronous.database import AsyncDatabase

from services.acquisition.reading import DatasetSource


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
