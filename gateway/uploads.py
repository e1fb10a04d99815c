"""Datasets coming in: storing an uploaded file (``POST /pipeline/upload``, ``POST
/standardize/file``), streamed to disk type-checked and size-limited, then registered as a
dataset; and the intake commands acquisition carries out (loads, archives, merges)."""

from __future__ import annotations

import hashlib
import shutil
import uuid

from fastapi import Request, Response, UploadFile

from gateway.auth import Principal
from gateway.plumbing import ERRORS, publish, repo
from shared import topics
from shared.api.datasets import DatasetOut
from shared.datasets import DatasetDoc
from shared.events import MergeDatasets, RegisterDataset
from shared.http.limits import TRUNCATED
from shared.http.problems import Problem
from shared.file_types import SNIFF_BYTES, UPLOAD_FORMATS, IntakeRefused, file_kind, safe_name, sniff
from shared.intake import registering_document
from shared.mapping import FieldMapping
from shared.run_ledger import now

CHUNK = 1024 * 1024

UPLOAD_ERRORS = {**ERRORS,
                 202: {"model": DatasetOut, "description": "a .zip or .gz: stored, status registering; "
                                                           "acquisition unpacks or checks it, then the "
                                                           "dataset is ready, or failed with a reason "
                                                           "(expanded_too_large, archive_bomb, "
                                                           "unsafe_archive, invalid_archive, ...)"},
                 413: {"description": "file too large"},
                 415: {"description": "unsupported type"}}


async def send_intake(request: Request, command: RegisterDataset | MergeDatasets, doc: dict) -> dict:
    """Publish an intake command, then insert its dataset document (insert-once: acquisition
    inserts the same one if this process dies in between); the document."""
    await publish(request, topics.INTAKE_COMMANDS, command, command.dataset_id)
    await repo(request).insert_dataset_once(doc)
    return doc


def checked(check, *args):
    """Run a check of ``shared.file_types`` (its result); its refusal as a problem document."""
    try:
        return check(*args)
    except IntakeRefused as exc:
        raise Problem(exc.status, exc.reason, exc.title, exc.detail, **exc.extra) from None


async def store_upload(request: Request, file: UploadFile, name: str | None, response: Response,
                       principal: Principal, mapping: FieldMapping | None = None) -> DatasetOut:
    """Stream an uploaded file to disk (type-checked, size-limited) and register it. A plain
    file is ``uploaded`` at once (201); a .zip or .gz is handed to acquisition to unpack or
    check (``RegisterDataset``, source upload): 202, status ``registering``. ``mapping`` is
    stored with the dataset."""
    settings = request.app.state.settings
    filename = safe_name(file.filename)
    checked(file_kind, filename)
    dataset_id = uuid.uuid4().hex
    target = settings.data_dir / "uploads" / dataset_id / filename
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    try:
        with open(target, "wb") as out:
            while chunk := await file.read(CHUNK):
                if size == 0:
                    checked(sniff, chunk[:SNIFF_BYTES], filename)
                size += len(chunk)
                if size > settings.max_upload_bytes:
                    raise Problem(413, "payload_too_large", "Upload too large",
                                  f"the upload limit is {settings.max_upload_bytes} bytes")
                digest.update(chunk)
                out.write(chunk)
        if getattr(request.state, TRUNCATED, False):  # never register half a file
            raise Problem(413, "payload_too_large", "Upload too large",
                          f"the upload limit is {settings.max_upload_bytes} bytes")
        if size == 0:
            raise Problem(422, "empty_file", "Empty file", "the uploaded file has no content")
    except BaseException:
        shutil.rmtree(target.parent, ignore_errors=True)
        raise
    display = (name or filename).strip() or filename
    suffix, compressed, archive = file_kind(filename)
    if archive or compressed:
        command = RegisterDataset(run_id=dataset_id, producer="gateway", dataset_id=dataset_id, source="upload",
                                  name=display, path=str(target), upload_bytes=size, upload_sha256=digest.hexdigest(),
                                  created_by=principal.key_id, created_at=now(), mapping=mapping)
        doc = await send_intake(request, command, registering_document(command))
        response.status_code = 202
    else:
        doc = DatasetDoc(id=dataset_id, name=display, path=str(target), bytes=size, sha256=digest.hexdigest(),
                         declared_format=UPLOAD_FORMATS[suffix], format=UPLOAD_FORMATS[suffix] or "json",
                         source="upload", status="uploaded", created_at=now(),
                         **({"mapping": mapping.model_dump(exclude_none=True)} if mapping else {})).document()
        await repo(request).insert_dataset(doc)
    return DatasetOut(dataset_id=dataset_id, name=doc["name"], bytes=doc["bytes"], sha256=doc["sha256"],
                      format=doc["format"], status=doc["status"], created_at=doc["created_at"],
                      mapping=doc.get("mapping"))
