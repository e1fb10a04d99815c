"""Tried as a new user would: one small file per supported format, in the container people
ship it in, uploaded with no mapping. Every record converts; the report names the format."""

import csv
import gzip
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tests.support.pipeline_client import execute, follow, upload

pytestmark = pytest.mark.e2e


def jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def make_files(d):
    files = {}
    files["dolly"] = (jsonl(d / "dolly.jsonl", [
        {"instruction": "Summarise", "context": "Client slept badly.", "response": "Poor sleep.", "category": "s"},
        {"instruction": "Name a coping skill", "context": "", "response": "Box breathing.", "category": "open_qa"},
    ]), {"dolly": 2})
    tree = {"message_tree_id": "t", "prompt": {"message_id": "1", "role": "prompter", "text": "Hi, I'm stressed.",
                                                "replies": [{"message_id": "2", "role": "assistant",
                                                             "text": "I'm here. What's going on?", "replies": []}]}}
    files["oasst"] = (jsonl(d / "oasst_trees.jsonl", [tree, tree]), {"oasst_tree": 2})
    files["hh"] = (jsonl(d / "hh.jsonl", [
        {"chosen": "\n\nHuman: How do I calm down?\n\nAssistant: Try slow breathing.",
         "rejected": "\n\nHuman: How do I calm down?\n\nAssistant: Don't."}]), {"transcript": 1})
    chatml = "<|im_start|>user\nI can't focus<|im_end|>\n<|im_start|>assistant\nWhen did it start?<|im_end|>"
    pq.write_table(pa.table({"text": [chatml, chatml]}), d / "chatml.parquet")
    files["chatml"] = (d / "chatml.parquet", {"transcript": 2})
    with open(d / "vicuna.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["", "text"])
        w.writerow([0, "A chat. USER: Hello\nthere ASSISTANT: Hi, how are you?</s>"])
    files["vicuna"] = (d / "vicuna.csv", {"transcript": 1})
    (d / "tagged.tsv").write_text("text\n<HUMAN>: I miss home <ASSISTANT>: What do you miss most?\n")
    files["tagged"] = (d / "tagged.tsv", {"transcript": 1})
    files["openai"] = (d / "openai.json", {"openai_messages": 1})
    (d / "openai.json").write_text(json.dumps([{"messages": [
        {"role": "user", "content": [{"type": "text", "text": "Hello"}]},
        {"role": "assistant", "content": "Hi! <p>How can I help?</p>"}]}]))
    files["sharegpt"] = (d / "sharegpt.json", {"sharegpt": 1})
    (d / "sharegpt.json").write_text(json.dumps({"data": [{"conversations": [
        {"from": "human", "value": "Book a session"}, {"from": "function_call", "value": "{}"},
        {"from": "observation", "value": "ok"}, {"from": "gpt", "value": "Done."}], "tools": "[]"}]}))
    (d / "alpaca.jsonl.gz").write_bytes(gzip.compress(
        b'{"instruction": "Reply kindly", "input": "I failed", "output": "That hurts.", "history": [["hi", "hello"]]}\n'))
    files["alpaca"] = (d / "alpaca.jsonl.gz", {"alpaca": 1})
    pq.write_table(pa.table({"Unnamed: 0": [0, 1], "Question": ["q one?", "q two?"], "Answer": ["a one", "a two"]}),
                   d / "qa.parquet")
    files["qa"] = (d / "qa.parquet", {"qa_table": 2})
    return files


async def test_every_format_converts_with_no_mapping(client, gateway_url, api_key, tmp_path):
    files = make_files(tmp_path)
    expected: dict[str, int] = {}
    ids = []
    for name, (path, formats) in files.items():
        r = await upload(client, path)
        # a .gz is checked by acquisition (202, registering); the run started below waits for it
        assert r.status_code == (202 if path.name.endswith(".gz") else 201), (name, r.text)
        ids.append(r.json()["dataset_id"])
        for k, v in formats.items():
            expected[k] = expected.get(k, 0) + v
    run_id = await execute(client, ids, batch_size=3)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed", final
    assert final["counts"]["rejected"] == 0, (await client.get(f"/api/v1/pipeline/rejects/{run_id}")).json()
    assert final["formats"] == expected
    assert final["counts"]["records_in"] == sum(expected.values())


async def test_one_bad_record_never_costs_the_run(client, gateway_url, api_key, tmp_path):
    """A JSONL upload in which one line is nested 1,000 deep, one holds a lone surrogate and
    one is a 5 MB record (over the 4 MB per-record limit): each is a reject with its reason,
    every good record is converted, and the run completes (it used to fail with records_in: 0)."""
    good = [json.dumps({"instruction": f"Say hi {i}", "input": "", "output": f"Hi {i}!"}) for i in range(20)]
    hostile = {3: "[" * 1000 + "]" * 1000, 7: '{"instruction": "\\ud800", "output": "x"}',
               12: json.dumps({"instruction": "big", "output": "x" * (5 * 1024 * 1024)}),
               15: '{"instruction": "n", "input": "", "output": "v", "id": 123456789012345678901234567890}'}
    lines = list(good)
    for at, text in sorted(hostile.items()):
        lines.insert(at, text)
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    r = await upload(client, path)
    assert r.status_code == 201, r.text
    run_id = await execute(client, [r.json()["dataset_id"]], batch_size=5, quality_threshold=0)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed", final
    assert final["counts"]["records_in"] == len(lines)
    rejects = (await client.get(f"/api/v1/pipeline/rejects/{run_id}", params={"limit": 100})).json()["items"]
    reasons = {x["record_index"]: x["reason"] for x in rejects}
    assert reasons == {3: "record_too_deep", 7: "invalid_text", 12: "record_too_large"}, rejects
    assert final["counts"]["rejected"] == 3 and final["counts"]["records_converted"] == len(lines) - 3
