"""XTuner / InternLM: ``{"conversation": [{"system", "input", "output"}, ...]}``.

Each turn is ``input`` (user) then ``output`` (assistant); a turn's ``system`` (usually only
the first turn has one) becomes a system message before it. A last turn with an empty
``output`` is dropped (``unanswered_last_turn: true`` in metadata): a conversation does not
end with an unanswered user message. Per-turn training flags
(``need_eos_token``, ``sep``) are dropped; other top-level fields are kept as metadata.
"""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, kept_fields, normalize_text,
)
from shared.conversation import Message


class XTuner(Converter):
    name = "xtuner"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        turns = record.get("conversation")
        if not isinstance(turns, list) or not turns or not isinstance(turns[0], dict):
            return None
        first = turns[0]
        if "input" in first and "output" in first and "from" not in first and "role" not in first:
            return Evidence(1.0, ("conversation", "conversation[].input", "conversation[].output"))
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        messages: list[Message] = []
        for i, turn in enumerate(record["conversation"]):
            if not isinstance(turn, dict):
                raise RejectRecord("malformed_message", f"conversation[{i}] is not an object")
            system = normalize_text(turn.get("system"))
            if system:
                messages.append(Message(role="system", content=system))
            user, reply = normalize_text(turn.get("input")), normalize_text(turn.get("output"))
            if user:
                messages.append(Message(role="user", content=user))
            if reply:
                messages.append(Message(role="assistant", content=reply))
        if not any(m.role == "assistant" for m in messages):
            raise RejectRecord("missing_assistant_turn", "every turn's output is empty")
        if not any(m.role == "user" for m in messages):
            raise RejectRecord("missing_user_turn", "every turn's input is empty")
        meta = kept_fields(record, ("conversation",))
        if messages[-1].role == "user":  # the last turn was not answered: nothing to learn from it
            messages.pop()
            meta["unanswered_last_turn"] = True
        return [Draft(messages, meta)]
