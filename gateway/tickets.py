"""WebSocket tickets: how a browser opens a progress socket without putting its key in a URL.

Browsers cannot set headers on a WebSocket, and a query string is logged by every proxy and by
uvicorn itself (before the app has checked anything). So a client first asks
``POST /api/v1/ws/tickets`` with its key in the ``Authorization`` header, and connects with
``?ticket=<ticket>``. A ticket:

- is 32 random bytes (URL-safe base64); only its sha256 is stored;
- names the key it was issued to (its id, never the key): the socket's session is that key's,
  checked again every ``DP_GATEWAY_KEY_CACHE_S`` like a key sent in a header;
- expires ``DP_GATEWAY_WS_TICKET_TTL_S`` after it was issued (30 s by default);
- opens one socket: redeeming it inserts a use record keyed by its hash (a unique key, which
  FerretDB enforces as MongoDB does), so two sockets racing for one ticket cannot both win.

Tickets and use records live in MongoDB (``ws_tickets``, ``ws_ticket_uses``): a ticket issued by
one gateway replica opens a socket on any other. Both collections stay small: a redeemed ticket
is deleted, and expired tickets and old use records are deleted whenever a ticket is issued.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from pymongo.asynchronous.database import AsyncDatabase

from gateway.repository import TicketDocuments

DEFAULT_TTL_S = 30


def _hash(ticket: str) -> str:
    return hashlib.sha256(ticket.encode()).hexdigest()


class TicketStore:
    def __init__(self, db: AsyncDatabase, ttl_s: float = DEFAULT_TTL_S,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.docs = TicketDocuments(db)
        self.ttl = timedelta(seconds=ttl_s)
        self.clock = clock

    async def issue(self, key_id: str) -> str:
        """A fresh ticket for the key ``key_id`` (a key's id, or ``bootstrap-admin``)."""
        now = self.clock()
        await self.purge(now)
        ticket = secrets.token_urlsafe(32)
        await self.docs.insert({"_id": _hash(ticket), "key_id": key_id, "issued_at": now,
                                "expires_at": now + self.ttl})
        return ticket

    async def redeem(self, ticket: str | None) -> str | None:
        """The id of the key a ticket was issued to, once; None for an unknown, used or expired ticket."""
        if not ticket or len(ticket) > 128:
            return None
        digest = _hash(ticket)
        doc = await self.docs.get(digest)
        if doc is None:
            return None
        now = self.clock()
        if doc["expires_at"] <= now:  # aware: the store's client is tz_aware (shared.mongo.make_mongo)
            await self.docs.delete(digest)
            return None
        if not await self.docs.use_once(digest, now):
            return None  # another socket redeemed it first
        await self.docs.delete(digest)
        return doc["key_id"]

    async def purge(self, now: datetime | None = None) -> None:
        """Delete expired tickets, and use records older than any ticket can live."""
        now = now or self.clock()
        await self.docs.purge(now, now - self.ttl)
