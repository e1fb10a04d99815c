"""Production datasets (generations) over the REST API: what ``/production/*`` answers, and how a
generation document and its export requests read there (``shared.production`` holds what a
caller asks for)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from shared.api import API_PREFIX
from shared.production import (
    COMPRESSIONS, GENERATION_FORMATS, ID_PATTERN, MANIFEST, Compression, GenerationConfig, GenerationCounts,
    GenerationFormat, GenerationSource, GenerationStatus, Manifest, ManifestFile,
)


ExportStatus = Literal["queued", "running", "completed", "failed"]


class GenerationAccepted(BaseModel):
    generation_id: str
    status: Literal["queued"]
    status_url: str


class Progress(BaseModel):
    phase: str = Field(description="queued, reading, selecting, writing, done")
    processed: int = Field(description="conversations handled so far")
    total: int = Field(description="conversations of the sources (known once reading starts)")


class ArtifactOut(ManifestFile):
    """A file of the manifest, with where to download it."""

    download_url: str


class ExportOut(BaseModel):
    generation_id: str
    format: GenerationFormat
    compression: Compression
    status: ExportStatus
    error: str | None = None
    artifacts: list[ArtifactOut] = Field(default_factory=list, description="the split files, once completed")
    status_url: str


class GenerationOut(BaseModel):
    generation_id: str
    status: GenerationStatus
    progress: Progress
    config: GenerationConfig
    sources: list[GenerationSource]
    counts: GenerationCounts | None = None
    sensitive: bool | None = Field(None, description="known once completed: downloads need data:sensitive")
    error: str | None = None
    artifacts: list[ArtifactOut] = Field(default_factory=list)
    exports: list[ExportOut] = Field(default_factory=list, description="export requests (jsonl is written by the "
                                                                       "generation itself)")
    manifest: Manifest | None = Field(None, description="once completed; also downloadable as manifest.json")
    manifest_url: str | None = None
    manifest_sha256: str | None = None
    created_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None


class ExportRequest(BaseModel):
    generation_id: str = Field(pattern=ID_PATTERN)
    format: GenerationFormat
    compression: Compression = "none"


class GenerationSummary(BaseModel):
    generation_id: str
    status: str
    phase: str = Field(description="queued, reading, selecting, writing, done")
    counts: GenerationCounts | None = None
    error: str | None = None
    created_at: datetime
    finished_at: datetime | None = None
    status_url: str


class GenerationPage(BaseModel):
    items: list[GenerationSummary]
    next_cursor: str | None = Field(None, description="pass as ?cursor= for the next (older) page; null on the last")


# ---------------------------------------------------------------- how stored documents read here

def generation_status_url(generation_id: str) -> str:
    return f"{API_PREFIX}/production/status/{generation_id}"


def artifact_view(generation_id: str, a: dict[str, Any]) -> ArtifactOut:
    return ArtifactOut(**{k: a[k] for k in ManifestFile.model_fields},
                       download_url=f"{API_PREFIX}/production/download/{generation_id}/{a['name']}")


def export_view(gen: dict[str, Any], doc: dict[str, Any]) -> ExportOut:
    gid = gen["_id"]
    names = set(doc.get("artifacts") or [])
    arts = [artifact_view(gid, a) for a in gen.get("artifacts", []) if a["name"] in names]
    return ExportOut(generation_id=gid, format=doc["format"], compression=doc["compression"],
                     status=doc.get("status", "queued"), error=doc.get("error"),
                     artifacts=arts if doc.get("status") == "completed" else [], status_url=generation_status_url(gid))


def generation_summary(doc: dict[str, Any]) -> GenerationSummary:
    return GenerationSummary(
        generation_id=doc["_id"], status=doc.get("status", "queued"),
        phase=(doc.get("progress") or {}).get("phase", "queued"),
        counts=GenerationCounts(**doc["counts"]) if doc.get("counts") else None, error=doc.get("error"),
        created_at=doc["created_at"], finished_at=doc.get("finished_at"),
        status_url=generation_status_url(doc["_id"]))


def generation_view(gen: dict[str, Any], exports: list[dict[str, Any]]) -> GenerationOut:
    """A generation document and its export requests (in format, then compression order)."""
    gid = gen["_id"]
    exports = sorted(exports, key=lambda d: (GENERATION_FORMATS.index(d["format"]),
                                             COMPRESSIONS.index(d["compression"])))
    manifest_file = gen.get("manifest_file") or {}
    done = gen.get("status") == "completed"
    return GenerationOut(
        generation_id=gid, status=gen.get("status", "queued"),
        progress=Progress(**{"phase": "queued", "processed": 0, "total": 0, **(gen.get("progress") or {})}),
        config=GenerationConfig(**gen["config"]), sources=[GenerationSource(**s) for s in gen.get("sources", [])],
        counts=GenerationCounts(**gen["counts"]) if gen.get("counts") else None,
        sensitive=gen.get("sensitive") if done else None, error=gen.get("error"),
        artifacts=[artifact_view(gid, a) for a in gen.get("artifacts", [])],
        exports=[export_view(gen, d) for d in exports],
        manifest=Manifest(**gen["manifest"]) if done and gen.get("manifest") else None,
        manifest_url=f"{API_PREFIX}/production/download/{gid}/{MANIFEST}" if done else None,
        manifest_sha256=manifest_file.get("sha256"),
        created_at=gen["created_at"], started_at=gen.get("started_at"), finished_at=gen.get("finished_at"))
