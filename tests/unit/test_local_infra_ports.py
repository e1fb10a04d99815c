"""The local infrastructure (deploy/local/infra.py) refuses at once, with the port it found,
when its server already runs on another port than the one asked for: a developer's `make up` on
its own ports, then the tests on the defaults, used to wait 120 s for a broker that would never
answer on the default port."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.infra import REPO  # noqa: F401 - puts deploy/local on sys.path

import infra  # noqa: E402


@pytest.fixture
def state(tmp_path, monkeypatch):
    monkeypatch.setattr(infra, "STATE", tmp_path)
    return tmp_path


def fake_server(marker: str, *args: str) -> subprocess.Popen:
    """A process whose command line names the server (what ``_pid_alive`` checks), once the
    kernel shows that command line (just after the fork it may still show ours)."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", marker, *args])
    deadline = time.monotonic() + 10
    while marker.encode() not in Path(f"/proc/{proc.pid}/cmdline").read_bytes():
        assert time.monotonic() < deadline
        time.sleep(0.01)
    return proc


def test_kafka_of_this_home_on_another_port_is_refused(state):
    kafka = infra.Kafka(port=19092)
    kafka.home.mkdir(parents=True)
    (kafka.home / "server.properties").write_text(
        "process.roles=broker,controller\nlisteners=PLAINTEXT://127.0.0.1:39092,CONTROLLER://127.0.0.1:39093\n")
    proc = fake_server("kafka.Kafka")
    try:
        kafka.pid_file.write_text(str(proc.pid))
        assert kafka.running_port() == 39092
        with pytest.raises(SystemExit, match="already runs on port 39092, not 19092.*DP_LOCAL_KAFKA_PORT=39092"):
            kafka.start()
        infra.Kafka(port=39092).start()  # the same port: taken as it is, nothing started
    finally:
        proc.kill()
        proc.wait()
    assert infra._pid_alive(kafka.pid_file) is None


def test_ferretdb_on_another_port_is_refused(state):
    ferret = infra.FerretDB(port=27018)
    ferret.home.mkdir(parents=True)
    proc = fake_server("ferretdb-launcher", "-listen", "127.0.0.1:39017", "-data", str(ferret.home / "data"))
    try:
        ferret.pid_file.write_text(str(proc.pid))
        assert ferret.running_port() == 39017
        with pytest.raises(SystemExit, match="already runs on port 39017, not 27018.*DP_LOCAL_MONGODB_PORT=39017"):
            ferret.start()
        infra.FerretDB(port=39017).start()
    finally:
        proc.kill()
        proc.wait()


def test_ports_are_read_from_the_listen_forms():
    assert infra._listening_port("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://x", "PLAINTEXT://127.0.0.1:") == 19092
    assert infra._listening_port("127.0.0.1:27018", "127.0.0.1:") == 27018
    assert infra._listening_port("nothing here", "127.0.0.1:") is None
