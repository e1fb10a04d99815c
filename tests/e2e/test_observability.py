"""Observability against a live Prometheus: a stack (two quality replicas) and one Prometheus
scraping it, after runs that complete, a run that fails (quality gives up on its only batch after
retries), and a raw-ingest message refused as a whole. Then: every scrape target is up; every
query of every Grafana panel returns series carrying the labels its legend shows; every alert
rule evaluates without error and its expression returns series with the labels its annotations
use; the alerts that should fire do."""

from __future__ import annotations

import asyncio
import json
import time
import uuid

import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer

from shared import topics
from tests.support.pipeline_client import execute, follow, upload
from tests.support.prometheus import (PanelQuery, PromAPI, alert_base_query, alert_rules, annotation_labels,
                                      dashboard_variables, legend_problems, panel_queries, prometheus_for)
from tests.support.stacks import gateway_url, own_stack, stack_client

pytestmark = pytest.mark.e2e

POISON = "DP-FAULT-OBSERVED"  # quality raises on every attempt at a batch holding this; the gateway on a path
SERVICES = {"acquisition", "standardization", "quality", "production", "gateway"}


@pytest.fixture(scope="module")
def stack(infrastructure, tmp_path_factory):
    env = {"DP_FAULT_INJECT": f"quality:{POISON},gateway:{POISON}", "DP_HANDLER_ATTEMPTS": "2", "DP_RETRY_BACKOFF_S": "0.05",
           "DP_RETRY_BACKOFF_MAX_S": "0.1", "DP_LAG_INTERVAL_S": "1"}
    with own_stack(infrastructure, tmp_path_factory.mktemp("observed"), "observed", env,
                   replicas={"quality": 2}) as s:
        yield s


@pytest.fixture(scope="module")
def prom(stack, tmp_path_factory):
    with prometheus_for(stack, tmp_path_factory.mktemp("prometheus")) as api:
        yield api


def chat_file(path, n: int, mark: str = "", unconvertible: int = 0):
    with open(path, "w") as fh:
        for i in range(unconvertible):  # rejected by standardization (a format it does not know)
            fh.write(json.dumps({"note": f"not a conversation at all {i}"}) + "\n")
        for i in range(n):
            fh.write(json.dumps({"messages": [
                {"role": "user", "content": f"question {i}: how do I calm down before a hard talk? {mark}"},
                {"role": "assistant", "content": f"answer {i}: slow breathing and a plan for the first line help."},
            ]}) + "\n")
    return path


