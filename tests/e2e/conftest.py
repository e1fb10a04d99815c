from __future__ import annotations

import json
import os
import secrets
import socket
import sys

import httpx
import pytest

from tests.support.infra import REPO, Infrastructure

sys.path.insert(0, str(REPO / "deploy" / "local"))
from stack import Component, Stack  # noqa: E402

E2E_MAX_UPLOAD = 8 * 1024 * 1024


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def system(infrastructure: Infrastructure, tmp_path_factory):
    """The whole system as separate processes (4 services + gateway) on the real servers,
    isolated by a topic prefix and database of its own; shared by the e2e tests."""
    prefix, db = infrastructure.unique("e2e")
    state = tmp_path_factory.mktemp("stack")
    (state / "loadable").mkdir()
    env = {
        "DP_KAFKA_BOOTSTRAP": infrastructure.kafka_bootstrap,
        "DP_MONGODB_URI": infrastructure.mongodb_uri,
        "DP_MONGODB_DB": db,
        "DP_TOPIC_PREFIX": prefix,
        "DP_DATA_DIR": str(state / "data"),
        "DP_ADMIN_API_KEY": secrets.token_urlsafe(16),
        "DP_GATEWAY_MAX_UPLOAD_BYTES": str(E2E_MAX_UPLOAD),
        "DP_GATEWAY_WS_POLL_INTERVAL_S": "0.5",
        "DP_GATEWAY_WS_HEARTBEAT_S": "2",
        "DP_GATEWAY_LOAD_ROOTS": json.dumps([str(state / "loadable")]),
        "DP_GATEWAY_HF_CACHE_DIR": str(state / "hf-cache"),  # the Hugging Face datasets cache (offline)
        "HF_HUB_OFFLINE": "1",
        "DP_GATEWAY_KEY_CACHE_S": "1",
        # generous defaults so the suite never trips them; limit tests set tight per-key limits
        "DP_GATEWAY_RATE_LIMITS": json.dumps({"validation": "100000/minute", "export": "100000/hour"}),
        "DP_HEARTBEAT_INTERVAL_S": "1",
    }
    names = ["acquisition", "standardization", "quality", "production", "gateway"]
    apps = ["services.acquisition.app", "services.standardization.app", "services.quality.app",
            "services.production.app", "gateway.app"]
    components = [Component(n, f"{a}:create_app", free_port()) for n, a in zip(names, apps)]
    env["DP_GATEWAY_STANDARDIZATION_URL"] = f"http://127.0.0.1:{components[1].port}"
    env["DP_GATEWAY_QUALITY_URL"] = f"http://127.0.0.1:{components[2].port}"
    stack = Stack(env=env, state_dir=state, components=components)
    stack.start()
    try:
        stack.wait_healthy(timeout=120)
        yield stack
    finally:
        stack.stop()
        if os.environ.get("CI"):
            for log in (state / "logs").glob("*.log"):
                text = log.read_text(errors="replace")
                if "Traceback" in text:
                    print(f"\n===== {log.name} (has tracebacks) =====\n{text[-4000:]}")


@pytest.fixture(scope="session")
def second_gateway(system, tmp_path_factory):
    """Another gateway replica of the same system (same database, same topics)."""
    state = tmp_path_factory.mktemp("gateway2")
    replica = Stack(env=system.env, state_dir=state, components=[Component("gateway2", "gateway.app:create_app",
                                                                           free_port())])
    replica.start()
    try:
        replica.wait_healthy(timeout=60)
        yield f"http://127.0.0.1:{replica.components[0].port}"
    finally:
        replica.stop()


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
