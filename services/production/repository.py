"""MongoDB access of the production service: a run's duplicate decisions out (at its end);
for generations, a run's scored conversations in, the ``generations`` and
``generation_exports`` documents out.

Single writer: the gateway inserts a generation (and an export request) once, then only the
production instance handling its command (commands are keyed by generation id, so one
partition, one instance, one at a time) updates it. FerretDB loses concurrent updates to one
document; there are none.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import orjson
import zstandard
from bson import Binary
from pymongo.asynchronous.database import AsyncDatabase

from shared import scored
from shared.mongo import insert_many_once, insert_once, run_collection
from shared.run_ledger import now

DEDUP_CHUNK = 50_000  # entries per dedup document (well under MongoDB's 16 MB once compressed)


class ProductionRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db

    async def scored_count(self, run_id: str, dataset_id: str) -> int:
        """How many conversations of the dataset the run scored."""
        docs = run_collection(self.db, run_id, "scored").find({"dataset_id": dataset_id}, {"count": 1})
        return sum([d.get("count", 0) async for d in docs])

    async def scored_batches(self, run_id: str, dataset_id: str) -> AsyncIterator[list[dict[str, Any]]]:
        """The scored conversations of the run from the dataset (passing or not), a batch at a
        time in batch order, as stored by quality (``shared.scored``), with the run's duplicate
        decisions applied to each verdict (``flags``, ``cluster_id``)."""
        duplicates = await self.duplicates(run_id)
        # sorted by the server: FerretDB answers every filter with a scan, so one query, not one per batch
        async for doc in run_collection(self.db, run_id, "scored").find({"dataset_id": dataset_id},
                                                                         batch_size=4).sort("batch_index", 1):
            items = scored.items(doc)
            for item in items:
                cid = item["conversation"]["id"]
                verdict = item["verdict"]
                verdict["cluster_id"] = cid
                if cid in duplicates:
                    flag, cluster = duplicates[cid]
                    verdict["flags"] = [*verdict["flags"], flag]
                    verdict["cluster_id"] = cluster
            yield items

    async def duplicates(self, run_id: str) -> dict[str, tuple[str, str]]:
        """conversation id -> (flag, cluster representative id), for the run's copies."""
        out: dict[str, tuple[str, str]] = {}
        async for doc in run_collection(self.db, run_id, "dedup").find({}):
            raw = zstandard.ZstdDecompressor().decompress(bytes(doc["data"]))
            for cid, flag, cluster, _ in orjson.loads(raw):
                out[cid] = (flag, cluster)
        return out

    async def store_duplicates(self, run_id: str, entries: list[tuple[str, str, str, str]],
                               counts: dict[str, dict[str, int]]) -> None:
        """The run's duplicate decisions (insert-once, deterministic: a repeated run end writes
        the same documents) and, per dataset, a quality summary holding only their flag counts,
        so analytics add them up with the per-batch summaries."""
        compressor = zstandard.ZstdCompressor(level=3)
        await insert_many_once(run_collection(self.db, run_id, "dedup"), [
            {"_id": f"{k:06d}", "data": Binary(compressor.compress(orjson.dumps(entries[k:k + DEDUP_CHUNK])))}
            for k in range(0, len(entries), DEDUP_CHUNK)])
        await insert_many_once(self.db.quality_batches, [
            {"_id": f"{run_id}:dedup:{dataset_id}", "run_id": run_id, "dataset_id": dataset_id, "at": now(),
             "conversations": 0, "passed": 0, "score_sum": 0.0, "flags": dict(flags)}
            for dataset_id, flags in counts.items()])

    async def generation(self, generation_id: str) -> dict[str, Any] | None:
        return await self.db.generations.find_one({"_id": generation_id})

    async def insert_generation(self, doc: dict[str, Any]) -> bool:
        return await insert_once(self.db.generations, doc)

    async def set_generation(self, generation_id: str, fields: dict[str, Any]) -> None:
        await self.db.generations.update_one({"_id": generation_id}, {"$set": fields})

    async def set_export(self, export_id: str, fields: dict[str, Any]) -> None:
        await self.db.generation_exports.update_one({"_id": export_id}, {"$set": fields}, upsert=True)

    # ------------------------------------------------------------------ run exports (variants, partial)

    async def run_export(self, run_id: str, key: str) -> dict[str, Any] | None:
        return await run_collection(self.db, run_id, "exports").find_one({"_id": key})

    async def set_run_export(self, run_id: str, key: str, fields: dict[str, Any],
                             inc: dict[str, int] | None = None) -> None:
        update: dict[str, Any] = {"$set": fields}
        if inc:
            update["$inc"] = inc
        await run_collection(self.db, run_id, "exports").update_one({"_id": key}, update, upsert=True)
