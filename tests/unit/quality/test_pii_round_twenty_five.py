"""PII round twenty-five (2026-12-06, twenty-fifth session): training data for the learned name tagger
(docs/quality.md, "PII round twenty-five"). The guards of ``pii_train_v25.jsonl``: its shape, that
every span is in its text, that it is a training file the tagger's script reads, and that it holds
what the round wrote it for (names without a cue, ~60% of texts; hard negatives)."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LABELLED = ROOT / "tests" / "support" / "labelled"
V25 = LABELLED / "pii_train_v25.jsonl"
KINDS = {"NAME", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "DOB", "NATIONAL_ID", "HANDLE", "URL", "IBAN", "CARD",
         "IP", "SSN"}


def _rows(path: Path = V25) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_file_has_its_shape():
    rows = _rows()
    assert len(rows) >= 350
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(r["id"].startswith("piitrv25-") and set(r) == {"id", "lang", "text", "spans"} for r in rows)
    assert len({r["text"] for r in rows}) == len(rows)
    with_names = sum(any(s["kind"] == "NAME" for s in r["spans"]) for r in rows)
    assert 0.55 <= with_names / len(rows) <= 0.65  # ~60% with names, the rest hard negatives
    assert sum(not r["spans"] for r in rows) >= 140
    assert len(Counter(r["lang"] for r in rows)) >= 20


def test_every_span_is_in_its_text_as_often_as_it_is_labelled():
    for r in _rows():
        for span in r["spans"]:
            assert span["kind"] in KINDS, r
            need = sum(1 for s in r["spans"] if s["text"] == span["text"])
            if r["lang"] in ("zh", "ja", "ko"):
                found = r["text"].count(span["text"])
            else:
                found = len(re.findall(r"(?<!\w)" + re.escape(span["text"]) + r"(?!\w)", r["text"]))
            assert found >= need, r


def test_no_name_is_introduced_by_my_name_is():
    for r in _rows():
        assert not re.search(r"\bmy name(?:'s| is)\b|\bme llamo\b|\bje m'appelle\b|\bich hei(?:ß|ss)e\b",
                             r["text"], re.I), r


def test_no_text_is_copied_from_an_older_training_file():
    older = set()
    for path in [LABELLED / "pii.jsonl", LABELLED / "pii_tuning.jsonl"] + sorted(LABELLED.glob("pii_train_*.jsonl")):
        if path != V25:
            older |= {r["text"] for r in _rows(path)}
    assert [r["text"] for r in _rows() if r["text"] in older] == []


def test_the_tagger_script_reads_it_as_a_training_file():
    sys.path.insert(0, str(ROOT / "bench"))
    import importlib.util
    spec = importlib.util.spec_from_file_location("train_name_tagger", ROOT / "bench" / "train_name_tagger.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert V25 in module.training_files()
    assert "valid" not in V25.name and "heldout" not in V25.name
