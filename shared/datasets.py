"""The ``datasets`` document: one per dataset, written by the gateway (uploads, the first
document of a load or merge) and by acquisition (the same first documents insert-once, their
progress and outcome, ingest datasets), read by both.

Older documents stay readable: every field but the id, the name and the creation time is
optional, the nested ones (archive, merge, ingest, progress, failure) are read as they are
(dicts when written by today's code: the shapes of archive, progress and failure are
:class:`ArchiveInfo`, :class:`IntakeProgress` and :class:`DatasetFailure`), and fields this
model does not name are kept (``extra="allow"``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ArchiveInfo(BaseModel):
    name: str = Field(description="the uploaded .zip")
    bytes: int
    sha256: str
    member: str = Field(description="the data file taken from it")


class DatasetFailure(BaseModel):
    reason: str = Field(description="url_not_allowed, url_fetch_failed, url_timeout, hf_dataset_unavailable, "
                                    "unsupported_file_type, content_mismatch, payload_too_large, expanded_too_large, "
                                    "archive_bomb, invalid_archive, dataset_not_found, intake_error, ...")
    detail: str = ""


class IntakeProgress(BaseModel):
    phase: str = Field(description="downloading, unpacking, loading, fingerprinting, reading, scoring, writing, ...")
    bytes: int = 0
    records: int = 0


class DatasetDoc(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)

    id: str = Field(alias="_id")
    name: str
    source: str = Field("upload", description="upload, path, url, hf, merge, ingest")
    status: str = Field("", description="uploaded, registering, merging, ready, failed, streaming, ...")
    created_at: datetime
    created_by: str | None = Field(None, description="the API key id that asked for it")
    path: str | None = Field(None, description="the stored file (or folder) a run reads")
    bytes: int = 0
    sha256: str = ""
    format: str = ""
    declared_format: str | None = Field(None, description="the format the reader is told (None: detect)")
    record_format: str | None = Field(None, description=(
        "conversation: the file holds conversations a merge already standardized; its runs take them as they "
        "are (BatchAcquired.stored_conversations). None: raw records, detected or mapped"))
    mapping: dict[str, Any] | None = Field(None, description=(
        "a field mapping (shared.mapping.FieldMapping, stored without its unset fields): the dataset's runs read "
        "its records with it instead of detecting their format, unless a run gives its own"))
    # by source
    url: str | None = None
    final_url: str | None = None
    downloaded_name: str | None = None
    hf_name: str | None = None
    hf_split: str | None = None
    hf_config: str | None = None
    archive: Any = Field(None, description="an archive upload: name, bytes, sha256, member")
    parents: list[str] | None = Field(None, description="a merge: the datasets merged")
    merge: Any = None
    ingest: Any = Field(None, description="an ingest dataset: its source and dataset names")
    # registering or merging, then ready or failed
    progress: Any = Field(None, description="phase, bytes, records")
    failure: Any = Field(None, description="status failed: reason, detail")
    error: str | None = None
    finished_at: datetime | None = None

    def document(self) -> dict[str, Any]:
        """The MongoDB document: the fields that were set (explicit ``None`` included), ``_id`` first."""
        return self.model_dump(by_alias=True, exclude_unset=True)
