"""Execution modes through the gateway: the order datasets are read in, and priority."""

import json

import pytest

from tests.conftest import SHARED_DATASETS
from tests.e2e.test_api_behaviour import assert_problem
from tests.support.pipeline_client import execute, follow, upload

pytestmark = pytest.mark.e2e


def chat_file(path, tag: str, n: int):
    with open(path, "w") as fh:
        for i in range(n):
            fh.write(json.dumps({"messages": [
                {"role": "user", "content": f"{tag} question {i}: how do I cope with stress at work?"},
                {"role": "assistant", "content": f"{tag} answer {i}: it can help to name what feels heaviest."}]})
                + "\n")
    return path


async def exported_tags(client, run_id: str) -> list[str]:
    r = await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    assert r.status_code == 200
    return [json.loads(line)["messages"][0]["content"].split()[0] for line in r.text.splitlines()]


async def run_tags(client, gateway_url, api_key, ids, mode) -> tuple[dict, list[str]]:
    run_id = await execute(client, ids, batch_size=20, mode=mode, quality_threshold=0.0)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed" and final["mode"] == mode, final
    return final, await exported_tags(client, run_id)


def runs_of(tags: list[str]) -> list[str]:
    out: list[str] = []
    for t in tags:
        if not out or out[-1] != t:
            out.append(t)
    return out


async def test_sequential_reads_datasets_one_after_another_concurrent_in_turn(client, gateway_url, api_key,
                                                                                 tmp_path):
    a = (await upload(client, chat_file(tmp_path / "a.jsonl", "alpha", 60))).json()["dataset_id"]
    b = (await upload(client, chat_file(tmp_path / "b.jsonl", "beta", 60))).json()["dataset_id"]
    final, tags = await run_tags(client, gateway_url, api_key, [a, b], "sequential")
    assert runs_of(tags) == ["alpha", "beta"]
    assert final["counts"]["records_in"] == 120
    final, tags = await run_tags(client, gateway_url, api_key, [a, b], "concurrent")
    assert runs_of(tags) == ["alpha", "beta"] * 3  # one batch of 20 from each, in turn
    assert sorted(tags) == ["alpha"] * 60 + ["beta"] * 60
    final, tags = await run_tags(client, gateway_url, api_key, [a, b], "adaptive")
    assert sorted(tags) == ["alpha"] * 60 + ["beta"] * 60 and final["counts"]["exported"] == 120


async def test_a_high_priority_run_overtakes_a_long_low_priority_one(client, gateway_url, api_key, tmp_path):
    big = (await upload(client, SHARED_DATASETS / "alpaca_5000_subset.json")).json()["dataset_id"]
    small = (await upload(client, chat_file(tmp_path / "urgent.jsonl", "urgent", 30))).json()["dataset_id"]
    # 500 batches of 10: reading them takes well past the high-priority run's arrival, and the
    # e2e stack looks for queued higher-priority runs every 50 ms (conftest)
    low = await execute(client, [big], batch_size=10, mode="priority_based", priority=1)
    high = await execute(client, [small], batch_size=25, mode="priority_based", priority=9)
    high_final = (await follow(gateway_url, api_key, high))[-1]["run"]
    low_now = (await client.get(f"/api/v1/pipeline/status/{low}")).json()
    assert high_final["status"] == "completed" and high_final["priority"] == 9
    assert low_now["status"] == "running", "the low-priority run finished first: nothing was overtaken"
    low_final = (await follow(gateway_url, api_key, low))[-1]["run"]
    # yielding and resuming lost and duplicated nothing
    assert low_final["status"] == "completed" and low_final["counts"]["records_in"] == 5000
    assert low_final["stages"]["acquisition"]["batches_done"] == 500


@pytest.mark.parametrize("body", [{"mode": "fastest"}, {"priority": 0}, {"priority": 11}, {"mode": None}])
async def test_bad_modes_and_priorities_are_422(client, body):
    assert_problem(await client.post("/api/v1/pipeline/execute", json={"dataset_ids": ["x"], **body}), 422,
                   "validation_error")
