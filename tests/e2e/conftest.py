from __future__ import annotations

import json

import httpx
import pytest

from tests.support.infra import Infrastructure
from tests.support.stacks import gateway_replica, own_stack

E2E_MAX_UPLOAD = 8 * 1024 * 1024


@pytest.fixture(scope="session")
def system(infrastructure: Infrastructure, tmp_path_factory):
    """The whole system as separate processes (4 services + gateway) on the real servers,
    isolated by a topic prefix and database of its own; shared by the e2e tests."""
    state = tmp_path_factory.mktemp("stack")
    (state / "loadable").mkdir()
    with own_stack(infrastructure, state, "e2e", {
        "DP_GATEWAY_MAX_UPLOAD_BYTES": str(E2E_MAX_UPLOAD),
        "DP_GATEWAY_LOAD_ROOTS": json.dumps([str(state / "loadable")]),
        "DP_GATEWAY_HF_CACHE_DIR": str(state / "hf-cache"),  # the Hugging Face datasets cache (offline)
        "HF_HUB_OFFLINE": "1",
        "DP_GATEWAY_KEY_CACHE_S": "1",
        # priority_based runs look for queued higher-priority runs every 50 ms, not every second:
        # test_execution_modes' low-priority run must not finish reading before its first look
        "DP_ACQUISITION_PRIORITY_CHECK_INTERVAL_S": "0.05",
    }) as stack:
        yield stack


@pytest.fixture(scope="session")
def second_gateway(system, tmp_path_factory):
    """Another gateway replica of the same system (same database, same topics)."""
    with gateway_replica(system.env, tmp_path_factory.mktemp("gateway2"), "gateway2") as url:
        yield url


async def make_key(client: httpx.AsyncClient, tier: str, **extra) -> str:
    r = await client.post("/api/v1/keys", json={"name": f"test-{tier}", "tier": tier, **extra})
    assert r.status_code == 201, r.text
    return r.json()["api_key"]


@pytest.fixture
def gateway_url(system) -> str:
    return f"http://127.0.0.1:{system.components[-1].port}"


@pytest.fixture
def api_key(system) -> str:
    return system.env["DP_ADMIN_API_KEY"]


@pytest.fixture
async def client(gateway_url, api_key):
    async with httpx.AsyncClient(base_url=gateway_url, headers={"Authorization": f"Bearer {api_key}"},
                                 timeout=60) as c:
        yield c
