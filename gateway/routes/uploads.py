"""Data coming in: ``POST /api/v1/pipeline/upload`` (a file, see :mod:`gateway.uploads`) and
``POST /api/v1/datasets/load`` (a server path, a URL or a Hugging Face name: a ``RegisterDataset``
command acquisition carries out; see :mod:`gateway.routes.datasets` for the datasets' lifecycle)."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, File, Form, Request, Response, UploadFile

from gateway.auth import Principal, require_key, require_scope
from gateway.mappings import MappingForm, mapping_from_form
from gateway.routes import API_PREFIX
from gateway.uploads import UPLOAD_ERRORS, checked, send_intake, store_upload
from shared.api.datasets import DatasetAccepted, DatasetOut, LoadRequest
from shared.events import RegisterDataset
from shared.file_types import check_path
from shared.http.problems import Problem, responses
from shared.intake import registering_document
from shared.run_ledger import now

router = APIRouter(prefix=f"{API_PREFIX}/pipeline", tags=["pipeline"], dependencies=[Depends(require_key)])
datasets_router = APIRouter(prefix=f"{API_PREFIX}/datasets", tags=["datasets"], dependencies=[Depends(require_key)])


@router.post("/upload", status_code=201, response_model=DatasetOut, summary="Upload a dataset file",
             responses=UPLOAD_ERRORS)
async def upload(
    request: Request,
    response: Response,
    file: Annotated[UploadFile, File(description="JSON array, JSONL, CSV, TSV (each also .gz), Parquet or Arrow; "
                                                  "or a .zip holding exactly one such file")],
    principal: Annotated[Principal, Depends(require_scope("datasets:write"))],
    name: Annotated[str | None, Form(max_length=200)] = None,
    mapping: MappingForm = None,
) -> DatasetOut:
    field_mapping = mapping_from_form(mapping)  # checked before the file is stored
    return await store_upload(request, file, name, response, principal, field_mapping)


# ---------------------------------------------------------------- load


def _check_url(url: str) -> None:
    """What a URL must be before it is worth a command (no I/O: the address checks against the
    private network need DNS, so acquisition does them: reason url_not_allowed)."""
    try:
        parts = urlsplit(url.strip())
        scheme = parts.scheme.lower()
        host = parts.hostname
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as exc:
        raise Problem(422, "invalid_url", "Invalid URL", str(exc)[:200]) from None
    if scheme not in ("http", "https"):
        raise Problem(422, "unsupported_url_scheme", "Unsupported URL scheme",
                      f"{scheme[:20] or 'no scheme'!r}: only http and https URLs can be loaded")
    if parts.username is not None or parts.password is not None:
        raise Problem(422, "invalid_url", "Invalid URL", "credentials in the URL are not supported")
    if not host:
        raise Problem(422, "invalid_url", "Invalid URL", "the URL has no host")


def _command(request: Request, body: LoadRequest, dataset_id: str, principal: Principal) -> RegisterDataset:
    base = {"run_id": dataset_id, "producer": "gateway", "dataset_id": dataset_id, "name": body.name,
            "created_by": principal.key_id, "created_at": now(), "mapping": body.mapping}
    if body.path is not None:
        roots = [Path(r).resolve() for r in request.app.state.settings.load_roots]
        resolved, _, _ = checked(check_path, body.path, roots)
        return RegisterDataset(**{**base, "name": body.name or resolved.name}, source="path", path=str(resolved))
    if body.url is not None:
        _check_url(body.url)
        return RegisterDataset(**base, source="url", url=body.url)
    if os.path.exists(body.hf_name):  # load_dataset would read a local folder of that name
        raise Problem(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                      "the name is a path on the server; use {\"path\": ...} under the load roots")
    return RegisterDataset(**base, source="hf", hf_name=body.hf_name, hf_split=body.hf_split,
                           hf_config=body.hf_config)


LOAD_ERRORS = {
    **responses(403, 404, 415, 422,
                s403="path outside the load roots or none configured (path_not_allowed, path_loading_disabled)",
                s404="no such file or folder (path)",
                s415="unsupported file type (path)",
                s422="invalid body; URL scheme not http(s) (unsupported_url_scheme), invalid_url; hf_name names a "
                     "server path (hf_dataset_unavailable)"),
}


@datasets_router.post("/load", status_code=202, response_model=DatasetAccepted,
             summary="Register a dataset from a server path, a URL or a Hugging Face name (asynchronous)",
             description="Answers 202 with the dataset in status `registering`; acquisition takes it in and the "
                         "status becomes `ready`, or `failed` with `failure.reason`: url_not_allowed (the host "
                         "resolves to a non-public address), url_fetch_failed (unresolvable, refused, 4xx/5xx, too "
                         "many redirects), url_timeout, payload_too_large, expanded_too_large, archive_bomb, "
                         "unsupported_file_type, content_mismatch, hf_dataset_unavailable (not in the server's "
                         "cache), ... Progress events arrive on `/ws/progress` with `run_id` = the dataset id.",
             responses=LOAD_ERRORS)
async def load(request: Request, body: LoadRequest,
               principal: Annotated[Principal, Depends(require_scope("datasets:write"))]) -> DatasetAccepted:
    command = _command(request, body, uuid.uuid4().hex, principal)
    doc = await send_intake(request, command, registering_document(command))
    return DatasetAccepted(dataset_id=doc["_id"], name=doc["name"], bytes=0, sha256="", format=doc["format"],
                           status=doc["status"], created_at=doc["created_at"], mapping=doc.get("mapping"),
                           status_url=f"{API_PREFIX}/datasets/{doc['_id']}")
