"""Commands (imperative) and events (past tense) carried on Kafka.

Every message carries the envelope: ``event_id``, ``run_id``, ``schema_version``,
``occurred_at``, ``producer``. Data events carry *batches*, never single records.
An additive change bumps ``schema_version``; a breaking one gets a new topic.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, Literal, get_args

from pydantic import BaseModel, Field, field_validator

from shared.conversation import Conversation
from shared.formats import ExportFormat, SourceFormat, Template
from shared.mapping import FieldMapping
from shared.production import (
    Compression, GenerationConfig, GenerationFormat, GenerationSource, RunExportKind, run_export_key,
)

Stage = Literal["acquisition", "standardization", "quality", "production"]
RunStatus = Literal["queued", "running", "completed", "failed", "cancelled"]
TERMINAL_STATUSES: frozenset[str] = frozenset({"completed", "failed", "cancelled"})
STAGES: tuple[str, ...] = get_args(Stage)  # in the order a batch goes through them


def _now() -> datetime:
    return datetime.now(UTC)


class Envelope(BaseModel):
    event_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    run_id: str
    schema_version: int = 1
    occurred_at: datetime = Field(default_factory=_now)
    producer: str


# ------------------------------------------------------------------ commands


class StandardizationOptions(BaseModel):
    """How a run's records are read. Left empty, every record's format is detected."""

    format: SourceFormat | None = Field(None, description="force this source format instead of detecting")
    columns: dict[Literal["user", "assistant", "system"], str] = Field(
        default_factory=dict, description="table columns to read as each role (with format qa_table)")
    roles: dict[str, Literal["system", "user", "assistant", "tool"]] = Field(
        default_factory=dict, description="extra source role names, e.g. {'doctor': 'assistant'}")
    alternation: Literal["merge", "keep", "reject"] = Field(
        "merge", description="two user (or assistant) turns in a row: merge them, keep them, or reject the record")
    mapping: FieldMapping | None = Field(None, description=(
        "a field mapping (a LLaMA-Factory dataset_info.json entry) used for every record instead of detection "
        "(and of format); in a run it overrides the datasets' stored mappings. See docs/field-mapping.md"))


QualityTier = Literal["structure", "content", "counselling"]
QUALITY_TIERS: tuple[QualityTier, ...] = get_args(QualityTier)  # the check table's order (services.quality.checks)


class QualityOptions(BaseModel):
    pii_policy: Literal["redact", "exclude", "flag"] = Field(
        "redact", description="personal data: replace with typed placeholders, exclude the conversation, or only flag")
    languages: list[str] = Field(default_factory=lambda: ["en"], max_length=20,
                                 description="ISO 639-1 codes the dataset should be in; empty: any")
    tiers: list[QualityTier] = Field(
        default_factory=lambda: list(QUALITY_TIERS), min_length=1, json_schema_extra={"uniqueItems": True},
        description=(
            "the check tiers to run, at least one, each once (kept in the order structure, content, counselling). "
            "Without counselling no counselling check runs and client turns are not read for risk (no risk tags, "
            "risk_level none, no therapeutic sub-scores): for general chat data. PII detection and the PII policy "
            "apply whatever the tiers"))

    @field_validator("tiers", mode="before")
    @classmethod
    def _known_tiers(cls, tiers: Any) -> Any:
        if isinstance(tiers, list | tuple):
            unknown = [t for t in tiers if isinstance(t, str) and t not in QUALITY_TIERS]
            if unknown:
                raise ValueError(f"unknown tier {unknown[0]!r}" + (f" (and {len(unknown) - 1} more)" if len(unknown) > 1
                                                                   else "")
                                 + f": the tiers are {', '.join(QUALITY_TIERS)}")
        return tiers

    @field_validator("tiers")
    @classmethod
    def _tiers_once(cls, tiers: list[QualityTier]) -> list[QualityTier]:
        repeated = sorted({t for t in tiers if tiers.count(t) > 1}, key=QUALITY_TIERS.index)
        if repeated:
            raise ValueError(f"each tier may be given once; repeated: {', '.join(repeated)}")
        return sorted(tiers, key=QUALITY_TIERS.index)


class ExportOptions(BaseModel):
    template: Template = "openai"
    file_format: ExportFormat = "jsonl"


ExecutionMode = Literal["sequential", "concurrent", "adaptive", "priority_based"]
ERROR_TOLERANCE = ("share of the run's records that may fail for reasons other than data rejects (a batch a "
                   "stage gives up on after its retries counts its records as failed) before the run fails")


class StartRun(Envelope):
    """Schema version 2 added ``dataset_mappings`` (and ``standardization.mapping``); version 3
    added ``quality.tiers``."""

    schema_version: int = 3
    command: Literal["StartRun"] = "StartRun"
    dataset_ids: list[str] = Field(min_length=1)
    mode: ExecutionMode = Field("sequential", description=(
        "sequential: datasets one after another; concurrent: a batch of each dataset in turn; adaptive: "
        "concurrent, with acquisition pausing while downstream stages lag; priority_based: sequential, "
        "and a run yields to queued runs of higher priority between batches"))
    priority: int = Field(5, ge=1, le=10, description="10 is the most urgent (used by priority_based)")
    quality_threshold: float = Field(0.7, ge=0.0, le=1.0)
    batch_size: int = Field(500, ge=1, le=10_000)
    error_tolerance: float = Field(0.1, ge=0.0, le=1.0, description=ERROR_TOLERANCE)
    standardization: StandardizationOptions = Field(default_factory=StandardizationOptions)
    quality: QualityOptions = Field(default_factory=QualityOptions)
    export: ExportOptions = Field(default_factory=ExportOptions)
    dataset_mappings: dict[str, FieldMapping] = Field(default_factory=dict, description=(
        "the field mappings stored with the run's datasets, by dataset id, as they were when the run started; "
        "standardization.mapping, when set, is used instead"))

    def standardization_for(self, dataset_id: str) -> StandardizationOptions:
        """The options a dataset's batches carry: the run's, with the dataset's stored mapping
        when the run gives none."""
        stored = self.dataset_mappings.get(dataset_id)
        if self.standardization.mapping is not None or stored is None:
            return self.standardization
        return self.standardization.model_copy(update={"mapping": stored})


class CancelRun(Envelope):
    command: Literal["CancelRun"] = "CancelRun"
    reason: str = "cancelled by user"


class GenerateDataset(Envelope):
    """Build a production dataset (a generation); ``run_id`` carries the generation id."""

    command: Literal["GenerateDataset"] = "GenerateDataset"
    generation_id: str
    config: GenerationConfig
    sources: list[GenerationSource] = Field(min_length=1, description="the (run, dataset) pairs to read, in rank order")


class ExportGeneration(Envelope):
    """Write a completed generation's splits in another format; ``run_id`` carries the generation id."""

    command: Literal["ExportGeneration"] = "ExportGeneration"
    generation_id: str
    format: GenerationFormat
    compression: Compression = "none"


