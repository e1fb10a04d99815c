"""The services' own HTTP APIs wear the shared edge (``shared.http.edge``, ``shared.service.ServiceApp``):
an unknown route, a body that does not match its model, a body that is not JSON text and an
unhandled error all leave as problem documents with ``X-Request-ID``, and are counted."""

from __future__ import annotations

import logging

import httpx

from services.standardization.app import create_app
from services.standardization.settings import StandardizationSettings
from shared.http.problems import MEDIA_TYPE, PROBLEM_TYPE_BASE
from shared.internal_http import json_endpoint
from shared.service import build_service
from shared.service_api import ConversationIn


def client(app) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, raise_app_exceptions=False),
                             base_url="http://service")


async def test_an_unknown_route_is_a_404_problem_with_a_request_id():
    async with client(create_app()) as c:
        r = await c.get("/internal/nothing", headers={"X-Request-ID": "svc-404"})
    assert r.status_code == 404 and r.headers["content-type"] == MEDIA_TYPE
    assert r.headers["x-request-id"] == "svc-404"
    body = r.json()
    assert body["type"] == PROBLEM_TYPE_BASE + "not_found" and body["request_id"] == "svc-404"


async def test_a_validation_error_is_a_422_problem_with_a_request_id():
    async with client(create_app()) as c:
        r = await c.post("/internal/standardize", json={"records": []})
        bad_text = await c.post("/internal/standardize", content=b'{"records": [NaN]}',
                                headers={"content-type": "application/json"})
        wrong_method = await c.get("/internal/standardize")
    assert r.status_code == 422 and r.headers["content-type"] == MEDIA_TYPE
    body = r.json()
    assert body["type"] == PROBLEM_TYPE_BASE + "validation_error" and body["request_id"] == r.headers["x-request-id"]
    assert body["errors"] and body["errors"][0]["loc"] == ["records"]
    assert bad_text.status_code == 422 and bad_text.json()["type"] == PROBLEM_TYPE_BASE + "json_invalid"
    assert wrong_method.status_code == 405 and wrong_method.json()["type"] == PROBLEM_TYPE_BASE + "method_not_allowed"


class Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


async def test_an_unhandled_error_is_a_counted_500_problem():
    async def crash(_: ConversationIn) -> dict:
        raise RuntimeError("a bug in a handler")

    app = build_service("standardization", StandardizationSettings(), lambda ctx: None,
                        http_routes=[("/internal/crash", json_endpoint(ConversationIn, crash))])
    captured = Captured()
    logging.getLogger("dp.standardization").addHandler(captured)  # build_service set up the root logger
    try:
        async with client(app) as c:
            r = await c.post("/internal/crash", json={"messages": [{"role": "user", "content": "hi"}]},
                             headers={"X-Request-ID": "svc-crash"})
            metrics = (await c.get("/metrics")).text
    finally:
        logging.getLogger("dp.standardization").removeHandler(captured)
    assert r.status_code == 500 and r.headers["x-request-id"] == "svc-crash"
    body = r.json()
    assert body["type"] == PROBLEM_TYPE_BASE + "internal_error" and body["request_id"] == "svc-crash"
    assert any(rec.name == "dp.standardization" and body["incident"] in rec.getMessage() and rec.exc_info
               for rec in captured.records)
    assert 'dp_http_requests_total{method="POST",route="/internal/crash",status="500"} 1.0' in metrics
