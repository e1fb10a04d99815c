"""``/api/v1/standardize``: records to conversations, answered by the standardization
service (the gateway forwards; it owns no conversion logic)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, Response, UploadFile

from gateway.auth import Principal, require_key, require_scope
from gateway.mappings import MappingForm, mapping_from_form
from gateway.plumbing import AUTH_ERRORS, forward
from gateway.routes import API_PREFIX
from gateway.runs import AS_IS, start_run
from gateway.uploads import UPLOAD_ERRORS, store_upload
from shared.api.datasets import FileAccepted
from shared.api.services import StandardizeBatchRequest, StandardizeConversationRequest
from shared.events import ExportOptions, StandardizationOptions
from shared.service_api import StandardizeBatchOut, StandardizedRecord

router = APIRouter(prefix=f"{API_PREFIX}/standardize", tags=["standardize"], dependencies=[Depends(require_key)])
ERRORS = {**AUTH_ERRORS, 503: {"description": "the standardization service is unavailable"}}


async def _forward(request: Request, payload: dict) -> dict:
    settings = request.app.state.settings
    return await forward(request, settings.standardization_url, "/internal/standardize", payload, "standardization")


@router.post("/conversation", dependencies=[Depends(require_scope("standardize"))], response_model=StandardizedRecord, responses=ERRORS,
             summary="One record in any supported format to a Conversation, or a reject with its reason")
async def standardize_conversation(request: Request, body: StandardizeConversationRequest) -> StandardizedRecord:
    out = await _forward(request, {"records": [body.record], "options": body.options.model_dump()})
    return StandardizedRecord(**out["results"][0])


@router.post("/batch", dependencies=[Depends(require_scope("standardize"))], response_model=StandardizeBatchOut, responses=ERRORS,
             summary="Up to 1,000 records, each converted or rejected, with a summary")
async def standardize_batch(request: Request, body: StandardizeBatchRequest) -> StandardizeBatchOut:
    return StandardizeBatchOut(**await _forward(request, {"records": body.records,
                                                          "options": body.options.model_dump()}))


@router.post("/file", status_code=202, response_model=FileAccepted, responses=UPLOAD_ERRORS,
             summary="Upload a file and standardize every record: a run whose export is the conversations")
async def standardize_file(
    request: Request,
    file: Annotated[UploadFile, File(description="JSON array, JSONL, CSV, TSV (each also .gz), Parquet or Arrow")],
    response: Response,
    principal: Annotated[Principal, Depends(require_scope("standardize"))],
    name: Annotated[str | None, Form(max_length=200)] = None,
    mapping: MappingForm = None,
) -> FileAccepted:
    field_mapping = mapping_from_form(mapping)
    dataset = await store_upload(request, file, name, response, principal, field_mapping)
    response.status_code = 202  # a compressed upload is still registering: the run waits for it
    run = await start_run(request, [dataset.dataset_id], threshold=0.0, batch_size=500,
                          standardization=StandardizationOptions(), export=ExportOptions(), kind="standardize",
                          quality=AS_IS)
    return FileAccepted(dataset=dataset, run=run)
