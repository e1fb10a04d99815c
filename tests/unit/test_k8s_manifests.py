"""deploy/k8s, built by the real kustomize (cached, see deploy/k8s/kustomize.py) and held to
the code: probes hit routes the apps serve, settings use names the settings classes read,
KEDA scales on the groups and topics the services subscribe with, Strimzi topics are the
topic table, ServiceMonitors scrape a port the Service has. Offline: no schema is fetched.
A manifest that drifts from the code fails here."""

from __future__ import annotations

import asyncio
import base64
import importlib
import os
import sys
from pathlib import Path

import httpx
import pytest
import yaml
from pydantic import AliasChoices

from gateway.settings import GatewaySettings
from shared import topics

REPO = Path(__file__).resolve().parents[2]
K8S = REPO / "deploy" / "k8s"
sys.path.insert(0, str(K8S))
import gen_rules  # noqa: E402
import gen_topics  # noqa: E402
import kustomize  # noqa: E402

COMPONENTS = ("acquisition", "standardization", "quality", "production", "gateway")
CONSUMERS = COMPONENTS[:4]
NAMESPACE = "dataset-pipeline"
CLOSED = "127.0.0.1:9"  # nothing listens on the discard port here


@pytest.fixture(scope="module")
def built() -> list[dict]:
    return [d for d in yaml.safe_load_all(kustomize.build(K8S / "overlays" / "example")) if d]


def one(docs: list[dict], kind: str, name: str) -> dict:
    found = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"{kind}/{name}: {len(found)} found"
    return found[0]


def of_kind(docs: list[dict], kind: str) -> list[dict]:
    return [d for d in docs if d["kind"] == kind]


def container(deployment: dict) -> dict:
    [c] = deployment["spec"]["template"]["spec"]["containers"]
    return c


def env_of(deployment: dict) -> dict[str, str]:
    return {e["name"]: e["value"] for e in container(deployment).get("env", [])}


def config(docs: list[dict]) -> dict[str, str]:
    [cm] = of_kind(docs, "ConfigMap")
    return cm["data"]


def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def settings_class(app: str):
    """The settings class the process started by ``APP`` reads."""
    module = app.split(":")[0].rsplit(".", 1)[0]
    mod = importlib.import_module(f"{module}.settings")
    [cls] = [v for k, v in vars(mod).items() if k.endswith("Settings") and v.__module__ == mod.__name__]
    return cls


def env_names(cls) -> set[str]:
    """Every environment variable a pydantic-settings class reads."""
    prefix = cls.model_config.get("env_prefix", "")
    names = set()
    for name, field in cls.model_fields.items():
        alias = field.validation_alias
        if isinstance(alias, AliasChoices):
            names |= {c for c in alias.choices if isinstance(c, str)}
        elif isinstance(alias, str):
            names.add(alias)
        else:
            names.add(f"{prefix}{name}".upper())
    return names


# --------------------------------------------------------------------------- builds


def test_base_and_overlay_build_with_every_resource(built):
    base = [d for d in yaml.safe_load_all(kustomize.build(K8S / "base")) if d]
    assert {d["kind"] for d in base} == {"Deployment", "Service", "PodDisruptionBudget", "Ingress", "ConfigMap",
                                         "PersistentVolumeClaim"}
    kinds = {d["kind"] for d in built}
    assert kinds == {"Namespace", "Deployment", "Service", "PodDisruptionBudget", "Ingress", "ConfigMap", "Secret",
                     "PersistentVolumeClaim", "ScaledObject", "KafkaTopic", "ServiceMonitor", "PrometheusRule"}
    for d in built:
        assert d["apiVersion"] and d["metadata"]["name"], d
        if d["kind"] != "Namespace":
            assert d["metadata"]["namespace"] == NAMESPACE, d["metadata"]
    assert {d["metadata"]["name"] for d in of_kind(built, "Deployment")} == set(COMPONENTS)


def test_the_built_yaml_decodes_strictly_into_the_kubernetes_api_types(built):
    text = yaml.safe_dump_all(built)
    out = kustomize.validate(text)
    assert out.returncode == 0, out.stdout + out.stderr
    crds = [d for d in built if d["kind"] in ("KafkaTopic", "ScaledObject")]  # checked against the code below
    assert f"CHECKED {len(built) - len(crds)}\n" in out.stdout
    assert {line.split()[1] for line in out.stdout.splitlines() if line.startswith("SKIPPED")} == {
        "kafka.strimzi.io/v1beta2/KafkaTopic:", "keda.sh/v1alpha1/ScaledObject:"}


