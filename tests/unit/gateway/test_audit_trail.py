"""The audit trail without servers: which requests are events, their action and resource, the
buffered sink (fake store and publisher), and the edge layer in-process (no lifespan)."""

import asyncio
import logging

import httpx
import pytest
from prometheus_client import CollectorRegistry

from gateway.app import create_app
from gateway.audit import (
    AuditTrail, action_of, claimed_key_id, is_audited, make_event, resource_of, websocket_status,
)
from shared.http.edge import flat_routes
from shared.http.problems import PROBLEM_TYPE_BASE
from gateway.settings import GatewaySettings
from shared.logs import request_id

ADMIN = "k" * 20


@pytest.mark.parametrize("method,path,status,audited", [
    ("POST", "/api/v1/pipeline/execute", 202, True),
    ("DELETE", "/api/v1/keys/0123456789abcdef", 200, True),
    ("PUT", "/api/v1/anything", 404, True),
    ("PATCH", "/api/v1", 405, True),
    ("POST", "/api/v1/pipeline/execute", 500, True),
    ("GET", "/api/v1/pipeline/runs", 200, False),
    ("GET", "/api/v1/pipeline/runs", 401, True),
    ("GET", "/api/v1/keys", 403, True),
    ("GET", "/api/v1/pipeline/export/jsonl", 429, True),
    ("GET", "/api/v1/pipeline/status/x", 404, False),
    ("WEBSOCKET", "/ws/progress", 401, True),
    ("WEBSOCKET", "/ws/runs/abc", 403, True),
    ("WEBSOCKET", "/ws/progress", 101, False),
    ("POST", "/metrics", 405, False),            # not under /api/v1
    ("GET", "/healthz", 401, False),
    ("POST", "/api/v1x/keys", 201, False),        # a prefix of the text, not of the path
    ("OPTIONS", "/api/v1/keys", 200, False),      # CORS preflight
])
def test_which_requests_are_audit_events(method, path, status, audited):
    assert is_audited(method, path, status) is audited


@pytest.fixture(scope="module")
def routes():
    app = create_app(GatewaySettings(admin_api_key=ADMIN))
    return {(m, r.path): r for r in flat_routes(app.routes) for m in (getattr(r, "methods", None) or {"WEBSOCKET"})}


def test_actions_are_the_operation_ids_with_a_dot(routes):
    assert action_of(routes[("POST", "/api/v1/pipeline/execute")]) == "pipeline.execute"
    assert action_of(routes[("POST", "/api/v1/keys")]) == "keys.create_key"
    assert action_of(routes[("DELETE", "/api/v1/keys/{key_id}")]) == "keys.revoke_key"
    assert action_of(routes[("POST", "/api/v1/pipeline/cancel/{run_id}")]) == "pipeline.cancel"
    assert action_of(routes[("GET", "/api/v1/audit")]) == "audit.list_audit_events"
    assert action_of(routes[("WEBSOCKET", "/ws/progress")], websocket=True) == "ws.all_progress"
    assert action_of(None) == "unmatched"


def test_resources_are_path_ids_else_the_template_else_the_path():
    assert resource_of("/api/v1/pipeline/cancel/{run_id}", {"run_id": "ab" * 16}, "/x") == "run:" + "ab" * 16
    assert resource_of("/api/v1/keys/{key_id}", {"key_id": "0123456789abcdef"}, "/x") == "key:0123456789abcdef"
    assert resource_of("/api/v1/production/download/{generation_id}/{name}",
                       {"generation_id": "g1", "name": "train.jsonl"}, "/x") == "generation:g1"
    assert resource_of("/api/v1/pipeline/export/{format}", {"format": "csv"},
                       "/api/v1/pipeline/export/csv") == "/api/v1/pipeline/export/{format}"
    assert resource_of(None, {}, "/api/v1/nowhere/" + "x" * 500) == ("/api/v1/nowhere/" + "x" * 500)[:300]


def test_websocket_outcomes_and_claimed_key_ids():
    assert websocket_status(4401, True) == 401 and websocket_status(4403, True) == 403
    assert websocket_status(1000, True) == 101 and websocket_status(None, False) == 403
    assert websocket_status(1011, True) == 101
    assert claimed_key_id("dp_0123456789abcdef_" + "s" * 30) == "0123456789abcdef"
    assert claimed_key_id("not-a-key") is None and claimed_key_id(None) is None


