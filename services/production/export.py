"""Writing an export: JSONL, one conversation a line in OpenAI/ChatML ``messages`` form.

The file is written to a temporary name and renamed, and its SHA-256 computed while
writing, so a reader never sees half a file and a rewrite after a crash is identical.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import orjson


@dataclass(frozen=True)
class ExportResult:
    path: Path
    lines: int
    bytes: int
    sha256: str


def to_openai_line(doc: dict) -> bytes:
    messages = []
    for m in doc["messages"]:
        out = {"role": m["role"], "content": m["content"]}
        if m.get("name"):
            out["name"] = m["name"]
        messages.append(out)
    return orjson.dumps({"messages": messages}) + b"\n"


async def write_jsonl(path: Path, docs: AsyncIterator[dict]) -> ExportResult:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    lines = size = 0
    with open(tmp, "wb") as fh:
        async for doc in docs:
            line = to_openai_line(doc)
            fh.write(line)
            digest.update(line)
            lines += 1
            size += len(line)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return ExportResult(path=path, lines=lines, bytes=size, sha256=digest.hexdigest())
