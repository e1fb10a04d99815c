"""The /datasets helpers that need no server: cursors, previews, per-dataset progress, which
folder a delete may remove, URL file names, Hugging Face loading (with a stand-in library)."""

from __future__ import annotations

import gzip
import json
import sys
import types
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest

from gateway.problems import Problem
from gateway.routes import datasets as routes
from gateway.settings import GatewaySettings
from shared.run_ledger import STAGES


def test_cursor_round_trip_and_garbage():
    doc = {"_id": "ab" * 16, "created_at": datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)}
    assert routes._parse_cursor(routes._cursor(doc)) == (doc["created_at"], doc["_id"])
    for bad in ["x", "AAAA", routes._cursor({"_id": "a b", "created_at": doc["created_at"]}), "_-_-_-",
                routes._cursor({"_id": "ab", "created_at": datetime(2025, 1, 1)})]:
        with pytest.raises(Problem) as exc:
            routes._parse_cursor(bad)
        assert (exc.value.status, exc.value.slug) == (422, "invalid_cursor")


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
                                   "0001-01-01T00:00:00+23:59"])
def test_cursors_with_timestamps_out_of_range_in_utc_are_422(stamp):
    """They parse, then overflowed in UTC (the store's encoder): a 500 a viewer could cause."""
    import base64
    cursor = base64.urlsafe_b64encode(f"{stamp}|{'ab' * 16}".encode()).decode().rstrip("=")
    with pytest.raises(Problem) as exc:
        routes._parse_cursor(cursor)
    assert (exc.value.status, exc.value.slug) == (422, "invalid_cursor")


def test_preview_reads_the_first_records_only(tmp_path):
    jsonl = tmp_path / "d.jsonl.gz"
    jsonl.write_bytes(gzip.compress(b"".join(b'{"i": %d}\n' % i for i in range(1000)) + b"not json\n"))
    got = routes._read_preview(jsonl, "jsonl", 3)
    assert [r["data"] for r in got] == [{"i": 0}, {"i": 1}, {"i": 2}]
    csv = tmp_path / "d.csv"
    csv.write_text("q,a\nhi,there\n")
    assert routes._read_preview(csv, "csv", 5) == [{"index": 0, "data": {"q": "hi", "a": "there"}, "error": None,
                                                    "detail": None}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": 1}\n{broken\n')
    assert routes._read_preview(bad, "jsonl", 5)[1]["error"] == "invalid_json_line"


def test_a_big_json_array_is_previewed_from_its_head(tmp_path, monkeypatch):
    monkeypatch.setattr(routes, "PREVIEW_FULL_READ_BYTES", 100)
    monkeypatch.setattr(routes, "PREVIEW_HEAD_BYTES", 200)
    big = tmp_path / "big.json"
    big.write_text(json.dumps([{"text": "x" * 30, "i": i} for i in range(100)]))
    got = routes._read_preview(big, None, 10)
    assert [r["data"]["i"] for r in got] == [0, 1, 2]  # as many as the head holds whole
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"data": [{"i": i} for i in range(100)]}))
    with pytest.raises(ValueError):
        routes._read_preview(wrapped, None, 10)


def batch(stage, index, dataset=None, **counts):
    doc = {"stage": stage, "batch_index": index, "total_batches": None, **counts}
    if dataset:
        doc["dataset_id"] = dataset
    return doc


def run_state(status="running", total=None, acquired=0, dataset_ids=("a", "b")):
    return {"_id": "r" * 32, "kind": "pipeline", "status": status, "dataset_ids": list(dataset_ids),
            "counts": {"records_in": 30}, "total_batches": total,
            "stages": {s: {"batches_done": acquired if s == "acquisition" else 0, "total_batches": total}
                       for s in STAGES},
            "created_at": datetime.now(UTC)}


def test_progress_per_dataset():
    batches = [batch("acquisition", 0, "a", records_in=10), batch("acquisition", 1, "b", records_in=10),
               batch("acquisition", 2, "a", records_in=10),
               batch("standardization", 0, "a", records_converted=9, rejected=1, conversations=9),
               batch("quality", 0, "a", validated=9, passed=8), batch("production", 0, "a")]
    p = routes._progress(run_state(total=3, acquired=3), "a", batches)
    assert p.per_dataset and p.counts.records_in == 20 and p.counts.rejected == 1 and p.counts.passed == 8
    assert p.stages["acquisition"].batches_done == 2 and p.stages["production"].total_batches == 2
    assert p.progress == 0.5 and p.run_counts.records_in == 30 and p.datasets_in_run == 2
    p = routes._progress(run_state(total=None, acquired=2), "a", batches[:2])
    assert p.progress is None and p.stages["acquisition"].total_batches is None
    assert routes._progress(run_state("completed", 3, 3), "a", batches).progress == 1.0
    assert routes._progress(run_state("queued"), "a", []).per_dataset


def test_progress_of_runs_recorded_without_datasets_is_the_run_total():
    batches = [batch("acquisition", 0, records_in=10), batch("acquisition", 1, records_in=5)]
    p = routes._progress(run_state(total=2, acquired=2), "a", batches)
    assert not p.per_dataset and p.counts.records_in == 15 and p.stages["acquisition"].total_batches == 2


