import pytest

from services.quality.app import create_app
from services.quality.settings import QualitySettings
from shared import topics
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

        state = await eventually(lambda: ctx.ledger.state("run1"))
        assert (state["counts"]["validated"], state["counts"]["passed"]) == (2, 1)
        assert state["stages"]["quality"]["batches_done"] == 1
        stored = await ctx.db.conversations.find({}).to_list()
        assert len(stored) == 2
        doc = next(d for d in stored if d["_id"] == good.id)
        assert doc["messages"][0] == {"role": "user", "content": "I keep worrying about my exams."}
        assert doc["quality"]["score"] == 1.0 and doc["lineage"]["dataset_id"] == "d1"
        per_run = await ctx.db.run_conversations.find({"run_id": "run1"}).to_list()
        assert sorted((d["record_index"], d["passed"]) for d in per_run) == [(0, True), (1, False)]
        # the redelivered batch saw its own conversations in the dedup index: not duplicates
        assert all("exact_duplicate" not in v["flags"] for v in out[1]["verdicts"])
        summaries = await ctx.db.quality_batches.find({"run_id": "run1"}).to_list()
        assert len(summaries) == 1 and summaries[0]["conversations"] == 2 and summaries[0]["passed"] == 1


async def test_duplicates_are_marked_across_batches_and_survive_a_restart(service_under_test):
    original = conversation(("user", "I keep worrying about my exams every single night."),
                            ("assistant", "That sounds stressful. What worries you most about them?"), record_index=0)
    copy = conversation(("user", "I keep worrying about my exams every single night."),
                        ("assistant", "That sounds stressful. What worries you most about them?"), record_index=1)
    near = conversation(("user", "I keep worrying about my exams every single night!!"),
                        ("assistant", "That sounds stressful. What worries you most about them, would you say?"),
                        record_index=2)

    def batch(i, convs):
        return standardized_batch("dup").model_copy(update={"batch_index": i, "conversations": convs})

    async with service_under_test(create_app, QualitySettings, drop=False) as ctx:
        await ctx.ledger.create("dup", ["d1"], 0.7, 2)
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), batch(0, [original]))
        await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), 1)
        prefix, db_name = ctx.settings.topic_prefix, ctx.settings.mongodb_db
    # A new process (same topics and database): the dedup keys come back from MongoDB.
    async with service_under_test(create_app, QualitySettings, topic_prefix=prefix, mongodb_db=db_name) as ctx:
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), batch(1, [copy, near]))
        out = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), 2)
        verdicts = {v["id"]: v for v in out[-1]["verdicts"]}
        assert "exact_duplicate" in verdicts[copy.id]["flags"] and verdicts[copy.id]["cluster_id"] == original.id
        assert "near_duplicate" in verdicts[near.id]["flags"] and verdicts[near.id]["cluster_id"] == original.id


async def test_the_run_threshold_decides_passed(service_under_test):
    async with service_under_test(create_app, QualitySettings) as ctx:
        batch = standardized_batch("strict").model_copy(update={"quality_threshold": 0.0})
        await ctx.ledger.create("strict", ["d1"], 0.0, 2)
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), batch)
        (out,) = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), 1)
        assert all(v["passed"] for v in out["verdicts"])  # score 0.0 >= threshold 0.0


async def test_a_redacting_run_never_points_at_the_unredacted_copy_a_flagging_run_stored(service_under_test):
    from shared.events import QualityOptions

    with_pii = conversation(("user", "Call me at 415-555-0134 or mail jane.doe@example.com, I need help."),
                            ("assistant", "I'm glad you reached out. What is weighing on you most?"), record_index=0)
    async with service_under_test(create_app, QualitySettings) as ctx:
        for run_id, policy in (("flagrun", "flag"), ("redactrun", "redact")):  # flag first: the risky order
            await ctx.ledger.create(run_id, ["d1"], 0.0, 1)
            batch = standardized_batch(run_id).model_copy(update={
                "conversations": [with_pii], "quality": QualityOptions(pii_policy=policy)})
            await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_STANDARDIZED), batch)
            await eventually(lambda r=run_id: ctx.db.run_conversations.find_one({"run_id": r}))
        flagged = await ctx.db.run_conversations.find_one({"run_id": "flagrun"})
        redacted = await ctx.db.run_conversations.find_one({"run_id": "redactrun"})
        assert flagged["conversation_id"] == with_pii.id
        assert redacted["conversation_id"] == f"{with_pii.id}:redacted"
        kept = await ctx.db.conversations.find_one({"_id": redacted["conversation_id"]})
        text = " ".join(m["content"] for m in kept["messages"])
        assert "415-555-0134" not in text and "jane.doe@example.com" not in text
        raw = await ctx.db.conversations.find_one({"_id": with_pii.id})
        assert "415-555-0134" in raw["messages"][0]["content"]  # the flagging run's copy, as that run asked
