"""A run's export in every format and compression, and partial exports, made by the production
service and streamed by the gateway (a stack of its own: one test takes production down)."""

from __future__ import annotations

import asyncio
import hashlib
import io
import json

import pytest
import pytest_asyncio

from shared.mongo import run_collection
from shared.production import COMPRESSIONS, GENERATION_FORMATS
from shared.writers import decompress, read_records, record_schema, write_records
from tests.conftest import SHARED_DATASETS
from tests.e2e.test_api_behaviour import assert_problem
from tests.support.exports import get_export
from tests.support.infra import REPO
from tests.support.kafka import eventually
from tests.support.pipeline_client import execute, upload
from tests.support.stacks import kill_component, own_stack, stack_client, stack_db

pytestmark = pytest.mark.e2e
EXAMPLE = REPO / "examples" / "counselling_sessions.jsonl"
EXPORT = "/api/v1/pipeline/export"


@pytest.fixture(scope="module")
def stack(infrastructure, tmp_path_factory):
    with own_stack(infrastructure, tmp_path_factory.mktemp("exports"), "exports") as s:
        yield s


@pytest.fixture(scope="module")
def db(stack):
    with stack_db(stack) as database:
        yield database


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(stack):
    async with stack_client(stack) as c:
        yield c


async def finished(api, run_id: str) -> dict:
    async def done():
        doc = (await api.get(f"/api/v1/pipeline/status/{run_id}")).json()
        return doc if doc["status"] in ("completed", "failed", "cancelled") else None

    return await eventually(done, timeout=300, interval=0.5)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def runs(api) -> dict[str, dict]:
    """The example dataset run twice to completion: OpenAI and ShareGPT template."""
    dataset = (await upload(api, EXAMPLE)).json()["dataset_id"]
    out = {}
    for template in ("openai", "sharegpt"):
        run_id = await execute(api, [dataset], quality_threshold=0.0, export={"template": template})
        out[template] = await finished(api, run_id)
        assert out[template]["status"] == "completed" and out[template]["counts"]["exported"] > 5, out[template]
    return out


def check_sha(r) -> bytes:
    assert r.status_code == 200, r.text
    assert r.headers["x-content-sha256"] == hashlib.sha256(r.content).hexdigest()
    assert int(r.headers["content-length"]) == len(r.content)
    return r.content


async def test_every_format_and_compression_is_the_jsonl_exports_records(api, runs):
    run = runs["openai"]
    params = {"run_id": run["run_id"]}
    jsonl = check_sha(await api.get(f"{EXPORT}/jsonl", params=params))
    assert hashlib.sha256(jsonl).hexdigest() == run["export"]["sha256"]
    expected = read_records(jsonl, "jsonl")
    assert len(expected) == run["counts"]["exported"]
    schema = record_schema("openai")
    for fmt in GENERATION_FORMATS:
        plain = None
        for compression in COMPRESSIONS:
            body = check_sha(await get_export(api, f"{EXPORT}/{fmt}", {**params, "compression": compression}))
            assert read_records(body, fmt, compression, schema) == expected, (fmt, compression)
            # byte for byte what the writers make of the JSONL (what the gateway wrote before)
            reference = io.BytesIO()
            write_records(reference, expected, fmt, compression, schema)
            assert body == reference.getvalue(), (fmt, compression)
            plain = plain if plain is not None else body
            assert decompress(body, compression) == plain, (fmt, compression)


async def test_a_variant_asked_for_at_once_and_again_is_written_once(api, db, runs):
    run_id = runs["sharegpt"]["run_id"]
    params = {"run_id": run_id, "compression": "zstd"}
    answers = await asyncio.gather(*[get_export(api, f"{EXPORT}/csv", params) for _ in range(4)])
    bodies = {check_sha(r) for r in answers}
    assert len(bodies) == 1
    again = check_sha(await api.get(f"{EXPORT}/csv", params=params))  # made: served at once
    assert {again} == bodies
    doc = run_collection(db, run_id, "exports").find_one({"_id": "csv.zstd"})
    assert doc["status"] == "completed" and doc["writes"] == 1, doc
    jsonl = (await api.get(f"{EXPORT}/jsonl", params={"run_id": run_id})).content
    assert read_records(again, "csv", "zstd", record_schema("sharegpt")) == read_records(jsonl, "jsonl")

    status = await api.get(f"/api/v1/pipeline/exports/{run_id}/csv.zstd")
    assert status.status_code == 200, status.text
    s = status.json()
    assert (s["status"], s["kind"], s["format"], s["compression"]) == ("completed", "variant", "csv", "zstd")
    assert s["sha256"] == hashlib.sha256(again).hexdigest() and s["bytes"] == len(again)
    assert check_sha(await api.get(s["download_url"])) == again


