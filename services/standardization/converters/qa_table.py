"""Question/answer tables (CSV, TSV, Parquet, JSON rows) whose columns are known by name.

The pair of columns is recognised case- and punctuation-insensitively, so
``questionText``/``answerText`` (CounselChat), ``question``/``answer``,
``prompt``/``completion``, ``context``/``response`` and the like need no mapping.
"""

from __future__ import annotations

import re
from typing import Any

from services.standardization.converters.base import Converter, Draft, RejectRecord, normalize_text
from shared.conversation import Message

# (question column, answer column), in order of preference
PAIRS: tuple[tuple[str, str], ...] = (
    ("questiontext", "answertext"),
    ("question", "answer"),
    ("question", "response"),
    ("query", "response"),
    ("query", "answer"),
    ("prompt", "completion"),
    ("prompt", "response"),
    ("context", "response"),
    ("input", "output"),
    ("input", "response"),
    ("user", "assistant"),
    ("human", "assistant"),
    ("patient", "doctor"),
    ("client", "counselor"),
    ("client", "therapist"),
)
TITLE_COLUMNS = ("questiontitle", "title")
_NON_ALNUM = re.compile(r"[^a-z0-9]")


def _canon(key: str) -> str:
    return _NON_ALNUM.sub("", key.lower())


def find_columns(record: dict[str, Any]) -> tuple[str, str] | None:
    canon = {_canon(k): k for k in record if isinstance(k, str)}
    for q, a in PAIRS:
        if q in canon and a in canon:
            return canon[q], canon[a]
    return None


class QATable(Converter):
    name = "qa_table"

    def matches(self, record: dict[str, Any]) -> bool:
        return find_columns(record) is not None

    def convert(self, record: dict[str, Any]) -> list[Draft]:
        columns = find_columns(record)
        assert columns is not None
        q_col, a_col = columns
        question = normalize_text(record.get(q_col))
        answer = normalize_text(record.get(a_col))
        canon = {_canon(k): k for k in record if isinstance(k, str)}
        title_col = next((canon[t] for t in TITLE_COLUMNS if t in canon), None)
        if not question and title_col:
            question = normalize_text(record.get(title_col))
        if not question:
            raise RejectRecord("missing_user_turn", f"column {q_col!r} is empty")
        if not answer:
            raise RejectRecord("missing_assistant_turn", f"column {a_col!r} is empty")
        metadata = {
            k: v for k, v in record.items()
            if k not in (q_col, a_col) and k and not k.startswith("Unnamed") and isinstance(v, (str, int, float, bool))
            and v != ""
        }
        metadata["columns"] = [q_col, a_col]
        return [Draft([Message(role="user", content=question), Message(role="assistant", content=answer)], metadata)]
