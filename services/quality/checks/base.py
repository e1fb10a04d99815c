"""A quality check: one small class, one method, one machine-readable reason.

``inspect`` returns ``None`` when the conversation passes, else a short detail. ``weight``
is what a failure costs within the check's tier: a tier's sub-score multiplies
``1 - weight`` over its failed checks, the overall score multiplies the tiers, so a weight
of 1.0 is disqualifying on its own. Checks with weight 0 only tag (crisis disclosures are
tagged, never treated as defects).

``assess`` hands checks a ``ConversationView`` (``examine``): texts joined and scanned once
for all checks; pattern checks skip their regex when a ``prefilter.Guard`` proves it
cannot match.
"""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from services.quality.checks.prefilter import pruned
from services.quality.checks.view import ConversationView, text_of
from shared.conversation import Conversation

Tier = Literal["structure", "content", "counselling"]


class Check:
    name: ClassVar[str]
    reason: ClassVar[str]
    tier: ClassVar[Tier] = "structure"
    weight: float = 0.5
    recommendation: ClassVar[str] = ""

    def inspect(self, conversation: Conversation) -> str | None:
        if type(self).examine is Check.examine:
            raise NotImplementedError
        return self.examine(ConversationView(conversation))

    def examine(self, view: ConversationView) -> str | None:
        """``inspect`` on a view that shares joined and folded texts between checks (what
        ``assess`` calls). A check overrides one of the two."""
        return self.inspect(view.conversation)


class AssistantPatternCheck(Check):
    """Fires when ``pattern`` occurs in an assistant turn; with a ``hedge``, occurrences
    in reported or negated speech (``hedge`` matching just before them) do not count."""

    pattern: ClassVar[re.Pattern]
    hedge: ClassVar[re.Pattern | None] = None
    speaker: ClassVar[str] = "assistant"

    def examine(self, view: ConversationView) -> str | None:
        # the same matches; none starts before ``pos`` (``Pruned.locate``)
        found = pruned(self.pattern).locate(view.folded("assistant"))
        if found is None:
            return None
        pattern, pos = found
        text = view.text("assistant")
        for m in pattern.finditer(text, pos):
            if self.hedge is not None and self.hedge.search(text[max(0, m.start() - 40):m.start()]):
                continue
            return f"{self.speaker} says {m.group(0)!r}"
        return None


__all__ = ["AssistantPatternCheck", "Check", "ConversationView", "Tier", "text_of"]
