"""Acquisition's raw-ingest subscriber (topic ``ingest.raw-records.v1``, group ``acquisition-ingest``).

Design (the contract is ``shared.ingest``):

- A valid message is a run of its own (kind ``ingest``) with the id
  ``ingest_run_id(source, message_id)``, over the ingest dataset of its (source, dataset),
  registered once (status ``streaming``). Its records are stored first, once, as
  ``<data_dir>/uploads/<dataset_id>/records/<run_id>.jsonl``; the run reads that file, so a
  re-sent message, whatever it carries, changes nothing. Its batches go out through the
  publisher of every run (``services.acquisition.publisher``), so standardization, quality
  and production treat it like any other run.
- A re-sent or redelivered message finds its run: finished, it is a duplicate and nothing
  happens; unfinished (a crash mid-way), the batches not yet recorded are published.
  Same (source, message_id) with other records or another dataset is a ``message_id_conflict``
  ingest reject; the first message stands.
- An invalid message is an ingest reject (``ingest_rejects``, keyed by topic, partition and
  offset) and a dead letter; it is acknowledged, so the partition moves on.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from faststream.kafka.annotations import KafkaMessage
from prometheus_client import Counter

from services.acquisition import ingest
from services.acquisition.readers import UnreadableDataset
from services.acquisition.batching import DatasetSource, plan_batches
from services.acquisition.publisher import BatchPublisher, RunBatches
from services.acquisition.repository import IngestRepository
from shared import topics
from shared.events import (
    DeadLetter, ExportOptions, QualityOptions, RunFailed, StandardizationOptions,
)
from shared.ingest import RawIngest, ingest_dataset_id, ingest_run_id
from shared.service import ServiceContext

log = logging.getLogger("dp.acquisition.ingest")
STAGE = "acquisition"
GROUP = "acquisition-ingest"
EXCERPT_CHARS = 2000
DEAD_LETTER_PAYLOAD_CHARS = 1024 * 1024
RUN_ATTEMPTS = 3


def _raw_body(message) -> bytes:
    """Decoder: hand the handler the bytes as sent (no JSON guessing by FastStream)."""
    return bytes(message.body)


def register(ctx: ServiceContext) -> None:
    repo = IngestRepository(ctx.db)
    batches = BatchPublisher.of(ctx)
    settings = ctx.settings
    messages = Counter("dp_ingest_messages_total", "Raw-ingest messages by outcome (accepted, duplicate, resumed, "
                       "rejected)", ["outcome"], registry=ctx.registry)
    for outcome in ("accepted", "duplicate", "resumed", "rejected"):
        messages.labels(outcome)  # at 0 from the start: increase() sees the first one
    rejects = Counter("dp_ingest_rejects_total", "Raw-ingest messages rejected as a whole, by reason", ["reason"],
                      registry=ctx.registry)
    records_in = Counter("dp_ingest_records_total", "Records of accepted raw-ingest messages", registry=ctx.registry)

    @ctx.broker.subscriber(
        ctx.topic(topics.RAW_INGEST),
        group_id=GROUP,
        auto_offset_reset="earliest",
        max_partition_fetch_bytes=settings.max_message_bytes,
        max_poll_interval_ms=settings.max_poll_interval_ms,
        decoder=_raw_body,
        title="RawIngest",
    )
    async def on_raw_ingest(body: bytes, message: KafkaMessage) -> None:
        record = message.raw_message
        parsed = await asyncio.to_thread(ingest.parse, body, settings.max_message_bytes)
        if isinstance(parsed, ingest.IngestProblem):
            await reject(parsed, record, body)
            return
        await accept(parsed, record, body)

    async def accept(msg: RawIngest, record, body: bytes) -> None:
        run_id = ingest_run_id(msg.source, msg.message_id)
        dataset_id = ingest_dataset_id(msg.source, msg.dataset)
        data = ingest.record_lines(msg.records)
        sha = hashlib.sha256(data).hexdigest()
        created = False
        if await ctx.ledger.config(run_id, legacy=False) is None:  # per message: no scan of all runs
            folder = Path(settings.data_dir) / "uploads" / dataset_id / "records"
            part = await asyncio.to_thread(ingest.store_part, folder, run_id, data)
            await repo.register_dataset(dataset_id, msg.source, msg.dataset, folder, datetime.now(UTC))
            created = await ctx.ledger.create(
                run_id, [dataset_id], settings.ingest_quality_threshold, settings.ingest_batch_size, {
                    "kind": "ingest", "mode": "sequential", "priority": 5,
                    "standardization": StandardizationOptions(format=msg.format).model_dump(),
                    "quality": QualityOptions().model_dump(), "export": ExportOptions().model_dump(),
                    "ingest": {"source": msg.source, "dataset": msg.dataset, "message_id": msg.message_id,
                               "records": len(msg.records), "file": str(part.path), "sha256": part.sha256,
                               "bytes": part.bytes, "topic": record.topic, "partition": record.partition,
                               "offset": record.offset}})
        run = await ctx.ledger.config(run_id)
        assert run is not None
        if created:
            messages.labels("accepted").inc()
            records_in.inc(len(msg.records))
            log.info("ingest %s/%s message %s: run %s, %d records", msg.source, msg.dataset, msg.message_id, run_id,
                     len(msg.records))
        else:
            stored = run.get("ingest") or {}
            if run.get("dataset_ids") != [dataset_id] or stored.get("sha256") != sha:
                await reject(ingest.IngestProblem(
                    "message_id_conflict",
                    f"message_id {msg.message_id!r} of {msg.source!r} is run {run_id}, ingested into "
                    f"{stored.get('source')}/{stored.get('dataset')} with other records; the first message stands",
                    identity={"source": msg.source, "dataset": msg.dataset, "message_id": msg.message_id}),
                    record, body, run_id=run_id)
                return
            if await ctx.ledger.is_finished(run_id):
                messages.labels("duplicate").inc()
                log.info("ingest message %s of %s again: run %s already ended, nothing to do", msg.message_id,
                         msg.source, run_id)
                return
            messages.labels("resumed").inc()
        await run_with_retries(run)

    async def run_with_retries(run: dict[str, Any]) -> None:
        """Publish the run's batches. Publishing is idempotent (recorded batches are skipped), so
        it is retried here; a run that still fails is marked failed, never left running."""
        for attempt in range(1, RUN_ATTEMPTS + 1):
            try:
                await publish_run(run)
                return
            except (UnreadableDataset, OSError) as exc:
                reason = getattr(exc, "reason", "unreadable_ingest_part")
                await fail(run["_id"], f"{reason}: {getattr(exc, 'detail', exc)}")
                return
            except Exception as exc:  # noqa: BLE001 - Kafka or MongoDB trouble: try again, then fail the run
                log.warning("ingest run %s: publishing failed (attempt %d/%d): %r", run["_id"], attempt,
                            RUN_ATTEMPTS, exc)
                if attempt == RUN_ATTEMPTS:
                    await fail(run["_id"], f"publishing failed: {type(exc).__name__}: {exc}")
                    return
                await asyncio.sleep(0.5 * attempt)

    async def publish_run(run: dict[str, Any]) -> None:
        run_id, info = run["_id"], run["ingest"]
        await ctx.ledger.mark_started(run_id)
        source = DatasetSource(dataset_id=run["dataset_ids"][0], name=f"{info['source']}/{info['dataset']}"
                               f"#{info['message_id']}", path=Path(info["file"]), sha256=info["sha256"],
                               declared_format="jsonl")
        standardization = StandardizationOptions(**run["standardization"])
        await batches.publish_run(RunBatches(run_id, run["quality_threshold"], QualityOptions(**run["quality"]),
                                             lambda _: standardization),
                                  plan_batches([source], run["batch_size"]))

    async def fail(run_id: str, error: str) -> None:
        log.warning("ingest run %s failed in acquisition: %s", run_id, error)
        if await ctx.ledger.fail(run_id, STAGE, error):
            await ctx.progress(RunFailed(run_id=run_id, producer=STAGE, stage=STAGE, error=error))

    async def reject(problem: ingest.IngestProblem, record, body: bytes, run_id: str | None = None) -> None:
        """Dead-letter the message, then record it once as an ingest reject; it is acknowledged."""
        key = record.key.decode(errors="replace") if record.key else None
        log.warning("ingest message %s[%d]@%d rejected: %s: %s", record.topic, record.partition, record.offset,
                    problem.reason, problem.detail)
        letter = DeadLetter(service=STAGE, topic=record.topic, partition=record.partition, offset=record.offset,
                            key=key, run_id=None, error=f"ingest reject {problem.reason}: {problem.detail}"[:4000],
                            attempts=1, payload=body[:DEAD_LETTER_PAYLOAD_CHARS].decode(errors="replace"))
        await ctx.broker.publish(letter, topic=ctx.topic(topics.DEAD_LETTER), key=b"")
        doc = {"_id": f"{record.topic}:{record.partition}:{record.offset}", "reason": problem.reason,
               "detail": problem.detail, "errors": problem.errors, **{k: problem.identity.get(k) for k in
                                                                      ingest.IDENTITY_FIELDS},
               "run_id": run_id, "topic": record.topic, "partition": record.partition, "offset": record.offset,
               "key": key[:200] if key else None, "bytes": len(body),
               "excerpt": body[:EXCERPT_CHARS].decode(errors="replace"), "received_at": datetime.now(UTC)}
        if await repo.record_reject(doc):
            messages.labels("rejected").inc()
            rejects.labels(problem.reason).inc()
            ctx.metrics.dead_letters.labels(STAGE, record.topic, problem.reason).inc()
