"""WebSocket progress: the run's state at once, then live events, then the terminal state.

Browsers cannot set headers on a WebSocket, so the key may also come as ``?api_key=``.
A client that reconnects simply gets the current state again, then the live stream.
"""

from __future__ import annotations

import asyncio
import time

from fastapi import APIRouter, WebSocket, WebSocketDisconnect

from gateway.auth import authenticate, bearer_token
from gateway.schemas import run_view
from shared.events import TERMINAL_STATUSES

router = APIRouter()


def _state(doc: dict) -> dict:
    return {"type": "state", "run": run_view(doc).model_dump(mode="json")}


@router.websocket("/ws/runs/{run_id}")
async def run_progress(websocket: WebSocket, run_id: str) -> None:
    app = websocket.app
    await websocket.accept()
    token = bearer_token(websocket.headers.get("authorization")) or websocket.query_params.get("api_key")
    if authenticate(app, token) is None:
        await websocket.send_json({"type": "error", "status": 401, "detail": "missing or invalid API key"})
        await websocket.close(code=4401)
        return
    hub, repo, settings = app.state.hub, app.state.repo, app.state.settings
    queue = hub.subscribe(run_id)  # before reading state, so nothing falls in between
    try:
        doc = await repo.run(run_id)
        if doc is None:
            await websocket.send_json({"type": "error", "status": 404, "detail": f"no run with id {run_id!r}"})
            await websocket.close(code=4404)
            return
        last = _state(doc)
        await websocket.send_json(last)
        quiet_since = time.monotonic()
        while last["run"]["status"] not in TERMINAL_STATUSES:
            try:
                event = await asyncio.wait_for(queue.get(), timeout=settings.ws_poll_interval_s)
                events = [event]
                while not queue.empty():
                    events.append(queue.get_nowait())
                for e in events:
                    await websocket.send_json({"type": "progress", "event": e})
                quiet_since = time.monotonic()
            except TimeoutError:
                if time.monotonic() - quiet_since > settings.ws_heartbeat_s:
                    await websocket.send_json({"type": "heartbeat"})
                    quiet_since = time.monotonic()
            doc = await repo.run(run_id)
            current = _state(doc) if doc else last
            if current != last:
                await websocket.send_json(current)
                last = current
        await websocket.close(code=1000)
    except WebSocketDisconnect:
        pass
    finally:
        hub.unsubscribe(run_id, queue)
