"""Production datasets through the gateway: a real dataset run, a generation with splits, every
export format and compression downloaded and read back against the generation and the run,
same seed twice, conflicts between sources, tiers (sensitive data) and errors."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime

import httpx
import pytest

from shared.production import COMPRESSIONS, GENERATION_FORMATS
from shared.writers import decompress, read_records, record_schema
from tests.conftest import SHARED_DATASETS
from tests.e2e.conftest import make_key
from tests.e2e.test_api_behaviour import assert_problem
from tests.support.exports import get_export
from tests.support.kafka import eventually

pytestmark = pytest.mark.e2e
COUNSELCHAT = SHARED_DATASETS / "counselchat_20200325.csv"
SPLITS = {"train": 0.8, "validation": 0.1, "test": 0.1}


@pytest.fixture(scope="module")
async def admin(system):
    url = f"http://127.0.0.1:{system.components[-1].port}"
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {system.env['DP_ADMIN_API_KEY']}"},
                                 timeout=120) as c:
        yield c


async def finished_run(client: httpx.AsyncClient, run_id: str) -> dict:
    async def done():
        doc = (await client.get(f"/api/v1/pipeline/status/{run_id}")).json()
        return doc if doc["status"] in ("completed", "failed", "cancelled") else None

    doc = await eventually(done, timeout=300, interval=0.5)
    assert doc["status"] == "completed", doc
    return doc


@pytest.fixture(scope="module")
async def counselchat(admin) -> dict:
    """CounselChat run twice: a pipeline run (PII redacted, threshold 0.5), then a convert run
    (PII only flagged: sensitive), the later one being the dataset's most recent."""
    with open(COUNSELCHAT, "rb") as fh:
        r = await admin.post("/api/v1/pipeline/upload", files={"file": (COUNSELCHAT.name, fh)})
    assert r.status_code == 201, r.text
    dataset_id = r.json()["dataset_id"]
    r = await admin.post("/api/v1/pipeline/execute", json={"dataset_ids": [dataset_id], "quality_threshold": 0.5})
    assert r.status_code == 202, r.text
    redacted = await finished_run(admin, r.json()["run_id"])
    r = await admin.post("/api/v1/pipeline/convert", json={"dataset_ids": [dataset_id]})
    assert r.status_code == 202, r.text
    flagged = await finished_run(admin, r.json()["run_id"])
    return {"dataset_id": dataset_id, "redacted": redacted, "flagged": flagged}


async def generated(client: httpx.AsyncClient, body: dict) -> dict:
    r = await client.post("/api/v1/production/generate", json=body)
    assert r.status_code == 202, r.text
    accepted = r.json()
    assert accepted["status"] == "queued" and accepted["status_url"].endswith(accepted["generation_id"])

    async def done():
        doc = (await client.get(accepted["status_url"])).json()
        return doc if doc["status"] in ("completed", "failed") else None

    doc = await eventually(done, timeout=180, interval=0.5)
    assert doc["status"] == "completed", doc
    return doc


async def exported(client: httpx.AsyncClient, generation_id: str, fmt: str, compression: str) -> list[dict]:
    """Ask for an export (again: asking is idempotent) until its files are there."""
    body = {"generation_id": generation_id, "format": fmt, "compression": compression}
    r = await client.post("/api/v1/production/export", json=body)
    assert r.status_code in (200, 202), r.text
    assert r.json()["format"] == fmt and r.json()["compression"] == compression
    if r.status_code == 200:
        assert r.json()["status"] == "completed"
        return r.json()["artifacts"]

    async def done():
        again = await client.post("/api/v1/production/export", json=body)
        assert again.status_code in (200, 202), again.text
        return again.json() if again.json()["status"] in ("completed", "failed") else None

    out = await eventually(done, timeout=120, interval=0.5)
    assert out["status"] == "completed", out
    return out["artifacts"]


async def download(client: httpx.AsyncClient, url: str) -> bytes:
    r = await client.get(url)
    assert r.status_code == 200, r.text
    body = r.content
    assert r.headers["x-content-sha256"] == hashlib.sha256(body).hexdigest()
    assert int(r.headers["content-length"]) == len(body)
    return body


def messages_key(record: dict) -> str:
    return json.dumps(record["messages"], sort_keys=True)


