"""``/api/v1/system/status`` (components' health) and the AsyncAPI document of the Kafka
side (``/asyncapi.json``: no key needed, like ``/openapi.json``; its page ``/asyncapi`` is in
shared/http/docs_pages.py)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from gateway.auth import require_key, require_scope
from gateway.routes import API_PREFIX
from shared.status import SystemStatus
from shared import asyncapi

router = APIRouter(prefix=f"{API_PREFIX}/system", tags=["system"], dependencies=[Depends(require_key)])
docs_router = APIRouter(include_in_schema=False)


@router.get("/status", response_model=SystemStatus, dependencies=[Depends(require_scope("system:read"))],
            summary="Health of Kafka, MongoDB and every service: heartbeats and consumer lag",
            description="Answers within a few seconds whatever is down: an unreachable component shows `down` "
                        "with its error. Overall `down` if Kafka or MongoDB is unreachable, `degraded` if a service "
                        "has no healthy instance (or an unhealthy one) or topics are missing, else `ok`.")
async def system_status(request: Request) -> SystemStatus:
    return await request.app.state.status_probe.status()


def _document(request: Request) -> dict[str, Any]:
    doc = getattr(request.app.state, "asyncapi", None)
    if doc is None:
        doc = request.app.state.asyncapi = asyncapi.build(prefix=request.app.state.settings.topic_prefix)
    return doc


@docs_router.get("/asyncapi.json")
async def asyncapi_json(request: Request) -> JSONResponse:
    return JSONResponse(_document(request))
