"""Datasets over the REST API: what a dataset looks like (``DatasetInfo``, read from the
``datasets`` document, ``shared.datasets.DatasetDoc``), its detail and progress in runs, and the
bodies that register (``/datasets/load``), merge and map datasets."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, model_validator

from shared.api.runs import RunAccepted, RunCounts, StageState
from shared.datasets import ArchiveInfo, DatasetDoc, DatasetFailure, IntakeProgress
from shared.events import MergeConflictPolicy as ConflictPolicy, StandardizationOptions
from shared.intake import IN_PROGRESS
from shared.mapping import FieldMapping
from shared.run_ledger import dataset_share


class DatasetOut(BaseModel):
    dataset_id: str
    name: str
    bytes: int
    sha256: str
    format: str
    status: str
    created_at: datetime
    mapping: FieldMapping | None = Field(None, description="the field mapping stored with the dataset: its runs "
                                                           "read its records with it instead of detecting their "
                                                           "format (docs/field-mapping.md)")


class FileAccepted(BaseModel):
    dataset: DatasetOut
    run: RunAccepted


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
        "risk_category, risk_turns ({turn, category, level} per client turn that discloses risk), checks "
        "(the failed ones, with a detail naming the turn) and, when the run chose fewer than all tiers, tiers_run; "
        "null for conversations stored without one"))


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


# ---------------------------------------------------------------- registering and merging

HF_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}(/[A-Za-z0-9][A-Za-z0-9_.-]{0,95})?$"


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
    mapping: FieldMapping | None = Field(None, description="a field mapping stored with the dataset (a LLaMA-Factory "
                                                           "dataset_info.json entry; see docs/field-mapping.md)")

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


class DatasetAccepted(DatasetOut):
    status_url: str = Field(description="GET it until the dataset's status is ready or failed; progress events "
                                        "also arrive on /ws/progress (run_id = the dataset id)")


class MergeRequest(BaseModel):
    dataset_ids: list[str] = Field(min_length=2, max_length=20, description="the parents, in priority order")
    name: str = Field(min_length=1, max_length=200)
    conflict_policy: ConflictPolicy = Field("first", description=(
        "which copy of the same conversation (equal user turns) is kept: first (parent listed first), "
        "newest (parent registered last), highest_quality (scored by the quality service)"))


class MergeAccepted(BaseModel):
    dataset: DatasetOut
    status_url: str = Field(description="GET it until the dataset's status is ready or failed")


# ---------------------------------------------------------------- a dataset's field mapping and dry run

MAX_SAMPLE = 5000


class MappingBody(BaseModel):
    mapping: FieldMapping | None = Field(description="the mapping to store; null removes the stored one")


class MappingOut(BaseModel):
    dataset_id: str
    mapping: FieldMapping | None


class DetectBody(BaseModel):
    mapping: FieldMapping | None = Field(None, description="try this mapping (not stored); left out: the dataset's "
                                                           "stored mapping, if any and use_stored_mapping is true")
    use_stored_mapping: bool = Field(True, description="false: detect formats even if the dataset has a mapping")
    sample_size: int = Field(200, ge=1, le=MAX_SAMPLE, description="how many of the first records to try")
    examples: int = Field(5, ge=0, le=20, description="how many converted conversations to return")
    standardization: StandardizationOptions = Field(
        default_factory=StandardizationOptions,
        description="the other options of a run (format, roles, alternation), as in POST /pipeline/execute")

    @model_validator(mode="after")
    def _one_mapping(self) -> DetectBody:
        if self.standardization.mapping is not None:
            raise ValueError("give the mapping as the body's mapping field, not standardization.mapping")
        return self


# ---------------------------------------------------------------- how stored documents read here

def dataset_info(raw: dict) -> DatasetInfo:
    doc = DatasetDoc.model_validate(raw)
    return DatasetInfo(
        dataset_id=doc.id, name=doc.name, bytes=doc.bytes, sha256=doc.sha256, format=doc.format, status=doc.status,
        created_at=doc.created_at, source=doc.source, url=doc.url, final_url=doc.final_url, hf_name=doc.hf_name,
        hf_split=doc.hf_split, hf_config=doc.hf_config, path=doc.path if doc.source == "path" else None,
        archive=ArchiveInfo(**doc.archive) if isinstance(doc.archive, dict) else None,
        failure=DatasetFailure(**doc.failure) if isinstance(doc.failure, dict) else None,
        intake=IntakeProgress(**doc.progress) if doc.status in IN_PROGRESS and isinstance(doc.progress, dict) else None,
        finished_at=doc.finished_at, mapping=doc.mapping)


def conversation_preview(doc: dict) -> ConversationPreview:
    quality = doc.get("quality") or {}
    score = quality.get("score")
    return ConversationPreview(
        conversation_id=str(doc["_id"]), messages=[m for m in doc.get("messages", []) if isinstance(m, dict)],
        original_format=doc.get("original_format"), record_index=(doc.get("lineage") or {}).get("record_index"),
        quality_score=score if isinstance(score, (int, float)) else None, quality=quality_view(quality))


QUALITY_VIEW_FIELDS = ("score", "tiers", "flags", "recommendations", "pii", "risk_level", "risk_category",
                       "risk_turns", "tags", "excluded", "tiers_run")  # tiers_run: stored only when not every tier ran


def quality_view(quality: dict) -> dict | None:
    """What a conversation view shows of a stored report: its verdicts, and only the checks that failed."""
    if not quality:
        return None
    view = {k: quality[k] for k in QUALITY_VIEW_FIELDS if k in quality}
    view["checks"] = {name: c for name, c in (quality.get("checks") or {}).items()
                      if isinstance(c, dict) and not c.get("passed", True)}
    return view


def dataset_run_progress(run: dict, dataset_id: str, batches: list[dict]) -> DatasetRunProgress:
    share = dataset_share(run, dataset_id, batches)
    return DatasetRunProgress(
        run_id=run["_id"], kind=run.get("kind", "pipeline"), status=run["status"], per_dataset=share["per_dataset"],
        counts=RunCounts(**share["counts"]), stages={s: StageState(**v) for s, v in share["stages"].items()},
        progress=share["progress"], run_counts=RunCounts(**run["counts"]), datasets_in_run=len(run["dataset_ids"]),
        created_at=run["created_at"], started_at=run.get("started_at"), finished_at=run.get("finished_at"))
