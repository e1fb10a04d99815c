"""Duplicates of a run, decided once every batch is in (``shared.dedup``): each batch's
conversation ids and signatures are kept beside its export part, and the run's end walks
them in batch order, so the earliest copy in input order is the one kept whatever the
number of quality replicas and the order they finished in."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import orjson

from shared import dedup


@dataclass
class RunDuplicates:
    """The run's copies: ``entries`` are (conversation id, flag, cluster representative id,
    dataset id), in input order; ``counts`` per dataset and flag."""

    entries: list[tuple[str, str, str, str]] = field(default_factory=list)
    counts: dict[str, Counter] = field(default_factory=dict)

    def flag_totals(self) -> dict[str, int]:
        total: Counter = Counter()
        for c in self.counts.values():
            total.update(c)
        return dict(total)


def signature_path(parts: Path, batch_index: int) -> Path:
    return parts / f"{batch_index:08d}.sig"


def write_signatures(parts: Path, batch_index: int, dataset_id: str, ids: list[str], signatures: str | None) -> None:
    """Keep a batch's ids and signatures for the run's end (atomic, so a redelivery rewrites
    the same bytes and a reader never sees half a file)."""
    parts.mkdir(parents=True, exist_ok=True)
    path = signature_path(parts, batch_index)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(orjson.dumps({"dataset_id": dataset_id, "ids": ids, "signatures": signatures}))
    os.replace(tmp, path)


def resolve_run(parts: Path, total_batches: int) -> RunDuplicates:
    """Read every batch's signatures in batch order and resolve the run's clusters. A batch
    without signatures (given up on upstream, empty, or from schema version 1) adds nothing.
    Memory: the run's signatures (136 bytes a conversation) and a few arrays of its length; the
    conversation ids are read again afterwards, only from the batches that hold a copy or its
    original (a run of 200,000 held ~16 MB of id strings here before)."""
    blocks: list[np.ndarray] = []
    batches: list[tuple[int, str]] = []  # (batch index, dataset id) of each block
    for i in range(total_batches):
        path = signature_path(parts, i)
        if not path.exists():
            continue
        doc = orjson.loads(path.read_bytes())
        if not doc.get("signatures") or not doc["ids"]:
            continue
        blocks.append(dedup.decode(doc["signatures"], len(doc["ids"])))
        batches.append((i, doc["dataset_id"]))
    out = RunDuplicates()
    if not blocks:
        return out
    starts = np.cumsum([0] + [len(b) for b in blocks[:-1]])  # each block's first row
    signatures = np.concatenate(blocks)
    del blocks
    clusters = dedup.resolve(signatures)
    del signatures
    ids: dict[int, list[str]] = {}  # block -> its ids, read when a row of it is wanted

    def where(row: int) -> tuple[int, int]:
        block = int(np.searchsorted(starts, row, side="right")) - 1
        if block not in ids:
            ids[block] = orjson.loads(signature_path(parts, batches[block][0]).read_bytes())["ids"]
        return block, row - int(starts[block])

    for i in clusters.duplicates():
        i = int(i)
        flag = clusters.flag(i)
        block, pos = where(i)
        near_block, near_pos = where(int(clusters.near[i]))
        dataset = batches[block][1]
        out.entries.append((ids[block][pos], flag, ids[near_block][near_pos], dataset))
        out.counts.setdefault(dataset, Counter())[flag] += 1
    return out
