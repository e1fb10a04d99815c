"""The outermost layer of an HTTP app: every request passes here first and leaves here last.

:class:`Edge` wraps the whole app (for a FastAPI app, Starlette's own ``ServerErrorMiddleware``
included: see ``gateway.app.GatewayApp``; for a service, its internal API: ``shared.service``),
so nothing can leave without it:

- **request id**: the caller's ``X-Request-ID`` if it is sane (1-64 of ``A-Za-z0-9._-``), else a
  new one; set for the request's log lines and problem documents, and on every response (HTTP,
  and the WebSocket handshake);
- **unhandled errors**: an exception the app did not answer is logged with its stack under the
  request id and answered with a 500 problem document (``internal_error``) carrying the id; one
  the app's error handler answered (``shared.http.handlers``) is not logged twice;
- **metrics**: ``dp_http_requests_total`` / ``dp_http_request_seconds`` by route template,
  500s included (:class:`HttpMetrics`);
- **access log**: one JSON line per request and WebSocket (logger ``dp.<app>.access``):
  request id, method, path (never the query string: it may hold a WebSocket ticket, or a key
  someone put there and the socket refused), status, duration, key id;
- **after**: an app's own hook once the request is answered (the gateway's audit trail).

Each of the last three is guarded: a failure there is logged, never the request's failure.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.http.problems import send_problem
from shared.logs import request_id

_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
INCIDENT = "incident"  # scope["state"] key: the app's error handler answered (and logged) the exception
EXTRA_HEADERS = "edge_headers"  # scope["state"] key: headers a handler wants on the response, whatever it is


class AccessFormatter(logging.Formatter):
    """One JSON object per line, whatever ``DP_LOG_JSON`` says: access lines are for machines."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"ts": datetime.fromtimestamp(record.created, UTC).isoformat(), "level": record.levelname,
                "logger": record.name, "msg": record.getMessage()}
        line.update(getattr(record, "access", {}))
        return json.dumps(line, default=str)


def configure_access_log(name: str) -> logging.Logger:
    """The access logger ``name`` writes JSON lines to stderr on its own handler (uvicorn's own
    access log is off: it would print query strings)."""
    access_log = logging.getLogger(name)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(AccessFormatter())
    access_log.handlers[:] = [handler]
    access_log.setLevel(logging.INFO)
    access_log.propagate = False
    return access_log


