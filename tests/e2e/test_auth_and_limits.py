"""Keys, tiers, rate limits across replicas, request ids, CORS: through the real gateway."""

import asyncio
import json
import os
import subprocess
import sys

import httpx
import pytest

from tests.support.pipeline_client import execute, follow, upload
from tests.e2e.conftest import make_key
from tests.e2e.test_api_behaviour import assert_problem
from tests.support.infra import REPO
from tests.support.kafka import eventually

pytestmark = pytest.mark.e2e
CONVERSATION = {"conversation": {"messages": [{"role": "user", "content": "I feel anxious before exams."},
                                              {"role": "assistant", "content": "That sounds hard. What helps?"}]}}


def keyed(gateway_url: str, key: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=gateway_url, headers={"Authorization": f"Bearer {key}"}, timeout=30)


async def test_tiers_map_to_scopes(client, gateway_url):
    viewer, editor = await make_key(client, "viewer"), await make_key(client, "editor")
    assert viewer.startswith("dp_") and viewer != editor
    async with keyed(gateway_url, viewer) as v, keyed(gateway_url, editor) as e:
        me = (await v.get("/api/v1/keys/me")).json()
        assert me["tier"] == "viewer" and "runs:read" in me["scopes"] and "runs:write" not in me["scopes"]
        # a viewer reads...
        assert (await v.get("/api/v1/analytics/quality")).status_code == 200
        assert_problem(await v.get(f"/api/v1/pipeline/status/{'a' * 32}"), 404, "run_not_found")
        # ...but writes nothing, validates nothing, manages no keys
        body = assert_problem(await v.post("/api/v1/pipeline/execute", json={"dataset_ids": ["x"]}), 403,
                              "insufficient_scope")
        assert body["required_scope"] == "runs:write" and body["tier"] == "viewer"
        assert_problem(await v.post("/api/v1/validate/conversation", json=CONVERSATION), 403, "insufficient_scope")
        assert_problem(await v.post("/api/v1/pipeline/upload", files={"file": ("a.jsonl", b"{}\n")}), 403,
                       "insufficient_scope")
        assert_problem(await v.get("/api/v1/keys"), 403, "insufficient_scope")
        # an editor works with data but does not manage keys
        assert (await e.post("/api/v1/validate/conversation", json=CONVERSATION)).status_code == 200
        assert_problem(await e.post("/api/v1/keys", json={"name": "x", "tier": "admin"}), 403, "insufficient_scope")


async def test_keys_are_stored_hashed_and_listed_without_secrets(client, system):
    key = await make_key(client, "editor")
    key_id = key.split("_")[1]
    listed = (await client.get("/api/v1/keys")).json()["items"]
    mine = next(k for k in listed if k["key_id"] == key_id)
    assert mine["tier"] == "editor" and "api_key" not in mine and "hash" not in mine
    assert key not in json.dumps(listed)
    from pymongo import AsyncMongoClient
    mongo = AsyncMongoClient(system.env["DP_MONGODB_URI"])
    try:
        doc = await mongo[system.env["DP_MONGODB_DB"]].api_keys.find_one({"_id": key_id})
    finally:
        await mongo.close()
    secret = key.split("_", 2)[2]
    assert secret not in json.dumps(doc, default=str) and len(doc["hash"]) == 64


@pytest.mark.parametrize("token", ["dp_0123456789abcdef_" + "x" * 43, "dp_zz_short", "x" * 5000, "Bearer",
                                   "dp_0123456789abcdef_" + "é" * 30])
async def test_wrong_and_malformed_keys_get_401(gateway_url, token):
    async with httpx.AsyncClient(base_url=gateway_url) as c:
        try:
            r = await c.get("/api/v1/keys/me", headers={"Authorization": f"Bearer {token}"})
        except UnicodeEncodeError:  # httpx refuses non-ASCII headers itself; send bytes
            r = await c.get("/api/v1/keys/me", headers={b"Authorization": f"Bearer {token}".encode()})
        assert_problem(r, 401, "unauthorized")


