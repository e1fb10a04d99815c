"""``/api/v1/ingest``: what the raw-ingest topic refused.

Other systems publish records on ``ingest.raw-records.v1`` (contract: ``shared.ingest``). A
valid message becomes a run of kind ``ingest`` (listed by ``GET /api/v1/pipeline/runs``, its
dataset by ``GET /api/v1/datasets?source=ingest``); a message refused as a whole (not JSON,
wrong fields, too many records...) is an ingest reject, listed here.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from gateway.auth import require_key, require_scope, sees_raw
from shared.http.problems import responses
from gateway.routes import API_PREFIX
from shared.ingest import MESSAGE_ID_PATTERN, REJECT_REASONS, SOURCE_PATTERN
from shared.visibility import shown_text
from shared.pagination import keyset_page, parse_keyset_cursor

router = APIRouter(prefix=f"{API_PREFIX}/ingest", tags=["ingest"], dependencies=[Depends(require_key)])

RejectReason = Literal[tuple(REJECT_REASONS)]  # type: ignore[valid-type]
_REJECT_ID = re.compile(r"^[A-Za-z0-9._-]{1,300}:\d{1,10}:\d{1,20}$")


class IngestFieldError(BaseModel):
    loc: str = Field(description="the field, dotted (e.g. records, dataset)")
    type: str = Field(description="pydantic's error type, e.g. missing, string_pattern_mismatch, too_long")
    msg: str


class IngestReject(BaseModel):
    reject_id: str = Field(description="`<topic>:<partition>:<offset>` of the refused Kafka record")
    reason: RejectReason = Field(description="; ".join(f"{k}: {v}" for k, v in REJECT_REASONS.items()))
    detail: str
    errors: list[IngestFieldError] = Field(description="the schema errors (invalid_message, too_many_records)")
    source: str | None = Field(None, description="the message's source, when it could be read")
    dataset: str | None = None
    message_id: str | None = None
    run_id: str | None = Field(None, description="message_id_conflict: the run the first message became")
    topic: str
    partition: int
    offset: int
    key: str | None = Field(None, description="the Kafka record key, if any")
    bytes: int = Field(description="size of the message body")
    excerpt: str = Field(description="the first 2,000 bytes of the body, decoded as UTF-8 with replacement")
    received_at: datetime


class IngestRejectPage(BaseModel):
    items: list[IngestReject]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next (older) page; null on the last")


def _parse_cursor(cursor: str) -> tuple[datetime, str]:
    return parse_keyset_cursor(cursor, _REJECT_ID)


def _reject(doc: dict, raw: bool = True) -> IngestReject:
    return IngestReject(
        reject_id=doc["_id"], reason=doc["reason"],
        detail=shown_text(doc.get("detail"), raw),
        errors=[IngestFieldError(**e) for e in doc.get("errors") or []], source=doc.get("source"),
        dataset=doc.get("dataset"), message_id=doc.get("message_id"), run_id=doc.get("run_id"), topic=doc["topic"],
        partition=doc["partition"], offset=doc["offset"], key=doc.get("key"), bytes=doc.get("bytes", 0),
        excerpt=shown_text(doc.get("excerpt"), raw),
        received_at=doc["received_at"])


@router.get("/rejects", dependencies=[Depends(require_scope("runs:read"))], response_model=IngestRejectPage,
            summary="Raw-ingest messages refused as a whole, newest first (paginated)",
            responses=responses(422, s422="invalid query (e.g. a cursor this endpoint did not give)"))
async def list_ingest_rejects(
    request: Request,
    source: Annotated[str | None, Query(pattern=SOURCE_PATTERN, description="the message's source")] = None,
    message_id: Annotated[str | None, Query(pattern=MESSAGE_ID_PATTERN, description="the message's id")] = None,
    reason: Annotated[RejectReason | None, Query(description="only this reason")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=600, pattern=r"^[A-Za-z0-9_-]+$")] = None,
) -> IngestRejectPage:
    filters = {k: v for k, v in (("source", source), ("message_id", message_id), ("reason", reason)) if v is not None}
    before = _parse_cursor(cursor) if cursor else None
    docs = await request.app.state.repo.ingest_rejects_page(filters, limit=limit + 1, before=before)
    page, after = keyset_page(docs, limit, "received_at")
    raw = sees_raw(request)
    return IngestRejectPage(items=[_reject(d, raw) for d in page], next_cursor=after)
