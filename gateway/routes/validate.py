"""``/api/v1/validate`` and ``/api/v1/analytics``: quality reports on demand (answered by
the quality service) and quality distributions read from the per-batch summaries."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, Field

from gateway.auth import require_key, require_scope
from gateway.internal import forward
from shared.http.problems import Problem
from gateway.ratelimit import rate_limited
from gateway.routes import API_PREFIX
from gateway.schemas import QualitySummary
from shared.events import QualityOptions
from shared.service_api import ConversationIn, QualityReportOut, ValidationOut

router = APIRouter(prefix=API_PREFIX, tags=["quality"], dependencies=[Depends(require_key)])
ERRORS = {401: {"description": "missing or invalid API key"}, 422: {"description": "invalid request"},
          503: {"description": "the quality service is unavailable"}}


class ValidateConversationRequest(BaseModel):
    conversation: ConversationIn
    threshold: float = Field(0.7, ge=0.0, le=1.0)
    options: QualityOptions = Field(default_factory=QualityOptions)


class ValidateQualityRequest(BaseModel):
    conversations: list[ConversationIn] = Field(min_length=1, max_length=1000)
    threshold: float = Field(0.7, ge=0.0, le=1.0)
    options: QualityOptions = Field(default_factory=QualityOptions)


class ValidationMetrics(BaseModel):
    validation_id: str
    conversations: int
    summary: dict[str, Any]


class QualityAnalytics(BaseModel):
    overall: QualitySummary
    by_dataset: dict[str, QualitySummary]
    by_run: dict[str, QualitySummary]


async def _validate(request: Request, payload: dict) -> dict:
    return await forward(request, request.app.state.settings.quality_url, "/internal/validate", payload, "quality")


@router.post("/validate/conversation", dependencies=[Depends(rate_limited("validation", "validate"))], response_model=QualityReportOut, responses=ERRORS,
             summary="One conversation's full quality report")
async def validate_conversation(request: Request, body: ValidateConversationRequest) -> QualityReportOut:
    out = await _validate(request, {"conversations": [body.conversation.model_dump()], "threshold": body.threshold,
                                    "options": body.options.model_dump()})
    return QualityReportOut(**out["results"][0])


@router.post("/validate/quality", dependencies=[Depends(rate_limited("validation", "validate"))], response_model=ValidationOut, responses=ERRORS,
             summary="Score a batch against a threshold; the summary is kept under a validation_id")
async def validate_quality(request: Request, body: ValidateQualityRequest) -> ValidationOut:
    out = await _validate(request, {**body.model_dump(), "store": True})
    return ValidationOut(**out)


@router.get("/validate/metrics/{validation_id}", dependencies=[Depends(require_scope("analytics:read"))], response_model=ValidationMetrics,
            responses={**ERRORS, 404: {"description": "no such validation"}},
            summary="The stored summary of a validation")
async def validation_metrics(request: Request,
                             validation_id: Annotated[str, Path(pattern=r"^[0-9a-f]{32}$")]) -> ValidationMetrics:
    doc = await request.app.state.repo.validation(validation_id)
    if doc is None:
        raise Problem(404, "validation_not_found", "Unknown validation", f"no validation {validation_id!r}")
    return ValidationMetrics(validation_id=validation_id, conversations=doc["conversations"], summary=doc["summary"])


@router.get("/analytics/quality", dependencies=[Depends(require_scope("analytics:read"))], response_model=QualityAnalytics, responses=ERRORS,
            summary="Quality distributions per dataset and per run, from the per-batch summaries")
async def quality_analytics(
    request: Request,
    run_id: Annotated[str | None, Query(pattern=r"^[0-9a-f]{32}$")] = None,
    dataset_id: Annotated[str | None, Query(pattern=r"^[0-9A-Za-z_-]{1,64}$")] = None,
) -> QualityAnalytics:
    return QualityAnalytics(**await request.app.state.repo.quality_analytics(run_id=run_id, dataset_id=dataset_id))
