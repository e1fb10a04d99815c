"""All MongoDB access of the gateway: it reads state and records what callers asked for."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError, PyMongoError

from shared import artifacts, scored
from shared.events import TERMINAL_STATUSES
from shared.mongo import insert_many_once, insert_once, run_collection, validation_collection
from shared.pagination import older_than
from shared.quality_summary import merge
from shared.run_ledger import RunLedger

STATE_TTL_S = 0.5  # how stale a run's state may be when a poll or a WebSocket asks for it...
STATE_READ_SHARE = 0.1  # ...or longer for a big run: reading it again waits 10x the last read's time
MAX_CACHED_STATES = 2000
log = logging.getLogger("dp.gateway.repository")


def _run_position(cursor: str | None) -> tuple[datetime, str] | None:
    """A runs page's cursor, ``<created_at>|<run_id>`` (checked by the route), as a position."""
    if cursor is None:
        return None
    at, _, run_id = cursor.partition("|")
    return datetime.fromisoformat(at), run_id


async def _newest_first(collection, query: dict[str, Any], field: str, *, limit: int,
                        before: tuple[datetime, str] | None = None, projection: dict | None = None) -> list[dict]:
    """Documents matching ``query``, newest first by ``field`` (ties by ``_id``), after ``before``
    = the (``field`` value, id) of the last one seen (``shared.pagination``)."""
    if before is not None:
        query = {**query, **older_than(field, before)}
    return await collection.find(query, projection).sort([(field, -1), ("_id", -1)]).limit(limit).to_list()


