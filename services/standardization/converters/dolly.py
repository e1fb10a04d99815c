"""Dolly (databricks-dolly-15k): ``instruction`` + optional ``context`` -> user,
``response`` -> assistant, ``category`` kept as metadata."""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_text,
)
from shared.conversation import Message


class Dolly(Converter):
    name = "dolly"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        if "instruction" in record and "response" in record:
            keys = tuple(k for k in ("instruction", "context", "response", "category") if k in record)
            return Evidence(1.0 if "context" in record else 0.8, keys)
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        instruction = normalize_text(record.get("instruction"))
        context = normalize_text(record.get("context"))
        response = normalize_text(record.get("response"))
        if not instruction:
            raise RejectRecord("missing_user_turn", "instruction is empty")
        if not response:
            raise RejectRecord("missing_assistant_turn", "response is empty")
        user = f"{instruction}\n\n{context}" if context else instruction
        meta = {"category": record["category"]} if isinstance(record.get("category"), str) else {}
        return [Draft([Message(role="user", content=user), Message(role="assistant", content=response)], meta)]
