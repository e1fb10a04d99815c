"""One batch publisher for every run acquisition reads: the datasets of a ``StartRun``
(:mod:`services.acquisition.handlers`) and the stored records of a raw-ingest message
(:mod:`services.acquisition.ingest_handlers`) go out the same way, so downstream stages cannot
tell them apart.

For each batch of a run's plan (:func:`services.acquisition.batching.plan_batches`) the
publisher

1. skips a batch the ledger already recorded (a resumed run publishes no batch twice: plans
   are deterministic, so a batch keeps its number);
2. stops when the run has ended (cancelled, failed), or when the caller's ``before`` hook says
   so (a run yielding to higher priority, adaptive back-pressure);
3. publishes ``BatchAcquired`` keyed ``<run_id>:<batch_index>`` (a run's batches spread over
   the topic's partitions; a batch and its redeliveries stay on one);
4. then records the batch in the ledger, insert-once: a crash between 3 and 4 publishes it again
   (at least once) but counts it once; metrics and the progress event follow the count.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass

from services.acquisition.batching import PlannedBatch
from shared import topics
from shared.events import BatchAcquired, QualityOptions, StageProgress, StandardizationOptions, StartRun
from shared.metrics import PipelineMetrics
from shared.run_ledger import RunLedger
from shared.service import ServiceContext

log = logging.getLogger("dp.acquisition")
STAGE = "acquisition"

Send = Callable[[BatchAcquired, bytes], Awaitable[object]]
Before = Callable[[PlannedBatch], Awaitable[bool]]  # False: stop publishing (the run yielded or ended)


@dataclass(frozen=True)
class RunBatches:
    """What every batch event of one run carries besides its records."""

    run_id: str
    quality_threshold: float
    quality: QualityOptions
    standardization: Callable[[str], StandardizationOptions]  # by dataset id (a stored mapping may differ)

    @classmethod
    def of(cls, command: StartRun) -> RunBatches:
        return cls(command.run_id, command.quality_threshold, command.quality, command.standardization_for)


def batch_key(run_id: str, batch_index: int) -> bytes:
    """The Kafka key of a run's batch."""
    return f"{run_id}:{batch_index}".encode()


class BatchPublisher:
    def __init__(self, ledger: RunLedger, send: Send, progress: Callable[[StageProgress], Awaitable[None]],
                 metrics: PipelineMetrics) -> None:
        self.ledger, self.send, self.progress, self.metrics = ledger, send, progress, metrics

    @classmethod
    def of(cls, ctx: ServiceContext) -> BatchPublisher:
        topic = ctx.topic(topics.BATCH_ACQUIRED)

        async def send(event: BatchAcquired, key: bytes) -> None:
            await ctx.broker.publish(event, topic=topic, key=key)

        return cls(ctx.ledger, send, ctx.progress, ctx.metrics)

    async def publish_run(self, run: RunBatches, plan: Iterator[PlannedBatch], before: Before | None = None) -> bool:
        """Publish the plan's batches the ledger has not recorded. True when the plan was
        published to its end; False when it stopped early (the run ended, or ``before`` said so).
        Reading errors of the plan (``UnreadableDataset``) reach the caller."""
        published = await self.ledger.recorded_batches(run.run_id, STAGE)
        if published:
            log.info("run %s resumes after batch %d: %d batches already recorded are not published again",
                     run.run_id, max(published), len(published))
        while True:
            # File reading is blocking: keep it off the event loop so heartbeats go on.
            batch = await asyncio.to_thread(next, plan, None)
            if batch is None:
                return True
            if batch.batch_index in published:
                continue
            if await self.ledger.is_finished(run.run_id):
                log.info("run %s ended (cancelled?) at batch %d", run.run_id, batch.batch_index)
                return False
            if before is not None and not await before(batch):
                return False
            await self.publish(run, batch)

    async def publish(self, run: RunBatches, batch: PlannedBatch) -> bool:
        """Publish one batch, then count it once; True if this call counted it."""
        started = time.perf_counter()
        total = batch.batch_index + 1 if batch.is_last else None
        source = batch.source
        await self.send(BatchAcquired(
            run_id=run.run_id, producer=STAGE, batch_index=batch.batch_index, total_batches=total,
            quality_threshold=run.quality_threshold, dataset_id=source.dataset_id, source_name=source.name,
            source_sha256=source.sha256, file_format=batch.file_format, records=batch.records,
            standardization=run.standardization(source.dataset_id), quality=run.quality,
            stored_conversations=source.stored_conversations,
        ), batch_key(run.run_id, batch.batch_index))
        counts = {"records_in": len(batch.records)}
        counted = await self.ledger.record_batch(run.run_id, STAGE, batch.batch_index, counts, total_batches=total,
                                                 dataset_id=source.dataset_id,
                                                 extra={"records_estimate": batch.estimated_records})
        if counted:
            self.metrics.records.labels(STAGE, "read").inc(len(batch.records))
            await self.progress(StageProgress(run_id=run.run_id, producer=STAGE, stage=STAGE,
                                              batch_index=batch.batch_index, counts=counts))
        self.metrics.batch_latency.labels(STAGE).observe(time.perf_counter() - started)
        return counted
