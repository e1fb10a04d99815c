"""How the local stack hands its instances to Prometheus (deploy/local/stack.py, monitoring.py)."""

from __future__ import annotations

import json

import pytest

from tests.support.infra import REPO  # noqa: F401 - puts deploy/local on sys.path

import monitoring  # noqa: E402
import stack  # noqa: E402


def test_every_replica_and_the_gateway_become_targets(tmp_path):
    components = stack.default_components(9101, 8000, {"quality": 3, "standardization": 2})
    s = stack.Stack(env={}, state_dir=tmp_path, components=components)
    prom = monitoring.Prometheus(home=tmp_path / "prometheus", port=1)
    prom.write_targets(stack.prometheus_targets(s))
    groups = json.loads(prom.targets_file.read_text())
    by_instance = {g["labels"]["instance"]: (g["labels"]["service"], g["targets"]) for g in groups}
    assert by_instance == {
        "acquisition": ("acquisition", ["127.0.0.1:9101"]),
        "standardization": ("standardization", ["127.0.0.1:9102"]),
        "standardization-2": ("standardization", ["127.0.0.1:9112"]),
        "quality": ("quality", ["127.0.0.1:9103"]),
        "quality-2": ("quality", ["127.0.0.1:9113"]),
        "quality-3": ("quality", ["127.0.0.1:9123"]),
        "production": ("production", ["127.0.0.1:9104"]),
        "gateway": ("gateway", ["127.0.0.1:8000"]),
    }
    assert not list(prom.home.glob("*.tmp"))  # replaced atomically


def test_the_config_loads_the_alert_rules_and_reads_the_targets_file(tmp_path):
    config = monitoring.config(tmp_path / "targets.json", "5s")
    assert config["rule_files"] == [str(REPO / "deploy" / "prometheus" / "alerts.yml")]
    (job,) = config["scrape_configs"]
    assert job["job_name"] == "dataset-pipeline"  # what the alerts' up{job=...} names
    assert job["file_sd_configs"][0]["files"] == [str(tmp_path / "targets.json")]


def test_prometheus_port_and_switch(monkeypatch):
    monkeypatch.delenv("DP_LOCAL_PROMETHEUS_PORT", raising=False)
    assert monitoring.local_port() == 9090
    monkeypatch.setenv("DP_LOCAL_PROMETHEUS_PORT", "34517")
    assert monitoring.local().port == 34517
    monkeypatch.setenv("DP_LOCAL_PROMETHEUS_PORT", "ninety")
    with pytest.raises(stack.ConfigError, match="DP_LOCAL_PROMETHEUS_PORT"):
        stack.local_components()  # refused before anything starts
    assert monitoring.enabled({}) and not monitoring.enabled({"DP_LOCAL_PROMETHEUS": "off"})


def test_a_pid_file_naming_another_program_is_not_prometheus(tmp_path):
    prom = monitoring.Prometheus(home=tmp_path, port=1)
    tmp_path.joinpath("prometheus.pid").write_text(str(__import__("os").getpid()))  # this pytest process
    assert prom.pid() is None
    assert prom.stop() is False
