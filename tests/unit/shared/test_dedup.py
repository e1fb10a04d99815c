"""Duplicate resolution (shared.dedup) and the signatures quality computes for it."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from services.production.duplicates import resolve_run, write_signatures
from services.quality.dedup import signatures
from shared import dedup
from tests.support.factories import conversation


def reference(rows: list[list[int]]) -> list[tuple[int, int]]:
    """The resolution written the slow, obvious way (one dict of keys, in input order)."""
    keys: dict[tuple[int, int], int] = {}
    near_of: list[int] = []
    out = []
    for i, row in enumerate(rows):
        exact = keys.get((0, row[0]), i)
        near = next((keys[(b, row[b])] for b in range(1, dedup.WIDTH) if (b, row[b]) in keys), exact)
        near_of.append(near)
        for b, cluster in [(0, exact)] + [(b, near) for b in range(1, dedup.WIDTH)]:
            keys.setdefault((b, row[b]), cluster)
        out.append((exact, near))
    return out


# Small key alphabets, so that rows collide in some bands and chains form. As with real
# signatures, equal exact keys (equal texts) come with equal band keys.
band_rows = st.lists(st.lists(st.integers(0, 3), min_size=dedup.BANDS, max_size=dedup.BANDS), min_size=8, max_size=8)
rows_strategy = st.builds(lambda bands, exact: [[e] + bands[e] for e in exact],
                          band_rows, st.lists(st.integers(0, 7), max_size=60))


@settings(max_examples=300, deadline=None)
@given(rows_strategy)
def test_resolution_equals_the_one_dict_reference(rows):
    clusters = dedup.resolve(np.array(rows, dtype=np.uint64).reshape(len(rows), dedup.WIDTH))
    assert list(zip(clusters.exact.tolist(), clusters.near.tolist())) == reference(rows)
    for i, (exact, near) in enumerate(reference(rows)):
        expected = dedup.EXACT_DUPLICATE if exact != i else dedup.NEAR_DUPLICATE if near != i else None
        assert clusters.flag(i) == expected
    assert set(clusters.duplicates().tolist()) == {i for i in range(len(rows)) if clusters.flag(i)}


def test_the_earliest_copy_is_the_original_and_representatives_are_earlier():
    rows = np.array([[1] * dedup.WIDTH, [2] * dedup.WIDTH, [1] * dedup.WIDTH, [3] + [2] * dedup.BANDS])
    clusters = dedup.resolve(rows.astype(np.uint64))
    assert [clusters.flag(i) for i in range(4)] == [None, None, dedup.EXACT_DUPLICATE, dedup.NEAR_DUPLICATE]
    assert clusters.near.tolist() == [0, 1, 0, 1]


def test_encoding_round_trips_and_refuses_a_wrong_length():
    sigs = np.array([[1, 2**64 - 1] + [7] * (dedup.BANDS - 1)], dtype=np.uint64)
    assert np.array_equal(dedup.decode(dedup.encode(sigs), 1), sigs)
    with pytest.raises(ValueError):
        dedup.decode(dedup.encode(sigs), 2)


WORDS = ("sleep work family worry night morning friend talk help feel tired anxious calm breathe walk "
         "therapy plan week month small steps notice body mind rest kind patient honest quiet").split()


def text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) + str(rng.randint(0, 40)) for _ in range(n)).capitalize() + "."


def test_a_conversation_has_the_same_signature_in_any_batch_and_alone():
    rng = random.Random(3)
    convs = [conversation(("user", text(rng, 30)), ("assistant", text(rng, rng.randint(0, 80))), record_index=i)
             for i in range(40)]
    convs.append(conversation(("user", ""), ("assistant", "ok"), record_index=40))  # 0 and 1 word turns
    convs.append(conversation(("user", "Ça va? Très « bien »… merci"), ("assistant", "Gut!"), record_index=41))
    together = signatures(convs)
    alone = np.concatenate([signatures([c]) for c in convs])
    shuffled_order = list(range(len(convs)))
    random.Random(5).shuffle(shuffled_order)
    shuffled = signatures([convs[i] for i in shuffled_order])
    assert np.array_equal(together, alone)
    assert np.array_equal(shuffled, together[shuffled_order])
    assert together.shape == (42, dedup.WIDTH) and together.dtype == np.uint64


def test_copies_are_exact_duplicates_and_small_edits_near_duplicates():
    rng = random.Random(11)
    originals = [text(rng, 120) for _ in range(30)]
    convs = [conversation(("user", "Can you help me?"), ("assistant", t), record_index=i)
             for i, t in enumerate(originals)]
    # a copy with other case and punctuation, and copies with one word of 120 changed
    convs.append(conversation(("user", "can you HELP me"), ("assistant", originals[4].upper() + "!!"), record_index=30))
    edited = [originals[i].split() for i in (7, 9)]
    for words in edited:
        words[60] = "different"
    convs += [conversation(("user", "Can you help me?"), ("assistant", " ".join(w)), record_index=31 + k)
              for k, w in enumerate(edited)]
    clusters = dedup.resolve(signatures(convs))
    flags = {i: clusters.flag(i) for i in range(len(convs)) if clusters.flag(i)}
    assert flags == {30: dedup.EXACT_DUPLICATE, 31: dedup.NEAR_DUPLICATE, 32: dedup.NEAR_DUPLICATE}
    assert clusters.near[30] == 4 and clusters.near[31] == 7 and clusters.near[32] == 9


def test_a_run_resolves_the_same_whatever_order_its_batches_arrived_in(tmp_path):
    rng = random.Random(2)
    pool = [text(rng, 50) for _ in range(20)]
    batches = [[conversation(("user", "hi there"), ("assistant", rng.choice(pool)), record_index=b * 10 + i)
                for i in range(10)] for b in range(6)]
    results = []
    for seed in (1, 2, 3):
        parts = tmp_path / f"parts{seed}"
        order = list(range(6))
        random.Random(seed).shuffle(order)
        for b in order:
            write_signatures(parts, b, "d1", [c.id for c in batches[b]], dedup.encode(signatures(batches[b])))
        results.append(resolve_run(parts, 6))
    assert results[0].entries == results[1].entries == results[2].entries
    assert sum(results[0].flag_totals().values()) == 60 - 20 + sum(
        1 for t in pool if not any(c.messages[1].content == t for b in batches for c in b))
    first_seen: dict[str, str] = {}
    for b in batches:
        for c in b:
            first_seen.setdefault(c.messages[1].content, c.id)
    by_id = {c.id: c for b in batches for c in b}
    for cid, flag, cluster, dataset in results[0].entries:
        assert flag == dedup.EXACT_DUPLICATE and dataset == "d1"
        assert cluster == first_seen[by_id[cid].messages[1].content] != cid


def test_a_run_with_gaps_and_two_datasets_names_each_copy_and_its_original(tmp_path):
    """resolve_run reads the ids again only where a copy or its original is: the same entries as
    the run's ids and signatures resolved whole, with a batch missing and a batch of another dataset."""
    rng = random.Random(5)
    pool = [text(rng, 40) for _ in range(12)]
    batches = {b: [conversation(("user", "hello"), ("assistant", rng.choice(pool)), record_index=b * 10 + i)
                   for i in range(7 + b)] for b in (0, 1, 3, 4, 5)}  # batch 2 never arrives
    datasets = {b: "d2" if b == 4 else "d1" for b in batches}
    parts = tmp_path / "parts"
    for b, convs in batches.items():
        write_signatures(parts, b, datasets[b], [c.id for c in convs], dedup.encode(signatures(convs)))
    got = resolve_run(parts, 6)
    ids = [c.id for b in sorted(batches) for c in batches[b]]
    owner = [datasets[b] for b in sorted(batches) for _ in batches[b]]
    clusters = dedup.resolve(np.concatenate([signatures(batches[b]) for b in sorted(batches)]))
    expected = [(ids[i], clusters.flag(int(i)), ids[clusters.near[i]], owner[i]) for i in clusters.duplicates()]
    assert got.entries == expected and len(expected) > 20
    assert {e[3] for e in expected} == {"d1", "d2"}
    assert sum(got.counts["d2"].values()) == sum(1 for e in expected if e[3] == "d2")


