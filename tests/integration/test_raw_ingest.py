"""Acquisition's raw-ingest consumer in-process: messages become runs, bad ones become
ingest rejects and dead letters, and nothing is done twice."""

import json

import pytest

from services.acquisition.app import create_app
from services.acquisition.settings import AcquisitionSettings
from shared import topics
from shared.ingest import ingest_dataset_id, ingest_run_id
from tests.support.kafka import collect, eventually, publish

pytestmark = pytest.mark.integration


def sharegpt(i: int) -> dict:
    return {"conversations": [{"from": "human", "value": f"question {i}"}, {"from": "gpt", "value": f"answer {i}"}]}


async def _acquired(ctx, run_id, batches):
    state = await ctx.ledger.state(run_id)
    return state if state and state["stages"]["acquisition"]["batches_done"] == batches else None


async def test_messages_become_runs_and_bad_ones_ingest_rejects(service_under_test):
    async with service_under_test(create_app, AcquisitionSettings, ingest_batch_size=3) as ctx:
        topic, bootstrap = ctx.topic(topics.RAW_INGEST), ctx.settings.kafka_bootstrap
        good = {"source": "crm", "dataset": "sessions", "message_id": "m-1",
                "records": [sharegpt(i) for i in range(7)]}
        # one key: one partition, so the valid message after the bad ones shows they did not block it
        await publish(bootstrap, topic, b"{not json", b"\xff\xfe", {"source": "crm", "records": "x"},
                      {"source": "crm", "dataset": "d", "message_id": "big", "records": [{}] * 10_001},
                      b"", good, key=b"crm/sessions")
        run_id = ingest_run_id("crm", "m-1")
        state = await eventually(lambda: _acquired(ctx, run_id, 3))
        assert state["kind"] == "ingest" and state["counts"]["records_in"] == 7
        dataset_id = ingest_dataset_id("crm", "sessions")
        assert state["dataset_ids"] == [dataset_id] and state["quality_threshold"] == 0.7
        dataset = await ctx.db.datasets.find_one({"_id": dataset_id})
        assert dataset["source"] == "ingest" and dataset["status"] == "streaming" and dataset["name"] == "crm/sessions"
        part = ctx.settings.data_dir / "uploads" / dataset_id / "records" / f"{run_id}.jsonl"
        assert [json.loads(line) for line in part.read_text().splitlines()] == good["records"]

        batches = await collect(bootstrap, ctx.topic(topics.BATCH_ACQUIRED), 3)
        assert sorted((b["batch_index"], b["total_batches"]) for b in batches) == [(0, None), (1, None), (2, 3)]
        assert all(b["dataset_id"] == dataset_id and b["source_name"] == "crm/sessions#m-1" for b in batches)
        # through the publisher of every run: counted once each, with the run's record estimate
        recorded = sorted((d["batch_index"], d["records_in"], d.get("records_estimate"))
                          for d in await ctx.ledger.batch_documents(run_id) if d["stage"] == "acquisition")
        assert [r[:2] for r in recorded] == [(0, 3), (1, 3), (2, 1)] and recorded[-1][2] == 7
        assert all(isinstance(r[2], int) and r[2] >= 3 for r in recorded), recorded

        rejects = await eventually(lambda: _rejects(ctx, 5))
        reasons = sorted(r["reason"] for r in rejects)
        assert reasons == ["invalid_json", "invalid_json", "invalid_message", "invalid_utf8", "too_many_records"]
        wrong = next(r for r in rejects if r["reason"] == "invalid_message")
        assert wrong["source"] == "crm" and {e["loc"] for e in wrong["errors"]} >= {"dataset", "message_id", "records"}
        assert next(r for r in rejects if r["reason"] == "too_many_records")["message_id"] == "big"
        letters = await collect(bootstrap, ctx.topic(topics.DEAD_LETTER), 5)
        assert sorted(d["error"].split(":")[0] for d in letters) == [f"ingest reject {r}" for r in reasons]
        assert {d["payload"] for d in letters} >= {"{not json", ""}


async def _rejects(ctx, n):
    docs = await ctx.db.ingest_rejects.find({}).to_list()
    return docs if len(docs) >= n else None


async def test_a_resent_message_changes_nothing_and_a_conflicting_one_is_refused(service_under_test):
    async with service_under_test(create_app, AcquisitionSettings, ingest_batch_size=2) as ctx:
        topic, bootstrap = ctx.topic(topics.RAW_INGEST), ctx.settings.kafka_bootstrap
        message = {"source": "crm", "dataset": "s", "message_id": "once", "records": [sharegpt(i) for i in range(3)]}
        await publish(bootstrap, topic, message, key=b"k")
        run_id = ingest_run_id("crm", "once")
        await eventually(lambda: _acquired(ctx, run_id, 2))
        await ctx.ledger.finish(run_id, "completed")  # as production would
        other = {**message, "records": [sharegpt(9)]}
        sentinel = {**message, "message_id": "after"}
        await publish(bootstrap, topic, message, other, sentinel, key=b"k")
        await eventually(lambda: _acquired(ctx, ingest_run_id("crm", "after"), 2))
        batches = await collect(bootstrap, ctx.topic(topics.BATCH_ACQUIRED), 4, settle=1.0)
        assert sorted((b["run_id"], b["batch_index"]) for b in batches) == sorted(
            [(run_id, 0), (run_id, 1), (ingest_run_id("crm", "after"), 0), (ingest_run_id("crm", "after"), 1)])
        [conflict] = await ctx.db.ingest_rejects.find({}).to_list()
        assert conflict["reason"] == "message_id_conflict" and conflict["run_id"] == run_id
        assert await ctx.db.runs.count_documents({}) == 2
