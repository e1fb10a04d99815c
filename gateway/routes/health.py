"""Liveness, readiness and metrics: no key needed (probes and scrapers have none)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

router = APIRouter(tags=["system"])


@router.get("/healthz", summary="Liveness: the gateway process answers")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/livez", summary="Liveness for Kubernetes: the process answers (no dependency is checked)")
async def livez() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="Readiness: Kafka and MongoDB answer this replica",
            description="200 `{\"status\": \"ready\"}` when a Kafka metadata round trip and a MongoDB ping both "
                        "succeed within a few seconds; 503 `{\"status\": \"not ready\", \"reason\": ...}` naming "
                        "what failed otherwise (details in the log).",
            responses={503: {"description": "Kafka or MongoDB does not answer"}})
async def readyz(request: Request) -> JSONResponse:
    ready, body = await request.app.state.readiness.report()
    return JSONResponse(body, status_code=200 if ready else 503, headers={"Cache-Control": "no-store"})


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
async def metrics(request: Request) -> Response:
    return Response(generate_latest(request.app.state.registry), media_type=CONTENT_TYPE_LATEST)
