"""Encoding damage and leftovers: mojibake, control and replacement characters, chat
template tokens or HTML still in the text."""

from __future__ import annotations

import re

from services.quality.checks.base import Check, ConversationView, text_of
from services.quality.checks.prefilter import guard
from shared.conversation import Conversation

# UTF-8 read as Latin-1/CP1252: "Ã©" for "é", "â€™" for "’", "Â " for a no-break space.
_MOJIBAKE = re.compile(r"Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ]|Â[\u00a0-\u00bf]|ðŸ")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TEMPLATE = re.compile(r"<\|[a-z_]+\|>|\[/?INST\]|<</?SYS>>|</s>|<s>")
_HTML = re.compile(r"</?(?:p|div|br|span|li|ul|ol|b|i|strong|em|a|h[1-6]|table|tr|td)\b[^>]*>|&(?:nbsp|amp|quot|lt|gt|#\d+);",
                   re.I)


class EncodingDamage(Check):
    name = "encoding_damage"
    reason = "encoding_damage"
    weight = 0.5
    recommendation = "re-read the source as UTF-8 (mojibake) or strip control characters"

    def examine(self, view: ConversationView) -> str | None:
        problems = []
        # ``len(_MOJIBAKE.findall(view.text()))``, summed over the messages (no match holds a
        # newline, so none spans the newline that joins two), each message's count kept with
        # its text (``Folded.remembered``): a message met again is not searched again
        n = sum(_mojibake_in(view.fold(m.content)) for m in view.messages)
        if n >= 2:
            problems.append(f"{n} mojibake sequences")
        # replacement and control characters of ``view.text()``: its messages', which each
        # message's ``text_stats`` counts (the newlines joining them are neither)
        stats = [view.stats(m.content) for m in view.messages]
        if replacements := sum(s[6] for s in stats):
            problems.append(f"{replacements} replacement characters")
        if any(s[5] for s in stats):
            problems.append("control characters")
        return "; ".join(problems) or None

    def inspect(self, conversation: Conversation) -> str | None:
        text = text_of(conversation)
        problems = []
        if _MOJIBAKE.search(text) and (n := len(_MOJIBAKE.findall(text))) >= 2:
            problems.append(f"{n} mojibake sequences")
        if "\ufffd" in text:
            problems.append(f"{text.count(chr(0xFFFD))} replacement characters")
        if _CONTROL.search(text):
            problems.append("control characters")
        return "; ".join(problems) or None


class MarkupLeftovers(Check):
    name = "markup_leftovers"
    reason = "markup_in_content"
    weight = 0.3
    recommendation = "strip chat-template tokens and HTML from the message text"

    def examine(self, view: ConversationView) -> str | None:
        if any(_tag_left_open(m.content) for m in view.messages):  # an HTML match may span two messages
            text, folded = view.text(), view.folded()
            found = ((_TEMPLATE.findall(text)[:3] if guard(_TEMPLATE).may_match(folded) else [])
                     + (_HTML.findall(text)[:3] if guard(_HTML).may_match(folded) else []))
            return f"found {found}" if found else None
        # ``findall`` on ``view.text()`` is then the messages' own matches, in order: no template
        # match holds a newline, and an HTML match that starts in a message ends in it (its
        # ``[^>]*`` stops at a ">" the message holds); each message's kept with its text
        template: list[str] = []
        html: list[str] = []
        for m in view.messages:
            t, h = view.fold(m.content).remembered("markup", lambda m=m: _markup_in(view.fold(m.content)))
            template += t
            html += h
        found = template[:3] + html[:3]
        return f"found {found}" if found else None


def _tag_left_open(text: str) -> bool:
    """Whether a "<" follows the last ">" of ``text`` (an ``_HTML`` tag could run past its end)."""
    return "<" in text and text.rfind("<") > text.rfind(">")


def _markup_in(folded) -> tuple[list[str], list[str]]:
    """``_TEMPLATE`` and ``_HTML``'s ``findall`` on one message's text (the first three of each)."""
    text = folded.text
    return ((_TEMPLATE.findall(text)[:3] if guard(_TEMPLATE).may_match(folded) else []),
            (_HTML.findall(text)[:3] if guard(_HTML).may_match(folded) else []))


def _mojibake_in(folded) -> int:
    """``len(_MOJIBAKE.findall(text))`` of one message's text, kept with it."""
    return folded.remembered("mojibake", lambda: len(_MOJIBAKE.findall(folded.text))
                             if guard(_MOJIBAKE).may_match(folded) else 0)
