"""``/api/v1/datasets``: list, inspect, delete and follow datasets; register data from a
server path, a URL or the server's Hugging Face cache.

Paths: only under the configured roots (``DP_GATEWAY_LOAD_ROOTS``), after resolving symlinks
and ``..``; anything else is a 403. Such files keep their place (no copy) and are never
deleted by the API. URLs: downloaded into the data folder with the SSRF guards of
``gateway.fetch`` and the checks of an upload. Hugging Face names: loaded with the ``datasets``
library (extra ``hf``) offline from the server's datasets cache (``DP_GATEWAY_HF_CACHE_DIR``):
what ``load_dataset(name)`` downloaded there before; there is no Hub access. Saved into the
data folder with ``save_to_disk``.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import os
import re
import shutil
import uuid
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path as PathParam, Query, Request
from pydantic import BaseModel, Field, model_validator

from gateway.auth import require_key, require_scope
from gateway.fetch import download
from gateway.pagination import keyset_cursor, parse_keyset_cursor
from gateway.problems import Problem, ProblemDetails, responses
from gateway.routes import API_PREFIX
from gateway.routes.pipeline import (
    GZIP_OK, UPLOAD_FORMATS, expansion_limits, file_kind, finish_stored, repo, safe_name, sniff, upload_suffix,
)
from gateway.schemas import DatasetOut, RunCounts, StageState
from shared.run_ledger import COUNTS, STAGES, now

router = APIRouter(prefix=f"{API_PREFIX}/datasets", tags=["datasets"], dependencies=[Depends(require_key)])

DATASET_ID_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"
DatasetId = Annotated[str, PathParam(pattern=DATASET_ID_PATTERN, description="the id upload or load returned")]
HF_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}(/[A-Za-z0-9][A-Za-z0-9_.-]{0,95})?$"
PREVIEW_FULL_READ_BYTES = 32 * 1024 * 1024  # a JSON array over this is previewed from its head
PREVIEW_HEAD_BYTES = 4 * 1024 * 1024
UNFINISHED = ("queued", "running")
_CONTENT_TYPES = {
    "application/json": ".json", "text/json": ".json", "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl",
    "application/jsonlines": ".jsonl", "application/x-jsonlines": ".jsonl", "text/csv": ".csv",
    "text/tab-separated-values": ".tsv", "application/vnd.apache.parquet": ".parquet",
    "application/x-parquet": ".parquet", "application/vnd.apache.arrow.file": ".arrow", "application/zip": ".zip",
    "application/x-zip-compressed": ".zip",
}


# ---------------------------------------------------------------- models

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


class ArchiveInfo(BaseModel):
    name: str = Field(description="the uploaded .zip")
    bytes: int
    sha256: str
    member: str = Field(description="the data file taken from it")


class DatasetInfo(DatasetOut):
    source: str = Field(description="where it came from: upload, path, url, hf, ...")
    url: str | None = Field(None, description="source url: the URL asked for")
    final_url: str | None = Field(None, description="source url: the URL served from, after redirects")
    hf_name: str | None = Field(None, description="source hf: the dataset name (split and config below)")
    hf_split: str | None = None
    hf_config: str | None = None
    path: str | None = Field(None, description="source path: the file or folder on the server")
    archive: ArchiveInfo | None = Field(None, description="when the upload was a .zip")


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


# ---------------------------------------------------------------- helpers

def _inside(path: Path, roots: list[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def _fingerprint(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, or of a folder's files in name order (names included)."""
    digest, size = hashlib.sha256(), 0
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for f in files:
        if path.is_dir():
            digest.update(str(f.relative_to(path)).encode() + b"\0")
        with open(f, "rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
                size += len(block)
    return size, digest.hexdigest()


def _cursor(doc: dict) -> str:
    return keyset_cursor(doc["created_at"], doc["_id"])


def _parse_cursor(cursor: str) -> tuple[datetime, str]:
    return parse_keyset_cursor(cursor, re.compile(DATASET_ID_PATTERN))


def _info(doc: dict) -> DatasetInfo:
    archive = doc.get("archive")
    return DatasetInfo(
        dataset_id=doc["_id"], name=doc["name"], bytes=doc.get("bytes", 0), sha256=doc.get("sha256", ""),
        format=doc.get("format", ""), status=doc.get("status", ""), created_at=doc["created_at"],
        source=doc.get("source", "upload"), url=doc.get("url"), final_url=doc.get("final_url"),
        hf_name=doc.get("hf_name"), hf_split=doc.get("hf_split"), hf_config=doc.get("hf_config"),
        path=doc["path"] if doc.get("source") == "path" else None,
        archive=ArchiveInfo(**archive) if archive else None)


async def _dataset_or_404(request: Request, dataset_id: str) -> dict:
    doc = await repo(request).dataset(dataset_id)
    if doc is None:
        raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {dataset_id!r}")
    return doc


def _json_array_head(path: Path, n: int) -> list[dict]:
    """The first ``n`` items of a (large) JSON array, parsed from the file's head only."""
    from services.acquisition.reading import open_source

    with open_source(path) as fh:
        text = fh.read(PREVIEW_HEAD_BYTES).decode("utf-8-sig", errors="ignore")
    decoder, items = json.JSONDecoder(), []
    pos = len(text) - len(text.lstrip())
    if text[pos:pos + 1] != "[":
        raise ValueError("a large JSON file is previewed only when it is an array")
    pos += 1
    while len(items) < n:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except ValueError:
            break  # cut by the head window
        items.append({"index": len(items), "data": value})
    return items


def _read_preview(path: Path, declared: str | None, n: int) -> list[dict]:
    """The first ``n`` raw records, as the acquisition service reads them for a run."""
    from services.acquisition.reading import detect_file_format, iter_records

    fmt = detect_file_format(path, declared)
    if fmt == "json" and path.is_file() and path.stat().st_size > PREVIEW_FULL_READ_BYTES:
        return _json_array_head(path, n)
    return [r.model_dump() for r in itertools.islice(iter_records(path, fmt), n)]


def _conversation(doc: dict) -> ConversationPreview:
    quality = doc.get("quality") or {}
    score = quality.get("score")
    return ConversationPreview(
        conversation_id=str(doc["_id"]), messages=[m for m in doc.get("messages", []) if isinstance(m, dict)],
        original_format=doc.get("original_format"), record_index=(doc.get("lineage") or {}).get("record_index"),
        quality_score=score if isinstance(score, (int, float)) else None)


def _owned_folder(settings, doc: dict) -> Path | None:
    """The folder the gateway made for the dataset's stored copy (uploads/<dataset id>, or
    merged/<dataset id> for a merge, in the data folder), or None: a file loaded by path is
    never deleted."""
    kind = "merged" if doc.get("source") == "merge" else "uploads"
    folder = (Path(settings.data_dir) / kind / doc["_id"]).resolve()
    try:
        path = Path(doc.get("path", "")).resolve()
    except (OSError, ValueError):
        return None
    if doc.get("source") == "path" or folder not in path.parents:
        return None
    return folder


# ---------------------------------------------------------------- list, detail, delete, progress

@router.get("", dependencies=[Depends(require_scope("datasets:read"))], response_model=DatasetPage,
            summary="Registered datasets, newest first (paginated)", responses=responses(422))
async def list_datasets(
    request: Request,
    source: Annotated[str | None, Query(pattern=r"^[a-z_]{1,32}$", description="upload, path, url, hf, ...")] = None,
    format: Annotated[str | None, Query(pattern=r"^[a-z_.]{1,32}$", description="e.g. jsonl, csv.gz, hf_dataset")] = None,
    status: Annotated[str | None, Query(pattern=r"^[a-z_]{1,32}$", description="e.g. uploaded, registered")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200, pattern=r"^[A-Za-z0-9_-]+$")] = None,
) -> DatasetPage:
    filters = {k: v for k, v in (("source", source), ("format", format), ("status", status)) if v is not None}
    before = _parse_cursor(cursor) if cursor else None
    docs = await repo(request).datasets_page(filters, limit=limit + 1, before=before)
    more = len(docs) > limit
    docs = docs[:limit]
    return DatasetPage(items=[_info(d) for d in docs], next_cursor=_cursor(docs[-1]) if more and docs else None)


