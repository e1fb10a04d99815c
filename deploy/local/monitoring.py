"""Prometheus for the local stack, without Docker: Debian's ``prometheus`` package (2.42),
unpacked (never installed as a system service) into ``~/.cache/dataset-pipeline/``.

    python deploy/local/monitoring.py install|start|stop|status|promtool ARGS...

``stack.py up`` / ``run`` write the scrape targets (every instance of every service, replicas
included, and the gateway) to ``.local/prometheus/targets.json`` (Prometheus' file-based
service discovery, re-read on change) and start Prometheus on ``127.0.0.1:9090``
(``DP_LOCAL_PROMETHEUS_PORT``) with the alert rules of ``deploy/prometheus/alerts.yml``;
``down`` stops it by pid. ``DP_LOCAL_PROMETHEUS=off`` leaves it out. Data, log and pid file
live under ``.local/prometheus/``.

Install: ``apt-get download prometheus`` (no root needed once the package lists exist; as root
on a fresh machine an ``apt-get update`` runs first), then ``dpkg -x`` of the package into the
cache; ``prometheus`` and ``promtool`` are taken from it. A ``prometheus`` already on PATH is
used when apt cannot serve.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import infra  # noqa: E402

DEPLOY = HERE.parent
ALERT_RULES = DEPLOY / "prometheus" / "alerts.yml"
JOB = "dataset-pipeline"
PACKAGE = "prometheus"


def log(msg: str) -> None:
    print(f"[prometheus] {msg}", file=sys.stderr, flush=True)


def enabled(environ=os.environ) -> bool:
    return environ.get("DP_LOCAL_PROMETHEUS", "on").strip().lower() not in ("0", "off", "false", "no")


def local_port(environ=os.environ) -> int:
    raw = environ.get("DP_LOCAL_PROMETHEUS_PORT", "").strip() or "9090"
    try:
        port = int(raw, 10)
    except ValueError:
        raise ValueError(f"DP_LOCAL_PROMETHEUS_PORT must be a port number, got {raw!r}") from None
    if not 1 <= port <= 65535:
        raise ValueError(f"DP_LOCAL_PROMETHEUS_PORT out of range: {port}")
    return port


# --------------------------------------------------------------------------- install


def _cached_bin() -> Path | None:
    found = sorted(infra.CACHE.glob(f"{PACKAGE}-*/usr/bin/prometheus"))
    return found[-1].parent if found else None


def _apt_download(workdir: Path) -> Path:
    def download() -> subprocess.CompletedProcess:
        return subprocess.run(["apt-get", "download", PACKAGE], cwd=workdir, capture_output=True, text=True)

    done = download()
    if done.returncode != 0 and os.geteuid() == 0:  # a fresh machine: no package lists yet
        log("apt-get download failed; running apt-get update once")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        done = download()
    if done.returncode != 0:
        raise SystemExit(f"apt-get download {PACKAGE} failed:\n{done.stderr.strip()}")
    debs = sorted(workdir.glob(f"{PACKAGE}_*.deb"))
    if not debs:
        raise SystemExit(f"apt-get download {PACKAGE} left no .deb in {workdir}")
    return debs[-1]


def install() -> Path:
    """The directory holding ``prometheus`` and ``promtool`` (downloaded once, then cached)."""
    cached = _cached_bin()
    if cached is not None:
        return cached
    if shutil.which("apt-get") and shutil.which("dpkg"):
        infra.CACHE.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=infra.CACHE) as tmp:
            deb = _apt_download(Path(tmp))
            version = deb.name.split("_")[1].replace(":", "_").replace("+", "_")
            log(f"unpacking {deb.name} into the cache")
            target = infra.CACHE / f"{PACKAGE}-{version}"
            partial = Path(tmp) / "root"
            subprocess.run(["dpkg", "-x", str(deb), str(partial)], check=True)
            shutil.rmtree(target, ignore_errors=True)
            partial.rename(target)
        cached = _cached_bin()
        if cached is None:
            raise SystemExit(f"the {PACKAGE} package holds no usr/bin/prometheus")
        return cached
    on_path = shutil.which("prometheus")
    if on_path and shutil.which("promtool"):
        return Path(on_path).parent
    raise SystemExit("Prometheus needs apt-get (Debian's prometheus package) or prometheus + promtool on PATH")


def promtool() -> Path:
    return install() / "promtool"


# --------------------------------------------------------------------------- config


def scrape_targets(instances: Iterable[tuple[str, str, int]]) -> list[dict]:
    """file_sd groups for ``(instance name, service, port)``: ``service`` and ``instance``
    (``quality-2``) labels on every series of the instance."""
    return [{"targets": [f"127.0.0.1:{port}"], "labels": {"service": service, "instance": name}}
            for name, service, port in instances]


def config(targets_file: Path, scrape_interval: str = "5s", rule_files: Iterable[Path] = (ALERT_RULES,)) -> dict:
    return {
        "global": {"scrape_interval": scrape_interval, "evaluation_interval": scrape_interval},
        "rule_files": [str(p) for p in rule_files],
        "scrape_configs": [{
            "job_name": JOB,
            "file_sd_configs": [{"files": [str(targets_file)], "refresh_interval": "5s"}],
        }],
    }


def _is_prometheus(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (ProcessLookupError, PermissionError, FileNotFoundError):
        return False
    if not cmdline:
        return False
    return Path(cmdline.split(b"\0")[0].decode(errors="replace")).name == "prometheus"


@dataclass(frozen=True)
class Prometheus:
    """One Prometheus server: its files in ``home``, the API on 127.0.0.1:``port``."""

    home: Path = infra.STATE / "prometheus"
    port: int = 9090
    scrape_interval: str = "5s"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def targets_file(self) -> Path:
        return self.home / "targets.json"

    @property
    def config_file(self) -> Path:
        return self.home / "prometheus.yml"

    @property
    def pid_file(self) -> Path:
        return self.home / "prometheus.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "prometheus.log"

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _is_prometheus(pid) else None

    def write_targets(self, instances: Iterable[tuple[str, str, int]]) -> None:
        """Replace the targets file atomically (Prometheus never reads half of it)."""
        self.home.mkdir(parents=True, exist_ok=True)
        tmp = self.targets_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(scrape_targets(instances), indent=2))
        tmp.replace(self.targets_file)

    def start(self) -> bool:
        """Start unless running; False if it was already running (the config is rewritten and
        the targets file is re-read anyway)."""
        self.home.mkdir(parents=True, exist_ok=True)
        if not self.targets_file.exists():
            self.write_targets([])
        # JSON is YAML: no YAML library needed to write it
        self.config_file.write_text(json.dumps(config(self.targets_file, self.scrape_interval), indent=2))
        running = self.pid()
        if running is not None:
            os.kill(running, signal.SIGHUP)  # re-read the config (rules included)
            return False
        binary = install() / "prometheus"
        out = infra.open_private_log(self.log_file)
        proc = subprocess.Popen(
            [str(binary), f"--config.file={self.config_file}", f"--storage.tsdb.path={self.home / 'data'}",
             f"--web.listen-address=127.0.0.1:{self.port}", "--storage.tsdb.retention.time=7d"],
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )
        out.close()
        self.pid_file.write_text(str(proc.pid))
        return True

    def ready(self) -> bool:
        import httpx

        try:
            return httpx.get(f"{self.url}/-/ready", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.ready():
                return
            if self.pid() is None:
                tail = self.log_file.read_text(errors="replace")[-3000:] if self.log_file.exists() else ""
                raise RuntimeError(f"prometheus exited during start-up:\n{tail}")
            time.sleep(0.3)
        raise RuntimeError(f"prometheus not ready after {timeout:.0f}s (log {self.log_file})")

    def stop(self, timeout: float = 20.0) -> bool:
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
            if not _is_prometheus(pid):
                break
            time.sleep(0.1)
        else:
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return True


def local() -> Prometheus:
    return Prometheus(port=local_port())


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "status"
    if cmd == "install":
        print(install())
    elif cmd == "start":
        prom = local()
        prom.start()
        prom.wait_ready()
        log(f"ready at {prom.url}")
    elif cmd == "stop":
        log("stopped" if local().stop() else "not running")
    elif cmd == "status":
        prom = local()
        up = prom.pid() is not None and prom.ready()
        print(f"prometheus {prom.url:40} {'up' if up else 'down'}")
        return 0 if up else 1
    elif cmd == "promtool":
        return subprocess.call([str(promtool()), *argv[2:]])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
