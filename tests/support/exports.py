"""Downloading a run export the way a client should: a 202 means production is still making
it, so poll its status URL, then get its download URL."""

from __future__ import annotations

import httpx

from tests.support.kafka import eventually


async def get_export(client: httpx.AsyncClient, url: str, params: dict | None = None,
                     timeout: float = 120) -> httpx.Response:
    r = await client.get(url, params=params)
    if r.status_code != 202:
        return r
    accepted = r.json()
    assert r.headers["location"] == accepted["status_url"] and accepted["status"] in ("queued", "running"), accepted

    async def finished():
        doc = (await client.get(accepted["status_url"])).json()
        return doc if doc["status"] in ("completed", "failed") else None

    final = await eventually(finished, timeout=timeout, interval=0.5)
    assert final["status"] == "completed", final
    return await client.get(final["download_url"])
