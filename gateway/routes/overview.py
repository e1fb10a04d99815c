"""Run listing, dataset merge, and the dashboard TechDeck opens on.

- ``GET /api/v1/pipeline/runs``: runs newest first, paginated, filterable by status.
- ``POST /api/v1/pipeline/merge``: datasets into a new dataset, a ``MergeDatasets`` command that
  acquisition carries out (see :mod:`services.acquisition.merge`).
- ``GET /api/v1/analytics/dashboard``: counts of datasets and runs, the active runs, the recent
  ones, and quality over the recent runs (from per-batch summaries, no conversation scan).
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request

from gateway.auth import Principal, require_key, require_scope
from gateway.plumbing import repo
from gateway.routes import API_PREFIX
from gateway.runs import ready_datasets
from gateway.uploads import send_intake
from shared.api.analytics import Dashboard, DatasetsOverview, QualitySummary, RunsOverview
from shared.api.datasets import DatasetOut, MergeAccepted, MergeRequest
from shared.api.runs import RunPage, run_view
from shared.events import TERMINAL_STATUSES, MergeDatasets
from shared.http.problems import Problem, responses
from shared.intake import NOT_READY, merging_document
from shared.quality_summary import merge as merge_summaries
from shared.run_ledger import now

router = APIRouter(prefix=API_PREFIX, dependencies=[Depends(require_key)])
RunStatus = Literal["queued", "running", "completed", "failed", "cancelled"]
CURSOR = r"^\d{4}-\d\d-\d\dT[0-9:.+]+\|[0-9a-f]{32}$"


@router.get("/pipeline/runs", response_model=RunPage, tags=["pipeline"],
            dependencies=[Depends(require_scope("runs:read"))], summary="Runs, newest first (paginated)",
            responses=responses(422, s422="invalid query (e.g. a cursor this API did not give)"))
async def list_runs(request: Request,
                    status: Annotated[RunStatus | None, Query(description="only runs in this state")] = None,
                    limit: Annotated[int, Query(ge=1, le=100)] = 20,
                    cursor: Annotated[str | None, Query(pattern=CURSOR, max_length=80)] = None) -> RunPage:
    store = repo(request)
    if cursor is not None:
        try:
            # "0001-01-01T00:00:00+14:00" parses, then overflows in UTC (in the store's encoder: a 500)
            datetime.fromisoformat(cursor.partition("|")[0]).astimezone(UTC)
        except (ValueError, OverflowError):
            raise Problem(422, "invalid_cursor", "Invalid cursor", "pass back a next_cursor this API gave") from None
    if status is not None:  # one query on the indexed status field (shared.run_ledger keeps it)
        states, after = await store.runs_with_status(status, limit=limit, before=cursor)
        return RunPage(items=[run_view(s) for s in states], next_cursor=after)
    page = await store.runs_page(limit=limit, before=cursor)
    last = page[-1] if page else None
    more = last is not None and len(page) == limit
    return RunPage(items=[run_view(doc) for doc in page],
                   next_cursor=f"{last['created_at'].isoformat()}|{last['_id']}" if more else None)


@router.post("/pipeline/merge", status_code=202, response_model=MergeAccepted, tags=["pipeline"],
             dependencies=[Depends(require_scope("datasets:write"))],
             responses=responses(404, 409, s404="a parent dataset does not exist",
                                 s409="a parent dataset is not ready (still merging, or failed)"),
             summary="Merge datasets into a new dataset, resolving duplicates by a conflict policy")
async def merge(request: Request, body: MergeRequest,
                principal: Annotated[Principal, Depends(require_key)]) -> MergeAccepted:
    ids = list(dict.fromkeys(body.dataset_ids))
    await ready_datasets(request, ids, NOT_READY)
    dataset_id = uuid.uuid4().hex
    command = MergeDatasets(run_id=dataset_id, producer="gateway", dataset_id=dataset_id, name=body.name,
                            parent_ids=ids, conflict_policy=body.conflict_policy, created_by=principal.key_id,
                            created_at=now())
    doc = await send_intake(request, command, merging_document(command, request.app.state.settings.data_dir))
    return MergeAccepted(dataset=DatasetOut(dataset_id=dataset_id, name=body.name, bytes=0, sha256="",
                                            format="jsonl", status="merging", created_at=doc["created_at"]),
                         status_url=f"/api/v1/datasets/{dataset_id}")


@router.get("/analytics/dashboard", response_model=Dashboard, tags=["quality"],
            dependencies=[Depends(require_scope("analytics:read"))],
            summary="One call for TechDeck's overview page")
async def dashboard(request: Request) -> Dashboard:
    store = repo(request)
    datasets = await store.dataset_overview()
    recent = await store.runs_page(limit=50)
    by_status = Counter(r["status"] for r in recent)
    records: Counter[str] = Counter()
    for r in recent:
        records.update(r["counts"])
    run_ids = [r["_id"] for r in recent]
    summaries = await store.quality_summaries(run_ids)
    return Dashboard(
        generated_at=now(),
        datasets=DatasetsOverview(total=len(datasets), by_source=dict(Counter(d.get("source", "?") for d in datasets)),
                                  by_status=dict(Counter(d.get("status", "?") for d in datasets)),
                                  bytes=sum(d.get("bytes", 0) for d in datasets)),
        runs=RunsOverview(total=await store.run_count(), by_status=dict(by_status),
                          active=[run_view(r) for r in recent if r["status"] not in TERMINAL_STATUSES],
                          recent=[run_view(r) for r in recent[:10]]),
        records=dict(records),
        quality=QualitySummary(**merge_summaries(summaries)),
    )
