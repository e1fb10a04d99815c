"""Reading dataset files into raw records (cutting a run's datasets into batches is in
``services.acquisition.batching``).

Plain Python (no Kafka, no MongoDB). Formats: JSON array (or an object holding one list),
JSONL, CSV/TSV, Parquet. A line of JSONL that does not parse is still a record: it carries
the reason code, so standardization can reject it with that reason instead of losing it.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson

from services.acquisition.record_guard import DIGITS_TO_ZERO, MAX_RECORD_BYTES, NINETEEN_ZEROS, guarded
from shared.events import RawRecord

FORMATS = ("json", "jsonl", "csv", "tsv", "parquet", "arrow", "hf_dataset", "jsonl_parts")
GZIP_MAGIC = b"\x1f\x8b"
MAX_DECOMPRESSED_BYTES = 8 * 1024**3  # a gzip bomb stops here
csv.field_size_limit(64 * 1024 * 1024)


class UnreadableDataset(Exception):
    """The file as a whole cannot be read; ``reason`` is a stable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def detect_file_format(path: Path, declared: str | None = None) -> str:
    """The file format, from the declared one, the magic bytes, then the extension.

    A ``.gz`` file is read through gzip; its format is that of what it holds.
    """
    if declared:
        if declared not in FORMATS:
            raise UnreadableDataset("unknown_file_format", f"declared format {declared!r} is not one of {FORMATS}")
        return declared
    if path.is_dir():
        if (path / "state.json").exists() or (path / "dataset_dict.json").exists():
            return "hf_dataset"
        raise UnreadableDataset("unknown_file_format", f"{path.name!r} is a folder but not a saved HF dataset")
    with open_source(path) as fh:
        head = fh.read(4096)
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"ARROW1") or head.startswith(b"\xff\xff\xff\xff"):
        return "arrow"
    name = path.name.lower().removesuffix(".gz")
    suffix = Path(name).suffix
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return suffix[1:]
    if suffix == ".arrow":
        return "arrow"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"{"):
        return "jsonl" if _looks_like_jsonl(path) else "json"
    if suffix == ".json":
        return "json"
    raise UnreadableDataset("unknown_file_format", f"cannot tell the format of {path.name!r}")


class _CappedReader(io.RawIOBase):
    """Wraps a decompressing stream and refuses to produce more than ``cap`` bytes."""

    def __init__(self, inner, cap: int) -> None:
        self.inner, self.cap, self.seen = inner, cap, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.inner.read(len(buffer))
        self.seen += len(data)
        if self.seen > self.cap:
            raise UnreadableDataset("decompressed_too_large", f"more than {self.cap} bytes once decompressed")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


def is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == GZIP_MAGIC


@dataclass
class ReadMeter:
    """How far reading one source has got, for an estimate of its record count before the end:
    the exact count when the format tells it up front (JSON array once parsed, Parquet and
    Arrow metadata), else records read so far scaled by the file's size over the bytes
    consumed (JSONL, CSV, TSV; for gzip the compressed position, which runs ahead by what
    the decompressor buffered: rougher)."""

    size: int = 0
    exact: int | None = None
    position: Callable[[], int] | None = field(default=None, repr=False)

    def estimate(self, records_read: int) -> int | None:
        if self.exact is not None:
            return self.exact
        if self.position is None or self.size <= 0:
            return None
        try:
            consumed = self.position()
        except (ValueError, OSError):  # the file is closed: it has been read to the end
            return records_read
        if consumed <= 0:
            return None
        return max(records_read, round(records_read * self.size / min(consumed, self.size)))


def open_source(path: Path, cap: int = MAX_DECOMPRESSED_BYTES, meter: ReadMeter | None = None):
    """A binary file object over the dataset, decompressed if it is gzip."""
    if is_gzip(path):
        inner = gzip.open(path, "rb")
        if meter is not None:
            meter.position = inner.fileobj.tell
        return io.BufferedReader(_CappedReader(inner, cap), buffer_size=1 << 20)
    fh = open(path, "rb")
    if meter is not None:
        meter.position = fh.tell
    return fh


def _looks_like_jsonl(path: Path) -> bool:
    """One complete JSON value on the first line and more lines after it."""
    with open_source(path) as fh:
        first = fh.readline().lstrip(b"\xef\xbb\xbf")
        try:
            json.loads(first)
        except ValueError:
            return False  # a pretty-printed document
        return any(line.strip() for line in fh)


