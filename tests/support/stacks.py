"""A whole system of its own for a test module (processes, like the session ``system``), for
tests that kill components or need other settings than the shared stack."""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import time
from collections.abc import Mapping
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

from tests.support.infra import Infrastructure, REPO  # noqa: F401 - REPO puts deploy/local on sys.path

from stack import APPS as APPS_BY_SERVICE, MAX_REPLICAS, SERVICES as PIPELINE  # noqa: E402
from stack import Component, Stack, instance_name  # noqa: E402

SERVICES = ["acquisition", "standardization", "quality", "production", "gateway"]
APPS = ["services.acquisition.app", "services.standardization.app", "services.quality.app",
        "services.production.app", "gateway.app"]


# Ports for the test stacks' processes come from below the kernel's ephemeral range
# (/proc/sys/net/ipv4/ip_local_port_range, 32768-60999 here). A port the kernel hands out with
# bind(0) is in that range, and between closing the probe socket and uvicorn binding it any
# outgoing connection (aiokafka, pymongo, httpx: dozens while 13 processes boot) may be given the
# same port: CI once failed with "address already in use" that way. Below the range only another
# bind can take it, and this process hands each port out once.
_PORT_RANGE = (20000, 32000)
_RESERVED = {27017, 27018, 27028, 27037,  # MongoDB-wire ports of the local stack, tests and benches
             *(int(os.environ[v]) for v in ("DP_LOCAL_KAFKA_PORT", "DP_LOCAL_KAFKA_CONTROLLER_PORT",
                                            "DP_LOCAL_MONGODB_PORT") if os.environ.get(v, "").isdigit())}
_next_port = _PORT_RANGE[0] + secrets.randbelow(_PORT_RANGE[1] - _PORT_RANGE[0])


ISSUED_ADMIN_KEYS: list[str] = []  # every stack's bootstrap key (no log may hold one: tests/conftest.py)


def free_port() -> int:
    """A port nobody listens on, below the ephemeral range, never the same twice in a session."""
    global _next_port
    lo, hi = _PORT_RANGE
    for _ in range(hi - lo):
        port = _next_port
        _next_port = lo + (_next_port + 1 - lo) % (hi - lo)
        if port in _RESERVED:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {lo}-{hi}")


def new_stack(infrastructure: Infrastructure, state: Path, label: str, extra_env: dict[str, str] | None = None,
              replicas: Mapping[str, int] | None = None) -> Stack:
    """A stack (not started) with a topic prefix and database of its own: ``replicas`` (e.g.
    ``{"quality": 3, "standardization": 2}``) processes of each service (1 if not named; one
    gateway), each instance on a free port, the gateway last in ``components``."""
    replicas = dict(replicas or {})
    unknown = set(replicas) - set(PIPELINE)
    if unknown:
        raise ValueError(f"replicas of unknown services {sorted(unknown)} (one of {list(PIPELINE)})")
    if not all(isinstance(n, int) and 1 <= n <= MAX_REPLICAS for n in replicas.values()):
        raise ValueError(f"replica counts are 1 to {MAX_REPLICAS}: {replicas}")
    prefix, db = infrastructure.unique(label)
    admin_key = secrets.token_urlsafe(16)
    ISSUED_ADMIN_KEYS.append(admin_key)
    env = {
        "DP_KAFKA_BOOTSTRAP": infrastructure.kafka_bootstrap,
        "DP_MONGODB_URI": infrastructure.mongodb_uri,
        "DP_MONGODB_DB": db,
        "DP_TOPIC_PREFIX": prefix,
        "DP_DATA_DIR": str(state / "data"),
        "DP_ADMIN_API_KEY": admin_key,
        "DP_GATEWAY_WS_POLL_INTERVAL_S": "0.5",
        "DP_GATEWAY_WS_HEARTBEAT_S": "2",
        "DP_GATEWAY_RATE_LIMITS": json.dumps({"validation": "100000/minute", "export": "100000/hour"}),
        "DP_HEARTBEAT_INTERVAL_S": "1",
        **(extra_env or {}),
    }
    components = [
        Component(instance_name(service, n), APPS_BY_SERVICE[service], free_port(), service=service, replica=n)
        for service in PIPELINE for n in range(1, replicas.get(service, 1) + 1)
    ]
    components.append(Component("gateway", APPS_BY_SERVICE["gateway"], free_port(), service="gateway"))
    stack = Stack(env=env, state_dir=state, components=components)
    # The gateway's internal HTTP calls go to replica 1.
    env["DP_GATEWAY_STANDARDIZATION_URL"] = f"http://127.0.0.1:{stack.component('standardization').port}"
    env["DP_GATEWAY_QUALITY_URL"] = f"http://127.0.0.1:{stack.component('quality').port}"
    env["DP_GATEWAY_ACQUISITION_URL"] = f"http://127.0.0.1:{stack.component('acquisition').port}"
    return stack


@contextmanager
def running(*stacks: Stack, timeout: float = 120):
    """Start the stacks together (their processes boot in parallel), yield once every one is
    healthy, stop them all at the end."""
    try:
        for stack in stacks:
            stack.start()
        for stack in stacks:
            stack.wait_healthy(timeout=timeout)
        yield stacks
    finally:
        for stack in stacks:
            stack.stop()
        if os.environ.get("CI"):
            for stack in stacks:
                for log in (stack.state_dir / "logs").glob("*.log"):
                    text = log.read_text(errors="replace")
                    if "Traceback" in text:
                        print(f"\n===== {log.name} (has tracebacks) =====\n{text[-4000:]}")


@contextmanager
def own_stack(infrastructure: Infrastructure, state: Path, label: str, extra_env: dict[str, str] | None = None,
              replicas: Mapping[str, int] | None = None):
    """Start the 4 services (``replicas`` processes of each, 1 by default) and a gateway with a
    topic prefix and database of their own."""
    stack = new_stack(infrastructure, state, label, extra_env, replicas)
    with running(stack, timeout=120 + 10 * (len(stack.components) - len(SERVICES))):
        yield stack


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
    """SIGKILL one component's process (no shutdown hooks run) and reap it; returns its pid.
    ``name`` is an instance name: ``quality`` (replica 1), ``quality-2``, ..."""
    component = stack.component(name)
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


def kill_replica(stack: Stack, service: str, replica: int) -> int:
    """SIGKILL replica ``replica`` (1-based) of ``service``; returns its pid. The stack's other
    replicas of the service keep running (Kafka hands them the dead one's partitions once its
    session times out); :func:`restart` brings it back."""
    return kill_component(stack, instance_name(service, replica))


def restart(stack: Stack, timeout: float = 60) -> list[str]:
    """Start again every instance of the stack whose process is gone (killed replicas) and wait
    until all are healthy; returns the names started."""
    started = [c.name for c in stack.start()]
    stack.wait_healthy(timeout=timeout)
    return started
