"""Issue 13 against the real MongoDB-wire server: WebSocket tickets (single use, expiry, the key
they stand for) and run listings filtered by status (one indexed query per page, exact cursors)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from pymongo import AsyncMongoClient

from gateway.app import create_app
from gateway.auth import KeyStore
from gateway.settings import GatewaySettings
from gateway.tickets import TicketStore
from shared.mongo import ensure_indexes
from shared.run_ledger import RunLedger

pytestmark = pytest.mark.integration
ADMIN = "it-admin-" + "k" * 24


@pytest.fixture
async def db(infrastructure):
    _, name = infrastructure.unique("sec")
    client = AsyncMongoClient(infrastructure.mongodb_uri, tz_aware=True)
    database = client[name]
    await ensure_indexes(database)
    try:
        yield database
    finally:
        await client.drop_database(name)
        await client.close()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def test_a_ticket_opens_once_and_not_after_it_expires(db):
    clock = Clock()
    store = TicketStore(db, ttl_s=30, clock=clock)
    ticket = await store.issue("0123456789abcdef")
    assert (await db.ws_tickets.find_one({}))["_id"] != ticket  # only its hash is stored
    assert await db.ws_tickets.count_documents({"key_id": "0123456789abcdef"}) == 1
    assert await store.redeem(ticket) == "0123456789abcdef"
    assert await store.redeem(ticket) is None  # single use
    assert await db.ws_tickets.count_documents({}) == 0

    late = await store.issue("0123456789abcdef")
    clock.now += timedelta(seconds=29)
    soon = await store.issue("fedcba9876543210")
    clock.now += timedelta(seconds=2)  # late is 31 s old, soon 2 s
    assert await store.redeem(late) is None
    assert await store.redeem(soon) == "fedcba9876543210"
    for nonsense in (None, "", "x" * 500, "not-a-ticket"):
        assert await store.redeem(nonsense) is None


async def test_two_redemptions_of_one_ticket_cannot_both_win(db):
    """Both read the ticket before either deleted it: the use record's unique key decides."""
    store = TicketStore(db)
    ticket = await store.issue("0123456789abcdef")
    doc = await db.ws_tickets.find_one({})
    assert (await store.redeem(ticket)) is not None
    await db.ws_tickets.insert_one(doc)  # as the second redeemer saw it, before the first deleted it
    assert await store.redeem(ticket) is None


async def test_issuing_purges_expired_tickets_and_old_use_records(db):
    clock = Clock()
    store = TicketStore(db, ttl_s=30, clock=clock)
    used, unused = await store.issue("a" * 16), await store.issue("b" * 16)
    await store.redeem(used)
    clock.now += timedelta(seconds=31)
    await store.issue("c" * 16)
    assert await db.ws_tickets.count_documents({}) == 1  # the new one
    assert await db.ws_ticket_uses.count_documents({}) == 0
    assert await store.redeem(unused) is None


async def test_a_ticket_session_follows_its_key_by_id(db):
    keys = KeyStore(db, bootstrap=ADMIN, cache_s=0)
    doc, token = await keys.create("v", "viewer", created_by="test")
    assert (await keys.principal(doc["_id"])).tier == "viewer"
    assert (await keys.principal("bootstrap-admin")).tier == "admin"
    assert await KeyStore(db, bootstrap=None).principal("bootstrap-admin") is None
    assert await keys.principal("0000000000000000") is None
    await keys.revoke(doc["_id"])
    assert await keys.principal(doc["_id"]) is None and await keys.authenticate(token) is None


# ---------------------------------------------------------------- runs by status

async def make_runs(db) -> dict[str, list[str]]:
    """Runs in every state, created one millisecond apart (some in the same millisecond),
    newest last; returns run ids by status, newest first."""
    ledger = RunLedger(db)
    by_status: dict[str, list[str]] = {s: [] for s in ("queued", "running", "completed", "failed", "cancelled")}
    plan = ["queued", "running", "completed", "failed", "cancelled", "completed", "running", "completed",
            "cancelled", "completed", "queued", "completed", "failed", "completed", "running", "completed"]
    for i, status in enumerate(plan):
        run_id = f"{i:02d}{uuid.uuid4().hex[:30]}"
        await ledger.create(run_id, ["d"], 0.5, 10, {})
        stamp = datetime(2026, 12, 3, 12, 0, tzinfo=UTC) + timedelta(milliseconds=i // 2)  # pairs share a stamp
        await db.runs.update_one({"_id": run_id}, {"$set": {"created_at": stamp}})
        await ledger.own(run_id).update_one({"_id": "config"}, {"$set": {"created_at": stamp}})
        if status != "queued" and status != "cancelled":
            await ledger.mark_started(run_id)
        if status in ("completed", "failed", "cancelled"):
            await ledger.finish(run_id, status)
        by_status[status].insert(0, run_id)
    return by_status


@pytest.fixture
async def gateway(db, infrastructure):
    app = create_app(GatewaySettings(admin_api_key=ADMIN, mongodb_uri=infrastructure.mongodb_uri,
                                     mongodb_db=db.name, log_level="WARNING"))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw",
                                 headers={"Authorization": f"Bearer {ADMIN}"}) as client:
        yield client


