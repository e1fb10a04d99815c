"""The system's health: Kafka, MongoDB, and every service's heartbeats and lag. The gateway
answers it at ``GET /api/v1/system/status``; anything with the settings and a database (a CLI,
a probe) can ask it the same way.

Each probe has a deadline, so the answer comes within a few seconds whatever is down: a
probe that fails or times out shows its component ``down`` with the error, never a 500.

- Kafka: a short-lived admin client and consumer per probe (nothing to go stale across a
  Kafka restart): brokers, which of the project's topics exist, and per consumer group the
  lag, sum over partitions of end offset minus committed offset (a partition the group never
  committed counts from its first offset: the services read from the earliest).
- MongoDB: a ping, timed.
- Services: the ``heartbeats`` documents of ``shared.heartbeat``; an instance is healthy if
  its last beat is younger than three of its intervals. Instances that stopped cleanly or
  have been silent for ten minutes are left out.

Probes of concurrent requests are shared: one probe per ``CACHE_S`` at most.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from pydantic import BaseModel, Field
from pymongo.asynchronous.database import AsyncDatabase

from shared import topics
from shared.heartbeat import COLLECTION
from shared.mongo import mongo_deadline
from shared.settings import BaseServiceSettings

SERVICES: tuple[str, ...] = ("acquisition", "standardization", "quality", "production", "gateway")
KAFKA_TIMEOUT_S = 3.0
MONGO_TIMEOUT_S = 2.0
STALE_AFTER = timedelta(minutes=10)
HEALTHY_INTERVALS = 3
CACHE_S = 1.0

Health = Literal["ok", "degraded", "down"]


class KafkaStatus(BaseModel):
    status: Health = Field(description="ok; degraded if some of the project's topics are missing; down if unreachable")
    reachable: bool
    brokers: int = Field(0, ge=0, description="brokers in the cluster metadata")
    latency_ms: float | None = Field(None, description="time to connect and read the cluster metadata")
    topics_expected: list[str] = Field(description="the project's topics (with the deployment's prefix)")
    topics_missing: list[str]
    dead_letters: int | None = Field(None, ge=0, description="messages on the dead-letter topic (every message a "
                                                           "service gave up on and that Kafka still retains); "
                                                           "null if Kafka could not be asked")
    error: str | None = None


class MongoStatus(BaseModel):
    status: Literal["ok", "down"]
    reachable: bool
    latency_ms: float | None = Field(None, description="round trip of a ping")
    error: str | None = None


class ConsumerGroupLag(BaseModel):
    group_id: str
    lag: int | None = Field(None, ge=0, description="messages not yet committed, summed over the group's topics; "
                                                    "null if Kafka could not be asked")
    topics: dict[str, int] = Field(default_factory=dict, description="lag per topic")
    error: str | None = None


class InstanceStatus(BaseModel):
    instance_id: str = Field(description="<service>:<hostname>:<pid>")
    hostname: str
    pid: int
    version: str
    started_at: datetime
    last_heartbeat: datetime
    age_s: float = Field(description="seconds since the last heartbeat")
    interval_s: float = Field(description="the instance's heartbeat interval")
    healthy: bool = Field(description="last heartbeat younger than three intervals")


class ServiceStatus(BaseModel):
    name: str
    status: Literal["ok", "degraded", "down", "unknown"] = Field(
        description="ok: every instance healthy; degraded: some are; down: none is (or none reported); "
                    "unknown: MongoDB could not be read")
    instances: list[InstanceStatus]
    healthy_instances: int
    last_heartbeat: datetime | None = Field(None, description="the most recent heartbeat of any instance")
    age_s: float | None = Field(None, description="seconds since that heartbeat")
    lag: int | None = Field(None, ge=0, description="total lag of the service's consumer groups (null: none, "
                                                    "or Kafka could not be asked)")
    consumer_groups: list[ConsumerGroupLag]


class SystemStatus(BaseModel):
    status: Health = Field(description="down if Kafka or MongoDB is unreachable; degraded if a service has an "
                                       "unhealthy or missing instance or topics are missing; else ok")
    checked_at: datetime
    kafka: KafkaStatus
    mongodb: MongoStatus
    services: list[ServiceStatus]


def _error(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "timed out"
    return f"{type(exc).__name__}: {exc}"[:300]


async def _close(closer) -> None:
    with contextlib.suppress(Exception):
        await asyncio.wait_for(closer(), 2.0)


async def probe_kafka(bootstrap: str, expected: list[str], groups: dict[str, list[str]],
                      timeout: float = KAFKA_TIMEOUT_S,
                      group_prefix: str = "",
                      dead_letter_topic: str | None = None) -> tuple[KafkaStatus, dict[str, ConsumerGroupLag]]:
    deadline = time.monotonic() + timeout
    request_ms = max(500, int(timeout * 1000))
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="dp-gateway-status",
                                request_timeout_ms=request_ms)
    consumer: AIOKafkaConsumer | None = None
    lags: dict[str, ConsumerGroupLag] = {}
    started = time.perf_counter()
    try:
        try:
            async with asyncio.timeout(timeout):
                await admin.start()
                cluster = await admin.describe_cluster()
                latency = (time.perf_counter() - started) * 1000
                existing = set(await admin.list_topics())
        except Exception as exc:  # noqa: BLE001 - whatever fails, Kafka is down for us
            err = _error(exc)
            status = KafkaStatus(status="down", reachable=False, topics_expected=expected, topics_missing=[],
                                 error=err)
            return status, {g: ConsumerGroupLag(group_id=g, error="kafka unreachable") for g in groups}
        missing = [t for t in expected if t not in existing]
        status = KafkaStatus(status="degraded" if missing else "ok", reachable=True,
                             brokers=len(cluster.get("brokers") or []), latency_ms=round(latency, 2),
                             topics_expected=expected, topics_missing=missing)
        try:
            async with asyncio.timeout(max(0.2, deadline - time.monotonic())):
                wanted = sorted({t for ts in groups.values() for t in ts if t in existing}
                                | ({dead_letter_topic} if dead_letter_topic in existing else set()))
                described = await admin.describe_topics(wanted) if wanted else []
                partitions = [TopicPartition(t["topic"], p["partition"]) for t in described
                              if not t.get("error_code") for p in t.get("partitions", [])]
                end: dict[TopicPartition, int] = {}
                begin: dict[TopicPartition, int] = {}
                if partitions:
                    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, client_id="dp-gateway-status",
                                                enable_auto_commit=False, request_timeout_ms=request_ms)
                    await consumer.start()
                    end = await consumer.end_offsets(partitions)
                    begin = await consumer.beginning_offsets(partitions)
                if dead_letter_topic in existing:
                    status.dead_letters = sum(max(0, end.get(tp, 0) - begin.get(tp, 0))
                                              for tp in partitions if tp.topic == dead_letter_topic)
                names = list(groups)
                # the services' group ids carry the topic prefix (shared.broker)
                committed = await asyncio.gather(*(admin.list_consumer_group_offsets(f"{group_prefix}{g}")
                                                   for g in names))
            for group, offsets in zip(names, committed):
                per_topic: dict[str, int] = {t: 0 for t in groups[group] if t in existing}
                for tp in partitions:
                    if tp.topic not in per_topic:
                        continue
                    meta = offsets.get(tp)
                    done = meta.offset if meta is not None and meta.offset >= 0 else begin.get(tp, 0)
                    per_topic[tp.topic] += max(0, end.get(tp, 0) - done)
                lags[group] = ConsumerGroupLag(group_id=group, lag=sum(per_topic.values()), topics=per_topic)
        except Exception as exc:  # noqa: BLE001 - reachable but the lag could not be read
            err = _error(exc)
            lags = {g: ConsumerGroupLag(group_id=g, error=f"lag unavailable: {err}") for g in groups}
        return status, lags
    finally:
        if consumer is not None:
            await _close(consumer.stop)
        await _close(admin.close)


async def probe_mongo(db: AsyncDatabase, timeout: float = MONGO_TIMEOUT_S) -> MongoStatus:
    started = time.perf_counter()
    try:
        async with mongo_deadline(timeout):
            await db.command("ping")
    except Exception as exc:  # noqa: BLE001
        return MongoStatus(status="down", reachable=False, error=_error(exc))
    return MongoStatus(status="ok", reachable=True, latency_ms=round((time.perf_counter() - started) * 1000, 2))


async def read_heartbeats(db: AsyncDatabase, topic_prefix: str, now: datetime,
                          timeout: float = MONGO_TIMEOUT_S) -> list[dict[str, Any]]:
    async with mongo_deadline(timeout):
        cursor = db[COLLECTION].find({"topic_prefix": topic_prefix, "at": {"$gte": now - STALE_AFTER}})
        return [d async for d in cursor if d.get("stopped_at") is None]


def _instance(doc: dict[str, Any], now: datetime) -> InstanceStatus:
    at = doc["at"] if doc["at"].tzinfo else doc["at"].replace(tzinfo=UTC)
    started = doc.get("started_at") or at
    started = started if started.tzinfo else started.replace(tzinfo=UTC)
    interval = float(doc.get("interval_s") or 5.0)
    age = max(0.0, (now - at).total_seconds())
    return InstanceStatus(instance_id=doc["_id"], hostname=str(doc.get("hostname", "")), pid=int(doc.get("pid", 0)),
                          version=str(doc.get("version", "")), started_at=started, last_heartbeat=at,
                          age_s=round(age, 3), interval_s=interval, healthy=age < HEALTHY_INTERVALS * interval)


class StatusProbe:
    """Answers the status; concurrent callers within ``CACHE_S`` share one probe."""

    def __init__(self, settings: BaseServiceSettings, db: AsyncDatabase) -> None:
        self.settings = settings
        self.db = db
        self._lock = asyncio.Lock()
        self._last: tuple[float, SystemStatus] | None = None

    async def status(self) -> SystemStatus:
        async with self._lock:
            if self._last is not None and time.monotonic() - self._last[0] < CACHE_S:
                return self._last[1]
            result = await self._probe()
            self._last = (time.monotonic(), result)
            return result

    async def _probe(self) -> SystemStatus:
        settings = self.settings
        now = datetime.now(UTC)
        expected = [settings.topic(t) for t in topics.ALL]
        groups = {g: [settings.topic(t) for t in ts] for g, ts in topics.CONSUMER_GROUPS.items()}

        async def beats() -> list[dict[str, Any]] | BaseException:
            try:
                return await read_heartbeats(self.db, settings.topic_prefix, now)
            except Exception as exc:  # noqa: BLE001
                return exc

        (kafka, lags), mongo, docs = await asyncio.gather(
            probe_kafka(settings.kafka_bootstrap, expected, groups, group_prefix=settings.topic_prefix,
                        dead_letter_topic=settings.topic(topics.DEAD_LETTER)),
            probe_mongo(self.db), beats())

        by_service: dict[str, list[InstanceStatus]] = defaultdict(list)
        if not isinstance(docs, BaseException):
            for doc in docs:
                try:
                    by_service[str(doc.get("service"))].append(_instance(doc, now))
                except (KeyError, TypeError, ValueError, AttributeError):
                    continue  # a malformed document is not worth a 500
        services = []
        for name in SERVICES:
            instances = sorted(by_service.get(name, []), key=lambda i: i.instance_id)
            healthy = sum(i.healthy for i in instances)
            if isinstance(docs, BaseException):
                state = "unknown"
            elif healthy and healthy == len(instances):
                state = "ok"
            elif healthy:
                state = "degraded"
            else:
                state = "down"
            own = [lags[g] for g in groups if topics.group_service(g) == name]
            latest = max((i.last_heartbeat for i in instances), default=None)
            services.append(ServiceStatus(
                name=name, status=state, instances=instances, healthy_instances=healthy, last_heartbeat=latest,
                age_s=round((now - latest).total_seconds(), 3) if latest else None,
                lag=sum(g.lag for g in own) if own and all(g.lag is not None for g in own) else None,
                consumer_groups=own,
            ))
        if not kafka.reachable or not mongo.reachable:
            overall: Health = "down"
        elif kafka.status != "ok" or any(s.status != "ok" for s in services):
            overall = "degraded"
        else:
            overall = "ok"
        return SystemStatus(status=overall, checked_at=now, kafka=kafka, mongodb=mongo, services=services)
