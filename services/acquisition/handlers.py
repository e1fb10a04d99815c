"""Acquisition's subscribers: thin, typed, registered in one place."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Annotated

from pydantic import Field

from services.acquisition.batching import PlannedBatch, plan_batches
from services.acquisition.publisher import BatchPublisher, RunBatches
from services.acquisition.readers import UnreadableDataset
from services.acquisition.repository import AcquisitionRepository
from shared import topics
from shared.events import CancelRun, RunFailed, StageProgress, StartRun
from shared.service import ServiceContext

log = logging.getLogger("dp.acquisition")
STAGE = "acquisition"

Command = Annotated[StartRun | CancelRun, Field(discriminator="command")]


def register(ctx: ServiceContext) -> None:
    repo = AcquisitionRepository(ctx.db)
    commands_out = ctx.broker.publisher(ctx.topic(topics.COMMANDS), title="PipelineCommands (requeue)",
                                        schema=StartRun, description="a run that yields to higher priority")
    batches = BatchPublisher.of(ctx)

    @ctx.broker.subscriber(
        ctx.topic(topics.COMMANDS),
        group_id="acquisition",
        auto_offset_reset="earliest",
        max_poll_interval_ms=ctx.settings.max_poll_interval_ms,
        title="PipelineCommands",
    )
    async def on_command(command: Command) -> None:
        if isinstance(command, CancelRun):
            # The gateway has already marked the run cancelled; reading loops check it per batch.
            log.info("run %s: cancel received", command.run_id)
            return
        await start_run(command)

    async def start_run(cmd: StartRun) -> None:
        # Runs started by other systems straight on the topic have no run document yet.
        await ctx.ledger.create(cmd.run_id, cmd.dataset_ids, cmd.quality_threshold, cmd.batch_size, {
            "kind": "pipeline", "standardization": cmd.standardization.model_dump(),
            "quality": cmd.quality.model_dump(), "export": cmd.export.model_dump(), "mode": cmd.mode,
            "priority": cmd.priority, "error_tolerance": cmd.error_tolerance})
        if await ctx.ledger.is_finished(cmd.run_id):
            return
        await ctx.ledger.mark_started(cmd.run_id)
        unready = await repo.wait_registered(cmd.dataset_ids, ctx.settings.register_wait_s)
        if unready:
            await fail(cmd.run_id, f"dataset_not_ready: {', '.join(unready)}")
            return
        sources, missing = await repo.sources(cmd.dataset_ids)
        if missing:
            await fail(cmd.run_id, f"dataset_not_found: {', '.join(missing)}")
            return
        plan = plan_batches(sources, cmd.batch_size, interleave=cmd.mode in ("concurrent", "adaptive"))
        config = await ctx.ledger.config(cmd.run_id)
        checked_priority = time.monotonic()

        async def go_on(batch: PlannedBatch) -> bool:
            """Before each batch: yield to queued runs of higher priority (checked now and then);
            in adaptive mode, wait for the quality stage to keep up."""
            nonlocal checked_priority
            if time.monotonic() - checked_priority > ctx.settings.priority_check_interval_s:
                checked_priority = time.monotonic()
                if await yield_to_priority(cmd, config["created_at"]):
                    return False
            if cmd.mode == "adaptive":
                await wait_for_downstream(cmd.run_id, batch.batch_index)
                return not await ctx.ledger.is_finished(cmd.run_id)  # cancelled while it waited
            return True

        try:
            await batches.publish_run(RunBatches.of(cmd), plan, go_on)
        except UnreadableDataset as exc:
            await fail(cmd.run_id, f"{exc.reason}: {exc.detail}")

    async def yield_to_priority(cmd: StartRun, since) -> bool:
        """Let queued runs of higher priority go first: put this run's command back at the end
        of the queue and return. It resumes later from its recorded batches (no batch twice)."""
        waiting = await repo.queued_higher_priority(cmd.run_id, cmd.priority, since)
        if not waiting:
            return False
        log.info("run %s (priority %d) yields to %s", cmd.run_id, cmd.priority, ", ".join(waiting))
        await commands_out.publish(cmd, key=cmd.run_id.encode())
        await ctx.progress(StageProgress(run_id=cmd.run_id, producer=STAGE, stage=STAGE, batch_index=-1,
                                         counts={}, note=f"yielded to higher-priority run(s) {', '.join(waiting)}"))
        return True

    async def wait_for_downstream(run_id: str, batch_index: int) -> None:
        """adaptive: read ahead only while the quality stage keeps up (at most
        ``adaptive_max_in_flight`` batches published and not yet validated)."""
        limit = ctx.settings.adaptive_max_in_flight
        delay = 0.05
        while batch_index - await ctx.ledger.batch_count(run_id, "quality") >= limit:
            if await ctx.ledger.is_finished(run_id):
                return
            await asyncio.sleep(delay)
            delay = min(delay * 2, 1.0)

    async def fail(run_id: str, error: str) -> None:
        log.warning("run %s failed in acquisition: %s", run_id, error)
        if await ctx.ledger.fail(run_id, STAGE, error):
            await ctx.progress(RunFailed(run_id=run_id, producer=STAGE, stage=STAGE, error=error))
