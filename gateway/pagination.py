"""Opaque keyset cursors, ``base64url("<timestamp>|<id>")``: the position after the last item of
a page in a collection read newest first (by a timestamp, ties broken by ``_id``)."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, datetime

from gateway.problems import Problem


def keyset_cursor(at: datetime, key: str) -> str:
    return base64.urlsafe_b64encode(f"{at.isoformat()}|{key}".encode()).decode().rstrip("=")


def parse_keyset_cursor(cursor: str, key: re.Pattern[str]) -> tuple[datetime, str]:
    """The timestamp and id of a cursor this API gave; 422 ``invalid_cursor`` for anything else
    (the id must match ``key``, the timestamp must carry its time zone)."""
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
        raise Problem(422, "invalid_cursor", "Invalid cursor", "pass a next_cursor this endpoint returned") from None
    return stamp, item_id
