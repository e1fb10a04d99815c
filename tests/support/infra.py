"""Real Kafka and MongoDB-wire servers for the suite, started once per session.

Order of preference: servers named by ``DP_KAFKA_BOOTSTRAP``/``DP_MONGODB_URI``; else the
local launchers of ``deploy/local/infra.py`` (Kafka from the Maven jars, FerretDB). Servers
this session started are stopped when it ends; ones already running are left alone.
"""

from __future__ import annotations

import os
import sys
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "deploy" / "local"))
import infra  # noqa: E402


@dataclass(frozen=True)
class Infrastructure:
    kafka_bootstrap: str
    mongodb_uri: str

    def unique(self, label: str = "t") -> tuple[str, str]:
        """A topic prefix and a database name no other test uses."""
        tag = f"{label}_{uuid.uuid4().hex[:10]}"
        return f"{tag}.", tag


@contextmanager
def running_infrastructure():
    kafka, ferret = infra.Kafka(), infra.FerretDB()
    started_here = []
    if not os.environ.get("DP_KAFKA_BOOTSTRAP") and not infra._pid_alive(kafka.pid_file):
        started_here.append(kafka)
    if not os.environ.get("DP_MONGODB_URI") and not infra._pid_alive(ferret.pid_file):
        started_here.append(ferret)
    bootstrap, uri = infra.start()
    try:
        yield Infrastructure(bootstrap, uri)
    finally:
        for server in started_here:
            server.stop()
