"""The ``dp`` commands against a fake gateway (httpx MockTransport, a scripted WebSocket):
what they send, what they print where, and their exit status on every kind of failure."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from dp_cli.main import State, app
from tests.unit.cli.fakes import FakeGateway, problem, run_state

KEY = "dp_0123456789abcdef_" + "s" * 40
RUN = "a" * 32
DATASET = "d" * 32


@pytest.fixture
def gateway() -> FakeGateway:
    return FakeGateway()


def dp(gateway: FakeGateway, *args: str, env: dict[str, str] | None = None):
    environ = {"DP_GATEWAY_URL": "http://gw.test:8000", "DP_API_KEY": KEY, "HOME": "/nonexistent"}
    environ.update(env or {})
    state = State(transport=gateway.transport, connect=gateway.connect, environ=environ)
    return CliRunner().invoke(app, list(args), obj=state)


def dataset_answer(status_code: int = 201, status: str = "uploaded") -> httpx.Response:
    return httpx.Response(status_code, json={"dataset_id": DATASET, "name": "s.jsonl", "bytes": 12, "sha256": "0" * 64,
                                             "format": "jsonl", "status": status,
                                             "created_at": "2026-12-01T10:00:00+00:00"})


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "s.jsonl"
    path.write_text('{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}\n')
    return path


def test_upload_sends_the_file_with_the_key_and_prints_the_dataset_id(gateway, sample):
    gateway.on("POST", "/api/v1/pipeline/upload", dataset_answer())
    result = dp(gateway, "upload", str(sample))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == DATASET
    request = gateway.requests[0]
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    body = request.read()
    assert b'filename="s.jsonl"' in body and b'"content": "hi"' in body
    assert "uploaded s.jsonl" in result.stderr


def test_an_archive_upload_waits_until_the_dataset_is_ready_or_failed(gateway, tmp_path):
    archive = tmp_path / "s.jsonl.gz"
    archive.write_bytes(b"\x1f\x8b not really")
    gateway.on("POST", "/api/v1/pipeline/upload", dataset_answer(202, "registering"))
    failed = {"dataset_id": DATASET, "name": "s", "bytes": 0, "sha256": "", "format": "jsonl", "status": "failed",
              "failure": {"reason": "archive_bomb", "detail": "expands 1000x"}}
    gateway.on("GET", f"/api/v1/datasets/{DATASET}", httpx.Response(200, json=failed))
    result = dp(gateway, "upload", str(archive))
    assert result.exit_code == 1
    assert "archive_bomb" in result.stderr and "expands 1000x" in result.stderr
    assert result.stdout == ""


def test_a_problem_document_prints_its_title_and_detail_and_exits_1(gateway, sample):
    gateway.on("POST", "/api/v1/pipeline/upload",
               problem(401, "Invalid API key", "send 'Authorization: Bearer <key>' with a key that exists",
                       request_id="req-123"))
    result = dp(gateway, "upload", str(sample))
    assert result.exit_code == 1
    assert "Error: Invalid API key (401)" in result.stderr
    assert "with a key that exists" in result.stderr
    assert "request id req-123" in result.stderr
    assert "Traceback" not in result.output


def test_validation_errors_name_each_field(gateway):
    gateway.on("POST", "/api/v1/pipeline/execute", problem(
        422, "Request is not valid", "1 field(s) failed validation",
        errors=[{"loc": ["body", "quality_threshold"], "msg": "Input should be less than or equal to 1"}]))
    result = dp(gateway, "run", DATASET)
    assert result.exit_code == 1
    assert "Request is not valid (422)" in result.stderr
    assert "quality_threshold: Input should be less than or equal to 1" in result.stderr


def test_a_body_the_api_would_refuse_is_refused_before_it_is_sent(gateway):
    """The CLI builds its bodies with the API's own request models (``shared.api``)."""
    result = dp(gateway, "run", DATASET, "--template", "no-such-template")
    assert result.exit_code == 1
    assert "Request is not valid (422)" in result.stderr and "export.template: Input should be" in result.stderr
    assert not any(r.url.path.endswith("/execute") for r in gateway.requests)