def _event(n: int):
    return make_event(request_id=f"r{n}", method="POST", path="/api/v1/keys", status=201, action="keys.create_key",
                      resource="/api/v1/keys", key_id="bootstrap-admin", key_name="admin", tier="admin",
                      client="127.0.0.1")


class FakeSinks:
    def __init__(self, store_failures: int = 0, publish_fails: bool = False) -> None:
        self.stored: dict[str, dict] = {}
        self.published: list[str] = []
        self.store_failures, self.publish_fails = store_failures, publish_fails

    async def store(self, docs):
        if self.store_failures:
            self.store_failures -= 1
            raise ConnectionError("mongodb is away")
        for d in docs:
            self.stored.setdefault(d["_id"], d)

    async def publish(self, event):
        if self.publish_fails:
            raise ConnectionError("kafka is away")
        self.published.append(event.event_id)


def _count(registry, name, **labels):
    return registry.get_sample_value(name, labels) or 0


async def test_the_trail_keeps_what_mongodb_refused_and_stop_stores_everything():
    sinks, registry = FakeSinks(store_failures=1), CollectorRegistry()
    trail = AuditTrail(sinks.store, sinks.publish, registry, flush_interval_s=3600, batch_size=2)
    await trail.start()
    events = [_event(n) for n in range(5)]
    for e in events:
        trail.record(e)
    await trail.flush_all()  # the first batch fails: everything stays buffered
    assert sinks.stored == {} and trail.pending == 5
    assert _count(registry, "dp_audit_failures_total", sink="mongodb") == 2
    await trail.stop()  # a clean shutdown stores the rest
    assert set(sinks.stored) == {e.event_id for e in events} and trail.pending == 0
    assert sinks.published == [e.event_id for e in events]  # published once each, in order
    doc = sinks.stored[events[0].event_id]
    assert doc["request_id"] == "r0" and doc["status"] == 201 and "event_id" not in doc
    assert _count(registry, "dp_audit_events_total") == 5


async def test_a_kafka_that_does_not_answer_is_given_up_on(monkeypatch):
    monkeypatch.setattr("gateway.audit.PUBLISH_TIMEOUT_S", 0.05)
    sinks, registry = FakeSinks(), CollectorRegistry()

    async def hangs(event):
        await asyncio.Event().wait()

    trail = AuditTrail(sinks.store, hangs, registry, flush_interval_s=3600)
    for n in range(4):
        trail.record(_event(n))
    await trail.stop()
    assert len(sinks.stored) == 4 and _count(registry, "dp_audit_failures_total", sink="kafka") == 4


async def test_kafka_failures_are_counted_and_do_not_stop_storage():
    sinks, registry = FakeSinks(publish_fails=True), CollectorRegistry()
    trail = AuditTrail(sinks.store, sinks.publish, registry, flush_interval_s=3600)
    for n in range(3):
        trail.record(_event(n))
    await trail.flush_all()
    assert len(sinks.stored) == 3 and sinks.published == []
    assert _count(registry, "dp_audit_failures_total", sink="kafka") == 3


async def test_a_full_buffer_drops_the_oldest_and_counts_them():
    sinks, registry = FakeSinks(store_failures=10**6), CollectorRegistry()
    trail = AuditTrail(sinks.store, None, registry, buffer_max=100)
    events = [_event(n) for n in range(103)]
    for e in events:
        trail.record(e)
    assert trail.pending == 100 and _count(registry, "dp_audit_failures_total", sink="dropped") == 3
    sinks.store_failures = 0
    await trail.flush_all()
    assert set(sinks.stored) == {e.event_id for e in events[3:]}


# ---------------------------------------------------------------- the edge layer, in-process