async def test_failures_are_precise_problems(api, runs):
    run_id = runs["openai"]["run_id"]
    assert_problem(await api.get(f"{EXPORT}/xml", params={"run_id": run_id}), 400, "unsupported_export_format")
    assert_problem(await api.get(f"{EXPORT}/csv", params={"run_id": run_id, "compression": "rar"}), 422,
                   "validation_error")
    assert_problem(await api.get(f"{EXPORT}/csv", params={"run_id": "e" * 32}), 404, "run_not_found")
    assert_problem(await api.get(f"/api/v1/pipeline/partial-export/{'e' * 32}"), 404, "run_not_found")
    assert_problem(await api.get(f"/api/v1/pipeline/partial-export/{run_id}"), 409, "run_completed")
    never = f"/api/v1/pipeline/exports/{runs['sharegpt']['run_id']}/json.gzip"
    assert_problem(await api.get(never), 404, "export_not_requested")
    assert_problem(await api.get(f"/api/v1/pipeline/exports/{run_id}/xml.none"), 422, "validation_error")
    assert_problem(await api.get(f"/api/v1/pipeline/exports/{'e' * 32}/csv.none"), 404, "run_not_found")


async def test_a_partial_export_of_a_running_run(api, db):
    dataset = (await upload(api, SHARED_DATASETS / "alpaca_5000_subset.json")).json()["dataset_id"]
    run_id = await execute(api, [dataset], batch_size=5, mode="adaptive")  # 1,000 batches: still running

    async def some_done():
        doc = (await api.get(f"/api/v1/pipeline/status/{run_id}")).json()
        return doc if doc["stages"]["production"]["batches_done"] >= 3 else None

    await eventually(some_done, timeout=120, interval=0.2)
    try:
        r = await get_export(api, f"/api/v1/pipeline/partial-export/{run_id}")
        body = check_sha(r)
        assert r.headers["x-export-partial"] == "true"
        batches, _, total = r.headers["x-export-batches"].partition(" of ")
        assert int(batches) >= 3 and total in ("?", "1000"), r.headers["x-export-batches"]
        lines = [json.loads(line) for line in body.splitlines()]
        assert lines and all(line["messages"] for line in lines)
        status = (await api.get(f"/api/v1/pipeline/status/{run_id}")).json()
        assert status["status"] == "running", "the run ended before the test could see it running"
        # the newest snapshot, without asking for another
        cached = await api.get(f"/api/v1/pipeline/partial-export/{run_id}", params={"cached": "true"})
        assert check_sha(cached) and int(cached.headers["x-export-batches"].split()[0]) >= int(batches)
        doc = run_collection(db, run_id, "exports").find_one({"_id": "partial"})
        assert doc["kind"] == "partial" and doc["batches"] >= int(batches)
    finally:
        await api.post(f"/api/v1/pipeline/cancel/{run_id}")
    # a variant of a run that did not complete is refused
    assert_problem(await api.get(f"{EXPORT}/csv", params={"run_id": run_id}), 409, "run_not_completed")


async def test_with_production_down_the_gateway_answers_202_and_the_export_follows(stack, api, runs):
    run_id = runs["sharegpt"]["run_id"]
    kill_component(stack, "production")
    try:
        r = await api.get(f"{EXPORT}/parquet", params={"run_id": run_id, "compression": "gzip"})
        assert r.status_code == 202, r.text
        accepted = r.json()
        assert accepted["status"] == "queued" and r.headers["location"] == accepted["status_url"]
        assert accepted["status_url"] == f"/api/v1/pipeline/exports/{run_id}/parquet.gzip"
        assert r.headers["retry-after"]
        status = (await api.get(accepted["status_url"])).json()
        assert status["status"] == "queued" and status["sha256"] is None
    finally:
        stack.start()
        stack.wait_healthy(timeout=120)
    body = check_sha(await get_export(api, f"{EXPORT}/parquet", {"run_id": run_id, "compression": "gzip"},
                                      timeout=180))
    jsonl = (await api.get(f"{EXPORT}/jsonl", params={"run_id": run_id})).content
    assert read_records(body, "parquet", "gzip", record_schema("sharegpt")) == read_records(jsonl, "jsonl")
