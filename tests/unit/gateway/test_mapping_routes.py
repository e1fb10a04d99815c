"""Field mappings at the gateway, in-process (no lifespan, no servers: a stand-in key): every
route that takes a mapping refuses a bad one with a 422 problem document whose errors locate
the field and whose detail names it, before anything is stored or published."""

from __future__ import annotations

import json

import httpx
import pytest
from fastapi import Request

from gateway.app import create_app
from gateway.auth import Principal, require_key
from gateway.mappings import mapping_from_form
from shared.http.problems import PROBLEM_TYPE_BASE, Problem
from shared.visibility import withheld_detection as _withheld
from gateway.settings import GatewaySettings

BAD = [
    ({"formatting": "chatml"}, ["formatting"], "Input should be 'alpaca' or 'sharegpt'"),
    ({"formatting": "sharegpt", "columns": {"prompt": "q", "messages": "m"}}, ["columns"],
     "columns.prompt is not read with formatting 'sharegpt'"),
    ({"formatting": "sharegpt", "tags": {"role_tag": 7}}, ["tags", "role_tag"], "Input should be a valid string"),
    ({"colums": {"prompt": "q"}}, ["colums"], "Extra inputs are not permitted"),
    ({"tags": {"role_tag": "role"}}, ["tags"], "tags apply to formatting 'sharegpt' only"),
]


@pytest.fixture
def app():
    app = create_app(GatewaySettings(admin_api_key="k" * 20))

    async def editor(request: Request) -> Principal:
        principal = Principal(key_id="0" * 16, tier="editor")
        request.state.principal = principal
        return principal

    app.dependency_overrides[require_key] = editor
    return app


async def call(app, method, path, **kw) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://gw") as c:
        return await c.request(method, path, **kw)


def assert_names_the_field(r: httpx.Response, loc: list, words: str) -> None:
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["type"] == PROBLEM_TYPE_BASE + "validation_error"
    assert any(e["loc"][-len(loc):] == loc and words in e["msg"] for e in body["errors"]), body["errors"]


@pytest.mark.parametrize(("mapping", "loc", "words"), BAD)
async def test_upload_refuses_a_bad_mapping_before_storing_the_file(app, tmp_path, mapping, loc, words):
    app.state.settings.data_dir = tmp_path
    r = await call(app, "POST", "/api/v1/pipeline/upload", files={"file": ("x.jsonl", b'{"a": 1}\n')},
                   data={"mapping": json.dumps(mapping)})
    assert_names_the_field(r, ["body", "mapping", *loc], words)
    assert ".".join(["mapping", *loc]) in r.json()["detail"]
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())


async def test_upload_refuses_a_mapping_that_is_not_json(app, tmp_path):
    app.state.settings.data_dir = tmp_path
    r = await call(app, "POST", "/api/v1/pipeline/upload", files={"file": ("x.jsonl", b'{"a": 1}\n')},
                   data={"mapping": "{formatting: sharegpt}"})
    assert_names_the_field(r, ["body", "mapping"], "not JSON")


@pytest.mark.parametrize(("mapping", "loc", "words"), BAD)
@pytest.mark.parametrize(("path", "body", "at"), [
    ("/api/v1/pipeline/execute", {"dataset_ids": ["a"]}, ["body", "standardization", "mapping"]),
    ("/api/v1/pipeline/convert", {"dataset_ids": ["a"]}, ["body", "standardization", "mapping"]),
    ("/api/v1/standardize/conversation", {"record": {"q": "x"}}, ["body", "options", "mapping"]),
    ("/api/v1/datasets/load", {"path": "/nowhere.jsonl"}, ["body", "mapping"]),
    ("/api/v1/datasets/abc/detect", {}, ["body", "mapping"]),
])
async def test_json_routes_refuse_a_bad_mapping(app, path, body, at, mapping, loc, words):
    if at[1] == "mapping":
        body = {**body, "mapping": mapping}
    else:
        body = {**body, at[1]: {"mapping": mapping}}
    r = await call(app, "POST", path, json=body)
    assert_names_the_field(r, [*at, *loc], words)


@pytest.mark.parametrize(("mapping", "loc", "words"), BAD)
async def test_put_mapping_refuses_a_bad_one(app, mapping, loc, words):
    r = await call(app, "PUT", "/api/v1/datasets/abc/mapping", json={"mapping": mapping})
    assert_names_the_field(r, ["body", "mapping", *loc], words)


@pytest.mark.parametrize(("body", "loc", "words"), [
    ({"sample_size": 5001}, ["body", "sample_size"], "less than or equal to 5000"),
    ({"sample_size": 0}, ["body", "sample_size"], "greater than or equal to 1"),
    ({"examples": 21}, ["body", "examples"], "less than or equal to 20"),
    ({"standardization": {"mapping": {"formatting": "sharegpt"}}}, ["body"], "give the mapping as the body's"),
])
async def test_detect_body_limits(app, body, loc, words):
    r = await call(app, "POST", "/api/v1/datasets/abc/detect", json=body)
    assert_names_the_field(r, loc, words)


def test_form_mapping_accepts_a_dataset_info_entry_as_it_is():
    entry = {"file_name": "counsel.json", "formatting": "sharegpt", "columns": {"messages": "messages"},
             "tags": {"role_tag": "role", "content_tag": "content", "user_tag": "user", "assistant_tag": "assistant"}}
    assert mapping_from_form(json.dumps(entry)).resolved_columns() == {"messages": "messages"}
    assert mapping_from_form(json.dumps({"counsel": entry})).formatting == "sharegpt"
    assert mapping_from_form(None) is None and mapping_from_form("  ") is None
    with pytest.raises(Problem) as exc:
        mapping_from_form(json.dumps({"a": entry, "b": entry}))
    assert exc.value.status == 422 and "2 datasets" in exc.value.detail


def test_viewers_get_the_report_without_raw_data():
    report = {"conversations": [{"messages": [{"role": "user", "content": "my address is 1 High St"}]}],
              "rejects": [{"reason": "unknown_role", "count": 1, "other_details": 0, "details": [
                  {"detail": "column `dialog` (columns.messages) item 0: role 'Dr Jones' under `speaker` is none",
                   "count": 1, "record_indexes": [0], "excerpt": '{"dialog": "secret"}'}]}]}
    shown = _withheld(report)
    assert shown["conversations"] == [] and shown["conversations_withheld"] is True
    [detail] = shown["rejects"][0]["details"]
    assert "Dr Jones" not in detail["detail"]
    assert "`speaker`" in detail["detail"] and "columns.messages" in detail["detail"]
    assert "secret" not in detail["excerpt"]
