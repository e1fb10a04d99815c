"""Run state: the run's configuration, insert-only batch records, insert-once marks.

Why insert-only: FerretDB 1.24 (our local/CI MongoDB-wire server) applies an update as
read-modify-write of the whole document without isolation, so two services updating one
run document at the same moment lose each other's writes (measured: 300 concurrent
conditional ``$inc``s on one document kept 127). MongoDB would be fine; the code sticks
to what both do correctly:

- ``runs``: one document per run, written once by whoever creates the run, but for its
  ``status`` field: an index for listing runs by status (``GET /pipeline/runs?status=``), set to
  ``queued`` at creation, ``running`` when the run starts and its ending when it ends
  (``_index_status``). The marks below decide a run's status; this field follows them, and a
  late ``running`` can never stick on an ended run (it is checked against the terminal mark
  after it is written);
- the run's batch records (``run.<run_id>.batches``, a collection per run so that reading
  them costs O(that run) even where every query is a scan, see ``shared.mongo.run_collection``):
  one document per (run, stage, batch), ``_id`` = ``run:stage:batch``;
  a redelivered batch hits the duplicate key and changes no count; each names the dataset
  its records came from (a batch never mixes datasets), so counts add up per dataset too;
- ``run_marks``: ``run:started``, ``run:total`` (the run's batch count, once acquisition has
  read its last record) and ``run:terminal``, each inserted at most once, so a run ends exactly
  once (completed, failed or cancelled), whoever races for it. Stages ask per batch whether
  the run ended (a cancel stops them); an answer of "not yet" is trusted for
  ``FINISHED_CHECK_S``, so the marks are read a few times a second per process, not per batch.

Counts are summed on read over the run's batch records (a few per thousand conversations).

A batch a stage gives up on (dead-lettered after its retries) is recorded at that stage with
``failed`` = its source records and the error: it counts as done for completion (the stage
sends an empty batch on, so later stages record it too) and its records as failed; a run
whose failed records exceed its ``error_tolerance`` (share of the records, 0.1 by default)
fails. Progress per stage (records, rate, ETA) is derived from the same records.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from shared.events import STAGES, TERMINAL_STATUSES
from shared.mongo import insert_once, run_collection

COUNTS = ("records_in", "records_converted", "conversations", "rejected", "validated", "passed", "exported",
          "not_renderable", "failed")
DEFAULT_ERROR_TOLERANCE = 0.1
MAX_FAILURES_SHOWN = 100
FINISHED_CHECK_S = 0.25  # a run's status lists the first failed batches; counts.failed has them all


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
        self.db = db
        self.runs = db.runs
        self.marks = db.run_marks

        self._running_until: dict[str, float] = {}  # run id -> until when "not finished" is trusted
        # Told the final status of each run this ledger ended (the winner of its end mark): dp_runs_total.
        self.on_finished: Callable[[str], None] | None = None

    def batches(self, run_id: str):
        return run_collection(self.db, run_id, "batches")

    def own(self, run_id: str):
        """The run's own small collection: its configuration (``_id`` ``config``) and its marks
        (``started``, ``total``, ``terminal``). What stages ask per batch is read here: the global
        ``runs`` and ``run_marks`` (kept for listing runs) grow with every run, and FerretDB scans."""
        return run_collection(self.db, run_id, "state")

    async def _mark(self, run_id: str, mark: str, fields: dict[str, Any]) -> bool:
        """Insert a mark once in the run's own collection (that insert decides), then in the global
        ``run_marks`` that run listings read."""
        won = await insert_once(self.own(run_id), {"_id": mark, "run_id": run_id, "at": now(), **fields})
        await insert_once(self.marks, {"_id": f"{run_id}:{mark}", "run_id": run_id, "at": now(), **fields})
        return won

    # ---------------------------------------------------------------- runs

    async def create(self, run_id: str, dataset_ids: list[str], threshold: float, batch_size: int,
                     options: dict[str, Any] | None = None) -> bool:
        doc = new_run_document(run_id, dataset_ids, threshold, batch_size, options)
        created = await insert_once(self.runs, {**doc, "status": "queued"})
        await insert_once(self.own(run_id), {**doc, "_id": "config", "run_id": run_id})
        return created

    async def config(self, run_id: str, *, legacy: bool = True) -> dict | None:
        """The run's configuration; ``legacy``: also look for a run created before per-run state
        in the global ``runs`` (a scan on FerretDB: not for a question asked per message)."""
        doc = await self.own(run_id).find_one({"_id": "config"})
        if doc is None:
            return await self.runs.find_one({"_id": run_id}) if legacy else None
        doc.pop("run_id", None)
        return {**doc, "_id": run_id}

    # ---------------------------------------------------------------- batches

    async def record_batch(self, run_id: str, stage: str, batch_index: int, counts: dict[str, int] | None = None,
                           total_batches: int | None = None,
                           breakdown: dict[str, dict[str, int]] | None = None, dataset_id: str | None = None,
                           extra: dict[str, Any] | None = None) -> bool:
        """Count one batch of one stage exactly once. False if it was already counted.

        ``breakdown`` holds named tallies (``{"formats": {"sharegpt": 3}}``), summed on read;
        ``extra`` other fields (acquisition's ``records_estimate``, a failure's ``error``).
        """
        doc = {**(extra or {}), "_id": f"{run_id}:{stage}:{batch_index}", "run_id": run_id, "stage": stage,
               "batch_index": batch_index, "total_batches": total_batches, "at": now(), **(counts or {})}
        if breakdown:
            doc["breakdown"] = breakdown
        if dataset_id is not None:
            doc["dataset_id"] = dataset_id
        if total_batches is not None:
            await self._mark(run_id, "total", {"total_batches": total_batches})
        return await insert_once(self.batches(run_id), doc)

    async def record_failure(self, run_id: str, stage: str, batch_index: int, error: str,
                             total_batches: int | None = None, dataset_id: str | None = None,
                             records: int | None = None) -> bool:
        """The stage gave up on the batch: count it as done, its source records as failed.
        False if the stage had already counted the batch (then it was not lost)."""
        if records is None:
            records = await self.batch_records(run_id, batch_index)
        return await self.record_batch(run_id, stage, batch_index, {"failed": records}, total_batches=total_batches,
                                       dataset_id=dataset_id, extra={"error": error[:1000]})

    async def batch_records(self, run_id: str, batch_index: int) -> int:
        """How many source records the batch holds (as acquisition read them)."""
        doc = await self.batches(run_id).find_one({"_id": f"{run_id}:acquisition:{batch_index}"}, {"records_in": 1})
        return (doc or {}).get("records_in", 0)

    async def recorded_batches(self, run_id: str, stage: str) -> set[int]:
        cursor = self.batches(run_id).find({"stage": stage}, {"batch_index": 1})
        return {d["batch_index"] async for d in cursor}

    async def batch_count(self, run_id: str, stage: str) -> int:
        return await self.batches(run_id).count_documents({"stage": stage})

    async def total_batches(self, run_id: str) -> int | None:
        doc = await self.own(run_id).find_one({"_id": "total"}, {"total_batches": 1})
        if doc is None:  # a run recorded before the total mark existed
            doc = await self.batches(run_id).find_one({"total_batches": {"$ne": None}}, {"total_batches": 1})
        return doc["total_batches"] if doc else None

    # ---------------------------------------------------------------- marks

    async def mark_started(self, run_id: str) -> bool:
        won = await self._mark(run_id, "started", {})
        await self._index_status(run_id, "running")
        return won

    async def _index_status(self, run_id: str, status: str) -> None:
        """Set the ``status`` field of the run's document in ``runs`` (what status listings query).
        Two writers may race (a cancel while acquisition starts the run) and FerretDB may lose one
        of two concurrent updates: whoever writes ``running`` reads the terminal mark after its
        write and writes the ending again if there is one, so the ending wins either way."""
        if status not in TERMINAL_STATUSES:
            ended = await self.outcome(run_id)
            if ended is not None:
                status = ended["status"]
        await self.runs.update_one({"_id": run_id}, {"$set": {"status": status}})
        if status not in TERMINAL_STATUSES:
            ended = await self.outcome(run_id)
            if ended is not None:
                await self.runs.update_one({"_id": run_id}, {"$set": {"status": ended["status"]}})

    async def finish(self, run_id: str, status: str, fields: dict[str, Any] | None = None) -> bool:
        """End a run once; False if it had already ended (the first ending wins)."""
        assert status in TERMINAL_STATUSES
        self._running_until.pop(run_id, None)
        mark = {"_id": "terminal", "run_id": run_id, "status": status, "at": now(), **(fields or {})}
        won = await insert_once(self.own(run_id), mark)
        if won and self.on_finished is not None:
            self.on_finished(status)
        if not won:  # copy the winner's mark (it may have died before copying it)
            mark = await self.own(run_id).find_one({"_id": "terminal"}) or mark
        await insert_once(self.marks, {**mark, "_id": f"{run_id}:terminal"})
        await self._index_status(run_id, mark["status"])
        return won

    async def fail(self, run_id: str, stage: str, error: str) -> bool:
        return await self.finish(run_id, "failed", {"error": {"stage": stage, "message": error[:2000]}})

    async def batch_documents(self, run_id: str, projection: dict | None = None) -> list[dict]:
        return await self.batches(run_id).find({}, projection).to_list()

    async def outcome(self, run_id: str) -> dict | None:
        return await self.own(run_id).find_one({"_id": "terminal"})

    async def has_started(self, run_id: str) -> bool:
        """Whether the run was started (its ``started`` mark, as run listings read it)."""
        return await self.marks.find_one({"_id": f"{run_id}:started"}, {"_id": 1}) is not None

    async def terminal_statuses(self, run_ids: list[str]) -> dict[str, str]:
        """run id -> how it ended (completed, failed, cancelled), for those of ``run_ids`` that ended."""
        return {m["run_id"]: m.get("status", "") async for m in self.marks.find(
            {"_id": {"$in": [f"{i}:terminal" for i in run_ids]}}, {"run_id": 1, "status": 1})}

    async def is_finished(self, run_id: str) -> bool:
        if time.monotonic() < self._running_until.get(run_id, 0.0):
            return False
        if await self.outcome(run_id) is not None:
            return True
        if len(self._running_until) > 10_000:
            self._running_until.clear()
        self._running_until[run_id] = time.monotonic() + FINISHED_CHECK_S
        return False

    # ---------------------------------------------------------------- read model

    async def state(self, run_id: str) -> dict | None:
        """Config, status, counts and per-stage progress of a run, assembled from the parts."""
        own = {d["_id"]: d async for d in self.own(run_id).find({})}
        run = own.pop("config", None)
        if run is None:  # a run created before per-run state
            run = await self.runs.find_one({"_id": run_id})
            if run is None:
                return None
            own = {m["_id"].rsplit(":", 1)[1]: m async for m in self.marks.find({"run_id": run_id})}
        run = {**run, "_id": run_id}
        run.pop("run_id", None)
        marks = own
        counts = dict.fromkeys(COUNTS, 0)
        stages = {s: 0 for s in STAGES}
        breakdown: dict[str, dict[str, int]] = {}
        total = None
        done: dict[str, list[tuple[int, datetime]]] = {s: [] for s in STAGES}
        records: dict[int, int] = {}  # batch index -> its source records
        estimates: dict[int, int] = {}  # batch index -> acquisition's estimate of the run's records then
        failures: list[dict[str, Any]] = []
        async for b in self.batches(run_id).find({}, {"_id": 0, "run_id": 0}):
            stages[b["stage"]] = stages.get(b["stage"], 0) + 1
            total = b.get("total_batches") or total
            done.setdefault(b["stage"], []).append((b["batch_index"], b["at"]))
            if b["stage"] == "acquisition":
                records[b["batch_index"]] = b.get("records_in", 0)
                if b.get("records_estimate") is not None:
                    estimates[b["batch_index"]] = b["records_estimate"]
            if b.get("failed"):
                failures.append({"stage": b["stage"], "batch_index": b["batch_index"], "records": b["failed"],
                                 "error": b.get("error", ""), "dataset_id": b.get("dataset_id")})
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
            # duplicates are decided for the whole run at its end (shared.dedup)
            for flag, n in (terminal.get("duplicates") or {}).items():
                flags = breakdown.setdefault("quality_flags", {})
                flags[flag] = flags.get(flag, 0) + n
        else:
            status = "running" if "started" in marks else "queued"
        read_all = total is not None and stages["acquisition"] >= total
        if read_all:
            records_total, estimated = sum(records.values()), False
        else:
            latest = estimates[max(estimates)] if estimates else None
            records_total = max(latest, sum(records.values())) if latest is not None else None
            estimated = True
        started_at = marks["started"]["at"] if "started" in marks else None
        progress = {s: stage_progress(done.get(s, []), records, records_total, started_at,
                                      ended=terminal is not None)
                    for s in STAGES}
        return {
            **run,
            "status": status,
            "counts": counts,
            "breakdown": breakdown,
            "stages": {s: {"batches_done": n, "total_batches": total, **progress.get(s, {}),
                           "total_is_estimate": estimated}
                       for s, n in stages.items()},
            "failures": sorted(failures, key=lambda f: (f["batch_index"], STAGES.index(f["stage"])))[
                :MAX_FAILURES_SHOWN],
            "records_total": records_total,
            "total_batches": total,
            "started_at": marks["started"]["at"] if "started" in marks else None,
            "finished_at": terminal["at"] if terminal else None,
            "error": terminal.get("error") if terminal else None,
            "export": terminal.get("export") if terminal else None,
        }


def stage_progress(done: list[tuple[int, datetime]], records: dict[int, int], records_total: int | None,
                   started_at: datetime | None, ended: bool) -> dict[str, Any]:
    """One stage's progress in source records: ``processed`` (records of the batches it has
    done), ``total`` (the run's records, maybe an estimate), ``rate`` (records/s since the run
    started, up to the stage's latest batch) and ``eta_s`` (``(total - processed) / rate``;
    None once the run ended or the stage is done, or while nothing is known)."""
    processed = sum(records.get(i, 0) for i, _ in done)
    rate = eta = None
    if done and started_at is not None:
        elapsed = (max(at for _, at in done) - started_at).total_seconds()
        if elapsed > 0 and processed:
            rate = round(processed / elapsed, 1)
    if not ended and rate and records_total is not None and records_total > processed:
        eta = round((records_total - processed) / rate, 1)
    return {"processed": processed, "total": records_total, "rate": rate, "eta_s": eta}


def tolerance_breach(state: dict) -> str | None:
    """Why the run must fail for its failed records, or None while they are within its
    ``error_tolerance``. Judged against the run's records (an estimate while acquisition has
    not read everything; nothing is judged before there is one)."""
    failed = state["counts"].get("failed", 0)
    total = state.get("records_total")
    if not failed or not total:
        return None
    tolerance = state.get("error_tolerance", DEFAULT_ERROR_TOLERANCE)
    if failed <= tolerance * total:
        return None
    where = ", ".join(sorted({f"{f['stage']} batch {f['batch_index']}" for f in state.get("failures", [])}))
    first = state["failures"][0]["error"] if state.get("failures") else ""
    of = "about " if state["stages"]["acquisition"].get("total_is_estimate") else ""
    return (f"error tolerance exceeded: {failed} of {of}{total} records failed ({failed / total:.1%} > "
            f"{tolerance:.1%}); gave up on {where}: {first}")[:2000]


def dataset_share(run: dict, dataset_id: str, batches: list[dict]) -> dict[str, Any]:
    """One dataset's share of a run's progress, from the run's state and its batch documents:
    ``counts`` (but ``exported``, a run total), per-stage ``batches_done``/``total_batches`` and
    source records ``processed``/``total``, and ``progress`` (0..1, the share of the dataset's
    batches through every stage; None while the total is unknown). ``per_dataset`` is False for
    a run recorded before batches named their dataset: then the figures are the whole run's."""
    per_dataset = any("dataset_id" in b for b in batches) or not batches
    mine = [b for b in batches if b.get("dataset_id") == dataset_id] if per_dataset else batches
    counts = dict.fromkeys(COUNTS, 0)
    done = dict.fromkeys(STAGES, 0)
    for b in mine:
        done[b["stage"]] = done.get(b["stage"], 0) + 1
        for k in COUNTS:
            if k != "exported":
                counts[k] += b.get(k, 0) or 0
    # source records of the dataset's batches each stage has done (rate and ETA: see the run's state)
    records = {b["batch_index"]: b.get("records_in", 0) or 0 for b in mine if b["stage"] == "acquisition"}
    processed = {s: sum(records.get(b["batch_index"], 0) for b in mine if b["stage"] == s) for s in STAGES}
    run_total = run.get("total_batches")
    read_whole = run_total is not None and run["stages"]["acquisition"]["batches_done"] >= run_total
    total = (done["acquisition"] if per_dataset else run_total) if read_whole else None
    if run["status"] == "completed":
        progress = 1.0
    elif total:
        progress = round(min(done[s] for s in STAGES) / total, 4)
    else:
        progress = 0.0 if total == 0 else None
    stages = {s: {"batches_done": done[s], "total_batches": total, "processed": processed[s],
                  "total": sum(records.values()) if total is not None else None} for s in STAGES}
    return {"per_dataset": per_dataset, "counts": counts, "stages": stages, "progress": progress}
