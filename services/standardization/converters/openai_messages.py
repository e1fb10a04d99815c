"""OpenAI / ChatML ``messages[{role, content}]`` (content as text or as a list of parts)."""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_role, normalize_text,
)
from shared.conversation import Message


def content_text(content: Any) -> str:
    if isinstance(content, list):  # [{type: "text", text|value}, ...]
        parts = []
        for part in content:
            if isinstance(part, dict):
                parts.append(normalize_text(part.get("text", part.get("value", ""))))
            elif isinstance(part, str):
                parts.append(normalize_text(part))
        return "\n".join(p for p in parts if p)
    return normalize_text(content)


class OpenAIMessages(Converter):
    name = "openai_messages"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        msgs = record.get("messages")
        if not isinstance(msgs, list):
            return None
        dicts = [m for m in msgs if isinstance(m, dict)]
        shaped = sum(1 for m in dicts if "role" in m and ("content" in m or "tool_calls" in m))
        confidence = 0.6 + 0.4 * (shaped / len(msgs)) if msgs else 0.6
        return Evidence(round(confidence, 2), ("messages", "messages[].role", "messages[].content"))

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        messages: list[Message] = []
        for i, m in enumerate(record["messages"]):
            if not isinstance(m, dict):
                raise RejectRecord("malformed_message", f"messages[{i}] is not an object")
            if "role" not in m:
                raise RejectRecord("malformed_message", f"messages[{i}] has no role")
            metadata = {k: m[k] for k in ("tool_calls", "tool_call_id", "function_call", "weight") if k in m}
            messages.append(Message(
                role=normalize_role(m["role"], options),
                content=content_text(m.get("content")),
                name=m.get("name") if isinstance(m.get("name"), str) else None,
                metadata=metadata or None,
            ))
        extra = {k: v for k, v in record.items() if k != "messages" and isinstance(v, (str, int, float, bool))}
        if isinstance(record.get("tools"), list):
            extra["tools"] = record["tools"]
        return [Draft(messages, extra)]
