"""Whole conversations written as one text field, in the common template dialects:

- ChatML: ``<|im_start|>user\\n...<|im_end|>``
- Llama-3: ``<|start_header_id|>user<|end_header_id|>\\n\\n...<|eot_id|>``
- Anthropic HH: ``\\n\\nHuman: ...\\n\\nAssistant: ...``
- Vicuna: ``USER: ... ASSISTANT: ...`` (text before the first marker is the system prompt)
- tagged: ``<HUMAN>: ... <ASSISTANT>: ...`` and ``### Human: ... ### Assistant: ...``
"""

from __future__ import annotations

import re
from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_role, normalize_text,
)
from shared.conversation import Message

TEXT_FIELDS = ("text", "conversation", "dialogue", "dialog", "transcript", "chosen", "content", "sample", "chat")

_CHATML = re.compile(r"<\|im_start\|>\s*([A-Za-z_]+)[^\S\n]*\n?(.*?)(?:<\|im_end\|>|(?=<\|im_start\|>)|\Z)", re.S)
_LLAMA3 = re.compile(r"<\|start_header_id\|>\s*([A-Za-z_]+)\s*<\|end_header_id\|>(.*?)"
                     r"(?:<\|eot_id\|>|(?=<\|start_header_id\|>)|\Z)", re.S)
# name -> (marker regex with one group for the speaker, speaker -> role)
_MARKER_DIALECTS: tuple[tuple[str, re.Pattern, dict[str, str]], ...] = (
    ("tagged_text", re.compile(r"<(HUMAN|ASSISTANT|USER|BOT|SYSTEM)>[ \t]*:?", re.I),
     {"human": "user", "user": "user", "assistant": "assistant", "bot": "assistant", "system": "system"}),
    ("hh_text", re.compile(r"(?:^|\n\n)(Human|Assistant):[ \t]?"),
     {"human": "user", "assistant": "assistant"}),
    ("hash_text", re.compile(r"(?:^|\n)[ \t]*###[ \t]*(Human|Assistant|User|System|Instruction|Response)[ \t]*:", re.I),
     {"human": "user", "user": "user", "instruction": "user", "assistant": "assistant", "response": "assistant",
      "system": "system"}),
    ("vicuna_text", re.compile(r"(?<![A-Za-z0-9_])(USER|ASSISTANT|SYSTEM):[ \t]?"),
     {"user": "user", "assistant": "assistant", "system": "system"}),
)


def _text_field(record: dict[str, Any]) -> tuple[str, str] | None:
    for key in TEXT_FIELDS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return key, value
    return None


def _dialect(text: str) -> str | None:
    if "<|im_start|>" in text:
        return "chatml_text"
    if "<|start_header_id|>" in text:
        return "llama3_text"
    for name, pattern, roles in _MARKER_DIALECTS:
        speakers = {roles.get(m.group(1).lower()) for m in pattern.finditer(text)}
        if "user" in speakers and "assistant" in speakers:
            return name
    return None


def parse_transcript(text: str, options: ConvertOptions = DEFAULT_OPTIONS) -> tuple[str, list[Message]]:
    dialect = _dialect(text)
    if dialect is None:
        raise RejectRecord("unknown_format", "no user and assistant markers in the text")
    if dialect in ("chatml_text", "llama3_text"):
        pattern = _CHATML if dialect == "chatml_text" else _LLAMA3
        messages = [Message(role=normalize_role(role, options), content=normalize_text(body))
                    for role, body in pattern.findall(text)]
        return dialect, messages
    _, pattern, roles = next(d for d in _MARKER_DIALECTS if d[0] == dialect)
    messages: list[Message] = []
    marks = list(pattern.finditer(text))
    preamble = normalize_text(text[: marks[0].start()])
    if preamble:
        messages.append(Message(role="system", content=preamble))
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        messages.append(Message(role=roles[m.group(1).lower()], content=normalize_text(text[m.end():end])))
    return dialect, messages


class Transcript(Converter):
    name = "transcript"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        found = _text_field(record)
        if found is None:
            return None
        dialect = _dialect(found[1])
        return Evidence(0.85, (found[0], dialect)) if dialect else None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        found = _text_field(record)
        if found is None:
            raise RejectRecord("unknown_format", "no text field")
        dialect, messages = parse_transcript(found[1], options)
        return [Draft(messages, {"dialect": dialect, "text_field": found[0]})]


def dialect_of(text: str) -> str | None:
    """The transcript dialect of a text (``chatml_text``, ``hh_text``...), or None."""
    return _dialect(text)