async def pages(client, **params) -> list[list[dict]]:
    out, cursor = [], None
    while True:
        r = await client.get("/api/v1/pipeline/runs", params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        body = r.json()
        out.append(body["items"])
        cursor = body["next_cursor"]
        if cursor is None:
            return out
        assert len(out) < 50


async def test_runs_filtered_by_status_page_through_exactly_the_matching_runs(db, gateway):
    by_status = await make_runs(db)
    assert {d["status"] async for d in db.runs.find({})} == set(by_status)
    for status, expected in by_status.items():
        for limit in (1, 2, 3, 100):
            got = await pages(gateway, status=status, limit=limit)
            ids = [i["run_id"] for page in got for i in page]
            assert ids == expected, (status, limit)
            assert all(i["status"] == status for page in got for i in page)
            assert all(len(page) == limit for page in got[:-1])  # full pages, only the last may be short
    everything = [i["run_id"] for page in await pages(gateway, limit=4) for i in page]
    assert sorted(everything) == sorted(i for ids in by_status.values() for i in ids)


async def test_a_status_page_is_one_query_on_the_indexed_field(db, gateway):
    by_status = await make_runs(db)
    indexes = [list(ix["key"].items()) for ix in await (await db.runs.list_indexes()).to_list()]
    assert [("status", 1), ("created_at", -1), ("_id", -1)] in indexes
    # the field alone decides which runs a page holds: a run whose field says completed is listed
    # as completed once its state agrees, and its field is corrected when its state is an ending
    queued = by_status["queued"][0]
    await db.runs.update_one({"_id": queued}, {"$set": {"status": "zzz"}})
    ids = [i["run_id"] for page in await pages(gateway, status="queued") for i in page]
    assert queued not in ids
    done = by_status["completed"][0]
    await db.runs.update_one({"_id": done}, {"$set": {"status": "running"}})  # as a lost write would leave it
    running = await gateway.get("/api/v1/pipeline/runs", params={"status": "running", "limit": 100})
    assert done not in [i["run_id"] for i in running.json()["items"]]
    assert (await db.runs.find_one({"_id": done}))["status"] == "completed"  # written back


async def test_an_ending_wins_over_a_late_start(db):
    """A cancel before acquisition's start (or a redelivered start after the end) leaves the
    field at the ending, whatever order the two writers' updates land in."""
    ledger = RunLedger(db)
    await ledger.create("r1", ["d"], 0.5, 10, {})
    assert (await db.runs.find_one({"_id": "r1"}))["status"] == "queued"
    await ledger.finish("r1", "cancelled")
    await ledger.mark_started("r1")
    assert (await db.runs.find_one({"_id": "r1"}))["status"] == "cancelled"


async def test_runs_stored_before_the_status_field_get_theirs_at_start_up(db):
    from gateway.repository import GatewayRepository

    ledger = RunLedger(db)
    for run_id, end in (("old-1", "completed"), ("old-2", None)):
        await ledger.create(run_id, ["d"], 0.5, 10, {})
        await ledger.mark_started(run_id)
        if end:
            await ledger.finish(run_id, end)
        await db.runs.update_one({"_id": run_id}, {"$unset": {"status": ""}})
    assert await GatewayRepository(db).index_run_statuses() == 2
    assert {d["_id"]: d["status"] async for d in db.runs.find({})} == {"old-1": "completed", "old-2": "running"}
    assert await GatewayRepository(db).index_run_statuses() == 0


async def test_a_validation_id_missing_its_day_reads_the_old_shared_collection_only_if_it_is_there(db):
    """Validations stored before day-keyed ids are found in the shared collection; once its ids
    are read at start-up, any other id that misses its day's collection is not looked up there
    (on FerretDB that lookup scans every old validation)."""
    from gateway.repository import GatewayRepository
    from shared.mongo import new_validation_id, validation_collection

    old_id, new_id, unknown = "f" * 32, new_validation_id(), new_validation_id()
    await db.validations.insert_one({"_id": old_id, "conversations": 1, "summary": {}})
    await validation_collection(db, new_id).insert_one({"_id": new_id, "conversations": 2, "summary": {}})
    repo = GatewayRepository(db)
    assert (await repo.validation(old_id))["conversations"] == 1  # before the ids are read: looked up there
    assert await repo.load_legacy_validation_ids() == 1
    assert (await repo.validation(old_id))["conversations"] == 1
    assert (await repo.validation(new_id))["conversations"] == 2
    assert await repo.validation(unknown) is None
    # an id that misses its day and is not an old one never reaches the shared collection
    await db.validations.insert_one({"_id": unknown, "conversations": 3, "summary": {}})  # stored behind its back
    assert await repo.validation(unknown) is None
    assert (await GatewayRepository(db).validation(unknown))["conversations"] == 3  # ids not read: looked up
