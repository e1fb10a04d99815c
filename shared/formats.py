"""Names the API and the services agree on: source formats the standardization service
detects (and a run may force), and the templates production renders exports in."""

from __future__ import annotations

from typing import Literal, get_args

SourceFormat = Literal[
    "openai_messages", "sharegpt", "alpaca", "dolly", "qa_table", "transcript", "oasst_tree", "oasst_flat",
]
# Issue 14: counselling / fine-tuning families, rows linked across records, generic guesses (flattened).
SourceFormat = Literal[  # type: ignore[misc]
    SourceFormat, "xtuner", "persona_chat", "esconv", "self_instruct", "oasst_rows", "generic_turns",
]
Template = Literal["openai", "chatml", "sharegpt", "alpaca", "vicuna", "llama3"]
ExportFormat = Literal["jsonl", "json"]

SOURCE_FORMATS: tuple[str, ...] = get_args(SourceFormat)
TEMPLATES: tuple[str, ...] = get_args(Template)
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
