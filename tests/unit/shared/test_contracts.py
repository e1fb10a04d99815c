import json

import pytest
from pydantic import TypeAdapter, ValidationError

from services.acquisition.handlers import Command
from shared import topics
from shared.events import BatchAcquired, CancelRun, StartRun


def test_commands_are_told_apart_by_their_discriminator():
    adapter = TypeAdapter(Command)
    start = StartRun(run_id="r", producer="t", dataset_ids=["d"])
    cancel = CancelRun(run_id="r", producer="t")
    assert isinstance(adapter.validate_json(start.model_dump_json()), StartRun)
    assert isinstance(adapter.validate_json(cancel.model_dump_json()), CancelRun)
    with pytest.raises(ValidationError):
        adapter.validate_python({"run_id": "r", "producer": "t", "command": "DropTables"})


def test_every_event_carries_the_envelope():
    e = json.loads(StartRun(run_id="r", producer="gateway", dataset_ids=["d"]).model_dump_json())
    assert {"event_id", "run_id", "schema_version", "occurred_at", "producer"} <= set(e)


def test_batch_header_is_passed_on_unchanged():
    b = BatchAcquired(run_id="r", producer="a", batch_index=3, total_batches=4, quality_threshold=0.5,
                      dataset_id="d", source_name="f", source_sha256="s", file_format="jsonl", records=[],
                      quality={"tiers": ["content", "structure"]})
    assert b.header() == {"run_id": "r", "batch_index": 3, "total_batches": 4, "quality_threshold": 0.5,
                          "dataset_id": "d", "source_name": "f", "source_sha256": "s",
                          "quality": {"pii_policy": "redact", "languages": ["en"], "tiers": ["structure", "content"]},
                          "failed_stage": None}


def test_topic_names_are_versioned_and_data_topics_are_partitioned():
    assert all(t.name.endswith(".v1") for t in topics.ALL)
    assert len({t.name for t in topics.ALL}) == len(topics.ALL)
    for t in (topics.BATCH_ACQUIRED, topics.BATCH_STANDARDIZED, topics.BATCH_VALIDATED):
        assert t.partitions > 1
    assert topics.BATCH_ACQUIRED.full("test.") == "test.acquisition.batch-acquired.v1"
