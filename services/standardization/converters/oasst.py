"""OpenAssistant message trees, flattened to one conversation per thread (root to leaf).

Two shapes: the nested export (``{"prompt": {"text", "role", "replies": [...]}}`` or a
message with ``replies`` at the top level), and a flat list of messages that name their
``parent_id`` (``{"messages": [{"message_id", "parent_id", "role", "text"}]}``). The
message ids of each thread are kept in the conversation's metadata (lineage).
"""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_role, normalize_text,
)
from shared.conversation import Message

MAX_THREADS = 1000


def _text(node: dict[str, Any]) -> str:
    return normalize_text(node.get("text", node.get("content")))


def _threads(root: dict[str, Any], children) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = []
    stack: list[tuple[dict[str, Any], list[dict[str, Any]]]] = [(root, [])]
    while stack and len(out) < MAX_THREADS:
        node, path = stack.pop()
        path = [*path, node]
        kids = children(node)
        if not kids:
            out.append(path)
        for kid in reversed(kids):
            stack.append((kid, path))
    return out


def _drafts(threads: list[list[dict[str, Any]]], options: ConvertOptions, tree_id: Any) -> list[Draft]:
    drafts = []
    for thread in threads:
        messages = [Message(role=normalize_role(n.get("role"), options), content=_text(n)) for n in thread]
        meta = {"message_ids": [str(n.get("message_id", "")) for n in thread]}
        if tree_id is not None:
            meta["message_tree_id"] = str(tree_id)
        drafts.append(Draft(messages, meta))
    return drafts


class OasstTree(Converter):
    name = "oasst_tree"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        root = record.get("prompt") if isinstance(record.get("prompt"), dict) else record
        if isinstance(root, dict) and isinstance(root.get("replies"), list) and ("text" in root or "content" in root):
            return Evidence(1.0, ("prompt.replies" if root is not record else "replies", "role", "text"))
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        root = record.get("prompt") if isinstance(record.get("prompt"), dict) else record

        def children(node):
            return [r for r in node.get("replies") or [] if isinstance(r, dict)]

        return _drafts(_threads(root, children), options, record.get("message_tree_id"))


class FlatThreads(Converter):
    name = "oasst_flat"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        msgs = record.get("messages")
        if isinstance(msgs, list) and msgs and all(isinstance(m, dict) and "parent_id" in m for m in msgs):
            return Evidence(0.95, ("messages[].message_id", "messages[].parent_id"))
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        msgs = [m for m in record["messages"] if isinstance(m, dict)]
        ids = {m.get("message_id") for m in msgs}
        by_parent: dict[Any, list[dict[str, Any]]] = {}
        for m in msgs:
            by_parent.setdefault(m.get("parent_id"), []).append(m)
        roots = [m for m in msgs if m.get("parent_id") is None or m.get("parent_id") not in ids]
        if not roots:
            raise RejectRecord("malformed_thread", "every message has a parent: no root")
        drafts: list[Draft] = []
        for root in roots:
            drafts += _drafts(_threads(root, lambda n: by_parent.get(n.get("message_id"), [])), options,
                              record.get("message_tree_id"))
        return drafts
