"""``/api/v1/pipeline``: start runs (execute, convert), follow and cancel them, read their
rejects and report."""

from __future__ import annotations

from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from gateway.auth import Principal, require_key, require_scope, sees_raw
from gateway.plumbing import ERRORS, RunId, publish, repo, run_or_404
from gateway.routes import API_PREFIX
from gateway.runs import AS_IS, start_run
from shared import topics
from shared.api.runs import ConvertRequest, ExecuteRequest, RejectPage, RunAccepted, RunReport, RunStatusOut, run_view
from shared.events import CancelRun, ExportOptions, RunCancelled
from shared.http.problems import Problem
from shared.visibility import shown_reject

router = APIRouter(prefix=f"{API_PREFIX}/pipeline", tags=["pipeline"], dependencies=[Depends(require_key)])


@router.post("/execute", dependencies=[Depends(require_scope("runs:write"))], status_code=202, response_model=RunAccepted, summary="Run the pipeline over datasets",
             responses={**ERRORS, 404: {"description": "unknown dataset"},
                        409: {"description": "a dataset is not ready (merging, downloading or failed)"}})
async def execute(request: Request, body: ExecuteRequest) -> RunAccepted:
    return await start_run(request, body.dataset_ids, threshold=body.quality_threshold, batch_size=body.batch_size,
                           standardization=body.standardization, export=body.export, kind="pipeline",
                           quality=body.quality, mode=body.mode, priority=body.priority,
                           error_tolerance=body.error_tolerance)


@router.post("/convert", dependencies=[Depends(require_scope("runs:write"))], status_code=202, response_model=RunAccepted,
             responses={**ERRORS, 404: {"description": "unknown dataset"},
                        409: {"description": "a dataset is not ready (merging, downloading or failed)"}},
             summary="Convert datasets to a chat template (a run that keeps every convertible conversation)")
async def convert(request: Request, body: ConvertRequest) -> RunAccepted:
    return await start_run(request, body.dataset_ids, threshold=0.0, batch_size=body.batch_size,
                           standardization=body.standardization,
                           export=ExportOptions(template=body.template, file_format=body.file_format), kind="convert",
                           quality=AS_IS)


@router.get("/status/{run_id}", dependencies=[Depends(require_scope("runs:read"))], response_model=RunStatusOut, summary="A run's status and counts", responses=ERRORS)
async def status(request: Request, run_id: RunId) -> RunStatusOut:
    return run_view(await run_or_404(request, run_id))


@router.post("/cancel/{run_id}", dependencies=[Depends(require_scope("runs:write"))], response_model=RunStatusOut, summary="Cancel a run",
             responses={**ERRORS, 409: {"description": "the run already finished"}})
async def cancel(request: Request, run_id: RunId, principal: Annotated[Principal, Depends(require_key)]) -> RunStatusOut:
    doc = await run_or_404(request, run_id)
    if not await repo(request).cancel_run(run_id, f"cancelled by {principal.key_id}"):
        doc = await run_or_404(request, run_id)
        raise Problem(409, "run_finished", "Run already finished", f"the run is {doc['status']}",
                      run_status=doc["status"])
    await publish(request, topics.COMMANDS, CancelRun(run_id=run_id, producer="gateway"), run_id)
    await publish(request, topics.RUN_PROGRESS,
                  RunCancelled(run_id=run_id, producer="gateway", reason=f"cancelled by {principal.key_id}"), run_id)
    return run_view(await run_or_404(request, run_id))


@router.get("/rejects/{run_id}", dependencies=[Depends(require_scope("runs:read"))], response_model=RejectPage, responses=ERRORS,
            summary="A run's rejected records with their reasons, in source order (paginated)")
async def rejects(request: Request, run_id: RunId,
                  reason: Annotated[str | None, Query(max_length=64, pattern=r"^[a-z_]+$")] = None,
                  limit: Annotated[int, Query(ge=1, le=500)] = 100,
                  cursor: Annotated[str | None, Query(max_length=120, pattern=r"^[0-9A-Za-z_-]+:\d{12}$")] = None,
                  ) -> RejectPage:
    await run_or_404(request, run_id)
    items = await repo(request).rejects(run_id, reason=reason, after=cursor, limit=limit + 1)
    more = len(items) > limit
    items = items[:limit]
    raw = sees_raw(request)
    return RejectPage(items=[shown_reject(i, raw) for i in items], next_cursor=items[-1]["order_key"] if more else None)


@router.get("/rejects/{run_id}/download", dependencies=[Depends(require_scope("runs:read"))], responses=ERRORS, response_class=StreamingResponse,
            summary="All of a run's rejects as JSONL")
async def rejects_download(request: Request, run_id: RunId) -> StreamingResponse:
    await run_or_404(request, run_id)
    raw = sees_raw(request)

    async def lines():
        after = None
        while True:
            page = await repo(request).rejects(run_id, after=after, limit=1000)
            for item in page:
                yield orjson.dumps(shown_reject(item, raw)) + b"\n"
            if len(page) < 1000:
                return
            after = page[-1]["order_key"]

    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": f'attachment; filename="{run_id}-rejects.jsonl"'})


@router.get("/report/{run_id}", dependencies=[Depends(require_scope("runs:read"))], response_model=RunReport, responses=ERRORS,
            summary="What happened to a run's records: counts by detected format and by reject reason")
async def report(request: Request, run_id: RunId) -> RunReport:
    doc = await run_or_404(request, run_id)
    view = run_view(doc)
    reasons = {}
    for reason, count in sorted(view.reject_reasons.items(), key=lambda kv: -kv[1]):
        examples = await repo(request).rejects(run_id, reason=reason, limit=3)
        reasons[reason] = {"count": count, "examples": [shown_reject(e, sees_raw(request)) for e in examples]}
    return RunReport(run_id=run_id, status=view.status, counts=view.counts, formats=view.formats,
                     reject_reasons=reasons)
