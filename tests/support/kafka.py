"""Plain aiokafka clients for tests: what an outside system would use, not the project's code."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer


async def publish(bootstrap: str, topic: str, *payloads: Any, key: bytes | None = None) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=16 * 1024 * 1024)
    await producer.start()
    try:
        for p in payloads:
            value = p if isinstance(p, bytes) else (p.model_dump_json().encode() if hasattr(p, "model_dump_json")
                                                     else json.dumps(p).encode())
            await producer.send_and_wait(topic, value, key=key)
    finally:
        await producer.stop()


async def collect(bootstrap: str, topic: str, count: int, timeout: float = 30.0, settle: float = 0.0) -> list[dict]:
    """Read ``count`` JSON messages from the start of ``topic``; with ``settle``, keep
    listening that long afterwards to catch messages that should not be there."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                enable_auto_commit=False, group_id=None)
    await consumer.start()
    out: list[dict] = []
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(out) < count and loop.time() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                out.extend(json.loads(r.value) for r in records)
        end = loop.time() + settle
        while settle and loop.time() < end:
            batch = await consumer.getmany(timeout_ms=300)
            for records in batch.values():
                out.extend(json.loads(r.value) for r in records)
    finally:
        await consumer.stop()
    return out


async def eventually(probe, timeout: float = 30.0, interval: float = 0.2):
    """Poll an async probe until it returns something truthy."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = await probe()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout}s (last value {value!r})")
        await asyncio.sleep(interval)
