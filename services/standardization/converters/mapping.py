"""A user's field mapping (``shared.mapping.FieldMapping``, a LLaMA-Factory ``dataset_info.json``
entry) applied to a record: used instead of detection, for every record of a run.

alpaca: ``[system] + history pairs + user (prompt, then query) + assistant (response)``.
sharegpt: the list under ``columns.messages``, each message's role read under ``tags.role_tag``
and its text under ``tags.content_tag``; the role values ``user_tag``, ``assistant_tag``,
``observation_tag`` (a tool result), ``function_tag`` (an assistant's function call) and
``system_tag`` (a first message with it replaces the ``system`` column, as in LLaMA-Factory).

Nothing is guessed: a record the mapping cannot read is rejected with a reason whose detail
names the mapped field (``column `answer` (columns.response) is missing``). Field names are
written in backticks, record values in quotes (the gateway withholds quoted text from keys
without the ``data:sensitive`` scope).
"""

from __future__ import annotations

from typing import Any

import orjson

from services.standardization.converters.alpaca import NO_OUTPUT_MARKERS
from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_text,
)
from shared.conversation import Message
from shared.mapping import MEDIA_COLUMNS, FieldMapping

MISSING_COLUMN = "mapping_missing_column"
INVALID_COLUMN = "mapping_invalid_column"
NOT_AN_OBJECT = "mapping_not_an_object"
_TEXT_TYPES = (str, int, float)


def mapped_format(mapping: FieldMapping) -> str:
    """The ``original_format`` of conversations a mapping produced: ``mapping:alpaca`` or ``mapping:sharegpt``."""
    return f"mapping:{mapping.formatting}"


