"""A Hugging Face dataset loaded by name, offline, from the server's datasets cache
(``DP_GATEWAY_HF_CACHE_DIR``), then run through the whole pipeline.

The cache entry is what ``load_dataset(name)`` leaves after downloading from the Hub once,
made here without the Hub (``tests.support.hf_cache``) from rows of a real public dataset.
"""

import json

import pytest

from tests.conftest import SHARED_DATASETS
from tests.support.pipeline_client import assert_failed, execute, follow, load

pytestmark = pytest.mark.e2e
datasets = pytest.importorskip("datasets")  # the `hf` extra (in `dev`)


async def test_a_cached_dataset_loads_by_name_and_becomes_conversations(system, client, gateway_url, api_key):
    from tests.support.hf_cache import cache_as_downloaded

    rows = json.loads((SHARED_DATASETS / "fastchat_dummy_conversation.json").read_text())[:24]
    cache_as_downloaded(system.state_dir / "hf-cache", "lmsys-test/fastchat_dummy",
                        {"train": rows[:20], "validation": rows[20:]})

    dataset = await load(client, {"hf_name": "lmsys-test/fastchat_dummy", "hf_split": "train"})
    assert dataset["format"] == "hf_dataset" and dataset["status"] == "ready" and dataset["bytes"] > 0
    detail = (await client.get(f"/api/v1/datasets/{dataset['dataset_id']}", params={"preview": 2})).json()
    assert detail["source"] == "hf" and detail["hf_name"] == "lmsys-test/fastchat_dummy" and detail["hf_split"] == "train"
    assert [p["data"] for p in detail["preview"]] == rows[:2]

    run_id = await execute(client, [dataset["dataset_id"]], quality_threshold=0.0)
    final = (await follow(gateway_url, api_key, run_id, timeout=120))[-1]["run"]
    assert final["status"] == "completed", final
    assert final["counts"]["records_in"] == 20 and final["formats"] == {"sharegpt": 20}
    assert final["counts"]["records_converted"] + final["counts"]["rejected"] == 20
    export = await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    lines = [json.loads(line) for line in export.text.splitlines()]
    assert len(lines) == final["counts"]["exported"] == 20
    assert lines[0]["messages"][0] == {"role": "user", "content": rows[0]["conversations"][0]["value"]}

    # no split: every split of the cached dataset
    every = await load(client, {"hf_name": "lmsys-test/fastchat_dummy"})
    assert every["status"] == "ready", every
    assert len((await client.get(f"/api/v1/datasets/{every['dataset_id']}",
                                 params={"preview": 50})).json()["preview"]) == 24


@pytest.mark.parametrize("name", ["lmsys-test/not_cached", "json", "parquet"])
async def test_names_that_are_not_cached_datasets_are_refused(client, name):
    doc = assert_failed(await load(client, {"hf_name": name}), "hf_dataset_unavailable")
    assert "cache" in doc["failure"]["detail"] or "builders" in doc["failure"]["detail"]
