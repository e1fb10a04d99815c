"""``dp_consumer_lag{group,topic,partition}``, refreshed in the background by every instance.

Each service process keeps one Kafka admin client and one offsets-only consumer, and every
``DP_LAG_INTERVAL_S`` seconds sets the gauge for each partition of each topic its consumer
groups read: end offset minus the group's committed offset (a partition the group never
committed counts from its first offset, as the services read from the earliest). All replicas
of a service export the same values; queries take ``max by (group, topic, partition)``.
A failed refresh is logged and leaves the last values; it never stops the process.
The gateway's ``/api/v1/system/status`` computes the same numbers on demand.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Mapping, Sequence

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client import Gauge

from shared.background import raise_if_cancelled, stop_task

log = logging.getLogger("dp.lag")


def partition_lags(end: Mapping[TopicPartition, int], begin: Mapping[TopicPartition, int],
                   committed: Mapping[TopicPartition, object]) -> dict[TopicPartition, int]:
    """Lag of each partition in ``end``; ``committed`` maps a partition to an object with an
    ``offset`` (aiokafka's OffsetAndMetadata; -1 or missing: never committed)."""
    out = {}
    for tp, last in end.items():
        meta = committed.get(tp)
        offset = getattr(meta, "offset", -1) if meta is not None else -1
        done = offset if offset >= 0 else begin.get(tp, 0)
        out[tp] = max(0, last - done)
    return out


class ConsumerLagExporter:
    """``groups``: consumer group id (as Kafka knows it, prefix included) -> topics it reads."""

    def __init__(self, bootstrap: str, groups: Mapping[str, Sequence[str]], gauge: Gauge, interval_s: float,
                 client_id: str = "dp-lag") -> None:
        self.bootstrap = bootstrap
        self.groups = {g: list(ts) for g, ts in groups.items()}
        self.gauge = gauge
        self.interval_s = interval_s
        self.client_id = client_id
        self._admin: AIOKafkaAdminClient | None = None
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task | None = None

    async def refresh(self) -> None:
        if self._admin is None:
            self._admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap, client_id=self.client_id)
            await self._admin.start()
        if self._consumer is None:
            self._consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, client_id=self.client_id,
                                              enable_auto_commit=False)
            await self._consumer.start()
        wanted = sorted({t for ts in self.groups.values() for t in ts})
        described = await self._admin.describe_topics(wanted)
        partitions = [TopicPartition(t["topic"], p["partition"]) for t in described
                      if not t.get("error_code") for p in t.get("partitions", [])]
        if not partitions:
            return
        end = await self._consumer.end_offsets(partitions)
        begin = await self._consumer.beginning_offsets(partitions)
        for group, group_topics in self.groups.items():
            committed = await self._admin.list_consumer_group_offsets(group)
            mine = {tp: off for tp, off in end.items() if tp.topic in group_topics}
            for tp, lag in partition_lags(mine, begin, committed).items():
                self.gauge.labels(group, tp.topic, str(tp.partition)).set(lag)

    async def _loop(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self.refresh(), timeout=max(5.0, self.interval_s))
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - Kafka away for a while: keep the last values, try again
                log.warning("consumer lag not refreshed: %r", exc)
                await self._close_clients()
            raise_if_cancelled()  # a cancellation ``wait_for`` dropped (shared/background.py)
            await asyncio.sleep(self.interval_s)

    async def start(self) -> None:
        if self._task is None and self.groups:
            self._task = asyncio.create_task(self._loop(), name="consumer-lag")

    async def _close_clients(self) -> None:
        for client, stop in ((self._consumer, "stop"), (self._admin, "close")):
            if client is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(getattr(client, stop)(), 2.0)
        self._consumer = self._admin = None

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Cancel the refresh loop and close the clients; bounded: a loop that has not ended ``timeout_s``
        after its cancellation is logged and left behind, so the process's shutdown goes on."""
        task, self._task = self._task, None
        await stop_task(task, "consumer lag", timeout_s)
        await self._close_clients()
