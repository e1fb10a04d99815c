"""A whole system of its own for a test module (processes, like the session ``system``), for
tests that kill components or need other settings than the shared stack."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import time
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

from tests.support.infra import Infrastructure, REPO  # noqa: F401 - REPO puts deploy/local on sys.path

from stack import Component, Stack  # noqa: E402

SERVICES = ["acquisition", "standardization", "quality", "production", "gateway"]
APPS = ["services.acquisition.app", "services.standardization.app", "services.quality.app",
        "services.production.app", "gateway.app"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def own_stack(infrastructure: Infrastructure, state: Path, label: str, extra_env: dict[str, str] | None = None):
    """Start the 4 services and a gateway with a topic prefix and database of their own."""
    prefix, db = infrastructure.unique(label)
    env = {
        "DP_KAFKA_BOOTSTRAP": infrastructure.kafka_bootstrap,
        "DP_MONGODB_URI": infrastructure.mongodb_uri,
        "DP_MONGODB_DB": db,
        "DP_TOPIC_PREFIX": prefix,
        "DP_DATA_DIR": str(state / "data"),
        "DP_ADMIN_API_KEY": secrets.token_urlsafe(16),
        "DP_GATEWAY_WS_POLL_INTERVAL_S": "0.5",
        "DP_GATEWAY_WS_HEARTBEAT_S": "2",
        "DP_GATEWAY_RATE_LIMITS": json.dumps({"validation": "100000/minute", "export": "100000/hour"}),
        "DP_HEARTBEAT_INTERVAL_S": "1",
        **(extra_env or {}),
    }
    components = [Component(n, f"{a}:create_app", free_port()) for n, a in zip(SERVICES, APPS)]
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


def gateway_url(stack: Stack) -> str:
    return f"http://127.0.0.1:{stack.components[-1].port}"


@contextmanager
def gateway_replica(env: dict[str, str], state: Path, name: str):
    """One more gateway process with ``env`` (another replica of a stack, or one with other
    settings); yields its base URL."""
    replica = Stack(env=env, state_dir=state, components=[Component(name, "gateway.app:create_app", free_port())])
    replica.start()
    try:
        replica.wait_healthy(timeout=60)
        yield f"http://127.0.0.1:{replica.components[0].port}"
    finally:
        replica.stop()


@contextmanager
def stack_db(stack: Stack):
    """The stack's MongoDB database, through a synchronous client (for checks in tests)."""
    from pymongo import MongoClient

    client = MongoClient(stack.env["DP_MONGODB_URI"], tz_aware=True)
    try:
        yield client[stack.env["DP_MONGODB_DB"]]
    finally:
        client.close()


@asynccontextmanager
async def stack_client(stack: Stack):
    """An HTTP client for the stack's gateway with its admin key."""
    import httpx

    async with httpx.AsyncClient(base_url=gateway_url(stack), timeout=60,
                                 headers={"Authorization": f"Bearer {stack.env['DP_ADMIN_API_KEY']}"}) as client:
        yield client


def kill_component(stack: Stack, name: str) -> int:
    """SIGKILL one component's process (no shutdown hooks run) and reap it; returns its pid."""
    component = next(c for c in stack.components if c.name == name)
    pid = int((stack.pids / f"{component.name}.pid").read_text())
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG) != (0, 0):
                break
        except ChildProcessError:  # not our child (already reaped)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
        time.sleep(0.02)
    return pid
