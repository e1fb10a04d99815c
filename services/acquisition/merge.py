"""Merging datasets into a new one (command ``MergeDatasets``, sent by ``POST /api/v1/pipeline/merge``).

Every record of every parent is standardized once (by the standardization service, in batches
of 500, the same code a run uses, with the parent's field mapping), and the kept conversations
are written as one JSONL file of **stored conversations**, one a line::

    {"messages": [...], "original_format": "sharegpt", "metadata": {...},
     "merged_from": {"dataset_id": <parent>, "record_index": 12, "part": 0},
     "quality": {"fingerprint": ..., "messages_sha256": ..., "report": {...}}}

(``quality`` only on the contested conversations of a ``highest_quality`` merge, see below.)

The dataset is registered with ``record_format: "conversation"``, so a run over it takes these
conversations as they are (``BatchAcquired.stored_conversations``): standardization neither
detects nor converts them again, it only checks their shape and gives them the merged
dataset's lineage (``merged_from`` keeps where each came from). Any other reader still sees a
plain ``{"messages": [...]}`` file.

The *same conversation* is one whose user turns are equal after case folding and whitespace
collapsing (answers may differ: that is what a newer or better version of a dataset changes).
When it comes from several parents, the conflict policy keeps one:

- ``first``: the parent listed first in the request;
- ``newest``: the parent registered most recently;
- ``highest_quality``: the copy the quality service scores highest (ties: listed first). Only
  the copies of contested conversations are scored, to choose, with the default quality options
  (PII policy ``redact``, languages ``["en"]``). The kept copy's line also stores the report it
  was scored with (``"quality"``: ``shared.events.PriorQualityReport``, with the fingerprint of
  the options and scorer it was made with): a run over the merged dataset with the same options
  takes it instead of scoring that conversation again (``services.quality.reuse``; its
  threshold decides pass or fail anew, and duplicates and PII redaction are done as for any
  conversation); a run with other options, or after the scorer changed, scores it again.

Records that do not convert are counted by reason (the parents keep them: nothing is deleted).

**Memory stays flat whatever the size**: the kept conversations (and, for ``highest_quality``,
every copy of them) live in a SQLite work file beside the output, never in memory; the output
is written in first-seen order from there. **A merge is a pure function of its parents**: run
again from nothing (work file and partial output removed first), it writes the same bytes, so
a merge interrupted by a crash is simply run again when its command is redelivered. The output
is written to ``merged.partial`` and renamed to ``merged.jsonl``: a reader sees all or nothing.

Plain Python and HTTP (no Kafka, no MongoDB): the handler passes the parents in and stores
what :func:`merge` returns.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sqlite3
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Literal

import httpx
import orjson

from services.acquisition.readers import detect_file_format, iter_records
from shared.conversation import conversation_key

log = logging.getLogger("dp.acquisition.merge")
ConflictPolicy = Literal["first", "newest", "highest_quality"]
CHUNK = 500
Progress = Callable[[str, int, int], Awaitable[None]]  # (phase, records read, bytes written)


class MergeError(Exception):
    """The merge cannot finish (a service it needs refused); ``reason`` is a stable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class Parent:
    dataset_id: str
    name: str
    path: Path
    declared_format: str | None
    created_at: datetime
    # its stored field mapping: its records are read with it, as in its runs
    mapping: dict | None = field(default=None, hash=False, compare=False)


@dataclass
class MergeResult:
    bytes: int
    sha256: str
    records_read: int
    conversations_in: int
    conversations_out: int
    kept_by_parent: dict[str, int]
    reject_reasons: dict[str, int] = field(default_factory=dict)

    @property
    def conflicts_resolved(self) -> int:
        return self.conversations_in - self.conversations_out


