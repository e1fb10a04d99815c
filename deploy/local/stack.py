"""The whole system on one machine, no Docker: Kafka + FerretDB + 4 services + gateway.

    python deploy/local/stack.py up       # start everything in the background, return when healthy
    python deploy/local/stack.py down     # stop what `up` started, by pid
    python deploy/local/stack.py status
    python deploy/local/stack.py run      # up, push the example dataset through (`dp run --follow`),
                                          # serve until Ctrl-C

Each service is its own process (``uvicorn --factory <pkg>.app:create_app``), logging to
``.local/logs/<name>.log``, its pid in ``.local/pids/<name>.pid``.

Replicas: ``DP_<SERVICE>_REPLICAS`` (``DP_ACQUISITION_REPLICAS``, ``DP_STANDARDIZATION_REPLICAS``,
``DP_QUALITY_REPLICAS``, ``DP_PRODUCTION_REPLICAS``; 1 to 16; default 1, quality one per CPU
core up to 4) start that many processes of a service. Replica 1 is named after the service (``quality``, port 9103), replica
n after it with its number (``quality-2`` on 9113, ``quality-3`` on 9123: ``+10`` per replica),
each with its own log, pid file and health check; they share the service's consumer groups, so
Kafka spreads the topics' partitions over them. The gateway stays one process (port 8000); its
internal HTTP calls go to replica 1 of standardization and quality. ``DP_LOCAL_BASE_PORT``
(9101) and ``DP_LOCAL_GATEWAY_PORT`` (8000) move the ports.

Prometheus (``deploy/local/monitoring.py``) runs next to them on 127.0.0.1:9090
(``DP_LOCAL_PROMETHEUS_PORT``; ``DP_LOCAL_PROMETHEUS=off`` leaves it out), scraping every
instance: ``up`` writes its targets file from the instances it starts.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))
import infra  # noqa: E402
import monitoring  # noqa: E402

EXAMPLE = REPO / "examples" / "counselling_sessions.jsonl"

SERVICES = ("acquisition", "standardization", "quality", "production")
APPS = {
    "acquisition": "services.acquisition.app:create_app",
    "standardization": "services.standardization.app:create_app",
    "quality": "services.quality.app:create_app",
    "production": "services.production.app:create_app",
    "gateway": "gateway.app:create_app",
}
MAX_REPLICAS = 16
REPLICA_PORT_STEP = 10  # replica n of a service listens on its base port + 10 * (n - 1)
# A pid file of an instance: "<service>.pid" (replica 1) or "<service>-<n>.pid"
_INSTANCE = re.compile(rf"^(?P<service>{'|'.join(['gateway', *SERVICES])})(?:-(?P<replica>[0-9]+))?$")


class ConfigError(ValueError):
    """A setting of the local stack that cannot be used (the message says which and why)."""


@dataclass(frozen=True)
class Component:
    """One process: ``name`` is the instance (``quality``, ``quality-2``: its log and pid file
    are named after it), ``service`` the service it is a replica of (the name by default)."""

    name: str
    app: str
    port: int
    service: str = ""
    replica: int = 1

    @property
    def kind(self) -> str:
        return self.service or self.name

    @property
    def health_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/healthz"


def instance_name(service: str, replica: int) -> str:
    return service if replica == 1 else f"{service}-{replica}"


def replica_port(base_port: int, service: str, replica: int) -> int:
    return base_port + SERVICES.index(service) + REPLICA_PORT_STEP * (replica - 1)


def default_replicas(service: str, cpus: int | None = None) -> int:
    """1, but for quality: one per CPU core, at most 4. Quality costs ~10x any other stage per
    conversation (docs/performance.md), so one replica would leave the other cores idle."""
    if service != "quality":
        return 1
    cpus = os.cpu_count() if cpus is None else cpus
    return max(1, min(4, cpus or 1))


def replica_counts(environ: Mapping[str, str] | None = None) -> dict[str, int]:
    """``DP_<SERVICE>_REPLICAS`` of each service (default ``default_replicas``); ConfigError
    unless 1..16."""
    environ = os.environ if environ is None else environ
    counts = {}
    for service in SERVICES:
        var = f"DP_{service.upper()}_REPLICAS"
        raw = environ.get(var, "").strip()
        if not raw:
            counts[service] = default_replicas(service)
            continue
        try:
            n = int(raw, 10)
        except ValueError:
            n = None
        if n is None or not 1 <= n <= MAX_REPLICAS:
            raise ConfigError(f"{var} must be an integer from 1 to {MAX_REPLICAS} (replicas of {service}), "
                              f"got {raw!r}")
        counts[service] = n
    return counts


def default_components(base_port: int = 9101, gateway_port: int = 8000,
                       replicas: Mapping[str, int] | None = None) -> list[Component]:
    """Every instance: the services' replicas in pipeline order, the gateway last."""
    replicas = replicas or {}
    out = []
    for service in SERVICES:
        for n in range(1, replicas.get(service, 1) + 1):
            out.append(Component(instance_name(service, n), APPS[service], replica_port(base_port, service, n),
                                 service=service, replica=n))
    out.append(Component("gateway", APPS["gateway"], gateway_port, service="gateway"))
    return out


