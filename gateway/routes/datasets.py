"""``/api/v1/datasets``: list, inspect, delete and follow datasets; register data from a
server path, a URL or the server's Hugging Face cache.

Loads are commands (``RegisterDataset`` on ``acquisition.intake.v1``): the gateway checks what
needs no I/O (the body, a path under the configured roots ``DP_GATEWAY_LOAD_ROOTS`` after
resolving symlinks and ``..``, the URL's scheme and shape) and answers 202 with the dataset in
status ``registering``; acquisition does the work (downloads with SSRF guards, Hugging Face
loads from the server's cache, fingerprints) and the dataset becomes ``ready`` or ``failed``
with a reason code (see :mod:`services.acquisition.intake`). Previews are read by acquisition
(``POST /internal/preview``).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import uuid
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Path as PathParam, Query, Request
from pydantic import BaseModel, Field, model_validator

from gateway.auth import Principal, require_key, require_scope
from gateway.internal import forward
from gateway.pagination import keyset_cursor, parse_keyset_cursor
from gateway.problems import Problem, ProblemDetails, responses
from gateway.repository import GatewayRepository
from gateway.routes import API_PREFIX
from gateway.schemas import DatasetOut, RunCounts, StageState
from shared import topics
from shared.events import RegisterDataset
from shared.file_types import IntakeRefused, check_path
from shared.intake import IN_PROGRESS, registering_document
from shared.run_ledger import COUNTS, STAGES, now

router = APIRouter(prefix=f"{API_PREFIX}/datasets", tags=["datasets"], dependencies=[Depends(require_key)])

DATASET_ID_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"
DatasetId = Annotated[str, PathParam(pattern=DATASET_ID_PATTERN, description="the id upload or load returned")]
HF_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}(/[A-Za-z0-9][A-Za-z0-9_.-]{0,95})?$"
UNFINISHED = ("queued", "running")


# ---------------------------------------------------------------- models

class LoadRequest(BaseModel):
    """Exactly one of ``path``, ``url`` and ``hf_name``."""

    path: Annotated[str | None, Field(min_length=1, max_length=4096,
                                      description="a file or a saved HF dataset folder under DP_GATEWAY_LOAD_ROOTS")] = None
    url: Annotated[str | None, Field(min_length=1, max_length=2048,
                                     description="an http(s) URL of a file of an upload type (or a .zip of one); "
                                                 "public hosts only unless the server allows more")] = None
    hf_name: Annotated[str | None, Field(max_length=193, pattern=HF_NAME_PATTERN,
                                         description="a Hugging Face dataset name like org/name, "
                                                     "loaded from the server's local HF cache")] = None
    hf_split: Annotated[str | None, Field(max_length=100, pattern=r"^[A-Za-z0-9_.:%+\[\]-]+$",
                                          description="split, e.g. train or train[:1000]; all splits if omitted")] = None
    hf_config: Annotated[str | None, Field(max_length=100, pattern=r"^[A-Za-z0-9_.-]+$")] = None
    name: Annotated[str | None, Field(max_length=200)] = None

    @model_validator(mode="after")
    def _one_source(self) -> LoadRequest:
        given = [k for k in ("path", "url", "hf_name") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError(f"give exactly one of path, url, hf_name (got {', '.join(given) or 'none'})")
        if self.hf_name is not None and ".." in self.hf_name:
            raise ValueError("hf_name may not contain '..'")
        if self.hf_name is None and (self.hf_split is not None or self.hf_config is not None):
            raise ValueError("hf_split and hf_config go with hf_name")
        return self


class ArchiveInfo(BaseModel):
    name: str = Field(description="the uploaded .zip")
    bytes: int
    sha256: str
    member: str = Field(description="the data file taken from it")


class DatasetFailure(BaseModel):
    reason: str = Field(description="url_not_allowed, url_fetch_failed, url_timeout, hf_dataset_unavailable, "
                                    "unsupported_file_type, content_mismatch, payload_too_large, expanded_too_large, "
                                    "archive_bomb, invalid_archive, dataset_not_found, intake_error, ...")
    detail: str = ""


class IntakeProgress(BaseModel):
    phase: str = Field(description="downloading, unpacking, loading, fingerprinting, reading, scoring, writing, ...")
    bytes: int = 0
    records: int = 0


class DatasetAccepted(DatasetOut):
    status_url: str = Field(description="GET it until the dataset's status is ready or failed; progress events "
                                        "also arrive on /ws/progress (run_id = the dataset id)")


class DatasetInfo(DatasetOut):
    source: str = Field(description="where it came from: upload, path, url, hf, ...")
    url: str | None = Field(None, description="source url: the URL asked for")
    final_url: str | None = Field(None, description="source url: the URL served from, after redirects")
    hf_name: str | None = Field(None, description="source hf: the dataset name (split and config below)")
    hf_split: str | None = None
    hf_config: str | None = None
    path: str | None = Field(None, description="source path: the file or folder on the server")
    archive: ArchiveInfo | None = Field(None, description="when the upload was a .zip")
    failure: DatasetFailure | None = Field(None, description="status failed: why (a stable reason code and a detail)")
    intake: IntakeProgress | None = Field(None, description="status registering or merging: how far it has got")
    finished_at: datetime | None = Field(None, description="when registering or merging ended (ready or failed)")


class DatasetPage(BaseModel):
    items: list[DatasetInfo]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null on the last")


class PreviewRecord(BaseModel):
    index: int = Field(description="0-based position in the file")
    data: Any = Field(None, description="the record as read")
    error: str | None = Field(None, description="reason code when the record does not parse (e.g. invalid_json_line)")
    detail: str | None = None


class ConversationPreview(BaseModel):
    conversation_id: str
    messages: list[dict[str, Any]]
    original_format: str | None = None
    record_index: int | None = Field(None, description="the record it came from")
    quality_score: float | None = None


class DatasetDetail(DatasetInfo):
    preview: list[PreviewRecord] = Field(description="the first records of the file, as read for a run")
    preview_error: str | None = Field(None, description="why the file could not be previewed (the rest still holds)")
    conversations: list[ConversationPreview] = Field(
        description="stored conversations converted from this dataset by past runs (any order)")


class DatasetRunProgress(BaseModel):
    run_id: str
    kind: str
    status: Literal["queued", "running", "completed", "failed", "cancelled"]
    per_dataset: bool = Field(description="true: counts and stages are this dataset's share of the run (its batches "
                                          "are recorded with their dataset); false: the run predates per-dataset "
                                          "records and they are the whole run's")
    counts: RunCounts = Field(description="records and conversations of this dataset in the run (see per_dataset); "
                                          "exported is a run total, in run_counts only")
    stages: dict[str, StageState] = Field(description="batches done per stage; total_batches is the dataset's batch "
                                                      "count once it has been read whole (else null)")
    progress: float | None = Field(description="share of the dataset's batches through every stage, 0..1; null "
                                               "while the total is not known yet")
    run_counts: RunCounts = Field(description="the whole run's counts")
    datasets_in_run: int
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None


class DatasetProgress(BaseModel):
    dataset_id: str
    status: str = Field(description="the dataset's own status (uploaded, registered, downloaded, ...)")
    in_use: bool = Field(description="a queued or running run includes it")
    runs: list[DatasetRunProgress] = Field(description="runs that include the dataset, newest first (at most 20)")


# ---------------------------------------------------------------- helpers

def repo(request: Request) -> GatewayRepository:
    return request.app.state.repo


def _problem(exc: IntakeRefused) -> Problem:
    return Problem(exc.status, exc.reason, exc.title, exc.detail, **exc.extra)


def _cursor(doc: dict) -> str:
    return keyset_cursor(doc["created_at"], doc["_id"])


def _parse_cursor(cursor: str) -> tuple[datetime, str]:
    return parse_keyset_cursor(cursor, re.compile(DATASET_ID_PATTERN))


def _info(doc: dict) -> DatasetInfo:
    archive = doc.get("archive")
    return DatasetInfo(
        dataset_id=doc["_id"], name=doc["name"], bytes=doc.get("bytes", 0), sha256=doc.get("sha256", ""),
        format=doc.get("format", ""), status=doc.get("status", ""), created_at=doc["created_at"],
        source=doc.get("source", "upload"), url=doc.get("url"), final_url=doc.get("final_url"),
        hf_name=doc.get("hf_name"), hf_split=doc.get("hf_split"), hf_config=doc.get("hf_config"),
        path=doc.get("path") if doc.get("source") == "path" else None,
        archive=ArchiveInfo(**archive) if archive else None,
        failure=DatasetFailure(**doc["failure"]) if isinstance(doc.get("failure"), dict) else None,
        intake=IntakeProgress(**doc["progress"]) if doc.get("status") in IN_PROGRESS and isinstance(
            doc.get("progress"), dict) else None,
        finished_at=doc.get("finished_at"))


async def _dataset_or_404(request: Request, dataset_id: str) -> dict:
    doc = await repo(request).dataset(dataset_id)
    if doc is None:
        raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {dataset_id!r}")
    return doc


async def _preview(request: Request, doc: dict, n: int) -> tuple[list[dict], str | None]:
    """The first records of the dataset's file, read by acquisition with a run's reader."""
    settings = request.app.state.settings
    try:
        body = await forward(request, settings.acquisition_url, "/internal/preview",
                             {"path": doc["path"], "declared_format": doc.get("declared_format"), "n": n},
                             "acquisition")
    except Problem as exc:
        return [], f"preview_unavailable: {exc.detail or exc.title}"[:500]
    return body.get("records", []), body.get("error")


def _conversation(doc: dict) -> ConversationPreview:
    quality = doc.get("quality") or {}
    score = quality.get("score")
    return ConversationPreview(
        conversation_id=str(doc["_id"]), messages=[m for m in doc.get("messages", []) if isinstance(m, dict)],
        original_format=doc.get("original_format"), record_index=(doc.get("lineage") or {}).get("record_index"),
        quality_score=score if isinstance(score, (int, float)) else None)


def _owned_folder(settings, doc: dict) -> Path | None:
    """The folder the gateway made for the dataset's stored copy (uploads/<dataset id>, or
    merged/<dataset id> for a merge, in the data folder), or None: a file loaded by path is
    never deleted."""
    kind = "merged" if doc.get("source") == "merge" else "uploads"
    folder = (Path(settings.data_dir) / kind / doc["_id"]).resolve()
    try:
        path = Path(doc.get("path", "")).resolve()
    except (OSError, ValueError):
        return None
    if doc.get("source") == "path" or folder not in path.parents:
        return None
    return folder


# ---------------------------------------------------------------- list, detail, delete, progress

@router.get("", dependencies=[Depends(require_scope("datasets:read"))], response_model=DatasetPage,
            summary="Registered datasets, newest first (paginated)", responses=responses(422))
async def list_datasets(
    request: Request,
    source: Annotated[str | None, Query(pattern=r"^[a-z_]{1,32}$", description="upload, path, url, hf, ...")] = None,
    format: Annotated[str | None, Query(pattern=r"^[a-z_.]{1,32}$", description="e.g. jsonl, csv.gz, hf_dataset")] = None,
    status: Annotated[str | None, Query(pattern=r"^[a-z_]{1,32}$", description="e.g. uploaded, registered")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200, pattern=r"^[A-Za-z0-9_-]+$")] = None,
) -> DatasetPage:
    filters = {k: v for k, v in (("source", source), ("format", format), ("status", status)) if v is not None}
    before = _parse_cursor(cursor) if cursor else None
    docs = await repo(request).datasets_page(filters, limit=limit + 1, before=before)
    more = len(docs) > limit
    docs = docs[:limit]
    return DatasetPage(items=[_info(d) for d in docs], next_cursor=_cursor(docs[-1]) if more and docs else None)


@router.get("/{dataset_id}", dependencies=[Depends(require_scope("datasets:read"))], response_model=DatasetDetail,
            summary="A dataset: metadata, its first records and some of its converted conversations",
            responses=responses(404, s404="no such dataset"))
async def dataset_detail(request: Request, dataset_id: DatasetId,
                         preview: Annotated[int, Query(ge=0, le=50, description="how many records and conversations")] = 5,
                         ) -> DatasetDetail:
    doc = await _dataset_or_404(request, dataset_id)
    records: list[dict] = []
    error = None
    if preview and "data:sensitive" not in request.state.principal.scopes:
        # raw records and stored conversations may hold unredacted personal data
        return DatasetDetail(**_info(doc).model_dump(), preview=[], conversations=[],
                             preview_error="the preview shows raw data: it needs the data:sensitive scope "
                                           "(editor or admin keys)")
    if preview and doc.get("status") in IN_PROGRESS:
        error = f"the dataset is still {doc['status']}: its file is previewed once it is ready"
    elif preview and not doc.get("path"):
        error = "no file is recorded for this dataset"
    elif preview:
        records, error = await _preview(request, doc, preview)
    conversations = await repo(request).dataset_conversations(dataset_id, preview) if preview else []
    return DatasetDetail(**_info(doc).model_dump(), preview=[PreviewRecord(**r) for r in records],
                         preview_error=error, conversations=[_conversation(c) for c in conversations])


@router.delete("/{dataset_id}", dependencies=[Depends(require_scope("datasets:write"))], response_model=DatasetInfo,
               summary="Delete a dataset: its record and the copy the gateway stored (a file loaded by path is "
                       "left in place; conversations of past runs stay)",
               responses=responses(404, 409, s404="no such dataset",
                                   s409="a queued or running run uses the dataset (type dataset_in_use)"))
async def delete_dataset(request: Request, dataset_id: DatasetId) -> DatasetInfo:
    doc = await _dataset_or_404(request, dataset_id)
    if doc.get("status") in IN_PROGRESS:
        raise Problem(409, "dataset_in_use", "Dataset in use",
                      f"it is still {doc['status']} (acquisition is writing it); wait until it is ready or failed",
                      run_ids=[])
    active = await repo(request).unfinished_runs_with_dataset(dataset_id)
    if active:
        raise Problem(409, "dataset_in_use", "Dataset in use",
                      f"queued or running run(s) use it: {', '.join(active[:5])}; cancel them or wait",
                      run_ids=active[:20])
    if not await repo(request).delete_dataset(dataset_id):
        raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {dataset_id!r}")
    folder = _owned_folder(request.app.state.settings, doc)
    if folder is not None:
        await asyncio.to_thread(shutil.rmtree, folder, True)
    return _info(doc)


def _progress(run: dict, dataset_id: str, batches: list[dict]) -> DatasetRunProgress:
    per_dataset = any("dataset_id" in b for b in batches) or not batches
    mine = [b for b in batches if b.get("dataset_id") == dataset_id] if per_dataset else batches
    counts = dict.fromkeys(COUNTS, 0)
    done = dict.fromkeys(STAGES, 0)
    for b in mine:
        done[b["stage"]] = done.get(b["stage"], 0) + 1
        for k in COUNTS:
            if k != "exported":
                counts[k] += b.get(k, 0) or 0
    # source records of the dataset's batches each stage has done (rate and ETA: see the run's status)
    records = {b["batch_index"]: b.get("records_in", 0) or 0 for b in mine if b["stage"] == "acquisition"}
    processed = {s: sum(records.get(b["batch_index"], 0) for b in mine if b["stage"] == s) for s in STAGES}
    run_total = run.get("total_batches")
    read_whole = run_total is not None and run["stages"]["acquisition"]["batches_done"] >= run_total
    total = (done["acquisition"] if per_dataset else run_total) if read_whole else None
    if run["status"] == "completed":
        progress = 1.0
    elif total:
        progress = round(min(done[s] for s in STAGES) / total, 4)
    else:
        progress = 0.0 if total == 0 else None
    return DatasetRunProgress(
        run_id=run["_id"], kind=run.get("kind", "pipeline"), status=run["status"], per_dataset=per_dataset,
        counts=RunCounts(**counts),
        stages={s: StageState(batches_done=done[s], total_batches=total, processed=processed[s],
                              total=sum(records.values()) if total is not None else None) for s in STAGES},
        progress=progress, run_counts=RunCounts(**run["counts"]), datasets_in_run=len(run["dataset_ids"]),
        created_at=run["created_at"], started_at=run.get("started_at"), finished_at=run.get("finished_at"))


@router.get("/{dataset_id}/progress", dependencies=[Depends(require_scope("datasets:read"))],
            response_model=DatasetProgress, summary="The dataset's progress in the runs that include it",
            responses=responses(404, s404="no such dataset"))
async def dataset_progress(request: Request, dataset_id: DatasetId) -> DatasetProgress:
    doc = await _dataset_or_404(request, dataset_id)
    runs = []
    for ref in await repo(request).runs_with_dataset(dataset_id, limit=20):
        state = await repo(request).run(ref["_id"])
        if state is None:
            continue
        runs.append(_progress(state, dataset_id, await repo(request).run_batch_records(ref["_id"])))
    return DatasetProgress(dataset_id=dataset_id, status=doc.get("status", ""),
                           in_use=any(r.status in UNFINISHED for r in runs), runs=runs)


# ---------------------------------------------------------------- load

def _check_url(url: str) -> None:
    """What a URL must be before it is worth a command (no I/O: the address checks against the
    private network need DNS, so acquisition does them: reason url_not_allowed)."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        host = parts.hostname
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as exc:
        raise Problem(422, "invalid_url", "Invalid URL", str(exc)[:200]) from None
    if scheme not in ("http", "https"):
        raise Problem(422, "unsupported_url_scheme", "Unsupported URL scheme",
                      f"{scheme[:20] or 'no scheme'!r}: only http and https URLs can be loaded")
    if parts.username is not None or parts.password is not None:
        raise Problem(422, "invalid_url", "Invalid URL", "credentials in the URL are not supported")
    if not host:
        raise Problem(422, "invalid_url", "Invalid URL", "the URL has no host")