def test_the_checker_refuses_a_misspelt_field_and_a_wrong_type(built):
    deployment = one(built, "Deployment", "quality")

    def with_container(**changes) -> dict:
        spec = deployment["spec"]["template"]["spec"]
        pod = {**spec, "containers": [{**container(deployment), **changes}]}
        return {**deployment, "spec": {**deployment["spec"], "template": {**deployment["spec"]["template"],
                                                                          "spec": pod}}}

    misspelt = with_container(readinesProbe=container(deployment)["readinessProbe"])
    wrong_type = with_container(ports=[{"name": "http", "containerPort": "9103"}])
    out = kustomize.validate(yaml.safe_dump_all([misspelt, wrong_type, deployment]))
    assert out.returncode == 1 and "CHECKED 1\n" in out.stdout
    assert 'unknown field "readinesProbe"' in out.stdout and "containerPort of type int32" in out.stdout


# --------------------------------------------------------------------------- Deployments


def test_every_deployment_runs_its_app_from_one_image(built):
    images = set()
    for name in COMPONENTS:
        dep = one(built, "Deployment", name)
        pod = dep["spec"]["template"]
        assert selects(dep["spec"]["selector"]["matchLabels"], pod["metadata"]["labels"])
        c = container(dep)
        images.add(c["image"])
        env = env_of(dep)
        module, factory = env["APP"].split(":")
        assert callable(getattr(importlib.import_module(module), factory))
        assert module.split(".")[-2] == name or (name == "gateway" and module == "gateway.app")
        [port] = c["ports"]
        assert port["name"] == "http" and str(port["containerPort"]) == env["PORT"]
        assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    assert images == {"registry.example.com/dataset-pipeline:0.1.0"}


