"""Conversations already standardized (a merge's output, ``record_format: "conversation"``):
taken as they are, not detected or converted again.

A merge standardized every record of its parents once (with each parent's mapping and format)
and stored the kept conversations as lines of ``{"messages", "original_format", "metadata",
"merged_from"}`` (``services.acquisition.merge.stored_line``). A run over the merged dataset
only checks each line's shape and gives it the run's lineage: the merged dataset's id, name and
SHA-256, the line's index. The parent's record stays named in ``metadata.merged_from``; the
conversation keeps the format it was converted from (``original_format``), which is also what
the run's ``formats`` counts. A line that is not such a conversation is a reject with a reason
(``invalid_field``), as for any record.

A ``highest_quality`` merge also stored, with each contested conversation it kept, the quality
report it chose by (``"quality"``: ``shared.events.PriorQualityReport``): passed on to quality
in ``BatchStandardized.prior_reports`` under the conversation's id, where it is reused if it was
made with the run's quality fingerprint. A ``quality`` that is not such a report is ignored
(the conversation is then assessed, as any other): it is never a reason to reject the line.

Only acquisition asks for this (``BatchAcquired.stored_conversations``, set from the dataset
document a merge wrote): a client cannot make a run take its records as conversations, so no
upload can claim a lineage or an id of its choosing.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from services.standardization.standardize import BatchResult, Reject, excerpt
from shared.conversation import Conversation, Lineage, Message, conversation_id
from shared.events import PriorQualityReport, RawRecord

INVALID = "invalid_field"


def _conversation(data: Any, index: int, dataset_id: str, source_name: str, source_sha256: str) -> Conversation:
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list) or not data["messages"]:
        raise ValueError("a stored conversation is an object with a non-empty messages list")
    messages = [Message.model_validate(m) for m in data["messages"]]
    origin = data.get("merged_from")
    metadata = dict(data.get("metadata") or {})
    if isinstance(origin, dict):
        metadata["merged_from"] = origin
    detector = origin.get("detector") if isinstance(origin, dict) else None
    lineage = Lineage(dataset_id=dataset_id, source_name=source_name, source_sha256=source_sha256,
                      record_index=index, part=0, detector=detector if isinstance(detector, str) else None)
    original_format = data.get("original_format")
    return Conversation(id=conversation_id(lineage, messages), messages=messages, lineage=lineage,
                        original_format=original_format if isinstance(original_format, str) else "openai_messages",
                        metadata=metadata)


def _prior_report(data: dict) -> PriorQualityReport | None:
    quality = data.get("quality")
    if quality is None:
        return None
    try:
        return PriorQualityReport.model_validate(quality)
    except ValidationError:
        return None


def take_stored(records: list[RawRecord], *, dataset_id: str, source_name: str, source_sha256: str) -> BatchResult:
    """Every record a conversation (as stored) or exactly one reject, like ``standardize_records``."""
    out = BatchResult()
    for rec in records:
        if rec.error is not None:
            out.rejects.append(Reject(rec.index, rec.error, rec.detail or "", ""))
            continue
        try:
            conversation = _conversation(rec.data, rec.index, dataset_id, source_name, source_sha256)
        except (ValidationError, ValueError, TypeError) as exc:
            detail = str(exc.errors()[0].get("msg")) if isinstance(exc, ValidationError) else str(exc)
            out.rejects.append(Reject(rec.index, INVALID, detail[:300], excerpt(rec.data), "conversation"))
            continue
        out.conversations.append(conversation)
        out.records_converted += 1
        prior = _prior_report(rec.data)
        if prior is not None:
            out.prior_reports[conversation.id] = prior
        out.formats[conversation.original_format] += 1
        if conversation.lineage.detector:
            out.detectors[conversation.lineage.detector] += 1
    return out
