"""ESConv (emotional-support conversations): ``{"dialog": [{"speaker": "seeker" | "supporter",
"content", "annotation": {"strategy", "feedback"}}], "situation", "emotion_type", "problem_type",
"experience_type", "survey_score", ...}``.

Speakers are mapped as roles (seeker -> user, supporter -> assistant; any name the run maps
too). A turn's ``annotation`` (the supporter's strategy, the seeker's feedback) stays on that
message as ``metadata``; so under the ``merge`` alternation policy two annotated turns of
the same speaker stay two messages (their strategies differ), unannotated ones merge. The
record's other fields (situation, emotion, problem type, survey scores...) are kept as
conversation metadata.
"""

from __future__ import annotations

from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, kept_fields, normalize_role,
    normalize_text,
)
from shared.conversation import Message


class ESConv(Converter):
    name = "esconv"

    def match(self, record: dict[str, Any]) -> Evidence | None:
        dialog = record.get("dialog")
        if isinstance(dialog, list) and dialog and isinstance(dialog[0], dict) and "speaker" in dialog[0] \
                and ("content" in dialog[0] or "text" in dialog[0]):
            return Evidence(1.0, ("dialog", "dialog[].speaker", "dialog[].content"))
        return None

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        messages: list[Message] = []
        for i, turn in enumerate(record["dialog"]):
            if not isinstance(turn, dict) or "speaker" not in turn:
                raise RejectRecord("malformed_message", f"dialog[{i}] has no speaker")
            annotation = turn.get("annotation")
            meta = {k: v for k, v in annotation.items() if v not in (None, "")} \
                if isinstance(annotation, dict) else {}
            messages.append(Message(role=normalize_role(turn["speaker"], options),
                                    content=normalize_text(turn.get("content", turn.get("text"))),
                                    metadata=meta or None))
        if not any(m.role == "assistant" and m.content for m in messages):
            raise RejectRecord("missing_assistant_turn", "no supporter turn has text")
        return [Draft(messages, kept_fields(record, ("dialog",)))]
