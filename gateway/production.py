"""The gateway's side of production datasets: resolving a request's sources, recording the
generation and export requests, and serving run exports in other formats.

The gateway *inserts* a generation (``generations``) or an export request
(``generation_exports``) once and sends the command; from then on only the production
instance handling it writes those documents (FerretDB loses concurrent updates to one
document, so there is never a second writer).

Sensitivity: a generation is sensitive when any of its conversations comes from a run with
``pii_policy: flag`` or carries personal data the quality stage found and left in place. The
detector's recall is below 1, so every conversation of a ``flag`` run counts as sensitive,
found or not; the same rule makes the raw export of a ``flag`` run sensitive. Sensitive
data needs the ``data:sensitive`` scope (editor, admin).
"""

from __future__ import annotations

import asyncio
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from pymongo.asynchronous.database import AsyncDatabase
from pymongo.errors import DuplicateKeyError

from gateway.problems import Problem
from shared.production import COMPRESSION_SUFFIX, EXTENSIONS, GenerationConfig, GenerationSource, export_key
from shared.run_ledger import RunLedger
from shared.writers import iter_jsonl, record_schema, write_records

SENSITIVE_SCOPE = "data:sensitive"


def now() -> datetime:
    return datetime.now(UTC)


def _iso(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    return str(value or "")


def pii_policy(run: dict[str, Any]) -> str:
    return ((run.get("quality") or {}).get("pii_policy")) or "redact"


class Generations:
    def __init__(self, db: AsyncDatabase) -> None:
        self.db = db
        self.ledger = RunLedger(db)

    # ------------------------------------------------------------------ sources

    async def _completed_run(self, run_id: str) -> dict[str, Any]:
        run = await self.ledger.config(run_id)
        if run is None:
            raise Problem(404, "run_not_found", "Unknown run", f"no run with id {run_id!r}", run_id=run_id)
        outcome = await self.ledger.outcome(run_id)
        if outcome is None or outcome.get("status") != "completed":
            status = outcome["status"] if outcome else ("running" if await self.db.run_marks.find_one(
                {"_id": f"{run_id}:started"}) else "queued")
            raise Problem(409, "run_not_completed", "Run not completed",
                          f"run {run_id} is {status}: only completed runs make production datasets",
                          run_id=run_id, run_status=status)
        return run

    async def _latest_completed_run(self, dataset_id: str) -> dict[str, Any]:
        runs = await self.db.runs.find({"dataset_ids": dataset_id}).sort(
            [("created_at", -1), ("_id", -1)]).limit(200).to_list()
        if runs:
            marks = {m["run_id"]: m async for m in self.db.run_marks.find(
                {"_id": {"$in": [f"{r['_id']}:terminal" for r in runs]}}, {"run_id": 1, "status": 1})}
            for run in runs:
                if (marks.get(run["_id"]) or {}).get("status") == "completed":
                    return run
        raise Problem(409, "dataset_not_processed", "No completed run",
                      f"no completed run includes dataset {dataset_id!r}: run it first", dataset_id=dataset_id)

    async def resolve(self, config: GenerationConfig) -> list[GenerationSource]:
        """The (run, dataset) pairs the request names, in order, each once; 404 for an unknown
        run or dataset, 409 for a run not completed or a dataset no completed run includes."""
        pairs: list[tuple[dict[str, Any], str]] = []
        for run_id in dict.fromkeys(config.run_ids):
            run = await self._completed_run(run_id)
            pairs += [(run, d) for d in run.get("dataset_ids", [])]
        datasets = {d["_id"]: d async for d in self.db.datasets.find({"_id": {"$in": list(config.dataset_ids)}})}
        for dataset_id in dict.fromkeys(config.dataset_ids):
            if dataset_id not in datasets:
                raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {dataset_id!r}",
                              missing=[dataset_id])
            pairs.append((await self._latest_completed_run(dataset_id), dataset_id))
        missing = {d for _, d in pairs} - set(datasets)
        if missing:
            datasets.update({d["_id"]: d async for d in self.db.datasets.find({"_id": {"$in": sorted(missing)}})})
        wanted = set(config.filters.sources)
        sources: list[GenerationSource] = []
        seen: set[tuple[str, str]] = set()
        for run, dataset_id in pairs:
            if (run["_id"], dataset_id) in seen or (wanted and dataset_id not in wanted):
                continue
            seen.add((run["_id"], dataset_id))
            dataset = datasets.get(dataset_id) or {}
            sources.append(GenerationSource(
                run_id=run["_id"], dataset_id=dataset_id, rank=len(sources), dataset_name=str(dataset.get("name", "")),
                dataset_created_at=_iso(dataset.get("created_at")), run_created_at=_iso(run.get("created_at")),
                pii_policy=pii_policy(run)))
        if not sources:
            raise Problem(422, "no_matching_sources", "No sources",
                          "filters.sources leaves none of the named runs' datasets")
        return sources

    # ------------------------------------------------------------------ documents

    async def create(self, generation_id: str, config: GenerationConfig, sources: list[GenerationSource],
                     created_by: str) -> dict[str, Any]:
        doc = {"_id": generation_id, "status": "queued", "config": config.model_dump(mode="json"),
               "sources": [s.model_dump() for s in sources], "created_at": now(), "created_by": created_by,
               "progress": {"phase": "queued", "processed": 0, "total": 0}}
        await self.db.generations.insert_one(doc)
        return doc

    async def get(self, generation_id: str) -> dict[str, Any] | None:
        return await self.db.generations.find_one({"_id": generation_id})

    async def exports(self, generation_id: str, keys: list[str]) -> list[dict[str, Any]]:
        ids = [f"{generation_id}:{k}" for k in keys]
        return await self.db.generation_exports.find({"_id": {"$in": ids}}).to_list()

    async def request_export(self, generation_id: str, fmt: str, compression: str) -> tuple[dict[str, Any], bool]:
        """The export request document, and whether this call created it (so the command must
        be sent). A failed request is replaced by a new one."""
        export_id = f"{generation_id}:{export_key(fmt, compression)}"
        doc = {"_id": export_id, "generation_id": generation_id, "format": fmt, "compression": compression,
               "status": "queued", "requested_at": now(), "error": None, "artifacts": []}
        try:
            await self.db.generation_exports.insert_one(doc)
            return doc, True
        except DuplicateKeyError:
            existing = await self.db.generation_exports.find_one({"_id": export_id}) or doc
        if existing.get("status") == "failed":
            replaced = await self.db.generation_exports.find_one_and_replace(
                {"_id": export_id, "status": "failed"}, doc)
            if replaced is not None:
                return doc, True
            existing = await self.db.generation_exports.find_one({"_id": export_id}) or doc
        return existing, False


