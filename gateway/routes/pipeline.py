"""``/api/v1/pipeline``: upload, execute, status, cancel, export."""

from __future__ import annotations

import asyncio
import hashlib
import re
import shutil
import uuid
from pathlib import Path

import orjson
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Path as PathParam, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse

from gateway.auth import Principal, require_key, require_scope
from gateway.limits import TRUNCATED
from gateway.problems import Problem
from gateway.production import (
    SENSITIVE_SCOPE, RunExportOut, RunExports, pii_policy, run_export_view,
)
from gateway.ratelimit import rate_limited
from gateway.repository import GatewayRepository
from gateway.routes import API_PREFIX
from gateway.schemas import (
    RUN_ID_PATTERN, ConvertRequest, DatasetOut, ExecuteRequest, RejectPage, RunAccepted, RunReport, RunStatusOut,
    run_view,
)
from shared import topics
from shared.events import (
    CancelRun, ExportOptions, QualityOptions, RegisterDataset, RunCancelled, StandardizationOptions, StartRun,
    run_export_key,
)
from shared.file_types import SNIFF_BYTES, UPLOAD_FORMATS, IntakeRefused, file_kind, safe_name, sniff
from shared.intake import registering_document
from shared.export_files import json_array_chunks, read_lines
from shared.production import GENERATION_FORMATS, Compression
from shared.run_ledger import DEFAULT_ERROR_TOLERANCE, now

router = APIRouter(prefix=f"{API_PREFIX}/pipeline", tags=["pipeline"], dependencies=[Depends(require_key)])

CHUNK = 1024 * 1024

RunId = Annotated[str, PathParam(pattern=RUN_ID_PATTERN, description="32 hex characters")]
ERRORS = {401: {"description": "missing or invalid API key"}, 404: {"description": "no such run"},
          422: {"description": "invalid request"}}


def repo(request: Request) -> GatewayRepository:
    return request.app.state.repo


def _checked(check, *args) -> None:
    """Run a file-type check of ``shared.file_types``; its refusal as a problem document."""
    try:
        check(*args)
    except IntakeRefused as exc:
        raise Problem(exc.status, exc.reason, exc.title, exc.detail, **exc.extra) from None


async def store_upload(request: Request, file: UploadFile, name: str | None, response: Response,
                       principal: Principal) -> DatasetOut:
    """Stream an uploaded file to disk (type-checked, size-limited) and register it. A plain
    file is ``uploaded`` at once (201); a .zip or .gz is handed to acquisition to unpack or
    check (``RegisterDataset``, source upload): 202, status ``registering``."""
    settings = request.app.state.settings
    filename = safe_name(file.filename)
    _checked(file_kind, filename)
    dataset_id = uuid.uuid4().hex
    target = settings.data_dir / "uploads" / dataset_id / filename
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    try:
        with open(target, "wb") as out:
            while chunk := await file.read(CHUNK):
                if size == 0:
                    _checked(sniff, chunk[:SNIFF_BYTES], filename)
                size += len(chunk)
                if size > settings.max_upload_bytes:
                    raise Problem(413, "payload_too_large", "Upload too large",
                                  f"the upload limit is {settings.max_upload_bytes} bytes")
                digest.update(chunk)
                out.write(chunk)
        if getattr(request.state, TRUNCATED, False):  # never register half a file
            raise Problem(413, "payload_too_large", "Upload too large",
                          f"the upload limit is {settings.max_upload_bytes} bytes")
        if size == 0:
            raise Problem(422, "empty_file", "Empty file", "the uploaded file has no content")
    except BaseException:
        shutil.rmtree(target.parent, ignore_errors=True)
        raise
    display = (name or filename).strip() or filename
    suffix, compressed, archive = file_kind(filename)
    if archive or compressed:
        command = RegisterDataset(run_id=dataset_id, producer="gateway", dataset_id=dataset_id, source="upload",
                                  name=display, path=str(target), upload_bytes=size, upload_sha256=digest.hexdigest(),
                                  created_by=principal.key_id, created_at=now())
        await request.app.state.broker.publish(command, topic=settings.topic(topics.INTAKE_COMMANDS),
                                               key=dataset_id.encode())
        doc = registering_document(command)
        await repo(request).insert_dataset_once(doc)
        response.status_code = 202
    else:
        doc = {"_id": dataset_id, "name": display, "path": str(target), "bytes": size, "sha256": digest.hexdigest(),
               "declared_format": UPLOAD_FORMATS[suffix], "format": UPLOAD_FORMATS[suffix] or "json",
               "source": "upload", "status": "uploaded", "created_at": now()}
        await repo(request).insert_dataset(doc)
    return DatasetOut(dataset_id=dataset_id, name=doc["name"], bytes=doc["bytes"], sha256=doc["sha256"],
                      format=doc["format"], status=doc["status"], created_at=doc["created_at"])


