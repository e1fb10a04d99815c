"""The contract of production datasets (generations): what a caller asks for, shared by the
gateway (which validates and records the request) and the production service (which builds
the generation and its export files).

A *generation* selects conversations from completed runs (or from datasets: each dataset's
most recent completed run that included it), filters them, keeps one conversation per
near-duplicate cluster and one copy of a conversation several sources share, assigns each to
train/validation/test by a seeded hash of its group (so a group never spans two splits and
the same seed gives the same split), and renders it in a chat template. Its files are
exported in JSONL, JSON, CSV or Parquet, each optionally gzip- or zstd-compressed.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, Field, model_validator

from shared.formats import Template

GenerationFormat = Literal["jsonl", "json", "csv", "parquet"]
Compression = Literal["none", "gzip", "zstd"]
GroupBy = Literal["thread", "question", "cluster"]
DuplicatePolicy = Literal["keep_one", "keep_all"]
ConflictPolicy = Literal["highest_quality", "newest", "first"]
GenerationStatus = Literal["queued", "running", "completed", "failed"]

GENERATION_FORMATS: tuple[str, ...] = get_args(GenerationFormat)
COMPRESSIONS: tuple[str, ...] = get_args(Compression)
SPLITS: tuple[str, ...] = ("train", "validation", "test")
EXTENSIONS = {"jsonl": ".jsonl", "json": ".json", "csv": ".csv", "parquet": ".parquet"}
COMPRESSION_SUFFIX = {"none": "", "gzip": ".gz", "zstd": ".zst"}
MANIFEST = "manifest.json"
ID_PATTERN = r"^[0-9a-f]{32}$"  # runs and generations
DATASET_ID_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"
RATIO_TOLERANCE = 1e-6

FLAG_PATTERN = r"^[a-z0-9_:.\-]{1,64}$"
RunId = Annotated[str, Field(pattern=ID_PATTERN)]
DatasetId = Annotated[str, Field(pattern=DATASET_ID_PATTERN)]
FlagName = Annotated[str, Field(pattern=FLAG_PATTERN)]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]


def artifact_name(split: str, fmt: str, compression: str) -> str:
    """``train.jsonl``, ``validation.parquet.zst``..."""
    return f"{split}{EXTENSIONS[fmt]}{COMPRESSION_SUFFIX[compression]}"


def export_key(fmt: str, compression: str) -> str:
    return f"{fmt}:{compression}"


class GenerationFilters(BaseModel):
    min_quality_score: float | None = Field(
        None, ge=0.0, le=1.0,
        description="keep conversations scoring at least this (instead of the run's own pass verdict); "
                    "conversations a run excluded for PII stay excluded")
    exclude_flags: list[FlagName] = Field(default_factory=list, max_length=50,
                                          description="drop conversations carrying any of these quality flags")
    sources: list[DatasetId] = Field(default_factory=list, max_length=100,
                                     description="dataset ids: keep only conversations from these datasets")
    languages: list[Language] = Field(default_factory=list, max_length=20,
                                      description="ISO 639-1 codes (py3langid on the text); 'und' for text too "
                                                  "short to tell; empty: any")
    tags: list[FlagName] = Field(default_factory=list, max_length=50,
                                 description="keep only conversations carrying at least one of these tags "
                                             "(e.g. risk:low)")
    exclude_tags: list[FlagName] = Field(default_factory=list, max_length=50,
                                         description="drop conversations carrying any of these tags")


class SplitOptions(BaseModel):
    train: float = Field(0.8, ge=0.0, le=1.0)
    validation: float = Field(0.1, ge=0.0, le=1.0)
    test: float = Field(0.1, ge=0.0, le=1.0)
    group_by: GroupBy = Field(
        "thread", description="what may not span two splits: thread (conversations of one source record, "
                              "OpenAssistant tree or record id, e.g. CounselChat's questionID), question (the same "
                              "first user turn after case and whitespace folding), cluster (a near-duplicate "
                              "cluster of the quality stage)")
    seed: int = Field(0, ge=0, le=2**31 - 1, description="same seed, same inputs: same assignment")

    @model_validator(mode="after")
    def _sum_to_one(self) -> SplitOptions:
        total = self.train + self.validation + self.test
        if abs(total - 1.0) > RATIO_TOLERANCE:
            raise ValueError(f"train + validation + test must be 1, got {total:.6g}")
        return self

    def ratios(self) -> dict[str, float]:
        return {"train": self.train, "validation": self.validation, "test": self.test}


class GenerationConfig(BaseModel):
    """What a generation is made of (the request body of ``POST /production/generate``)."""

    run_ids: list[RunId] = Field(default_factory=list, max_length=50,
                               description="completed runs: every dataset of each")
    dataset_ids: list[DatasetId] = Field(default_factory=list, max_length=50,
                                   description="datasets: each from its most recent completed run that included it")
    filters: GenerationFilters = Field(default_factory=GenerationFilters)
    duplicates: DuplicatePolicy = Field(
        "keep_one", description="keep_one: one conversation per near-duplicate cluster (the best scored)")
    conflict_policy: ConflictPolicy = Field(
        "highest_quality", description="the same conversation (equal user turns after case and whitespace "
                                       "folding) from several sources: keep the best scored copy, the newest "
                                       "dataset's, or the first listed source's")
    splits: SplitOptions = Field(default_factory=SplitOptions)
    template: Template = "openai"
    include_ids: bool = Field(False, description="add the conversation id as an `id` field of every record")
    shuffle: bool = Field(True, description="order each split by a seeded hash (else: source order)")

    @model_validator(mode="after")
    def _some_source(self) -> GenerationConfig:
        if not self.run_ids and not self.dataset_ids:
            raise ValueError("name at least one run (run_ids) or dataset (dataset_ids)")
        return self


class GenerationSource(BaseModel):
    """One (run, dataset) pair a generation reads, resolved by the gateway; ``rank`` is its
    place in the request (for the ``first`` policy), ``newest`` ranks by the dataset's age."""

    run_id: str
    dataset_id: str
    rank: int
    dataset_name: str = ""
    dataset_created_at: str = Field("", description="ISO time the dataset was registered")
    run_created_at: str = ""
    pii_policy: Literal["redact", "exclude", "flag"] = "redact"


