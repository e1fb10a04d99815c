import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from services.acquisition.readers import UnreadableDataset, detect_file_format, iter_records

from services.acquisition.batching import DatasetSource, plan_batches


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content.encode() if isinstance(content, str) else content)
    return p


def records(path: Path, fmt: str | None = None):
    return list(iter_records(path, fmt or detect_file_format(path)))


def test_json_array_records_keep_their_positions(tmp_path):
    p = write(tmp_path, "a.json", json.dumps([{"a": 1}, {"a": 2}, "not an object"]))
    recs = records(p)
    assert detect_file_format(p) == "json"
    assert [(r.index, r.data) for r in recs] == [(0, {"a": 1}), (1, {"a": 2}), (2, "not an object")]


def test_json_object_wrapping_one_list_is_unwrapped(tmp_path):
    p = write(tmp_path, "w.json", json.dumps({"version": 1, "data": [{"x": 1}, {"x": 2}]}))
    assert [r.data for r in records(p)] == [{"x": 1}, {"x": 2}]


def test_jsonl_named_json_is_detected_as_jsonl(tmp_path):
    p = write(tmp_path, "lines.json", '{"a": 1}\n{"a": 2}\n')
    assert detect_file_format(p) == "jsonl"
    assert len(records(p)) == 2


def test_jsonl_bad_line_is_a_record_with_its_reason_and_blank_lines_are_not(tmp_path):
    p = write(tmp_path, "x.jsonl", '{"a": 1}\n\n{"a": \n   \n{"a": 3}\n')
    recs = records(p)
    assert [r.index for r in recs] == [0, 1, 2]
    assert recs[1].error == "invalid_json_line" and recs[1].data is None
    assert recs[2].data == {"a": 3}


def test_jsonl_invalid_utf8_line_is_rejected_not_crashing(tmp_path):
    p = write(tmp_path, "x.jsonl", b'{"a": 1}\n{"a": "\xff\xfe"}\n')
    recs = records(p)
    assert recs[1].error == "invalid_utf8"


def test_invalid_json_array_is_unreadable_with_reason(tmp_path):
    p = write(tmp_path, "bad.json", '[{"a": 1},')
    with pytest.raises(UnreadableDataset) as exc:
        records(p)
    assert exc.value.reason == "invalid_json"


def test_csv_multiline_quoted_fields_and_unnamed_index_column(tmp_path):
    p = write(tmp_path, "c.csv", ',question,answer\n0,"line one\nline two","an ""answer"""\n1,q2,a2\n')
    recs = records(p)
    assert len(recs) == 2
    assert recs[0].data == {"": "0", "question": "line one\nline two", "answer": 'an "answer"'}


def test_tsv(tmp_path):
    p = write(tmp_path, "t.tsv", "prompt\tcompletion\nhi\tthere\n")
    assert records(p)[0].data == {"prompt": "hi", "completion": "there"}


def test_parquet_rows_become_json_values(tmp_path):
    p = tmp_path / "d.parquet"
    pq.write_table(pa.table({"question": ["q1", "q2"], "answer": ["a1", None], "score": [1.5, float("nan")]}), p)
    assert detect_file_format(p) == "parquet"
    recs = records(p)
    assert recs[0].data == {"question": "q1", "answer": "a1", "score": 1.5}
    assert recs[1].data == {"question": "q2", "answer": None, "score": None}


def test_unknown_format_is_refused(tmp_path):
    p = write(tmp_path, "notes.txt", "hello")
    with pytest.raises(UnreadableDataset) as exc:
        detect_file_format(p)
    assert exc.value.reason == "unknown_file_format"


def _source(path: Path, i: int = 0) -> DatasetSource:
    return DatasetSource(dataset_id=f"d{i}", name=path.name, path=path, sha256="0" * 64)


