"""Batch standardization: every raw record becomes conversations or exactly one reject."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import ValidationError

from services.standardization.converters import CONVERTERS, Converter, RejectRecord
from services.standardization.converters.base import finish_messages
from shared.conversation import Conversation, Lineage, conversation_id
from shared.events import RawRecord

EXCERPT_CHARS = 2000


@dataclass(frozen=True)
class Reject:
    record_index: int
    reason: str
    detail: str
    excerpt: str
    detected_format: str | None = None


@dataclass
class BatchResult:
    conversations: list[Conversation] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    records_converted: int = 0
    formats: dict[str, int] = field(default_factory=dict)


def detect(record: Any) -> Converter | None:
    if not isinstance(record, dict):
        return None
    return next((c for c in CONVERTERS if c.matches(record)), None)


def _excerpt(data: Any) -> str:
    try:
        text = orjson.dumps(data).decode()
    except TypeError:
        text = repr(data)
    return text[:EXCERPT_CHARS]


def standardize_records(
    records: list[RawRecord],
    *,
    dataset_id: str,
    source_name: str,
    source_sha256: str,
    merge_consecutive: bool = True,
) -> BatchResult:
    out = BatchResult()
    for rec in records:
        if rec.error is not None:
            out.rejects.append(Reject(rec.index, rec.error, rec.detail or "", ""))
            continue
        converter = detect(rec.data)
        if converter is None:
            keys = sorted(rec.data)[:12] if isinstance(rec.data, dict) else type(rec.data).__name__
            out.rejects.append(Reject(rec.index, "unknown_format", f"no converter recognises {keys}",
                                      _excerpt(rec.data)))
            continue
        try:
            drafts = converter.convert(rec.data)
            produced = []
            for part, draft in enumerate(drafts):
                messages = finish_messages(draft.messages, merge_consecutive)
                lineage = Lineage(dataset_id=dataset_id, source_name=source_name, source_sha256=source_sha256,
                                  record_index=rec.index, part=part)
                produced.append(Conversation(
                    id=conversation_id(lineage, messages), messages=messages, lineage=lineage,
                    original_format=converter.name, metadata=draft.metadata,
                ))
        except RejectRecord as exc:
            out.rejects.append(Reject(rec.index, exc.reason, exc.detail, _excerpt(rec.data), converter.name))
            continue
        except ValidationError as exc:
            out.rejects.append(Reject(rec.index, "invalid_field", str(exc.errors()[0].get("msg"))[:300],
                                      _excerpt(rec.data), converter.name))
            continue
        out.conversations.extend(produced)
        out.records_converted += 1
        out.formats[converter.name] = out.formats.get(converter.name, 0) + 1
    return out
