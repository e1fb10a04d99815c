"""Issue 14: OpenAssistant message rows link across records, so acquisition keeps the rows of
one message tree in one batch, whatever the file order and batch size."""

import json
import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import given, settings
from hypothesis import strategies as st

from services.acquisition.batching import DatasetSource, _chunks, plan_batches
from services.acquisition.readers import sized_records
from services.standardization.standardize import standardize_records
from shared.linked_rows import group_rows, is_message_row

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "formats" / "oasst_message_rows.jsonl"


def forest(rng: random.Random, trees: int, with_tree_id: bool) -> list[dict]:
    rows = []
    for t in range(trees):
        ids = [f"t{t}m0"]
        rows.append({"message_id": ids[0], "parent_id": None, "role": "prompter", "text": f"question {t}"})
        for m in range(1, rng.randint(1, 7)):
            parent = rng.choice(ids)
            parent_role = next(r["role"] for r in rows if r["message_id"] == parent)
            mid = f"t{t}m{m}"
            ids.append(mid)
            rows.append({"message_id": mid, "parent_id": parent,
                         "role": "assistant" if parent_role == "prompter" else "prompter", "text": f"turn {mid}"})
    if with_tree_id:
        for r in rows:
            r["message_tree_id"] = r["message_id"].split("m")[0]
    return rows


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def tree_of(row: dict) -> str:
    return row["message_id"].split("m")[0]


def batches_of(path: Path, size: int, fmt: str = "jsonl"):
    return list(plan_batches([DatasetSource("d", path.name, path, "0", fmt)], size))


def standardized(batches) -> tuple[list[str], list[tuple[int, str]], int]:
    ids, rejects, converted = [], [], 0
    for b in batches:
        r = standardize_records(b.records, dataset_id="d", source_name="f", source_sha256="0")
        ids += [c.id for c in r.conversations]
        rejects += [(x.record_index, x.reason) for x in r.rejects]
        converted += r.records_converted
    return sorted(ids), sorted(rejects), converted


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 8), st.integers(1, 6), st.booleans(), st.randoms(use_true_random=False))
def test_every_tree_lands_whole_in_one_batch(trees, size, with_tree_id, rng):
    rows = forest(random.Random(rng.random()), trees, with_tree_id)
    rng.shuffle(rows)
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = write_jsonl(Path(d) / "rows.jsonl", rows)
        batches = batches_of(path, size)
        seen = [r.index for b in batches for r in b.records]
        assert sorted(seen) == list(range(len(rows)))  # every record once, its index kept
        batch_of_tree: dict[str, set[int]] = {}
        for b in batches:
            for r in b.records:
                batch_of_tree.setdefault(tree_of(r.data), set()).add(b.batch_index)
        assert all(len(v) == 1 for v in batch_of_tree.values())
        assert [b.batch_index for b in batches] == list(range(len(batches))) and batches[-1].is_last
        # batches hold no more than the size, except a tree bigger than the size on its own
        for b in batches:
            if len(b.records) > size:
                assert len({tree_of(r.data) for r in b.records}) == 1
        # cut in batches or read at once: the same conversations and rejects
        whole = standardize_records(batches_of(path, 10_000)[0].records, dataset_id="d", source_name="f",
                                    source_sha256="0")
        ids, rejects, converted = standardized(batches)
        assert ids == sorted(c.id for c in whole.conversations)
        assert rejects == sorted((x.record_index, x.reason) for x in whole.rejects)
        assert converted + len(rejects) == len(rows)


def test_the_fixture_file_in_batches_of_two_and_as_parquet(tmp_path):
    rows = [json.loads(line) for line in FIXTURE.read_text().splitlines()]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "oasst.parquet")
    for path, fmt in ((FIXTURE, "jsonl"), (tmp_path / "oasst.parquet", "parquet")):
        batches = batches_of(path, 2, fmt)
        ids, rejects, converted = standardized(batches)
        assert len(ids) == 3 and converted == 7
        assert rejects == [(7, "deleted_message"), (8, "unanswered_prompt"), (9, "parent_message_missing")]


def test_other_sources_are_cut_exactly_as_before(tmp_path):
    rows = [{"messages": [{"role": "user", "content": str(i)}]} if i % 3 else "a string" for i in range(23)]
    path = write_jsonl(tmp_path / "plain.jsonl", rows)
    for size in (1, 4, 7, 100):
        planned = [[r.index for r in b.records] for b in batches_of(path, size)]
        direct = [[r.index for r in chunk] for chunk in _chunks(sized_records(path, "jsonl"), size)]
        assert planned == direct


def test_a_file_mostly_of_other_records_is_not_regrouped(tmp_path):
    rows = [{"text": f"note {i}"} for i in range(10)]
    rows.insert(5, {"message_id": "a", "parent_id": None, "role": "prompter", "text": "x"})
    path = write_jsonl(tmp_path / "mixed.jsonl", rows)
    groups = list(group_rows(lambda: sized_records(path, "jsonl")))
    assert [len(g) for g in groups] == [1] * 11
    assert [g[0][0].index for g in groups] == list(range(11))


def test_rows_that_do_not_parse_travel_alone_in_order(tmp_path):
    path = tmp_path / "rows.jsonl"
    lines = [json.dumps({"message_id": "a", "parent_id": None, "role": "prompter", "text": "hi"}), "{broken",
             json.dumps({"message_id": "b", "parent_id": "a", "role": "assistant", "text": "hello"})]
    path.write_text("\n".join(lines) + "\n")
    batches = batches_of(path, 1)
    assert sorted(r.index for b in batches for r in b.records) == [0, 1, 2]
    (joined,) = [b for b in batches if {r.index for r in b.records} == {0, 2}]
    assert len(joined.records) == 2


def test_the_shape_test():
    assert is_message_row({"message_id": 1, "parent_message_id": None, "role": "prompter", "text": "x"})
    assert not is_message_row({"messages": [], "message_id": 1, "parent_id": None, "role": "x", "text": "y"})
    assert not is_message_row({"message_id": 1, "role": "prompter", "text": "x"})
    assert not is_message_row("message_id")
