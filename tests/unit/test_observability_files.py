"""deploy/'s Prometheus, Alertmanager and Docker files: the alert rules' unit tests (promtool,
from the Debian package the local stack uses), and what docker compose needs to keep data and
stop cleanly."""

from __future__ import annotations

import re
import shlex
import json
import subprocess

import yaml

from tests.support.infra import REPO  # noqa: F401 - puts deploy/local on sys.path

import monitoring  # noqa: E402

PROM = REPO / "deploy" / "prometheus"


def test_alert_rules_pass_their_promtool_unit_tests():
    promtool = str(monitoring.promtool())
    check = subprocess.run([promtool, "check", "rules", str(PROM / "alerts.yml")], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    tested = subprocess.run([promtool, "test", "rules", "alerts.test.yml"], cwd=PROM, capture_output=True, text=True)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "SUCCESS" in tested.stdout


def test_every_alert_has_unit_tests_that_see_it_fire_and_stay_quiet():
    rules = {r["alert"] for g in yaml.safe_load((PROM / "alerts.yml").read_text())["groups"] for r in g["rules"]}
    tests = yaml.safe_load((PROM / "alerts.test.yml").read_text())["tests"]
    fires, quiet = set(), set()
    for t in tests:
        for case in t.get("alert_rule_test", []):
            (fires if case["exp_alerts"] else quiet).add(case["alertname"])
    assert fires == rules and quiet == rules, (rules - fires, rules - quiet)


def test_local_prometheus_config_is_valid_for_promtool(tmp_path):
    prom = monitoring.Prometheus(home=tmp_path, port=1)
    prom.write_targets([("quality", "quality", 9103), ("quality-2", "quality", 9113), ("gateway", "gateway", 8000)])
    (tmp_path / "prometheus.yml").write_text(
        json.dumps(monitoring.config(prom.targets_file)))
    done = subprocess.run([str(monitoring.promtool()), "check", "config", str(tmp_path / "prometheus.yml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    groups = json.loads(prom.targets_file.read_text())
    assert {"targets": ["127.0.0.1:9113"], "labels": {"service": "quality", "instance": "quality-2"}} in groups


def test_compose_prometheus_config_is_valid_and_alerts_go_to_alertmanager(tmp_path):
    config = yaml.safe_load((PROM / "prometheus.yml").read_text())
    assert config["rule_files"] == ["/etc/prometheus/alerts.yml"]
    assert config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"] == ["alertmanager:9093"]
    for group in config["scrape_configs"][0]["static_configs"]:
        assert set(group["labels"]) == {"service"}  # the alerts' and dashboard's label
    config["rule_files"] = [str(PROM / "alerts.yml")]
    (tmp_path / "p.yml").write_text(yaml.safe_dump(config))
    done = subprocess.run([str(monitoring.promtool()), "check", "config", str(tmp_path / "p.yml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    am = compose["services"]["alertmanager"]
    assert "./deploy/alertmanager:/etc/alertmanager:ro" in am["volumes"]
    assert "--config.file=/etc/alertmanager/alertmanager.yml" in am["command"]
    routes = yaml.safe_load((REPO / "deploy" / "alertmanager" / "alertmanager.yml").read_text())
    receivers = {r["name"] for r in routes["receivers"]}
    assert routes["route"]["receiver"] in receivers
    assert all(r["receiver"] in receivers for r in routes["route"].get("routes", []))


def test_kafka_keeps_its_topics_on_the_volume():
    kafka = yaml.safe_load((REPO / "docker-compose.yml").read_text())["services"]["kafka"]
    (volume,) = kafka["volumes"]
    name, path = volume.split(":")[:2]
    assert name in yaml.safe_load((REPO / "docker-compose.yml").read_text())["volumes"]
    assert kafka["environment"]["KAFKA_LOG_DIRS"] == path


def _dockerfile_cmd() -> list[str]:
    text = (REPO / "Dockerfile").read_text()
    (cmd,) = re.findall(r"^CMD (\[.*\])$", text, re.M)
    return json.loads(cmd)


def test_services_stop_gracefully_within_compose_grace_period():
    text = (REPO / "Dockerfile").read_text()
    shell = _dockerfile_cmd()
    assert shell[:2] == ["sh", "-c"]
    argv = shlex.split(shell[2])
    assert argv[:2] == ["exec", "uvicorn"]
    timeout = argv[argv.index("--timeout-graceful-shutdown") + 1]
    assert timeout == "$DP_GRACEFUL_TIMEOUT_S"
    (default,) = re.findall(r"^ENV DP_GRACEFUL_TIMEOUT_S=(\d+)$", text, re.M)
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    for name in ("acquisition", "standardization", "quality", "production", "gateway"):
        grace = compose["services"][name]["stop_grace_period"]
        assert grace.endswith("s") and int(grace[:-1]) > int(default), (name, grace)


def test_the_image_carries_the_commit_its_manifests_name(monkeypatch):
    text = (REPO / "Dockerfile").read_text()
    arg = text.index("ARG DP_GIT_COMMIT")
    assert re.search(r"^ENV DP_GIT_COMMIT=\$DP_GIT_COMMIT$", text[arg:], re.M)
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    for name in ("acquisition", "standardization", "quality", "production", "gateway"):
        args = compose["services"][name]["build"]["args"]
        assert args["DP_GIT_COMMIT"].startswith("${DP_GIT_COMMIT:?"), args  # compose refuses to build without it
    # and the code reads that variable into the manifest
    from services.production.generator import code_version

    monkeypatch.setenv("DP_GIT_COMMIT", "0123abc")
    code_version.cache_clear()
    try:
        assert code_version().git_commit == "0123abc"
    finally:
        code_version.cache_clear()
