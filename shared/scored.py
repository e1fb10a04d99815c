"""How a run's scored conversations are stored: one document per (run, batch) in the run's
``scored`` collection (``shared.mongo.run_collection``), its conversations as zstd-compressed
JSON lines. Written by the quality service, read by production (generations) and the gateway
(previews): a contract between them.

Why a compressed document per batch, not a document per conversation: on FerretDB 1.24 (the
local and CI server) storing a ~3 KB conversation document costs about 1 ms of server CPU, so
a 2-core machine could never store more than a few hundred conversations a second; one
compressed batch document costs ~1/15th of that per conversation. On MongoDB it is also the
cheaper write (one document, ~5x smaller). What a reader needs per conversation (scores,
flags, lineage) is inside; run-level analytics read the per-batch summaries instead.

Each line: ``{"conversation": Conversation, "quality": QualityReport document, "verdict":
{"score", "passed", "flags", "risk_level"}}``. Duplicate flags and clusters are decided per run
at its end (``shared.dedup``) and stored beside, in the run's ``dedup`` collection.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
import zstandard
from bson import Binary

CODEC = "jsonl+zstd"
_LEVEL = 1  # fast: ~3x smaller than JSON at a few ms per batch


def batch_document(batch_index: int, dataset_id: str, pii_policy: str, lines: Iterable[bytes], count: int,
                   passed: int, **extra: Any) -> dict[str, Any]:
    data = zstandard.ZstdCompressor(level=_LEVEL).compress(b"".join(lines))
    return {"_id": f"{batch_index:08d}", "batch_index": batch_index, "dataset_id": dataset_id,
            "pii_policy": pii_policy, "count": count, "passed": passed, "codec": CODEC, "data": Binary(data),
            **extra}


def line(conversation: dict[str, Any], quality: dict[str, Any], verdict: dict[str, Any]) -> bytes:
    return orjson.dumps({"conversation": conversation, "quality": quality, "verdict": verdict}) + b"\n"


def items(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The stored lines of one batch document, in source order."""
    if doc.get("codec") != CODEC:
        raise ValueError(f"unknown scored-batch codec {doc.get('codec')!r}")
    raw = zstandard.ZstdDecompressor().decompress(bytes(doc["data"]), max_output_size=1 << 31)
    return [orjson.loads(ln) for ln in raw.splitlines() if ln]
