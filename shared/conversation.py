"""The one conversation schema every service speaks."""

from __future__ import annotations

import hashlib
import re
from typing import Any, Literal

import orjson
from pydantic import BaseModel, Field

Role = Literal["system", "user", "assistant", "tool"]


class Message(BaseModel):
    role: Role
    content: str
    name: str | None = None
    metadata: dict[str, Any] | None = None


class Lineage(BaseModel):
    """Where a conversation came from: enough to find the original record again."""

    dataset_id: str
    source_name: str
    source_sha256: str
    record_index: int = Field(ge=0, description="0-based position of the record in the source file")
    part: int = Field(0, ge=0, description="index of this conversation among those the record produced")
    record_key: str | None = Field(None, description="the record's own id, when it has one")


class Conversation(BaseModel):
    id: str
    messages: list[Message]
    lineage: Lineage
    original_format: str
    metadata: dict[str, Any] = Field(default_factory=dict)


def conversation_id(lineage: Lineage, messages: list[Message]) -> str:
    """Deterministic id from source position and content.

    A replayed batch produces the same ids, so upserts never make a second copy; the same
    text at two positions of a file stays two conversations (deduplication is quality's job).
    """
    h = hashlib.sha256()
    h.update(f"{lineage.dataset_id}\x00{lineage.record_index}\x00{lineage.part}\x00".encode())
    h.update(orjson.dumps([(m.role, m.content, m.name) for m in messages]))
    return h.hexdigest()[:32]


_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case and whitespace folded: what "the same text" means when matching conversations."""
    return _SPACE.sub(" ", text).strip().casefold()


def conversation_key(messages: list[dict[str, Any]]) -> str:
    """The *same conversation* across datasets: equal user turns after case and whitespace
    folding (answers may differ: that is what a newer or better version changes)."""
    users = [fold(m["content"]) for m in messages if m["role"] == "user"]
    return hashlib.sha256(orjson.dumps(users)).hexdigest()
