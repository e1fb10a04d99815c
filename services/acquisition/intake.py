"""Taking a dataset in: from a URL, a Hugging Face name, a server path or an uploaded archive.

Plain Python (no Kafka, no MongoDB): each loader returns the dataset document's file fields,
or raises :class:`shared.file_types.IntakeRefused` with a stable reason code (``url_not_allowed``,
``url_fetch_failed``, ``hf_dataset_unavailable``, ``unsupported_file_type``, ``payload_too_large``,
``archive_bomb``...). Every loader writes only under the dataset's own folder, which it empties
first: a redelivered command starts again from nothing and ends in the same files.

- URLs: downloaded with the SSRF guards of :mod:`services.acquisition.fetch` and the checks of
  an upload (type sniffing, size limit; a .zip is unpacked, a .gz checked for bombs).
- Hugging Face names: loaded with the ``datasets`` library (extra ``hf``) offline from the
  server's datasets cache (what ``load_dataset(name)`` downloaded there before; no Hub access),
  saved into the data folder with ``save_to_disk``.
- Paths: checked by the gateway against the load roots, checked again here, fingerprinted in
  place (no copy; never deleted by the API).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from services.acquisition.archives import Limits, check_gzip, extract_single
from services.acquisition.fetch import download
from shared.file_types import (
    SNIFF_BYTES, UPLOAD_FORMATS, IntakeRefused, check_content, check_path, file_kind, is_data_name, safe_name, sniff,
)

Progress = Callable[[str, int], Awaitable[None]]  # (phase, bytes so far)
_CONTENT_TYPES = {
    "application/json": ".json", "text/json": ".json", "application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl",
    "application/jsonlines": ".jsonl", "application/x-jsonlines": ".jsonl", "text/csv": ".csv",
    "text/tab-separated-values": ".tsv", "application/vnd.apache.parquet": ".parquet",
    "application/x-parquet": ".parquet", "application/vnd.apache.arrow.file": ".arrow", "application/zip": ".zip",
    "application/x-zip-compressed": ".zip",
}
# ``datasets``' own builders: ``load_dataset("json")`` would read data files from the server's
# working folder, so these names are never loaded.
_PACKAGED_BUILDERS = frozenset({
    "arrow", "audiofolder", "cache", "conll", "csv", "eval", "fasta", "fastq", "generator", "genbank", "harbor",
    "hdf5", "iceberg", "imagefolder", "json", "lance", "meshfolder", "mmcif", "niftifolder", "pandas", "parquet",
    "pdb", "pdffolder", "spark", "sql", "text", "tsfile", "videofolder", "vortex", "webdataset", "xml"})


@dataclass(frozen=True)
class IntakeLimits:
    max_bytes: int
    expanded: Limits
    url_timeout_s: float
    url_allow_private: bool = False
    url_allowed_hosts: tuple[str, ...] = ()


# ---------------------------------------------------------------- files

def fingerprint(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a file, or of a folder's files in name order (names included)."""
    digest, size = hashlib.sha256(), 0
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    for f in files:
        if path.is_dir():
            digest.update(str(f.relative_to(path)).encode() + b"\0")
        with open(f, "rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
                size += len(block)
    return size, digest.hexdigest()


def finish_stored(path: Path, size: int, sha256: str, limits: Limits) -> dict:
    """After a file is stored whole: unpack a zip (its one data file is the dataset; the
    archive is left for the caller to delete), check that a gzip file is no bomb; the dataset
    document's file fields. Blocking: run it in a thread."""
    suffix, compressed, archive = file_kind(path.name)
    extra = {}
    if archive:
        got = extract_single(path, path.parent, is_data_name, safe_name, limits)
        extra["archive"] = {"name": path.name, "bytes": size, "sha256": sha256, "member": got.member}
        path, size, sha256 = got.path, got.bytes, got.sha256
        suffix, compressed, _ = file_kind(path.name)
        if size == 0:
            raise IntakeRefused(422, "empty_file", "Empty file", f"{got.member[:200]!r} in the archive has no content")
        with open(path, "rb") as fh:
            check_content(fh.read(SNIFF_BYTES), suffix, compressed)
    if compressed:
        check_gzip(path, limits)
    return {"path": str(path), "bytes": size, "sha256": sha256, "declared_format": UPLOAD_FORMATS[suffix],
            "format": (UPLOAD_FORMATS[suffix] or "json") + (".gz" if compressed else ""), **extra}


def _fresh(folder: Path, keep: Path | None = None) -> None:
    """Empty the dataset's folder (a redelivered command starts again), keeping ``keep``."""
    if folder.exists():
        for child in folder.iterdir():
            if keep is not None and child == keep:
                continue
            shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
    folder.mkdir(parents=True, exist_ok=True)


# ---------------------------------------------------------------- upload (archives)

async def unpack_upload(archive: Path, size: int, sha256: str, limits: IntakeLimits, progress: Progress) -> dict:
    """An uploaded .zip or .gz the gateway stored in the dataset's folder: unpack or check it."""
    if not archive.exists():
        raise IntakeRefused(422, "upload_missing", "Upload missing", "the stored upload is no longer on the server")
    _fresh(archive.parent, keep=archive)
    await progress("unpacking", size)
    return await asyncio.to_thread(finish_stored, archive, size, sha256, limits.expanded)


# ---------------------------------------------------------------- URL

def name_for_url(url_name: str, content_type: str, encoding: str) -> str:
    if encoding not in ("", "identity", "gzip", "x-gzip"):
        raise IntakeRefused(415, "unsupported_file_type", "Unsupported content encoding",
                            f"the server sent Content-Encoding {encoding[:40]!r}")
    name = safe_name(url_name)
    try:
        file_kind(name)
    except IntakeRefused:
        ext = _CONTENT_TYPES.get(content_type)
        if ext is None:
            raise IntakeRefused(415, "unsupported_file_type", "Unsupported file type",
                                f"cannot tell a supported type from the name {url_name[:100]!r} or the content type "
                                f"{content_type[:60] or 'none'!r}") from None
        name = ("download" if name == "upload" else Path(name).stem) + ext
    if encoding in ("gzip", "x-gzip") and not name.lower().endswith(".gz"):
        name += ".gz"  # stored as sent; the reader decompresses it
    file_kind(name)
    return name


async def load_url(url: str, folder: Path, limits: IntakeLimits, progress: Progress) -> dict:
    _fresh(folder)

    async def downloaded(n: int) -> None:
        await progress("downloading", n)

    got = await download(url, folder, max_bytes=limits.max_bytes, timeout_s=limits.url_timeout_s,
                         allow_private=limits.url_allow_private, allowed_hosts=limits.url_allowed_hosts,
                         name_for=name_for_url, check_head=sniff, progress=downloaded)
    await progress("downloading", got.bytes)
    fields = await asyncio.to_thread(finish_stored, got.path, got.bytes, got.sha256, limits.expanded)
    if "archive" in fields:
        got.path.unlink(missing_ok=True)
    return {**fields, "final_url": got.url, "downloaded_name": got.filename}


# ---------------------------------------------------------------- Hugging Face

def save_hf(name: str, config: str | None, split: str | None, folder: Path, cache_dir: Path | None = None) -> None:
    """Blocking: load from the local HF datasets cache only and ``save_to_disk`` into ``folder``."""
    # Always offline (read when ``datasets`` is first imported; also set on its config below).
    os.environ["HF_DATASETS_OFFLINE"] = "1"
    os.environ["HF_HUB_OFFLINE"] = "1"
    try:
        import datasets
    except ImportError:
        raise IntakeRefused(422, "hf_dataset_unavailable", "Hugging Face datasets unavailable",
                            "the `datasets` library is not installed on this server (pip install "
                            "'dataset-pipeline[hf]'); or save the dataset with save_to_disk and load its folder "
                            "with {\"path\": ...}") from None
    packaged = getattr(getattr(datasets, "packaged_modules", None), "_PACKAGED_DATASETS_MODULES", {})
    if name.lower() in _PACKAGED_BUILDERS or name in packaged or name.startswith("buckets/"):
        raise IntakeRefused(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                            f"{name!r} names one of the library's builders, not a dataset; use a dataset name "
                            "(org/name)")
    if getattr(datasets, "config", None) is not None:
        datasets.config.HF_HUB_OFFLINE = True
    try:
        loaded = datasets.load_dataset(name, config, split=split,
                                       cache_dir=str(cache_dir) if cache_dir is not None else None)
        loaded.save_to_disk(str(folder))
    except Exception as exc:  # not cached, no such split, broken cache...: all the caller's to fix
        raise IntakeRefused(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                            f"{name!r} cannot be loaded from this server's Hugging Face cache (the server has no "
                            f"Hub access): {type(exc).__name__}: {exc}"[:500]) from None


async def load_hf(name: str, config: str | None, split: str | None, folder: Path, cache_dir: Path | None,
                  progress: Progress) -> dict:
    if os.path.exists(name):  # load_dataset would read a local folder of that name
        raise IntakeRefused(422, "hf_dataset_unavailable", "Hugging Face dataset unavailable",
                            "the name is a path on the server; use {\"path\": ...} under the load roots")
    _fresh(folder.parent)
    await progress("loading", 0)
    await asyncio.to_thread(save_hf, name, config, split, folder, cache_dir)
    size, sha = await asyncio.to_thread(fingerprint, folder)
    return {"path": str(folder), "bytes": size, "sha256": sha, "declared_format": "hf_dataset",
            "format": "hf_dataset"}


# ---------------------------------------------------------------- server path

async def load_path(given: str, roots: list[Path], progress: Progress) -> dict:
    resolved, declared, shown = check_path(given, roots)
    await progress("fingerprinting", 0)
    size, sha = await asyncio.to_thread(fingerprint, resolved)
    return {"path": str(resolved), "bytes": size, "sha256": sha, "declared_format": declared, "format": shown}