def test_a_rate_limit_says_when_to_retry(gateway):
    gateway.on("GET", f"/api/v1/pipeline/status/{RUN}",
               httpx.Response(429, json={"title": "Rate limit reached", "status": 429, "detail": "10/hour"},
                              headers={"Retry-After": "42"}))
    result = dp(gateway, "status", RUN)
    assert result.exit_code == 1
    assert "Rate limit reached (429)" in result.stderr and "retry after 42 s" in result.stderr


def test_a_non_problem_error_body_still_gives_a_readable_message(gateway):
    gateway.on("GET", "/api/v1/keys", httpx.Response(502, text="<html>Bad Gateway</html>"))
    result = dp(gateway, "keys", "list")
    assert result.exit_code == 1
    assert "Bad Gateway (502)" in result.stderr


def test_an_unreachable_gateway_exits_3_and_names_the_url(gateway):
    def refuse(request):
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    gateway.on("GET", "/api/v1/keys", refuse)
    result = dp(gateway, "keys", "list")
    assert result.exit_code == 3
    assert "Cannot reach the gateway" in result.stderr
    assert "http://gw.test:8000" in result.stderr and "Connection refused" in result.stderr


def test_a_timeout_exits_3(gateway):
    def slow(request):
        raise httpx.ReadTimeout("timed out", request=request)

    gateway.on("GET", f"/api/v1/pipeline/status/{RUN}", slow)
    result = dp(gateway, "status", RUN)
    assert result.exit_code == 3 and "Gateway timed out" in result.stderr


def test_no_api_key_is_a_configuration_error(gateway):
    result = dp(gateway, "status", env={"DP_API_KEY": ""})
    assert result.exit_code == 2
    assert "No API key" in result.stderr and "DP_API_KEY" in result.stderr
    assert gateway.requests == []


def test_run_follow_uses_a_ticket_and_never_puts_the_key_in_the_url(gateway, sample):
    gateway.on("POST", "/api/v1/pipeline/upload", dataset_answer())
    gateway.on("POST", "/api/v1/pipeline/execute",
               httpx.Response(202, json={"run_id": RUN, "status": "queued", "status_url": "x", "websocket_url": "y"}))
    gateway.on("POST", "/api/v1/ws/tickets", httpx.Response(201, json={"ticket": "t/k+1", "expires_in": 30}))
    gateway.ws_scripts.append([
        {"type": "state", "run": run_state(RUN, "queued")},
        {"type": "progress", "event": {"event": "BatchAcquired"}},
        {"type": "heartbeat", "at": 1.0},
        {"type": "state", "run": run_state(RUN, "running", processed=5)},
        {"type": "state", "run": run_state(RUN, "completed", processed=10)},
    ])
    result = dp(gateway, "run", str(sample), "--threshold", "0.5", "--mode", "concurrent", "--pii-policy", "exclude",
                "--follow")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == RUN
    body = json.loads(next(r for r in gateway.requests if r.url.path.endswith("/execute")).read())
    assert body == {"dataset_ids": [DATASET], "quality_threshold": 0.5, "mode": "concurrent",
                    "quality": {"pii_policy": "exclude"}}
    [(url, headers)] = gateway.ws_connections
    assert url == f"ws://gw.test:8000/ws/runs/{RUN}?ticket=t%2Fk%2B1"
    assert "Authorization" not in headers and KEY not in url
    assert f"run {RUN} completed in 2.0 s: 10 records in" in result.stderr
    for stage in ("acquisition", "standardization", "quality", "production"):
        assert stage in result.stderr


def test_without_the_ticket_route_the_key_goes_in_the_handshake_header(gateway):
    gateway.on("POST", "/api/v1/pipeline/execute",
               httpx.Response(202, json={"run_id": RUN, "status": "queued", "status_url": "x", "websocket_url": "y"}))
    gateway.ws_scripts.append([{"type": "state", "run": run_state(RUN, "completed", processed=10)}])
    result = dp(gateway, "--quiet", "run", DATASET, "--follow")
    assert result.exit_code == 0, result.output
    [(url, headers)] = gateway.ws_connections
    assert url == f"ws://gw.test:8000/ws/runs/{RUN}"
    assert headers == {"Authorization": f"Bearer {KEY}"}


