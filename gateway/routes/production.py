"""``/api/v1/production``: production datasets (generations), their exports and downloads.

- ``POST /generate`` (``runs:write``): resolve and check the sources, record the generation,
  send ``GenerateDataset`` on ``production.requests.v1``; the production service builds it.
- ``GET /status/{generation_id}`` (``runs:read``): progress, counts, files, exports, manifest.
- ``POST /export`` (``runs:write``): a completed generation's splits in another format and
  compression (``ExportGeneration``); 200 with the files if they exist already, else 202.
- ``GET /download/{generation_id}/{name}`` (``exports:read``, the ``export`` rate limit; a
  sensitive generation's data files also need ``data:sensitive``): the file streamed from
  GridFS (or the artifact directory) with ``X-Content-SHA256``; ``manifest.json`` is never
  sensitive (it holds no conversation text).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path as PathParam, Query, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from gateway.auth import Principal, check_sensitive, require_key, require_scope
from shared.http.problems import Problem, responses
from gateway.production import Generations
from gateway.ratelimit import EXPORT_LIMIT, charge
from gateway.routes import API_PREFIX
from shared import topics
from shared.events import ExportGeneration, GenerateDataset
from shared.pagination import keyset_page, parse_keyset_cursor
from shared.production import (
    COMPRESSIONS, GENERATION_FORMATS, ID_PATTERN, MANIFEST, SPLITS, Compression, GenerationConfig, GenerationCounts,
    GenerationFormat, GenerationSource, GenerationStatus, Manifest, ManifestFile, artifact_name, export_key,
)
from shared.visibility import generation_is_sensitive
from shared.writers import media_type

router = APIRouter(prefix=f"{API_PREFIX}/production", tags=["production"], dependencies=[Depends(require_key)])
GenerationId = Annotated[str, PathParam(pattern=ID_PATTERN, description="32 hex characters")]
ARTIFACT_NAME = (r"^(manifest\.json|(train|validation|test)\.(jsonl|json|csv|parquet)(\.gz|\.zst)?)$")
ExportStatus = Literal["queued", "running", "completed", "failed"]
DOWNLOAD_MEDIA_TYPES = sorted({media_type(f, c) for f in GENERATION_FORMATS for c in COMPRESSIONS})


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


def generations(request: Request) -> Generations:
    state = request.app.state
    if not hasattr(state, "generations"):
        state.generations = Generations(state.repo)
    return state.generations


def _status_url(generation_id: str) -> str:
    return f"{API_PREFIX}/production/status/{generation_id}"


def _artifact(generation_id: str, a: dict[str, Any]) -> ArtifactOut:
    return ArtifactOut(**{k: a[k] for k in ManifestFile.model_fields},
                       download_url=f"{API_PREFIX}/production/download/{generation_id}/{a['name']}")


def _export_view(gen: dict[str, Any], doc: dict[str, Any]) -> ExportOut:
    gid = gen["_id"]
    names = set(doc.get("artifacts") or [])
    arts = [_artifact(gid, a) for a in gen.get("artifacts", []) if a["name"] in names]
    return ExportOut(generation_id=gid, format=doc["format"], compression=doc["compression"],
                     status=doc.get("status", "queued"), error=doc.get("error"),
                     artifacts=arts if doc.get("status") == "completed" else [], status_url=_status_url(gid))


async def _generation_or_404(request: Request, generation_id: str) -> dict[str, Any]:
    gen = await generations(request).get(generation_id)
    if gen is None:
        raise Problem(404, "generation_not_found", "Unknown generation", f"no generation with id {generation_id!r}")
    return gen


@router.post("/generate", status_code=202, response_model=GenerationAccepted,
             summary="Build a production dataset from completed runs and/or datasets",
             responses=responses(404, 409, 422, s404="an unknown run or dataset",
                                 s409="a run is not completed, or no completed run includes a dataset",
                                 s422="invalid request (e.g. split ratios not adding up to 1, no sources)"))
async def generate(request: Request, body: GenerationConfig,
                   principal: Annotated[Principal, Depends(require_scope("runs:write"))]) -> GenerationAccepted:
    store = generations(request)
    sources = await store.resolve(body)
    generation_id = uuid.uuid4().hex
    await store.create(generation_id, body, sources, principal.key_id)
    settings = request.app.state.settings
    await request.app.state.broker.publish(
        GenerateDataset(run_id=generation_id, producer="gateway", generation_id=generation_id, config=body,
                        sources=sources),
        topic=settings.topic(topics.PRODUCTION_REQUESTS), key=generation_id.encode())
    return GenerationAccepted(generation_id=generation_id, status="queued", status_url=_status_url(generation_id))


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


@router.get("/generations", response_model=GenerationPage, dependencies=[Depends(require_scope("runs:read"))],
            summary="Production datasets (generations), newest first, in cursor pages",
            responses=responses(422))
async def list_generations(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200, pattern=r"^[A-Za-z0-9_-]+$")] = None,
) -> GenerationPage:
    before = parse_keyset_cursor(cursor, re.compile(ID_PATTERN)) if cursor else None
    docs = await request.app.state.repo.generations_page(limit=limit + 1, before=before)
    page, after = keyset_page(docs, limit, "created_at")
    return GenerationPage(items=[GenerationSummary(
        generation_id=d["_id"], status=d.get("status", "queued"),
        phase=(d.get("progress") or {}).get("phase", "queued"),
        counts=GenerationCounts(**d["counts"]) if d.get("counts") else None, error=d.get("error"),
        created_at=d["created_at"], finished_at=d.get("finished_at"), status_url=_status_url(d["_id"]),
    ) for d in page], next_cursor=after)


@router.get("/status/{generation_id}", response_model=GenerationOut, dependencies=[Depends(require_scope("runs:read"))],
            summary="A generation's progress, counts, files, exports and manifest",
            responses=responses(404, s404="no such generation"))
async def status(request: Request, generation_id: GenerationId) -> GenerationOut:
    gen = await _generation_or_404(request, generation_id)
    keys = [export_key(f, c) for f in GENERATION_FORMATS for c in COMPRESSIONS]
    exports = await generations(request).exports(generation_id, keys)
    exports.sort(key=lambda d: (GENERATION_FORMATS.index(d["format"]), COMPRESSIONS.index(d["compression"])))
    manifest_file = gen.get("manifest_file") or {}
    done = gen.get("status") == "completed"
    return GenerationOut(
        generation_id=generation_id, status=gen.get("status", "queued"),
        progress=Progress(**{"phase": "queued", "processed": 0, "total": 0, **(gen.get("progress") or {})}),
        config=GenerationConfig(**gen["config"]), sources=[GenerationSource(**s) for s in gen.get("sources", [])],
        counts=GenerationCounts(**gen["counts"]) if gen.get("counts") else None,
        sensitive=gen.get("sensitive") if done else None, error=gen.get("error"),
        artifacts=[_artifact(generation_id, a) for a in gen.get("artifacts", [])],
        exports=[_export_view(gen, d) for d in exports],
        manifest=Manifest(**gen["manifest"]) if done and gen.get("manifest") else None,
        manifest_url=f"{API_PREFIX}/production/download/{generation_id}/{MANIFEST}" if done else None,
        manifest_sha256=manifest_file.get("sha256"),
        created_at=gen["created_at"], started_at=gen.get("started_at"), finished_at=gen.get("finished_at"))


@router.post("/export", status_code=202, response_model=ExportOut,
             summary="Write a completed generation's splits in a format and compression",
             responses={200: {"model": ExportOut, "description": "the files exist already"},
                        **responses(404, 409, s404="no such generation",
                                    s409="the generation is not completed")})
async def export(request: Request, body: ExportRequest, response: Response,
                 principal: Annotated[Principal, Depends(require_scope("runs:write"))]) -> ExportOut:
    gen = await _generation_or_404(request, body.generation_id)
    if gen.get("status") != "completed":
        raise Problem(409, "generation_not_completed", "Generation not completed",
                      f"the generation is {gen.get('status')}", generation_status=gen.get("status"))
    gid = body.generation_id
    splits = [s for s in SPLITS if s in (gen.get("counts") or {}).get("splits", {})]
    names = [artifact_name(s, body.format, body.compression) for s in splits]
    have = {a["name"]: a for a in gen.get("artifacts", [])}
    if all(n in have for n in names):
        response.status_code = 200
        return ExportOut(generation_id=gid, format=body.format, compression=body.compression, status="completed",
                         artifacts=[_artifact(gid, have[n]) for n in names], status_url=_status_url(gid))
    doc, created = await generations(request).request_export(gid, body.format, body.compression)
    if created:
        settings = request.app.state.settings
        await request.app.state.broker.publish(
            ExportGeneration(run_id=gid, producer="gateway", generation_id=gid, format=body.format,
                             compression=body.compression),
            topic=settings.topic(topics.PRODUCTION_REQUESTS), key=gid.encode())
    view = _export_view(gen, doc)
    if view.status == "completed":  # finished between the two reads: the files are in the generation now
        gen = await _generation_or_404(request, gid)
        view = _export_view(gen, doc)
        response.status_code = 200
    return view


@router.get("/download/{generation_id}/{name}", response_class=StreamingResponse,
            summary="Download a generation's file (split data or manifest.json), streamed",
            responses={200: {"content": {t: {} for t in DOWNLOAD_MEDIA_TYPES},
                             "headers": {"X-Content-SHA256": {"description": "SHA-256 of the body",
                                                              "schema": {"type": "string"}}}},
                       **responses(403, 404, 409, 429,
                                   s403="the key lacks exports:read, or the file holds sensitive data and the key "
                                        "lacks data:sensitive",
                                   s404="no such generation or file", s409="the generation is not completed")})
async def download(request: Request, generation_id: GenerationId,
                   name: Annotated[str, PathParam(pattern=ARTIFACT_NAME, description="e.g. train.jsonl.gz")],
                   principal: Annotated[Principal, Depends(EXPORT_LIMIT)]) -> StreamingResponse:
    gen = await _generation_or_404(request, generation_id)
    if gen.get("status") != "completed":
        raise Problem(409, "generation_not_completed", "Generation not completed",
                      f"the generation is {gen.get('status')}", generation_status=gen.get("status"))
    if name == MANIFEST:
        entry = gen.get("manifest_file")
        media = "application/json"
    else:
        entry = next((a for a in gen.get("artifacts", []) if a["name"] == name), None)
        if entry is not None and generation_is_sensitive(gen):
            check_sensitive(principal, "this generation holds personal data left in place (a pii_policy=flag run): "
                                       "downloading it needs")
        media = media_type(entry["format"], entry["compression"]) if entry else ""
    repo = request.app.state.repo
    if entry is None or not await repo.artifact_exists(entry["storage"]):
        raise Problem(404, "artifact_not_found", "No such file",
                      f"generation {generation_id} has no file {name!r} (export it first)")
    await charge(request, principal)
    return StreamingResponse(
        repo.artifact_chunks(entry["storage"]), media_type=media,
        headers={"X-Content-SHA256": entry["sha256"], "Content-Length": str(entry["bytes"]),
                 "Content-Disposition": f'attachment; filename="{generation_id}-{name}"'})