def _is_ours(pid: int) -> bool:
    """Alive, not a zombie, and a uvicorn (a recycled pid of another program is not ours)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: trust the signal
        return True
    if not cmdline:  # a zombie, or a process caught between fork and exec: ask its state
        try:
            return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
        except (OSError, IndexError):
            return False
    return b"uvicorn" in cmdline


def _pipeline_order(name: str) -> tuple[int, int]:
    """Services in pipeline order, replicas in number order, the gateway last."""
    m = _INSTANCE.match(name)
    if not m:
        return (len(SERVICES) + 1, 0)
    service = m["service"]
    return (len(SERVICES) if service == "gateway" else SERVICES.index(service), int(m["replica"] or 1))


def _stop_order(name: str) -> tuple[int, int]:
    """Gateway first, then the services in reverse pipeline order (as before replicas)."""
    m = _INSTANCE.match(name)
    if not m:
        return (len(SERVICES) + 1, 0)
    service = m["service"]
    rank = 0 if service == "gateway" else len(SERVICES) - SERVICES.index(service)
    return (rank, int(m["replica"] or 1))


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

    def component(self, name: str) -> Component:
        return next(c for c in self.components if c.name == name)

    def replicas(self, service: str) -> list[Component]:
        """The instances of one service, replica 1 first."""
        return sorted((c for c in self.components if c.kind == service), key=lambda c: c.replica)

    def _pid_of(self, name: str) -> int | None:
        try:
            pid = int((self.pids / f"{name}.pid").read_text())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _is_ours(pid) else None

    def _pid(self, c: Component) -> int | None:
        return self._pid_of(c.name)

    def start(self) -> list[Component]:
        """Start every component whose process is not running; returns those started. Refuses
        (``ConfigError``, nothing started) when a port one of them needs is taken by another
        process, instead of a component dying at start-up with "address already in use"."""
        self.pids.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        to_start = [c for c in self.components if not self._pid(c)]
        taken = [c for c in to_start if not port_is_free(c.port)]
        if taken:
            raise ConfigError(port_taken_message(taken))
        started = []
        for c in to_start:
            log = infra.open_private_log(self.logs / f"{c.name}.log")
            proc = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "--factory", c.app, "--host", "127.0.0.1", "--port", str(c.port),
                 "--no-access-log", "--timeout-graceful-shutdown", "10"],
                cwd=REPO, env={**os.environ, **self.env}, stdout=log, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, start_new_session=True,
            )
            log.close()  # the child has its own descriptor
            (self.pids / f"{c.name}.pid").write_text(str(proc.pid))
            started.append(c)
        return started

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

    def on_disk(self) -> list[str]:
        """Instance names with a pid file in this state directory (also those an earlier
        ``up`` with other replica counts started)."""
        if not self.pids.is_dir():
            return []
        return sorted((p.stem for p in self.pids.glob("*.pid") if _INSTANCE.match(p.stem)), key=_stop_order)

    def _stop_names(self, names: list[str], timeout: float) -> None:
        """SIGTERM all of ``names`` at once, wait for them together, SIGKILL what is left."""
        running = {}
        for name in names:
            pid = self._pid_of(name)
            if pid is None:
                (self.pids / f"{name}.pid").unlink(missing_ok=True)
                continue
            try:
                os.kill(pid, signal.SIGTERM)
                running[name] = pid
            except ProcessLookupError:
                (self.pids / f"{name}.pid").unlink(missing_ok=True)
        deadline = time.monotonic() + timeout
        while running and time.monotonic() < deadline:
            for name, pid in list(running.items()):
                try:
                    os.waitpid(pid, os.WNOHANG)
                except ChildProcessError:
                    pass
                if not _is_ours(pid):
                    del running[name]
                    (self.pids / f"{name}.pid").unlink(missing_ok=True)
            time.sleep(0.1)
        for name, pid in running.items():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            (self.pids / f"{name}.pid").unlink(missing_ok=True)

    def stop(self, timeout: float = 20.0, *, everything: bool = False) -> list[str]:
        """Stop this stack's components by pid: the gateway first, then each service's
        replicas together, last stage first. ``everything`` also stops instances found only
        as pid files (``down`` after an ``up`` with more replicas). Returns the names stopped."""
        names = [c.name for c in self.components]
        if everything:
            names += [n for n in self.on_disk() if n not in names]
        stopped = [n for n in names if self._pid_of(n) is not None]
        by_rank: dict[int, list[str]] = {}
        for name in names:
            by_rank.setdefault(_stop_order(name)[0], []).append(name)
        for rank in sorted(by_rank):
            self._stop_names(by_rank[rank], timeout)
        return stopped

    def status(self) -> dict[str, bool]:
        """Every configured instance, running or not, and any other running one a pid file
        names (started by an earlier ``up`` with more replicas), in pipeline order."""
        out = {c.name: self._pid(c) is not None for c in self.components}
        for name in self.on_disk():
            if name not in out and self._pid_of(name) is not None:
                out[name] = True
        return dict(sorted(out.items(), key=lambda item: _pipeline_order(item[0])))


def ephemeral_range() -> tuple[int, int]:
    """The kernel's range for outgoing connections' local ports (Linux; 32768-60999 elsewhere)."""
    try:
        lo, hi = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(lo), int(hi)
    except (OSError, ValueError):
        return 32768, 60999


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def port_taken_message(taken: list[Component]) -> str:
    lo, hi = ephemeral_range()
    lines = [f"{c.name}: port {c.port} is in use by another process" for c in taken]
    hint = ("choose other ports with DP_LOCAL_BASE_PORT (services: base, +1, +2, +3, and +10 per further replica) "
            "and DP_LOCAL_GATEWAY_PORT")
    if any(lo <= c.port <= hi for c in taken):
        hint += (f"; ports {lo}-{hi} are this machine's ephemeral range, where any outgoing connection may "
                 "hold one, so pick ports below it")
    return "; ".join(lines) + ". " + hint


BATCH_STANDARDIZED_PARTITIONS = 4  # shared/topics.py: the topic quality reads


def quality_consumers(replicas: int) -> int:
    """Batch consumers per quality process: 2 while replicas x 2 fit the topic's partitions, else 1."""
    return 2 if 2 * replicas <= BATCH_STANDARDIZED_PARTITIONS else 1


