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
from pydantic import BaseModel, Field, model_validator

from gateway.auth import Principal, require_key, require_scope
from gateway.mappings import MappingForm, mapping_from_form
from shared.http.problems import Problem, responses
from gateway.routes import API_PREFIX
from gateway.schemas import DatasetOut
from gateway.uploads import UPLOAD_ERRORS, store_upload
from shared import topics
from shared.events import RegisterDataset
from shared.file_types import IntakeRefused, check_path
from shared.intake import registering_document
from shared.mapping import FieldMapping
from shared.run_ledger import now

router = APIRouter(prefix=f"{API_PREFIX}/pipeline", tags=["pipeline"], dependencies=[Depends(require_key)])
datasets_router = APIRouter(prefix=f"{API_PREFIX}/datasets", tags=["datasets"], dependencies=[Depends(require_key)])
HF_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,95}(/[A-Za-z0-9][A-Za-z0-9_.-]{0,95})?$"


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
        try:
            resolved, _, _ = check_path(body.path, roots)
        except IntakeRefused as exc:
            raise Problem(exc.status, exc.reason, exc.title, exc.detail, **exc.extra) from None
        return RegisterDataset(**{**base, "name": body.name or resolved.name}, source="path", path=str(resolved))
    if body.url is not None:
        _check_url(body.url)
        return RegisterDataset(**base, source="url", url=body.url)
    if os.path.exists(body.hf_name):  # load_dataset would read a local folder of that name
        raise Problem(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                      "the name is a path on the server; use {\"path\": ...} under the load roots")
    return RegisterDataset(**base, source="hf", hf_name=body.hf_name, hf_split=body.hf_split,
                           hf_config=body.hf_config)


async def register(request: Request, command: RegisterDataset) -> DatasetAccepted:
    """Publish the command, then insert the dataset document (insert-once: acquisition inserts
    the same one if this process dies in between), and answer 202."""
    settings = request.app.state.settings
    await request.app.state.broker.publish(command, topic=settings.topic(topics.INTAKE_COMMANDS),
                                           key=command.dataset_id.encode())
    doc = registering_document(command)
    await request.app.state.repo.insert_dataset_once(doc)
    return DatasetAccepted(dataset_id=doc["_id"], name=doc["name"], bytes=0, sha256="", format=doc["format"],
                           status=doc["status"], created_at=doc["created_at"], mapping=doc.get("mapping"),
                           status_url=f"{API_PREFIX}/datasets/{doc['_id']}")


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
    return await register(request, _command(request, body, uuid.uuid4().hex, principal))
