"""PersonaChat / ConvAI2: ``{"personality": [...], "utterances": [{"history": [...], "candidates": [...]}]}``.

Each utterance is one training step: the dialogue so far (``history``) and candidate replies
whose **last** is the true one (the others are distractors). The history of a later utterance
contains the earlier ones (each step adds the previous true reply and the partner's next
line), so the whole dialogue is the **last** utterance's history plus its reply; the earlier
utterances add nothing and produce no conversation of their own. One record, one conversation.

Roles are counted back from the reply: the reply is the assistant's, the line before it the
user's, and so on. ``__ SILENCE __`` (the partner said nothing: the bot opens) is dropped.
The personality lines are kept in metadata (``personality``), not turned into a system prompt.
"""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, kept_fields, normalize_text,
)
from shared.conversation import Message

SILENCE = {"__ silence __", "__silence__"}


class PersonaChat(Converter):
    name = "persona_chat"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        utts = record.get("utterances")
        if isinstance(utts, list) and utts and isinstance(utts[0], dict) and "history" in utts[0] \
                and "candidates" in utts[0]:
            return Evidence(1.0, ("utterances", "utterances[].history", "utterances[].candidates"))
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        last = record["utterances"][-1]
        if not isinstance(last, dict):
            raise RejectRecord("malformed_message", "the last utterance is not an object")
        history, candidates = last.get("history"), last.get("candidates")
        if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
            raise RejectRecord("malformed_message", "the last utterance's history is not a list of texts")
        if not isinstance(candidates, list) or not candidates or not isinstance(candidates[-1], str):
            raise RejectRecord("missing_assistant_turn", "the last utterance has no candidate reply")
        reply = normalize_text(candidates[-1])
        if not reply:
            raise RejectRecord("missing_assistant_turn", "the true (last) candidate is empty")
        lines = [normalize_text(h) for h in history if h.strip().lower() not in SILENCE]
        if not lines:
            raise RejectRecord("missing_user_turn", "the history is empty")
        n = len(lines)
        messages = [Message(role="user" if (n - i) % 2 == 1 else "assistant", content=text)
                    for i, text in enumerate(lines)]
        messages.append(Message(role="assistant", content=reply))
        meta = kept_fields(record, ("utterances", "personality"))
        personality = record.get("personality")
        if isinstance(personality, list):
            meta["personality"] = [normalize_text(p) for p in personality if isinstance(p, str)]
        elif isinstance(personality, str):
            meta["personality"] = [normalize_text(personality)]
        meta["utterances"] = len(record["utterances"])
        return [Draft(messages, meta)]
