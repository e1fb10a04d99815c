"""A quality check: one small class, one method, one machine-readable reason.

``inspect`` returns ``None`` when the conversation passes, else a short detail. ``weight``
is what a failure costs within the check's tier: a tier's sub-score multiplies
``1 - weight`` over its failed checks, the overall score multiplies the tiers, so a weight
of 1.0 is disqualifying on its own. Checks with weight 0 only tag (crisis disclosures are
tagged, never treated as defects).
"""

from __future__ import annotations

from typing import ClassVar, Literal

from shared.conversation import Conversation

Tier = Literal["structure", "content", "counselling"]


class Check:
    name: ClassVar[str]
    reason: ClassVar[str]
    tier: ClassVar[Tier] = "structure"
    weight: float = 0.5
    recommendation: ClassVar[str] = ""

    def inspect(self, conversation: Conversation) -> str | None:
        raise NotImplementedError


def text_of(conversation: Conversation, *roles: str) -> str:
    return "\n".join(m.content for m in conversation.messages if not roles or m.role in roles)
