"""Export file writers: JSONL, JSON, CSV and Parquet, each optionally gzip- or zstd-compressed,
written as a stream with the SHA-256 and size of the bytes as written. Shared by production
(generation files) and the gateway (a run's export in other formats).

Records are what a template renders (``services.production.templates``), plus ``id`` when a
generation asks for ids. The byte layout is deterministic, so the same records give the
same file, checksum included: JSON is ``[`` + records joined by ``,\\n`` + ``]\\n`` (the run
export's layout), gzip has no name and mtime 0, zstd frames carry no time, Parquet has an
explicit schema per template and no timestamps. A compressed file decompresses to the exact
bytes of the uncompressed one.

- **CSV**: a header row, one column per field of the template (``messages``; ``system``,
  ``conversations``; ``instruction``, ``input``, ``output``, ``system``, ``history``; or
  ``text``), ``id`` first when present; lists and objects as JSON text; a missing value is
  an empty cell. RFC 4180 quoting, ``\\r\\n`` line ends, UTF-8.
- **Parquet**: the same fields with typed columns (``messages`` is
  ``list<struct<role, content, name>>``, ``history`` ``list<list<string>>``), Snappy pages,
  row groups of 10,000 records.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

ROW_GROUP = 10_000
CSV_FLUSH_ROWS = 500
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "json": "application/json", "csv": "text/csv; charset=utf-8",
               "parquet": "application/vnd.apache.parquet"}
COMPRESSED_MEDIA_TYPES = {"gzip": "application/gzip", "zstd": "application/zstd"}

_MESSAGE = pa.struct([("role", pa.string()), ("content", pa.string()), ("name", pa.string())])
_SHAREGPT_TURN = pa.struct([("from", pa.string()), ("value", pa.string())])
_TEMPLATE_FIELDS: dict[str, list[pa.Field]] = {
    "openai": [pa.field("messages", pa.list_(_MESSAGE), nullable=False)],
    "sharegpt": [pa.field("system", pa.string()), pa.field("conversations", pa.list_(_SHAREGPT_TURN), nullable=False)],
    "alpaca": [pa.field("instruction", pa.string(), nullable=False), pa.field("input", pa.string(), nullable=False),
               pa.field("output", pa.string(), nullable=False), pa.field("system", pa.string()),
               pa.field("history", pa.list_(pa.list_(pa.string())))],
    "chatml": [pa.field("text", pa.string(), nullable=False)],
    "vicuna": [pa.field("text", pa.string(), nullable=False)],
    "llama3": [pa.field("text", pa.string(), nullable=False)],
}


def record_schema(template: str, include_ids: bool = False) -> pa.Schema:
    """The explicit schema of a template's records (Parquet; CSV columns in this order)."""
    fields = list(_TEMPLATE_FIELDS[template])
    if include_ids:
        fields.insert(0, pa.field("id", pa.string(), nullable=False))
    return pa.schema(fields)


def media_type(fmt: str, compression: str = "none") -> str:
    return COMPRESSED_MEDIA_TYPES.get(compression) or MEDIA_TYPES[fmt]


@dataclass(frozen=True)
class Written:
    records: int
    bytes: int
    sha256: str


class _Counted:
    """A write-only file object that counts the bytes on their way to ``target`` (pyarrow and
    the compressors want ``tell`` and friends), optionally hashing them; ``close`` runs
    ``closer`` once (a compressor's, to flush its trailer)."""

    def __init__(self, target, closer=lambda: None, hashing: bool = False) -> None:
        self.target, self._closer = target, closer
        self.digest = hashlib.sha256() if hashing else None
        self.size = 0
        self.closed = False

    def write(self, data) -> int:
        data = bytes(data)
        self.target.write(data)
        if self.digest is not None:
            self.digest.update(data)
        self.size += len(data)
        return len(data)

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        pass

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._closer()


def _compressed(sink: _Counted, compression: str) -> _Counted:
    """The uncompressed stream a format writes into, feeding ``sink`` (the file as written)."""
    if compression == "none":
        return _Counted(sink)
    if compression == "gzip":
        gz = gzip.GzipFile(filename="", mode="wb", fileobj=sink, mtime=0, compresslevel=6)  # type: ignore[arg-type]
        return _Counted(gz, gz.close)
    if compression == "zstd":
        import zstandard

        writer = zstandard.ZstdCompressor(level=6).stream_writer(sink, closefd=False)
        return _Counted(writer, writer.close)
    raise ValueError(f"unknown compression {compression!r}")


