"""Run control through the gateway: retries, the run's error tolerance (faults injected with
the test-only DP_FAULT_INJECT hook), per-stage progress with rate and ETA, and cancel.

A stack of its own: the fault hook and fast retries are set for every process of it.
"""

from __future__ import annotations

import asyncio
import json
import time

import pytest
import pytest_asyncio

from shared.mongo import run_collection
from tests.conftest import SHARED_DATASETS
from tests.support.exports import get_export
from tests.support.pipeline_client import execute, follow, upload
from tests.support.stacks import gateway_url, own_stack, stack_client, stack_db

pytestmark = pytest.mark.e2e

ALWAYS = "DP-FAULT-ALWAYS"  # quality raises on every attempt at a batch holding this: it gives up
TWICE = "DP-FAULT-TWICE"  # standardization raises twice, then the third attempt works
TERMINAL = {"completed", "failed", "cancelled"}


@pytest.fixture(scope="module")
def stack(infrastructure, tmp_path_factory):
    env = {"DP_FAULT_INJECT": f"quality:{ALWAYS},standardization:{TWICE}:2", "DP_HANDLER_ATTEMPTS": "3",
           "DP_RETRY_BACKOFF_S": "0.05", "DP_RETRY_BACKOFF_MAX_S": "0.2"}
    with own_stack(infrastructure, tmp_path_factory.mktemp("control"), "control", env) as s:
        yield s


@pytest.fixture(scope="module")
def db(stack):
    with stack_db(stack) as database:
        yield database


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def api(stack):
    async with stack_client(stack) as c:
        yield c


def chat_lines(path, n: int, marks: dict[int, str]):
    with open(path, "w") as fh:
        for i in range(n):
            tag = f" {marks[i]}" if i in marks else ""
            fh.write(json.dumps({"messages": [
                {"role": "user", "content": f"question {i}: how can I sleep better before exams?{tag}"},
                {"role": "assistant", "content": f"answer {i}: a steady bedtime and less screen time help."}]}) + "\n")
    return path


async def run_to_end(stack, api, path, **options) -> tuple[str, list[dict]]:
    dataset = (await upload(api, path)).json()["dataset_id"]
    run_id = await execute(api, [dataset], **options)
    messages = await follow(gateway_url(stack), stack.env["DP_ADMIN_API_KEY"], run_id, timeout=120)
    return run_id, messages


async def test_a_batch_given_up_on_within_tolerance_is_counted_failed_and_the_run_completes(stack, api, tmp_path):
    # record 105 is in batch 5 (quality gives up on it); record 250's batch fails twice, then works
    path = chat_lines(tmp_path / "within.jsonl", 400, {105: ALWAYS, 250: TWICE})
    run_id, messages = await run_to_end(stack, api, path, batch_size=20, quality_threshold=0.0)
    final = messages[-1]["run"]
    assert final["status"] == "completed", final
    c = final["counts"]
    assert (c["records_in"], c["conversations"], c["validated"], c["failed"], c["exported"]) == (400, 400, 380, 20, 380)
    (failure,) = final["failures"]
    assert failure["stage"] == "quality" and failure["batch_index"] == 5 and failure["records"] == 20
    assert failure["error"].startswith("FaultInjected")
    assert all(s["batches_done"] == 20 for s in final["stages"].values())  # the failed batch counts as done
    assert final["error_tolerance"] == 0.1
    # the failure was announced as it happened
    assert any(m["type"] == "progress" and m["event"].get("stage") == "quality"
               and m["event"].get("counts") == {"failed": 20} for m in messages)

    r = await api.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    exported = [json.loads(line)["messages"][0]["content"].split(":")[0] for line in r.text.splitlines()]
    assert exported == [f"question {i}" for i in range(400) if not 100 <= i < 120]  # only batch 5 is missing
    # the transient fault was retried (with backoff) and lost nothing
    log = (stack.logs / "standardization.log").read_text(errors="replace")
    assert "handler failed (attempt 2/3)" in log and "handler failed (attempt 3/3)" not in log


async def test_failures_past_the_tolerance_fail_the_run_with_the_reason(stack, api, tmp_path):
    path = chat_lines(tmp_path / "over.jsonl", 400, {45: ALWAYS, 185: ALWAYS, 290: ALWAYS})  # 3 of 20 batches
    run_id, messages = await run_to_end(stack, api, path, batch_size=20, quality_threshold=0.0)
    final = messages[-1]["run"]
    assert final["status"] == "failed", final
    assert final["error"]["message"].startswith("error tolerance exceeded: 60 of ")
    assert "(15.0% > 10.0%)" in final["error"]["message"] and "FaultInjected" in final["error"]["message"]
    assert final["counts"]["failed"] == 60
    assert [f["batch_index"] for f in final["failures"]] == [2, 9, 14]
    r = await api.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    assert r.status_code == 409

    # the same with a run that tolerates 20%: it completes
    run_id, messages = await run_to_end(stack, api, path, batch_size=20, quality_threshold=0.0, error_tolerance=0.2)
    final = messages[-1]["run"]
    assert final["status"] == "completed" and final["error_tolerance"] == 0.2, final
    assert final["counts"]["failed"] == 60 and final["counts"]["exported"] == 340


