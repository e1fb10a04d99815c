"""The one batch publisher of acquisition (runs and raw ingest): keys, the ledger's once-only
count, resuming, stopping, per-dataset options, progress and metrics. A fake ledger and a
recording ``send``; the plans are real (``plan_batches`` over files)."""

from __future__ import annotations

import json
from pathlib import Path

from prometheus_client import CollectorRegistry

from services.acquisition.batching import DatasetSource, plan_batches
from services.acquisition.publisher import BatchPublisher, RunBatches, batch_key
from shared.events import QualityOptions, StandardizationOptions, StartRun
from shared.mapping import FieldMapping
from shared.metrics import PipelineMetrics

RUN = "ab" * 16


class FakeLedger:
    def __init__(self, recorded: set[int] = frozenset(), finish_after: int | None = None) -> None:
        self.docs: dict[int, dict] = {i: {} for i in recorded}
        self.finish_after = finish_after  # the run ends once this many batches are recorded
        self.calls = 0

    async def recorded_batches(self, run_id: str, stage: str) -> set[int]:
        assert (run_id, stage) == (RUN, "acquisition")
        return set(self.docs)

    async def is_finished(self, run_id: str) -> bool:
        return self.finish_after is not None and len(self.docs) >= self.finish_after

    async def record_batch(self, run_id, stage, batch_index, counts=None, total_batches=None, dataset_id=None,
                           extra=None) -> bool:
        self.calls += 1
        if batch_index in self.docs:
            return False
        self.docs[batch_index] = {**(extra or {}), **(counts or {}), "total_batches": total_batches,
                                  "dataset_id": dataset_id}
        return True


class Harness:
    def __init__(self, ledger: FakeLedger) -> None:
        self.sent: list[tuple[object, bytes]] = []
        self.progress: list[object] = []
        self.registry = CollectorRegistry()
        self.ledger = ledger

        async def send(event, key: bytes) -> None:
            self.sent.append((event, key))

        async def progress(event) -> None:
            self.progress.append(event)

        self.publisher = BatchPublisher(ledger, send, progress, PipelineMetrics(self.registry))

    def read(self) -> float:
        return self.registry.get_sample_value("dp_records_total", {"stage": "acquisition", "outcome": "read"}) or 0


def dataset(tmp_path: Path, name: str, n: int) -> DatasetSource:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps({"instruction": f"{name} q{i}", "output": f"a{i}"}) + "\n" for i in range(n)))
    return DatasetSource(dataset_id=name, name=path.name, path=path, sha256=name[0] * 64)


def run(threshold: float = 0.5) -> RunBatches:
    return RunBatches(RUN, threshold, QualityOptions(), lambda _: StandardizationOptions())


async def test_every_batch_is_published_keyed_then_counted_once_with_progress(tmp_path):
    h = Harness(FakeLedger())
    sources = [dataset(tmp_path, "a", 25), dataset(tmp_path, "b", 5)]
    assert await h.publisher.publish_run(run(0.3), plan_batches(sources, 10)) is True
    events = [e for e, _ in h.sent]
    assert [k for _, k in h.sent] == [batch_key(RUN, i) for i in range(4)] == [f"{RUN}:{i}".encode() for i in range(4)]
    assert [(e.batch_index, e.dataset_id, len(e.records), e.total_batches) for e in events] == [
        (0, "a", 10, None), (1, "a", 10, None), (2, "a", 5, None), (3, "b", 5, 4)]
    assert {(e.run_id, e.producer, e.quality_threshold, e.source_sha256[0]) for e in events[:3]} == {
        (RUN, "acquisition", 0.3, "a")}
    assert events[0].records[0].data == {"instruction": "a q0", "output": "a0"}
    assert h.ledger.docs[3] == {"records_in": 5, "records_estimate": 30, "total_batches": 4, "dataset_id": "b"}
    assert [(p.batch_index, p.counts) for p in h.progress] == [(i, {"records_in": n}) for i, n in
                                                                enumerate([10, 10, 5, 5])]
    assert h.read() == 30


async def test_a_resumed_run_publishes_only_what_the_ledger_has_not_recorded(tmp_path):
    h = Harness(FakeLedger(recorded={0, 2}))
    assert await h.publisher.publish_run(run(), plan_batches([dataset(tmp_path, "a", 35)], 10)) is True
    assert [e.batch_index for e, _ in h.sent] == [1, 3]
    assert h.sent[-1][0].total_batches == 4 and h.read() == 15


async def test_a_batch_published_again_is_not_counted_again(tmp_path):
    """A crash after the publish and before the count: the batch goes out again, counted once."""
    h = Harness(FakeLedger())
    plan = plan_batches([dataset(tmp_path, "a", 3)], 10)
    batch = next(plan)
    assert await h.publisher.publish(run(), batch) is True
    assert await h.publisher.publish(run(), batch) is False
    assert len(h.sent) == 2 and h.sent[0][1] == h.sent[1][1]
    assert len(h.progress) == 1 and h.read() == 3


async def test_publishing_stops_when_the_run_ends(tmp_path):
    h = Harness(FakeLedger(finish_after=2))  # cancelled after its second batch
    assert await h.publisher.publish_run(run(), plan_batches([dataset(tmp_path, "a", 50)], 10)) is False
    assert [e.batch_index for e, _ in h.sent] == [0, 1]


async def test_the_callers_hook_can_stop_before_a_batch(tmp_path):
    h = Harness(FakeLedger())
    asked: list[int] = []

    async def go_on(batch) -> bool:
        asked.append(batch.batch_index)
        return batch.batch_index < 2  # e.g. the run yields to a higher priority before batch 2

    assert await h.publisher.publish_run(run(), plan_batches([dataset(tmp_path, "a", 50)], 10), go_on) is False
    assert asked == [0, 1, 2] and [e.batch_index for e, _ in h.sent] == [0, 1]


async def test_a_start_run_gives_each_dataset_its_stored_mapping(tmp_path):
    mapping = FieldMapping.model_validate({"formatting": "alpaca", "columns": {"prompt": "q", "response": "a"}})
    cmd = StartRun(run_id=RUN, producer="test", dataset_ids=["a", "b"], dataset_mappings={"b": mapping})
    h = Harness(FakeLedger())
    sources = [dataset(tmp_path, "a", 2), dataset(tmp_path, "b", 2)]
    assert await h.publisher.publish_run(RunBatches.of(cmd), plan_batches(sources, 10)) is True
    by_dataset = {e.dataset_id: e.standardization.mapping for e, _ in h.sent}
    assert by_dataset["a"] is None and by_dataset["b"] == mapping
