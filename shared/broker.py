"""Kafka broker factory: at-least-once delivery, bounded retries, dead letters, metrics.

- ``AckPolicy.ACK``: the offset is committed only after the handler has stored its work and
  published the next event (FastStream's default, ACK_FIRST, would commit on receipt).
- ``DeadLetterMiddleware``: a message whose handling raises is retried in place a bounded
  number of times (``RetryPolicy``: exponential backoff with jitter, capped); then it is
  published to the dead-letter topic with its error and origin, the service's give-up hook
  accounts for it (see ``shared.service``: the batch's records count as failed, or the run
  fails), and the offset moves on.
- Consumer group ids carry the topic prefix too (``<prefix><service>``), so deployments and
  test stacks that share a Kafka cluster under different prefixes never rebalance together
  (one stack's crashed consumer would stall every other stack's group for a session timeout).
- ``BatchPartitioner``: a batch event (key ``<run id>:<batch index>``) goes to partition
  ``batch index mod partitions``, so a run's batches are spread evenly over the partitions and
  the replicas that own them (hashing the keys left one of two quality replicas with 23 of 40
  batches and the other 17: the run waited for the busier one); every other key is hashed as before.
- ``FETCH_MAX_WAIT_MS``: how long the broker holds a consumer's fetch when its partitions have
  nothing new (aiokafka's default is 500 ms). A fetch is answered as soon as a message arrives, so
  this is not delivery latency; it is how often each idle consumer asks again (a stack has ~12).
- ``heap_middleware``: counts handled messages for ``shared.heap.HeapSettler``, which freezes the
  process's long-lived objects after the first few so the garbage collector stops traversing them.
- ``DP_FAULT_INJECT`` (tests only, off by default): ``<service>:<marker>[:<times>]`` (several
  separated by commas) makes that service's handling of any message whose body contains
  ``marker`` raise (the first ``times`` attempts of each such message, or every attempt), as a
  handler bug or a transient outage would.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import orjson
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from aiokafka.partitioner import DefaultPartitioner
from faststream import BaseMiddleware
from faststream.kafka import KafkaBroker
from faststream.kafka.prometheus import KafkaPrometheusMiddleware
from faststream.middlewares import AckPolicy
from prometheus_client import CollectorRegistry
from pydantic import BaseModel

from shared import topics
from shared.events import DeadLetter
from shared.heap import HeapSettler
from shared.settings import BaseServiceSettings

log = logging.getLogger("dp.broker")

OnDeadLetter = Callable[[DeadLetter], Awaitable[None]]

# Idle consumers' fetch long-poll, every subscriber's (the gateway's too). At aiokafka's 500 ms the
# broker spent ~17 ms of CPU a second answering the empty fetches of an idle stack, the services
# ~2-3 ms each asking; at 5 s, a tenth of that. A fetch returns as soon as data arrives, so this
# does not delay delivery; it can hold a consumer's first fetch after a rebalance until its previous
# one (for the partitions it had) expires: at most this long, once per rebalance.
FETCH_MAX_WAIT_MS = 5000


@dataclass(frozen=True)
class RetryPolicy:
    """How a failing message is retried in place before it is dead-lettered.

    The wait before retry ``n`` (1 = the first retry) is ``min(backoff_max_s, backoff_s * 2**(n-1))``
    scaled by a random factor in ``[1 - jitter, 1]`` ("equal jitter" at 0.5), so replicas that
    fail together do not retry in step, and no wait exceeds ``backoff_max_s``. The partition
    waits meanwhile: keep ``attempts * backoff_max_s`` well under the consumer's max poll interval.
    """

    attempts: int = 3
    backoff_s: float = 0.5
    backoff_max_s: float = 10.0
    jitter: float = 0.5

    def delay(self, retry: int, rand: Callable[[], float] = random.random) -> float:
        base = min(self.backoff_max_s, self.backoff_s * 2.0 ** min(retry - 1, 60))
        return base * (1.0 - self.jitter * rand())

    def schedule(self, rand: Callable[[], float] = random.random) -> list[float]:
        """The waits between the attempts of one message (``attempts - 1`` of them)."""
        return [self.delay(n, rand) for n in range(1, self.attempts)]


class FaultInjected(RuntimeError):
    """Raised by the test-only fault hook (``DP_FAULT_INJECT``)."""


def parse_fault(spec: str, service: str) -> list[tuple[bytes, int]]:
    """``<service>:<marker>[:<times>],...`` -> this service's (marker, attempts that fail; 0 = all)."""
    faults = []
    for one in filter(None, (s.strip() for s in spec.split(","))):
        target, _, rest = one.partition(":")
        marker, _, times = rest.partition(":")
        if target == service and marker:
            faults.append((marker.encode(), int(times or 0)))
    return faults


def _injected(faults: list[tuple[bytes, int]], body: bytes, attempt: int) -> bool:
    return any(marker in body and (not times or attempt <= times) for marker, times in faults)


