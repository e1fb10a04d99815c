"""The outermost layer of the gateway: every request passes here first and leaves here last.

:class:`Edge` wraps the whole Starlette stack, Starlette's own ``ServerErrorMiddleware``
included (see ``gateway.app.GatewayApp``), so nothing can leave without it:

- **request id**: the caller's ``X-Request-ID`` if it is sane (1-64 of ``A-Za-z0-9._-``), else a
  new one; set for the request's log lines and problem documents, and on every response (HTTP,
  and the WebSocket handshake);
- **unhandled errors**: an exception the app did not answer is logged with its stack under the
  request id and answered with a 500 problem document (``internal_error``) carrying the id; one
  the app's error handler answered (``gateway.problems``) is not logged twice;
- **metrics**: ``dp_http_requests_total`` / ``dp_http_request_seconds`` by route template,
  500s included;
- **access log**: one JSON line per request and WebSocket (logger ``dp.gateway.access``):
  request id, method, path (never the query string: it may hold a WebSocket ticket, or a key
  someone put there and the socket refused),
  status, duration, key id;
- **audit**: state-changing and refused requests become audit events (``gateway.audit``).

Each of the last three is guarded: a failure there is logged, never the request's failure.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

from starlette.routing import Match
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.audit import action_of, claimed_key_id, is_audited, make_event, resource_of, websocket_status
from gateway.auth import bearer_token
from gateway.problems import problem_body
from shared.logs import request_id

log = logging.getLogger("dp.gateway")
access_log = logging.getLogger("dp.gateway.access")
_CLIENT_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
INCIDENT = "incident"  # scope["state"] key: the app's error handler answered (and logged) the exception


class AccessFormatter(logging.Formatter):
    """One JSON object per line, whatever ``DP_LOG_JSON`` says: access lines are for machines."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"ts": datetime.fromtimestamp(record.created, UTC).isoformat(), "level": record.levelname,
                "logger": record.name, "msg": record.getMessage()}
        line.update(getattr(record, "access", {}))
        return json.dumps(line, default=str)


def configure_access_log() -> None:
    """``dp.gateway.access`` writes JSON lines to stderr on its own handler (uvicorn's own access
    log is off: it would print query strings)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(AccessFormatter())
    access_log.handlers[:] = [handler]
    access_log.setLevel(logging.INFO)
    access_log.propagate = False


class Edge:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

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
                    log.exception("unhandled error on WebSocket %s", scope["path"])
                    seen["error"] = True
                elif seen["status"] is None:
                    incident = uuid.uuid4().hex[:12]
                    log.exception("unhandled error on %s %s (incident %s)", scope["method"], scope["path"], incident)
                    await _send_500(send_with_id, incident, scope["path"])
                elif INCIDENT not in state:
                    log.exception("error after the response to %s %s started (it is cut short)",
                                  scope["method"], scope["path"])
                    seen["status"] = 500
                # else the app's error handler answered it with a 500 problem and logged it
            finally:
                await self._after(scope, kind, seen, state, time.perf_counter() - started, rid)
        finally:
            request_id.reset(token)

    async def _after(self, scope: Scope, kind: str, seen: dict, state: dict, duration: float, rid: str) -> None:
        if kind == "http":
            status = seen["status"] or 499  # 499: the client went away before an answer
            method = scope["method"]
        else:
            status = 500 if seen.get("error") else websocket_status(seen["close"], seen["accepted"])
            method = "WEBSOCKET"
        path = scope["path"]
        app_state = scope["app"].state if "app" in scope else None
        route, params = _route(scope)
        principal = state.get("principal")
        try:
            if kind == "http" and app_state is not None:
                template = getattr(route, "path", "unmatched")
                app_state.http_requests.labels(method, template, str(status)).inc()
                app_state.http_latency.labels(method, template).observe(duration)
        except Exception:  # noqa: BLE001 - observability must not fail a request
            log.warning("could not count the request", exc_info=True)
        try:
            access_log.info("request", extra={"access": {
                "request_id": rid, "method": method, "path": path, "status": status,
                "duration_ms": round(duration * 1000, 1), "key_id": getattr(principal, "key_id", None)}})
        except Exception:  # noqa: BLE001
            log.warning("could not write the access log line", exc_info=True)
        trail = getattr(app_state, "audit", None) if app_state is not None else None
        if trail is None or not is_audited(method, path, status):
            return
        try:
            token = _token(scope)
            if principal is None and kind == "websocket" and status != 401 and token:
                principal = await app_state.keys.authenticate(token)  # cached; the WS route keeps its own
            client = scope.get("client")
            trail.record(make_event(
                request_id=rid, method=method, path=path, status=status,
                action=action_of(route, websocket=kind == "websocket"),
                resource=resource_of(getattr(route, "path", None), params, path),
                key_id=getattr(principal, "key_id", None) or claimed_key_id(token),
                key_name=getattr(principal, "name", None), tier=getattr(principal, "tier", None),
                client=client[0] if client else None))
        except Exception:  # noqa: BLE001 - auditing never fails the request; the trail counts its own losses
            log.error("could not record the audit event of %s %s", method, path, exc_info=True)


def _with_headers(headers: list, rid: str, state: dict) -> list:
    out = [(k, v) for k, v in headers if k.lower() != b"x-request-id"]
    present = {k.lower() for k, _ in out}
    for name, value in state.get("rate_limit_headers", {}).items():
        if name.lower().encode() not in present:
            out.append((name.lower().encode(), str(value).encode()))
    out.append((b"x-request-id", rid.encode()))
    return out


async def _send_500(send: Send, incident: str, path: str) -> None:
    body = json.dumps(problem_body(500, "internal_error", "Internal error",
                                   f"the error was logged as incident {incident}", path, incident=incident)).encode()
    await send({"type": "http.response.start", "status": 500,
                "headers": [(b"content-type", b"application/problem+json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _route(scope: Scope) -> tuple[Any | None, dict[str, Any]]:
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


def _token(scope: Scope) -> str | None:
    header = next((v for k, v in scope.get("headers", ()) if k == b"authorization"), b"").decode("latin-1")
    token = bearer_token(header)
    if token is None and scope["type"] == "websocket":
        token = (parse_qs(scope.get("query_string", b"").decode("latin-1")).get("api_key") or [None])[0]
    return token
