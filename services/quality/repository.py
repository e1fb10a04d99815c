"""All MongoDB access of the quality service."""

from __future__ import annotations

from pymongo import UpdateOne
from pymongo.asynchronous.database import AsyncDatabase

from services.quality.scoring import QualityReport


class QualityRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def store_reports(self, reports: dict[str, QualityReport]) -> None:
        if not reports:
            return
        ops = [UpdateOne({"_id": cid}, {"$set": {"quality": r.to_document()}}) for cid, r in reports.items()]
        await self.db.conversations.bulk_write(ops, ordered=False)
