"""Per-record limits, applied where a record is read: one bad record is a reject with a reason,
and the rest of its file goes on.

Every record read from a file (any format, uploads and raw ingest alike) travels as JSON in a
Kafka batch and ends in MongoDB. Three kinds of record cannot: one nested deeper than
:data:`MAX_DEPTH` (Python's parser stops near 1,000 levels with a RecursionError, orjson at
255, MongoDB at 100), one holding a lone UTF-16 surrogate (``"\\ud800"`` is legal JSON text but
no UTF-8 encoder takes it), and one over :data:`MAX_RECORD_BYTES` (it would not fit a Kafka
message). Each used to fail its whole batch, and with it the run (``records_in: 0``). Here each
becomes a ``RawRecord`` with ``error`` set (``record_too_deep``, ``invalid_text``,
``record_too_large``), which standardization rejects with that reason like a line that does not
parse.

Integers outside the signed 64-bit range (JSON has no limit; orjson and BSON have) are kept
exactly, as their decimal strings, never rounded to floats.

The check costs one ``orjson.dumps`` per record (C speed, and it gives the size that batching
needs); the depth walk runs only for records with at least :data:`MAX_DEPTH` brackets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from shared.events import RawRecord

MAX_DEPTH = 64
MAX_RECORD_BYTES = 4 * 1024 * 1024
_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
# 19 ASCII digits in a row (what rb"\d{19,}" finds: a bytes pattern's \d is [0-9]): ASCII
# digits to "0", every other byte to " ", then a substring search for 19 zeros. ~1/10 of the
# regex's cost on text with many short digit runs (~2.5 against ~25 us per 2 KB record).
DIGITS_TO_ZERO = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
NINETEEN_ZEROS = b"0" * 19


def depth(value: Any) -> int:
    """Nesting depth of a JSON value (a scalar is 0, ``[]`` is 1), without recursion."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        elif not isinstance(item, list):
            continue
        level += 1
        deepest = max(deepest, level)
        if level > MAX_DEPTH:
            return level
        stack.extend((v, level) for v in item if isinstance(v, (dict, list)))
    return deepest


def _big_ints_to_strings(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if _INT64_MIN <= value <= _INT64_MAX else str(value)
    if isinstance(value, dict):
        return {k: _big_ints_to_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_big_ints_to_strings(v) for v in value]
    return value


def _reject(record: RawRecord, reason: str, detail: str) -> RawRecord:
    return RawRecord(index=record.index, error=reason, detail=detail[:300])


def check(record: RawRecord) -> tuple[RawRecord, int]:
    """The record as it may travel (or a reject in its place), and its size as JSON in bytes."""
    if record.error is not None:
        return record, len(record.detail or "") + 64
    data = record.data
    try:
        encoded = orjson.dumps(data)
    except orjson.JSONEncodeError as exc:
        message = str(exc)
        if "64-bit" in message:
            data = _big_ints_to_strings(data)  # depth is bounded: orjson got as far as the integer
            try:
                encoded = orjson.dumps(data)
            except orjson.JSONEncodeError as again:
                return check_failed(record, str(again))
            record = RawRecord(index=record.index, data=data)
        else:
            return check_failed(record, message)
    except RecursionError:
        return _reject(record, "record_too_deep", f"nested more than {MAX_DEPTH} levels"), 64
    if NINETEEN_ZEROS in encoded.translate(DIGITS_TO_ZERO):
        # maybe an integer BSON cannot hold (orjson writes up to 2^64 - 1)
        kept = _big_ints_to_strings(data)
        if kept != data:
            data, record = kept, RawRecord(index=record.index, data=kept)
            encoded = orjson.dumps(data)
    if len(encoded) > MAX_RECORD_BYTES:
        return _reject(record, "record_too_large",
                       f"the record has {len(encoded)} bytes as JSON; at most {MAX_RECORD_BYTES} per record"), 64
    if encoded.count(b"[") + encoded.count(b"{") > MAX_DEPTH and depth(data) > MAX_DEPTH:
        return _reject(record, "record_too_deep", f"nested more than {MAX_DEPTH} levels"), 64
    return record, len(encoded)


def check_failed(record: RawRecord, message: str) -> tuple[RawRecord, int]:
    if "recursion" in message.lower():
        return _reject(record, "record_too_deep", f"nested more than {MAX_DEPTH} levels"), 64
    if "utf-8" in message.lower() or "surrogate" in message.lower():
        return _reject(record, "invalid_text",
                       "a string holds a lone UTF-16 surrogate (e.g. \\ud800): not a character"), 64
    return _reject(record, "invalid_record", f"not representable as JSON: {message}"), 64


def guarded(records: Iterable[RawRecord]) -> Iterator[tuple[RawRecord, int]]:
    """``records`` checked one by one: (record or its reject, size in bytes)."""
    for record in records:
        yield check(record)