async def test_a_generation_in_every_format_matches_its_manifest_and_the_run(admin, counselchat):
    run = counselchat["redacted"]
    gen = await generated(admin, {"run_ids": [run["run_id"]], "include_ids": True,
                                  "splits": {**SPLITS, "group_by": "question", "seed": 11}})
    manifest, counts = gen["manifest"], gen["counts"]
    assert gen["sensitive"] is False and manifest["sensitive"] is False
    assert gen["progress"]["processed"] == gen["progress"]["total"] == counts["candidates"]
    # the generation is the run's passing conversations, one per near-duplicate cluster
    assert counts["candidates"] == run["counts"]["validated"]
    assert counts["excluded"].get("below_threshold", 0) == run["counts"]["validated"] - run["counts"]["passed"]
    assert counts["selected"] == run["counts"]["passed"] - counts["duplicates_dropped"]
    assert sum(counts["splits"].values()) == counts["selected"] and set(counts["splits"]) == set(SPLITS)
    assert counts["sources"] == {counselchat["dataset_id"]: counts["selected"]}
    assert manifest["config"]["splits"]["seed"] == 11 and manifest["sources"][0]["run_id"] == run["run_id"]
    assert manifest["code_version"]["version"] and manifest["code_version"]["git_commit"]
    body = await download(admin, gen["manifest_url"])
    assert hashlib.sha256(body).hexdigest() == gen["manifest_sha256"] and json.loads(body) == manifest

    run_export = (await admin.get("/api/v1/pipeline/export/jsonl", params={"run_id": run["run_id"]})).text
    run_records = {messages_key(json.loads(line)) for line in run_export.splitlines()}

    variants = [(f, c) for f in GENERATION_FORMATS for c in COMPRESSIONS]
    for fmt, compression in variants:  # all asked for at once, then waited for
        r = await admin.post("/api/v1/production/export", json={"generation_id": gen["generation_id"], "format": fmt,
                                                                 "compression": compression})
        assert r.status_code == (200 if (fmt, compression) == ("jsonl", "none") else 202), r.text
    for fmt, compression in variants:
        await exported(admin, gen["generation_id"], fmt, compression)
    gen = (await admin.get(f"/api/v1/production/status/{gen['generation_id']}")).json()
    assert [(e["format"], e["compression"]) for e in gen["exports"]] == [
        (f, c) for f in GENERATION_FORMATS for c in COMPRESSIONS if (f, c) != ("jsonl", "none")]
    assert all(e["status"] == "completed" and len(e["artifacts"]) == 3 for e in gen["exports"])
    files = {f["name"]: f for f in gen["manifest"]["files"]}
    assert len(files) == len(gen["artifacts"]) == 3 * len(GENERATION_FORMATS) * len(COMPRESSIONS)
    schema = record_schema("openai", include_ids=True)
    canonical: dict[str, list[dict]] = {}
    for artifact in sorted(gen["artifacts"], key=lambda a: (a["format"] != "jsonl", a["compression"] != "none")):
        data = await download(admin, artifact["download_url"])
        entry = files[artifact["name"]]
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] == artifact["sha256"]
        assert len(data) == entry["bytes"] and entry["records"] == counts["splits"][entry["split"]]
        records = read_records(data, artifact["format"], artifact["compression"], schema)
        if artifact["format"] == "jsonl" and artifact["compression"] == "none":
            canonical[artifact["split"]] = records
        assert records == canonical[artifact["split"]], artifact["name"]
        if artifact["compression"] != "none":
            plain = files[artifact["name"].rsplit(".", 1)[0]]
            assert hashlib.sha256(decompress(data, artifact["compression"])).hexdigest() == plain["sha256"]
    # the same conversations as the run exported, none twice, no question in two splits
    ids = [r["id"] for records in canonical.values() for r in records]
    assert len(ids) == len(set(ids)) == counts["selected"]
    assert {messages_key(r) for records in canonical.values() for r in records} <= run_records
    split_of: dict[str, set[str]] = {}
    for split, records in canonical.items():
        for r in records:
            question = " ".join(r["messages"][0]["content"].split()).casefold()
            split_of.setdefault(question, set()).add(split)
    assert all(len(s) == 1 for s in split_of.values())
    assert len(split_of) > 100  # CounselChat: many questions, several answers each


