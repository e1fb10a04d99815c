"""Run state: the run's configuration, insert-only batch records, insert-once marks.

Why insert-only: FerretDB 1.24 (our local/CI MongoDB-wire server) applies an update as
read-modify-write of the whole document without isolation, so two services updating one
run document at the same moment lose each other's writes (measured: 300 concurrent
conditional ``$inc``s on one document kept 127). MongoDB would be fine; the code sticks
to what both do correctly:

- ``runs``: one document per run, written once by whoever creates the run;
- ``run_batches``: one document per (run, stage, batch), ``_id`` = ``run:stage:batch``;
  a redelivered batch hits the duplicate key and changes no count; each names the dataset
  its records came from (a batch never mixes datasets), so counts add up per dataset too;
- ``run_marks``: ``run:started`` and ``run:terminal``, each inserted at most once, so a
  run ends exactly once (completed, failed or cancelled), whoever races for it.

Counts are summed on read over the run's batch records (a few per thousand conversations).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from shared.events import TERMINAL_STATUSES

STAGES = ("acquisition", "standardization", "quality", "production")
COUNTS = ("records_in", "records_converted", "conversations", "rejected", "validated", "passed", "exported",
          "not_renderable")


def now() -> datetime:
    return datetime.now(UTC)


def new_run_document(run_id: str, dataset_ids: list[str], quality_threshold: float, batch_size: int,
                     options: dict[str, Any] | None = None) -> dict:
    """``options``: ``standardization`` and ``export`` settings, ``kind`` (pipeline, convert)."""
    return {
        "_id": run_id,
        "dataset_ids": dataset_ids,
        "quality_threshold": quality_threshold,
        "batch_size": batch_size,
        **(options or {}),
        "created_at": now(),
    }


class RunLedger:
    def __init__(self, db: AsyncDatabase) -> None:
        self.runs = db.runs
        self.batches = db.run_batches
        self.marks = db.run_marks

    async def _insert_once(self, collection, doc: dict) -> bool:
        try:
            await collection.insert_one(doc)
            return True
        except DuplicateKeyError:
            return False

    # ---------------------------------------------------------------- runs

    async def create(self, run_id: str, dataset_ids: list[str], threshold: float, batch_size: int,
                     options: dict[str, Any] | None = None) -> bool:
        return await self._insert_once(self.runs,
                                       new_run_document(run_id, dataset_ids, threshold, batch_size, options))

    async def config(self, run_id: str) -> dict | None:
        return await self.runs.find_one({"_id": run_id})

    # ---------------------------------------------------------------- batches

    async def record_batch(self, run_id: str, stage: str, batch_index: int, counts: dict[str, int] | None = None,
                           total_batches: int | None = None,
                           breakdown: dict[str, dict[str, int]] | None = None, dataset_id: str | None = None) -> bool:
        """Count one batch of one stage exactly once. False if it was already counted.

        ``breakdown`` holds named tallies (``{"formats": {"sharegpt": 3}}``), summed on read.
        """
        doc = {"_id": f"{run_id}:{stage}:{batch_index}", "run_id": run_id, "stage": stage,
               "batch_index": batch_index, "total_batches": total_batches, "at": now(), **(counts or {})}
        if breakdown:
            doc["breakdown"] = breakdown
        if dataset_id is not None:
            doc["dataset_id"] = dataset_id
        return await self._insert_once(self.batches, doc)

    async def recorded_batches(self, run_id: str, stage: str) -> set[int]:
        cursor = self.batches.find({"run_id": run_id, "stage": stage}, {"batch_index": 1})
        return {d["batch_index"] async for d in cursor}

    async def batch_count(self, run_id: str, stage: str) -> int:
        return await self.batches.count_documents({"run_id": run_id, "stage": stage})

    async def total_batches(self, run_id: str) -> int | None:
        doc = await self.batches.find_one({"run_id": run_id, "total_batches": {"$ne": None}}, {"total_batches": 1})
        return doc["total_batches"] if doc else None

    # ---------------------------------------------------------------- marks

    async def mark_started(self, run_id: str) -> bool:
        return await self._insert_once(self.marks, {"_id": f"{run_id}:started", "run_id": run_id, "at": now()})

    async def finish(self, run_id: str, status: str, fields: dict[str, Any] | None = None) -> bool:
        """End a run once; False if it had already ended (the first ending wins)."""
        assert status in TERMINAL_STATUSES
        return await self._insert_once(self.marks, {"_id": f"{run_id}:terminal", "run_id": run_id,
                                                    "status": status, "at": now(), **(fields or {})})

    async def fail(self, run_id: str, stage: str, error: str) -> bool:
        return await self.finish(run_id, "failed", {"error": {"stage": stage, "message": error[:2000]}})

    async def outcome(self, run_id: str) -> dict | None:
        return await self.marks.find_one({"_id": f"{run_id}:terminal"})

    async def is_finished(self, run_id: str) -> bool:
        return await self.outcome(run_id) is not None

    # ---------------------------------------------------------------- read model

    async def state(self, run_id: str) -> dict | None:
        """Config, status, counts and per-stage progress of a run, assembled from the parts."""
        run = await self.config(run_id)
        if run is None:
            return None
        marks = {m["_id"].rsplit(":", 1)[1]: m async for m in self.marks.find({"run_id": run_id})}
        counts = dict.fromkeys(COUNTS, 0)
        stages = {s: 0 for s in STAGES}
        breakdown: dict[str, dict[str, int]] = {}
        total = None
        async for b in self.batches.find({"run_id": run_id}, {"_id": 0, "run_id": 0, "at": 0}):
            stages[b["stage"]] = stages.get(b["stage"], 0) + 1
            total = b.get("total_batches") or total
            for k in COUNTS:
                counts[k] += b.get(k, 0)
            for name, tally in (b.get("breakdown") or {}).items():
                into = breakdown.setdefault(name, {})
                for key, n in tally.items():
                    into[key] = into.get(key, 0) + n
        terminal = marks.get("terminal")
        if terminal:
            status = terminal["status"]
            counts["exported"] = terminal.get("exported", 0)
        else:
            status = "running" if "started" in marks else "queued"
        return {
            **run,
            "status": status,
            "counts": counts,
            "breakdown": breakdown,
            "stages": {s: {"batches_done": n, "total_batches": total} for s, n in stages.items()},
            "total_batches": total,
            "started_at": marks["started"]["at"] if "started" in marks else None,
            "finished_at": terminal["at"] if terminal else None,
            "error": terminal.get("error") if terminal else None,
            "export": terminal.get("export") if terminal else None,
        }