class _WorkFile:
    """The merge's on-disk state: ``kept`` (one row per distinct conversation, in first-seen
    order ``seq``) and ``copies`` (every copy, for ``highest_quality``); the ``messages`` columns
    hold each copy's stored line (:func:`stored_line`)."""

    def __init__(self, path: Path) -> None:
        for p in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
            p.unlink(missing_ok=True)  # a crashed attempt's state is never trusted
        self.path = path
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=OFF")  # rebuilt from nothing after a crash anyway
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("PRAGMA cache_size=-8192")  # 8 MiB
        self.db.execute("CREATE TABLE kept (key TEXT PRIMARY KEY, seq INTEGER, rank INTEGER, parent TEXT, "
                        "messages BLOB)")
        self.db.execute("CREATE TABLE copies (key TEXT, n INTEGER, parent TEXT, messages BLOB, PRIMARY KEY (key, n))")
        self.db.execute("CREATE TABLE best (key TEXT PRIMARY KEY, score REAL, negrank INTEGER, parent TEXT, "
                        "messages BLOB)")
        self.seq = 0

    def add(self, rows: list[tuple[str, int, str, bytes]], keep_copies: bool) -> None:
        """(key, rank, parent, messages) in reading order: a key's first copy takes its place in
        the output; a copy from a better-ranked parent replaces what is kept there."""
        self.db.execute("BEGIN")
        for key, rank, parent, messages in rows:
            self.db.execute(
                "INSERT INTO kept VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET rank = excluded.rank, "
                "parent = excluded.parent, messages = excluded.messages WHERE excluded.rank < kept.rank",
                (key, self.seq, rank, parent, messages))
            self.seq += 1
            if keep_copies:
                self.db.execute("INSERT INTO copies SELECT ?, COALESCE(MAX(n) + 1, 0), ?, ? FROM copies WHERE key = ?",
                                (key, parent, messages, key))
        self.db.execute("COMMIT")

    def lanes(self) -> int:
        return self.db.execute("SELECT COALESCE(MAX(n) + 1, 0) FROM copies").fetchone()[0]

    def lane(self, j: int):
        """The j-th copy of every contested key, in the keys' first-seen order."""
        return self.db.execute(
            "SELECT c.key, c.parent, c.messages FROM copies c JOIN kept k ON k.key = c.key WHERE c.n = ? "
            "AND EXISTS (SELECT 1 FROM copies d WHERE d.key = c.key AND d.n = 1) ORDER BY k.seq", (j,))

    def offer(self, rows: list[tuple[str, float, int, str, bytes]]) -> None:
        """(key, score, -rank, parent, messages): the best-scored copy wins (ties: better rank,
        then the earlier lane). No explicit transaction: a lane's read cursor is open."""
        self.db.executemany(
            "INSERT INTO best VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET score = excluded.score, "
            "negrank = excluded.negrank, parent = excluded.parent, messages = excluded.messages "
            "WHERE excluded.score > best.score OR (excluded.score = best.score AND excluded.negrank > best.negrank)",
            rows)

    def apply_best(self) -> None:
        self.db.execute("UPDATE kept SET rank = -b.negrank, parent = b.parent, messages = b.messages "
                        "FROM best b WHERE b.key = kept.key")

    def kept_rows(self):
        return self.db.execute("SELECT messages FROM kept ORDER BY seq")

    def kept_by_parent(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT parent, COUNT(*) FROM kept GROUP BY parent").fetchall())

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)