def is_sensitive(generation: dict[str, Any]) -> bool:
    """Known once the generation is completed; until then it counts as sensitive."""
    return generation.get("status") != "completed" or bool(generation.get("sensitive"))


# ---------------------------------------------------------------------- run exports


def run_variant(export_path: Path, run_id: str, fmt: str, compression: str, template: str) -> dict[str, Any]:
    """A run's export (JSONL) in another format or compression, written once next to it and
    reused (``.variants/<run>.<ext>`` with a ``.json`` sidecar holding its size and SHA-256,
    written after the file, so a sidecar always describes a whole file). Blocking."""
    folder = export_path.parent / ".variants"
    name = f"{run_id}{EXTENSIONS[fmt]}{COMPRESSION_SUFFIX[compression]}"
    target = folder / name
    sidecar = folder / f"{name}.meta.json"
    if sidecar.is_file() and target.is_file():
        meta = orjson.loads(sidecar.read_bytes())
        if meta.get("bytes") == target.stat().st_size:
            return {"path": target, **meta}
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{name}.{os.getpid()}.{id(target)}.tmp"
    try:
        with open(export_path, "rb") as src, open(tmp, "wb") as out:
            written = write_records(out, iter_jsonl(src), fmt, compression, record_schema(template))
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    meta = {"name": name, "bytes": written.bytes, "sha256": written.sha256, "records": written.records}
    side_tmp = folder / f".{name}.meta.{os.getpid()}.tmp"
    side_tmp.write_bytes(orjson.dumps(meta))
    os.replace(side_tmp, sidecar)
    return {"path": target, **meta}


async def run_variant_async(export_path: Path, run_id: str, fmt: str, compression: str, template: str
                            ) -> dict[str, Any]:
    return await asyncio.to_thread(run_variant, export_path, run_id, fmt, compression, template)
