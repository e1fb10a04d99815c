"""Calls from the gateway to a service's own small HTTP API (synchronous questions)."""

from __future__ import annotations

import httpx
from fastapi import Request

from gateway.problems import Problem


async def forward(request: Request, base_url: str, path: str, payload: dict, service: str) -> dict:
    settings = request.app.state.settings
    client: httpx.AsyncClient = request.app.state.http
    try:
        r = await client.post(f"{base_url}{path}", json=payload, timeout=settings.service_timeout_s)
    except httpx.HTTPError as exc:
        raise Problem(503, "service_unavailable", f"The {service} service is unavailable",
                      f"{type(exc).__name__} talking to the {service} service", headers={"Retry-After": "5"}) from None
    try:
        body = r.json()
    except ValueError:
        body = None
    if r.status_code == 422 and isinstance(body, dict):
        raise Problem(422, "validation_error", "Request is not valid", str(body.get("detail", "")),
                      errors=body.get("errors", []))
    if r.status_code != 200 or not isinstance(body, dict):
        raise Problem(503, "service_unavailable", f"The {service} service failed", f"status {r.status_code}")
    return body