async def produce(bootstrap: str, topic: str, *messages: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for value in messages:
            await producer.send_and_wait(topic, value)
    finally:
        await producer.stop()


async def wait_for(probe, what: str, timeout: float = 60.0, detail=lambda: None):
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: not within {timeout:.0f}s (last {value!r}; {detail()})")
        await asyncio.sleep(0.5)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def after_runs(stack, prom: PromAPI, tmp_path_factory):
    """Drive the stack: two runs that complete, one that fails, one raw-ingest message accepted
    and one refused. Returns once Prometheus has scraped their outcome."""
    tmp = tmp_path_factory.mktemp("observed-data")
    key = stack.env["DP_ADMIN_API_KEY"]
    async with stack_client(stack) as api:
        async def run(path, **options) -> dict:
            dataset = (await upload(api, path)).json()["dataset_id"]
            run_id = await execute(api, [dataset], quality_threshold=0.0, **options)
            messages = await follow(gateway_url(stack), key, run_id, timeout=120)
            return messages[-1]["run"]

        bootstrap, topic = stack.env["DP_KAFKA_BOOTSTRAP"], stack.env["DP_TOPIC_PREFIX"] + topics.RAW_INGEST.name
        good = json.dumps({"source": f"crm-{uuid.uuid4().hex[:6]}", "dataset": "sessions", "message_id": "m1",
                           "records": [{"messages": [{"role": "user", "content": "hello, I feel low today"},
                                                     {"role": "assistant", "content": "I'm sorry. What happened?"}]}]})
        await produce(bootstrap, topic, good.encode(), good.encode()[:40])  # the second is cut: refused
        r = await api.get(f"/api/v1/datasets/{POISON}")  # a bug in a route: a 500
        assert r.status_code == 500, r.text
        finals = await asyncio.gather(run(chat_file(tmp / "a.jsonl", 60), batch_size=10),
                                      run(chat_file(tmp / "b.jsonl", 5, unconvertible=1)),
                                      run(chat_file(tmp / "poison.jsonl", 3, POISON)))
    assert [f["status"] for f in finals] == ["completed", "completed", "failed"], finals
    seen = {'sum(dp_runs_total{status="failed"})': 1,
            'sum(dp_runs_total{status="completed"})': 3,  # the two runs and the accepted raw-ingest message's
            "sum(dp_ingest_rejects_total)": 1, "sum(dp_rejects_total)": 1,
            'sum(dp_http_requests_total{status="500"})': 1}

    def values() -> dict[str, float]:
        return {expr: prom.value(expr) for expr in seen}

    await wait_for(lambda: all(v >= seen[e] for e, v in values().items()),
                   "Prometheus has scraped the runs' outcomes", detail=values)
    return finals


async def test_every_instance_is_scraped_and_up(stack, prom: PromAPI, after_runs):
    targets = prom.targets()
    assert len(targets) == len(stack.components) == 6  # two quality replicas
    assert {t["labels"]["instance"] for t in targets} == {c.name for c in stack.components}
    assert {t["labels"]["service"] for t in targets} == SERVICES
    assert all(t["labels"]["job"] == "dataset-pipeline" for t in targets)
    down = [(t["labels"]["instance"], t["lastError"]) for t in targets if t["health"] != "up"]
    assert not down, down
    # the dashboard's variables list every service and every instance
    variables = dashboard_variables()
    assert set(prom.label_values("service", 'up{job="dataset-pipeline"}')) == SERVICES
    assert variables["instance"].startswith("label_values(up{")
    assert {"quality", "quality-2"} <= set(prom.label_values("instance", 'up{job="dataset-pipeline",service=~"quality"}'))


async def test_every_panel_query_returns_series_with_its_legend_labels(prom: PromAPI, after_runs):
    def problems() -> list[str]:
        return [p for query in panel_queries() for p in legend_problems(query, prom.query(query.expr))]

    # rate() needs two samples of a series: one born with the last failure may have only one yet
    await wait_for(lambda: not problems(), "every panel has series with its legend's labels",
                   detail=lambda: "\n".join(problems()))
    # what the Kafka panel grouped by before: FastStream's counter has no such label, so the check bites
    old = PanelQuery("old Kafka panel", "A", "sum by (destination) (rate(faststream_received_messages_total[1m]))",
                     ("destination",))
    assert legend_problems(old, prom.query(old.expr))


async def test_every_alert_rule_is_loaded_evaluates_and_sees_its_series(prom: PromAPI, after_runs):
    loaded = {r["name"]: r for r in prom.rules() if r["type"] == "alerting"}
    rules = alert_rules()
    assert set(loaded) == {r["alert"] for r in rules}
    problems = [f"{name}: {r['health']} {r.get('lastError')}" for name, r in loaded.items() if r["health"] != "ok"]
    assert not problems, problems
    for rule in rules:
        base = alert_base_query(rule["expr"])
        result = prom.query(base)
        assert result, f"{rule['alert']}: no series for {base}"
        for series in result:
            missing = annotation_labels(rule) - set(series["metric"])
            assert not missing, f"{rule['alert']}: {base} gives {series['metric']}, no {missing}"


async def test_the_failures_show_as_metrics_and_fire_their_alerts(stack, prom: PromAPI, after_runs):
    prefix = stack.env["DP_TOPIC_PREFIX"]
    assert prom.value('sum(dp_retries_total{stage="quality", reason="FaultInjected"})') >= 1
    assert prom.value('sum(dp_dead_letters_total{stage="quality", reason="FaultInjected"})') >= 1
    ingest = prom.query(f'dp_dead_letters_total{{stage="acquisition", topic="{prefix}{topics.RAW_INGEST.name}"}}')
    assert ingest and all(s["metric"]["reason"] != "FaultInjected" for s in ingest), ingest
    # the lag of every consumer group, per partition, exported without anyone asking the API
    lag = prom.query("max by (group, topic, partition) (dp_consumer_lag)")
    groups = {s["metric"]["group"] for s in lag}
    assert groups == {prefix + g for g in topics.CONSUMER_GROUPS}, groups
    assert {s["metric"]["partition"] for s in lag if s["metric"]["group"] == f"{prefix}quality"} == \
        {str(p) for p in range(topics.BATCH_STANDARDIZED.partitions)}
    # the store's latency, per-run collections folded into one label value
    collections = {s["metric"]["collection"] for s in prom.query("dp_store_operation_seconds_count")}
    assert "run.*.batches" in collections and not any(c.startswith("run.") and "*" not in c for c in collections)

    def firing() -> set[str]:
        return {a["labels"]["alertname"] for a in prom.alerts() if a["state"] == "firing"}

    fired = await wait_for(lambda: {"RunsFailing", "MessagesDeadLettered"} <= firing() and firing(),
                           "RunsFailing and MessagesDeadLettered firing",
                           detail=lambda: (prom.alerts(), prom.query("dp_runs_total"),
                                           prom.query("dp_dead_letters_total")))
    assert "ComponentDown" not in fired and "GatewayErrors" not in fired, fired
