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


async def ws_ticket(gateway_url: str, api_key: str) -> str:
    """A single-use WebSocket ticket (``POST /api/v1/ws/tickets``): how a browser opens a socket."""
    async with httpx.AsyncClient(base_url=gateway_url, headers={"Authorization": f"Bearer {api_key}"},
                                 timeout=30) as c:
        r = await c.post("/api/v1/ws/tickets")
    assert r.status_code == 201, r.text
    return r.json()["ticket"]


async def ticket_url(gateway_url: str, api_key: str, path: str) -> str:
    """The ws:// URL of ``path`` with a fresh ticket for ``api_key`` (never the key itself)."""
    sep = "&" if "?" in path else "?"
    return gateway_url.replace("http", "ws", 1) + f"{path}{sep}ticket={await ws_ticket(gateway_url, api_key)}"


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


async def settled(client: httpx.AsyncClient, dataset_id: str, timeout: float = 120) -> dict:
    """Poll ``GET /api/v1/datasets/{id}`` (no preview) until the dataset is no longer
    ``registering``/``merging``; its final document (``ready``, ``failed``, ...)."""
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    delay = 0.1
    while True:
        r = await client.get(f"/api/v1/datasets/{dataset_id}", params={"preview": 0})
        assert r.status_code == 200, r.text
        doc = r.json()
        if doc["status"] not in ("registering", "merging"):
            return doc
        assert loop.time() < deadline, f"dataset {dataset_id} still {doc['status']} after {timeout} s: {doc}"
        await asyncio.sleep(delay)
        delay = min(delay * 2, 1.0)


async def load(client: httpx.AsyncClient, body: dict, timeout: float = 120) -> dict:
    """``POST /api/v1/datasets/load`` (202, registering), then the dataset once it has settled."""
    r = await client.post("/api/v1/datasets/load", json=body)
    assert r.status_code == 202, r.text
    assert r.json()["status"] == "registering", r.text
    return await settled(client, r.json()["dataset_id"], timeout)


def assert_failed(doc: dict, reason: str) -> dict:
    """A dataset that failed with ``reason`` (its ``failure.reason``)."""
    assert doc["status"] == "failed", doc
    assert doc["failure"]["reason"] == reason, doc["failure"]
    return doc
