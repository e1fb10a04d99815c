"""Progress fan-out: every gateway replica reads the whole progress topic (no consumer
group, so no replica steals another's events) and hands events to its WebSocket clients."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

ALL_RUNS = "*"


class ProgressHub:
    def __init__(self, queue_size: int = 1000) -> None:
        self._subs: dict[str, set[asyncio.Queue]] = defaultdict(set)
        self._queue_size = queue_size

    def subscribe(self, run_id: str = ALL_RUNS) -> asyncio.Queue:
        q: asyncio.Queue = asyncio.Queue(self._queue_size)
        self._subs[run_id].add(q)
        return q

    def unsubscribe(self, run_id: str, q: asyncio.Queue) -> None:
        self._subs[run_id].discard(q)
        if not self._subs[run_id]:
            del self._subs[run_id]

    def publish(self, event: dict[str, Any]) -> None:
        run_id = event.get("run_id")
        for q in (*self._subs.get(run_id, ()), *self._subs.get(ALL_RUNS, ())):
            if q.full():  # a slow client loses the oldest event; it re-reads state anyway
                q.get_nowait()
            q.put_nowait(event)
