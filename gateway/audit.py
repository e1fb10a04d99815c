"""The audit trail: which requests are audit events, what they are called, and where they go.

The edge middleware (``gateway.edge``) asks :func:`is_audited` once a request is answered and
hands :meth:`AuditTrail.record` the event (:func:`make_event`). Recording never blocks or fails
the request: the trail buffers events and a background task stores them in batches
(``audit_events``, insert-only, idempotent by ``event_id``) and publishes them on
``audit.events.v1``. A batch MongoDB refuses stays buffered and is tried again (up to
``audit_buffer_max`` events; beyond that the oldest are dropped, logged and counted); a Kafka
failure is logged and counted, never retried (MongoDB is the record). Stopping flushes
everything still buffered (clean shutdown loses nothing).
"""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry, Counter

from shared.api import API_PREFIX
from shared.audit import AuditEvent
from shared.background import raise_if_cancelled, stop_task

log = logging.getLogger("dp.gateway.audit")

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
REFUSED = frozenset({401, 403, 429})
PUBLISH_TIMEOUT_S = 10.0
MAX_FIELD = 300  # characters kept of a path or resource (paths are the caller's text)
_TOKEN_KEY_ID = re.compile(r"^dp_([0-9a-f]{16})_")


# ----------------------------------------------------------------------- what is an event


def _under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix + "/")


def is_audited(method: str, path: str, status: int) -> bool:
    """State-changing requests under /api/v1 (whatever their outcome), and refusals (401, 403,
    429) under /api/v1 and /ws, GETs and WebSockets included."""
    api = _under(path, API_PREFIX)
    if status in REFUSED and (api or _under(path, "/ws")):
        return True
    return api and method in STATE_CHANGING


def action_of(route: Any | None, websocket: bool = False) -> str:
    """``<first tag>.<endpoint name>`` (the operationId ``<tag>_<name>`` with a dot), ``ws.<name>``
    for a WebSocket route, ``unmatched`` when no route answered."""
    if route is None:
        return "unmatched"
    name = getattr(route, "name", None) or "unnamed"
    if websocket:
        return f"ws.{name}"
    tags = getattr(route, "tags", None)
    return f"{tags[0]}.{name}" if tags else name


def resource_of(template: str | None, params: Mapping[str, Any], path: str) -> str:
    """``<kind>:<id>`` for each ``<kind>_id`` path parameter (``run:...``, ``dataset:...``,
    ``key:...``, joined by ``/``), else the route template, else the path."""
    ids = [f"{name[:-3]}:{value}" for name, value in params.items() if name.endswith("_id") and len(name) > 3]
    if ids:
        return "/".join(ids)[:MAX_FIELD]
    return (template or path)[:MAX_FIELD]


def websocket_status(close_code: int | None, accepted: bool) -> int:
    """A WebSocket's outcome as an HTTP status: a 44xx close code is that refusal (4401 -> 401);
    else 101 if it was accepted; a close before accepting is a 403 (what servers answer)."""
    if close_code is not None and 4400 <= close_code <= 4599:
        return close_code - 4000
    return 101 if accepted else 403


def claimed_key_id(token: str | None) -> str | None:
    """The key id a ``dp_<key_id>_<secret>`` token names (never the secret), else None."""
    match = _TOKEN_KEY_ID.match(token or "")
    return match.group(1) if match else None