def local_ports() -> tuple[int, int]:
    """``DP_LOCAL_BASE_PORT`` (9101: acquisition, +1 standardization, +2 quality, +3 production)
    and ``DP_LOCAL_GATEWAY_PORT`` (8000)."""
    ports = []
    for var, default in (("DP_LOCAL_BASE_PORT", 9101), ("DP_LOCAL_GATEWAY_PORT", 8000)):
        raw = os.environ.get(var, "").strip() or str(default)
        try:
            port = int(raw, 10)
        except ValueError:
            raise ConfigError(f"{var} must be a port number, got {raw!r}") from None
        if not 1 <= port <= 65535 - (REPLICA_PORT_STEP * MAX_REPLICAS if var == "DP_LOCAL_BASE_PORT" else 0):
            raise ConfigError(f"{var} out of range: {port}")
        ports.append(port)
    return ports[0], ports[1]


def local_components() -> list[Component]:
    base_port, gateway_port = local_ports()
    try:
        monitoring.local_port()
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    return default_components(base_port, gateway_port, replica_counts())


def local_env(components: list[Component] | None = None) -> dict[str, str]:
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
    env = {
        "DP_KAFKA_BOOTSTRAP": bootstrap,
        "DP_MONGODB_URI": uri,
        "DP_ADMIN_API_KEY": key,
        "DP_DATA_DIR": os.environ.get("DP_DATA_DIR", str(infra.STATE / "data")),
    }
    # Two batch consumers per quality process (one assesses while the other stores and publishes)
    # while every consumer still gets one of the topic's 4 partitions; one from 3 replicas on.
    quality = sum(1 for c in components or [] if c.kind == "quality")
    if quality and not os.environ.get("DP_QUALITY_CONSUMERS"):
        env["DP_QUALITY_CONSUMERS"] = str(quality_consumers(quality))
    # Internal HTTP calls (the gateway's, and acquisition's merges) go to replica 1 of each service.
    by_name = {c.name: c for c in components or []}
    for service in ("standardization", "quality", "acquisition"):
        var = f"DP_GATEWAY_{service.upper()}_URL"
        if service in by_name and not os.environ.get(var):
            env[var] = f"http://127.0.0.1:{by_name[service].port}"
    return env


