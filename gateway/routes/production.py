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
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path as PathParam, Request, Response
from fastapi.responses import StreamingResponse

from gateway.auth import Principal, check_sensitive, require_key, require_scope
from gateway.plumbing import KeysetCursor, PageSize, found, publish, repo
from gateway.production import Generations
from gateway.ratelimit import EXPORT_LIMIT, charge
from gateway.routes import API_PREFIX
from shared import topics
from shared.api.production import (
    ExportOut, ExportRequest, GenerationAccepted, GenerationOut, GenerationPage, artifact_view, export_view,
    generation_status_url, generation_summary, generation_view,
)
from shared.events import ExportGeneration, GenerateDataset
from shared.http.problems import Problem, responses
from shared.pagination import read_page
from shared.production import (
    COMPRESSIONS, GENERATION_FORMATS, ID_PATTERN, MANIFEST, SPLITS, GenerationConfig, artifact_name, export_key,
)
from shared.visibility import generation_is_sensitive
from shared.writers import media_type

router = APIRouter(prefix=f"{API_PREFIX}/production", tags=["production"], dependencies=[Depends(require_key)])
GenerationId = Annotated[str, PathParam(pattern=ID_PATTERN, description="32 hex characters")]
ARTIFACT_NAME = (r"^(manifest\.json|(train|validation|test)\.(jsonl|json|csv|parquet)(\.gz|\.zst)?)$")
DOWNLOAD_MEDIA_TYPES = sorted({media_type(f, c) for f in GENERATION_FORMATS for c in COMPRESSIONS})


async def completed_generation(request: Request, generation_id: str) -> dict[str, Any]:
    """The generation, once completed: 404 for none, 409 ``generation_not_completed`` before."""
    gen = found(await repo(request).generation(generation_id), "generation", generation_id)
    if gen.get("status") != "completed":
        raise Problem(409, "generation_not_completed", "Generation not completed",
                      f"the generation is {gen.get('status')}", generation_status=gen.get("status"))
    return gen


@router.post("/generate", status_code=202, response_model=GenerationAccepted,
             summary="Build a production dataset from completed runs and/or datasets",
             responses=responses(404, 409, 422, s404="an unknown run or dataset",
                                 s409="a run is not completed, or no completed run includes a dataset",
                                 s422="invalid request (e.g. split ratios not adding up to 1, no sources)"))
async def generate(request: Request, body: GenerationConfig,
                   principal: Annotated[Principal, Depends(require_scope("runs:write"))]) -> GenerationAccepted:
    store = Generations(repo(request))
    sources = await store.resolve(body)
    generation_id = uuid.uuid4().hex
    await store.create(generation_id, body, sources, principal.key_id)
    await publish(request, topics.PRODUCTION_REQUESTS, GenerateDataset(
        run_id=generation_id, producer="gateway", generation_id=generation_id, config=body, sources=sources),
        generation_id)
    return GenerationAccepted(generation_id=generation_id, status="queued", status_url=generation_status_url(generation_id))


@router.get("/generations", response_model=GenerationPage, dependencies=[Depends(require_scope("runs:read"))],
            summary="Production datasets (generations), newest first, in cursor pages",
            responses=responses(422))
async def list_generations(request: Request, limit: PageSize = 50, cursor: KeysetCursor = None) -> GenerationPage:
    page, after = await read_page(repo(request).generations_page, cursor, re.compile(ID_PATTERN), limit, "created_at")
    return GenerationPage(items=[generation_summary(d) for d in page], next_cursor=after)


@router.get("/status/{generation_id}", response_model=GenerationOut, dependencies=[Depends(require_scope("runs:read"))],
            summary="A generation's progress, counts, files, exports and manifest",
            responses=responses(404, s404="no such generation"))
async def status(request: Request, generation_id: GenerationId) -> GenerationOut:
    gen = found(await repo(request).generation(generation_id), "generation", generation_id)
    keys = [export_key(f, c) for f in GENERATION_FORMATS for c in COMPRESSIONS]
    return generation_view(gen, await repo(request).generation_exports([f"{generation_id}:{k}" for k in keys]))


@router.post("/export", status_code=202, response_model=ExportOut,
             summary="Write a completed generation's splits in a format and compression",
             responses={200: {"model": ExportOut, "description": "the files exist already"},
                        **responses(404, 409, s404="no such generation",
                                    s409="the generation is not completed")})
async def export(request: Request, body: ExportRequest, response: Response,
                 principal: Annotated[Principal, Depends(require_scope("runs:write"))]) -> ExportOut:
    gen = await completed_generation(request, body.generation_id)
    gid = body.generation_id
    splits = [s for s in SPLITS if s in (gen.get("counts") or {}).get("splits", {})]
    names = [artifact_name(s, body.format, body.compression) for s in splits]
    have = {a["name"]: a for a in gen.get("artifacts", [])}
    if all(n in have for n in names):
        response.status_code = 200
        return ExportOut(generation_id=gid, format=body.format, compression=body.compression, status="completed",
                         artifacts=[artifact_view(gid, have[n]) for n in names], status_url=generation_status_url(gid))
    doc, created = await Generations(repo(request)).request_export(gid, body.format, body.compression)
    if created:
        await publish(request, topics.PRODUCTION_REQUESTS, ExportGeneration(
            run_id=gid, producer="gateway", generation_id=gid, format=body.format, compression=body.compression), gid)
    view = export_view(gen, doc)
    if view.status == "completed":  # finished between the two reads: the files are in the generation now
        gen = found(await repo(request).generation(gid), "generation", gid)
        view = export_view(gen, doc)
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
    gen = await completed_generation(request, generation_id)
    if name == MANIFEST:
        entry = gen.get("manifest_file")
        media = "application/json"
    else:
        entry = next((a for a in gen.get("artifacts", []) if a["name"] == name), None)
        if entry is not None and generation_is_sensitive(gen):
            check_sensitive(principal, "this generation holds personal data left in place (a pii_policy=flag run): "
                                       "downloading it needs")
        media = media_type(entry["format"], entry["compression"]) if entry else ""
    store = repo(request)
    if entry is None or not await store.artifact_exists(entry["storage"]):
        raise Problem(404, "artifact_not_found", "No such file",
                      f"generation {generation_id} has no file {name!r} (export it first)")
    await charge(request, principal)
    return StreamingResponse(
        store.artifact_chunks(entry["storage"]), media_type=media,
        headers={"X-Content-SHA256": entry["sha256"], "Content-Length": str(entry["bytes"]),
                 "Content-Disposition": f'attachment; filename="{generation_id}-{name}"'})
