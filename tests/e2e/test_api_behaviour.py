"""The gateway under bad input: precise 4xx problem documents, never a 500 or a hang."""

import asyncio
import json

import httpx
import pytest
import websockets

from tests.conftest import SHARED_DATASETS
from tests.e2e.conftest import E2E_MAX_UPLOAD
from tests.support.pipeline_client import execute, follow, ticket_url, upload

pytestmark = pytest.mark.e2e
PROBLEM = "application/problem+json"


def assert_problem(r: httpx.Response, status: int, slug: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status and body["type"].endswith(":" + slug) and body["title"]
    assert "Traceback" not in r.text
    return body


async def test_health_and_metrics_need_no_key(gateway_url, system):
    async with httpx.AsyncClient() as c:
        assert (await c.get(f"{gateway_url}/healthz")).json() == {"status": "ok"}
        await c.get(f"{gateway_url}/api/v1/pipeline/status/{'0' * 32}")
        metrics = (await c.get(f"{gateway_url}/metrics")).text
        assert 'dp_http_requests_total{method="GET",route="/api/v1/pipeline/status/{run_id}",status="401"}' in metrics
        for component in system.components[:-1]:
            text = (await c.get(f"http://127.0.0.1:{component.port}/metrics")).text
            assert "dp_batch_latency_seconds" in text and "dp_conversations_total" in text
            assert "faststream_" in text


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"},
                                     {"Authorization": "Bearer"}])
async def test_requests_without_a_valid_key_get_401(gateway_url, headers):
    async with httpx.AsyncClient(base_url=gateway_url, headers=headers) as c:
        for method, path in [("GET", f"/api/v1/pipeline/status/{'a' * 32}"), ("POST", "/api/v1/pipeline/execute"),
                             ("POST", "/api/v1/pipeline/upload")]:
            r = await c.request(method, path)
            assert_problem(r, 401, "unauthorized")
            assert r.headers["www-authenticate"].startswith("Bearer")


