"""Problem documents without servers: the gateway app in-process (no lifespan), every kind of
error answered as RFC 9457 with its stable type, never a stack trace."""

import httpx
import pytest

from gateway.app import create_app
from shared.http.problems import PROBLEM_TYPE_BASE
from gateway.settings import GatewaySettings


@pytest.fixture
def app():
    app = create_app(GatewaySettings(admin_api_key="k" * 20))

    @app.get("/boom")
    async def boom():
        raise RuntimeError("secret internals: /etc/passwd line 3")

    return app


async def call(app, method, path, **kw) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as c:
        return await c.request(method, path, **kw)


async def test_unexpected_errors_are_500_problems_without_internals(app):
    r = await call(app, "GET", "/boom", headers={"X-Request-ID": "req-1", "Origin": "http://localhost:3000"})
    assert r.status_code == 500 and r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["type"] == PROBLEM_TYPE_BASE + "internal_error" and len(body["incident"]) == 12
    assert "secret" not in r.text and "Traceback" not in r.text and "RuntimeError" not in r.text
    assert r.headers["x-request-id"] == "req-1" and body["request_id"] == "req-1"  # the edge wraps the 500 too
    assert r.headers["access-control-allow-origin"] == "http://localhost:3000"  # a browser can read it


@pytest.mark.parametrize("method,path,kw,status,slug", [
    ("GET", "/api/v1/nowhere", {}, 404, "not_found"),
    ("DELETE", "/healthz", {}, 405, "method_not_allowed"),
    ("GET", "/api/v1/keys/me", {}, 401, "unauthorized"),
    ("POST", "/api/v1/pipeline/execute", {"content": b'{"dataset_ids": ["\\ud800"]}',
                                          "headers": {"content-type": "application/json"}}, 422, "json_invalid"),
    ("POST", "/api/v1/pipeline/execute", {"content": b'{"dataset_ids": [1' + b"0" * 30 + b"]}",
                                          "headers": {"content-type": "application/json"}}, 422, "json_invalid"),
    ("POST", "/api/v1/pipeline/execute", {"content": b'{"dataset_ids": ["\xff"]}',
                                          "headers": {"content-type": "application/json"}}, 422, "json_invalid"),
    *[("POST", "/api/v1/standardize/conversation", {"content": b'{"record": {"x": ' + word + b'}}',
                                                    "headers": {"content-type": "application/json"}},
       422, "json_invalid") for word in (b"NaN", b"Infinity", b"-Infinity")],
])
async def test_errors_are_problem_documents(app, method, path, kw, status, slug):
    r = await call(app, method, path, **kw)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["type"] == PROBLEM_TYPE_BASE + slug and r.json()["status"] == status


async def test_json_bodies_over_the_limit_are_413():
    app = create_app(GatewaySettings(admin_api_key="k" * 20, max_json_bytes=1000))
    r = await call(app, "POST", "/api/v1/pipeline/execute", content=b'{"dataset_ids": ["' + b"a" * 2000 + b'"]}',
                   headers={"content-type": "application/json"})
    assert r.status_code == 413 and r.json()["type"].endswith(":payload_too_large")


def test_every_error_in_the_openapi_document_is_a_problem_document(app):
    schema = app.openapi()
    assert "ProblemDetails" in schema["components"]["schemas"]
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, op in operations.items():
            for code, response in op["responses"].items():
                if code[0] in "45":
                    assert list(response["content"]) == ["application/problem+json"], (method, path, code)
            if path.startswith("/api/v1"):
                assert {"401", "403", "422", "500"} <= set(op["responses"]), (method, path)
                assert op.get("security"), (method, path)


async def test_guard_refusals_carry_the_request_id_too(app):
    r = await call(app, "POST", "/api/v1/pipeline/execute", content=b'{"dataset_ids": ["\\udc00"]}',
                   headers={"content-type": "application/json", "X-Request-ID": "techdeck-7"})
    assert r.status_code == 422 and r.headers["x-request-id"] == "techdeck-7"
    assert r.json()["request_id"] == "techdeck-7"
    made = await call(app, "GET", "/healthz", headers={"X-Request-ID": "no spaces allowed"})
    assert len(made.headers["x-request-id"]) == 32
