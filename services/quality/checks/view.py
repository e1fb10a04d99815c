"""One conversation as the checks read it. Each joined text, its folded form and its
literal scan (``prefilter.Folded``) is built once and shared by every check, where each
check used to join and scan the text again; so are each message's ``text_stats`` (word
counts, letters, control characters), which several general checks read."""

from __future__ import annotations

import re

from services.quality.checks.prefilter import Folded
from shared.conversation import Conversation
from shared.native import NATIVE

# The sample ``text_stats`` measures (``Gibberish``'s default ``sample_chars``)
STATS_SAMPLE = 2000
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TextStats = tuple[int, int, int, int, bool, bool, int]


def py_text_stats(text: str, sample_chars: int = STATS_SAMPLE) -> TextStats:
    """What the general checks read of one message: (``len(text.split())``,
    ``len(sample.split())``, ``sum(map(len, sample.split()))``, the ASCII letters of the
    sample, ``sample.isascii()``, whether ``text`` holds a control character (``_CONTROL``),
    ``text.count("\ufffd")``), where ``sample = text[:sample_chars]``. The twin of
    ``dp_native.text_stats``, which makes them in one pass over the characters."""
    sample = text[:sample_chars]
    words = sample.split()
    return (len(text.split()), len(words), sum(map(len, words)),
            len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS)), sample.isascii(),
            _CONTROL.search(text) is not None, text.count("\ufffd"))


text_stats = NATIVE.text_stats if NATIVE is not None and hasattr(NATIVE, "text_stats") else py_text_stats


def text_of(conversation: Conversation, *roles: str) -> str:
    return "\n".join(m.content for m in conversation.messages if not roles or m.role in roles)


class ConversationView:
    __slots__ = ("conversation", "messages", "_texts", "_folded", "_cache", "_stats", "risk_levels", "memo")

    def __init__(self, conversation: Conversation, cache: dict[str, Folded] | None = None) -> None:
        self.conversation = conversation
        self.messages = conversation.messages
        self._texts: dict[tuple[str, ...], str] = {}
        self._folded: dict[tuple[str, ...], Folded] = {}
        # folded message texts by content: shared with the PII pass, which reads the same
        # texts before redaction (unchanged unless PII was found)
        self._cache: dict[str, Folded] = {} if cache is None else cache
        self._stats: dict[str, TextStats] = {}
        self.risk_levels: dict[int, str] = {}  # by message index: the check and the risk tag both ask
        self.memo: dict = {}  # other results more than one check needs (therapeutic signals)

    def text(self, *roles: str) -> str:
        """``text_of(conversation, *roles)``."""
        text = self._texts.get(roles)
        if text is None:
            text = self._texts[roles] = text_of(self.conversation, *roles)
        return text

    def stats(self, text: str) -> TextStats:
        """``text_stats(text)`` (of a message's content), made once per text (``Folded.remembered``)."""
        stats = self._stats.get(text)
        if stats is None:
            stats = self._stats[text] = self.fold(text).remembered("text_stats", lambda: text_stats(text, STATS_SAMPLE))
        return stats

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
