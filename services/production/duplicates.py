"""Duplicates of a run, decided once every batch is in (``shared.dedup``): each batch's
conversation ids and signatures are kept beside its export part, and the run's end walks
them in batch order, so the earliest copy in input order is the one kept whatever the
number of quality replicas and the order they finished in."""

from __future__ import annotations

import os
import shutil
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

    Memory, a few arrays of the run's length and nothing per key: the signatures are copied
    once, key by key, into ``WIDTH`` column files beside the parts (8 bytes a conversation
    each) and resolved a column at a time (``dedup.resolve_columns``); the conversation ids
    are read again afterwards only from the batches that hold a copy or its original, and
    only those rows' ids are kept (``bench/dedup_memory.py``: ~0.28 KB a conversation when the
    whole ``n x WIDTH`` keys and every such batch's ids were held, the twenty-third session)."""
    batches: list[tuple[int, str]] = []  # (batch index, dataset id) of each block
    sizes: list[int] = []
    out = RunDuplicates()
    columns_dir = parts / f".columns.{os.getpid()}"
    try:
        columns_dir.mkdir(parents=True, exist_ok=True)
        files = [open(columns_dir / f"{c:02d}.u8", "wb") for c in range(dedup.WIDTH)]  # noqa: SIM115
        try:
            for i in range(total_batches):
                path = signature_path(parts, i)
                if not path.exists():
                    continue
                doc = orjson.loads(path.read_bytes())
                if not doc.get("signatures") or not doc["ids"]:
                    continue
                block = dedup.decode(doc["signatures"], len(doc["ids"]))
                for c, f in enumerate(files):
                    f.write(np.ascontiguousarray(block[:, c]).tobytes())
                batches.append((i, doc["dataset_id"]))
                sizes.append(len(doc["ids"]))
        finally:
            for f in files:
                f.close()
        if not batches:
            return out
        n = sum(sizes)
        clusters = dedup.resolve_columns(
            n, lambda c: np.fromfile(columns_dir / f"{c:02d}.u8", dtype="<u8", count=n))
    finally:
        shutil.rmtree(columns_dir, ignore_errors=True)
    starts = np.cumsum([0] + sizes[:-1])  # each block's first row
    copies = clusters.duplicates()
    originals = clusters.near[copies]
    wanted = np.unique(np.concatenate([copies, originals]))
    owner = np.searchsorted(starts, wanted, side="right") - 1  # the block of each wanted row
    names: dict[int, str] = {}  # wanted row -> its conversation id
    for block in np.unique(owner):
        ids = orjson.loads(signature_path(parts, batches[block][0]).read_bytes())["ids"]
        first = int(starts[block])
        for row in wanted[owner == block]:
            names[int(row)] = ids[int(row) - first]
        del ids
    copy_blocks = np.searchsorted(starts, copies, side="right") - 1
    for i, near, block in zip(copies.tolist(), originals.tolist(), copy_blocks.tolist(), strict=True):
        flag = clusters.flag(i)
        dataset = batches[block][1]
        out.entries.append((names[i], flag, names[near], dataset))
        out.counts.setdefault(dataset, Counter())[flag] += 1
    return out