def gateway_base_url(stack: Stack) -> str:
    return f"http://127.0.0.1:{stack.component('gateway').port}"


def describe(stack: Stack) -> str:
    lines = []
    for c in stack.components:
        lines.append(f"  {c.name:20} http://127.0.0.1:{c.port}  log {stack.logs / (c.name + '.log')}")
    return "\n".join(lines)


def up() -> Stack:
    components = local_components()  # bad replica counts or ports fail before anything starts
    infra.start()
    stack = Stack(local_env(components), components=components)
    started = {c.name for c in stack.start()}
    stack.wait_healthy(timeout=90.0 + 5.0 * len(components))
    counts = {s: len(stack.replicas(s)) for s in SERVICES}
    print("instances (" + ", ".join(f"{s} x{n}" for s, n in counts.items()) + ", gateway x1):", file=sys.stderr)
    for c in stack.components:
        note = "started" if c.name in started else "already running"
        print(f"  {c.name:20} port {c.port:<5}  {note:15}  log {stack.logs / (c.name + '.log')}", file=sys.stderr)
    extra = [n for n in stack.on_disk() if n not in {c.name for c in stack.components}
             and stack._pid_of(n) is not None]
    if extra:
        print(f"  also running from an earlier `up` (not in this configuration): {', '.join(extra)} "
              "(`make down` stops them)", file=sys.stderr)
    if monitoring.enabled():
        start_prometheus(stack)
    print(f"stack up: gateway {gateway_base_url(stack)} (docs at /docs)", file=sys.stderr)
    print(f"dashboard: {gateway_base_url(stack)}/dashboard/ (sign in with the API key)", file=sys.stderr)
    return stack


def dp_command() -> list[str]:
    """The ``dp`` console script of this interpreter's environment (``make venv`` installs it),
    or the same program as a module when the project is not installed."""
    script = Path(sys.executable).with_name("dp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dp_cli.main"]


def prometheus_targets(stack: Stack) -> list[tuple[str, str, int]]:
    """(instance, service, port) of every instance of the stack, for Prometheus' targets file."""
    return [(c.name, c.kind, c.port) for c in stack.components]


