"""The check table: every check the quality service runs, in one place."""

from services.quality.checks.base import Check
from services.quality.checks.length import ConversationMinLength, TurnLengthMax
from services.quality.checks.turns import EndsWithAssistant, HasAssistantTurn, HasUserTurn, NoEmptyTurns


def default_checks(max_turn_chars: int = 16_000, min_conversation_chars: int = 10) -> tuple[Check, ...]:
    return (
        HasUserTurn(),
        HasAssistantTurn(),
        NoEmptyTurns(),
        EndsWithAssistant(),
        TurnLengthMax(max_turn_chars),
        ConversationMinLength(min_conversation_chars),
    )


__all__ = ["Check", "default_checks"]