async def test_revoked_key_stops_working(client, gateway_url):
    key = await make_key(client, "viewer")
    key_id = key.split("_")[1]
    async with keyed(gateway_url, key) as v:
        assert (await v.get("/api/v1/keys/me")).status_code == 200
        revoked = await client.delete(f"/api/v1/keys/{key_id}")
        assert revoked.status_code == 200 and revoked.json()["revoked_at"]
        assert_problem(await client.delete(f"/api/v1/keys/{key_id}"), 409, "key_revoked")
        assert_problem(await client.delete(f"/api/v1/keys/{'f' * 16}"), 404, "key_not_found")

        async def refused():
            return (await v.get("/api/v1/keys/me")).status_code == 401

        await eventually(refused, timeout=10)  # the key cache is 1 s in these tests


async def test_key_cli_creates_lists_and_revokes(system, gateway_url):
    env = {**os.environ, **system.env}

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "gateway.keys", *args], cwd=REPO, env=env, capture_output=True,
                              text=True, timeout=60)

    created = cli("create", "--name", "cli-test", "--tier", "viewer", "--rate-limit", "validation=5/minute")
    assert created.returncode == 0, created.stderr
    fields = dict(line.split(": ", 1) for line in created.stdout.strip().splitlines())
    key, key_id = fields["api_key"].strip(), fields["key_id"].strip()
    async with keyed(gateway_url, key) as c:
        assert (await c.get("/api/v1/keys/me")).json()["name"] == "cli-test"
    listing = cli("list")
    assert key_id in listing.stdout and "viewer" in listing.stdout and key not in listing.stdout
    assert cli("revoke", key_id).returncode == 0
    assert cli("revoke", key_id).returncode == 1
    assert "revoked" in cli("list").stdout
    bad = cli("create", "--name", "x", "--tier", "superuser")
    assert bad.returncode != 0 and "invalid choice" in bad.stderr


async def test_rate_limit_holds_across_two_gateway_replicas(client, gateway_url, second_gateway):
    key = await make_key(client, "editor", rate_limits={"validation": "6/minute"})
    async with keyed(gateway_url, key) as a, keyed(second_gateway, key) as b:
        # alternate replicas, some concurrently: exactly 6 pass in the window, whoever serves them
        results = []
        for i in range(4):
            results += await asyncio.gather(a.post("/api/v1/validate/conversation", json=CONVERSATION),
                                            b.post("/api/v1/validate/conversation", json=CONVERSATION))
    statuses = sorted(r.status_code for r in results)
    assert statuses.count(200) == 6 and statuses.count(429) == 2, statuses
    ok = next(r for r in results if r.status_code == 200)
    assert ok.headers["ratelimit-limit"] == "6" and ok.headers["ratelimit-policy"] == "6;w=60"
    assert 0 <= int(ok.headers["ratelimit-remaining"]) < 6
    limited = next(r for r in results if r.status_code == 429)
    body = assert_problem(limited, 429, "rate_limited")
    retry = int(limited.headers["retry-after"])
    assert 1 <= retry <= 60 and body["retry_after_s"] == retry
    assert limited.headers["ratelimit-remaining"] == "0"
    # other routes and other keys are not limited by this bucket
    async with keyed(gateway_url, key) as a:
        assert (await a.get("/api/v1/keys/me")).status_code == 200
    assert (await client.post("/api/v1/validate/conversation", json=CONVERSATION)).status_code == 200


async def test_export_bucket_limits_downloads_and_refusals_do_not_count(client, gateway_url, api_key, tmp_path):
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps({"instruction": f"q{i}", "input": "", "output": f"a{i}"}) for i in range(3)))
    dataset = (await upload(client, path)).json()["dataset_id"]
    run_id = await execute(client, [dataset], quality_threshold=0)
    assert (await follow(gateway_url, api_key, run_id))[-1]["run"]["status"] == "completed"
    key = await make_key(client, "editor", rate_limits={"export": "2/hour"})
    async with keyed(gateway_url, key) as c:
        refused = [(await c.get("/api/v1/pipeline/export/jsonl", params={"run_id": "b" * 32})).status_code,
                   (await c.get("/api/v1/pipeline/export/xml", params={"run_id": run_id})).status_code,
                   (await c.get("/api/v1/pipeline/export/jsonl", params={"run_id": "not a run id"})).status_code,
                   (await c.get(f"/api/v1/pipeline/partial-export/{run_id}")).status_code]
        assert refused == [404, 400, 422, 409]  # refused requests do not use up the quota
        codes = [(await c.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})).status_code
                 for _ in range(2)]
        assert codes == [200, 200]
        limited = await c.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
        assert_problem(limited, 429, "rate_limited")
        assert limited.headers["ratelimit-policy"] == "2;w=3600" and 1 <= int(limited.headers["retry-after"]) <= 3600


