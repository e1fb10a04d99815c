"""Merge, the run list and the dashboard, through the gateway."""

import json

import pytest

from tests.e2e.conftest import make_key
from tests.e2e.test_api_behaviour import assert_problem
from tests.support.kafka import eventually
from tests.support.pipeline_client import execute, follow, upload

pytestmark = pytest.mark.e2e


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def chat(question: str, answer: str) -> dict:
    return {"messages": [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]}


async def merged(client, body) -> dict:
    r = await client.post("/api/v1/pipeline/merge", json=body)
    assert r.status_code == 202, r.text
    url = r.json()["status_url"]

    async def ready():
        doc = (await client.get(url)).json()
        return doc if doc.get("status") in ("ready", "failed") else None

    doc = await eventually(ready, timeout=60)
    assert doc["status"] == "ready", doc
    return doc


async def test_merge_resolves_the_same_conversation_by_policy(client, gateway_url, api_key, tmp_path):
    shared_q = "I can't sleep since my mother died. What can I do?"
    old = write_jsonl(tmp_path / "v1.jsonl", [
        chat(shared_q, "As an AI language model, I cannot help with that."),
        chat("How do I say no to my boss?", "You could practise a short, kind sentence first."),
    ])
    new = write_jsonl(tmp_path / "v2.jsonl", [
        # the same conversation (user turns equal up to case and spaces), a better answer
        chat("  i can't sleep since my MOTHER died.   What can I do? ",
             "I'm so sorry about your mother. Grief often disrupts sleep; a steady wind-down routine and "
             "talking with someone you trust can help. Would you like to tell me more about your nights?"),
        {"not": "a conversation"},
    ])
    a = (await upload(client, old)).json()["dataset_id"]
    b = (await upload(client, new)).json()["dataset_id"]

    first = await merged(client, {"dataset_ids": [a, b], "name": "first", "conflict_policy": "first"})
    newest = await merged(client, {"dataset_ids": [a, b], "name": "newest", "conflict_policy": "newest"})
    best = await merged(client, {"dataset_ids": [a, b], "name": "best", "conflict_policy": "highest_quality"})
    for doc in (first, newest, best):
        assert doc["source"] == "merge"
    # a run over the merged dataset sees exactly the kept conversations
    for doc, expected_answer in ((first, "As an AI"), (newest, "I'm so sorry"), (best, "I'm so sorry")):
        run_id = await execute(client, [doc["dataset_id"]], quality_threshold=0.0)
        final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
        assert final["status"] == "completed" and final["counts"]["records_in"] == 2, final
        export = (await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})).text
        answers = [json.loads(line)["messages"][-1]["content"] for line in export.splitlines()]
        assert any(x.startswith(expected_answer) for x in answers), (doc["name"], answers)
        assert len(answers) == 2


async def test_merge_errors(client, tmp_path):
    a = (await upload(client, write_jsonl(tmp_path / "a.jsonl", [chat("hi", "hello")]))).json()["dataset_id"]
    assert_problem(await client.post("/api/v1/pipeline/merge", json={"dataset_ids": [a, "f" * 32], "name": "x"}),
                   404, "dataset_not_found")
    assert_problem(await client.post("/api/v1/pipeline/merge", json={"dataset_ids": [a], "name": "x"}), 422,
                   "validation_error")
    assert_problem(await client.post("/api/v1/pipeline/merge",
                                     json={"dataset_ids": [a, a], "name": "x", "conflict_policy": "loudest"}),
                   422, "validation_error")
    viewer = await make_key(client, "viewer")
    r = await client.post("/api/v1/pipeline/merge", json={"dataset_ids": [a, a], "name": "x"},
                          headers={"Authorization": f"Bearer {viewer}"})
    assert_problem(r, 403, "insufficient_scope")


async def test_run_list_pages_newest_first_and_filters(client, gateway_url, api_key, tmp_path):
    a = (await upload(client, write_jsonl(tmp_path / "a.jsonl", [chat("hi", "hello")]))).json()["dataset_id"]
    ids = [await execute(client, [a]) for _ in range(3)]
    for run_id in ids:
        await follow(gateway_url, api_key, run_id)
    page1 = (await client.get("/api/v1/pipeline/runs", params={"limit": 2})).json()
    assert [r["run_id"] for r in page1["items"]] == ids[::-1][:2] and page1["next_cursor"]
    page2 = (await client.get("/api/v1/pipeline/runs", params={"limit": 2, "cursor": page1["next_cursor"]})).json()
    assert page2["items"][0]["run_id"] == ids[0]
    done = (await client.get("/api/v1/pipeline/runs", params={"status": "completed", "limit": 100})).json()
    assert set(ids) <= {r["run_id"] for r in done["items"]}
    assert all(r["status"] == "completed" for r in done["items"])
    assert_problem(await client.get("/api/v1/pipeline/runs", params={"status": "exploded"}), 422, "validation_error")
    assert_problem(await client.get("/api/v1/pipeline/runs", params={"cursor": "x"}), 422, "validation_error")