async def test_same_seed_twice_gives_identical_files(admin, counselchat):
    body = {"run_ids": [counselchat["redacted"]["run_id"]], "template": "chatml",
            "splits": {"train": 0.7, "validation": 0.15, "test": 0.15, "seed": 5}}
    one, two = await generated(admin, body), await generated(admin, body)
    other = await generated(admin, {**body, "splits": {**body["splits"], "seed": 6}})

    def sums(gen, files):
        return {a["name"]: a["sha256"] for a in files}

    assert one["generation_id"] != two["generation_id"]
    assert sums(one, one["artifacts"]) == sums(two, two["artifacts"])
    assert sums(one, one["artifacts"]) != sums(other, other["artifacts"])
    assert one["counts"]["splits"] == two["counts"]["splits"]
    parquet_one = await exported(admin, one["generation_id"], "parquet", "zstd")
    parquet_two = await exported(admin, two["generation_id"], "parquet", "zstd")
    assert sums(one, parquet_one) == sums(two, parquet_two)
    data = await download(admin, parquet_one[0]["download_url"])
    assert all(set(r) == {"text"} and r["text"].startswith("<|im_start|>")
               for r in read_records(data, "parquet", "zstd"))


    # the list of generations: newest first, in cursor pages of 2, each summary agreeing with its status
    seen, cursor = [], None
    while True:
        r = await admin.get("/api/v1/production/generations", params={"limit": 2, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page["items"]) <= 2
        seen += page["items"]
        if not (cursor := page["next_cursor"]):
            break
    ids = [g["generation_id"] for g in seen]
    assert len(ids) == len(set(ids))
    mine = [g for g in seen if g["generation_id"] in {one["generation_id"], two["generation_id"], other["generation_id"]}]
    assert [g["generation_id"] for g in mine] == [other["generation_id"], two["generation_id"], one["generation_id"]]
    assert all(g["status"] == "completed" and g["counts"]["splits"] == one["counts"]["splits"] for g in mine[1:])
    assert [g["created_at"] for g in seen] == sorted((g["created_at"] for g in seen), reverse=True)
    bad = await admin.get("/api/v1/production/generations", params={"cursor": "not-a-cursor"})
    assert bad.status_code == 422, bad.text


async def test_sources_by_dataset_conflicts_and_filters(admin, counselchat):
    redacted, flagged = counselchat["redacted"], counselchat["flagged"]
    # a dataset means its most recent completed run: here the convert run
    by_dataset = await generated(admin, {"dataset_ids": [counselchat["dataset_id"]], "duplicates": "keep_all",
                                         "splits": {"train": 1.0, "validation": 0.0, "test": 0.0}})
    assert [s["run_id"] for s in by_dataset["sources"]] == [flagged["run_id"]]
    assert by_dataset["sensitive"] is True and set(by_dataset["counts"]["splits"]) == {"train"}
    assert by_dataset["counts"]["selected"] == flagged["counts"]["passed"]
    # two runs of the same dataset: every conversation kept once, from the source listed first
    both = await generated(admin, {"run_ids": [redacted["run_id"], flagged["run_id"]], "duplicates": "keep_all",
                                   "conflict_policy": "first", "include_ids": True})
    c = both["counts"]
    assert c["conflicts_resolved"] > 0
    assert c["candidates"] == redacted["counts"]["validated"] + flagged["counts"]["validated"]
    assert c["sources"] == {counselchat["dataset_id"]: c["selected"]}
    # filters: a minimum score below the run's threshold and an excluded flag
    filtered = await generated(admin, {"run_ids": [redacted["run_id"]], "duplicates": "keep_all",
                                       "filters": {"min_quality_score": 0.2, "exclude_flags": ["near_duplicate"],
                                                   "languages": ["en", "und"]}})
    f = filtered["counts"]
    assert "below_threshold" not in f["excluded"] and "near_duplicate" not in f["flags"]
    assert f["selected"] + sum(f["excluded"].values()) == f["candidates"]


async def test_tiers_viewers_get_no_sensitive_data(admin, counselchat, system):
    url = f"http://127.0.0.1:{system.components[-1].port}"
    plain = await generated(admin, {"run_ids": [counselchat["redacted"]["run_id"]]})
    sensitive = await generated(admin, {"run_ids": [counselchat["flagged"]["run_id"]]})
    assert plain["sensitive"] is False and sensitive["sensitive"] is True
    viewer, editor = await make_key(admin, "viewer"), await make_key(admin, "editor")
    async with httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {viewer}"}, timeout=60) as v, \
            httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {editor}"}, timeout=60) as e:
        me = (await v.get("/api/v1/keys/me")).json()
        assert "exports:read" in me["scopes"] and "data:sensitive" not in me["scopes"]
        # status and manifests: yes; non-sensitive files: yes
        status = (await v.get(f"/api/v1/production/status/{sensitive['generation_id']}")).json()
        assert status["manifest"]["sensitive"] is True
        await download(v, status["manifest_url"])
        await download(v, plain["artifacts"][0]["download_url"])
        # sensitive files and raw exports of flag runs: no
        body = assert_problem(await v.get(sensitive["artifacts"][0]["download_url"]), 403, "sensitive_data")
        assert body["required_scope"] == "data:sensitive"
        assert_problem(await v.get("/api/v1/pipeline/export/jsonl", params={"run_id": counselchat["flagged"]["run_id"]}),
                       403, "sensitive_data")
        assert (await v.get("/api/v1/pipeline/export/jsonl",
                            params={"run_id": counselchat["redacted"]["run_id"]})).status_code == 200
        assert_problem(await v.post("/api/v1/production/generate", json={"run_ids": [counselchat["redacted"]["run_id"]]}),
                       403, "insufficient_scope")
        assert_problem(await v.post("/api/v1/production/export", json={"generation_id": plain["generation_id"],
                                                                       "format": "csv"}), 403, "insufficient_scope")
        # an editor may
        await download(e, sensitive["artifacts"][0]["download_url"])
        assert (await get_export(e, "/api/v1/pipeline/export/csv", {"run_id": counselchat["flagged"]["run_id"],
                                                                     "compression": "gzip"})).status_code == 200


