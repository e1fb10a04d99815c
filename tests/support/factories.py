"""Builders for realistic records, conversations and events used across the suite."""

from __future__ import annotations

from shared.conversation import Conversation, Lineage, Message, conversation_id
from shared.events import RawRecord


def raw(*records, start: int = 0) -> list[RawRecord]:
    return [RawRecord(index=start + i, data=r) for i, r in enumerate(records)]


def conversation(*turns: tuple[str, str], dataset_id: str = "d1", record_index: int = 0) -> Conversation:
    messages = [Message(role=role, content=content) for role, content in turns]
    lineage = Lineage(dataset_id=dataset_id, source_name="f.jsonl", source_sha256="0" * 64,
                      record_index=record_index)
    return Conversation(id=conversation_id(lineage, messages), messages=messages, lineage=lineage,
                        original_format="openai_messages")


def counselling_exchange(i: int = 0) -> dict:
    return {"messages": [
        {"role": "system", "content": "You are a supportive counsellor."},
        {"role": "user", "content": f"I've been struggling to sleep since the move ({i})."},
        {"role": "assistant", "content": "That sounds hard. What tends to keep you awake?"},
    ]}
