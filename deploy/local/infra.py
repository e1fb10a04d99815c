"""Local, real infrastructure without Docker: Apache Kafka 4.3.1 (KRaft, from the Maven
Central jars) and FerretDB 1.24.2 (MongoDB wire protocol, SQLite backend, embedded in
our Go launcher).

    python deploy/local/infra.py install|start|stop|status|env

Downloads and builds are cached under ``~/.cache/dataset-pipeline/`` keyed by version
and by the hash of the recipe, so a fresh clone reuses them; every step can also run
from nothing (Maven and Go fetch from their registries). Data, logs and pid files live
under ``.local/`` in the repository (git-ignored).

If ``DP_KAFKA_BOOTSTRAP`` / ``DP_MONGODB_URI`` are set, those servers are used and the
corresponding local server is neither installed nor started.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import itertools
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CACHE = Path(os.environ.get("DP_CACHE_DIR", Path.home() / ".cache" / "dataset-pipeline"))
STATE = Path(os.environ.get("DP_LOCAL_STATE_DIR", REPO / ".local"))

KAFKA_VERSION = "4.3.1"
FERRETDB_VERSION = "1.24.2"
def open_private_log(path: Path):
    """``open(path, "ab")``, but the file is 0600 (also one made before with another mode): logs
    may hold what a request carried, and are the operator's only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, "ab")


# The broker's JVM: C1 only (TieredStopAtLevel=1) and the serial collector. On this 2-core
# machine C2 spent 8-9 CPU-s compiling during a 100,000-conversation end-to-end run (the broker
# 21-25 CPU-s in all; G1 as well); with C1 the compiler takes ~0.5 and the request handling and
# network threads no more than before (7.1-7.2 against 8.1-9.5 CPU-s): the broker mostly moves
# ~1 MB batches it never decompresses. The collector is a rounding error (0.1-0.3 CPU-s) either way;
# serial has no concurrent threads. Start-up: ~7 CPU-s less. Measured in docs/performance.md
# ("The Kafka broker's CPU"). DP_LOCAL_KAFKA_JVM_OPTS replaces these flags whole.
KAFKA_JVM_OPTS = os.environ.get("DP_LOCAL_KAFKA_JVM_OPTS", "").split() or [
    "-Xms256m", "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
]
KAFKA_PORT = int(os.environ.get("DP_LOCAL_KAFKA_PORT", "19092"))
KAFKA_CONTROLLER_PORT = int(os.environ.get("DP_LOCAL_KAFKA_CONTROLLER_PORT", "19093"))
FERRETDB_PORT = int(os.environ.get("DP_LOCAL_MONGODB_PORT", "27018"))
READY_TIMEOUT_S = float(os.environ.get("DP_LOCAL_READY_TIMEOUT", "120"))


def log(msg: str) -> None:
    print(f"[infra] {msg}", file=sys.stderr, flush=True)


