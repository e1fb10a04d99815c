"""Structural turn checks: both sides present, no empty turns, ends on the assistant."""

from __future__ import annotations

from services.quality.checks.base import Check
from shared.conversation import Conversation


class HasUserTurn(Check):
    name = "has_user_turn"
    reason = "missing_user_turn"
    weight = 1.0
    recommendation = "add the client/user message this answer responds to, or drop the record"

    def inspect(self, conversation: Conversation) -> str | None:
        return None if any(m.role == "user" and m.content for m in conversation.messages) else "no user turn"


class HasAssistantTurn(Check):
    name = "has_assistant_turn"
    reason = "missing_assistant_turn"
    weight = 1.0
    recommendation = "add the counsellor/assistant response, or drop the record"

    def inspect(self, conversation: Conversation) -> str | None:
        ok = any(m.role == "assistant" and m.content for m in conversation.messages)
        return None if ok else "no assistant turn"


class NoEmptyTurns(Check):
    name = "no_empty_turns"
    reason = "empty_turn"
    weight = 0.5
    recommendation = "remove or fill the empty turns"

    def inspect(self, conversation: Conversation) -> str | None:
        empty = [i for i, m in enumerate(conversation.messages)
                 if not m.content.strip() and not (m.metadata and m.metadata.get("tool_calls"))]
        return f"empty turns at {empty[:10]}" if empty else None


class EndsWithAssistant(Check):
    name = "ends_with_assistant"
    reason = "last_turn_not_assistant"
    weight = 0.2
    recommendation = "end the conversation on an assistant turn so the last user turn is answered"

    def inspect(self, conversation: Conversation) -> str | None:
        last = conversation.messages[-1].role if conversation.messages else None
        return None if last == "assistant" else f"last turn is {last}"
