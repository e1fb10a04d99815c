"""Records that are one message each and link to their parent message across records
(OpenAssistant's message tables: ``message_id``, ``parent_message_id``, ``message_tree_id``,
``role``, ``text``). Acquisition keeps the rows of one tree in one batch (``group_rows``);
standardization assembles each batch's rows into threads. The shape test lives here because
both services need it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain, islice
from typing import Any

from shared.events import RawRecord

PARENT_KEYS = ("parent_message_id", "parent_id")
SNIFF_RECORDS = 50
MAX_CHAIN = 100_000


def is_message_row(record: Any) -> bool:
    """A message row names itself and its parent, and holds a role and text (cheap key checks)."""
    return (isinstance(record, dict) and "message_id" in record
            and ("parent_message_id" in record or ("parent_id" in record and "messages" not in record))
            and ("text" in record or "content" in record) and "role" in record)


def parent_of(record: dict[str, Any]) -> str | None:
    for k in PARENT_KEYS:
        if k in record:
            v = record[k]
            return None if v is None or v == "" else str(v)
    return None


def _id(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


Sized = tuple[RawRecord, int]


def group_rows(open_records: Callable[[], Iterator[Sized]]) -> Iterator[list[Sized]]:
    """A source's records as groups that must stay in one batch.

    A source whose first records are mostly message rows is read twice: once to learn each
    row's tree (``message_tree_id``, else the root reached through the parent links), then to
    hand out each tree as one group, as soon as its last row has been read (a file sorted by
    tree, as oasst1/oasst2 are, holds one tree in memory at a time). Any other record, and
    every record of any other source, is a group of one, in file order. Deterministic, so a
    resumed run cuts the same batches.
    """
    first = open_records()
    head = list(islice(first, SNIFF_RECORDS))
    dicts = [r.data for r, _ in head if isinstance(r.data, dict)]
    if not dicts or 2 * sum(1 for d in dicts if is_message_row(d)) <= len(dicts):
        for item in chain(head, first):
            yield [item]
        return
    parent: dict[str, str | None] = {}
    tree_of: dict[str, str] = {}
    mid_at: dict[int, str] = {}
    for rec, _ in chain(head, first):
        if rec.error is None and is_message_row(rec.data):
            mid = _id(rec.data.get("message_id"))
            if mid is None or mid in parent:
                continue  # standardization rejects it; it travels alone
            mid_at[rec.index] = mid
            parent[mid] = parent_of(rec.data)
            tid = _id(rec.data.get("message_tree_id"))
            if tid is not None:
                tree_of[mid] = tid
    key_of: dict[str, str] = {}
    for mid in parent:
        if mid in tree_of:
            key_of[mid] = "t:" + tree_of[mid]
            continue
        path, on_path, m = [], set(), mid
        while m is not None and m not in key_of and m in parent and len(path) < MAX_CHAIN:
            path.append(m)
            on_path.add(m)
            m = parent[m]
            if m in on_path:  # a cycle: the group is named after the last message reached
                break
        key = key_of.get(m) if m is not None and m in key_of else "r:" + (path[-1] if path else mid)
        for p in path:
            key_of[p] = key
    counts: dict[str, int] = {}
    for mid in mid_at.values():
        counts[key_of[mid]] = counts.get(key_of[mid], 0) + 1
    open_groups: dict[str, list[Sized]] = {}
    for item in open_records():
        mid = mid_at.get(item[0].index)
        if mid is None or item[0].error is not None:
            yield [item]
            continue
        key = key_of[mid]
        group = open_groups.setdefault(key, [])
        group.append(item)
        if len(group) >= counts[key]:
            yield open_groups.pop(key)
    yield from open_groups.values()  # only if the source changed between the two readings