def _whole(conv) -> bytes:
    """The normalised text as it was computed before turns were normalised one by one: the user and
    assistant turns joined by spaces, then lowered, encoded, marks and punctuation to spaces."""
    from services.quality.dedup import _ASCII_TABLE, _TYPOGRAPHIC

    text = " ".join(m.content for m in conv.messages if m.role in ("user", "assistant"))
    data = text.lower().encode("utf-8", "replace")
    if not data.isascii():
        for mark in _TYPOGRAPHIC:
            data = data.replace(mark, b" ")
    return b" ".join(data.translate(_ASCII_TABLE).split())


# turns built from what could differ between a whole text and its turns: Greek capital sigma (final
# or not by what follows), case-ignorable marks, typographic marks, punctuation, whitespace, letters
# that lower to two characters (a conversation holds no lone surrogate: ids are made from its UTF-8)
_pieces = st.sampled_from(["Σ", "ΑΣ", "σ", "'", "\u00ad", "\u2019", "\u2014", "\u2026", "\u00a0", "İ", "ß", "A",
                           "b", ".", ",", " ", "\n", "\t", "é", "😀", "-", "ΟΔΟΣ", ""])
_turn = st.lists(_pieces, max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["user", "assistant", "system"]), _turn), min_size=1, max_size=6))
def test_turns_normalised_one_by_one_give_the_bytes_of_the_whole_text(turns):
    from services.quality.dedup import normalized_bytes

    conv = conversation(*turns)
    memo: dict = {}
    assert normalized_bytes(conv) == _whole(conv)
    assert normalized_bytes(conv, memo) == _whole(conv) == normalized_bytes(conv, memo)  # filled, then read