def _jsonable(value: Any) -> Any:
    """Parquet cells can be dates, decimals, bytes, NaN: make them JSON values."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _array_items(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each item of the JSON array ``text`` holds, found by a scan that counts
    brackets outside strings (no recursion, whatever the nesting). ValueError if ``text`` is
    not an array whose brackets balance."""
    token = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},]')
    pos = len(text) - len(text.lstrip())
    if text[pos:pos + 1] != "[":
        raise ValueError("not an array")
    level, start = 0, None
    for m in token.finditer(text, pos):
        ch = m.group()
        if ch in "[{":
            level += 1
            if level == 2 and start is None:
                start = m.start()
        elif ch in "]}":
            level -= 1
            if level == 0:
                if start is not None and text[start:m.start()].strip():
                    yield start, m.start()
                return
        elif ch == "," and level == 1:
            if start is not None:
                yield start, m.start()
            start = m.end()
        elif level == 1 and start is None:
            start = m.start()
        if level == 1 and start is None:
            start = m.end() if ch == "[" else None
    raise ValueError("unbalanced brackets")


def _read_deep_json(text: str, meter: ReadMeter | None) -> Iterator[RawRecord]:
    """A JSON array too deep for the parser as a whole: each item parsed on its own, so one
    item nested past the limit is a reject and the others are read."""
    try:
        spans = list(_array_items(text))
    except ValueError as exc:
        raise UnreadableDataset("invalid_json", f"nested too deep to read as a whole, and {exc}") from None
    if meter is not None:
        meter.exact = len(spans)
    for i, (a, b) in enumerate(spans):
        try:
            yield RawRecord(index=i, data=json.loads(text[a:b]))
        except RecursionError:
            yield RawRecord(index=i, error="record_too_deep", detail="nested deeper than the parser goes")
        except ValueError as exc:
            yield RawRecord(index=i, error="invalid_json", detail=str(exc)[:300])


def _read_json(path: Path, meter: ReadMeter | None = None) -> Iterator[RawRecord]:
    try:
        with open_source(path) as fh:
            text = fh.read().decode("utf-8-sig", errors="replace")
        doc = json.loads(text)
    except RecursionError:
        yield from _read_deep_json(text, meter)
        return
    except (ValueError, OSError, EOFError) as exc:
        raise UnreadableDataset("invalid_json", str(exc)) from exc
    if isinstance(doc, dict):
        lists = [v for v in doc.values() if isinstance(v, list)]
        # {"data": [...]} style wrappers; any other object is a single record.
        doc = lists[0] if len(lists) == 1 and len(doc) <= 3 else [doc]
    if not isinstance(doc, list):
        raise UnreadableDataset("invalid_json", "top level is neither an array nor an object")
    if meter is not None:
        meter.exact = len(doc)
    for i, item in enumerate(doc):
        yield RawRecord(index=i, data=item)


def _loads(line: bytes, text: str) -> Any:
    """One JSON line as ``json.loads`` reads it, by orjson where that is the same (~5x faster):
    ``json.loads`` whenever orjson refuses the line, so what it accepts beyond strict JSON (NaN,
    lone surrogates, deep nesting) reads as before and a reject keeps its message, and for lines
    with 19 digits in a row (orjson reads an integer past 64 bits as a float)."""
    if NINETEEN_ZEROS in line.translate(DIGITS_TO_ZERO):
        return json.loads(text)
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _read_jsonl(path: Path, meter: ReadMeter | None = None) -> Iterator[RawRecord]:
    index = 0
    with open_source(path, meter=meter) as fh:
        for raw in fh:
            line = raw.strip()
            if index == 0:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line:
                continue  # blank lines are not records
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield RawRecord(index=index, error="invalid_utf8", detail=str(exc)[:300])
                index += 1
                continue
            if len(line) > MAX_RECORD_BYTES:
                yield RawRecord(index=index, error="record_too_large",
                                detail=f"the line has {len(line)} bytes; at most {MAX_RECORD_BYTES} per record")
                index += 1
                continue
            try:
                yield RawRecord(index=index, data=_loads(line, text))
            except RecursionError:
                yield RawRecord(index=index, error="record_too_deep", detail="nested deeper than the parser goes")
            except ValueError as exc:
                yield RawRecord(index=index, error="invalid_json_line", detail=f"{exc}; line starts {text[:80]!r}")
            index += 1