class Merger:
    def __init__(self, *, http: httpx.AsyncClient, standardization_url: str, quality_url: str,
                 timeout_s: float) -> None:
        self.http, self.std_url, self.quality_url, self.timeout = http, standardization_url, quality_url, timeout_s

    async def _post(self, url: str, payload: dict) -> dict:
        try:
            r = await self.http.post(url, json=payload, timeout=self.timeout)
        except httpx.HTTPError as exc:
            # transient: raised as is, so the command is retried (then dead-lettered)
            raise ConnectionError(f"{url.rsplit('/', 1)[-1]}: {type(exc).__name__}: {exc}") from exc
        if r.status_code != 200:
            raise MergeError("merge_service_failed", f"{url.rsplit('/', 1)[-1]} answered {r.status_code}")
        return r.json()

    async def merge(self, parents: list[Parent], policy: ConflictPolicy, target: Path,
                    progress: Progress) -> MergeResult:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        work = _WorkFile(target.with_name("merge-work.sqlite"))
        try:
            return await self._merge(work, parents, policy, target, partial, progress)
        finally:
            await asyncio.to_thread(work.close)

    async def _merge(self, work: _WorkFile, parents: list[Parent], policy: ConflictPolicy, target: Path,
                     partial: Path, progress: Progress) -> MergeResult:
        rank_of = {p.dataset_id: i for i, p in enumerate(parents)}
        if policy == "newest":
            by_age = sorted(parents, key=lambda p: p.created_at, reverse=True)
            rank_of = {p.dataset_id: i for i, p in enumerate(by_age)}
        reasons: Counter[str] = Counter()
        records = conversations = 0
        for parent in parents:
            fmt = await asyncio.to_thread(detect_file_format, parent.path, parent.declared_format)
            it = iter_records(parent.path, fmt)
            while chunk := await asyncio.to_thread(lambda: list(islice(it, CHUNK))):
                out = await self._post(f"{self.std_url}/internal/standardize",
                                       {"records": [r.data for r in chunk], "dataset_id": parent.dataset_id,
                                        "source_name": parent.name,
                                        **({"options": {"mapping": parent.mapping}} if parent.mapping else {})})
                records += len(chunk)
                rows = []
                for result in out["results"]:
                    if result["status"] != "converted":
                        reasons[result.get("reason") or "unknown"] += 1
                        continue
                    for conv in result["conversations"]:
                        conversations += 1
                        rows.append((conversation_key(conv["messages"]), rank_of[parent.dataset_id],
                                     parent.dataset_id, stored_line(conv, parent.dataset_id)))
                await asyncio.to_thread(work.add, rows, policy == "highest_quality")
                await progress("reading", records, 0)
        if policy == "highest_quality":
            await self._pick_best(work, rank_of, records, progress)
        size, sha = await asyncio.to_thread(_write, work, partial)
        partial.replace(target)  # a reader sees the whole file or none
        _fsync_dir(target.parent)
        await progress("writing", records, size)
        kept_by_parent = await asyncio.to_thread(work.kept_by_parent)
        out = sum(kept_by_parent.values())
        return MergeResult(bytes=size, sha256=sha, records_read=records, conversations_in=conversations,
                           conversations_out=out,
                           kept_by_parent={p.dataset_id: kept_by_parent.get(p.dataset_id, 0) for p in parents},
                           reject_reasons=dict(reasons))

    async def _pick_best(self, work: _WorkFile, rank_of: dict[str, int], records: int, progress: Progress) -> None:
        """Score the copies of each contested conversation. Copies are scored in lanes (the
        j-th copy of every key together) so that no request holds two copies of one
        conversation: quality's duplicate detection would mark the later one down."""
        for j in range(await asyncio.to_thread(work.lanes)):
            cursor = await asyncio.to_thread(work.lane, j)
            while part := await asyncio.to_thread(cursor.fetchmany, CHUNK):
                out = await self._post(f"{self.quality_url}/internal/validate", {
                    "conversations": [{"messages": orjson.loads(m)["messages"]} for _, _, m in part],
                    "threshold": 0.0, "prior_reports": True})
                await asyncio.to_thread(work.offer, [
                    (key, float(result["score"]), -rank_of[parent], parent, with_report(m, result.get("prior_report")))
                    for (key, parent, m), result in zip(part, out["results"], strict=True)])
                await progress("scoring", records, 0)
        await asyncio.to_thread(work.apply_best)


def stored_line(conversation: dict, parent: str) -> bytes:
    """One kept conversation as the merged file stores it (see the module docstring): what
    standardization made of the parent's record, with where it came from instead of its lineage."""
    lineage = conversation["lineage"]
    line: dict = {"messages": [{k: v for k, v in m.items() if v is not None} for m in conversation["messages"]],
                  "original_format": conversation["original_format"]}
    if conversation.get("metadata"):
        line["metadata"] = conversation["metadata"]
    line["merged_from"] = {"dataset_id": parent, "record_index": lineage["record_index"], "part": lineage["part"],
                           **{k: lineage[k] for k in ("record_key", "detector") if lineage.get(k)}}
    return orjson.dumps(line)


def with_report(line: bytes, prior_report: dict | None) -> bytes:
    """A stored line with the quality report its copy was scored with (``"quality"``, a
    ``shared.events.PriorQualityReport``), which a run reuses instead of scoring it again."""
    if not prior_report:
        return line
    return line[:-1] + b',"quality":' + orjson.dumps(prior_report) + b"}"


def _write(work: _WorkFile, partial: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with open(partial, "wb") as fh:
        rows = work.kept_rows()
        while batch := rows.fetchmany(CHUNK):
            for (stored,) in batch:
                line = stored + b"\n"
                digest.update(line)
                size += len(line)
                fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())
    return size, digest.hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
