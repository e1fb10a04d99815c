"""nameall37 (thirty-seventh session): the name tagger's all-writers training options and the runtime's model
folder (docs/quality.md, "nameall37"). No model is trained here (the committed command's md5 is pinned by
``test_pii_round_twenty_six``)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

from shared.pii import find_pii, name_tagger

ROOT = Path(__file__).resolve().parents[3]
LABELLED = ROOT / "tests" / "support" / "labelled"


def _trainer():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("train_name_tagger", ROOT / "bench" / "train_name_tagger.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_all_writers_leave_out_the_blind_files_and_every_heldout_one():
    trainer = _trainer()
    names = [f.name for f in trainer.all_writer_files()]
    assert not [n for n in names if "heldout" in n]
    assert not set(trainer.BLIND) & set(names)
    assert set(trainer.BLIND) <= {f.name for f in LABELLED.glob("pii_valid_*.jsonl")}
    valid = {f.name for f in LABELLED.glob("pii_valid_*.jsonl")} - set(trainer.BLIND)
    assert valid <= set(names) and {f.name for f in trainer.training_files()} <= set(names)
    assert names == sorted(names)


def test_the_model_folder_defaults_to_the_committed_files_and_can_be_pointed_elsewhere(tmp_path):
    assert name_tagger.model() is name_tagger.model(name_tagger.DATA)
    text = "Mum adores Tobiah and barely notices me."
    assert "Tobiah" in [s.text for s in find_pii(text)]
    for name in ("name_tagger.npy", "name_tagger_words.npy"):
        shutil.copy(name_tagger.DATA / name, tmp_path / name)
    meta = json.loads((name_tagger.DATA / "name_tagger.json").read_text(encoding="utf-8"))
    (tmp_path / "name_tagger.json").write_text(json.dumps({**meta, "threshold": 1.01}), encoding="utf-8")
    saved = name_tagger.MODEL_DIR
    try:
        name_tagger.MODEL_DIR = tmp_path  # the same model, a threshold no token reaches: the rules alone
        assert name_tagger.model()[1]["threshold"] == 1.01
        assert "Tobiah" not in [s.text for s in find_pii(text)]
    finally:
        name_tagger.MODEL_DIR = saved
    assert "Tobiah" in [s.text for s in find_pii(text)]
