"""The readers of deploy/'s dashboard and alert rules that the observability e2e test relies on."""

from tests.support.prometheus import (PanelQuery, alert_base_query, alert_rules, annotation_labels,
                                      dashboard_variables, legend_problems, panel_queries)


def test_alert_base_query_strips_the_threshold_of_the_first_operand():
    assert alert_base_query("up{job=\"x\"} == 0") == 'up{job="x"}'
    assert alert_base_query("sum by (a) (increase(x[10m])) > 0\n or sum by (a) (x unless x offset 10m) > 0") == \
        "sum by (a) (increase(x[10m]))"
    assert alert_base_query('sum(rate(r{s=~"5.."}[5m])) / clamp_min(sum(rate(r[5m])), 1e-9) > 0.5') == \
        'sum(rate(r{s=~"5.."}[5m])) / clamp_min(sum(rate(r[5m])), 1e-9)'
    # operators inside selectors, label strings and parentheses are not the alert's comparison
    assert alert_base_query('max(x{l!="a>b", m=~"or|and"}) >= 3') == 'max(x{l!="a>b", m=~"or|and"})'
    assert alert_base_query("sum by (group) (deriv(lag[5m])) > 0 and sum by (group) (lag) > 0") == \
        "sum by (group) (deriv(lag[5m]))"
    # "or" inside a metric name is not the operator
    assert alert_base_query("x_or_y > 1") == "x_or_y"
    assert alert_base_query("histogram_quantile(0.9, sum by (le) (rate(errors_total_bucket[5m]))) > 1") == \
        "histogram_quantile(0.9, sum by (le) (rate(errors_total_bucket[5m])))"


def test_legend_problems_catch_a_label_the_series_do_not_carry():
    query = PanelQuery("Kafka", "A", "sum by (destination) (rate(faststream_received_messages_total[1m]))",
                       ("destination",))
    assert legend_problems(query, [{"metric": {}, "value": [0, "1"]}])  # one unlabelled line
    assert legend_problems(query, [])  # no series at all
    assert not legend_problems(query, [{"metric": {"destination": "t"}, "value": [0, "1"]}])


def test_every_panel_query_and_alert_is_read():
    queries = panel_queries()
    assert len(queries) >= 20 and all("$" not in q.expr for q in queries)
    titles = " ".join(q.panel for q in queries)
    for wanted in ("Consumer lag", "Runs ended", "Retries", "Dead letters", "ingest", "Gateway latency", "Store"):
        assert wanted in titles, wanted
    assert set(dashboard_variables()) == {"service", "instance"}
    # every panel query is filtered by both variables
    raw = panel_queries(values={"service": "$service", "instance": "$instance"})
    assert all('service=~"$service"' in q.expr and 'instance=~"$instance"' in q.expr for q in raw)
    rules = {r["alert"]: r for r in alert_rules()}
    for name in ("ConsumerLagGrowing", "MessagesDeadLettered", "RunsFailing", "SlowStore", "ComponentDown"):
        assert name in rules, name
    assert annotation_labels(rules["MessagesDeadLettered"]) == {"stage", "topic", "reason"}
