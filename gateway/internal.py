"""Calls from the gateway to a service's own small HTTP API (``shared.internal_http``)."""

from __future__ import annotations

from fastapi import Request

from shared.internal_http import call


async def forward(request: Request, base_url: str, path: str, payload: dict, service: str) -> dict:
    return await call(request.app.state.http, f"{base_url}{path}", payload, service=service,
                      timeout=request.app.state.settings.service_timeout_s)
