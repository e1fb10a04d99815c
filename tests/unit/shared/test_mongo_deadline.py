"""``mongo_deadline`` bounds PyMongo's server selection by PyMongo's own timeout.

An ``asyncio.timeout`` around a PyMongo call can be lost: PyMongo's server-selection loop waits
with a copy of Python 3.11's ``wait_for``, which turns a cancellation arriving while it cancels its
own short wait into a ``TimeoutError`` that the loop reads as "no server yet" (CI once hung a 2 s
status probe for the test's whole 120 s bound that way). These tests pin that the deadline comes
from PyMongo (a ``PyMongoError``), not from the asyncio backstop (a bare ``TimeoutError``).
"""
from __future__ import annotations

import socket
import time

import pytest
from pymongo import AsyncMongoClient
from pymongo.errors import PyMongoError

from shared.mongo import mongo_deadline
from shared.readiness import Readiness, mongo_check
from shared.status import probe_mongo


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: connections are refused


@pytest.fixture
async def dead_db():
    client = AsyncMongoClient(f"mongodb://127.0.0.1:{_closed_port()}/?directConnection=true&"
                              "serverSelectionTimeoutMS=300000", tz_aware=True)
    try:
        yield client["x"]
    finally:
        await client.close()


async def test_pymongo_itself_gives_up_at_the_deadline(dead_db):
    started = time.monotonic()
    with pytest.raises(PyMongoError):
        async with mongo_deadline(0.5):
            await dead_db.command("ping")
    # generous: only tells "PyMongo stopped" from "waited for the 300 s server selection"
    assert time.monotonic() - started < 60


async def test_status_probe_and_readiness_report_down_not_hang(dead_db):
    status = await probe_mongo(dead_db, timeout=0.5)
    assert status.status == "down" and not status.reachable
    assert status.error and status.error != "timed out"  # PyMongo's own error, not the asyncio backstop
    ok, body = await Readiness({"mongodb": mongo_check(dead_db)}, timeout=30).report()
    assert not ok and body["checks"]["mongodb"]["ok"] is False
    assert body["checks"]["mongodb"]["error"] == "ServerSelectionTimeoutError"  # not "timed out after 30s"