def test_a_dropped_socket_is_reopened_with_a_fresh_ticket(gateway, monkeypatch):
    monkeypatch.setattr("dp_cli.feed.time.sleep", lambda s: None)
    tickets = iter(["first", "second"])
    gateway.on("POST", "/api/v1/pipeline/execute",
               httpx.Response(202, json={"run_id": RUN, "status": "queued", "status_url": "x", "websocket_url": "y"}))
    gateway.on("POST", "/api/v1/ws/tickets",
               lambda r: httpx.Response(201, json={"ticket": next(tickets), "expires_in": 30}))
    gateway.ws_scripts += [[{"type": "state", "run": run_state(RUN, "running", processed=3)}],
                           [{"type": "state", "run": run_state(RUN, "completed", processed=10)}]]
    result = dp(gateway, "run", DATASET, "--follow")
    assert result.exit_code == 0, result.output
    assert [u.rsplit("=", 1)[1] for u, _ in gateway.ws_connections] == ["first", "second"]


def test_a_failed_run_exits_1_with_its_error(gateway):
    gateway.on("POST", "/api/v1/pipeline/execute",
               httpx.Response(202, json={"run_id": RUN, "status": "queued", "status_url": "x", "websocket_url": "y"}))
    failed = run_state(RUN, "failed", processed=4, error={"stage": "quality", "message": "too many failed records"})
    gateway.ws_scripts.append([{"type": "state", "run": failed}])
    result = dp(gateway, "run", DATASET, "--follow")
    assert result.exit_code == 1
    assert "Error: Run failed" in result.stderr and "quality: too many failed records" in result.stderr


def test_a_websocket_refusal_exits_1_with_its_reason(gateway):
    gateway.on("POST", "/api/v1/pipeline/execute",
               httpx.Response(202, json={"run_id": RUN, "status": "queued", "status_url": "x", "websocket_url": "y"}))
    gateway.ws_scripts.append([{"type": "error", "status": 403, "detail": "the key lacks the runs:read scope"}])
    result = dp(gateway, "run", DATASET, "--follow")
    assert result.exit_code == 1
    assert "Forbidden (403)" in result.stderr and "runs:read" in result.stderr


def test_run_refuses_what_is_neither_a_file_nor_a_dataset_id(gateway, tmp_path):
    result = dp(gateway, "run", str(tmp_path / "missing.jsonl"))
    assert result.exit_code == 2 and "neither a file nor a dataset id" in result.stderr
    assert gateway.requests == []


def test_run_sends_the_chosen_quality_tiers_in_table_order(gateway):
    gateway.on("POST", "/api/v1/pipeline/execute",
               httpx.Response(202, json={"run_id": RUN, "status": "queued", "status_url": "x", "websocket_url": "y"}))
    result = dp(gateway, "run", DATASET, "--tiers", "content, structure")
    assert result.exit_code == 0, result.output
    body = json.loads(gateway.requests[0].read())
    assert body == {"dataset_ids": [DATASET], "quality": {"tiers": ["structure", "content"]}}


@pytest.mark.parametrize("tiers, message", [
    ("structure,counseling", "quality.tiers: Value error, unknown tier 'counseling': the tiers are structure, "
                             "content, counselling"),
    ("content,content", "quality.tiers: Value error, each tier may be given once; repeated: content"),
    (",", "quality.tiers: List should have at least 1 item"),
])
def test_bad_quality_tiers_are_refused_before_anything_is_uploaded(gateway, sample, tiers, message):
    result = dp(gateway, "run", str(sample), "--tiers", tiers)
    assert result.exit_code == 1
    assert "Request is not valid (422)" in result.stderr and message in result.stderr
    assert gateway.requests == []


def test_status_names_the_quality_tiers_of_a_run_that_chose_them(gateway):
    chosen = run_state(RUN, "completed", 10, quality={"pii_policy": "redact", "languages": ["en"],
                                                      "tiers": ["structure", "content"]})
    every = run_state(RUN, "completed", 10, quality={"pii_policy": "redact", "languages": ["en"],
                                                     "tiers": ["structure", "content", "counselling"]})
    gateway.on("GET", f"/api/v1/pipeline/status/{RUN}", httpx.Response(200, json=chosen), httpx.Response(200, json=every))
    assert "quality tiers: structure, content" in dp(gateway, "status", RUN).stdout
    assert "quality tiers" not in dp(gateway, "status", RUN).stdout


