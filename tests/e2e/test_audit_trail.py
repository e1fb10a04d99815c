"""The audit trail and visible 500s, through a real gateway process on real Kafka and FerretDB.

Only a gateway runs (no pipeline service): every request here is answered by the gateway
itself (keys, refusals, unknown runs and datasets), so the four services would only cost time.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
import pytest_asyncio
import websockets
from aiokafka import AIOKafkaConsumer

from shared import topics
from shared.audit import AuditEvent
from tests.support.stacks import gateway_replica, new_stack

MARKER = "fault-8d1c"
RUN = "d" * 32


def _log_path(state: Path, name: str) -> Path:
    return state / "logs" / f"{name}.log"


@pytest.fixture(scope="module")
def gateway(infrastructure, tmp_path_factory):
    state = tmp_path_factory.mktemp("audit")
    env = new_stack(infrastructure, state, "audit", {
        "DP_FAULT_INJECT": f"gateway:{MARKER}",
        "DP_GATEWAY_KEY_CACHE_S": "0",
        "DP_GATEWAY_AUDIT_FLUSH_INTERVAL_S": "0.2",
    }).env
    with gateway_replica(env, state, "gateway") as url:
        yield SimpleNamespace(url=url, env=env, state=state, log=_log_path(state, "gateway"))


def secret(api_key: str) -> str:
    """The secret part of ``dp_<key id>_<secret>``: the secret's own alphabet holds ``_`` (base64url),
    so not what follows the last one (that can be a single letter, found anywhere)."""
    prefix, key_id, rest = api_key.split("_", 2)
    assert prefix == "dp" and len(key_id) == 16 and len(rest) >= 20, api_key
    return rest


def admin(gateway) -> httpx.AsyncClient:
    return keyed(gateway, gateway.env["DP_ADMIN_API_KEY"])


def keyed(gateway, key: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=gateway.url, timeout=30, headers={"Authorization": f"Bearer {key}"})


async def eventually(probe, what: str, timeout: float = 30.0):
    """Poll ``probe`` until it returns something truthy (the trail stores in batches)."""
    deadline = time.monotonic() + timeout
    while True:
        found = await probe()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"never saw {what}")
        await asyncio.sleep(0.2)


def at(event: dict) -> datetime:
    return datetime.fromisoformat(event["occurred_at"])


async def audit_events(client: httpx.AsyncClient, **params) -> list[dict]:
    """Every audit event matching ``params``, page by page (newest first)."""
    items, cursor = [], None
    while True:
        r = await client.get("/api/v1/audit", params={**params, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, r.text
        page = r.json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def test_an_unhandled_error_leaves_as_a_500_problem_with_its_id_counted_and_logged(gateway):
    async with admin(gateway) as client:
        r = await client.get("/api/v1/keys/me", params={"probe": MARKER}, headers={"X-Request-ID": "crash-e2e-1"})
        assert r.status_code == 500, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.headers["x-request-id"] == "crash-e2e-1"
        body = r.json()
        assert body["type"] == "urn:dataset-pipeline:problem:internal_error" and body["status"] == 500
        assert body["request_id"] == "crash-e2e-1" and re.fullmatch(r"[0-9a-f]{12}", body["incident"])
        assert "FaultInjected" not in r.text and "Traceback" not in r.text
        metrics = (await client.get("/metrics")).text
    assert 'dp_http_requests_total{method="GET",route="/api/v1/keys/me",status="500"} 1.0' in metrics

    def logged():
        text = gateway.log.read_text(errors="replace")
        return text if '"request_id": "crash-e2e-1"' in text else None

    async def probe():
        return logged()

    text = await eventually(probe, "the access line of the crash")
    # the stack, under the request id: "... ERROR dp.gateway [crash-e2e-1]: unhandled error ... (incident <id>)"
    head = re.search(r"^.* ERROR dp\.gateway \[crash-e2e-1\]: unhandled error on GET /api/v1/keys/me "
                     rf"\(incident {body['incident']}\)\n(Traceback[\s\S]*?FaultInjected[^\n]*)", text, re.M)
    assert head, text[-3000:]
    access = [json.loads(line) for line in text.splitlines()
              if line.startswith("{") and '"request_id": "crash-e2e-1"' in line]
    assert [(a["logger"], a["method"], a["path"], a["status"]) for a in access] == [
        ("dp.gateway.access", "GET", "/api/v1/keys/me", 500)]
    assert MARKER not in json.dumps(access)  # the query string is never logged


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def trail(gateway):
    """Requests of every audited kind; the events they became, by request id."""
    async with admin(gateway) as root:
        viewer = (await root.post("/api/v1/keys", json={"name": "audit-viewer", "tier": "viewer"},
                                  headers={"X-Request-ID": "a-create-viewer"})).json()
        editor = (await root.post("/api/v1/keys", json={"name": "audit-editor", "tier": "editor",
                                                        "rate_limits": {"validation": "1/hour"}},
                                  headers={"X-Request-ID": "a-create-editor"})).json()
        gone = (await root.post("/api/v1/keys", json={"name": "audit-gone", "tier": "viewer"},
                                headers={"X-Request-ID": "a-create-gone"})).json()
        r = await root.delete(f"/api/v1/keys/{gone['key_id']}", headers={"X-Request-ID": "a-revoke"})
        assert r.status_code == 200
        r = await root.post(f"/api/v1/pipeline/cancel/{RUN}", headers={"X-Request-ID": "a-cancel"})
        assert r.status_code == 404
        r = await root.post("/api/v1/pipeline/execute", json={"dataset_ids": ["nope"]},
                            headers={"X-Request-ID": "a-execute"})
        assert r.status_code == 404
        r = await root.get("/api/v1/pipeline/runs", headers={"X-Request-ID": "a-read"})
        assert r.status_code == 200  # a read that succeeds is not an event
    async with keyed(gateway, gone["api_key"]) as revoked:
        r = await revoked.get("/api/v1/pipeline/runs", headers={"X-Request-ID": "a-401"})
        assert r.status_code == 401
    async with keyed(gateway, viewer["api_key"]) as v:
        r = await v.post("/api/v1/keys", json={"name": "x", "tier": "admin"}, headers={"X-Request-ID": "a-403"})
        assert r.status_code == 403
        r = await v.get("/api/v1/audit", headers={"X-Request-ID": "a-403-audit-viewer"})
        assert r.status_code == 403 and r.json()["required_scope"] == "keys:manage"
    async with keyed(gateway, editor["api_key"]) as e:
        r = await e.get("/api/v1/audit", headers={"X-Request-ID": "a-403-audit-editor"})
        assert r.status_code == 403
        # the validation bucket counts every call (an export refused with a 4xx no longer counts):
        # the first uses the quota up (quality is not running here: 503), the second is a 429
        body = {"conversation": {"messages": [{"role": "user", "content": "hi"},
                                              {"role": "assistant", "content": "hello"}]}}
        first = await e.post("/api/v1/validate/conversation", json=body, headers={"X-Request-ID": "a-validate"})
        assert first.status_code != 429
        r = await e.post("/api/v1/validate/conversation", json=body, headers={"X-Request-ID": "a-429"})
        assert r.status_code == 429
    ws_url = gateway.url.replace("http://", "ws://") + "/ws/progress?api_key=ws-secret-3b9f"
    async with websockets.connect(ws_url, additional_headers={"X-Request-ID": "a-ws-401"}) as ws:
        assert json.loads(await ws.recv())["status"] == 401
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4401

    wanted = {"a-create-viewer", "a-create-editor", "a-create-gone", "a-revoke", "a-cancel", "a-execute", "a-401",
              "a-403", "a-403-audit-viewer", "a-403-audit-editor", "a-429", "a-ws-401"}
    async with admin(gateway) as root:
        async def all_there():
            events = {e["request_id"]: e for e in await audit_events(root, limit=200)}
            return events if wanted <= set(events) else None

        events = await eventually(all_there, f"audit events for {sorted(wanted)}")
    return SimpleNamespace(events=events, viewer=viewer, editor=editor, gone=gone)


async def test_state_changes_and_refusals_are_audit_events_with_who_what_and_outcome(trail):
    ev = trail.events
    assert "a-read" not in ev  # a read that was not refused
    expect = {  # request id: (key_id, tier, action, resource, method, path, status)
        "a-create-viewer": ("bootstrap-admin", "admin", "keys.create_key", "/api/v1/keys", "POST", "/api/v1/keys", 201),
        "a-revoke": ("bootstrap-admin", "admin", "keys.revoke_key", f"key:{trail.gone['key_id']}", "DELETE",
                     f"/api/v1/keys/{trail.gone['key_id']}", 200),
        "a-cancel": ("bootstrap-admin", "admin", "pipeline.cancel", f"run:{RUN}", "POST",
                     f"/api/v1/pipeline/cancel/{RUN}", 404),
        "a-execute": ("bootstrap-admin", "admin", "pipeline.execute", "/api/v1/pipeline/execute", "POST",
                      "/api/v1/pipeline/execute", 404),
        "a-401": (trail.gone["key_id"], None, "pipeline.list_runs", "/api/v1/pipeline/runs", "GET",
                  "/api/v1/pipeline/runs", 401),
        "a-403": (trail.viewer["key_id"], "viewer", "keys.create_key", "/api/v1/keys", "POST", "/api/v1/keys", 403),
        "a-403-audit-editor": (trail.editor["key_id"], "editor", "audit.list_audit_events", "/api/v1/audit", "GET",
                               "/api/v1/audit", 403),
        "a-429": (trail.editor["key_id"], "editor", "quality.validate_conversation", "/api/v1/validate/conversation",
                  "POST", "/api/v1/validate/conversation", 429),
        "a-ws-401": (None, None, "ws.all_progress", "/ws/progress", "WEBSOCKET", "/ws/progress", 401),
    }
    for rid, (key_id, tier, action, resource, method, path, status) in expect.items():
        e = ev[rid]
        got = (e["key_id"], e["tier"], e["action"], e["resource"], e["method"], e["path"], e["status"])
        assert got == (key_id, tier, action, resource, method, path, status), rid
        assert e["client"] == "127.0.0.1" and re.fullmatch(r"[0-9a-f]{32}", e["event_id"])
        assert datetime.fromisoformat(e["occurred_at"]).tzinfo is not None
    assert ev["a-403"]["key_name"] == "audit-viewer" and ev["a-429"]["key_name"] == "audit-editor"
    assert ev["a-401"]["key_name"] is None  # a revoked key: only the id its token claims
    # nothing secret in the trail: not the WebSocket's ?api_key=, not a key's secret
    dumped = json.dumps(list(ev.values()))
    assert "ws-secret-3b9f" not in dumped and secret(trail.gone["api_key"]) not in dumped


async def test_the_audit_api_pages_newest_first_and_filters(gateway, trail):
    async with admin(gateway) as root:
        everything = await audit_events(root, limit=200)
        paged = await audit_events(root, limit=3)
        assert [e["event_id"] for e in paged] == [e["event_id"] for e in everything]
        assert len({e["event_id"] for e in paged}) == len(paged) >= 12
        keys = [(at(e), e["event_id"]) for e in everything]
        assert keys == sorted(keys, reverse=True)

        viewer_events = await audit_events(root, key_id=trail.viewer["key_id"], limit=2)
        assert {e["request_id"] for e in viewer_events} >= {"a-403", "a-403-audit-viewer"}
        assert all(e["key_id"] == trail.viewer["key_id"] for e in viewer_events)
        creates = await audit_events(root, action="keys.create_key")
        assert {e["request_id"] for e in creates} >= {"a-create-viewer", "a-create-editor", "a-create-gone", "a-403"}
        assert all(e["action"] == "keys.create_key" for e in creates)
        [on_run] = await audit_events(root, resource=f"run:{RUN}")
        assert on_run["request_id"] == "a-cancel"
        [limited] = await audit_events(root, status=429)
        assert limited["request_id"] == "a-429"
        [both] = await audit_events(root, status=403, key_id=trail.editor["key_id"])
        assert both["request_id"] == "a-403-audit-editor"

        middle = trail.events["a-403"]["occurred_at"]
        since = await audit_events(root, **{"from": middle})
        until = await audit_events(root, to=middle)
        assert since and until and all(at(e) >= at(trail.events["a-403"]) for e in since)
        assert all(at(e) < at(trail.events["a-403"]) for e in until)
        assert {e["event_id"] for e in since} | {e["event_id"] for e in until} >= {e["event_id"] for e in everything}
        assert "a-403" in {e["request_id"] for e in since} and "a-403" not in {e["request_id"] for e in until}

        r = await root.get("/api/v1/audit", params={"cursor": "bm90LWEtY3Vyc29y"})
        assert r.status_code == 422 and r.json()["type"].endswith(":invalid_cursor")
        r = await root.get("/api/v1/audit", params={"from": "2026-01-01T00:00:00"})
        assert r.status_code == 422 and r.json()["type"].endswith(":naive_datetime")
        r = await root.get("/api/v1/audit", params={"status": "{\"$ne\": 1}"})
        assert r.status_code == 422  # never an operator


async def test_audit_events_are_published_on_their_topic(gateway, trail):
    topic = topics.AUDIT_EVENTS.full(gateway.env["DP_TOPIC_PREFIX"])
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=gateway.env["DP_KAFKA_BOOTSTRAP"],
                                auto_offset_reset="earliest", enable_auto_commit=False, group_id=None)
    await consumer.start()
    wanted = {"a-403", "a-429", "a-ws-401", "a-revoke"}
    seen: dict[str, tuple[bytes, dict]] = {}
    try:
        deadline = time.monotonic() + 30
        while not wanted <= set(seen) and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                for record in records:
                    body = json.loads(record.value)
                    seen[body["request_id"]] = (record.key, body)
    finally:
        await consumer.stop()
    assert wanted <= set(seen), sorted(seen)
    for rid in wanted:
        key, body = seen[rid]
        AuditEvent.model_validate(body)  # the documented contract
        assert body == trail.events[rid], rid  # the same event as stored
        assert key == (body["key_id"] or "anonymous").encode()


async def test_a_clean_shutdown_stores_every_buffered_event(gateway, tmp_path):
    env = {**gateway.env, "DP_GATEWAY_AUDIT_FLUSH_INTERVAL_S": "3600", "DP_GATEWAY_AUDIT_BATCH_SIZE": "10000"}
    ids = [f"shutdown-{n}" for n in range(25)]
    with gateway_replica(env, tmp_path, "gateway-shutdown") as url:
        async with httpx.AsyncClient(base_url=url, timeout=30,
                                     headers={"Authorization": f"Bearer {env['DP_ADMIN_API_KEY']}"}) as client:
            for rid in ids:
                r = await client.post(f"/api/v1/pipeline/cancel/{RUN}", headers={"X-Request-ID": rid})
                assert r.status_code == 404
        async with admin(gateway) as root:  # still only in the stopping gateway's buffer
            assert not [e for e in await audit_events(root, action="pipeline.cancel") if e["request_id"] in ids]
    async with admin(gateway) as root:
        stored = [e["request_id"] for e in await audit_events(root, action="pipeline.cancel")]
    assert sorted(r for r in stored if r in ids) == sorted(ids)