async def test_dashboard_adds_up(client, gateway_url, api_key, tmp_path):
    a = (await upload(client, write_jsonl(tmp_path / "a.jsonl", [chat("hi there", "hello, how are you?")]))).json()
    run_id = await execute(client, [a["dataset_id"]], quality_threshold=0.0)
    await follow(gateway_url, api_key, run_id)
    viewer = await make_key(client, "viewer")
    r = await client.get("/api/v1/analytics/dashboard", headers={"Authorization": f"Bearer {viewer}"})
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["datasets"]["total"] >= 1 and d["datasets"]["by_source"]["upload"] >= 1
    assert d["runs"]["total"] >= 1 and run_id in [x["run_id"] for x in d["runs"]["recent"]]
    assert d["runs"]["by_status"]["completed"] >= 1
    assert d["records"]["records_in"] >= 1 and d["quality"]["conversations"] >= 1


async def test_merge_progress_arrives_on_the_progress_websocket(client, gateway_url, api_key, tmp_path):
    """A merge is followed like a run: /ws/progress (a browser's ticket) carries its progress
    (records read, bytes written) and its end, with the numbers the dataset document ends with."""
    import asyncio

    import websockets

    from tests.support.pipeline_client import ticket_url

    a = (await upload(client, write_jsonl(tmp_path / "p1.jsonl", [chat(f"question {i}", f"answer {i}")
                                                                  for i in range(300)]))).json()["dataset_id"]
    b = (await upload(client, write_jsonl(tmp_path / "p2.jsonl", [chat(f"Question {i}", f"better answer {i}")
                                                                  for i in range(200, 400)]))).json()["dataset_id"]
    async with websockets.connect(await ticket_url(gateway_url, api_key, "/ws/progress"), max_size=None) as ws:
        while json.loads(await asyncio.wait_for(ws.recv(), 30))["type"] != "snapshot_complete":
            pass
        r = await client.post("/api/v1/pipeline/merge", json={"dataset_ids": [a, b], "name": "followed",
                                                              "conflict_policy": "newest"})
        assert r.status_code == 202, r.text
        dataset_id = r.json()["dataset"]["dataset_id"]
        mine: list[dict] = []
        async with asyncio.timeout(120):
            while not mine or mine[-1].get("status") not in ("ready", "failed"):
                message = json.loads(await ws.recv())
                if message["type"] == "progress" and message["event"].get("run_id") == dataset_id:
                    mine.append(message["event"])
    doc = (await client.get(r.json()["status_url"])).json()
    assert doc["status"] == "ready" and mine[-1]["status"] == "ready", mine[-1]
    assert mine[-1]["dataset_id"] == dataset_id and mine[-1]["sha256"] == doc["sha256"]
    assert mine[-1]["bytes"] == doc["bytes"] > 0
    progress = [e for e in mine if "phase" in e]
    assert progress and all(e["dataset_id"] == dataset_id and e["producer"] == "acquisition" for e in progress)
    # the last word before ready: everything read (500 records), the file written
    assert progress[-1]["phase"] == "writing" and progress[-1]["records"] == 500
    assert progress[-1]["bytes"] == doc["bytes"]
    assert [e["records"] for e in progress] == sorted(e["records"] for e in progress)


async def test_a_run_takes_a_merges_conversations_as_the_merge_standardized_them(client, gateway_url, api_key,
                                                                                 tmp_path):
    """A merge standardizes its parents' records once; a run over the merged dataset does not
    detect or convert them again: its format counts are the parents' own formats (a second
    conversion would see nothing but OpenAI messages), and nothing is rejected."""
    alpaca = write_jsonl(tmp_path / "alpaca.jsonl", [{"instruction": f"Name a way to rest, number {i}.", "input": "",
                                                      "output": f"Way {i}: a short walk."} for i in range(30)])
    sharegpt = write_jsonl(tmp_path / "sharegpt.jsonl", [
        {"conversations": [{"from": "human", "value": f"Name a way to rest, number {i}."},
                           {"from": "gpt", "value": f"Way {i}: a nap after lunch."}]} for i in range(20, 45)])
    a = (await upload(client, alpaca)).json()["dataset_id"]
    b = (await upload(client, sharegpt)).json()["dataset_id"]
    doc = await merged(client, {"dataset_ids": [a, b], "name": "mixed", "conflict_policy": "first"})
    run_id = await execute(client, [doc["dataset_id"]], quality_threshold=0.0)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed", final
    # 30 from alpaca, the 15 sharegpt conversations not already in it (20..29 are the same questions)
    assert final["counts"]["records_in"] == 45 and final["counts"]["rejected"] == 0, final["counts"]
    assert final["formats"] == {"alpaca": 30, "sharegpt": 15}, final
    export = (await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})).text
    answers = [json.loads(line)["messages"][-1]["content"] for line in export.splitlines()]
    assert sorted(answers) == sorted([f"Way {i}: a short walk." for i in range(30)]
                                     + [f"Way {i}: a nap after lunch." for i in range(30, 45)])