def _command(request: Request, body: LoadRequest, dataset_id: str, principal: Principal) -> RegisterDataset:
    base = {"run_id": dataset_id, "producer": "gateway", "dataset_id": dataset_id, "name": body.name,
            "created_by": principal.key_id, "created_at": now()}
    if body.path is not None:
        roots = [Path(r).resolve() for r in request.app.state.settings.load_roots]
        try:
            resolved, _, _ = check_path(body.path, roots)
        except IntakeRefused as exc:
            raise _problem(exc) from None
        return RegisterDataset(**{**base, "name": body.name or resolved.name}, source="path", path=str(resolved))
    if body.url is not None:
        _check_url(body.url)
        return RegisterDataset(**base, source="url", url=body.url)
    if os.path.exists(body.hf_name):  # load_dataset would read a local folder of that name
        raise Problem(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                      "the name is a path on the server; use {\"path\": ...} under the load roots")
    return RegisterDataset(**base, source="hf", hf_name=body.hf_name, hf_split=body.hf_split,
                           hf_config=body.hf_config)


async def register(request: Request, command: RegisterDataset) -> DatasetAccepted:
    """Publish the command, then insert the dataset document (insert-once: acquisition inserts
    the same one if this process dies in between), and answer 202."""
    settings = request.app.state.settings
    await request.app.state.broker.publish(command, topic=settings.topic(topics.INTAKE_COMMANDS),
                                           key=command.dataset_id.encode())
    doc = registering_document(command)
    await repo(request).insert_dataset_once(doc)
    return DatasetAccepted(dataset_id=doc["_id"], name=doc["name"], bytes=0, sha256="", format=doc["format"],
                           status=doc["status"], created_at=doc["created_at"],
                           status_url=f"{API_PREFIX}/datasets/{doc['_id']}")


