"""Datasets already on the server: a saved Hugging Face folder and a plain file, loaded by
path under the configured root; anything outside it is refused."""

import json

import pyarrow as pa
import pytest

from tests.support.pipeline_client import execute, follow, settled
from tests.e2e.test_api_behaviour import assert_problem

pytestmark = pytest.mark.e2e


def save_to_disk_layout(folder, rows):
    """What datasets.Dataset.save_to_disk writes (the library itself is not installed here)."""
    folder.mkdir(parents=True)
    table = pa.Table.from_pylist(rows)
    with pa.ipc.new_stream(folder / "data-00000-of-00001.arrow", table.schema) as w:
        w.write_table(table)
    (folder / "state.json").write_text(json.dumps({"_data_files": [{"filename": "data-00000-of-00001.arrow"}]}))
    (folder / "dataset_info.json").write_text("{}")


async def test_hf_folder_loads_and_runs(system, client, gateway_url, api_key):
    root = system.state_dir / "loadable"
    rows = [{"conversations": [{"from": "human", "value": f"question {i}"}, {"from": "gpt", "value": f"answer {i}"}]}
            for i in range(7)]
    save_to_disk_layout(root / "hf_ds", rows)
    r = await client.post("/api/v1/datasets/load", json={"path": str(root / "hf_ds")})
    assert r.status_code == 202 and r.json()["status"] == "registering", r.text
    # a run may start at once: acquisition waits until the dataset is registered
    run_id = await execute(client, [r.json()["dataset_id"]])
    doc = await settled(client, r.json()["dataset_id"])
    assert doc["status"] == "ready" and doc["format"] == "hf_dataset" and doc["bytes"] > 0 and doc["path"]
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed" and final["formats"] == {"sharegpt": 7}


async def test_paths_outside_the_roots_are_refused(system, client, tmp_path):
    root = system.state_dir / "loadable"
    (tmp_path / "secret.jsonl").write_text("{}\n")
    for path in ["/etc/passwd", str(root / ".." / ".." / "secret.jsonl"), str(tmp_path / "secret.jsonl")]:
        assert_problem(await client.post("/api/v1/datasets/load", json={"path": path}), 403, "path_not_allowed")
    (root / "link.jsonl").symlink_to(tmp_path / "secret.jsonl")
    assert_problem(await client.post("/api/v1/datasets/load", json={"path": str(root / "link.jsonl")}), 403,
                   "path_not_allowed")
    assert_problem(await client.post("/api/v1/datasets/load", json={"path": str(root / "nope.jsonl")}), 404,
                   "path_not_found")
    (root / "notes.txt").write_text("x")
    assert_problem(await client.post("/api/v1/datasets/load", json={"path": str(root / "notes.txt")}), 415,
                   "unsupported_file_type")


async def test_registration_progress_arrives_on_the_progress_websocket(system, client, gateway_url, api_key):
    import asyncio

    import websockets

    root = system.state_dir / "loadable"
    (root / "followed.jsonl").write_text(json.dumps({"messages": [{"role": "user", "content": "hi"},
                                                                  {"role": "assistant", "content": "hello"}]}) + "\n")
    url = gateway_url.replace("http", "ws", 1) + "/ws/progress"
    async with websockets.connect(url, additional_headers={"Authorization": f"Bearer {api_key}"}) as ws:
        while json.loads(await ws.recv())["type"] != "snapshot_complete":
            pass
        r = await client.post("/api/v1/datasets/load", json={"path": str(root / "followed.jsonl")})
        assert r.status_code == 202, r.text
        dataset_id = r.json()["dataset_id"]
        mine = []

        async def until_ready():
            while not any(e.get("status") == "ready" for e in mine):
                message = json.loads(await ws.recv())
                if message["type"] == "progress" and message["event"].get("run_id") == dataset_id:
                    mine.append(message["event"])

        await asyncio.wait_for(until_ready(), 60)
    assert mine[-1]["dataset_id"] == dataset_id and mine[-1]["bytes"] == (root / "followed.jsonl").stat().st_size
    assert mine[-1]["sha256"] == (await settled(client, dataset_id))["sha256"]
    assert [e["phase"] for e in mine if "phase" in e][-1] == "registered"
