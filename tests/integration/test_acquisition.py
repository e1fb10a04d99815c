import hashlib
import json

import pytest

from services.acquisition.app import create_app
from services.acquisition.settings import AcquisitionSettings
from shared import topics
from shared.events import StartRun
from shared.run_ledger import now
from tests.support.kafka import collect, eventually, publish

pytestmark = pytest.mark.integration


async def register_dataset(ctx, path, dataset_id="ds1"):
    await ctx.db.datasets.insert_one({"_id": dataset_id, "name": path.name, "path": str(path),
                                      "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                                      "declared_format": None, "created_at": now()})


async def test_reads_a_dataset_in_batches_and_marks_the_last(service_under_test, tmp_path):
    path = tmp_path / "seven.jsonl"
    path.write_text("".join(json.dumps({"i": i}) + "\n" for i in range(7)))
    async with service_under_test(create_app, AcquisitionSettings) as ctx:
        await register_dataset(ctx, path)
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.COMMANDS),
                      StartRun(run_id="run1", producer="test", dataset_ids=["ds1"], batch_size=3))
        batches = sorted(await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_ACQUIRED), 3),
                         key=lambda b: b["batch_index"])
        assert [b["batch_index"] for b in batches] == [0, 1, 2]
        assert [b["total_batches"] for b in batches] == [None, None, 3]
        assert [r["index"] for b in batches for r in b["records"]] == list(range(7))
        assert batches[0]["records"][0]["data"] == {"i": 0} and batches[0]["file_format"] == "jsonl"
        state = await eventually(lambda: _state_with(ctx, "run1", "acquisition", 3))
        assert state["counts"]["records_in"] == 7 and state["status"] == "running"


async def _state_with(ctx, run_id, stage, batches):
    state = await ctx.ledger.state(run_id)
    return state if state and state["stages"][stage]["batches_done"] == batches else None


async def test_resumes_after_the_batches_already_published(service_under_test, tmp_path):
    """A redelivered StartRun (say after a crash) publishes only what is missing."""
    path = tmp_path / "six.jsonl"
    path.write_text("".join(json.dumps({"i": i}) + "\n" for i in range(6)))
    async with service_under_test(create_app, AcquisitionSettings) as ctx:
        await register_dataset(ctx, path)
        await ctx.ledger.create("run2", ["ds1"], 0.7, 2)
        await ctx.ledger.record_batch("run2", "acquisition", 0, {"records_in": 2})
        await ctx.ledger.record_batch("run2", "acquisition", 1, {"records_in": 2})
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.COMMANDS),
                      StartRun(run_id="run2", producer="test", dataset_ids=["ds1"], batch_size=2))
        out = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_ACQUIRED), 1, settle=1.5)
        assert [(b["batch_index"], b["total_batches"]) for b in out] == [(2, 3)]
        state = await eventually(lambda: _state_with(ctx, "run2", "acquisition", 3))
        assert state["counts"]["records_in"] == 6


async def test_unknown_dataset_and_unreadable_file_fail_the_run_with_a_reason(service_under_test, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"a": 1}, ')
    async with service_under_test(create_app, AcquisitionSettings) as ctx:
        await register_dataset(ctx, bad, "broken")
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.COMMANDS),
                      StartRun(run_id="r-missing", producer="test", dataset_ids=["nope"]),
                      StartRun(run_id="r-broken", producer="test", dataset_ids=["broken"]))
        missing = await eventually(lambda: ctx.ledger.outcome("r-missing"))
        broken = await eventually(lambda: ctx.ledger.outcome("r-broken"))
        assert missing["status"] == "failed" and missing["error"]["message"].startswith("dataset_not_found")
        assert broken["status"] == "failed" and broken["error"]["message"].startswith("invalid_json")
