"""The ``dp`` command as a user runs it: the installed console script (``.venv/bin/dp``), as
a separate process, against the e2e system: upload, run --follow, status, export with its
checksum verified, keys create/list/revoke, and the exits of every kind of failure."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.support.stacks import free_port

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "counselling_sessions.jsonl"
DP = Path(sys.executable).with_name("dp")


def dp(*args: str, url: str, key: str | None, home: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DP_")}
    env.update({"DP_GATEWAY_URL": url, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                "COLUMNS": "120"})
    if key is not None:
        env["DP_API_KEY"] = key
    return subprocess.run([str(DP), *args], env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def test_the_dp_script_is_installed():
    assert DP.is_file(), "make venv installs the dp console script ([project.scripts])"


async def test_upload_run_status_export_as_a_user_would(gateway_url, api_key, home, tmp_path, client):
    def run(*args, key=api_key):
        return dp(*args, url=gateway_url, key=key, home=home)

    uploaded = run("upload", str(EXAMPLE))
    assert uploaded.returncode == 0, uploaded.stderr
    dataset_id = uploaded.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{32}", dataset_id), uploaded.stdout
    assert f"dataset {dataset_id}" in uploaded.stderr

    started = run("run", dataset_id, "--threshold", "0.5", "--pii-policy", "redact", "--follow")
    assert started.returncode == 0, started.stderr
    run_id = started.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{32}", run_id)
    for stage in ("acquisition", "standardization", "quality", "production"):
        assert stage in started.stderr
    assert f"run {run_id} completed" in started.stderr
    assert len(started.stderr.splitlines()) < 15, started.stderr  # bars and a summary, no line per WS state

    shown = run("status", run_id, "--json")
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert doc["status"] == "completed" and doc["quality_threshold"] == 0.5
    assert doc["counts"]["records_in"] == sum(1 for line in EXAMPLE.read_text().splitlines() if line.strip())
    assert doc["counts"]["exported"] > 0
    assert (await client.get(f"/api/v1/pipeline/status/{run_id}")).json()["counts"] == doc["counts"]

    table = run("status", run_id)
    assert table.returncode == 0 and "completed" in table.stdout and "production" in table.stdout
    listed = run("status", "--json", "--limit", "200")
    assert run_id in [r["run_id"] for r in json.loads(listed.stdout)]

    target = tmp_path / "out.parquet"
    exported = run("export", run_id, "--format", "parquet", "-o", str(target))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == str(target)
    assert pq.read_table(target).num_rows == doc["counts"]["exported"]
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert f"sha256 {digest} verified" in exported.stderr
    variant = (await client.get(f"/api/v1/pipeline/exports/{run_id}/parquet.none")).json()
    assert variant["status"] == "completed" and variant["sha256"] == digest

    jsonl = tmp_path / "out.jsonl"
    assert run("export", run_id, "-o", str(jsonl)).returncode == 0
    assert hashlib.sha256(jsonl.read_bytes()).hexdigest() == doc["export"]["sha256"]
    assert len(jsonl.read_text().splitlines()) == doc["counts"]["exported"]

    followed = run("status", run_id, "--follow")
    assert followed.returncode == 0 and f"run {run_id} completed" in followed.stderr


def test_validate_a_file_before_uploading_it(gateway_url, api_key, home):
    checked = dp("validate", str(EXAMPLE), "--json", url=gateway_url, key=api_key, home=home)
    assert checked.returncode == 0, checked.stderr
    summary = json.loads(checked.stdout)
    records = sum(1 for line in EXAMPLE.read_text().splitlines() if line.strip())
    assert summary["records"] == records
    assert summary["converted"] + summary["rejected"] == records
    assert summary["conversations"] >= summary["converted"] > 0
    assert 0 < summary["mean_score"] <= 1


def test_keys_create_list_revoke_and_what_a_revoked_key_gets(gateway_url, api_key, home):
    def run(*args, key=api_key):
        return dp(*args, url=gateway_url, key=key, home=home)

    created = run("keys", "create", "--name", "dp-e2e", "--tier", "viewer")
    assert created.returncode == 0, created.stderr
    secret = created.stdout.strip()
    assert re.fullmatch(r"dp_[0-9a-f]{16}_[A-Za-z0-9_-]{20,128}", secret)
    key_id = secret.split("_")[1]
    assert f"created key {key_id}" in created.stderr and secret not in created.stderr

    listed = run("keys", "list", "--json")
    assert listed.returncode == 0
    mine = next(k for k in json.loads(listed.stdout) if k["key_id"] == key_id)
    assert mine["tier"] == "viewer" and mine["revoked_at"] is None and "api_key" not in mine
    assert secret not in listed.stdout

    assert run("status", key=secret).returncode == 0  # a viewer reads runs
    refused = run("upload", str(EXAMPLE), key=secret)  # but may not upload
    assert refused.returncode == 1
    assert "Insufficient scope (403)" in refused.stderr and "datasets:write" in refused.stderr

    revoked = run("keys", "revoke", key_id)
    assert revoked.returncode == 0, revoked.stderr
    again = run("keys", "revoke", key_id)
    assert again.returncode == 1 and "Key already revoked (409)" in again.stderr

    deadline = time.monotonic() + 30  # DP_GATEWAY_KEY_CACHE_S is 1 on the e2e system
    while (after := run("status", key=secret)).returncode == 0 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert after.returncode == 1
    assert "Missing or invalid API key (401)" in after.stderr and "not revoked" in after.stderr


def test_failures_exit_non_zero_with_a_clear_message(gateway_url, home):
    bad = dp("status", url=gateway_url, key="dp_0000000000000000_" + "x" * 30, home=home)
    assert bad.returncode == 1
    assert "Error: Missing or invalid API key (401)" in bad.stderr and "Traceback" not in bad.stderr

    unknown = dp("status", "f" * 32, url=gateway_url, key=None, home=home)
    assert unknown.returncode == 2 and "No API key" in unknown.stderr

    port = free_port()
    down = dp("status", url=f"http://127.0.0.1:{port}", key="k", home=home)
    assert down.returncode == 3
    assert "Cannot reach the gateway" in down.stderr and f"127.0.0.1:{port}" in down.stderr


def test_not_found_and_not_completed(gateway_url, api_key, home, tmp_path):
    missing = dp("status", "f" * 32, url=gateway_url, key=api_key, home=home)
    assert missing.returncode == 1 and "Unknown run (404)" in missing.stderr
    no_export = dp("export", "f" * 32, "-o", str(tmp_path / "x.jsonl"), url=gateway_url, key=api_key, home=home)
    assert no_export.returncode == 1 and "Unknown run (404)" in no_export.stderr
    assert not (tmp_path / "x.jsonl").exists()