@router.get("/{dataset_id}", dependencies=[Depends(require_scope("datasets:read"))], response_model=DatasetDetail,
            summary="A dataset: metadata, its first records and some of its converted conversations",
            responses=responses(404, s404="no such dataset"))
async def dataset_detail(request: Request, dataset_id: DatasetId,
                         preview: Annotated[int, Query(ge=0, le=50, description="how many records and conversations")] = 5,
                         ) -> DatasetDetail:
    doc = await _dataset_or_404(request, dataset_id)
    records: list[dict] = []
    error = None
    if preview and "data:sensitive" not in request.state.principal.scopes:
        # raw records and stored conversations may hold unredacted personal data
        return DatasetDetail(**_info(doc).model_dump(), preview=[], conversations=[],
                             preview_error="the preview shows raw data: it needs the data:sensitive scope "
                                           "(editor or admin keys)")
    if preview and not doc.get("path"):
        error = "no file is recorded for this dataset"
    elif preview:
        try:
            records = await asyncio.to_thread(_read_preview, Path(doc["path"]), doc.get("declared_format"), preview)
        except Exception as exc:  # any unreadable file (also pyarrow's errors) is reported, not raised
            error = f"{getattr(exc, 'reason', type(exc).__name__)}: {getattr(exc, 'detail', exc)}"[:500]
    conversations = await repo(request).dataset_conversations(dataset_id, preview) if preview else []
    return DatasetDetail(**_info(doc).model_dump(), preview=[PreviewRecord(**r) for r in records],
                         preview_error=error, conversations=[_conversation(c) for c in conversations])


