"""The gateway's side of production datasets: resolving a request's sources, recording the
generation and export requests, and asking production for run exports in other formats.

The gateway *inserts* a generation (``generations``) or an export request
(``generation_exports``) once and sends the command; from then on only the production
instance handling it writes those documents (FerretDB loses concurrent updates to one
document, so there is never a second writer). Which generations and run exports are sensitive:
``shared.visibility``.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiokafka.errors import KafkaError
from faststream.kafka import KafkaBroker

from gateway.repository import GatewayRepository
from shared.events import ExportRun, micros
from shared.http.problems import Problem
from shared.production import GenerationConfig, GenerationSource, export_key, run_export_key, usable
from shared.run_ledger import now
from shared.visibility import pii_policy

def _iso(value: Any) -> str:
    if isinstance(value, datetime):  # aware: the store's client is tz_aware (shared.mongo.make_mongo)
        return value.astimezone(UTC).isoformat()
    return str(value or "")


class Generations:
    def __init__(self, repo: GatewayRepository) -> None:
        self.repo = repo

    # ------------------------------------------------------------------ sources

    async def _completed_run(self, run_id: str) -> dict[str, Any]:
        run = await self.repo.run_config(run_id)
        if run is None:
            raise Problem(404, "run_not_found", "Unknown run", f"no run with id {run_id!r}", run_id=run_id)
        outcome = await self.repo.run_outcome(run_id)
        if outcome is None or outcome.get("status") != "completed":
            status = outcome["status"] if outcome else ("running" if await self.repo.run_started(run_id)
                                                        else "queued")
            raise Problem(409, "run_not_completed", "Run not completed",
                          f"run {run_id} is {status}: only completed runs make production datasets",
                          run_id=run_id, run_status=status)
        return run

    async def _latest_completed_run(self, dataset_id: str) -> dict[str, Any]:
        run = await self.repo.latest_completed_run(dataset_id)
        if run is None:
            raise Problem(409, "dataset_not_processed", "No completed run",
                          f"no completed run includes dataset {dataset_id!r}: run it first", dataset_id=dataset_id)
        return run

    async def resolve(self, config: GenerationConfig) -> list[GenerationSource]:
        """The (run, dataset) pairs the request names, in order, each once; 404 for an unknown
        run or dataset, 409 for a run not completed or a dataset no completed run includes."""
        pairs: list[tuple[dict[str, Any], str]] = []
        for run_id in dict.fromkeys(config.run_ids):
            run = await self._completed_run(run_id)
            pairs += [(run, d) for d in run.get("dataset_ids", [])]
        datasets = await self.repo.datasets(list(config.dataset_ids))
        for dataset_id in dict.fromkeys(config.dataset_ids):
            if dataset_id not in datasets:
                raise Problem(404, "dataset_not_found", "Unknown dataset", f"no dataset with id {dataset_id!r}",
                              missing=[dataset_id])
            pairs.append((await self._latest_completed_run(dataset_id), dataset_id))
        missing = {d for _, d in pairs} - set(datasets)
        if missing:
            datasets.update(await self.repo.datasets(sorted(missing)))
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
        await self.repo.insert_generation(doc)
        return doc

    async def request_export(self, generation_id: str, fmt: str, compression: str) -> tuple[dict[str, Any], bool]:
        """The export request document, and whether this call created it (so the command must
        be sent). A failed request is replaced by a new one."""
        export_id = f"{generation_id}:{export_key(fmt, compression)}"
        doc = {"_id": export_id, "generation_id": generation_id, "format": fmt, "compression": compression,
               "status": "queued", "requested_at": now(), "error": None, "artifacts": []}
        return await self.repo.generation_export_request(doc)


# ---------------------------------------------------------------------- run exports
#
# A run's export in another format or compression, and a partial export, are made by the
# production service (``ExportRun`` on ``production.run-exports.v1``; services/production/
# run_exports.py) beside the run's export, with the outcome in ``run.<run_id>.exports``. The
# gateway records a first request (``queued``) once, sends the command, waits up to
# ``EXPORT_WAIT_S`` for the answer, and streams the finished file; past that, the caller gets
# 202 and polls the status URL (the state as the API shows it: ``shared.production.run_export_view``).

EXPORT_WAIT_S = 5.0  # how long a download waits for production before answering 202
EXPORT_POLL_S = 0.1
PUBLISH_TIMEOUT_S = 5.0
# production's refusals (``reason``) -> HTTP status and title; anything else is a failed write (503)
REFUSALS = {"run_not_found": (404, "Unknown run"), "run_not_completed": (409, "Run not completed"),
            "run_completed": (409, "Run completed"), "export_missing": (404, "Export file missing")}


def refusal(doc: dict[str, Any]) -> Problem:
    reason = doc.get("reason") or "export_failed"
    if reason in REFUSALS:
        status, title = REFUSALS[reason]
        return Problem(status, reason, title, doc.get("error") or reason)
    return Problem(503, "export_failed", "The export could not be written",
                   f"production failed to write it: {(doc.get('error') or 'unknown error')[:500]}; asking again retries",
                   headers={"Retry-After": "5"})


@dataclass(frozen=True)
class RunExportAnswer:
    doc: dict[str, Any] | None
    path: Path | None  # None: production has not finished it yet (answer 202)


class RunExports:
    """Asks production for a run's export variants and partial exports."""

    def __init__(self, repo: GatewayRepository, broker: KafkaBroker, topic: str,
                 wait_s: float = EXPORT_WAIT_S) -> None:
        self.repo, self.broker, self.topic, self.wait_s = repo, broker, topic, wait_s

    async def fetch(self, run_id: str, kind: str, fmt: str = "jsonl", compression: str = "none", *,
                    fresh: bool = True) -> RunExportAnswer:
        """The finished file, or (after a bounded wait) the state of the request. A variant of a
        completed run never changes, so one made earlier is served at once; a partial export is
        made anew for each request (reused by production if the parts did not change), unless
        ``fresh`` is False (the newest snapshot made, if any)."""
        key = run_export_key(kind, fmt, compression)
        doc = await self.repo.run_export(run_id, key)
        if doc is not None and (kind == "variant" or not fresh) and (path := usable(doc)):
            return RunExportAnswer(doc, path)
        if doc is None:
            await self.repo.insert_run_export(run_id, {
                "_id": key, "run_id": run_id, "kind": kind, "format": fmt, "compression": compression,
                "status": "queued", "requested_at": now(), "as_of": 0})
        command = ExportRun(run_id=run_id, producer="gateway", kind=kind, format=fmt, compression=compression)
        try:
            await asyncio.wait_for(self.broker.publish(command, topic=self.topic, key=run_id.encode()),
                                   PUBLISH_TIMEOUT_S)
        except (TimeoutError, KafkaError) as exc:
            raise Problem(503, "service_unavailable", "Kafka is unavailable",
                          f"{type(exc).__name__} asking the production service for the export",
                          headers={"Retry-After": "5"}) from None
        mine = micros(command.occurred_at)
        deadline = time.monotonic() + self.wait_s
        while True:
            doc = await self.repo.run_export(run_id, key)
            if doc is not None and int(doc.get("as_of") or 0) >= mine:  # production answered this request
                if doc.get("status") == "failed":
                    raise refusal(doc)
                if path := usable(doc):
                    return RunExportAnswer(doc, path)
                if doc.get("status") == "completed":
                    raise Problem(404, "export_missing", "Export file missing",
                                  "production wrote the export, but it is not on this gateway's storage")
            elif kind == "variant" and (path := usable(doc)):
                return RunExportAnswer(doc, path)
            if time.monotonic() >= deadline:
                return RunExportAnswer(doc, None)
            await asyncio.sleep(EXPORT_POLL_S)
