"""Production's subscriber: counts validated batches; the last one triggers the export."""

from __future__ import annotations

import logging
import time

from services.production.export import write_jsonl
from services.production.repository import ProductionRepository
from shared import topics
from shared.events import BatchValidated, RunCompleted, StageProgress
from shared.service import ServiceContext

log = logging.getLogger("dp.production")
STAGE = "production"


def register(ctx: ServiceContext) -> None:
    repo = ProductionRepository(ctx.db)
    export_dir = ctx.settings.data_dir / "exports"

    @ctx.broker.subscriber(ctx.topic(topics.BATCH_VALIDATED), group_id=STAGE, auto_offset_reset="earliest",
                           max_partition_fetch_bytes=ctx.settings.max_message_bytes, title="BatchValidated")
    async def on_batch(batch: BatchValidated) -> None:
        started = time.perf_counter()
        if await ctx.ledger.record_batch(batch.run_id, STAGE, batch.batch_index, total_batches=batch.total_batches):
            await ctx.progress(StageProgress(run_id=batch.run_id, producer=STAGE, stage=STAGE,
                                             batch_index=batch.batch_index, counts={}))
        # Checked on every delivery, counted or not: a crash between counting the last batch
        # and completing the run is finished by the redelivery.
        if not await ctx.ledger.is_finished(batch.run_id):
            total = await ctx.ledger.total_batches(batch.run_id)
            if total is not None and await ctx.ledger.batch_count(batch.run_id, STAGE) >= total:
                await complete(batch.run_id)
        ctx.metrics.batch_latency.labels(STAGE).observe(time.perf_counter() - started)

    async def complete(run_id: str) -> None:
        # Deterministic content and an atomic rename: two racing writers write the same file.
        result = await write_jsonl(export_dir / f"{run_id}.jsonl", repo.passing_conversations(run_id))
        export = {"format": "jsonl", "path": str(result.path), "lines": result.lines, "bytes": result.bytes,
                  "sha256": result.sha256}
        if await ctx.ledger.finish(run_id, "completed", {"export": export, "exported": result.lines}):
            ctx.metrics.conversations.labels(STAGE, "exported").inc(result.lines)
            log.info("run %s completed: %d conversations exported to %s", run_id, result.lines, result.path)
            await ctx.progress(RunCompleted(run_id=run_id, producer=STAGE, exported=result.lines,
                                            export_sha256=result.sha256))
