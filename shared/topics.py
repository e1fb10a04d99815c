"""The topic table: every Kafka topic, its partition count and its payload, in one place.

Names are versioned (``<domain>.<event>.v1``): a breaking change is a new topic. Tests and
parallel deployments isolate themselves with ``DP_TOPIC_PREFIX``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    name: str
    partitions: int
    payload: str
    producers: str
    consumers: str

    def full(self, prefix: str = "") -> str:
        return f"{prefix}{self.name}"


COMMANDS = Topic("pipeline.commands.v1", 2, "StartRun, CancelRun", "gateway", "acquisition")
BATCH_ACQUIRED = Topic("acquisition.batch-acquired.v1", 4, "BatchAcquired", "acquisition", "standardization")
BATCH_STANDARDIZED = Topic(
    "standardization.batch-standardized.v1", 4, "BatchStandardized", "standardization", "quality"
)
BATCH_VALIDATED = Topic("quality.batch-validated.v1", 4, "BatchValidated", "quality", "production")
# Datasets being registered or merged report here too (run_id = the dataset id).
RUN_PROGRESS = Topic(
    "pipeline.progress.v1", 1,
    "StageProgress, RunCompleted, RunFailed, RunCancelled, DatasetIntakeProgress, DatasetReady, DatasetFailed, GenerationProgress",
    "all services", "gateway (every replica)"
)
DEAD_LETTER = Topic("pipeline.dead-letter.v1", 1, "DeadLetter", "all services", "ops")
# Raw records from other systems (the contract: shared/ingest.py).
RAW_INGEST = Topic("ingest.raw-records.v1", 4, "RawIngest", "external systems", "acquisition (group acquisition-ingest)")
# Generation and export commands, keyed by generation id (the contract: shared/production.py).
PRODUCTION_REQUESTS = Topic("production.requests.v1", 2, "GenerateDataset, ExportGeneration", "gateway",
                            "production (group production-requests)")
# Dataset intake and merges, keyed by dataset id (long work: kept off the run commands' partitions).
INTAKE_COMMANDS = Topic("acquisition.intake.v1", 2, "RegisterDataset, MergeDatasets", "gateway",
                        "acquisition (group acquisition-intake)")

# Who did what through the gateway, for a SIEM (the contract: shared/audit.py).
AUDIT_EVENTS = Topic("audit.events.v1", 1, "AuditEvent", "gateway", "SIEM (outside the system)")

# A run's export in another format or compression, or its parts so far (partial), keyed by run id
# (the contract: ExportRun in shared/events.py). A topic of its own, so a long generation never
# holds up a small export.
RUN_EXPORTS = Topic("production.run-exports.v1", 2, "ExportRun", "gateway", "production (group production-exports)")

ALL: tuple[Topic, ...] = (COMMANDS, BATCH_ACQUIRED, BATCH_STANDARDIZED, BATCH_VALIDATED, RUN_PROGRESS, DEAD_LETTER,
                          RAW_INGEST, PRODUCTION_REQUESTS, INTAKE_COMMANDS, AUDIT_EVENTS, RUN_EXPORTS)

# The consumer groups (group id = the service name, or ``<service>-<purpose>`` for a second
# group of one service; the broker puts the topic prefix in front: ``<prefix><group>``) and the
# topics each reads. The gateway reads RUN_PROGRESS without a group (every replica sees every event).
CONSUMER_GROUPS: dict[str, tuple[Topic, ...]] = {
    "acquisition": (COMMANDS,),
    "acquisition-ingest": (RAW_INGEST,),
    "acquisition-intake": (INTAKE_COMMANDS,),
    "standardization": (BATCH_ACQUIRED,),
    "quality": (BATCH_STANDARDIZED,),
    "production": (BATCH_VALIDATED,),
    "production-requests": (PRODUCTION_REQUESTS,),
    "production-exports": (RUN_EXPORTS,),
}


def group_service(group: str) -> str:
    """The service a consumer group belongs to (``acquisition-ingest`` -> ``acquisition``)."""
    return group.split("-", 1)[0]


def markdown_table() -> str:
    rows = ["| topic | partitions | payload | producers | consumers |", "|---|---|---|---|---|"]
    rows += [f"| `{t.name}` | {t.partitions} | {t.payload} | {t.producers} | {t.consumers} |" for t in ALL]
    return "\n".join(rows)
