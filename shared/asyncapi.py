"""The AsyncAPI 3.0 document of the Kafka side: every topic of ``shared.topics`` with its
payload schema (from the pydantic models of ``shared.events``), who sends and who receives.

It is built from a documentation-only FastStream ``KafkaBroker`` (never connected) with one
publisher per topic and one subscriber per consumer, then tidied: keys made valid for
AsyncAPI 3.0 (FastStream joins them with ``:``), partitions and consumer groups added to
the Kafka bindings. The gateway serves it at ``/asyncapi.json`` (and ``/asyncapi`` as a page,
shared/http/docs_pages.py);
``python -m shared.asyncapi > docs/asyncapi.json`` dumps it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Annotated, Any

from faststream.kafka import KafkaBroker
from faststream.specification import AsyncAPI
from pydantic import Field

from shared import topics
from shared.events import (
    BatchAcquired,
    BatchStandardized,
    BatchValidated,
    CancelRun,
    DatasetFailed,
    DatasetIntakeProgress,
    DatasetReady,
    DeadLetter,
    ExportGeneration,
    ExportRun,
    GenerateDataset,
    GenerationProgress,
    MergeDatasets,
    RegisterDataset,
    RunCancelled,
    RunCompleted,
    RunFailed,
    StageProgress,
    StartRun,
)
from shared.audit import AuditEvent
from shared.heartbeat import project_version
from shared.ingest import MAX_RECORDS, RawIngest

Command = Annotated[StartRun | CancelRun, Field(discriminator="command")]
Progress = StageProgress | RunCompleted | RunFailed | RunCancelled
ProductionCommand = Annotated[GenerateDataset | ExportGeneration, Field(discriminator="command")]
IntakeCommand = Annotated[RegisterDataset | MergeDatasets, Field(discriminator="command")]
# Datasets being registered or merged report on the same feed (their run_id is the dataset id), and so
# do production-dataset generations and their exports (run_id is the generation id).
Progress = Progress | DatasetIntakeProgress | DatasetReady | DatasetFailed | GenerationProgress

TITLE = "Dataset Pipeline events"
DESCRIPTION = """\
The Kafka topics of the Dataset Pipeline: commands in, one batch event per stage, progress
and dead letters out. Messages are JSON, UTF-8. Every event carries the envelope
`event_id`, `run_id`, `schema_version`, `occurred_at`, `producer`. Topic names are versioned
(`<domain>.<event>.v1`): an additive change bumps `schema_version`, a breaking one gets a
new topic. A deployment may put a prefix (`DP_TOPIC_PREFIX`) before every topic name.
Delivery is at least once: consumers are idempotent per `(run_id, batch_index)`.

