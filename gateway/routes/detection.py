"""A dataset's field mapping and its dry run (issue 14, item 2; reference: docs/field-mapping.md).

``PUT /api/v1/datasets/{id}/mapping`` stores (or clears) the mapping the dataset's runs read its
records with instead of detection. ``POST /api/v1/datasets/{id}/detect`` is a dry run on a
sample: acquisition reads the first records as a run would (``POST /internal/preview``) and the
standardization service converts them, storing nothing (``POST /internal/detect``); the gateway
only forwards and withholds raw data from keys without ``data:sensitive``, as the dataset
preview does.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request

from gateway.auth import require_key, require_scope, sees_raw
from gateway.plumbing import DatasetId, dataset_or_404, forward, found, repo
from gateway.routes import API_PREFIX
from shared.api.datasets import DetectBody, MappingBody, MappingOut
from shared.http.problems import Problem, responses
from shared.intake import IN_PROGRESS
from shared.mapping import FieldMapping
from shared.service_api import DetectionReport
from shared.visibility import withheld_detection

router = APIRouter(prefix=f"{API_PREFIX}/datasets", tags=["datasets"], dependencies=[Depends(require_key)])

SAMPLE_BYTES = 32 * 1024 * 1024  # the most record JSON a sample carries (acquisition stops before)


# ---------------------------------------------------------------- helpers

def _empty_report(dataset_id: str, error: str | None) -> dict[str, Any]:
    return {"dataset_id": dataset_id, "mode": "detection", "mapping": None, "sample_error": error,
            "summary": {"records": 0, "converted": 0, "rejected": 0, "conversations": 0}, "formats_found": {},
            "formats_converted": {}, "records": [], "conversations": [], "rejects": []}


# ---------------------------------------------------------------- routes

@router.put("/{dataset_id}/mapping", dependencies=[Depends(require_scope("datasets:write"))],
            response_model=MappingOut, summary="Store (or clear) the field mapping the dataset's runs use",
            description="Runs started afterwards read the dataset's records with this mapping instead of detecting "
                        "their format (unless the run gives its own, standardization.mapping); runs already "
                        "started keep the mapping they started with. See docs/field-mapping.md.",
            responses=responses(404, s404="no such dataset"))
async def put_mapping(request: Request, dataset_id: DatasetId, body: MappingBody) -> MappingOut:
    stored = body.mapping.model_dump() if body.mapping is not None else None
    doc = found(await repo(request).set_dataset_mapping(dataset_id, stored), "dataset", dataset_id)
    return MappingOut(dataset_id=dataset_id, mapping=doc.get("mapping"))


@router.post("/{dataset_id}/detect", dependencies=[Depends(require_scope("datasets:read"))],
             response_model=DetectionReport,
             summary="Dry run on a sample: the format of each record, the first conversations, the rejects' reasons",
             description="Reads the dataset's first `sample_size` records as a run would and converts them with the "
                         "given mapping, the dataset's stored one, or detection; nothing is stored. Conversations, "
                         "excerpts and quoted record text in details are withheld from keys without the "
                         "data:sensitive scope (as the dataset preview). A sample stops early at 32 MB of records.",
             responses=responses(404, 409, s404="no such dataset",
                                 s409="the dataset is still registering or merging, or has no file "
                                      "(dataset_not_ready)"))
async def detect(request: Request, dataset_id: DatasetId, body: DetectBody | None = None) -> DetectionReport:
    body = body or DetectBody()
    doc = await dataset_or_404(request, dataset_id)
    if doc.get("status") in IN_PROGRESS or doc.get("status") == "failed" or not doc.get("path"):
        state = doc.get("status") or "without a file"
        raise Problem(409, "dataset_not_ready", "Dataset not ready",
                      f"the dataset is {state}: its records can be tried once it is ready")
    mapping, source = body.mapping, "request"
    if mapping is None and body.use_stored_mapping and doc.get("mapping"):
        mapping, source = FieldMapping.model_validate(doc["mapping"]), "dataset"
    settings = request.app.state.settings
    sample = await forward(request, settings.acquisition_url, "/internal/preview",
                           {"path": doc["path"], "declared_format": doc.get("declared_format"),
                            "n": body.sample_size, "max_bytes": SAMPLE_BYTES}, "acquisition")
    records, error = sample.get("records", []), sample.get("error")
    if not records:
        return DetectionReport(**_empty_report(dataset_id, error))
    report = await forward(request, settings.standardization_url, "/internal/detect",
                           {"records": records, "mapping": mapping.model_dump() if mapping else None,
                            "options": body.standardization.model_dump(), "examples": body.examples,
                            "dataset_id": dataset_id, "source_name": doc.get("name", "dataset")},
                           "standardization")
    if report.get("mapping") is not None and mapping is not None:
        # LLaMA-Factory's source keys are never forwarded (nor stored): list them from what was given
        report["mapping"] = {**report["mapping"], "source": source, "ignored": mapping.ignored()}
    report = {**report, "dataset_id": dataset_id, "sample_error": error}
    if not sees_raw(request):
        report = withheld_detection(report)
    return DetectionReport(**report)
