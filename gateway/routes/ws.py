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
Browsers cannot set headers on a WebSocket, so the key may also come as ``?api_key=``.
Reconnecting is always safe: a client that reconnects gets the current state first again.
"""

from __future__ import annotations

import asyncio
import time

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from gateway.auth import Principal, bearer_token
from gateway.progress import ALL_RUNS
from gateway.schemas import run_view
from shared.events import TERMINAL_STATUSES

router = APIRouter()


def _state(doc: dict) -> dict:
    return {"type": "state", "run": run_view(doc).model_dump(mode="json")}


class _Refused(Exception):
    """The key no longer holds (revoked, or its tier lost the scope): the socket was closed."""


def _token(websocket: WebSocket) -> str | None:
    return bearer_token(websocket.headers.get("authorization")) or websocket.query_params.get("api_key")


async def _check(websocket: WebSocket, token: str | None) -> Principal | None:
    """The key's principal, or None after sending the error and closing with 4401/4403."""
    principal = await websocket.app.state.keys.authenticate(token)
    if principal is None:
        await websocket.send_json({"type": "error", "status": 401, "detail": "missing or invalid API key"})
        await websocket.close(code=4401)
        return None
    if "runs:read" not in principal.scopes:
        await websocket.send_json({"type": "error", "status": 403, "detail": "the key lacks the runs:read scope"})
        await websocket.close(code=4403)
        return None
    return principal


async def _authenticate(websocket: WebSocket) -> Principal | None:
    return await _check(websocket, _token(websocket))


class _Stream:
    """Live events from the hub, a heartbeat every ``ws_heartbeat_s``, and the key checked
    again every ``key_cache_s`` (at least every second): a key revoked while its socket is
    open gets 4401 within the key cache's delay, as REST does."""

    def __init__(self, websocket: WebSocket, queue: asyncio.Queue) -> None:
        self.ws, self.queue = websocket, queue
        self.settings = websocket.app.state.settings
        self.beat_at = time.monotonic()
        self.token = _token(websocket)
        self.checked_at = time.monotonic()
        self.recheck_s = max(1.0, min(float(getattr(self.settings, "key_cache_s", 5.0)), 30.0))

    async def pump(self) -> list[dict]:
        """Forward what arrived within one poll interval; returns those events. Raises
        :class:`_Refused` (the socket closed) when the key no longer holds."""
        if time.monotonic() - self.checked_at >= self.recheck_s:
            if await _check(self.ws, self.token) is None:
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
    await websocket.accept()
    if await _authenticate(websocket) is None:
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
        stream = _Stream(websocket, queue)
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
    await websocket.accept()
    if await _authenticate(websocket) is None:
        return
    hub, repo = websocket.app.state.hub, websocket.app.state.repo
    queue = hub.subscribe(ALL_RUNS)
    try:
        states: dict[str, dict] = {}
        for doc in await repo.active_runs():
            states[doc["_id"]] = _state(doc)
            await websocket.send_json(states[doc["_id"]])
        await websocket.send_json({"type": "snapshot_complete", "active_runs": len(states)})
        stream = _Stream(websocket, queue)
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
