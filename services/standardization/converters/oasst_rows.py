"""OpenAssistant message rows: one record per message, linked across records by
``parent_message_id`` (oasst1/oasst2's parquet tables, the Open-Assistant backend's
message exports): ``{"message_id", "parent_message_id", "message_tree_id", "role":
"prompter" | "assistant", "text", "lang", "deleted", "rank", ...}``.

A row alone is no conversation: rows are assembled **per batch** (acquisition keeps every
row of one message tree in the same batch, see ``services.acquisition.batching``), by
:func:`assemble`:

- each root-to-leaf thread becomes one conversation, whose lineage points at its **leaf** row
  (``record_index`` = the leaf's position, ``record_key`` = its message id); the thread's
  message ids are in metadata (``message_ids``), with ``message_tree_id`` and ``lang``;
- a row that is on at least one thread counts once as converted, however many threads share it
  (a prompt with three answers: three conversations, the prompt counted once);
- every other row is a reject with its reason: ``deleted_message`` (the row says
  ``deleted: true``), ``unanswered_prompt`` (a prompter message nobody answered, at the end of
  a thread: a conversation may not end with the user), ``parent_message_missing`` (its parent is
  not in the data, so the thread cannot be rebuilt), ``parent_message_rejected`` (an ancestor
  was rejected), ``unknown_role``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_role, normalize_text,
)
from shared.conversation import Message
from shared.linked_rows import PARENT_KEYS, is_message_row

MAX_DEPTH = 1_000  # messages in one thread (OpenAssistant threads are a few dozen at most)


def parent_key(record: dict[str, Any]) -> str | None:
    for k in PARENT_KEYS:
        if k in record:
            return k
    return None


def _id(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


@dataclass
class Assembled:
    """What a batch's message rows became."""

    # (leaf row index, leaf message id, draft, row indexes on the thread)
    threads: list[tuple[int, str, Draft, list[int]]] = field(default_factory=list)
    converted: set[int] = field(default_factory=set)
    # row index -> (reason, detail)
    rejects: dict[int, tuple[str, str]] = field(default_factory=dict)


def assemble(rows: list[tuple[int, dict[str, Any]]], options: ConvertOptions = DEFAULT_OPTIONS) -> Assembled:
    out = Assembled()
    by_id: dict[str, tuple[int, dict[str, Any]]] = {}
    for index, row in rows:
        mid = _id(row.get("message_id"))
        if mid is None or mid in by_id:
            out.rejects[index] = ("malformed_message", "no message_id" if mid is None else f"message id {mid} "
                                  "appears twice")
            continue
        by_id[mid] = (index, row)
    roles: dict[str, str] = {}
    children: dict[str, list[str]] = {}
    roots: list[str] = []
    for mid, (index, row) in by_id.items():
        if row.get("deleted") is True:
            out.rejects[index] = ("deleted_message", "the row is marked deleted")
            continue
        try:
            roles[mid] = normalize_role(row.get("role"), options)
        except RejectRecord as exc:
            out.rejects[index] = (exc.reason, exc.detail)
            continue
        parent = _id(row.get(parent_key(row) or "parent_message_id"))
        if parent is None:
            roots.append(mid)
        elif parent not in by_id:
            out.rejects[index] = ("parent_message_missing", f"parent message {parent[:60]} is not in the data")
        else:
            children.setdefault(parent, []).append(mid)

    def text(mid: str) -> str:
        row = by_id[mid][1]
        return normalize_text(row.get("text", row.get("content")))

    # Messages on the way to an assistant answer: walk up from each kept assistant message.
    leads: set[str] = set()
    for mid, role in roles.items():
        if role != "assistant" or by_id[mid][0] in out.rejects:
            continue
        m: str | None = mid
        steps = 0
        while m is not None and m not in leads and m in roles and by_id[m][0] not in out.rejects \
                and steps <= MAX_DEPTH:
            leads.add(m)
            steps += 1
            m = _id(by_id[m][1].get(parent_key(by_id[m][1]) or "parent_message_id"))
    # Walk each tree from its roots; a thread ends at an assistant message with no answered child.
    too_deep: set[str] = set()
    for root in roots:
        stack: list[tuple[str, tuple[str, ...]]] = [(root, ())]
        while stack:
            mid, path = stack.pop()
            index = by_id[mid][0]
            if index in out.rejects or mid not in leads:
                continue
            path = (*path, mid)
            if len(path) > MAX_DEPTH:
                out.rejects[index] = ("thread_too_deep", f"more than {MAX_DEPTH} messages in one thread")
                too_deep.update(path)
                continue
            answered = [k for k in children.get(mid, []) if k in leads and by_id[k][0] not in out.rejects]
            if answered:
                for kid in reversed(answered):
                    stack.append((kid, path))
                continue
            messages = [Message(role=roles[m], content=text(m)) for m in path]
            leaf_row = by_id[mid][1]
            meta: dict[str, Any] = {"message_ids": list(path),
                                    "message_tree_id": _id(leaf_row.get("message_tree_id")) or root}
            if isinstance(leaf_row.get("lang"), str):
                meta["lang"] = leaf_row["lang"]
            members = [by_id[m][0] for m in path]
            out.threads.append((index, mid, Draft(messages, meta), members))
            out.converted.update(members)
    # Whatever is neither on a thread nor rejected yet: say why.
    # (against the rejects known before this pass, so the reasons do not depend on row order)
    known = dict(out.rejects)
    for mid, (index, row) in by_id.items():
        if index in out.converted or index in known:
            continue
        out.rejects[index] = ("thread_too_deep", f"on a thread of more than {MAX_DEPTH} messages") \
            if mid in too_deep else _why_left_out(mid, by_id, known)
    return out


def _why_left_out(mid: str, by_id, known: dict[int, tuple[str, str]]) -> tuple[str, str]:
    seen = set()
    m: str | None = mid
    while m is not None and m not in seen:
        seen.add(m)
        index, row = by_id[m]
        if m != mid and index in known:
            return "parent_message_rejected", f"ancestor message {m[:60]} was rejected ({known[index][0]})"
        m = _id(row.get(parent_key(row) or "parent_message_id"))
        if m is not None and m not in by_id:
            return "parent_message_missing", f"ancestor message {m[:60]} is not in the data"
    if m is not None:
        return "malformed_thread", "the parent links form a cycle"
    return "unanswered_prompt", "no assistant message answers this prompt"


class OasstRows(Converter):
    """Detection only: a single row converts through :func:`assemble` with the rows around it."""

    name = "oasst_rows"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        if is_message_row(record):
            return Evidence(1.0, ("message_id", parent_key(record) or "parent_message_id", "role", "text"))
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        found = assemble([(0, record)], options)
        if found.threads:
            return [d for _, _, d, _ in found.threads]
        reason, detail = found.rejects.get(0, ("unanswered_prompt", "a single message row"))
        raise RejectRecord(reason, detail)
