"""Acceptance: an external system publishes raw records on the raw-ingest topic and they come
out as conversations, seen only through the gateway.

The producer is a plain aiokafka producer sending ``json.dumps`` bytes: nothing here comes from
the project's code. What it relies on is the documented contract (docs/raw-ingest.md,
``docs/ingest.schema.json``): the topic name behind the deployment's ``DP_TOPIC_PREFIX``, the
message fields, and how run and dataset ids follow from them.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
import uuid

import httpx
import pytest
from aiokafka import AIOKafkaProducer

pytestmark = pytest.mark.e2e

TOPIC = "ingest.raw-records.v1"


def run_id_of(source: str, message_id: str) -> str:
    return hashlib.sha256(f"ingest\0{source}\0{message_id}".encode()).hexdigest()[:32]


def dataset_id_of(source: str, dataset: str) -> str:
    return "ingest-" + hashlib.sha256(f"{source}\0{dataset}".encode()).hexdigest()[:24]


GOOD_A = [
    {"messages": [
        {"role": "system", "content": "You are a supportive counsellor."},
        {"role": "user", "content": "I have been feeling anxious about work lately and I can't sleep properly."},
        {"role": "assistant", "content": "That sounds exhausting. What tends to be on your mind when you try to "
                                         "fall asleep, and how long has this been going on?"}]},
    {"conversations": [
        {"from": "human", "value": "My partner and I keep arguing about small things and I don't know why."},
        {"from": "gpt", "value": "Small arguments often carry bigger feelings underneath. When you argue, what "
                                 "do you notice you are feeling in that moment?"}]},
    {"instruction": "Suggest a grounding exercise for someone feeling overwhelmed.", "input": "",
     "output": "Try the 5-4-3-2-1 exercise: notice five things you can see, four you can touch, three you can hear, "
               "two you can smell and one you can taste, breathing slowly as you go."},
    {"instruction": "How can I support a friend who is grieving?", "context": "",
     "response": "Be present and listen without rushing to fix things. Saying their loved one's name and checking in "
                 "over the following weeks often means more than advice.", "category": "open_qa"},
    {"question": "Is it normal to feel lonely even when I am around people?",
     "answer": "Yes, many people feel that way. Loneliness is about feeling connected rather than about how many "
               "people are nearby. It can help to notice which relationships feel safe to open up in."},
    {"text": "\n\nHuman: I failed an exam and I feel like a complete failure.\n\nAssistant: I'm sorry, that is a "
             "painful setback. One exam does not define you. What would you say to a friend in the same spot?"},
]
BAD_A = [{"foo": "bar"}, "just a string", {"instruction": "Say something.", "input": "", "output": "<nooutput>"},
         {"messages": []}]
GOOD_B = [
    {"conversations": [{"from": "human", "value": f"I keep procrastinating on task number {i} and feel guilty."},
                       {"from": "gpt", "value": "Guilt can make it even harder to start. What is the smallest "
                                                f"first step you could take on task {i} in the next ten minutes?"}]}
    for i in range(3)
]
BAD_B = [{"instruction": "An alpaca record in a message that says it holds ShareGPT.", "input": "", "output": "x"}]


async def produce(bootstrap: str, topic: str, *messages: bytes, key: bytes | None = None) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, max_request_size=8 * 1024 * 1024)
    await producer.start()
    try:
        for value in messages:
            await producer.send_and_wait(topic, value, key=key)
    finally:
        await producer.stop()


async def until(probe, timeout: float = 120, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while True:
        value = await probe()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{what} not met within {timeout}s (last: {value!r})")
        await asyncio.sleep(0.5)


async def finished(client: httpx.AsyncClient, run_id: str) -> dict | None:
    r = await client.get(f"/api/v1/pipeline/status/{run_id}")
    if r.status_code == 404:
        return None
    assert r.status_code == 200, r.text
    state = r.json()
    return state if state["status"] in ("completed", "failed", "cancelled") else None


async def all_pages(client: httpx.AsyncClient, path: str, **params) -> list[dict]:
    items, cursor = [], None
    while True:
        r = await client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        items += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if cursor is None:
            return items


async def test_raw_records_from_another_system_become_conversations(system, client):
    bootstrap, topic = system.env["DP_KAFKA_BOOTSTRAP"], system.env["DP_TOPIC_PREFIX"] + TOPIC
    source, dataset = f"crm-{uuid.uuid4().hex[:8]}", "counselling-sessions"
    key = f"{source}/{dataset}".encode()

    def message(message_id: str, records: list, **extra) -> bytes:
        return json.dumps({"source": source, "dataset": dataset, "message_id": message_id, "records": records,
                           **extra}).encode()

    a = message("sessions-0001", GOOD_A + BAD_A)
    b = message("sessions-0002", GOOD_B + BAD_B, format="sharegpt")
    # a's duplicate right behind it (in flight), then b; the malformed ones on other partitions
    await produce(bootstrap, topic, a, a, b, key=key)
    truncated = a[: len(a) // 2]
    wrong_fields = json.dumps({"source": source, "dataset": dataset, "message_id": "bad-fields",
                               "records": "not a list", "priority": 3}).encode()
    too_many = message("too-many", [{"n": i} for i in range(10_001)])
    await produce(bootstrap, topic, truncated, wrong_fields, too_many)

    run_a, run_b = run_id_of(source, "sessions-0001"), run_id_of(source, "sessions-0002")
    state_a = await until(lambda: finished(client, run_a), what="run a finished")
    state_b = await until(lambda: finished(client, run_b), what="run b finished")

    # ---- each message is a run of kind ingest that completes, with every record accounted for
    for state, good, bad in ((state_a, GOOD_A, BAD_A), (state_b, GOOD_B, BAD_B)):
        assert state["status"] == "completed" and state["kind"] == "ingest", state
        counts = state["counts"]
        assert counts["records_in"] == len(good) + len(bad)
        assert (counts["records_converted"], counts["rejected"]) == (len(good), len(bad))
        assert state["dataset_ids"] == [dataset_id_of(source, dataset)]
    assert state_a["formats"] == {"openai_messages": 1, "sharegpt": 1, "alpaca": 1, "dolly": 1, "qa_table": 1,
                                  "transcript": 1}
    assert state_a["reject_reasons"] == {"unknown_format": 1, "record_not_object": 1, "missing_assistant_turn": 1,
                                         "empty_conversation": 1}
    assert state_b["formats"] == {"sharegpt": 3} and state_b["reject_reasons"] == {"invalid_field": 1}

    # ---- the export holds the conversations that passed, each from the records sent
    sent_user_turns = ("anxious about work", "keep arguing", "grounding exercise", "grieving", "lonely",
                       "failed an exam", "procrastinating")
    for state in (state_a, state_b):
        export = await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": state["run_id"]})
        assert export.status_code == 200
        lines = [json.loads(line) for line in export.text.splitlines()]
        assert len(lines) == state["counts"]["exported"] == state["export"]["lines"]
        assert state["counts"]["exported"] == state["counts"]["passed"] - state["counts"]["not_renderable"]
        for line in lines:
            user = next(m["content"] for m in line["messages"] if m["role"] == "user")
            assert any(s in user for s in sent_user_turns), user
    assert state_a["counts"]["exported"] >= 4 and state_b["counts"]["exported"] == 3

    # ---- per-record rejects, with reasons, like any run's
    rejects = await all_pages(client, f"/api/v1/pipeline/rejects/{run_a}", limit=2)
    assert sorted((r["record_index"], r["reason"]) for r in rejects) == [
        (6, "unknown_format"), (7, "record_not_object"), (8, "missing_assistant_turn"), (9, "empty_conversation")]
    assert "foo" in rejects[0]["excerpt"]

    # ---- messages refused as a whole are ingest rejects with reasons, not lost, not blocking
    ingest_rejects = await until(lambda: _ingest_rejects(client, 3), what="3 ingest rejects")
    by_reason = {r["reason"]: r for r in ingest_rejects}
    assert set(by_reason) == {"invalid_json", "invalid_message", "too_many_records"}
    assert by_reason["invalid_json"]["excerpt"] == truncated[:2000].decode()
    assert by_reason["invalid_json"]["bytes"] == len(truncated)
    wrong = by_reason["invalid_message"]
    assert (wrong["source"], wrong["message_id"]) == (source, "bad-fields")
    assert {e["loc"] for e in wrong["errors"]} == {"records", "priority"}
    assert by_reason["too_many_records"]["message_id"] == "too-many" and "10001" in by_reason["too_many_records"]["detail"]
    mine = await all_pages(client, "/api/v1/ingest/rejects", source=source, limit=1)
    assert sorted(r["reason"] for r in mine) == ["invalid_message", "too_many_records"]

    # ---- the ingest dataset: registered once for (source, dataset), streaming, both messages in it
    listed = await all_pages(client, "/api/v1/datasets", source="ingest")
    [ds] = [d for d in listed if d["name"] == f"{source}/{dataset}"]
    assert ds["dataset_id"] == dataset_id_of(source, dataset) and ds["status"] == "streaming"
    detail = (await client.get(f"/api/v1/datasets/{ds['dataset_id']}", params={"preview": 50})).json()
    assert detail["preview_error"] is None and len(detail["preview"]) == 14
    assert {json.dumps(p["data"], sort_keys=True) for p in detail["preview"]} == {
        json.dumps(r, sort_keys=True) for r in GOOD_A + BAD_A + GOOD_B + BAD_B}
    progress = (await client.get(f"/api/v1/datasets/{ds['dataset_id']}/progress")).json()
    assert {r["run_id"] for r in progress["runs"]} == {run_a, run_b} and not progress["in_use"]

    # ---- the runs list shows them as ingest runs
    runs = await all_pages(client, "/api/v1/pipeline/runs", limit=100)
    ingest_runs = {r["run_id"]: r for r in runs if r["dataset_ids"] == [ds["dataset_id"]]}
    assert set(ingest_runs) == {run_a, run_b} and {r["kind"] for r in ingest_runs.values()} == {"ingest"}

    # ---- the duplicate (in flight, and again now that the run is over) changed nothing
    await produce(bootstrap, topic, a, message("sessions-0003", GOOD_B[:1]), key=key)
    # same key, same partition: once the later message's run exists, the re-sent one was handled
    await until(lambda: finished(client, run_id_of(source, "sessions-0003")), what="run after the duplicate")
    assert (await client.get(f"/api/v1/pipeline/status/{run_a}")).json() == state_a
    assert await all_pages(client, f"/api/v1/pipeline/rejects/{run_a}") == await all_pages(
        client, f"/api/v1/pipeline/rejects/{run_a}", limit=3)
    assert len(await all_pages(client, f"/api/v1/pipeline/rejects/{run_a}")) == 4
    runs = await all_pages(client, "/api/v1/pipeline/runs", limit=100)
    assert {r["run_id"] for r in runs if r["dataset_ids"] == [ds["dataset_id"]]} == {
        run_a, run_b, run_id_of(source, "sessions-0003")}
    assert len(await all_pages(client, "/api/v1/ingest/rejects")) == 3
    detail = (await client.get(f"/api/v1/datasets/{ds['dataset_id']}", params={"preview": 50})).json()
    assert len(detail["preview"]) == 15  # a's records once, b's, and the last message's one

    # ---- the ingest dataset as a whole runs like any dataset
    r = await client.post("/api/v1/pipeline/execute", json={"dataset_ids": [ds["dataset_id"]]})
    assert r.status_code == 202, r.text
    whole = await until(lambda: finished(client, r.json()["run_id"]), what="run over the whole ingest dataset")
    assert whole["status"] == "completed" and whole["kind"] == "pipeline"
    assert whole["counts"]["records_in"] == 15 and whole["counts"]["rejected"] == 4  # b's alpaca is detected now

    # ---- and the acquisition service counts it all
    acquisition = next(c for c in system.components if c.name == "acquisition")
    text = httpx.get(f"http://127.0.0.1:{acquisition.port}/metrics", timeout=10).text
    metrics = {name: float(value) for name, _, value in (line.rpartition(" ") for line in text.splitlines()
                                                         if line.startswith("dp_ingest_"))}
    for reason in ("invalid_json", "invalid_message", "too_many_records"):
        assert metrics[f'dp_ingest_rejects_total{{reason="{reason}"}}'] >= 1
    assert metrics['dp_ingest_messages_total{outcome="accepted"}'] >= 3
    assert metrics['dp_ingest_messages_total{outcome="duplicate"}'] >= 1
    assert metrics["dp_ingest_records_total"] >= 15


async def _ingest_rejects(client: httpx.AsyncClient, n: int) -> list[dict] | None:
    items = await all_pages(client, "/api/v1/ingest/rejects", limit=50)
    return items if len(items) >= n else None
