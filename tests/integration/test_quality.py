import asyncio

import numpy as np
import pytest

from services.quality.app import create_app
from services.quality.settings import QualitySettings
from shared import dedup, scored, topics
from shared.mongo import run_collection
from shared.events import BatchStandardized
from tests.support.factories import conversation
from tests.support.kafka import collect, eventually, publish

pytestmark = pytest.mark.integration


def standardized_batch(run_id: str) -> BatchStandardized:
    good = conversation(("user", "I keep worrying about my exams."),
                        ("assistant", "That sounds stressful. What worries you most?"), record_index=0)
    one_sided = conversation(("user", "Is it normal to cry every day?"), record_index=1)
    return BatchStandardized(run_id=run_id, producer="test", batch_index=0, total_batches=1, quality_threshold=0.7,
                             dataset_id="d1", source_name="f.jsonl", source_sha256="0" * 64,
                             conversations=[good, one_sided], records_in=2, records_converted=2, rejected=0)


async def test_scores_stores_once_and_counts_a_redelivered_batch_once(service_under_test):
    async with service_under_test(create_app, QualitySettings) as ctx:
        await ctx.ledger.create("run1", ["d1"], 0.7, 2)
        batch = standardized_batch("run1")
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), batch, batch)
        out = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), 2)
        verdicts = {v["id"]: v for v in out[0]["verdicts"]}
        good, one_sided = batch.conversations
        assert verdicts[good.id] == {"id": good.id, "score": 1.0, "passed": True, "flags": [], "cluster_id": good.id}
        assert verdicts[one_sided.id]["passed"] is False
        assert "missing_assistant_turn" in verdicts[one_sided.id]["flags"]

        # the handler publishes a batch's verdicts, then records it in the ledger: wait for the record
        # (the first delivery's), then give the redelivery's handler time to finish before reading the
        # counts, so that counting it twice would show
        async def recorded():
            state = await ctx.ledger.state("run1")
            return state if state and state["counts"].get("validated", 0) >= 2 else None

        await eventually(recorded)
        await asyncio.sleep(1.0)
        state = await ctx.ledger.state("run1")
        assert (state["counts"]["validated"], state["counts"]["passed"]) == (2, 1)
        assert state["stages"]["quality"]["batches_done"] == 1
        stored = await ctx.db[next(n for n in await ctx.db.list_collection_names() if n.endswith(".scored"))].find(
            {}).to_list()
        assert [d["_id"] for d in stored] == ["00000000"]  # the redelivered batch added nothing
        items = scored.items(stored[0])
        assert [i["conversation"]["id"] for i in items] == [good.id, one_sided.id]
        assert items[0]["conversation"]["messages"][0] == {"role": "user", "content": "I keep worrying about my exams."}
        assert items[0]["quality"]["score"] == 1.0 and items[0]["conversation"]["lineage"]["dataset_id"] == "d1"
        assert [(i["conversation"]["lineage"]["record_index"], i["verdict"]["passed"]) for i in items] == [
            (0, True), (1, False)]
        # both deliveries carry the same signatures; quality marks no duplicates itself
        assert out[0]["signatures"] == out[1]["signatures"] and out[0]["schema_version"] == 3
        assert dedup.decode(out[0]["signatures"], 2).shape == (2, dedup.WIDTH)
        assert all("exact_duplicate" not in v["flags"] for v in out[1]["verdicts"])
        summaries = await ctx.db.quality_batches.find({"run_id": "run1"}).to_list()
        assert len(summaries) == 1 and summaries[0]["conversations"] == 2 and summaries[0]["passed"] == 1


async def test_two_replicas_give_the_same_signatures_for_the_same_text(service_under_test):
    """Signatures depend on the text only, so any replica's batch resolves the same."""
    original = conversation(("user", "I keep worrying about my exams every single night."),
                            ("assistant", "That sounds stressful. What worries you most about them?"), record_index=0)
    copy = conversation(("user", "I keep worrying about my exams every single night."),
                        ("assistant", "That sounds stressful. What worries you most about them?"), record_index=1)

    def batch(i, convs):
        return standardized_batch("dup").model_copy(update={"batch_index": i, "conversations": convs})

    sigs = []
    for i, conv in enumerate((original, copy)):  # a fresh process (database and topics) each time
        async with service_under_test(create_app, QualitySettings) as ctx:
            await ctx.ledger.create("dup", ["d1"], 0.7, 2)
            await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), batch(i, [conv]))
            (out,) = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), 1)
            sigs.append(dedup.decode(out["signatures"], 1))
    clusters = dedup.resolve(np.concatenate(sigs))
    assert clusters.flag(1) == dedup.EXACT_DUPLICATE and clusters.near[1] == 0


async def test_the_run_threshold_decides_passed(service_under_test):
    async with service_under_test(create_app, QualitySettings) as ctx:
        batch = standardized_batch("strict").model_copy(update={"quality_threshold": 0.0})
        await ctx.ledger.create("strict", ["d1"], 0.0, 2)
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), batch)
        (out,) = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), 1)
        assert all(v["passed"] for v in out["verdicts"])  # score 0.0 >= threshold 0.0


async def test_a_redacting_run_stores_its_own_redacted_copy_whatever_a_flagging_run_stored(service_under_test):
    from shared.events import QualityOptions

    with_pii = conversation(("user", "Call me at 415-555-0134 or mail jane.doe@example.com, I need help."),
                            ("assistant", "I'm glad you reached out. What is weighing on you most?"), record_index=0)
    async with service_under_test(create_app, QualitySettings) as ctx:
        for run_id, policy in (("flagrun", "flag"), ("redactrun", "redact")):  # flag first: the risky order
            await ctx.ledger.create(run_id, ["d1"], 0.0, 1)
            batch = standardized_batch(run_id).model_copy(update={
                "conversations": [with_pii], "quality": QualityOptions(pii_policy=policy)})
            await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), batch)
            await eventually(lambda r=run_id: run_collection(ctx.db, r, "scored").find_one({}))
        flagged = scored.items(await run_collection(ctx.db, "flagrun", "scored").find_one({}))[0]
        redacted = scored.items(await run_collection(ctx.db, "redactrun", "scored").find_one({}))[0]
        # each run stores its own copy: redacted as the redacting run asked, as it was for the flagging one
        assert flagged["conversation"]["id"] == redacted["conversation"]["id"] == with_pii.id
        text = " ".join(m["content"] for m in redacted["conversation"]["messages"])
        assert "415-555-0134" not in text and "jane.doe@example.com" not in text
        assert "pii_redacted" in redacted["quality"]["flags"]
        assert "415-555-0134" in flagged["conversation"]["messages"][0]["content"]
        assert "pii_detected" in flagged["quality"]["flags"]
