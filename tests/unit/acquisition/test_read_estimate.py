"""The run's record count as acquisition estimates it while reading (progress totals)."""

import csv
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from services.acquisition.batching import DatasetSource, plan_batches


def source(path: Path, name: str | None = None) -> DatasetSource:
    return DatasetSource(dataset_id=name or path.stem, name=path.name, path=path, sha256="0" * 64)


def rows(n: int, tag: str = "r") -> list[dict]:
    # records of varying length, as real data has
    return [{"instruction": f"{tag} question {i} " + "word " * (i % 17), "output": f"answer {i}" + "." * (i % 5)}
            for i in range(n)]


def estimates(sources: list[DatasetSource], batch_size: int) -> list[int | None]:
    return [b.estimated_records for b in plan_batches(sources, batch_size)]


def test_a_json_array_is_counted_exactly_from_the_first_batch(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps(rows(1000)))
    assert set(estimates([source(p)], 100)) == {1000}


def test_parquet_counts_come_from_its_metadata(tmp_path):
    p = tmp_path / "a.parquet"
    pq.write_table(pa.Table.from_pylist(rows(700)), p)
    assert set(estimates([source(p)], 100)) == {700}


def test_jsonl_is_estimated_from_bytes_read_and_exact_at_the_end(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows(5000)))
    got = estimates([source(p)], 250)
    assert got[-1] == 5000
    assert all(4500 <= e <= 5500 for e in got), got  # within 10% from the first batch on


def test_csv_is_estimated_from_bytes_read(tmp_path):
    p = tmp_path / "a.csv"
    with open(p, "w", newline="") as fh:
        w = csv.DictWriter(fh, ["instruction", "output"])
        w.writeheader()
        w.writerows(rows(5000))
    got = estimates([source(p)], 250)
    # the text layer reads ahead 8 KiB: a few percent on a file this small, early on
    assert got[-1] == 5000 and all(4250 <= e <= 5750 for e in got), got


def test_gzip_is_a_rougher_estimate_but_never_below_what_was_read(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows(20000))
    got = estimates([source(p)], 1000)
    assert got[-1] == 20000
    assert all(e is not None and e >= 1000 * (i + 1) for i, e in enumerate(got[:-1])), got


def test_datasets_not_yet_read_are_estimated_from_their_size(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps(r) + "\n" for r in rows(1000, "a")))
    b.write_text("".join(json.dumps(r) + "\n" for r in rows(3000, "b")))
    got = estimates([source(a), source(b)], 100)
    assert got[-1] == 4000
    assert all(3400 <= e <= 4600 for e in got), got  # b's 3000 are counted in while a is read


def test_an_empty_run_estimates_nothing_left(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("")
    assert estimates([source(p)], 10) == [0]
