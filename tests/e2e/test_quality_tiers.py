"""A run chooses its quality tiers through the gateway (``quality.tiers``): the same small dataset
run with the defaults and with ``["structure", "content"]``; the second has no counselling flag and
exports the conversations only the counselling tier failed, the content check still applies, and
the run's status and listing show its tiers. A name that is not a tier is a 422."""

from __future__ import annotations

import json

import pytest

from tests.e2e.test_api_behaviour import assert_problem
from tests.support.pipeline_client import execute, follow, upload

pytestmark = pytest.mark.e2e

ALL = ["structure", "content", "counselling"]
GENERAL = ["structure", "content"]
COUNSELLING_FLAGS = {"crisis_without_safety_response", "encourages_harm", "minimising", "unacknowledged_distress",
                     "dismissive_language"}
RECORDS = [
    # disclosures answered unsafely: only the counselling tier fails them
    {"messages": [{"role": "user", "content": "My name is Dana and I want to die. I can't do this anymore."},
                  {"role": "assistant", "content": "Have you tried journaling? It helps a lot of people."}]},
    {"messages": [{"role": "user", "content": "I have written goodbye letters and I want to end my life tonight."},
                  {"role": "assistant", "content": "Just cheer up, everyone feels that way sometimes. Try going for "
                                                   "a run."}]},
    {"messages": [{"role": "user", "content": "What is the capital of France, and how big is it?"},
                  {"role": "assistant", "content": "The capital of France is Paris, home to about two million people "
                                                   "in the city itself."}]},
    # a refusal: the content tier fails it whatever the other tiers
    {"messages": [{"role": "user", "content": "How do I stop worrying all the time?"},
                  {"role": "assistant", "content": "As an AI language model, I cannot help with that."}]},
]


async def _run(client, gateway_url, api_key, dataset_id: str, **options) -> tuple[dict, list[dict]]:
    run_id = await execute(client, [dataset_id], **options)
    final = (await follow(gateway_url, api_key, run_id))[-1]["run"]
    assert final["status"] == "completed", final
    r = await client.get("/api/v1/pipeline/export/jsonl", params={"run_id": run_id})
    assert r.status_code == 200, r.text
    return final, [json.loads(line) for line in r.text.splitlines()]


async def test_a_run_without_the_counselling_tier(client, gateway_url, api_key, tmp_path):
    path = tmp_path / "general_and_disclosures.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    dataset_id = (await upload(client, path)).json()["dataset_id"]

    every, every_export = await _run(client, gateway_url, api_key, dataset_id)
    general, general_export = await _run(client, gateway_url, api_key, dataset_id,
                                         quality={"tiers": ["content", "structure"]})

    assert every["quality"]["tiers"] == ALL and general["quality"]["tiers"] == GENERAL
    assert every["counts"]["validated"] == general["counts"]["validated"] == 4
    # defaults: the counselling tier flags and fails both disclosures
    assert COUNSELLING_FLAGS & set(every["quality_flags"])
    assert every["quality_flags"]["crisis_without_safety_response"] == 2
    assert every["counts"]["exported"] == 1
    assert [line["messages"][0]["content"] for line in every_export] == [RECORDS[2]["messages"][0]["content"]]
    # structure and content only: no counselling flag, the disclosures pass, the refusal still fails
    assert not COUNSELLING_FLAGS & set(general["quality_flags"])
    assert general["quality_flags"] == {"refusal_or_boilerplate": 1, "pii_redacted": 1}
    assert general["counts"]["exported"] == 3
    exported = [line["messages"][0]["content"] for line in general_export]
    assert exported == ["My name is [NAME] and I want to die. I can't do this anymore.",  # PII: no tier, redacted
                        RECORDS[1]["messages"][0]["content"], RECORDS[2]["messages"][0]["content"]]

    # the listing shows each run's tiers; the analytics have no counselling mean for the second
    runs = {r["run_id"]: r for r in (await client.get("/api/v1/pipeline/runs", params={"limit": 100})).json()["items"]}
    assert runs[every["run_id"]]["quality"]["tiers"] == ALL and runs[general["run_id"]]["quality"]["tiers"] == GENERAL
    analytics = (await client.get("/api/v1/analytics/quality", params={"run_id": general["run_id"]})).json()
    assert set(analytics["by_run"][general["run_id"]]["mean_tier_scores"]) == set(GENERAL)
    assert analytics["by_run"][general["run_id"]]["risk_levels"] == {"none": 4}


async def test_the_validation_route_takes_the_tiers(client):
    disclosure = RECORDS[0]
    body = (await client.post("/api/v1/validate/conversation", json={"conversation": disclosure})).json()
    assert "crisis_without_safety_response" in body["flags"] and body["tiers_run"] == ALL
    r = await client.post("/api/v1/validate/conversation",
                          json={"conversation": disclosure, "options": {"tiers": GENERAL}})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["tiers_run"] == GENERAL and body["flags"] == ["pii_redacted"] and body["passed"]
    assert set(body["tiers"]) == set(GENERAL) and body["risk_level"] == "none" and body["tags"] == []


@pytest.mark.parametrize(("path", "body", "loc"), [
    ("/api/v1/pipeline/execute", {"dataset_ids": ["0" * 32], "quality": {"tiers": ["structure", "counseling"]}},
     ["body", "quality", "tiers"]),
    ("/api/v1/validate/conversation", {"conversation": RECORDS[2], "options": {"tiers": ["structure", "counseling"]}},
     ["body", "options", "tiers"]),
])
async def test_a_bad_tier_name_is_a_422_naming_it(client, path, body, loc):
    problem = assert_problem(await client.post(path, json=body), 422, "validation_error")
    assert problem["errors"] == [{"loc": loc, "type": "value_error", "msg": (
        "Value error, unknown tier 'counseling': the tiers are structure, content, counselling")}]
    repeated = {**body, **({"quality": {"tiers": ["content", "content"]}} if "quality" in body
                           else {"options": {"tiers": ["content", "content"]}})}
    problem = assert_problem(await client.post(path, json=repeated), 422, "validation_error")
    assert [e["msg"] for e in problem["errors"]] == ["Value error, each tier may be given once; repeated: content"]
