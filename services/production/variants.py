"""A run's export in other forms, written beside it: ``<exports>/.variants/``.

- **Variant**: a completed run's JSONL export as JSON, CSV or Parquet, optionally gzip or
  zstd (``<run_id>.csv.gz``...), written with :func:`shared.writers.write_records` in the
  run's template schema.
- **Partial**: the export parts written so far for a run that has not completed (running,
  cancelled, failed), joined in batch order as JSONL: a snapshot named by a fingerprint of
  the parts it holds (``<run_id>.partial.<fingerprint>.jsonl``), so a newer snapshot never
  replaces a file someone may be reading; the two newest stay.

Every file is written under a temporary name unique to its writer, flushed, then renamed, and
only then its sidecar (``<name>.meta.json``: name, bytes, SHA-256, records and what it was made
from) is written the same way: a sidecar always describes a whole file. A file whose sidecar
describes it (same size, same source) is reused, so asking twice writes once; two writers of the
same file at once write the same bytes, and the last rename wins without a reader ever seeing
half a file.

Blocking file work only (no FastStream, no PyMongo): callers run it in a thread.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from services.production.export import parts_dir
from shared.production import COMPRESSION_SUFFIX, EXTENSIONS
from shared.writers import iter_jsonl, media_type, record_schema, write_records

CHUNK = 1 << 20
KEEP_SNAPSHOTS = 2


class PartsGone(Exception):
    """The run's parts disappeared while they were read (the run completed meanwhile)."""


@dataclass(frozen=True)
class VariantFile:
    path: Path
    name: str
    bytes: int
    sha256: str
    records: int
    media_type: str
    written: bool  # False: an earlier file was reused

    def fields(self) -> dict[str, Any]:
        return {"path": str(self.path), "name": self.name, "bytes": self.bytes, "sha256": self.sha256,
                "records": self.records, "media_type": self.media_type}


def variants_dir(export_dir: Path) -> Path:
    return export_dir / ".variants"


def variant_name(run_id: str, fmt: str, compression: str) -> str:
    return f"{run_id}{EXTENSIONS[fmt]}{COMPRESSION_SUFFIX[compression]}"


def _sidecar(path: Path) -> Path:
    return path.with_name(f"{path.name}.meta.json")


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def _replace(tmp: Path, target: Path) -> None:
    try:
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _write_meta(path: Path, meta: dict[str, Any]) -> None:
    side = _sidecar(path)
    tmp = _tmp(side)
    tmp.write_bytes(orjson.dumps(meta))
    _replace(tmp, side)


def _reusable(path: Path, source: str) -> dict[str, Any] | None:
    """The sidecar's content when it describes the file on disk, made from ``source``."""
    try:
        meta = orjson.loads(_sidecar(path).read_bytes())
        size = path.stat().st_size
    except (FileNotFoundError, orjson.JSONDecodeError):
        return None
    if meta.get("bytes") != size or meta.get("source") != source:
        return None
    return meta


def _file(path: Path, meta: dict[str, Any], media: str, written: bool) -> VariantFile:
    return VariantFile(path=path, name=path.name, bytes=meta["bytes"], sha256=meta["sha256"],
                       records=meta["records"], media_type=media, written=written)


# ---------------------------------------------------------------------- variants


def existing_variant(export_dir: Path, run_id: str, fmt: str, compression: str, source_sha256: str
                     ) -> VariantFile | None:
    path = variants_dir(export_dir) / variant_name(run_id, fmt, compression)
    meta = _reusable(path, source_sha256)
    return _file(path, meta, media_type(fmt, compression), written=False) if meta else None


