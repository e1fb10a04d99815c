"""Kafka broker factory: at-least-once delivery, bounded retries, dead letters, metrics.

- ``AckPolicy.ACK``: the offset is committed only after the handler has stored its work and
  published the next event (FastStream's default, ACK_FIRST, would commit on receipt).
- ``DeadLetterMiddleware``: a message whose handling raises is retried in place a bounded
  number of times; then it is published to the dead-letter topic with its error and origin,
  the run is marked failed (so it shows, and never hangs), and the offset moves on.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import orjson
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from faststream import BaseMiddleware
from faststream.kafka import KafkaBroker
from faststream.kafka.prometheus import KafkaPrometheusMiddleware
from faststream.middlewares import AckPolicy
from prometheus_client import CollectorRegistry

from shared import topics
from shared.events import DeadLetter
from shared.settings import BaseServiceSettings

log = logging.getLogger("dp.broker")

OnDeadLetter = Callable[[DeadLetter], Awaitable[None]]


def dead_letter_middleware(service: str, attempts: int, on_dead_letter: OnDeadLetter, backoff_s: float = 0.5):
    class DeadLetterMiddleware(BaseMiddleware):
        async def consume_scope(self, call_next, msg) -> Any:
            last: BaseException | None = None
            for attempt in range(1, attempts + 1):
                try:
                    return await call_next(msg)
                except Exception as exc:  # noqa: BLE001 - every failure is retried, then dead-lettered
                    last = exc
                    log.warning(
                        "handler failed (attempt %d/%d): %r", attempt, attempts, exc,
                        extra={"service": service},
                    )
                    if attempt < attempts:
                        await asyncio.sleep(backoff_s * attempt)
            record = msg.raw_message
            try:
                run_id = orjson.loads(msg.body).get("run_id")
            except Exception:  # noqa: BLE001 - the body may not even be JSON
                run_id = None
            letter = DeadLetter(
                service=service,
                topic=record.topic,
                partition=record.partition,
                offset=record.offset,
                key=record.key.decode(errors="replace") if record.key else None,
                run_id=run_id if isinstance(run_id, str) else None,
                error=f"{type(last).__name__}: {last}"[:4000],
                attempts=attempts,
                payload=bytes(msg.body).decode(errors="replace"),
            )
            await on_dead_letter(letter)
            return None

    return DeadLetterMiddleware


def make_broker(
    settings: BaseServiceSettings,
    *,
    service: str,
    registry: CollectorRegistry,
    on_dead_letter: OnDeadLetter | None = None,
) -> KafkaBroker:
    middlewares: list[Any] = [KafkaPrometheusMiddleware(registry=registry, app_name=service)]
    if on_dead_letter is not None:
        middlewares.append(dead_letter_middleware(service, settings.handler_attempts, on_dead_letter))
    return KafkaBroker(
        settings.kafka_bootstrap,
        client_id=f"dp-{service}",
        ack_policy=AckPolicy.ACK,
        acks="all",
        max_request_size=settings.max_message_bytes,
        middlewares=middlewares,
        description=f"Dataset Pipeline {service}",
        logger=logging.getLogger(f"dp.{service}.kafka"),
    )


async def ensure_topics(settings: BaseServiceSettings) -> None:
    """Create every topic of the table with its partition count (idempotent)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(settings.topic(t), num_partitions=t.partitions, replication_factor=1)
            for t in topics.ALL
            if settings.topic(t) not in existing
        ]
        if missing:
            try:
                await admin.create_topics(missing)
            except TopicAlreadyExistsError:
                pass  # another process won the race
    finally:
        await admin.close()

