import asyncio
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


def with_signatures(batch: BatchValidated) -> BatchValidated:
    from services.quality.dedup import signatures
    from shared import dedup

    return batch.model_copy(update={"signatures": dedup.encode(signatures(batch.conversations))})


async def test_duplicates_are_resolved_at_the_end_of_the_run_earliest_copy_first(service_under_test):
    """The batch holding the copy arrives first; the original (earlier in input order) is kept."""
    from services.production.repository import ProductionRepository

    async with service_under_test(create_app, ProductionSettings) as ctx:
        await ctx.ledger.create("dups", ["d1"], 0.7, 3)
        first = validated("dups", 0, None, [0, 1, 2])
        later = validated("dups", 1, 2, [3, 4])
        copy = conversation(*[(m.role, m.content) for m in first.conversations[1].messages], record_index=5)
        later = later.model_copy(update={
            "conversations": [*later.conversations, copy],
            "verdicts": [*later.verdicts, ConversationVerdict(id=copy.id, score=1.0, passed=True)]})
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), with_signatures(later))
        await eventually(lambda: ctx.ledger.batch_count("dups", "production"))
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.BATCH_VALIDATED), with_signatures(first))
        outcome = await eventually(lambda: ctx.ledger.outcome("dups"))
        assert outcome["status"] == "completed" and outcome["exported"] == 6  # duplicates are marked, not dropped
        assert outcome["duplicates"] == {"exact_duplicate": 1}
        state = await ctx.ledger.state("dups")
        assert state["breakdown"]["quality_flags"] == {"exact_duplicate": 1}
        assert await ProductionRepository(ctx.db).duplicates("dups") == {
            copy.id: ("exact_duplicate", first.conversations[1].id)}
        summary = await ctx.db.quality_batches.find_one({"_id": "dups:dedup:d1"})
        assert summary["flags"] == {"exact_duplicate": 1} and summary["conversations"] == 0


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


# ------------------------------------------------------------------ generations (production.requests.v1)


async def seed_run(db, run_id: str, n: int, dataset_id: str = "d1") -> None:
    """A completed run's scored conversations, as quality stores them (shared.scored)."""
    from shared import scored
    from shared.mongo import run_collection

    convs = [conversation(("user", f"How do I handle worry number {i}?"), ("assistant", f"One step at a time ({i})."),
                          dataset_id=dataset_id, record_index=i) for i in range(n)]
    lines = [scored.line(c.model_dump(mode="json", exclude_none=True), {"flags": [], "tags": []},
                         {"score": 0.9, "passed": i % 4 != 0, "flags": [], "risk_level": "none"})
             for i, c in enumerate(convs)]
    await run_collection(db, run_id, "scored").insert_many([
        scored.batch_document(b, dataset_id, "redact", lines[start:start + 16], count=len(lines[start:start + 16]),
                              passed=0)
        for b, start in enumerate(range(0, n, 16))])