**External producers** use two topics: `ingest.raw-records.v1` to hand over raw records
(`RawIngest`: each message becomes a run of its own over an ingest dataset), and
`pipeline.commands.v1` to start runs over datasets already registered (see their descriptions)."""


@dataclass(frozen=True)
class ChannelDoc:
    topic: topics.Topic
    name: str
    payload: Any
    description: str
    key: str


CHANNELS: tuple[ChannelDoc, ...] = (
    ChannelDoc(
        topics.COMMANDS, "PipelineCommands", Command,
        "Commands to the pipeline: `StartRun` starts a run over registered datasets, `CancelRun` cancels one "
        "(the `command` field tells which). **This is the ingest contract for external producers**: a system "
        "other than the gateway may publish a `StartRun` here (a fresh 32-hex `run_id`, `dataset_ids` of "
        "datasets already registered, `producer` naming itself); acquisition creates the run document if the "
        "gateway did not, and the run then shows in the REST API like any other. Raw records go on "
        "`ingest.raw-records.v1` instead.",
        "the run_id",
    ),
    ChannelDoc(
        topics.BATCH_ACQUIRED, "BatchAcquired", BatchAcquired,
        "Raw records of one dataset, one batch at a time, as read from the source file.",
        "`<run_id>:<batch_index>`",
    ),
    ChannelDoc(
        topics.BATCH_STANDARDIZED, "BatchStandardized", BatchStandardized,
        "One batch converted to the canonical conversation format, with counts of what was rejected and why.",
        "`<run_id>:<batch_index>`",
    ),
    ChannelDoc(
        topics.BATCH_VALIDATED, "BatchValidated", BatchValidated,
        "One batch of scored conversations with a verdict each (same order), redacted by the PII policy.",
        "`<run_id>:<batch_index>`",
    ),
    ChannelDoc(
        topics.RUN_PROGRESS, "RunProgress", Progress,
        "What happens to runs: a `StageProgress` per batch and stage, then one of `RunCompleted`, `RunFailed`, "
        "`RunCancelled`. Every gateway replica reads all of it (no consumer group) for the WebSocket feed.",
        "the run_id",
    ),
    ChannelDoc(
        topics.DEAD_LETTER, "DeadLetters", DeadLetter,
        "Messages whose handling kept failing (after the bounded retries), with their origin, error and "
        "original body. The run they belong to is marked failed.",
        "the run_id (empty when unknown)",
    ),
    ChannelDoc(
        topics.RAW_INGEST, "RawIngest", RawIngest,
        "Raw records from other systems. **This is the raw-ingest contract for external producers**: publish "
        "UTF-8 JSON `RawIngest` messages (no headers needed): `source` (your system), `dataset` (records with the "
        "same source and dataset go into one ingest dataset), `message_id` (idempotency id, unique per source: "
        f"a re-sent or redelivered message changes nothing), optional `format`, and 1 to {MAX_RECORDS:,} `records` "
        "of any JSON shape, the whole message within the broker's message size. Each valid message becomes one "
        "run of kind `ingest` with run id = the first 32 hex digits of sha256(`ingest\\0<source>\\0<message_id>`), "
        "through standardization, quality and production like any run (unconvertible records are that run's "
        "rejects). An invalid message (not UTF-8 or JSON, wrong fields, too many records) is recorded as an "
        "ingest reject with its reason (REST `GET /api/v1/ingest/rejects`), dead-lettered, and never blocks the "
        "partition.",
        "free; `<source>/<dataset>` keeps a dataset's messages in order",
    ),
    ChannelDoc(
        topics.PRODUCTION_REQUESTS, "ProductionRequests", ProductionCommand,
        "Commands to the production service: `GenerateDataset` builds a production dataset (a generation) from "
        "completed runs, with filters, duplicate and conflict policies, seeded leakage-safe splits and a template; "
        "`ExportGeneration` writes a completed generation's splits as JSONL, JSON, CSV or Parquet, optionally gzip "
        "or zstd (the `command` field tells which; `run_id` carries the generation id). The gateway records the "
        "generation (`generations` collection) before sending; the instance handling the command is the only "
        "writer of its progress, files (GridFS) and manifest.",
        "the generation_id (one generation's commands in order, on one instance)",
    ),
    ChannelDoc(
        topics.INTAKE_COMMANDS, "IntakeCommands", IntakeCommand,
        "Commands to acquisition's intake (group `acquisition-intake`): `RegisterDataset` takes a dataset in from "
        "a URL, a Hugging Face name (the server's offline cache), a server path, or an uploaded .zip/.gz; "
        "`MergeDatasets` merges datasets into a new one with a conflict policy (`run_id` carries the dataset id). "
        "The gateway sends them and answers 202; the dataset document goes `registering`/`merging` -> `ready` or "
        "`failed` (with `failure.reason`), and `DatasetIntakeProgress`, `DatasetReady`, `DatasetFailed` go to "
        "the progress topic. Handled at least once, idempotently (conditional status updates, deterministic "
        "files written to a temp name and renamed).",
        "the dataset_id",
    ),
    ChannelDoc(
        topics.AUDIT_EVENTS, "AuditEvents", AuditEvent,
        "The gateway's audit trail, for a SIEM: one `AuditEvent` per state-changing request (POST, PUT, PATCH, "
        "DELETE under `/api/v1`) and per refused one (401, 403, 429 on `/api/v1` and `/ws`): time, key id, name "
        "and tier, action, resource, outcome status, request id, client address. The same events are stored "
        "append-only in MongoDB (`audit_events`) and served by `GET /api/v1/audit` (admin). Published after the "
        "request was answered, in small batches; at least once (an event may arrive twice, same `event_id`).",
        "the key_id (`anonymous` when no key was recognised)",
    ),
    ChannelDoc(
        topics.RUN_EXPORTS, "RunExports", ExportRun,
        "A run's export in another form, made by the production service beside the run's JSONL export: "
        "`kind: variant` writes a completed run's export as `format` (json, csv, parquet) and `compression` "
        "(gzip, zstd) once and reuses it; `kind: partial` joins the export parts written so far for a running, "
        "cancelled or failed run (a snapshot, rewritten only when the parts changed). Each file gets a size and "
        "SHA-256 sidecar; the outcome is recorded in the run's `run.<run_id>.exports` collection, which the "
        "gateway reads before it streams the file.",
        "the run_id (one run's export commands in order, on one instance)",
    ),
)

# Who reads what, besides the consumer groups of ``topics.CONSUMER_GROUPS``.
_GROUPLESS_READERS = {topics.RUN_PROGRESS.name: "gateway"}

_KEYED_SECTIONS = ("channels", "operations")
_COMPONENT_SECTIONS = ("messages", "schemas")


def _valid_key(key: str) -> str:
    """AsyncAPI 3.0 keys match ``^[A-Za-z0-9_.\\-]+$``; FastStream joins its parts with ``:``."""
    return re.sub(r"[^A-Za-z0-9_.\-]", ".", key)


def _fix_refs(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {k: (_ref(v, renames) if k == "$ref" and isinstance(v, str) else _fix_refs(v, renames))
                for k, v in node.items()}
    if isinstance(node, list):
        return [_fix_refs(v, renames) for v in node]
    return node


def _ref(ref: str, renames: dict[str, str]) -> str:
    head, _, tail = ref.partition("#")
    return head + "#" + "/".join(_valid_key(renames.get(part, part)) for part in tail.split("/"))


def documentation_broker(prefix: str = "", bootstrap: str = "kafka:9092") -> KafkaBroker:
    """A KafkaBroker that is never started: its publishers and subscribers only describe."""
    broker = KafkaBroker(bootstrap, description="The Kafka cluster of the deployment (`DP_KAFKA_BOOTSTRAP`)")
    readers = {t.name: [] for t in topics.ALL}
    for group, read in topics.CONSUMER_GROUPS.items():
        for t in read:
            readers[t.name].append((group, group))
    for topic_name, service in _GROUPLESS_READERS.items():
        readers[topic_name].append((service, None))

    for doc in CHANNELS:
        address = doc.topic.full(prefix)
        broker.publisher(
            address, title=doc.name, schema=doc.payload,
            description=f"{doc.description}\n\nSent by: {doc.topic.producers}. Payload: {doc.topic.payload}. "
                        f"Partitions: {doc.topic.partitions}. Message key: {doc.key}.",
        )
        for service, group in readers[doc.topic.name]:
            how = f"consumer group `{group}`" if group else "no consumer group: every replica reads everything"
            subscriber = broker.subscriber(
                address, group_id=group, title=f"{doc.name}.{service}",
                description=f"{service} receives {doc.name} ({how}).",
            )
            subscriber(_handler(doc.payload))
    return broker


def _handler(payload: Any):
    async def handle(message) -> None:  # documentation only: never called
        return None

    handle.__annotations__ = {"message": payload, "return": None}
    return handle


def build(prefix: str = "", bootstrap: str = "kafka:9092") -> dict[str, Any]:
    """The AsyncAPI 3.0 document as a JSON-ready dict (keys sorted, so dumps are stable)."""
    spec = AsyncAPI(
        documentation_broker(prefix, bootstrap), title=TITLE, version=project_version(), description=DESCRIPTION,
        schema_version="3.0.0",
    ).to_specification()
    raw = json.loads(spec.to_json())
    # FastStream names a union payload per endpoint ("<title>:Message:Payload"); one per channel doc is enough.
    renames = {k: _union_name(k) for k in raw.get("components", {}).get("schemas", {}) if k.endswith(":Message:Payload")}
    doc = _fix_refs(raw, renames)
    for section in _KEYED_SECTIONS:
        doc[section] = _tidy(doc.get(section, {}))
    for channel in doc["channels"].values():
        channel["messages"] = _tidy(channel.get("messages", {}))
    components = doc.setdefault("components", {})
    components["messages"] = _tidy(components.get("messages", {}))
    components["schemas"] = _tidy({renames.get(k, k): v for k, v in components.get("schemas", {}).items()})
    for name, schema in components["schemas"].items():
        if name in renames.values():
            schema["title"] = name

    by_address = {d.topic.full(prefix): d for d in CHANNELS}
    by_name = {d.name: d for d in CHANNELS}
    groups = {f"{d.name}.{g}": g for d in CHANNELS for g, read in topics.CONSUMER_GROUPS.items() if d.topic in read}
    for channel in doc["channels"].values():
        entry = by_address[channel["address"]]
        channel.setdefault("bindings", {}).setdefault("kafka", {})["partitions"] = entry.topic.partitions
        channel["title"] = entry.topic.name
    for key, operation in doc["operations"].items():
        if key in groups:
            operation["bindings"] = {"kafka": {"groupId": {"type": "string", "enum": [groups[key]]},
                                               "bindingVersion": "0.4.0"}}
    for key, message in components["messages"].items():
        entry = by_name[key.split(".")[0]]
        message["bindings"] = {"kafka": {"key": {"type": "string", "description": f"message key: {entry.key}"},
                                         "bindingVersion": "0.4.0"}}
    return doc


def _union_name(key: str) -> str:
    return key.split(":")[0].split(".")[0] + "Payload"


def _tidy(section: dict[str, Any]) -> dict[str, Any]:
    return dict(sorted((_valid_key(k), v) for k, v in section.items()))


if __name__ == "__main__":
    print(json.dumps(build(), indent=2))