class GatewayRepository:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db
        self.ledger = RunLedger(db)
        # run id -> (fresh until, state): every poll and every WebSocket client of a run shares one
        # read per STATE_TTL_S (and one read in flight), instead of re-reading the run's records each
        self._states: dict[str, tuple[float, dict | None]] = {}
        self._loading: dict[str, asyncio.Future] = {}
        # ids in the shared ``validations`` collection (``load_legacy_validation_ids``); None: not read yet
        self._legacy_validations: set[str] | None = None

    async def insert_dataset(self, doc: dict[str, Any]) -> None:
        await self.db.datasets.insert_one(doc)

    async def insert_dataset_once(self, doc: dict[str, Any]) -> bool:
        """Insert a dataset document unless one with its id is there (acquisition may have
        inserted it from the command already); True if this call inserted it."""
        return await insert_once(self.db.datasets, doc)

    async def datasets(self, ids: list[str]) -> dict[str, dict]:
        return {d["_id"]: d async for d in self.db.datasets.find({"_id": {"$in": ids}})}

    async def create_run(self, run_id: str, dataset_ids: list[str], threshold: float, batch_size: int,
                         options: dict[str, Any]) -> None:
        await self.ledger.create(run_id, dataset_ids, threshold, batch_size, options)
        self.forget(run_id)

    async def rejects(self, run_id: str, *, reason: str | None = None, after: str | None = None,
                      limit: int = 100) -> list[dict]:
        """A page of a run's rejects in source order (keyset pagination on ``order_key``)."""
        query: dict[str, Any] = {}
        if reason is not None:
            query["reason"] = reason
        if after is not None:
            query["order_key"] = {"$gt": after}
        cursor = run_collection(self.db, run_id, "rejects").find(query, {"_id": 0, "run_id": 0, "at": 0}).sort(
            "order_key", 1).limit(limit)
        return await cursor.to_list()

    async def run(self, run_id: str) -> dict | None:
        """The run's state (``RunLedger.state``), at most ``STATE_TTL_S`` old (an ended run's
        too: batches in flight when it was cancelled still get counted). A run's state costs
        O(its batches) to read (FerretDB scans); for a big run it is refreshed less often, so
        that reading it takes at most ``STATE_READ_SHARE`` of the store's time however many
        clients follow it."""
        hit = self._states.get(run_id)
        if hit is not None and time.monotonic() < hit[0]:
            return hit[1]
        loading = self._loading.get(run_id)
        if loading is None:
            loading = asyncio.ensure_future(self._read_state(run_id))
            self._loading[run_id] = loading
            loading.add_done_callback(lambda _: self._loading.pop(run_id, None))
        return await asyncio.shield(loading)

    async def _read_state(self, run_id: str) -> dict | None:
        started = time.monotonic()
        state = await self.ledger.state(run_id)
        took = time.monotonic() - started
        if len(self._states) >= MAX_CACHED_STATES:
            self._states.pop(next(iter(self._states)))
        self._states[run_id] = (time.monotonic() + max(STATE_TTL_S, took / STATE_READ_SHARE), state)
        return state

    def forget(self, run_id: str) -> None:
        """Drop a cached state (after this gateway changed the run)."""
        self._states.pop(run_id, None)

    async def runs_page(self, *, limit: int, before: str | None = None) -> list[dict]:
        """Run states, newest first; ``before`` is the ``created_at|run_id`` cursor of the last one seen."""
        docs = await _newest_first(self.db.runs, {}, "created_at", limit=limit, before=_run_position(before),
                                   projection={"_id": 1})
        states = [await self.run(d["_id"]) for d in docs]
        return [s for s in states if s is not None]

    async def runs_with_status(self, status: str, *, limit: int,
                               before: str | None = None) -> tuple[list[dict], str | None]:
        """Run states in ``status``, newest first, and the cursor after this page (None on the
        last): one query on the indexed ``status`` field of ``runs`` (``shared.run_ledger`` keeps
        it), then each run's state. A run whose state has moved on since its document was read
        (it ended a moment ago) is left out; an ending the field missed is written back."""
        docs = await _newest_first(self.db.runs, {"status": status}, "created_at", limit=limit,
                                   before=_run_position(before), projection={"_id": 1, "created_at": 1})
        states = []
        for d in docs:
            state = await self.run(d["_id"])
            if state is None:
                continue
            if state["status"] != status:
                self.forget(d["_id"])  # the cached state may be older than the field
                state = await self.run(d["_id"])
            if state is not None and state["status"] == status:
                states.append(state)
            elif state is not None and state["status"] in TERMINAL_STATUSES:
                await self.db.runs.update_one({"_id": d["_id"]}, {"$set": {"status": state["status"]}})
        after = f"{docs[-1]['created_at'].isoformat()}|{docs[-1]['_id']}" if len(docs) == limit else None
        return states, after

    async def index_run_statuses(self) -> int:
        """Give runs stored before ``runs`` documents carried a ``status`` theirs (once, at start-up:
        later runs get it from the ledger). Returns how many it set."""
        n = 0
        try:
            async for d in self.db.runs.find({"status": {"$exists": False}}, {"_id": 1}):
                state = await self.ledger.state(d["_id"])
                if state is not None:
                    await self.db.runs.update_one({"_id": d["_id"], "status": {"$exists": False}},
                                                  {"$set": {"status": state["status"]}})
                    n += 1
        except PyMongoError:
            log.warning("could not give older runs their status field (%d done); a restart tries again", n,
                        exc_info=True)
        return n

    async def active_runs(self, scan: int = 200) -> list[dict]:
        """Queued and running runs among the ``scan`` newest."""
        docs = await self.db.runs.find({}, {"_id": 1}).sort("created_at", -1).limit(scan).to_list()
        ids = [d["_id"] for d in docs]
        ended = await self.ledger.terminal_statuses(ids)
        states = [await self.run(i) for i in ids if i not in ended]
        return [s for s in states if s is not None]

    async def cancel_run(self, run_id: str, reason: str) -> bool:
        """End the run as cancelled unless it already ended; services check this per batch."""
        try:
            return await self.ledger.finish(run_id, "cancelled", {"error": {"stage": "gateway", "message": reason}})
        finally:
            self.forget(run_id)

    async def validation(self, validation_id: str) -> dict | None:
        """From its day's collection; ids made before day-keyed ids, from the shared one, which
        is read only for an id known to be there once ``load_legacy_validation_ids`` has run (on
        FerretDB a lookup there scans it, so an unknown id would pay for every old validation)."""
        day = validation_collection(self.db, validation_id)
        found = await day.find_one({"_id": validation_id}) if day is not None else None
        if found is not None:
            return found
        legacy = self._legacy_validations
        if legacy is not None and validation_id not in legacy:
            return None
        return await self.db.validations.find_one({"_id": validation_id})

    async def load_legacy_validation_ids(self) -> int:
        """Read once, at start-up, the ids of the validations stored in the shared ``validations``
        collection before validation ids carried their day (it no longer grows: every newer one
        is in its day's collection). Until this has run, and if it fails, ``validation`` looks
        there on every miss, as before. Returns how many there are."""
        try:
            ids = {d["_id"] async for d in self.db.validations.find({}, {"_id": 1})}
        except PyMongoError:
            log.warning("could not read the ids of older validations; a lookup that misses its day's "
                        "collection reads the shared one", exc_info=True)
            return 0
        self._legacy_validations = ids
        return len(ids)

    async def quality_analytics(self, *, run_id: str | None, dataset_id: str | None) -> dict[str, Any]:
        """Adds up the quality service's per-batch summaries (no conversation is scanned)."""
        query = {k: v for k, v in (("run_id", run_id), ("dataset_id", dataset_id)) if v}
        docs = await self.db.quality_batches.find(query, {"_id": 0, "at": 0}).to_list()
        by_dataset: dict[str, list] = {}
        by_run: dict[str, list] = {}
        for d in docs:
            by_dataset.setdefault(d["dataset_id"], []).append(d)
            by_run.setdefault(d["run_id"], []).append(d)
        return {"overall": merge(docs), "by_dataset": {k: merge(v) for k, v in by_dataset.items()},
                "by_run": {k: merge(v) for k, v in by_run.items()}}

    # ---------------------------------------------------------------- datasets

    async def dataset(self, dataset_id: str) -> dict | None:
        return await self.db.datasets.find_one({"_id": dataset_id})

    async def set_dataset_mapping(self, dataset_id: str, mapping: dict | None) -> dict | None:
        """Store (or, with None, remove) a dataset's field mapping; the updated document, or None
        when there is no such dataset."""
        update = {"$set": {"mapping": mapping}} if mapping is not None else {"$unset": {"mapping": ""}}
        return await self.db.datasets.find_one_and_update({"_id": dataset_id}, update, return_document=True)

    async def datasets_page(self, filters: dict[str, str], *, limit: int,
                            before: tuple[datetime, str] | None = None) -> list[dict]:
        """Dataset documents matching ``filters`` (exact field values), newest first; ``before`` is
        the (created_at, id) of the last one seen."""
        return await _newest_first(self.db.datasets, dict(filters), "created_at", limit=limit, before=before)

    async def delete_dataset(self, dataset_id: str) -> bool:
        return (await self.db.datasets.delete_one({"_id": dataset_id})).deleted_count == 1

    async def runs_with_dataset(self, dataset_id: str, limit: int) -> list[dict]:
        """Run documents (configuration only) that include the dataset, newest first."""
        return await _newest_first(self.db.runs, {"dataset_ids": dataset_id}, "created_at", limit=limit,
                                   projection={"_id": 1, "created_at": 1})

    async def unfinished_runs_with_dataset(self, dataset_id: str) -> list[str]:
        """Ids of the queued or running runs that include the dataset."""
        ids = [d["_id"] for d in await self.db.runs.find({"dataset_ids": dataset_id}, {"_id": 1}).to_list()]
        if not ids:
            return []
        ended = await self.ledger.terminal_statuses(ids)
        return [i for i in ids if i not in ended]

    async def run_batch_records(self, run_id: str) -> list[dict]:
        return await self.ledger.batch_documents(run_id, {"_id": 0, "at": 0, "breakdown": 0})

    async def dataset_conversations(self, dataset_id: str, limit: int) -> list[dict]:
        """Up to ``limit`` scored conversations of the dataset, from the newest run that scored
        any (the per-batch quality summaries say which), read from that run's own collection
        (``shared.scored``); each as ``{"_id", "messages", "lineage", "original_format",
        "metadata", "quality"}``."""
        latest = await self.db.quality_batches.find(
            {"dataset_id": dataset_id, "conversations": {"$gt": 0}}, {"run_id": 1, "at": 1}).sort(
            "at", -1).limit(1).to_list()
        if not latest:
            return []
        out: list[dict] = []
        # a few batch documents are enough for a preview (no sort: the server would read them all)
        docs = await run_collection(self.db, latest[0]["run_id"], "scored").find(
            {"dataset_id": dataset_id}).limit(max(1, min(4, limit // 100 + 1))).to_list()
        for doc in sorted(docs, key=lambda d: d["batch_index"]):
            for item in scored.items(doc):
                c = item["conversation"]
                out.append({"_id": c["id"], "messages": c["messages"], "lineage": c["lineage"],
                            "original_format": c.get("original_format"), "metadata": c.get("metadata") or {},
                            "quality": item.get("quality") or {}})
                if len(out) >= limit:
                    return out
        return out

    # ---------------------------------------------------------------- raw ingest

    async def ingest_rejects_page(self, filters: dict[str, str], *, limit: int,
                                  before: tuple[datetime, str] | None = None) -> list[dict]:
        """Messages the raw-ingest consumer refused, newest first; ``before`` is the
        (received_at, id) of the last one seen."""
        return await _newest_first(self.db.ingest_rejects, dict(filters), "received_at", limit=limit, before=before)

    # ---------------------------------------------------------------- audit trail (insert-only)

    async def insert_audit_events(self, docs: list[dict[str, Any]]) -> int:
        """Store audit events (``_id`` = event id): a batch tried again inserts only what is missing.
        Nothing in the gateway updates or deletes them."""
        return await insert_many_once(self.db.audit_events, docs)

    async def audit_page(self, filters: dict[str, Any], *, limit: int, since: datetime | None = None,
                         until: datetime | None = None, before: tuple[datetime, str] | None = None) -> list[dict]:
        """Audit events newest first: equality ``filters`` (plain values, never operators), a time
        range [since, until), and ``before`` = the (occurred_at, id) of the last one seen."""
        query: dict[str, Any] = dict(filters)
        window = {op: at for op, at in (("$gte", since), ("$lt", until)) if at is not None}
        if window:
            query["occurred_at"] = window
        return await _newest_first(self.db.audit_events, query, "occurred_at", limit=limit, before=before)

    # ------------------------------------------------------------------ run exports (made by production)

    async def run_export(self, run_id: str, key: str) -> dict | None:
        """A run export's state (``run.<run_id>.exports``): written by production."""
        return await run_collection(self.db, run_id, "exports").find_one({"_id": key})

    async def insert_run_export(self, run_id: str, doc: dict[str, Any]) -> bool:
        """Record a first request (``queued``) once; production updates it from then on."""
        return await insert_once(run_collection(self.db, run_id, "exports"), doc)

    # ------------------------------------------------------------------ production datasets (gateway.production)

    async def run_config(self, run_id: str) -> dict | None:
        return await self.ledger.config(run_id)

    async def run_outcome(self, run_id: str) -> dict | None:
        return await self.ledger.outcome(run_id)

    async def run_started(self, run_id: str) -> bool:
        return await self.ledger.has_started(run_id)

    async def latest_completed_run(self, dataset_id: str, scan: int = 200) -> dict | None:
        """The newest completed run (its configuration document) among the ``scan`` newest that
        include the dataset."""
        runs = await _newest_first(self.db.runs, {"dataset_ids": dataset_id}, "created_at", limit=scan)
        ended = await self.ledger.terminal_statuses([r["_id"] for r in runs]) if runs else {}
        return next((r for r in runs if ended.get(r["_id"]) == "completed"), None)

    async def insert_generation(self, doc: dict[str, Any]) -> None:
        await self.db.generations.insert_one(doc)

    async def generations_page(self, *, limit: int, before: tuple[datetime, str] | None = None) -> list[dict]:
        """Generation documents (without their manifests), newest first; ``before`` is the
        (created_at, id) of the last one seen."""
        return await _newest_first(self.db.generations, {}, "created_at", limit=limit, before=before,
                                   projection={"manifest": 0, "sources": 0})

    async def generation(self, generation_id: str) -> dict | None:
        return await self.db.generations.find_one({"_id": generation_id})

    async def generation_exports(self, ids: list[str]) -> list[dict]:
        return await self.db.generation_exports.find({"_id": {"$in": ids}}).to_list()

    async def generation_export_request(self, doc: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Insert an export request document once (a failed one is replaced): the request now on
        record, and whether this call wrote it (so the command must be sent)."""
        exports = self.db.generation_exports
        try:
            await exports.insert_one(doc)
            return doc, True
        except DuplicateKeyError:
            existing = await exports.find_one({"_id": doc["_id"]}) or doc
        if existing.get("status") == "failed":
            if await exports.find_one_and_replace({"_id": doc["_id"], "status": "failed"}, doc) is not None:
                return doc, True
            existing = await exports.find_one({"_id": doc["_id"]}) or doc
        return existing, False

    def artifact_chunks(self, storage: dict[str, Any]):
        """A generation artifact's bytes, a chunk at a time (``shared.artifacts``)."""
        return artifacts.read_chunks(self.db, storage)

    async def artifact_exists(self, storage: dict[str, Any]) -> bool:
        return await artifacts.exists(self.db, storage)

    # ------------------------------------------------------------------ dashboard (routes/overview.py)

    async def dataset_overview(self) -> list[dict]:
        """Every dataset's source, status and size."""
        return await self.db.datasets.find({}, {"source": 1, "status": 1, "bytes": 1}).to_list()

    async def run_count(self) -> int:
        return await self.db.runs.count_documents({})

    async def quality_summaries(self, run_ids: list[str]) -> list[dict]:
        """The per-batch quality summaries of the runs."""
        if not run_ids:
            return []
        return await self.db.quality_batches.find({"run_id": {"$in": run_ids}}, {"_id": 0, "at": 0}).to_list()


# ---------------------------------------------------------------------- stores of auth, rate limits, tickets
# Their logic lives in gateway.auth, gateway.ratelimit and gateway.tickets; their documents here.


class KeyDocuments:
    """``api_keys``: one document per key (``_id`` = key id, only the secret's hash stored)."""

    def __init__(self, db: AsyncDatabase) -> None:
        self.keys = db.api_keys

    async def insert(self, doc: dict[str, Any]) -> None:
        await self.keys.insert_one(doc)

    async def listing(self, include_revoked: bool) -> list[dict[str, Any]]:
        query: dict[str, Any] = {} if include_revoked else {"revoked_at": None}
        return await self.keys.find(query, {"hash": 0}).sort("created_at", 1).to_list()

    async def get(self, key_id: str) -> dict[str, Any] | None:
        return await self.keys.find_one({"_id": key_id}, {"hash": 0})

    async def with_hash(self, key_id: str) -> dict[str, Any] | None:
        return await self.keys.find_one({"_id": key_id})

    async def revoke(self, key_id: str, at: datetime) -> bool:
        result = await self.keys.update_one({"_id": key_id, "revoked_at": None}, {"$set": {"revoked_at": at}})
        return result.modified_count == 1


class RateLimitSlots:
    """``rate_limit_slots``: one document per request allowed, ``<key>|<bucket>|<window>|<n>``."""

    def __init__(self, db: AsyncDatabase) -> None:
        self.slots = db.rate_limit_slots

    async def claim(self, key_id: str, bucket: str, window: int, n: int, period_s: int) -> bool:
        """Take slot ``n`` of the window; False when another replica (or request) has it."""
        try:
            await self.slots.insert_one({"_id": f"{key_id}|{bucket}|{window}|{n}", "key_id": key_id,
                                         "bucket": bucket, "window": window, "n": n, "period_s": period_s})
        except DuplicateKeyError:
            return False
        return True

    async def highest(self, key_id: str, bucket: str, window: int) -> int:
        """The highest slot taken in the window, 0 for none."""
        last = await self.slots.find_one({"key_id": key_id, "bucket": bucket, "window": window},
                                         {"n": 1}, sort=[("n", -1)])
        return last["n"] if last else 0

    async def delete_before(self, bucket: str, window: int) -> None:
        await self.slots.delete_many({"bucket": bucket, "window": {"$lt": window}})


class TicketDocuments:
    """``ws_tickets`` (by the ticket's hash) and ``ws_ticket_uses`` (a redeemed ticket's hash, once)."""

    def __init__(self, db: AsyncDatabase) -> None:
        self.tickets = db.ws_tickets
        self.uses = db.ws_ticket_uses

    async def insert(self, doc: dict[str, Any]) -> None:
        await self.tickets.insert_one(doc)

    async def get(self, digest: str) -> dict[str, Any] | None:
        return await self.tickets.find_one({"_id": digest})

    async def delete(self, digest: str) -> None:
        await self.tickets.delete_one({"_id": digest})

    async def use_once(self, digest: str, at: datetime) -> bool:
        """Record the ticket's use; False when it was used before."""
        return await insert_once(self.uses, {"_id": digest, "at": at})

    async def purge(self, now: datetime, uses_before: datetime) -> None:
        await self.tickets.delete_many({"expires_at": {"$lte": now}})
        await self.uses.delete_many({"at": {"$lt": uses_before}})
