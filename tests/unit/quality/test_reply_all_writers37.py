"""The thirty-seventh session's all-writers round for the L0 reply stage (docs/quality.md, "replyall37"):
``bench/train_reply_model.py --writers`` trains on every writer's labelled reply file but the four blind files,
``--file-cv K`` scores out of fold by file (whole files in a fold) against the committed design on the same folds,
and ``bench/reply_validation.py --model PATH`` reads a candidate through the runtime. Both candidates failed the
round's rule, and so did replyall37b's W3 (``--everyday-folds``, ``--everyday-share``) and replyall37c's W4
(``--everyday-per-source``), so no model was kept (the
committed ``reply_minilm_L0.npz`` is unchanged) and there are no "found by the kept model" cases: this file pins the
script's lists, folds and everyday groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bench import bench_module

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT / "bench"
LABELLED = ROOT / "tests" / "support" / "labelled"
BLIND = {"replies_valid_indep22.jsonl", "replies_valid_indep23.jsonl", "replies_valid_v36a.jsonl",
         "replies_valid_v36b.jsonl"}


@pytest.fixture(scope="module")
def script():
    with bench_module("train_reply_model.py", "train_reply_model_r37") as module:
        yield module


def test_writer_files_are_every_reply_file_but_blind_and_heldout(script):
    files = script.writer_files()
    assert set(script.BLIND) == BLIND
    assert not BLIND & set(files)
    assert not [n for n in files if "heldout" in n]
    on_disk = {p.name for p in LABELLED.glob("replies_*.jsonl") if "heldout" not in p.name}
    assert set(files) == on_disk - BLIND
    # the committed design's files, every training file and the fitted blind files of sessions 30-35 are in
    for name in script.TRAIN + script.MORE + script.EXTRA + script.LATEST + ["replies_valid_v30.jsonl",
                                                                           "replies_valid_v35b.jsonl"]:
        assert name in files


def test_validation_pool(script):
    pool = script.validation_pool(script.writer_files())
    assert "replies_written_val.jsonl" in pool and "replies_valid_v34b.jsonl" in pool
    assert not [n for n in pool if "train" in n or n in BLIND]


def test_file_folds_keep_whole_files_and_balance(script):
    sizes = {"a": 50, "b": 40, "c": 30, "d": 20, "e": 10, "f": 10}
    folds = script.file_folds(sizes, 3)
    assert set(folds) == set(sizes) and set(folds.values()) == {0, 1, 2}
    load = [sum(s for n, s in sizes.items() if folds[n] == k) for k in range(3)]
    assert max(load) - min(load) <= 10
    assert script.file_folds(sizes, 3) == folds  # deterministic


def test_reply_validation_has_a_model_option():
    text = (BENCH / "reply_validation.py").read_text(encoding="utf-8")
    assert '"--model"' in text and "reply_model.model_path" in text


def test_everyday_groups_and_weight(script):
    """replyall37b's W3 (``--everyday-folds``, ``--everyday-share``): CounselChat answers to one question share a
    fold, general and Alpaca rows go round robin, labelled rows have no group; the weight gives everyday rows the
    share asked for."""
    items = [{"client": "q1", "everyday": "counselchat"}, {"client": "q2", "everyday": "counselchat"},
             {"client": "q1", "everyday": "counselchat"}, {"client": "x", "unsafe": True},
             {"client": "g", "everyday": "general"}, {"client": "g", "everyday": "general"},
             {"client": "a", "everyday": "alpaca"}]
    groups = script.everyday_groups(items, 3)
    assert groups == ["everyday:counselchat:0", "everyday:counselchat:1", "everyday:counselchat:0", None,
                      "everyday:general:0", "everyday:general:1", "everyday:alpaca:0"]
    assert script.everyday_groups(items, 3) == groups  # deterministic
    w = script.everyday_weight(items, 0.2)
    n_ev = 6
    assert abs(w * n_ev / (w * n_ev + 1) - 0.2) < 1e-9
    assert script.everyday_weight(items, 0.0) == 1.0


def test_everyday_holds_per_source(script):
    """replyall37c's W4 (``--everyday-per-source``): a point that holds the pooled everyday flags but flags more of one
    source than the committed design does (CounselChat 3 against 1, paid for by general 0 against 3) holds pooled
    and fails per source; labelled rows (source None) never count."""
    import numpy as np

    sources = ["counselchat"] * 3 + ["general"] * 3 + [None, None]
    base = np.array([True, False, False, True, True, True, False, False])
    cand = np.array([True, True, True, False, False, False, True, True])
    assert script.everyday_holds(cand, base, sources)
    assert not script.everyday_holds(cand, base, sources, per_source=True)
    assert script.everyday_holds(base, base, sources, per_source=True)
    assert not script.everyday_holds(cand | base, base, sources)  # 6 against 4 pooled
    text = (BENCH / "train_reply_model.py").read_text(encoding="utf-8")
    assert '"--everyday-per-source"' in text
