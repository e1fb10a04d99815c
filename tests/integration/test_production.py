import hashlib
import json

import pytest

from services.production.app import create_app
from services.production.settings import ProductionSettings
from services.quality.checks import default_checks
from services.quality.repository import QualityRepository
from services.quality.scoring import score_conversation
from shared import topics
from shared.events import BatchValidated, ConversationVerdict
from tests.support.factories import conversation
from tests.support.kafka import collect, eventually, publish

pytestmark = pytest.mark.integration


def validated(run_id: str, index: int, total: int | None) -> BatchValidated:
    return BatchValidated(run_id=run_id, producer="test", batch_index=index, total_batches=total,
                          quality_threshold=0.7, dataset_id="d1", source_name="f", source_sha256="0" * 64,
                          verdicts=[ConversationVerdict(id="x", score=1.0, passed=True)])


async def test_last_batch_out_of_order_completes_the_run_with_an_ordered_checksummed_export(service_under_test):
    async with service_under_test(create_app, ProductionSettings) as ctx:
        await ctx.ledger.create("run1", ["d1"], 0.7, 2)
        convs = [conversation(("user", f"question number {i}?"), ("assistant", f"answer number {i}."),
                              record_index=i) for i in (3, 0, 2, 1)]
        convs.append(conversation(("user", "no answer here"), record_index=4))  # fails the threshold
        await QualityRepository(ctx.db).store("run1", 0.7, [(c, score_conversation(c, default_checks()))
                                                             for c in convs])
        # The last batch (it carries total_batches) arrives before the first one.
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run1", 1, 2))
        progress = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.RUN_PROGRESS), 1)
        assert progress[0]["stage"] == "production"
        assert await ctx.ledger.outcome("run1") is None  # not complete with one batch of two
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run1", 0, None))
        outcome = await eventually(lambda: ctx.ledger.outcome("run1"))
        assert outcome["status"] == "completed" and outcome["exported"] == 4

        body = (ctx.settings.data_dir / "exports" / "run1.jsonl").read_bytes()
        assert hashlib.sha256(body).hexdigest() == outcome["export"]["sha256"]
        lines = [json.loads(line) for line in body.splitlines()]
        assert [m["messages"][0]["content"] for m in lines] == [f"question number {i}?" for i in range(4)]
        assert lines[0] == {"messages": [{"role": "user", "content": "question number 0?"},
                                         {"role": "assistant", "content": "answer number 0."}]}
        completed = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.RUN_PROGRESS), 3)
        assert completed[-1]["exported"] == 4 and completed[-1]["export_sha256"] == outcome["export"]["sha256"]

        # A redelivered last batch after completion changes nothing.
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run1", 1, 2))
        after = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.RUN_PROGRESS), 4, timeout=3)
        assert len(after) == 3
        assert (await ctx.ledger.state("run1"))["stages"]["production"]["batches_done"] == 2
