import hashlib
import json

import pytest

from services.production.app import create_app
from services.production.settings import ProductionSettings
from shared import topics
from shared.events import BatchValidated, ConversationVerdict
from tests.support.factories import conversation
from tests.support.kafka import collect, eventually, publish

pytestmark = pytest.mark.integration


def validated(run_id: str, index: int, total: int | None, record_indexes: list[int],
              failing: frozenset[int] = frozenset()) -> BatchValidated:
    convs = [conversation(("user", f"question number {i}?"), ("assistant", f"answer number {i}."),
                          record_index=i) for i in record_indexes]
    verdicts = [ConversationVerdict(id=c.id, score=0.0 if i in failing else 1.0, passed=i not in failing)
                for c, i in zip(convs, record_indexes)]
    return BatchValidated(run_id=run_id, producer="test", batch_index=index, total_batches=total,
                          quality_threshold=0.7, dataset_id="d1", source_name="f", source_sha256="0" * 64,
                          conversations=convs, verdicts=verdicts)


async def test_last_batch_out_of_order_completes_the_run_with_an_ordered_checksummed_export(service_under_test):
    async with service_under_test(create_app, ProductionSettings) as ctx:
        bootstrap = ctx.settings.kafka_bootstrap
        await ctx.ledger.create("run1", ["d1"], 0.7, 3)
        # The last batch (it carries total_batches) arrives before the first one.
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run1", 1, 2, [3, 4, 5], {4}))
        progress = await collect(bootstrap, ctx.topic(topics.RUN_PROGRESS), 1)
        assert progress[0]["stage"] == "production" and progress[0]["counts"] == {"passed": 2}
        assert await ctx.ledger.outcome("run1") is None  # one batch of two: not complete
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run1", 0, None, [0, 1, 2]))
        outcome = await eventually(lambda: ctx.ledger.outcome("run1"))
        assert outcome["status"] == "completed" and outcome["exported"] == 5

        body = (ctx.settings.data_dir / "exports" / "run1.jsonl").read_bytes()
        assert hashlib.sha256(body).hexdigest() == outcome["export"]["sha256"]
        assert outcome["export"]["lines"] == 5 and outcome["export"]["bytes"] == len(body)
        lines = [json.loads(line) for line in body.splitlines()]
        assert [m["messages"][0]["content"] for m in lines] == [f"question number {i}?" for i in (0, 1, 2, 3, 5)]
        assert lines[0] == {"messages": [{"role": "user", "content": "question number 0?"},
                                         {"role": "assistant", "content": "answer number 0."}]}
        events = await collect(bootstrap, ctx.topic(topics.RUN_PROGRESS), 3)
        assert events[-1]["exported"] == 5 and events[-1]["export_sha256"] == outcome["export"]["sha256"]
        assert not (ctx.settings.data_dir / "exports" / ".run1.parts").exists()

        # A redelivered last batch after completion changes nothing.
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run1", 1, 2, [3, 4, 5], {4}))
        after = await collect(bootstrap, ctx.topic(topics.RUN_PROGRESS), 4, timeout=3)
        assert len(after) == 3
        assert (ctx.settings.data_dir / "exports" / "run1.jsonl").read_bytes() == body
        assert (await ctx.ledger.state("run1"))["stages"]["production"]["batches_done"] == 2


async def test_redelivery_after_a_crash_before_completion_completes_the_run(service_under_test):
    """The last batch was counted, then the process died before completing the run."""
    async with service_under_test(create_app, ProductionSettings) as ctx:
        await ctx.ledger.create("run2", ["d1"], 0.7, 3)
        from services.production.export import write_part
        batch = validated("run2", 0, 1, [0, 1])
        write_part(ctx.settings.data_dir / "exports", "run2", 0, batch.conversations)
        await ctx.ledger.record_batch("run2", "production", 0, total_batches=1)
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), batch)
        outcome = await eventually(lambda: ctx.ledger.outcome("run2"))
        assert outcome["status"] == "completed" and outcome["exported"] == 2
