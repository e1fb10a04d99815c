"""ShareGPT / Vicuna: ``conversations[{from, value}]`` (or ``{role, content}``), roles
human/gpt/system plus ``function_call``/``observation`` turns and a ``tools`` field."""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_role, normalize_text,
)
from shared.conversation import Message


class ShareGPT(Converter):
    name = "sharegpt"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        conv = record.get("conversations", record.get("conversation"))
        if not isinstance(conv, list):
            return None
        if not conv:
            return Evidence(0.5, ("conversations",))
        first = conv[0]
        if isinstance(first, dict) and "from" in first:
            return Evidence(1.0, ("conversations", "conversations[].from", "conversations[].value"))
        if isinstance(first, dict) and "role" in first:
            return Evidence(0.9, ("conversations", "conversations[].role", "conversations[].content"))
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        messages: list[Message] = []
        if isinstance(record.get("system"), str) and record["system"].strip():
            messages.append(Message(role="system", content=normalize_text(record["system"])))
        turns = record.get("conversations", record.get("conversation"))
        for i, turn in enumerate(turns):
            if not isinstance(turn, dict) or not ("from" in turn or "role" in turn):
                raise RejectRecord("malformed_message", f"conversations[{i}] has no 'from'")
            raw_role = str(turn.get("from", turn.get("role"))).strip().lower()
            messages.append(Message(
                role=normalize_role(raw_role, options),
                content=normalize_text(turn.get("value", turn.get("content"))),
                metadata={"sharegpt_role": raw_role} if raw_role in ("function_call", "observation") else None,
            ))
        meta: dict[str, Any] = {k: record[k] for k in ("id",) if isinstance(record.get(k), (str, int))}
        if "tools" in record:
            meta["tools"] = record["tools"] if isinstance(record["tools"], str) else str(record["tools"])
        return [Draft(messages, meta)]
