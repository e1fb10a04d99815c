"""Raw-ingest messages refused as a whole (``GET /ingest/rejects``), as the REST API shows them:
their text withheld from keys that may not see raw data (``shared.visibility``)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from shared.ingest import REJECT_REASONS
from shared.visibility import shown_text


RejectReason = Literal[tuple(REJECT_REASONS)]  # type: ignore[valid-type]


class IngestFieldError(BaseModel):
    loc: str = Field(description="the field, dotted (e.g. records, dataset)")
    type: str = Field(description="pydantic's error type, e.g. missing, string_pattern_mismatch, too_long")
    msg: str


class IngestReject(BaseModel):
    reject_id: str = Field(description="`<topic>:<partition>:<offset>` of the refused Kafka record")
    reason: RejectReason = Field(description="; ".join(f"{k}: {v}" for k, v in REJECT_REASONS.items()))
    detail: str
    errors: list[IngestFieldError] = Field(description="the schema errors (invalid_message, too_many_records)")
    source: str | None = Field(None, description="the message's source, when it could be read")
    dataset: str | None = None
    message_id: str | None = None
    run_id: str | None = Field(None, description="message_id_conflict: the run the first message became")
    topic: str
    partition: int
    offset: int
    key: str | None = Field(None, description="the Kafka record key, if any")
    bytes: int = Field(description="size of the message body")
    excerpt: str = Field(description="the first 2,000 bytes of the body, decoded as UTF-8 with replacement")
    received_at: datetime


class IngestRejectPage(BaseModel):
    items: list[IngestReject]
    next_cursor: str | None = Field(description="pass as ?cursor= for the next (older) page; null on the last")


def ingest_reject_view(doc: dict, raw: bool = True) -> IngestReject:
    return IngestReject(
        reject_id=doc["_id"], reason=doc["reason"],
        detail=shown_text(doc.get("detail"), raw),
        errors=[IngestFieldError(**e) for e in doc.get("errors") or []], source=doc.get("source"),
        dataset=doc.get("dataset"), message_id=doc.get("message_id"), run_id=doc.get("run_id"), topic=doc["topic"],
        partition=doc["partition"], offset=doc["offset"], key=doc.get("key"), bytes=doc.get("bytes", 0),
        excerpt=shown_text(doc.get("excerpt"), raw),
        received_at=doc["received_at"])