@settings(max_examples=60, deadline=None)
@given(rows_strategy, st.lists(st.integers(1, 9), min_size=1, max_size=12))
def test_a_run_resolved_from_its_column_files_equals_the_whole_signatures_resolved(tmp_path_factory, rows, cuts):
    """resolve_run copies the keys into column files and resolves a column at a time: its entries are
    those of ``dedup.resolve`` over the whole ``n x WIDTH`` keys, for any batch sizes, with empty
    batches among them, and it leaves no column file behind."""
    parts = tmp_path_factory.mktemp("parts")
    sig = np.array(rows, dtype=np.uint64).reshape(-1, dedup.WIDTH)
    ids = [f"c{i}" for i in range(len(sig))]
    start, batch, bounds = 0, 0, []
    for cut in cuts * (len(sig) + 1):
        if start >= len(sig):
            break
        bounds.append((batch, start, min(len(sig), start + cut)))
        start, batch = start + cut, batch + 2  # every other batch index never arrives
    for b, lo, hi in bounds:
        write_signatures(parts, b, f"d{b % 3}", ids[lo:hi], dedup.encode(sig[lo:hi]))
    write_signatures(parts, batch, "d0", [], None)  # an empty batch adds nothing
    got = resolve_run(parts, batch + 1)
    clusters = dedup.resolve(sig)
    dataset = {i: f"d{b % 3}" for b, lo, hi in bounds for i in range(lo, hi)}
    assert got.entries == [(ids[i], clusters.flag(int(i)), ids[clusters.near[i]], dataset[int(i)])
                           for i in clusters.duplicates()]
    assert sorted(p.name for p in parts.iterdir() if p.name.startswith(".")) == []


def test_a_broken_signature_file_fails_the_resolution_and_leaves_no_column_file(tmp_path):
    parts = tmp_path / "parts"
    sig = np.arange(3 * dedup.WIDTH, dtype=np.uint64).reshape(3, dedup.WIDTH)
    write_signatures(parts, 0, "d1", ["a", "b", "c"], dedup.encode(sig))
    write_signatures(parts, 1, "d1", ["d", "e"], dedup.encode(sig))  # 3 rows of keys for 2 ids
    with pytest.raises(ValueError, match="expected"):
        resolve_run(parts, 2)
    assert [p.name for p in parts.iterdir()] and not [p for p in parts.iterdir() if p.name.startswith(".")]
