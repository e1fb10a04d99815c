"""The /datasets helpers that need no server: cursors, previews, per-dataset progress, which
folder a delete may remove, URL file names, Hugging Face loading (with a stand-in library)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from gateway.plumbing import DATASET_ID_PATTERN
from gateway.routes import datasets as routes
from gateway.settings import GatewaySettings
from shared.api.datasets import LoadRequest, dataset_run_progress
from shared.pagination import InvalidCursor, keyset_cursor, parse_keyset_cursor
from shared.run_ledger import STAGES


def _cursor(doc: dict) -> str:
    return keyset_cursor(doc["created_at"], doc["_id"])


def _parse_cursor(cursor: str):
    """A /datasets cursor, as its route reads it."""
    return parse_keyset_cursor(cursor, re.compile(DATASET_ID_PATTERN))


def test_cursor_round_trip_and_garbage():
    doc = {"_id": "ab" * 16, "created_at": datetime(2025, 1, 2, 3, 4, 5, 678000, tzinfo=UTC)}
    assert _parse_cursor(_cursor(doc)) == (doc["created_at"], doc["_id"])
    for bad in ["x", "AAAA", _cursor({"_id": "a b", "created_at": doc["created_at"]}), "_-_-_-",
                _cursor({"_id": "ab", "created_at": datetime(2025, 1, 1)})]:
        with pytest.raises(InvalidCursor):
            _parse_cursor(bad)


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
                                   "0001-01-01T00:00:00+23:59"])
def test_cursors_with_timestamps_out_of_range_in_utc_are_422(stamp):
    """They parse, then overflowed in UTC (the store's encoder): a 500 a viewer could cause."""
    import base64
    cursor = base64.urlsafe_b64encode(f"{stamp}|{'ab' * 16}".encode()).decode().rstrip("=")
    with pytest.raises(InvalidCursor):
        _parse_cursor(cursor)


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
    p = dataset_run_progress(run_state(total=3, acquired=3), "a", batches)
    assert p.per_dataset and p.counts.records_in == 20 and p.counts.rejected == 1 and p.counts.passed == 8
    assert p.stages["acquisition"].batches_done == 2 and p.stages["production"].total_batches == 2
    assert p.progress == 0.5 and p.run_counts.records_in == 30 and p.datasets_in_run == 2
    p = dataset_run_progress(run_state(total=None, acquired=2), "a", batches[:2])
    assert p.progress is None and p.stages["acquisition"].total_batches is None
    assert dataset_run_progress(run_state("completed", 3, 3), "a", batches).progress == 1.0
    assert dataset_run_progress(run_state("queued"), "a", []).per_dataset


def test_progress_of_runs_recorded_without_datasets_is_the_run_total():
    batches = [batch("acquisition", 0, records_in=10), batch("acquisition", 1, records_in=5)]
    p = dataset_run_progress(run_state(total=2, acquired=2), "a", batches)
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


@pytest.mark.parametrize("body", [
    {}, {"path": "/x", "url": "http://a/b.csv"}, {"url": "http://a/b.csv", "hf_split": "train"},
    {"hf_name": "../etc"}, {"hf_name": "org/../x"}, {"hf_name": "a/b/c"}, {"hf_name": "org/name", "hf_split": "a b"},
    {"url": ""},
])
def test_load_bodies_that_are_refused(body):
    with pytest.raises(ValueError):
        LoadRequest(**body)
