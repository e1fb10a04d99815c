"""/docs, /redoc and /asyncapi load nothing from outside the gateway (their rendering in a
browser with the internet blocked: tests/e2e/test_docs_offline.py)."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from gateway.app import create_app
from gateway.settings import GatewaySettings

PAGES = ["/docs", "/redoc", "/asyncapi"]


@pytest.fixture(scope="module")
def client():
    # No lifespan (no `with`): the pages need neither Kafka nor MongoDB.
    return TestClient(create_app(GatewaySettings(admin_api_key="k" * 20, mongodb_uri="mongodb://127.0.0.1:1")))


def _references(page: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', page) + re.findall(r"url: '([^']+)'", page)


@pytest.mark.parametrize("path", PAGES)
def test_every_asset_of_the_page_is_served_by_the_gateway(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<html lang="en">' in r.text
    refs = _references(r.text)
    assert any(ref.endswith(".js") for ref in refs), refs  # the page has a script, and it is ours
    for ref in refs:
        assert ref.startswith("/"), f"{path} refers to {ref} outside the gateway"
        if ref.startswith("/docs-assets/"):
            asset = client.get(ref)
            assert asset.status_code == 200 and len(asset.content) > 1000, ref
    assert "https://" not in r.text and "http://" not in r.text


def test_the_documents_the_pages_render_are_served_without_a_key(client):
    assert client.get("/openapi.json").json()["info"]["title"] == "Dataset Pipeline gateway"
    assert '<asyncapi-viewer src="/asyncapi.json"' in client.get("/asyncapi").text


def test_the_pages_are_not_operations_of_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p.startswith(("/docs", "/redoc", "/asyncapi"))]
