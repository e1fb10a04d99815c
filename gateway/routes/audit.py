"""``/api/v1/audit``: the audit trail (admin keys only), newest first.

Events are written by the gateway itself (``gateway.edge``, ``gateway.audit``); this API only
reads them: nothing updates or deletes an audit event. On FerretDB every page scans the whole
``audit_events`` collection (about 0.4 ms per stored event), filters or not: see docs/api.md.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from gateway.auth import require_key, require_scope
from gateway.plumbing import KeysetCursor, PageSize, repo
from gateway.routes import API_PREFIX
from shared.api.access import AuditPage
from shared.audit import AuditEvent
from shared.http.problems import Problem, responses
from shared.pagination import read_page

router = APIRouter(prefix=f"{API_PREFIX}/audit", tags=["audit"], dependencies=[Depends(require_key)])
_EVENT_ID = re.compile(r"^[0-9a-f]{32}$")


def _aware(value: datetime | None, name: str) -> datetime | None:
    if value is not None and value.tzinfo is None:
        raise Problem(422, "naive_datetime", "Time without a time zone",
                      f"{name} needs a time zone (e.g. 2026-01-31T12:00:00Z)")
    return value


@router.get("", response_model=AuditPage, dependencies=[Depends(require_scope("keys:manage"))],
            summary="Audit events, newest first (admin; paginated; filters combine with AND)",
            responses=responses(422, s422="invalid query (a cursor this endpoint did not give, a time without zone)"))
async def list_audit_events(
    request: Request,
    key_id: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="the key used")] = None,
    action: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9_.]{1,100}$",
                                        description="e.g. pipeline.execute, keys.revoke_key, ws.all_progress")] = None,
    resource: Annotated[str | None, Query(min_length=1, max_length=300,
                                          description="exact, e.g. run:<run_id> or /api/v1/pipeline/execute")] = None,
    status: Annotated[int | None, Query(ge=100, le=599, description="the outcome status")] = None,
    since: Annotated[datetime | None, Query(alias="from", description="events at or after this time")] = None,
    until: Annotated[datetime | None, Query(alias="to", description="events before this time")] = None,
    limit: PageSize = 50,
    cursor: KeysetCursor = None,
) -> AuditPage:
    filters = {k: v for k, v in (("key_id", key_id), ("action", action), ("resource", resource),
                                 ("status", status)) if v is not None}
    page, after = await read_page(repo(request).audit_page, cursor, _EVENT_ID, limit, "occurred_at", filters=filters,
                                  since=_aware(since, "from"), until=_aware(until, "to"))
    return AuditPage(items=[AuditEvent.from_document(d) for d in page], next_cursor=after)
