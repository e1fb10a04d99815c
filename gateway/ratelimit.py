"""Per-key rate limits that hold across gateway replicas, with their state in MongoDB.

Fixed windows. Each allowed request claims one numbered *slot* of its window by inserting
the document ``_id = "<key>|<bucket>|<window>|<n>"``: the primary key makes the claim atomic
across replicas, so at most ``limit`` requests succeed per window whatever the number of
gateways (no read-modify-write, no shared counter document: FerretDB loses concurrent
updates to one document, inserts it does not). A replica remembers the next free slot it
saw, so a request costs one insert; once a window is full the replica answers 429 without
touching the database until the window ends. Old windows are deleted in the background.

Limits are ``"<n>/<second|minute|hour|day>"`` strings: defaults per bucket from
``DP_GATEWAY_RATE_LIMITS``, overridable per key (the key's ``rate_limits`` field).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import dataclass

from fastapi import Depends, Request
from pymongo.asynchronous.database import AsyncDatabase

from gateway.auth import Principal, require_scope
from gateway.repository import RateLimitSlots
from shared.api.access import Limit
from shared.http.edge import EXTRA_HEADERS
from shared.http.problems import Problem

log = logging.getLogger("dp.gateway.ratelimit")
DEFAULT_LIMITS = {"validation": "100/minute", "export": "10/hour"}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: Limit
    remaining: int
    reset_s: int

    def headers(self) -> dict[str, str]:
        out = {"RateLimit-Limit": str(self.limit.count), "RateLimit-Remaining": str(self.remaining),
               "RateLimit-Reset": str(self.reset_s), "RateLimit-Policy": self.limit.policy}
        if not self.allowed:
            out["Retry-After"] = str(self.reset_s)
        return out


class RateLimiter:
    def __init__(self, db: AsyncDatabase, defaults: dict[str, str]) -> None:
        self.slots = RateLimitSlots(db)
        self.defaults = {b: Limit.parse(v) for b, v in {**DEFAULT_LIMITS, **defaults}.items()}
        self._next: dict[tuple[str, str, int], int] = {}  # next slot to try, per (key, bucket, window)
        self._swept: dict[str, float] = {}
        self._sweeps: set[asyncio.Task] = set()

    async def hit(self, key_id: str, bucket: str, overrides: dict[str, str] | None = None) -> Decision:
        overrides = overrides or {}
        limit = Limit.parse(overrides[bucket]) if bucket in overrides else self.defaults[bucket]
        now = time.time()
        window = int(now // limit.period_s)
        reset = max(1, math.ceil((window + 1) * limit.period_s - now))
        state = (key_id, bucket, window)
        n = self._next.get(state)
        if n is None:
            n = await self.slots.highest(key_id, bucket, window) + 1
        while n <= limit.count:
            if not await self.slots.claim(key_id, bucket, window, n, limit.period_s):
                n += 1  # another replica (or request) took it
                continue
            self._next[state] = n + 1
            self._maybe_sweep(bucket, window, limit.period_s)
            return Decision(True, limit, limit.count - n, reset)
        self._next[state] = n
        return Decision(False, limit, 0, reset)

    def _maybe_sweep(self, bucket: str, window: int, period_s: int) -> None:
        if time.monotonic() - self._swept.get(bucket, 0.0) < 60:
            return
        self._swept[bucket] = time.monotonic()
        for state in [s for s in self._next if s[1] == bucket and s[2] < window]:
            del self._next[state]

        async def sweep() -> None:
            try:
                await self.slots.delete_before(bucket, window - 1)
            except Exception:  # noqa: BLE001 - housekeeping only
                log.warning("could not delete old rate-limit windows", exc_info=True)

        task = asyncio.get_running_loop().create_task(sweep())
        self._sweeps.add(task)  # the loop keeps only a weak reference to a task
        task.add_done_callback(self._sweeps.discard)


def rate_limited(bucket: str, scope: str, *, charged_later: bool = False):
    """A dependency: the scope check, then one hit on the key's ``bucket``. Headers go on the
    response either way (``RateLimit-*``; ``Retry-After`` with the 429). ``charged_later``: the
    hit is taken by :func:`charge` once the handler has checked the request: a refused one (400,
    403, 404, 409, 422) does not use up the quota."""
    scoped = require_scope(scope)

    async def dependency(request: Request, principal: Principal = Depends(scoped)) -> Principal:
        if charged_later:
            request.state.rate_bucket = bucket
        else:
            await _hit(request, principal, bucket)
        return principal

    dependency.__name__ = f"rate_{'charged' if charged_later else 'limited'}_{bucket}"
    return dependency


# Downloads of exports (runs' and generations'): one bucket, charged once the request is checked.
EXPORT_LIMIT = rate_limited("export", "exports:read", charged_later=True)


async def charge(request: Request, principal: Principal) -> None:
    """One hit on the bucket a ``charged_later`` :func:`rate_limited` named; 429 when it is used up."""
    await _hit(request, principal, request.state.rate_bucket)


async def _hit(request: Request, principal: Principal, bucket: str) -> None:
    """One hit on the key's ``bucket``; the ``RateLimit-*`` headers for the response, 429 when
    the bucket is used up."""
    decision = await request.app.state.limiter.hit(principal.key_id, bucket, principal.rate_limits)
    setattr(request.state, EXTRA_HEADERS, decision.headers())  # on the response, even a 429 (shared.http.edge)
    if not decision.allowed:
        raise Problem(429, "rate_limited", "Too many requests",
                      f"the {bucket} limit for this key is {decision.limit.count} per "
                      f"{decision.limit.period_s} s; retry in {decision.reset_s} s",
                      headers=decision.headers(), bucket=bucket, retry_after_s=decision.reset_s)