async def test_run_exports_in_every_format(admin, counselchat):
    run = counselchat["redacted"]
    params = {"run_id": run["run_id"]}
    jsonl = await admin.get("/api/v1/pipeline/export/jsonl", params=params)
    assert jsonl.headers["x-content-sha256"] == run["export"]["sha256"]  # unchanged
    expected = read_records(jsonl.content, "jsonl")
    assert len(expected) == run["counts"]["exported"]
    schema = record_schema("openai")
    for fmt in GENERATION_FORMATS:
        plain = None
        for compression in COMPRESSIONS:
            r = await get_export(admin, f"/api/v1/pipeline/export/{fmt}", {**params, "compression": compression})
            assert r.status_code == 200, r.text
            assert r.headers["x-content-sha256"] == hashlib.sha256(r.content).hexdigest()
            raw = decompress(r.content, compression)
            plain = plain or raw
            assert raw == plain, (fmt, compression)
            assert read_records(r.content, fmt, compression, schema) == expected, (fmt, compression)
    again = await admin.get("/api/v1/pipeline/export/parquet", params={**params, "compression": "zstd"})
    assert again.headers["x-content-sha256"] == hashlib.sha256(again.content).hexdigest()
    assert_problem(await admin.get("/api/v1/pipeline/export/xml", params=params), 400, "unsupported_export_format")
    assert_problem(await admin.get("/api/v1/pipeline/export/csv", params={**params, "compression": "rar"}), 422,
                   "validation_error")