def test_delete_removes_only_the_gateways_own_folder(tmp_path):
    settings = GatewaySettings(data_dir=tmp_path / "data", load_roots=[str(tmp_path / "roots")])
    own = tmp_path / "data" / "uploads" / "abc"
    assert routes._owned_folder(settings, {"_id": "abc", "source": "upload", "path": str(own / "x.jsonl")}) == own
    assert routes._owned_folder(settings, {"_id": "abc", "source": "hf", "path": str(own / "hf")}) == own
    assert routes._owned_folder(settings, {"_id": "abc", "source": "path",
                                           "path": str(tmp_path / "roots" / "x.jsonl")}) is None
    other = tmp_path / "data" / "uploads" / "zzz" / "x.jsonl"
    assert routes._owned_folder(settings, {"_id": "abc", "source": "upload", "path": str(other)}) is None
    assert routes._owned_folder(settings, {"_id": "abc", "source": "upload",
                                           "path": str(own / ".." / ".." / "x.jsonl")}) is None


@pytest.mark.parametrize(("name", "ctype", "encoding", "expected"), [
    ("data.jsonl", "", "", "data.jsonl"), ("x.csv.gz", "application/gzip", "", "x.csv.gz"),
    ("export", "text/csv", "", "export.csv"), ("", "application/json", "", "download.json"),
    ("a.zip", "", "", "a.zip"), ("rows.jsonl", "application/octet-stream", "gzip", "rows.jsonl.gz"),
    ("../../etc/passwd", "application/x-ndjson", "", "passwd.jsonl"),
])
def test_url_file_names(name, ctype, encoding, expected):
    assert routes._name_for_url(name, ctype, encoding) == expected


@pytest.mark.parametrize(("name", "ctype", "encoding"), [
    ("page.html", "text/html", ""), ("x.jsonl", "", "br"), ("x.parquet", "", "gzip"),
])
def test_url_file_names_refused(name, ctype, encoding):
    with pytest.raises(Problem) as exc:
        routes._name_for_url(name, ctype, encoding)
    assert exc.value.status == 415


def test_hf_name_without_the_datasets_library(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "datasets", None)  # import fails
    with pytest.raises(Problem) as exc:
        routes._save_hf("org/name", None, "train", tmp_path / "hf")
    assert (exc.value.status, exc.value.slug) == (422, "hf_dataset_unavailable")
    assert "not installed" in exc.value.detail


def test_hf_name_with_a_stand_in_library(tmp_path, monkeypatch):
    calls = []

    class Saved:
        def save_to_disk(self, folder):
            folder = Path(folder)
            folder.mkdir(parents=True)
            table = pa.Table.from_pylist([{"text": "hi"}])
            with pa.ipc.new_stream(folder / "data-00000-of-00001.arrow", table.schema) as w:
                w.write_table(table)
            (folder / "state.json").write_text(json.dumps({"_data_files": [{"filename": "data-00000-of-00001.arrow"}]}))

    def load_dataset(name, config=None, split=None, cache_dir=None):
        calls.append((name, config, split))
        if name != "org/cached":
            raise FileNotFoundError(f"Couldn't find '{name}' on the Hub or in the cache (offline mode)")
        return Saved()

    monkeypatch.setitem(sys.modules, "datasets", types.SimpleNamespace(load_dataset=load_dataset))
    routes._save_hf("org/cached", "default", "train[:10]", tmp_path / "hf")
    assert calls == [("org/cached", "default", "train[:10]")]
    assert routes._read_preview(tmp_path / "hf", "hf_dataset", 5)[0]["data"] == {"text": "hi"}
    with pytest.raises(Problem) as exc:
        routes._save_hf("org/missing", None, None, tmp_path / "hf2")
    assert exc.value.slug == "hf_dataset_unavailable" and "cache" in exc.value.detail


def test_hf_name_from_a_real_offline_cache(tmp_path):
    """The real library, offline: a name in the datasets cache loads; a name that is not cached,
    or that names one of the library's builders (which would read the server's working folder), does not."""
    pytest.importorskip("datasets")
    from tests.support.hf_cache import cache_as_downloaded

    rows = [{"conversations": [{"from": "human", "value": f"q{i}"}, {"from": "gpt", "value": f"a{i}"}]}
            for i in range(4)]
    cache_as_downloaded(tmp_path / "cache", "testorg/chats", {"train": rows, "test": rows[:1]})
    routes._save_hf("testorg/chats", None, "train", tmp_path / "one", tmp_path / "cache")
    assert [r["data"] for r in routes._read_preview(tmp_path / "one", "hf_dataset", 10)] == rows
    routes._save_hf("testorg/chats", None, None, tmp_path / "all", tmp_path / "cache")  # every split
    assert len(routes._read_preview(tmp_path / "all", "hf_dataset", 10)) == 5
    for name in ("testorg/missing", "json", "text", "buckets/x"):
        with pytest.raises(Problem) as exc:
            routes._save_hf(name, None, None, tmp_path / name.replace("/", "_"), tmp_path / "cache")
        assert exc.value.slug == "hf_dataset_unavailable", name


@pytest.mark.parametrize("body", [
    {}, {"path": "/x", "url": "http://a/b.csv"}, {"url": "http://a/b.csv", "hf_split": "train"},
    {"hf_name": "../etc"}, {"hf_name": "org/../x"}, {"hf_name": "a/b/c"}, {"hf_name": "org/name", "hf_split": "a b"},
    {"url": ""},
])
def test_load_bodies_that_are_refused(body):
    with pytest.raises(ValueError):
        routes.LoadRequest(**body)
