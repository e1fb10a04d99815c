"""Raw ingest, the plain part: the contract, message checks, stored parts, ingest datasets."""

import hashlib
import json
import subprocess
import sys

import pytest

from services.acquisition import ingest
from services.acquisition.readers import detect_file_format, iter_records
from services.acquisition.batching import plan_batches, DatasetSource
from shared.ingest import MAX_RECORDS, REJECT_REASONS, RawIngest, ingest_dataset_id, ingest_run_id, schema_text
from shared.settings import REPO_ROOT

MAX = 1024 * 1024


def message(**fields) -> bytes:
    return json.dumps({"source": "crm", "dataset": "sessions", "message_id": "m-1", "records": [{"a": 1}],
                       **fields}).encode()


def test_a_valid_message_parses():
    parsed = ingest.parse(message(format="sharegpt"), MAX)
    assert isinstance(parsed, RawIngest) and parsed.format == "sharegpt" and parsed.records == [{"a": 1}]
    assert ingest.parse(message(records=["text", None, 3, [1]]), MAX).records == ["text", None, 3, [1]]


@pytest.mark.parametrize(("body", "reason"), [
    (b"x" * (MAX + 1), "message_too_large"),
    (b'{"source": "\xff"}', "invalid_utf8"),
    (b"{not json", "invalid_json"),
    (b"", "invalid_json"),
    (b"NaN", "invalid_json"),
    (b'{"a": 1} trailing', "invalid_json"),
    (b'"\\ud800"', "invalid_json"),
    (message(records=[json.loads("[" * 70 + "]" * 70)]), "invalid_record"),
    (b'{"source": "s", "dataset": "d", "message_id": "m", "records": [' + b"[" * 1000 + b"]" * 1000 + b"]}",
     "invalid_record"),
    (b"[1, 2]", "invalid_message"),
    (message(records=[]), "invalid_message"),
    (message(records="nope"), "invalid_message"),
    (message(source=""), "invalid_message"),
    (message(source="has space"), "invalid_message"),
    (message(message_id="a b"), "invalid_message"),
    (message(format="csv"), "invalid_message"),
    (message(extra=1), "invalid_message"),
    (message(schema_version=2), "invalid_message"),
    (message(records=[{}] * (MAX_RECORDS + 1)), "too_many_records"),
])
def test_bad_messages_are_problems_with_a_reason(body, reason):
    problem = ingest.parse(body, MAX)
    assert isinstance(problem, ingest.IngestProblem), problem
    assert problem.reason == reason and problem.detail and reason in REJECT_REASONS


def test_integers_past_64_bits_are_kept_exactly_as_strings():
    for n in (2**63, 2**64, 10**30, -(2**63) - 1):
        parsed = ingest.parse(message(records=[{"n": n, "small": 5}]), MAX)
        assert isinstance(parsed, RawIngest), parsed
        assert parsed.records == [{"n": str(n), "small": 5}]


def test_a_problem_keeps_what_identifies_the_message():
    problem = ingest.parse(json.dumps({"source": "crm", "message_id": "m-9", "records": "x"}).encode(), MAX)
    assert problem.identity == {"source": "crm", "dataset": None, "message_id": "m-9"}
    assert {e["loc"] for e in problem.errors} == {"dataset", "records"}
    assert ingest.parse(b"[]", MAX).identity == {"source": None, "dataset": None, "message_id": None}


def test_ids_are_deterministic_and_documented():
    assert ingest_run_id("crm", "m-1") == hashlib.sha256(b"ingest\x00crm\x00m-1").hexdigest()[:32]
    assert ingest_run_id("crm", "m-1") != ingest_run_id("crm", "m-2") != ingest_run_id("erp", "m-1")
    assert ingest_dataset_id("crm", "s") == "ingest-" + hashlib.sha256(b"crm\x00s").hexdigest()[:24]


def test_a_part_is_stored_once(tmp_path):
    first = ingest.store_part(tmp_path / "p", "run", ingest.record_lines([{"a": "x\ny"}, "text"]))
    assert first.created and first.path.read_bytes() == b'{"a":"x\\ny"}\n"text"\n'
    again = ingest.store_part(tmp_path / "p", "run", ingest.record_lines([{"other": 1}]))
    assert not again.created and (again.sha256, again.bytes) == (first.sha256, first.bytes)
    assert first.path.read_bytes() == b'{"a":"x\\ny"}\n"text"\n'
    assert [p.name for p in (tmp_path / "p").iterdir()] == ["run.jsonl"]


def test_an_ingest_dataset_reads_its_parts_in_order(tmp_path):
    folder = tmp_path / "records"
    ingest.store_part(folder, "b", ingest.record_lines([{"i": 2}, {"i": 3}]))
    ingest.store_part(folder, "a", ingest.record_lines([{"i": 0}, {"i": 1}]))
    (folder / ".c.123.tmp").write_text('{"i": 99}\n')  # a part being written
    assert detect_file_format(folder, "jsonl_parts") == "jsonl_parts"
    records = list(iter_records(folder, "jsonl_parts"))
    assert [(r.index, r.data) for r in records] == [(i, {"i": i}) for i in range(4)]
    batches = list(plan_batches([DatasetSource("d", "crm/s", folder, "", "jsonl_parts")], 3))
    assert [len(b.records) for b in batches] == [3, 1] and batches[-1].is_last
    assert list(iter_records(tmp_path / "missing", "jsonl_parts")) == []


def test_the_committed_json_schema_is_the_model():
    committed = (REPO_ROOT / "docs" / "ingest.schema.json").read_text()
    assert committed == schema_text(), "run: python -m shared.ingest --schema > docs/ingest.schema.json"
    out = subprocess.run([sys.executable, "-m", "shared.ingest", "--schema"], cwd=REPO_ROOT, capture_output=True,
                         text=True, check=True, timeout=60)
    assert out.stdout == committed
    schema = json.loads(committed)
    assert schema["required"] == ["source", "dataset", "message_id", "records"]
    assert schema["properties"]["records"]["maxItems"] == MAX_RECORDS and schema["additionalProperties"] is False