class CodeVersion(BaseModel):
    package: str = "dataset-pipeline"
    version: str
    git_commit: str = Field(description="the commit the producing service ran, or 'unknown'")


class ManifestFile(BaseModel):
    name: str
    split: str
    format: GenerationFormat
    compression: Compression
    records: int
    bytes: int
    sha256: str


class GenerationCounts(BaseModel):
    candidates: int = Field(0, description="conversations of the sources, before any filter")
    selected: int = 0
    splits: dict[str, int] = Field(default_factory=dict)
    sources: dict[str, int] = Field(default_factory=dict, description="selected conversations per dataset id")
    flags: dict[str, int] = Field(default_factory=dict, description="selected conversations per quality flag")
    excluded: dict[str, int] = Field(default_factory=dict, description="conversations dropped, by reason")
    conflicts_resolved: int = Field(0, description="copies of a conversation dropped because another source won")
    duplicates_dropped: int = Field(0, description="near-duplicates dropped (keep_one)")
    not_renderable: int = Field(0, description="conversations the template cannot express")
    pii_unredacted: int = Field(0, description="selected conversations with personal data left in place")
    sensitive_conversations: int = 0


class Manifest(BaseModel):
    """``manifest.json`` of a generation: what went in, what came out, and every file's checksum."""

    generation_id: str
    created_at: str
    finished_at: str
    config: GenerationConfig
    sources: list[GenerationSource]
    counts: GenerationCounts
    sensitive: bool = Field(description="conversations from a pii_policy=flag run or with personal data left in "
                                        "place: downloads need the data:sensitive scope")
    code_version: CodeVersion
    files: list[ManifestFile] = Field(description="every data file of the generation (this manifest excluded)")


# ---------------------------------------------------------------------- run exports
# A completed run's export in another format or compression, or a partial export, made by the
# production service (``ExportRun``; services/production/run_exports.py) and described by a
# document in ``run.<run_id>.exports``; how the REST API shows it, and whether its file is whole.

EXPORTS_PREFIX = "/api/v1/pipeline"
RunExportKind = Literal["variant", "partial"]


def run_export_key(kind: str, fmt: str = "jsonl", compression: str = "none") -> str:
    """The id of a run export's state document (``run.<run_id>.exports``): ``csv.gzip``,
    ``parquet.none``, ... or ``partial``."""
    return "partial" if kind == "partial" else f"{fmt}.{compression}"


class RunExportOut(BaseModel):
    """A run export production is making or has made (``GET /pipeline/exports/{run_id}/{variant}``)."""

    run_id: str
    variant: str = Field(description="`<format>.<compression>` (e.g. `csv.gzip`) or `partial`")
    kind: RunExportKind
    format: str
    compression: str
    status: Literal["queued", "running", "completed", "failed"]
    reason: str | None = Field(None, description="why it failed (a problem slug)")
    error: str | None = None
    requested_at: datetime | None = None
    finished_at: datetime | None = None
    bytes: int | None = Field(None, description="of the finished file (for a partial export: its newest snapshot)")
    sha256: str | None = None
    records: int | None = None
    batches: int | None = Field(None, description="partial: batches in the newest snapshot")
    total_batches: int | None = Field(None, description="partial: the run's batches, once known")
    status_url: str
    download_url: str


def status_url(run_id: str, key: str) -> str:
    return f"{EXPORTS_PREFIX}/exports/{run_id}/{key}"


def download_url(run_id: str, kind: str, fmt: str, compression: str) -> str:
    if kind == "partial":
        return f"{EXPORTS_PREFIX}/partial-export/{run_id}?cached=true"
    return f"{EXPORTS_PREFIX}/export/{fmt}?run_id={run_id}&compression={compression}"


def run_export_view(run_id: str, key: str, doc: dict[str, Any] | None, kind: str, fmt: str, compression: str
                    ) -> RunExportOut:
    doc = doc or {"status": "queued"}
    fields = {k: doc.get(k) for k in ("reason", "error", "requested_at", "finished_at", "bytes", "sha256", "records",
                                      "batches", "total_batches")}
    return RunExportOut(run_id=run_id, variant=key, kind=kind, format=fmt, compression=compression,
                        status=doc.get("status", "queued"), **fields, status_url=status_url(run_id, key),
                        download_url=download_url(run_id, kind, fmt, compression))


def usable(doc: dict[str, Any] | None) -> Path | None:
    """The finished file the document describes, if it is on this process's disk whole."""
    if not doc or not doc.get("path") or not doc.get("sha256"):
        return None
    try:
        size = os.stat(doc["path"]).st_size
    except OSError:
        return None
    return Path(doc["path"]) if size == doc.get("bytes") else None
