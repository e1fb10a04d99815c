"""Run export variants and partial snapshots on disk: same bytes as the writers, a sidecar that
describes the whole file, reuse instead of rewriting, concurrent writers that never leave half a
file, snapshots named by the parts they hold."""

from __future__ import annotations

import hashlib
import os
import threading

import orjson
import pytest

from services.production import variants
from services.production.export import join_parts, write_part
from shared.writers import decompress, iter_jsonl, read_records, record_schema
from tests.support.factories import conversation

RUN = "a" * 32


def convs(start: int, n: int):
    return [conversation(("user", f"question {i}?"), ("assistant", f"answer {i}."), record_index=i)
            for i in range(start, start + n)]


@pytest.fixture
def completed(tmp_path):
    """A run's export as production joins it: three batches of parts, then the JSONL."""
    for b in range(3):
        write_part(tmp_path, RUN, b, convs(10 * b, 7))
    result = join_parts(tmp_path, RUN, 3)
    return tmp_path, result


@pytest.mark.parametrize("fmt", ["json", "csv", "parquet"])
@pytest.mark.parametrize("compression", ["none", "gzip", "zstd"])
def test_a_variant_holds_the_exports_records_and_its_sidecar_describes_it(completed, fmt, compression):
    export_dir, result = completed
    made = variants.write_variant(export_dir, result.path, RUN, fmt, compression, "openai", result.sha256)
    body = made.path.read_bytes()
    assert made.written and made.path.parent == export_dir / ".variants"
    assert made.bytes == len(body) and made.sha256 == hashlib.sha256(body).hexdigest() and made.records == 21
    expected = list(iter_jsonl(open(result.path, "rb")))
    assert read_records(body, fmt, compression, record_schema("openai")) == expected
    meta = orjson.loads((made.path.parent / f"{made.path.name}.meta.json").read_bytes())
    assert meta == {"name": made.name, "bytes": made.bytes, "sha256": made.sha256, "records": 21,
                    "source": result.sha256}
    if compression != "none":
        plain = variants.write_variant(export_dir, result.path, RUN, fmt, "none", "openai", result.sha256)
        assert decompress(body, compression) == plain.path.read_bytes()


def test_asking_again_reuses_the_file_and_a_damaged_one_is_rewritten(completed):
    export_dir, result = completed
    first = variants.write_variant(export_dir, result.path, RUN, "csv", "gzip", "openai", result.sha256)
    stat = first.path.stat()
    again = variants.write_variant(export_dir, result.path, RUN, "csv", "gzip", "openai", result.sha256)
    assert not again.written and again.sha256 == first.sha256 and first.path.stat().st_ino == stat.st_ino
    assert variants.existing_variant(export_dir, RUN, "csv", "gzip", result.sha256) == again
    assert variants.existing_variant(export_dir, RUN, "csv", "gzip", "another export") is None
    with open(first.path, "ab") as fh:  # cut short or appended to: the sidecar no longer describes it
        fh.write(b"x")
    assert variants.existing_variant(export_dir, RUN, "csv", "gzip", result.sha256) is None
    repaired = variants.write_variant(export_dir, result.path, RUN, "csv", "gzip", "openai", result.sha256)
    assert repaired.written and repaired.sha256 == first.sha256 and repaired.path.read_bytes() != b""


def test_concurrent_writers_of_one_variant_leave_one_whole_file(completed):
    export_dir, result = completed
    made, errors = [], []

    def write():
        try:
            made.append(variants.write_variant(export_dir, result.path, RUN, "parquet", "zstd", "openai",
                                               result.sha256))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=write) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len({m.sha256 for m in made}) == 1
    body = made[0].path.read_bytes()
    assert hashlib.sha256(body).hexdigest() == made[0].sha256
    assert sorted(os.listdir(export_dir / ".variants")) == [f"{RUN}.parquet.zst", f"{RUN}.parquet.zst.meta.json"]


def test_a_partial_snapshot_joins_the_parts_so_far_in_batch_order_and_is_reused_until_they_change(tmp_path):
    write_part(tmp_path, RUN, 4, convs(40, 2))
    write_part(tmp_path, RUN, 1, convs(10, 3))
    first = variants.write_partial(tmp_path, RUN)
    parts = tmp_path / f".{RUN}.parts"
    assert first.written and first.batches == 2 and first.records == 5
    assert first.path.read_bytes() == (parts / "00000001.jsonl").read_bytes() + (parts / "00000004.jsonl").read_bytes()
    assert first.sha256 == hashlib.sha256(first.path.read_bytes()).hexdigest()
    assert first.name == f"{RUN}.partial.{first.fingerprint}.jsonl"

    again = variants.write_partial(tmp_path, RUN)
    assert not again.written and again.path == first.path and again.sha256 == first.sha256

    write_part(tmp_path, RUN, 2, convs(20, 1))
    second = variants.write_partial(tmp_path, RUN)
    assert second.written and second.batches == 3 and second.records == 6 and second.path != first.path
    assert first.path.exists(), "the previous snapshot stays (a download may be reading it)"
    write_part(tmp_path, RUN, 3, convs(30, 1))
    third = variants.write_partial(tmp_path, RUN)
    names = sorted(p.name for p in (tmp_path / ".variants").glob(f"{RUN}.partial.*.jsonl"))
    assert names == sorted([second.name, third.name]), "only the two newest snapshots stay"

    variants.remove_partials(tmp_path, RUN)
    assert list((tmp_path / ".variants").glob(f"{RUN}.partial.*")) == []


def test_a_partial_of_a_run_without_parts_is_empty(tmp_path):
    snap = variants.write_partial(tmp_path, RUN)
    assert snap.batches == 0 and snap.bytes == 0 and snap.sha256 == hashlib.sha256(b"").hexdigest()
