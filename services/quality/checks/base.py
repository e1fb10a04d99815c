"""A quality check: one small class, one method, one machine-readable reason."""

from __future__ import annotations

from typing import ClassVar

from shared.conversation import Conversation


class Check:
    """``inspect`` returns ``None`` when the conversation passes, else a short detail.

    ``weight`` is how much a failure costs: the overall score multiplies ``1 - weight``
    over the failed checks, so a weight of 1.0 is disqualifying on its own.
    """

    name: ClassVar[str]
    reason: ClassVar[str]
    tier: ClassVar[str] = "structure"
    weight: float = 0.5
    recommendation: ClassVar[str] = ""

    def inspect(self, conversation: Conversation) -> str | None:
        raise NotImplementedError
