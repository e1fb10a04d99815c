"""Compressed uploads and downloads, expanded safely (in acquisition, off the gateway): ``.gz`` files are checked, ``.zip`` archives unpacked.

Nothing trusts the sizes an archive declares: bytes are counted as they come out of the
decompressor, and expansion stops as soon as the output passes the size limit or the
compression ratio passes the bomb ratio (output under ``RATIO_FLOOR`` never counts as a
bomb: a few kilobytes of repeated text compress very well and harm nobody).

Zip members are refused, the whole archive with them, when their names could escape the
folder (``..``, absolute paths, drive letters, backslashes, NUL) or they are symlinks, or
encrypted. An archive must hold exactly one data file (one of the upload types); folders
and OS clutter (``__MACOSX/``, ``._*``, ``.DS_Store``, ``Thumbs.db``) are ignored, and so are
other files (a README beside the data). Only that one member is written, under a cleaned
name, into the dataset's folder.

Blocking (file I/O and decompression): call these in a thread.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import stat
import zlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from shared.file_types import IntakeRefused

CHUNK = 1024 * 1024
RATIO_FLOOR = 1024 * 1024
_DRIVE = re.compile(r"^[A-Za-z]:")
_CLUTTER = {".DS_Store", "Thumbs.db", "desktop.ini"}


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_ratio: float


@dataclass(frozen=True)
class Extracted:
    path: Path
    member: str
    bytes: int
    sha256: str


class _Counter:
    """Counts expanded bytes against the limits; ``compressed`` is what they came from."""

    def __init__(self, limits: Limits, compressed: int, what: str) -> None:
        self.limits, self.compressed, self.what, self.seen = limits, max(compressed, 1), what, 0

    def add(self, n: int) -> None:
        self.seen += n
        if self.seen > RATIO_FLOOR and self.seen > self.limits.max_ratio * self.compressed:
            raise IntakeRefused(413, "archive_bomb", "Decompression bomb",
                          f"{self.what} expands more than {self.limits.max_ratio:g} times its compressed size")
        if self.seen > self.limits.max_bytes:
            raise IntakeRefused(413, "expanded_too_large", "Too large once decompressed",
                          f"{self.what} expands to more than {self.limits.max_bytes} bytes")


def check_gzip(path: Path, limits: Limits) -> int:
    """Decompress a gzip file without keeping the output; its expanded size, or IntakeRefused."""
    counter = _Counter(limits, path.stat().st_size, "the gzip file")
    try:
        with gzip.open(path, "rb") as fh:
            while block := fh.read(CHUNK):
                counter.add(len(block))
    except (OSError, EOFError, zlib.error) as exc:  # BadGzipFile is an OSError
        raise IntakeRefused(422, "invalid_archive", "Damaged gzip file", f"cannot decompress: {exc}"[:300]) from None
    return counter.seen


def unsafe_member(info: zipfile.ZipInfo) -> str | None:
    """Why a member may not be in an upload, or None."""
    name = info.filename
    if "\x00" in name:
        return "a NUL byte in its name"
    if "\\" in name:
        return "a backslash in its name"
    if name.startswith("/") or _DRIVE.match(name):
        return "an absolute path"
    if ".." in name.split("/"):
        return "a '..' component"
    if stat.S_ISLNK(info.external_attr >> 16):
        return "a symbolic link"
    if info.flag_bits & 0x1:
        return "encryption"
    return None


def _clutter(name: str) -> bool:
    base = name.rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or base.startswith("._") or base in _CLUTTER


def extract_single(archive: Path, folder: Path, is_data: Callable[[str], bool], clean: Callable[[str], str],
                   limits: Limits) -> Extracted:
    """Check every member, then stream the one data file into ``folder`` under ``clean(name)``."""
    archive_size = archive.stat().st_size
    try:
        with zipfile.ZipFile(archive) as zf:
            members = zf.infolist()
            for info in members:
                if reason := unsafe_member(info):
                    raise IntakeRefused(422, "unsafe_archive", "Unsafe archive member",
                                  f"{info.filename[:200]!r} has {reason}", member=info.filename[:200])
            data = [i for i in members if not i.is_dir() and not _clutter(i.filename) and is_data(i.filename)]
            if not data:
                raise IntakeRefused(422, "archive_without_data", "No data file in the archive",
                              "the archive holds no file of a supported type")
            if len(data) > 1:
                raise IntakeRefused(422, "archive_multiple_files", "Several data files in the archive",
                              f"an archive must hold exactly one data file; found {len(data)}: "
                              + ", ".join(repr(i.filename[:80]) for i in data[:5]),
                              members=[i.filename[:200] for i in data[:20]])
            info = data[0]
            # A lying header cannot make the member's compressed bytes larger than the archive.
            counter = _Counter(limits, min(info.compress_size, archive_size), f"{info.filename[:200]!r}")
            _Counter(limits, counter.compressed, counter.what).add(info.file_size)  # refuse early on declared sizes
            target = folder / clean(info.filename)
            if target == archive:
                target = folder / f"data-{target.name}"
            digest = hashlib.sha256()
            try:
                with zf.open(info) as src, open(target, "wb") as out:
                    while block := src.read(CHUNK):
                        counter.add(len(block))
                        digest.update(block)
                        out.write(block)
            except BaseException:
                target.unlink(missing_ok=True)
                raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError) as exc:
        raise IntakeRefused(422, "invalid_archive", "Damaged or unsupported zip archive", str(exc)[:300]) from None
    return Extracted(path=target, member=info.filename, bytes=counter.seen, sha256=digest.hexdigest())