async def test_upload_refuses_unknown_types_mismatched_content_empty_and_oversized_files(client, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert_problem(await upload(client, notes), 415, "unsupported_file_type")

    fake = tmp_path / "fake.parquet"
    fake.write_text("a,b\n1,2\n")
    assert_problem(await upload(client, fake), 415, "content_mismatch")

    binary = tmp_path / "data.jsonl"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert_problem(await upload(client, binary), 415, "binary_content")

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert_problem(await upload(client, empty), 422, "empty_file")

    big = tmp_path / "big.jsonl"
    big.write_bytes(b'{"a": 1}\n' * (E2E_MAX_UPLOAD // 9 + 10000))
    assert_problem(await upload(client, big), 413, "payload_too_large")

    r = await client.post("/api/v1/pipeline/upload", data={"name": "no file"})
    assert_problem(r, 422, "validation_error")


async def test_oversized_chunked_upload_is_cut_off_while_streaming(client):
    async def body():
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="x.jsonl"\r\n\r\n'
        for _ in range(E2E_MAX_UPLOAD // (1024 * 1024) + 2):
            yield b"x" * (1024 * 1024)
        yield b"\r\n--b--\r\n"

    r = await client.post("/api/v1/pipeline/upload", content=body(),
                          headers={"Content-Type": "multipart/form-data; boundary=b"})
    assert_problem(r, 413, "payload_too_large")


async def test_hostile_names_are_neutralised(client, tmp_path):
    f = tmp_path / "x.jsonl"
    f.write_text('{"messages": [{"role": "user", "content": "hi there"}, {"role": "assistant", "content": "hello"}]}\n')
    r = await upload(client, f, name="../../../etc/<script>alert(1)</script>.jsonl")
    assert r.status_code == 201
    assert r.json()["name"] == "script_.jsonl"


@pytest.mark.parametrize(("body", "status", "slug"), [
    ({"dataset_ids": []}, 422, "validation_error"),
    ({"dataset_ids": ["x"], "quality_threshold": 1.5}, 422, "validation_error"),
    ({"dataset_ids": [{"$gt": ""}]}, 422, "validation_error"),
    ({"dataset_ids": ["$where"]}, 404, "dataset_not_found"),
    ({"dataset_ids": ["nope"], "batch_size": 0}, 422, "validation_error"),
])
async def test_execute_validates_its_body(client, body, status, slug):
    assert_problem(await client.post("/api/v1/pipeline/execute", json=body), status, slug)


async def test_execute_with_malformed_json_is_422(client):
    r = await client.post("/api/v1/pipeline/execute", content=b'{"dataset_ids": [', headers={
        "content-type": "application/json"})
    assert_problem(r, 422, "validation_error")


async def test_unknown_runs_and_formats(client):
    assert_problem(await client.get(f"/api/v1/pipeline/status/{'f' * 32}"), 404, "run_not_found")
    assert_problem(await client.get("/api/v1/pipeline/status/not-a-run-id"), 422, "validation_error")
    assert_problem(await client.post(f"/api/v1/pipeline/cancel/{'f' * 32}"), 404, "run_not_found")
    assert_problem(await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": "f" * 32}), 404,
                   "run_not_found")
    assert_problem(await client.get("/api/v1/pipeline/export/xlsx", params={"run_id": "f" * 32}), 400,
                   "unsupported_export_format")
    assert_problem(await client.get("/api/v1/nowhere"), 404, "not_found")


async def test_a_file_of_garbage_completes_with_every_record_rejected(client, gateway_url, api_key, tmp_path):
    f = tmp_path / "garbage.jsonl"
    f.write_text('{"text": "a"}\nnot json at all\n[1, 2]\n{"messages": "not a list"}\n"\\u0000"\n')
    dataset = (await upload(client, f)).json()
    run_id = await execute(client, [dataset["dataset_id"]])
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed"
    c = final["counts"]
    assert (c["records_in"], c["rejected"], c["conversations"], c["exported"]) == (5, 5, 0, 0)
    export = await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    assert export.status_code == 200 and export.content == b""


async def test_an_unreadable_file_fails_the_run_with_its_reason(client, gateway_url, api_key, tmp_path):
    f = tmp_path / "broken.json"
    f.write_text('[{"instruction": "a", "output": "b"}, {"instruction": ')
    dataset = (await upload(client, f)).json()
    run_id = await execute(client, [dataset["dataset_id"]])
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "failed"
    assert final["error"]["stage"] == "acquisition" and final["error"]["message"].startswith("invalid_json")
    assert_problem(await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id}), 409,
                   "run_not_completed")


async def test_cancel_stops_a_run_and_a_second_cancel_conflicts(client, gateway_url, api_key):
    dataset = (await upload(client, SHARED_DATASETS / "alpaca_5000_subset.json")).json()
    run_id = await execute(client, [dataset["dataset_id"]], batch_size=5)  # 1,000 batches: plenty of time
    r = await client.post(f"/api/v1/pipeline/cancel/{run_id}")
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    assert_problem(await client.post(f"/api/v1/pipeline/cancel/{run_id}"), 409, "run_finished")
    messages = await follow(gateway_url, api_key, run_id, timeout=10)
    assert messages[-1]["run"]["status"] == "cancelled"
    await asyncio.sleep(2)
    status = (await client.get(f"/api/v1/pipeline/status/{run_id}")).json()
    assert status["status"] == "cancelled"
    assert status["counts"]["records_in"] < 5000  # acquisition stopped early
    assert_problem(await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id}), 409,
                   "run_not_completed")


async def test_websocket_refuses_a_missing_key_and_an_unknown_run(gateway_url, api_key):
    base = gateway_url.replace("http", "ws", 1)
    async with websockets.connect(f"{base}/ws/runs/{'a' * 32}") as ws:
        msg = json.loads(await ws.recv())
        assert msg == {"type": "error", "status": 401, "detail": "missing or invalid API key"}
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4401
    async with websockets.connect(await ticket_url(gateway_url, api_key, f"/ws/runs/{'a' * 32}")) as ws:
        msg = json.loads(await ws.recv())
        assert msg["status"] == 404
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4404
