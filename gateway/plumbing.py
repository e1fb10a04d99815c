"""What the route modules share (no route module imports another): the repository and settings
of the app, publishing a command, asking a service, loading a resource or answering 404, and
the path and query parameters several routes take."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar

from fastapi import Path as PathParam, Query, Request
from pydantic import BaseModel

from gateway.repository import GatewayRepository
from shared import topics
from shared.api.runs import RUN_ID_PATTERN
from shared.http.problems import Problem
from shared.internal_http import call

T = TypeVar("T")

RunId = Annotated[str, PathParam(pattern=RUN_ID_PATTERN, description="32 hex characters")]
DATASET_ID_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"
DatasetId = Annotated[str, PathParam(pattern=DATASET_ID_PATTERN, description="the id upload or load returned")]
PageSize = Annotated[int, Query(ge=1, le=200)]
KeysetCursor = Annotated[str | None, Query(max_length=200, pattern=r"^[A-Za-z0-9_-]+$")]
AUTH_ERRORS = {401: {"description": "missing or invalid API key"}, 422: {"description": "invalid request"}}
ERRORS = {**AUTH_ERRORS, 404: {"description": "no such run"}}


def repo(request: Request) -> GatewayRepository:
    return request.app.state.repo


async def publish(request: Request, topic: topics.Topic, message: BaseModel, key: str) -> None:
    """Send a command or event on ``topic`` (prefixed as the settings say), keyed by ``key``."""
    await request.app.state.broker.publish(message, topic=request.app.state.settings.topic(topic), key=key.encode())


async def forward(request: Request, base_url: str, path: str, payload: dict[str, Any], service: str) -> dict:
    """Ask a service's internal API (``shared.internal_http``); its refusal or absence as a problem."""
    return await call(request.app.state.http, f"{base_url}{path}", payload, service=service,
                      timeout=request.app.state.settings.service_timeout_s)


def found(doc: T | None, kind: str, key: str) -> T:
    """``doc``, or a 404 ``<kind>_not_found`` problem when it was not found."""
    if doc is None:
        raise Problem(404, f"{kind}_not_found", f"Unknown {kind}", f"no {kind} with id {key!r}")
    return doc


async def dataset_or_404(request: Request, dataset_id: str) -> dict:
    return found(await repo(request).dataset(dataset_id), "dataset", dataset_id)


async def run_or_404(request: Request, run_id: str) -> dict:
    return found(await repo(request).run(run_id), "run", run_id)
