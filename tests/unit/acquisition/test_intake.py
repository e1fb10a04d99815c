"""Acquisition's intake helpers: previews, URL file names, Hugging Face loads (no I/O beyond tmp)."""

from __future__ import annotations

import gzip
import json
import sys
import types
from pathlib import Path

import pyarrow as pa
import pytest

from services.acquisition import intake, preview
from shared.file_types import IntakeRefused


def test_preview_reads_the_first_records_only(tmp_path):
    jsonl = tmp_path / "d.jsonl.gz"
    jsonl.write_bytes(gzip.compress(b"".join(b'{"i": %d}\n' % i for i in range(1000)) + b"not json\n"))
    got = preview.read_preview(jsonl, "jsonl", 3)
    assert [r["data"] for r in got] == [{"i": 0}, {"i": 1}, {"i": 2}]
    csv = tmp_path / "d.csv"
    csv.write_text("q,a\nhi,there\n")
    assert preview.read_preview(csv, "csv", 5) == [{"index": 0, "data": {"q": "hi", "a": "there"}, "error": None,
                                                    "detail": None}]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": 1}\n{broken\n')
    assert preview.read_preview(bad, "jsonl", 5)[1]["error"] == "invalid_json_line"


def test_a_big_json_array_is_previewed_from_its_head(tmp_path, monkeypatch):
    monkeypatch.setattr(preview, "PREVIEW_FULL_READ_BYTES", 100)
    monkeypatch.setattr(preview, "PREVIEW_HEAD_BYTES", 200)
    big = tmp_path / "big.json"
    big.write_text(json.dumps([{"text": "x" * 30, "i": i} for i in range(100)]))
    got = preview.read_preview(big, None, 10)
    assert [r["data"]["i"] for r in got] == [0, 1, 2]  # as many as the head holds whole
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"data": [{"i": i} for i in range(100)]}))
    with pytest.raises(ValueError):
        preview.read_preview(wrapped, None, 10)


@pytest.mark.parametrize(("name", "ctype", "encoding", "expected"), [
    ("data.jsonl", "", "", "data.jsonl"), ("x.csv.gz", "application/gzip", "", "x.csv.gz"),
    ("export", "text/csv", "", "export.csv"), ("", "application/json", "", "download.json"),
    ("a.zip", "", "", "a.zip"), ("rows.jsonl", "application/octet-stream", "gzip", "rows.jsonl.gz"),
    ("../../etc/passwd", "application/x-ndjson", "", "passwd.jsonl"),
])
def test_url_file_names(name, ctype, encoding, expected):
    assert intake.name_for_url(name, ctype, encoding) == expected


@pytest.mark.parametrize(("name", "ctype", "encoding"), [
    ("page.html", "text/html", ""), ("x.jsonl", "", "br"), ("x.parquet", "", "gzip"),
])
def test_url_file_names_refused(name, ctype, encoding):
    with pytest.raises(IntakeRefused) as exc:
        intake.name_for_url(name, ctype, encoding)
    assert exc.value.status == 415


def test_hf_name_without_the_datasets_library(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "datasets", None)  # import fails
    with pytest.raises(IntakeRefused) as exc:
        intake.save_hf("org/name", None, "train", tmp_path / "hf")
    assert (exc.value.status, exc.value.reason) == (422, "hf_dataset_unavailable")
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
    intake.save_hf("org/cached", "default", "train[:10]", tmp_path / "hf")
    assert calls == [("org/cached", "default", "train[:10]")]
    assert preview.read_preview(tmp_path / "hf", "hf_dataset", 5)[0]["data"] == {"text": "hi"}
    with pytest.raises(IntakeRefused) as exc:
        intake.save_hf("org/missing", None, None, tmp_path / "hf2")
    assert exc.value.reason == "hf_dataset_unavailable" and "cache" in exc.value.detail


def test_hf_name_from_a_real_offline_cache(tmp_path):
    """The real library, offline: a name in the datasets cache loads; a name that is not cached,
    or that names one of the library's builders (which would read the server's working folder), does not."""
    pytest.importorskip("datasets")
    from tests.support.hf_cache import cache_as_downloaded

    rows = [{"conversations": [{"from": "human", "value": f"q{i}"}, {"from": "gpt", "value": f"a{i}"}]}
            for i in range(4)]
    cache_as_downloaded(tmp_path / "cache", "testorg/chats", {"train": rows, "test": rows[:1]})
    intake.save_hf("testorg/chats", None, "train", tmp_path / "one", tmp_path / "cache")
    assert [r["data"] for r in preview.read_preview(tmp_path / "one", "hf_dataset", 10)] == rows
    intake.save_hf("testorg/chats", None, None, tmp_path / "all", tmp_path / "cache")  # every split
    assert len(preview.read_preview(tmp_path / "all", "hf_dataset", 10)) == 5
    for name in ("testorg/missing", "json", "text", "buckets/x"):
        with pytest.raises(IntakeRefused) as exc:
            intake.save_hf(name, None, None, tmp_path / name.replace("/", "_"), tmp_path / "cache")
        assert exc.value.reason == "hf_dataset_unavailable", name
