"""Starting runs, shared by the routes that start them (execute, convert, standardize a file),
and checking the datasets a run or a merge reads."""

from __future__ import annotations

import uuid

from fastapi import Request

from gateway.plumbing import publish, repo
from shared import topics
from shared.api.runs import RunAccepted
from shared.events import ExportOptions, QualityOptions, StandardizationOptions, StartRun
from shared.http.problems import Problem
from shared.mapping import FieldMapping
from shared.run_ledger import DEFAULT_ERROR_TOLERANCE

# dataset states a run cannot read (a run over a dataset still ``registering`` waits in acquisition)
NOT_READY = ("merging", "failed", "downloading")

# Convert and standardize runs change nothing but the format: no redaction, any language.
AS_IS = QualityOptions(pii_policy="flag", languages=[])


async def ready_datasets(request: Request, dataset_ids: list[str],
                         not_ready: tuple[str, ...] = NOT_READY) -> dict[str, dict]:
    """The datasets by id; 404 naming the unknown ones, 409 naming those in a ``not_ready`` state
    (a run's by default; a merge passes ``shared.intake.NOT_READY``, which adds ``registering``)."""
    found = await repo(request).datasets(dataset_ids)
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
    quality = quality or QualityOptions()
    dataset_ids = list(dict.fromkeys(dataset_ids))  # a dataset twice in one run would count twice
    found = await ready_datasets(request, dataset_ids)
    run_id = uuid.uuid4().hex
    mappings = stored_mappings(found) if standardization.mapping is None else {}
    await repo(request).create_run(run_id, dataset_ids, threshold, batch_size, {
        "kind": kind, "standardization": standardization.model_dump(), "quality": quality.model_dump(),
        "export": export.model_dump(), "mode": mode, "priority": priority, "error_tolerance": error_tolerance,
        **({"dataset_mappings": {k: m.model_dump(exclude_none=True) for k, m in mappings.items()}}
           if mappings else {})})
    await publish(request, topics.COMMANDS, StartRun(
        run_id=run_id, producer="gateway", dataset_ids=dataset_ids, quality_threshold=threshold, batch_size=batch_size,
        standardization=standardization, quality=quality, export=export, mode=mode, priority=priority,
        error_tolerance=error_tolerance, dataset_mappings=mappings), run_id)
    return RunAccepted(run_id=run_id, status="queued", status_url=f"/api/v1/pipeline/status/{run_id}",
                       websocket_url=f"/ws/runs/{run_id}")


def stored_mappings(datasets: dict[str, dict]) -> dict[str, FieldMapping]:
    """The field mappings stored with these datasets (``DatasetDoc.mapping``), by dataset id."""
    return {i: FieldMapping.model_validate(d["mapping"]) for i, d in datasets.items() if d.get("mapping")}
