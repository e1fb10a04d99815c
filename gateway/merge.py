"""Merging datasets into a new one (``POST /api/v1/pipeline/merge``).

Every record of every parent is standardized (by the standardization service, in batches of
500, the same code a run uses), and the conversations are written as one JSONL file of
``{"messages": [...]}`` lines: a dataset like any other, which runs then read.

The *same conversation* is one whose user turns are equal after case folding and whitespace
collapsing (answers may differ: that is what a newer or better version of a dataset changes).
When it comes from several parents, the conflict policy keeps one:

- ``first``: the parent listed first in the request;
- ``newest``: the parent registered most recently;
- ``highest_quality``: the copy the quality service scores highest (ties: listed first).

Records that do not convert are counted by reason in the merged dataset's ``merge`` field
(the parents keep them: nothing is deleted). Progress is written to the dataset document by
the one task that runs the merge, so it can be polled with ``GET /api/v1/datasets/{id}``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import Counter
from itertools import islice
from pathlib import Path
from typing import Any, Literal

import httpx
import orjson

from services.acquisition.reading import detect_file_format, iter_records
from shared.conversation import conversation_key
from shared.run_ledger import now

log = logging.getLogger("dp.gateway.merge")
ConflictPolicy = Literal["first", "newest", "highest_quality"]
CHUNK = 500


class MergeError(Exception):
    pass


class Merger:
    def __init__(self, *, http: httpx.AsyncClient, standardization_url: str, quality_url: str, timeout_s: float,
                 datasets) -> None:
        self.http, self.std_url, self.quality_url, self.timeout = http, standardization_url, quality_url, timeout_s
        self.datasets = datasets  # the MongoDB collection

    async def _post(self, url: str, payload: dict) -> dict:
        r = await self.http.post(url, json=payload, timeout=self.timeout)
        if r.status_code != 200:
            raise MergeError(f"{url.rsplit('/', 1)[-1]} answered {r.status_code}")
        return r.json()

    async def run(self, merged: dict, parents: list[dict], policy: ConflictPolicy) -> None:
        try:
            await self._run(merged, parents, policy)
        except Exception as exc:  # noqa: BLE001 - any failure ends the merge visibly
            log.exception("merge %s failed", merged["_id"])
            await self.datasets.update_one({"_id": merged["_id"]}, {"$set": {
                "status": "failed", "error": f"{type(exc).__name__}: {exc}"[:500], "finished_at": now()}})

    async def _run(self, merged: dict, parents: list[dict], policy: ConflictPolicy) -> None:
        rank_of = {p["_id"]: i for i, p in enumerate(parents)}
        if policy == "newest":
            by_age = sorted(parents, key=lambda p: p["created_at"], reverse=True)
            rank_of = {p["_id"]: i for i, p in enumerate(by_age)}
        kept: dict[str, tuple[int, list[dict], str]] = {}  # key -> (rank, messages, parent)
        candidates: dict[str, list[tuple[list[dict], str]]] = {}  # every copy, for highest_quality
        reasons: Counter[str] = Counter()
        records = conversations = 0
        for parent in parents:
            path = Path(parent["path"])
            fmt = await asyncio.to_thread(detect_file_format, path, parent.get("declared_format"))
            it = iter_records(path, fmt)
            while chunk := await asyncio.to_thread(lambda: list(islice(it, CHUNK))):
                out = await self._post(f"{self.std_url}/internal/standardize",
                                       {"records": [r.data for r in chunk], "dataset_id": parent["_id"],
                                        "source_name": parent["name"]})
                records += len(chunk)
                for result in out["results"]:
                    if result["status"] != "converted":
                        reasons[result.get("reason") or "unknown"] += 1
                        continue
                    for conv in result["conversations"]:
                        conversations += 1
                        messages = [{"role": m["role"], "content": m["content"]} for m in conv["messages"]]
                        key = conversation_key(messages)
                        rank = rank_of[parent["_id"]]
                        if policy == "highest_quality":
                            candidates.setdefault(key, []).append((messages, parent["_id"]))
                        if key not in kept or rank < kept[key][0]:
                            kept[key] = (rank, messages, parent["_id"])
                await self.datasets.update_one({"_id": merged["_id"]}, {"$set": {
                    "merge.records_read": records, "merge.current_parent": parent["_id"]}})
        if policy == "highest_quality":
            await self._pick_best(kept, candidates, rank_of)
        conflicts = conversations - len(kept)
        target = Path(merged["path"])
        size, sha = await asyncio.to_thread(_write, target, [v[1] for v in kept.values()])
        per_parent = Counter(v[2] for v in kept.values())
        await self.datasets.update_one({"_id": merged["_id"]}, {"$set": {
            "status": "ready", "bytes": size, "sha256": sha, "finished_at": now(),
            "merge.records_read": records, "merge.conversations_in": conversations,
            "merge.conversations_out": len(kept), "merge.conflicts_resolved": conflicts,
            "merge.kept_by_parent": {p["_id"]: per_parent.get(p["_id"], 0) for p in parents},
            "merge.reject_reasons": dict(reasons)}})

    async def _pick_best(self, kept, candidates, rank_of) -> None:
        """Score the copies of each contested conversation. Copies are scored in lanes (the
        j-th copy of every key together) so that no request holds two copies of one
        conversation: quality's duplicate detection would mark the later one down."""
        contested = {key: copies for key, copies in candidates.items() if len(copies) > 1}
        lanes: dict[int, list[tuple[str, list[dict], str]]] = {}
        for key, copies in contested.items():
            for j, (messages, parent) in enumerate(copies):
                lanes.setdefault(j, []).append((key, messages, parent))
        best: dict[str, tuple[float, int]] = {}
        for lane in lanes.values():
            for start in range(0, len(lane), CHUNK):
                part = lane[start:start + CHUNK]
                out = await self._post(f"{self.quality_url}/internal/validate", {
                    "conversations": [{"messages": m} for _, m, _ in part], "threshold": 0.0})
                for (key, messages, parent), result in zip(part, out["results"]):
                    score = (result["score"], -rank_of[parent])
                    if key not in best or score > best[key]:
                        best[key] = score
                        kept[key] = (rank_of[parent], messages, parent)


def _write(target: Path, conversations: list[list[dict]]) -> tuple[int, str]:
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, size = hashlib.sha256(), 0
    partial = target.with_suffix(".partial")
    with open(partial, "wb") as fh:
        for messages in conversations:
            line = orjson.dumps({"messages": messages}) + b"\n"
            digest.update(line)
            size += len(line)
            fh.write(line)
    partial.replace(target)  # a reader sees the whole file or none
    return size, digest.hexdigest()
