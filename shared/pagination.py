"""Keyset pagination over collections read newest first (by a timestamp, ties broken by ``_id``):
the opaque cursors an API gives, ``base64url("<timestamp>|<id>")``, and the query for the
items after one. Plain Python: a bad cursor is an :class:`InvalidCursor` (the gateway answers
it with a 422 ``invalid_cursor`` problem)."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any


class InvalidCursor(ValueError):
    """A cursor this API did not give."""


def keyset_cursor(at: datetime, key: str) -> str:
    return base64.urlsafe_b64encode(f"{at.isoformat()}|{key}".encode()).decode().rstrip("=")


def parse_keyset_cursor(cursor: str, key: re.Pattern[str]) -> tuple[datetime, str]:
    """The timestamp and id of a cursor :func:`keyset_cursor` made; :class:`InvalidCursor` for
    anything else (the id must match ``key``, the timestamp must carry its time zone)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        at, sep, item_id = raw.partition("|")
        stamp = datetime.fromisoformat(at)
        if not sep or not key.match(item_id) or stamp.tzinfo is None:
            raise ValueError(raw)
        # "0001-01-01T00:00:00+14:00" parses but is before datetime.min in UTC: the store's
        # encoder (and any comparison in UTC) overflowed into a 500.
        stamp = stamp.astimezone(UTC)
    except (ValueError, OverflowError, binascii.Error, UnicodeDecodeError):
        raise InvalidCursor("pass a next_cursor this endpoint returned") from None
    return stamp, item_id


def keyset_page(docs: list[dict[str, Any]], limit: int, field: str) -> tuple[list[dict[str, Any]], str | None]:
    """The page out of the ``limit + 1`` items read for it, and the cursor after its last item
    (by ``field`` and ``_id``); None on the last page."""
    page = docs[:limit]
    return page, keyset_cursor(page[-1][field], page[-1]["_id"]) if len(docs) > limit and page else None


def older_than(field: str, before: tuple[datetime, str]) -> dict[str, Any]:
    """The query for the items after ``before`` = (``field`` value, ``_id``) of the last one seen,
    in the order ``[(field, -1), ("_id", -1)]``."""
    at, item_id = before
    return {"$or": [{field: {"$lt": at}}, {field: at, "_id": {"$lt": item_id}}]}


async def read_page(fetch: Callable[..., Awaitable[list[dict[str, Any]]]], cursor: str | None, key: re.Pattern[str],
                    limit: int, field: str, **query: Any) -> tuple[list[dict[str, Any]], str | None]:
    """A page newest first and the cursor after it: ``fetch(**query, limit=, before=)`` reads
    ``limit + 1`` items after the position ``cursor`` names (checked against ``key``)."""
    before = parse_keyset_cursor(cursor, key) if cursor else None
    return keyset_page(await fetch(**query, limit=limit + 1, before=before), limit, field)