def start_prometheus(stack: Stack) -> None:
    prom = monitoring.local()
    prom.write_targets(prometheus_targets(stack))
    started = prom.start()
    prom.wait_ready()
    print(f"  {'prometheus':20} port {prom.port:<5}  {'started' if started else 'already running':15}  "
          f"log {prom.log_file}", file=sys.stderr)
    print(f"prometheus: {prom.url} (targets at /targets, alerts at /alerts; "
          f"{len(stack.components)} instances scraped)", file=sys.stderr)


def stop_prometheus() -> None:
    try:
        prom = monitoring.local()
    except ValueError:
        prom = monitoring.Prometheus()
    if prom.stop():
        print("stopped: prometheus", file=sys.stderr)


def push_example(base_url: str, api_key: str, path: Path = EXAMPLE) -> tuple[int, str | None]:
    """``dp run <path> --follow`` against the stack: per-stage bars and a summary on stderr;
    returns dp's exit status and the run id it printed."""
    env = {**os.environ, "DP_GATEWAY_URL": base_url, "DP_API_KEY": api_key}
    proc = subprocess.run([*dp_command(), "run", str(path), "--follow"], cwd=REPO, env=env,
                          stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    run_id = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else None
    return proc.returncode, run_id


def run() -> int:
    stack = up()
    base_url = gateway_base_url(stack)
    try:
        code, run_id = push_example(base_url, stack.env["DP_ADMIN_API_KEY"])
        if code == 0 and run_id:
            print(f"\nexport: dp export {run_id} --format parquet -o {run_id}.parquet"
                  f"\n  (JSONL on disk: {Path(stack.env['DP_DATA_DIR']) / 'exports' / f'{run_id}.jsonl'})")
        else:
            print(f"\npushing {EXAMPLE.name} failed (dp exit status {code}, message above); the stack keeps "
                  "serving", file=sys.stderr)
        print(f"\nAPI key: {stack.env['DP_ADMIN_API_KEY']}  (also in {infra.STATE / 'admin-api-key'})")
        key_ref = ("$DP_ADMIN_API_KEY" if os.environ.get("DP_ADMIN_API_KEY")
                   else f"$(cat {infra.STATE / 'admin-api-key'})")
        print(f"dp in another shell: export DP_GATEWAY_URL={base_url} DP_API_KEY={key_ref} PATH=$PWD/.venv/bin:$PATH")
        print(f"dashboard: {base_url}/dashboard/ (sign in with the API key above)")
        print(f"gateway serving on {base_url} (docs at /docs); Ctrl-C stops everything")
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        print("\nstopping...", file=sys.stderr)
        stack.stop(everything=True)
        stop_prometheus()
        infra.stop()
    return 0


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "status"
    try:
        if cmd == "up":
            up()
        elif cmd == "down":
            # Every instance a pid file names, whatever the replica counts are now.
            try:
                components = local_components()
            except ConfigError:
                components = default_components()
            stack = Stack(local_env(components), components=components)
            stopped = stack.stop(everything=True)
            print(f"stopped: {', '.join(stopped) if stopped else 'nothing was running'}", file=sys.stderr)
            stop_prometheus()
            infra.stop()
        elif cmd == "status":
            components = local_components()
            stack = Stack(local_env(components), components=components)
            for name, alive in stack.status().items():
                port = next((f"port {c.port}" for c in components if c.name == name),
                            "(from an earlier `up`; not in the DP_*_REPLICAS counts now)")
                print(f"{name:20} {'running' if alive else 'stopped':8} {port}")
            prom = monitoring.local()
            prom_up = prom.pid() is not None
            print(f"{'prometheus':20} {'running' if prom_up else 'stopped':8} port {prom.port}")
            return infra.status()
        elif cmd == "run":
            local_components()  # refuse bad settings before installing signal handlers
            # Explicitly: a shell that starts us in the background sets SIGINT to "ignore".
            signal.signal(signal.SIGINT, _interrupt)
            signal.signal(signal.SIGTERM, _interrupt)
            return run()
        else:
            print(__doc__)
            return 2
    except ConfigError as exc:
        print(f"stack.py {cmd}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
