"""Batch standardization: every raw record becomes conversations or exactly one reject."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import orjson
from pydantic import ValidationError

from services.standardization.converters import (
    BY_NAME, CONVERTERS, DEFAULT_OPTIONS, ConvertOptions, Converter, Evidence, RejectRecord,
)
from services.standardization.converters.base import Alternation, finish_messages, record_key
from services.standardization.converters.mapping import NOT_AN_OBJECT, MappingConverter
from shared.conversation import Conversation, Lineage, conversation_id
from shared.events import RawRecord
from shared.mapping import FieldMapping

EXCERPT_CHARS = 2000


@dataclass(frozen=True)
class Reject:
    record_index: int
    reason: str
    detail: str
    excerpt: str
    detected_format: str | None = None


@dataclass(frozen=True)
class Detection:
    converter: Converter
    evidence: Evidence


@dataclass
class BatchResult:
    conversations: list[Conversation] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    records_converted: int = 0
    formats: Counter = field(default_factory=Counter)

    @property
    def reject_reasons(self) -> Counter:
        return Counter(r.reason for r in self.rejects)


def detect(record: Any) -> Detection | None:
    """The most confident converter for a record (ties go to the table order)."""
    if not isinstance(record, dict):
        return None
    best: Detection | None = None
    for c in CONVERTERS:
        ev = c.match(record)
        if ev is not None and (best is None or ev.confidence > best.evidence.confidence):
            best = Detection(c, ev)
            if ev.confidence >= 1.0:
                break
    return best


def excerpt(data: Any) -> str:
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
    forced_format: str | None = None,
    options: ConvertOptions = DEFAULT_OPTIONS,
    alternation: Alternation = "merge",
    mapping: FieldMapping | None = None,
) -> BatchResult:
    """``mapping``, when given, is used for every record instead of detection (and of ``forced_format``)."""
    out = BatchResult()
    forced = BY_NAME[forced_format] if forced_format else None
    if mapping is not None:
        forced = MappingConverter(mapping)
    for rec in records:
        if rec.error is not None:
            out.rejects.append(Reject(rec.index, rec.error, rec.detail or "", ""))
            continue
        if mapping is not None and not isinstance(rec.data, dict):
            out.rejects.append(Reject(rec.index, NOT_AN_OBJECT, "the mapping reads fields of an object; the record "
                                      f"is a {type(rec.data).__name__}", excerpt(rec.data), forced.name))
            continue
        if forced is not None:
            converter = forced if isinstance(rec.data, dict) else None
        else:
            found = detect(rec.data)
            converter = found.converter if found else None
        if converter is None:
            keys = sorted(rec.data)[:12] if isinstance(rec.data, dict) else type(rec.data).__name__
            out.rejects.append(Reject(rec.index, "unknown_format", f"no converter recognises {keys}",
                                      excerpt(rec.data)))
            continue
        try:
            key = record_key(rec.data)
            produced = []
            for part, draft in enumerate(converter.convert(rec.data, options)):
                messages = finish_messages(draft.messages, alternation)
                lineage = Lineage(dataset_id=dataset_id, source_name=source_name, source_sha256=source_sha256,
                                  record_index=rec.index, part=part, record_key=key)
                produced.append(Conversation(
                    id=conversation_id(lineage, messages), messages=messages, lineage=lineage,
                    original_format=converter.name, metadata=draft.metadata,
                ))
        except RejectRecord as exc:
            out.rejects.append(Reject(rec.index, exc.reason, exc.detail, excerpt(rec.data), converter.name))
            continue
        except (ValidationError, KeyError, TypeError, AttributeError) as exc:
            # A record whose fields have the wrong types (a list where text belongs...).
            detail = str(exc.errors()[0].get("msg")) if isinstance(exc, ValidationError) else repr(exc)
            out.rejects.append(Reject(rec.index, "invalid_field", detail[:300], excerpt(rec.data), converter.name))
            continue
        if not produced:
            out.rejects.append(Reject(rec.index, "empty_conversation", "the record produced no conversation",
                                      excerpt(rec.data), converter.name))
            continue
        out.conversations.extend(produced)
        out.records_converted += 1
        out.formats[converter.name] += 1
    return out