async def test_a_generation_command_writes_gridfs_files_then_an_export_adds_more(service_under_test):
    from shared.artifacts import read_chunks
    from shared.events import ExportGeneration, GenerateDataset
    from shared.production import GenerationConfig, GenerationSource
    from shared.writers import read_records

    async with service_under_test(create_app, ProductionSettings) as ctx:
        run_id, gid = "a" * 32, "b" * 32
        await seed_run(ctx.db, run_id, 40)
        command = GenerateDataset(run_id=gid, producer="test", generation_id=gid,
                                  config=GenerationConfig(run_ids=[run_id]),
                                  sources=[GenerationSource(run_id=run_id, dataset_id="d1", rank=0)])
        topic = ctx.topic(topics.PRODUCTION_REQUESTS)
        await publish(ctx.settings.kafka_bootstrap, topic, command, key=gid.encode())

        async def finished():
            doc = await ctx.db.generations.find_one({"_id": gid})
            return doc if doc and doc["status"] in ("completed", "failed") else None

        doc = await eventually(finished, timeout=60)
        assert doc["status"] == "completed", doc.get("error")
        assert doc["created_by"] == "test" and doc["counts"]["selected"] == 30
        files = {a["name"]: a for a in doc["artifacts"]}
        assert set(files) <= {"train.jsonl", "validation.jsonl", "test.jsonl"}
        for name, entry in files.items():
            assert entry["storage"] == {"kind": "gridfs", "bucket": f"artifacts_{gid}", "file_id": name}
            body = b"".join([chunk async for chunk in read_chunks(ctx.db, entry["storage"])])
            assert hashlib.sha256(body).hexdigest() == entry["sha256"] and len(read_records(body, "jsonl")) == \
                entry["records"]

        await publish(ctx.settings.kafka_bootstrap, topic, ExportGeneration(
            run_id=gid, producer="test", generation_id=gid, format="csv", compression="gzip"), key=gid.encode())

        async def exported():
            e = await ctx.db.generation_exports.find_one({"_id": f"{gid}:csv:gzip"})
            return e if e and e["status"] in ("completed", "failed") else None

        assert (await eventually(exported, timeout=60))["status"] == "completed"
        doc = await ctx.db.generations.find_one({"_id": gid})
        assert {f["name"] for f in doc["manifest"]["files"]} == set(files) | {
            n.replace(".jsonl", ".csv.gz") for n in files}
        # a redelivered generation command changes nothing
        await publish(ctx.settings.kafka_bootstrap, topic, command, key=gid.encode())
        await asyncio.sleep(2)
        again = await ctx.db.generations.find_one({"_id": gid})
        assert again["finished_at"] == doc["finished_at"] and again["artifacts"] == doc["artifacts"]


# ------------------------------------------------------------------ run exports (production.run-exports.v1)


async def test_run_export_commands_write_variants_once_and_partial_snapshots(service_under_test):
    """Variants of a completed run, written once however often asked; a partial export of a
    running run that grows with its parts; refusals recorded with their reason."""
    from shared.events import ExportRun
    from shared.mongo import run_collection
    from shared.writers import decompress, read_records, record_schema

    async with service_under_test(create_app, ProductionSettings) as ctx:
        bootstrap, topic = ctx.settings.kafka_bootstrap, ctx.topic(topics.RUN_EXPORTS)
        exports = ctx.settings.data_dir / "exports"
        state = run_collection(ctx.db, "run5", "exports")

        async def answered(run_id: str, key: str, command: ExportRun) -> dict:
            async def probe():
                doc = await run_collection(ctx.db, run_id, "exports").find_one({"_id": key})
                return doc if doc and doc.get("as_of", 0) >= int(command.occurred_at.timestamp() * 1_000_000) else None
            return await eventually(probe, timeout=60)

        async def ask(run_id: str, **fields) -> dict:
            command = ExportRun(run_id=run_id, producer="test", **fields)
            await publish(bootstrap, topic, command, key=run_id.encode())
            return await answered(run_id, command.key, command)

        await ctx.ledger.create("run5", ["d1"], 0.7, 3)
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run5", 2, 3, [6, 7, 8]))
        await eventually(lambda: ctx.ledger.batch_count("run5", "production"))

        # a running run: its variants are refused, its partial export holds the batches so far
        refused = await ask("run5", kind="variant", format="csv", compression="gzip")
        assert refused["status"] == "failed" and refused["reason"] == "run_not_completed"
        partial = await ask("run5", kind="partial")
        assert partial["status"] == "completed" and partial["batches"] == 1 and partial["records"] == 3
        body = open(partial["path"], "rb").read()
        assert hashlib.sha256(body).hexdigest() == partial["sha256"] and len(body) == partial["bytes"]
        assert [json.loads(line)["messages"][0]["content"] for line in body.splitlines()] == [
            f"question number {i}?" for i in (6, 7, 8)]
        same = await ask("run5", kind="partial")  # the parts did not change: the same file
        assert same["path"] == partial["path"] and same["writes"] == 1
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run5", 0, None, [0, 1, 2], {1}))
        await eventually(lambda: _at_least(ctx.ledger.batch_count("run5", "production"), 2))
        grown = await ask("run5", kind="partial")
        assert grown["batches"] == 2 and grown["records"] == 5 and grown["total_batches"] == 3
        assert grown["path"] != partial["path"] and grown["writes"] == 2
        assert [json.loads(line)["messages"][0]["content"] for line in open(grown["path"], "rb")] == [
            f"question number {i}?" for i in (0, 2, 6, 7, 8)]

        # completed: the variants, each written once however often (and however fast) it is asked for
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("run5", 1, None, [3, 4, 5]))
        outcome = await eventually(lambda: ctx.ledger.outcome("run5"))
        assert outcome["status"] == "completed"
        expected = read_records((exports / "run5.jsonl").read_bytes(), "jsonl")

        async def snapshots_gone() -> bool:  # removed right after the run shows as completed, not before
            return not list((exports / ".variants").glob("run5.partial.*"))

        assert await eventually(snapshots_gone, timeout=60), "a completed run's snapshots go"
        commands = [ExportRun(run_id="run5", producer="test", format="parquet", compression="zstd") for _ in range(4)]
        await publish(bootstrap, topic, *commands, key=b"run5")
        made = await answered("run5", "parquet.zstd", commands[-1])
        assert made["status"] == "completed" and made["writes"] == 1 and made["media_type"] == "application/zstd"
        body = open(made["path"], "rb").read()
        assert hashlib.sha256(body).hexdigest() == made["sha256"] and made["records"] == len(expected) == 8
        assert read_records(body, "parquet", "zstd", record_schema("openai")) == expected
        csv = await ask("run5", kind="variant", format="csv", compression="gzip")  # failed before: now made
        assert csv["status"] == "completed" and csv["reason"] is None and csv["writes"] == 1
        assert read_records(open(csv["path"], "rb").read(), "csv", "gzip", record_schema("openai")) == expected
        assert decompress(open(csv["path"], "rb").read(), "gzip").startswith(b"messages\r\n")
        late = await ask("run5", kind="partial")
        assert late["status"] == "failed" and late["reason"] == "run_completed"
        assert {d["_id"] for d in await state.find({}).to_list()} == {"csv.gzip", "parquet.zstd", "partial"}

        unknown = await ask("f" * 32, kind="variant", format="json", compression="none")
        assert unknown["status"] == "failed" and unknown["reason"] == "run_not_found"