@pytest.mark.parametrize("body", [{"error_tolerance": -0.1}, {"error_tolerance": 1.5}, {"error_tolerance": "x"}])
async def test_bad_tolerances_are_422(api, body):
    r = await api.post("/api/v1/pipeline/execute", json={"dataset_ids": ["x"], **body})
    assert r.status_code == 422


def alpaca_as_jsonl(path):
    with open(path, "w") as fh:
        for record in json.loads((SHARED_DATASETS / "alpaca_5000_subset.json").read_text()):
            fh.write(json.dumps(record) + "\n")
    return path


async def test_every_stage_reports_processed_total_rate_and_eta(stack, api, db, tmp_path):
    run_id, messages = await run_to_end(stack, api, alpaca_as_jsonl(tmp_path / "alpaca.jsonl"), batch_size=100)
    states = [m["run"] for m in messages if m["type"] == "state"]
    final = states[-1]
    assert final["status"] == "completed"
    for name, stage in final["stages"].items():
        assert (stage["processed"], stage["total"], stage["total_is_estimate"]) == (5000, 5000, False), name
        assert stage["rate"] > 0 and stage["eta_s"] is None, name

    for state in states:
        for name, stage in state["stages"].items():
            assert set(stage) >= {"processed", "total", "total_is_estimate", "rate", "eta_s"}
            if stage["total"] is not None:
                assert 0 <= stage["processed"] <= stage["total"], (name, stage)
            if stage["processed"]:
                assert stage["rate"] > 0, (name, stage)
            assert stage["eta_s"] is None or stage["eta_s"] >= 0
    # quality (the slowest stage) counts down
    etas = [s["stages"]["quality"]["eta_s"] for s in states if s["stages"]["quality"]["eta_s"] is not None]
    assert len(etas) >= 3 and etas[-1] < etas[0], etas

    # JSONL is not counted up front: acquisition estimated the total from the bytes it had read
    estimates = [d["records_estimate"] for d in run_collection(db, run_id, "batches").find({"stage": "acquisition"})]
    assert len(estimates) == 50 and all(4500 <= e <= 5500 for e in estimates), sorted(estimates)

    status = (await api.get(f"/api/v1/pipeline/status/{run_id}")).json()
    assert status["stages"] == final["stages"]


def batches_per_stage(db, run_id: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for d in run_collection(db, run_id, "batches").find({}, {"stage": 1}):
        out[d["stage"]] = out.get(d["stage"], 0) + 1
    return out


async def test_cancel_stops_every_stage_within_seconds_and_keeps_what_was_done(stack, api, db):
    dataset = (await upload(api, SHARED_DATASETS / "alpaca_5000_subset.json")).json()["dataset_id"]
    # adaptive: acquisition reads ahead of quality by a few batches only, so it is mid-file too
    run_id = await execute(api, [dataset], batch_size=50, mode="adaptive")
    deadline = time.monotonic() + 60
    while batches_per_stage(db, run_id).get("production", 0) < 3:
        assert time.monotonic() < deadline
        await asyncio.sleep(0.05)
    r = await api.post(f"/api/v1/pipeline/cancel/{run_id}")
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    cancelled_at = time.monotonic()

    await asyncio.sleep(3)  # what was in flight at the cancel finishes
    settled = batches_per_stage(db, run_id)
    await asyncio.sleep(4)
    assert batches_per_stage(db, run_id) == settled, "a stage went on recording batches after the cancel"
    assert settled["acquisition"] < 100, "acquisition read the whole file after the cancel"

    status = (await api.get(f"/api/v1/pipeline/status/{run_id}")).json()
    assert status["status"] == "cancelled" and status["error"]["message"].startswith("cancelled by")
    c = status["counts"]
    assert 0 < c["records_in"] < 5000 and 0 < c["conversations"] and 0 < c["validated"] and c["exported"] == 0
    assert {s: v["batches_done"] for s, v in status["stages"].items()} == settled
    assert all(v["eta_s"] is None for v in status["stages"].values())
    assert status["finished_at"] is not None and status["export"] is None

    # what was produced is kept, and marked partial
    assert status["partial_export_url"] == f"/api/v1/pipeline/partial-export/{run_id}"
    r = await get_export(api, status["partial_export_url"])
    assert r.status_code == 200 and r.headers["X-Export-Partial"] == "true"
    assert r.headers["X-Export-Batches"] == f"{settled['production']} of {status['stages']['acquisition']['total_batches'] or '?'}"
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert 0 < len(lines) <= c["passed"] and all(line["messages"] for line in lines)
    assert (await api.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})).status_code == 409
    assert (await api.get(f"/api/v1/pipeline/rejects/{run_id}")).status_code == 200
    assert (await api.post(f"/api/v1/pipeline/cancel/{run_id}")).status_code == 409
    assert time.monotonic() - cancelled_at < 30