def _read_csv(path: Path, delimiter: str, meter: ReadMeter | None = None) -> Iterator[RawRecord]:
    with io.TextIOWrapper(open_source(path, meter=meter), encoding="utf-8-sig", errors="replace",
                          newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        try:
            for i, row in enumerate(reader):
                extra = row.pop(None, None)  # more cells than header names
                if extra:
                    row["_extra_columns"] = extra
                yield RawRecord(index=i, data=row)
        except csv.Error as exc:
            raise UnreadableDataset("invalid_csv", f"line {reader.line_num}: {exc}") from exc


def _rows(batches) -> Iterator[RawRecord]:
    index = 0
    for batch in batches:
        for row in batch.to_pylist():
            yield RawRecord(index=index, data=_jsonable(row))
            index += 1


def _read_parquet(path: Path, meter: ReadMeter | None = None) -> Iterator[RawRecord]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        source = pa.BufferReader(open_source(path).read()) if is_gzip(path) else path
        pf = pq.ParquetFile(source)
    except UnreadableDataset:
        raise
    except Exception as exc:  # pyarrow raises several types for a damaged file
        raise UnreadableDataset("invalid_parquet", str(exc)) from exc
    if meter is not None:
        meter.exact = pf.metadata.num_rows
    return _rows(pf.iter_batches(batch_size=1024))


def _arrow_batches(path: Path):
    """Arrow IPC, stream format (what HF ``save_to_disk`` writes) or file format."""
    import pyarrow as pa

    try:
        return list(pa.ipc.open_stream(pa.memory_map(str(path))))
    except pa.ArrowInvalid:
        try:
            reader = pa.ipc.open_file(pa.memory_map(str(path)))
            return [reader.get_batch(i) for i in range(reader.num_record_batches)]
        except pa.ArrowInvalid as exc:
            raise UnreadableDataset("invalid_arrow", str(exc)) from exc


def _counted(batches: list, meter: ReadMeter | None) -> list:
    if meter is not None:
        meter.exact = sum(b.num_rows for b in batches)
    return batches


def _read_arrow(path: Path, meter: ReadMeter | None = None) -> Iterator[RawRecord]:
    return _rows(_counted(_arrow_batches(path), meter))


def hf_data_files(folder: Path) -> list[Path]:
    """The Arrow files of a ``datasets`` folder saved with ``save_to_disk``, in order.

    A ``Dataset`` folder lists them in ``state.json``; a ``DatasetDict`` folder names its
    splits in ``dataset_dict.json``, each a ``Dataset`` folder. Names never leave the folder.
    """
    root = folder.resolve()

    def inside(p: Path) -> Path:
        p = p.resolve()
        if root not in p.parents and p != root:
            raise UnreadableDataset("invalid_hf_dataset", f"{p.name!r} points outside the dataset folder")
        return p

    if (folder / "dataset_dict.json").exists():
        splits = json.loads((folder / "dataset_dict.json").read_text()).get("splits", [])
        return [f for split in splits for f in hf_data_files(inside(folder / str(split)))]
    try:
        state = json.loads((folder / "state.json").read_text())
        return [inside(folder / str(d["filename"])) for d in state["_data_files"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UnreadableDataset("invalid_hf_dataset", f"state.json: {exc}") from exc


def _read_hf_dataset(folder: Path, meter: ReadMeter | None = None) -> Iterator[RawRecord]:
    return _rows(_counted([b for f in hf_data_files(folder) for b in _arrow_batches(f)], meter))


def jsonl_parts(folder: Path) -> list[Path]:
    """The ``*.jsonl`` files of a folder in name order (an ingest dataset: one file per message;
    files being written have other names until they are complete)."""
    return sorted(p for p in folder.glob("*.jsonl") if p.is_file()) if folder.is_dir() else []


def _read_jsonl_parts(folder: Path) -> Iterator[RawRecord]:
    """Every part's records, one after another, numbered across the folder."""
    index = 0
    for part in jsonl_parts(folder):
        for rec in _read_jsonl(part):
            yield rec.model_copy(update={"index": index})
            index += 1


def iter_records(path: Path, file_format: str, meter: ReadMeter | None = None) -> Iterator[RawRecord]:
    """The file's records in order, each within the per-record limits (``record_guard``: a
    record past them is a reject in its place); ``meter``, if given, follows how far reading
    has got."""
    return (record for record, _ in sized_records(path, file_format, meter))


def sized_records(path: Path, file_format: str, meter: ReadMeter | None = None) -> Iterator[tuple[RawRecord, int]]:
    """:func:`iter_records` with each record's size as JSON (what batching needs)."""
    return guarded(_raw_records(path, file_format, meter))


def _raw_records(path: Path, file_format: str, meter: ReadMeter | None = None) -> Iterator[RawRecord]:
    if file_format == "json":
        return _read_json(path, meter)
    if file_format == "jsonl":
        return _read_jsonl(path, meter)
    if file_format in ("csv", "tsv"):
        return _read_csv(path, "," if file_format == "csv" else "\t", meter)
    if file_format == "parquet":
        return _read_parquet(path, meter)
    if file_format == "arrow":
        return _read_arrow(path, meter)
    if file_format == "hf_dataset":
        return _read_hf_dataset(path, meter)
    if file_format == "jsonl_parts":
        return _read_jsonl_parts(path)
    raise UnreadableDataset("unknown_file_format", file_format)
