"""The byte layout of export files, shared by the writer (production) and the server
(gateway), so the JSON variant served on the fly has exactly the checksum recorded."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def json_array_chunks(jsonl_lines: Iterable[bytes]) -> Iterator[bytes]:
    """A JSON array from JSONL lines: ``[`` + lines joined by ``,\\n`` + ``]\\n``."""
    yield b"["
    first = True
    for line in jsonl_lines:
        line = line.rstrip(b"\n")
        if not line:
            continue
        yield line if first else b",\n" + line
        first = False
    yield b"]\n"


def read_lines(path) -> Iterator[bytes]:
    with open(path, "rb") as fh:
        yield from fh
