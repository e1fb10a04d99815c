"""Structural turn checks: both sides present, no empty turns, sensible order and count."""

from __future__ import annotations

from services.quality.checks.base import Check, ConversationView
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

    def examine(self, view: ConversationView) -> str | None:
        # no words (``text_stats``, shared with the content checks) is ``not m.content.strip()``
        empty = [i for i, m in enumerate(view.messages)
                 if not view.stats(m.content)[0] and not (m.metadata and m.metadata.get("tool_calls"))]
        return f"empty turns at {empty[:10]}" if empty else None


class EndsWithAssistant(Check):
    name = "ends_with_assistant"
    reason = "last_turn_not_assistant"
    weight = 0.2
    recommendation = "end the conversation on an assistant turn so the last user turn is answered"

    def inspect(self, conversation: Conversation) -> str | None:
        last = conversation.messages[-1].role if conversation.messages else None
        return None if last == "assistant" else f"last turn is {last}"


class RoleOrder(Check):
    """The dialogue opens with the user; system prompts only at the start; tool output
    only after an assistant turn."""

    name = "role_order"
    reason = "role_order"
    weight = 0.3
    recommendation = "reorder the turns: system first, then the user opens, tool results follow a call"

    def inspect(self, conversation: Conversation) -> str | None:
        roles = [m.role for m in conversation.messages]
        dialogue = [r for r in roles if r != "system"]
        if dialogue and dialogue[0] != "user":
            return f"dialogue opens with {dialogue[0]}"
        first_non_system = next((i for i, r in enumerate(roles) if r != "system"), len(roles))
        if "system" in roles[first_non_system:]:
            return "a system message in the middle of the dialogue"
        for prev, cur in zip(roles, roles[1:]):
            if cur == "tool" and prev not in ("assistant", "tool"):
                return "tool output not preceded by an assistant call"
        return None


class TurnCount(Check):
    name = "turn_count"
    reason = "too_many_turns"
    weight = 0.3
    recommendation = "split very long sessions into several conversations"

    def __init__(self, max_turns: int = 200) -> None:
        self.max_turns = max_turns

    def inspect(self, conversation: Conversation) -> str | None:
        n = len(conversation.messages)
        return f"{n} turns (max {self.max_turns})" if n > self.max_turns else None
