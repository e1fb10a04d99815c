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