class HttpMetrics:
    """``dp_http_requests_total`` and ``dp_http_request_seconds``, by method and route template."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.requests = Counter("dp_http_requests_total", "HTTP requests", ["method", "route", "status"],
                                registry=registry)
        self.latency = Histogram("dp_http_request_seconds", "HTTP request latency", ["method", "route"],
                                 registry=registry)


@dataclass
class Exchange:
    """A request once answered, as the ``after`` hook sees it."""

    scope: Scope
    kind: str  # http or websocket
    method: str  # WEBSOCKET for a socket
    status: int
    route: Any | None
    params: dict[str, Any]
    request_id: str
    state: dict[str, Any]


RouteOf = Callable[[Scope], tuple[Any | None, dict[str, Any]]]
After = Callable[[Exchange], Awaitable[None]]


class Edge:
    def __init__(self, app: ASGIApp, *, metrics: HttpMetrics | None, log: logging.Logger,
                 access_log: logging.Logger, route_of: RouteOf | None = None,
                 websocket_status: Callable[[int | None, bool], int] | None = None,
                 after: After | None = None) -> None:
        self.app, self.metrics, self.log, self.access_log = app, metrics, log, access_log
        self.route_of = route_of or starlette_route
        self.websocket_status = websocket_status or (lambda code, accepted: 101 if accepted else 403)
        self.after = after

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        incoming = next((v for k, v in scope.get("headers", ()) if k == b"x-request-id"), b"").decode("latin-1")
        rid = incoming if _CLIENT_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        state: dict[str, Any] = scope.setdefault("state", {})
        seen: dict[str, Any] = {"status": None, "accepted": False, "close": None}
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            kind_ = message["type"]
            if kind_ in ("http.response.start", "websocket.http.response.start"):
                seen["status"] = message["status"]
                message = {**message, "headers": _with_headers(message.get("headers", []), rid, state)}
            elif kind_ == "websocket.accept":
                seen["accepted"] = True
                message = {**message, "headers": _with_headers(message.get("headers", []), rid, {})}
            elif kind_ == "websocket.close" and seen["close"] is None:
                seen["close"] = message.get("code", 1000)
            await send(message)

        token = request_id.set(rid)
        try:
            try:
                await self.app(scope, receive, send_with_id)
            except Exception:
                if kind == "websocket":
                    self.log.exception("unhandled error on WebSocket %s", scope["path"])
                    seen["error"] = True
                elif seen["status"] is None:
                    incident = uuid.uuid4().hex[:12]
                    self.log.exception("unhandled error on %s %s (incident %s)", scope["method"], scope["path"],
                                       incident)
                    await send_problem(send_with_id, 500, "internal_error", "Internal error",
                                       f"the error was logged as incident {incident}", scope["path"],
                                       incident=incident)
                elif INCIDENT not in state:
                    self.log.exception("error after the response to %s %s started (it is cut short)",
                                       scope["method"], scope["path"])
                    seen["status"] = 500
                # else the app's error handler answered it with a 500 problem and logged it
            finally:
                await self._done(scope, kind, seen, state, time.perf_counter() - started, rid)
        finally:
            request_id.reset(token)

    async def _done(self, scope: Scope, kind: str, seen: dict, state: dict, duration: float, rid: str) -> None:
        if kind == "http":
            status = seen["status"] or 499  # 499: the client went away before an answer
            method = scope["method"]
        else:
            status = 500 if seen.get("error") else self.websocket_status(seen["close"], seen["accepted"])
            method = "WEBSOCKET"
        route, params = self.route_of(scope)
        try:
            if kind == "http" and self.metrics is not None:
                template = getattr(route, "path", "unmatched")
                self.metrics.requests.labels(method, template, str(status)).inc()
                self.metrics.latency.labels(method, template).observe(duration)
        except Exception:  # noqa: BLE001 - observability must not fail a request
            self.log.warning("could not count the request", exc_info=True)
        try:
            self.access_log.info("request", extra={"access": {
                "request_id": rid, "method": method, "path": scope["path"], "status": status,
                "duration_ms": round(duration * 1000, 1), "key_id": getattr(state.get("principal"), "key_id", None)}})
        except Exception:  # noqa: BLE001
            self.log.warning("could not write the access log line", exc_info=True)
        if self.after is not None:
            await self.after(Exchange(scope, kind, method, status, route, params, rid, state))


def _with_headers(headers: list, rid: str, state: dict) -> list:
    out = [(k, v) for k, v in headers if k.lower() != b"x-request-id"]
    present = {k.lower() for k, _ in out}
    for name, value in state.get(EXTRA_HEADERS, {}).items():
        if name.lower().encode() not in present:
            out.append((name.lower().encode(), str(value).encode()))
    out.append((b"x-request-id", rid.encode()))
    return out


def starlette_route(scope: Scope) -> tuple[Any | None, dict[str, Any]]:
    """The route that served the request, or (for one refused before routing, e.g. by a body
    guard) the route that would have: ``(route, path params)``, ``(None, {})`` for none."""
    route = scope.get("route")
    if route is not None:
        return route, dict(scope.get("path_params") or {})
    app = scope.get("app")
    for candidate in flat_routes(getattr(app, "routes", ())):
        try:
            match, child = candidate.matches(scope)
        except Exception:  # noqa: BLE001 - a route that cannot judge this scope does not match it
            continue
        if match == Match.FULL:
            return child.get("route", candidate), dict(child.get("path_params") or {})
    return None, {}


def flat_routes(routes) -> list:
    """Every route, those of included routers too (FastAPI keeps an included router as one entry)."""
    out = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        out.extend(flat_routes(inner.routes) if inner is not None else [route])
    return out
