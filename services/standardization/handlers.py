"""Standardization's subscriber: raw batch in, conversation batch out."""

from __future__ import annotations

import time

from services.standardization.converters import ConvertOptions
from services.standardization.repository import StandardizationRepository
from services.standardization.standardize import standardize_records
from services.standardization.stored import take_stored
from shared import topics
from shared.broker import model_decoder
from shared.events import BatchAcquired, BatchStandardized, StageProgress
from shared.service import ServiceContext

STAGE = "standardization"


def register(ctx: ServiceContext) -> None:
    repo = StandardizationRepository(ctx.db)
    out = ctx.broker.publisher(
        ctx.topic(topics.BATCH_STANDARDIZED), title="BatchStandardized", schema=BatchStandardized,
        description="Conversations converted from one raw batch, with its reject count",
    )

    @ctx.broker.subscriber(ctx.topic(topics.BATCH_ACQUIRED), group_id=STAGE, auto_offset_reset="earliest",
                           max_partition_fetch_bytes=ctx.settings.max_message_bytes, title="BatchAcquired",
                           decoder=model_decoder(BatchAcquired, via_orjson=True))
    async def on_batch(batch: BatchAcquired) -> None:
        started = time.perf_counter()
        if await ctx.ledger.is_finished(batch.run_id):  # cancelled or failed: no more work
            return
        opts = batch.standardization
        if batch.stored_conversations:  # a merge's output: standardized once already, by the merge
            result = take_stored(batch.records, dataset_id=batch.dataset_id, source_name=batch.source_name,
                                 source_sha256=batch.source_sha256)
        else:
            result = standardize_records(
                batch.records, dataset_id=batch.dataset_id, source_name=batch.source_name,
                source_sha256=batch.source_sha256, forced_format=opts.format,
                options=ConvertOptions(roles=opts.roles, columns=opts.columns), alternation=opts.alternation,
                mapping=opts.mapping,
            )
        await repo.store_rejects(batch.run_id, batch.dataset_id, result.rejects)
        await out.publish(
            BatchStandardized(**batch.header(), producer=STAGE, conversations=result.conversations,
                              records_in=len(batch.records), records_converted=result.records_converted,
                              rejected=len(result.rejects), formats=dict(result.formats),
                              reject_reasons=dict(result.reject_reasons), prior_reports=result.prior_reports),
            key=f"{batch.run_id}:{batch.batch_index}".encode(),
        )
        counts = {"conversations": len(result.conversations), "rejected": len(result.rejects),
                  "records_converted": result.records_converted}
        if await ctx.ledger.record_batch(batch.run_id, STAGE, batch.batch_index, counts,
                                         breakdown={"formats": dict(result.formats),
                                                    "reject_reasons": dict(result.reject_reasons)},
                                         dataset_id=batch.dataset_id):
            ctx.metrics.records.labels(STAGE, "converted").inc(result.records_converted)
            ctx.metrics.records.labels(STAGE, "rejected").inc(len(result.rejects))
            ctx.metrics.conversations.labels(STAGE, "converted").inc(len(result.conversations))
            for r in result.rejects:
                ctx.metrics.rejects.labels(r.reason).inc()
            await ctx.progress(StageProgress(run_id=batch.run_id, producer=STAGE, stage=STAGE,
                                             batch_index=batch.batch_index, counts=counts))
        ctx.metrics.batch_latency.labels(STAGE).observe(time.perf_counter() - started)

    async def send_on_empty(batch: BatchAcquired) -> None:
        """After giving up on a batch: an empty one with ``failed_stage``, so later stages count it."""
        await out.publish(BatchStandardized(**{**batch.header(), "failed_stage": STAGE}, producer=STAGE,
                                            conversations=[], records_in=len(batch.records), records_converted=0,
                                            rejected=0),
                          key=f"{batch.run_id}:{batch.batch_index}".encode())

    async def give_up(letter) -> bool:
        if letter.topic != ctx.topic(topics.BATCH_ACQUIRED):
            return False
        return await ctx.give_up_batch(letter, BatchAcquired, send_on_empty, records=lambda b: len(b.records))

    ctx.give_up = give_up
