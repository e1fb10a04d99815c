"""The check table: every check the quality service runs, by tier, in one place."""

from collections.abc import Sequence

from services.quality.checks.base import Check, Tier
from services.quality.checks.content import AnswerProportion, Boilerplate, Gibberish, Language, Repetition
from services.quality.checks.counselling.crisis import CrisisSafetyResponse
from services.quality.checks.counselling.terminology import OutdatedTerminology
from services.quality.checks.counselling.therapeutic import OverAdvice
from services.quality.checks.counselling.unsafe import Dismissive, EncouragesHarm, MedicationDosing, OutrightDiagnosis
from services.quality.checks.counselling.unsafe import (
    EncouragesDisorderedEating, MedicationChange, Minimising, TerseNonAnswer, UnacknowledgedDistress, VictimBlaming,
)
from services.quality.checks.encoding import EncodingDamage, MarkupLeftovers
from services.quality.checks.length import ConversationMinLength, TurnLengthMax
from services.quality.checks.turns import (
    EndsWithAssistant, HasAssistantTurn, HasUserTurn, NoEmptyTurns, RoleOrder, TurnCount,
)

TIERS: tuple[Tier, ...] = ("structure", "content", "counselling")


def default_checks(max_turn_chars: int = 16_000, min_conversation_chars: int = 10,
                   languages: Sequence[str] = ("en",)) -> tuple[Check, ...]:
    return (
        # structure
        HasUserTurn(), HasAssistantTurn(), NoEmptyTurns(), EndsWithAssistant(), RoleOrder(), TurnCount(),
        TurnLengthMax(max_turn_chars), ConversationMinLength(min_conversation_chars), EncodingDamage(),
        MarkupLeftovers(),
        # content
        Repetition(), Boilerplate(), Language(languages), Gibberish(), AnswerProportion(),
        # counselling
        CrisisSafetyResponse(), MedicationDosing(), OutrightDiagnosis(), Dismissive(), EncouragesHarm(),
        OverAdvice(), OutdatedTerminology(),
        MedicationChange(), Minimising(), VictimBlaming(), EncouragesDisorderedEating(), TerseNonAnswer(),
        UnacknowledgedDistress(),
    )


__all__ = ["TIERS", "Check", "default_checks"]