def _digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _pid_alive(pid_file: Path) -> int | None:
    try:
        pid = int(pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    # A zombie or a recycled pid of another program is not ours.
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except FileNotFoundError:
        return None
    if b"kafka.Kafka" not in cmdline and b"ferretdb-launcher" not in cmdline:
        return None
    return pid


def _listening_port(text: str, prefix: str) -> int | None:
    """The port after ``prefix`` ("PLAINTEXT://127.0.0.1:", "127.0.0.1:") in ``text``, if any."""
    at = text.find(prefix)
    if at < 0:
        return None
    digits = "".join(itertools.takewhile(str.isdigit, text[at + len(prefix):]))
    return int(digits) if digits else None


def _refuse_other_port(name: str, home: Path, running: int | None, wanted: int, variable: str) -> None:
    """Stop with a clear message when the server of ``home`` already runs on another port than
    the one asked for: a second one cannot share its data, and waiting for the asked port would
    only time out (a developer's ``make up`` on its own ports, then the tests on the defaults)."""
    if running is not None and running != wanted:
        raise SystemExit(f"{name}: the server of {home} already runs on port {running}, not {wanted} "
                         f"({variable}): stop it first (`make down`, or `deploy/local/infra.py stop`) "
                         f"or set {variable}={running}")


def _stop_pid(pid_file: Path, name: str, timeout: float = 30.0) -> None:
    pid = _pid_alive(pid_file)
    if pid is None:
        log(f"{name}: not running")
        pid_file.unlink(missing_ok=True)
        return
    os.kill(pid, signal.SIGTERM)  # controlled shutdown first
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _pid_alive(pid_file) is None:
            break
        time.sleep(0.2)
    else:
        log(f"{name}: still running after {timeout:.0f}s, sending SIGKILL")
        os.kill(pid, signal.SIGKILL)
    pid_file.unlink(missing_ok=True)
    log(f"{name}: stopped (pid {pid})")


# --------------------------------------------------------------------------- Kafka


def new_cluster_id() -> str:
    """A KRaft cluster id as Kafka's Uuid.randomUuid() makes one: never starting with '-'.

    One random id in 64 starts with '-'; kafka-storage then reads it as an option and exits 1
    ("argument --cluster-id/-t: expected one argument"), which failed a CI run.
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


@dataclass(frozen=True)
class Kafka:
    port: int = KAFKA_PORT
    controller_port: int = KAFKA_CONTROLLER_PORT

    @property
    def lib(self) -> Path:
        key = _digest(HERE / "kafka" / "pom.xml")
        return CACHE / f"kafka-{KAFKA_VERSION}-{key}" / "lib"

    @property
    def home(self) -> Path:
        return STATE / "kafka"

    @property
    def pid_file(self) -> Path:
        return self.home / "kafka.pid"

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def install(self) -> None:
        if (self.lib / f"kafka_2.13-{KAFKA_VERSION}.jar").exists():
            return
        if shutil.which("mvn") is None or shutil.which("java") is None:
            raise SystemExit("Kafka needs Java 17+ and Maven on PATH (apt-get install maven)")
        log(f"kafka: gathering the {KAFKA_VERSION} runtime classpath from Maven Central")
        tmp = self.lib.with_name("lib.partial")
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run(
            [
                "mvn", "-q", "-B", "-f", str(HERE / "kafka" / "pom.xml"),
                # fully qualified goal: avoids a plugin-prefix lookup the mirror may not serve
                "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies",
                f"-DoutputDirectory={tmp}", "-DincludeScope=runtime",
            ],
            check=True,
        )
        tmp.rename(self.lib)

    def _write_config(self) -> Path:
        self.home.mkdir(parents=True, exist_ok=True)
        template = (HERE / "kafka" / "server.properties.template").read_text()
        cfg = self.home / "server.properties"
        cfg.write_text(
            template.format(
                broker_port=self.port,
                controller_port=self.controller_port,
                log_dirs=self.home / "data",
            )
        )
        return cfg

    def running_port(self) -> int | None:
        """The port the running broker was configured with (its ``server.properties``)."""
        try:
            return _listening_port((self.home / "server.properties").read_text(), "PLAINTEXT://127.0.0.1:")
        except FileNotFoundError:
            return None

    def start(self) -> None:
        if _pid_alive(self.pid_file):
            _refuse_other_port("kafka", self.home, self.running_port(), self.port, "DP_LOCAL_KAFKA_PORT")
            log(f"kafka: already running on {self.bootstrap}")
            return
        self.install()
        cfg = self._write_config()
        cp = f"{self.lib}/*"
        java = shutil.which("java") or "java"
        if not (self.home / "data" / "meta.properties").exists():
            cluster_id = new_cluster_id()
            subprocess.run(
                [java, "-cp", cp, "kafka.tools.StorageTool", "format", "--ignore-formatted",
                 f"--cluster-id={cluster_id}", "-c", str(cfg)],
                check=True, stdout=subprocess.DEVNULL,
            )
        log_file = open_private_log(self.home / "kafka.log")
        proc = subprocess.Popen(
            [java, *KAFKA_JVM_OPTS, "-Djava.awt.headless=true",
             f"-Dlog4j2.configurationFile={HERE / 'kafka' / 'log4j2.properties'}",
             "-cp", cp, "kafka.Kafka", str(cfg)],
            stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.pid_file.write_text(str(proc.pid))
        log(f"kafka: started pid {proc.pid}, log {self.home / 'kafka.log'}")

    def stop(self) -> None:
        _stop_pid(self.pid_file, "kafka")

    async def ready(self, bootstrap: str) -> bool:
        import logging

        from aiokafka.admin import AIOKafkaAdminClient

        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # "connection refused" while it boots

        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
        try:
            await admin.start()
            cluster = await admin.describe_cluster()
            return bool(cluster.get("brokers"))
        except Exception:
            return False
        finally:
            await admin.close()


# --------------------------------------------------------------------------- FerretDB


@dataclass(frozen=True)
class FerretDB:
    port: int = FERRETDB_PORT

    @property
    def binary(self) -> Path:
        src = HERE / "ferretdb"
        key = _digest(src / "main.go", src / "go.mod", src / "go.sum")
        return CACHE / f"ferretdb-{FERRETDB_VERSION}-{key}" / "ferretdb-launcher"

    @property
    def home(self) -> Path:
        return STATE / "ferretdb"

    @property
    def pid_file(self) -> Path:
        return self.home / "ferretdb.pid"

    @property
    def uri(self) -> str:
        return f"mongodb://127.0.0.1:{self.port}/?directConnection=true"

    def install(self) -> None:
        if self.binary.exists():
            return
        if shutil.which("go") is None:
            raise SystemExit("FerretDB's launcher needs Go 1.24+ on PATH")
        log(f"ferretdb: building the launcher with FerretDB v{FERRETDB_VERSION}")
        self.binary.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.binary.with_suffix(".partial")
        env = {**os.environ, "CGO_ENABLED": "0", "GOFLAGS": "-buildvcs=false"}
        subprocess.run(["go", "build", "-o", str(tmp), "."], cwd=HERE / "ferretdb", check=True, env=env)
        tmp.rename(self.binary)

    def running_port(self) -> int | None:
        """The port the running launcher listens on (its ``-listen`` argument)."""
        pid = _pid_alive(self.pid_file)
        if pid is None:
            return None
        try:
            args = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
        except FileNotFoundError:
            return None
        return _listening_port(args[args.index("-listen") + 1], "127.0.0.1:") if "-listen" in args[:-1] else None

    def start(self) -> None:
        if _pid_alive(self.pid_file):
            _refuse_other_port("ferretdb", self.home, self.running_port(), self.port, "DP_LOCAL_MONGODB_PORT")
            log(f"ferretdb: already running on 127.0.0.1:{self.port}")
            return
        self.install()
        (self.home / "data").mkdir(parents=True, exist_ok=True)
        log_file = open_private_log(self.home / "ferretdb.log")
        proc = subprocess.Popen(
            [str(self.binary), "-listen", f"127.0.0.1:{self.port}", "-data", str(self.home / "data")],
            stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.pid_file.write_text(str(proc.pid))
        log(f"ferretdb: started pid {proc.pid}, log {self.home / 'ferretdb.log'}")

    def stop(self) -> None:
        _stop_pid(self.pid_file, "ferretdb")

    async def ready(self, uri: str) -> bool:
        from pymongo import AsyncMongoClient

        client = AsyncMongoClient(uri, serverSelectionTimeoutMS=2000)
        try:
            await client.admin.command("ping")
            return True
        except Exception:
            return False
        finally:
            await client.close()


# --------------------------------------------------------------------------- API


async def _wait(check, target: str, name: str, timeout: float = READY_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await check(target):
            log(f"{name}: ready at {target}")
            return
        await asyncio.sleep(0.5)
    raise SystemExit(f"{name} at {target} not ready after {timeout:.0f}s (see .local/ logs)")


def endpoints() -> tuple[str, str]:
    """Kafka bootstrap and MongoDB URI: the configured ones, or the local servers'."""
    return (
        os.environ.get("DP_KAFKA_BOOTSTRAP") or Kafka().bootstrap,
        os.environ.get("DP_MONGODB_URI") or FerretDB().uri,
    )


def start() -> tuple[str, str]:
    """Start whatever is not configured externally; return once both answer a round trip."""
    kafka, ferret = Kafka(), FerretDB()
    bootstrap, uri = endpoints()
    if not os.environ.get("DP_KAFKA_BOOTSTRAP"):
        kafka.start()
    if not os.environ.get("DP_MONGODB_URI"):
        ferret.start()

    async def both() -> None:
        await asyncio.gather(_wait(kafka.ready, bootstrap, "kafka"), _wait(ferret.ready, uri, "ferretdb"))

    asyncio.run(both())
    return bootstrap, uri


def stop() -> None:
    if not os.environ.get("DP_KAFKA_BOOTSTRAP"):
        Kafka().stop()
    if not os.environ.get("DP_MONGODB_URI"):
        FerretDB().stop()


def status() -> int:
    bootstrap, uri = endpoints()
    k_ok = asyncio.run(Kafka().ready(bootstrap))
    m_ok = asyncio.run(FerretDB().ready(uri))
    print(f"kafka    {bootstrap:40} {'up' if k_ok else 'down'}")
    print(f"mongodb  {uri:40} {'up' if m_ok else 'down'}")
    return 0 if k_ok and m_ok else 1


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "status"
    if cmd == "install":
        Kafka().install()
        FerretDB().install()
    elif cmd == "start":
        start()
    elif cmd == "stop":
        stop()
    elif cmd == "status":
        return status()
    elif cmd == "env":
        bootstrap, uri = endpoints()
        print(f"DP_KAFKA_BOOTSTRAP={bootstrap}\nDP_MONGODB_URI={uri}")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
