"""``bench/train_risk_minilm.py --all-writers`` (docs/quality.md, "Risk round: all writers"): the learned stage
trained on every writer's risk file but the blind ones. The option never lists a blind or held-out file (names
only: no held-out file is opened here), and its folds hold out whole files, so that a turn's out-of-fold
probability is that of a writer the fold's model has not seen."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT / "bench"
LABELLED = ROOT / "tests" / "support" / "labelled"

pytest.importorskip("sklearn")


def _trainer():
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location("train_risk_minilm_all_writers", BENCH / "train_risk_minilm.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


T = _trainer()


def test_never_a_blind_or_heldout_file():
    files = T.all_writers_files()
    assert not any("heldout" in f for f in files)
    assert "risk_valid_indep22.jsonl" not in files and "risk_valid_indep23.jsonl" not in files
    assert set(T.BLIND_FILES) == {"risk_valid_indep22.jsonl", "risk_valid_indep23.jsonl", "risk_valid_v36_en.jsonl",
                                  "risk_valid_v36_frzh.jsonl"}
    assert len(set(files)) == len(files)


def test_every_other_risk_training_and_validation_file_is_trained_on():
    files = set(T.all_writers_files())
    names = {p.name for p in LABELLED.glob("risk_*.jsonl") if "heldout" not in p.name}
    expected = {n for n in names if n.startswith(("risk_train_", "risk_valid_")) and n not in T.BLIND_FILES}
    assert expected | {"risk_tuning.jsonl"} == files
    assert set(T.TRAIN_FILES) <= files
    assert {"risk_valid_v3.jsonl", "risk_valid_v23.jsonl", "risk_valid_v18.jsonl", "risk_train_v23.jsonl"} <= files


def test_the_option_takes_no_other_list_of_files():
    for extra in (["--with", "risk_train_v5.jsonl"], ["--without", "risk_train_v4.jsonl"], ["--no-general"]):
        out = subprocess.run([sys.executable, str(BENCH / "train_risk_minilm.py"), "--all-writers", "--no-write", *extra],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 2 and "--all-writers" in out.stderr, extra


def _items():
    items = T.load(T.all_writers_files())
    general = [dict(it, source=T.GENERAL_TRAIN) for it in T.load((T.GENERAL_TRAIN,))[:300]]
    return items + general


def test_folds_grouped_by_file_hold_out_whole_files():
    items = _items()
    src = np.array([it["source"] for it in items])
    labels = np.array([it["label"] for it in items])
    folds = T.GroupFolds(T.file_groups(items), 5, 2, 12)
    counselling = src != T.GENERAL_TRAIN
    seen = 0
    for tr, te in folds.split(np.zeros(len(items)), labels):
        held, trained = set(src[te][counselling[te]]), set(src[tr][counselling[tr]])
        assert held and not held & trained  # no file on both sides of a fold
        for f in held:  # and a held-out file is held out whole
            assert (src[te] == f).sum() == (src == f).sum()
        assert (src[tr] == T.GENERAL_TRAIN).any()  # every fold's model has general negatives
        seen += 1
    assert seen == 10


def test_choose_point_meets_the_precision_constraint():
    rng = np.random.default_rng(0)
    y = rng.random(2000) < 0.5
    p = np.clip(np.where(y, 0.7, 0.3) + rng.normal(0, 0.2, 2000), 0, 1)
    pat = rng.random(2000) < 0.3
    valid = rng.random(2000) < 0.4
    t_pat, t, floor = T.choose_point(y, pat, p, p, np.ones(2000, bool), valid)
    flagged = np.where(pat, p >= t_pat, p >= t)
    assert T.pr(y, flagged)["precision"] >= T.MIN_PRECISION
    assert T.pr(y[valid], flagged[valid])["precision"] >= T.VALID_PRECISION
    assert 0.0 <= floor <= 1.0


def test_write_npz_is_deterministic(tmp_path):
    arrays = {"a": np.arange(5, dtype=np.float32), "b": np.array("USE-langs")}
    T.write_npz(tmp_path / "one.npz", arrays)
    T.write_npz(tmp_path / "two.npz", arrays)
    assert (tmp_path / "one.npz").read_bytes() == (tmp_path / "two.npz").read_bytes()
    with np.load(tmp_path / "one.npz") as z:
        assert z["a"].tolist() == [0, 1, 2, 3, 4] and str(z["b"]) == "USE-langs"
