"""Hostile records in every reader: each record ends as a record that can travel (JSON within
the limits) or as a reject with a reason in its place; never an exception that loses the file.
(Issue 13: a JSONL upload with one line nested 1,000 deep, one lone surrogate or one 20 MB
record used to fail its whole run with records_in: 0.)"""

from __future__ import annotations

import csv
import json

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.acquisition import batching, readers as reading
from services.acquisition.readers import iter_records
from services.acquisition.batching import DatasetSource, plan_batches
from services.acquisition.record_guard import MAX_DEPTH, MAX_RECORD_BYTES, check, depth
from shared.events import RawRecord

GOOD = {"conversations": [{"from": "human", "value": "hi"}, {"from": "gpt", "value": "hello"}]}


def nested(n: int) -> str:
    return "[" * n + "]" * n


HOSTILE_LINES = {
    "deep_1000": nested(1000),
    "deep_300": nested(300),
    "deep_100": json.dumps({"a": json.loads(nested(100))}),
    "lone_surrogate": '{"text": "\\ud800 x"}',
    "lone_surrogate_key": '{"\\udfff": 1}',
    "big_int": '{"n": 123456789012345678901234567890, "m": -99999999999999999999}',
    "nan": '{"x": NaN}',
    "bom_inside": '\ufeff{"a": 1}',
    "huge": json.dumps({"text": "x" * (MAX_RECORD_BYTES + 10)}),
    "broken": '{"a": ',
    "string": '"just a string"',
}


def traveling(record: RawRecord) -> bool:
    """A record that can go into a Kafka batch and MongoDB."""
    if record.error is not None:
        return bool(record.error)
    encoded = orjson.dumps(record.data)
    return len(encoded) <= MAX_RECORD_BYTES and depth(record.data) <= MAX_DEPTH


def test_each_hostile_jsonl_line_is_one_record_or_reject_and_the_rest_is_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    lines = []
    for text in HOSTILE_LINES.values():
        lines += [json.dumps(GOOD), text]
    lines.append(json.dumps(GOOD))
    path.write_text("\n".join(lines), encoding="utf-8")
    records = list(iter_records(path, "jsonl"))
    assert [r.index for r in records] == list(range(len(lines)))
    assert all(traveling(r) for r in records)
    by_name = dict(zip(HOSTILE_LINES, records[1::2]))
    assert by_name["deep_1000"].error == by_name["deep_300"].error == by_name["deep_100"].error == "record_too_deep"
    assert by_name["lone_surrogate"].error == by_name["lone_surrogate_key"].error == "invalid_text"
    assert by_name["huge"].error == "record_too_large"
    assert by_name["broken"].error == "invalid_json_line"
    # big integers kept exactly, as strings; never rounded
    assert by_name["big_int"].data == {"n": "123456789012345678901234567890", "m": "-99999999999999999999"}
    assert all(r.data == GOOD for r in records[0::2])


def test_a_json_array_with_one_item_too_deep_for_the_parser_keeps_the_others(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" + ", ".join([json.dumps(GOOD), nested(5000), '{"t": "a,]}\\"["}', json.dumps(GOOD)]) + "]")
    records = list(iter_records(path, "json"))
    assert [r.error for r in records] == [None, "record_too_deep", None, None]
    assert records[2].data == {"t": 'a,]}"['} and records[3].data == GOOD


def test_csv_and_parquet_cells_over_the_limit_are_rejects(tmp_path):
    path = tmp_path / "t.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["question", "answer"])
        w.writerow(["hi", "x" * (MAX_RECORD_BYTES + 1)])
        w.writerow(["hi", "there"])
    assert [r.error for r in iter_records(path, "csv")] == ["record_too_large", None]
    pq.write_table(pa.table({"q": ["a", "b" * (MAX_RECORD_BYTES + 1)], "a": ["c", "d"]}), tmp_path / "t.parquet")
    assert [r.error for r in iter_records(tmp_path / "t.parquet", "parquet")] == [None, "record_too_large"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**80), max_value=2**80) | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=30)


@given(st.lists(st.one_of(json_values.map(json.dumps), st.sampled_from(list(HOSTILE_LINES.values())[:-1]),
                          st.integers(1, 400).map(nested), st.text(max_size=30)), min_size=1, max_size=25))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_jsonl_gives_one_traveling_record_or_reject_per_line(tmp_path, lines):
    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    path = tmp_path / "any.jsonl"
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    path.write_bytes(data)
    raw_lines = [ln.strip() for ln in data.split(b"\n")]
    raw_lines[0] = raw_lines[0].removeprefix(b"\xef\xbb\xbf")
    records = list(iter_records(path, "jsonl"))
    assert len(records) == sum(1 for ln in raw_lines if ln)  # one per non-blank line
    assert [r.index for r in records] == list(range(len(records)))
    assert all(traveling(r) for r in records)


def test_batches_are_bounded_in_bytes_as_well_as_in_records(tmp_path, monkeypatch):
    monkeypatch.setattr(batching._chunks, "__defaults__", (10_000,))
    monkeypatch.setattr(batching._group_chunks, "__defaults__", (10_000,))
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(json.dumps({"text": "y" * 3000, "i": i}) for i in range(20)))
    source = DatasetSource(dataset_id="d", name="big.jsonl", path=path, declared_format="jsonl", sha256="0")
    sizes = [len(b.records) for b in plan_batches([source], batch_size=500)]
    assert sum(sizes) == 20 and max(sizes) <= 3


def test_check_keeps_good_records_unchanged():
    record = RawRecord(index=3, data=GOOD)
    out, size = check(record)
    assert out is record and size == len(orjson.dumps(GOOD))
