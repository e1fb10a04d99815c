"""WebSocket progress.

- ``/ws/runs/{run_id}``: the run's state at once, then live events and state changes, then
  the terminal state, then close (1000).
- ``/ws/progress``: every run the key may see: the state of each active run at once, then
  live events of all runs, with a fresh state message whenever a run's state changes.

Messages are JSON: ``{"type": "state", "run": RunStatus}``, ``{"type": "progress", "event": ...}``,
``{"type": "heartbeat", "at": <unix s>}`` every ``DP_GATEWAY_WS_HEARTBEAT_S`` (so a client can tell a
quiet stream from a dead one), ``{"type": "snapshot_complete"}`` after ``/ws/progress``'s initial states, and
``{"type": "error", "status": 401|403|404, "detail": ...}`` before a close with 4401/4403/4404 (also when
the key is revoked while the socket is open: it is checked again every ``DP_GATEWAY_KEY_CACHE_S``).
The key comes as an ``Authorization: Bearer`` header (programs), or, from a browser (which cannot
set headers on a WebSocket), as a single-use ticket: ``POST /api/v1/ws/tickets`` with the key in
the header, then ``?ticket=<ticket>`` (see :mod:`gateway.tickets`). A key in the URL
(``?api_key=``) is refused with 4401: URLs end up in logs. Reconnecting is always safe: a client
that reconnects (with a new ticket) gets the current state first again.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Annotated

from fastapi import APIRouter, Depends, Request, WebSocket, WebSocketDisconnect

from gateway.auth import Principal, bearer_token, require_key, require_scope
from gateway.progress import ALL_RUNS
from gateway.routes import API_PREFIX
from gateway.tickets import TicketStore
from shared.api.access import TicketOut
from shared.api.runs import run_view
from shared.events import TERMINAL_STATUSES
from shared.http.problems import responses

router = APIRouter()


def _state(doc: dict) -> dict:
    return {"type": "state", "run": run_view(doc).model_dump(mode="json")}


class _Refused(Exception):
    """The key no longer holds (revoked, or its tier lost the scope): the socket was closed."""


KEY_IN_URL = ("API keys in URLs are refused (URLs are logged): POST /api/v1/ws/tickets with the key in "
              "the Authorization header, then connect with ?ticket=")
KEY_IN_URL_REASON = "key in URL refused: use ?ticket= from POST /api/v1/ws/tickets"  # a close reason: <= 123 bytes
_KEY_PARAMS = frozenset({"api_key", "apikey", "api-key", "key", "token", "access_token"})
_KEY_SHAPE = re.compile(r"dp_[0-9a-f]{16}_")  # a project key under any other name


# Who a socket acts for: a key sent in the ``Authorization`` header (``KeyStore.authenticate`` of
# it), or the key a ticket was issued to (``KeyStore.principal`` of its id). Looked up again on
# every re-check, so revocation reaches it.
_Key = Callable[[], Awaitable[Principal | None]]


async def _refuse(websocket: WebSocket, status: int, detail: str, reason: str | None = None) -> None:
    await websocket.send_json({"type": "error", "status": status, "detail": detail})
    await websocket.close(code=4000 + status, reason=reason)


async def _check(websocket: WebSocket, key: _Key) -> Principal | None:
    """The key's principal, or None after sending the error and closing with 4401/4403."""
    principal = await key()
    if principal is None:
        await _refuse(websocket, 401, "missing or invalid API key")
        return None
    if "runs:read" not in principal.scopes:
        await _refuse(websocket, 403, "the key lacks the runs:read scope")
        return None
    return principal


async def _accept(websocket: WebSocket) -> _Key | None:
    """Accept the socket; its key once it holds, or None after a refusal (the socket is closed)."""
    await websocket.accept()
    query, keys = websocket.query_params, websocket.app.state.keys
    # refused even when valid (the key is now in some log): teach the ticket
    if any(k.lower() in _KEY_PARAMS for k in query) or any(_KEY_SHAPE.search(v) for v in query.values()):
        await _refuse(websocket, 401, KEY_IN_URL, KEY_IN_URL_REASON)
        return None
    token = bearer_token(websocket.headers.get("authorization"))
    if token is not None:
        key = partial(keys.authenticate, token)
    elif "ticket" in query:
        settings = websocket.app.state.settings
        key_id = await TicketStore(websocket.app.state.repo.db, settings.ws_ticket_ttl_s).redeem(query["ticket"])
        if key_id is None:
            await _refuse(websocket, 401, "unknown, used or expired ticket: ask POST /api/v1/ws/tickets for a new "
                                          f"one (a ticket opens one socket, within {settings.ws_ticket_ttl_s:g} s)",
                          "invalid ticket")
            return None
        key = partial(keys.principal, key_id)
    else:
        key = partial(keys.authenticate, None)
    return key if await _check(websocket, key) is not None else None


