"""One conversation as the checks read it. Each joined text, its folded form and its
literal scan (``prefilter.Folded``) is built once and shared by every check, where each
check used to join and scan the text again."""

from __future__ import annotations

from services.quality.checks.prefilter import Folded
from shared.conversation import Conversation


def text_of(conversation: Conversation, *roles: str) -> str:
    return "\n".join(m.content for m in conversation.messages if not roles or m.role in roles)


class ConversationView:
    __slots__ = ("conversation", "messages", "_texts", "_folded", "_cache", "risk_levels", "memo")

    def __init__(self, conversation: Conversation, cache: dict[str, Folded] | None = None) -> None:
        self.conversation = conversation
        self.messages = conversation.messages
        self._texts: dict[tuple[str, ...], str] = {}
        self._folded: dict[tuple[str, ...], Folded] = {}
        # folded message texts by content: shared with the PII pass, which reads the same
        # texts before redaction (unchanged unless PII was found)
        self._cache: dict[str, Folded] = {} if cache is None else cache
        self.risk_levels: dict[int, str] = {}  # by message index: the check and the risk tag both ask
        self.memo: dict = {}  # other results more than one check needs (therapeutic signals)

    def text(self, *roles: str) -> str:
        """``text_of(conversation, *roles)``."""
        text = self._texts.get(roles)
        if text is None:
            text = self._texts[roles] = text_of(self.conversation, *roles)
        return text

    def fold(self, text: str) -> Folded:
        folded = self._cache.get(text)
        if folded is None:
            folded = self._cache[text] = Folded(text)
        return folded

    def folded(self, *roles: str) -> Folded:
        """``Folded(self.text(*roles))``, assembled from the messages' folded texts."""
        folded = self._folded.get(roles)
        if folded is None:
            parts = tuple(self.fold(m.content) for m in self.messages if not roles or m.role in roles)
            folded = self._folded[roles] = Folded.joined(parts) if parts else self.fold("")
        return folded
