"""Domain metrics every service exposes next to FastStream's broker metrics."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram


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
            "dp_dead_letters_total", "Messages dead-lettered after retries", ["topic"], registry=registry
        )