@router.delete("/{dataset_id}", dependencies=[Depends(require_scope("datasets:write"))], response_model=DatasetInfo,
               summary="Delete a dataset: its record and the copy the gateway stored (a file loaded by path is "
                       "left in place; conversations of past runs stay)",
               responses=responses(404, 409, s404="no such dataset",
                                   s409="a queued or running run uses the dataset (type dataset_in_use)"))
async def delete_dataset(request: Request, dataset_id: DatasetId) -> DatasetInfo:
    doc = await _dataset_or_404(request, dataset_id)
    if doc.get("status") == "merging":
        raise Problem(409, "dataset_in_use", "Dataset in use", "a merge is still writing it; wait until it is ready",
                      run_ids=[])
    active = await repo(request).unfinished_runs_with_dataset(dataset_id)
    if active:
        raise Problem(409, "dataset_in_use", "Dataset in use",
                      f"queued or running run(s) use it: {', '.join(active[:5])}; cancel them or wait",
                      run_ids=active[:20])
    if not await repo(request).delete_dataset(dataset_id):
        raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {dataset_id!r}")
    folder = _owned_folder(request.app.state.settings, doc)
    if folder is not None:
        await asyncio.to_thread(shutil.rmtree, folder, True)
    return _info(doc)


def _progress(run: dict, dataset_id: str, batches: list[dict]) -> DatasetRunProgress:
    per_dataset = any("dataset_id" in b for b in batches) or not batches
    mine = [b for b in batches if b.get("dataset_id") == dataset_id] if per_dataset else batches
    counts = dict.fromkeys(COUNTS, 0)
    done = dict.fromkeys(STAGES, 0)
    for b in mine:
        done[b["stage"]] = done.get(b["stage"], 0) + 1
        for k in COUNTS:
            if k != "exported":
                counts[k] += b.get(k, 0) or 0
    # source records of the dataset's batches each stage has done (rate and ETA: see the run's status)
    records = {b["batch_index"]: b.get("records_in", 0) or 0 for b in mine if b["stage"] == "acquisition"}
    processed = {s: sum(records.get(b["batch_index"], 0) for b in mine if b["stage"] == s) for s in STAGES}
    run_total = run.get("total_batches")
    read_whole = run_total is not None and run["stages"]["acquisition"]["batches_done"] >= run_total
    total = (done["acquisition"] if per_dataset else run_total) if read_whole else None
    if run["status"] == "completed":
        progress = 1.0
    elif total:
        progress = round(min(done[s] for s in STAGES) / total, 4)
    else:
        progress = 0.0 if total == 0 else None
    return DatasetRunProgress(
        run_id=run["_id"], kind=run.get("kind", "pipeline"), status=run["status"], per_dataset=per_dataset,
        counts=RunCounts(**counts),
        stages={s: StageState(batches_done=done[s], total_batches=total, processed=processed[s],
                              total=sum(records.values()) if total is not None else None) for s in STAGES},
        progress=progress, run_counts=RunCounts(**run["counts"]), datasets_in_run=len(run["dataset_ids"]),
        created_at=run["created_at"], started_at=run.get("started_at"), finished_at=run.get("finished_at"))


@router.get("/{dataset_id}/progress", dependencies=[Depends(require_scope("datasets:read"))],
            response_model=DatasetProgress, summary="The dataset's progress in the runs that include it",
            responses=responses(404, s404="no such dataset"))
