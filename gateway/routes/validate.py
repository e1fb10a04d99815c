"""``/api/v1/validate`` and ``/api/v1/analytics``: quality reports on demand (answered by
the quality service) and quality distributions read from the per-batch summaries."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from gateway.auth import require_key, require_scope
from gateway.plumbing import AUTH_ERRORS, forward, found, repo
from gateway.ratelimit import rate_limited
from gateway.routes import API_PREFIX
from shared.api.analytics import QualityAnalytics, ValidationMetrics
from shared.api.services import ValidateConversationRequest, ValidateQualityRequest
from shared.service_api import QualityReportOut, ValidationOut

router = APIRouter(prefix=API_PREFIX, tags=["quality"], dependencies=[Depends(require_key)])
ERRORS = {**AUTH_ERRORS, 503: {"description": "the quality service is unavailable"}}


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
    doc = found(await repo(request).validation(validation_id), "validation", validation_id)
    return ValidationMetrics(validation_id=validation_id, conversations=doc["conversations"], summary=doc["summary"])


@router.get("/analytics/quality", dependencies=[Depends(require_scope("analytics:read"))], response_model=QualityAnalytics, responses=ERRORS,
            summary="Quality distributions per dataset and per run, from the per-batch summaries")
async def quality_analytics(
    request: Request,
    run_id: Annotated[str | None, Query(pattern=r"^[0-9a-f]{32}$")] = None,
    dataset_id: Annotated[str | None, Query(pattern=r"^[0-9A-Za-z_-]{1,64}$")] = None,
) -> QualityAnalytics:
    return QualityAnalytics(**await repo(request).quality_analytics(run_id=run_id, dataset_id=dataset_id))