# CSV injection (OWASP): a spreadsheet runs a cell that starts with one of these as a formula
# ("=HYPERLINK(...)", "+cmd|...", "@SUM(...)"; tab and carriage return too). Such a cell is written
# with a leading apostrophe, which spreadsheets show as text and do not display. A cell that
# itself starts with an apostrophe gets one more, so that ``read_records`` can take exactly one
# off every cell that starts with one and give back the original text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")


def neutralise_csv_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def restore_csv_cell(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_csv_cell(value)
    return orjson.dumps(value).decode()  # JSON: a number (a negative one is no formula), true, {...}, [...]


def _write_format(stream: _Counted, records: Iterable[dict[str, Any]], fmt: str, schema: pa.Schema) -> int:
    n = 0
    if fmt == "jsonl":
        for record in records:
            stream.write(orjson.dumps(record) + b"\n")
            n += 1
    elif fmt == "json":
        stream.write(b"[")
        for record in records:
            stream.write(orjson.dumps(record) if n == 0 else b",\n" + orjson.dumps(record))
            n += 1
        stream.write(b"]\n")
    elif fmt == "csv":
        columns = schema.names
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        for record in records:
            writer.writerow([_csv_cell(record.get(c)) for c in columns])
            n += 1
            if n % CSV_FLUSH_ROWS == 0:
                stream.write(buffer.getvalue().encode())
                buffer.seek(0)
                buffer.truncate()
        stream.write(buffer.getvalue().encode())
    elif fmt == "parquet":
        with pq.ParquetWriter(pa.PythonFile(stream, mode="w"), schema, compression="snappy",
                              write_statistics=False) as writer:
            batch: list[dict[str, Any]] = []
            for record in records:
                batch.append(record)
                n += 1
                if len(batch) == ROW_GROUP:
                    writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                    batch = []
            if batch or n == 0:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return n


def write_records(fh: IO[bytes], records: Iterable[dict[str, Any]], fmt: str, compression: str = "none",
                  schema: pa.Schema | None = None) -> Written:
    """Write ``records`` to ``fh`` in ``fmt`` (``schema`` needed for csv and parquet), compressed
    as asked; returns the count, size and SHA-256 of the bytes written."""
    if fmt in ("csv", "parquet") and schema is None:
        raise ValueError(f"{fmt} needs a schema")
    sink = _Counted(fh, hashing=True)
    stream = _compressed(sink, compression)
    try:
        n = _write_format(stream, records, fmt, schema or pa.schema([]))
    finally:
        stream.close()
    return Written(records=n, bytes=sink.size, sha256=sink.digest.hexdigest())


# ---------------------------------------------------------------------------- reading back


def decompress(data: bytes, compression: str) -> bytes:
    if compression == "none":
        return data
    if compression == "gzip":
        return gzip.decompress(data)
    if compression == "zstd":
        import zstandard

        return zstandard.ZstdDecompressor().decompressobj().decompress(data)
    raise ValueError(f"unknown compression {compression!r}")


def _drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value]
    return value


def read_records(data: bytes, fmt: str, compression: str = "none", schema: pa.Schema | None = None
                 ) -> list[dict[str, Any]]:
    """The records of a file written by :func:`write_records`, as the JSONL records were
    (missing values dropped). For checks and tests: it holds everything in memory."""
    raw = decompress(data, compression)
    if fmt == "jsonl":
        return [orjson.loads(line) for line in raw.splitlines() if line.strip()]
    if fmt == "json":
        return orjson.loads(raw)
    if fmt == "parquet":
        return [_drop_nulls(r) for r in pq.read_table(io.BytesIO(raw)).to_pylist()]
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
        header, body = rows[0], rows[1:]
        nested = set()
        if schema is not None:
            nested = {f.name for f in schema if pa.types.is_list(f.type) or pa.types.is_struct(f.type)}
        out = []
        for row in body:
            record = {}
            for name, cell in zip(header, row, strict=True):
                if cell == "" and (schema is None or schema.field(name).nullable):
                    continue
                record[name] = orjson.loads(cell) if name in nested else restore_csv_cell(cell)
            out.append(record)
        return out
    raise ValueError(f"unknown format {fmt!r}")


def iter_jsonl(fh: IO[bytes]) -> Iterator[dict[str, Any]]:
    for line in fh:
        if line.strip():
            yield orjson.loads(line)