UPLOAD_ERRORS = {**ERRORS, 202: {"model": DatasetOut, "description": "a .zip or .gz: stored, status registering; "
                                                                     "acquisition unpacks or checks it, then the "
                                                                     "dataset is ready, or failed with a reason "
                                                                     "(expanded_too_large, archive_bomb, "
                                                                     "unsafe_archive, invalid_archive, ...)"},
                 413: {"description": "file too large"},
                 415: {"description": "unsupported type"}}


@router.post("/upload", status_code=201, response_model=DatasetOut, summary="Upload a dataset file",
             responses=UPLOAD_ERRORS)
async def upload(
    request: Request,
    response: Response,
    file: Annotated[UploadFile, File(description="JSON array, JSONL, CSV, TSV (each also .gz), Parquet or Arrow; "
                                                  "or a .zip holding exactly one such file")],
    principal: Annotated[Principal, Depends(require_scope("datasets:write"))],
    name: Annotated[str | None, Form(max_length=200)] = None,
) -> DatasetOut:
    return await store_upload(request, file, name, response, principal)


# dataset states a run cannot read (a run over a dataset still ``registering`` waits in acquisition)
NOT_READY = ("merging", "failed", "downloading")

# Convert and standardize runs change nothing but the format: no redaction, any language.
AS_IS = QualityOptions(pii_policy="flag", languages=[])


async def start_run(request: Request, dataset_ids: list[str], *, threshold: float, batch_size: int,
                    standardization: StandardizationOptions, export: ExportOptions, kind: str,
                    quality: QualityOptions | None = None, mode: str = "sequential",
                    priority: int = 5, error_tolerance: float = DEFAULT_ERROR_TOLERANCE) -> RunAccepted:
    quality = quality or QualityOptions()
    dataset_ids = list(dict.fromkeys(dataset_ids))  # a dataset twice in one run would count twice
    found = await repo(request).datasets(dataset_ids)
    missing = [i for i in dataset_ids if i not in found]
    if missing:
        raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {missing[0]!r}",
                      missing=missing)
    unready = [i for i in dataset_ids if found[i].get("status") in NOT_READY]
    if unready:
        raise Problem(409, "dataset_not_ready", "Dataset not ready",
                      f"dataset {unready[0]!r} is {found[unready[0]]['status']}", not_ready=unready)
    run_id = uuid.uuid4().hex
    await repo(request).create_run(run_id, dataset_ids, threshold, batch_size, {
        "kind": kind, "standardization": standardization.model_dump(), "quality": quality.model_dump(),
        "export": export.model_dump(), "mode": mode, "priority": priority, "error_tolerance": error_tolerance})
    settings = request.app.state.settings
    await request.app.state.broker.publish(
        StartRun(run_id=run_id, producer="gateway", dataset_ids=dataset_ids, quality_threshold=threshold,
                 batch_size=batch_size, standardization=standardization, quality=quality, export=export,
                 mode=mode, priority=priority, error_tolerance=error_tolerance),
        topic=settings.topic(topics.COMMANDS), key=run_id.encode(),
    )
    return RunAccepted(run_id=run_id, status="queued", status_url=f"/api/v1/pipeline/status/{run_id}",
                       websocket_url=f"/ws/runs/{run_id}")


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


async def _run_or_404(request: Request, run_id: str) -> dict:
    doc = await repo(request).run(run_id)
    if doc is None:
        raise Problem(404, "run_not_found", "Unknown run", f"no run with id {run_id!r}")
    return doc


@router.get("/status/{run_id}", dependencies=[Depends(require_scope("runs:read"))], response_model=RunStatusOut, summary="A run's status and counts", responses=ERRORS)
async def status(request: Request, run_id: RunId) -> RunStatusOut:
    return run_view(await _run_or_404(request, run_id))


@router.post("/cancel/{run_id}", dependencies=[Depends(require_scope("runs:write"))], response_model=RunStatusOut, summary="Cancel a run",
             responses={**ERRORS, 409: {"description": "the run already finished"}})
async def cancel(request: Request, run_id: RunId, principal: Annotated[Principal, Depends(require_key)]) -> RunStatusOut:
    doc = await _run_or_404(request, run_id)
    if not await repo(request).cancel_run(run_id, f"cancelled by {principal.key_id}"):
        doc = await _run_or_404(request, run_id)
        raise Problem(409, "run_finished", "Run already finished", f"the run is {doc['status']}",
                      run_status=doc["status"])
    settings = request.app.state.settings
    await request.app.state.broker.publish(
        CancelRun(run_id=run_id, producer="gateway"), topic=settings.topic(topics.COMMANDS), key=run_id.encode()
    )
    await request.app.state.broker.publish(
        RunCancelled(run_id=run_id, producer="gateway", reason=f"cancelled by {principal.key_id}"),
        topic=settings.topic(topics.RUN_PROGRESS), key=run_id.encode(),
    )
    return run_view(await _run_or_404(request, run_id))