LOAD_ERRORS = {
    **responses(403, 404, 415, 422,
                s403="path outside the load roots or none configured (path_not_allowed, path_loading_disabled)",
                s404="no such file or folder (path)",
                s415="unsupported file type (path)",
                s422="invalid body; URL scheme not http(s) (unsupported_url_scheme), invalid_url; hf_name names a "
                     "server path (hf_dataset_unavailable)"),
}


@router.post("/load", status_code=202, response_model=DatasetAccepted,
             summary="Register a dataset from a server path, a URL or a Hugging Face name (asynchronous)",
             description="Answers 202 with the dataset in status `registering`; acquisition takes it in and the "
                         "status becomes `ready`, or `failed` with `failure.reason`: url_not_allowed (the host "
                         "resolves to a non-public address), url_fetch_failed (unresolvable, refused, 4xx/5xx, too "
                         "many redirects), url_timeout, payload_too_large, expanded_too_large, archive_bomb, "
                         "unsupported_file_type, content_mismatch, hf_dataset_unavailable (not in the server's "
                         "cache), ... Progress events arrive on `/ws/progress` with `run_id` = the dataset id.",
             responses=LOAD_ERRORS)
async def load(request: Request, body: LoadRequest,
               principal: Annotated[Principal, Depends(require_scope("datasets:write"))]) -> DatasetAccepted:
    return await register(request, _command(request, body, uuid.uuid4().hex, principal))
