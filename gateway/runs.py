"""Starting runs, and finding runs and datasets (404 otherwise), shared by the routes that
start runs (execute, convert, standardize a file) and those that read runs and datasets."""

from __future__ import annotations

import uuid

from typing import Annotated

from fastapi import Path as PathParam, Request

from shared.http.problems import Problem
from gateway.schemas import RUN_ID_PATTERN, RunAccepted
from shared import topics
from shared.events import ExportOptions, QualityOptions, StandardizationOptions, StartRun
from shared.mapping import FieldMapping
from shared.run_ledger import DEFAULT_ERROR_TOLERANCE

RunId = Annotated[str, PathParam(pattern=RUN_ID_PATTERN, description="32 hex characters")]
DATASET_ID_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"
DatasetId = Annotated[str, PathParam(pattern=DATASET_ID_PATTERN, description="the id upload or load returned")]
ERRORS = {401: {"description": "missing or invalid API key"}, 404: {"description": "no such run"},
          422: {"description": "invalid request"}}

# dataset states a run cannot read (a run over a dataset still ``registering`` waits in acquisition)
NOT_READY = ("merging", "failed", "downloading")

# Convert and standardize runs change nothing but the format: no redaction, any language.
AS_IS = QualityOptions(pii_policy="flag", languages=[])


async def ready_datasets(repo, dataset_ids: list[str],
                         not_ready: tuple[str, ...] = NOT_READY) -> dict[str, dict]:
    """The datasets by id; 404 naming the unknown ones, 409 naming those in a ``not_ready`` state
    (a run's by default; a merge passes ``shared.intake.NOT_READY``, which adds ``registering``)."""
    found = await repo.datasets(dataset_ids)
    missing = [i for i in dataset_ids if i not in found]
    if missing:
        raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {missing[0][:64]!r}",
                      missing=missing)
    unready = [i for i in dataset_ids if found[i].get("status") in not_ready]
    if unready:
        raise Problem(409, "dataset_not_ready", "Dataset not ready",
                      f"dataset {unready[0]!r} is {found[unready[0]]['status']}", not_ready=unready)
    return found


async def start_run(request: Request, dataset_ids: list[str], *, threshold: float, batch_size: int,
                    standardization: StandardizationOptions, export: ExportOptions, kind: str,
                    quality: QualityOptions | None = None, mode: str = "sequential",
                    priority: int = 5, error_tolerance: float = DEFAULT_ERROR_TOLERANCE) -> RunAccepted:
    repo = request.app.state.repo
    quality = quality or QualityOptions()
    dataset_ids = list(dict.fromkeys(dataset_ids))  # a dataset twice in one run would count twice
    found = await ready_datasets(repo, dataset_ids)
    run_id = uuid.uuid4().hex
    mappings = stored_mappings(found) if standardization.mapping is None else {}
    await repo.create_run(run_id, dataset_ids, threshold, batch_size, {
        "kind": kind, "standardization": standardization.model_dump(), "quality": quality.model_dump(),
        "export": export.model_dump(), "mode": mode, "priority": priority, "error_tolerance": error_tolerance,
        **({"dataset_mappings": {k: m.model_dump(exclude_none=True) for k, m in mappings.items()}}
           if mappings else {})})
    settings = request.app.state.settings
    await request.app.state.broker.publish(
        StartRun(run_id=run_id, producer="gateway", dataset_ids=dataset_ids, quality_threshold=threshold,
                 batch_size=batch_size, standardization=standardization, quality=quality, export=export,
                 mode=mode, priority=priority, error_tolerance=error_tolerance, dataset_mappings=mappings),
        topic=settings.topic(topics.COMMANDS), key=run_id.encode(),
    )
    return RunAccepted(run_id=run_id, status="queued", status_url=f"/api/v1/pipeline/status/{run_id}",
                       websocket_url=f"/ws/runs/{run_id}")


def stored_mappings(datasets: dict[str, dict]) -> dict[str, FieldMapping]:
    """The field mappings stored with these datasets (``DatasetDoc.mapping``), by dataset id."""
    return {i: FieldMapping.model_validate(d["mapping"]) for i, d in datasets.items() if d.get("mapping")}


async def dataset_or_404(request: Request, dataset_id: str) -> dict:
    doc = await request.app.state.repo.dataset(dataset_id)
    if doc is None:
        raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {dataset_id!r}")
    return doc


async def run_or_404(request: Request, run_id: str) -> dict:
    doc = await request.app.state.repo.run(run_id)
    if doc is None:
        raise Problem(404, "run_not_found", "Unknown run", f"no run with id {run_id!r}")
    return doc
