"""Self-instruct seed tasks: ``{"id", "name", "instruction", "instances": [{"input", "output"}],
"is_classification"}``.

**One conversation per instance**: the instances are independent examples of one task, not
turns of one dialogue, so each becomes ``user: instruction + input`` / ``assistant: output``
(``part`` = the instance's position). An instance with an empty output is left out (the
others still count); the record is rejected only when no instance has an output. Each
conversation's metadata names its task (``id``, ``name``, ``is_classification``) and
``instance`` / ``instances``.
"""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, kept_fields, normalize_text,
)
from shared.conversation import Message


class SelfInstruct(Converter):
    name = "self_instruct"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        if "instruction" in record and isinstance(record.get("instances"), list):
            return Evidence(1.0, ("instruction", "instances[].input", "instances[].output"))
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        instruction = normalize_text(record.get("instruction"))
        instances = record["instances"]
        base = kept_fields(record, ("instruction", "instances"))
        drafts: list[Draft] = []
        for i, inst in enumerate(instances):
            if not isinstance(inst, dict):
                continue
            extra, output = normalize_text(inst.get("input")), normalize_text(inst.get("output"))
            user = f"{instruction}\n\n{extra}" if instruction and extra else instruction or extra
            if not output or not user:
                continue
            drafts.append(Draft([Message(role="user", content=user), Message(role="assistant", content=output)],
                                {**base, "instance": i, "instances": len(instances)}))
        if not drafts:
            if not instances:
                raise RejectRecord("missing_assistant_turn", "the task has no instances")
            raise RejectRecord("missing_assistant_turn", f"none of the {len(instances)} instances has an output")
        return drafts