async def dataset_progress(request: Request, dataset_id: DatasetId) -> DatasetProgress:
    doc = await _dataset_or_404(request, dataset_id)
    runs = []
    for ref in await repo(request).runs_with_dataset(dataset_id, limit=20):
        state = await repo(request).run(ref["_id"])
        if state is None:
            continue
        runs.append(_progress(state, dataset_id, await repo(request).run_batch_records(ref["_id"])))
    return DatasetProgress(dataset_id=dataset_id, status=doc.get("status", ""),
                           in_use=any(r.status in UNFINISHED for r in runs), runs=runs)


# ---------------------------------------------------------------- load

def _name_for_url(url_name: str, content_type: str, encoding: str) -> str:
    if encoding not in ("", "identity", "gzip", "x-gzip"):
        raise Problem(415, "unsupported_file_type", "Unsupported content encoding",
                      f"the server sent Content-Encoding {encoding[:40]!r}")
    name = safe_name(url_name)
    try:
        file_kind(name)
    except Problem:
        ext = _CONTENT_TYPES.get(content_type)
        if ext is None:
            raise Problem(415, "unsupported_file_type", "Unsupported file type",
                          f"cannot tell a supported type from the name {url_name[:100]!r} or the content type "
                          f"{content_type[:60] or 'none'!r}") from None
        name = ("download" if name == "upload" else Path(name).stem) + ext
    if encoding in ("gzip", "x-gzip") and not name.lower().endswith(".gz"):
        name += ".gz"  # stored as sent; the reader decompresses it
    file_kind(name)
    return name


async def _load_url(request: Request, body: LoadRequest) -> dict:
    settings = request.app.state.settings
    dataset_id = uuid.uuid4().hex
    folder = Path(settings.data_dir) / "uploads" / dataset_id
    try:
        got = await download(body.url, folder, max_bytes=settings.max_upload_bytes, timeout_s=settings.url_timeout_s,
                             allow_private=settings.url_allow_private, allowed_hosts=settings.url_allowed_hosts,
                             name_for=_name_for_url, check_head=sniff)
        fields = await asyncio.to_thread(finish_stored, got.path, got.bytes, got.sha256, expansion_limits(settings))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return {"_id": dataset_id, "name": body.name or got.filename, **fields, "source": "url", "url": body.url,
            "final_url": got.url, "status": "downloaded"}


# ``datasets``' own builders: ``load_dataset("json")`` would read data files from the server's
# working folder, so these names are never loaded.
_PACKAGED_BUILDERS = frozenset({
    "arrow", "audiofolder", "cache", "conll", "csv", "eval", "fasta", "fastq", "generator", "genbank", "harbor",
    "hdf5", "iceberg", "imagefolder", "json", "lance", "meshfolder", "mmcif", "niftifolder", "pandas", "parquet",
    "pdb", "pdffolder", "spark", "sql", "text", "tsfile", "videofolder", "vortex", "webdataset", "xml"})


def _save_hf(name: str, config: str | None, split: str | None, folder: Path, cache_dir: Path | None = None) -> None:
    """Blocking: load from the local HF datasets cache only and ``save_to_disk`` into ``folder``."""
    # Always offline (read when ``datasets`` is first imported; also set on its config below).
    os.environ["HF_DATASETS_OFFLINE"] = "1"
    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        import datasets
    except ImportError:
        raise Problem(422, "hf_dataset_unavailable", "Hugging Face datasets unavailable",
                      "the `datasets` library is not installed on this server (pip install 'dataset-pipeline[hf]'); "
                      "or save the dataset with save_to_disk and load its folder with {\"path\": ...}") from None
    packaged = getattr(getattr(datasets, "packaged_modules", None), "_PACKAGED_DATASETS_MODULES", {})
    if name.lower() in _PACKAGED_BUILDERS or name in packaged or name.startswith("buckets/"):
        raise Problem(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                      f"{name!r} names one of the library's builders, not a dataset; use a dataset name (org/name)")
    if getattr(datasets, "config", None) is not None:
        datasets.config.HF_HUB_OFFLINE = True
    try:
        loaded = datasets.load_dataset(name, config, split=split,
                                       cache_dir=str(cache_dir) if cache_dir is not None else None)
        loaded.save_to_disk(str(folder))
    except Exception as exc:  # not cached, no such split, broken cache...: all the caller's to fix
        raise Problem(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                      f"{name!r} cannot be loaded from this server's Hugging Face cache (the server has no Hub "
                      f"access): {type(exc).__name__}: {exc}"[:500]) from None


