"""``GET /api/v1/system/status`` and the AsyncAPI document, on the whole system."""

import asyncio
import time

import httpx
import pytest

from shared import topics
from tests.e2e.conftest import make_key

pytestmark = pytest.mark.e2e
COMPONENTS = ["acquisition", "standardization", "quality", "production", "gateway"]


async def healthy_status(client: httpx.AsyncClient, timeout: float = 30.0) -> dict:
    """The status once every component has a healthy heartbeat (they start beating at start-up)."""
    deadline = time.monotonic() + timeout
    while True:
        r = await client.get("/api/v1/system/status")
        assert r.status_code == 200, r.text
        body = r.json()
        if all(s["healthy_instances"] >= 1 for s in body["services"]) or time.monotonic() > deadline:
            return body
        await asyncio.sleep(0.5)


async def test_status_shows_every_component_healthy(client, system):
    body = await healthy_status(client)
    assert body["kafka"]["status"] == "ok" and body["kafka"]["reachable"] and body["kafka"]["brokers"] >= 1
    prefix = system.env["DP_TOPIC_PREFIX"]
    assert sorted(body["kafka"]["topics_expected"]) == sorted(t.full(prefix) for t in topics.ALL)
    assert body["kafka"]["topics_missing"] == []
    assert body["mongodb"]["status"] == "ok" and body["mongodb"]["latency_ms"] >= 0
    services = {s["name"]: s for s in body["services"]}
    assert list(services) == COMPONENTS
    for name, service in services.items():
        assert service["status"] == "ok", service
        assert service["instances"] and service["age_s"] < 15, service
        for instance in service["instances"]:
            assert instance["instance_id"].startswith(f"{name}:") and instance["healthy"]
            assert instance["age_s"] < 3 * instance["interval_s"]
            assert instance["last_heartbeat"] and instance["started_at"] and instance["version"]
    for name in ("acquisition", "standardization", "quality", "production"):
        groups = services[name]["consumer_groups"]
        expected = {g for g in topics.CONSUMER_GROUPS if topics.group_service(g) == name}
        assert {g["group_id"] for g in groups} == expected and name in expected
        for group in groups:
            assert group["error"] is None
            assert isinstance(group["lag"], int) and group["lag"] >= 0
            assert all(isinstance(v, int) and v >= 0 for v in group["topics"].values())
            assert sum(group["topics"].values()) == group["lag"]
            assert set(group["topics"]) == {t.full(prefix) for t in topics.CONSUMER_GROUPS[group["group_id"]]}
        assert sum(g["lag"] for g in groups) == services[name]["lag"]
    assert services["gateway"]["consumer_groups"] == [] and services["gateway"]["lag"] is None
    assert body["status"] == "ok"


async def test_status_counts_the_dead_letters(client, system, infrastructure):
    """The dead-letter topic's message count is in the status (the dashboard's health page shows it)."""
    from aiokafka import AIOKafkaProducer

    before = (await healthy_status(client))["kafka"]["dead_letters"]
    assert isinstance(before, int) and before >= 0
    producer = AIOKafkaProducer(bootstrap_servers=infrastructure.kafka_bootstrap)
    await producer.start()
    try:
        for _ in range(2):
            await producer.send_and_wait(topics.DEAD_LETTER.full(system.env["DP_TOPIC_PREFIX"]), b'{"test": true}')
    finally:
        await producer.stop()
    deadline = time.monotonic() + 30
    while (now := (await client.get("/api/v1/system/status")).json()["kafka"]["dead_letters"]) != before + 2:
        assert time.monotonic() < deadline, f"dead_letters stayed {now} (was {before}, 2 sent)"
        await asyncio.sleep(0.5)


async def test_heartbeats_advance(client):
    first = {s["name"]: s["last_heartbeat"] for s in (await healthy_status(client))["services"]}
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        await asyncio.sleep(1.5)
        now = {s["name"]: s["last_heartbeat"] for s in (await client.get("/api/v1/system/status")).json()["services"]}
        if all(now[n] > first[n] for n in COMPONENTS):
            return
    pytest.fail(f"heartbeats did not advance: {first} -> {now}")


async def test_status_answers_quickly(client):
    await client.get("/api/v1/system/status")
    started = time.monotonic()
    assert (await client.get("/api/v1/system/status")).status_code == 200
    assert time.monotonic() - started < 60  # answered, not hung (the probes allow seconds; a loaded machine stretches that)


async def test_a_viewer_key_reads_it_and_no_key_cannot(client, gateway_url):
    viewer = await make_key(client, "viewer")
    async with httpx.AsyncClient(base_url=gateway_url, timeout=30) as anonymous:
        r = await anonymous.get("/api/v1/system/status", headers={"Authorization": f"Bearer {viewer}"})
        assert r.status_code == 200 and r.json()["status"] in ("ok", "degraded", "down")
        r = await anonymous.get("/api/v1/system/status")
        assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")
        r = await anonymous.get("/api/v1/system/status", headers={"Authorization": "Bearer dp_0000000000000000_"
                                                                                   + "x" * 30})
        assert r.status_code == 401


async def test_asyncapi_document_needs_no_key(gateway_url, system):
    prefix = system.env["DP_TOPIC_PREFIX"]
    async with httpx.AsyncClient(base_url=gateway_url, timeout=30) as anonymous:
        r = await anonymous.get("/asyncapi.json")
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
        doc = r.json()
        assert doc["asyncapi"] == "3.0.0"
        assert {c["address"] for c in doc["channels"].values()} == {t.full(prefix) for t in topics.ALL}
        page = await anonymous.get("/asyncapi")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert '<asyncapi-viewer src="/asyncapi.json"' in page.text  # rendered in a browser: test_docs_offline.py
        spec = (await anonymous.get("/openapi.json")).json()
        operation = spec["paths"]["/api/v1/system/status"]["get"]
        assert operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
            "/SystemStatus")
        assert {"401", "403"} <= set(operation["responses"])
        assert "/asyncapi.json" not in spec["paths"]
