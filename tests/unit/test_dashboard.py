"""The dashboard (gateway/dashboard) and how the gateway serves it.

1. Its Vitest component tests and its type check (against the generated client, so a regenerated
   client that breaks a page fails here). They need Node/npm: skipped without ``npm`` on PATH,
   except under CI (``CI`` set), where that fails. ``npm ci`` runs only when ``node_modules`` does
   not match ``package-lock.json``.
2. ``/dashboard/`` and its deep links answer ``index.html``, hashed assets are cached for a year,
   and without a build the gateway answers a page saying what to install while the API still
   answers. The app is built, never started (no Kafka or MongoDB needed).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gateway import dashboard_static
from gateway.app import create_app
from gateway.settings import GatewaySettings
from tests.support import npm

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "gateway" / "dashboard"
DEEP_LINKS = ["/dashboard/", "/dashboard/pipeline", "/dashboard/datasets", "/dashboard/datasets/0123abcd",
              "/dashboard/quality", "/dashboard/quality/5f0c0a4b9d", "/dashboard/analytics",
              "/dashboard/production", "/dashboard/keys", "/dashboard/no/such/page"]


def _run(args: list[str], timeout: float) -> subprocess.CompletedProcess:
    return npm.run(args, cwd=DASHBOARD, timeout=timeout)


_output = npm.output


@pytest.fixture(scope="module")
def npx() -> list[str]:
    return npm.installed(DASHBOARD, ("vitest", "tsc"), "to test the dashboard")


def test_vitest_component_tests_pass(npx):
    proc = _run([*npx, "vitest", "run", "--reporter=verbose"], timeout=900)
    assert proc.returncode == 0, f"the dashboard's Vitest tests failed\n{_output(proc)}"
    assert " passed" in proc.stdout and " failed" not in proc.stdout.split("Test Files")[-1], _output(proc)


def test_dashboard_type_checks_against_the_generated_client(npx):
    proc = _run([*npx, "tsc", "--noEmit", "-p", "."], timeout=600)
    assert proc.returncode == 0, ("the dashboard does not type-check (against gateway/clients/typescript: after "
                                  f"`make ts-client`, fix the pages that use what changed)\n{_output(proc)}")


# ---------------------------------------------------------------- served by the gateway

INDEX = "<!doctype html><html><body><div id=root></div><script type=module src=/dashboard/assets/index-Ab12Cd34.js></script></body></html>"


def _client(monkeypatch, dist: Path) -> TestClient:
    monkeypatch.setattr(dashboard_static, "DEFAULT_DIST", dist)
    return TestClient(create_app(GatewaySettings(topic_prefix="")), raise_server_exceptions=True)


@pytest.fixture
def built(tmp_path) -> Path:
    dist = tmp_path / "dist"
    (dist / "assets").mkdir(parents=True)
    (dist / "index.html").write_text(INDEX, encoding="utf-8")
    (dist / "assets" / "index-Ab12Cd34.js").write_text("console.log('dashboard')", encoding="utf-8")
    (dist / "favicon.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside the build", encoding="utf-8")
    return dist


def test_every_deep_link_answers_index_html(monkeypatch, built):
    client = _client(monkeypatch, built)
    for path in DEEP_LINKS:
        r = client.get(path)
        assert r.status_code == 200, (path, r.status_code, r.text[:200])
        assert r.headers["content-type"].startswith("text/html"), path
        assert r.text == INDEX, path
        assert r.headers["cache-control"] == "no-cache", path  # a rebuild is picked up at once
    r = client.get("/dashboard", follow_redirects=False)
    assert r.status_code == 308 and r.headers["location"] == "/dashboard/"


def test_hashed_assets_are_cached_and_nothing_leaks_out_of_the_build(monkeypatch, built):
    client = _client(monkeypatch, built)
    r = client.get("/dashboard/assets/index-Ab12Cd34.js")
    assert r.status_code == 200 and r.text == "console.log('dashboard')"
    assert "javascript" in r.headers["content-type"]
    assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
    r = client.get("/dashboard/favicon.svg")
    assert r.status_code == 200 and r.headers["cache-control"] == "no-cache"
    # an asset name from an older build is a 404, not index.html served as a script
    r = client.get("/dashboard/assets/index-Old00000.js")
    assert r.status_code == 404 and "<html" not in r.text
    for path in ("/dashboard/../secret.txt", "/dashboard/%2e%2e/secret.txt", "/dashboard/assets/%2e%2e/%2e%2e/secret.txt"):
        r = client.get(path)
        assert "outside the build" not in r.text, path


def test_without_a_build_the_dashboard_says_what_to_install_and_the_api_still_answers(monkeypatch, tmp_path):
    client = _client(monkeypatch, tmp_path / "missing-dist")
    for path in ("/dashboard/", "/dashboard/datasets/0123abcd"):
        r = client.get(path)
        assert r.status_code == 503, path
        assert r.headers["content-type"].startswith("text/html")
        assert "Node.js 20" in r.text and "make dashboard" in r.text
        assert r.headers["cache-control"] == "no-store"
    assert client.get("/healthz").status_code == 200
    r = client.get("/api/v1/datasets")  # the API is untouched: a key is still needed
    assert r.status_code == 401 and r.headers["content-type"] == "application/problem+json"
    assert not [p for p in client.get("/openapi.json").json()["paths"] if p.startswith("/dashboard")]