async def _probe(app_path: str, paths: list[str]) -> dict[str, httpx.Response]:
    module, factory = app_path.split(":")
    cls = settings_class(app_path)
    # Kafka and MongoDB unreachable, the app not started: liveness must still answer 200.
    app = getattr(importlib.import_module(module), factory)(
        cls(kafka_bootstrap=CLOSED, mongodb_uri=f"mongodb://{CLOSED}/?directConnection=true"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://pod") as client:
        return {p: await client.get(p) for p in paths}


async def test_probes_hit_real_routes_and_liveness_checks_no_dependency(built):
    probes = {}
    for name in COMPONENTS:
        c = container(one(built, "Deployment", name))
        for kind in ("startupProbe", "livenessProbe", "readinessProbe"):
            assert c[kind]["httpGet"]["port"] == "http", (name, kind)
        assert c["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert c["livenessProbe"]["httpGet"]["path"] == c["startupProbe"]["httpGet"]["path"] != "/readyz"
        # the readiness deadline (3 s per check, run concurrently) fits in the probe's timeout
        assert c["readinessProbe"]["timeoutSeconds"] > 3
        probes[name] = (env_of(one(built, "Deployment", name))["APP"],
                        [c["livenessProbe"]["httpGet"]["path"], "/readyz", "/metrics"])
    answers = await asyncio.gather(*(_probe(app, paths) for app, paths in probes.values()))
    for name, got in zip(probes, answers, strict=True):
        live, ready, metrics = probes[name][1]
        assert got[live].status_code == 200, (name, got[live].text)
        assert got[ready].status_code == 503, (name, got[ready].text)
        body = got[ready].json()
        assert body["status"] == "not ready" and set(body["checks"]) == {"kafka", "mongodb"}
        assert "kafka: " in body["reason"] and "mongodb: " in body["reason"]
        assert got[metrics].status_code == 200


def test_settings_come_from_the_configmap_and_secret_under_names_the_code_reads(built, monkeypatch):
    [cm] = of_kind(built, "ConfigMap")
    [secret] = of_kind(built, "Secret")
    assert set(secret["data"]) == {"DP_MONGODB_URI", "DP_ADMIN_API_KEY"}  # credentials only there
    assert not any("URI" in k or "KEY" in k or "PASSWORD" in k for k in cm["data"])
    # each process starts with exactly this environment
    for key in list(os.environ):
        if key.startswith("DP_"):
            monkeypatch.delenv(key)
    secrets = {k: base64.b64decode(v).decode() for k, v in secret["data"].items()}
    for k, v in {**cm["data"], **secrets}.items():
        monkeypatch.setenv(k, v)
    readers: dict[str, set[str]] = {}
    for name in COMPONENTS:
        dep = one(built, "Deployment", name)
        assert container(dep)["envFrom"] == [{"configMapRef": {"name": cm["metadata"]["name"]}},
                                             {"secretRef": {"name": secret["metadata"]["name"]}}]
        assert set(env_of(dep)) == {"APP", "PORT"}  # the image's command (Dockerfile) reads these
        cls = settings_class(env_of(dep)["APP"])
        readers[name] = env_names(cls)
        s = cls()  # every value parses (a malformed one raises here, as at the pod's start)
        assert str(s.data_dir) == cm["data"]["DP_DATA_DIR"] and s.kafka_bootstrap == cm["data"]["DP_KAFKA_BOOTSTRAP"]
        assert s.log_json is True and s.mongodb_uri == secrets["DP_MONGODB_URI"]
    every = set().union(*readers.values())
    for key in [*cm["data"], *secret["data"]]:
        assert key in every, f"{key} is read by no settings class"
    assert "DP_ADMIN_API_KEY" in readers["gateway"]
    assert GatewaySettings().admin_api_key.get_secret_value() == secrets["DP_ADMIN_API_KEY"]


def test_internal_urls_name_services_that_exist(built):
    urls = {k: v for k, v in config(built).items() if k.endswith("_URL")}
    assert len(urls) == 5
    for key, url in urls.items():
        host, port = url.removeprefix("http://").split(":")
        svc = one(built, "Service", host)
        assert int(port) in [p["port"] for p in svc["spec"]["ports"]], key
        assert key.split("_")[-2].lower() == host  # DP_GATEWAY_QUALITY_URL -> quality


def test_a_disruption_budget_and_a_service_select_each_deployments_pods(built):
    for name in COMPONENTS:
        pod_labels = one(built, "Deployment", name)["spec"]["template"]["metadata"]["labels"]
        pdb = one(built, "PodDisruptionBudget", name)
        assert selects(pdb["spec"]["selector"]["matchLabels"], pod_labels)
        assert pdb["spec"].get("maxUnavailable") == 1 or pdb["spec"].get("minAvailable") == 1
        svc = one(built, "Service", name)
        assert selects(svc["spec"]["selector"], pod_labels)
        others = [d for d in of_kind(built, "Deployment") if d["metadata"]["name"] != name]
        assert not any(selects(svc["spec"]["selector"], d["spec"]["template"]["metadata"]["labels"]) for d in others)
        assert [p["targetPort"] for p in svc["spec"]["ports"]] == ["http"]
    gw = one(built, "Deployment", "gateway")
    assert gw["spec"]["replicas"] >= 2 and one(built, "PodDisruptionBudget", "gateway")["spec"]["minAvailable"] == 1


def test_gateway_ingress_reaches_the_gateway_service(built):
    ing = one(built, "Ingress", "gateway")
    [rule] = ing["spec"]["rules"]
    [path] = rule["http"]["paths"]
    backend = path["backend"]["service"]
    svc = one(built, "Service", backend["name"])
    assert backend["name"] == "gateway" and backend["port"]["name"] in [p["name"] for p in svc["spec"]["ports"]]
    assert path["path"] == "/" and rule["host"] == ing["spec"]["tls"][0]["hosts"][0]
    # uploads as large as the gateway accepts by default (512 MiB) pass the ingress
    assert ing["metadata"]["annotations"]["nginx.ingress.kubernetes.io/proxy-body-size"] == "512m"


def test_the_data_dir_is_one_read_write_many_volume(built):
    pvc = one(built, "PersistentVolumeClaim", "dp-data")
    assert pvc["spec"]["accessModes"] == ["ReadWriteMany"]
    data_dir = config(built)["DP_DATA_DIR"]
    mounted = set()
    for dep in of_kind(built, "Deployment"):
        vols = {v["name"]: v for v in dep["spec"]["template"]["spec"].get("volumes", [])}
        for m in container(dep).get("volumeMounts", []):
            if vols[m["name"]].get("persistentVolumeClaim", {}).get("claimName") == "dp-data":
                assert m["mountPath"] == data_dir
                mounted.add(dep["metadata"]["name"])
    # the processes whose code writes or reads under DP_DATA_DIR
    users = {name for name in COMPONENTS
             if any("data_dir" in p.read_text() for p in (REPO / ("gateway" if name == "gateway" else
                                                                  f"services/{name}")).rglob("*.py"))}
    assert users == {"acquisition", "production", "gateway"}
    assert mounted == users


# --------------------------------------------------------------------------- KEDA


def subscriptions(service: str) -> set[tuple[str, str, str]]:
    """(group id, topic, auto_offset_reset) of every subscriber the service really registers."""
    app_path = f"services.{service}.app:create_app"
    app = importlib.import_module(f"services.{service}.app").create_app(settings_class(app_path)(topic_prefix=""))
    return {(s.group_id, t, s._connection_args["auto_offset_reset"])
            for s in app.dp_context.broker.subscribers for t in s.topic_names}


def test_keda_scales_each_consumer_service_on_the_groups_it_consumes_with(built):
    cm = config(built)
    prefix = cm["DP_TOPIC_PREFIX"]
    partitions = {t.name: t.partitions for t in topics.ALL}
    scaled = {so["spec"]["scaleTargetRef"]["name"]: so for so in of_kind(built, "ScaledObject")}
    assert set(scaled) == set(CONSUMERS)  # the gateway reads without a group: not scaled on lag
    for service in CONSUMERS:
        so = scaled[service]
        assert "replicas" not in one(built, "Deployment", service)["spec"]  # KEDA owns it
        triggers = so["spec"]["triggers"]
        assert {t["type"] for t in triggers} == {"kafka"}
        got = {(t["metadata"]["consumerGroup"], t["metadata"]["topic"], t["metadata"]["offsetResetPolicy"])
               for t in triggers}
        want = {(prefix + g, prefix + t, reset) for g, t, reset in subscriptions(service)}
        assert got == want, service
        assert {t["metadata"]["bootstrapServers"] for t in triggers} == {cm["DP_KAFKA_BOOTSTRAP"]}
        assert so["spec"]["minReplicaCount"] >= 1
        assert so["spec"]["maxReplicaCount"] == max(partitions[t.removeprefix(prefix)] for _, t, _ in got)


# --------------------------------------------------------------------------- Strimzi, monitoring


def test_kafka_topics_file_is_the_generated_one():
    assert gen_topics.OUTPUT.read_text() == gen_topics.render(), "run: python deploy/k8s/gen_topics.py"


def test_kafka_topics_are_the_topic_table(built):
    got = {kt["spec"]["topicName"]: kt for kt in of_kind(built, "KafkaTopic")}
    assert {n: kt["spec"]["partitions"] for n, kt in got.items()} == {t.name: t.partitions for t in topics.ALL}
    for kt in got.values():
        assert kt["metadata"]["labels"]["strimzi.io/cluster"] == gen_topics.STRIMZI_CLUSTER
        # the services publish batches up to DP_MAX_MESSAGE_BYTES (default): the topics accept them
        from shared.settings import BaseServiceSettings
        assert kt["spec"]["config"]["max.message.bytes"] >= BaseServiceSettings().max_message_bytes


def test_service_monitors_scrape_the_metrics_port_with_the_alert_rules_labels(built):
    prom = yaml.safe_load((REPO / "deploy/prometheus/prometheus.yml").read_text())
    [job] = {sc["job_name"] for sc in prom["scrape_configs"]}
    # the label the alert rules and the dashboard group by: read from the compose scrape config
    [label] = {k for sc in prom["scrape_configs"] for g in sc["static_configs"] for k in g["labels"]}
    components = {g["labels"][label] for sc in prom["scrape_configs"] for g in sc["static_configs"]}
    monitors = of_kind(built, "ServiceMonitor")
    assert len(monitors) == len(COMPONENTS)
    covered = set()
    for sm in monitors:
        [svc] = [s for s in of_kind(built, "Service") if selects(sm["spec"]["selector"]["matchLabels"],
                                                                 s["metadata"]["labels"])]
        [endpoint] = sm["spec"]["endpoints"]
        assert endpoint["port"] in [p["name"] for p in svc["spec"]["ports"]] and endpoint["path"] == "/metrics"
        assert svc["metadata"]["labels"][sm["spec"]["jobLabel"]] == job
        [relabel] = endpoint["relabelings"]
        assert relabel["targetLabel"] == label
        source = relabel["sourceLabels"][0].removeprefix("__meta_kubernetes_service_label_")
        [value] = [v for k, v in svc["metadata"]["labels"].items()
                   if k.replace(".", "_").replace("/", "_").replace("-", "_") == source]
        covered.add(value)
    assert covered == components == set(COMPONENTS)


def test_prometheus_rules_file_is_the_generated_one():
    assert gen_rules.OUTPUT.read_text() == gen_rules.render(), "run: python deploy/k8s/gen_rules.py"


def test_the_prometheus_rule_holds_every_alert_of_alerts_yml(built):
    [rule] = of_kind(built, "PrometheusRule")
    alerts = yaml.safe_load((REPO / "deploy/prometheus/alerts.yml").read_text())
    assert rule["spec"]["groups"] == alerts["groups"]
    assert rule["metadata"]["namespace"] == NAMESPACE
