"""``/api/v1/datasets``: list, inspect, delete and follow datasets.

Loads (``POST /datasets/load``: a server path, a URL or the server's Hugging Face cache; in
:mod:`gateway.routes.uploads`) are commands (``RegisterDataset`` on ``acquisition.intake.v1``):
the gateway checks what needs no I/O (the body, a path under the configured roots ``DP_GATEWAY_LOAD_ROOTS`` after
resolving symlinks and ``..``, the URL's scheme and shape) and answers 202 with the dataset in
status ``registering``; acquisition does the work (downloads with SSRF guards, Hugging Face
loads from the server's cache, fingerprints) and the dataset becomes ``ready`` or ``failed``
with a reason code (see :mod:`services.acquisition.intake`). Previews are read by acquisition
(``POST /internal/preview``).
"""

from __future__ import annotations

import asyncio
import re
import shutil
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from gateway.auth import require_key, require_scope, sees_raw
from gateway.internal import forward
from shared.http.problems import Problem, responses
from gateway.repository import GatewayRepository
from gateway.routes import API_PREFIX
from gateway.runs import DATASET_ID_PATTERN, DatasetId, dataset_or_404
from gateway.schemas import DatasetOut, RunCounts, StageState
from shared.datasets import ArchiveInfo, DatasetDoc, DatasetFailure, IntakeProgress
from shared.intake import IN_PROGRESS
from shared.run_ledger import dataset_share
from shared.pagination import keyset_page, parse_keyset_cursor

router = APIRouter(prefix=f"{API_PREFIX}/datasets", tags=["datasets"], dependencies=[Depends(require_key)])

UNFINISHED = ("queued", "running")


# ---------------------------------------------------------------- models

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
    quality: dict[str, Any] | None = Field(None, description=(
        "its stored quality report: score, tiers, flags, recommendations, pii (counts per kind), risk_level, "
        "risk_category, risk_turns ({turn, category, level} per client turn that discloses risk) and checks "
        "(the failed ones, with a detail naming the turn); null for conversations stored without one"))


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


def _parse_cursor(cursor: str) -> tuple[datetime, str]:
    return parse_keyset_cursor(cursor, re.compile(DATASET_ID_PATTERN))


def _info(raw: dict) -> DatasetInfo:
    doc = DatasetDoc.model_validate(raw)
    return DatasetInfo(
        dataset_id=doc.id, name=doc.name, bytes=doc.bytes, sha256=doc.sha256, format=doc.format, status=doc.status,
        created_at=doc.created_at, source=doc.source, url=doc.url, final_url=doc.final_url, hf_name=doc.hf_name,
        hf_split=doc.hf_split, hf_config=doc.hf_config, path=doc.path if doc.source == "path" else None,
        archive=ArchiveInfo(**doc.archive) if isinstance(doc.archive, dict) else None,
        failure=DatasetFailure(**doc.failure) if isinstance(doc.failure, dict) else None,
        intake=IntakeProgress(**doc.progress) if doc.status in IN_PROGRESS and isinstance(doc.progress, dict) else None,
        finished_at=doc.finished_at, mapping=doc.mapping)


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
        quality_score=score if isinstance(score, (int, float)) else None, quality=_quality_view(quality))


QUALITY_VIEW_FIELDS = ("score", "tiers", "flags", "recommendations", "pii", "risk_level", "risk_category",
                       "risk_turns", "tags", "excluded")


def _quality_view(quality: dict) -> dict | None:
    """What a conversation view shows of a stored report: its verdicts, and only the checks that failed."""
    if not quality:
        return None
    view = {k: quality[k] for k in QUALITY_VIEW_FIELDS if k in quality}
    view["checks"] = {name: c for name, c in (quality.get("checks") or {}).items()
                      if isinstance(c, dict) and not c.get("passed", True)}
    return view


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
    page, after = keyset_page(docs, limit, "created_at")
    return DatasetPage(items=[_info(d) for d in page], next_cursor=after)


@router.get("/{dataset_id}", dependencies=[Depends(require_scope("datasets:read"))], response_model=DatasetDetail,
            summary="A dataset: metadata, its first records and some of its converted conversations",
            responses=responses(404, s404="no such dataset"))
async def dataset_detail(request: Request, dataset_id: DatasetId,
                         preview: Annotated[int, Query(ge=0, le=50, description="how many records and conversations")] = 5,
                         ) -> DatasetDetail:
    doc = await dataset_or_404(request, dataset_id)
    records: list[dict] = []
    error = None
    if preview and not sees_raw(request):
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
    doc = await dataset_or_404(request, dataset_id)
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
    share = dataset_share(run, dataset_id, batches)
    return DatasetRunProgress(
        run_id=run["_id"], kind=run.get("kind", "pipeline"), status=run["status"], per_dataset=share["per_dataset"],
        counts=RunCounts(**share["counts"]), stages={s: StageState(**v) for s, v in share["stages"].items()},
        progress=share["progress"], run_counts=RunCounts(**run["counts"]), datasets_in_run=len(run["dataset_ids"]),
        created_at=run["created_at"], started_at=run.get("started_at"), finished_at=run.get("finished_at"))


@router.get("/{dataset_id}/progress", dependencies=[Depends(require_scope("datasets:read"))],
            response_model=DatasetProgress, summary="The dataset's progress in the runs that include it",
            responses=responses(404, s404="no such dataset"))
async def dataset_progress(request: Request, dataset_id: DatasetId) -> DatasetProgress:
    doc = await dataset_or_404(request, dataset_id)
    runs = []
    for ref in await repo(request).runs_with_dataset(dataset_id, limit=20):
        state = await repo(request).run(ref["_id"])
        if state is None:
            continue
        runs.append(_progress(state, dataset_id, await repo(request).run_batch_records(ref["_id"])))
    return DatasetProgress(dataset_id=dataset_id, status=doc.get("status", ""),
                           in_use=any(r.status in UNFINISHED for r in runs), runs=runs)