def test_status_lists_runs_following_the_cursor(gateway):
    pages = [httpx.Response(200, json={"items": [run_state("1" * 32, "completed")], "next_cursor": "c1"}),
             httpx.Response(200, json={"items": [run_state("2" * 32, "running")], "next_cursor": None})]
    gateway.on("GET", "/api/v1/pipeline/runs", *pages)
    result = dp(gateway, "status", "--json")
    assert result.exit_code == 0, result.output
    assert [r["run_id"] for r in json.loads(result.stdout)] == ["1" * 32, "2" * 32]
    assert gateway.requests[1].url.params["cursor"] == "c1"


def test_status_of_a_run_shows_its_stages(gateway):
    gateway.on("GET", f"/api/v1/pipeline/status/{RUN}", httpx.Response(200, json=run_state(RUN, "running", 5)))
    result = dp(gateway, "status", RUN)
    assert result.exit_code == 0, result.output
    assert "5/~10 rec" in result.stdout and "50 rec/s" in result.stdout and "ETA 0:00:03" in result.stdout


def _export_answer(body: bytes, sha: str) -> httpx.Response:
    return httpx.Response(200, content=body, headers={"X-Content-SHA256": sha, "Content-Length": str(len(body))})


def test_export_polls_a_202_then_downloads_and_verifies(gateway, tmp_path, monkeypatch):
    monkeypatch.setattr("dp_cli.client.time.sleep", lambda s: None)
    body = b"PAR1 pretend parquet PAR1"
    sha = hashlib.sha256(body).hexdigest()
    pending = {"run_id": RUN, "variant": "parquet.none", "status": "running",
               "status_url": f"/api/v1/pipeline/exports/{RUN}/parquet.none",
               "download_url": f"/api/v1/pipeline/export/parquet?run_id={RUN}&compression=none"}
    gateway.on("GET", "/api/v1/pipeline/export/parquet",
               httpx.Response(202, json=pending, headers={"Location": pending["status_url"]}),
               _export_answer(body, sha))
    gateway.on("GET", f"/api/v1/pipeline/exports/{RUN}/parquet.none",
               httpx.Response(200, json={**pending, "status": "running"}),
               httpx.Response(200, json={**pending, "status": "completed", "sha256": sha}))
    target = tmp_path / "out.parquet"
    result = dp(gateway, "export", RUN, "--format", "parquet", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == body
    assert result.stdout.strip() == str(target)
    assert f"sha256 {sha} verified" in result.stderr
    downloads = [r for r in gateway.requests if r.url.path.endswith("/export/parquet")]
    assert len(downloads) == 2  # the 202, then the one download: the polling went to the status URL


def test_export_with_a_wrong_checksum_keeps_nothing_and_exits_1(gateway, tmp_path):
    gateway.on("GET", "/api/v1/pipeline/export/jsonl", _export_answer(b"{}\n", "f" * 64))
    target = tmp_path / "out.jsonl"
    result = dp(gateway, "export", RUN, "-o", str(target))
    assert result.exit_code == 1
    assert "Checksum mismatch" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_of_a_run_not_completed(gateway, tmp_path):
    gateway.on("GET", "/api/v1/pipeline/export/jsonl", problem(409, "Run not completed", "the run is running"))
    result = dp(gateway, "export", RUN, "-o", str(tmp_path / "x.jsonl"))
    assert result.exit_code == 1 and "Run not completed (409)" in result.stderr and "the run is running" in result.stderr


def test_validate_standardizes_then_scores_and_sums_up(gateway, tmp_path):
    path = tmp_path / "v.jsonl"
    path.write_text('{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "yo"}]}\n'
                    '{"nothing": 1}\n')
    conv = {"conversation_id": "c", "messages": [{"role": "user", "content": "hi", "metadata": None},
                                                 {"role": "assistant", "content": "yo"}]}
    gateway.on("POST", "/api/v1/standardize/batch", httpx.Response(200, json={"results": [
        {"index": 0, "status": "converted", "detected_format": "openai", "confidence": 1, "evidence": [],
         "conversations": [conv]},
        {"index": 1, "status": "rejected", "detected_format": None, "confidence": 0, "evidence": [],
         "reason": "unknown_format"}], "summary": {}}))
    gateway.on("POST", "/api/v1/validate/quality", httpx.Response(200, json={"validation_id": "v", "summary": {},
                                                                             "results": [{"score": 0.8, "passed": True, "flags": ["short"], "risk_level": "none"}]}))
    result = dp(gateway, "validate", str(path), "--json", "--threshold", "0.6")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["records"] == 2 and summary["converted"] == 1 and summary["reject_reasons"] == {"unknown_format": 1}
    assert summary["passed"] == 1 and summary["mean_score"] == 0.8 and summary["flags"] == {"short": 1}
    sent = json.loads(gateway.requests[1].read())
    assert sent["threshold"] == 0.6
    assert sent["conversations"] == [{"messages": [{"role": "user", "content": "hi"},
                                                   {"role": "assistant", "content": "yo"}]}]


def test_validate_sends_the_chosen_quality_tiers(gateway, sample):
    conv = {"conversation_id": "c", "messages": [{"role": "user", "content": "hi"},
                                                 {"role": "assistant", "content": "hello"}]}
    gateway.on("POST", "/api/v1/standardize/batch", httpx.Response(200, json={"results": [
        {"index": 0, "status": "converted", "detected_format": "openai", "confidence": 1, "evidence": [],
         "conversations": [conv]}], "summary": {}}))
    gateway.on("POST", "/api/v1/validate/quality", httpx.Response(200, json={"validation_id": "v", "summary": {},
                                                                             "results": [{"score": 1.0, "passed": True}]}))
    result = dp(gateway, "validate", str(sample), "--json", "--tiers", "structure")
    assert result.exit_code == 0, result.output
    assert json.loads(gateway.requests[1].read())["options"] == {"pii_policy": "redact", "tiers": ["structure"]}
    bad = dp(gateway, "validate", str(sample), "--tiers", "risk")
    assert bad.exit_code == 1 and "options.tiers: Value error, unknown tier 'risk'" in bad.stderr
    assert len(gateway.requests) == 2  # nothing sent for the refused one


def test_validate_refuses_an_unknown_file_type(gateway, tmp_path):
    path = tmp_path / "v.xml"
    path.write_text("<x/>")
    result = dp(gateway, "validate", str(path))
    assert result.exit_code == 2 and "Unsupported file type" in result.stderr


def test_keys_create_prints_only_the_secret_on_stdout(gateway):
    created = {"key_id": "0123456789abcdef", "name": "ci", "tier": "viewer", "scopes": [], "rate_limits": {},
               "created_at": "2026-12-01T10:00:00+00:00", "created_by": "bootstrap-admin", "api_key": KEY}
    gateway.on("POST", "/api/v1/keys", httpx.Response(201, json=created))
    result = dp(gateway, "keys", "create", "--name", "ci", "--tier", "viewer", "--rate-limit", "export=5/hour")
    assert result.exit_code == 0, result.output
    assert result.stdout == KEY + "\n"
    assert json.loads(gateway.requests[0].read()) == {"name": "ci", "tier": "viewer",
                                                      "rate_limits": {"export": "5/hour"}}


def test_keys_revoke_of_an_unknown_key(gateway):
    gateway.on("DELETE", "/api/v1/keys/0123456789abcdef", problem(404, "Unknown key", "no key '0123456789abcdef'"))
    result = dp(gateway, "keys", "revoke", "0123456789abcdef")
    assert result.exit_code == 1 and "Unknown key (404)" in result.stderr


def test_bad_usage_exits_2(gateway):
    result = dp(gateway, "keys", "create", "--name", "x", "--tier", "root")
    assert result.exit_code == 2


def test_validate_counts_lines_that_are_no_json_as_rejects_without_sending_them(gateway, tmp_path):
    path = tmp_path / "v.jsonl"
    path.write_bytes(b'{"messages": [{"role": "user", "content": "cut off\n\xff\xfe\n')
    result = dp(gateway, "validate", str(path), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["records"] == 2 and summary["converted"] == 0
    assert summary["reject_reasons"] == {"invalid_json_line": 1, "invalid_utf8": 1}
    assert gateway.requests == []
