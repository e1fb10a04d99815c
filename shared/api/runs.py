"""Runs over the REST API: starting them (``POST /pipeline/execute``, ``/pipeline/convert``),
their state (``RunStatusOut``, read from ``shared.run_ledger``'s state by :func:`run_view`), pages
of runs, rejects and reports."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from shared.events import (
    ERROR_TOLERANCE, STAGES, ExecutionMode, ExportOptions, QualityOptions, StandardizationOptions, StartRun,
)
from shared.formats import ExportFormat, Template


RUN_ID_PATTERN = r"^[0-9a-f]{32}$"


class ExecuteRequest(BaseModel):
    dataset_ids: list[str] = Field(min_length=1, max_length=100)
    mode: ExecutionMode = Field("sequential", description=StartRun.model_fields["mode"].description)
    priority: int = Field(5, ge=1, le=10, description="10 is the most urgent (used by priority_based)")
    quality_threshold: float = Field(0.7, ge=0.0, le=1.0)
    batch_size: int = Field(500, ge=1, le=10_000, description="records per Kafka message")
    error_tolerance: float = Field(0.1, ge=0.0, le=1.0, description=ERROR_TOLERANCE)
    standardization: StandardizationOptions = Field(default_factory=StandardizationOptions)
    quality: QualityOptions = Field(default_factory=QualityOptions)
    export: ExportOptions = Field(default_factory=ExportOptions)


class ConvertRequest(BaseModel):
    """Convert datasets to a chat template: a run that keeps every convertible conversation."""

    dataset_ids: list[str] = Field(min_length=1, max_length=100)
    template: Template = "openai"
    file_format: ExportFormat = "jsonl"
    batch_size: int = Field(500, ge=1, le=10_000)
    standardization: StandardizationOptions = Field(default_factory=StandardizationOptions)


class RejectOut(BaseModel):
    dataset_id: str
    record_index: int
    reason: str
    detail: str
    detected_format: str | None
    excerpt: str
    order_key: str


class RejectPage(BaseModel):
    items: list[RejectOut]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next page; null on the last")


class ReasonReport(BaseModel):
    count: int
    examples: list[RejectOut]


class RunReport(BaseModel):
    run_id: str
    status: str
    counts: "RunCounts"
    formats: dict[str, int] = Field(description="input records converted, by detected format")
    reject_reasons: dict[str, ReasonReport]


class RunAccepted(BaseModel):
    run_id: str
    status: Literal["queued"]
    status_url: str
    websocket_url: str


class RunCounts(BaseModel):
    records_in: int = 0
    records_converted: int = 0
    conversations: int = 0
    rejected: int = 0
    validated: int = 0
    passed: int = 0
    exported: int = 0
    not_renderable: int = 0
    failed: int = Field(0, description="records of batches a stage gave up on after its retries (not data rejects)")


class StageState(BaseModel):
    batches_done: int
    total_batches: int | None
    processed: int = Field(0, description="source records of the batches this stage has done")
    total: int | None = Field(None, description=(
        "source records of the run: exact once acquisition has read everything; before that an estimate "
        "(total_is_estimate): the exact count where the format tells it up front (JSON array, Parquet, Arrow), "
        "else records read x file size / bytes read (JSONL, CSV, TSV); null while nothing is known"))
    total_is_estimate: bool = False
    rate: float | None = Field(None, description="records/s: processed over the time from the run's start to the "
                                                 "stage's latest batch")
    eta_s: float | None = Field(None, description="seconds left at that rate, (total - processed) / rate; null "
                                                  "when the stage is done, the run has ended, or nothing is known")


class FailureOut(BaseModel):
    stage: str
    batch_index: int
    records: int = Field(description="source records of the batch, counted as failed")
    error: str = Field(description="the last error, after the retries")
    dataset_id: str | None = None


class ExportInfo(BaseModel):
    template: str
    lines: int
    bytes: int
    sha256: str = Field(description="of the JSONL file")
    json_sha256: str = Field(description="of the JSON-array variant")
    urls: dict[str, str]


class RunStatusOut(BaseModel):
    run_id: str
    kind: str = "pipeline"
    mode: ExecutionMode = "sequential"
    priority: int = 5
    status: Literal["queued", "running", "completed", "failed", "cancelled"]
    dataset_ids: list[str]
    quality_threshold: float
    quality: QualityOptions = Field(default_factory=QualityOptions, description=(
        "the run's quality options: PII policy, languages, and the check tiers that run (a run started before "
        "tiers could be chosen ran all three)"))
    counts: RunCounts
    formats: dict[str, int] = Field(default_factory=dict)
    reject_reasons: dict[str, int] = Field(default_factory=dict)
    quality_flags: dict[str, int] = Field(default_factory=dict, description="conversations by quality flag")
    stages: dict[str, StageState]
    error_tolerance: float = Field(0.1, description=ERROR_TOLERANCE)
    failures: list[FailureOut] = Field(default_factory=list, description=(
        "batches a stage gave up on, in batch order (the first 100; counts.failed counts every record)"))
    error: dict[str, Any] | None = None
    export: ExportInfo | None = None
    partial_export_url: str | None = Field(None, description=(
        "a cancelled or failed run whose production stage had done batches: what it exported until then, "
        "as JSONL marked partial (kept, never deleted)"))
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None


def run_view(doc: dict) -> RunStatusOut:
    export = doc.get("export")
    return RunStatusOut(
        run_id=doc["_id"],
        kind=doc.get("kind", "pipeline"),
        mode=doc.get("mode", "sequential"),
        priority=doc.get("priority", 5),
        status=doc["status"],
        dataset_ids=doc["dataset_ids"],
        quality_threshold=doc["quality_threshold"],
        quality=QualityOptions(**(doc.get("quality") or {})),
        counts=RunCounts(**doc["counts"]),
        formats=doc.get("breakdown", {}).get("formats", {}),
        reject_reasons=doc.get("breakdown", {}).get("reject_reasons", {}),
        quality_flags=doc.get("breakdown", {}).get("quality_flags", {}),
        stages={s: StageState(**doc["stages"][s]) for s in STAGES},
        error_tolerance=doc.get("error_tolerance", 0.1),
        failures=[FailureOut(**f) for f in doc.get("failures", [])],
        error=doc.get("error"),
        export=ExportInfo(template=export.get("template", "openai"), lines=export["lines"], bytes=export["bytes"],
                          sha256=export["sha256"], json_sha256=export.get("json_sha256", ""),
                          urls={f: f"/api/v1/pipeline/export/{f}?run_id={doc['_id']}" for f in ("jsonl", "json")})
        if export else None,
        partial_export_url=f"/api/v1/pipeline/partial-export/{doc['_id']}"
        if doc["status"] in ("cancelled", "failed") and doc["stages"]["production"]["batches_done"] else None,
        created_at=doc["created_at"],
        started_at=doc.get("started_at"),
        finished_at=doc.get("finished_at"),
    )


class RunPage(BaseModel):
    items: list[RunStatusOut]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next (older) page; null on the last. "
                                    "With a status filter a page may rarely hold fewer items than asked and still "
                                    "have a cursor (a run that changed state while the page was read is left out)")
