"""Domain metrics every service exposes next to FastStream's broker metrics.

Series ops read (``deploy/prometheus/alerts.yml``, ``deploy/grafana/dashboards/pipeline.json``,
``docs/operations.md``): records, conversations and rejects by stage; batch latency; the quality
score histogram; retries and dead letters by stage and reason; runs by final status; consumer lag
per group and partition (``shared.lag``); MongoDB operation latency (:class:`StoreLatencyListener`).
Counters whose label values are known in advance start at 0, so ``increase()`` sees their first
step (a series born at 1 has no increase for Prometheus).
"""

from __future__ import annotations

import re

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from pymongo import monitoring

from shared.events import TERMINAL_STATUSES


def failure_reason(error: str | BaseException) -> str:
    """A failure's reason as a label value: the exception's type name (``FaultInjected``,
    ``ValidationError``), from an exception or from a ``"<Type>: <message>"`` string. Bounded
    by the code's exception types, never by what a message carried."""
    if isinstance(error, BaseException):
        return type(error).__name__
    head = error.split(":", 1)[0].strip()
    return head if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]{0,63}", head) else "other"


class PipelineMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.records = Counter(
            "dp_records_total", "Input records by stage and outcome", ["stage", "outcome"], registry=registry
        )
        self.conversations = Counter(
            "dp_conversations_total", "Conversations by stage and outcome", ["stage", "outcome"], registry=registry
        )
        self.rejects = Counter("dp_rejects_total", "Rejected records by reason", ["reason"], registry=registry)
        self.batch_latency = Histogram(
            "dp_batch_latency_seconds",
            "Time to handle one batch (parse, work, store, publish)",
            ["stage"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=registry,
        )
        self.quality_score = Histogram(
            "dp_quality_score", "Overall quality score of conversations", buckets=[i / 10 for i in range(11)],
            registry=registry,
        )
        self.dead_letters = Counter(
            "dp_dead_letters_total",
            "Messages published to the dead-letter topic, by stage, the topic they came from and reason "
            "(the exception's type after the last retry, or the raw-ingest reject reason)",
            ["stage", "topic", "reason"], registry=registry,
        )
        self.retries = Counter(
            "dp_retries_total", "Retries of a message whose handling raised, by stage and reason (exception type)",
            ["stage", "reason"], registry=registry,
        )
        self.runs = runs_counter(registry)
        self.consumer_lag = Gauge(
            "dp_consumer_lag",
            "Messages of a partition not yet committed by a consumer group (end offset minus committed offset), "
            "refreshed every DP_LAG_INTERVAL_S by each instance of the group's service",
            ["group", "topic", "partition"], registry=registry,
        )


def runs_counter(registry: CollectorRegistry) -> Counter:
    """``dp_runs_total{status}``: runs this process ended (completed, failed, cancelled); the
    ledger counts a run once, in the process whose end mark won."""
    runs = Counter("dp_runs_total", "Runs ended, by final status", ["status"], registry=registry)
    for status in sorted(TERMINAL_STATUSES):
        runs.labels(status)
    return runs


# Per-run collections (``run.<run_id>.<kind>``, see shared.mongo.run_collection) are one label value.
_RUN_COLLECTION = re.compile(r"^run\.[^.]+\.(?P<kind>[a-z]+)$")
STORE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)


def collection_label(name: object) -> str:
    if not isinstance(name, str) or not name:
        return "-"
    m = _RUN_COLLECTION.match(name)
    return f"run.*.{m['kind']}" if m else name[:64]


class StoreLatencyListener(monitoring.CommandListener):
    """PyMongo command monitoring into ``dp_store_operation_seconds{operation,collection}``: every
    command the driver sends (find, insert, update, aggregate, getMore, ...), timed by the driver,
    failed ones included. Pass it to the client: ``AsyncMongoClient(..., event_listeners=[...])``."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.latency = Histogram(
            "dp_store_operation_seconds", "MongoDB command latency as the driver measured it, by command "
            "and collection (per-run collections as run.*.<kind>)",
            ["operation", "collection"], buckets=STORE_BUCKETS, registry=registry,
        )
        self._collections: dict[tuple[object, int], str] = {}

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if len(self._collections) > 10_000:  # replies that never came (a dropped connection)
            self._collections.clear()
        command = event.command or {}
        value = command.get("collection") if event.command_name == "getMore" else command.get(event.command_name)
        self._collections[(event.connection_id, event.request_id)] = collection_label(value)

    def _observe(self, event, seconds: float) -> None:
        collection = self._collections.pop((event.connection_id, event.request_id), "-")
        self.latency.labels(event.command_name, collection).observe(seconds)

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        self._observe(event, event.duration_micros / 1e6)

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        self._observe(event, event.duration_micros / 1e6)