EXPORT_LIMIT = rate_limited("export", "exports:read")


def check_sensitive(run: dict, principal: Principal) -> None:
    """A run that kept personal data in place (pii_policy flag) exports only to data:sensitive keys."""
    if pii_policy(run) == "flag" and SENSITIVE_SCOPE not in principal.scopes:
        raise Problem(403, "sensitive_data", "Sensitive data",
                      "the run kept personal data in place (pii_policy flag): its export needs the "
                      f"{SENSITIVE_SCOPE!r} scope, which a {principal.tier} key does not have",
                      required_scope=SENSITIVE_SCOPE, tier=principal.tier)


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
    doc = await _run_or_404(request, run_id)
    if doc["status"] == "completed":
        raise Problem(409, "run_completed", "Run completed", "the run completed: its export is at /export",
                      run_status="completed")
    if doc["status"] == "queued":
        raise Problem(409, "run_not_started", "Run not started", "the run is queued: nothing is exported yet",
                      run_status="queued")
    check_sensitive(doc, principal)
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
    doc = await _run_or_404(request, run_id)
    if doc["status"] != "completed" or not doc.get("export"):
        raise Problem(409, "run_not_completed", "Run not completed", f"the run is {doc['status']}",
                      run_status=doc["status"])
    check_sensitive(doc, principal)
    info = doc["export"]
    path = Path(info["path"])
    if format in ("jsonl", "json") and compression == "none" and not path.is_file():
        raise Problem(404, "export_missing", "Export file missing", "the export is not on this gateway's storage")
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
    await _run_or_404(request, run_id)
    doc = await repo(request).run_export(run_id, variant)
    if doc is None:
        raise Problem(404, "export_not_requested", "Export not asked for",
                      f"nobody asked for {variant!r} of run {run_id} yet: GET its download URL first")
    kind = "partial" if variant == "partial" else "variant"
    fmt, _, compression = ("jsonl.none" if kind == "partial" else variant).partition(".")
    return run_export_view(run_id, variant, doc, kind, fmt, compression)


@router.get("/rejects/{run_id}", dependencies=[Depends(require_scope("runs:read"))], response_model=RejectPage, responses=ERRORS,
            summary="A run's rejected records with their reasons, in source order (paginated)")
async def rejects(request: Request, run_id: RunId,
                  reason: Annotated[str | None, Query(max_length=64, pattern=r"^[a-z_]+$")] = None,
                  limit: Annotated[int, Query(ge=1, le=500)] = 100,
                  cursor: Annotated[str | None, Query(max_length=120, pattern=r"^[0-9A-Za-z_-]+:\d{12}$")] = None,
                  ) -> RejectPage:
    await _run_or_404(request, run_id)
    items = await repo(request).rejects(run_id, reason=reason, after=cursor, limit=limit + 1)
    more = len(items) > limit
    items = items[:limit]
    return RejectPage(items=items, next_cursor=items[-1]["order_key"] if more else None)


@router.get("/rejects/{run_id}/download", dependencies=[Depends(require_scope("runs:read"))], responses=ERRORS, response_class=StreamingResponse,
            summary="All of a run's rejects as JSONL")
async def rejects_download(request: Request, run_id: RunId) -> StreamingResponse:
    await _run_or_404(request, run_id)

    async def lines():
        after = None
        while True:
            page = await repo(request).rejects(run_id, after=after, limit=1000)
            for item in page:
                yield orjson.dumps(item) + b"\n"
            if len(page) < 1000:
                return
            after = page[-1]["order_key"]

    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": f'attachment; filename="{run_id}-rejects.jsonl"'})


@router.get("/report/{run_id}", dependencies=[Depends(require_scope("runs:read"))], response_model=RunReport, responses=ERRORS,
            summary="What happened to a run's records: counts by detected format and by reject reason")
async def report(request: Request, run_id: RunId) -> RunReport:
    doc = await _run_or_404(request, run_id)
    view = run_view(doc)
    reasons = {}
    for reason, count in sorted(view.reject_reasons.items(), key=lambda kv: -kv[1]):
        examples = await repo(request).rejects(run_id, reason=reason, limit=3)
        reasons[reason] = {"count": count, "examples": examples}
    return RunReport(run_id=run_id, status=view.status, counts=view.counts, formats=view.formats,
                     reject_reasons=reasons)
