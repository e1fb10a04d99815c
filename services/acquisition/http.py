"""Acquisition's own small HTTP API, for synchronous questions from the gateway:
``POST /internal/preview`` gives the first raw records of a dataset's file, read with the
reader a run uses. Only files under the data folder or the load roots are read."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from services.acquisition.preview import read_preview
from services.acquisition.settings import AcquisitionSettings
from shared.file_types import inside
from shared.internal_http import json_endpoint

MAX_SAMPLE_BYTES = 32 * 1024 * 1024


class PreviewRequest(BaseModel):
    path: str = Field(min_length=1, max_length=4096)
    declared_format: str | None = Field(None, max_length=32)
    n: int = Field(5, ge=1, le=5000, description="up to 50 for a preview, 5,000 for a detection sample")
    max_bytes: int | None = Field(None, ge=1, le=MAX_SAMPLE_BYTES, description="stop before the records' JSON "
                                                                               "passes this size")


def preview_app(settings: AcquisitionSettings):
    roots = [Path(settings.data_dir).resolve(), *(Path(r).resolve() for r in settings.load_roots)]

    async def handle(req: PreviewRequest) -> dict[str, Any]:
        path = Path(req.path).resolve()
        if not inside(path, roots):
            return {"records": [], "error": "path_not_allowed: the file is outside the data folder and load roots"}
        try:
            records = await asyncio.to_thread(read_preview, path, req.declared_format, req.n, req.max_bytes)
        except Exception as exc:  # any unreadable file (also pyarrow's errors) is reported, not raised
            return {"records": [],
                    "error": f"{getattr(exc, 'reason', type(exc).__name__)}: {getattr(exc, 'detail', exc)}"[:500]}
        return {"records": records, "error": None}

    return json_endpoint(PreviewRequest, handle)
