"""Issue 4 through the gateway: validation reports, stored validations, quality analytics,
and a real counselling dataset's quality summary."""

import pytest

from tests.conftest import SHARED_DATASETS
from tests.e2e.test_api_behaviour import assert_problem
from tests.support.pipeline_client import execute, follow, upload

pytestmark = pytest.mark.e2e

DISCLOSURE = {"messages": [
    {"role": "user", "content": "My name is Dana and I want to die. I can't do this anymore."},
    {"role": "assistant", "content": "Have you tried journaling? It helps a lot of people."},
]}
SAFE = {"messages": [
    {"role": "user", "content": "I want to die. I can't do this anymore."},
    {"role": "assistant", "content": "I'm really glad you told me. Are you safe right now? Please call or text "
                                     "988, or go to the nearest emergency room if you might act on this."},
]}


async def test_validate_one_conversation(client):
    r = await client.post("/api/v1/validate/conversation", json={"conversation": DISCLOSURE})
    assert r.status_code == 200, r.text
    rep = r.json()
    assert rep["risk_level"] == "high" and "risk:high" in rep["tags"]
    assert rep["risk_category"] != "none" and rep["risk_turns"] and rep["risk_turns"][0]["turn"] == 0
    assert rep["risk_turns"][0]["category"] == rep["risk_category"]
    assert "crisis_without_safety_response" in rep["flags"] and not rep["passed"]
    assert rep["pii"] == {"NAME": 1} and rep["messages"][0]["content"].startswith("My name is [NAME]")
    assert set(rep["tiers"]) == {"structure", "content", "counselling"}
    assert all(rec["recommendation"] for rec in rep["recommendations"])
    safe = (await client.post("/api/v1/validate/conversation", json={"conversation": SAFE})).json()
    assert safe["passed"] and safe["risk_level"] == "high" and safe["flags"] == []
    assert_problem(await client.post("/api/v1/validate/conversation", json={"conversation": {"messages": []}}),
                   422, "validation_error")
    assert_problem(await client.post("/api/v1/validate/conversation", json={
        "conversation": {"messages": [{"role": "wizard", "content": "x"}]}}), 422, "validation_error")


async def test_harm_by_others_is_a_safeguarding_tag_not_a_risk(client):
    harm = {"messages": [
        {"role": "user", "content": "Mi padrastro me pega cuando llega borracho y no sé a quién contárselo."},
        {"role": "assistant", "content": "Siento mucho que estés pasando por esto. ¿Estás a salvo ahora mismo?"},
    ]}
    rep = (await client.post("/api/v1/validate/conversation", json={"conversation": harm})).json()
    assert "safeguarding:harm_by_others" in rep["tags"]
    assert rep["risk_level"] == "none" and rep["risk_turns"] == [] and not any("risk" in t for t in rep["tags"])
    own = (await client.post("/api/v1/validate/conversation", json={"conversation": {"messages": [
        {"role": "user", "content": "My brother beats me and I have been cutting myself again."},
        {"role": "assistant", "content": "Thank you for telling me. Are you safe right now?"}]}})).json()
    assert "safeguarding:harm_by_others" in own["tags"] and own["risk_level"] == "moderate"


async def test_validate_a_batch_then_read_its_metrics(client):
    r = await client.post("/api/v1/validate/quality", json={"conversations": [DISCLOSURE, SAFE, SAFE],
                                                             "threshold": 0.7})
    body = r.json()
    assert [x["passed"] for x in body["results"]] == [False, True, True]
    assert body["results"][2]["duplicate_of"] is not None  # the second SAFE is an exact duplicate
    assert body["summary"]["conversations"] == 3 and body["summary"]["passed"] == 2
    metrics = (await client.get(f"/api/v1/validate/metrics/{body['validation_id']}")).json()
    assert metrics["conversations"] == 3 and metrics["summary"]["flags"]["crisis_without_safety_response"] == 1
    assert_problem(await client.get(f"/api/v1/validate/metrics/{'0' * 32}"), 404, "validation_not_found")


async def test_counselchat_run_gives_a_quality_summary_with_per_reason_counts(client, gateway_url, api_key):
    dataset = (await upload(client, SHARED_DATASETS / "counselchat_20200325.csv")).json()
    run_id = await execute(client, [dataset["dataset_id"]], batch_size=500)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed"
    flags = final["quality_flags"]
    assert flags and all(isinstance(n, int) and n > 0 for n in flags.values())
    analytics = (await client.get("/api/v1/analytics/quality", params={"run_id": run_id})).json()
    run = analytics["by_run"][run_id]
    assert run["conversations"] == final["counts"]["validated"] == 2129
    assert run["passed"] == final["counts"]["passed"]
    assert sum(b["count"] for b in run["score_histogram"]) == 2129
    assert run["flags"] == {k: v for k, v in flags.items()}
    assert analytics["by_dataset"][dataset["dataset_id"]]["conversations"] == 2129
    assert set(run["risk_levels"]) <= {"none", "low", "moderate", "high"} and run["risk_levels"].get("high", 0) > 0
    # a few questions tell of a parent's or partner's violence: tagged for safeguarding, not as risk
    assert 0 < run["safeguarding"]["harm_by_others"] < 2129 // 20
    # CounselChat answers the same question by several therapists: the questions repeat, the
    # answers differ, so some near-duplicates at most, never most of the set.
    assert flags.get("exact_duplicate", 0) < 2129 // 2
