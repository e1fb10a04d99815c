"""bench/ner_baseline.py's pure parts: it never reads a held-out file, and its two scorers count
as they say (exact: evaluate_pii's way; loose: a name inside an entity or the other way)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import ner_baseline  # noqa: E402


def test_files_leave_out_heldout_and_split_validation_from_training():
    groups = ner_baseline.files()
    every = [p.name for paths in groups.values() for p in paths]
    assert every and not [n for n in every if "heldout" in n]
    assert all(p.name.startswith("pii_valid_v") for p in groups["validation"])
    assert all(p.name.startswith("pii_train") for p in groups["training"])


def _write(tmp_path: Path) -> list[Path]:
    rows = [{"text": "I told Priya and Dr. Okafor", "lang": "en",
             "spans": [{"kind": "NAME", "text": "Priya"}, {"kind": "NAME", "text": "Okafor"}]},
            {"text": "call 0161 496 0000", "lang": "de", "spans": [{"kind": "PHONE", "text": "0161 496 0000"}]}]
    path = tmp_path / "pii_valid_vX.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    return [path]


def test_exact_counts_kind_and_text(tmp_path):
    found = {"I told Priya and Dr. Okafor": Counter({("NAME", "Priya"): 1, ("NAME", "Dr. Okafor"): 1}),
             "call 0161 496 0000": Counter({("PHONE", "0161 496 0000"): 1})}
    r = ner_baseline.exact(_write(tmp_path), lambda item: found[item["text"]])
    assert (r["name_precision"], r["name_recall"], r["names"]) == (0.5, 0.5, 2)
    assert (r["precision"], r["recall"]) == (0.667, 0.667)


def test_loose_takes_an_overlapping_entity_and_filters_languages(tmp_path):
    persons = {"I told Priya and Dr. Okafor": ["Dr. Okafor", "Told"], "call 0161 496 0000": []}
    r = ner_baseline.loose(_write(tmp_path), persons)
    assert (r["recall"], r["names"], r["precision"], r["entities"]) == (0.5, 2, 0.5, 2)
    assert ner_baseline.loose(_write(tmp_path), persons, {"fr"})["names"] == 0
