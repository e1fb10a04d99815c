"""Readiness and liveness of a process, for Kubernetes probes and load balancers.

- ``GET /livez``: the process answers. Nothing else is checked, so an outage of Kafka or
  MongoDB takes pods out of the load balancer (readiness) but never restarts them all.
- ``GET /readyz``: Kafka and MongoDB answer this process's own clients now: a metadata
  round trip through the broker's admin client and a MongoDB ``ping``, concurrently, each
  with a deadline. 200 ``{"status": "ready", "checks": {...}}``, else 503 with
  ``"reason"`` naming what failed (``mongodb: timed out after 3s``). No key is needed, so
  the answer names the failing check and the kind of error only; the full error goes to the
  log, once per change of state.

Services mount both as ASGI routes (``shared.service``); the gateway serves them as FastAPI
routes (``gateway.routes.health``).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from faststream.exceptions import IncorrectState

from shared.mongo import mongo_deadline

log = logging.getLogger("dp.readiness")
CHECK_TIMEOUT_S = 3.0


class NotReady(Exception):
    """A check failed with a reason safe to show without authentication."""


def kafka_check(broker) -> Callable[[], Awaitable[None]]:
    """Kafka answers the broker's own admin client (the connection its subscribers and
    publishers use) with cluster metadata listing at least one broker."""

    async def check() -> None:
        try:
            admin = broker.config.admin_client  # FastStream 0.7: IncorrectState until the broker starts
        except IncorrectState:
            raise NotReady("the Kafka client is not connected (starting or stopped)") from None
        cluster = await admin.describe_cluster()
        if not cluster.get("brokers"):
            raise NotReady("no broker in the cluster metadata")

    return check


def mongo_check(db) -> Callable[[], Awaitable[None]]:
    """MongoDB answers a ``ping`` on this process's client."""

    async def check() -> None:
        async with mongo_deadline(CHECK_TIMEOUT_S):
            await db.command("ping")

    return check


class Readiness:
    def __init__(self, checks: dict[str, Callable[[], Awaitable[None]]], timeout: float = CHECK_TIMEOUT_S):
        self.checks = checks
        self.timeout = timeout
        self._last: dict[str, str | None] = {}

    async def _run(self, name: str, check: Callable[[], Awaitable[None]]) -> dict[str, Any]:
        started = time.perf_counter()
        detail: str | None = None
        try:
            async with asyncio.timeout(self.timeout):
                await check()
        except NotReady as exc:
            shown = str(exc)
        except TimeoutError:
            shown = f"timed out after {self.timeout:g}s"
        except Exception as exc:  # noqa: BLE001 - any failure means not ready; the class is the public reason
            shown, detail = type(exc).__name__, f"{type(exc).__name__}: {exc}"
        else:
            return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}
        if self._last.get(name) != shown:
            log.warning("not ready: %s: %s", name, (detail or shown)[:500])
        self._last[name] = shown
        return {"ok": False, "error": shown}

    async def report(self) -> tuple[bool, dict[str, Any]]:
        names = list(self.checks)
        results = await asyncio.gather(*(self._run(n, self.checks[n]) for n in names))
        checks = dict(zip(names, results, strict=True))
        for name, result in checks.items():
            if result["ok"] and self._last.get(name) is not None:
                log.info("ready again: %s", name)
                self._last[name] = None
        failed = [f"{n}: {r['error']}" for n, r in checks.items() if not r["ok"]]
        if failed:
            return False, {"status": "not ready", "reason": "; ".join(failed), "checks": checks}
        return True, {"status": "ready", "checks": checks}


async def _respond(send, status: int, body: dict[str, Any]) -> None:
    raw = orjson.dumps(body)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode()),
                            (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": raw})


def readyz_asgi(readiness: Readiness):
    """``GET /readyz`` as a bare ASGI app (a service's ``asgi_routes``)."""

    async def app(scope, receive, send) -> None:
        if scope["type"] != "http":
            return
        ready, body = await readiness.report()
        await _respond(send, 200 if ready else 503, body)

    return app


async def livez_asgi(scope, receive, send) -> None:
    """``GET /livez``: the process answers; nothing else is checked."""
    if scope["type"] == "http":
        await _respond(send, 200, {"status": "ok"})
