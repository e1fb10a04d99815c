"""Heartbeats: every process (each service, each gateway replica) says it is alive.

Every ``DP_HEARTBEAT_INTERVAL_S`` seconds a process replaces its own document in the
``heartbeats`` collection. The ``_id`` is ``<service>:<hostname>:<pid>``, so each document
has exactly one writer (FerretDB loses concurrent updates to one document; this never
has any). A clean shutdown writes ``stopped_at`` once more; a process that dies just stops
beating, and ``GET /api/v1/system/status`` shows it unhealthy once its last beat is older
than three intervals. Documents of processes silent for a day are deleted at start-up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from datetime import UTC, datetime, timedelta
from importlib import metadata
from typing import Any

from pymongo.asynchronous.database import AsyncDatabase

from shared.background import raise_if_cancelled, stop_task
from shared.mongo import mongo_deadline

log = logging.getLogger("dp.heartbeat")
COLLECTION = "heartbeats"
FORGET_AFTER = timedelta(days=1)


def project_version() -> str:
    try:
        return metadata.version("dataset-pipeline")
    except metadata.PackageNotFoundError:
        return "0.1.0"


def instance_id(service: str) -> str:
    return f"{service}:{socket.gethostname()}:{os.getpid()}"


class Heartbeat:
    """One process's heartbeat writer: ``await start()`` in the start-up hook, ``await
    stop()`` at shutdown. A failed write is logged and retried at the next beat; it never
    stops the process."""

    def __init__(self, db: AsyncDatabase, service: str, interval_s: float, *, topic_prefix: str = "") -> None:
        self.collection = db[COLLECTION]
        self.service = service
        self.interval_s = interval_s
        self.topic_prefix = topic_prefix
        self.instance_id = instance_id(service)
        self.started_at = datetime.now(UTC)
        self.version = project_version()
        self._task: asyncio.Task | None = None

    def document(self, **extra: Any) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "_id": self.instance_id,
            "service": self.service,
            "instance_id": self.instance_id,
            "hostname": socket.gethostname(),
            "pid": os.getpid(),
            "topic_prefix": self.topic_prefix,
            "version": self.version,
            "interval_s": self.interval_s,
            "started_at": self.started_at,
            "at": datetime.now(UTC),
        }
        doc.update(extra)
        return doc

    async def beat(self, **extra: Any) -> None:
        doc = self.document(**extra)
        await self.collection.replace_one({"_id": self.instance_id}, doc, upsert=True)

    async def _run(self) -> None:
        while True:
            try:
                await self.beat()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - MongoDB away: try again next time
                log.warning("heartbeat of %s failed: %r", self.instance_id, exc)
            raise_if_cancelled()  # a cancellation the driver's awaits dropped (shared/background.py)
            await asyncio.sleep(self.interval_s)

    async def start(self) -> None:
        if self._task is not None:
            return
        self.started_at = datetime.now(UTC)
        with contextlib.suppress(Exception):
            await self.collection.delete_many({"at": {"$lt": datetime.now(UTC) - FORGET_AFTER}})
        self._task = asyncio.create_task(self._run(), name=f"heartbeat:{self.instance_id}")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        await stop_task(task, "heartbeat")
        try:
            async with mongo_deadline(5.0):
                await self.beat(stopped_at=datetime.now(UTC))
        except Exception as exc:  # noqa: BLE001 - a last beat is best effort
            log.debug("final heartbeat of %s failed: %r", self.instance_id, exc)