class RegisterDataset(Envelope):
    """Take a dataset in (acquisition, topic ``acquisition.intake.v1``); ``run_id`` carries the
    dataset id. The command holds everything the dataset document starts with, so acquisition
    can create it if the gateway died between publishing and inserting it."""

    command: Literal["RegisterDataset"] = "RegisterDataset"
    dataset_id: str = Field(pattern=r"^[0-9A-Za-z_-]{1,64}$")
    source: Literal["url", "hf", "path", "upload"]
    name: str | None = Field(None, max_length=200)
    url: str | None = None
    hf_name: str | None = None
    hf_split: str | None = None
    hf_config: str | None = None
    path: str | None = Field(None, description="path: the server file or folder; upload: the stored archive")
    upload_bytes: int | None = Field(None, description="upload: size of the stored archive")
    upload_sha256: str | None = None
    created_by: str | None = None
    created_at: datetime = Field(default_factory=_now)
    mapping: FieldMapping | None = Field(None, description="a field mapping stored with the dataset")


MergeConflictPolicy = Literal["first", "newest", "highest_quality"]


class MergeDatasets(Envelope):
    """Merge parents into a new dataset (acquisition, topic ``acquisition.intake.v1``);
    ``run_id`` carries the new dataset's id."""

    command: Literal["MergeDatasets"] = "MergeDatasets"
    dataset_id: str = Field(pattern=r"^[0-9A-Za-z_-]{1,64}$")
    name: str = Field(min_length=1, max_length=200)
    parent_ids: list[str] = Field(min_length=1, max_length=20)
    conflict_policy: MergeConflictPolicy = "first"
    created_by: str | None = None
    created_at: datetime = Field(default_factory=_now)


