"""Issue 3 through the gateway: detection on real files, reports, rejects, convert, the
synchronous standardize endpoints."""

import hashlib
import json

import pytest

from tests.conftest import SHARED_DATASETS
from tests.e2e.test_api_behaviour import assert_problem
from tests.support.pipeline_client import execute, follow, upload

pytestmark = pytest.mark.e2e

EXPECTED_FORMAT = {
    "alpaca_5000_subset.json": "alpaca",
    "fastchat_dummy_conversation.json": "sharegpt",
    "openai_cookbook_toy_chat_fine_tuning.jsonl": "openai_messages",
    "counselchat_20200325.csv": "qa_table",
}


async def run_to_end(client, gateway_url, api_key, path, **options):
    dataset = (await upload(client, path)).json()
    run_id = await execute(client, [dataset["dataset_id"]], **options)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed", final
    return run_id, final


@pytest.mark.parametrize("name", sorted(EXPECTED_FORMAT))
async def test_real_datasets_are_detected_and_reported(name, client, gateway_url, api_key):
    run_id, final = await run_to_end(client, gateway_url, api_key, SHARED_DATASETS / name, batch_size=1000)
    report = (await client.get(f"/api/v1/pipeline/report/{run_id}")).json()
    c = report["counts"]
    assert report["formats"] == {EXPECTED_FORMAT[name]: c["records_converted"]}
    assert c["records_converted"] + c["rejected"] == c["records_in"]
    assert sum(r["count"] for r in report["reject_reasons"].values()) == c["rejected"]
    for reason, entry in report["reject_reasons"].items():
        assert 0 < len(entry["examples"]) <= 3
        assert all(e["reason"] == reason and e["excerpt"] for e in entry["examples"])
    if name.startswith("alpaca"):
        # the <nooutput> records of the Alpaca subset
        assert set(report["reject_reasons"]) == {"missing_assistant_turn"}


async def test_rejects_are_listed_page_by_page_and_downloadable(client, gateway_url, api_key, tmp_path):
    f = tmp_path / "mixed.jsonl"
    lines = ['{"text": "notes %d"}' % i for i in range(5)]
    lines.insert(2, '{"messages": [{"role": "user", "content": "hello there"}, {"role": "assistant", "content": "hi!"}]}')
    lines.append("{broken")
    f.write_text("\n".join(lines) + "\n")
    run_id, final = await run_to_end(client, gateway_url, api_key, f)
    assert final["counts"]["rejected"] == 6
    seen, cursor = [], None
    while True:
        params = {"limit": 4, **({"cursor": cursor} if cursor else {})}
        page = (await client.get(f"/api/v1/pipeline/rejects/{run_id}", params=params)).json()
        seen += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert [r["record_index"] for r in seen] == [0, 1, 3, 4, 5, 6]
    assert [r["reason"] for r in seen] == ["unknown_format"] * 5 + ["invalid_json_line"]
    only = (await client.get(f"/api/v1/pipeline/rejects/{run_id}", params={"reason": "invalid_json_line"})).json()
    assert [r["record_index"] for r in only["items"]] == [6]
    download = await client.get(f"/api/v1/pipeline/rejects/{run_id}/download")
    assert [json.loads(x)["record_index"] for x in download.text.splitlines()] == [0, 1, 3, 4, 5, 6]
    assert_problem(await client.get(f"/api/v1/pipeline/rejects/{run_id}", params={"cursor": "$gt"}), 422,
                   "validation_error")
    assert_problem(await client.get(f"/api/v1/pipeline/rejects/{run_id}", params={"reason": {"$ne": 1}}), 422,
                   "validation_error")


async def test_convert_to_alpaca_json_accounts_for_what_the_template_cannot_hold(client, gateway_url, api_key):
    dataset = (await upload(client, SHARED_DATASETS / "fastchat_dummy_conversation.json")).json()
    r = await client.post("/api/v1/pipeline/convert", json={"dataset_ids": [dataset["dataset_id"]],
                                                             "template": "alpaca", "file_format": "json"})
    assert r.status_code == 202
    final = (await follow(gateway_url, api_key, r.json()["run_id"]))[-1]["run"]
    assert final["status"] == "completed" and final["kind"] == "convert"
    c = final["counts"]
    assert c["passed"] == c["conversations"] == 500  # convert keeps every convertible conversation
    assert c["exported"] + c["not_renderable"] == c["passed"]
    export = await client.get(final["export"]["urls"]["json"])
    assert export.status_code == 200 and export.headers["content-type"].startswith("application/json")
    assert hashlib.sha256(export.content).hexdigest() == export.headers["x-content-sha256"] \
        == final["export"]["json_sha256"]
    rows = json.loads(export.content)
    assert len(rows) == c["exported"]
    assert all(set(row) >= {"instruction", "input", "output"} for row in rows)
    jsonl = await client.get(final["export"]["urls"]["jsonl"])
    assert [json.loads(x) for x in jsonl.text.splitlines()] == rows


