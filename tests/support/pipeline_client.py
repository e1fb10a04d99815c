"""Drive the system the way TechDeck does: REST calls and a WebSocket."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import websockets


async def upload(client: httpx.AsyncClient, path: Path, name: str | None = None) -> httpx.Response:
    with open(path, "rb") as fh:
        return await client.post("/api/v1/pipeline/upload", files={"file": (name or path.name, fh)})


async def execute(client: httpx.AsyncClient, dataset_ids: list[str], **options) -> str:
    r = await client.post("/api/v1/pipeline/execute", json={"dataset_ids": dataset_ids, **options})
    assert r.status_code == 202, r.text
    return r.json()["run_id"]


async def follow(gateway_url: str, api_key: str, run_id: str, timeout: float = 300) -> list[dict]:
    """Every message of the run's WebSocket until the server closes it."""
    import asyncio

    url = gateway_url.replace("http", "ws", 1) + f"/ws/runs/{run_id}"
    messages: list[dict] = []

    async def read() -> None:
        async with websockets.connect(url, additional_headers={"Authorization": f"Bearer {api_key}"},
                                      max_size=None) as ws:
            async for raw in ws:
                messages.append(json.loads(raw))

    await asyncio.wait_for(read(), timeout)
    return messages