@router.post(f"{API_PREFIX}/ws/tickets", tags=["ws"], status_code=201, response_model=TicketOut,
             dependencies=[Depends(require_scope("runs:read"))], responses=responses(),
             summary="A single-use ticket to open a progress WebSocket without a key in the URL")
async def create_ticket(request: Request, principal: Annotated[Principal, Depends(require_key)]) -> TicketOut:
    """Browsers cannot set headers on a WebSocket and URLs are logged: ask for a ticket with the key
    in the ``Authorization`` header, then connect with ``?ticket=``. The socket acts for this key
    (it closes with 4401/4403 when the key is revoked or loses ``runs:read``)."""
    settings = request.app.state.settings
    ticket = await TicketStore(request.app.state.repo.db, settings.ws_ticket_ttl_s).issue(principal.key_id)
    return TicketOut(ticket=ticket, expires_in=int(settings.ws_ticket_ttl_s))


class _Stream:
    """Live events from the hub, a heartbeat every ``ws_heartbeat_s``, and the key checked
    again every ``key_cache_s`` (at least every second): a key revoked while its socket is
    open gets 4401 within the key cache's delay, as REST does."""

    def __init__(self, websocket: WebSocket, queue: asyncio.Queue, key: _Key) -> None:
        self.ws, self.queue = websocket, queue
        self.settings = websocket.app.state.settings
        self.beat_at = time.monotonic()
        self.key = key
        self.checked_at = time.monotonic()
        self.recheck_s = max(1.0, min(float(getattr(self.settings, "key_cache_s", 5.0)), 30.0))

    async def pump(self) -> list[dict]:
        """Forward what arrived within one poll interval; returns those events. Raises
        :class:`_Refused` (the socket closed) when the key no longer holds."""
        if time.monotonic() - self.checked_at >= self.recheck_s:
            if await _check(self.ws, self.key) is None:
                raise _Refused
            self.checked_at = time.monotonic()
        events: list[dict] = []
        try:
            events.append(await asyncio.wait_for(self.queue.get(), timeout=self.settings.ws_poll_interval_s))
            while not self.queue.empty():
                events.append(self.queue.get_nowait())
        except TimeoutError:
            pass
        for e in events:
            await self.ws.send_json({"type": "progress", "event": e})
        if time.monotonic() - self.beat_at >= self.settings.ws_heartbeat_s:
            await self.ws.send_json({"type": "heartbeat", "at": time.time()})
            self.beat_at = time.monotonic()
        return events


@router.websocket("/ws/runs/{run_id}")
async def run_progress(websocket: WebSocket, run_id: str) -> None:
    key = await _accept(websocket)
    if key is None:
        return
    hub, repo = websocket.app.state.hub, websocket.app.state.repo
    queue = hub.subscribe(run_id)  # before reading state, so nothing falls in between
    try:
        doc = await repo.run(run_id)
        if doc is None:
            await websocket.send_json({"type": "error", "status": 404, "detail": f"no run with id {run_id[:64]!r}"})
            await websocket.close(code=4404)
            return
        last = _state(doc)
        await websocket.send_json(last)
        stream = _Stream(websocket, queue, key)
        while last["run"]["status"] not in TERMINAL_STATUSES:
            await stream.pump()
            doc = await repo.run(run_id)
            current = _state(doc) if doc else last
            if current != last:
                await websocket.send_json(current)
                last = current
        await websocket.close(code=1000)
    except (WebSocketDisconnect, _Refused):
        pass
    finally:
        hub.unsubscribe(run_id, queue)


@router.websocket("/ws/progress")
async def all_progress(websocket: WebSocket) -> None:
    key = await _accept(websocket)
    if key is None:
        return
    hub, repo = websocket.app.state.hub, websocket.app.state.repo
    queue = hub.subscribe(ALL_RUNS)
    try:
        states: dict[str, dict] = {}
        for doc in await repo.active_runs():
            states[doc["_id"]] = _state(doc)
            await websocket.send_json(states[doc["_id"]])
        await websocket.send_json({"type": "snapshot_complete", "active_runs": len(states)})
        stream = _Stream(websocket, queue, key)
        while True:
            events = await stream.pump()
            touched = {e.get("run_id") for e in events if isinstance(e.get("run_id"), str)}
            # re-read runs that had events, and active ones (their counts move between events)
            for run_id in touched | {r for r, s in states.items() if s["run"]["status"] not in TERMINAL_STATUSES}:
                doc = await repo.run(run_id)
                if doc is None:
                    continue
                current = _state(doc)
                if states.get(run_id) != current:
                    states[run_id] = current
                    await websocket.send_json(current)
                if current["run"]["status"] in TERMINAL_STATUSES:
                    states.pop(run_id, None)
    except (WebSocketDisconnect, _Refused):
        pass
    finally:
        hub.unsubscribe(ALL_RUNS, queue)
