"""Issue 14, item 2, through the gateway on the real stack: a file whose fields no detector
knows converts nothing; the dry run (POST /datasets/{id}/detect) shows it, then shows what a
mapping changes; uploaded with the mapping, the dataset's run converts every record with it,
and a run's own mapping overrides for that run. Viewers see the dry run without raw data."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.e2e.conftest import make_key
from tests.support.pipeline_client import execute, follow, settled

pytestmark = pytest.mark.e2e

N = 40
# A counselling export with its own field names: no header reads as a prompt or a reply, so no
# generic rule (issue 14 item 3) can pick the pair.
MAPPING = {"file_name": "counsel_export.jsonl", "formatting": "alpaca",
           "columns": {"prompt": "first_voice", "response": "second_voice", "system": "session_brief"}}


def export_line(i: int) -> dict:
    return {"case": f"c-{i:03d}", "first_voice": f"Since the move I can't sleep, night {i}. What can I do?",
            "second_voice": f"Thank you for telling me. Let's look at your evenings first ({i}).",
            "session_brief": "Intake session, sleep difficulties.", "clinician_notes": f"follow up in {i % 7} days"}


CONTENT = b"".join(json.dumps(export_line(i)).encode() + b"\n" for i in range(N))


async def upload(client: httpx.AsyncClient, **data) -> dict:
    r = await client.post("/api/v1/pipeline/upload", files={"file": ("counsel_export.jsonl", CONTENT)}, data=data)
    assert r.status_code == 201, r.text
    return r.json()


async def detect(client: httpx.AsyncClient, dataset_id: str, **body) -> dict:
    r = await client.post(f"/api/v1/datasets/{dataset_id}/detect", json=body)
    assert r.status_code == 200, r.text
    return r.json()


async def run_to_end(client, gateway_url, api_key, dataset_id, **options) -> tuple[str, dict]:
    run_id = await execute(client, [dataset_id], quality_threshold=0.0, **options)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed", final
    return run_id, (await client.get(f"/api/v1/pipeline/report/{run_id}")).json()


async def test_detect_before_and_after_a_mapping(client):
    plain = await upload(client)
    assert plain["mapping"] is None

    before = await detect(client, plain["dataset_id"])
    assert before["mode"] == "detection" and before["mapping"] is None
    assert before["summary"] == {"records": N, "converted": 0, "rejected": N, "conversations": 0}
    assert before["formats_found"] == {"none": N} and before["conversations"] == []
    [group] = before["rejects"]
    assert group["reason"] == "unknown_format" and group["count"] == N
    assert "first_voice" in group["details"][0]["detail"]

    after = await detect(client, plain["dataset_id"], mapping=MAPPING, sample_size=25, examples=3)
    assert after["mode"] == "mapping"
    assert after["mapping"] == {"source": "request", "formatting": "alpaca", "ignored": ["file_name"], "tags": None,
                                "reads": {"prompt": "first_voice", "response": "second_voice",
                                          "system": "session_brief"}}
    assert after["summary"] == {"records": 25, "converted": 25, "rejected": 0, "conversations": 25}
    assert after["formats_found"] == after["formats_converted"] == {"mapping:alpaca": 25}
    assert [r["index"] for r in after["records"]] == list(range(25))
    assert len(after["conversations"]) == 3 and after["rejects"] == []
    first = after["conversations"][0]
    assert [(m["role"], m["content"]) for m in first["messages"]] == [
        ("system", "Intake session, sleep difficulties."),
        ("user", export_line(0)["first_voice"]), ("assistant", export_line(0)["second_voice"])]
    assert first["original_format"] == "mapping:alpaca" and first["lineage"]["record_index"] == 0

    # a mapping naming a field the records lack: every record rejected, the reason names the column
    wrong = await detect(client, plain["dataset_id"],
                         mapping={"columns": {"prompt": "first_voice", "response": "second_voice_reply"}})
    [group] = wrong["rejects"]
    assert (group["reason"], group["count"]) == ("mapping_missing_column", N)
    assert group["details"][0]["detail"] == "column `second_voice_reply` (columns.response) is missing"

    # stored with PUT, then used by a bare detect; use_stored_mapping=false detects again
    r = await client.put(f"/api/v1/datasets/{plain['dataset_id']}/mapping", json={"mapping": MAPPING})
    assert r.status_code == 200 and r.json()["mapping"]["columns"]["prompt"] == "first_voice", r.text
    stored = await detect(client, plain["dataset_id"])
    assert stored["mapping"]["source"] == "dataset" and stored["summary"]["converted"] == N
    assert (await detect(client, plain["dataset_id"], use_stored_mapping=False))["summary"]["converted"] == 0
    r = await client.put(f"/api/v1/datasets/{plain['dataset_id']}/mapping", json={"mapping": None})
    assert r.status_code == 200 and r.json()["mapping"] is None
    assert (await detect(client, plain["dataset_id"]))["mode"] == "detection"

    r = await client.post("/api/v1/datasets/0123456789abcdef/detect", json={})
    assert r.status_code == 404 and r.json()["type"].endswith(":dataset_not_found")


async def test_an_uploaded_mapping_converts_every_record_of_the_run(client, gateway_url, api_key):
    mapped = await upload(client, mapping=json.dumps({"counsel_export": MAPPING}))  # a whole dataset_info.json
    assert mapped["mapping"] == {"formatting": "alpaca", "columns": MAPPING["columns"]}
    detail = (await client.get(f"/api/v1/datasets/{mapped['dataset_id']}", params={"preview": 0})).json()
    assert detail["mapping"] == mapped["mapping"]

    run_id, report = await run_to_end(client, gateway_url, api_key, mapped["dataset_id"])
    assert report["counts"]["records_in"] == N and report["counts"]["records_converted"] == N
    assert report["counts"]["rejected"] == 0 and report["formats"] == {"mapping:alpaca": N}
    stored = (await client.get(f"/api/v1/datasets/{mapped['dataset_id']}", params={"preview": 5})).json()
    assert stored["conversations"] and all(c["original_format"] == "mapping:alpaca" for c in stored["conversations"])
    for c in stored["conversations"]:
        i = c["record_index"]
        assert [m["content"] for m in c["messages"]] == ["Intake session, sleep difficulties.",
                                                         export_line(i)["first_voice"],
                                                         export_line(i)["second_voice"]]

    # without a mapping the same file converts nothing
    plain = await upload(client)
    _, report = await run_to_end(client, gateway_url, api_key, plain["dataset_id"])
    assert report["counts"]["records_converted"] == 0 and report["counts"]["rejected"] == N
    assert list(report["reject_reasons"]) == ["unknown_format"]

    # a merge reads each parent as its runs do: the mapped parent's records all become conversations
    r = await client.post("/api/v1/pipeline/merge", json={"dataset_ids": [mapped["dataset_id"], plain["dataset_id"]],
                                                          "name": "mapped and plain"})
    assert r.status_code == 202, r.text
    merged = await settled(client, r.json()["dataset"]["dataset_id"])
    assert merged["status"] == "ready", merged
    _, report = await run_to_end(client, gateway_url, api_key, merged["dataset_id"])
    assert report["counts"]["records_in"] == N and report["counts"]["records_converted"] == N

    # a run's own mapping overrides the stored one (here: the wrong field, so every record is rejected)
    _, report = await run_to_end(client, gateway_url, api_key, mapped["dataset_id"], standardization={
        "mapping": {"columns": {"prompt": "first_voice", "response": "second_voice_reply"}}})
    assert report["counts"]["records_converted"] == 0
    assert report["reject_reasons"]["mapping_missing_column"]["count"] == N
    example = report["reject_reasons"]["mapping_missing_column"]["examples"][0]
    assert example["detail"] == "column `second_voice_reply` (columns.response) is missing"


async def test_a_viewer_sees_the_dry_run_without_raw_data(system, client, gateway_url):
    dataset = await upload(client)
    viewer = await make_key(client, "viewer")
    async with httpx.AsyncClient(base_url=gateway_url, headers={"Authorization": f"Bearer {viewer}"},
                                 timeout=60) as c:
        r = await c.post(f"/api/v1/datasets/{dataset['dataset_id']}/detect",
                         json={"mapping": MAPPING, "examples": 2})
        assert r.status_code == 200, r.text
        report = r.json()
        assert report["summary"]["converted"] == N and report["formats_found"] == {"mapping:alpaca": N}
        assert report["conversations"] == [] and report["conversations_withheld"] is True
        r = await c.post(f"/api/v1/datasets/{dataset['dataset_id']}/detect", json={})
        [group] = r.json()["rejects"]
        assert group["details"][0]["excerpt"].startswith("[withheld")
        assert "night" not in r.text  # no record text anywhere
        r = await c.put(f"/api/v1/datasets/{dataset['dataset_id']}/mapping", json={"mapping": MAPPING})
        assert r.status_code == 403