class MappingConverter(Converter):
    """One mapping, bound once per batch; ``match`` claims every object (detection is bypassed)."""

    def __init__(self, mapping: FieldMapping) -> None:
        self.mapping = mapping
        self.name = mapped_format(mapping)  # type: ignore[misc]  (an instance's name: one per formatting)
        self.columns = mapping.resolved_columns()
        self.tags = mapping.resolved_tags()
        tags = self.tags
        self.roles = {tags["user_tag"]: "user", tags["assistant_tag"]: "assistant",
                      tags["observation_tag"]: "tool", tags["function_tag"]: "assistant",
                      tags["system_tag"]: "system"}

    def match(self, record: dict[str, Any]) -> Evidence | None:
        return Evidence(1.0, tuple(f"{k}={v}" for k, v in self.columns.items()))

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        if not isinstance(record, dict):
            raise RejectRecord(NOT_AN_OBJECT, f"the mapping reads fields of an object; the record is a "
                                              f"{type(record).__name__}")
        if self.mapping.formatting == "alpaca":
            messages = self._alpaca(record)
        else:
            messages = self._sharegpt(record, options)
        return [Draft(messages, self._metadata(record))]

    # ------------------------------------------------------------ fields

    def _field(self, key: str) -> str:
        return f"column `{self.columns[key]}` (columns.{key})"

    def _text(self, record: dict[str, Any], key: str, *, required: bool) -> str:
        """The text of a mapped column: '' when unmapped (or absent and optional)."""
        if key not in self.columns:
            return ""
        name = self.columns[key]
        if name not in record:
            if required:
                raise RejectRecord(MISSING_COLUMN, f"{self._field(key)} is missing")
            return ""
        return self._as_text(record[name], self._field(key))

    @staticmethod
    def _as_text(value: Any, where: str) -> str:
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, _TEXT_TYPES):
            raise RejectRecord(INVALID_COLUMN, f"{where} holds {_kind(value)}, not text")
        return normalize_text(value)

    def _metadata(self, record: dict[str, Any]) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        tools_field = self.columns.get("tools")
        if tools_field is not None and record.get(tools_field) not in (None, "", [], {}):
            tools = record[tools_field]
            meta["tools"] = tools if isinstance(tools, str) else orjson.dumps(tools).decode()
        kto_field = self.columns.get("kto_tag")
        if kto_field is not None and isinstance(record.get(kto_field), bool):
            meta["kto_tag"] = record[kto_field]
        media = [k for k in MEDIA_COLUMNS if k in self.columns and record.get(self.columns[k]) not in (None, "", [])]
        if media:
            meta["media_ignored"] = media  # conversations hold text only: say the record had more
        return meta

    # ------------------------------------------------------------ alpaca

    def _alpaca(self, record: dict[str, Any]) -> list[Message]:
        prompt = self._text(record, "prompt", required=True)
        query = self._text(record, "query", required="prompt" not in self.columns)
        if query.lower() == "<noinput>":
            query = ""
        response = self._text(record, "response", required=True)
        if response.lower() in NO_OUTPUT_MARKERS:
            raise RejectRecord("missing_assistant_turn", f"{self._field('response')} is empty")
        if not prompt and not query:
            mapped = " and ".join(self._field(k) for k in ("prompt", "query") if k in self.columns)
            raise RejectRecord("missing_user_turn", f"{mapped} {'are' if ' and ' in mapped else 'is'} empty")
        messages: list[Message] = []
        system = self._text(record, "system", required=False)
        if system:
            messages.append(Message(role="system", content=system))
        messages.extend(self._history(record))
        user = f"{prompt}\n\n{query}" if prompt and query else prompt or query
        messages.append(Message(role="user", content=user))
        messages.append(Message(role="assistant", content=response))
        return messages

    def _history(self, record: dict[str, Any]) -> list[Message]:
        if "history" not in self.columns or record.get(self.columns["history"]) is None:
            return []
        history = record[self.columns["history"]]
        where = self._field("history")
        if not isinstance(history, list):
            raise RejectRecord(INVALID_COLUMN, f"{where} holds {_kind(history)}, not a list of [user, assistant] pairs")
        out: list[Message] = []
        for i, pair in enumerate(history):
            if not isinstance(pair, (list, tuple)) or len(pair) != 2:
                raise RejectRecord(INVALID_COLUMN, f"{where} item {i} is {_kind(pair)}, not a [user, assistant] pair")
            out.append(Message(role="user", content=self._as_text(pair[0], f"{where} item {i}")))
            out.append(Message(role="assistant", content=self._as_text(pair[1], f"{where} item {i}")))
        return out

    # ------------------------------------------------------------ sharegpt

    def _sharegpt(self, record: dict[str, Any], options: ConvertOptions) -> list[Message]:
        where = self._field("messages")
        if self.columns["messages"] not in record:
            raise RejectRecord(MISSING_COLUMN, f"{where} is missing")
        turns = record[self.columns["messages"]]
        if not isinstance(turns, list):
            raise RejectRecord(INVALID_COLUMN, f"{where} holds {_kind(turns)}, not a list of messages")
        role_tag, content_tag = self.tags["role_tag"], self.tags["content_tag"]
        messages: list[Message] = []
        for i, turn in enumerate(turns):
            if not isinstance(turn, dict):
                raise RejectRecord(INVALID_COLUMN, f"{where} item {i} is {_kind(turn)}, not a message object")
            if role_tag not in turn:
                raise RejectRecord(MISSING_COLUMN, f"{where} item {i} has no `{role_tag}` (tags.role_tag)")
            if content_tag not in turn:
                raise RejectRecord(MISSING_COLUMN, f"{where} item {i} has no `{content_tag}` (tags.content_tag)")
            raw_role = turn[role_tag]
            role = self.roles.get(raw_role) if isinstance(raw_role, str) else None
            if role is None and isinstance(raw_role, str):
                role = options.roles.get(raw_role.strip().lower())
            if role is None:
                raise RejectRecord("unknown_role", f"{where} item {i}: role {str(raw_role)[:40]!r} under "
                                                   f"`{role_tag}` is none of the tags' role values "
                                                   f"({', '.join(f'`{v}`' for v in self.roles)})")
            content = self._as_text(turn[content_tag], f"{where} item {i} `{content_tag}`")
            function_call = raw_role == self.tags["function_tag"] or raw_role == self.tags["observation_tag"]
            messages.append(Message(role=role, content=content,
                                    metadata={"sharegpt_role": raw_role} if function_call else None))
        system = self._text(record, "system", required=False)
        if system and not (messages and messages[0].role == "system"):
            messages.insert(0, Message(role="system", content=system))
        if messages and not any(m.role == "assistant" for m in messages):
            raise RejectRecord("missing_assistant_turn", f"{where} holds no message whose `{role_tag}` is "
                                                         f"`{self.tags['assistant_tag']}` (tags.assistant_tag)")
        return messages


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(type(value),
                                                                                      f"a {type(value).__name__}")
