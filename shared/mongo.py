"""MongoDB client factory and the indexes every collection needs.

Code sticks to what both MongoDB 7/8 and FerretDB 1.24 serve correctly: no transactions,
no change streams, simple queries, and no two processes updating one document at the
same time (FerretDB loses one of the writes; see ``shared.run_ledger``): documents are
inserted once, keyed by deterministic ids, and duplicate keys mean "already done".
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re
import uuid
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta

import pymongo
from pymongo import ASCENDING, DESCENDING, AsyncMongoClient
from pymongo.asynchronous.collection import AsyncCollection
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import BulkWriteError, DuplicateKeyError

from shared.settings import BaseServiceSettings

DUPLICATE_KEY = 11000


def make_mongo(settings: BaseServiceSettings, event_listeners=()) -> AsyncMongoClient:
    """``event_listeners``: PyMongo monitoring listeners (``shared.metrics.StoreLatencyListener``)."""
    return AsyncMongoClient(settings.mongodb_uri, serverSelectionTimeoutMS=10_000, tz_aware=True,
                            event_listeners=list(event_listeners))


_PLAIN_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
RUN_COLLECTION_KINDS = ("state", "batches", "scored", "dedup", "rejects", "exports")


@contextlib.asynccontextmanager
async def mongo_deadline(seconds: float) -> AsyncIterator[None]:
    """Bound every PyMongo call inside to ``seconds``, server selection included.

    ``asyncio.timeout`` alone is not enough: PyMongo's server-selection loop waits with a copy of
    Python 3.11's ``wait_for``, which turns a cancellation that lands while it is cancelling its
    own 0.5 s wait into a ``TimeoutError`` it then treats as "no server yet" and loops on, so the
    deadline is lost until ``serverSelectionTimeoutMS`` (seen in CI: a 2 s probe that hung).
    ``pymongo.timeout`` (client-side operation timeout) makes PyMongo stop by itself; the asyncio
    bound stays as the backstop for anything PyMongo does not time.
    """
    with pymongo.timeout(seconds):
        async with asyncio.timeout(seconds + 1.0):
            yield


def run_collection(db: AsyncDatabase, run_id: str, kind: str) -> AsyncCollection:
    """The collection that holds one kind of one run's documents: ``run.<run_id>.<kind>``.

    Why one collection per run: FerretDB 1.24 (the local and CI server) answers every filter
    with a full scan of the collection, whatever the index, so a query on a collection shared
    by all runs costs more with every run stored. A run's own collection makes every read on a
    run's path O(that run) on any backend; real MongoDB is just as happy (it would also serve a
    shared collection from an index). Kinds: ``state`` (the run's configuration and marks),
    ``batches`` (the run ledger's batch records), ``rejects`` (standardization's rejected records),
    ``scored`` (quality's scored conversations, a compressed document per batch), ``dedup``
    (production's duplicate resolution), ``exports`` (production's export variants and partial
    exports of the run, one state document each). A run id other than a plain token is hashed.
    """
    assert kind in RUN_COLLECTION_KINDS, kind
    key = run_id if _PLAIN_ID.fullmatch(run_id) else "h" + hashlib.sha256(run_id.encode()).hexdigest()[:32]
    return db[f"run.{key}.{kind}"]


VALIDATION_EPOCH = date(2020, 1, 1)


def new_validation_id(today: date | None = None) -> str:
    """A stored validation's id (``POST /validate/batch``): 32 hex characters, the first 5 its day
    (days since 2020-01-01), so that ``validation_collection`` finds its day's collection."""
    day = ((today or datetime.now(UTC).date()) - VALIDATION_EPOCH).days
    return f"{day:05x}{uuid.uuid4().hex[5:]}"


def validation_collection(db: AsyncDatabase, validation_id: str) -> AsyncCollection | None:
    """The collection a validation of ``new_validation_id`` is stored in: ``validations.YYYYMMDD``
    of its day (None: the id carries no plausible day). Same reason as ``run_collection``: on
    FerretDB a lookup by id scans its collection, and one collection for every validation ever
    stored would make each ``GET /validate/metrics/{id}`` slower than the last. Ids made before
    day-keyed ids are in the shared ``validations`` collection (``GatewayRepository.validation``
    looks there when the day's collection has nothing, for the ids it read from it at start-up)."""
    try:
        day = VALIDATION_EPOCH + timedelta(days=int(validation_id[:5], 16))
    except (ValueError, OverflowError):
        return None
    if not VALIDATION_EPOCH <= day <= datetime.now(UTC).date() + timedelta(days=1):
        return None
    return db[f"validations.{day:%Y%m%d}"]


async def insert_once(collection, doc: dict) -> bool:
    """Insert a document keyed by a deterministic id; False if one with that id is there."""
    try:
        await collection.insert_one(doc)
        return True
    except DuplicateKeyError:
        return False


async def insert_many_once(collection, docs: list[dict]) -> int:
    """Insert documents keyed by deterministic ids; those already there are left alone.

    Returns how many were new. Any error other than a duplicate key is raised.
    """
    if not docs:
        return 0
    try:
        result = await collection.insert_many(docs, ordered=False)
        return len(result.inserted_ids)
    except BulkWriteError as exc:
        errors = exc.details.get("writeErrors", [])
        others = [e for e in errors if e.get("code") != DUPLICATE_KEY]
        if others:
            raise
        return len(docs) - len(errors)


async def ensure_indexes(db: AsyncDatabase) -> None:
    await db.run_marks.create_index([("run_id", ASCENDING)])
    await db.runs.create_index([("created_at", ASCENDING)])
    # GET /pipeline/runs?status=: one page is one query on the status shared.run_ledger keeps
    await db.runs.create_index([("status", ASCENDING), ("created_at", DESCENDING), ("_id", DESCENDING)])
    await db.quality_batches.create_index([("run_id", ASCENDING)])
    await db.quality_batches.create_index([("dataset_id", ASCENDING)])
    await db.datasets.create_index([("created_at", ASCENDING)])
    await db.ingest_rejects.create_index([("received_at", ASCENDING)])
    await db.api_keys.create_index([("created_at", ASCENDING)])
    await db.rate_limit_slots.create_index(
        [("key_id", ASCENDING), ("bucket", ASCENDING), ("window", ASCENDING), ("n", ASCENDING)])
    # The audit trail, newest first, by itself or filtered by one field (gateway.audit). On FerretDB a
    # page still scans the collection (see docs/api.md, the audit section); MongoDB serves it from these.
    await db.audit_events.create_index([("occurred_at", DESCENDING), ("_id", DESCENDING)])
    for field in ("key_id", "action", "resource", "status"):
        await db.audit_events.create_index([(field, ASCENDING), ("occurred_at", DESCENDING), ("_id", DESCENDING)])
    # WebSocket tickets (gateway.tickets): expired ones are deleted when a ticket is issued
    await db.ws_tickets.create_index([("expires_at", ASCENDING)])
    await db.ws_ticket_uses.create_index([("at", ASCENDING)])
