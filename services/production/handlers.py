"""Production's subscriber: writes each batch's passing conversations as an export part (and
its dedup signatures beside it); the batch that completes the count resolves the run's
duplicates in input order, joins the parts and completes the run."""

from __future__ import annotations

import asyncio
import logging
import time

from services.production.duplicates import resolve_run, write_signatures
from services.production.export import (MissingPart, count_parts, join_parts, parts_dir, remove_parts,
                                        runs_with_parts, write_part)
from services.production.repository import ProductionRepository
from services.production.variants import remove_partials, runs_with_partials
from shared import topics
from shared.broker import model_decoder
from shared.events import BatchValidated, RunCompleted, RunFailed, StageProgress
from shared.run_ledger import tolerance_breach
from shared.service import ServiceContext

log = logging.getLogger("dp.production")
STAGE = "production"
UPSTREAM = ("acquisition", "standardization", "quality")  # the stages that count a batch before this one
SWEEP_CHUNK = 500  # run ids per ledger query at start-up


async def sweep_completed(ctx: ServiceContext) -> list[str]:
    """Start-up: remove the parts and partial snapshots of runs that completed. Completion removes
    them only after the ledger shows the run completed, so a crash between the two leaves them on
    disk, and nothing comes back for them: a redelivered batch finds the run finished. Runs that
    failed or were cancelled keep theirs (a partial export still reads them), as do runs still going.
    Safe beside a running replica: both sides only remove what a completed run no longer reads."""
    export_dir = ctx.settings.data_dir / "exports"
    on_disk = sorted(await asyncio.to_thread(lambda: runs_with_parts(export_dir) | runs_with_partials(export_dir)))
    removed = []
    for start in range(0, len(on_disk), SWEEP_CHUNK):
        chunk = on_disk[start:start + SWEEP_CHUNK]
        statuses = await ctx.ledger.terminal_statuses(chunk)
        for run_id in chunk:  # the run's own mark is written first: a crash may have left only it
            if run_id not in statuses:
                statuses[run_id] = ((await ctx.ledger.outcome(run_id)) or {}).get("status", "")
        for run_id in sorted(r for r, status in statuses.items() if status == "completed"):
            await asyncio.to_thread(remove_parts, export_dir, run_id)
            await asyncio.to_thread(remove_partials, export_dir, run_id)
            removed.append(run_id)
    if removed:
        log.info("start-up: removed the leftover parts and partial snapshots of %d completed run(s)", len(removed))
    return removed