def write_variant(export_dir: Path, export_path: Path, run_id: str, fmt: str, compression: str, template: str,
                  source_sha256: str) -> VariantFile:
    """The run's export (``export_path``, JSONL whose SHA-256 is ``source_sha256``) as ``fmt``
    and ``compression``: the file already written if its sidecar says so, else written now."""
    found = existing_variant(export_dir, run_id, fmt, compression, source_sha256)
    if found:
        return found
    folder = variants_dir(export_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / variant_name(run_id, fmt, compression)
    tmp = _tmp(target)
    try:
        with open(export_path, "rb") as src, open(tmp, "wb") as out:
            written = write_records(out, iter_jsonl(src), fmt, compression, record_schema(template))
            out.flush()
            os.fsync(out.fileno())
        _replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    meta = {"name": target.name, "bytes": written.bytes, "sha256": written.sha256, "records": written.records,
            "source": source_sha256}
    _write_meta(target, meta)
    return _file(target, meta, media_type(fmt, compression), written=True)


# ---------------------------------------------------------------------- partial exports


@dataclass(frozen=True)
class PartialFile(VariantFile):
    batches: int = 0
    fingerprint: str = ""

    def fields(self) -> dict[str, Any]:
        return {**super().fields(), "batches": self.batches, "fingerprint": self.fingerprint}


def _parts(export_dir: Path, run_id: str) -> list[tuple[Path, os.stat_result]]:
    """The run's finished parts (temporary files start with a dot), in batch order, with their
    stat (part names are zero-padded batch indexes)."""
    folder = parts_dir(export_dir, run_id)
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".jsonl") and not n.startswith("."))
    except FileNotFoundError:
        return []
    out = []
    for name in names:
        try:
            out.append((folder / name, (folder / name).stat()))
        except FileNotFoundError as exc:
            raise PartsGone(str(exc)) from None
    return out


def fingerprint(parts: list[tuple[Path, os.stat_result]]) -> str:
    """What the snapshot holds: each part's name, size and modification time (a part rewritten
    after a redelivery has the same bytes; a new mtime only costs a rewrite)."""
    digest = hashlib.sha256()
    for path, st in parts:
        digest.update(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def partial_name(run_id: str, print_: str) -> str:
    return f"{run_id}.partial.{print_}.jsonl"


def write_partial(export_dir: Path, run_id: str) -> PartialFile:
    """A snapshot of the run's parts so far, joined in batch order: the file already written
    for the same parts if there is one, else written now (and snapshots older than the two
    newest removed). Raises :class:`PartsGone` if the parts vanish meanwhile."""
    parts = _parts(export_dir, run_id)
    print_ = fingerprint(parts)
    folder = variants_dir(export_dir)
    target = folder / partial_name(run_id, print_)
    media = media_type("jsonl")
    meta = _reusable(target, print_)
    if meta:
        return PartialFile(**_file(target, meta, media, written=False).__dict__, batches=len(parts),
                           fingerprint=print_)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = _tmp(target)
    digest, size, lines = hashlib.sha256(), 0, 0
    try:
        with open(tmp, "wb") as out:
            for block in _part_blocks(parts):
                out.write(block)
                digest.update(block)
                size += len(block)
                lines += block.count(b"\n")
            out.flush()
            os.fsync(out.fileno())
        _replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    meta = {"name": target.name, "bytes": size, "sha256": digest.hexdigest(), "records": lines, "source": print_,
            "batches": len(parts)}
    _write_meta(target, meta)
    _prune_snapshots(folder, run_id)
    return PartialFile(**_file(target, meta, media, written=True).__dict__, batches=len(parts), fingerprint=print_)


def _part_blocks(parts: list[tuple[Path, os.stat_result]]) -> Iterator[bytes]:
    for path, _ in parts:
        try:
            fh = open(path, "rb")
        except FileNotFoundError as exc:
            raise PartsGone(str(exc)) from None
        with fh:
            while block := fh.read(CHUNK):
                yield block


def _prune_snapshots(folder: Path, run_id: str) -> None:
    snapshots = []
    for path in folder.glob(f"{run_id}.partial.*.jsonl"):
        try:
            snapshots.append((path.stat().st_mtime_ns, path))
        except FileNotFoundError:
            continue
    for _, path in sorted(snapshots, reverse=True)[KEEP_SNAPSHOTS:]:
        _sidecar(path).unlink(missing_ok=True)
        path.unlink(missing_ok=True)


def remove_partials(export_dir: Path, run_id: str) -> None:
    """A run that completed has its export: its partial snapshots go."""
    for path in variants_dir(export_dir).glob(f"{run_id}.partial.*"):
        path.unlink(missing_ok=True)


def runs_with_partials(export_dir: Path) -> set[str]:
    """The runs that have partial snapshots (or their sidecars) on disk."""
    try:
        names = os.listdir(variants_dir(export_dir))
    except FileNotFoundError:
        return set()
    return {name.split(".partial.", 1)[0] for name in names
            if ".partial." in name and not name.startswith(".")}