class Captured(logging.Handler):
    """Log records with the request id that was current when they were logged."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple[logging.LogRecord, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record, request_id.get()))


@pytest.fixture
def faulty_app():
    app = create_app(GatewaySettings(admin_api_key=ADMIN, fault_inject="gateway:kaboom-7"))
    sinks = FakeSinks()
    app.state.audit = AuditTrail(sinks.store, sinks.publish, CollectorRegistry())
    app.state.sinks = sinks
    handler = Captured()
    logging.getLogger("dp.gateway").addHandler(handler)
    access = Captured()
    logging.getLogger("dp.gateway.access").addHandler(access)
    app.state.captured, app.state.access_captured = handler, access
    yield app
    logging.getLogger("dp.gateway").removeHandler(handler)
    logging.getLogger("dp.gateway.access").removeHandler(access)


async def call(app, method, path, **kw) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False, client=("10.1.2.3", 5555))
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as c:
        return await c.request(method, path, **kw)


async def test_an_unhandled_error_is_a_500_problem_with_the_request_id_counted_logged_and_audited(faulty_app):
    auth = {"Authorization": f"Bearer {ADMIN}"}
    r = await call(faulty_app, "POST", "/api/v1/keys?probe=kaboom-7", json={"name": "x", "tier": "viewer"},
                   headers={**auth, "X-Request-ID": "crash-1"})
    assert r.status_code == 500 and r.headers["content-type"].startswith("application/problem+json")
    assert r.headers["x-request-id"] == "crash-1"
    body = r.json()
    assert body["type"] == PROBLEM_TYPE_BASE + "internal_error" and body["request_id"] == "crash-1"
    assert "FaultInjected" not in r.text and "Traceback" not in r.text
    metrics = (await call(faulty_app, "GET", "/metrics")).text
    assert 'dp_http_requests_total{method="POST",route="/api/v1/keys",status="500"} 1.0' in metrics
    [(record, rid)] = [(rec, rid) for rec, rid in faulty_app.state.captured.lines if rec.exc_info]
    assert rid == "crash-1" and body["incident"] in record.getMessage()
    assert type(record.exc_info[1]).__name__ == "FaultInjected"
    # one access line, without the query string, and one audit event
    [access] = [rec.access for rec, _ in faulty_app.state.access_captured.lines if rec.access["request_id"] == "crash-1"]
    assert access["path"] == "/api/v1/keys" and access["status"] == 500 and access["duration_ms"] >= 0
    trail = faulty_app.state.audit
    await trail.flush_all()
    [event] = [d for d in faulty_app.state.sinks.stored.values() if d["request_id"] == "crash-1"]
    assert event["status"] == 500 and event["action"] == "keys.create_key" and event["resource"] == "/api/v1/keys"
    assert event["client"] == "10.1.2.3" and event["path"] == "/api/v1/keys"


async def test_refusals_before_routing_are_audited_with_the_route_they_aimed_at(faulty_app):
    r = await call(faulty_app, "POST", "/api/v1/pipeline/cancel/" + "c" * 32, content=b'{"a": "\\ud800"}',
                   headers={"content-type": "application/json", "X-Request-ID": "guarded"})
    assert r.status_code == 422 and r.headers["x-request-id"] == "guarded"
    r = await call(faulty_app, "GET", "/api/v1/pipeline/runs?api_key=secret-in-query",
                   headers={"Authorization": "Bearer wrong", "X-Request-ID": "no-key"})
    assert r.status_code == 401
    await faulty_app.state.audit.flush_all()
    events = {d["request_id"]: d for d in faulty_app.state.sinks.stored.values()}
    assert events["guarded"]["action"] == "pipeline.cancel" and events["guarded"]["resource"] == "run:" + "c" * 32
    assert events["guarded"]["status"] == 422 and events["guarded"]["key_id"] is None
    assert events["no-key"]["status"] == 401 and events["no-key"]["key_id"] is None
    assert events["no-key"]["resource"] == "/api/v1/pipeline/runs"
    logged = " ".join(str(rec.access) for rec, _ in faulty_app.state.access_captured.lines)
    assert "secret-in-query" not in logged and "no-key" in logged


async def test_successful_gets_are_not_audited_but_logged(faulty_app):
    r = await call(faulty_app, "GET", "/api/v1/keys/me", headers={"Authorization": f"Bearer {ADMIN}",
                                                                 "X-Request-ID": "plain-get"})
    assert r.status_code == 200
    await asyncio.sleep(0)
    assert faulty_app.state.audit.pending == 0
    assert any(rec.access["request_id"] == "plain-get" and rec.access["status"] == 200
               for rec, _ in faulty_app.state.access_captured.lines)
