"""The file types a dataset may come as, and the checks on a file's name and first bytes.

One table for the gateway (it sniffs the upload byte stream) and acquisition (it checks what a
URL served and what an archive held). A refusal is an :class:`IntakeRefused` with an HTTP-like
status and a stable reason code: the gateway answers it as a problem document, acquisition
records it as the dataset's failure reason.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

# extension -> format the acquisition reader is told (None: sniff JSON array vs JSONL)
UPLOAD_FORMATS: dict[str, str | None] = {
    ".json": None, ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet",
    ".arrow": "arrow",
}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
GZIP_OK = (".json", ".jsonl", ".ndjson", ".csv", ".tsv")
SNIFF_BYTES = 64 * 1024
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


class IntakeRefused(Exception):
    """A dataset that cannot be taken in: ``status`` (HTTP-like), ``reason`` (stable code such as
    ``unsupported_file_type``, ``url_not_allowed``), a short ``title`` and a ``detail``."""

    def __init__(self, status: int, reason: str, title: str, detail: str = "", **extra: Any) -> None:
        super().__init__(detail or title)
        self.status, self.reason, self.title, self.detail, self.extra = status, reason, title, detail, extra


def upload_suffix(filename: str) -> tuple[str, bool]:
    """The format-bearing extension and whether the file is gzip-compressed."""
    name = filename.lower()
    if name.endswith(".gz"):
        return Path(name[:-3]).suffix, True
    return Path(name).suffix, False


def safe_name(filename: str | None) -> str:
    base = Path((filename or "").replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip("._")[:200]
    return cleaned or "upload"


def is_data_name(filename: str) -> bool:
    suffix, compressed = upload_suffix(filename)
    return suffix in UPLOAD_FORMATS and (not compressed or suffix in GZIP_OK)


def file_kind(filename: str) -> tuple[str, bool, bool]:
    """(format suffix, gzip-compressed, zip archive) of an accepted file name; 415 for others."""
    if filename.lower().endswith(".zip"):
        return ".zip", False, True
    suffix, compressed = upload_suffix(filename)
    if not is_data_name(filename):
        accepted = [*UPLOAD_FORMATS, *(f"{s}.gz" for s in GZIP_OK), ".zip"]
        shown = suffix + (".gz" if compressed else "") or "no extension"
        raise IntakeRefused(415, "unsupported_file_type", "Unsupported file type",
                            f"{shown}; accepted: {', '.join(accepted)}")
    return suffix, compressed, False


def check_content(head: bytes, suffix: str, compressed: bool = False) -> None:
    """Type-check the first bytes against what the name claims."""
    if compressed:
        if not head.startswith(b"\x1f\x8b"):
            raise IntakeRefused(415, "content_mismatch", "Not gzip", "a .gz file must start with the gzip magic bytes")
        return
    if suffix == ".arrow":
        if not (head.startswith(b"ARROW1") or head.startswith(b"\xff\xff\xff\xff")):
            raise IntakeRefused(415, "content_mismatch", "Not Arrow", "the file is neither an Arrow IPC file nor stream")
        return
    if suffix == ".parquet":
        if not head.startswith(b"PAR1"):
            raise IntakeRefused(415, "content_mismatch", "Not a Parquet file", "the file does not start with PAR1")
        return
    if b"\x00" in head:
        raise IntakeRefused(415, "binary_content", "Binary content", f"a {suffix} file must be UTF-8 text")
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a multi-byte character cut by the sniff window is fine
            raise IntakeRefused(415, "not_utf8", "Not UTF-8 text", f"invalid UTF-8 at byte {exc.start}") from None
    if suffix in (".json", ".jsonl", ".ndjson"):
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
        # JSON Lines may hold any JSON value per line: lines of strings are read (each string
        # is then converted or rejected with a reason by standardization).
        allowed = (b"[", b"{", b'"') if suffix in JSONL_SUFFIXES else (b"[", b"{")
        if first not in allowed:
            shown = "'[', '{' or '\"'" if suffix in JSONL_SUFFIXES else "'[' or '{'"
            raise IntakeRefused(415, "content_mismatch", "Not JSON", f"a {suffix} file must start with {shown}")


def check_zip_head(head: bytes) -> None:
    if not head.startswith(ZIP_MAGIC):
        raise IntakeRefused(415, "content_mismatch", "Not a zip archive", "a .zip file must start with PK\\x03\\x04")


def sniff(head: bytes, filename: str) -> None:
    """Check a file's first bytes against the type its name claims (zip, gzip or a data file)."""
    suffix, compressed, archive = file_kind(filename)
    if archive:
        check_zip_head(head)
    else:
        check_content(head, suffix, compressed)


def inside(path: Path, roots: list[Path]) -> bool:
    return any(path == r or r in path.parents for r in roots)


def check_path(given: str, roots: list[Path]) -> tuple[Path, str | None, str]:
    """The resolved path, its declared format and its shown format; refused when outside the
    roots, missing, or of a type no reader takes. Cheap (no reading): the gateway calls it too."""
    if not roots:
        raise IntakeRefused(403, "path_loading_disabled", "Loading server paths is disabled",
                            "set DP_GATEWAY_LOAD_ROOTS to the folders datasets may be loaded from")
    if "\x00" in given:
        raise IntakeRefused(422, "validation_error", "Request is not valid", "the path contains a NUL byte")
    path = Path(given).expanduser()
    resolved = path.resolve()
    if not inside(resolved, roots):
        raise IntakeRefused(403, "path_not_allowed", "Path not allowed", "the path is outside the configured roots")
    if not resolved.exists():
        raise IntakeRefused(404, "path_not_found", "No such file or folder", f"{path.name!r} does not exist")
    if resolved.is_dir():
        if not ((resolved / "state.json").exists() or (resolved / "dataset_dict.json").exists()):
            raise IntakeRefused(415, "unsupported_folder", "Unsupported folder",
                                "a folder must be a Hugging Face dataset saved with save_to_disk")
        return resolved, "hf_dataset", "hf_dataset"
    suffix, compressed = upload_suffix(resolved.name)
    if suffix not in UPLOAD_FORMATS or (compressed and suffix not in GZIP_OK):
        raise IntakeRefused(415, "unsupported_file_type", "Unsupported file type", f"{suffix or 'no extension'}")
    declared = UPLOAD_FORMATS[suffix]
    return resolved, declared, (declared or "json") + (".gz" if compressed else "")
