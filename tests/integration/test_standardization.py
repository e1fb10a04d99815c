import pytest

from services.standardization.app import create_app
from services.standardization.settings import StandardizationSettings
from shared import topics
from shared.mongo import run_collection
from shared.events import BatchAcquired
from tests.support.factories import counselling_exchange, raw
from tests.support.kafka import collect, eventually, publish

pytestmark = pytest.mark.integration


def acquired_batch(run_id: str) -> BatchAcquired:
    records = raw(counselling_exchange(0), {"text": "no shape"}, counselling_exchange(1),
                  {"instruction": "x", "input": "", "output": "<nooutput>"})
    return BatchAcquired(run_id=run_id, producer="test", batch_index=0, total_batches=1, quality_threshold=0.7,
                         dataset_id="ds1", source_name="f.jsonl", source_sha256="0" * 64, file_format="jsonl",
                         records=records)


async def test_converts_stores_rejects_and_counts_a_redelivered_batch_once(service_under_test):
    async with service_under_test(create_app, StandardizationSettings) as ctx:
        await ctx.ledger.create("run1", ["ds1"], 0.7, 4)
        batch = acquired_batch("run1")
        # The same batch delivered twice (a producer retry, a consumer crash before commit).
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_ACQUIRED), batch,
                      batch.model_copy(update={"event_id": "redelivered"}))
        out = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), 2)
        assert len(out) == 2 and out[0]["conversations"] == out[1]["conversations"]
        first = out[0]
        assert (first["records_in"], first["records_converted"], first["rejected"]) == (4, 2, 2)
        assert [c["lineage"]["record_index"] for c in first["conversations"]] == [0, 2]
        assert first["total_batches"] == 1 and first["dataset_id"] == "ds1"

        state = await ctx.ledger.state("run1")
        assert state["counts"]["conversations"] == 2
        assert state["counts"]["rejected"] == 2
        assert state["counts"]["records_converted"] == 2
        assert state["stages"]["standardization"]["batches_done"] == 1
        rejects = await run_collection(ctx.db, "run1", "rejects").find({}).sort("record_index").to_list()
        assert [(r["record_index"], r["reason"]) for r in rejects] == [(1, "unknown_format"),
                                                                        (3, "missing_assistant_turn")]
        assert '"no shape"' in rejects[0]["excerpt"]


async def test_a_cancelled_run_is_not_processed_further(service_under_test):
    async with service_under_test(create_app, StandardizationSettings) as ctx:
        await ctx.ledger.create("run2", ["ds1"], 0.7, 4)
        await ctx.ledger.finish("run2", "cancelled")
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_ACQUIRED), acquired_batch("run2"))
        out = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), 1, timeout=3)
        assert out == []
        assert (await ctx.ledger.state("run2"))["counts"]["conversations"] == 0


async def test_poison_message_is_dead_lettered_and_fails_its_run(service_under_test):
    async with service_under_test(create_app, StandardizationSettings, handler_attempts=2) as ctx:
        await ctx.ledger.create("run3", ["ds1"], 0.7, 4)
        poison = b'{"run_id": "run3", "batch_index": "not a number"}'
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_ACQUIRED), poison, key=b"run3:0")
        (letter,) = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.DEAD_LETTER), 1)
        assert letter["run_id"] == "run3" and letter["attempts"] == 2
        assert letter["topic"] == ctx.topic(topics.BATCH_ACQUIRED) and letter["payload"] == poison.decode()
        assert letter["service"] == "standardization" and letter["error"]
        outcome = await eventually(lambda: ctx.ledger.outcome("run3"))
        assert outcome["status"] == "failed" and "dead-lettered" in outcome["error"]["message"]
        # ...and the partition is not blocked: the next good batch goes through.
        await ctx.ledger.create("run4", ["ds1"], 0.7, 4)
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_ACQUIRED), acquired_batch("run4"))
        out = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), 1)
        assert out[0]["run_id"] == "run4"