async def test_bad_rate_limit_overrides_are_422(client):
    for limits in ({"validation": "lots"}, {"nonsense": "1/minute"}, {"export": "0/fortnight"}, {"export": "1/0hour"},
                   {"validation": "1/99999999999999999999day"}, {"export": "0/minute"}, {"export": "1/400day"},
                   {"validation": "1" * 70 + "/minute"}):
        assert_problem(await client.post("/api/v1/keys", json={"name": "x", "tier": "viewer", "rate_limits": limits}),
                       422, "validation_error")


async def test_request_ids_are_echoed_or_made(client):
    r = await client.get("/api/v1/keys/me", headers={"X-Request-ID": "techdeck-123"})
    assert r.headers["x-request-id"] == "techdeck-123"
    made = await client.get("/api/v1/keys/me", headers={"X-Request-ID": "has spaces; and=" + "x" * 100})
    assert len(made.headers["x-request-id"]) == 32
    problem = await client.get(f"/api/v1/pipeline/status/{'c' * 32}", headers={"X-Request-ID": "trace-9"})
    assert assert_problem(problem, 404, "run_not_found")["request_id"] == "trace-9"


async def test_cors_allows_techdeck_origin_only(gateway_url):
    async with httpx.AsyncClient(base_url=gateway_url) as c:
        pre = await c.options("/api/v1/pipeline/execute", headers={
            "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization,content-type"})
        assert pre.status_code == 200
        assert pre.headers["access-control-allow-origin"] == "http://localhost:3000"
        assert "authorization" in pre.headers["access-control-allow-headers"].lower()
        simple = await c.get("/healthz", headers={"Origin": "http://localhost:3000"})
        assert "x-request-id" in simple.headers["access-control-expose-headers"].lower()
        evil = await c.options("/api/v1/pipeline/execute", headers={
            "Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
        assert evil.status_code == 400 and "access-control-allow-origin" not in evil.headers


async def test_viewers_do_not_see_raw_personal_data_in_rejects(client, gateway_url, api_key, tmp_path):
    """Rejects hold the record as it came in (before any PII policy): a viewer sees reasons,
    counts, positions and the excerpts redacted with typed placeholders, as in exports; an editor
    (data:sensitive) sees the excerpts as they are."""
    path = tmp_path / "pii.jsonl"
    path.write_text('{"instruction": "my ssn is 123-45-6789", "output": \n'
                    '{"weird": "write to jane.doe@example.com or 123-45-6789"}\n'
                    '{"instruction": "hi", "input": "", "output": "hello"}\n')
    dataset = (await upload(client, path)).json()["dataset_id"]
    run_id = await execute(client, [dataset], quality_threshold=0, pii_policy="redact")
    assert (await follow(gateway_url, api_key, run_id))[-1]["run"]["status"] == "completed"
    viewer = await make_key(client, "viewer")
    secrets_ = ("123-45-6789", "jane.doe@example.com")
    async with keyed(gateway_url, viewer) as v:
        seen = [(await v.get(f"/api/v1/pipeline/rejects/{run_id}")).text,
                (await v.get(f"/api/v1/pipeline/rejects/{run_id}/download")).text,
                (await v.get(f"/api/v1/pipeline/report/{run_id}")).text]
        page = (await v.get(f"/api/v1/pipeline/rejects/{run_id}")).json()["items"]
    assert len(page) == 2 and {i["record_index"] for i in page} == {0, 1}
    for text in seen:
        assert not any(s in text for s in secrets_), text
        assert "[SSN]" in text, text
    excerpts = " ".join(i["excerpt"] for i in page)
    assert "[EMAIL]" in excerpts and "[SSN]" in excerpts and "weird" in excerpts  # redacted, not withheld
    editor_view = (await client.get(f"/api/v1/pipeline/rejects/{run_id}")).text
    assert all(s in editor_view for s in secrets_) and "[EMAIL]" not in editor_view
