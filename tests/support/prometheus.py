"""A real Prometheus (``deploy/local/monitoring.py``) scraping a test stack, a small client for
its HTTP API, and what the tests read from ``deploy/``: the Grafana dashboard's queries with
the labels their legends use, and the alert rules' expressions without their thresholds."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import yaml

from tests.support.infra import REPO
from tests.support.stacks import free_port

import monitoring  # noqa: E402 - deploy/local is on sys.path (tests.support.infra)
from stack import Stack, prometheus_targets  # noqa: E402

DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "pipeline.json"
ALERTS = REPO / "deploy" / "prometheus" / "alerts.yml"
# What a dashboard variable is when "All" is selected (the variables' allValue)
ALL = ".*"


@contextmanager
def prometheus_for(stack: Stack, home: Path, scrape_interval: str = "1s") -> Iterator["PromAPI"]:
    """Prometheus on a free port scraping every instance of ``stack`` (its targets file written
    the way ``stack.py up`` writes it), the alert rules loaded; stopped by pid at the end."""
    prom = monitoring.Prometheus(home=home, port=free_port(), scrape_interval=scrape_interval)
    prom.write_targets(prometheus_targets(stack))
    prom.start()
    try:
        prom.wait_ready()
        with httpx.Client(base_url=prom.url, timeout=10) as client:
            api = PromAPI(client)
            api.wait_scraping(len(stack.components))
            yield api
    finally:
        prom.stop()


@dataclass
class PromAPI:
    client: httpx.Client

    def _get(self, path: str, **params) -> object:
        r = self.client.get(f"/api/v1/{path}", params=params)
        assert r.status_code == 200, f"{path} {params}: {r.status_code} {r.text}"
        body = r.json()
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> list[dict]:
        """Instant vector: ``[{"metric": {labels}, "value": [t, "v"]}, ...]``."""
        data = self._get("query", query=expr)
        assert data["resultType"] == "vector", (expr, data["resultType"])
        return data["result"]

    def value(self, expr: str) -> float:
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else 0.0

    def wait_scraping(self, n: int, timeout: float = 60.0) -> None:
        """Until ``n`` targets have been scraped successfully: Prometheus applies discovered
        targets in its own time (every few seconds), and a counter it first sees after it moved
        has no ``increase()``: tests drive the stack only once it watches."""
        deadline = time.monotonic() + timeout
        while True:
            targets = self.targets()
            if len(targets) == n and all(t["health"] == "up" for t in targets):
                return
            assert time.monotonic() < deadline, f"not all {n} targets scraped: {targets}"
            time.sleep(0.3)

    def targets(self) -> list[dict]:
        return self._get("targets", state="active")["activeTargets"]

    def rules(self) -> list[dict]:
        return [r for g in self._get("rules")["groups"] for r in g["rules"]]

    def alerts(self) -> list[dict]:
        return self._get("alerts")["alerts"]

    def label_values(self, label: str, match: str) -> list[str]:
        return self._get(f"label/{label}/values", **{"match[]": match})


# ------------------------------------------------------------------ the dashboard


LEGEND_LABEL = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
LABEL_VALUES = re.compile(r"^label_values\((?P<match>.+),\s*(?P<label>[A-Za-z_][A-Za-z0-9_]*)\s*\)$")


@dataclass(frozen=True)
class PanelQuery:
    panel: str
    ref: str
    expr: str  # the variables replaced by their "All" value
    legend_labels: tuple[str, ...]


def substitute(expr: str, values: dict[str, str]) -> str:
    return re.sub(r"\$(\w+)", lambda m: values.get(m[1], m[0]), expr)


def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


def dashboard_variables(dash: dict | None = None) -> dict[str, str]:
    """name -> the variable's query (``label_values(<match>, <label>)``)."""
    dash = dash or dashboard()
    return {v["name"]: v["query"]["query"] if isinstance(v["query"], dict) else v["query"]
            for v in dash.get("templating", {}).get("list", [])}


def panel_queries(dash: dict | None = None, values: dict[str, str] | None = None) -> list[PanelQuery]:
    dash = dash or dashboard()
    values = values or {name: ALL for name in dashboard_variables(dash)}
    return [PanelQuery(p["title"], t["refId"], substitute(t["expr"], values),
                       tuple(LEGEND_LABEL.findall(t.get("legendFormat", ""))))
            for p in dash["panels"] for t in p.get("targets", [])]


def legend_problems(query: PanelQuery, result: list[dict]) -> list[str]:
    """Why a panel's query would draw a wrong chart: no series, or series without a label its
    legend shows (Grafana draws such a label as an empty string: one unlabelled line)."""
    if not result:
        return [f"{query.panel!r} {query.ref}: no series for {query.expr}"]
    return [f"{query.panel!r} {query.ref}: series {series['metric']} lack {label!r} ({query.expr})"
            for series in result for label in query.legend_labels if label not in series["metric"]]


# ------------------------------------------------------------------ the alert rules


def alert_rules() -> list[dict]:
    return [r for g in yaml.safe_load(ALERTS.read_text())["groups"] for r in g["rules"] if "alert" in r]


_ANNOTATION_LABEL = re.compile(r"\$labels\.([A-Za-z_][A-Za-z0-9_]*)")
_COMPARISON = re.compile(r"(==|!=|>=|<=|>|<)")
_SET_OPERATOR = re.compile(r"\b(or|and|unless)\b")


def annotation_labels(rule: dict) -> set[str]:
    return set(_ANNOTATION_LABEL.findall(" ".join(rule.get("annotations", {}).values())))


def _top_level(expr: str, pattern: re.Pattern) -> list[int]:
    """Offsets of ``pattern`` matches outside (), {}, [] and quotes."""
    depth, quote, hits, i = 0, "", [], 0
    while i < len(expr):
        ch = expr[i]
        if quote:
            if ch == "\\":
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "\"'`":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0:
            m = pattern.match(expr, i)
            if m and (pattern is not _SET_OPERATOR or (i == 0 or not (expr[i - 1].isalnum() or expr[i - 1] == "_"))):
                hits.append(i)
                i = m.end()
                continue
        i += 1
    return hits


def alert_base_query(expr: str) -> str:
    """The series an alert judges: its expression without the threshold comparison (of its
    first operand, when it joins several with ``or``/``and``/``unless``). ``a > 5 or b > 0`` ->
    ``a``. Such a query returns series whether or not the alert fires."""
    expr = " ".join(expr.split())
    cut = _top_level(expr, _SET_OPERATOR)
    first = expr[: cut[0]] if cut else expr
    comparisons = _top_level(first, _COMPARISON)
    return (first[: comparisons[0]] if comparisons else first).strip()
