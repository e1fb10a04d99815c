"""The answers of the services' internal HTTP APIs (``shared.internal_http``), as the gateway
serves them: standardization's ``/internal/standardize`` and ``/internal/detect`` (a dry run),
quality's ``/internal/validate``. One model per answer, so the service that writes it and the
gateway that checks and documents it (OpenAPI) read the same contract."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from shared.conversation import Message
from shared.events import QUALITY_TIERS, QualityTier


# ---------------------------------------------------------------- standardization

class StandardizedRecord(BaseModel):
    index: int
    status: Literal["converted", "rejected"]
    detected_format: str | None
    confidence: float
    evidence: list[str]
    conversations: list[dict[str, Any]] = Field(default_factory=list)
    reason: str | None = None
    detail: str | None = None


class StandardizeSummary(BaseModel):
    records: int
    converted: int
    rejected: int
    conversations: int
    formats: dict[str, int]
    reject_reasons: dict[str, int]


class StandardizeBatchOut(BaseModel):
    results: list[StandardizedRecord]
    summary: StandardizeSummary


# ---------------------------------------------------------------- dry run (detection)

class MappingUsed(BaseModel):
    source: Literal["request", "dataset"] = Field(description="the body's mapping or the dataset's stored one")
    formatting: str
    reads: dict[str, str] = Field(description="the record field read for each column (defaults applied)")
    tags: dict[str, str] | None = Field(None, description="sharegpt: the message keys and role values (defaults "
                                                          "applied)")
    ignored: list[str] = Field(description="keys given and not used (LLaMA-Factory's source keys, media columns)")


class RecordFound(BaseModel):
    index: int = Field(description="0-based position in the file")
    format: str | None = Field(description="the format found (detected, forced or mapping:<formatting>); null: none")
    confidence: float
    status: Literal["converted", "rejected"]
    reason: str | None = None


class RejectDetail(BaseModel):
    detail: str
    count: int
    record_indexes: list[int] = Field(description="the first records rejected so (at most 5)")
    excerpt: str = Field(description="the first such record, as read (withheld without data:sensitive)")


class RejectGroup(BaseModel):
    reason: str
    count: int
    details: list[RejectDetail] = Field(description="the most frequent details (at most 3)")
    other_details: int = Field(description="how many other distinct details this reason had")


class SampleSummary(BaseModel):
    records: int
    converted: int
    rejected: int
    conversations: int


class DetectionReport(BaseModel):
    dataset_id: str
    mode: Literal["mapping", "forced_format", "detection"]
    mapping: MappingUsed | None
    sample_error: str | None = Field(None, description="why the file could not be read (whole or in part)")
    summary: SampleSummary
    formats_found: dict[str, int] = Field(description="records by the format found ('none': no converter claims "
                                                      "them), converted or not")
    formats_converted: dict[str, int] = Field(description="records converted, by format")
    records: list[RecordFound]
    conversations: list[dict[str, Any]] = Field(description="the first converted conversations")
    conversations_withheld: bool = Field(False, description="true: they show raw data, which needs data:sensitive")
    rejects: list[RejectGroup] = Field(description="rejects by reason, the most frequent first")


# ---------------------------------------------------------------- quality

class ConversationIn(BaseModel):
    messages: list[Message] = Field(min_length=1, max_length=500)


class QualityReportOut(BaseModel):
    index: int
    score: float
    passed: bool
    flags: list[str]
    duplicate_of: str | None = None
    tiers: dict[str, float]
    checks: dict[str, dict[str, Any]]
    recommendations: list[dict[str, str]]
    tags: list[str]
    risk_level: str = Field(description="none, low, moderate or high (the C-SSRS category mapped to a level)")
    risk_category: str = Field("none", description="the most severe C-SSRS category disclosed in a client turn: "
                                                   "passive_wish, active_ideation, method, intent, plan_preparation, "
                                                   "nssi, recent_attempt, or none")
    risk_turns: list[dict[str, Any]] = Field(default_factory=list,
                                             description="each disclosing client turn: {turn, category, level}")
    therapeutic: dict[str, float] = Field(description="therapeutic sub-scores of the counsellor turns (empty "
                                                      "when the counselling tier did not run)")
    pii: dict[str, int]
    excluded: bool
    tiers_run: list[QualityTier] = Field(default_factory=lambda: list(QUALITY_TIERS), description=(
        "the check tiers that ran (the options' tiers); without counselling, risk was not read: risk_level none, "
        "no risk tags"))
    messages: list[dict[str, Any]] = Field(description="as stored and exported (redacted by the PII policy)")


class ValidationOut(BaseModel):
    validation_id: str
    results: list[QualityReportOut]
    summary: dict[str, Any]
