"""Question/answer tables (CSV, TSV, Parquet, JSON rows) whose columns are known by name.

The pair of columns is recognised case- and punctuation-insensitively, so
``questionText``/``answerText`` (CounselChat), ``question``/``answer``,
``prompt``/``completion``, ``context``/``response`` and the like need no mapping. A run
can still name the columns itself (``mapping: {"user": ..., "assistant": ..., "system": ...}``).
When no known pair matches, a row with exactly one prompt-like and one reply-like text column
(by the words of its headers, ``converters.generic.find_table_columns``) converts too, marked
``generic:table(prompt=..., reply=...)`` in its lineage.
"""

from __future__ import annotations

import re
from typing import Any

from services.standardization.converters.base import (
    DEFAULT_OPTIONS, ConvertOptions, Converter, Draft, Evidence, RejectRecord, normalize_text,
)
from services.standardization.converters.generic import find_table_columns
from shared.conversation import Message

# (question column, answer column), in order of preference
PAIRS: tuple[tuple[str, str], ...] = (
    ("questiontext", "answertext"),
    ("question", "answer"),
    ("question", "response"),
    ("questions", "answers"),
    ("query", "response"),
    ("query", "answer"),
    ("prompt", "completion"),
    ("prompt", "response"),
    ("prompt", "chosen"),
    ("context", "response"),
    ("input", "output"),
    ("input", "response"),
    ("input", "target"),
    ("source", "target"),
    ("user", "assistant"),
    ("human", "assistant"),
    ("human", "gpt"),
    ("patient", "doctor"),
    ("client", "counselor"),
    ("client", "counsellor"),
    ("client", "therapist"),
    ("message", "reply"),
    ("utterance", "response"),
)
TITLE_COLUMNS = ("questiontitle", "title")
SYSTEM_COLUMNS = ("system", "systemprompt", "instruction")
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

    def match(self, record: dict[str, Any]) -> Evidence | None:
        columns = find_columns(record)
        if columns is None:  # a guess by header words is detect()'s fallback (generic.guess)
            return None
        # A named pair is strong evidence; the generic input/output pair a little less.
        return Evidence(0.8 if _canon(columns[0]) in ("input", "source") else 0.9, columns)

    def convert(self, record: dict[str, Any], options: ConvertOptions = DEFAULT_OPTIONS) -> list[Draft]:
        detector = None
        if options.columns:
            q_col, a_col = options.columns.get("user"), options.columns.get("assistant")
            missing = [c for c in (q_col, a_col) if not c or c not in record]
            if missing:
                raise RejectRecord("mapped_column_missing", f"columns {missing} are not in the record")
            sys_col = options.columns.get("system")
        else:
            columns = find_columns(record)
            if columns is None and (columns := find_table_columns(record)) is not None:
                detector = f"generic:table(prompt={columns[0]}, reply={columns[1]})"
            if columns is None:
                raise RejectRecord("unknown_format", "no question/answer column pair")
            q_col, a_col = columns
            canon = {_canon(k): k for k in record if isinstance(k, str)}
            sys_col = next((canon[s] for s in SYSTEM_COLUMNS if s in canon and canon[s] not in columns), None)
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
        messages = []
        if sys_col and normalize_text(record.get(sys_col)):
            messages.append(Message(role="system", content=normalize_text(record.get(sys_col))))
        messages += [Message(role="user", content=question), Message(role="assistant", content=answer)]
        used = {q_col, a_col, sys_col}
        metadata = {
            k: v for k, v in record.items()
            if k not in used and k and not k.startswith("Unnamed") and isinstance(v, (str, int, float, bool))
            and v != ""
        }
        metadata["columns"] = [q_col, a_col]
        return [Draft(messages, metadata, detector=detector)]
