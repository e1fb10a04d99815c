"""Length bounds: no runaway turn, not too short to teach anything."""

from __future__ import annotations

from services.quality.checks.base import Check
from shared.conversation import Conversation


class TurnLengthMax(Check):
    name = "turn_length_max"
    reason = "turn_too_long"
    weight = 0.4
    recommendation = "split or truncate the overlong turn; it likely holds pasted documents or logs"

    def __init__(self, max_chars: int = 16_000) -> None:
        self.max_chars = max_chars

    def inspect(self, conversation: Conversation) -> str | None:
        longest = max((len(m.content) for m in conversation.messages), default=0)
        return f"a turn has {longest} chars (max {self.max_chars})" if longest > self.max_chars else None


class ConversationMinLength(Check):
    name = "conversation_min_length"
    reason = "too_short"
    weight = 0.5
    recommendation = "too little text to learn from; merge with context or drop"

    def __init__(self, min_chars: int = 10) -> None:
        self.min_chars = min_chars

    def inspect(self, conversation: Conversation) -> str | None:
        total = sum(len(m.content) for m in conversation.messages if m.role != "system")
        return f"{total} chars of dialogue (min {self.min_chars})" if total < self.min_chars else None