async def test_errors(admin, counselchat, system):
    run_id = counselchat["redacted"]["run_id"]
    gen = "/api/v1/production/generate"
    body = assert_problem(await admin.post(gen, json={"run_ids": ["0" * 32]}), 404, "run_not_found")
    assert body["run_id"] == "0" * 32
    assert_problem(await admin.post(gen, json={"dataset_ids": ["nope"]}), 404, "dataset_not_found")
    assert_problem(await admin.post(gen, json={"run_ids": [run_id], "splits": {"train": 0.9, "validation": 0.2,
                                                                               "test": 0.1}}), 422, "validation_error")
    assert_problem(await admin.post(gen, json={"run_ids": [run_id], "splits": {"train": 1.5, "validation": 0,
                                                                               "test": -0.5}}), 422, "validation_error")
    assert_problem(await admin.post(gen, json={}), 422, "validation_error")
    assert_problem(await admin.post(gen, json={"run_ids": [run_id], "filters": {"sources": ["other"]}}), 422,
                   "no_matching_sources")
    # a run that has not completed (recorded, never started)
    from pymongo import AsyncMongoClient

    queued = uuid.uuid4().hex
    mongo = AsyncMongoClient(system.env["DP_MONGODB_URI"])
    try:
        await mongo[system.env["DP_MONGODB_DB"]].runs.insert_one(
            {"_id": queued, "dataset_ids": [counselchat["dataset_id"]], "quality_threshold": 0.7, "batch_size": 500,
             "created_at": datetime.now(UTC)})
    finally:
        await mongo.close()
    body = assert_problem(await admin.post(gen, json={"run_ids": [run_id, queued]}), 409, "run_not_completed")
    assert body["run_status"] == "queued"
    # a dataset no run has completed
    r = await admin.post("/api/v1/pipeline/upload", files={"file": ("one.jsonl", b'{"messages": []}\n')})
    assert_problem(await admin.post(gen, json={"dataset_ids": [r.json()["dataset_id"]]}), 409,
                   "dataset_not_processed")
    # unknown generations and files
    missing = "e" * 32
    assert_problem(await admin.get(f"/api/v1/production/status/{missing}"), 404, "generation_not_found")
    assert_problem(await admin.post("/api/v1/production/export", json={"generation_id": missing, "format": "csv"}),
                   404, "generation_not_found")
    assert_problem(await admin.get(f"/api/v1/production/download/{missing}/train.jsonl"), 404,
                   "generation_not_found")
    done = await generated(admin, {"run_ids": [run_id], "splits": {"train": 0.5, "validation": 0.5, "test": 0}})
    assert_problem(await admin.get(f"/api/v1/production/download/{done['generation_id']}/test.jsonl"), 404,
                   "artifact_not_found")
    assert_problem(await admin.get(f"/api/v1/production/download/{done['generation_id']}/train.csv.gz"), 404,
                   "artifact_not_found")
    assert_problem(await admin.get(f"/api/v1/production/download/{done['generation_id']}/secret.txt"), 422,
                   "validation_error")
    assert_problem(await admin.post("/api/v1/production/export", json={"generation_id": done["generation_id"],
                                                                       "format": "xlsx"}), 422, "validation_error")


async def test_generation_and_export_progress_arrive_on_the_progress_websocket(admin, counselchat, system):
    """A browser's /ws/progress (ticket) shows a generation from queued to completed, then one of
    its exports, as production reports them; the last event agrees with the status document."""
    import asyncio

    import websockets

    from tests.support.pipeline_client import ticket_url

    gateway = f"http://127.0.0.1:{system.components[-1].port}"
    viewer = await make_key(admin, "viewer")  # runs:read is enough to watch
    async with websockets.connect(await ticket_url(gateway, viewer, "/ws/progress"), max_size=None) as ws:
        while json.loads(await asyncio.wait_for(ws.recv(), 30))["type"] != "snapshot_complete":
            pass
        r = await admin.post("/api/v1/production/generate", json={"run_ids": [counselchat["redacted"]["run_id"]],
                                                                  "splits": {**SPLITS, "seed": 5}})
        assert r.status_code == 202, r.text
        gid = r.json()["generation_id"]

        async def events_until(done) -> list[dict]:
            mine: list[dict] = []
            async with asyncio.timeout(180):
                while not mine or not done(mine[-1]):
                    message = json.loads(await ws.recv())
                    if message["type"] == "progress" and message["event"].get("generation_id") == gid:
                        mine.append(message["event"])
            return mine

        generation = await events_until(lambda e: e["status"] != "running")
        doc = (await admin.get(f"/api/v1/production/status/{gid}")).json()
        r = await admin.post("/api/v1/production/export", json={"generation_id": gid, "format": "csv",
                                                                "compression": "zstd"})
        assert r.status_code == 202, r.text
        export = await events_until(lambda e: e.get("export") and e["status"] != "running")

    assert doc["status"] == "completed"
    assert all(e["run_id"] == gid and e["producer"] == "production" and e["export"] is None for e in generation)
    assert generation[0]["phase"] == "reading" and generation[0]["total"] == doc["progress"]["total"] > 0
    assert [e["phase"] for e in generation][-3:] == ["selecting", "writing", "done"]
    assert generation[-1]["status"] == "completed"
    assert generation[-1]["processed"] == generation[-1]["total"] == doc["counts"]["candidates"]
    processed = [e["processed"] for e in generation]
    assert processed == sorted(processed)  # never goes back

    splits = len(doc["counts"]["splits"])
    assert {e["export"] for e in export} == {"csv:zstd"}
    assert [(e["phase"], e["processed"], e["total"]) for e in export] == [
        ("exporting", i, splits) for i in range(splits + 1)] + [("done", splits, splits)]
    assert export[-1]["status"] == "completed"
    names = {a["name"] for a in (await admin.get(f"/api/v1/production/status/{gid}")).json()["artifacts"]}
    assert sum(n.endswith(".csv.zst") for n in names) == splits, names