async def _at_least(count, n: int):
    return (await count) >= n or None


async def test_an_export_command_that_keeps_failing_fails_the_export_not_the_run(service_under_test):
    """Dead-lettered after its retries (the test-only fault hook makes every attempt fail): the
    export is recorded failed, and the run it belongs to goes on."""
    from shared.events import ExportRun
    from shared.mongo import run_collection

    async with service_under_test(create_app, ProductionSettings, fault_inject="production:DP-FAULT-EXPORT",
                                  handler_attempts=2, retry_backoff_s=0.05, retry_backoff_max_s=0.1) as ctx:
        await ctx.ledger.create("run6", ["d1"], 0.7, 3)
        await publish(ctx.settings.kafka_bootstrap, ctx.topic(topics.RUN_EXPORTS),
                      ExportRun(run_id="run6", producer="DP-FAULT-EXPORT", kind="partial"), key=b"run6")
        letters = await collect(ctx.settings.kafka_bootstrap, ctx.topic(topics.DEAD_LETTER), 1)
        assert letters[0]["topic"] == ctx.topic(topics.RUN_EXPORTS) and letters[0]["run_id"] == "run6"
        doc = await eventually(lambda: run_collection(ctx.db, "run6", "exports").find_one({"status": "failed"}))
        assert doc["_id"] == "partial" and doc["reason"] == "export_failed" and "retries" in doc["error"]
        assert await ctx.ledger.outcome("run6") is None, "the run must not fail with its export"


