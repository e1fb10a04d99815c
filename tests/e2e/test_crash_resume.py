"""Resume after crashes, proven: each component is SIGKILLed in the middle of a run over a real
dataset, restarted, and the run must end with the same export, byte for byte, as an
uninterrupted run of the same dataset with the same options: nothing lost, nothing twice.

One stack of its own (a component is killed and restarted), cases run one after another.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time

import httpx
import pytest
import pytest_asyncio
from aiokafka import AIOKafkaConsumer

from shared import topics
from shared.mongo import run_collection
from tests.conftest import SHARED_DATASETS
from tests.support.pipeline_client import execute, upload
from tests.support.stacks import kill_component, own_stack, stack_client, stack_db

pytestmark = pytest.mark.e2e

# The first half of a real dataset (a few seconds through the whole stack when it has the
# machine to itself), in small batches so every stage is caught with some but not all done.
SOURCE = SHARED_DATASETS / "alpaca_5000_subset.json"
RECORDS = 2500
OPTIONS = {"batch_size": 50, "quality_threshold": 0.7}
TOTAL_BATCHES = RECORDS // OPTIONS["batch_size"]
TERMINAL = {"completed", "failed", "cancelled"}


@pytest.fixture(scope="module")
def stack(infrastructure, tmp_path_factory):
    with own_stack(infrastructure, tmp_path_factory.mktemp("crash"), "crash") as s:
        yield s


@pytest.fixture(scope="module")
def db(stack):
    with stack_db(stack) as database:
        yield database


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(stack):
    async with stack_client(stack) as c:
        yield c


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def dataset_id(api, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("crash-data") / "alpaca_2500.json"
    path.write_text(json.dumps(json.loads(SOURCE.read_text())[:RECORDS]))
    r = await upload(api, path)
    assert r.status_code == 201, r.text
    return r.json()["dataset_id"]


async def wait_final(api: httpx.AsyncClient, run_id: str, timeout: float = 120) -> dict:
    """Poll the status until the run ends (tolerating a gateway that is down for a while)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            r = await api.get(f"/api/v1/pipeline/status/{run_id}")
            if r.status_code == 200 and r.json()["status"] in TERMINAL:
                return r.json()
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.3)
    raise AssertionError(f"run {run_id} did not end within {timeout}s")


async def export_sha(api: httpx.AsyncClient, run_id: str) -> tuple[str, int]:
    r = await api.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    assert r.status_code == 200, r.text
    assert hashlib.sha256(r.content).hexdigest() == r.headers["X-Content-SHA256"]
    return r.headers["X-Content-SHA256"], len(r.content.splitlines())


async def batch_events(stack, run_id: str) -> list[int]:
    """Batch indexes of every BatchAcquired message of the run on the topic (a plain consumer
    reading the topic from its start to its end)."""
    topic = topics.BATCH_ACQUIRED.full(stack.env["DP_TOPIC_PREFIX"])
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=stack.env["DP_KAFKA_BOOTSTRAP"], group_id=None,
                                auto_offset_reset="earliest", enable_auto_commit=False,
                                fetch_max_bytes=64 * 1024 * 1024, max_partition_fetch_bytes=16 * 1024 * 1024)
    await consumer.start()
    try:
        while not consumer.assignment():
            await asyncio.sleep(0.05)
        end = await consumer.end_offsets(list(consumer.assignment()))
        seen: list[int] = []
        async def behind() -> bool:
            return any([await consumer.position(tp) < offset for tp, offset in end.items()])

        while await behind():
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for r in records:
                    event = json.loads(r.value)
                    if event["run_id"] == run_id:
                        seen.append(event["batch_index"])
        return seen
    finally:
        await consumer.stop()


def batches_done(db, run_id: str, stage: str) -> int:
    return run_collection(db, run_id, "batches").count_documents({"stage": stage})


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def reference(api, dataset_id) -> dict:
    """The same dataset and options, never interrupted."""
    run_id = await execute(api, [dataset_id], **OPTIONS)
    final = await wait_final(api, run_id)
    assert final["status"] == "completed", final
    sha, lines = await export_sha(api, run_id)
    assert lines == final["counts"]["exported"] > 0
    assert final["counts"]["records_in"] == RECORDS
    return {"run_id": run_id, "counts": final["counts"], "sha256": sha, "extras": await side_records(api, run_id)}


async def side_records(api: httpx.AsyncClient, run_id: str) -> dict:
    """What a run leaves besides the export: its rejects and its quality summary."""
    r = await api.get(f"/api/v1/pipeline/rejects/{run_id}/download")
    assert r.status_code == 200
    rejects = sorted((x["dataset_id"], x["record_index"], x["reason"]) for x in map(json.loads, r.text.splitlines()))
    r = await api.get("/api/v1/analytics/quality", params={"run_id": run_id})
    assert r.status_code == 200, r.text
    quality = r.json()["overall"]
    # duplicates are resolved in input order at the run's end: exact too, whatever the crash
    return {"rejects": rejects, "quality": quality}


# The stage whose progress decides the moment of the kill (the gateway has none of its own).
CASES = {"acquisition": "acquisition", "standardization": "standardization", "quality": "quality",
         "production": "production", "gateway": "quality"}


@pytest.mark.parametrize("component", list(CASES))
async def test_killed_mid_run_resumes_to_the_identical_export(component, stack, db, api, dataset_id, reference):
    stage = CASES[component]
    started = time.monotonic()
    run_id = await execute(api, [dataset_id], **OPTIONS)
    while True:  # tight poll: acquisition of this file takes about a second
        done = batches_done(db, run_id, stage)
        if done >= 3:
            break
        assert time.monotonic() - started < 60, f"{stage} never got going"
        await asyncio.sleep(0.01)
    kill_component(stack, component)
    at_kill = batches_done(db, run_id, stage)
    assert 0 < at_kill < TOTAL_BATCHES, f"killed {component} too late ({at_kill}/{TOTAL_BATCHES} batches done)"

    stack.start()  # restarts the component whose process is gone
    stack.wait_healthy(timeout=60)
    final = await wait_final(api, run_id)

    assert final["status"] == "completed", final
    assert final["counts"] == reference["counts"]
    assert all(s["batches_done"] == TOTAL_BATCHES for s in final["stages"].values()), final["stages"]
    sha, lines = await export_sha(api, run_id)
    assert sha == reference["sha256"] and lines == reference["counts"]["exported"]
    assert await side_records(api, run_id) == reference["extras"]  # rejects and summaries, once each

    if component == "acquisition":
        # It resumed from its cursor: the batches recorded before the kill were not published
        # again (at most the one in flight when it died, published but not yet recorded).
        published = await batch_events(stack, run_id)
        assert sorted(set(published)) == list(range(TOTAL_BATCHES))
        assert len(published) <= TOTAL_BATCHES + 1, f"{len(published) - TOTAL_BATCHES} batches published twice"
        log = (stack.logs / "acquisition.log").read_text(errors="replace")
        assert f"run {run_id} resumes after batch" in log
    print(f"{component}: killed at {at_kill}/{TOTAL_BATCHES} {stage} batches, "
          f"completed {time.monotonic() - started:.1f}s after start")
