"""The whole system on one machine, no Docker: Kafka + FerretDB + 4 services + gateway.

    python deploy/local/stack.py up       # start everything in the background, return when healthy
    python deploy/local/stack.py down     # stop what `up` started, by pid
    python deploy/local/stack.py status
    python deploy/local/stack.py run      # up, push the example dataset through, serve until Ctrl-C

Each service is its own process (``uvicorn --factory <pkg>.app:create_app``), logging to
``.local/logs/<name>.log``, its pid in ``.local/pids/<name>.pid``.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
import infra  # noqa: E402

EXAMPLE = REPO / "examples" / "counselling_sessions.jsonl"


@dataclass(frozen=True)
class Component:
    name: str
    app: str
    port: int

    @property
    def health_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/healthz"


def default_components(base_port: int = 9101, gateway_port: int = 8000) -> list[Component]:
    return [
        Component("acquisition", "services.acquisition.app:create_app", base_port),
        Component("standardization", "services.standardization.app:create_app", base_port + 1),
        Component("quality", "services.quality.app:create_app", base_port + 2),
        Component("production", "services.production.app:create_app", base_port + 3),
        Component("gateway", "gateway.app:create_app", gateway_port),
    ]


@dataclass
class Stack:
    """Processes of one system instance. Tests make their own with other ports and a prefix."""

    env: dict[str, str]
    state_dir: Path = infra.STATE
    components: list[Component] = field(default_factory=default_components)

    @property
    def pids(self) -> Path:
        return self.state_dir / "pids"

    @property
    def logs(self) -> Path:
        return self.state_dir / "logs"

    def _pid(self, c: Component) -> int | None:
        try:
            pid = int((self.pids / f"{c.name}.pid").read_text())
            os.kill(pid, 0)
            return pid
        except (FileNotFoundError, ValueError, ProcessLookupError):
            return None

    def start(self) -> None:
        self.pids.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        for c in self.components:
            if self._pid(c):
                continue
            log = open(self.logs / f"{c.name}.log", "ab")
            proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", c.app, "--host", "127.0.0.1", "--port", str(c.port),
                 "--no-access-log", "--timeout-graceful-shutdown", "10"],
                cwd=REPO, env={**os.environ, **self.env}, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )
            (self.pids / f"{c.name}.pid").write_text(str(proc.pid))

    def wait_healthy(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        pending = list(self.components)
        while pending and time.monotonic() < deadline:
            for c in list(pending):
                if self._pid(c) is None:
                    tail = (self.logs / f"{c.name}.log").read_text(errors="replace")[-3000:]
                    raise RuntimeError(f"{c.name} exited during start-up:\n{tail}")
                try:
                    if httpx.get(c.health_url, timeout=2).status_code in (200, 204):
                        pending.remove(c)
                except httpx.HTTPError:
                    pass
            time.sleep(0.3)
        if pending:
            raise RuntimeError(f"not healthy after {timeout:.0f}s: {[c.name for c in pending]}")

    def stop(self, timeout: float = 20.0) -> None:
        for c in reversed(self.components):
            pid = self._pid(c)
            if pid is None:
                (self.pids / f"{c.name}.pid").unlink(missing_ok=True)
                continue
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    pass
                if self._pid(c) is None:
                    break
                time.sleep(0.1)
            else:
                os.kill(pid, signal.SIGKILL)
            (self.pids / f"{c.name}.pid").unlink(missing_ok=True)

    def status(self) -> dict[str, bool]:
        return {c.name: self._pid(c) is not None for c in self.components}


def local_env() -> dict[str, str]:
    bootstrap, uri = infra.endpoints()
    key_file = infra.STATE / "admin-api-key"
    if os.environ.get("DP_ADMIN_API_KEY"):
        key = os.environ["DP_ADMIN_API_KEY"]
    elif key_file.exists():
        key = key_file.read_text().strip()
    else:
        key = secrets.token_urlsafe(24)
        key_file.parent.mkdir(parents=True, exist_ok=True)
        key_file.write_text(key)
        key_file.chmod(0o600)
    return {
        "DP_KAFKA_BOOTSTRAP": bootstrap,
        "DP_MONGODB_URI": uri,
        "DP_ADMIN_API_KEY": key,
        "DP_DATA_DIR": os.environ.get("DP_DATA_DIR", str(infra.STATE / "data")),
    }


def up() -> Stack:
    infra.start()
    stack = Stack(local_env())
    stack.start()
    stack.wait_healthy()
    print("stack up: gateway http://127.0.0.1:8000 (docs at /docs), services on 9101-9104", file=sys.stderr)
    return stack


async def push_dataset(base_url: str, api_key: str, path: Path, threshold: float = 0.7) -> dict:
    """Upload a file, run it, follow the WebSocket to the end; return the final run state."""
    import websockets

    headers = {"Authorization": f"Bearer {api_key}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=60) as client:
        with open(path, "rb") as fh:
            r = await client.post("/api/v1/pipeline/upload", files={"file": (path.name, fh)})
        r.raise_for_status()
        dataset = r.json()
        print(f"uploaded {path.name}: dataset {dataset['dataset_id']} ({dataset['bytes']} bytes)", file=sys.stderr)
        r = await client.post("/api/v1/pipeline/execute",
                              json={"dataset_ids": [dataset["dataset_id"]], "quality_threshold": threshold})
        r.raise_for_status()
        run_id = r.json()["run_id"]
        print(f"run {run_id} queued; following progress", file=sys.stderr)
        ws_url = base_url.replace("http", "ws", 1) + f"/ws/runs/{run_id}"
        final = None
        async with websockets.connect(ws_url, additional_headers=headers) as sock:
            async for raw in sock:
                msg = json.loads(raw)
                if msg["type"] == "state":
                    final = msg["run"]
                    c = final["counts"]
                    print(f"  {final['status']:9} in={c['records_in']} conv={c['conversations']} "
                          f"rej={c['rejected']} passed={c['passed']} exported={c['exported']}", file=sys.stderr)
        return final


def run() -> int:
    stack = up()
    try:
        final = asyncio.run(push_dataset("http://127.0.0.1:8000", stack.env["DP_ADMIN_API_KEY"], EXAMPLE))
        print(json.dumps({"run_id": final["run_id"], "status": final["status"], "counts": final["counts"],
                          "export": final.get("export"), "error": final.get("error")}, indent=2))
        if final.get("export"):
            path = Path(stack.env["DP_DATA_DIR"]) / "exports" / f"{final['run_id']}.jsonl"
            print(f"\nexport: {path}\n  or GET http://127.0.0.1:8000{final['export']['urls']['jsonl']}")
        print(f"\nAPI key: {stack.env['DP_ADMIN_API_KEY']}  (also in {infra.STATE / 'admin-api-key'})")
        print("gateway serving on http://127.0.0.1:8000 (docs at /docs); Ctrl-C stops everything")
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        print("\nstopping...", file=sys.stderr)
        stack.stop()
        infra.stop()
    return 0


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "status"
    if cmd == "up":
        up()
    elif cmd == "down":
        Stack(local_env()).stop()
        infra.stop()
    elif cmd == "status":
        for name, alive in Stack(local_env()).status().items():
            print(f"{name:16} {'running' if alive else 'stopped'}")
        return infra.status()
    elif cmd == "run":
        # Explicitly: a shell that starts us in the background sets SIGINT to "ignore".
        signal.signal(signal.SIGINT, _interrupt)
        signal.signal(signal.SIGTERM, _interrupt)
        return run()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
