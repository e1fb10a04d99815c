"""Merges that survive anything, proven: a merge of two real datasets (with conflicts, policy
``highest_quality``, so acquisition calls standardization and quality) is cut by a SIGKILL of
acquisition, or of the gateway, while it runs; after a restart the merged dataset must end
``ready`` with the same bytes (SHA-256 of the file and of the document) as an uninterrupted
merge of the same parents.

One stack of its own (components are killed and restarted), cases run one after another.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from pathlib import Path

import pytest
import pytest_asyncio

from tests.conftest import SHARED_DATASETS
from tests.support.pipeline_client import settled, upload
from tests.support.stacks import kill_component, own_stack, stack_client, stack_db

pytestmark = pytest.mark.e2e

SOURCE = SHARED_DATASETS / "alpaca_5000_subset.json"
BODY = {"name": "merged", "conflict_policy": "highest_quality"}


@pytest.fixture(scope="module")
def stack(infrastructure, tmp_path_factory):
    # progress noted often, so the test sees the merge under way
    with own_stack(infrastructure, tmp_path_factory.mktemp("merge-crash"), "mcrash",
                   extra_env={"DP_ACQUISITION_INTAKE_PROGRESS_INTERVAL_S": "0.1"}) as s:
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
async def parents(api, tmp_path_factory) -> list[str]:
    """The whole dataset, and a newer version of its first 3,000 records with other answers:
    3,000 contested conversations for the quality service to decide."""
    rows = json.loads(SOURCE.read_text())
    folder = tmp_path_factory.mktemp("merge-crash-data")
    old = folder / "alpaca_v1.json"
    old.write_text(json.dumps(rows))
    new = folder / "alpaca_v2.json"
    new.write_text(json.dumps([{**r, "output": f"{r['output']} (revised: a fuller answer)"} for r in rows[:3000]]))
    ids = []
    for path in (old, new):
        r = await upload(api, path)
        assert r.status_code == 201, r.text
        ids.append(r.json()["dataset_id"])
    return ids


async def merge(api, parents: list[str]) -> str:
    r = await api.post("/api/v1/pipeline/merge", json={**BODY, "dataset_ids": parents})
    assert r.status_code == 202, r.text
    assert r.json()["dataset"]["status"] == "merging"
    return r.json()["dataset"]["dataset_id"]


def file_sha(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def reference(api, parents) -> dict:
    doc = await settled(api, await merge(api, parents), timeout=300)
    assert doc["status"] == "ready", doc
    return doc


async def wait_under_way(db, dataset_id: str, timeout: float = 120) -> dict:
    """The merge's document once it has read some records and is not finished."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        doc = db.datasets.find_one({"_id": dataset_id})
        if doc and doc["status"] != "merging":
            raise AssertionError(f"the merge ended ({doc['status']}) before it could be killed; make it longer")
        if doc and doc.get("merge", {}).get("records_read", 0) >= 1000:
            return doc
        await asyncio.sleep(0.05)
    raise AssertionError(f"merge {dataset_id} did not get under way within {timeout}s")


@pytest.mark.parametrize("component", ["acquisition", "gateway"])
async def test_killed_mid_merge_ends_in_the_identical_dataset(component, stack, db, api, parents, reference):
    dataset_id = await merge(api, parents)
    await wait_under_way(db, dataset_id)
    kill_component(stack, component)
    cut = db.datasets.find_one({"_id": dataset_id})
    assert cut["status"] == "merging", "the kill did not land mid-merge"
    stack.start()  # restarts the component whose process is gone
    stack.wait_healthy(timeout=90)

    doc = await settled(api, dataset_id, timeout=300)
    assert doc["status"] == "ready", doc
    assert doc["sha256"] == reference["sha256"] and doc["bytes"] == reference["bytes"]
    stored = db.datasets.find_one({"_id": dataset_id})
    assert file_sha(stored["path"]) == reference["sha256"] == file_sha(db.datasets.find_one(
        {"_id": reference["dataset_id"]})["path"])
    assert stored["merge"]["conversations_out"] == db.datasets.find_one(
        {"_id": reference["dataset_id"]})["merge"]["conversations_out"]
    # nothing of the cut attempt is left beside the output
    assert sorted(p.name for p in Path(stored["path"]).parent.iterdir()) == ["merged.jsonl"]
