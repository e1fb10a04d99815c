"""Alpaca: ``instruction`` + optional ``input`` -> user, ``output`` -> assistant.

Optional ``system`` and ``history`` ([[user, assistant], ...]) come first.
"""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_text,
)
from shared.conversation import Message

NO_OUTPUT_MARKERS = {"", "<nooutput>", "<no output>", "<noinput>"}


class Alpaca(Converter):
    name = "alpaca"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        if "instruction" in record and "output" in record:
            keys = tuple(k for k in ("instruction", "input", "output", "system", "history") if k in record)
            return Evidence(1.0 if "input" in record else 0.9, keys)
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        instruction = normalize_text(record.get("instruction"))
        extra_input = normalize_text(record.get("input"))
        if extra_input.lower() == "<noinput>":
            extra_input = ""
        output = normalize_text(record.get("output"))
        if output.lower() in NO_OUTPUT_MARKERS:
            raise RejectRecord("missing_assistant_turn", f"output is {output or 'empty'!r}")
        if not instruction and not extra_input:
            raise RejectRecord("missing_user_turn", "instruction and input are both empty")
        messages: list[Message] = []
        if normalize_text(record.get("system")):
            messages.append(Message(role="system", content=normalize_text(record["system"])))
        for pair in record.get("history") or []:
            if isinstance(pair, (list, tuple)) and len(pair) == 2:
                messages.append(Message(role="user", content=normalize_text(pair[0])))
                messages.append(Message(role="assistant", content=normalize_text(pair[1])))
        user = f"{instruction}\n\n{extra_input}" if instruction and extra_input else instruction or extra_input
        messages.append(Message(role="user", content=user))
        messages.append(Message(role="assistant", content=output))
        return [Draft(messages, {})]
