"""The raw-ingest contract: how systems other than the gateway hand records to the pipeline.

A producer publishes JSON messages (UTF-8, no Kafka headers needed) on the topic
``ingest.raw-records.v1`` (``shared.topics.RAW_INGEST``, behind ``DP_TOPIC_PREFIX`` if the
deployment sets one). Each message is a :class:`RawIngest`: who sends (``source``), which
dataset the records belong to (``dataset``: every message with the same ``(source, dataset)``
lands in one ingest dataset), an idempotency id (``message_id``, unique per source), an
optional format and up to :data:`MAX_RECORDS` records of any JSON shape.

What becomes of a message (acquisition's ``acquisition-ingest`` consumer group):

- valid: its records are stored once, and it becomes one run of kind ``ingest`` over the
  ingest dataset, with the id :func:`ingest_run_id` (so a re-sent message is the same run and
  changes nothing); the run goes through standardization, quality and production like any
  run, and its unconvertible records are that run's rejects;
- invalid (not UTF-8, not JSON, wrong or missing fields, too many records, too large): an
  *ingest reject* with the reason (``GET /api/v1/ingest/rejects``) and a dead letter; the
  partition moves on.

``python -m shared.ingest --schema`` prints the JSON Schema; ``docs/ingest.schema.json`` is the
committed copy (a unit test keeps the two equal).
"""

from __future__ import annotations

import hashlib
import json
import sys
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.formats import SourceFormat

MAX_RECORDS = 10_000
SOURCE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$"
DATASET_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_./-]{0,199}$"
MESSAGE_ID_PATTERN = r"^[!-~]{1,200}$"  # printable ASCII, no spaces

# Reasons an ingest message is rejected as a whole (its records are not looked at).
REJECT_REASONS: dict[str, str] = {
    "message_too_large": "the message is larger than the broker's message limit (DP_MAX_MESSAGE_BYTES)",
    "invalid_utf8": "the message body is not UTF-8",
    "invalid_json": "the message body is not one JSON document (or holds NaN or lone surrogates)",
    "invalid_message": "the JSON does not match the RawIngest schema (missing, unknown or mistyped fields)",
    "too_many_records": f"more than {MAX_RECORDS} records in one message",
    "invalid_record": "a record is past the per-record limits of uploads (nested deeper than 64 levels, over 4 MB as "
                      "JSON); the detail names it (records[i])",
    "message_id_conflict": "a message with this (source, message_id) was already ingested with other records or "
                           "another dataset; the first one stands",
}


class RawIngest(BaseModel):
    """One message of raw records from an external system (topic ``ingest.raw-records.v1``)."""

    model_config = ConfigDict(extra="forbid", title="RawIngest")

    schema_version: Literal[1] = Field(1, description="version of this contract")
    source: str = Field(pattern=SOURCE_PATTERN, description=(
        "the producing system's name, e.g. `crm` (letters, digits, `_.-`, up to 100)"))
    dataset: str = Field(pattern=DATASET_PATTERN, description=(
        "the dataset the records belong to; every message with the same (source, dataset) goes into one ingest "
        "dataset (letters, digits, `_./-`, up to 200)"))
    message_id: str = Field(pattern=MESSAGE_ID_PATTERN, description=(
        "idempotency id, unique per source (printable ASCII, up to 200): a message re-sent or redelivered with "
        "the same (source, message_id) is the same run and changes nothing"))
    format: SourceFormat | None = Field(None, description=(
        "every record of this message is in this source format (detection is skipped and records of another shape "
        "are rejected); omit it for mixed or unknown formats"))
    records: list[Any] = Field(min_length=1, max_length=MAX_RECORDS, description=(
        f"1 to {MAX_RECORDS} records, each any JSON value (an object in one of the formats the pipeline reads: "
        "OpenAI messages, ShareGPT, Alpaca, Dolly, question/answer columns, transcripts, OpenAssistant); the whole "
        "message must fit the broker's message size (16 MiB by default)"))


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def ingest_run_id(source: str, message_id: str) -> str:
    """The run a message becomes: the first 32 hex digits of sha256("ingest\\0<source>\\0<message_id>")."""
    return _digest("ingest", source, message_id)[:32]


def ingest_dataset_id(source: str, dataset: str) -> str:
    """The ingest dataset of (source, dataset): ``ingest-`` + 24 hex digits of sha256("<source>\\0<dataset>")."""
    return "ingest-" + _digest(source, dataset)[:24]


def json_schema() -> dict[str, Any]:
    schema = RawIngest.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "urn:dataset-pipeline:schema:raw-ingest:v1"
    return schema


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    if sys.argv[1:] != ["--schema"]:
        sys.exit("usage: python -m shared.ingest --schema")
    sys.stdout.write(schema_text())