def register(ctx: ServiceContext) -> None:
    export_dir = ctx.settings.data_dir / "exports"
    repo = ProductionRepository(ctx.db)
    templates: dict[str, str] = {}  # run_id -> template, read once per run

    async def template_of(run_id: str) -> str:
        if run_id not in templates:
            config = await ctx.ledger.config(run_id) or {}
            if len(templates) > 1000:
                templates.clear()
            templates[run_id] = (config.get("export") or {}).get("template", "openai")
        return templates[run_id]

    @ctx.broker.subscriber(ctx.topic(topics.BATCH_VALIDATED), group_id=STAGE, auto_offset_reset="earliest",
                           max_partition_fetch_bytes=ctx.settings.max_message_bytes, title="BatchValidated",
                           decoder=model_decoder(BatchValidated))
    async def on_batch(batch: BatchValidated) -> None:
        started = time.perf_counter()
        if await ctx.ledger.is_finished(batch.run_id):  # cancelled or failed: no more work
            return
        passing = [c for c, v in zip(batch.conversations, batch.verdicts, strict=True) if v.passed]
        template = await template_of(batch.run_id)
        skipped: list[str] = []
        # An empty batch an upstream stage gave up on never replaces a part written for it
        # (the stage may have sent the batch on before failing to record it).
        if not (batch.failed_stage and part_path(batch.run_id, batch.batch_index).exists()):
            _, skipped = await asyncio.to_thread(write_part, export_dir, batch.run_id, batch.batch_index, passing,
                                                 template)
            await asyncio.to_thread(write_signatures, parts_dir(export_dir, batch.run_id), batch.batch_index,
                                    batch.dataset_id, [c.id for c in batch.conversations], batch.signatures)
        if await ctx.ledger.record_batch(batch.run_id, STAGE, batch.batch_index, {"not_renderable": len(skipped)},
                                         total_batches=batch.total_batches, dataset_id=batch.dataset_id):
            await ctx.progress(StageProgress(run_id=batch.run_id, producer=STAGE, stage=STAGE,
                                             batch_index=batch.batch_index, counts={"passed": len(passing)}))
        # Checked on every delivery, counted or not: a crash between counting the last batch
        # and completing the run is finished by the redelivery.
        await complete_if_done(batch.run_id)
        ctx.metrics.batch_latency.labels(STAGE).observe(time.perf_counter() - started)

    def part_path(run_id: str, batch_index: int):
        return parts_dir(export_dir, run_id) / f"{batch_index:08d}.jsonl"

    async def complete_if_done(run_id: str) -> None:
        """Complete the run once every batch is recorded. Counting the run's records costs
        O(its batches) in the store (FerretDB scans), so it is asked only once every batch's part
        file is there (a part is written before its batch is recorded; listing a folder is cheap),
        not on every batch."""
        total = await ctx.ledger.total_batches(run_id)
        if total is None or await asyncio.to_thread(count_parts, export_dir, run_id) < total:
            return
        if await ctx.ledger.batch_count(run_id, STAGE) >= total:
            await complete(run_id, total)

    async def give_up(letter) -> bool:
        """A batch production gave up on: an empty part stands in for it, it counts as failed,
        and the run completes (or fails, past its error tolerance) without waiting for it."""
        if letter.topic != ctx.topic(topics.BATCH_VALIDATED):
            return False

        async def empty_part(batch: BatchValidated) -> None:
            if not part_path(batch.run_id, batch.batch_index).exists():
                await asyncio.to_thread(write_part, export_dir, batch.run_id, batch.batch_index, [])

        if not await ctx.give_up_batch(letter, BatchValidated, empty_part):
            return False
        run_id = BatchValidated.model_validate_json(letter.payload).run_id
        if not await ctx.ledger.is_finished(run_id):
            await complete_if_done(run_id)
        return True

    ctx.give_up = give_up

    async def upstream_recorded(run_id: str, total: int) -> dict | None:
        """The run's state once every earlier stage has recorded all ``total`` batches. Each stage
        sends a batch on before it records it (a crash between the two re-sends it on redelivery;
        never a batch recorded but not sent), so on a busy machine production can hold the last
        batch before the stage that sent it has counted it: the run would end with that stage's
        counts and tallies (formats, rejects) missing from its final report. Waits at most
        ``upstream_record_wait_s``; batches that came straight onto the validated topic (no
        acquisition record at all) have nothing upstream to wait for."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ctx.settings.upstream_record_wait_s
        delay = 0.05
        while True:
            state = await ctx.ledger.state(run_id)
            if state is None or not state["stages"]["acquisition"]["batches_done"]:
                return state
            behind = [s for s in UPSTREAM if state["stages"][s]["batches_done"] < total]
            if not behind:
                return state
            if loop.time() >= deadline:
                log.warning("run %s: %s had not recorded all %d batches after %.0f s; completing without them",
                            run_id, ", ".join(behind), total, ctx.settings.upstream_record_wait_s)
                return state
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.5)

    async def complete(run_id: str, total: int) -> None:
        if await ctx.ledger.is_finished(run_id):  # cancelled or failed meanwhile: its parts stay
            return
        state = await upstream_recorded(run_id, total)
        reason = tolerance_breach(state) if state else None
        if reason:
            if await ctx.ledger.fail(run_id, STAGE, reason):
                await ctx.progress(RunFailed(run_id=run_id, producer=STAGE, stage=STAGE, error=reason))
            return
        # The parts joined and, side by side (two threads: the run's end is all that is left to
        # do, and a second core is free), the duplicates over the whole run, earliest copy first
        # (deterministic, so a repeated run end stores the same decisions); stored once the export
        # is written, before the run shows as completed.
        try:
            result, duplicates = await asyncio.gather(
                asyncio.to_thread(join_parts, export_dir, run_id, total),
                asyncio.to_thread(resolve_run, parts_dir(export_dir, run_id), total))
        except MissingPart as exc:
            if await ctx.ledger.fail(run_id, STAGE, str(exc)):
                await ctx.progress(RunFailed(run_id=run_id, producer=STAGE, stage=STAGE, error=str(exc)))
            return
        await repo.store_duplicates(run_id, duplicates.entries, duplicates.counts)
        export = {"format": "jsonl", "path": str(result.path), "lines": result.lines, "bytes": result.bytes,
                  "sha256": result.sha256, "json_sha256": result.json_sha256, "json_bytes": result.json_bytes,
                  "template": await template_of(run_id)}
        if await ctx.ledger.finish(run_id, "completed", {"export": export, "exported": result.lines,
                                                         "duplicates": duplicates.flag_totals()}):
            ctx.metrics.conversations.labels(STAGE, "exported").inc(result.lines)
            log.info("run %s completed: %d conversations exported to %s", run_id, result.lines, result.path)
            await ctx.progress(RunCompleted(run_id=run_id, producer=STAGE, exported=result.lines,
                                            export_sha256=result.sha256))
        if ((await ctx.ledger.outcome(run_id)) or {}).get("status") == "completed":  # else the parts stay
            await asyncio.to_thread(remove_parts, export_dir, run_id)
            await asyncio.to_thread(remove_partials, export_dir, run_id)
