"""Quality's subscriber: conversation batch in, scored (and, by policy, redacted)
conversations with verdicts and dedup signatures out.

Stateless: any number of replicas share the partitions of the input topic. A conversation a
merge scored comes with its report (``BatchStandardized.prior_reports``): taken as is when it
was made with the run's fingerprint (``services.quality.reuse``), counted as ``reused_reports``
in the batch's summary. Duplicates are
resolved over the whole run by production (``shared.dedup``)."""

from __future__ import annotations

import asyncio
import time

from services.quality.assessor import Assessor
from services.quality.repository import QualityRepository, scored_lines
from services.quality.summary import summarize
from shared import dedup, topics
from shared.broker import model_decoder
from shared.events import BatchStandardized, BatchValidated, StageProgress
from shared.service import ServiceContext

STAGE = "quality"


def register(ctx: ServiceContext) -> None:
    repo = QualityRepository(ctx.db)
    assessor = Assessor(ctx.settings.max_turn_chars, ctx.settings.min_conversation_chars)
    out = ctx.broker.publisher(
        ctx.topic(topics.BATCH_VALIDATED), title="BatchValidated", schema=BatchValidated,
        description="Scored conversations of one batch (redacted by policy), with a verdict and a dedup signature each",
    )

    @ctx.broker.subscriber(ctx.topic(topics.BATCH_STANDARDIZED), group_id=STAGE, auto_offset_reset="earliest",
                           max_partition_fetch_bytes=ctx.settings.max_message_bytes, title="BatchStandardized",
                           decoder=model_decoder(BatchStandardized), max_workers=ctx.settings.consumers)
    async def on_batch(batch: BatchStandardized) -> None:
        started = time.perf_counter()
        if await ctx.ledger.is_finished(batch.run_id):  # cancelled or failed: no more work
            return
        assessed, sigs = assessor.assess_batch(batch.conversations, batch.quality, batch.quality_threshold,
                                               prior=batch.prior_reports)
        verdicts = [v for _, _, v in assessed]
        passed = sum(v.passed for v in verdicts)
        reused = sum(r.reused for _, r, _ in assessed)  # taken from a merge's prior reports, not assessed
        await asyncio.gather(
            repo.store(batch.run_id, batch.batch_index, batch.dataset_id, batch.quality.pii_policy,
                       scored_lines(assessed), passed),
            repo.add_summary(batch.run_id, batch.batch_index, batch.dataset_id,
                             {**summarize((r, v) for _, r, v in assessed), "reused_reports": reused}),
        )
        await out.publish(BatchValidated(**batch.header(), producer=STAGE, conversations=[c for c, _, _ in assessed],
                                         verdicts=verdicts, signatures=dedup.encode(sigs) if len(sigs) else None),
                          key=f"{batch.run_id}:{batch.batch_index}".encode())
        counts = {"validated": len(verdicts), "passed": passed}
        flags: dict[str, int] = {}
        for v in verdicts:
            for f in v.flags:
                flags[f] = flags.get(f, 0) + 1
        if await ctx.ledger.record_batch(batch.run_id, STAGE, batch.batch_index, counts,
                                         breakdown={"quality_flags": flags}, dataset_id=batch.dataset_id):
            ctx.metrics.conversations.labels(STAGE, "passed").inc(passed)
            ctx.metrics.conversations.labels(STAGE, "below_threshold").inc(len(verdicts) - passed)
            for v in verdicts:
                ctx.metrics.quality_score.observe(v.score)
            await ctx.progress(StageProgress(run_id=batch.run_id, producer=STAGE, stage=STAGE,
                                             batch_index=batch.batch_index, counts=counts))
        ctx.metrics.batch_latency.labels(STAGE).observe(time.perf_counter() - started)

    async def send_on_empty(batch: BatchStandardized) -> None:
        """After giving up on a batch: an empty one with ``failed_stage``, so production counts it."""
        await out.publish(BatchValidated(**{**batch.header(), "failed_stage": STAGE}, producer=STAGE,
                                         conversations=[], verdicts=[]),
                          key=f"{batch.run_id}:{batch.batch_index}".encode())

    async def give_up(letter) -> bool:
        if letter.topic != ctx.topic(topics.BATCH_STANDARDIZED):
            return False
        return await ctx.give_up_batch(letter, BatchStandardized, send_on_empty, records=lambda b: b.records_in)

    ctx.give_up = give_up
