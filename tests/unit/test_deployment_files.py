"""The Docker path can't run on these machines; keep it honest by checking what it names."""

import importlib
import json
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]


def test_compose_runs_every_service_with_an_app_that_exists():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    services = compose["services"]
    for name in ("acquisition", "standardization", "quality", "production", "gateway", "kafka", "mongo"):
        assert name in services, name
    for name in ("acquisition", "standardization", "quality", "production", "gateway"):
        env = services[name]["environment"]
        module, factory = env["APP"].split(":")
        assert callable(getattr(importlib.import_module(module), factory))
        assert env["DP_KAFKA_BOOTSTRAP"] == "kafka:9092" and env["DP_MONGODB_URI"].startswith("mongodb://mongo:")
        assert "data:/data" in services[name]["volumes"]


def test_prometheus_scrapes_every_component_compose_defines():
    compose = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    prom = yaml.safe_load((REPO / "deploy/prometheus/prometheus.yml").read_text())
    targets = {t for sc in prom["scrape_configs"] for group in sc["static_configs"] for t in group["targets"]}
    for name in ("acquisition", "standardization", "quality", "production", "gateway"):
        port = compose["services"][name]["environment"]["PORT"]
        assert f"{name}:{port}" in targets


def test_dashboard_queries_only_metrics_the_code_defines():
    dash = json.loads((REPO / "deploy/grafana/dashboards/pipeline.json").read_text())
    exprs = " ".join(t["expr"] for p in dash["panels"] for t in p["targets"])
    source = " ".join(p.read_text() for p in (REPO / "shared").rglob("*.py")) + (REPO / "gateway/app.py").read_text()
    for metric in ("dp_conversations_total", "dp_records_total", "dp_rejects_total", "dp_batch_latency_seconds",
                   "dp_quality_score", "dp_http_requests_total", "dp_dead_letters_total"):
        assert metric in exprs and f'"{metric}"' in source


def test_architecture_doc_topic_table_is_the_one_in_code():
    from shared.topics import markdown_table

    assert markdown_table() in (REPO / "docs" / "architecture.md").read_text(), (
        "docs/architecture.md's topic table differs from shared/topics.py: paste shared.topics.markdown_table()")
