"""Production's third subscriber: a run's export in another format or compression, or a
partial export (``production.run-exports.v1``, consumer group ``production-exports``), keyed by
run id so one instance answers a run's export commands one after another.

A topic and group of their own: a generation (``production.requests.v1``) can take minutes, and
a small export asked for over REST must not wait behind it.
"""

from __future__ import annotations

from services.production.repository import ProductionRepository
from services.production.run_exports import RunExporter
from services.production.settings import ProductionSettings
from shared import topics
from shared.events import ExportRun
from shared.heartbeat import instance_id
from shared.service import ServiceContext

GROUP = "production-exports"


def register(ctx: ServiceContext) -> None:
    settings = ctx.settings
    assert isinstance(settings, ProductionSettings)
    exporter = RunExporter(ProductionRepository(ctx.db), ctx.ledger, settings.data_dir / "exports",
                           instance_id("production"))

    @ctx.broker.subscriber(ctx.topic(topics.RUN_EXPORTS), group_id=GROUP, auto_offset_reset="earliest",
                           max_poll_interval_ms=settings.request_max_poll_interval_ms,
                           max_partition_fetch_bytes=settings.max_message_bytes, title="RunExports")
    async def on_export(command: ExportRun) -> None:
        await exporter.handle(command)
