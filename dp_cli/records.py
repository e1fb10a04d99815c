"""A local file's records, for ``dp validate`` (read here, checked by the gateway).

JSON Lines (``.jsonl``, ``.ndjson``), JSON (an array of records, or an object holding one
list of them), CSV and TSV (each row a record keyed by its header), each optionally
``.gz``; and Parquet (needs pyarrow, a dependency of the project). The format is told by
the file's name, as the gateway's upload does."""

from __future__ import annotations

import csv
import gzip
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from dp_cli.errors import DpError

TEXT_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".tsv")


class UnreadableFile(DpError):
    exit_code = 2


@dataclass(frozen=True)
class LocalReject:
    """A JSON Lines line that is no record: counted with the reason a run would give it
    (``invalid_json_line``, ``invalid_utf8``), never sent."""

    reason: str
    detail: str


def kind_of(path: Path) -> tuple[str, bool]:
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    for suffix in (*TEXT_SUFFIXES, ".parquet"):
        if name.endswith(suffix):
            if suffix == ".parquet" and gz:
                break
            return suffix.lstrip("."), gz
    raise UnreadableFile("Unsupported file type",
                         f"{path.name}: dp validate reads .jsonl .ndjson .json .csv .tsv (each also .gz) and .parquet")


def _open(path: Path, gz: bool) -> BinaryIO:
    return gzip.open(path, "rb") if gz else path.open("rb")  # type: ignore[return-value]


def read_records(path: Path) -> Iterator[Any]:
    kind, gz = kind_of(path)
    try:
        if kind == "parquet":
            yield from _parquet(path)
            return
        with _open(path, gz) as raw:
            if kind in ("jsonl", "ndjson"):
                yield from _json_lines(raw)
                return
            text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
            if kind == "json":
                try:
                    data = json.load(text)
                except json.JSONDecodeError as exc:
                    raise UnreadableFile("Invalid JSON", f"{path.name}: {exc}") from None
                yield from _json_records(data, path)
            else:
                yield from csv.DictReader(text, delimiter="\t" if kind == "tsv" else ",")
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as exc:
        raise UnreadableFile("Unreadable file", f"{path.name}: {exc}") from None


def _json_lines(raw: BinaryIO) -> Iterator[Any]:
    for number, line in enumerate(raw, 1):
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield LocalReject("invalid_utf8", f"line {number}: {exc.reason}")
            continue
        try:
            yield json.loads(text)
        except json.JSONDecodeError as exc:
            yield LocalReject("invalid_json_line", f"line {number}: {exc.msg}")


def _json_records(data: Any, path: Path) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) == 1:
            return lists[0]
        return [data]
    raise UnreadableFile("No records", f"{path.name}: a JSON file holds an array of records or an object")


def _parquet(path: Path) -> Iterator[dict[str, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - pyarrow is a project dependency
        raise UnreadableFile("Parquet not readable", "pyarrow is not installed") from None
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1000):
        for row in batch.to_pylist():  # dates, decimals, bytes: as text, like the upload path shows them
            yield json.loads(json.dumps(row, default=str))


def chunks(records: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def as_validation_input(conversation: dict[str, Any]) -> dict[str, Any]:
    """A standardized conversation as ``/validate/quality`` takes it: its messages only."""
    return {"messages": [{k: m[k] for k in ("role", "content", "name") if m.get(k) is not None}
                         for m in conversation.get("messages", [])]}
