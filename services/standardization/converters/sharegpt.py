"""ShareGPT / Vicuna: ``conversations[{from, value}]``, roles human/gpt/system."""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import Converter, Draft, RejectRecord, normalize_role, normalize_text
from shared.conversation import Message


class ShareGPT(Converter):
    name = "sharegpt"

    def matches(self, record: dict[str, Any]) -> bool:
        conv = record.get("conversations")
        return isinstance(conv, list) and (not conv or isinstance(conv[0], dict) and "from" in conv[0])

    def convert(self, record: dict[str, Any]) -> list[Draft]:
        messages: list[Message] = []
        if isinstance(record.get("system"), str) and record["system"].strip():
            messages.append(Message(role="system", content=normalize_text(record["system"])))
        for i, turn in enumerate(record["conversations"]):
            if not isinstance(turn, dict) or "from" not in turn:
                raise RejectRecord("malformed_message", f"conversations[{i}] has no 'from'")
            raw_role = str(turn["from"]).strip().lower()
            messages.append(Message(
                role=normalize_role(raw_role),
                content=normalize_text(turn.get("value")),
                metadata={"sharegpt_role": raw_role} if raw_role in ("function_call", "observation") else None,
            ))
        meta: dict[str, Any] = {k: record[k] for k in ("id",) if isinstance(record.get(k), (str, int))}
        if "tools" in record:
            meta["tools"] = record["tools"] if isinstance(record["tools"], str) else str(record["tools"])
        return [Draft(messages, meta)]