def micros(at: datetime) -> int:
    """A timestamp as integer microseconds (BSON dates keep milliseconds only): a run export's
    ``as_of`` is the newest ``ExportRun.occurred_at`` production answered, so the gateway can
    tell whether its own request has been answered."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return int(at.timestamp() * 1_000_000)


class ExportRun(Envelope):
    """Write a run's export in another form beside its JSONL export (``<DP_DATA_DIR>/exports/.variants/``,
    with a size and SHA-256 sidecar); production records the outcome in ``run.<run_id>.exports``
    (document id :func:`shared.production.run_export_key`). ``variant``: a completed run's export as ``format`` and
    ``compression``, written once and then reused. ``partial``: the export parts production has
    written so far for a running, cancelled or failed run, joined in batch order (JSONL), rewritten
    only when the parts changed."""

    command: Literal["ExportRun"] = "ExportRun"
    kind: RunExportKind = "variant"
    format: GenerationFormat = "jsonl"
    compression: Compression = "none"

    @property
    def key(self) -> str:
        return run_export_key(self.kind, self.format, self.compression)


# ------------------------------------------------------------------ data events


class BatchRef(Envelope):
    """What every batch event says about its place in the run."""

    batch_index: int = Field(ge=0)
    total_batches: int | None = Field(None, description="set on the run's last batch only")
    quality_threshold: float = Field(ge=0.0, le=1.0)
    dataset_id: str
    source_name: str
    source_sha256: str
    quality: QualityOptions = Field(default_factory=QualityOptions)
    failed_stage: Stage | None = Field(None, description=(
        "set when that stage gave up on the batch after its retries: the batch carries no records, "
        "later stages only count it done"))

    def header(self) -> dict[str, Any]:
        """The fields every stage passes on unchanged to the next batch event."""
        return self.model_dump(include=_HEADER_FIELDS)


_HEADER_FIELDS = {"run_id", "batch_index", "total_batches", "quality_threshold", "dataset_id", "source_name",
                  "source_sha256", "quality", "failed_stage"}


class RawRecord(BaseModel):
    index: int = Field(ge=0, description="0-based position in the source file")
    data: Any = None
    error: str | None = Field(None, description="reason code when the record could not even be parsed")
    detail: str | None = None


class BatchAcquired(BatchRef):
    """Schema version 2 added ``standardization.mapping`` (the mapping this dataset's records are read with);
    version 3 added ``stored_conversations``; version 4 ``quality.tiers``."""

    schema_version: int = 4
    file_format: str
    records: list[RawRecord]
    standardization: StandardizationOptions = Field(default_factory=StandardizationOptions)
    stored_conversations: bool = Field(False, description=(
        "the records are conversations a merge already standardized (its dataset's record_format is "
        "'conversation'): standardization takes them as they are, without detecting or converting them again, "
        "and ignores the standardization options"))


class PriorQualityReport(BaseModel):
    """A quality report made before the run, kept beside the conversation it is about: a
    ``highest_quality`` merge stores the report of each contested conversation it kept
    (``services.acquisition.merge``). The quality service takes it instead of assessing the
    conversation again when the fingerprint equals the run's own and the messages are the ones
    scored (``services.quality.reuse``); otherwise it assesses, as always."""

    fingerprint: str = Field(description=(
        "of what a report depends on: the quality options (PII policy, languages, tiers), the check table, the "
        "scorer version and code, the risk stage in use"))
    messages_sha256: str = Field(description="of the messages the report is about (before any redaction)")
    report: dict[str, Any] = Field(description=(
        "the QualityReport document without its passing checks (each {passed: true}) and version"))


class BatchStandardized(BatchRef):
    """Schema version 2 added ``prior_reports``; version 3 ``quality.tiers``."""

    schema_version: int = 3
    conversations: list[Conversation]
    records_in: int
    records_converted: int
    rejected: int
    formats: dict[str, int] = Field(default_factory=dict, description="records converted, by detected format")
    reject_reasons: dict[str, int] = Field(default_factory=dict)
    prior_reports: dict[str, PriorQualityReport] = Field(default_factory=dict, description=(
        "by conversation id: quality reports a merge stored with its conversations (a run over a merged "
        "dataset); quality reuses each one made with the run's fingerprint instead of assessing again"))


class ConversationVerdict(BaseModel):
    id: str
    score: float = Field(ge=0.0, le=1.0)
    passed: bool
    flags: list[str] = Field(default_factory=list)
    cluster_id: str | None = Field(None, description="near-duplicate cluster (the representative's id)")


class BatchValidated(BatchRef):
    """Scored conversations, in source order, with the verdict for each (same order).

    Schema version 2 added ``signatures``; the verdicts carry no duplicate flags (production
    decides them for the whole run at its end). Version 3 added ``quality.tiers``."""

    schema_version: int = 3
    conversations: list[Conversation]
    verdicts: list[ConversationVerdict]
    signatures: str | None = Field(None, description=(
        "dedup signatures of the conversations (shared.dedup: 17 little-endian uint64 each, base64); "
        "absent on batches of schema version 1 and on empty ones"))


# ------------------------------------------------------------------ progress


class StageProgress(Envelope):
    stage: Stage
    batch_index: int
    counts: dict[str, int] = Field(default_factory=dict, description="what this batch added")
    note: str | None = Field(None, description="a remark on the run's scheduling (e.g. it yielded to priority)")


class RunCompleted(Envelope):
    exported: int
    export_sha256: str


class RunCancelled(Envelope):
    reason: str


class RunFailed(Envelope):
    stage: Stage
    error: str


class DatasetIntakeProgress(Envelope):
    """A dataset being registered or merged moves on (``run_id`` carries the dataset id)."""

    dataset_id: str
    phase: str = Field(description="downloading, unpacking, loading, fingerprinting, reading, scoring, writing")
    bytes: int = Field(0, description="bytes downloaded / read / written so far")
    records: int = Field(0, description="records read so far (merges)")


class DatasetReady(Envelope):
    dataset_id: str
    status: str = "ready"
    bytes: int
    sha256: str


class DatasetFailed(Envelope):
    dataset_id: str
    reason: str = Field(description="stable code: url_not_allowed, url_fetch_failed, hf_dataset_unavailable, ...")
    detail: str


class GenerationProgress(Envelope):
    """A production dataset (a generation) or one of its exports moves on (production, on the
    progress topic; ``run_id`` carries the generation id). Sent when the work starts, at most
    once a second while it reads, at each phase change, and once at the end with ``status``
    ``completed`` or ``failed``; the generation document holds the same state for polling."""

    generation_id: str
    export: str | None = Field(None, description=(
        "set on an export's events: which one, as <format>:<compression> (e.g. parquet:gzip)"))
    status: Literal["running", "completed", "failed"] = "running"
    phase: str = Field(description="generation: reading, selecting, writing, done; export: exporting, done")
    processed: int = Field(0, description="generation: scored conversations read so far; export: splits written")
    total: int = Field(0, description="generation: scored conversations of its sources; export: splits to write")
    error: str | None = Field(None, description="why it failed (status failed)")


class DeadLetter(BaseModel):
    """A message that kept failing, with where it came from and why."""

    service: str
    topic: str
    partition: int
    offset: int
    key: str | None
    run_id: str | None
    error: str
    attempts: int
    payload: str = Field(description="the original message body, decoded as UTF-8 with replacement")
    failed_at: datetime = Field(default_factory=_now)
