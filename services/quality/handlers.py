"""Quality's subscriber: conversation batch in, verdicts out."""

from __future__ import annotations

import time

from services.quality.checks import default_checks
from services.quality.repository import QualityRepository
from services.quality.scoring import score_conversation
from shared import topics
from shared.events import BatchStandardized, BatchValidated, ConversationVerdict, StageProgress
from shared.service import ServiceContext

STAGE = "quality"


def register(ctx: ServiceContext) -> None:
    repo = QualityRepository(ctx.db)
    checks = default_checks(ctx.settings.max_turn_chars, ctx.settings.min_conversation_chars)
    out = ctx.broker.publisher(
        ctx.topic(topics.BATCH_VALIDATED), title="BatchValidated", schema=BatchValidated,
        description="Score and flags of every conversation of one batch",
    )

    @ctx.broker.subscriber(ctx.topic(topics.BATCH_STANDARDIZED), group_id=STAGE, auto_offset_reset="earliest",
                           max_partition_fetch_bytes=ctx.settings.max_message_bytes, title="BatchStandardized")
    async def on_batch(batch: BatchStandardized) -> None:
        started = time.perf_counter()
        if await ctx.ledger.is_finished(batch.run_id):  # cancelled or failed: no more work
            return
        scored = [(c, score_conversation(c, checks)) for c in batch.conversations]
        await repo.store(batch.run_id, batch.quality_threshold, scored)
        verdicts = [
            ConversationVerdict(id=c.id, score=r.score, passed=r.score >= batch.quality_threshold, flags=r.flags)
            for c, r in scored
        ]
        await out.publish(BatchValidated(**batch.header(), producer=STAGE, conversations=batch.conversations,
                                         verdicts=verdicts),
                          key=f"{batch.run_id}:{batch.batch_index}".encode())
        passed = sum(v.passed for v in verdicts)
        counts = {"validated": len(verdicts), "passed": passed}
        if await ctx.ledger.record_batch(batch.run_id, STAGE, batch.batch_index, counts):
            ctx.metrics.conversations.labels(STAGE, "passed").inc(passed)
            ctx.metrics.conversations.labels(STAGE, "below_threshold").inc(len(verdicts) - passed)
            for v in verdicts:
                ctx.metrics.quality_score.observe(v.score)
            await ctx.progress(StageProgress(run_id=batch.run_id, producer=STAGE, stage=STAGE,
                                             batch_index=batch.batch_index, counts=counts))
        ctx.metrics.batch_latency.labels(STAGE).observe(time.perf_counter() - started)
