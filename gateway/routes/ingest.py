"""``/api/v1/ingest``: what the raw-ingest topic refused.

Other systems publish records on ``ingest.raw-records.v1`` (contract: ``shared.ingest``). A
valid message becomes a run of kind ``ingest`` (listed by ``GET /api/v1/pipeline/runs``, its
dataset by ``GET /api/v1/datasets?source=ingest``); a message refused as a whole (not JSON,
wrong fields, too many records...) is an ingest reject, listed here.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from gateway.auth import require_key, require_scope, sees_raw
from gateway.plumbing import PageSize, repo
from gateway.routes import API_PREFIX
from shared.api.ingest import IngestRejectPage, RejectReason, ingest_reject_view
from shared.http.problems import responses
from shared.ingest import MESSAGE_ID_PATTERN, SOURCE_PATTERN
from shared.pagination import read_page

router = APIRouter(prefix=f"{API_PREFIX}/ingest", tags=["ingest"], dependencies=[Depends(require_key)])

_REJECT_ID = re.compile(r"^[A-Za-z0-9._-]{1,300}:\d{1,10}:\d{1,20}$")


@router.get("/rejects", dependencies=[Depends(require_scope("runs:read"))], response_model=IngestRejectPage,
            summary="Raw-ingest messages refused as a whole, newest first (paginated)",
            responses=responses(422, s422="invalid query (e.g. a cursor this endpoint did not give)"))
async def list_ingest_rejects(
    request: Request,
    source: Annotated[str | None, Query(pattern=SOURCE_PATTERN, description="the message's source")] = None,
    message_id: Annotated[str | None, Query(pattern=MESSAGE_ID_PATTERN, description="the message's id")] = None,
    reason: Annotated[RejectReason | None, Query(description="only this reason")] = None,
    limit: PageSize = 50,
    cursor: Annotated[str | None, Query(max_length=600, pattern=r"^[A-Za-z0-9_-]+$")] = None,
) -> IngestRejectPage:
    filters = {k: v for k, v in (("source", source), ("message_id", message_id), ("reason", reason)) if v is not None}
    page, after = await read_page(repo(request).ingest_rejects_page, cursor, _REJECT_ID, limit, "received_at",
                                  filters=filters)
    raw = sees_raw(request)
    return IngestRejectPage(items=[ingest_reject_view(d, raw) for d in page], next_cursor=after)
