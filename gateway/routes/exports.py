"""``/api/v1/pipeline``: a run's exports: the export in any format and compression, the
partial export of a run still going or ended early, and the state of an export production
is making (see :mod:`gateway.production`; the state as shown: ``shared.production.RunExportOut``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Path as PathParam, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse

from gateway.auth import Principal, check_sensitive, require_key, require_scope
from gateway.plumbing import ERRORS, RunId, repo, run_or_404
from gateway.production import RunExports
from gateway.ratelimit import EXPORT_LIMIT, charge
from gateway.routes import API_PREFIX
from shared import topics
from shared.api.runs import RUN_ID_PATTERN
from shared.export_files import json_array_chunks, read_lines
from shared.http.problems import Problem
from shared.production import GENERATION_FORMATS, Compression, RunExportOut, run_export_key, run_export_view
from shared.visibility import run_is_sensitive

router = APIRouter(prefix=f"{API_PREFIX}/pipeline", tags=["pipeline"], dependencies=[Depends(require_key)])


def check_run_sensitive(run: dict, principal: Principal) -> None:
    """A run that kept personal data in place (pii_policy flag) exports only to data:sensitive keys."""
    if run_is_sensitive(run):
        check_sensitive(principal, "the run kept personal data in place (pii_policy flag): its export needs")


def run_exports(request: Request) -> RunExports:
    settings = request.app.state.settings
    return RunExports(repo(request), request.app.state.broker, settings.topic(topics.RUN_EXPORTS))


def _pending(run_id: str, key: str, answer, kind: str, fmt: str, compression: str) -> JSONResponse:
    """202: production is still making it; poll the status (Location), then download."""
    view = run_export_view(run_id, key, answer.doc, kind, fmt, compression)
    return JSONResponse(view.model_dump(mode="json"), status_code=202,
                        headers={"Location": view.status_url, "Retry-After": "2"})


PENDING = {202: {"model": RunExportOut, "description": (
    "production is still making the file (it waited a few seconds): poll `status_url` (also the `Location` "
    "header) until `completed`, then get `download_url`")},
    503: {"description": "Kafka is unavailable, or production failed to write the file (asking again retries)"}}


@router.get("/partial-export/{run_id}",
            summary="What a run exported so far: running, cancelled or failed (JSONL, marked partial)",
            response_class=FileResponse,
            responses={**ERRORS, **PENDING,
                       409: {"description": "the run has not started, or completed (use /export)"},
                       403: {"description": "the key lacks exports:read, or the run kept personal data in place "
                                            "(pii_policy flag) and the key lacks data:sensitive"},
                       200: {"content": {"application/x-ndjson": {}}, "headers": {
                           "X-Export-Partial": {"description": "always true", "schema": {"type": "string"}},
                           "X-Export-Batches": {"description": "batches in the file, of the run's total "
                                                               "(? while unknown)", "schema": {"type": "string"}},
                           "X-Content-SHA256": {"description": "SHA-256 of the body", "schema": {"type": "string"}}}}})
async def partial_export(request: Request, run_id: RunId,
                         principal: Annotated[Principal, Depends(EXPORT_LIMIT)],
                         cached: Annotated[bool, Query(description=(
                             "true: the newest snapshot production already made (where a 202 points), "
                             "without asking for a newer one"))] = False) -> Response:
    """Every passing conversation of the batches production finished so far, in batch order
    (source order with gaps), rendered in the run's template: a snapshot production joins from
    its export parts on request (a batch in flight at a cancel that finished after it appears
    too). Nothing is deleted when a run ends early."""
    doc = await run_or_404(request, run_id)
    if doc["status"] == "completed":
        raise Problem(409, "run_completed", "Run completed", "the run completed: its export is at /export",
                      run_status="completed")
    if doc["status"] == "queued":
        raise Problem(409, "run_not_started", "Run not started", "the run is queued: nothing is exported yet",
                      run_status="queued")
    check_run_sensitive(doc, principal)
    await charge(request, principal)
    answer = await run_exports(request).fetch(run_id, "partial", fresh=not cached)
    if answer.path is None:
        return _pending(run_id, "partial", answer, "partial", "jsonl", "none")
    done = answer.doc
    total = done.get("total_batches")
    return FileResponse(answer.path, media_type="application/x-ndjson", filename=f"{run_id}.partial.jsonl",
                        headers={"X-Export-Partial": "true", "X-Content-SHA256": done["sha256"],
                                 "X-Export-Batches": f"{done.get('batches', 0)} of "
                                                     f"{total if total is not None else '?'}"})


RUN_EXPORT_FORMATS = GENERATION_FORMATS  # jsonl, json, csv, parquet
RUN_EXPORT_MEDIA_TYPES = ["application/x-ndjson", "application/json", "text/csv; charset=utf-8",
                          "application/vnd.apache.parquet", "application/gzip", "application/zstd"]
VARIANT_PATTERN = r"^(partial|(jsonl|json|csv|parquet)\.(none|gzip|zstd))$"


@router.get("/export/{format}", summary="Download a completed run's export (jsonl, json, csv or parquet; "
                                        "optionally gzip- or zstd-compressed)",
            response_class=FileResponse,
            responses={**ERRORS, **PENDING, 400: {"description": "unsupported format"},
                       409: {"description": "run not completed"},
                       403: {"description": "the key lacks exports:read, or the run kept personal data in place "
                                            "(pii_policy flag) and the key lacks data:sensitive"},
                       200: {"content": {t: {} for t in RUN_EXPORT_MEDIA_TYPES},
                             "headers": {"X-Content-SHA256": {"description": "SHA-256 of the body",
                                                              "schema": {"type": "string"}}}}})
async def export(request: Request, format: str,
                 run_id: Annotated[str, Query(pattern=RUN_ID_PATTERN)],
                 principal: Annotated[Principal, Depends(EXPORT_LIMIT)],
                 compression: Annotated[Compression, Query(
                     description="none, gzip or zstd (the file decompresses to the uncompressed variant's bytes)")]
                 = "none") -> Response:
    """JSONL is the run's export itself and JSON its records framed as an array (both at once);
    other formats and compressions are written by the production service on first request and
    reused after (a 202 if that takes more than a few seconds)."""
    if format not in RUN_EXPORT_FORMATS:
        raise Problem(400, "unsupported_export_format", "Unsupported export format",
                      f"{format[:20]!r}; available: {', '.join(RUN_EXPORT_FORMATS)}")
    doc = await run_or_404(request, run_id)
    if doc["status"] != "completed" or not doc.get("export"):
        raise Problem(409, "run_not_completed", "Run not completed", f"the run is {doc['status']}",
                      run_status=doc["status"])
    check_run_sensitive(doc, principal)
    info = doc["export"]
    path = Path(info["path"])
    if format in ("jsonl", "json") and compression == "none" and not path.is_file():
        raise Problem(404, "export_missing", "Export file missing", "the export is not on this gateway's storage")
    await charge(request, principal)
    if format == "jsonl" and compression == "none":
        return FileResponse(path, media_type="application/x-ndjson", filename=f"{run_id}.jsonl",
                            headers={"X-Content-SHA256": info["sha256"]})
    if format == "json" and compression == "none":
        return StreamingResponse(
            json_array_chunks(read_lines(path)), media_type="application/json",
            headers={"X-Content-SHA256": info["json_sha256"], "Content-Length": str(info["json_bytes"]),
                     "Content-Disposition": f'attachment; filename="{run_id}.json"'},
        )
    answer = await run_exports(request).fetch(run_id, "variant", format, compression)
    key = run_export_key("variant", format, compression)
    if answer.path is None:
        return _pending(run_id, key, answer, "variant", format, compression)
    return FileResponse(answer.path, media_type=answer.doc["media_type"], filename=answer.doc["name"],
                        headers={"X-Content-SHA256": answer.doc["sha256"]})


@router.get("/exports/{run_id}/{variant}", dependencies=[Depends(require_scope("exports:read"))],
            response_model=RunExportOut, summary="Where production is with a run export asked for",
            responses={**ERRORS, 404: {"description": "no such run, or this export was never asked for"}})
async def export_status(request: Request, run_id: RunId,
                        variant: Annotated[str, PathParam(pattern=VARIANT_PATTERN, description=(
                            "`<format>.<compression>` (e.g. `csv.gzip`, `parquet.none`) or `partial`"))],
                        ) -> RunExportOut:
    """The state of a run export (status, size, SHA-256, error) and where to download it;
    not counted against the `export` rate limit, so poll this rather than the download."""
    await run_or_404(request, run_id)
    doc = await repo(request).run_export(run_id, variant)
    if doc is None:
        raise Problem(404, "export_not_requested", "Export not asked for",
                      f"nobody asked for {variant!r} of run {run_id} yet: GET its download URL first")
    kind = "partial" if variant == "partial" else "variant"
    fmt, _, compression = ("jsonl.none" if kind == "partial" else variant).partition(".")
    return run_export_view(run_id, variant, doc, kind, fmt, compression)
