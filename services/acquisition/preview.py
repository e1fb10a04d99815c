"""The first records of a dataset's file, as a run reads them (for ``GET /api/v1/datasets/{id}``).

Plain Python, blocking: call it in a thread. A large JSON array is previewed from its head
only, so a preview never reads a whole big file.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import orjson

from services.acquisition.readers import detect_file_format, iter_records, open_source

PREVIEW_FULL_READ_BYTES = 32 * 1024 * 1024  # a JSON array over this is previewed from its head
PREVIEW_HEAD_BYTES = 4 * 1024 * 1024


def json_array_head(path: Path, n: int) -> list[dict]:
    """The first ``n`` items of a (large) JSON array, parsed from the file's head only."""
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


def read_preview(path: Path, declared: str | None, n: int, max_bytes: int | None = None) -> list[dict]:
    """The first ``n`` raw records, as the acquisition service reads them for a run; with
    ``max_bytes``, fewer when their JSON would pass that size (a dataset's detection sample)."""
    fmt = detect_file_format(path, declared)
    if fmt == "json" and path.is_file() and path.stat().st_size > PREVIEW_FULL_READ_BYTES:
        return json_array_head(path, n)
    records = (r.model_dump(mode="json") for r in itertools.islice(iter_records(path, fmt), n))
    if max_bytes is None:
        return list(records)
    out, size = [], 0
    for record in records:
        size += len(orjson.dumps(record))
        if out and size > max_bytes:
            break
        out.append(record)
    return out
