"""The work behind ``production.run-exports.v1``: a run's export in another format or
compression, or a partial export of a run that has not completed (files: :mod:`variants`).

State: one document per run and export (``run.<run_id>.exports``, id ``csv.gzip``,
``parquet.none``, ... or ``partial``). The gateway inserts it once (``queued``) before its first
command; after that only production writes it (commands are keyed by run id: one partition, one
instance, one command at a time). ``as_of`` is the newest ``occurred_at`` (microseconds since
the epoch) of the commands it has answered, so a caller knows when *its* request was answered;
``writes`` counts the files actually written (a reused file adds nothing). A failure records a
``reason`` the gateway turns into a problem document (``run_not_found`` 404,
``run_not_completed`` / ``run_completed`` 409, ``export_missing`` 404, ``export_failed`` 503).
A partial export keeps its last finished snapshot's fields while a newer one is written.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from services.production import variants
from services.production.repository import ProductionRepository
from shared.events import ExportRun, micros
from shared.run_ledger import RunLedger

log = logging.getLogger("dp.production.exports")


def now() -> datetime:
    return datetime.now(UTC)


class Refused(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class RunExporter:
    def __init__(self, repo: ProductionRepository, ledger: RunLedger, export_dir: Path, instance: str) -> None:
        self.repo, self.ledger, self.export_dir, self.instance = repo, ledger, export_dir, instance

    async def handle(self, command: ExportRun) -> dict[str, Any]:
        """Answer one command: write (or reuse) the file, record the outcome; returns the fields
        recorded. Never raises for a refusal or a failed write: both are recorded."""
        run_id, key = command.run_id, command.key
        doc = await self.repo.run_export(run_id, key) or {}
        base = {"run_id": run_id, "kind": command.kind, "format": command.format if command.kind == "variant"
                else "jsonl", "compression": command.compression if command.kind == "variant" else "none"}

        async def started() -> None:
            await self.repo.set_run_export(run_id, key, {**base, "status": "running", "started_at": now(),
                                                         "instance": self.instance})

        written = False
        try:
            if command.kind == "variant":
                result = await self._variant(command, started)
            else:
                result = await self._partial(command, started)
            written = result.written
            fields: dict[str, Any] = {"status": "completed", "reason": None, "error": None, **result.fields()}
            if written:
                fields["written_at"] = now()
            if command.kind == "partial":
                fields["total_batches"] = await self.ledger.total_batches(run_id)
        except Refused as exc:
            fields = {"status": "failed", "reason": exc.reason, "error": str(exc)}
        except Exception as exc:  # noqa: BLE001 - any failure ends the request visibly
            log.exception("run %s: export %s failed", run_id, key)
            fields = {"status": "failed", "reason": "export_failed", "error": f"{type(exc).__name__}: {exc}"[:2000]}
        fields.update(base, finished_at=now(), instance=self.instance,
                      as_of=max(int(doc.get("as_of") or 0), micros(command.occurred_at)))
        await self.repo.set_run_export(run_id, key, fields, inc={"writes": 1} if written else None)
        if fields["status"] == "completed":
            log.info("run %s: export %s %s (%d bytes)", run_id, key, "written" if written else "reused",
                     fields["bytes"])
        return fields

    async def _status(self, run_id: str) -> tuple[str, dict[str, Any] | None]:
        outcome = await self.ledger.outcome(run_id)
        if outcome is not None:
            return outcome["status"], outcome
        if await self.ledger.config(run_id) is None:
            raise Refused("run_not_found", f"no run with id {run_id!r}")
        return "running", None

    async def _variant(self, command: ExportRun, started) -> variants.VariantFile:
        run_id = command.run_id
        status, outcome = await self._status(run_id)
        if status != "completed" or not (outcome or {}).get("export"):
            raise Refused("run_not_completed", f"the run is {status}: only a completed run has an export")
        export = outcome["export"]
        path = Path(export["path"])
        found = await asyncio.to_thread(variants.existing_variant, self.export_dir, run_id, command.format,
                                        command.compression, export["sha256"])
        if found:
            return found
        if not path.is_file():
            raise Refused("export_missing", f"the run's export {path.name} is not on production's storage")
        await started()
        return await asyncio.to_thread(variants.write_variant, self.export_dir, path, run_id, command.format,
                                       command.compression, export.get("template", "openai"), export["sha256"])

    async def _partial(self, command: ExportRun, started) -> variants.PartialFile:
        run_id = command.run_id
        status, _ = await self._status(run_id)
        if status == "completed":
            raise Refused("run_completed", "the run completed: its export is at /export")
        await started()
        try:
            snapshot = await asyncio.to_thread(variants.write_partial, self.export_dir, run_id)
        except variants.PartsGone:
            snapshot = None
        status, _ = await self._status(run_id)
        if snapshot is None or status == "completed":  # its parts went with the completion
            raise Refused("run_completed", "the run completed: its export is at /export")
        return snapshot
