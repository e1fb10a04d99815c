"""Request and response models of the REST API (they are the OpenAPI document)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from shared.run_ledger import STAGES

RUN_ID_PATTERN = r"^[0-9a-f]{32}$"


class DatasetOut(BaseModel):
    dataset_id: str
    name: str
    bytes: int
    sha256: str
    format: str
    status: str
    created_at: datetime


class ExecuteRequest(BaseModel):
    dataset_ids: list[str] = Field(min_length=1, max_length=100)
    quality_threshold: float = Field(0.7, ge=0.0, le=1.0)
    batch_size: int = Field(500, ge=1, le=10_000, description="records per Kafka message")


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


class StageState(BaseModel):
    batches_done: int
    total_batches: int | None


class ExportInfo(BaseModel):
    format: str
    lines: int
    bytes: int
    sha256: str
    url: str


class RunStatusOut(BaseModel):
    run_id: str
    status: Literal["queued", "running", "completed", "failed", "cancelled"]
    dataset_ids: list[str]
    quality_threshold: float
    counts: RunCounts
    stages: dict[str, StageState]
    error: dict[str, Any] | None = None
    export: ExportInfo | None = None
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None


def run_view(doc: dict) -> RunStatusOut:
    export = doc.get("export")
    return RunStatusOut(
        run_id=doc["_id"],
        status=doc["status"],
        dataset_ids=doc["dataset_ids"],
        quality_threshold=doc["quality_threshold"],
        counts=RunCounts(**doc["counts"]),
        stages={s: StageState(**doc["stages"][s]) for s in STAGES},
        error=doc.get("error"),
        export=ExportInfo(format=export["format"], lines=export["lines"], bytes=export["bytes"],
                          sha256=export["sha256"], url=f"/api/v1/pipeline/export/{export['format']}?run_id={doc['_id']}")
        if export else None,
        created_at=doc["created_at"],
        started_at=doc.get("started_at"),
        finished_at=doc.get("finished_at"),
    )
