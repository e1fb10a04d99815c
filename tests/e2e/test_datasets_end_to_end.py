"""Each real public dataset through the whole system, as TechDeck drives it."""

import csv
import hashlib
import json

import pytest

from tests.conftest import SHARED_DATASETS
from tests.support.pipeline_client import execute, follow, upload

pytestmark = pytest.mark.e2e

DATASETS = sorted(p.name for p in SHARED_DATASETS.glob("*") if p.suffix in (".json", ".jsonl", ".csv"))


def count_records(path) -> int:
    """Counted independently of the pipeline's readers."""
    if path.suffix == ".json":
        return len(json.loads(path.read_text()))
    if path.suffix == ".jsonl":
        return sum(1 for line in path.read_text().splitlines() if line.strip())
    with open(path, newline="", encoding="utf-8") as fh:
        return sum(1 for _ in csv.DictReader(fh))


def test_the_shared_datasets_are_there():
    assert len(DATASETS) >= 4, f"expected the shared datasets in {SHARED_DATASETS}"


@pytest.mark.parametrize("name", DATASETS)
async def test_dataset_goes_through_and_every_record_is_accounted_for(name, client, gateway_url, api_key):
    path = SHARED_DATASETS / name
    r = await upload(client, path)
    assert r.status_code == 201, r.text
    dataset = r.json()
    assert dataset["bytes"] == path.stat().st_size
    assert dataset["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()

    run_id = await execute(client, [dataset["dataset_id"]], quality_threshold=0.7, batch_size=250)
    messages = await follow(gateway_url, api_key, run_id)
    assert messages[0]["type"] == "state"
    final = messages[-1]
    assert final["type"] == "state" and final["run"]["status"] == "completed", final
    counts = final["run"]["counts"]

    assert counts["records_in"] == count_records(path)
    assert counts["conversations"] + counts["rejected"] == counts["records_in"]
    assert counts["records_converted"] + counts["rejected"] == counts["records_in"]
    assert counts["exported"] == counts["passed"] <= counts["conversations"]
    assert counts["conversations"] > 0

    status = (await client.get(f"/api/v1/pipeline/status/{run_id}")).json()
    assert status["counts"] == counts and status["status"] == "completed"
    total = status["stages"]["acquisition"]["total_batches"]
    assert total == -(-counts["records_in"] // 250)
    assert all(s["batches_done"] == total for s in status["stages"].values())

    export = await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    assert export.status_code == 200
    assert hashlib.sha256(export.content).hexdigest() == export.headers["x-content-sha256"]
    assert export.headers["x-content-sha256"] == status["export"]["sha256"]
    lines = export.content.decode().splitlines()
    assert len(lines) == counts["exported"]
    for line in lines:
        conv = json.loads(line)
        assert set(conv) == {"messages"} and conv["messages"]
        assert all(m["role"] in ("system", "user", "assistant", "tool") and isinstance(m["content"], str)
                   for m in conv["messages"])
        assert any(m["role"] == "user" for m in conv["messages"])
        assert any(m["role"] == "assistant" for m in conv["messages"])


async def test_websocket_streams_progress_between_first_and_final_state(client, gateway_url, api_key):
    path = SHARED_DATASETS / "alpaca_5000_subset.json"
    dataset = (await upload(client, path)).json()
    run_id = await execute(client, [dataset["dataset_id"]], batch_size=100)
    messages = await follow(gateway_url, api_key, run_id)
    kinds = [m["type"] for m in messages]
    assert kinds[0] == "state" and kinds[-1] == "state"
    progress = [m["event"] for m in messages if m["type"] == "progress"]
    assert progress, "no progress event reached the WebSocket"
    assert {e["run_id"] for e in progress} == {run_id}
    assert {e.get("stage") for e in progress if "stage" in e} <= {"acquisition", "standardization", "quality",
                                                                  "production"}
    records_in = [m["run"]["counts"]["records_in"] for m in messages if m["type"] == "state"]
    assert records_in == sorted(records_in)  # counts only grow

    # A client that (re)connects after the end gets the final state at once, then the close.
    again = await follow(gateway_url, api_key, run_id, timeout=10)
    assert [m["type"] for m in again] == ["state"] and again[0]["run"]["status"] == "completed"


async def test_a_run_over_two_datasets_counts_both(client, gateway_url, api_key):
    ids = []
    for name in ("openai_cookbook_toy_chat_fine_tuning.jsonl", "fastchat_dummy_conversation.json"):
        ids.append((await upload(client, SHARED_DATASETS / name)).json()["dataset_id"])
    run_id = await execute(client, ids + ids[:1], batch_size=200)  # a repeated id is taken once
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed"
    assert final["dataset_ids"] == ids
    assert final["counts"]["records_in"] == 5 + 500


async def test_parquet_and_tsv_uploads_go_through(client, gateway_url, api_key, tmp_path):
    """The same CounselChat rows as Parquet and as TSV: same counts as the CSV."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    with open(SHARED_DATASETS / "counselchat_20200325.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:300]
    columns = {k: [r[k] for r in rows] for k in rows[0] if k}
    parquet = tmp_path / "counselchat.parquet"
    pq.write_table(pa.table(columns), parquet)
    tsv = tmp_path / "counselchat.tsv"
    with open(tsv, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), delimiter="\t")
        writer.writeheader()
        writer.writerows({k: r[k] for k in columns} for r in rows)

    for path, fmt in ((parquet, "parquet"), (tsv, "tsv")):
        r = await upload(client, path)
        assert r.status_code == 201 and r.json()["format"] == fmt
        run_id = await execute(client, [r.json()["dataset_id"]], batch_size=64)
        final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
        assert final["status"] == "completed", final
        c = final["counts"]
        assert c["records_in"] == 300 and c["conversations"] + c["rejected"] == 300
        assert c["exported"] == c["passed"] > 250
