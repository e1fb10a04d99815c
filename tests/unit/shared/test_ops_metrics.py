"""The metrics ops read: label values stay bounded, counters start at 0, lag arithmetic."""

from __future__ import annotations

from types import SimpleNamespace

from aiokafka import TopicPartition
from prometheus_client import CollectorRegistry, generate_latest

from shared.broker import FaultInjected
from shared.lag import partition_lags
from shared.metrics import PipelineMetrics, StoreLatencyListener, collection_label, failure_reason


def test_failure_reason_is_the_exception_type_never_the_message():
    assert failure_reason(FaultInjected("fault injected in quality (attempt 3)")) == "FaultInjected"
    assert failure_reason("ValidationError: 3 validation errors for BatchStandardized") == "ValidationError"
    assert failure_reason("ingest reject invalid_json: Expecting value") == "other"
    assert failure_reason("") == "other"


def test_run_outcomes_start_at_zero_for_every_final_status():
    registry = CollectorRegistry()
    PipelineMetrics(registry)
    text = generate_latest(registry).decode()
    for status in ("completed", "failed", "cancelled"):
        assert f'dp_runs_total{{status="{status}"}} 0.0' in text


def test_collection_label_folds_per_run_collections():
    assert collection_label("run.r_0123456789abcdef.batches") == "run.*.batches"
    assert collection_label("run.h0123.scored") == "run.*.scored"
    assert collection_label("heartbeats") == "heartbeats"
    assert collection_label(1) == "-"


def test_store_listener_times_commands_by_operation_and_collection():
    registry = CollectorRegistry()
    listener = StoreLatencyListener(registry)

    def event(command_name, request_id, **extra):  # what the listener reads of PyMongo's events
        return SimpleNamespace(command_name=command_name, request_id=request_id, connection_id=("h", 1), **extra)

    listener.started(event("find", 1, command={"find": "run.r1.batches"}))
    listener.succeeded(event("find", 1, duration_micros=2500))
    listener.started(event("getMore", 2, command={"getMore": 77, "collection": "runs"}))
    listener.failed(event("getMore", 2, duration_micros=1_500_000))
    text = generate_latest(registry).decode()
    assert 'dp_store_operation_seconds_count{collection="run.*.batches",operation="find"} 1.0' in text
    assert 'dp_store_operation_seconds_bucket{collection="runs",le="2.5",operation="getMore"} 1.0' in text
    assert 'dp_store_operation_seconds_bucket{collection="runs",le="1.0",operation="getMore"} 0.0' in text


def test_partition_lag_is_end_minus_committed_or_from_the_first_offset():
    a0, a1, a2 = TopicPartition("a", 0), TopicPartition("a", 1), TopicPartition("a", 2)
    end = {a0: 100, a1: 50, a2: 7}
    begin = {a0: 0, a1: 20, a2: 0}
    committed = {a0: SimpleNamespace(offset=90), a2: SimpleNamespace(offset=-1)}
    assert partition_lags(end, begin, committed) == {a0: 10, a1: 30, a2: 7}