async def test_forced_format_with_column_and_role_mapping(client, gateway_url, api_key, tmp_path):
    f = tmp_path / "odd.csv"
    f.write_text("client_says,counsellor_says\nI can't sleep,What keeps you up?\nI feel low,Tell me more.\n")
    run_id, final = await run_to_end(client, gateway_url, api_key, f, standardization={
        "format": "qa_table", "columns": {"user": "client_says", "assistant": "counsellor_says"}})
    assert final["counts"]["conversations"] == 2 and final["formats"] == {"qa_table": 2}
    lines = (await client.get(final["export"]["urls"]["jsonl"])).text.splitlines()
    assert json.loads(lines[0])["messages"] == [{"role": "user", "content": "I can't sleep"},
                                                {"role": "assistant", "content": "What keeps you up?"}]
    bad = await client.post("/api/v1/pipeline/execute", json={"dataset_ids": ["x"],
                                                              "standardization": {"format": "docx"}})
    assert_problem(bad, 422, "validation_error")


async def test_standardize_one_record_and_a_batch(client):
    r = await client.post("/api/v1/standardize/conversation", json={"record": {
        "conversations": [{"from": "human", "value": "I feel anxious"}, {"from": "gpt", "value": "Since when?"}]}})
    assert r.status_code == 200
    out = r.json()
    assert out["status"] == "converted" and out["detected_format"] == "sharegpt" and out["confidence"] == 1.0
    assert "conversations[].from" in out["evidence"]
    assert out["conversations"][0]["messages"] == [{"role": "user", "content": "I feel anxious", "name": None,
                                                    "metadata": None},
                                                   {"role": "assistant", "content": "Since when?", "name": None,
                                                    "metadata": None}]
    r = await client.post("/api/v1/standardize/conversation", json={"record": ["not", "a", "record"]})
    assert r.json()["status"] == "rejected" and r.json()["reason"] == "record_not_object"

    records = [{"instruction": "Say hi", "input": "", "output": "Hi"}, {"text": "nothing"},
               {"text": "<|im_start|>user\nhey<|im_end|><|im_start|>assistant\nhello<|im_end|>"}]
    r = await client.post("/api/v1/standardize/batch", json={"records": records})
    body = r.json()
    assert [x["status"] for x in body["results"]] == ["converted", "rejected", "converted"]
    assert body["summary"] == {"records": 3, "converted": 2, "rejected": 1, "conversations": 2,
                               "formats": {"alpaca": 1, "transcript": 1}, "reject_reasons": {"unknown_format": 1}}
    assert_problem(await client.post("/api/v1/standardize/batch", json={"records": []}), 422, "validation_error")
    assert_problem(await client.post("/api/v1/standardize/batch", json={"records": [{}] * 1001}), 422,
                   "validation_error")


async def test_standardize_file_starts_a_run(client, gateway_url, api_key):
    path = SHARED_DATASETS / "openai_cookbook_toy_chat_fine_tuning.jsonl"
    with open(path, "rb") as fh:
        r = await client.post("/api/v1/standardize/file", files={"file": (path.name, fh)})
    assert r.status_code == 202
    body = r.json()
    final = (await follow(gateway_url, api_key, body["run"]["run_id"]))[-1]["run"]
    assert final["kind"] == "standardize" and final["status"] == "completed"
    assert final["counts"]["exported"] == final["counts"]["conversations"] == 5


async def test_gzip_upload_goes_through(client, gateway_url, api_key, tmp_path):
    import gzip

    f = tmp_path / "fastchat.json.gz"
    f.write_bytes(gzip.compress((SHARED_DATASETS / "fastchat_dummy_conversation.json").read_bytes()))
    run_id, final = await run_to_end(client, gateway_url, api_key, f)
    assert final["counts"]["records_in"] == 500 and final["formats"] == {"sharegpt": 500}