async def _load_hf(request: Request, body: LoadRequest) -> dict:
    settings = request.app.state.settings
    if os.path.exists(body.hf_name):  # load_dataset would read a local folder of that name
        raise Problem(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                      "the name is a path on the server; use {\"path\": ...} under the load roots")
    dataset_id = uuid.uuid4().hex
    folder = Path(settings.data_dir) / "uploads" / dataset_id / "hf"
    try:
        await asyncio.to_thread(_save_hf, body.hf_name, body.hf_config, body.hf_split, folder, settings.hf_cache_dir)
        size, sha = await asyncio.to_thread(_fingerprint, folder)
    except BaseException:
        shutil.rmtree(folder.parent, ignore_errors=True)
        raise
    return {"_id": dataset_id, "name": body.name or body.hf_name, "path": str(folder), "bytes": size, "sha256": sha,
            "declared_format": "hf_dataset", "format": "hf_dataset", "source": "hf", "hf_name": body.hf_name,
            "hf_split": body.hf_split, "hf_config": body.hf_config, "status": "registered"}


async def _load_path(request: Request, body: LoadRequest) -> dict:
    roots = [Path(r).resolve() for r in request.app.state.settings.load_roots]
    if not roots:
        raise Problem(403, "path_loading_disabled", "Loading server paths is disabled",
                      "set DP_GATEWAY_LOAD_ROOTS to the folders datasets may be loaded from")
    if "\x00" in body.path:
        raise Problem(422, "validation_error", "Request is not valid", "the path contains a NUL byte")
    path = Path(body.path).expanduser()
    resolved = path.resolve()
    if not _inside(resolved, roots):
        raise Problem(403, "path_not_allowed", "Path not allowed", "the path is outside the configured roots")
    if not resolved.exists():
        raise Problem(404, "path_not_found", "No such file or folder", f"{path.name!r} does not exist")
    if resolved.is_dir():
        if not ((resolved / "state.json").exists() or (resolved / "dataset_dict.json").exists()):
            raise Problem(415, "unsupported_folder", "Unsupported folder",
                          "a folder must be a Hugging Face dataset saved with save_to_disk")
        declared, shown = "hf_dataset", "hf_dataset"
    else:
        suffix, compressed = upload_suffix(resolved.name)
        if suffix not in UPLOAD_FORMATS or (compressed and suffix not in GZIP_OK):
            raise Problem(415, "unsupported_file_type", "Unsupported file type", f"{suffix or 'no extension'}")
        declared = UPLOAD_FORMATS[suffix]
        shown = (declared or "json") + (".gz" if compressed else "")
    size, sha = await asyncio.to_thread(_fingerprint, resolved)
    return {"_id": uuid.uuid4().hex, "name": body.name or resolved.name, "path": str(resolved), "bytes": size,
            "sha256": sha, "declared_format": declared, "format": shown, "source": "path", "status": "registered"}


LOAD_ERRORS = {
    **responses(403, 404, 413, 415, 422,
                s403="path outside the load roots or none configured (path_not_allowed, path_loading_disabled); "
                     "URL host resolves to a non-public address (url_not_allowed)",
                s404="no such file or folder (path)",
                s413="download over the upload limit, or too large / a bomb once decompressed",
                s415="unsupported file type or content",
                s422="invalid body; URL scheme not http(s) (unsupported_url_scheme), invalid_url, the remote failed "
                     "(url_fetch_failed: unresolvable, refused, 4xx/5xx, too many redirects); Hugging Face dataset "
                     "not available offline (hf_dataset_unavailable)"),
    504: {"model": ProblemDetails, "description": "the URL download took longer than DP_GATEWAY_URL_TIMEOUT_S (url_timeout)"},
}


@router.post("/load", dependencies=[Depends(require_scope("datasets:write"))], status_code=201, response_model=DatasetOut,
             summary="Register a dataset from a server path, a URL or a Hugging Face name", responses=LOAD_ERRORS)
async def load(request: Request, body: LoadRequest) -> DatasetOut:
    if body.path is not None:
        doc = await _load_path(request, body)
    elif body.url is not None:
        doc = await _load_url(request, body)
    else:
        doc = await _load_hf(request, body)
    doc["created_at"] = now()
    await repo(request).insert_dataset(doc)
    return DatasetOut(dataset_id=doc["_id"], name=doc["name"], bytes=doc["bytes"], sha256=doc["sha256"],
                      format=doc["format"], status=doc["status"], created_at=doc["created_at"])
