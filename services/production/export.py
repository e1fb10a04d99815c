"""Writing an export: JSONL, one conversation a line in OpenAI/ChatML ``messages`` form.

Each validated batch's passing conversations go to a part file as the batch arrives; when
the run's last batch is in, the parts are joined in batch order (which is source order).
Every file is written under a temporary name and renamed, so a reader never sees half a
file, and rewriting a part after a redelivery produces the same bytes.

Why parts and not a query at the end: reading a run's conversations back from the store
costs a full collection scan per query on FerretDB (the local/CI server); the parts make
the export O(batch) per batch on any backend.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson

from services.production.templates import TemplateError, render
from shared.conversation import Conversation
from shared.export_files import json_array_chunks


@dataclass(frozen=True)
class ExportResult:
    path: Path
    lines: int
    bytes: int
    sha256: str
    json_sha256: str
    json_bytes: int


class MissingPart(Exception):
    pass


def to_line(conversation: Conversation, template: str = "openai") -> bytes:
    return orjson.dumps(render(conversation, template)) + b"\n"


def _atomic_write(path: Path, chunks: Iterable[bytes]) -> tuple[int, int, str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    lines = size = 0
    with open(tmp, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)
            digest.update(chunk)
            lines += chunk.count(b"\n")
            size += len(chunk)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return lines, size, digest.hexdigest()


def parts_dir(export_dir: Path, run_id: str) -> Path:
    return export_dir / f".{run_id}.parts"


def write_part(export_dir: Path, run_id: str, batch_index: int, conversations: Iterable[Conversation],
               template: str = "openai") -> tuple[int, list[str]]:
    """The batch's conversations rendered in the run's template; returns the line count and
    the ids of conversations the template cannot express (they are reported, not dropped
    silently)."""
    lines: list[bytes] = []
    skipped: list[str] = []
    for c in conversations:
        try:
            lines.append(to_line(c, template))
        except TemplateError:
            skipped.append(c.id)
    path = parts_dir(export_dir, run_id) / f"{batch_index:08d}.jsonl"
    written, _, _ = _atomic_write(path, lines)
    return written, skipped


def count_parts(export_dir: Path, run_id: str) -> int:
    """How many batches have their part written (temporary files start with a dot)."""
    try:
        return sum(1 for name in os.listdir(parts_dir(export_dir, run_id))
                   if name.endswith(".jsonl") and not name.startswith("."))
    except FileNotFoundError:
        return 0


def join_parts(export_dir: Path, run_id: str, total_batches: int) -> ExportResult:
    parts = parts_dir(export_dir, run_id)
    paths = [parts / f"{i:08d}.jsonl" for i in range(total_batches)]
    missing = [p.name for p in paths if not p.exists()]
    if missing:
        raise MissingPart(f"export parts missing: {missing[:5]}")

    def chunks() -> Iterable[bytes]:
        for p in paths:
            with open(p, "rb") as fh:
                while block := fh.read(1 << 20):
                    yield block

    target = export_dir / f"{run_id}.jsonl"
    lines, size, sha = _atomic_write(target, chunks())
    # The JSON-array variant is served on the fly from the same file; record its checksum.
    json_digest, json_size = hashlib.sha256(), 0
    with open(target, "rb") as fh:
        for chunk in json_array_chunks(fh):
            json_digest.update(chunk)
            json_size += len(chunk)
    return ExportResult(path=target, lines=lines, bytes=size, sha256=sha, json_sha256=json_digest.hexdigest(),
                        json_bytes=json_size)


def remove_parts(export_dir: Path, run_id: str) -> None:
    shutil.rmtree(parts_dir(export_dir, run_id), ignore_errors=True)


def runs_with_parts(export_dir: Path) -> set[str]:
    """The runs that have a parts folder on disk (``.<run_id>.parts``)."""
    try:
        entries = list(os.scandir(export_dir))
    except FileNotFoundError:
        return set()
    return {e.name[1:-len(".parts")] for e in entries
            if e.name.startswith(".") and e.name.endswith(".parts") and len(e.name) > len("..parts")
            and e.is_dir()}
