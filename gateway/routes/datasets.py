"""``/api/v1/datasets``: register data that is already on the server's disk.

Only paths under the configured roots (``DP_GATEWAY_LOAD_ROOTS``) are accepted, after
resolving symlinks and ``..``; anything else is a 403. Files keep their place (no copy).
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from gateway.auth import require_key, require_scope
from gateway.problems import Problem
from gateway.routes import API_PREFIX
from gateway.routes.pipeline import GZIP_OK, UPLOAD_FORMATS, repo, upload_suffix
from gateway.schemas import DatasetOut
from shared.run_ledger import now

router = APIRouter(prefix=f"{API_PREFIX}/datasets", tags=["datasets"], dependencies=[Depends(require_key)])


class LoadRequest(BaseModel):
    path: Annotated[str, Field(min_length=1, max_length=4096, description="a file or a saved HF dataset folder")]
    name: Annotated[str | None, Field(max_length=200)] = None


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


@router.post("/load", dependencies=[Depends(require_scope("datasets:write"))], status_code=201, response_model=DatasetOut, summary="Register a dataset from a server path",
             responses={401: {"description": "missing or invalid API key"}, 403: {"description": "path not allowed"},
                        404: {"description": "no such file"}, 415: {"description": "unsupported type"}})
async def load(request: Request, body: LoadRequest) -> DatasetOut:
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
    dataset_id = uuid.uuid4().hex
    doc = {"_id": dataset_id, "name": body.name or resolved.name, "path": str(resolved), "bytes": size,
           "sha256": sha, "declared_format": declared, "format": shown, "source": "path", "status": "registered",
           "created_at": now()}
    await repo(request).insert_dataset(doc)
    return DatasetOut(dataset_id=dataset_id, name=doc["name"], bytes=size, sha256=sha, format=shown,
                      status=doc["status"], created_at=doc["created_at"])