async def test_start_up_removes_what_a_crash_left_of_completed_runs_only(service_under_test):
    """Completion removes a run's parts and partial snapshots after the ledger shows it completed;
    a crash between the two left them on disk, and a redelivered batch finds the run finished. The
    next start removes them, for completed runs only (the run's own terminal mark is enough: the
    global one is written second); failed and running runs keep theirs."""
    async with service_under_test(create_app, ProductionSettings, drop=False) as ctx:
        db, prefix, exports = ctx.settings.mongodb_db, ctx.settings.topic_prefix, ctx.settings.data_dir / "exports"
        for run_id in ("done", "own-only", "failed", "going"):
            await ctx.ledger.create(run_id, ["d1"], 0.7, 3)
        await ctx.ledger.finish("done", "completed", {"exported": 1})
        await ctx.ledger.own("own-only").insert_one({"_id": "terminal", "run_id": "own-only", "status": "completed"})
        await ctx.ledger.fail("failed", "quality", "broken")
    for run_id in ("done", "own-only", "failed", "going"):
        (exports / f".{run_id}.parts").mkdir(parents=True)
        (exports / f".{run_id}.parts" / "00000000.jsonl").write_text("{}\n")
        (exports / ".variants").mkdir(exist_ok=True)
        (exports / ".variants" / f"{run_id}.partial.abc.jsonl").write_text("{}\n")
        (exports / ".variants" / f"{run_id}.partial.abc.jsonl.meta.json").write_text("{}")
    (exports / ".variants" / "done.csv.gz").write_text("a variant stays")
    async with service_under_test(create_app, ProductionSettings, mongodb_db=db, topic_prefix=prefix) as ctx:
        left = sorted(p.name for p in exports.iterdir()) + sorted(p.name for p in (exports / ".variants").iterdir())
    assert left == [".failed.parts", ".going.parts", ".variants",
                    "done.csv.gz",
                    "failed.partial.abc.jsonl", "failed.partial.abc.jsonl.meta.json",
                    "going.partial.abc.jsonl", "going.partial.abc.jsonl.meta.json"]


async def record_upstream(ledger, run_id: str, total: int, stages=("acquisition", "standardization", "quality")):
    for stage in stages:
        for i in range(total):
            await ledger.record_batch(run_id, stage, i, {"records_in": 3} if stage == "acquisition" else {},
                                      total_batches=total if i == total - 1 else None,
                                      breakdown={"formats": {"sharegpt": 3}} if stage == "standardization" else None)


async def test_the_run_ends_only_once_earlier_stages_have_recorded_the_batches_they_sent_on(service_under_test):
    """Each stage sends a batch on before it records it: on a busy machine production can hold
    the last batch first. The run's end waits for those records, so its final report has the
    earlier stages' counts and tallies (a run once ended with ``formats`` empty)."""
    async with service_under_test(create_app, ProductionSettings) as ctx:
        bootstrap = ctx.settings.kafka_bootstrap
        await ctx.ledger.create("late", ["d1"], 0.7, 3)
        await record_upstream(ctx.ledger, "late", 2, stages=("acquisition",))
        await record_upstream(ctx.ledger, "late", 1, stages=("standardization", "quality"))
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("late", 0, None, [0, 1, 2]))
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("late", 1, 2, [3, 4, 5]))
        # production records both batches (however long a busy machine takes); standardization
        # and quality trail, so the run must not end
        await eventually(lambda: _at_least(ctx.ledger.batch_count("late", "production"), 2))
        await asyncio.sleep(0.5)
        assert await ctx.ledger.outcome("late") is None  # waiting for batch 1's earlier records
        for stage in ("standardization", "quality"):
            await ctx.ledger.record_batch("late", stage, 1, {}, total_batches=2,
                                          breakdown={"formats": {"sharegpt": 3}} if stage == "standardization"
                                          else None)
        outcome = await eventually(lambda: ctx.ledger.outcome("late"))
        assert outcome["status"] == "completed"
        state = await ctx.ledger.state("late")
        assert state["breakdown"]["formats"] == {"sharegpt": 6}
        assert all(state["stages"][s]["batches_done"] == 2 for s in ("standardization", "quality", "production"))


async def test_a_stage_that_never_records_does_not_hold_the_run_past_the_wait(service_under_test):
    async with service_under_test(create_app, ProductionSettings, upstream_record_wait_s=1.0) as ctx:
        bootstrap = ctx.settings.kafka_bootstrap
        await ctx.ledger.create("never", ["d1"], 0.7, 3)
        await record_upstream(ctx.ledger, "never", 1, stages=("acquisition", "standardization"))
        await publish(bootstrap, ctx.topic(topics.BATCH_VALIDATED), validated("never", 0, 1, [0, 1, 2]))
        outcome = await eventually(lambda: ctx.ledger.outcome("never"))
        assert outcome["status"] == "completed" and outcome["exported"] == 3
        assert (await ctx.ledger.state("never"))["stages"]["quality"]["batches_done"] == 0
