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
from services.standardization.converters.generic import guess, turn_list_hint
from services.standardization.converters.mapping import NOT_AN_OBJECT, MappingConverter
from services.standardization.converters.oasst_rows import OasstRows, assemble
from services.standardization.converters.transcript import dialect_of
from shared.conversation import Conversation, Lineage, conversation_id
from shared.events import PriorQualityReport, RawRecord
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
    detectors: Counter = field(default_factory=Counter)  # conversations by lineage.detector (guesses, decoded strings)
    # by conversation id: the quality reports a merge stored with its conversations (``stored``)
    prior_reports: dict[str, PriorQualityReport] = field(default_factory=dict)

    @property
    def reject_reasons(self) -> Counter:
        return Counter(r.reason for r in self.rejects)


_KNOWN = tuple(c for c in CONVERTERS if not getattr(c, "fallback", False))  # generic rules come after


def detect(record: Any, options: ConvertOptions = DEFAULT_OPTIONS) -> Detection | None:
    """The most confident converter for a record (ties go to the table order); when none
    claims it, the generic rules (``converters.generic.guess``), which use the run's own role
    names (``options.roles``) too."""
    if not isinstance(record, dict):
        return None
    best: Detection | None = None
    for c in _KNOWN:
        ev = c.match(record)
        if ev is not None and (best is None or ev.confidence > best.evidence.confidence):
            best = Detection(c, ev)
            if ev.confidence >= 1.0:
                break
    if best is None:  # no known format: the generic rules (header words, a turn list), marked in lineage
        found = guess(record, options)
        if found:
            best = Detection(BY_NAME[found[0]], found[1])
    return best


def excerpt(data: Any) -> str:
    try:
        text = orjson.dumps(data).decode()
    except TypeError:
        text = repr(data)
    return text[:EXCERPT_CHARS]


def _not_an_object(data: Any) -> tuple[dict[str, Any] | None, str, str]:
    """A record that is not a JSON object (JSON Lines of strings...): (object to convert, lineage
    note, "") when it can still be read, else (None, reason, detail). A string holding a JSON
    object (double-encoded) is decoded; one holding a chat transcript is read as ``{"text": ...}``."""
    if isinstance(data, str):
        text = data.strip()
        if text.startswith("{"):
            try:
                decoded = orjson.loads(text)
            except orjson.JSONDecodeError:
                decoded = None
            if isinstance(decoded, dict):
                return decoded, "json-string:decoded", ""
        if dialect_of(text):
            return {"text": data}, "json-string:transcript", ""
        return None, "record_not_object", ("the record is a JSON string, not an object, and holds neither a JSON "
                                           "object nor a chat transcript")
    kind = {list: "array", int: "number", float: "number", bool: "boolean", type(None): "null"}.get(
        type(data), type(data).__name__)
    return None, "record_not_object", f"the record is a JSON {kind}, not an object"


def _joined(*notes: str | None) -> str | None:
    return "; ".join(n for n in notes if n) or None


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
    """Each record in turn, except OpenAssistant message rows (one message per record, linked by
    parent ids): those are gathered and assembled into threads at the end of the batch.
    ``mapping``, when given, is used for every record instead of detection (and of
    ``forced_format``); no rows are then gathered."""
    out = BatchResult()
    forced = BY_NAME[forced_format] if forced_format else None
    if mapping is not None:
        forced = MappingConverter(mapping)
    rows: list[tuple[int, dict[str, Any]]] = []
    for rec in records:
        if rec.error is not None:
            out.rejects.append(Reject(rec.index, rec.error, rec.detail or "", ""))
            continue
        if mapping is not None and not isinstance(rec.data, dict):
            out.rejects.append(Reject(rec.index, NOT_AN_OBJECT, "the mapping reads fields of an object; the record "
                                      f"is a {type(rec.data).__name__}", excerpt(rec.data), forced.name))
            continue
        data, note = rec.data, None
        if not isinstance(data, dict):
            data, note, detail = _not_an_object(data)
            if data is None:
                out.rejects.append(Reject(rec.index, note, detail, excerpt(rec.data)))
                continue
        if forced is not None:
            converter = forced
        else:
            found = detect(data, options)
            converter = found.converter if found else None
        if converter is None:
            detail = turn_list_hint(data) or f"no converter recognises {sorted(data)[:12]}"
            out.rejects.append(Reject(rec.index, "unknown_format", detail, excerpt(rec.data)))
            continue
        if converter.__class__ is OasstRows:
            rows.append((rec.index, data))
            continue
        try:
            key = record_key(data)
            produced = []
            for part, draft in enumerate(converter.convert(data, options)):
                messages = finish_messages(draft.messages, alternation)
                detector = _joined(note, draft.detector) if note or draft.detector else None
                lineage = Lineage(dataset_id=dataset_id, source_name=source_name, source_sha256=source_sha256,
                                  record_index=rec.index, part=part, record_key=key, detector=detector)
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
        for c in produced:
            if c.lineage.detector:
                out.detectors[c.lineage.detector] += 1
    if rows:
        _assemble_rows(rows, out, dataset_id=dataset_id, source_name=source_name, source_sha256=source_sha256,
                       options=options, alternation=alternation)
    return out


def _assemble_rows(rows: list[tuple[int, dict[str, Any]]], out: BatchResult, *, dataset_id: str,
                   source_name: str, source_sha256: str, options: ConvertOptions,
                   alternation: Alternation) -> None:
    """Message rows to one conversation per thread (lineage: the leaf row); every row ends on a
    conversation (counted once) or as one reject. See ``converters.oasst_rows``."""
    name = OasstRows.name
    try:
        found = assemble(rows, options)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:  # a row too odd to link: none are
        for index, row in rows:
            out.rejects.append(Reject(index, "invalid_field", repr(exc)[:300], excerpt(row), name))
        return
    converted: set[int] = set()
    failed: dict[int, tuple[str, str]] = {}
    for leaf_index, leaf_id, draft, members in found.threads:
        try:
            messages = finish_messages(draft.messages, alternation)
            lineage = Lineage(dataset_id=dataset_id, source_name=source_name, source_sha256=source_sha256,
                              record_index=leaf_index, part=0, record_key=leaf_id)
            conv = Conversation(id=conversation_id(lineage, messages), messages=messages, lineage=lineage,
                                original_format=name, metadata=draft.metadata)
        except RejectRecord as exc:
            for i in members:
                failed.setdefault(i, (exc.reason, exc.detail))
            continue
        except (ValidationError, KeyError, TypeError, AttributeError) as exc:
            # as for single records: wrong types, or text no store can hold (a lone surrogate)
            detail = str(exc.errors()[0].get("msg")) if isinstance(exc, ValidationError) else repr(exc)
            for i in members:
                failed.setdefault(i, ("invalid_field", detail[:300]))
            continue
        out.conversations.append(conv)
        converted.update(members)
    for index, row in rows:
        if index in converted:
            continue
        reason, detail = found.rejects.get(index) or failed.get(index) or (
            "empty_conversation", "the row is on no conversation")
        out.rejects.append(Reject(index, reason, detail, excerpt(row), name))
    out.records_converted += len(converted)
    if converted:
        out.formats[name] += len(converted)