def make_event(*, request_id: str, method: str, path: str, status: int, action: str, resource: str,
               key_id: str | None, key_name: str | None, tier: str | None, client: str | None,
               at: datetime | None = None) -> AuditEvent:
    at = at or datetime.now(UTC)
    at = at.replace(microsecond=at.microsecond // 1000 * 1000)  # BSON keeps milliseconds: the topic's copy too
    return AuditEvent(event_id=uuid.uuid4().hex, occurred_at=at, request_id=request_id,
                      key_id=key_id, key_name=key_name or None, tier=tier, action=action, resource=resource,
                      method=method, path=path[:MAX_FIELD], status=status, client=client)


# ----------------------------------------------------------------------- where events go

Store = Callable[[list[dict[str, Any]]], Awaitable[Any]]
Publish = Callable[[AuditEvent], Awaitable[Any]]


class AuditTrail:
    """Buffers events and writes them in batches: MongoDB (``store``) and Kafka (``publish``)."""

    def __init__(self, store: Store, publish: Publish | None, registry: CollectorRegistry, *,
                 flush_interval_s: float = 0.5, batch_size: int = 200, buffer_max: int = 50_000) -> None:
        self.store, self.publish = store, publish
        self.flush_interval_s, self.batch_size, self.buffer_max = flush_interval_s, batch_size, buffer_max
        self._to_store: list[AuditEvent] = []
        self._to_publish: list[AuditEvent] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._lock = asyncio.Lock()
        self.events = Counter("dp_audit_events_total", "Audit events recorded", registry=registry)
        self.failures = Counter("dp_audit_failures_total", "Audit events not stored or not published "
                                "(sink: mongodb = a failed try, kept for the next; dropped = lost; kafka = not sent)",
                                ["sink"], registry=registry)
        for sink in ("mongodb", "dropped", "kafka"):
            self.failures.labels(sink)  # at 0 from the start: the AuditEventsLost alert sees the first loss

    def record(self, event: AuditEvent) -> None:
        """Queue one event; never raises, never waits."""
        self.events.inc()
        self._to_store.append(event)
        if self.publish is not None:
            self._to_publish.append(event)
        for queue, what in ((self._to_store, "stored"), (self._to_publish, "published")):
            if len(queue) > self.buffer_max:
                lost = queue[: len(queue) - self.buffer_max]
                del queue[: len(lost)]
                self.failures.labels("dropped").inc(len(lost))
                log.error("audit buffer full: %d event(s) dropped before they were %s: %s", len(lost), what,
                          [e.model_dump_json() for e in lost])
        if len(self._to_store) >= self.batch_size:
            self._wake.set()

    @property
    def pending(self) -> int:
        return len(self._to_store)

    async def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="audit-trail")

    async def stop(self) -> None:
        """Stop the background task, then write what is left (one more try if MongoDB fails)."""
        task, self._task = self._task, None
        await stop_task(task, "audit trail")
        for _ in range(2):
            await self.flush_all()
            if not self._to_store:
                return
            await asyncio.sleep(min(1.0, self.flush_interval_s))
        log.error("audit trail stopped with %d event(s) not stored: %s", len(self._to_store),
                  [e.model_dump_json() for e in self._to_store])
        self.failures.labels("dropped").inc(len(self._to_store))

    async def _run(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.flush_interval_s)
            except TimeoutError:
                pass
            raise_if_cancelled()  # a cancellation ``wait_for`` dropped (shared/background.py)
            self._wake.clear()
            await self.flush_all()

    async def flush_all(self) -> None:
        """Write every buffered event, batch by batch; stops at the first batch MongoDB refuses."""
        async with self._lock:
            while self._to_store:  # MongoDB first: it is the record
                batch = self._to_store[: self.batch_size]
                try:
                    await self.store([e.document() for e in batch])
                except Exception:  # noqa: BLE001 - kept and tried again; the request was answered long ago
                    self.failures.labels("mongodb").inc(len(batch))
                    log.warning("could not store %d audit event(s); kept for the next try", len(batch),
                                exc_info=True)
                    break
                del self._to_store[: len(batch)]
            while self._to_publish:
                batch = self._to_publish[: self.batch_size]
                del self._to_publish[: len(batch)]
                await self._send(batch)

    async def _send(self, batch: list[AuditEvent]) -> None:
        assert self.publish is not None
        try:  # a Kafka that does not answer must not hold the trail (or a shutdown) for long
            results = await asyncio.wait_for(
                asyncio.gather(*(self.publish(e) for e in batch), return_exceptions=True), PUBLISH_TIMEOUT_S)
        except TimeoutError as exc:
            results = [exc] * len(batch)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            self.failures.labels("kafka").inc(len(failed))
            log.warning("could not publish %d of %d audit event(s): %r", len(failed), len(batch), failed[0])

