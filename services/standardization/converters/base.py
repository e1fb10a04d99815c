"""What a converter is, what it returns, and the normalisation every converter shares."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, ClassVar

from shared.conversation import Message


class RejectRecord(Exception):
    """A record that cannot become a conversation; ``reason`` is a stable, actionable code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass
class Draft:
    """One conversation a record produced, before ids and lineage are attached."""

    messages: list[Message]
    metadata: dict[str, Any] = field(default_factory=dict)


class Converter:
    """One source format. ``matches`` is a cheap look at the keys; ``convert`` does the work."""

    name: ClassVar[str]

    def matches(self, record: dict[str, Any]) -> bool:
        raise NotImplementedError

    def convert(self, record: dict[str, Any]) -> list[Draft]:
        raise NotImplementedError


ROLE_ALIASES: dict[str, str] = {
    "system": "system", "developer": "system",
    "user": "user", "human": "user", "client": "user", "patient": "user", "prompter": "user",
    "assistant": "assistant", "gpt": "assistant", "chatgpt": "assistant", "bard": "assistant",
    "bing": "assistant", "model": "assistant", "bot": "assistant", "counselor": "assistant",
    "counsellor": "assistant", "therapist": "assistant", "function_call": "assistant",
    "tool": "tool", "function": "tool", "observation": "tool", "ipython": "tool",
}


def normalize_role(raw: Any) -> str:
    role = ROLE_ALIASES.get(str(raw).strip().lower()) if raw is not None else None
    if role is None:
        raise RejectRecord("unknown_role", f"role {str(raw)[:40]!r} is not one this pipeline maps")
    return role


def normalize_text(value: Any) -> str:
    """NFC, Windows/old-Mac line ends unified, outer whitespace trimmed."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def finish_messages(messages: list[Message], merge_consecutive: bool = True) -> list[Message]:
    """Merge same-role neighbours (configurable); refuse a record left with nothing to train on."""
    out: list[Message] = []
    for m in messages:
        if merge_consecutive and out and out[-1].role == m.role and m.role in ("user", "assistant") \
                and out[-1].name == m.name and not out[-1].metadata and not m.metadata:
            prev = out[-1]
            joined = "\n\n".join(p for p in (prev.content, m.content) if p)
            out[-1] = prev.model_copy(update={"content": joined})
        else:
            out.append(m)
    if not out:
        raise RejectRecord("empty_conversation", "the record holds no messages")
    if all(not m.content and not m.metadata for m in out):
        raise RejectRecord("empty_content", "every message is empty")
    return out