def test_batches_are_numbered_across_datasets_and_only_the_last_is_marked(tmp_path):
    a = write(tmp_path, "a.jsonl", "".join(f'{{"i": {i}}}\n' for i in range(5)))
    b = write(tmp_path, "b.jsonl", "".join(f'{{"i": {i}}}\n' for i in range(3)))
    batches = list(plan_batches([_source(a, 0), _source(b, 1)], batch_size=2))
    assert [(x.source.dataset_id, x.batch_index, len(x.records), x.is_last) for x in batches] == [
        ("d0", 0, 2, False), ("d0", 1, 2, False), ("d0", 2, 1, False), ("d1", 3, 2, False), ("d1", 4, 1, True),
    ]


def test_an_empty_dataset_still_yields_one_last_batch(tmp_path):
    a = write(tmp_path, "empty.jsonl", "\n\n")
    batches = list(plan_batches([_source(a)], batch_size=10))
    assert len(batches) == 1 and batches[0].is_last and batches[0].records == []


def test_gzipped_jsonl_csv_and_json(tmp_path):
    import gzip

    for name, content, expected in [
        ("a.jsonl.gz", '{"a": 1}\n{"a": 2}\n', [{"a": 1}, {"a": 2}]),
        ("b.csv.gz", "question,answer\nq,a\n", [{"question": "q", "answer": "a"}]),
        ("c.json.gz", '[{"x": 1}]', [{"x": 1}]),
    ]:
        p = tmp_path / name
        p.write_bytes(gzip.compress(content.encode()))
        assert [r.data for r in records(p)] == expected, name


def test_gzip_bomb_is_stopped(tmp_path):
    import gzip

    from services.acquisition import batching, readers as reading

    p = tmp_path / "bomb.jsonl.gz"
    p.write_bytes(gzip.compress(b'{"a": 1}\n' * 200_000))
    with reading.open_source(p, cap=100_000) as fh, pytest.raises(UnreadableDataset) as exc:
        fh.read()
    assert exc.value.reason == "decompressed_too_large"


def _hf_layout(folder: Path, rows: list[dict], files: int = 2) -> None:
    """What datasets.Dataset.save_to_disk writes: Arrow IPC stream files + state.json."""
    folder.mkdir(parents=True)
    names = []
    per = -(-len(rows) // files)
    for i in range(files):
        chunk = rows[i * per:(i + 1) * per]
        name = f"data-{i:05d}-of-{files:05d}.arrow"
        table = pa.Table.from_pylist(chunk)
        with pa.ipc.new_stream(folder / name, table.schema) as writer:
            writer.write_table(table)
        names.append({"filename": name})
    (folder / "state.json").write_text(json.dumps({"_data_files": names, "_split": "train"}))
    (folder / "dataset_info.json").write_text("{}")


def test_hf_save_to_disk_folder_and_dataset_dict(tmp_path):
    rows = [{"instruction": f"i{n}", "output": f"o{n}"} for n in range(5)]
    _hf_layout(tmp_path / "ds", rows)
    assert detect_file_format(tmp_path / "ds") == "hf_dataset"
    assert [r.data for r in records(tmp_path / "ds")] == rows
    _hf_layout(tmp_path / "dd" / "train", rows[:3], files=1)
    _hf_layout(tmp_path / "dd" / "test", rows[3:], files=1)
    (tmp_path / "dd" / "dataset_dict.json").write_text(json.dumps({"splits": ["train", "test"]}))
    assert [r.index for r in records(tmp_path / "dd")] == [0, 1, 2, 3, 4]


def test_hf_folder_cannot_point_outside_itself(tmp_path):
    _hf_layout(tmp_path / "ds", [{"a": 1}], files=1)
    (tmp_path / "ds" / "state.json").write_text(json.dumps({"_data_files": [{"filename": "../../etc/passwd"}]}))
    with pytest.raises(UnreadableDataset) as exc:
        records(tmp_path / "ds")
    assert exc.value.reason == "invalid_hf_dataset"


def test_single_arrow_file(tmp_path):
    p = tmp_path / "x.arrow"
    table = pa.Table.from_pylist([{"text": "hello"}])
    with pa.ipc.new_stream(p, table.schema) as w:
        w.write_table(table)
    assert detect_file_format(p) == "arrow"
    assert records(p)[0].data == {"text": "hello"}
