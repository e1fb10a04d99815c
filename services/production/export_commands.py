"""Production's third subscriber: a run's export in another format or compression, or a
partial export (``production.run-exports.v1``, consumer group ``production-exports``), keyed by
run id so one instance answers a run's export commands one after another.

A topic and group of their own: a generation (``production.requests.v1``) can take minutes, and
a small export asked for over REST must not wait behind it.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError
from pymongo.errors import PyMongoError

from services.production.repository import ProductionRepository
from services.production.run_exports import RunExporter, now
from services.production.settings import ProductionSettings
from shared import topics
from shared.events import ExportRun
from shared.heartbeat import instance_id
from shared.service import ServiceContext

GROUP = "production-exports"
log = logging.getLogger("dp.production.exports")


def register(ctx: ServiceContext) -> None:
    settings = ctx.settings
    assert isinstance(settings, ProductionSettings)
    repo = ProductionRepository(ctx.db)
    exporter = RunExporter(repo, ctx.ledger, settings.data_dir / "exports", instance_id("production"))
    run_give_up = ctx.give_up

    async def give_up(letter) -> bool:
        """An export command that kept failing (the store unreachable, say) fails that export,
        never its run: a dead letter's run would otherwise be marked failed."""
        if letter.topic != ctx.topic(topics.RUN_EXPORTS):
            return await run_give_up(letter) if run_give_up else False
        try:
            command = ExportRun.model_validate_json(letter.payload)
            await repo.set_run_export(command.run_id, command.key, {
                "status": "failed", "reason": "export_failed", "finished_at": now(),
                "error": f"gave up after retries: {letter.error}"[:2000]})
        except (ValidationError, PyMongoError) as exc:
            log.error("could not record the failed export %s: %s", letter.run_id, exc)
        return True

    ctx.give_up = give_up

    @ctx.broker.subscriber(ctx.topic(topics.RUN_EXPORTS), group_id=GROUP, auto_offset_reset="earliest",
                           max_poll_interval_ms=settings.request_max_poll_interval_ms,
                           max_partition_fetch_bytes=settings.max_message_bytes, title="RunExports")
    async def on_export(command: ExportRun) -> None:
        await exporter.handle(command)