def dead_letter_middleware(service: str, policy: RetryPolicy | int, on_dead_letter: OnDeadLetter,
                           faults: list[tuple[bytes, int]] | None = None,
                           on_retry: Callable[[BaseException], None] | None = None):
    """``on_retry`` is told each failure that will be retried (``dp_retries_total``)."""
    if isinstance(policy, int):
        policy = RetryPolicy(attempts=policy)
    attempts = max(1, policy.attempts)

    class DeadLetterMiddleware(BaseMiddleware):
        async def consume_scope(self, call_next, msg) -> Any:
            last: BaseException | None = None
            for attempt in range(1, attempts + 1):
                try:
                    if faults and _injected(faults, bytes(msg.body), attempt):
                        raise FaultInjected(f"fault injected in {service} (attempt {attempt})")
                    return await call_next(msg)
                except Exception as exc:  # noqa: BLE001 - every failure is retried, then dead-lettered
                    last = exc
                    log.warning(
                        "handler failed (attempt %d/%d): %r", attempt, attempts, exc,
                        extra={"service": service},
                    )
                    if attempt < attempts:
                        if on_retry is not None:
                            on_retry(exc)
                        await asyncio.sleep(policy.delay(attempt))
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


def heap_middleware(settler: HeapSettler):
    """Tells ``settler`` each message handled (whatever the outcome)."""

    class HeapMiddleware(BaseMiddleware):
        async def consume_scope(self, call_next, msg) -> Any:
            try:
                return await call_next(msg)
            finally:
                settler.message_done()

    return HeapMiddleware


def batch_key_index(key: bytes | None) -> int | None:
    """The batch index of a batch event's key ``<run id>:<batch index>`` (None for other keys)."""
    if not key:
        return None
    head, sep, tail = key.rpartition(b":")
    if not sep or not head or not tail.isdigit() or len(tail) > 12:
        return None
    return int(tail)


class BatchPartitioner:
    """aiokafka's partitioner (``(key, all_partitions, available_partitions) -> partition``):
    batch keys round-robin by batch index over all partitions (sorted), so consecutive batches
    of a run land on consecutive partitions whatever the run id; other keys (run ids, dataset
    ids) by murmur2 as aiokafka's ``DefaultPartitioner`` does. Batch events need no key
    affinity: every key is one batch."""

    def __init__(self) -> None:
        self._default = DefaultPartitioner()

    def __call__(self, key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
        index = batch_key_index(key)
        if index is None:
            return self._default(key, all_partitions, available)
        parts = sorted(all_partitions)
        return parts[index % len(parts)]


def model_decoder(model: type[BaseModel], *, via_orjson: bool = False):
    """A subscriber's ``decoder=``: the message body straight into ``model`` (pydantic's own JSON
    parser: ~1.5x less CPU than FastStream's default, ``json.loads`` then validation of the
    dicts, on a batch of 500 conversations). ``via_orjson``: ``orjson.loads`` then validation,
    cheaper for a model that mostly holds free-form JSON (``RawRecord.data``). The handler's
    parameter, annotated with the same model, takes the instance as it is (pydantic does not
    validate an instance again), so validation stays the model's, once."""

    if via_orjson:
        async def decode(msg: Any) -> BaseModel:
            return model.model_validate(orjson.loads(msg.body))
    else:
        async def decode(msg: Any) -> BaseModel:
            return model.model_validate_json(msg.body)

    return decode


class _PrefixedGroupsBroker(KafkaBroker):
    """A KafkaBroker whose subscribers' consumer groups get the deployment's topic prefix."""

    def __init__(self, *args: Any, group_prefix: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._group_prefix = group_prefix

    def subscriber(self, *topics: str, group_id: str | None = None, **kwargs: Any):  # type: ignore[override]
        if group_id is not None:
            group_id = f"{self._group_prefix}{group_id}"
        kwargs.setdefault("fetch_max_wait_ms", FETCH_MAX_WAIT_MS)
        return super().subscriber(*topics, group_id=group_id, **kwargs)


def make_broker(
    settings: BaseServiceSettings,
    *,
    service: str,
    registry: CollectorRegistry,
    on_dead_letter: OnDeadLetter | None = None,
    on_retry: Callable[[BaseException], None] | None = None,
    settler: HeapSettler | None = None,
) -> KafkaBroker:
    middlewares: list[Any] = [KafkaPrometheusMiddleware(registry=registry, app_name=service)]
    if settler is not None:
        middlewares.append(heap_middleware(settler))
    if on_dead_letter is not None:
        policy = RetryPolicy(attempts=settings.handler_attempts, backoff_s=settings.retry_backoff_s,
                             backoff_max_s=settings.retry_backoff_max_s)
        middlewares.append(dead_letter_middleware(service, policy, on_dead_letter,
                                                  parse_fault(settings.fault_inject, service), on_retry))
    return _PrefixedGroupsBroker(
        settings.kafka_bootstrap,
        group_prefix=settings.topic_prefix,
        client_id=f"dp-{service}",
        ack_policy=AckPolicy.ACK,
        acks="all",
        partitioner=BatchPartitioner(),
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

