"""The gateway's part of the edge (``shared.http.edge``): once a request is answered, a
state-changing or refused one becomes an audit event (``gateway.audit``). Auditing is guarded:
a failure is logged (the trail counts its own losses), never the request's failure."""

from __future__ import annotations

import logging
from urllib.parse import parse_qs

from starlette.types import Scope

from gateway.audit import action_of, claimed_key_id, is_audited, make_event, resource_of
from gateway.auth import bearer_token
from shared.http.edge import Exchange

log = logging.getLogger("dp.gateway")


async def audit(done: Exchange) -> None:
    """The ``after`` hook of the gateway's edge."""
    scope, path = done.scope, done.scope["path"]
    app_state = scope["app"].state if "app" in scope else None
    trail = getattr(app_state, "audit", None) if app_state is not None else None
    if trail is None or not is_audited(done.method, path, done.status):
        return
    try:
        token = _token(scope)
        principal = done.state.get("principal")
        if principal is None and done.kind == "websocket" and done.status != 401 and token:
            principal = await app_state.keys.authenticate(token)  # cached; the WS route keeps its own
        client = scope.get("client")
        trail.record(make_event(
            request_id=done.request_id, method=done.method, path=path, status=done.status,
            action=action_of(done.route, websocket=done.kind == "websocket"),
            resource=resource_of(getattr(done.route, "path", None), done.params, path),
            key_id=getattr(principal, "key_id", None) or claimed_key_id(token),
            key_name=getattr(principal, "name", None), tier=getattr(principal, "tier", None),
            client=client[0] if client else None))
    except Exception:  # noqa: BLE001 - auditing never fails the request; the trail counts its own losses
        log.error("could not record the audit event of %s %s", done.method, path, exc_info=True)


def _token(scope: Scope) -> str | None:
    header = next((v for k, v in scope.get("headers", ()) if k == b"authorization"), b"").decode("latin-1")
    token = bearer_token(header)
    if token is None and scope["type"] == "websocket":
        token = (parse_qs(scope.get("query_string", b"").decode("latin-1")).get("api_key") or [None])[0]
    return token
