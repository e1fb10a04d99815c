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
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from gateway.auth import require_key, require_scope, sees_raw
from gateway.plumbing import DATASET_ID_PATTERN, DatasetId, KeysetCursor, PageSize, dataset_or_404, forward, repo
from gateway.routes import API_PREFIX
from shared.api.datasets import (
    DatasetDetail, DatasetInfo, DatasetPage, DatasetProgress, PreviewRecord, conversation_preview, dataset_info,
    dataset_run_progress,
)
from shared.events import TERMINAL_STATUSES
from shared.http.problems import Problem, responses
from shared.intake import IN_PROGRESS
from shared.pagination import read_page

router = APIRouter(prefix=f"{API_PREFIX}/datasets", tags=["datasets"], dependencies=[Depends(require_key)])


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
    limit: PageSize = 50,
    cursor: KeysetCursor = None,
) -> DatasetPage:
    filters = {k: v for k, v in (("source", source), ("format", format), ("status", status)) if v is not None}
    page, after = await read_page(repo(request).datasets_page, cursor, re.compile(DATASET_ID_PATTERN), limit,
                                  "created_at", filters=filters)
    return DatasetPage(items=[dataset_info(d) for d in page], next_cursor=after)


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
        return DatasetDetail(**dataset_info(doc).model_dump(), preview=[], conversations=[],
                             preview_error="the preview shows raw data: it needs the data:sensitive scope "
                                           "(editor or admin keys)")
    if preview and doc.get("status") in IN_PROGRESS:
        error = f"the dataset is still {doc['status']}: its file is previewed once it is ready"
    elif preview and not doc.get("path"):
        error = "no file is recorded for this dataset"
    elif preview:
        records, error = await _preview(request, doc, preview)
    conversations = await repo(request).dataset_conversations(dataset_id, preview) if preview else []
    return DatasetDetail(**dataset_info(doc).model_dump(), preview=[PreviewRecord(**r) for r in records],
                         preview_error=error, conversations=[conversation_preview(c) for c in conversations])


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
    return dataset_info(doc)


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
        runs.append(dataset_run_progress(state, dataset_id, await repo(request).run_batch_records(ref["_id"])))
    return DatasetProgress(dataset_id=dataset_id, status=doc.get("status", ""),
                           in_use=any(r.status not in TERMINAL_STATUSES for r in runs), runs=runs)
