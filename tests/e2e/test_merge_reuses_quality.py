"""A ``highest_quality`` merge scores its contested conversations once: the report of each kept
copy is stored with it, and a run over the merged dataset with the same quality options takes
those reports instead of assessing the conversations again, and ends exactly as a run that
assesses everything (same export bytes, same stored reports and verdicts, same duplicates, same
PII redaction). A run with other options assesses them all."""

from __future__ import annotations

import json

import pytest

from shared import scored
from shared.mongo import run_collection
from tests.support.pipeline_client import execute, follow, settled, upload
from tests.support.stacks import stack_db

pytestmark = pytest.mark.e2e

LOOP = [
    "I can't sleep since my mother died and the nights feel endless. What can I do?",
    "My partner says I'm too anxious about money. How do I stop checking the bank app every hour?",
    "I have written goodbye letters and I want to end my life tonight.",
    "How do I tell my boss I am burned out without losing my job?",
    "Call me on 415-555-0134 or write to ana.lopez@example.com, I need to talk about my panic attacks.",
]
ANSWERS_V1 = [
    "As an AI language model, I cannot help with that.",
    "Just stop worrying.",
    "I'm really glad you told me. Your safety matters: please call 988 now or go to the nearest emergency "
    "department, and stay with someone you trust tonight.",
    "You could ask for a short meeting and describe what has changed in your energy and what would help.",
    "Thank you for reaching out. Panic attacks are frightening; slow breathing can help while we talk.",
]
ANSWERS_V2 = [
    "I'm so sorry about your mother. Grief often disturbs sleep; a steady wind-down routine and talking with "
    "someone you trust can help. What are the nights like for you?",
    "Checking can calm the worry for a moment and then feed it. Could you try checking once a day, at a set "
    "time, and notice what the urge feels like in between?",
    "ok",
    "You could ask for a short meeting and describe what has changed in your energy and what would help.",
    "Panic attacks are frightening. Write to me at help@example.org and we can plan slow breathing together.",
]
STORY = ("Since the move I have been waking at four every morning with my heart racing and a list of every "
         "mistake I made at work running through my head, and by the time the alarm goes I am exhausted "
         "before the day has even started, {}")


def chat(question: str, answer: str) -> dict:
    return {"messages": [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]}


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="module")
def db(system):
    with stack_db(system) as database:
        yield database


async def run_to_end(client, gateway_url, api_key, dataset_id: str, **options) -> tuple[str, bytes, dict]:
    run_id = await execute(client, [dataset_id], quality_threshold=0.5, **options)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed", final
    export = (await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})).content
    quality = (await client.get("/api/v1/analytics/quality", params={"run_id": run_id})).json()["overall"]
    return run_id, export, quality


def scored_items(db, run_id: str) -> list[dict]:
    docs = sorted(run_collection(db, run_id, "scored").find(), key=lambda d: d["batch_index"])
    return [item for doc in docs for item in scored.items(doc)]


async def test_a_run_over_a_highest_quality_merge_reuses_its_reports_and_exports_the_same(
        client, gateway_url, api_key, db, tmp_path):
    # 5 hand-written pairs and 30 more (two of them near-duplicates of each other under different
    # user turns: the run's dedup must still find them); the newer version answers 25 again
    v1 = [chat(q, a) for q, a in zip(LOOP, ANSWERS_V1, strict=True)]
    v1 += [chat(f"Question {i}: how do I keep a routine when I feel low?",
                f"Answer {i}: start small, one fixed thing a day, and notice what helps.") for i in range(28)]
    v1 += [chat(STORY.format("what can I do?"), "That sounds exhausting. What happens in your mind at four?"),
           chat(STORY.format("what could I try?"), "That sounds exhausting. What happens in your mind at four?")]
    v2 = [chat(q.upper(), a) for q, a in zip(LOOP, ANSWERS_V2, strict=True)]
    v2 += [chat(f"Question {i}: how do I keep a routine when I feel low?",
                f"Answer {i}, revised: start very small, one fixed thing a day, and be kind to yourself when a "
                f"day goes badly.") for i in range(20)]
    a = (await upload(client, write_jsonl(tmp_path / "v1.jsonl", v1))).json()["dataset_id"]
    b = (await upload(client, write_jsonl(tmp_path / "v2.jsonl", v2))).json()["dataset_id"]
    r = await client.post("/api/v1/pipeline/merge", json={"dataset_ids": [a, b], "name": "reused",
                                                          "conflict_policy": "highest_quality"})
    assert r.status_code == 202, r.text
    merged = await settled(client, r.json()["dataset"]["dataset_id"])
    assert merged["status"] == "ready", merged
    doc = db.datasets.find_one({"_id": merged["dataset_id"]})
    assert doc["merge"]["conflicts_resolved"] == 25

    # the merge kept one copy of each contested conversation, with the report it chose it by
    path = doc["path"]
    lines = [json.loads(line) for line in open(path, encoding="utf-8")]
    assert len(lines) == 35
    with_report = [line for line in lines if "quality" in line]
    assert len(with_report) == 25
    assert {"fingerprint", "messages_sha256", "report"} <= set(with_report[0]["quality"])
    assert lines[0]["messages"][-1]["content"].startswith("I'm so sorry")  # the better answer won

    # the run: the 25 reports taken, 10 conversations assessed
    run_id, export, quality = await run_to_end(client, gateway_url, api_key, merged["dataset_id"])
    assert quality["conversations"] == 35 and quality["reused_reports"] == 25, quality

    # as before: the same conversations, uploaded as a plain file, all assessed by a run
    plain = write_jsonl(tmp_path / "plain.jsonl", [{"messages": line["messages"]} for line in lines])
    c = (await upload(client, plain)).json()["dataset_id"]
    fresh_id, fresh_export, fresh_quality = await run_to_end(client, gateway_url, api_key, c)
    assert fresh_quality["reused_reports"] == 0
    assert export == fresh_export and export.count(b"\n") > 0
    assert {k: v for k, v in quality.items() if k != "reused_reports"} == \
        {k: v for k, v in fresh_quality.items() if k != "reused_reports"}
    got, want = scored_items(db, run_id), scored_items(db, fresh_id)
    assert [(i["conversation"]["messages"], i["quality"], i["verdict"]) for i in got] == \
        [(i["conversation"]["messages"], i["quality"], i["verdict"]) for i in want]
    # PII redacted in what is stored and exported, reused report or not
    assert b"415-555-0134" not in export and b"@example." not in export.lower()
    assert "pii_redacted" in got[4]["quality"]["flags"]
    # the run's duplicates are decided as before (the summaries compared above hold their flags):
    # the two near-identical stories
    assert quality["flags"].get("near_duplicate", 0) + quality["flags"].get("exact_duplicate", 0) >= 1, quality

    # other quality options: another fingerprint, every conversation assessed again
    _, _, flagged = await run_to_end(client, gateway_url, api_key, merged["dataset_id"],
                                     quality={"pii_policy": "flag"})
    assert flagged["conversations"] == 35 and flagged["reused_reports"] == 0
